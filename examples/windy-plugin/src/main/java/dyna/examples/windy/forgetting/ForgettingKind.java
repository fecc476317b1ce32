package dyna.examples.windy.forgetting;

import dyna.api.provider.ComponentKind;
import dyna.api.provider.ExtensionProvider;
import dyna.api.provider.KindDeclaration;

/** Declares the kind {@code forgetting} to Dyna ({@code provides dyna.api.provider.KindDeclaration}). */
public final class ForgettingKind implements KindDeclaration {

    @Override
    public ComponentKind kind() {
        return ForgettingProvider.KIND;
    }

    @Override
    public Class<? extends ExtensionProvider<?>> providerType() {
        return ForgettingProvider.class;
    }
}
