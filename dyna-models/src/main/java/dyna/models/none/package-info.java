/** The {@code no-model} model, for agents that do not plan. */
package dyna.models.none;
