package dyna.core.seed;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Derives seeds from a parent seed and a label (a component's name, a run's identity), so that
 * every component of every run has its own random stream and results depend on neither the
 * number of threads nor the order in which runs finish.
 */
public final class Seeds {

    private Seeds() {
    }

    /** A seed for {@code label} under {@code parent}; stable across JVMs and versions. */
    public static long derive(long parent, String label) {
        long h = 0xcbf29ce484222325L;
        for (byte b : label.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        return mix(mix(parent) ^ h);
    }

    /** A seed for the {@code index}-th child of {@code parent}. */
    public static long derive(long parent, long index) {
        return mix(mix(parent) + mix(index + 0x9e3779b97f4a7c15L));
    }

    /** A fresh random stream for {@code label} under {@code parent}. */
    public static SplittableRandom stream(long parent, String label) {
        return new SplittableRandom(derive(parent, label));
    }

    /** The SplitMix64 finaliser: a bijection that spreads every input bit over the output. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
