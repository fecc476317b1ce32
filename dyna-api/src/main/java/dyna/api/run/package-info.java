/** What runs report as they go: finished episodes, to {@link dyna.api.run.EpisodeListener}s. */
package dyna.api.run;
