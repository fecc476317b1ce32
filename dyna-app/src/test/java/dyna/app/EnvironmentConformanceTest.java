package dyna.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dyna.api.env.EnvironmentProvider;
import dyna.api.provider.ComponentKind;
import dyna.api.provider.Parameters;
import dyna.testkit.EnvironmentChecker;
import dyna.core.registry.ProviderRegistry;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
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

    /** Built-in environments at parameters other than their defaults. */
    static Stream<Arguments> nonDefaultParameters() {
        return Stream.of(
                Arguments.of("dyna-maze", Map.of("scale", "3")),
                Arguments.of("blocking-maze", Map.of("change-at", "50", "scale", "2")),
                Arguments.of("shortcut-maze", Map.of("change-at", "0")),
                Arguments.of("random-task", Map.of("states", "50", "branching", "3", "termination", "0.5")),
                Arguments.of("random-task", Map.of("states", "2", "branching", "2", "termination", "0")),
                Arguments.of("random-task", Map.of("states", "10", "branching", "1", "termination", "1")),
                Arguments.of("cart-pole", Map.of("time-limit", "5")),
                Arguments.of("acrobot", Map.of("time-limit", "3")),
                Arguments.of("pendulum", Map.of("time-limit", "7")),
                Arguments.of("mountain-car-continuous", Map.of("time-limit", "4")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("nonDefaultParameters")
    void passesTheEnvironmentChecksAtOtherParameters(String id, Map<String, String> values) {
        EnvironmentProvider provider = (EnvironmentProvider) ProviderRegistry.discover().find(ComponentKind.ENVIRONMENT, id);
        Parameters parameters = Parameters.resolve(provider.parameters(), values);
        for (long seed : new long[] {0, 7}) {
            assertEquals(List.of(), EnvironmentChecker.check(() -> provider.create(parameters), seed, 20_000),
                    id + " " + values + " with seed " + seed);
        }
    }
}
