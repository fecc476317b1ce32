package dyna.api.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The kinds of component: an open set that imports none of the provider interfaces. */
class ComponentKindTest {

    /** The class's constant pool names every class it refers to: none of another API package. */
    @Test
    void componentKindRefersToNoProviderInterface() throws IOException {
        String constants;
        try (InputStream in = ComponentKind.class.getResourceAsStream("ComponentKind.class")) {
            constants = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        for (String pkg : List.of("env", "model", "planning", "bonus", "learning", "metric", "run", "save")) {
            assertFalse(constants.contains("dyna/api/" + pkg + "/"), "ComponentKind refers to dyna.api." + pkg);
        }
    }

    @Test
    void aDeclaredKindIsAnAgentPartAfterTheBuiltInOnesAndEqualByLabel() {
        ComponentKind forgetting = ComponentKind.declare("forgetting", "FORGETTING SCHEDULES", "exponential");
        assertTrue(forgetting.swept() && forgetting.partOfAgent() && !forgetting.isBuiltIn());
        assertTrue(forgetting.compareTo(ComponentKind.METRIC) > 0 && ComponentKind.ENVIRONMENT.compareTo(
                ComponentKind.MODEL) < 0);
        assertEquals(forgetting, ComponentKind.declare("forgetting", "OTHER", "other"));
        assertEquals(12, ComponentKind.builtIn().size());
        assertTrue(ComponentKind.LEARNER.partOfAgent() && ComponentKind.LEARNER.isBuiltIn());
        assertTrue(ComponentKind.CONTROLLER.swept() && ComponentKind.CONTROLLER.defaultId().orElseThrow().equals("no-controller"));
        assertFalse(ComponentKind.METRIC.partOfAgent() || ComponentKind.ENVIRONMENT.swept());
    }

    @Test
    void aDeclarationNeedsAKebabLabelAHeadingAndADefault() {
        assertEquals("a kind's label 'Forgetting' is not kebab-case", assertThrows(IllegalArgumentException.class,
                () -> ComponentKind.declare("Forgetting", "F", "x")).getMessage());
        assertEquals("kind forgetting needs a default id in kebab-case, not 'null'", assertThrows(
                IllegalArgumentException.class, () -> ComponentKind.declare("forgetting", "F", null)).getMessage());
    }
}
