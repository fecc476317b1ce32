package dyna.experiment.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/** Writes files whole or not at all: into a temporary file beside the target, then renamed. */
public final class AtomicFiles {

    /** Writes the content of one file. */
    @FunctionalInterface
    public interface Writer {
        /** Writes the content into {@code out}. */
        void write(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Writes {@code target} atomically; on failure the target is untouched and no temporary file
     * remains. Only a regular file is replaced: a directory, a symbolic link, a FIFO or a device at
     * the path is refused, never replaced or followed.
     *
     * @throws IOException saying what is at the path, or why it could not be written
     */
    public static void write(Path target, Writer writer) throws IOException {
        java.util.Optional<String> problem = problem(target);
        if (problem.isPresent()) {
            throw new IOException(problem.get());
        }
        Path directory = target.toAbsolutePath().getParent();
        // Not createTempFile: its owner-only permissions would stay with the renamed file.
        Path temporary = directory.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                writer.write(out);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Why {@code target} may not be written as a file, or empty: something other than a regular
     * file stands at the path (a directory, a symbolic link, a FIFO or a device), or its directory
     * does not exist.
     */
    public static java.util.Optional<String> problem(Path target) {
        if (Files.isSymbolicLink(target)) {
            return java.util.Optional.of(target + " is a symbolic link; give the name of a regular file (or of a new one)");
        }
        if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                && !Files.isRegularFile(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            String what = Files.isDirectory(target, java.nio.file.LinkOption.NOFOLLOW_LINKS) ? "a directory"
                    : "not a regular file (a FIFO, a device or a socket)";
            return java.util.Optional.of(target + " is " + what + "; give the name of a regular file (or of a new one)");
        }
        Path parent = target.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return java.util.Optional.of("cannot write " + target + ": its directory does not exist");
        }
        return java.util.Optional.empty();
    }

    /**
     * Refuses a path under {@code root} that goes through a symbolic link (a link named like one of
     * the directory's own folders, say {@code agents}), so that nothing is ever written outside it.
     *
     * @throws IOException naming the link
     */
    public static void requireNoLinks(Path root, Path target) throws IOException {
        Path base = root.toAbsolutePath().normalize();
        Path path = target.toAbsolutePath().normalize();
        if (!path.startsWith(base)) {
            throw new IOException(target + " is not inside " + root);
        }
        Path at = base;
        for (Path part : base.relativize(path)) {
            at = at.resolve(part);
            if (Files.isSymbolicLink(at)) {
                throw new IOException(at + " is a symbolic link; nothing under " + root + " is written through one");
            }
        }
    }

    /** Checks that files can be created in {@code directory}, creating it if needed. */
    public static void checkWritable(Path directory) throws IOException {
        Files.createDirectories(directory);
        Path probe = Files.createTempFile(directory, ".dyna-write-check", ".tmp");
        Files.delete(probe);
    }
}
