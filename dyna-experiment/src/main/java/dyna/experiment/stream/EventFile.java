package dyna.experiment.stream;

import dyna.experiment.stream.proto.Event;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32C;

/**
 * Writes a TensorBoard event file: records of a length (8 bytes, little-endian), its masked
 * CRC-32C, the bytes of an {@link Event} and their masked CRC-32C; the first event names the
 * format, {@value #FILE_VERSION}.
 */
final class EventFile implements Closeable {

    /** The format the first event of every file names. */
    static final String FILE_VERSION = "brain.Event:2";

    private final OutputStream out;

    /** Creates {@code file} (which must not exist) and writes its first event, at {@code wallTime} seconds. */
    EventFile(Path file, double wallTime) throws IOException {
        this.out = new BufferedOutputStream(Files.newOutputStream(file, java.nio.file.StandardOpenOption.CREATE_NEW),
                1 << 16);
        write(Event.newBuilder().setWallTime(wallTime).setFileVersion(FILE_VERSION).build());
    }

    /** Appends one event. */
    void write(Event event) throws IOException {
        byte[] data = event.toByteArray();
        byte[] length = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(data.length).array();
        out.write(length);
        out.write(littleEndian(maskedCrc(length)));
        out.write(data);
        out.write(littleEndian(maskedCrc(data)));
    }

    /** TensorBoard's masked CRC-32C of {@code bytes}: rotated right by 15 bits, plus 0xa282ead8. */
    static int maskedCrc(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        int value = (int) crc.getValue();
        return ((value >>> 15) | (value << 17)) + 0xa282ead8;
    }

    private static byte[] littleEndian(int value) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(value).array();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
