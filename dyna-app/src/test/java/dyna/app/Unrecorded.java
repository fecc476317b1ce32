package dyna.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A result file without the record of the job that made it (when, how long, where), which a
 * rerun changes by design: what "the same bytes" means for {@code config.json} and {@code
 * report.html}. Every other result file is compared whole.
 */
public final class Unrecorded {

    private Unrecorded() {
    }

    /** The file's text, without config.json's {@code record} or the report's Record table. */
    public static String text(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.ISO_8859_1);
        String name = file.getFileName().toString();
        if (name.equals("config.json")) {
            ObjectNode json = (ObjectNode) new ObjectMapper().readTree(text);
            if (json.remove("record") == null) {
                throw new AssertionError(file + " has no record");
            }
            return json.toPrettyString();
        }
        if (name.equals("report.html")) {
            int from = text.indexOf("<h2>Record</h2>");
            int to = text.indexOf("<h2>Versions</h2>");
            if (from < 0 || to < from) {
                throw new AssertionError(file + " has no Record table before its Versions");
            }
            return text.substring(0, from) + text.substring(to);
        }
        return text;
    }
}
