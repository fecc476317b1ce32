package dyna.experiment;

/**
 * Which run of a sweep: the index of its point and its index at the point (both 0-based).
 *
 * @param point the index of its sweep point
 * @param run   its index at the point
 */
public record RunCoordinates(int point, int run) {
}
