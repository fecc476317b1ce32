/** The entry point of the {@code dyna} command. */
package dyna.app;
