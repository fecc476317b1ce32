/** Tabular models over integer states and actions, kept in primitive arrays. */
package dyna.models.tabular;
