/**
 * The Dyna agent loop: act, learn from the real transition, update the model, plan with
 * simulated transitions through the same update rule.
 */
package dyna.core.agent;
