package dyna.testkit;

import dyna.api.env.Environment;
import dyna.api.env.Step;
import dyna.api.env.Transition;
import dyna.api.learning.FeatureVector;
import dyna.api.learning.Features;
import dyna.api.model.DistributionModel;
import dyna.api.model.ExpectationModel;
import dyna.api.model.Model;
import dyna.api.model.ModelCapability;
import dyna.api.model.ModelProvider;
import dyna.api.model.PredecessorModel;
import dyna.api.model.UncertaintyModel;
import dyna.api.provider.ComponentContext;
import dyna.api.provider.ComponentKind;
import dyna.api.provider.Parameters;
import dyna.api.save.Savable;
import dyna.api.space.Box;
import dyna.api.space.Discrete;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * The checks every model must pass, built in or plugged in: it is fed the real transitions of a
 * run of uniformly random actions in an environment, and after each one its answers are checked
 * against the model SPI's contracts:
 * <ul>
 *   <li>the capabilities its provider declares are exactly the interfaces the model implements;</li>
 *   <li>a pair it has observed it knows (unless it knows no pair at all, as a model that learns
 *       nothing), and a pair it knew it still knows;</li>
 *   <li>a sample of a known pair writes a next state in the observation space (a box observation
 *       inside the box) and a finite reward, and leaves the start alone; a sample of an unknown
 *       pair throws {@link IllegalArgumentException};</li>
 *   <li>a distribution lists at least one outcome of a known pair and none of an unknown one,
 *       with positive probabilities that sum to 1;</li>
 *   <li>predecessors are consistent with outcomes: every known pair with an outcome leading to a
 *       state is among the state's predecessors, and every predecessor listed is known.</li>
 *   <li>an {@link ExpectationModel} (created over one-hot features of the discrete states) draws no
 *       samples ({@link UnsupportedOperationException}); its expectation of each unit vector and
 *       action has finite features inside 0 .. featureCount − 1 and a finite reward, leaves the start
 *       alone, and agrees with its predecessors: j precedes i exactly when the expectation of e_j
 *       has feature i.</li>
 *   <li>a model that can be saved ({@link Savable}) reads what it wrote into a fresh model of the
 *       same provider, which then writes the same bytes and gives the same answers: it knows the
 *       same pairs (every pair of discrete states; the pairs of the box observations seen) with the
 *       same distributions, uncertainty, predecessors and expectations of unit vectors, so that a
 *       part that reads back to the same bytes but lost what it held (a scale, narrowed numbers)
 *       is found; bytes cut short are refused with an {@link IOException}.</li>
 * </ul>
 * Discrete observations are checked over every pair after every step; box observations over the
 * pairs of the observations seen. Box actions are drawn uniformly from the box, and each
 * observation checked is paired with the action taken there and with the box's centre.
 */
public final class ModelChecker {

    private static final int MAX_PROBLEMS = 20;

    private ModelChecker() {
    }

    /**
     * Checks a model over {@code steps} real steps of random actions.
     *
     * @param provider    the model's provider (its declared capabilities are checked too)
     * @param parameters  the model's parameter values
     * @param environment makes the environment to learn from
     * @return the problems found, one line each; empty when the model passes
     */
    public static List<String> check(ModelProvider provider, Parameters parameters, Supplier<Environment> environment,
            long seed, int steps) {
        return check(provider, parameters, environment, seed, steps, Map.of());
    }

    /**
     * Checks a model that reads components of kinds a plugin declared from its context, as
     * {@link #check(ModelProvider, Parameters, Supplier, long, int)} does.
     *
     * @param extensions the components its context offers, by kind (see {@code ComponentContext.extension})
     */
    public static List<String> check(ModelProvider provider, Parameters parameters, Supplier<Environment> environment,
            long seed, int steps, Map<ComponentKind, Object> extensions) {
        Set<String> problems = new LinkedHashSet<>();
        Environment env = environment.get();
        int dimensions = env.observationSpace() instanceof Box box ? box.dimensions() : 0;
        Step step = new Step(dimensions);
        env.reset(seed, step);
        ComponentContext context = context(env, seed, extensions);
        Model model = dimensions == 0
                ? provider.create(parameters, context, oneHot(((Discrete) env.observationSpace()).n()))
                : provider.create(parameters, context);
        checkCapabilities(provider, model, problems);
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        ProbeActions actions = new ProbeActions(env.actionSpace());
        List<Transition> seen = new ArrayList<>();
        Set<String> known = new LinkedHashSet<>();
        Transition real = new Transition(env.observationSpace(), env.actionSpace(), 1);
        Transition probe = new Transition(env.observationSpace(), env.actionSpace(), 1);
        for (int i = 0; i < steps && problems.size() < MAX_PROBLEMS; i++) {
            int state = step.state();
            double[] start = step.observation().clone();
            actions.draw(random, real);
            real.start(state, real.action());
            if (dimensions > 0) {
                System.arraycopy(start, 0, real.observation(), 0, dimensions);
            }
            actions.take(env, real, step);
            real.outcome(step);
            if (dimensions > 0) {
                seen.add(new Transition(env.observationSpace(), env.actionSpace(), 1).startOf(real));
            }
            if (dimensions == 0) {
                real.features().oneHot(state);
                real.nextFeatures().oneHot(step.state());
            }
            model.observe(real);
            if (model instanceof ExpectationModel expectation) {
                if (actions.box()) {
                    problems.add("an expectation model needs discrete actions; the environment's are "
                            + env.actionSpace().describe());
                    break;
                }
                checkExpectation(expectation, actions.count(), problems);
                if (step.done()) {
                    env.reset(step);
                }
                continue;
            }
            List<Transition> pairs = pairs(env, seen, actions, dimensions);
            boolean knowsAny = pairs.stream().anyMatch(model::knows);
            probe.startOf(real);
            if (knowsAny && !model.knows(probe)) {
                problems.add("after observing " + real + " the model does not know its pair, though it knows others");
            }
            for (Transition pair : pairs) {
                checkPair(env, model, pair, probe, known, problems);
            }
            if (model instanceof PredecessorModel predecessors && dimensions == 0 && !actions.box()) {
                checkPredecessors(env, model, predecessors, actions.count(), problems);
            }
            if (step.done()) {
                env.reset(step);
            }
        }
        if (model instanceof Savable savable && problems.size() < MAX_PROBLEMS) {
            checkSaving(savable, () -> dimensions == 0
                    ? provider.create(parameters, context(env, seed, extensions),
                            oneHot(((Discrete) env.observationSpace()).n()))
                    : provider.create(parameters, context(env, seed, extensions)), env, dimensions, seen,
                    problems);
        }
        return List.copyOf(problems);
    }

    private static ComponentContext context(Environment env, long seed, Map<ComponentKind, Object> extensions) {
        return new ComponentContext(env.observationSpace(), env.actionSpace(), new SplittableRandom(seed),
                env.transitionTable(), env.simulator(), extensions);
    }

    /** Writes the model, reads it into a fresh one, and compares bytes and answers. */
    private static void checkSaving(Savable model, Supplier<Model> fresh, Environment env, int dimensions,
            List<Transition> seen, Set<String> problems) {
        try {
            byte[] written = bytes(model);
            Model copy = fresh.get();
            if (!(copy instanceof Savable loaded) || !loaded.reads(model.format())) {
                problems.add("a fresh model of the same provider cannot read format " + model.format());
                return;
            }
            loaded.read(new DataInputStream(new ByteArrayInputStream(written)), model.format());
            if (!Arrays.equals(bytes(loaded), written)) {
                problems.add("a model read from what the model wrote (" + model.format() + ") writes other bytes");
            }
            checkSameAnswers((Model) model, copy, env, dimensions, seen, problems);
            if (written.length > 0) {
                Model cut = fresh.get();
                try {
                    ((Savable) cut).read(new DataInputStream(new ByteArrayInputStream(written, 0, written.length - 1)),
                            model.format());
                    problems.add("reading the saved bytes cut short by one byte threw nothing; it must throw an "
                            + "IOException (an EOFException does)");
                } catch (IOException expected) {
                    // refused, as it must be
                }
            }
        } catch (IOException | RuntimeException e) {
            problems.add("saving and reading the model back failed: " + e);
        }
    }

    /** The answers of a model read back against those of the model saved, pair by pair. */
    private static void checkSameAnswers(Model saved, Model read, Environment env, int dimensions, List<Transition> seen,
            Set<String> problems) {
        ProbeActions probeActions = new ProbeActions(env.actionSpace());
        int actions = probeActions.count();
        for (Transition pair : pairs(env, seen, probeActions, dimensions)) {
            if (problems.size() >= MAX_PROBLEMS) {
                return;
            }
            if (saved.knows(pair) != read.knows(pair)) {
                problems.add("the model read back " + (read.knows(pair) ? "knows" : "does not know") + " pair "
                        + pair + ", unlike the model saved");
                continue;
            }
            if (!read.knows(pair)) {
                continue;
            }
            if (saved instanceof DistributionModel a && read instanceof DistributionModel b
                    && !distribution(a, pair).equals(distribution(b, pair))) {
                problems.add("the model read back gives pair " + pair + " the outcomes " + distribution(b, pair)
                        + ", the model saved " + distribution(a, pair));
            }
            if (saved instanceof UncertaintyModel a && read instanceof UncertaintyModel b
                    && Double.compare(a.uncertainty(pair), b.uncertainty(pair)) != 0) {
                problems.add("the model read back is " + b.uncertainty(pair) + " unsure of pair " + pair
                        + ", the model saved " + a.uncertainty(pair));
            }
        }
        if (saved instanceof PredecessorModel a && read instanceof PredecessorModel b && dimensions == 0
                && !probeActions.box()) {
            for (int state = 0; state < ((Discrete) env.observationSpace()).n(); state++) {
                if (!predecessors(a, state).equals(predecessors(b, state))) {
                    problems.add("the model read back lists the predecessors " + predecessors(b, state) + " of state "
                            + state + ", the model saved " + predecessors(a, state));
                }
            }
        }
        if (saved instanceof ExpectationModel a && read instanceof ExpectationModel b) {
            for (int j = 0; j < a.featureCount() && problems.size() < MAX_PROBLEMS; j++) {
                for (int action = 0; action < actions; action++) {
                    String before = expectation(a, j, action);
                    String after = expectation(b, j, action);
                    if (!before.equals(after)) {
                        problems.add("the model read back expects " + after + " of unit vector e_" + j + " and action "
                                + action + ", the model saved " + before);
                    }
                }
            }
        }
    }

    /** A state's predecessor pairs, in order of state and action (the order they are listed in may differ). */
    private static Set<String> predecessors(PredecessorModel model, int state) {
        Set<String> pairs = new java.util.TreeSet<>();
        for (int i = 0; i < model.predecessorCount(state); i++) {
            pairs.add(model.predecessorState(state, i) + "," + model.predecessorAction(state, i));
        }
        return pairs;
    }

    /** The expected next features and reward of unit vector e_j under an action. */
    private static String expectation(ExpectationModel model, int j, int action) {
        Transition query = new Transition(0, model.featureCount());
        query.start(0, action).features().oneHot(j);
        model.expect(query);
        java.util.SortedMap<Integer, Double> next = new java.util.TreeMap<>();   // stored order may differ
        for (int i = 0; i < query.nextFeatures().count(); i++) {
            next.merge(query.nextFeatures().index(i), query.nextFeatures().value(i), Double::sum);
        }
        return next + " r=" + query.reward();
    }

    private static byte[] bytes(Savable part) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        part.write(out);
        out.flush();
        return bytes.toByteArray();
    }

    /** The outcomes of a pair as text: next state, reward, terminated and probability of each. */
    private static List<String> distribution(DistributionModel model, Transition pair) {
        List<String> outcomes = new ArrayList<>();
        Transition query = new Transition(pair.dimensions(), pair.actionDimensions(), 1);
        for (int i = 0; i < model.outcomeCount(pair); i++) {
            query.startOf(pair);
            double p = model.outcome(query, i);
            String next = pair.dimensions() == 0 ? Integer.toString(query.nextState())
                    : Arrays.toString(query.nextObservation());
            outcomes.add(next + "/" + query.reward() + "/" + query.terminated() + "@" + p);
        }
        return outcomes;
    }

    /**
     * Every pair to check: all of a discrete space, or those of the last box observations seen,
     * each with every discrete action or, for box actions, with the action taken there and the
     * box's centre.
     */
    private static List<Transition> pairs(Environment env, List<Transition> seen, ProbeActions actions,
            int dimensions) {
        List<Transition> pairs = new ArrayList<>();
        if (dimensions == 0) {
            int states = ((Discrete) env.observationSpace()).n();
            for (int s = 0; s < states; s++) {
                for (Transition pair : actions.pairs(new Transition(env.observationSpace(), env.actionSpace(), 1)
                        .start(s, 0))) {
                    pairs.add(pair);
                }
            }
        } else {
            for (Transition taken : seen.subList(Math.max(0, seen.size() - 50), seen.size())) {
                pairs.addAll(actions.pairs(taken));
            }
        }
        return pairs;
    }

    /**
     * The built-in capabilities the model offers must be exactly those its provider declares
     * among them; a capability of a plugin's own that it declares, it must offer.
     */
    private static void checkCapabilities(ModelProvider provider, Model model, Set<String> problems) {
        Set<ModelCapability> offered = new java.util.HashSet<>();
        for (ModelCapability capability : ModelCapability.builtIn()) {
            if (capability.offeredBy(model)) {
                offered.add(capability);
            }
        }
        Set<ModelCapability> declared = new java.util.HashSet<>(provider.capabilities());
        for (ModelCapability own : provider.capabilities()) {
            if (!ModelCapability.builtIn().contains(own)) {
                declared.remove(own);
                if (!own.offeredBy(model)) {
                    problems.add("model " + provider.id() + " declares capability " + own.label() + " but does not "
                            + "implement " + own.type().getName());
                }
            }
        }
        if (!offered.equals(declared)) {
            problems.add("model " + provider.id() + " declares capabilities " + ModelCapability.describe(declared)
                    + " but implements " + ModelCapability.describe(offered));
        }
    }

    /** One-hot features of {@code states} discrete states, for models that learn over features. */
    private static Features oneHot(int states) {
        return new Features() {
            @Override
            public int size() {
                return states;
            }

            @Override
            public int maxActive() {
                return 1;
            }

            @Override
            public void encode(int state, double[] observation, FeatureVector out) {
                out.oneHot(state);
            }
        };
    }

    private static void checkExpectation(ExpectationModel model, int actions, Set<String> problems) {
        int n = model.featureCount();
        Transition query = new Transition(0, n);
        Transition sample = new Transition(0, n);
        FeatureVector predecessors = new FeatureVector(n);
        try {
            model.sample(sample.start(0, 0));
            problems.add("the expectation model samples; it should throw UnsupportedOperationException");
        } catch (UnsupportedOperationException expected) {
            // The contract: expectations only.
        }
        for (int j = 0; j < n; j++) {
            for (int a = 0; a < actions; a++) {
                query.start(0, a);
                query.features().oneHot(j);
                model.expect(query);
                String what = "the expectation of e_" + j + " under action " + a;
                if (query.action() != a || !query.features().toString().equals("{" + j + "=1.0}")) {
                    problems.add(what + " changed its start");
                }
                if (!Double.isFinite(query.reward()) || query.terminated()) {
                    problems.add(what + " has reward " + query.reward() + (query.terminated() ? " and is terminated" : ""));
                }
                FeatureVector next = query.nextFeatures();
                for (int k = 0; k < next.count(); k++) {
                    int i = next.index(k);
                    if (i < 0 || i >= n || !Double.isFinite(next.value(k))) {
                        problems.add(what + " has feature " + i + " = " + next.value(k));
                        continue;
                    }
                    model.predecessors(i, a, predecessors);
                    if (next.value(k) != 0 && !contains(predecessors, j)) {
                        problems.add(what + " has feature " + i + " but " + j + " is not among its predecessors");
                    }
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < actions; a++) {
                model.predecessors(i, a, predecessors);
                for (int k = 0; k < predecessors.count(); k++) {
                    int j = predecessors.index(k);
                    query.start(0, a);
                    query.features().oneHot(j);
                    model.expect(query);
                    if (!contains(query.nextFeatures(), i)) {
                        problems.add(j + " is listed as a predecessor of feature " + i + " under action " + a
                                + " but the expectation of e_" + j + " has no feature " + i);
                    }
                }
            }
        }
    }

    private static boolean contains(FeatureVector x, int index) {
        for (int k = 0; k < x.count(); k++) {
            if (x.index(k) == index && x.value(k) != 0) {
                return true;
            }
        }
        return false;
    }

    private static void checkPair(Environment env, Model model, Transition pair, Transition probe, Set<String> known,
            Set<String> problems) {
        String key = describe(pair);
        boolean knows = model.knows(pair);
        if (!knows && known.contains(key)) {
            problems.add("the model knew " + describe(pair) + " and then forgot it");
        }
        probe.startOf(pair);
        if (knows) {
            known.add(key);
            try {
                model.sample(probe);
                checkOutcome(env, pair, probe, "a sample of", problems);
            } catch (RuntimeException e) {
                problems.add("sampling " + describe(pair) + ", which the model knows, throws " + e);
            }
        } else {
            try {
                model.sample(probe);
                problems.add("sampling " + describe(pair) + ", which the model does not know, does not throw "
                        + "IllegalArgumentException");
            } catch (IllegalArgumentException expected) {
                // The contract.
            } catch (RuntimeException e) {
                problems.add("sampling " + describe(pair) + ", which the model does not know, throws " + e
                        + " instead of IllegalArgumentException");
            }
        }
        if (model instanceof DistributionModel distribution) {
            probe.startOf(pair);
            int count = distribution.outcomeCount(probe);
            if (!knows && count != 0) {
                problems.add("the distribution of " + describe(pair) + ", which the model does not know, has " + count
                        + " outcomes, not 0");
            } else if (knows && count < 1) {
                problems.add("the distribution of " + describe(pair) + ", which the model knows, has no outcome");
            }
            double sum = 0;
            for (int i = 0; i < (knows ? count : 0); i++) {
                double p = distribution.outcome(probe, i);
                if (!(p > 0)) {
                    problems.add("outcome " + i + " of " + describe(pair) + " has probability " + p + ", not above 0");
                }
                sum += p;
                checkOutcome(env, pair, probe, "outcome " + i + " of", problems);
            }
            if (knows && count > 0 && Math.abs(sum - 1) > 1e-9) {
                problems.add("the probabilities of the outcomes of " + describe(pair) + " sum to " + sum + ", not 1");
            }
        }
    }

    private static void checkOutcome(Environment env, Transition pair, Transition outcome, String what,
            Set<String> problems) {
        if (outcome.state() != pair.state() || outcome.action() != pair.action()
                || !java.util.Arrays.equals(outcome.observation(), pair.observation())
                || !java.util.Arrays.equals(outcome.actionVector(), pair.actionVector())) {
            problems.add(what + " " + describe(pair) + " changed the start of the query to " + describe(outcome));
        }
        if (!Double.isFinite(outcome.reward())) {
            problems.add(what + " " + describe(pair) + " has reward " + outcome.reward());
        }
        if (env.observationSpace() instanceof Discrete states) {
            if (outcome.nextState() < 0 || outcome.nextState() >= states.n()) {
                problems.add(what + " " + describe(pair) + " leads to state " + outcome.nextState() + ", outside 0 to "
                        + (states.n() - 1));
            }
        } else if (env.observationSpace() instanceof Box box && !box.contains(outcome.nextObservation())) {
            problems.add(what + " " + describe(pair) + " leads to " + java.util.Arrays.toString(outcome.nextObservation())
                    + ", outside " + box.describe());
        }
    }

    private static void checkPredecessors(Environment env, Model model, PredecessorModel predecessors, int actions,
            Set<String> problems) {
        int states = ((Discrete) env.observationSpace()).n();
        Transition probe = new Transition();
        for (int next = 0; next < states; next++) {
            for (int k = 0; k < predecessors.predecessorCount(next); k++) {
                int s = predecessors.predecessorState(next, k);
                int a = predecessors.predecessorAction(next, k);
                if (!model.knows(probe.start(s, a))) {
                    problems.add("(" + s + ", " + a + ") is listed as a predecessor of " + next
                            + " but the model does not know it");
                }
            }
        }
        if (!(model instanceof DistributionModel distribution)) {
            return;
        }
        for (int s = 0; s < states; s++) {
            for (int a = 0; a < actions; a++) {
                if (!model.knows(probe.start(s, a))) {
                    continue;
                }
                for (int i = 0; i < distribution.outcomeCount(probe.start(s, a)); i++) {
                    distribution.outcome(probe, i);
                    if (!listed(predecessors, probe.nextState(), s, a)) {
                        problems.add("(" + s + ", " + a + ") can lead to " + probe.nextState()
                                + " but is not among its predecessors");
                    }
                }
            }
        }
    }

    private static boolean listed(PredecessorModel predecessors, int next, int s, int a) {
        for (int k = 0; k < predecessors.predecessorCount(next); k++) {
            if (predecessors.predecessorState(next, k) == s && predecessors.predecessorAction(next, k) == a) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Transition pair) {
        String action = pair.actionDimensions() == 0 ? Integer.toString(pair.action())
                : java.util.Arrays.toString(pair.actionVector());
        return pair.dimensions() == 0 ? "(" + pair.state() + ", " + action + ")"
                : "(" + java.util.Arrays.toString(pair.observation()) + ", " + action + ")";
    }
}
