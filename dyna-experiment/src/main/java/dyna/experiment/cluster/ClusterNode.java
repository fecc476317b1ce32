package dyna.experiment.cluster;

import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.config.Config;
import com.hazelcast.config.JavaSerializationFilterConfig;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.LifecycleEvent;
import java.net.BindException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * Starts a Hazelcast member with Dyna's safe settings rather than Hazelcast's defaults: it
 * listens on one address (loopback unless told otherwise; {@code hazelcast.socket.bind.any} is
 * off), joins by TCP-IP through an explicit member list only (no multicast, no auto-detection),
 * never phones home, accepts no Java-serialized class of ours, and publishes its plugin set and
 * threads as member attributes.
 */
public final class ClusterNode {

    /** The executor that runs batches on each member. */
    public static final String EXECUTOR = "dyna-runs";
    /** The map where members keep finished runs until the submitter has them (by run identity). */
    public static final String FINISHED = "dyna-finished";
    /** Member attribute: the member's {@link PluginSet#text()}. */
    public static final String PLUGINS = "dyna-plugins";
    /** Member attribute: the member's worker threads. */
    public static final String THREADS = "dyna-threads";
    /** Finished runs not collected within this time are dropped. */
    static final int FINISHED_SECONDS = 24 * 3600;
    /** Ports a member without {@code --port} tries, from {@link ClusterSettings#FIRST_PORT}. */
    static final int PORT_COUNT = 100;

    private ClusterNode() {
    }

    /** The Hazelcast configuration of a member with these settings. */
    public static Config config(ClusterSettings settings, MemberRuntime runtime) {
        Config config = new Config();
        config.setClusterName(settings.clusterName());
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.socket.bind.any", "false");
        config.setProperty("hazelcast.logging.type", "jdk");
        // Metrics feed Management Center and JMX, neither of which a member uses; they cost CPU.
        config.getMetricsConfig().setEnabled(false);
        // A member killed outright is noticed within seconds, and its runs go elsewhere.
        config.setProperty("hazelcast.heartbeat.interval.seconds", "1");
        config.setProperty("hazelcast.max.no.heartbeat.seconds", "10");
        NetworkConfig network = config.getNetworkConfig();
        network.setPort(settings.port() == null ? ClusterSettings.FIRST_PORT : settings.port());
        network.setPortAutoIncrement(settings.port() == null);
        network.setPortCount(PORT_COUNT);
        network.getInterfaces().setEnabled(true).addInterface(settings.bind());
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).setMembers(settings.members().isEmpty()
                ? java.util.List.of(settings.bind()) : settings.members());
        config.getSerializationConfig().getCompactSerializationConfig().addSerializer(new RunBatchSerializer());
        // Hazelcast's default filter: its own classes and the JDK's, none of ours.
        config.getSerializationConfig().setJavaSerializationFilterConfig(new JavaSerializationFilterConfig());
        config.getExecutorConfig(EXECUTOR).setPoolSize(settings.threads()).setStatisticsEnabled(false);
        config.getMapConfig(FINISHED).setBackupCount(1).setTimeToLiveSeconds(FINISHED_SECONDS);
        config.getMemberAttributeConfig().setAttribute(PLUGINS, runtime.plugins().text());
        config.getMemberAttributeConfig().setAttribute(THREADS, Integer.toString(settings.threads()));
        config.getUserContext().put(MemberRuntime.KEY, runtime);
        return config;
    }

    /**
     * Starts a member. Hazelcast's own log says only errors, one line each ({@code verbose}: all,
     * with stack traces); why a member cannot start is the exception's message alone.
     *
     * @throws ClusterOptionException if the options cannot be served (the port is taken, the
     *                                address is not this machine's)
     * @throws IllegalStateException  if it cannot start for another reason
     */
    public static HazelcastInstance start(ClusterSettings settings, MemberRuntime runtime, boolean verbose) {
        String where = settings.bind() + (settings.port() == null ? "" : ":" + settings.port());
        requireLocal(settings.bind(), where);
        HazelcastLog.starting(verbose);
        try {
            return Hazelcast.newHazelcastInstance(config(settings, runtime));
        } catch (RuntimeException e) {
            if (cause(e, BindException.class)) {
                throw new ClusterOptionException("cannot start a cluster member on " + where + ": "
                        + (settings.port() == null ? "no port is free from " + ClusterSettings.FIRST_PORT + " to "
                                + (ClusterSettings.FIRST_PORT + PORT_COUNT - 1) + "; give a free one with --port"
                                : "the port is in use; give another with --port, or leave --port out to take the "
                                        + "first free one from " + ClusterSettings.FIRST_PORT), e);
            }
            throw new IllegalStateException("cannot start a cluster member on " + where + " ("
                    + e.getMessage().replace('\n', ' ') + ")", e);
        } finally {
            HazelcastLog.started(verbose);
        }
    }

    /** Refuses an address to listen on that is not one of this machine's, before Hazelcast tries it. */
    private static void requireLocal(String bind, String where) {
        try {
            InetAddress address = InetAddress.getByName(bind);
            if (!address.isAnyLocalAddress() && NetworkInterface.getByInetAddress(address) == null) {
                throw new ClusterOptionException("cannot start a cluster member on " + where + ": " + bind
                        + " is not an address of this machine; give --bind one of its own (or leave it out "
                        + "for " + ClusterSettings.LOOPBACK + ")", null);
            }
        } catch (UnknownHostException e) {
            throw new ClusterOptionException("cannot start a cluster member on " + where + ": no address is known for "
                    + bind + "; give --bind an address of this machine", e);
        } catch (SocketException e) {
            throw new IllegalStateException("cannot list this machine's network interfaces (" + e.getMessage() + ")", e);
        }
    }

    /** Whether a {@code type} is among the causes of {@code e}. */
    private static boolean cause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Starts a member and serves until it shuts down (Ctrl-C), telling {@code say} where it
     * listens (a line ending "stop with Ctrl-C") and which members join and leave.
     *
     * @throws IllegalStateException if it cannot start
     */
    public static void serve(ClusterSettings settings, MemberRuntime runtime, boolean verbose, Consumer<String> say)
            throws InterruptedException {
        HazelcastInstance instance = start(settings, runtime, verbose);
        CountDownLatch stopped = new CountDownLatch(1);
        instance.getLifecycleService().addLifecycleListener(event -> {
            if (event.getState() == LifecycleEvent.LifecycleState.SHUTDOWN) {
                stopped.countDown();
            }
        });
        instance.getCluster().addMembershipListener(new MembershipListener() {
            @Override
            public void memberAdded(MembershipEvent event) {
                say.accept("member joined: " + event.getMember().getAddress());
            }

            @Override
            public void memberRemoved(MembershipEvent event) {
                say.accept("member left: " + event.getMember().getAddress());
            }
        });
        say.accept("member " + instance.getCluster().getLocalMember().getAddress() + " of cluster "
                + settings.clusterName() + ", " + settings.threads() + " thread" + (settings.threads() == 1 ? "" : "s")
                + ", " + runtime.plugins().text() + "; " + instance.getCluster().getMembers().size()
                + " member(s); stop with Ctrl-C");
        stopped.await();
    }

    /** The one line a member listening beyond this machine prints: there is no authentication. */
    public static String exposureWarning(ClusterSettings settings) {
        return "warning: listening on " + settings.bind() + ", reachable from the network; Hazelcast Community "
                + "Edition has no authentication or TLS, so run members only on a private network you trust "
                + "(see docs/cluster.md)";
    }
}
