package dyna.api.save;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * A component that can write what it has learned and read it back: an optional capability of
 * action values, models and search controls, and of features whose numbering depends on what they
 * have seen (tile coding's index table). {@code dyna run --save-agents} saves every
 * component of a run's agent that implements it, and names those that do not; a saved agent is
 * loaded into fresh components, made by the same providers with the same parameters for the
 * same environment, to be evaluated or to go on learning.
 *
 * <p>The bytes are the component's own; Dyna writes them behind a header that holds {@link
 * #format()} (see {@code docs/saved-agents.md}). Write sizes first and check them on reading, so
 * that a file from another configuration is refused with a message rather than misread. Never
 * use Java serialization: the bytes must outlive the classes.
 */
public interface Savable {

    /**
     * The name and version of what {@link #write} writes, as {@code name/version}, for example
     * {@code q-table/1}; change the version whenever the bytes change.
     */
    String format();

    /**
     * Whether {@link #read} can read bytes written in {@code format}; by default, only this
     * component's own {@link #format()}. A component that still reads an older version says so
     * here.
     */
    default boolean reads(String format) {
        return format.equals(format());
    }

    /** Writes what the component has learned. */
    void write(DataOutput out) throws IOException;

    /**
     * Replaces what this fresh component knows with what {@link #write} wrote.
     *
     * @param format the format the bytes were written in, one that {@link #reads} accepts
     * @throws IOException when the bytes do not fit this component (other sizes, say), saying how
     */
    void read(DataInput in, String format) throws IOException;
}
