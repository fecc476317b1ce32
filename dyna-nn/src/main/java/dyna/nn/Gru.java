package dyna.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A gated recurrent unit (Cho et al. 2014) as PyTorch's {@code GRUCell} computes it:
 * <pre>
 * r  = sigmoid(x W_ir + b_ir + h W_hr + b_hr)
 * z  = sigmoid(x W_iz + b_iz + h W_hz + b_hz)
 * n  = tanh(x W_in + b_in + r * (h W_hn + b_hn))
 * h' = (1 - z) * n + z * h
 * </pre>
 * Unrolled over a sequence on one tape, gradients flow back through time.
 */
public final class Gru {

    private final int hidden;
    private final Linear input;
    private final Linear recurrent;

    /** A cell from {@code in} features to a state of {@code hidden}, for {@code members} networks. */
    public Gru(int members, int in, int hidden, RandomGenerator random) {
        this.hidden = hidden;
        this.input = new Linear(members, in, 3 * hidden, random);
        this.recurrent = new Linear(members, hidden, 3 * hidden, random);
    }

    /** The next state for input {@code x} and state {@code h}: {@code [m, b, in], [m, b, hidden] -> [m, b, hidden]}. */
    public Tensor step(Tape tape, Tensor x, Tensor h) {
        Tensor gx = input.forward(tape, x);
        Tensor gh = recurrent.forward(tape, h);
        Tensor r = tape.sigmoid(tape.add(tape.sliceCols(gx, 0, hidden), tape.sliceCols(gh, 0, hidden)));
        Tensor z = tape.sigmoid(tape.add(tape.sliceCols(gx, hidden, 2 * hidden), tape.sliceCols(gh, hidden, 2 * hidden)));
        Tensor n = tape.tanh(tape.add(tape.sliceCols(gx, 2 * hidden, 3 * hidden),
                tape.mul(r, tape.sliceCols(gh, 2 * hidden, 3 * hidden))));
        return tape.add(tape.mul(tape.shift(tape.scale(z, -1), 1), n), tape.mul(z, h));
    }

    /** The size of the state. */
    public int hidden() {
        return hidden;
    }

    /** The parameters: the input layer's, then the recurrent layer's. */
    public List<Tensor> parameters() {
        List<Tensor> parameters = new ArrayList<>(input.parameters());
        parameters.addAll(recurrent.parameters());
        return parameters;
    }
}
