package dyna.experiment.stop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dyna.core.agent.AgentCounters;
import dyna.core.agent.DynaAgent;
import dyna.core.compose.AgentConfiguration;
import dyna.core.compose.AgentFactory;
import dyna.core.compose.AgentSpec;
import dyna.core.registry.ProviderRegistry;
import dyna.experiment.RunsUnderWay;
import org.junit.jupiter.api.Test;

/**
 * How much of a run is done, as each stop condition judges it from the agent's counters (a share
 * of the cap where the end is not known in advance), and the runs under way summed for a
 * progress display.
 */
class ProgressTest {

    @Test
    void eachConditionJudgesItsRunByWhatItCounts() {
        AgentCounters done = new AgentCounters(3, 400, 1_000, 0);   // episodes, real steps, planning updates, queries
        assertEquals(0.3, new Episodes(10).progress(done), 1e-12);
        assertEquals(0.4, new Steps(1_000).progress(done), 1e-12);
        assertEquals(0.1, new UntilSolved(475, 100, 4_000).progress(done), 1e-12);
        assertEquals(0.14, new UntilOptimal(1.2, 10_000).progress(done), 1e-12);
        assertEquals(0.5, new PlanningOnly(2_000, 4).progress(done), 1e-12);
        assertEquals(1.0, new Episodes(2).progress(done), "never past the end");
    }

    @Test
    void theRunsUnderWaySumTheirSharesAndLeaveWhenTheyEnd() throws Exception {
        DynaAgent agent = AgentFactory.of(AgentConfiguration.resolve(ProviderRegistry.discover(),
                AgentSpec.dynaQ("dyna-maze"))).create(1);
        RunsUnderWay underWay = new RunsUnderWay();
        Episodes ten = new Episodes(10);
        underWay.starting(null, 0, agent);
        assertEquals(0, underWay.partial(ten));
        agent.runEpisode();
        agent.runEpisode();
        assertEquals(0.2, underWay.partial(ten), 1e-12);
        underWay.finished(null, 0, agent);
        assertEquals(0, underWay.partial(ten), "a run that ended counts as finished, not under way");
    }

    @Test
    void theLatestEpisodeOfEachRunUnderWayIsAveragedOverThem() throws Exception {
        AgentFactory factory = AgentFactory.of(AgentConfiguration.resolve(ProviderRegistry.discover(),
                AgentSpec.dynaQ("dyna-maze")));
        DynaAgent one = factory.create(1);
        DynaAgent two = factory.create(2);
        RunsUnderWay underWay = new RunsUnderWay();
        Thread other = new Thread(() -> underWay.starting(null, 1, two));
        other.start();
        other.join();
        underWay.starting(null, 0, one);
        assertNull(underWay.latest(), "no episode has ended yet");
        dyna.api.run.EpisodeResult first = one.runEpisode();
        assertEquals(new RunsUnderWay.LatestEpisodes(1, first.steps(), first.reward()), underWay.latest());
        dyna.api.run.EpisodeResult second = two.runEpisode();
        RunsUnderWay.LatestEpisodes both = underWay.latest();
        assertEquals(2, both.runs());
        assertEquals((first.steps() + second.steps()) / 2.0, both.steps(), 1e-12);
        assertEquals((first.reward() + second.reward()) / 2.0, both.reward(), 1e-12);
        dyna.api.run.EpisodeResult later = one.runEpisode();
        assertEquals((later.steps() + second.steps()) / 2.0, underWay.latest().steps(), 1e-12, "each run's latest only");
    }

    @Test
    void theLatestEpisodesReadAsALineShowsThem() {
        assertEquals("last episode 143 steps, return -143", new RunsUnderWay.LatestEpisodes(1, 143, -143).describe());
        assertEquals("last episodes (mean of 2 runs) 17.5 steps, return 0.5",
                new RunsUnderWay.LatestEpisodes(2, 17.5, 0.5).describe());
        assertEquals("last episode 200 steps, return -1234.57",
                new RunsUnderWay.LatestEpisodes(1, 200, -1234.5678).describe());
    }
}
