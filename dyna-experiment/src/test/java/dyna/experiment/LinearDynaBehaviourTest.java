package dyna.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.api.env.Transition;
import dyna.api.env.TransitionTable;
import dyna.api.learning.FeatureVector;
import dyna.api.model.ExpectationModel;
import dyna.api.provider.ComponentKind;
import dyna.experiment.stats.PairedTest;
import dyna.core.agent.DynaAgent;
import dyna.core.analysis.ValueError;
import dyna.core.compose.AgentConfiguration;
import dyna.core.compose.AgentFactory;
import dyna.core.compose.AgentSpec;
import dyna.core.registry.ConfigurationException;
import dyna.core.registry.ProviderRegistry;
import dyna.testkit.LinearSystem;
import org.junit.jupiter.api.Test;

/** Linear Dyna (Sutton, Szepesvári, Geramifard and Bowling 2008) against what the paper proves and shows. */
class LinearDynaBehaviourTest {

    private static final ProviderRegistry REGISTRY = ProviderRegistry.discover();

    static AgentSpec boyan(String searchControl) {
        return AgentSpec.dynaQ("boyan-chain").with(ComponentKind.VALUES, "linear")
                .with(ComponentKind.FEATURES, "boyan-features").with(ComponentKind.MODEL, "linear-expectation")
                .with(ComponentKind.PLANNER, "linear-dyna").with(ComponentKind.SEARCH_CONTROL, searchControl)
                .with("gamma", "1").with("alpha", "0.1").with("epsilon", "0");
    }

    static DynaAgent agent(AgentSpec spec, long seed) {
        return AgentFactory.of(AgentConfiguration.resolve(REGISTRY, spec)).create(seed);
    }

    static double valueError(DynaAgent agent) {
        return new ValueError(agent.environment().transitionTable().orElseThrow(), 1.0, agent.features().maxActive())
                .of(agent.values(), agent.features());
    }

    /** θ_i = Q(e_i, 0), the weights of the only action. */
    static double[] theta(DynaAgent agent) {
        int n = agent.features().size();
        double[] theta = new double[n];
        FeatureVector e = new FeatureVector(1);
        for (int i = 0; i < n; i++) {
            e.oneHot(i);
            theta[i] = agent.values().value(e, 0);
        }
        return theta;
    }

    /** The planning fixed point θ = (I − γFᵀ)⁻¹ b of the agent's model, read through its expectations of unit vectors. */
    static double[] fixedPoint(DynaAgent agent, double gamma) {
        ExpectationModel model = (ExpectationModel) agent.model();
        int n = model.featureCount();
        double[][] m = new double[n][n];
        double[] b = new double[n];
        Transition query = new Transition(0, n);
        for (int j = 0; j < n; j++) {
            query.start(0, 0).features().oneHot(j);
            model.expect(query);
            b[j] = query.reward();
            m[j][j] += 1;
            for (int k = 0; k < query.nextFeatures().count(); k++) {
                m[j][query.nextFeatures().index(k)] -= gamma * query.nextFeatures().value(k);  // row j of (I − γFᵀ)
            }
        }
        return LinearSystem.solve(m, b);
    }

    @Test
    void planningOnExpectationsAndSamplingPlannersAreRefusedOnTheWrongModelWithOneLine() {
        AgentSpec tabular = AgentSpec.dynaQ("dyna-maze").with(ComponentKind.PLANNER, "linear-dyna");
        ConfigurationException noExpectations = assertThrows(ConfigurationException.class,
                () -> AgentConfiguration.resolve(REGISTRY, tabular));
        assertEquals("planner linear-dyna needs a model with expectation, which model tabular-deterministic does not "
                + "offer; loaded models with expectation: linear-expectation", noExpectations.getMessage());

        AgentSpec sampling = AgentSpec.dynaQ("dyna-maze").with(ComponentKind.MODEL, "linear-expectation");
        ConfigurationException noSamples = assertThrows(ConfigurationException.class,
                () -> AgentConfiguration.resolve(REGISTRY, sampling));
        assertTrue(noSamples.getMessage().contains("which model linear-expectation does not offer")
                && !noSamples.getMessage().contains("\n"), noSamples.getMessage());
    }

    @Test
    void theFixedPointDoesNotDependOnWherePlanningStarts() {
        double[] reference = null;
        for (String control : new String[] {"unit-features", "replayed-features"}) {
            DynaAgent agent = agent(boyan(control).with("planning-steps", "0"), 3);
            for (int e = 0; e < 40; e++) {
                agent.runEpisode();
            }
            double[] expected = fixedPoint(agent, 1.0);
            if (reference == null) {
                reference = expected;
            }
            assertArrayClose(reference, expected, 0, control + ": with planning off, the learned model does not depend "
                    + "on the search control");
            agent.plan(200_000);
            assertArrayClose(expected, theta(agent), 1e-6, control + " plans to θ = (I − γFᵀ)⁻¹ b");
        }
    }

    @Test
    void withALeastSquaresModelLinearDynaPlansToTheLstdSolutionWhichApproachesMinusTwoS() {
        DynaAgent agent = agent(boyan("unit-features").with("estimator", "least-squares").with("planning-steps", "10"), 5);
        double[] errors = new double[300];
        for (int e = 0; e < errors.length; e++) {
            agent.runEpisode();
            errors[e] = valueError(agent);
        }
        agent.plan(100_000);
        double[] lstd = fixedPoint(agent, 1.0);
        assertArrayClose(lstd, theta(agent), 1e-6, "θ is the LSTD solution of the data the model was fitted to");
        double error = valueError(agent);
        assertTrue(error < errors[29] && error < 0.5, "value error against V(s) = -2s: " + errors[29]
                + " after 30 episodes, " + error + " after 300");
    }

    /**
     * Linear Dyna with an LMS model drives the value error of the Boyan chain toward zero, and
     * faster than TD(0) from the same experience. Measured over seeds 1 to 30: from 14.07 (sd
     * 0.06) after the first episode to 0.45 (sd 0.30) after the hundredth, and 0.75 (sd 0.29)
     * against TD's 5.13 (sd 0.23) after the twentieth. So over 5 runs the first threshold (a
     * tenth of the first error) lies 7 standard errors from the mean and the second 14: a failure
     * means planning no longer converges, or no longer helps.
     */
    @Test
    void withAnLmsModelTheValueErrorFallsTowardZeroFasterThanTd() {
        int episodes = 100;
        double[] dyna = new double[episodes];
        double[] td = new double[episodes];
        for (long seed = 1; seed <= 5; seed++) {
            DynaAgent planning = agent(boyan("unit-features").with("planning-steps", "10"), seed);
            DynaAgent direct = agent(boyan("unit-features").with("planning-steps", "0"), seed);
            for (int e = 0; e < episodes; e++) {
                planning.runEpisode();
                direct.runEpisode();
                dyna[e] += valueError(planning) / 5;
                td[e] += valueError(direct) / 5;
            }
        }
        assertTrue(dyna[episodes - 1] < 0.1 * dyna[0], "linear Dyna: " + dyna[0] + " -> " + dyna[episodes - 1]);
        assertTrue(dyna[19] < 0.5 * td[19], "after 20 episodes, linear Dyna " + dyna[19] + " against TD(0) " + td[19]);
    }

    /**
     * Sutton et al. (2008): with one-hot features, an LMS model with α_m = 1 on a deterministic
     * world is the table of its transitions, and planning on unit vectors with α = 1 is
     * asynchronous value iteration on it, which reaches V* once every pair was tried.
     */
    @Test
    void onOneHotFeaturesPlanningOnUnitVectorsIsValueIterationOnTheLearnedModel() {
        AgentSpec spec = AgentSpec.dynaQ("dyna-maze").with(ComponentKind.MODEL, "linear-expectation")
                .with(ComponentKind.PLANNER, "linear-dyna").with(ComponentKind.SEARCH_CONTROL, "unit-features")
                .with("model-alpha", "1").with("alpha", "1").with("epsilon", "1").with("planning-steps", "0");
        DynaAgent agent = agent(spec, 2);
        TransitionTable table = agent.environment().transitionTable().orElseThrow();
        int steps = 0;
        while (!everyPairTried(agent, table)) {
            agent.runSteps(1);
            steps++;
        }
        double gamma = agent.planningContext().discount();
        ValueError error = new ValueError(agent.environment().transitionTable().orElseThrow(), gamma, 1);
        double before = error.of(agent.values(), agent.features());
        agent.plan(300_000);
        double after = error.of(agent.values(), agent.features());
        assertTrue(before > 0.01, "when the last pair is first tried, the values of random-walk Q-learning are off: "
                + before);
        assertEquals(0.0, after, 1e-9, "after planning, max_a Q(s, a) = V*(s)");
    }

    /** Whether the model has seen every pair of the table: its expectation of e_s under a predicts something. */
    private static boolean everyPairTried(DynaAgent agent, TransitionTable table) {
        ExpectationModel model = (ExpectationModel) agent.model();
        Transition query = new Transition(0, model.featureCount());
        for (int s = 0; s < table.stateCount(); s++) {
            for (int a = 0; a < table.actionCount(); a++) {
                if (table.outcomes(s, a).isEmpty()) {
                    continue;
                }
                query.start(s, a).features().oneHot(s);
                model.expect(query);
                if (query.nextFeatures().count() == 0 && query.reward() == 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * On Mountain Car, Linear Dyna with five planning steps learns to reach the goal: episodes 41
     * to 50 take under a quarter of the first episode's steps. Measured over seeds 1 to 30: the
     * first episode 1,753 steps (sd 546), episodes 41 to 50 163 (sd 7.6); per seed the ratio lies
     * between 0.056 and 0.176. Over 5 runs the mean first episode would have to fall 4.5
     * standard errors, to 653 steps, for the test to fail with a sound agent: a failure means the
     * agent stopped learning. (Planning adds little here: without it, episodes 41 to 50 take 171.)
     */
    @Test
    void onMountainCarLinearDynaWithFivePlanningStepsLearns() {
        AgentSpec spec = AgentSpec.dynaQ("mountain-car").with(ComponentKind.MODEL, "linear-expectation")
                .with(ComponentKind.PLANNER, "linear-dyna").with(ComponentKind.UPDATE_RULE, "sarsa")
                .with(ComponentKind.VALUES, "linear").with(ComponentKind.FEATURES, "tile-coding").with("tilings", "8")
                .with("epsilon", "0").with("gamma", "1").with("alpha", Double.toString(0.5 / 8))
                .with("model-alpha", Double.toString(0.1 / 8)).with("planning-steps", "5")
                .with("max-episode-steps", "10000");
        double first = 0;
        double last = 0;
        int runs = 5;
        for (long seed = 1; seed <= runs; seed++) {
            DynaAgent agent = agent(spec, seed);
            first += agent.runEpisode().steps() / (double) runs;
            for (int e = 1; e < 50; e++) {
                int steps = agent.runEpisode().steps();
                if (e >= 40) {
                    last += steps / (10.0 * runs);
                }
            }
        }
        assertTrue(last < 0.25 * first, "mean steps: episode 1 " + first + ", episodes 41-50 " + last);
    }

    /**
     * The paper's qualitative claim for prioritized sweeping over features: on the 98-state chain,
     * from the same learned model and values (20 episodes without planning, same seeds), it
     * needs fewer planning updates than random unit vectors to close 95% of the gap between the
     * value error it starts from and the value error of the model's fixed point. With α = 1 a
     * backup of a unit vector is exact (θ_j ← b_j + γ θᵀF e_j), so the order of backups is all
     * that differs. (Measured: about 13% fewer updates at α = 1, 5% at α = 0.5, none at α = 0.2,
     * where every order needs many small steps.)
     */
    @Test
    void prioritizedSweepingOverFeaturesNeedsFewerPlanningUpdatesThanUnitFeatures() {
        int seeds = 10;
        double[] unit = new double[seeds];
        double[] priority = new double[seeds];
        for (int seed = 0; seed < seeds; seed++) {
            unit[seed] = Math.log(updatesToClose(boyan("unit-features").with("alpha", "1"), seed + 1));
            priority[seed] = Math.log(updatesToClose(boyan("feature-priority").with("alpha", "1"), seed + 1));
        }
        PairedTest test = PairedTest.of(unit, priority);
        assertTrue(test.difference() < 0 && test.p() < 0.01, "log planning updates, feature-priority minus "
                + "unit-features: " + test + "; unit " + java.util.Arrays.toString(unit) + ", priority "
                + java.util.Arrays.toString(priority));
    }

    /** Planning updates, in steps of 10, until the value error closes 95% of its gap to the fixed point's. */
    private static int updatesToClose(AgentSpec spec, long seed) {
        DynaAgent agent = agent(spec.with("states", "98").with("planning-steps", "0"), seed);
        for (int e = 0; e < 20; e++) {
            agent.runEpisode();
        }
        double start = valueError(agent);
        double end = valueError(agent, fixedPoint(agent, 1.0));
        double target = end + 0.05 * (start - end);
        assertTrue(start - end > 10, "planning has a gap to close: " + start + " -> " + end);
        int updates = 0;
        while (valueError(agent) > target) {
            agent.plan(10);
            updates += 10;
            assertTrue(updates < 5_000_000, "no convergence in " + updates + " updates");
        }
        return updates;
    }

    /** The value error of V(s) = θ · x(s). */
    static double valueError(DynaAgent agent, double[] theta) {
        ValueError error = new ValueError(agent.environment().transitionTable().orElseThrow(), 1.0,
                agent.features().maxActive());
        FeatureVector x = new FeatureVector(agent.features().maxActive());
        double squares = 0;
        int states = agent.environment().transitionTable().orElseThrow().stateCount();
        for (int s = 1; s < states; s++) {
            agent.features().encode(s, null, x);
            double v = 0;
            for (int k = 0; k < x.count(); k++) {
                v += theta[x.index(k)] * x.value(k);
            }
            squares += (v - error.truth(s)) * (v - error.truth(s));
        }
        return Math.sqrt(squares / (states - 1));
    }

    private static void assertArrayClose(double[] expected, double[] actual, double tolerance, String message) {
        assertEquals(expected.length, actual.length, message);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], tolerance, message + ", θ_" + i);
        }
    }
}
