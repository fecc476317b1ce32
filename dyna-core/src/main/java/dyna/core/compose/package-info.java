/**
 * Composing agents with Guice. {@link dyna.core.compose.AgentModule} builds an agent from
 * component ids and parameters; each component is a slot with an overridable default (see
 * {@link dyna.core.compose.Slots}), so a user's own Guice module can put its own model, planner
 * or bonus in, in code, with no jar and no provider.
 */
package dyna.core.compose;
