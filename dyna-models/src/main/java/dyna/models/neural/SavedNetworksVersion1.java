package dyna.models.neural;

import java.io.DataInput;
import java.io.IOException;
import java.util.List;

/**
 * Reads the networks of a {@code neural-ensemble/1} file (written before the ensemble moved onto
 * {@code dyna-nn}) into a {@link GaussianEnsemble}, so that agents saved then still load. Version
 * 1 wrote each member in turn: its parameters as one flat array (per layer the weights
 * {@code [out][in]}, then the biases; then the log-variance maxima and minima), its best
 * parameters in the same layout, and its Adam state (step count, first moments, second moments).
 * Version 2 keeps each layer of all members as one tensor {@code [members, in, out]}: the
 * weights are transposed on the way in.
 */
final class SavedNetworksVersion1 {

    private SavedNetworksVersion1() {
    }

    /** Reads every member's networks, best parameters and optimiser state. */
    static void read(DataInput in, GaussianEnsemble ensemble) throws IOException {
        List<dyna.nn.Tensor> parameters = ensemble.parameters();
        int count = ensemble.parameterCount();
        double[][] current = new double[parameters.size()][];
        double[][] first = new double[parameters.size()][];
        double[][] second = new double[parameters.size()][];
        for (int p = 0; p < current.length; p++) {
            current[p] = parameters.get(p).data();
            first[p] = new double[current[p].length];
            second[p] = new double[current[p].length];
        }
        double[] flat = new double[count];
        long steps = 0;
        for (int m = 0; m < ensemble.members(); m++) {
            SavedArrays.read(in, flat, count);
            place(flat, m, current, ensemble);
            SavedArrays.read(in, flat, count);
            place(flat, m, ensemble.best(), ensemble);
            long memberSteps = in.readLong();
            if (m > 0 && memberSteps != steps) {
                throw new IOException("the saved members took " + steps + " and " + memberSteps
                        + " optimiser steps; version 1 trained them in step");
            }
            steps = memberSteps;
            SavedArrays.read(in, flat, count);
            place(flat, m, first, ensemble);
            SavedArrays.read(in, flat, count);
            place(flat, m, second, ensemble);
        }
        ensemble.optimiserState(steps, first, second);
    }

    /** Spreads one member's flat version-1 array into its slices of the per-tensor arrays {@code into}. */
    private static void place(double[] flat, int member, double[][] into, GaussianEnsemble ensemble) {
        int[] sizes = ensemble.sizes();
        int at = 0;
        for (int l = 0; l + 1 < sizes.length; l++) {
            int in = sizes[l];
            int out = sizes[l + 1];
            double[] weights = into[2 * l];
            for (int o = 0; o < out; o++) {
                for (int i = 0; i < in; i++) {
                    weights[member * in * out + i * out + o] = flat[at++];
                }
            }
            System.arraycopy(flat, at, into[2 * l + 1], member * out, out);
            at += out;
        }
        int targets = ensemble.targets();
        int bounds = 2 * (sizes.length - 1);
        System.arraycopy(flat, at, into[bounds], member * targets, targets);
        System.arraycopy(flat, at + targets, into[bounds + 1], member * targets, targets);
    }
}
