/**
 * Checks that every environment must pass, built-in or plugged in (after Gymnasium's
 * {@code env_checker}): seeding, determinism, spaces, and a consistent transition table.
 */
package dyna.core.check;
