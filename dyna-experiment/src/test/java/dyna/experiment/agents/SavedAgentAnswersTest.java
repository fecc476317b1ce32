package dyna.experiment.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.api.env.Transition;
import dyna.api.learning.FeatureVector;
import dyna.api.model.DistributionModel;
import dyna.api.model.ExpectationModel;
import dyna.api.model.Model;
import dyna.api.model.PredecessorModel;
import dyna.api.model.UncertaintyModel;
import dyna.api.planning.SearchControl;
import dyna.api.provider.ComponentKind;
import dyna.core.agent.DynaAgent;
import dyna.core.compose.AgentConfiguration;
import dyna.core.compose.AgentFactory;
import dyna.core.compose.AgentSpec;
import dyna.core.registry.ProviderRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A saved agent is judged by its answers, not its bytes: loaded into a fresh agent (of another
 * seed), it gives the same features, action values, model predictions, uncertainty, planning
 * rewards (with the bonus's τ) and search-control starts as the agent that was saved, at states
 * and observations of another run. Bytes that read back to the same bytes can still have lost
 * what they held (a scale never written, weights narrowed to floats): only answers show it.
 */
class SavedAgentAnswersTest {

    private static final ProviderRegistry REGISTRY = ProviderRegistry.discover();
    private static final long SEED = 11;

    @TempDir
    Path dir;

    /**
     * An agent to save.
     *
     * @param spec          its configuration
     * @param steps         real steps it learns for before it is saved
     * @param deterministic whether its model's samples (and planning rewards) are a function of the query
     * @param starts        how its search control's starts compare
     */
    record Case(String name, AgentSpec spec, int steps, boolean deterministic, Starts starts) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** How a search control's starts are compared. */
    enum Starts {
        /** In the order its state fixes (a queue, a sweep). */
        IN_ORDER,
        /** As the set it draws from at random. */
        DRAWN,
        /**
         * Not at all: it keeps nothing past an episode (trajectories from the latest real state),
         * so a loaded agent's control hands out nothing until its first episode starts.
         */
        FROM_THE_EPISODE
    }

    /** An agent on {@code environment}: {@code kind=id} chooses a component, {@code name=value} sets a parameter. */
    private static AgentSpec agent(String environment, String... settings) {
        AgentSpec spec = AgentSpec.dynaQ(environment);
        for (String setting : settings) {
            String name = setting.substring(0, setting.indexOf('='));
            String value = setting.substring(setting.indexOf('=') + 1);
            spec = KINDS.contains(name) ? spec.with(REGISTRY.kinds().labelled(name).orElseThrow(), value)
                    : spec.with(name, value);
        }
        return spec;
    }

    private static final Set<String> KINDS = Set.of("model", "planner", "search-control", "bonus", "update-rule",
            "values", "features");
    private static final String[] TILES = {"values=linear", "features=tile-coding", "update-rule=sarsa", "epsilon=0.1",
        "alpha=0.0625", "gamma=1"};
    private static final String[] CART_POLE = {"values=linear", "features=tile-coding", "update-rule=sarsa",
        "bounds=-2.4:2.4, -3:3, -0.21:0.21, -3.5:3.5", "max-size=65536", "alpha=0.0625", "gamma=1", "epsilon=0.1",
        "planner=branched-rollouts", "planning-steps=2"};
    private static final String[] SMALL_ENSEMBLE = {"model=neural-ensemble", "layers=1", "width=16", "train-every=100",
        "max-epochs=3"};

    private static String[] and(String[] group, String... more) {
        return Stream.concat(Arrays.stream(group), Arrays.stream(more)).toArray(String[]::new);
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("dyna-q", agent("dyna-maze", "planning-steps=5"), 2_000, true, Starts.DRAWN),
                new Case("prioritized sweeping", agent("dyna-maze", "model=tabular-stochastic",
                        "planner=prioritized-sweeping", "planning-steps=5"), 2_000, false, Starts.IN_ORDER),
                new Case("dyna-q+", agent("blocking-maze", "model=tabular-time", "bonus=dyna-q-plus",
                        "planning-steps=5", "kappa=0.01"), 2_000, true, Starts.DRAWN),
                new Case("action bonus", agent("dyna-maze", "bonus=action-bonus", "planning-steps=5"), 1_000, true,
                        Starts.DRAWN),
                new Case("trajectory sampling", agent("random-task", "model=tabular-stochastic",
                        "planner=on-policy-expected", "states=20", "planning-steps=5"), 1_000, false,
                        Starts.FROM_THE_EPISODE),
                new Case("uniform sweeps of the true table", agent("dyna-maze", "model=known-dynamics",
                        "planner=uniform-expected", "planning-steps=7"), 500, false, Starts.IN_ORDER),
                new Case("all pairs over counts", agent("dyna-maze", "model=tabular-stochastic",
                        "planner=uniform-expected", "search-control=all-pairs", "planning-steps=3"), 1_000, false,
                        Starts.IN_ORDER),
                new Case("trajectories from real states", agent("dyna-maze", "model=tabular-stochastic",
                        "planner=on-policy-expected", "search-control=on-policy-trajectories", "planning-steps=3"),
                        1_000, false, Starts.FROM_THE_EPISODE),
                new Case("replay, recent states", agent("dyna-maze", "model=replay", "search-control=recent-states",
                        "planning-steps=5"), 1_000, false, Starts.DRAWN),
                new Case("no model", agent("dyna-maze", "model=no-model", "planning-steps=0"), 500, true, Starts.DRAWN),
                new Case("replay on tile coding", agent("mountain-car", and(TILES, "model=replay", "planning-steps=3")),
                        2_000, false, Starts.DRAWN),
                new Case("hashed tile coding", agent("mountain-car", and(TILES, "model=no-model", "planning-steps=0",
                        "max-size=300")), 3_000, true, Starts.DRAWN),
                new Case("linear dyna, LMS", agent("boyan-chain", "model=linear-expectation", "planner=linear-dyna",
                        "search-control=unit-features", "values=linear", "features=boyan-features", "planning-steps=5"),
                        500, false, Starts.DRAWN),
                new Case("linear dyna, least squares, feature priority", agent("boyan-chain",
                        "model=linear-expectation", "estimator=least-squares", "ridge=0.1", "planner=linear-dyna",
                        "search-control=feature-priority", "values=linear", "features=boyan-features",
                        "planning-steps=5"), 500, false, Starts.IN_ORDER),
                new Case("linear dyna on tile coding", agent("mountain-car", and(TILES, "model=linear-expectation",
                        "planner=linear-dyna", "search-control=replayed-features", "planning-steps=2",
                        "max-size=1024")), 1_000, false, Starts.DRAWN),
                new Case("neural ensemble, means", agent("cart-pole", and(and(CART_POLE, SMALL_ENSEMBLE),
                        "members=3", "propagation=mean", "noise=none")), 400, true, Starts.DRAWN),
                new Case("neural ensemble, elites", agent("cart-pole", and(and(CART_POLE, SMALL_ENSEMBLE),
                        "members=4", "elites=2")), 400, false, Starts.DRAWN),
                new Case("true model", agent("cart-pole", and(CART_POLE, "model=true-model")), 300, true,
                        Starts.DRAWN));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void aLoadedAgentAnswersAsTheSavedOne(Case c) throws Exception {
        AgentConfiguration configuration = AgentConfiguration.resolve(REGISTRY, c.spec());
        AgentFactory agents = AgentFactory.of(configuration);
        DynaAgent saved = agents.create(SEED);
        saved.runSteps(c.steps());
        List<Transition> probes = probes(agents, saved);
        settle(saved, probes.get(0));
        SavedAgent record = AgentStore.save(saved, configuration, "all", 1, SEED, SEED, dir);
        assertTrue(record.notSaved().isEmpty(), c + ": every part is saved: " + record.notSaved());
        DynaAgent loaded = agents.create(SEED + 1_000);
        AgentStore.load(record, dir, loaded, configuration);

        for (Transition probe : probes) {
            String at = c + " at " + probe;
            FeatureVector x = encode(saved, probe);
            assertEquals(x.toString(), encode(loaded, probe).toString(), at + ": features");
            for (int a = 0; a < saved.values().actions(); a++) {
                assertEquals(saved.values().value(x, a), loaded.values().value(x, a), at + ": Q(s, " + a + ")");
            }
            assertSameModelAnswers(saved, loaded, probe, c, at);
        }
        assertSameStarts(saved.searchControl(), loaded.searchControl(), saved, c);
    }

    /** Every model, values, features and search-control kind among the built-ins is in a case. */
    @Test
    void theCasesCoverEveryBuiltInKindThatLearns() {
        Set<String> covered = new TreeSet<>();
        cases().forEach(c -> AgentConfiguration.resolve(REGISTRY, c.spec()).components()
                .forEach((kind, component) -> covered.add(kind.label() + " " + component.provider().id())));
        Set<String> all = new TreeSet<>();
        for (ComponentKind kind : List.of(ComponentKind.MODEL, ComponentKind.VALUES, ComponentKind.FEATURES,
                ComponentKind.SEARCH_CONTROL, ComponentKind.BONUS)) {
            REGISTRY.providers(kind).forEach(p -> all.add(kind.label() + " " + p.id()));
        }
        all.removeAll(covered);
        assertEquals(Set.of(), all, "kinds no case saves and loads");
    }

    /** Real starts from a run of another seed: states and observations the saved agent may or may not have met. */
    private static List<Transition> probes(AgentFactory agents, DynaAgent like) {
        DynaAgent other = agents.create(SEED + 7);
        List<Transition> probes = new ArrayList<>();
        other.observeRealTransitions(t -> {
            if (probes.size() < 200) {
                Transition copy = like.planningContext().newTransition().startOf(t);
                probes.add(copy);
            }
        });
        other.runSteps(400);
        return probes;
    }

    /** Lets a model finish a retraining that is due, so that the saved agent holds what it will answer from. */
    private static void settle(DynaAgent agent, Transition probe) {
        Transition query = agent.planningContext().newTransition().startOf(probe);
        encode(agent, query);
        Model model = agent.model();
        model.startRollout(query, model.newRolloutState());
    }

    private static FeatureVector encode(DynaAgent agent, Transition at) {
        FeatureVector x = new FeatureVector(agent.features().maxActive());
        agent.features().encode(at.state(), at.observation(), x);
        return x;
    }

    private static Transition query(DynaAgent agent, Transition probe) {
        Transition query = agent.planningContext().newTransition().startOf(probe);
        FeatureVector x = encode(agent, probe);
        query.features().clear();
        for (int k = 0; k < x.count(); k++) {
            query.features().add(x.index(k), x.value(k));
        }
        return query;
    }

    private static String outcome(Transition t) {
        return t.nextState() + " " + Arrays.toString(t.nextObservation()) + " " + t.nextFeatures() + " r=" + t.reward()
                + (t.terminated() ? " terminated" : "");
    }

    private static void assertSameModelAnswers(DynaAgent saved, DynaAgent loaded, Transition probe, Case c, String at) {
        Model a = saved.model();
        Model b = loaded.model();
        Transition qa = query(saved, probe);
        Transition qb = query(loaded, probe);
        assertEquals(a.knows(qa), b.knows(qb), at + ": knows");
        if (!a.knows(qa)) {
            return;
        }
        if (a instanceof UncertaintyModel ua) {
            assertEquals(ua.uncertainty(qa), ((UncertaintyModel) b).uncertainty(qb), at + ": uncertainty");
        }
        if (a instanceof ExpectationModel ea) {
            ea.expect(qa);
            ((ExpectationModel) b).expect(qb);
            assertEquals(outcome(qa), outcome(qb), at + ": expectation");
        }
        if (a instanceof DistributionModel da) {
            DistributionModel db = (DistributionModel) b;
            assertEquals(da.outcomeCount(qa), db.outcomeCount(qb), at + ": outcomes");
            for (int i = 0; i < da.outcomeCount(qa); i++) {
                assertEquals(da.outcome(qa, i), db.outcome(qb, i), at + ": probability of outcome " + i);
                assertEquals(outcome(qa), outcome(qb), at + ": outcome " + i);
            }
        }
        if (a instanceof PredecessorModel pa && probe.state() >= 0 && saved.pairs() > 0) {
            // The same predecessors; their order is the order pairs were first seen, which a loaded model rebuilds.
            assertEquals(predecessors(pa, probe.state()), predecessors((PredecessorModel) b, probe.state()),
                    at + ": predecessors");
        }
        if (c.deterministic()) {
            Transition sa = query(saved, probe);
            Transition sb = query(loaded, probe);
            a.sample(sa);
            b.sample(sb);
            assertEquals(outcome(sa), outcome(sb), at + ": sample");
            // Through the planning context: the reward a planner sees, the bonus (κ √τ) included.
            Transition pa = saved.planningContext().simulate(query(saved, probe));
            Transition pb = loaded.planningContext().simulate(query(loaded, probe));
            assertEquals(outcome(pa), outcome(pb), at + ": simulated");
        }
    }

    private static Set<String> predecessors(PredecessorModel model, int state) {
        Set<String> pairs = new TreeSet<>();
        for (int i = 0; i < model.predecessorCount(state); i++) {
            assertTrue(pairs.add(model.predecessorState(state, i) + "," + model.predecessorAction(state, i)),
                    model.getClass().getSimpleName() + " lists predecessor " + model.predecessorState(state, i) + ","
                            + model.predecessorAction(state, i) + " of state " + state + " twice");
        }
        return pairs;
    }

    /** The starts a search control hands out: in order for a queue or sweep, else the set drawn from. */
    private static void assertSameStarts(SearchControl a, SearchControl b, DynaAgent agent, Case c) {
        Transition start = agent.planningContext().newTransition();
        if (c.starts() == Starts.FROM_THE_EPISODE) {
            assertTrue(!b.next(start), c + ": a loaded agent's trajectories wait for its first episode");
            return;
        }
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        // Enough draws that a start of a few thousand, each as likely, is drawn at all (missed: 1e-5).
        int draws = c.starts() == Starts.IN_ORDER ? 300 : 60_000;
        for (int i = 0; i < draws; i++) {
            first.add(a.next(start) ? describe(start) : "none");
            second.add(b.next(start) ? describe(start) : "none");
        }
        if (c.starts() == Starts.IN_ORDER) {
            assertEquals(first, second, c + ": the starts, in order");
        } else {
            Set<String> onlySaved = new TreeSet<>(first);
            onlySaved.removeAll(second);
            Set<String> onlyLoaded = new TreeSet<>(second);
            onlyLoaded.removeAll(first);
            assertTrue(onlySaved.isEmpty() && onlyLoaded.isEmpty(), c + ": the starts drawn from; "
                    + new TreeSet<>(first).size() + " saved, " + new TreeSet<>(second).size() + " loaded; only the "
                    + "saved agent's: " + onlySaved.stream().limit(3).toList() + "; only the loaded agent's: "
                    + onlyLoaded.stream().limit(3).toList());
        }
    }

    private static String describe(Transition start) {
        return start.state() + " " + Arrays.toString(start.observation()) + " " + start.action() + " "
                + start.features();
    }
}
