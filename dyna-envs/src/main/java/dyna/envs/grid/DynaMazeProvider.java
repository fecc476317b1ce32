package dyna.envs.grid;

/**
 * The Dyna maze of Sutton and Barto's Figure 8.2 (6 x 9, start (2,0), goal (0,8), shortest path
 * 14 steps), or any grid maze given as a text map with {@code map=FILE}.
 */
public final class DynaMazeProvider extends GridMazeProvider {

    /** The preset. */
    public DynaMazeProvider() {
        super("dyna-maze", "Grid maze of Sutton & Barto Figure 8.2 (6x9), or any text map; +1 on reaching the goal",
                "dyna-maze.txt", null, 0);
    }
}
