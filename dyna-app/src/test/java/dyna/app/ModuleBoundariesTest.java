package dyna.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The dependency rules of ARCHITECTURE.md, checked on the compiled module descriptors. */
class ModuleBoundariesTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private static ModuleDescriptor descriptor(String module) {
        Path classes = ROOT.resolve(module.replace("dyna.", "dyna-")).resolve("target/classes");
        ModuleReference reference = ModuleFinder.of(classes).find(module)
                .orElseThrow(() -> new AssertionError("no compiled module " + module + " in " + classes));
        return reference.descriptor();
    }

    private static Set<String> requires(ModuleDescriptor descriptor, boolean includeStatic) {
        return descriptor.requires().stream()
                .filter(r -> includeStatic || !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC))
                .map(ModuleDescriptor.Requires::name)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void apiRequiresOnlyJavaBase() {
        assertEquals(Set.of("java.base"), requires(descriptor("dyna.api"), false));
    }

    /** dyna.nn knows nothing of reinforcement learning, Dyna's API included, and needs no library. */
    @Test
    void nnRequiresOnlyJavaBase() {
        assertEquals(Set.of("java.base"), requires(descriptor("dyna.nn"), true));
        assertEquals(Set.of("dyna.nn"), descriptor("dyna.nn").exports().stream().map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet()));
    }

    @Test
    void coreNeverRequiresEnvironmentsOrModels() {
        Set<String> requires = requires(descriptor("dyna.core"), true);
        assertFalse(requires.contains("dyna.envs"), requires.toString());
        assertFalse(requires.contains("dyna.models"), requires.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dyna.experiment", "dyna.app"})
    void engineAndAppReachEnvironmentsAndModelsOnlyThroughServices(String module) {
        Set<String> requires = requires(descriptor(module), true);
        assertFalse(requires.contains("dyna.envs"), requires.toString());
        assertFalse(requires.contains("dyna.models"), requires.toString());
    }

    /** The engine is usable from Java without the command line: it never requires picocli, the app does. */
    @Test
    void theEngineNeverRequiresTheCommandLineAndTheAppRequiresTheEngine() {
        assertFalse(requires(descriptor("dyna.experiment"), true).contains("info.picocli"));
        assertTrue(requires(descriptor("dyna.app"), false).contains("dyna.experiment"));
        assertFalse(requires(descriptor("dyna.core"), true).contains("dyna.experiment"));
    }

    /** Built-in providers require the API, and dyna-nn where they have networks, as a plugin would. */
    @ParameterizedTest
    @ValueSource(strings = {"dyna.envs", "dyna.models", "dyna.learners"})
    void builtInProvidersRequireOnlyTheApiAndNnExportNothingAndProvide(String module) {
        ModuleDescriptor descriptor = descriptor(module);
        assertEquals(!module.equals("dyna.envs") ? Set.of("dyna.api", "dyna.nn", "java.base")
                : Set.of("dyna.api", "java.base"), requires(descriptor, true));
        assertTrue(descriptor.exports().isEmpty(), module + " exports " + descriptor.exports());
        assertFalse(descriptor.provides().isEmpty(), module + " provides nothing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dyna.api", "dyna.nn", "dyna.core", "dyna.envs", "dyna.models", "dyna.learners",
        "dyna.experiment", "dyna.app"})
    void packageRootsEqualModuleNames(String module) {
        for (String pkg : descriptor(module).packages()) {
            assertTrue(pkg.equals(module) || pkg.startsWith(module + "."), module + " holds package " + pkg);
        }
    }

    /** The jars also carry META-INF/services, for class-path users; it must say what module-info says. */
    @ParameterizedTest
    @ValueSource(strings = {"dyna.core", "dyna.envs", "dyna.models", "dyna.learners"})
    void serviceFilesAgreeWithProvides(String module) throws IOException {
        Map<String, Set<String>> declared = new TreeMap<>();
        descriptor(module).provides().forEach(p -> declared.put(p.service(), new TreeSet<>(p.providers())));
        Path services = ROOT.resolve(module.replace("dyna.", "dyna-")).resolve("target/classes/META-INF/services");
        Map<String, Set<String>> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(services)) {
            for (Path file : list.toList()) {
                List<String> lines = Files.readAllLines(file).stream().map(String::strip)
                        .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
                files.put(file.getFileName().toString(), new TreeSet<>(lines));
            }
        }
        assertEquals(declared, files);
    }
}
