package dyna.core.search;

import dyna.api.env.Transition;
import dyna.api.planning.SearchControl;
import java.util.random.RandomGenerator;

/**
 * Linear Dyna's search control after Sutton et al. (2008): each planning update starts from a
 * unit vector e_i, i a uniformly random feature among those active in a real observation so
 * far, with an action taken while it was active (uniform among those). With one-hot features
 * this is Dyna-Q's random previously observed state and action.
 */
final class UnitFeatures implements SearchControl {

    private final SeenPairSet seen;
    private final RandomGenerator random;

    UnitFeatures(int features, int actions, RandomGenerator random) {
        this.seen = new SeenPairSet(features, actions);
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
}
