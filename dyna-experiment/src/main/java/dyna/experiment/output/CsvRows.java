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
 * when it holds a comma, a quote or a line break, and lines end with {@code \n}.
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
        rows.write(fields);
    }

    /** Writes one row: {@code prefix}, then {@code fields}. */
    public void write(List<String> prefix, String... fields) throws IOException {
        String[] row = prefix.toArray(new String[prefix.size() + fields.length]);
        System.arraycopy(fields, 0, row, prefix.size(), fields.length);
        rows.write(row);
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
                rows.add(Arrays.asList(it.nextValue()));
            }
        }
        return rows;
    }
}
