package dyna.experiment;

import dyna.api.provider.ComponentKind;
import dyna.core.compose.AgentConfiguration;
import dyna.core.compose.ResolvedComponent;
import java.util.Map;

/**
 * Why an agent did not fit in memory as the experiment was checked (one is made of every point
 * before the first run): a usage error naming the component that was allocating, when its frames
 * show, and its parameters, rather than an out-of-memory failure in the middle of a sweep.
 */
final class AgentMemory {

    private AgentMemory() {
    }

    /** The error for an agent of {@code configuration} whose making ran out of memory. */
    static ExperimentException tooLarge(AgentConfiguration configuration, OutOfMemoryError error, String at) {
        String heap = Runtime.getRuntime().maxMemory() / (1 << 20) + " MB";
        String culprit = allocating(configuration, error);
        return new ExperimentException("an agent of this configuration does not fit in memory" + at + ": making one "
                + (culprit.isEmpty() ? "" : "(" + culprit + ") ") + "ran out of a heap of at most " + heap + " ("
                + error.getMessage() + "); choose smaller sizes, or give the JVM more with DYNA_JAVA_OPTS=-Xmx<size>",
                error);
    }

    /** The component whose code was allocating ({@code model neural-ensemble, width=4096, ...}), or empty. */
    private static String allocating(AgentConfiguration configuration, OutOfMemoryError error) {
        for (StackTraceElement frame : error.getStackTrace()) {
            String type = frame.getClassName();
            String packageName = type.lastIndexOf('.') < 0 ? "" : type.substring(0, type.lastIndexOf('.'));
            for (Map.Entry<ComponentKind, ResolvedComponent> entry : configuration.components().entrySet()) {
                ResolvedComponent component = entry.getValue();
                if (component.provider().getClass().getPackageName().equals(packageName)) {
                    return entry.getKey().label() + " " + component.provider().id()
                            + (component.parameters().asMap().isEmpty() ? "" : " with " + component.parameters().asMap());
                }
            }
        }
        return "";
    }
}
