/**
 * Decision-time planning: controllers that choose each real action by optimising a sequence of
 * actions through the agent's model (model-predictive control).
 */
package dyna.api.control;
