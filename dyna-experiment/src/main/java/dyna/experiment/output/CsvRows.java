package dyna.experiment.output;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rows of a CSV file, written and read by Jackson's CSV module (RFC 4180): a field is quoted only
 * when it holds a comma, a quote or a line break, and lines end with {@code \n}. A text a
 * spreadsheet would take for a formula (one that starts with {@code = + - @}, a tab or a carriage
 * return, such as a swept value {@code =HYPERLINK(...)}) is written after an apostrophe, which
 * spreadsheets show as text, and read back without it; numbers ({@code -0.5}, {@code -1e-3},
 * {@code -Infinity}) are written as they are.
 */
public final class CsvRows implements Flushable {

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .build();

    private final SequenceWriter rows;

    /** Rows written to {@code out}, which the caller closes. */
    public CsvRows(OutputStream out) throws IOException {
        this.rows = MAPPER.writerFor(String[].class).writeValues(out);
    }

    /** Writes one row. */
    public void write(String... fields) throws IOException {
        String[] row = fields.clone();
        protect(row);
        rows.write(row);
    }

    /** Writes one row: {@code prefix}, then {@code fields}. */
    public void write(List<String> prefix, String... fields) throws IOException {
        String[] row = prefix.toArray(new String[prefix.size() + fields.length]);
        System.arraycopy(fields, 0, row, prefix.size(), fields.length);
        protect(row);
        rows.write(row);
    }

    private static void protect(String[] row) {
        for (int i = 0; i < row.length; i++) {
            if (row[i] != null && looksLikeAFormula(row[i], 0)) {
                row[i] = "'" + row[i];
            }
        }
    }

    /**
     * Whether a field from {@code from} on would be taken for a formula: it starts with
     * {@code = + - @}, a tab or a carriage return and is not a number, or it is an apostrophe
     * before such a text (so that a text that starts with one reads back as it was written).
     */
    static boolean looksLikeAFormula(String field, int from) {
        if (field.length() <= from) {
            return false;
        }
        char first = field.charAt(from);
        if (first == '\'') {
            return looksLikeAFormula(field, from + 1);
        }
        if (first != '=' && first != '+' && first != '-' && first != '@' && first != '\t' && first != '\r') {
            return false;
        }
        return !number(field, from);
    }

    /** Whether a field from {@code from} on is a sign and a number's characters only (no function can be called from it). */
    private static boolean number(String field, int from) {
        char sign = field.charAt(from);
        if (sign != '-' && sign != '+' || field.length() == from + 1) {
            return false;
        }
        if (field.startsWith("Infinity", from + 1)) {
            return field.length() == from + 1 + "Infinity".length();
        }
        for (int i = from + 1; i < field.length(); i++) {
            char c = field.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '.' || c == 'e' || c == 'E' || c == '-' || c == '+')) {
                return false;
            }
        }
        return true;
    }

    /** A field as it was before {@link #write} protected it. */
    static String unprotect(String field) {
        return field != null && field.startsWith("'") && looksLikeAFormula(field, 1) ? field.substring(1) : field;
    }

    @Override
    public void flush() throws IOException {
        rows.flush();
    }

    /** Every row of a file, the header first. */
    public static List<List<String>> read(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<String[]> it = MAPPER.readerFor(String[].class).readValues(file.toFile())) {
            while (it.hasNextValue()) {
                String[] row = it.nextValue();
                for (int i = 0; i < row.length; i++) {
                    row[i] = unprotect(row[i]);
                }
                rows.add(Arrays.asList(row));
            }
        }
        return rows;
    }
}
