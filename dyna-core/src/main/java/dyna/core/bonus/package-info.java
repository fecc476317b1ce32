/** The built-in exploration bonus {@code none}. */
package dyna.core.bonus;
