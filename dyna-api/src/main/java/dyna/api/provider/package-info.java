/**
 * What every provider has: an id, a description, declared parameters and a kind; plus the
 * resolved parameter values handed to its factory.
 */
package dyna.api.provider;
