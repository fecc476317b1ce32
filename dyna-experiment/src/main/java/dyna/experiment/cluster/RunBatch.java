package dyna.experiment.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;
import java.util.concurrent.Callable;

/**
 * A task for a member: some runs of one sweep, as plain data (shipped with Hazelcast Compact
 * serialization by {@link RunBatchSerializer}, never Java serialization). The member rebuilds
 * the sweep from its spec (the experiment as data, never a command line) with its own registry,
 * checks each run's identity, executes them in turn and answers with their outcomes encoded by
 * {@link BatchOutcomes}.
 */
public final class RunBatch implements Callable<byte[]>, HazelcastInstanceAware {

    private final String spec;
    private final String key;
    private final String plugins;
    private final int[] points;
    private final int[] runs;
    private final String[] names;
    private transient HazelcastInstance instance;

    /**
     * @param spec    the sweep's experiment as data ({@link dyna.experiment.reader.SpecJson})
     * @param key     the sweep's key ({@link SweepKey#hex()}), which seals the results the member keeps
     * @param plugins the submitter's {@link PluginSet#text()}
     * @param points  each run's point index
     * @param runs    each run's index at its point
     * @param names   each run's identity (its run file's name) on the submitter
     */
    public RunBatch(String spec, String key, String plugins, int[] points, int[] runs, String[] names) {
        if (points.length != runs.length || runs.length != names.length) {
            throw new IllegalArgumentException("a batch needs a point, a run and a name for each run");
        }
        this.spec = spec;
        this.key = key;
        this.plugins = plugins;
        this.points = points.clone();
        this.runs = runs.clone();
        this.names = names.clone();
    }

    String spec() {
        return spec;
    }

    String key() {
        return key;
    }

    String plugins() {
        return plugins;
    }

    int[] points() {
        return points.clone();
    }

    int[] runs() {
        return runs.clone();
    }

    String[] names() {
        return names.clone();
    }

    /** The number of runs. */
    public int size() {
        return runs.length;
    }

    @Override
    public void setHazelcastInstance(HazelcastInstance instance) {
        this.instance = instance;
    }

    /** Executes the runs on the member that received them. */
    @Override
    public byte[] call() {
        Object runtime = instance == null ? null : instance.getUserContext().get(MemberRuntime.KEY);
        if (!(runtime instanceof MemberRuntime member)) {
            return BatchOutcomes.refused("member " + (instance == null ? "?" : instance.getName())
                    + " is not a dyna member (started without 'dyna cluster member')");
        }
        java.util.Map<String, byte[]> kept = new java.util.HashMap<>();
        byte[] answer = member.execute(this, kept);
        // Kept until the submitter has them, so that a submitter lost meanwhile can collect them.
        instance.getMap(ClusterNode.FINISHED).putAll(kept);
        return answer;
    }
}
