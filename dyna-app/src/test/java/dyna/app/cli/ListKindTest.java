package dyna.app.cli;

import static dyna.app.cli.Cli.dyna;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code dyna list KIND} lists that kind alone; {@code dyna list agent} the agent's own parameters; a typo is one line. */
class ListKindTest {

    @Test
    void oneKindIsListedAlone() {
        Cli.Result models = dyna("list", "model");
        assertEquals(0, models.code(), models.err());
        assertTrue(models.out().startsWith("MODELS"), models.out());
        assertTrue(models.out().contains("neural-ensemble") && models.out().contains("tabular-stochastic"));
        assertFalse(models.out().contains("PLANNERS") || models.out().contains("dyna-maze")
                || models.out().contains("AGENT ("), models.out());

        Cli.Result agent = dyna("list", "agent");
        assertEquals(0, agent.code(), agent.err());
        assertTrue(agent.out().startsWith("AGENT (the Dyna loop's own parameters)"), agent.out());
        assertTrue(agent.out().contains("max-episode-steps"), agent.out());
    }

    @Test
    void anUnknownKindIsOneLineWithTheKindsThereAre() {
        Cli.Result typo = dyna("list", "modle");
        assertEquals(2, typo.code());
        assertTrue(typo.err().startsWith("dyna list: no kind 'modle'; did you mean 'model'?; kinds: environment, "),
                typo.err());
        assertEquals(1, typo.err().strip().lines().count(), typo.err());
    }
}
