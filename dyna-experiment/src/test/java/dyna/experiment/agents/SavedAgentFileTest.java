package dyna.experiment.agents;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What SavedAgent.read refuses before it parses anything (a path that is no regular file, a file
 * past 1 MB) and a file that is not JSON, with its line.
 */
class SavedAgentFileTest {

    @TempDir
    Path dir;

    @Test
    void anAgentFileIsARegularFileOfAtMostOneMegabyte() throws IOException {
        Path notAFile = Files.createDirectories(dir.resolve("folder"));
        Files.createDirectory(notAFile.resolve("agent.json"));
        assertTrue(assertThrows(IOException.class, () -> SavedAgent.read(notAFile)).getMessage()
                .contains("is not a regular file"));

        Path exactly = Files.createDirectories(dir.resolve("exactly"));
        String json = "{\"dyna-saved-agent\": 0}";
        Files.writeString(exactly.resolve("agent.json"), json + " ".repeat((1 << 20) - json.length()));
        String atTheLimit = assertThrows(IOException.class, () -> SavedAgent.read(exactly)).getMessage();
        assertTrue(atTheLimit.contains("saved-agent format 0 is not one this Dyna reads"), "1 MB is read: "
                + atTheLimit);

        Path over = Files.createDirectories(dir.resolve("over"));
        Files.writeString(over.resolve("agent.json"), json + " ".repeat((1 << 20) - json.length() + 1));
        assertTrue(assertThrows(IOException.class, () -> SavedAgent.read(over)).getMessage()
                .contains("an agent.json is at most 1 MB"));

        Path broken = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(broken.resolve("agent.json"), "{\n  \"dyna-saved-agent\": 1,\n  oops\n}\n");
        String notJson = assertThrows(IOException.class, () -> SavedAgent.read(broken)).getMessage();
        assertTrue(notJson.startsWith(broken.resolve("agent.json") + ":3: not JSON ("), "the line named: " + notJson);

        Path none = Files.createDirectories(dir.resolve("none"));
        assertTrue(assertThrows(IOException.class, () -> SavedAgent.read(none)).getMessage()
                .contains("holds no saved agent"));
    }
}
