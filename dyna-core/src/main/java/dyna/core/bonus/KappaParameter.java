package dyna.core.bonus;

import dyna.api.provider.ParameterSpec;

/** The κ shared by the square-root bonuses. */
final class KappaParameter {

    static final ParameterSpec KAPPA = ParameterSpec.real("kappa", 0.001, 0, 1000,
            "bonus scale: kappa * sqrt(real steps since (s, a) was last tried)");

    private KappaParameter() {
    }
}
