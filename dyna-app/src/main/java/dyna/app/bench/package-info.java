/** Benchmarks of the framework against hand-written loops, measured in one JVM. */
package dyna.app.bench;
