/**
 * Sweeps on a Hazelcast cluster: members that run experiment runs ({@code dyna cluster member}),
 * the executor that sends them runs as plain data ({@code dyna run --cluster}), and the safe
 * network configuration every member uses.
 */
package dyna.experiment.cluster;
