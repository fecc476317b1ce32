package dyna.models.none;

import dyna.api.env.Transition;
import dyna.api.model.Model;
import dyna.api.save.Savable;
import java.io.DataInput;
import java.io.DataOutput;

/**
 * No model: learns nothing and knows no pair. Saved as {@code no-model/1}, with no bytes, so that
 * a saved agent that does not plan says its model was saved rather than left out.
 */
final class NoModel implements Model, Savable {

    @Override
    public void observe(Transition real) {
        // Nothing is learned.
    }

    @Override
    public boolean knows(Transition query) {
        return false;
    }

    @Override
    public void sample(Transition query) {
        throw new IllegalArgumentException("the model no-model knows no pair, not " + query);
    }

    @Override
    public String format() {
        return "no-model/1";
    }

    @Override
    public void write(DataOutput out) {
        // Nothing is learned.
    }

    @Override
    public void read(DataInput in, String format) {
        // Nothing is learned.
    }
}
