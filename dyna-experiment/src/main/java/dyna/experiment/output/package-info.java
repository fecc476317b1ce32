/** Results written for people and programs: tidy CSV, charts, the resolved configuration. */
package dyna.experiment.output;
