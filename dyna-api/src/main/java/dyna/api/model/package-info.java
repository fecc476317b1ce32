/** World models learned from real transitions, which planners query for simulated ones. */
package dyna.api.model;
