/** The commands of {@code dyna}: {@code list}, {@code run} and {@code bench}. */
package dyna.app.cli;
