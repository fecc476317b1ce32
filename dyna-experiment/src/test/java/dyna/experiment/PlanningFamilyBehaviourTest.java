package dyna.experiment;


import dyna.api.env.TransitionTable;
import dyna.api.provider.ComponentKind;
import dyna.experiment.stats.Samples;
import dyna.core.agent.DynaAgent;
import dyna.core.analysis.TabularAnalysis;
import dyna.core.compose.AgentConfiguration;
import dyna.core.compose.AgentFactory;
import dyna.core.compose.AgentSpec;
import dyna.core.registry.ConfigurationException;
import dyna.core.registry.ProviderRegistry;
import dyna.core.seed.Seeds;
import dyna.experiment.stop.UntilOptimal;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Prioritized sweeping against Dyna-Q, as Sutton and Barto state it (section 8.4, Example 8.4). */
class PlanningFamilyBehaviourTest {

    private static final ProviderRegistry REGISTRY = ProviderRegistry.discover();

    private static AgentFactory agents(String planner, String... parameters) {
        AgentSpec spec = AgentSpec.dynaQ("dyna-maze").with(ComponentKind.PLANNER, planner);
        for (int i = 0; i < parameters.length; i += 2) {
            spec = spec.with(parameters[i], parameters[i + 1]);
        }
        return AgentFactory.of(AgentConfiguration.resolve(REGISTRY, spec));
    }

    @Test
    void afterTheFirstGoalPrioritizedSweepingWorksBackwardAllTheWayToTheStart() {
        DynaAgent sweeping = agents("prioritized-sweeping", "alpha", "1.0", "planning-steps", "100000").create(5);
        DynaAgent random = agents("random-sample", "alpha", "1.0", "planning-steps", "0").create(5);
        sweeping.runEpisode();
        random.runEpisode();
        int start = 2 * 9;
        TransitionTable table = sweeping.environment().transitionTable().orElseThrow();
        assertTrue(sweeping.table().max(start) > 0, "the goal's value reached the start in one planning phase");
        assertEquals(0.0, random.table().max(start), "one-step Q-learning moves it back one step per episode");
        assertTrue(TabularAnalysis.greedyPathLength(table, sweeping.table(), 1000) > 0,
                "the greedy policy already reaches the goal");
    }

    @Test
    void prioritizedSweepingNeedsFewerUpdatesThanDynaQAtEveryMazeSize() {
        UntilOptimal until = new UntilOptimal(1.2, 50_000_000);
        for (int scale = 1; scale <= 5; scale++) {
            double[] medians = new double[2];
            String[] planners = {"random-sample", "prioritized-sweeping"};
            for (int k = 0; k < 2; k++) {
                AgentFactory factory = agents(planners[k], "scale", Integer.toString(scale), "alpha", "0.5",
                        "planning-steps", "5", "epsilon", "0.1");
                ExperimentPoint point = new ExperimentPoint(null, null, factory, Seeds.derive(84, scale));
                double[] updates = new double[20];
                for (int run = 0; run < 20; run++) {
                    RunResult result = ExperimentRunner.run(point, run, until);
                    assertEquals(1.0, result.series("reached")[0], planners[k] + " at scale " + scale + " did not get there");
                    updates[run] = result.updates();
                }
                medians[k] = Samples.median(updates);
            }
            assertTrue(medians[1] < medians[0], "scale " + scale + ": prioritized sweeping " + medians[1]
                    + " against Dyna-Q " + medians[0] + " (medians of 20 runs)");
        }
    }

    /**
     * The ablation that gives the comparison above its meaning: Dyna-Q's planning updates must
     * save real experience, so with n = 5 it needs far fewer real steps than with n = 0 (plain
     * Q-learning) to make its greedy policy near optimal.
     */
    @Test
    void dynaQNeedsFarFewerRealStepsThanWithoutPlanning() {
        UntilOptimal until = new UntilOptimal(1.2, 50_000_000);
        for (int scale = 1; scale <= 2; scale++) {
            double[] medians = new double[2];
            String[] planningSteps = {"0", "5"};
            for (int k = 0; k < 2; k++) {
                AgentFactory factory = agents("random-sample", "scale", Integer.toString(scale), "alpha", "0.5",
                        "planning-steps", planningSteps[k], "epsilon", "0.1");
                ExperimentPoint point = new ExperimentPoint(null, null, factory, Seeds.derive(85, scale));
                double[] realSteps = new double[20];
                for (int run = 0; run < 20; run++) {
                    RunResult result = ExperimentRunner.run(point, run, until);
                    assertEquals(1.0, result.series("reached")[0]);
                    realSteps[run] = result.counters().realSteps();
                    assertEquals(k == 0, result.counters().planningUpdates() == 0);
                }
                medians[k] = Samples.median(realSteps);
            }
            assertTrue(medians[1] * 2 < medians[0], "scale " + scale + ": median real steps with n = 5 " + medians[1]
                    + ", with n = 0 " + medians[0]);
        }
    }

    /** The box's details: the budget, the threshold, and the real step's own pair in the queue. */
    @Test
    void prioritizedSweepingSpendsAtMostItsBudgetPerRealStep() {
        DynaAgent agent = agents("prioritized-sweeping", "alpha", "0.5", "planning-steps", "1", "theta", "0").create(8);
        for (int e = 0; e < 5; e++) {
            agent.runEpisode();
        }
        assertTrue(agent.counters().planningUpdates() <= agent.counters().realSteps(), agent.counters().toString());
        assertTrue(agent.counters().planningUpdates() > 0);
    }

    @Test
    void prioritizedSweepingQueuesNothingWhileEveryErrorIsZero() {
        DynaAgent agent = agents("prioritized-sweeping", "planning-steps", "5", "theta", "0").create(8);
        agent.runEpisode();   // no reward until the goal: every error is exactly 0 before the last step
        assertTrue(agent.counters().planningUpdates() <= 5, "planning updates in the first episode: "
                + agent.counters().planningUpdates() + " (only the last step's may be spent)");
    }

    /**
     * The real step's direct update plays the box's first update, and the pair is queued with
     * the error left after it: with α = 0.5 the pair that reached the goal gets 0.5 from its
     * direct update and 0.25 more from the queue (its successor, the goal, never changes, so it is
     * not queued again).
     */
    @Test
    void prioritizedSweepingQueuesTheRealStepsPairWithTheErrorLeftAfterItsDirectUpdate() {
        DynaAgent agent = agents("prioritized-sweeping", "alpha", "0.5", "planning-steps", "100", "theta", "0")
                .create(8);
        agent.runEpisode();
        double best = 0;
        for (int s = 0; s < agent.table().states(); s++) {
            best = Math.max(best, agent.table().max(s));
        }
        assertEquals(0.75, best, 1e-12, "the pair that reached the goal: its direct update alone gives 0.5");
    }

    @Test
    void prioritizedSweepingRunsWithTheStochasticModel() {
        DynaAgent agent = AgentFactory.of(AgentConfiguration.resolve(REGISTRY, AgentSpec.dynaQ("dyna-maze")
                .with(ComponentKind.PLANNER, "prioritized-sweeping")
                .with(ComponentKind.MODEL, "tabular-stochastic"))).create(3);
        double last = 0;
        for (int e = 0; e < 30; e++) {
            last = agent.runEpisode().steps();
        }
        assertTrue(last < 40, "learns the maze: " + last + " steps in episode 30");
        assertTrue(agent.counters().planningUpdates() > 0);
    }

    @Test
    void everyBuiltInModelOffersWhatPrioritizedSweepingNeeds() {
        for (String model : new String[] {"tabular-deterministic", "tabular-time", "tabular-stochastic"}) {
            try {
                AgentConfiguration.resolve(REGISTRY, AgentSpec.dynaQ("dyna-maze")
                        .with(ComponentKind.PLANNER, "prioritized-sweeping").with(ComponentKind.MODEL, model));
            } catch (ConfigurationException e) {
                throw new AssertionError(model + ": " + e.getMessage(), e);
            }
        }
    }
}
