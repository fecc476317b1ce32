package dyna.experiment.agents;

import dyna.api.env.Environment;
import dyna.api.env.Step;
import dyna.api.learning.ActionValues;
import dyna.api.learning.FeatureVector;
import dyna.api.learning.Features;
import dyna.api.run.EpisodeResult;
import dyna.api.space.Box;
import dyna.core.agent.DynaAgent;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Plays episodes with what an agent learned, without learning: in each state the action of
 * greatest value (ties broken at random), or with probability ε a random one. The agent's values
 * and environment are used as they are; nothing is updated, nothing is planned.
 */
public final class GreedyEvaluation {

    private GreedyEvaluation() {
    }

    /**
     * Plays {@code episodes} episodes in the agent's environment, the first reset with {@code seed}.
     *
     * @param epsilon  the probability of a random action, in [0, 1]
     * @param maxSteps the steps after which an episode is cut short (truncated)
     * @param seed     the seed of the environment's first reset and of the tie-breaks and random actions
     */
    public static List<EpisodeResult> play(DynaAgent agent, int episodes, double epsilon, int maxSteps, long seed) {
        if (agent.learner() != null) {
            return playLearner(agent, episodes, epsilon, maxSteps, seed);
        }
        Environment environment = agent.environment();
        Features features = agent.features();
        ActionValues values = agent.values();
        int dimensions = environment.observationSpace() instanceof Box box ? box.dimensions() : 0;
        FeatureVector x = new FeatureVector(features.maxActive());
        double[] q = new double[values.actions()];
        SplittableRandom random = new SplittableRandom(seed);
        return episodes(environment, new Step(dimensions), episodes, maxSteps, seed, step -> {
            features.encode(step.state(), step.observation(), x);
            values.values(x, q);
            environment.step(random.nextDouble() < epsilon ? random.nextInt(q.length) : greedy(q, random), step);
        });
    }

    /**
     * Plays the learner's policy without exploring ({@link dyna.api.learning.Learner#actGreedily}:
     * SAC's squashed mean), or with probability ε an action uniform over the box (a random
     * discrete action where actions are discrete).
     */
    private static List<EpisodeResult> playLearner(DynaAgent agent, int episodes, double epsilon, int maxSteps,
            long seed) {
        Environment environment = agent.environment();
        dyna.api.learning.Learner learner = agent.learner();
        Box observations = (Box) environment.observationSpace();
        dyna.api.env.Transition at = new dyna.api.env.Transition(observations, environment.actionSpace(), 1);
        Box actions = environment.actionSpace() instanceof Box box ? box : null;
        SplittableRandom random = new SplittableRandom(seed);
        return episodes(environment, new Step(observations.dimensions()), episodes, maxSteps, seed, step -> {
            at.start(step.observation(), 0);
            boolean explore = random.nextDouble() < epsilon;
            if (explore && actions != null) {
                for (int i = 0; i < actions.dimensions(); i++) {
                    at.actionVector()[i] = actions.low(i) + (actions.high(i) - actions.low(i)) * random.nextDouble();
                }
            } else if (explore) {
                at.start(step.observation(), random.nextInt(((dyna.api.space.Discrete) environment.actionSpace()).n()));
            } else {
                learner.actGreedily(at);
            }
            if (actions != null) {
                environment.step(at.actionVector(), step);
            } else {
                environment.step(at.action(), step);
            }
        });
    }

    /** Runs episodes, each step taken by {@code act} from the observation in {@code step}, which it overwrites. */
    private static List<EpisodeResult> episodes(Environment environment, Step step, int episodes, int maxSteps,
            long seed, java.util.function.Consumer<Step> act) {
        List<EpisodeResult> results = new ArrayList<>(episodes);
        for (int episode = 0; episode < episodes; episode++) {
            if (episode == 0) {
                environment.reset(seed, step);
            } else {
                environment.reset(step);
            }
            int steps = 0;
            double reward = 0;
            boolean terminated = false;
            boolean truncated = false;
            while (!terminated && !truncated) {
                act.accept(step);
                steps++;
                reward += step.reward();
                terminated = step.terminated();
                truncated = !terminated && (step.truncated() || steps >= maxSteps);
            }
            results.add(new EpisodeResult(steps, reward, truncated));
        }
        return results;
    }

    /** An action of greatest value, drawn uniformly among ties. */
    static int greedy(double[] q, SplittableRandom random) {
        int best = 0;
        int ties = 1;
        for (int a = 1; a < q.length; a++) {
            if (q[a] > q[best]) {
                best = a;
                ties = 1;
            } else if (q[a] == q[best] && random.nextInt(++ties) == 0) {
                best = a;
            }
        }
        return best;
    }
}
