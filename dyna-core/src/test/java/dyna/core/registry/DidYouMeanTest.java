package dyna.core.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which valid name a mistyped one is taken to mean, and when none is suggested. */
class DidYouMeanTest {

    private static final List<String> ENVIRONMENTS = List.of("acrobot", "blocking-maze", "boyan-chain", "cart-pole",
            "dyna-maze", "mountain-car", "random-task", "shortcut-maze");

    @Test
    void aTypoIsMatchedToTheNearestName() {
        assertEquals(Optional.of("dyna-maze"), DidYouMean.closest("dyna-maz", ENVIRONMENTS), "a letter left out");
        assertEquals(Optional.of("cart-pole"), DidYouMean.closest("cart-plole", ENVIRONMENTS), "a letter added");
        assertEquals(Optional.of("acrobot"), DidYouMean.closest("arcobot", ENVIRONMENTS), "two letters swapped");
        assertEquals(Optional.of("mountain-car"), DidYouMean.closest("Mountain-Car", ENVIRONMENTS), "case");
        assertEquals("; did you mean 'alpha'?", DidYouMean.suggestion("alpah", List.of("alpha", "gamma", "epsilon")));
    }

    @Test
    void aNameThatIsOnlyTheBeginningOfOneIsCompleted() {
        assertEquals(Optional.of("tabular-deterministic"),
                DidYouMean.closest("tabular-det", List.of("tabular-deterministic", "tabular-time", "replay")));
        assertEquals(Optional.empty(), DidYouMean.closest("tabular",
                List.of("tabular-deterministic", "tabular-stochastic", "tabular-time")), "three begin with it: none");
    }

    @Test
    void nothingIsSuggestedForAFarNameATieOrAValidOne() {
        assertEquals(Optional.empty(), DidYouMean.closest("gridworld", ENVIRONMENTS));
        assertEquals(Optional.empty(), DidYouMean.closest("ab", List.of("aa", "bb")), "two at one edit: a tie");
        assertEquals(Optional.empty(), DidYouMean.closest("dyna-maze", ENVIRONMENTS));
        assertEquals("", DidYouMean.suggestion("x", List.of()));
    }
}
