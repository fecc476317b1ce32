package dyna.app.cli;

import dyna.core.registry.KindTable;
import dyna.experiment.Shard;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The checks and readings that several commands share for their options, each error a usage error. */
final class Options {

    private Options() {
    }

    /** Refuses an empty directory name. */
    static void checkDirectory(String option, Path directory) {
        if (directory.toString().isBlank()) {
            throw new UsageException(option + " must name a directory, not an empty text");
        }
    }

    /** Refuses a shard directory that does not exist. */
    static void checkShardDirectory(String option, Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new UsageException(option + " " + directory + ": no such directory; give the --out directory of a "
                    + "run with --shard");
        }
    }

    /** The worker threads: the option's, or every core. */
    static int threads(Integer threads) {
        int count = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        atLeastOne("--threads", count);
        return count;
    }

    /** The shard of {@code --shard K/N}, or every run. */
    static Shard shard(String text) {
        try {
            return text == null ? Shard.ALL : Shard.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** Refuses a count below 1. */
    static void atLeastOne(String option, int value) {
        if (value < 1) {
            throw new UsageException(option + " must be at least 1, not " + value);
        }
    }

    /** The {@code --param NAME=VALUE[,VALUE...]} options by name; a kind's label is not a parameter. */
    static Map<String, List<String>> parameters(List<String> options, KindTable kinds) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String option : options) {
            int eq = option.indexOf('=');
            if (eq <= 0) {
                throw new UsageException("--param '" + option + "': expected NAME=VALUE[,VALUE...]");
            }
            String name = option.substring(0, eq).strip();
            if (kinds.labelled(name).filter(k -> k.partOfAgent()).isPresent()) {
                throw new UsageException("--param " + name + ": choose the " + name + " with --"
                        + (name.equals("environment") ? "env" : name));
            }
            if (values.put(name, list("--param '" + option + "'", option.substring(eq + 1))) != null) {
                throw new UsageException("--param " + name + " is given twice; list its values in one option, as "
                        + name + "=A,B");
            }
        }
        return values;
    }

    /**
     * A comma list of values, none empty when there are several, none listed twice. A value in
     * double quotes is one value, commas included, as in an experiment file:
     * {@code --param 'bounds="-2.4:2.4, -3:3"'}.
     */
    static List<String> list(String option, String text) {
        List<String> list = split(option, text);
        if (list.size() > 1 && list.contains("")) {
            throw new UsageException(option + ": a value in the list is empty");
        }
        if (list.size() != list.stream().distinct().count()) {
            throw new UsageException(option + ": a value is listed twice");
        }
        return list;
    }

    /** The values of a comma list, each stripped, a quoted one taken as it stands between its quotes. */
    private static List<String> split(String option, String text) {
        List<String> values = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        boolean inQuotes = false;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inQuotes) {
                if (c == '"') {
                    inQuotes = false;
                } else {
                    value.append(c);
                }
            } else if (c == ',') {
                values.add(quoted ? value.toString() : value.toString().strip());
                value.setLength(0);
                quoted = false;
            } else if (c == '"' && !quoted && value.toString().isBlank()) {
                value.setLength(0);
                inQuotes = true;
                quoted = true;
            } else if (quoted && !Character.isWhitespace(c)) {
                throw new UsageException(option + ": '" + c + "' follows a quoted value; put a comma between values");
            } else if (c == '"') {
                throw new UsageException(option + ": a quote in the middle of a value; quote a whole value, as "
                        + "\"-2.4:2.4, -3:3\"");
            } else if (!quoted) {
                value.append(c);
            }
        }
        if (inQuotes) {
            throw new UsageException(option + ": a quote is not closed");
        }
        values.add(quoted ? value.toString() : value.toString().strip());
        return values;
    }
}
