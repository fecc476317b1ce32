package dyna.app.cli;

import dyna.experiment.cluster.ClusterSettings;
import picocli.CommandLine.Option;

/** Where {@code dyna run} sends its runs when they go to a cluster: the members, the cluster's id and this process's address. */
final class ClusterOptions {

    @Option(names = "--cluster", paramLabel = "HOST:PORT[,...]",
            description = "Run the runs on the cluster these members belong to (started with 'dyna cluster member'); "
                    + "this process is a member too and writes the results as a local run does (default: "
                    + "DYNA_CLUSTER, else this machine's threads).")
    String cluster;

    @Option(names = "--cluster-id", paramLabel = "ID", defaultValue = "default",
            description = "With --cluster: the id the members were started with (default: ${DEFAULT-VALUE}).")
    String clusterId;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = ClusterSettings.LOOPBACK,
            description = "With --cluster: the address this process listens on as a member (default: "
                    + "${DEFAULT-VALUE}); give this machine's address on the members' network when they are elsewhere.")
    String bind;

    /** The members given by {@code --cluster}, else by {@code DYNA_CLUSTER}, or null for none. */
    private String members() {
        String members = cluster != null ? cluster : System.getenv("DYNA_CLUSTER");
        return members == null || members.isBlank() ? null : members;
    }

    /** Whether the runs go to a cluster. */
    boolean onCluster() {
        return members() != null;
    }

    /** The settings of this process as a member of the cluster, with {@code threads} run threads; null when there is none. */
    ClusterSettings settings(int threads) {
        String members = members();
        return members == null ? null : ClusterCommand.settings(clusterId, bind, null, members,
                cluster != null ? "--cluster" : "DYNA_CLUSTER", threads);
    }
}
