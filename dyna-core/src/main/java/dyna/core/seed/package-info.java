/** Deriving independent, reproducible random streams from one seed. */
package dyna.core.seed;
