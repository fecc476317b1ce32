/**
 * Differentiable building blocks for neural models: tensors of doubles (batches, and ensembles of
 * batches), reverse-mode automatic differentiation recorded on a {@link dyna.nn.Tape} as the
 * forward pass runs, layers and optimisers. It knows nothing of reinforcement learning and
 * requires nothing but {@code java.base}, so built-ins and plugins can use it beside
 * {@code dyna.api}.
 */
module dyna.nn {
    exports dyna.nn;
}
