package dyna.experiment.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * The git revision of source code: Dyna's own (recorded when it was built), and that of the
 * repository an experiment file lies in (asked of {@code git} when it is installed), with
 * {@code +changes} when the work tree differed from it.
 */
public final class SourceRevision {

    private SourceRevision() {
    }

    /** The revision Dyna was built from, when the build recorded one. */
    public static Optional<String> ofDyna() {
        try (InputStream in = SourceRevision.class.getModule().getResourceAsStream("dyna-build.properties")) {
            if (in == null) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            properties.load(in);
            String commit = properties.getProperty("git.commit.id", "").strip();
            if (commit.isEmpty() || commit.startsWith("${")) {
                return Optional.empty();
            }
            return Optional.of(commit + ("true".equals(properties.getProperty("git.dirty")) ? " +changes" : ""));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The revision of the repository that holds {@code file}, or empty when it is in none, git is
     * not installed, or git does not answer within 5 seconds.
     */
    public static Optional<String> of(Path file) {
        Path directory = file.toAbsolutePath().getParent();
        if (directory == null || !Files.isDirectory(directory)) {
            return Optional.empty();
        }
        Optional<Answer> commit = git(directory, "rev-parse", "HEAD");
        if (commit.isEmpty() || commit.get().exit() != 0) {
            return Optional.empty();
        }
        // Exit status 1: the tracked files differ from the commit (untracked files do not count).
        Optional<Answer> changes = git(directory, "diff", "--quiet", "HEAD");
        return Optional.of(commit.get().output() + (changes.isPresent() && changes.get().exit() == 1 ? " +changes" : ""));
    }

    /** What git answered: its exit status and the first line it printed. */
    private record Answer(int exit, String output) {
    }

    private static Optional<Answer> git(Path directory, String... arguments) {
        String[] command = new String[arguments.length + 3];
        command[0] = "git";
        command[1] = "-C";
        command[2] = directory.toString();
        System.arraycopy(arguments, 0, command, 3, arguments.length);
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            process.getOutputStream().close();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {   // its answers are a line at most: the pipe never fills
                process.destroyForcibly();
                return Optional.empty();
            }
            String output = new String(process.getInputStream().readNBytes(4096), StandardCharsets.UTF_8).strip();
            return Optional.of(new Answer(process.exitValue(), output));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
