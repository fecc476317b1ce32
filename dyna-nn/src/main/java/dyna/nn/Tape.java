package dyna.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Reverse-mode automatic differentiation, define by run: each operation computes its result at
 * once and, when an input is {@linkplain Tensor#tracked() tracked}, records how to send the
 * result's gradient back to its inputs. {@link #backward(Tensor)} replays those records in
 * reverse from a scalar loss, adding to each tracked tensor's gradient. A tape is used from one
 * thread; {@link #clear()} readies it for the next pass, reusing its tensors and records, so
 * that a training loop that clears one tape allocates nothing once warm.
 *
 * <p>Element-wise operations broadcast: each of the three dimensions of the two operands is
 * equal, or 1 in one of them (a bias {@code [1, 1, n]} added to a batch {@code [m, b, n]}).
 */
public final class Tape {

    private final List<Node> nodes = new ArrayList<>();
    private int used;
    private final boolean recording;
    private final List<Tensor> issued = new ArrayList<>();
    private final List<Pool> free = new ArrayList<>();

    /**
     * Tensors of one shape taken back by {@link #clear()}, for reuse (a list: a pass has a few
     * shapes), and whether a pass asked for that shape since the last {@link #trim()}.
     */
    private static final class Pool {
        final int members;
        final int rows;
        final int cols;
        final java.util.ArrayDeque<Tensor> tensors = new java.util.ArrayDeque<>();
        boolean used;

        Pool(int members, int rows, int cols) {
            this.members = members;
            this.rows = rows;
            this.cols = cols;
        }
    }

    private java.util.ArrayDeque<Tensor> pool(int members, int rows, int cols) {
        for (int i = 0; i < free.size(); i++) {   // indexed: an iterator would be an allocation
            Pool pool = free.get(i);
            if (pool.members == members && pool.rows == rows && pool.cols == cols) {
                pool.used = true;
                return pool.tensors;
            }
        }
        Pool pool = new Pool(members, rows, cols);
        pool.used = true;
        free.add(pool);
        return pool.tensors;
    }

    /** A tape that records the backward rules of what flows from tracked tensors (for training). */
    public Tape() {
        this(true);
    }

    private Tape(boolean recording) {
        this.recording = recording;
    }

    /**
     * A tape for predictions: it records nothing and its results want no gradient, even those
     * computed from parameters (PyTorch's {@code no_grad}). With {@link #clear()} between
     * predictions, its tensors are reused.
     */
    public static Tape inference() {
        return new Tape(false);
    }

    /**
     * Records a step of the backward pass, for an operation of your own: {@code step} adds the
     * gradient of {@code result} into its inputs' gradients. Nothing is recorded when the result
     * is not tracked.
     *
     * @return {@code result}
     */
    public Tensor record(Tensor result, Runnable step) {
        Node node = node(Kind.CUSTOM, result, null, null);
        if (node != null) {
            node.custom = step;
        }
        return result;
    }

    /** What a recorded step of the backward pass is. */
    private enum Kind {
        CUSTOM, BINARY, UNARY, SCALE, SHIFT, CLAMP, SILU, MATMUL, SUM, SUM_COLS, CONCAT, SLICE, LOG_SOFTMAX
    }

    /**
     * A recorded step: which rule, its tensors and settings. Nodes are kept and reused from pass
     * to pass, so that recording allocates nothing once warm (a closure per operation would).
     */
    private static final class Node {
        Kind kind;
        Tensor out;
        Tensor a;
        Tensor b;
        Tensor extra;
        Binary binary;
        Derivative derivative;
        double p;
        double q;
        Runnable custom;
    }

    /** The next node for a step whose result is {@code out}, or null when nothing is to be recorded. */
    private Node node(Kind kind, Tensor out, Tensor a, Tensor b) {
        if (!recording || !out.tracked()) {
            return null;
        }
        if (used == nodes.size()) {
            nodes.add(new Node());
        }
        Node node = nodes.get(used++);
        node.kind = kind;
        node.out = out;
        node.a = a;
        node.b = b;
        node.extra = null;
        node.binary = null;
        node.derivative = null;
        node.custom = null;
        return node;
    }

    /** Sends the gradient of a scalar {@code loss} (shape [1, 1, 1]) back to every tracked tensor it came from. */
    public void backward(Tensor loss) {
        if (loss.size() != 1) {
            throw new IllegalArgumentException("backward from a tensor of shape " + loss.shape() + "; reduce it to one "
                    + "value first (sum, mean)");
        }
        loss.grad()[0] += 1;
        for (int i = used - 1; i >= 0; i--) {
            run(nodes.get(i));
        }
    }

    /**
     * Forgets the operations recorded, for the next forward pass, and takes back every tensor
     * its operations made: they are reused by the next pass's operations of the same shapes, so
     * that a training loop that clears one tape allocates nothing once warm. Copy a result you
     * keep past {@code clear()}.
     */
    public void clear() {
        for (int i = 0; i < used; i++) {   // let go of the tensors the nodes held
            Node node = nodes.get(i);
            node.out = node.a = node.b = node.extra = null;
            node.custom = null;
        }
        used = 0;
        for (int i = 0; i < issued.size(); i++) {
            Tensor tensor = issued.get(i);
            pool(tensor.members(), tensor.rows(), tensor.cols()).push(tensor);
        }
        issued.clear();
    }



    /**
     * Lets go of the tensors kept for shapes that no pass has used since the last trim (or since
     * the tape was made). The tape keeps a pool per shape it has seen; where shapes change over a
     * long run (the last, shorter minibatch of an epoch over data that grows), call this between
     * phases (after each retraining) so that the pools do not grow without bound. Shapes still in
     * use stay pooled, so a steady loop still allocates nothing.
     */
    public void trim() {
        free.removeIf(pool -> !pool.used);
        for (int i = 0; i < free.size(); i++) {
            free.get(i).used = false;
        }
    }

    /** How many tensors the tape holds for reuse, for tests and diagnostics. */
    public int pooled() {
        int count = 0;
        for (Pool pool : free) {
            count += pool.tensors.size();
        }
        return count;
    }

    /** How many backward steps are recorded. */
    public int recorded() {
        return used;
    }

    /** Sends a node's result gradient back to its inputs. */
    private void run(Node n) {
        switch (n.kind) {
            case CUSTOM -> n.custom.run();
            case BINARY -> backwardBinary(n);
            case UNARY -> {
                double[] x = n.a.data();
                double[] y = n.out.data();
                double[] g = n.out.grad();
                double[] ga = n.a.grad();
                for (int i = 0; i < x.length; i++) {
                    ga[i] += g[i] * n.derivative.at(x[i], y[i]);
                }
            }
            case SCALE -> {
                double[] g = n.out.grad();
                double[] ga = n.a.grad();
                for (int i = 0; i < g.length; i++) {
                    ga[i] += g[i] * n.p;
                }
            }
            case SHIFT -> {
                double[] g = n.out.grad();
                double[] ga = n.a.grad();
                for (int i = 0; i < g.length; i++) {
                    ga[i] += g[i];
                }
            }
            case CLAMP -> {
                double[] x = n.a.data();
                double[] g = n.out.grad();
                double[] ga = n.a.grad();
                for (int i = 0; i < g.length; i++) {
                    ga[i] += x[i] >= n.p && x[i] <= n.q ? g[i] : 0;
                }
            }
            case SILU -> {
                double[] x = n.a.data();
                double[] s = n.extra.data();
                double[] g = n.out.grad();
                double[] ga = n.a.grad();
                for (int i = 0; i < x.length; i++) {
                    ga[i] += g[i] * s[i] * (1 + x[i] * (1 - s[i]));
                }
            }
            case MATMUL -> backwardMatmul(n.a, n.b, n.out);
            case SUM -> {
                double g = n.out.grad()[0];
                double[] ga = n.a.grad();
                for (int i = 0; i < ga.length; i++) {
                    ga[i] += g;
                }
            }
            case SUM_COLS -> {
                int cols = n.a.cols();
                double[] g = n.out.grad();
                double[] ga = n.a.grad();
                for (int r = 0; r < g.length; r++) {
                    for (int c = 0; c < cols; c++) {
                        ga[r * cols + c] += g[r];
                    }
                }
            }
            case CONCAT -> backwardConcat(n.a, n.b, n.out);
            case SLICE -> {
                int cols = n.a.cols();
                int from = (int) n.p;
                int width = n.out.cols();
                int rows = n.a.members() * n.a.rows();
                double[] g = n.out.grad();
                double[] ga = n.a.grad();
                for (int r = 0; r < rows; r++) {
                    for (int c = 0; c < width; c++) {
                        ga[r * cols + from + c] += g[r * width + c];
                    }
                }
            }
            case LOG_SOFTMAX -> {
                int cols = n.a.cols();
                int rows = n.a.members() * n.a.rows();
                double[] y = n.out.data();
                double[] g = n.out.grad();
                double[] ga = n.a.grad();
                for (int r = 0; r < rows; r++) {
                    double total = 0;
                    for (int c = 0; c < cols; c++) {
                        total += g[r * cols + c];
                    }
                    for (int c = 0; c < cols; c++) {
                        ga[r * cols + c] += g[r * cols + c] - Math.exp(y[r * cols + c]) * total;
                    }
                }
            }
        }
    }

    /** A tensor of zeros for an operation's result: one taken back by {@link #clear()}, or a new one. */
    private Tensor result(int members, int rows, int cols, boolean tracked) {
        java.util.ArrayDeque<Tensor> reusable = pool(members, rows, cols);
        Tensor out = reusable.isEmpty() ? Tensor.zeros(members, rows, cols) : reusable.pop().reset();
        issued.add(out);
        return out.tracked(tracked && recording);
    }

    // ---- element-wise, with broadcasting ------------------------------------------------------

    private static int broadcast(int a, int b, Object op, Tensor x, Tensor y) {
        if (a != b && a != 1 && b != 1) {   // the operation named only here: a name made per call would allocate
            throw new IllegalArgumentException(op.toString().toLowerCase(java.util.Locale.ROOT) + " of shapes "
                    + x.shape() + " and " + y.shape()
                    + " (each dimension must be equal, or 1 in one of them)");
        }
        return Math.max(a, b);
    }

    /** The kinds of binary element-wise operation. */
    private enum Binary {
        ADD, SUB, MUL, DIV, MIN, MAX
    }

    private Tensor binary(Tensor a, Tensor b, Binary op) {
        int m = broadcast(a.members(), b.members(), op, a, b);
        int r = broadcast(a.rows(), b.rows(), op, a, b);
        int c = broadcast(a.cols(), b.cols(), op, a, b);
        Tensor out = result(m, r, c, a.tracked() || b.tracked());
        double[] x = a.data();
        double[] y = b.data();
        double[] z = out.data();
        int sa = a.cols() == 1 ? 0 : 1;
        int sb = b.cols() == 1 ? 0 : 1;
        int i = 0;
        for (int mm = 0; mm < m; mm++) {
            for (int rr = 0; rr < r; rr++, i += c) {
                forwardRow(op, x, index(a, mm, rr), sa, y, index(b, mm, rr), sb, z, i, c);
            }
        }
        Node node = node(Kind.BINARY, out, a, b);
        if (node != null) {
            node.binary = op;
        }
        return out;
    }

    private static void backwardBinary(Node n) {
        Tensor a = n.a;
        Tensor b = n.b;
        Tensor out = n.out;
        double[] x = a.data();
        double[] y = b.data();
        double[] g = out.grad();
        double[] ga = a.tracked() ? a.grad() : null;
        double[] gb = b.tracked() ? b.grad() : null;
        int sa = a.cols() == 1 ? 0 : 1;
        int sb = b.cols() == 1 ? 0 : 1;
        int c = out.cols();
        int k = 0;
        for (int mm = 0; mm < out.members(); mm++) {
            for (int rr = 0; rr < out.rows(); rr++, k += c) {
                backwardRow(n.binary, g, k, c, x, ga, index(a, mm, rr), sa, y, gb, index(b, mm, rr), sb);
            }
        }
    }

    /** One row of a binary operation: the operation chosen once per row, the loop left to the JIT. */
    private static void forwardRow(Binary op, double[] x, int ia, int sa, double[] y, int ib, int sb, double[] z,
            int iz, int n) {
        switch (op) {
            case ADD -> {
                for (int j = 0; j < n; j++) {
                    z[iz + j] = x[ia + j * sa] + y[ib + j * sb];
                }
            }
            case SUB -> {
                for (int j = 0; j < n; j++) {
                    z[iz + j] = x[ia + j * sa] - y[ib + j * sb];
                }
            }
            case MUL -> {
                for (int j = 0; j < n; j++) {
                    z[iz + j] = x[ia + j * sa] * y[ib + j * sb];
                }
            }
            case DIV -> {
                for (int j = 0; j < n; j++) {
                    z[iz + j] = x[ia + j * sa] / y[ib + j * sb];
                }
            }
            case MIN -> {
                for (int j = 0; j < n; j++) {
                    z[iz + j] = Math.min(x[ia + j * sa], y[ib + j * sb]);
                }
            }
            case MAX -> {
                for (int j = 0; j < n; j++) {
                    z[iz + j] = Math.max(x[ia + j * sa], y[ib + j * sb]);
                }
            }
        }
    }

    /**
     * One row of a binary operation's backward rule, into the gradients of the tracked sides
     * (null: not tracked); the operation chosen once per row, as in the forward pass.
     */
    private static void backwardRow(Binary op, double[] g, int k, int n, double[] x, double[] ga, int ia, int sa,
            double[] y, double[] gb, int ib, int sb) {
        switch (op) {
            case ADD, SUB -> {
                double sign = op == Binary.ADD ? 1 : -1;
                for (int j = 0; j < n; j++) {
                    if (ga != null) {
                        ga[ia + j * sa] += g[k + j];
                    }
                    if (gb != null) {
                        gb[ib + j * sb] += sign * g[k + j];
                    }
                }
            }
            case MUL -> {
                for (int j = 0; j < n; j++) {
                    if (ga != null) {
                        ga[ia + j * sa] += g[k + j] * y[ib + j * sb];
                    }
                    if (gb != null) {
                        gb[ib + j * sb] += g[k + j] * x[ia + j * sa];
                    }
                }
            }
            case DIV -> {
                for (int j = 0; j < n; j++) {
                    double v = y[ib + j * sb];
                    if (ga != null) {
                        ga[ia + j * sa] += g[k + j] / v;
                    }
                    if (gb != null) {
                        gb[ib + j * sb] -= g[k + j] * x[ia + j * sa] / (v * v);
                    }
                }
            }
            case MIN, MAX -> {   // to the side chosen; a tie goes to the first
                for (int j = 0; j < n; j++) {
                    double u = x[ia + j * sa];
                    double v = y[ib + j * sb];
                    boolean first = op == Binary.MIN ? u <= v : u >= v;
                    if (first && ga != null) {
                        ga[ia + j * sa] += g[k + j];
                    } else if (!first && gb != null) {
                        gb[ib + j * sb] += g[k + j];
                    }
                }
            }
        }
    }

    /** The offset of the first value of row {@code row} of member {@code member}, broadcast where a dimension is 1. */
    private static int index(Tensor t, int member, int row) {
        int m = t.members() == 1 ? 0 : member;
        int r = t.rows() == 1 ? 0 : row;
        return (m * t.rows() + r) * t.cols();
    }

    /** {@code a + b}, broadcasting. */
    public Tensor add(Tensor a, Tensor b) {
        return binary(a, b, Binary.ADD);
    }

    /** {@code a - b}, broadcasting. */
    public Tensor sub(Tensor a, Tensor b) {
        return binary(a, b, Binary.SUB);
    }

    /** {@code a * b} element by element, broadcasting. */
    public Tensor mul(Tensor a, Tensor b) {
        return binary(a, b, Binary.MUL);
    }

    /** {@code a / b} element by element, broadcasting. */
    public Tensor div(Tensor a, Tensor b) {
        return binary(a, b, Binary.DIV);
    }

    /** The smaller of {@code a} and {@code b}, element by element, broadcasting (the gradient goes to the one chosen). */
    public Tensor min(Tensor a, Tensor b) {
        return binary(a, b, Binary.MIN);
    }

    /** The larger of {@code a} and {@code b}, element by element, broadcasting. */
    public Tensor max(Tensor a, Tensor b) {
        return binary(a, b, Binary.MAX);
    }

    /** {@code a * factor}. */
    public Tensor scale(Tensor a, double factor) {
        Tensor out = result(a.members(), a.rows(), a.cols(), a.tracked());
        double[] x = a.data();
        double[] y = out.data();
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i] * factor;
        }
        Node node = node(Kind.SCALE, out, a, null);
        if (node != null) {
            node.p = factor;
        }
        return out;
    }

    /** {@code a + constant}. */
    public Tensor shift(Tensor a, double constant) {
        Tensor out = result(a.members(), a.rows(), a.cols(), a.tracked());
        double[] x = a.data();
        double[] y = out.data();
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i] + constant;
        }
        node(Kind.SHIFT, out, a, null);
        return out;
    }

    // ---- element-wise functions -----------------------------------------------------------------

    /** A function of one value. */
    @FunctionalInterface
    private interface Function {
        double apply(double v);
    }

    /** Its derivative, given the input {@code v} and the output {@code y}. */
    @FunctionalInterface
    private interface Derivative {
        double at(double v, double y);
    }

    private Tensor unary(Tensor a, Function f, Derivative d) {
        Tensor out = result(a.members(), a.rows(), a.cols(), a.tracked());
        double[] x = a.data();
        double[] y = out.data();
        for (int i = 0; i < x.length; i++) {
            y[i] = f.apply(x[i]);
        }
        Node node = node(Kind.UNARY, out, a, null);
        if (node != null) {
            node.derivative = d;
        }
        return out;
    }

    /** e to the power of each value. */
    public Tensor exp(Tensor a) {
        return unary(a, Math::exp, (v, y) -> y);
    }

    /** The natural logarithm of each value. */
    public Tensor log(Tensor a) {
        return unary(a, Math::log, (v, y) -> 1 / v);
    }

    /** The hyperbolic tangent of each value. */
    public Tensor tanh(Tensor a) {
        return unary(a, Math::tanh, (v, y) -> 1 - y * y);
    }

    /** The logistic sigmoid of each value. */
    public Tensor sigmoid(Tensor a) {
        return unary(a, Tape::sigmoid, (v, y) -> y * (1 - y));
    }

    /** max(0, v) of each value (derivative 0 at 0). */
    public Tensor relu(Tensor a) {
        return unary(a, v -> v > 0 ? v : 0, (v, y) -> v > 0 ? 1 : 0);
    }

    /** v sigmoid(v) of each value (SiLU, swish). */
    public Tensor silu(Tensor a) {
        Tensor out = result(a.members(), a.rows(), a.cols(), a.tracked());
        Tensor gates = result(a.members(), a.rows(), a.cols(), false);   // sigmoid(v), kept for the backward rule
        double[] x = a.data();
        double[] y = out.data();
        double[] s = gates.data();
        for (int i = 0; i < x.length; i++) {
            s[i] = sigmoid(x[i]);
            y[i] = x[i] * s[i];
        }
        Node node = node(Kind.SILU, out, a, null);
        if (node != null) {
            node.extra = gates;
        }
        return out;
    }

    /** v for v > 0, e^v - 1 otherwise (ELU with alpha 1). */
    public Tensor elu(Tensor a) {
        return unary(a, v -> v > 0 ? v : Math.expm1(v), (v, y) -> v > 0 ? 1 : y + 1);
    }

    /** log(1 + e^v) of each value, computed without overflow. */
    public Tensor softplus(Tensor a) {
        return unary(a, Tape::softplus, (v, y) -> sigmoid(v));
    }

    /** The square root of each value. */
    public Tensor sqrt(Tensor a) {
        return unary(a, Math::sqrt, (v, y) -> 0.5 / y);
    }

    /** Each value squared. */
    public Tensor square(Tensor a) {
        return unary(a, v -> v * v, (v, y) -> 2 * v);
    }

    /** Each value clamped to [low, high] (gradient 0 outside). */
    public Tensor clamp(Tensor a, double low, double high) {
        Tensor out = result(a.members(), a.rows(), a.cols(), a.tracked());
        double[] x = a.data();
        double[] y = out.data();
        for (int i = 0; i < x.length; i++) {
            y[i] = Math.max(low, Math.min(high, x[i]));
        }
        Node node = node(Kind.CLAMP, out, a, null);
        if (node != null) {
            node.p = low;
            node.q = high;
        }
        return out;
    }

    /**
     * 1 / (1 + e^-v), without a branch: for very negative v, e^-v overflows to infinity and the
     * result is 0, as it should be; a branch on the sign (mispredicted half the time on a
     * layer's pre-activations) made SiLU the slowest part of a single prediction.
     */
    static double sigmoid(double v) {
        return 1 / (1 + Math.exp(-v));
    }

    static double softplus(double v) {
        return v > 0 ? v + Math.log1p(Math.exp(-v)) : Math.log1p(Math.exp(v));
    }

    /** The same values, with no gradient flowing back through them (a stop-gradient). */
    public Tensor detach(Tensor a) {
        Tensor out = result(a.members(), a.rows(), a.cols(), false);
        System.arraycopy(a.data(), 0, out.data(), 0, a.size());
        return out;
    }

    // ---- products ---------------------------------------------------------------------------------

    /**
     * The matrix product of each member: {@code [m, b, i] x [m, i, o] -> [m, b, o]}; a side with
     * one member is shared by all (a batch through each member's weights, or one set of weights
     * for each member's batch).
     */
    public Tensor matmul(Tensor a, Tensor w) {
        if (a.cols() != w.rows()) {
            throw new IllegalArgumentException("matmul of shapes " + a.shape() + " and " + w.shape()
                    + ": the first's columns must equal the second's rows");
        }
        int m = broadcast(a.members(), w.members(), "matmul", a, w);
        int b = a.rows();
        int k = a.cols();
        int o = w.cols();
        Tensor out = result(m, b, o, a.tracked() || w.tracked());
        double[] x = a.data();
        double[] y = w.data();
        double[] z = out.data();
        for (int mm = 0; mm < m; mm++) {
            int xa = (a.members() == 1 ? 0 : mm) * b * k;
            int yw = (w.members() == 1 ? 0 : mm) * k * o;
            int zo = mm * b * o;
            for (int i = 0; i < b; i++) {
                int zi = zo + i * o;
                for (int p = 0; p < k; p++) {
                    double v = x[xa + i * k + p];
                    int wp = yw + p * o;
                    for (int j = 0; j < o; j++) {
                        z[zi + j] += v * y[wp + j];
                    }
                }
            }
        }
        node(Kind.MATMUL, out, a, w);
        return out;
    }

    private void backwardMatmul(Tensor a, Tensor w, Tensor out) {
        int m = out.members();
        int b = a.rows();
        int k = a.cols();
        int o = w.cols();
        double[] x = a.data();
        double[] y = w.data();
            double[] g = out.grad();
        double[] ga = a.tracked() ? a.grad() : null;
        double[] gw = w.tracked() ? w.grad() : null;
        double[] transposed = ga == null ? null : scratch(k * o);
        for (int mm = 0; mm < m; mm++) {
            int xa = (a.members() == 1 ? 0 : mm) * b * k;
            int yw = (w.members() == 1 ? 0 : mm) * k * o;
            int zo = mm * b * o;
            if (ga != null) {   // dA = dZ W^T, with W^T laid out so that the inner loop runs along memory
                for (int p = 0; p < k; p++) {
                    for (int j = 0; j < o; j++) {
                        transposed[j * k + p] = y[yw + p * o + j];
                    }
                }
                for (int i = 0; i < b; i++) {
                    int zi = zo + i * o;
                    int ai = xa + i * k;
                    for (int j = 0; j < o; j++) {
                        double gj = g[zi + j];
                        int tj = j * k;
                        for (int p = 0; p < k; p++) {
                            ga[ai + p] += gj * transposed[tj + p];
                        }
                    }
                }
            }
            if (gw != null) {   // dW = A^T dZ
                for (int i = 0; i < b; i++) {
                    int zi = zo + i * o;
                    for (int p = 0; p < k; p++) {
                        double v = x[xa + i * k + p];
                        int wp = yw + p * o;
                        for (int j = 0; j < o; j++) {
                            gw[wp + j] += v * g[zi + j];
                        }
                    }
                }
            }
        }
    }

    private double[] scratch = new double[0];

    /** A work array of at least {@code size} values, kept by the tape between passes. */
    private double[] scratch(int size) {
        if (scratch.length < size) {
            scratch = new double[size];
        }
        return scratch;
    }

    // ---- reductions and reshaping -----------------------------------------------------------------

    /** The sum of every value, shape [1, 1, 1]. */
    public Tensor sum(Tensor a) {
        Tensor out = result(1, 1, 1, a.tracked());
        double total = 0;
        for (double v : a.data()) {
            total += v;
        }
        out.data()[0] = total;
        node(Kind.SUM, out, a, null);
        return out;
    }

    /** The mean of every value, shape [1, 1, 1]. */
    public Tensor mean(Tensor a) {
        return scale(sum(a), 1.0 / a.size());
    }

    /** The sum of each row's values, shape {@code [m, b, 1]}. */
    public Tensor sumCols(Tensor a) {
        Tensor out = result(a.members(), a.rows(), 1, a.tracked());
        double[] x = a.data();
        int n = a.cols();
        for (int r = 0; r < out.size(); r++) {
            double total = 0;
            for (int c = 0; c < n; c++) {
                total += x[r * n + c];
            }
            out.data()[r] = total;
        }
        node(Kind.SUM_COLS, out, a, null);
        return out;
    }

    private static void backwardConcat(Tensor a, Tensor b, Tensor out) {
        int na = a.cols();
        int nb = b.cols();
        int rows = a.members() * a.rows();
        double[] g = out.grad();
        for (int r = 0; r < rows; r++) {
            if (a.tracked()) {
                double[] ga = a.grad();
                for (int c = 0; c < na; c++) {
                    ga[r * na + c] += g[r * (na + nb) + c];
                }
            }
            if (b.tracked()) {
                double[] gb = b.grad();
                for (int c = 0; c < nb; c++) {
                    gb[r * nb + c] += g[r * (na + nb) + na + c];
                }
            }
        }
    }

    /** The columns of {@code a} then those of {@code b}, row by row (same members and rows). */
    public Tensor concatCols(Tensor a, Tensor b) {
        if (a.members() != b.members() || a.rows() != b.rows()) {
            throw new IllegalArgumentException("concatCols of shapes " + a.shape() + " and " + b.shape()
                    + ": members and rows must be equal");
        }
        int na = a.cols();
        int nb = b.cols();
        int rows = a.members() * a.rows();
        Tensor out = result(a.members(), a.rows(), na + nb, a.tracked() || b.tracked());
        for (int r = 0; r < rows; r++) {
            System.arraycopy(a.data(), r * na, out.data(), r * (na + nb), na);
            System.arraycopy(b.data(), r * nb, out.data(), r * (na + nb) + na, nb);
        }
        node(Kind.CONCAT, out, a, b);
        return out;
    }

    /** Columns {@code from} (inclusive) to {@code to} (exclusive) of every row. */
    public Tensor sliceCols(Tensor a, int from, int to) {
        if (from < 0 || to > a.cols() || from >= to) {
            throw new IllegalArgumentException("sliceCols(" + from + ", " + to + ") of shape " + a.shape());
        }
        int n = a.cols();
        int w = to - from;
        int rows = a.members() * a.rows();
        Tensor out = result(a.members(), a.rows(), w, a.tracked());
        for (int r = 0; r < rows; r++) {
            System.arraycopy(a.data(), r * n + from, out.data(), r * w, w);
        }
        Node node = node(Kind.SLICE, out, a, null);
        if (node != null) {
            node.p = from;
        }
        return out;
    }

    /** The log-softmax of each row: {@code v - log(sum(exp(row)))}, computed stably. */
    public Tensor logSoftmax(Tensor a) {
        int n = a.cols();
        int rows = a.members() * a.rows();
        Tensor out = result(a.members(), a.rows(), n, a.tracked());
        double[] x = a.data();
        double[] y = out.data();
        for (int r = 0; r < rows; r++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < n; c++) {
                max = Math.max(max, x[r * n + c]);
            }
            double total = 0;
            for (int c = 0; c < n; c++) {
                total += Math.exp(x[r * n + c] - max);
            }
            double log = max + Math.log(total);
            for (int c = 0; c < n; c++) {
                y[r * n + c] = x[r * n + c] - log;
            }
        }
        node(Kind.LOG_SOFTMAX, out, a, null);
        return out;
    }

    /**
     * Each row normalised to mean 0 and variance 1 over its columns: {@code (x - mean) /
     * sqrt(variance + epsilon)} (layer normalisation without its gain and bias, which a layer adds).
     */
    public Tensor layerNorm(Tensor a, double epsilon) {
        double n = a.cols();
        Tensor deviation = sub(a, scale(sumCols(a), 1 / n));
        Tensor variance = scale(sumCols(square(deviation)), 1 / n);
        return div(deviation, sqrt(shift(variance, epsilon)));
    }

    /** The softmax of each row. */
    public Tensor softmax(Tensor a) {
        return exp(logSoftmax(a));
    }

    // ---- losses and distributions -------------------------------------------------------------------

    /** The mean of the squared differences between {@code prediction} and {@code target}. */
    public Tensor mse(Tensor prediction, Tensor target) {
        return mean(square(sub(prediction, target)));
    }

    /**
     * The log-likelihood of {@code x} under diagonal Gaussians of means {@code mean} and log
     * variances {@code logVar}, summed over the columns: shape {@code [m, b, 1]}.
     */
    public Tensor gaussianLogLikelihood(Tensor x, Tensor mean, Tensor logVar) {
        Tensor error = sub(x, mean);
        Tensor perValue = scale(add(add(logVar, mul(square(error), exp(scale(logVar, -1)))), constant(Math.log(2 * Math.PI))),
                -0.5);
        return sumCols(perValue);
    }

    /**
     * KL(p || q) of diagonal Gaussians given by means and log variances, summed over the
     * columns: shape {@code [m, b, 1]}.
     */
    public Tensor gaussianKl(Tensor meanP, Tensor logVarP, Tensor meanQ, Tensor logVarQ) {
        Tensor ratio = exp(sub(logVarP, logVarQ));
        Tensor distance = mul(square(sub(meanP, meanQ)), exp(scale(logVarQ, -1)));
        Tensor perValue = scale(shift(sub(add(ratio, distance), sub(logVarP, logVarQ)), -1), 0.5);
        return sumCols(perValue);
    }

    /**
     * A sample {@code mean + exp(logVar / 2) * eps} with {@code eps} standard normal from
     * {@code random}: differentiable in the mean and the log variance (the reparameterisation
     * trick).
     */
    public Tensor sampleGaussian(Tensor mean, Tensor logVar, RandomGenerator random) {
        Tensor noise = result(mean.members(), mean.rows(), mean.cols(), false);
        double[] values = noise.data();
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextGaussian();
        }
        return add(mean, mul(exp(scale(logVar, 0.5)), noise));
    }

    private Tensor constant(double value) {
        Tensor out = result(1, 1, 1, false);
        out.data()[0] = value;
        return out;
    }
}
