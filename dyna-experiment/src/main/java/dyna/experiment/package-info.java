/** Experiments: sweeps over parameter values, runs in parallel, results per run and episode. */
package dyna.experiment;
