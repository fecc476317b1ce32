package dyna.core.search;

import java.util.Arrays;

/**
 * A max-priority queue of state-action pairs (numbered {@code s * actions + a}) in primitive
 * arrays: a pair is queued at most once and keeps the larger of its priorities; pairs of equal
 * priority come out first in, first out. Nothing is allocated after construction.
 */
final class PairPriorityQueue {

    private final int[] heap;
    private final int[] position;
    private final double[] priority;
    private final long[] order;
    private long next;
    private int size;

    PairPriorityQueue(int pairs) {
        this.heap = new int[pairs];
        this.position = new int[pairs];
        this.priority = new double[pairs];
        this.order = new long[pairs];
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
            if (p > priority[pair]) {
                priority[pair] = p;
                up(at);
            }
            return;
        }
        priority[pair] = p;
        order[pair] = next++;
        heap[size] = pair;
        position[pair] = size;
        up(size++);
    }

    /** Removes and returns the pair of highest priority (the earliest queued among equals). */
    int poll() {
        if (size == 0) {
            throw new IllegalStateException("the queue is empty");
        }
        int top = heap[0];
        position[top] = -1;
        size--;
        if (size > 0) {
            heap[0] = heap[size];
            position[heap[0]] = 0;
            down(0);
        }
        return top;
    }

    /** The priority of a queued pair. */
    double priority(int pair) {
        return priority[pair];
    }

    private boolean before(int a, int b) {
        return priority[a] > priority[b] || (priority[a] == priority[b] && order[a] < order[b]);
    }

    private void up(int i) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (!before(heap[i], heap[parent])) {
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
            if (left < size && before(heap[left], heap[best])) {
                best = left;
            }
            if (left + 1 < size && before(heap[left + 1], heap[best])) {
                best = left + 1;
            }
            if (best == i) {
                return;
            }
            swap(i, best);
            i = best;
        }
    }

    private void swap(int i, int j) {
        int a = heap[i];
        heap[i] = heap[j];
        heap[j] = a;
        position[heap[i]] = i;
        position[heap[j]] = j;
    }
}
