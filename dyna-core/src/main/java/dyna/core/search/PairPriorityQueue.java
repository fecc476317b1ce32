package dyna.core.search;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/**
 * A max-priority queue of state-action pairs (numbered {@code s * actions + a}) in primitive
 * arrays: a pair is queued at most once and keeps the larger of its priorities; pairs of equal
 * priority come out first in, first out. Per pair it keeps only where the pair stands in the heap
 * (4 bytes); priorities and arrival order are kept in the heap's entries, which grow with the
 * number of pairs queued at once (a few on most worlds), so that prioritized sweeping costs little
 * memory per pair. Nothing is allocated once the heap has grown to its largest.
 */
final class PairPriorityQueue {

    private static final int INITIAL = 16;

    /** Where each pair stands in the heap, or -1 when it is not queued. */
    private final int[] position;
    private int[] pairs = new int[INITIAL];
    private double[] priorities = new double[INITIAL];
    private long[] orders = new long[INITIAL];
    private long next;
    private int size;

    PairPriorityQueue(int pairCount) {
        this.position = new int[pairCount];
        Arrays.fill(position, -1);
    }

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }

    /** Queues {@code pair} with {@code p}, or raises its priority to {@code p} if it is queued lower. */
    void offer(int pair, double p) {
        int at = position[pair];
        if (at >= 0) {
            if (p > priorities[at]) {
                priorities[at] = p;
                up(at);
            }
            return;
        }
        if (size == pairs.length) {
            int grown = (int) Math.min(position.length, Math.max(INITIAL, 2L * size));
            pairs = Arrays.copyOf(pairs, grown);
            priorities = Arrays.copyOf(priorities, grown);
            orders = Arrays.copyOf(orders, grown);
        }
        pairs[size] = pair;
        priorities[size] = p;
        orders[size] = next++;
        position[pair] = size;
        up(size++);
    }

    /** Removes and returns the pair of highest priority (the earliest queued among equals). */
    int poll() {
        if (size == 0) {
            throw new IllegalStateException("the queue is empty");
        }
        int top = pairs[0];
        position[top] = -1;
        size--;
        if (size > 0) {
            move(size, 0);
            down(0);
        }
        return top;
    }

    /** The priority of a queued pair. */
    double priority(int pair) {
        int at = position[pair];
        if (at < 0) {
            throw new IllegalArgumentException("pair " + pair + " is not queued");
        }
        return priorities[at];
    }

    /** Whether the entry at {@code i} comes out before the one at {@code j}. */
    private boolean before(int i, int j) {
        return priorities[i] > priorities[j] || (priorities[i] == priorities[j] && orders[i] < orders[j]);
    }

    private void up(int i) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (!before(i, parent)) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void down(int i) {
        while (true) {
            int left = 2 * i + 1;
            int best = i;
            if (left < size && before(left, best)) {
                best = left;
            }
            if (left + 1 < size && before(left + 1, best)) {
                best = left + 1;
            }
            if (best == i) {
                return;
            }
            swap(i, best);
            i = best;
        }
    }

    /** Moves the entry at {@code from} to {@code to}, over whatever was there. */
    private void move(int from, int to) {
        pairs[to] = pairs[from];
        priorities[to] = priorities[from];
        orders[to] = orders[from];
        position[pairs[to]] = to;
    }

    private void swap(int i, int j) {
        int pair = pairs[i];
        double priority = priorities[i];
        long order = orders[i];
        move(j, i);
        pairs[j] = pair;
        priorities[j] = priority;
        orders[j] = order;
        position[pair] = j;
    }

    /** Writes the heap's entries in heap order (pair, priority, arrival) and the next arrival number. */
    void write(DataOutput out) throws IOException {
        out.writeInt(position.length);
        out.writeLong(next);
        out.writeInt(size);
        for (int i = 0; i < size; i++) {
            out.writeInt(pairs[i]);
            out.writeDouble(priorities[i]);
            out.writeLong(orders[i]);
        }
    }

    /** Reads what {@link #write} wrote into this empty queue, in the same heap order. */
    void read(DataInput in) throws IOException {
        int pairCount = in.readInt();
        if (pairCount != position.length) {
            throw new IOException("the saved queue is over " + pairCount + " pairs, this one over " + position.length);
        }
        next = in.readLong();
        int saved = in.readInt();
        if (saved < 0 || saved > position.length) {
            throw new IOException("the saved queue holds " + saved + " pairs of " + position.length);
        }
        for (int i = 0; i < saved; i++) {
            int pair = in.readInt();
            if (pair < 0 || pair >= position.length || position[pair] >= 0) {
                throw new IOException("the saved queue holds pair " + pair + " twice or outside 0.." + (position.length - 1));
            }
            if (size == pairs.length) {
                int grown = Math.max(INITIAL, 2 * size);
                pairs = Arrays.copyOf(pairs, grown);
                priorities = Arrays.copyOf(priorities, grown);
                orders = Arrays.copyOf(orders, grown);
            }
            pairs[size] = pair;
            priorities[size] = in.readDouble();
            orders[size] = in.readLong();
            position[pair] = size++;
        }
    }
}
