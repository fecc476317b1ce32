package dyna.core.compose;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** What a file parameter stands for in a configuration's identity: its content, not its name. */
final class FileContent {

    private FileContent() {
    }

    /**
     * {@code sha256:} and the hex SHA-256 of the file's bytes; the name as given when it is not
     * a regular file or cannot be read (creating the component then says why).
     */
    static String identity(Path file) {
        if (!Files.isRegularFile(file)) {
            return file.toString();
        }
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return "sha256:" + HexFormat.of().formatHex(digest.digest());
        } catch (IOException | RuntimeException e) {
            return file.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
