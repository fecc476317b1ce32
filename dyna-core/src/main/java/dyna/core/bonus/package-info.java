/** The built-in exploration bonuses: {@code none}, {@code dyna-q-plus} and {@code action-bonus}. */
package dyna.core.bonus;
