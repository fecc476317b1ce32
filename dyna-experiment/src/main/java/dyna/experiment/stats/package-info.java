/** Statistics of runs: summaries with confidence intervals, Student's t, Welch's test. */
package dyna.experiment.stats;
