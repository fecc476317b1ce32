package dyna.models.tabular;

import dyna.api.save.SavedSizes;
import java.io.DataInput;
import java.io.IOException;
import java.util.List;

/** Checks on the saved bytes of the tabular models, so that a file of another world is refused. */
final class Saved {

    private Saved() {
    }

    /** Reads the saved numbers of states and actions and checks they are the model's. */
    static void checkSize(DataInput in, int states, int actions) throws IOException {
        SavedSizes.check(in, "model", List.of("states", "actions"), states, actions);
    }

    /** {@code value}, checked to be an index below {@code bound}. */
    static int index(int value, int bound, String what) throws IOException {
        if (value < 0 || value >= bound) {
            throw new IOException("the saved model names " + what + " " + value + ", outside 0.." + (bound - 1));
        }
        return value;
    }
}
