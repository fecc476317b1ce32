package dyna.experiment.agents;

import dyna.api.save.Savable;
import dyna.experiment.output.AtomicFiles;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The file of one saved part: a header (the text {@value #MAGIC}, the layout version {@link
 * SavedAgent#FORMAT} as an {@code int}, the part's format as a modified-UTF-8 text, as {@link
 * java.io.DataOutput#writeUTF} writes them), then the component's own bytes, big-endian, to the
 * end of the file. Read back, every number must be finite, and the file a regular one.
 */
final class PartFiles {

    static final String MAGIC = "dyna saved part";

    private PartFiles() {
    }

    /** Writes {@code part} to {@code file}, atomically. */
    static void write(Path file, Savable part) throws IOException {
        AtomicFiles.write(file, stream -> {
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream, 1 << 16));
            out.writeUTF(MAGIC);
            out.writeInt(SavedAgent.FORMAT);
            out.writeUTF(part.format());
            part.write(out);
            out.flush();
        });
    }

    /**
     * Reads {@code file} into {@code part}, a fresh component that {@link Savable#reads reads}
     * {@code format}, and checks that the component read every byte.
     *
     * @throws IOException naming the file and what was wrong with it
     */
    static void read(Path file, String format, Savable part) throws IOException {
        if (!Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(file + " is not a regular file" + (Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                    ? " (a link, a FIFO, a device or a directory)" : " (it is missing)"));
        }
        try (InputStream stream = new BufferedInputStream(Files.newInputStream(file,
                java.nio.file.LinkOption.NOFOLLOW_LINKS), 1 << 16)) {
            DataInputStream in = new DataInputStream(stream);
            if (!MAGIC.equals(in.readUTF())) {
                throw new IOException(file + " is not a saved part (its header is not '" + MAGIC + "')");
            }
            int layout = in.readInt();
            if (layout != SavedAgent.FORMAT) {
                throw new IOException(file + " is in layout " + layout + ", which this Dyna does not read ("
                        + SavedAgent.FORMAT + ")");
            }
            String written = in.readUTF();
            if (!written.equals(format)) {
                throw new IOException(file + " holds format " + written + ", but " + SavedAgent.FILE + " says " + format);
            }
            try {
                part.read(new FiniteDataInput(in), format);
            } catch (EOFException e) {
                throw new IOException(file + " ends too early for format " + format + ": it is cut short or damaged");
            } catch (IOException e) {
                throw new IOException(file + ": " + e.getMessage(), e);
            }
            if (in.read() != -1) {
                throw new IOException(file + " has bytes after what format " + format + " holds: it is damaged or of "
                        + "another component");
            }
        }
    }
}
