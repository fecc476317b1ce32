/**
 * The {@code dyna} command: lists providers, runs experiments through the engine
 * ({@code dyna.experiment}), compares and inspects results, and benchmarks the framework against
 * a hand-written loop. Environments and models are reached through the registry, never imported.
 */
module dyna.app {
    requires dyna.experiment;
    requires dyna.nn;
    requires com.google.guice;
    requires jakarta.inject;
    requires info.picocli;
    requires com.fasterxml.jackson.databind;
    requires java.desktop;
    requires jdk.management;
    // The cluster commands start members and the cluster benchmark (see dyna.experiment).
    requires static com.hazelcast.core;

    opens dyna.app.cli to info.picocli;
}
