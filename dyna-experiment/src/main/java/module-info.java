/**
 * The experiment engine: an experiment as a typed value, planned against the loaded providers,
 * run on an executor (local threads, a Hazelcast cluster, a shard of a batch scheduler), every
 * finished run journaled, and the results committed as one unit (tidy CSV, charts, report,
 * config.json). Usable from Java without a command line; {@code dyna.app} adds the commands.
 * Environments and models are reached through the registry, never imported.
 */
module dyna.experiment {
    requires transitive dyna.core;
    requires com.google.guice;
    requires org.apache.commons.statistics.distribution;
    requires org.apache.commons.statistics.inference;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires com.fasterxml.jackson.dataformat.csv;
    requires org.jfree.jfreechart;
    requires org.jfree.svg;
    requires java.desktop;
    requires com.google.protobuf;
    // The cluster executor. Hazelcast is an automatic module, resolved only when the JVM is told to
    // (--add-modules com.hazelcast.core, as ./dyna does for cluster commands): the others start
    // without its 12,000 entries. These JDK modules are ones it needs that nothing else here
    // resolves (without them: NoClassDefFoundError at member start).
    requires static com.hazelcast.core;
    requires jdk.unsupported;
    requires jdk.net;
    requires java.sql;
    requires java.transaction.xa;
    requires java.management;

    exports dyna.experiment;
    exports dyna.experiment.agents;
    exports dyna.experiment.cluster;
    exports dyna.experiment.output;
    exports dyna.experiment.reader;
    exports dyna.experiment.stats;
    exports dyna.experiment.stop;
    exports dyna.experiment.stream;

    opens dyna.experiment.cluster to com.fasterxml.jackson.databind;
    // Generated messages, read by protobuf's reflection (descriptors, toString); never exported.
    opens dyna.experiment.stream.proto to com.google.protobuf;
}
