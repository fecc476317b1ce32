package dyna.app.experiment;

/**
 * How an experiment's chart is drawn, from the {@code chart:} section of its file.
 *
 * @param logY a logarithmic y axis (for measures that span orders of magnitude, such as steps
 *             per episode on Mountain Car)
 */
public record ChartOptions(boolean logY) {

    /** The defaults: a linear y axis. */
    public static final ChartOptions DEFAULT = new ChartOptions(false);
}
