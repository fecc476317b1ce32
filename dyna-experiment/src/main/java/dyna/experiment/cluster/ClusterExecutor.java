package dyna.experiment.cluster;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.ExecutionCallback;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceNotActiveException;
import com.hazelcast.core.IExecutorService;
import com.hazelcast.core.MemberLeftException;
import com.hazelcast.map.IMap;
import com.hazelcast.spi.exception.TargetNotMemberException;
import dyna.experiment.ExperimentPoint;
import dyna.experiment.RunCoordinates;
import dyna.experiment.RunExecutor;
import dyna.experiment.RunFailure;
import dyna.experiment.RunJournal;
import dyna.experiment.RunResult;
import dyna.experiment.StopCondition;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Executes runs on the members of a cluster, this process among them. Runs travel in batches of
 * plain data ({@link RunBatch}), sized so that a batch takes about {@value #BATCH_MILLIS} ms, at
 * most twice as many batches in flight on a member as it has threads. A member that leaves (or
 * is killed) has its unfinished batches sent to the others; a member whose plugin set differs
 * from this process's is named once and sent nothing. With {@code collect}, runs that members
 * finished for an earlier submitter of the same sweep (one that was lost) are taken, not redone.
 */
public final class ClusterExecutor implements RunExecutor {

    static final long BATCH_MILLIS = 100;

    private final HazelcastInstance instance;
    private final String spec;
    private final Path runs;
    private SweepKey key;
    private final PluginSet plugins;
    private final boolean collect;
    private final Consumer<String> warn;
    private final Set<UUID> refused = new HashSet<>();
    private final Map<String, Integer> perMember = new TreeMap<>();
    private int collected;

    /**
     * @param instance this process's member
     * @param spec     the sweep's experiment as data ({@link dyna.experiment.reader.SpecJson}), from
     *                 which members rebuild it
     * @param runs     the {@code runs/} of the sweep's result directory, where its key ({@link SweepKey})
     *                 is kept, read (or made) once the directory is open; null for a sweep that keeps none
     *                 (a benchmark), which gets a fresh key
     * @param collect  take runs that members kept for a lost submitter (with {@code --resume}), those
     *                 whose seal verifies under the key and that were made for the run they stand for
     * @param warn     told one line for each member that cannot take runs, or that left
     */
    public ClusterExecutor(HazelcastInstance instance, String spec, Path runs, boolean collect,
            Consumer<String> warn) {
        this.instance = instance;
        this.spec = spec;
        this.runs = runs;
        Object runtime = instance.getUserContext().get(MemberRuntime.KEY);
        if (!(runtime instanceof MemberRuntime member)) {
            throw new IllegalArgumentException("the instance was not started by ClusterNode");
        }
        this.plugins = member.plugins();
        this.collect = collect;
        this.warn = warn;
    }

    private record Sent(Member member, List<RunCoordinates> runs, byte[] answer, Throwable failure) {
    }

    @Override
    public void execute(List<ExperimentPoint> points, StopCondition stop, List<RunCoordinates> pending,
            Outcomes outcomes) throws InterruptedException {
        try {
            key = runs == null ? SweepKey.fresh() : SweepKey.in(runs);
        } catch (IOException e) {
            outcomes.fatal(new java.io.UncheckedIOException("cannot keep the sweep's key in " + runs + " ("
                    + e.getMessage() + ")", e));
            return;
        }
        IExecutorService executor = instance.getExecutorService(ClusterNode.EXECUTOR);
        IMap<String, byte[]> finished = instance.getMap(ClusterNode.FINISHED);
        Map<RunCoordinates, String> names = new HashMap<>();
        for (RunCoordinates at : pending) {
            names.put(at, RunJournal.fileName(points.get(at.point()), at.run(), stop));
        }
        Deque<RunCoordinates> queue = new ArrayDeque<>(pending);
        if (collect) {
            takeCollected(finished, names, queue, outcomes);
        }
        BlockingQueue<Sent> answers = new LinkedBlockingQueue<>();
        Map<UUID, Integer> inFlight = new HashMap<>();
        int outstanding = queue.size();
        double nanosPerRun = Double.NaN;
        while (outstanding > 0 && !outcomes.stopping()) {
            List<Member> members = compatibleMembers();
            if (members.isEmpty() && inFlight.values().stream().allMatch(n -> n == 0)) {
                outcomes.fatal(new IllegalStateException("no member of the cluster can take runs, this process "
                        + "included (see the lines above); " + outstanding + " runs were not done"));
                return;
            }
            int threads = members.stream().mapToInt(ClusterExecutor::threads).sum();
            for (Member member : members) {
                while (!queue.isEmpty() && inFlight.getOrDefault(member.getUuid(), 0) < 2 * threads(member)) {
                    int size = batchSize(nanosPerRun, queue.size(), threads);
                    List<RunCoordinates> runs = new ArrayList<>(size);
                    while (runs.size() < size && !queue.isEmpty()) {
                        runs.add(queue.poll());
                    }
                    inFlight.merge(member.getUuid(), 1, Integer::sum);
                    executor.submitToMember(batch(runs, names), member, new ExecutionCallback<byte[]>() {
                        @Override
                        public void onResponse(byte[] answer) {
                            answers.add(new Sent(member, runs, answer, null));
                        }

                        @Override
                        public void onFailure(Throwable failure) {
                            answers.add(new Sent(member, runs, null, failure));
                        }
                    });
                }
            }
            Sent sent = answers.poll(200, TimeUnit.MILLISECONDS);
            while (sent != null) {
                inFlight.merge(sent.member().getUuid(), -1, Integer::sum);
                if (sent.failure() != null) {
                    outstanding -= failed(sent, queue, outcomes);
                } else {
                    BatchOutcomes.Decoded decoded;
                    try {
                        decoded = BatchOutcomes.decode(sent.answer());
                    } catch (IOException e) {
                        decoded = null;
                        for (RunCoordinates at : sent.runs()) {
                            outcomes.failed(new RunFailure(at.point(), at.run(), "run " + (at.run() + 1)
                                    + " came back damaged from member " + label(sent.member()) + ": " + e.getMessage()));
                        }
                        outstanding -= sent.runs().size();
                    }
                    if (decoded != null && decoded.refusal() != null) {
                        refuse(sent.member(), decoded.refusal());
                        putBack(sent.runs(), queue);
                    } else if (decoded != null) {
                        for (BatchOutcomes.Outcome outcome : decoded.outcomes()) {
                            String expected = names.get(new RunCoordinates(outcome.point(), outcome.run()));
                            if (outcome.result() != null && !outcome.name().equals(expected)) {
                                outcomes.failed(new RunFailure(outcome.point(), outcome.run(), "run "
                                        + (outcome.run() + 1) + " came back from member " + label(sent.member())
                                        + " made for run " + outcome.name() + ", not " + expected));
                            } else if (outcome.result() != null) {
                                outcomes.finished(outcome.point(), outcome.run(), outcome.result());
                                finished.deleteAsync(names.get(new RunCoordinates(outcome.point(), outcome.run())));
                            } else {
                                outcomes.failed(new RunFailure(outcome.point(), outcome.run(), outcome.failure()));
                            }
                        }
                        synchronized (perMember) {
                            perMember.merge(label(sent.member()), decoded.outcomes().size(), Integer::sum);
                        }
                        outstanding -= decoded.outcomes().size();
                        double perRun = (double) decoded.nanos() / Math.max(1, decoded.outcomes().size());
                        nanosPerRun = Double.isNaN(nanosPerRun) ? perRun : 0.7 * nanosPerRun + 0.3 * perRun;
                    }
                }
                sent = answers.poll();
            }
        }
    }

    /** Runs per member so far (and runs collected from a lost submitter's members), for progress. */
    public String perMember() {
        synchronized (perMember) {
            StringBuilder text = new StringBuilder();
            perMember.forEach((member, runs) -> text.append(text.isEmpty() ? "" : ", ").append(member).append(' ')
                    .append(runs));
            if (collected > 0) {
                text.append(text.isEmpty() ? "" : ", ").append("collected ").append(collected);
            }
            return text.toString();
        }
    }

    /**
     * The runs in a batch: about {@value #BATCH_MILLIS} ms of work at the rate seen so far (one
     * run before any has come back), but no more than leaves work for every thread.
     */
    static int batchSize(double nanosPerRun, int queued, int threads) {
        if (Double.isNaN(nanosPerRun)) {
            return 1;
        }
        long wanted = (long) Math.ceil(BATCH_MILLIS * 1e6 / Math.max(1.0, nanosPerRun));
        int fair = Math.max(1, queued / (2 * Math.max(1, threads)));
        return (int) Math.max(1, Math.min(wanted, fair));
    }

    private RunBatch batch(List<RunCoordinates> runs, Map<RunCoordinates, String> names) {
        int[] points = new int[runs.size()];
        int[] indices = new int[runs.size()];
        String[] ids = new String[runs.size()];
        for (int i = 0; i < runs.size(); i++) {
            points[i] = runs.get(i).point();
            indices[i] = runs.get(i).run();
            ids[i] = names.get(runs.get(i));
        }
        return new RunBatch(spec, key.hex(), plugins.text(), points, indices, ids);
    }

    /** A batch that did not come back: sent elsewhere if its member is gone, else its runs failed. */
    private int failed(Sent sent, Deque<RunCoordinates> queue, Outcomes outcomes) {
        boolean gone = !instance.getCluster().getMembers().contains(sent.member());
        for (Throwable cause = sent.failure(); cause != null && !gone; cause = cause.getCause()) {
            gone = cause instanceof MemberLeftException || cause instanceof TargetNotMemberException
                    || cause instanceof HazelcastInstanceNotActiveException;
        }
        if (gone) {
            if (refused.add(sent.member().getUuid())) {
                warn.accept("member " + label(sent.member()) + " left; its unfinished runs go to the other members");
            }
            putBack(sent.runs(), queue);
            return 0;
        }
        String why = sent.failure().getMessage() == null ? sent.failure().getClass().getSimpleName()
                : sent.failure().getMessage();
        for (RunCoordinates at : sent.runs()) {
            outcomes.failed(new RunFailure(at.point(), at.run(), "run " + (at.run() + 1) + " failed on member "
                    + label(sent.member()) + ": " + why.replace('\n', ' ')));
        }
        return sent.runs().size();
    }

    /** Puts runs back at the head of the queue, in their order. */
    private static void putBack(List<RunCoordinates> runs, Deque<RunCoordinates> queue) {
        for (int i = runs.size() - 1; i >= 0; i--) {
            queue.addFirst(runs.get(i));
        }
    }

    /** Takes the runs that members kept for an earlier submitter of this sweep. */
    private void takeCollected(IMap<String, byte[]> finished, Map<RunCoordinates, String> names,
            Deque<RunCoordinates> queue, Outcomes outcomes) {
        Map<String, byte[]> kept = finished.getAll(new HashSet<>(names.values()));
        if (kept.isEmpty()) {
            return;
        }
        int forged = 0;
        for (RunCoordinates at : List.copyOf(queue)) {
            byte[] sealed = kept.get(names.get(at));
            if (sealed == null) {
                continue;
            }
            byte[] bytes = key.open(names.get(at), sealed);
            if (bytes == null) {
                forged++;
                continue;
            }
            try {
                RunResult result = RunJournal.decode(bytes, names.get(at));
                outcomes.finished(at.point(), at.run(), result);
                queue.remove(at);
                finished.deleteAsync(names.get(at));
                synchronized (perMember) {
                    collected++;
                }
            } catch (IOException e) {
                // a damaged copy: the run is done again
            }
        }
        if (forged > 0) {
            warn.accept(forged + " result" + (forged == 1 ? "" : "s") + " kept on the cluster for this sweep "
                    + (forged == 1 ? "was" : "were") + " not sealed with its key (not made by a member it sent runs "
                    + "to) and " + (forged == 1 ? "was" : "were") + " not taken; " + (forged == 1 ? "its run is" : "their runs are")
                    + " done again");
        }
        int taken;
        synchronized (perMember) {
            taken = collected;
        }
        if (taken > 0) {
            warn.accept("took " + taken + " run" + (taken == 1 ? "" : "s")
                    + " that members finished for an earlier submitter of this sweep; they are not run again");
        }
    }

    /** The members that may take runs: this one, and every other whose plugin set is this one's. */
    private List<Member> compatibleMembers() {
        List<Member> members = new ArrayList<>();
        for (Member member : instance.getCluster().getMembers()) {
            if (refused.contains(member.getUuid())) {
                continue;
            }
            PluginSet theirs = PluginSet.parse(member.getAttribute(ClusterNode.PLUGINS));
            if (!member.localMember() && !theirs.equals(plugins)) {
                refuse(member, "its plugin set differs: " + plugins.differenceFrom(theirs));
                continue;
            }
            members.add(member);
        }
        return members;
    }

    private void refuse(Member member, String why) {
        if (refused.add(member.getUuid())) {
            warn.accept("member " + label(member) + " cannot take runs: " + why);
        }
    }

    private static int threads(Member member) {
        try {
            return Math.max(1, Integer.parseInt(member.getAttribute(ClusterNode.THREADS)));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** A member as {@code host:port}, this process's marked {@code (here)}. */
    static String label(Member member) {
        return member.getAddress().getHost() + ":" + member.getAddress().getPort()
                + (member.localMember() ? " (here)" : "");
    }
}
