package dyna.core.plugin;

import com.google.inject.spi.Element;
import com.google.inject.spi.Elements;
import com.google.inject.spi.Message;
import java.util.Optional;

/** Checks a plugin's Guice module before any agent is built with it. */
final class GuiceModules {

    private GuiceModules() {
    }

    /**
     * Why the module cannot be used, or empty: its {@code configure} is run against a recording
     * binder (no injector is made), and anything it throws or reports as an error is the problem.
     */
    static Optional<String> problem(com.google.inject.Module module) {
        try {
            for (Element element : Elements.getElements(module)) {
                if (element instanceof Message message) {
                    String text = message.getMessage();
                    Throwable cause = message.getCause();
                    return Optional.of(cause == null ? text : cause.getClass().getSimpleName() + ": " + cause.getMessage());
                }
            }
            return Optional.empty();
        } catch (RuntimeException | LinkageError e) {
            return Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
