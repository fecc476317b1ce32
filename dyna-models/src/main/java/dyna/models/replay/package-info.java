/** The {@code replay} model: stored real transitions, over discrete states or box observations. */
package dyna.models.replay;
