package dyna.api.save;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The sizes a {@link Savable} component writes before its data (states, actions, features...),
 * and the check on reading that they are the fresh component's, so that bytes of another world
 * are refused with one message rather than misread.
 */
public final class SavedSizes {

    private SavedSizes() {
    }

    /** Writes {@code sizes} as {@code int}s. */
    public static void write(DataOutput out, int... sizes) throws IOException {
        for (int size : sizes) {
            out.writeInt(size);
        }
    }

    /**
     * Reads as many {@code int}s as {@code expected} holds and checks they equal it.
     *
     * @param what  what was saved, for the message, for example {@code Q-table}
     * @param names the name of each size, for example {@code states}, {@code actions}
     * @throws IOException "the saved Q-table is of 3 states and 2 actions, but this one is of 2 states and 3 actions"
     */
    public static void check(DataInput in, String what, List<String> names, int... expected) throws IOException {
        int[] saved = new int[expected.length];
        boolean same = true;
        for (int i = 0; i < expected.length; i++) {
            saved[i] = in.readInt();
            same &= saved[i] == expected[i];
        }
        if (!same) {
            throw new IOException("the saved " + what + " is of " + describe(names, saved) + ", but this one is of "
                    + describe(names, expected));
        }
    }

    private static String describe(List<String> names, int[] sizes) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < sizes.length; i++) {
            parts.add(sizes[i] + " " + names.get(i));
        }
        return String.join(" and ", parts);
    }
}
