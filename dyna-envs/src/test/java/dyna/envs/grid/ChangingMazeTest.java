package dyna.envs.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.api.env.EnvironmentProvider;
import dyna.api.env.Outcome;
import dyna.api.env.Step;
import dyna.api.env.TransitionTable;
import dyna.api.provider.Parameters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The blocking and shortcut mazes of Figures 8.4 and 8.5, and scheduled changes of any map. */
class ChangingMazeTest {

    private static int cell(int row, int column) {
        return row * 9 + column;
    }

    private static GridMaze maze(EnvironmentProvider provider, Map<String, String> given) {
        return (GridMaze) provider.create(Parameters.resolve(provider.parameters(), given));
    }

    private static int shortestPath(TransitionTable table, int from) {
        int[] distance = new int[table.stateCount()];
        Arrays.fill(distance, -1);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        distance[from] = 0;
        queue.add(from);
        while (!queue.isEmpty()) {
            int s = queue.poll();
            for (int a = 0; a < table.actionCount(); a++) {
                for (Outcome o : table.outcomes(s, a)) {
                    if (o.terminated()) {
                        return distance[s] + 1;
                    }
                    if (distance[o.nextState()] < 0) {
                        distance[o.nextState()] = distance[s] + 1;
                        queue.add(o.nextState());
                    }
                }
            }
        }
        return -1;
    }

    /** Walks {@code steps} steps by bumping into the top wall, never reaching the goal. */
    private static void idle(GridMaze maze, int steps, Step step) {
        for (int i = 0; i < steps; i++) {
            maze.step(GridMaze.DOWN, step);
        }
    }

    private static boolean wall(GridMaze maze, int row, int column) {
        return maze.outcomes(cell(row, column), GridMaze.UP).isEmpty() && !(row == 0 && column == 8);
    }

    @Test
    void blockingMazeMovesItsGapFromTheRightEndToTheLeftEndAfter1000Steps() {
        GridMaze maze = maze(new BlockingMazeProvider(), Map.of());
        Step step = new Step();
        maze.reset(1, step);
        assertEquals(cell(5, 3), step.state());
        for (int c = 0; c <= 7; c++) {
            assertTrue(wall(maze, 3, c), "wall at (3," + c + ")");
        }
        assertFalse(wall(maze, 3, 8));
        assertEquals(10, shortestPath(maze, cell(5, 3)));

        idle(maze, 1000, step);
        maze.reset(step);
        assertTrue(maze.hasChanged());
        assertFalse(wall(maze, 3, 0));
        for (int c = 1; c <= 8; c++) {
            assertTrue(wall(maze, 3, c), "wall at (3," + c + ")");
        }
        assertEquals(16, shortestPath(maze, cell(5, 3)));
    }

    @Test
    void shortcutMazeOpensASecondGapOnTheRightAfter3000Steps() {
        GridMaze maze = maze(new ShortcutMazeProvider(), Map.of());
        Step step = new Step();
        maze.reset(1, step);
        assertEquals(cell(5, 3), step.state());
        assertEquals(16, shortestPath(maze, cell(5, 3)));
        assertTrue(wall(maze, 3, 8));
        idle(maze, 3000, step);
        maze.reset(step);
        assertFalse(wall(maze, 3, 8));
        assertFalse(wall(maze, 3, 0));
        assertEquals(10, shortestPath(maze, cell(5, 3)));
    }

    @Test
    void theChangeWaitsForTheFirstEpisodeThatBeginsAfterItsTime() {
        GridMaze maze = maze(new BlockingMazeProvider(), Map.of("change-at", "5"));
        Step step = new Step();
        maze.reset(1, step);
        idle(maze, 4, step);
        maze.reset(step);
        assertFalse(maze.hasChanged(), "4 steps are not enough");
        idle(maze, 10, step);
        assertFalse(maze.hasChanged(), "never in the middle of an episode");
        maze.reset(step);
        assertTrue(maze.hasChanged());
    }

    @Test
    void aSeededResetRestoresTheFirstMapAndTimeZero() {
        GridMaze maze = maze(new BlockingMazeProvider(), Map.of("change-at", "3"));
        Step step = new Step();
        maze.reset(1, step);
        idle(maze, 3, step);
        maze.reset(step);
        assertTrue(maze.hasChanged());
        maze.reset(2, step);
        assertFalse(maze.hasChanged());
        assertEquals(10, shortestPath(maze, cell(5, 3)));
    }

    @Test
    void anyMapCanBeGivenASecondMapAndATime(@TempDir Path dir) throws Exception {
        Path first = dir.resolve("first.txt");
        Path second = dir.resolve("second.txt");
        Files.writeString(first, "S.#G\n");
        Files.writeString(second, "S..G\n");
        GridMaze maze = maze(new DynaMazeProvider(),
                Map.of("map", first.toString(), "changed-map", second.toString(), "change-at", "2"));
        Step step = new Step();
        maze.reset(1, step);
        assertEquals(-1, shortestPath(maze, 0));
        idle(maze, 2, step);
        maze.reset(step);
        assertEquals(3, shortestPath(maze, 0));
    }

    @Test
    void aChangedMapOfAnotherSizeIsRefusedNamingIt(@TempDir Path dir) throws Exception {
        Path second = dir.resolve("small.txt");
        Files.writeString(second, "S.G\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> maze(new BlockingMazeProvider(), Map.of("changed-map", second.toString())));
        assertEquals(second + ": the changed map is 1x3 but the map is 6x9; both must have the same size",
                e.getMessage());
    }
}
