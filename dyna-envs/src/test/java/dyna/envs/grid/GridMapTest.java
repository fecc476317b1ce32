package dyna.envs.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GridMapTest {

    private static String error(String text) {
        return assertThrows(IllegalArgumentException.class, () -> GridMap.parse("maze.txt", text)).getMessage();
    }

    @Test
    void readsStartGoalsAndWalls() {
        GridMap map = GridMap.parse("m", "S.#\n..G\n");
        assertEquals(2, map.rows());
        assertEquals(3, map.columns());
        assertEquals(0, map.start());
        assertTrue(map.isWall(2));
        assertTrue(map.isGoal(5));
    }

    @Test
    void unknownCharacterNamesFileLineAndColumn() {
        assertEquals("maze.txt:2:3: unknown character 'x'; valid: S (start), G (goal), # (wall), . (free)",
                error("S..\n..x\n..G"));
    }

    @Test
    void raggedRowNamesFileAndLine() {
        assertTrue(error("S..\n..\n..G").startsWith("maze.txt:2:3: row 2 has 2 cells but row 1 has 3"));
    }

    @Test
    void secondStartNamesBoth() {
        assertEquals("maze.txt:2:1: a second start 'S'; the first is at line 1, column 1; a map has exactly one",
                error("S.G\nS.."));
    }

    @Test
    void missingStartOrGoalNamesTheFile() {
        assertEquals("maze.txt: no start 'S'; a map has exactly one", error("..G\n..."));
        assertEquals("maze.txt: no goal 'G'; a map has at least one", error("S..\n..."));
        assertEquals("maze.txt: the map is empty; expected rows of S, G, # and .", error("\n\n"));
    }
}
