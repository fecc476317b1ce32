package dyna.core.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.api.bonus.BonusProvider;
import dyna.api.bonus.ExplorationBonus;
import dyna.api.env.EnvironmentProvider;
import dyna.api.provider.ComponentContext;
import dyna.api.provider.ComponentKind;
import dyna.api.provider.ComponentProvider;
import dyna.api.provider.Parameters;
import dyna.core.bonus.NoBonusProvider;
import dyna.core.fixtures.Corridor;
import dyna.core.learning.QLearningProvider;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class ProviderRegistryTest {

    /** A bonus provider with a chosen id. */
    private static BonusProvider bonus(String id) {
        return new BonusProvider() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String description() {
                return "test bonus";
            }

            @Override
            public ExplorationBonus create(Parameters parameters, ComponentContext context) {
                throw new AssertionError("never created in this test");
            }
        };
    }

    private static <P extends ComponentProvider> ServiceLoader.Provider<P> candidate(Class<? extends P> type,
            java.util.function.Supplier<P> create) {
        return new ServiceLoader.Provider<>() {
            @Override
            public Class<? extends P> type() {
                return type;
            }

            @Override
            public P get() {
                return create.get();
            }
        };
    }

    @Test
    void findsProvidersByKindAndId() {
        ProviderRegistry registry = ProviderRegistry.of(List.of(new NoBonusProvider(), new QLearningProvider()));
        assertEquals("none", registry.find(ComponentKind.BONUS, "none").id());
        assertEquals(QLearningProvider.class, registry.find(dyna.api.learning.UpdateRuleProvider.class,
                "q-learning").getClass());
    }

    @Test
    void anUnknownIdListsTheKnownIdsOfItsKind() {
        ProviderRegistry registry = ProviderRegistry.of(List.of(new NoBonusProvider(), bonus("other")));
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> registry.find(ComponentKind.BONUS, "dyna-q-pls"));
        assertEquals("unknown bonus 'dyna-q-pls'; known: none, other", e.getMessage());
    }

    @Test
    void anIdOfAnotherKindIsUnknown() {
        ProviderRegistry registry = ProviderRegistry.of(List.of(new NoBonusProvider(), new QLearningProvider()));
        assertThrows(ConfigurationException.class, () -> registry.find(ComponentKind.MODEL, "q-learning"));
    }

    @Test
    void duplicateIdsFailAtStartNamingBothOrigins() {
        EnvironmentProvider clash = new EnvironmentProvider() {
            @Override
            public String id() {
                return "none";
            }

            @Override
            public String description() {
                return "an environment that clashes";
            }

            @Override
            public dyna.api.env.Environment create(Parameters parameters) {
                return new Corridor(3);
            }
        };
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> ProviderRegistry.of(List.of(new NoBonusProvider(), clash)));
        assertTrue(e.getMessage().startsWith("duplicate provider id 'none': bonus dyna.core.bonus.NoBonusProvider from "
                + "dyna.core"), e.getMessage());
        assertTrue(e.getMessage().contains(" and environment " + clash.getClass().getName() + " from dyna.core"),
                e.getMessage());
    }

    @Test
    void aProviderThatThrowsWhenCreatedIsReportedAndTheOthersLoad() {
        ProviderRegistry registry = ProviderRegistry.load(List.of(
                candidate(NoBonusProvider.class, NoBonusProvider::new),
                candidate(QLearningProvider.class, () -> {
                    throw new IllegalStateException("cannot open its table");
                })), List.of());
        assertEquals(List.of("none"), registry.providers().stream().map(ComponentProvider::id).toList());
        assertEquals(1, registry.failures().size());
        LoadFailure failure = registry.failures().get(0);
        assertEquals(ComponentKind.UPDATE_RULE, failure.kind());
        assertEquals(QLearningProvider.class.getName(), failure.provider());
        assertEquals("cannot open its table", failure.reason());
    }

    @Test
    void aProviderWhoseIdIsNotKebabCaseIsReportedAndTheOthersLoad() {
        ProviderRegistry registry = ProviderRegistry.load(List.of(
                candidate(NoBonusProvider.class, NoBonusProvider::new),
                candidate(BonusProvider.class, () -> bonus("Dyna_Q"))), List.of());
        assertEquals(1, registry.providers().size());
        assertEquals("id 'Dyna_Q' is not kebab-case (lower-case words joined by '-')",
                registry.failures().get(0).reason());
    }

    @Test
    void versionAndOriginAreDerivedFromTheModule() {
        NoBonusProvider provider = new NoBonusProvider();
        assertEquals("dyna.core", provider.moduleName());
        assertTrue(!provider.version().isBlank());
    }
}
