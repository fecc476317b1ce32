package dyna.models.neural;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/** The arrays of a saved ensemble, written as their values in order, big-endian. */
final class SavedArrays {

    private SavedArrays() {
    }

    static void write(DataOutput out, double[] values, int count) throws IOException {
        for (int i = 0; i < count; i++) {
            out.writeDouble(values[i]);
        }
    }

    static void read(DataInput in, double[] values, int count) throws IOException {
        for (int i = 0; i < count; i++) {
            values[i] = in.readDouble();
        }
    }
}
