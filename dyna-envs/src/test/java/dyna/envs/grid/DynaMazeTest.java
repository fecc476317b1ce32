package dyna.envs.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.api.env.Environment;
import dyna.api.env.Outcome;
import dyna.api.env.Step;
import dyna.api.env.TransitionTable;
import dyna.api.provider.Parameters;
import dyna.api.space.Discrete;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Dyna maze of Sutton and Barto's Figure 8.2, as the book states it. */
class DynaMazeTest {

    private static final int COLUMNS = 9;
    private final DynaMazeProvider provider = new DynaMazeProvider();
    private final Environment maze = provider.create(Parameters.defaults(provider.parameters()));
    private final TransitionTable table = maze.transitionTable().orElseThrow();

    private static int cell(int row, int column) {
        return row * COLUMNS + column;
    }

    @Test
    void isSixRowsByNineColumnsWithFourActions() {
        assertEquals(new Discrete(54), maze.observationSpace());
        assertEquals(new Discrete(4), maze.actionSpace());
    }

    @Test
    void startsAtRowTwoColumnZero() {
        Step step = new Step();
        maze.reset(1, step);
        assertEquals(cell(2, 0), step.state());
        assertEquals(1.0, table.initialProbability(cell(2, 0)));
    }

    @Test
    void wallsAreWhereTheBookDrawsThem() {
        int[][] walls = {{1, 2}, {2, 2}, {3, 2}, {0, 7}, {1, 7}, {2, 7}, {4, 5}};
        for (int[] wall : walls) {
            assertTrue(table.outcomes(cell(wall[0], wall[1]), 0).isEmpty(), "wall at " + Arrays.toString(wall));
        }
        // Moving right from (2,1) runs into the wall at (2,2) and stays; so does moving up from (0,0).
        assertEquals(cell(2, 1), table.outcomes(cell(2, 1), GridMaze.RIGHT).get(0).nextState());
        assertEquals(cell(0, 0), table.outcomes(cell(0, 0), GridMaze.UP).get(0).nextState());
        assertEquals(cell(1, 0), table.outcomes(cell(0, 0), GridMaze.DOWN).get(0).nextState());
        assertEquals(cell(0, 1), table.outcomes(cell(0, 0), GridMaze.RIGHT).get(0).nextState());
    }

    @Test
    void bumpingIntoAWallCountsAsAStepWithNoReward() {
        Step step = new Step();
        maze.reset(1, step);
        maze.step(GridMaze.LEFT, step);
        assertEquals(cell(2, 0), step.state());
        assertEquals(0.0, step.reward());
        assertFalse(step.done());
    }

    @Test
    void enteringTheGoalGivesOneAndEndsTheEpisode() {
        Outcome intoGoal = table.outcomes(cell(1, 8), GridMaze.UP).get(0);
        assertEquals(new Outcome(1.0, cell(0, 8), 1.0, true), intoGoal);
        assertTrue(table.outcomes(cell(0, 8), GridMaze.DOWN).isEmpty(), "the goal is terminal");
    }

    @Test
    void shortestPathIsFourteenSteps() {
        int[] distance = new int[54];
        Arrays.fill(distance, -1);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        distance[cell(2, 0)] = 0;
        queue.add(cell(2, 0));
        while (!queue.isEmpty()) {
            int s = queue.poll();
            for (int a = 0; a < 4; a++) {
                for (Outcome o : table.outcomes(s, a)) {
                    if (distance[o.nextState()] < 0) {
                        distance[o.nextState()] = distance[s] + 1;
                        queue.add(o.nextState());
                    }
                }
            }
        }
        assertEquals(14, distance[cell(0, 8)]);
    }

    /** The first episode of an agent whose values are all zero is a uniform random walk. */
    @Test
    void expectedLengthOfAUniformRandomWalkFromStartToGoalIs868Point7() {
        double[] h = RandomWalk.hittingTimes(table);
        assertEquals(868.7, h[cell(2, 0)], 0.05);
    }

    @Test
    void readsAnyMapGivenAsAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("corridor.txt");
        Files.writeString(file, "S..G\n");
        Environment corridor = provider.create(Parameters.resolve(provider.parameters(), Map.of("map", file.toString())));
        Step step = new Step();
        corridor.reset(1, step);
        for (int i = 0; i < 3; i++) {
            corridor.step(GridMaze.RIGHT, step);
        }
        assertEquals(3, step.state());
        assertTrue(step.terminated());
        assertEquals(1.0, step.reward());
    }

    @Test
    void aMissingMapFileIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> provider.create(Parameters.resolve(provider.parameters(), Map.of("map", "no/such.txt"))));
        assertEquals("no/such.txt: map file not found", e.getMessage());
    }

    @Test
    void scaledMazesHaveTheSizesOfExampleEightFour() {
        int[] cells = {54, 216, 486, 864, 1350};
        for (int f = 1; f <= 5; f++) {
            Environment scaled = provider.create(
                    Parameters.resolve(provider.parameters(), Map.of("scale", Integer.toString(f))));
            assertEquals(new Discrete(cells[f - 1]), scaled.observationSpace());
        }
    }

    @Test
    void aScaledMazeStartsAtTheTopLeftOfTheStartBlockAndEndsInAnyCellOfTheGoalBlock() {
        Environment scaled = provider.create(Parameters.resolve(provider.parameters(), Map.of("scale", "2")));
        TransitionTable big = scaled.transitionTable().orElseThrow();
        Step step = new Step();
        scaled.reset(1, step);
        assertEquals(4 * 18 + 0, step.state(), "start block (2,0) becomes rows 4-5, columns 0-1");
        for (int cell : new int[] {0 * 18 + 16, 0 * 18 + 17, 1 * 18 + 16, 1 * 18 + 17}) {
            assertTrue(big.outcomes(cell, 0).isEmpty(), "goal cell " + cell + " is terminal");
        }
        assertTrue(big.outcomes(2 * 18 + 4, 0).isEmpty(), "wall (1,2) becomes a 2x2 block");
        assertEquals(1.0, big.initialProbability(4 * 18));
    }

    private String refusal(String map, String scale) {
        return assertThrows(IllegalArgumentException.class, () -> provider.create(Parameters.resolve(
                provider.parameters(), Map.of("map", map, "scale", scale)))).getMessage();
    }

    @Test
    void aMapThatIsNotARegularFileIsRefusedAtOnceNotReadForever(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("fifo");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        assertEquals(fifo + ": not a regular file; a map is a text file", refusal(fifo.toString(), "1"));
        assertEquals(dir + ": not a regular file; a map is a text file", refusal(dir.toString(), "1"));
    }

    @Test
    void aMapThatIsNotUtf8TextIsNamed(@TempDir Path dir) throws Exception {
        Path binary = Files.write(dir.resolve("map.bin"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        assertEquals(binary + ": not UTF-8 text; a map is a text file of S, G, # and .", refusal(binary.toString(), "1"));
    }

    @Test
    void mapsTooLargeForTheirTablesAreRefusedBeforeAnythingIsAllocated(@TempDir Path dir) throws Exception {
        Path wide = dir.resolve("wide.txt");
        Files.writeString(wide, "S" + ".".repeat(2998) + "G\n" + (".".repeat(3000) + "\n").repeat(1999));
        assertEquals(wide + ": the map is 2000x3000 = 6000000 cells; at most 4000000 are allowed",
                refusal(wide.toString(), "1"));
        Path block = Files.writeString(dir.resolve("block.txt"),
                "S" + ".".repeat(998) + "G\n" + (".".repeat(1000) + "\n").repeat(99));
        assertEquals("a 100x1000 map at scale 20 would have 40000000 cells; at most 4000000 are allowed",
                refusal(block.toString(), "20"));
    }
}
