package dyna.core.search;

import dyna.api.env.Transition;
import dyna.api.planning.SearchControl;
import dyna.api.save.Savable;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.random.RandomGenerator;

/**
 * Linear Dyna's search control after Sutton et al. (2008): each planning update starts from a
 * unit vector e_i, i a uniformly random feature among those active in a real observation so
 * far, with an action taken while it was active (uniform among those). With one-hot features
 * this is Dyna-Q's random previously observed state and action.
 */
final class UnitFeatures implements SearchControl, Savable {

    private final SeenPairSet seen;
    private final int features;
    private final RandomGenerator random;

    UnitFeatures(int features, int actions, RandomGenerator random) {
        this.seen = new SeenPairSet(features, actions);
        this.features = features;
        this.random = random;
    }

    @Override
    public void observe(Transition real) {
        for (int k = 0; k < real.features().count(); k++) {
            int i = real.features().index(k);
            if (real.features().value(k) != 0 && !seen.contains(i, real.action())) {
                seen.add(i, real.action());
            }
        }
    }

    @Override
    public boolean next(Transition start) {
        if (seen.stateCount() == 0) {
            return false;
        }
        int i = seen.state(random.nextInt(seen.stateCount()));
        start.start(-1, seen.action(i, random.nextInt(seen.actionCount(i))));
        start.features().oneHot(i);
        return true;
    }

    /** Saved as {@code unit-features/1}: the features and actions seen, as {@code seen-pairs/1} keeps pairs. */
    @Override
    public String format() {
        return "unit-features/1";
    }

    @Override
    public void write(DataOutput out) throws IOException {
        seen.write(out, features);
    }

    @Override
    public void read(DataInput in, String format) throws IOException {
        seen.read(in, features, "unit features");
    }
}
