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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Grid mazes from text maps, with an optional scheduled change: every grid maze takes a
 * {@code map}, a {@code changed-map} and a {@code change-at} time. Each built-in maze is a preset
 * of these (its maps shipped as resources), not a class of its own behaviour.
 */
abstract class GridMazeProvider implements EnvironmentProvider {

    private final String id;
    private final String description;
    private final String mapResource;
    private final String changedResource;
    private final List<ParameterSpec> parameters;

    /**
     * A preset.
     *
     * @param changedResource the built-in second map, or null for a maze that does not change
     * @param changeAt        the default real step after which the second map takes over
     */
    GridMazeProvider(String id, String description, String mapResource, String changedResource, int changeAt) {
        this.id = id;
        this.description = description;
        this.mapResource = mapResource;
        this.changedResource = changedResource;
        this.parameters = List.of(
                ParameterSpec.file("map", "a text map file of S, G, # and . cells (default: the built-in "
                        + mapResource + ")"),
                ParameterSpec.file("changed-map", "a second map that replaces the first after change-at steps"
                        + (changedResource == null ? " (default: none)" : " (default: the built-in " + changedResource + ")")),
                ParameterSpec.integer("change-at", changeAt, 0, Integer.MAX_VALUE,
                        "real steps after which the changed map is in force, from the next episode on"),
                ParameterSpec.integer("scale", 1, 1, 20,
                        "resolution: every cell becomes a scale x scale block (Example 8.4)"));
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final List<ParameterSpec> parameters() {
        return parameters;
    }

    @Override
    public final Environment create(Parameters parameters) {
        String file = parameters.getText("map");
        GridMap map = file.isBlank() ? builtIn(mapResource) : read(Path.of(file));
        String changedFile = parameters.getText("changed-map");
        GridMap changed = changedFile.isBlank()
                ? (changedResource == null ? null : builtIn(changedResource))
                : read(Path.of(changedFile));
        if (changed != null && (changed.rows() != map.rows() || changed.columns() != map.columns())) {
            throw new IllegalArgumentException((changedFile.isBlank() ? changedResource : changedFile)
                    + ": the changed map is " + changed.rows() + "x" + changed.columns() + " but the map is "
                    + map.rows() + "x" + map.columns() + "; both must have the same size");
        }
        int scale = parameters.getInt("scale");
        return new GridMaze(map.scaled(scale), changed == null ? null : changed.scaled(scale),
                parameters.getInt("change-at"));
    }

    /** Built-in maps parsed once: they never change, and a sweep creates thousands of mazes. */
    private static final Map<String, GridMap> BUILT_IN = new ConcurrentHashMap<>();

    private static GridMap builtIn(String resource) {
        return BUILT_IN.computeIfAbsent(resource, GridMazeProvider::load);
    }

    private static GridMap load(String resource) {
        try (InputStream in = GridMazeProvider.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the built-in map " + resource + " is missing from dyna.envs");
            }
            return GridMap.parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The largest map file read, in bytes. */
    static final long MAX_FILE_BYTES = 16L << 20;

    private static GridMap read(Path file) {
        try {
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                throw new IllegalArgumentException(file + ": not a regular file; a map is a text file");
            }
            if (Files.exists(file) && Files.size(file) > MAX_FILE_BYTES) {
                throw new IllegalArgumentException(file + ": " + Files.size(file) + " bytes; a map file is at most "
                        + MAX_FILE_BYTES + " bytes");
            }
            return GridMap.parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": map file not found");
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalArgumentException(file + ": not UTF-8 text; a map is a text file of S, G, # and .");
        } catch (java.nio.file.AccessDeniedException e) {
            throw new IllegalArgumentException(file + ": permission denied");
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read map file (" + e.getMessage() + ")");
        }
    }
}
