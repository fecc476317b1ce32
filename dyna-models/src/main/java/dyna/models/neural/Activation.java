package dyna.models.neural;

/** The nonlinearity of a network's hidden layers. */
public enum Activation {
    /** max(0, z). */
    RELU,
    /** z σ(z), as mbrl-lib's default (also called swish). */
    SILU,
    /** tanh z. */
    TANH;

    /** The activation of pre-activation {@code z}. */
    double apply(double z) {
        return switch (this) {
            case RELU -> z > 0 ? z : 0;
            case SILU -> z / (1 + Math.exp(-z));
            case TANH -> Math.tanh(z);
        };
    }

    /** The derivative at pre-activation {@code z}, whose activation is {@code a}. */
    double derivative(double z, double a) {
        return switch (this) {
            case RELU -> z > 0 ? 1 : 0;
            case SILU -> {
                double s = 1 / (1 + Math.exp(-z));
                yield s + a * (1 - s);
            }
            case TANH -> 1 - a * a;
        };
    }

    /** The activation named as users write it: {@code relu}, {@code silu} or {@code tanh}. */
    static Activation named(String name) {
        return valueOf(name.toUpperCase(java.util.Locale.ROOT));
    }
}
