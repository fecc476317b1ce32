/**
 * Extension jars dropped into plugin directories: each jar is resolved into a module layer of
 * its own, so that one bad jar costs only itself, and its providers (and Guice modules) are
 * taken from that layer only.
 */
package dyna.core.plugin;
