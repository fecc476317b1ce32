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
    requires org.jfree.jfreechart;
    requires org.jfree.svg;
    requires java.desktop;
    requires jdk.management;

    opens dyna.app.cli to info.picocli;
}
