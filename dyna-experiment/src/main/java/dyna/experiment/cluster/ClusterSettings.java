package dyna.experiment.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How a process joins a cluster: the cluster id (the cluster's name is {@code dyna-ID}), the
 * address it listens on (127.0.0.1 unless given), its port (the first free one from 5701 unless
 * given), the members it joins through (TCP-IP, explicit addresses only) and its worker threads.
 *
 * @param id      the cluster id
 * @param bind    the address to listen on
 * @param port    the port, or null for the first free one from {@value #FIRST_PORT}
 * @param members the members to join, as {@code HOST:PORT}
 * @param threads the threads that execute runs on this member
 */
public record ClusterSettings(String id, String bind, Integer port, List<String> members, int threads) {

    /** The first port tried when none is given. */
    public static final int FIRST_PORT = 5701;
    /** The address listened on when none is given. */
    public static final String LOOPBACK = "127.0.0.1";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,62}");

    /** Checks every field, saying what is valid. */
    public ClusterSettings {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("--cluster-id takes letters, digits, '.', '_' and '-' (at most 63), not '"
                    + id + "'");
        }
        if (bind == null || bind.isBlank()) {
            bind = LOOPBACK;
        }
        if (port != null && (port < 1 || port > 65535)) {
            throw new IllegalArgumentException("--port takes 1 to 65535, not " + port);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, not " + threads);
        }
        members = List.copyOf(members);
    }

    /**
     * The members of a comma list {@code HOST:PORT[,HOST:PORT...]}, as {@code --cluster},
     * {@code --members} and {@code DYNA_CLUSTER} take it.
     *
     * @param option the option, for the message
     * @throws IllegalArgumentException naming the part that is wrong
     */
    public static List<String> members(String option, String text) {
        List<String> members = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            String member = part.strip();
            int colon = member.lastIndexOf(':');
            boolean valid = colon > 0 && colon < member.length() - 1;
            if (valid) {
                try {
                    int port = Integer.parseInt(member.substring(colon + 1));
                    valid = port >= 1 && port <= 65535;
                } catch (NumberFormatException e) {
                    valid = false;
                }
            }
            if (!valid) {
                throw new IllegalArgumentException(option + " takes HOST:PORT[,HOST:PORT...], for example "
                        + "127.0.0.1:5701,127.0.0.1:5702; '" + member + "' is not HOST:PORT");
            }
            members.add(member);
        }
        return members;
    }

    /** The cluster's name: members of other clusters, or of other ids, are not joined. */
    public String clusterName() {
        return "dyna-" + id;
    }

    /** Whether {@link #bind()} is a loopback address (only this machine can reach the member). */
    public boolean loopback() {
        try {
            return InetAddress.getByName(bind).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
