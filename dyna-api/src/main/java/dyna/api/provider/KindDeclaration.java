package dyna.api.provider;

/**
 * Declares a kind of component that a plugin adds ({@code provides dyna.api.provider.KindDeclaration
 * with ...}): the kind, one per agent and swept like the built-in ones, and the provider
 * interface its providers implement, which extends {@link ExtensionProvider}. Its providers come
 * from the same jar; each run creates the chosen one, and the other components reach it through
 * {@link ComponentContext#extension}.
 */
public interface KindDeclaration {

    /** The kind, from {@link ComponentKind#declare}. */
    ComponentKind kind();

    /** The provider interface of the kind, which the jar also {@code provides} implementations of. */
    Class<? extends ExtensionProvider<?>> providerType();
}
