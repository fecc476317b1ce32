/**
 * The {@code dyna} command: lists providers, runs experiments in parallel and writes tidy CSV,
 * charts and the resolved configuration, and benchmarks the framework against a hand-written
 * loop. Environments and models are reached through the registry, never imported.
 */
module dyna.app {
    requires dyna.core;
    requires com.google.guice;
    requires jakarta.inject;
    requires info.picocli;
    requires org.apache.commons.statistics.distribution;
    requires org.apache.commons.statistics.inference;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires com.fasterxml.jackson.dataformat.csv;
    requires org.jfree.jfreechart;
    requires org.jfree.svg;
    requires java.desktop;
    requires jdk.management;
    // The cluster backend. Hazelcast is an automatic module, resolved only when the JVM is told to
    // (--add-modules com.hazelcast.core, as ./dyna does for cluster commands): the others start
    // without its 12,000 entries. These JDK modules are ones it needs that nothing else here
    // resolves (without them: NoClassDefFoundError at member start).
    requires static com.hazelcast.core;
    requires jdk.unsupported;
    requires jdk.net;
    requires java.sql;
    requires java.transaction.xa;
    requires java.management;

    opens dyna.app.cli to info.picocli;
    opens dyna.app.cluster to com.fasterxml.jackson.databind;
}
