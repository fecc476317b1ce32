/**
 * Tensors, a tape for reverse-mode differentiation, layers and optimisers.
 *
 * <p>Elements are {@code double}s. Measured on this project's 2-core machine (JDK 17, C2), a
 * plain-Java matrix product of a batch of 256 by 64x64 and by 256x256 weights ran at 4.9-5.3
 * GFLOP/s in both types (float/double 0.99-1.07: the JIT's loops are not limited by the element
 * width there), so float buys no speed, while double keeps gradient checks by central
 * differences meaningful and agrees with the models already written in double
 * ({@code scripts/nn/FloatVsDouble.java} measures it again).
 */
package dyna.nn;
