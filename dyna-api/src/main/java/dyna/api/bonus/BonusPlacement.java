package dyna.api.bonus;

/** Where an exploration bonus applies. */
public enum BonusPlacement {
    /** Nowhere: the bonus is always 0 and the agent need not compute it. */
    NONE,
    /** Added to the reward of simulated transitions only (Dyna-Q+). */
    PLANNING_REWARD,
    /** Added to the values used to choose real actions, never stored in Q (Exercise 8.4). */
    ACTION_SELECTION
}
