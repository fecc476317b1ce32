package dyna.nn;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;

/**
 * Writes and reads the values of a list of tensors (a network's parameters), shapes first, so
 * that a component saving its network (as {@code dyna.api.save.Savable} asks) delegates to it and
 * bytes of another network are refused with a message rather than misread.
 */
public final class Parameters {

    private Parameters() {
    }

    /** The count, then each tensor's shape and values. */
    public static void write(List<Tensor> tensors, DataOutput out) throws IOException {
        out.writeInt(tensors.size());
        for (Tensor tensor : tensors) {
            out.writeInt(tensor.members());
            out.writeInt(tensor.rows());
            out.writeInt(tensor.cols());
            for (double v : tensor.data()) {
                out.writeDouble(v);
            }
        }
    }

    /**
     * Replaces the values of {@code tensors} with what {@link #write} wrote.
     *
     * @throws IOException when the count or a shape differs, naming which
     */
    public static void read(List<Tensor> tensors, DataInput in) throws IOException {
        int count = in.readInt();
        if (count != tensors.size()) {
            throw new IOException("the saved network has " + count + " parameter tensors, this one " + tensors.size());
        }
        for (int t = 0; t < count; t++) {
            Tensor tensor = tensors.get(t);
            int members = in.readInt();
            int rows = in.readInt();
            int cols = in.readInt();
            if (members != tensor.members() || rows != tensor.rows() || cols != tensor.cols()) {
                throw new IOException("parameter tensor " + (t + 1) + " was saved as [" + members + ", " + rows + ", "
                        + cols + "], this one is " + tensor.shape());
            }
            double[] values = tensor.data();
            for (int i = 0; i < values.length; i++) {
                values[i] = in.readDouble();
            }
        }
    }
}
