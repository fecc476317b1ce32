/** The {@code linear-expectation} model of Linear Dyna: per action, F^a and b^a over the run's features. */
package dyna.models.linear;
