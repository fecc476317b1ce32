package dyna.experiment.cluster;

import com.hazelcast.nio.serialization.compact.CompactReader;
import com.hazelcast.nio.serialization.compact.CompactSerializer;
import com.hazelcast.nio.serialization.compact.CompactWriter;

/** Writes a {@link RunBatch} as a Compact record of strings and arrays: plain data. */
public final class RunBatchSerializer implements CompactSerializer<RunBatch> {

    @Override
    public RunBatch read(CompactReader reader) {
        return new RunBatch(reader.readString("spec"), reader.readString("key"), reader.readString("plugins"),
                reader.readArrayOfInt32("points"), reader.readArrayOfInt32("runs"),
                reader.readArrayOfString("names"));
    }

    @Override
    public void write(CompactWriter writer, RunBatch batch) {
        writer.writeString("spec", batch.spec());
        writer.writeString("key", batch.key());
        writer.writeString("plugins", batch.plugins());
        writer.writeArrayOfInt32("points", batch.points());
        writer.writeArrayOfInt32("runs", batch.runs());
        writer.writeArrayOfString("names", batch.names());
    }

    @Override
    public String getTypeName() {
        return "dyna.RunBatch.v3";
    }

    @Override
    public Class<RunBatch> getCompactClass() {
        return RunBatch.class;
    }
}
