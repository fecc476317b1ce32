package dyna.envs.grid;

/**
 * The shortcut maze of Sutton and Barto's Figure 8.5: 6 x 9, start (5,3), goal (0,8); a wall on
 * row 3 over columns 1-8 with a gap on the left, and after 3000 steps a second gap opens on the
 * right (the wall shrinks to columns 1-7), a shorter path that the agent must discover.
 */
public final class ShortcutMazeProvider extends GridMazeProvider {

    /** The preset. */
    public ShortcutMazeProvider() {
        super("shortcut-maze", "Shortcut maze of Sutton & Barto Figure 8.5: a shorter path opens on the right at change-at",
                "shortcut-maze.txt", "shortcut-maze-changed.txt", 3000);
    }
}
