package dyna.api.bonus;

/** An exploration bonus for a state-action pair, given how long ago it was last tried. */
public interface ExplorationBonus {

    /** Where the agent applies this bonus. */
    BonusPlacement placement();

    /**
     * The bonus for (s, a).
     *
     * @param stepsSinceTried real time steps since (s, a) was last tried; for a pair never
     *                        tried, the real time steps since the run began
     */
    double bonus(int state, int action, long stepsSinceTried);
}
