/** The Boyan chain, {@code boyan-chain}, and its features, {@code boyan-features}. */
package dyna.envs.chain;
