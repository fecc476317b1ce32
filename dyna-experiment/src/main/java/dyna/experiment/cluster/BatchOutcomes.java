package dyna.experiment.cluster;

import dyna.experiment.RunJournal;
import dyna.experiment.RunResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A member's answer to a {@link RunBatch}, as bytes: each run's outcome (its result in the run
 * file format, which carries its own checksum, or the one line of its failure), the time the
 * member spent, or a refusal of the whole batch.
 */
public final class BatchOutcomes {

    private static final byte RESULT = 0;
    private static final byte FAILURE = 1;
    private static final byte REFUSED = 2;

    /**
     * The outcome of one run: a result (with the identity of the run it was made for), or the line
     * saying why it failed.
     */
    public record Outcome(int point, int run, String name, RunResult result, String failure) {
    }

    /** A decoded answer: the runs' outcomes, the nanoseconds spent, or why the batch was refused. */
    public record Decoded(List<Outcome> outcomes, long nanos, String refusal) {
    }

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final DataOutputStream out = new DataOutputStream(bytes);

    /** Adds the result of the run named {@code name}; returns it in the run file format. */
    public byte[] result(int point, int run, String name, RunResult result) {
        try {
            byte[] encoded = RunJournal.encode(result, name);
            out.writeByte(RESULT);
            out.writeInt(point);
            out.writeInt(run);
            out.writeInt(encoded.length);
            out.write(encoded);
            return encoded;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a run's failure. */
    public void failure(int point, int run, String line) {
        try {
            out.writeByte(FAILURE);
            out.writeInt(point);
            out.writeInt(run);
            out.writeUTF(line.length() > 2000 ? line.substring(0, 2000) : line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The answer, ending with the nanoseconds the batch took. */
    public byte[] finish(long nanos) {
        try {
            out.writeByte(-1);
            out.writeLong(nanos);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** An answer refusing the whole batch, saying why. */
    public static byte[] refused(String why) {
        BatchOutcomes outcomes = new BatchOutcomes();
        try {
            outcomes.out.writeByte(REFUSED);
            outcomes.out.writeUTF(why);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return outcomes.finish(0);
    }

    /** Reads an answer; a damaged one is an {@link IOException}. */
    public static Decoded decode(byte[] answer) throws IOException {
        List<Outcome> outcomes = new ArrayList<>();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(answer))) {
            while (true) {
                byte kind = in.readByte();
                switch (kind) {
                    case RESULT -> {
                        int point = in.readInt();
                        int run = in.readInt();
                        int length = in.readInt();
                        if (length < 0 || length > answer.length) {
                            throw new IOException("bad result length " + length);
                        }
                        RunJournal.Entry entry = RunJournal.decode(in.readNBytes(length));
                        outcomes.add(new Outcome(point, run, entry.name(), entry.result(), null));
                    }
                    case FAILURE -> outcomes.add(new Outcome(in.readInt(), in.readInt(), null, null, in.readUTF()));
                    case REFUSED -> {
                        String why = in.readUTF();
                        in.readByte();
                        return new Decoded(List.of(), in.readLong(), why);
                    }
                    case -1 -> {
                        return new Decoded(outcomes, in.readLong(), null);
                    }
                    default -> throw new IOException("unknown outcome kind " + kind);
                }
            }
        }
    }
}
