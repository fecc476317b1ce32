package dyna.nn;

import java.util.List;

/**
 * Adam (Kingma and Ba 2015) over a list of parameters, and AdamW (Loshchilov and Hutter 2019)
 * when given a weight decay, which it applies to the parameters directly rather than through the
 * gradient; a {@link Group} can instead add its decay to the gradient as an L2 penalty
 * ({@link Decay#L2}, what PyTorch's {@code Adam(weight_decay=...)} does). {@link #step()} reads each parameter's gradient, updates the parameter and sets the
 * gradient to zero for the next pass.
 */
public final class Adam {

    private final List<Tensor> parameters;
    private final double[] learningRates;
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final double[] weightDecays;
    private final boolean[] coupled;
    private final double[][] m;
    private final double[][] v;
    private long steps;

    /** Adam with PyTorch's defaults (betas 0.9, 0.999; epsilon 1e-8) and no weight decay. */
    public Adam(List<Tensor> parameters, double learningRate) {
        this(parameters, learningRate, 0.9, 0.999, 1e-8, 0);
    }

    /**
     * Adam, or AdamW when {@code weightDecay} is positive.
     *
     * @param weightDecay the decoupled decay: each step multiplies a parameter by
     *                    {@code 1 - learningRate * weightDecay} before the Adam update
     */
    public Adam(List<Tensor> parameters, double learningRate, double beta1, double beta2, double epsilon,
            double weightDecay) {
        this(List.of(new Group(parameters, learningRate, weightDecay)), beta1, beta2, epsilon);
    }

    /** How a group's weight decay acts. */
    public enum Decay {
        /** On the parameters, apart from the gradient (AdamW). */
        DECOUPLED,
        /** Added to the gradient as {@code weightDecay * parameter}, an L2 penalty (PyTorch's {@code Adam}). */
        L2
    }

    /**
     * A set of parameters with its own learning rate and weight decay (an actor's and a
     * critic's, or a network's weights decayed and its biases not).
     */
    public record Group(List<Tensor> parameters, double learningRate, double weightDecay, Decay decay) {

        /** Copies the list and checks the rates. */
        public Group {
            parameters = List.copyOf(parameters);
            if (!(learningRate >= 0) || !(weightDecay >= 0)) {   // 0 allowed, as PyTorch allows it: a frozen group
                throw new IllegalArgumentException("a parameter group needs a learning rate and a weight decay of at "
                        + "least 0, not " + learningRate + " and " + weightDecay);
            }
            java.util.Objects.requireNonNull(decay, "decay");
        }

        /** A group whose weight decay is decoupled (AdamW's). */
        public Group(List<Tensor> parameters, double learningRate, double weightDecay) {
            this(parameters, learningRate, weightDecay, Decay.DECOUPLED);
        }
    }

    /** Adam over several groups of parameters, each with its own learning rate and weight decay. */
    public Adam(List<Group> groups, double beta1, double beta2, double epsilon) {
        if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1) || !(epsilon > 0)) {
            throw new IllegalArgumentException("Adam needs betas in [0, 1) and an epsilon above 0");
        }
        this.parameters = groups.stream().flatMap(g -> g.parameters().stream()).toList();
        this.learningRates = groups.stream().flatMapToDouble(g -> g.parameters().stream()
                .mapToDouble(p -> g.learningRate())).toArray();
        this.weightDecays = groups.stream().flatMapToDouble(g -> g.parameters().stream()
                .mapToDouble(p -> g.weightDecay())).toArray();
        this.coupled = new boolean[this.parameters.size()];
        int at = 0;
        for (Group group : groups) {
            for (int i = 0; i < group.parameters().size(); i++) {
                coupled[at++] = group.decay() == Decay.L2;
            }
        }
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.m = new double[this.parameters.size()][];
        this.v = new double[this.parameters.size()][];
        for (int i = 0; i < m.length; i++) {
            m[i] = new double[this.parameters.get(i).size()];
            v[i] = new double[this.parameters.get(i).size()];
        }
    }

    /** One update of every parameter from its gradient; the gradients are then zero. */
    public void step() {
        steps++;
        double correction1 = 1 - Math.pow(beta1, steps);
        double correction2 = 1 - Math.pow(beta2, steps);
        for (int p = 0; p < m.length; p++) {
            Tensor parameter = parameters.get(p);
            double[] w = parameter.data();
            double[] g = parameter.grad();
            double[] mp = m[p];
            double[] vp = v[p];
            double learningRate = learningRates[p];
            double weightDecay = weightDecays[p];
            boolean l2 = coupled[p];
            for (int i = 0; i < w.length; i++) {
                double gi = g[i];
                if (weightDecay > 0) {
                    if (l2) {
                        gi += weightDecay * w[i];
                    } else {
                        w[i] *= 1 - learningRate * weightDecay;
                    }
                }
                mp[i] = beta1 * mp[i] + (1 - beta1) * gi;
                vp[i] = beta2 * vp[i] + (1 - beta2) * gi * gi;
                double mHat = mp[i] / correction1;
                double vHat = vp[i] / correction2;
                w[i] -= learningRate * mHat / (Math.sqrt(vHat) + epsilon);
                g[i] = 0;
            }
        }
    }

    /**
     * Writes the optimiser's state (its step count and moment estimates), so that training goes
     * on where it stopped; the parameters themselves are written with {@link Parameters}.
     */
    public void write(java.io.DataOutput out) throws java.io.IOException {
        out.writeLong(steps);
        out.writeInt(m.length);
        for (int p = 0; p < m.length; p++) {
            out.writeInt(m[p].length);
            for (int i = 0; i < m[p].length; i++) {
                out.writeDouble(m[p][i]);
                out.writeDouble(v[p][i]);
            }
        }
    }

    /**
     * Replaces the state with what {@link #write} wrote.
     *
     * @throws java.io.IOException when it was written for other parameters, saying how
     */
    public void read(java.io.DataInput in) throws java.io.IOException {
        long saved = in.readLong();
        int count = in.readInt();
        if (count != m.length) {
            throw new java.io.IOException("the saved optimiser state is of " + count + " parameter tensors, this "
                    + "optimiser's of " + m.length);
        }
        double[][] first = new double[count][];
        double[][] second = new double[count][];
        for (int p = 0; p < count; p++) {
            int size = in.readInt();
            if (size != m[p].length) {
                throw new java.io.IOException("parameter tensor " + (p + 1) + "'s saved state has " + size
                        + " values, this one " + m[p].length);
            }
            first[p] = new double[size];
            second[p] = new double[size];
            for (int i = 0; i < size; i++) {
                first[p][i] = in.readDouble();
                second[p][i] = in.readDouble();
            }
        }
        try {
            restore(saved, first, second);
        } catch (IllegalArgumentException e) {
            throw new java.io.IOException(e.getMessage(), e);
        }
    }

    /**
     * Replaces the state with the given step count and moments, one array per parameter tensor
     * in this optimiser's order (for state kept in another layout, such as an older file's).
     *
     * @throws IllegalArgumentException when the counts or sizes are not this optimiser's, saying which
     */
    public void restore(long steps, double[][] first, double[][] second) {
        if (steps < 0 || first.length != m.length || second.length != m.length) {
            throw new IllegalArgumentException("an optimiser state of " + first.length + " and " + second.length
                    + " parameter tensors after " + steps + " steps, for an optimiser of " + m.length);
        }
        for (int p = 0; p < m.length; p++) {
            if (first[p].length != m[p].length || second[p].length != m[p].length) {
                throw new IllegalArgumentException("parameter tensor " + (p + 1) + "'s state has " + first[p].length
                        + " and " + second[p].length + " values, this one " + m[p].length);
            }
        }
        for (int p = 0; p < m.length; p++) {
            System.arraycopy(first[p], 0, m[p], 0, m[p].length);
            System.arraycopy(second[p], 0, v[p], 0, v[p].length);
        }
        this.steps = steps;
    }

    /**
     * Scales every parameter's gradient down so that their global L2 norm is at most
     * {@code maxNorm}; returns the norm before.
     */
    public static double clipGradients(List<Tensor> parameters, double maxNorm) {
        double squares = 0;
        for (Tensor parameter : parameters) {
            for (double g : parameter.grad()) {
                squares += g * g;
            }
        }
        double norm = Math.sqrt(squares);
        if (norm > maxNorm) {
            double factor = maxNorm / norm;
            for (Tensor parameter : parameters) {
                double[] g = parameter.grad();
                for (int i = 0; i < g.length; i++) {
                    g[i] *= factor;
                }
            }
        }
        return norm;
    }

    /**
     * Moves each target parameter toward its source: {@code target = (1 - tau) target + tau
     * source} (Polyak averaging, as target networks follow their online networks).
     */
    public static void polyak(List<Tensor> targets, List<Tensor> sources, double tau) {
        if (targets.size() != sources.size()) {
            throw new IllegalArgumentException(targets.size() + " targets for " + sources.size() + " sources");
        }
        for (int p = 0; p < targets.size(); p++) {
            double[] t = targets.get(p).data();
            double[] s = sources.get(p).data();
            for (int i = 0; i < t.length; i++) {
                t[i] = (1 - tau) * t[i] + tau * s[i];
            }
        }
    }
}
