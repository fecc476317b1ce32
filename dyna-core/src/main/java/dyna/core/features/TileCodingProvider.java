package dyna.core.features;

import dyna.api.learning.Features;
import dyna.api.learning.FeaturesProvider;
import dyna.api.provider.ComponentContext;
import dyna.api.provider.ParameterSpec;
import dyna.api.provider.Parameters;
import dyna.api.space.Box;
import java.util.List;

/** Provides {@code tile-coding} of box observations. */
public final class TileCodingProvider implements FeaturesProvider {

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.integer("tilings", 8, 1, 256, "number of offset tilings (active features per observation)"),
            ParameterSpec.integer("tiles", 8, 1, 10_000, "tiles per dimension of each tiling, over the observation box"),
            ParameterSpec.integer("max-size", 4096, 1, 1 << 26,
                    "size of the hashed tile index table (features); once full, new tiles share indices by hash"),
            ParameterSpec.text("bounds", "", "the box to tile, one low:high (or * for the space's own) per dimension, "
                    + "separated by commas or semicolons (on the command line: -2.4:2.4;-3:3); needed where the "
                    + "observation space is unbounded (cart-pole)"));

    @Override
    public String id() {
        return "tile-coding";
    }

    @Override
    public String description() {
        return "Tile coding of box observations: offset grids, one active tile per tiling (Sutton's tile coder)";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return PARAMETERS;
    }

    @Override
    public Features create(Parameters parameters, ComponentContext context) {
        if (!(context.observations() instanceof Box box)) {
            throw new IllegalArgumentException(id() + " encodes box observations, but the environment's are "
                    + context.observations().describe() + "; use one-hot features");
        }
        return new TileCoding(TileBounds.parse(parameters.getText("bounds"), box, parameters.getInt("tiles"),
                parameters.getInt("tilings")), parameters.getInt("tilings"),
                parameters.getInt("tiles"), parameters.getInt("max-size"));
    }
}
