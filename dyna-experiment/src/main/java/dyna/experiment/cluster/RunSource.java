package dyna.experiment.cluster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/**
 * Where the runs of a sweep come from, as plain data a member can rebuild them from: the
 * experiment file's absolute name and text (null for an experiment given by options alone) and
 * the {@code dyna run} arguments. A member parses them as {@code dyna run} does, with its own
 * registry, and checks each run's identity against the submitter's, so a member that resolves
 * a different run takes none.
 *
 * @param file the experiment file's absolute name on the submitter, or null
 * @param text the experiment file's text, or null
 * @param args the arguments that followed {@code run}
 */
public record RunSource(String file, String text, List<String> args) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Copies the arguments. */
    public RunSource {
        args = List.copyOf(args);
    }

    /** The source as JSON text, the form it travels in. */
    public String json() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a run source as JSON", e);
        }
    }

    /** The source written by {@link #json()}. */
    public static RunSource fromJson(String json) {
        try {
            return JSON.readValue(json, RunSource.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a run source: " + e.getOriginalMessage(), e);
        }
    }
}
