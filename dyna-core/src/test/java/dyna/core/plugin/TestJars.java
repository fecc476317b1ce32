package dyna.core.plugin;

import dyna.api.provider.ComponentProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/** Builds plugin jars for tests: compiles sources with the JDK's javac against dyna.api. */
final class TestJars {

    private final Path work;

    TestJars(Path work) {
        this.work = work;
    }

    /** Where the running dyna.api (and Guice) come from. */
    static Path location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Path api() {
        return location(ComponentProvider.class);
    }

    /**
     * Compiles {@code sources} (path to text, e.g. "module-info.java") with {@code modulePath}
     * (the class path for a plain jar, without module-info), adds {@code resources}, and writes
     * the jar.
     */
    Path jar(String name, Map<String, String> sources, Map<String, String> resources, List<Path> modulePath)
            throws IOException, InterruptedException {
        Path src = work.resolve(name + "-src");
        Path classes = work.resolve(name + "-classes");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
                "-d", classes.toString(), "-nowarn"));
        if (!modulePath.isEmpty()) {
            command.add(sources.containsKey("module-info.java") ? "-p" : "-cp");
            command.add(String.join(java.io.File.pathSeparator, modulePath.stream().map(Path::toString).toList()));
        }
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = src.resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            command.add(file.toString());
        }
        Process javac = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(javac.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!javac.waitFor(2, TimeUnit.MINUTES) || javac.exitValue() != 0) {
            throw new IllegalStateException("javac failed for " + name + ":\n" + output);
        }
        for (Map.Entry<String, String> resource : resources.entrySet()) {
            Path file = classes.resolve(resource.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, resource.getValue());
        }
        return pack(classes, work.resolve(name + ".jar"));
    }

    /** Packs a directory into a jar. */
    static Path pack(Path classes, Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().putValue("Manifest-Version", "1.0");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out, manifest);
                Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                zip.write(Files.readAllBytes(file));
                zip.closeEntry();
            }
        }
        return jar;
    }

    /** The source of an environment provider class with this id, in package {@code pkg}. */
    static String environmentProvider(String pkg, String className, String id, String constructorBody) {
        return "package " + pkg + ";\n"
                + "public final class " + className + " implements dyna.api.env.EnvironmentProvider {\n"
                + "    public " + className + "() { " + constructorBody + " }\n"
                + "    public String id() { return \"" + id + "\"; }\n"
                + "    public String description() { return \"A test environment\"; }\n"
                + "    public dyna.api.env.Environment create(dyna.api.provider.Parameters p) { return null; }\n"
                + "}\n";
    }
}
