/**
 * The registry of every provider found: built-ins and extensions alike, by kind and id, with
 * the providers that failed to load kept as reported failures.
 */
package dyna.core.registry;
