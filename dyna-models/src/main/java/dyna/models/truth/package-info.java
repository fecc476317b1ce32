/** The environment's true dynamics from any observation as a model, for continuous worlds. */
package dyna.models.truth;
