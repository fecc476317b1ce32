package dyna.envs.grid;

import dyna.api.env.Environment;
import dyna.api.env.EnvironmentProvider;
import dyna.api.provider.ParameterSpec;
import dyna.api.provider.Parameters;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * The Dyna maze of Sutton and Barto's Figure 8.2 (6 x 9, start (2,0), goal (0,8), shortest path
 * 14 steps), or any grid maze given as a text map with {@code map=FILE}.
 */
public final class DynaMazeProvider implements EnvironmentProvider {

    private static final String BUILT_IN = "dyna-maze.txt";
    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.text("map", "", "a text map file of S, G, # and . cells (default: the book's Dyna maze)"));

    @Override
    public String id() {
        return "dyna-maze";
    }

    @Override
    public String description() {
        return "Grid maze of Sutton & Barto Figure 8.2 (6x9), or any text map; +1 on reaching the goal";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return PARAMETERS;
    }

    @Override
    public Environment create(Parameters parameters) {
        String file = parameters.getText("map");
        return new GridMaze(file.isBlank() ? builtIn() : read(Path.of(file)));
    }

    private static GridMap builtIn() {
        try (InputStream in = DynaMazeProvider.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("the built-in map " + BUILT_IN + " is missing from dyna.envs");
            }
            return GridMap.parse(BUILT_IN, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static GridMap read(Path file) {
        try {
            return GridMap.parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": map file not found");
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read map file (" + e.getMessage() + ")");
        }
    }
}
