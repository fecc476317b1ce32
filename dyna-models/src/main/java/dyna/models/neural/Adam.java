package dyna.models.neural;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Adam (Kingma and Ba 2015) over one flat array of parameters, with L2 weight decay added to
 * the gradient as PyTorch's {@code Adam(weight_decay=...)} does (mbrl-lib's choice). Parameters
 * listed as not decayed (the log-variance bounds, say) get no decay.
 */
final class Adam {

    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;

    private final double learningRate;
    private final double weightDecay;
    private final int decayedCount;
    private final double[] m;
    private final double[] v;
    private long t;

    /**
     * @param size         the number of parameters
     * @param decayedCount the first {@code decayedCount} parameters are decayed, the rest not
     */
    Adam(int size, int decayedCount, double learningRate, double weightDecay) {
        this.learningRate = learningRate;
        this.weightDecay = weightDecay;
        this.decayedCount = decayedCount;
        this.m = new double[size];
        this.v = new double[size];
    }

    /** One step on {@code params} along {@code grads} (the gradient of the loss to minimise). */
    void step(double[] params, double[] grads) {
        t++;
        double correction1 = 1 - Math.pow(BETA1, t);
        double correction2 = 1 - Math.pow(BETA2, t);
        double stepSize = learningRate / correction1;
        double root2 = Math.sqrt(correction2);
        for (int i = 0; i < params.length; i++) {
            double g = i < decayedCount ? grads[i] + weightDecay * params[i] : grads[i];
            m[i] = BETA1 * m[i] + (1 - BETA1) * g;
            v[i] = BETA2 * v[i] + (1 - BETA2) * g * g;
            params[i] -= stepSize * m[i] / (Math.sqrt(v[i]) / root2 + EPSILON);
        }
    }

    /** Writes the step count and both moments. */
    void write(DataOutput out) throws IOException {
        out.writeLong(t);
        SavedArrays.write(out, m, m.length);
        SavedArrays.write(out, v, v.length);
    }

    /** Reads what {@link #write} wrote. */
    void read(DataInput in) throws IOException {
        t = in.readLong();
        SavedArrays.read(in, m, m.length);
        SavedArrays.read(in, v, v.length);
    }
}
