package dyna.envs.grid;

/**
 * The blocking maze of Sutton and Barto's Figure 8.4: 6 x 9, start (5,3), goal (0,8); a wall on
 * row 3 over columns 0-7 with a gap on the right, which after 1000 steps moves to columns 1-8,
 * so that the short path is blocked and a longer one opens on the left.
 */
public final class BlockingMazeProvider extends GridMazeProvider {

    /** The preset. */
    public BlockingMazeProvider() {
        super("blocking-maze", "Blocking maze of Sutton & Barto Figure 8.4: the gap moves from right to left at change-at",
                "blocking-maze.txt", "blocking-maze-changed.txt", 1000);
    }
}
