package dyna.app.cli;

import dyna.experiment.cluster.ClusterNode;
import dyna.experiment.cluster.ClusterSettings;
import dyna.experiment.cluster.MemberRuntime;
import dyna.core.registry.ProviderRegistry;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyna cluster}: the commands of the cluster backend. */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = "Sweeps on several machines: start members with 'dyna cluster member', then give their "
                + "addresses to 'dyna run FILE --cluster HOST:PORT,...'. See docs/cluster.md.",
        subcommands = ClusterCommand.MemberCommand.class)
final class ClusterCommand implements Callable<Integer> {

    /** The module of the cluster backend, Hazelcast. */
    static final String BACKEND = "com.hazelcast.core";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return DynaCommand.USAGE;
    }

    /** {@code dyna cluster member}: a member that runs the runs it is sent, until stopped. */
    @Command(name = "member", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Start a cluster member that runs experiment runs sent by 'dyna run --cluster', until "
                    + "stopped (Ctrl-C, SIGTERM). It needs the same Dyna version and plugins as the submitter.")
    static final class MemberCommand implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        PluginOptions plugins;

        @Option(names = "--bind", paramLabel = "ADDR", defaultValue = ClusterSettings.LOOPBACK,
                description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only). Another "
                        + "address makes the member reachable from the network, which must be trusted.")
        String bind;

        @Option(names = "--port", paramLabel = "P",
                description = "The port to listen on (default: the first free one from 5701).")
        Integer port;

        @Option(names = "--members", paramLabel = "HOST:PORT[,...]",
                description = "Members to join (default: DYNA_CLUSTER, or none: this member starts the cluster).")
        String members;

        @Option(names = "--threads", paramLabel = "N", description = "Threads that run runs (default: all cores).")
        Integer threads;

        @Option(names = "--cluster-id", paramLabel = "ID", defaultValue = "default",
                description = "The cluster to join: members and submitters join only a cluster of the same id "
                        + "(default: ${DEFAULT-VALUE}).")
        String clusterId;

        @Override
        public Integer call() throws InterruptedException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            String list = members != null ? members : System.getenv("DYNA_CLUSTER");
            ClusterSettings settings = settings(clusterId, bind, port,
                    list == null || list.isBlank() ? "" : list, members != null ? "--members" : "DYNA_CLUSTER",
                    threads == null ? Runtime.getRuntime().availableProcessors() : threads);
            ProviderRegistry registry = plugins.registry();
            for (String problem : plugins.problems(registry)) {
                err.println("dyna cluster member: warning: " + problem);
            }
            if (!settings.loopback()) {
                err.println("dyna cluster member: " + ClusterNode.exposureWarning(settings));
            }
            MemberRuntime runtime = MemberRuntime.of(plugins.loaded());
            // Hazelcast's types stay in ClusterNode: a listener class here would have the JVM load
            // them as it links this command, which help builds even when Hazelcast is not there.
            ClusterNode.serve(settings, runtime, DynaCommand.verbose(spec), line -> say(out, line));
            return 0;
        }

        private static void say(PrintWriter out, String line) {
            synchronized (out) {
                out.println("dyna cluster member: " + line);
                out.flush();
            }
        }
    }

    /**
     * Cluster settings from options, each error a usage error naming its option.
     *
     * @param members the comma list of members, or empty for none
     * @param option  the option (or variable) the members came from
     */
    static ClusterSettings settings(String id, String bind, Integer port, String members, String option, int threads) {
        requireBackend();
        try {
            return new ClusterSettings(id, bind, port,
                    members.isBlank() ? List.of() : ClusterSettings.members(option, members), threads);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }

    /**
     * Checks that Hazelcast is in this JVM. It is not on the module path of commands that have no
     * use for it (resolving its 12,000 entries cost every start about 0.08 s): {@code ./dyna} adds
     * {@code lib/cluster} for {@code cluster}, {@code bench}, {@code --cluster} and DYNA_CLUSTER.
     */
    static void requireBackend() {
        if (ModuleLayer.boot().findModule(BACKEND).isEmpty()) {
            throw new UsageException("the cluster needs Hazelcast, which this JVM was not started with; run through "
                    + "./dyna, which adds it for cluster commands, or give java '-p LIB:LIB/cluster --add-modules "
                    + BACKEND + "' (LIB: dyna-app/target/lib)");
        }
    }
}
