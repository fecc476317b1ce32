package dyna.core.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.api.provider.ComponentProvider;
import dyna.core.registry.LoadFailure;
import dyna.core.registry.ProviderRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each way an extension jar can fail, with a jar the test builds; the other jars still load. */
class PluginLoaderTest {

    @TempDir
    Path work;

    private TestJars jars;
    private Path good;

    @BeforeEach
    void buildAGoodPlugin() throws Exception {
        jars = new TestJars(work);
        good = goodPlugin("good", "good.envs", "good-env");
    }

    private Path goodPlugin(String jar, String module, String id) throws Exception {
        return jars.jar(jar, Map.of(
                "module-info.java", "module " + module + " { requires dyna.api; provides dyna.api.env.EnvironmentProvider"
                        + " with " + module + ".GoodProvider; }",
                module.replace('.', '/') + "/GoodProvider.java",
                TestJars.environmentProvider(module, "GoodProvider", id, "")), Map.of(), List.of(TestJars.api()));
    }

    private static PluginJar only(List<PluginJar> loaded, String file) {
        return loaded.stream().filter(p -> p.fileName().equals(file)).findFirst().orElseThrow();
    }

    private List<PluginJar> loadWithGood(Path bad) {
        List<PluginJar> loaded = PluginLoader.load(List.of(bad, good));
        assertTrue(only(loaded, "good.jar").loaded(), "the good jar still loads: " + only(loaded, "good.jar").state());
        return loaded;
    }

    @Test
    void aModularJarLoadsIntoALayerOfItsOwn() {
        PluginJar plugin = PluginLoader.load(List.of(good)).get(0);
        assertEquals("loaded", plugin.state());
        assertEquals("good.envs", plugin.module());
        ComponentProvider provider = plugin.providers().get(0);
        assertEquals("good-env", provider.id());
        assertNotSame(ModuleLayer.boot(), provider.getClass().getModule().getLayer());
        assertTrue(ProviderRegistry.fromPlugin(provider));
        assertEquals("good.jar", provider.origin());
    }

    @Test
    void aCorruptJarFailsAlone() throws Exception {
        Path corrupt = work.resolve("corrupt.jar");
        Files.writeString(corrupt, "this is not a zip file");
        PluginJar failed = only(loadWithGood(corrupt), "corrupt.jar");
        assertFalse(failed.loaded());
        assertTrue(failed.state().startsWith("failed: cannot read the jar"), failed.state());
    }

    @Test
    void aTruncatedJarFailsAlone() throws Exception {
        byte[] bytes = Files.readAllBytes(good);
        Path truncated = Files.write(work.resolve("truncated.jar"), Arrays.copyOf(bytes, bytes.length / 2));
        assertFalse(only(loadWithGood(truncated), "truncated.jar").loaded());
    }

    @Test
    void aRequiresThatCannotBeFoundFailsAlone() throws Exception {
        Path other = jars.jar("other", Map.of("module-info.java", "module not.here { }"), Map.of(), List.of());
        Path needs = jars.jar("needs", Map.of("module-info.java", "module needs.it { requires not.here; }",
                "needs/it/Thing.java", "package needs.it; public class Thing { }"), Map.of(), List.of(other));
        PluginJar failed = only(loadWithGood(needs), "needs.jar");
        assertFalse(failed.loaded());
        assertTrue(failed.state().contains("Module not.here not found, required by needs.it"), failed.state());
    }

    @Test
    void aPackageSplitWithACoreModuleFailsAlone() throws Exception {
        // javac refuses the split against the real dyna.api, so compile against a stand-in of the same name.
        Path standIn = jars.jar("stand-in", Map.of("module-info.java", "module dyna.api { exports dyna.api.standin; }",
                "dyna/api/standin/Nothing.java", "package dyna.api.standin; public class Nothing { }"), Map.of(),
                List.of());
        Path split = jars.jar("split", Map.of("module-info.java", "module splits.api { requires dyna.api; }",
                "dyna/api/env/Extra.java", "package dyna.api.env; public class Extra { }"), Map.of(), List.of(standIn));
        PluginJar failed = only(loadWithGood(split), "split.jar");
        assertFalse(failed.loaded());
        assertTrue(failed.state().contains("dyna.api.env"), failed.state());
    }

    @Test
    void twoJarsWithTheSameModuleNameFailTheSecond() throws Exception {
        Path twin = goodPlugin("twin", "good.envs", "twin-env");
        List<PluginJar> loaded = PluginLoader.load(List.of(good, twin));
        assertTrue(loaded.get(0).loaded());
        assertEquals("failed: module good.envs is also in good.jar; two jars cannot have the same module name",
                loaded.get(1).state());
    }

    @Test
    void aModuleNamedLikeACoreModuleFails() throws Exception {
        Path impostor = jars.jar("impostor", Map.of("module-info.java", "module dyna.core { }",
                "impostor/Thing.java", "package impostor; public class Thing { }"), Map.of(), List.of());
        assertEquals("failed: its module dyna.core is named like a module of the application",
                only(loadWithGood(impostor), "impostor.jar").state());
    }

    @Test
    void aProviderThatThrowsIsReportedAndTheJarsOtherProvidersLoad() throws Exception {
        Path mixed = jars.jar("mixed", Map.of(
                "module-info.java", "module mixed.envs { requires dyna.api; provides dyna.api.env.EnvironmentProvider"
                        + " with mixed.envs.Fine, mixed.envs.Broken; }",
                "mixed/envs/Fine.java", TestJars.environmentProvider("mixed.envs", "Fine", "fine-env", ""),
                "mixed/envs/Broken.java", TestJars.environmentProvider("mixed.envs", "Broken", "broken-env",
                        "throw new IllegalStateException(\"no licence\");")), Map.of(), List.of(TestJars.api()));
        PluginJar plugin = PluginLoader.load(List.of(mixed)).get(0);
        assertTrue(plugin.loaded());
        assertEquals(List.of("fine-env"), plugin.providers().stream().map(ComponentProvider::id).toList());
        assertEquals(1, plugin.problems().size());
        assertTrue(plugin.problems().get(0).startsWith("provider mixed.envs.Broken throws:"), plugin.problems().get(0));
        assertTrue(plugin.problems().get(0).contains("no licence"), plugin.problems().get(0));
    }

    @Test
    void anIdAlreadyTakenIsReportedNamingBothOrigins() throws Exception {
        Path clash = goodPlugin("clash", "clash.envs", "good-env");
        List<ComponentProvider> extensions = PluginLoader.load(List.of(good, clash)).stream()
                .flatMap(p -> p.providers().stream()).toList();
        ProviderRegistry registry = ProviderRegistry.discover(extensions);
        assertEquals(1, registry.providers().stream().filter(p -> p.id().equals("good-env")).count());
        LoadFailure failure = registry.failures().stream().filter(f -> f.reason().contains("good-env"))
                .findFirst().orElseThrow();
        assertTrue(failure.reason().contains("good.envs, good.jar") && failure.reason().contains("clash.envs, clash.jar"),
                failure.reason());
    }

    @Test
    void aJarBuiltAgainstAnIncompatibleApiFailsAlone() throws Exception {
        Path api = TestJars.api();
        Path classes = Files.isDirectory(api) ? api : null;
        Path oldApi;
        if (classes != null) {
            oldApi = TestJars.pack(classes, work.resolve("api-copy.jar"));
        } else {
            oldApi = Files.copy(api, work.resolve("api-copy.jar"));
        }
        Path otherApi = work.resolve("dyna-api-9.0.0.jar");
        Process jar = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jar").toString(),
                "--create", "--file", otherApi.toString(), "--module-version", "9.0.0", "-C",
                unpack(oldApi).toString(), ".").inheritIO().start();
        assertEquals(0, jar.waitFor());
        Path future = jars.jar("future", Map.of(
                "module-info.java", "module future.envs { requires dyna.api; provides dyna.api.env.EnvironmentProvider"
                        + " with future.envs.GoodProvider; }",
                "future/envs/GoodProvider.java", TestJars.environmentProvider("future.envs", "GoodProvider", "future-env",
                        "")), Map.of(), List.of(otherApi));
        PluginJar failed = only(loadWithGood(future), "future.jar");
        assertFalse(failed.loaded());
        assertTrue(failed.state().startsWith("failed: built against dyna.api 9.0.0, but this Dyna has dyna.api "),
                failed.state());
    }

    private Path unpack(Path jar) throws Exception {
        Path into = work.resolve("unpacked-api");
        try (var zip = new java.util.zip.ZipFile(jar.toFile())) {
            for (var entry : java.util.Collections.list(zip.entries())) {
                if (entry.isDirectory()) {
                    continue;
                }
                Path file = into.resolve(entry.getName());
                Files.createDirectories(file.getParent());
                Files.write(file, zip.getInputStream(entry).readAllBytes());
            }
        }
        return into;
    }

    @Test
    void aPlainJarWithServiceFilesLoadsAsAnAutomaticModule() throws Exception {
        Path plain = jars.jar("plain-envs", Map.of("plain/envs/PlainProvider.java",
                        TestJars.environmentProvider("plain.envs", "PlainProvider", "plain-env", "")),
                Map.of("META-INF/services/dyna.api.env.EnvironmentProvider", "plain.envs.PlainProvider\n"),
                List.of(TestJars.api()));
        PluginJar plugin = PluginLoader.load(List.of(plain)).get(0);
        assertEquals("loaded", plugin.state());
        assertEquals("plain.envs", plugin.module());
        assertEquals("plain-env", plugin.providers().get(0).id());
    }

    @Test
    void aJarMayContributeAGuiceModule() throws Exception {
        Path guice = TestJars.location(com.google.inject.Module.class);
        Path withModule = jars.jar("with-module", Map.of(
                "module-info.java", "module with.module { requires com.google.guice; "
                        + "provides com.google.inject.Module with with.module.Extra; }",
                "with/module/Extra.java", "package with.module; public final class Extra implements "
                        + "com.google.inject.Module { public void configure(com.google.inject.Binder b) { } }"),
                Map.of(), List.of(guice));
        PluginJar plugin = PluginLoader.load(List.of(withModule)).get(0);
        assertEquals("loaded", plugin.state());
        assertEquals(1, plugin.guiceModules().size());
    }

    @Test
    void aGuiceModuleThatThrowsIsDroppedNamingItAndTheJarsProvidersStillLoad() throws Exception {
        Path guice = TestJars.location(com.google.inject.Module.class);
        Path throwing = jars.jar("throwing-module", Map.of(
                "module-info.java", "module throwing.module { requires dyna.api; requires com.google.guice; "
                        + "provides com.google.inject.Module with throwing.module.Bad; "
                        + "provides dyna.api.env.EnvironmentProvider with throwing.module.Env; }",
                "throwing/module/Bad.java", "package throwing.module; public final class Bad implements "
                        + "com.google.inject.Module { public void configure(com.google.inject.Binder b) { "
                        + "throw new IllegalStateException(\"no database\"); } }",
                "throwing/module/Env.java", TestJars.environmentProvider("throwing.module", "Env", "still-env", "")),
                Map.of(), List.of(guice, TestJars.api()));
        PluginJar plugin = only(loadWithGood(throwing), "throwing-module.jar");
        assertEquals(List.of(), plugin.guiceModules());
        assertEquals(List.of("still-env"), plugin.providers().stream().map(ComponentProvider::id).toList());
        assertTrue(plugin.state().contains("Guice module throwing.module.Bad fails: IllegalStateException: no database"),
                plugin.state());
    }

    @Test
    void aProviderWhoseIdThrowsIsReportedAndDropped() throws Exception {
        Path badId = jars.jar("bad-id", Map.of(
                "module-info.java", "module bad.id { requires dyna.api; provides dyna.api.env.EnvironmentProvider"
                        + " with bad.id.Env; }",
                "bad/id/Env.java", TestJars.environmentProvider("bad.id", "Env", "x", "")
                        .replace("return \"x\";", "throw new UnsupportedOperationException(\"id not set\");")),
                Map.of(), List.of(TestJars.api()));
        PluginJar plugin = only(loadWithGood(badId), "bad-id.jar");
        assertFalse(plugin.loaded());
        assertTrue(plugin.state().startsWith("failed: provider bad.id.Env: its declarations throw: id not set"),
                plugin.state());
    }

    @Test
    void aProviderThatNeverReturnsFailsItsJarWithinTheTimeLimit() throws Exception {
        Path stuck = jars.jar("stuck", Map.of(
                "module-info.java", "module stuck.envs { requires dyna.api; provides dyna.api.env.EnvironmentProvider"
                        + " with stuck.envs.Env; }",
                "stuck/envs/Env.java", TestJars.environmentProvider("stuck.envs", "Env", "stuck-env",
                        "try { Thread.sleep(Long.MAX_VALUE); } catch (InterruptedException e) { }")),
                Map.of(), List.of(TestJars.api()));
        String before = System.getProperty("dyna.plugin.timeout");
        System.setProperty("dyna.plugin.timeout", "1");
        try {
            long start = System.nanoTime();
            PluginJar plugin = only(loadWithGood(stuck), "stuck.jar");
            assertTrue(System.nanoTime() - start < 30_000_000_000L, "loading gave up");
            assertEquals("failed: loading its providers did not finish within 1 s (a constructor, id() or description() "
                    + "that never returns?)", plugin.state());
        } finally {
            if (before == null) {
                System.clearProperty("dyna.plugin.timeout");
            } else {
                System.setProperty("dyna.plugin.timeout", before);
            }
        }
    }
}
