package dyna.experiment.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV as RFC 4180 has it: quoted only where needed, and read back to the same fields. */
class CsvRowsTest {

    @TempDir
    Path dir;

    @Test
    void quotesOnlyFieldsWithACommaAQuoteOrALineBreakAndReadsThemBack() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CsvRows rows = new CsvRows(bytes);
        rows.write("map", "run", "steps");
        rows.write(List.of("a,b.txt", "1"), "14");
        rows.write(List.of("say \"hi\"", "2"), "");
        rows.write(List.of("two\nlines", "3"), "1.5");
        rows.write(List.of("a rather long plain value without anything to quote", "4"), "-2");
        rows.flush();
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertEquals("""
                map,run,steps
                "a,b.txt",1,14
                "say ""hi\""",2,
                "two
                lines",3,1.5
                a rather long plain value without anything to quote,4,-2
                """, text);
        Path file = dir.resolve("rows.csv");
        Files.writeString(file, text);
        assertEquals(List.of(List.of("map", "run", "steps"), List.of("a,b.txt", "1", "14"), List.of("say \"hi\"", "2", ""),
                List.of("two\nlines", "3", "1.5"), List.of("a rather long plain value without anything to quote", "4", "-2")),
                CsvRows.read(file));
    }

    /** A text a spreadsheet would run as a formula is written after an apostrophe; numbers are not touched. */
    @Test
    void textsThatASpreadsheetWouldRunAsFormulasAreWrittenAsTextAndReadBackAsTheyWere() throws Exception {
        List<String> fields = List.of("=HYPERLINK(\"http://x\",\"y\")", "+cmd", "-2+3*cmd|' /C calc'!A0", "@SUM(A1)",
                "\tlead", "\rlead", "'=already", "'plain", "-", "-0.5", "-1e-3", "+4", "-Infinity", "plain", "");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CsvRows rows = new CsvRows(bytes);
        rows.write(fields.toArray(String[]::new));
        rows.flush();
        Path file = dir.resolve("formulas.csv");
        Files.write(file, bytes.toByteArray());
        assertEquals(List.of(fields), CsvRows.read(file), "read back as written");
        String text = bytes.toString(StandardCharsets.UTF_8);
        for (String cell : text.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
            String field = cell.startsWith("\"") ? cell.substring(1, cell.length() - 1) : cell;
            boolean number = field.matches("[-+][0-9.eE+-]+|-Infinity");
            assertTrue(number || field.isEmpty() || "=+-@\t\r".indexOf(field.charAt(0)) < 0,
                    "a cell a spreadsheet would run: " + cell + " in " + text);
        }
        assertTrue(text.startsWith("\"'=HYPERLINK"), text);
        assertTrue(text.contains(",''=already,'plain,'-,-0.5,-1e-3,+4,-Infinity,plain,\n"), text);
    }
}
