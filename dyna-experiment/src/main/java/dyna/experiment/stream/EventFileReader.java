package dyna.experiment.stream;

import dyna.experiment.stream.proto.Event;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a TensorBoard event file back, checking the length and CRC of every record: what a test
 * or {@code dyna watch} sees is what TensorBoard would.
 */
final class EventFileReader {

    private EventFileReader() {
    }

    /**
     * Every event of {@code file}, in order.
     *
     * @throws IOException for a file that ends inside a record or a record whose CRC does not match
     */
    static List<Event> read(Path file) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        List<Event> events = new ArrayList<>();
        while (bytes.hasRemaining()) {
            int at = bytes.position();
            if (bytes.remaining() < 12) {
                throw new IOException(file + ": ends inside the header of record " + (events.size() + 1) + " at byte " + at);
            }
            byte[] length = new byte[8];
            bytes.get(length);
            check(file, events.size(), "length", length, bytes.getInt());
            long size = ByteBuffer.wrap(length).order(ByteOrder.LITTLE_ENDIAN).getLong();
            if (size < 0 || size > bytes.remaining() - 4L) {
                throw new IOException(file + ": record " + (events.size() + 1) + " at byte " + at + " claims " + size
                        + " bytes; " + Math.max(0, bytes.remaining() - 4) + " are left");
            }
            byte[] data = new byte[(int) size];
            bytes.get(data);
            check(file, events.size(), "data", data, bytes.getInt());
            events.add(Event.parseFrom(data));
        }
        return events;
    }

    private static void check(Path file, int index, String part, byte[] bytes, int crc) throws IOException {
        if (EventFile.maskedCrc(bytes) != crc) {
            throw new IOException(file + ": the CRC of record " + (index + 1) + "'s " + part + " does not match");
        }
    }
}
