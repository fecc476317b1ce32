package dyna.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dyna.api.env.EnvironmentProvider;
import dyna.api.provider.ComponentKind;
import dyna.api.provider.Parameters;
import dyna.core.check.EnvironmentChecker;
import dyna.core.registry.ProviderRegistry;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every environment found passes the same checks: seeding, determinism, spaces, transition table. */
class EnvironmentConformanceTest {

    static Stream<EnvironmentProvider> environments() {
        List<EnvironmentProvider> found = ProviderRegistry.discover().providers(ComponentKind.ENVIRONMENT).stream()
                .map(EnvironmentProvider.class::cast).toList();
        assertFalse(found.isEmpty(), "no environment was discovered");
        return found.stream();
    }

    @ParameterizedTest
    @MethodSource("environments")
    void passesTheEnvironmentChecks(EnvironmentProvider provider) {
        Parameters defaults = Parameters.defaults(provider.parameters());
        for (long seed : new long[] {0, 1, 123456789}) {
            assertEquals(List.of(), EnvironmentChecker.check(() -> provider.create(defaults), seed, 20_000),
                    provider.id() + " with seed " + seed);
        }
    }
}
