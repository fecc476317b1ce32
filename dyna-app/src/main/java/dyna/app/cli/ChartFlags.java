package dyna.app.cli;

import dyna.experiment.ChartOptions;
import picocli.CommandLine.Option;

/** The chart options on the command line, each replacing what an experiment file's {@code chart:} says. */
final class ChartFlags {

    @Option(names = "--log-y", negatable = true,
            description = "Draw the y axis on a log scale (--no-log-y: linear, whatever the file says).")
    Boolean logY;

    @Option(names = "--x-from", paramLabel = "X",
            description = "Draw from this x value on (an episode, a step, a number of updates), as chart: {x-from: X}.")
    Double xFrom;

    @Option(names = "--panels-by", paramLabel = "NAME",
            description = "A panel per value of this swept dimension, side by side; 'none' for one panel (default: "
                    + "one panel for one swept dimension, a panel per value of the one of fewest values for two or more).")
    String panelsBy;

    /** The changes given. */
    ChartOptions.Changes changes() {
        if (xFrom != null && !Double.isFinite(xFrom)) {
            throw new UsageException("--x-from " + xFrom + ": give a finite number (an episode, a step, a number of updates)");
        }
        return new ChartOptions.Changes(logY, xFrom, panelsBy);
    }
}
