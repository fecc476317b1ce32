package dyna.experiment.cluster;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A secret of one sweep, kept in its result directory ({@code runs/.sweep-key}, readable by its
 * owner alone), that authenticates the results cluster members keep for a submitter that may be
 * lost: members seal each result with an HMAC-SHA256 of its name and bytes under the key, which
 * they receive with their batches, and a submitter takes a kept result only if its seal verifies.
 * Anyone who can reach the cluster's map without being sent a batch (another account on a shared
 * machine, a Hazelcast client) cannot make a result the sweep takes.
 */
public final class SweepKey {

    /** The key's file in a result directory's {@code runs/}. */
    public static final String FILE = ".sweep-key";
    private static final int BYTES = 32;
    private static final String ALGORITHM = "HmacSHA256";

    private final byte[] key;

    private SweepKey(byte[] key) {
        this.key = key.clone();
    }

    /**
     * The key of the sweep whose runs are kept in {@code runs}, made (from a strong random source,
     * owner-readable only) the first time.
     *
     * @throws IOException when it cannot be read or made, or the file is not a regular file of a key
     */
    public static SweepKey in(Path runs) throws IOException {
        Files.createDirectories(runs);
        Path file = runs.resolve(FILE);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] fresh = new byte[BYTES];
            new SecureRandom().nextBytes(fresh);
            // Owner-only from its creation: set after, another account could open it in between.
            java.nio.file.attribute.FileAttribute<?>[] ownerOnly = Files.getFileStore(runs)
                    .supportsFileAttributeView("posix")
                    ? new java.nio.file.attribute.FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rw-------"))}
                    : new java.nio.file.attribute.FileAttribute<?>[0];
            try (java.nio.channels.SeekableByteChannel channel = Files.newByteChannel(file, java.util.Set.of(
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS), ownerOnly)) {
                channel.write(java.nio.ByteBuffer.wrap(fresh));
            } catch (FileAlreadyExistsException raced) {
                // made by a process that got there first: read it below
            }
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) != BYTES) {
            throw new IOException(file + " is not a sweep key (a regular file of " + BYTES + " bytes); remove it to "
                    + "make a new one (results members keep under the old key are then done again)");
        }
        return new SweepKey(Files.readAllBytes(file));
    }

    /** A key of a sweep that keeps no result directory (a benchmark): fresh, kept nowhere. */
    public static SweepKey fresh() {
        byte[] fresh = new byte[BYTES];
        new SecureRandom().nextBytes(fresh);
        return new SweepKey(fresh);
    }

    /** The key as it travels to members, in hexadecimal. */
    public String hex() {
        return HexFormat.of().formatHex(key);
    }

    /** The key a submitter sent, from {@link #hex()}. */
    public static SweepKey of(String hex) {
        byte[] bytes = HexFormat.of().parseHex(hex);
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException("a sweep key has " + BYTES + " bytes, not " + bytes.length);
        }
        return new SweepKey(bytes);
    }

    /** A run's bytes followed by their seal: the HMAC of the run's name and its bytes. */
    public byte[] seal(String name, byte[] run) {
        byte[] mac = mac(name, run);
        byte[] sealed = Arrays.copyOf(run, run.length + mac.length);
        System.arraycopy(mac, 0, sealed, run.length, mac.length);
        return sealed;
    }

    /** The run's bytes of {@code sealed} if its seal verifies for {@code name}; null if not (forged, or another sweep's). */
    public byte[] open(String name, byte[] sealed) {
        if (sealed == null || sealed.length < BYTES) {
            return null;
        }
        byte[] run = Arrays.copyOf(sealed, sealed.length - BYTES);
        byte[] mac = Arrays.copyOfRange(sealed, sealed.length - BYTES, sealed.length);
        return MessageDigest.isEqual(mac, mac(name, run)) ? run : null;
    }

    private byte[] mac(String name, byte[] run) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            mac.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(run);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no " + ALGORITHM, e);
        }
    }
}
