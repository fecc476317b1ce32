/**
 * The plugin's own component kind, {@code forgetting}: its component interface, provider
 * interface and declaration. Exported, as a kind's API is: Dyna loads the kind's providers
 * through it.
 */
package dyna.examples.windy.forgetting;
