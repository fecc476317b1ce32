package dyna.experiment;

import dyna.api.provider.ComponentKind;
import dyna.api.provider.ComponentProvider;
import dyna.core.agent.ComponentFailure;
import dyna.core.compose.AgentConfiguration;

/**
 * A run that failed: which one, and a line naming the component at fault (with its module's
 * jar) and the cause.
 *
 * @param point the index of its sweep point
 * @param run   its index at the point (0-based)
 * @param line  one line for the user
 */
public record RunFailure(int point, int run, String line) {

    /** Describes the failure of run {@code run} of a point. */
    public static RunFailure of(int index, ExperimentPoint point, int run, Throwable cause) {
        String where = point.point() == null || point.point().swept().isEmpty() ? "run " + (run + 1)
                : "run " + (run + 1) + " at " + point.point().label();
        String component = point.configuration() == null ? "" : " in " + blame(point.configuration(), cause);
        String what = cause instanceof ComponentFailure ? cause.getMessage()
                : cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return new RunFailure(index, run, where + " failed" + component + ": " + what.replace('\n', ' '));
    }

    /**
     * The component at fault: the kind named by a {@link ComponentFailure}, else the component
     * whose package holds the innermost frame of the stack that belongs to one of the run's
     * components, else the agent itself.
     */
    static String blame(AgentConfiguration configuration, Throwable cause) {
        if (cause instanceof ComponentFailure failure) {
            return describe(failure.kind(), configuration.component(failure.kind()).provider());
        }
        for (StackTraceElement frame : cause.getStackTrace()) {
            String className = frame.getClassName();
            String pkg = className.contains(".") ? className.substring(0, className.lastIndexOf('.')) : "";
            for (ComponentKind kind : configuration.components().keySet()) {
                ComponentProvider provider = configuration.component(kind).provider();
                if (provider.getClass().getPackageName().equals(pkg)) {
                    return describe(kind, provider);
                }
            }
        }
        return "the agent";
    }

    private static String describe(ComponentKind kind, ComponentProvider provider) {
        return kind.label() + " " + provider.id() + " (" + provider.moduleName() + ", " + provider.origin() + ")";
    }
}
