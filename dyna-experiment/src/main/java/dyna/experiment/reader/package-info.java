/**
 * Experiment files (YAML or JSON) read into typed experiments, every value with the file, line
 * and column it stands at, so that errors can name them.
 */
package dyna.experiment.reader;
