package dyna.api.provider;

/**
 * A provider of a kind a plugin declared ({@link KindDeclaration}): creates the kind's component
 * for one run. The plugin's provider interface extends this with its component type and returns
 * its kind from {@link #kind()}.
 *
 * @param <T> the type of the component
 */
public interface ExtensionProvider<T> extends ComponentProvider {

    /** The type of the component created, which the other components ask their context for. */
    Class<T> componentType();

    /**
     * Creates a fresh component for one run.
     *
     * @throws IllegalArgumentException when it cannot work with the context's spaces
     */
    T create(Parameters parameters, ComponentContext context);
}
