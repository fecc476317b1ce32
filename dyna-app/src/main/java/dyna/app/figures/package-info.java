/** Computational figures of the book that are not learning runs, such as Figure 8.7. */
package dyna.app.figures;
