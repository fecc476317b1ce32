/**
 * Records of a job written as its runs finish, for the tools researchers already watch runs in:
 * TensorBoard's event files ({@code --tensorboard}) and a JSON-lines file that Weights &amp;
 * Biases or MLflow can import ({@code --json-lines}).
 */
package dyna.experiment.stream;
