package dyna.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PairPriorityQueueTest {

    @Test
    void servesTheHighestPriorityFirst() {
        PairPriorityQueue queue = new PairPriorityQueue(10);
        queue.offer(3, 0.5);
        queue.offer(7, 2.0);
        queue.offer(1, 1.0);
        assertEquals(List.of(7, 1, 3), drain(queue));
    }

    @Test
    void equalPrioritiesAreServedFirstInFirstOut() {
        PairPriorityQueue queue = new PairPriorityQueue(10);
        for (int pair : new int[] {5, 2, 9, 0, 7}) {
            queue.offer(pair, 1.0);
        }
        assertEquals(List.of(5, 2, 9, 0, 7), drain(queue));
    }

    @Test
    void aQueuedPairKeepsTheLargerOfItsPriorities() {
        PairPriorityQueue queue = new PairPriorityQueue(10);
        queue.offer(4, 3.0);
        queue.offer(6, 2.0);
        queue.offer(4, 1.0);
        assertEquals(3.0, queue.priority(4));
        queue.offer(6, 5.0);
        assertEquals(2, queue.size(), "a pair is queued once");
        assertEquals(List.of(6, 4), drain(queue));
    }

    @Test
    void agreesWithSortingOnRandomInput() {
        SplittableRandom random = new SplittableRandom(3);
        PairPriorityQueue queue = new PairPriorityQueue(1000);
        double[] best = new double[1000];
        for (int i = 0; i < 5000; i++) {
            int pair = random.nextInt(1000);
            double p = random.nextInt(50);
            queue.offer(pair, p);
            best[pair] = Math.max(best[pair], p);
        }
        double last = Double.POSITIVE_INFINITY;
        while (!queue.isEmpty()) {
            int pair = queue.poll();
            assertTrue(best[pair] <= last);
            last = best[pair];
        }
    }

    private static List<Integer> drain(PairPriorityQueue queue) {
        List<Integer> out = new ArrayList<>();
        while (!queue.isEmpty()) {
            out.add(queue.poll());
        }
        return out;
    }
}
