package dyna.experiment.agents;

import dyna.api.env.Environment;
import dyna.api.env.GridLayout;
import dyna.api.provider.ComponentKind;
import dyna.api.space.Box;
import dyna.api.space.Discrete;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What {@code dyna inspect} shows of a loaded agent: in a grid world, the greedy policy as text
 * and as a heat map of state values with arrows ({@code policy.png}, {@code .svg}); over two
 * continuous dimensions, the cost-to-go surface ({@code cost-to-go.png}, {@code .svg}); in any
 * other discrete world, the values and greedy actions of the first states as text.
 */
public final class AgentInspection {

    /** States listed in the text of a discrete world that is no grid. */
    static final int LISTED_STATES = 40;

    private AgentInspection() {
    }

    /**
     * Inspects {@code loaded}, writing pictures into {@code out}.
     *
     * @return the text to print, ending with the files written
     */
    public static String inspect(LoadedAgent loaded, Path out) throws IOException {
        SavedAgent saved = loaded.saved();
        Environment environment = loaded.agent().environment();
        String id = saved.spec().component(ComponentKind.ENVIRONMENT);
        boolean plans = !"0".equals(saved.spec().parameters().get("planning-steps"));
        String title = id + ", " + (plans ? saved.spec().component(ComponentKind.PLANNER) + ", " : "")
                + (saved.point().equals("all") ? "" : saved.point() + ", ") + "run " + saved.run() + ": after "
                + saved.episodes() + " episodes";
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%s (%s)%nlearned over %d episodes, %d real "
                + "steps; saved parts: %s%s%n", title.substring(0, title.indexOf(':')), out, saved.episodes(),
                saved.realSteps(), String.join(", ", saved.parts().keySet()),
                saved.notSaved().isEmpty() ? "" : "; not saved: " + String.join(", ", saved.notSaved().keySet())));
        List<Path> written = new ArrayList<>();
        if (loaded.agent().learner() != null) {
            text.append(policyGrid(loaded.agent().learner(), environment));
        } else if (environment.observationSpace() instanceof Discrete discrete) {
            StateValues values = new StateValues(discrete.n(), loaded.agent().values(), loaded.agent().features());
            if (environment instanceof GridLayout grid) {
                GridPicture picture = new GridPicture(grid, values);
                text.append("Greedy policy (^ v < > the greedy action, + tied actions, . all actions equal, # wall, "
                        + "G goal):").append(System.lineSeparator()).append(picture.text());
                Path file = out.resolve("policy.png");
                picture.write(file, title);
                written.add(file);
            } else {
                text.append(list(values));
            }
        } else if (environment.observationSpace() instanceof Box box && box.dimensions() == 2) {
            CostToGoSurface surface = new CostToGoSurface(box, loaded.agent().values(), loaded.agent().features(),
                    new String[] {box.name(0), box.name(1)});
            text.append(String.format(Locale.ROOT, "Cost-to-go -max_a Q(s, a) over a %dx%d grid of %s: %s to %s%n",
                    CostToGoSurface.GRID, CostToGoSurface.GRID, box.describe(), GridPicture.format(surface.min()),
                    GridPicture.format(surface.max())));
            Path file = out.resolve("cost-to-go.png");
            surface.write(file, title);
            written.add(file);
        } else {
            text.append("No picture for observations ").append(environment.observationSpace().describe())
                    .append(" (pictures are drawn for grid worlds and two-dimensional boxes); 'dyna evaluate' plays "
                            + "the policy").append(System.lineSeparator());
        }
        for (Path file : written) {
            text.append("Wrote ").append(file).append(" (and .svg)").append(System.lineSeparator());
        }
        return text.toString();
    }

    /** Rows and columns of the grid a learner's policy is shown over. */
    static final int POLICY_GRID = 9;

    /**
     * A learner's action without exploration over a grid of two coordinates, for a
     * one-dimensional box action: the environment's state coordinates where it gives them
     * (Pendulum's angle and speed), else the two dimensions of a box observation. A row per value
     * of the second coordinate, highest first, a column per value of the first.
     */
    static String policyGrid(dyna.api.learning.Learner learner, Environment environment) {
        dyna.api.env.StateCoordinates coordinates = environment.stateCoordinates().orElse(null);
        Box grid = coordinates != null ? coordinates.coordinates()
                : environment.observationSpace() instanceof Box box ? box : null;
        if (grid == null || grid.dimensions() != 2 || !(environment.actionSpace() instanceof Box actions)
                || actions.dimensions() != 1) {
            return "No grid of the policy for observations " + environment.observationSpace().describe() + " and actions "
                    + environment.actionSpace().describe() + " (it is shown over two coordinates of the state or "
                    + "two-dimensional boxes of observations, for one-dimensional boxes of actions); 'dyna evaluate' "
                    + "plays the policy" + System.lineSeparator();
        }
        Box observations = (Box) environment.observationSpace();
        dyna.api.env.Transition at = new dyna.api.env.Transition(observations, actions, 1);
        double[] point = new double[2];
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "The policy's %s (no exploration) over a %dx%d "
                + "grid: %s across, %s down%n", actions.name(0), POLICY_GRID, POLICY_GRID, grid.name(0), grid.name(1)));
        text.append(String.format(Locale.ROOT, "%12s", ""));
        for (int c = 0; c < POLICY_GRID; c++) {
            text.append(String.format(Locale.ROOT, "%9s", GridPicture.format(coordinate(grid, 0, c))));
        }
        text.append(System.lineSeparator());
        for (int r = POLICY_GRID - 1; r >= 0; r--) {
            point[1] = coordinate(grid, 1, r);
            text.append(String.format(Locale.ROOT, "%12s", GridPicture.format(point[1])));
            for (int c = 0; c < POLICY_GRID; c++) {
                point[0] = coordinate(grid, 0, c);
                if (coordinates != null) {
                    coordinates.observe(point, at.observation());
                } else {
                    System.arraycopy(point, 0, at.observation(), 0, 2);
                }
                learner.actGreedily(at);
                text.append(String.format(Locale.ROOT, "%9.3f", at.actionVector()[0]));
            }
            text.append(System.lineSeparator());
        }
        return text.toString();
    }

    /** The {@code i}-th of {@link #POLICY_GRID} evenly spaced values of a dimension, its bounds included. */
    private static double coordinate(Box box, int dimension, int i) {
        return box.low(dimension) + (box.high(dimension) - box.low(dimension)) * i / (POLICY_GRID - 1);
    }

    private static String list(StateValues values) {
        StringBuilder text = new StringBuilder("state  V(s)=max_a Q(s,a)  greedy actions").append(System.lineSeparator());
        for (int s = 0; s < Math.min(values.states(), LISTED_STATES); s++) {
            int[] greedy = values.greedy(s);
            text.append(String.format(Locale.ROOT, "%5d  %20s  %s%n", s, GridPicture.format(values.value(s)),
                    greedy.length == 0 ? "(all equal)" : java.util.Arrays.toString(greedy)));
        }
        if (values.states() > LISTED_STATES) {
            text.append("... and ").append(values.states() - LISTED_STATES).append(" more states")
                    .append(System.lineSeparator());
        }
        return text.toString();
    }
}
