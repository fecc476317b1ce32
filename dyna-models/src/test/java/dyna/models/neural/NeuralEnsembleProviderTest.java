package dyna.models.neural;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.api.provider.Parameters;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ensemble's parameters as settings: every hidden layer of the width given, and elites among the members. */
class NeuralEnsembleProviderTest {

    private static EnsembleSettings settings(Map<String, String> values) {
        NeuralEnsembleProvider provider = new NeuralEnsembleProvider();
        return NeuralEnsembleProvider.settings(Parameters.resolve(provider.parameters(), values));
    }

    @Test
    void everyHiddenLayerHasTheWidthGiven() {
        assertArrayEquals(new int[] {24, 24, 24}, settings(Map.of("layers", "3", "width", "24")).hidden());
    }

    @Test
    void elitesAreAtMostTheMembersAndZeroMeansAll() {
        assertEquals(5, settings(Map.of("members", "5", "elites", "5")).elites());
        assertEquals(5, settings(Map.of("members", "5", "elites", "0")).elites());
        assertEquals(2, settings(Map.of("members", "5", "elites", "2")).elites());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> settings(Map.of("members", "5", "elites", "6")))
                .getMessage().contains("elites must be at most 5"));
    }
}
