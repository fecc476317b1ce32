package dyna.learners.sac;

import dyna.api.learning.Learner;
import dyna.api.learning.LearnerProvider;
import dyna.api.provider.ComponentContext;
import dyna.api.provider.ParameterSpec;
import dyna.api.provider.Parameters;
import dyna.api.space.Box;
import java.util.List;

/**
 * Provides {@code sac}: Soft Actor-Critic with a learned temperature (Haarnoja et al. 2018, as
 * Stable-Baselines3 runs it), for box actions; with a planner that feeds it simulated
 * transitions, MBPO (Janner et al. 2019).
 */
public final class SacProvider implements LearnerProvider {

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.real("actor-lr", 3e-4, 0, 1, "Adam's step size for the actor (SB3: 3e-4)"),
            ParameterSpec.real("critic-lr", 3e-4, 0, 1, "Adam's step size for the twin critics (SB3: 3e-4)"),
            ParameterSpec.real("alpha-lr", 3e-4, 0, 1, "Adam's step size for log alpha, the entropy temperature"),
            ParameterSpec.real("gamma", 0.99, 0, 1, "the discount"),
            ParameterSpec.real("tau", 0.005, 0, 1, "Polyak averaging of the target critics (SB3: 0.005)"),
            ParameterSpec.integer("batch-size", 256, 1, 1_000_000, "transitions per gradient step (SB3: 256)"),
            ParameterSpec.integer("hidden", 256, 1, 4096, "units per hidden layer of the actor and the critics (SB3: 256)"),
            ParameterSpec.integer("layers", 2, 1, 16, "hidden layers of the actor and the critics (SB3: 2)"),
            ParameterSpec.integer("learning-starts", 100, 0, Integer.MAX_VALUE,
                    "real steps of uniformly random actions before learning starts (SB3: 100)"),
            ParameterSpec.integer("buffer-size", 1_000_000, 1, Integer.MAX_VALUE, "real transitions kept (SB3: 1e6)"),
            ParameterSpec.integer("updates-per-step", 1, 0, 10_000, "gradient steps per real step (SB3: 1; MBPO: 20)"),
            ParameterSpec.integer("target-update-interval", 1, 1, 1_000_000,
                    "gradient steps between updates of the target critics"),
            ParameterSpec.text("ent-coef", "auto",
                    "the entropy temperature alpha: auto (learned from 1.0), auto_X (learned from X), or a fixed number"),
            ParameterSpec.text("target-entropy", "auto", "the entropy alpha is tuned toward: auto (-dim A) or a number"),
            ParameterSpec.choice("critics", "twin", List.of("twin", "single"),
                    "twin: the target is the minimum of two critics (SAC); single: one critic, the ablation"),
            ParameterSpec.real("real-ratio", 0.05, 0, 1,
                    "share of each batch drawn from real transitions once a planner gives simulated ones (MBPO: 0.05)"),
            ParameterSpec.integer("model-buffer-size", 100_000, 1, Integer.MAX_VALUE,
                    "simulated transitions kept, the newest (MBPO's model buffer)"));

    @Override
    public String id() {
        return "sac";
    }

    @Override
    public String description() {
        return "Soft Actor-Critic with a learned temperature (box actions); fed model rollouts by a planner, MBPO";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return PARAMETERS;
    }

    @Override
    public Learner create(Parameters parameters, ComponentContext context) {
        Box actions = context.actionBox(id());
        if (!(context.observations() instanceof Box observations)) {
            throw new IllegalArgumentException(id() + " works with box observations, but the environment's are "
                    + context.observations().describe());
        }
        return new Sac(settings(parameters, actions.dimensions()), observations, actions, context.random());
    }

    static SacSettings settings(Parameters p, int actionDimensions) {
        String coefficient = p.getText("ent-coef").trim();
        boolean learn = coefficient.startsWith("auto");
        double alpha = 1.0;
        try {
            if (learn && coefficient.startsWith("auto_")) {
                alpha = Double.parseDouble(coefficient.substring(5));
            } else if (!learn) {
                alpha = Double.parseDouble(coefficient);
            } else if (!coefficient.equals("auto")) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("sac's ent-coef is auto, auto_X or a number X > 0, not '" + coefficient + "'");
        }
        if (!(alpha > 0) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException("sac's ent-coef needs a temperature above 0, not " + alpha);
        }
        String target = p.getText("target-entropy").trim();
        double entropy;
        try {
            entropy = target.equals("auto") ? -actionDimensions : Double.parseDouble(target);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("sac's target-entropy is auto (-dim A) or a number, not '" + target + "'");
        }
        return new SacSettings(p.getDouble("actor-lr"), p.getDouble("critic-lr"), p.getDouble("alpha-lr"),
                p.getDouble("gamma"), p.getDouble("tau"), p.getInt("batch-size"), p.getInt("hidden"), p.getInt("layers"),
                p.getInt("learning-starts"), p.getInt("buffer-size"), p.getInt("updates-per-step"),
                p.getInt("target-update-interval"), alpha, learn, entropy, p.getText("critics").equals("twin"),
                p.getDouble("real-ratio"), p.getInt("model-buffer-size"));
    }
}
