package dyna.app.cli;

import static dyna.app.cli.Cli.dyna;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes in the cluster options are usage errors of one line, caught before anything starts. */
class ClusterOptionsTest {

    @TempDir
    Path dir;

    @Test
    void aMemberListWithoutPortsIsRefused() {
        Cli.Result result = dyna("run", "--env", "dyna-maze", "--cluster", "127.0.0.1", "--out", dir.toString());
        assertEquals(2, result.code());
        assertEquals("dyna run: --cluster takes HOST:PORT[,HOST:PORT...], for example 127.0.0.1:5701,127.0.0.1:5702; "
                + "'127.0.0.1' is not HOST:PORT", result.err().strip());
        assertFalse(Files.exists(dir.resolve("runs")), "nothing is started or written");
    }

    @Test
    void aClusterAndAShardAreNotCombined() {
        Cli.Result result = dyna("run", "--env", "dyna-maze", "--cluster", "127.0.0.1:5701", "--shard", "1/2",
                "--out", dir.toString());
        assertEquals(2, result.code());
        assertEquals("dyna run: give --cluster to run on a cluster, or --shard to run a part of the runs, not both",
                result.err().strip());
    }

    @Test
    void aClusterIdWithSpacesIsRefusedByTheMemberCommand() {
        Cli.Result result = dyna("cluster", "member", "--cluster-id", "my sweep");
        assertEquals(2, result.code());
        assertEquals("dyna cluster member: --cluster-id takes letters, digits, '.', '_' and '-' (at most 63), not 'my sweep'",
                result.err().strip());
    }
}
