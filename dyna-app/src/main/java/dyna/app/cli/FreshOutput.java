package dyna.app.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Where a run without {@code --out} writes: a new directory named from the experiment and the
 * time, as Hydra does, {@code results/figure-8.2/2026-12-07_14-03-05}, so that two commands never
 * write into one directory; a second one in the same second gets {@code -2}, and so on.
 */
final class FreshOutput {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd_HH-mm-ss", Locale.ROOT);

    private FreshOutput() {
    }

    /**
     * The directory new result directories go under: the system property {@code dyna.results},
     * else the environment variable {@code DYNA_RESULTS}, else {@code results} in the working
     * directory.
     */
    static Path base() {
        String property = System.getProperty("dyna.results");
        String variable = System.getenv("DYNA_RESULTS");
        return Path.of(property != null && !property.isBlank() ? property
                : variable != null && !variable.isBlank() ? variable : "results");
    }

    /**
     * The name of an experiment's results: the file's name without its extension (for a result
     * directory's {@code spec.json} or {@code config.json}, the directory's name), or the
     * environment's id when the experiment is given by options.
     */
    static String name(Path file, String environment) {
        if (file == null) {
            return safe(environment == null ? "experiment" : environment);
        }
        String name = file.getFileName().toString();
        Path parent = file.toAbsolutePath().normalize().getParent();
        if ((name.equals("spec.json") || name.equals("config.json")) && parent != null
                && parent.getFileName() != null) {
            return safe(parent.getFileName().toString());
        }
        int dot = name.lastIndexOf('.');
        return safe(dot > 0 ? name.substring(0, dot) : name);
    }

    private static String safe(String name) {
        String cleaned = name.replaceAll("[^A-Za-z0-9._=-]", "_");
        return cleaned.isEmpty() || cleaned.startsWith(".") ? "experiment" + cleaned : cleaned;
    }

    /**
     * Creates {@code under/name/STAMP}, or {@code STAMP-2}, {@code STAMP-3}, ... when another
     * command took it first.
     *
     * @throws UsageException when it cannot be created
     */
    static Path create(Path under, String name, LocalDateTime now) {
        Path parent = under.resolve(name);
        String stamp = STAMP.format(now);
        try {
            Files.createDirectories(parent);
            for (int k = 1; ; k++) {
                Path candidate = parent.resolve(k == 1 ? stamp : stamp + "-" + k);
                try {
                    return Files.createDirectory(candidate);
                } catch (FileAlreadyExistsException taken) {
                    // another command started in the same second: the next suffix
                }
            }
        } catch (IOException | SecurityException e) {
            throw new UsageException("cannot create a results directory under " + parent + " (" + e.getMessage()
                    + "); give one with --out DIR");
        }
    }
}
