package dyna.experiment;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * One of {@code count} disjoint parts of an experiment's runs, for batch schedulers (a Slurm job
 * array, a Kubernetes indexed job): a run belongs to the shard its identity (its run file's name,
 * which derives from its configuration, seed, index and the stop condition) hashes to, so every
 * shard knows its runs without talking to the others, whatever machine it runs on.
 *
 * @param index which part, from 1
 * @param count how many parts, at least 1
 */
public record Shard(int index, int count) {

    /** Every run: the shard of an experiment that is not split. */
    public static final Shard ALL = new Shard(1, 1);

    /** Checks that 1 ≤ index ≤ count. */
    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("a shard is K/N with 1 <= K <= N, not " + index + "/" + count);
        }
    }

    /**
     * The shard written {@code K/N}, as {@code --shard} takes it.
     *
     * @throws IllegalArgumentException saying what is valid
     */
    public static Shard parse(String text) {
        String[] parts = text.strip().split("/", -1);
        try {
            if (parts.length == 2) {
                return new Shard(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
            }
        } catch (IllegalArgumentException e) {
            // not numbers, or not 1 <= K <= N: said below
        }
        throw new IllegalArgumentException("--shard takes K/N with whole numbers 1 <= K <= N, for example 2/4, not '"
                + text + "'");
    }

    /** Whether the run named {@code runName} (its run file's name) belongs to this shard. */
    public boolean owns(String runName) {
        if (count == 1) {
            return true;
        }
        CRC32 crc = new CRC32();
        crc.update(runName.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % count == index - 1;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
