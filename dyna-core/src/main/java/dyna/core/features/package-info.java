/** The built-in feature constructors: {@code one-hot} (discrete states) and {@code tile-coding} (boxes). */
package dyna.core.features;
