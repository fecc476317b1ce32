package dyna.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every block of output the README and the documents show under {@code <!-- output of: dyna ...
 * -->} is what that command prints today: the command is run (into a temporary directory) and
 * the block must be found in its output, line for line. So no printed table goes stale again.
 */
class DocumentedOutputTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Pattern MARKED = Pattern.compile(
            "(?m)^<!-- output of: (dyna [^\\n]*?) -->\\n```[a-z]*\\n(.*?)\\n```", Pattern.DOTALL);

    /** A shown block: where, the command, and the lines it shows. */
    record Shown(String where, String command, List<String> lines) {
    }

    static List<Shown> shown() throws Exception {
        List<Path> files = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(f -> f.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        List<Shown> shown = new ArrayList<>();
        for (Path file : files) {
            String text = Files.readString(file);
            Matcher matcher = MARKED.matcher(text);
            while (matcher.find()) {
                int line = (int) text.substring(0, matcher.start()).lines().count() + 1;
                shown.add(new Shown(ROOT.relativize(file) + ":" + line, matcher.group(1),
                        matcher.group(2).lines().toList()));
            }
        }
        return shown;
    }

    @Test
    void everyShownOutputIsWhatItsCommandPrints(@TempDir Path dir) throws Exception {
        List<Shown> shown = shown();
        assertTrue(shown.size() >= 8, "the README's and the reproductions' printed tables are marked: " + shown);
        List<String> stale = new ArrayList<>();
        int k = 0;
        for (Shown block : shown) {
            Cli.Result result = Cli.dyna(arguments(block.command(), dir.resolve("out-" + k++)));
            assertEquals(0, result.code(), block.where() + ": " + block.command() + " failed: " + result.err());
            if (!containsInOrder(result.out().lines().toList(), block.lines())) {
                stale.add(block.where() + ": " + block.command() + " now prints\n" + result.out());
            }
        }
        assertTrue(stale.isEmpty(), "stale blocks (update them to what the command prints):\n" + String.join("\n", stale));
    }

    /**
     * The arguments of {@code command} (after "dyna"), split as a shell would (quotes kept
     * together), with files of the repository made absolute and the output directory of a
     * {@code run} set to {@code out}.
     */
    static String[] arguments(String command, Path out) {
        List<String> words = new ArrayList<>();
        Matcher word = Pattern.compile("'([^']*)'|\"([^\"]*)\"|(\\S+)").matcher(command.substring("dyna ".length()));
        while (word.find()) {
            String text = word.group(1) != null ? word.group(1) : word.group(2) != null ? word.group(2) : word.group(3);
            words.add(Files.exists(ROOT.resolve(text)) && !text.startsWith("-") ? ROOT.resolve(text).toString() : text);
        }
        int at = words.indexOf("--out");
        if (at >= 0) {
            words.set(at + 1, out.toString());
        } else if (words.get(0).equals("run")) {
            words.add("--out");
            words.add(out.toString());
        }
        return words.toArray(String[]::new);
    }

    /** Whether {@code lines} holds {@code block} as consecutive lines. */
    static boolean containsInOrder(List<String> lines, List<String> block) {
        for (int start = 0; start + block.size() <= lines.size(); start++) {
            if (lines.subList(start, start + block.size()).equals(block)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aBlockMustBeWhatWasPrinted() {
        List<String> printed = List.of("Mean steps", "0  1.0", "5  2.0", "Wrote x");
        assertTrue(containsInOrder(printed, List.of("Mean steps", "0  1.0", "5  2.0")));
        assertTrue(!containsInOrder(printed, List.of("Mean steps", "0  1.1", "5  2.0")), "a changed number is stale");
        assertTrue(!containsInOrder(printed, List.of("Mean steps", "5  2.0")), "a missing line is stale");
    }
}
