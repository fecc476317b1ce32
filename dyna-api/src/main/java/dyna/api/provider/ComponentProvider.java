package dyna.api.provider;

import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;

/**
 * What every provider of a component has in common: a unique kebab-case id, a one-line
 * description and its declared parameters. Its version and origin are derived from the module
 * (or jar) it was loaded from, never typed by hand.
 */
public interface ComponentProvider {

    /** The kind of component this provider creates. */
    ComponentKind kind();

    /** A kebab-case id, unique across everything loaded (for example {@code dyna-maze}). */
    String id();

    /** One line that says what the component is. */
    String description();

    /** The parameters the component accepts, with defaults and valid ranges. */
    default List<ParameterSpec> parameters() {
        return List.of();
    }

    /** The version of the module this provider comes from, or {@code "unversioned"}. */
    default String version() {
        Module module = getClass().getModule();
        if (module.isNamed()) {
            ModuleDescriptor descriptor = module.getDescriptor();
            if (descriptor != null && descriptor.rawVersion().isPresent()) {
                return descriptor.rawVersion().get();
            }
        }
        String implementation = getClass().getPackage().getImplementationVersion();
        return implementation != null ? implementation : "unversioned";
    }

    /** The name of the module this provider comes from ({@code "unnamed"} on the class path). */
    default String moduleName() {
        Module module = getClass().getModule();
        return module.isNamed() ? module.getName() : "unnamed";
    }

    /** Where the provider's code was loaded from: a jar or directory name, or the module name. */
    default String origin() {
        CodeSource source = getClass().getProtectionDomain().getCodeSource();
        if (source != null && source.getLocation() != null) {
            try {
                Path path = Path.of(source.getLocation().toURI()).getFileName();
                if (path != null) {
                    return path.toString();
                }
            } catch (URISyntaxException | IllegalArgumentException e) {
                return source.getLocation().toString();
            }
        }
        return moduleName();
    }
}
