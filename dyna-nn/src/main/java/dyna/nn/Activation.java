package dyna.nn;

/** The non-linearities a layer can apply, by name. */
public enum Activation {
    /** No non-linearity. */
    IDENTITY,
    /** max(0, v). */
    RELU,
    /** tanh(v). */
    TANH,
    /** v sigmoid(v). */
    SILU,
    /** v for v > 0, e^v - 1 otherwise. */
    ELU,
    /** The logistic sigmoid. */
    SIGMOID,
    /** log(1 + e^v), computed without overflow. */
    SOFTPLUS;

    /** This activation of one value, exactly as the tape computes it (the inference path uses it). */
    public double value(double v) {
        return switch (this) {
            case IDENTITY -> v;
            case RELU -> v > 0 ? v : 0;
            case TANH -> Math.tanh(v);
            case SILU -> v * Tape.sigmoid(v);
            case ELU -> v > 0 ? v : Math.expm1(v);
            case SIGMOID -> Tape.sigmoid(v);
            case SOFTPLUS -> Tape.softplus(v);
        };
    }

    /** This activation applied to {@code x} on {@code tape}. */
    public Tensor apply(Tape tape, Tensor x) {
        return switch (this) {
            case IDENTITY -> x;
            case RELU -> tape.relu(x);
            case TANH -> tape.tanh(x);
            case SILU -> tape.silu(x);
            case ELU -> tape.elu(x);
            case SIGMOID -> tape.sigmoid(x);
            case SOFTPLUS -> tape.softplus(x);
        };
    }
}
