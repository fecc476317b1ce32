package dyna.core.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.api.bonus.BonusPlacement;
import dyna.api.bonus.ExplorationBonus;
import dyna.api.env.Environment;
import dyna.api.env.Transition;
import dyna.api.planning.Planner;
import dyna.api.planning.PlanningContext;
import dyna.api.planning.SearchControl;
import dyna.api.run.EpisodeResult;
import dyna.api.env.Step;
import dyna.api.learning.ActionValues;
import dyna.api.learning.UpdateRule;
import dyna.api.space.Box;
import dyna.api.space.Discrete;
import dyna.api.space.Space;
import dyna.core.fixtures.Corridor;
import dyna.core.fixtures.RecordingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DynaAgentTest {

    private final List<String> calls = new ArrayList<>();

    /** An update rule that records each update and moves nothing. */
    private final UpdateRule recordingRule = new UpdateRule() {
        @Override
        public double update(ActionValues values, Transition t) {
            calls.add("update " + t.state() + " " + t.action() + " r=" + t.reward());
            return 0;
        }

        @Override
        public double discount() {
            return 1;
        }

        @Override
        public double target(ActionValues values, Transition t) {
            return t.reward();
        }

        @Override
        public double updateToward(ActionValues values, Transition t, double target) {
            return 0;
        }
    };

    private static ExplorationBonus bonus(BonusPlacement placement, double value) {
        return new ExplorationBonus() {
            @Override
            public BonusPlacement placement() {
                return placement;
            }

            @Override
            public double bonus(int state, int action, long tau) {
                return value * tau;
            }
        };
    }

    /** A search control that starts every planning update at the last real pair, recording what it is told. */
    private SearchControl lastRealPair() {
        return new SearchControl() {
            private final Transition last = new Transition();
            private boolean any;

            @Override
            public void episodeStarted(Transition first) {
                calls.add("start " + first.state());
            }

            @Override
            public void observe(Transition real) {
                calls.add("control " + real.state() + " " + real.action());
                last.start(real.state(), real.action());
                any = true;
            }

            @Override
            public boolean next(Transition start) {
                start.startOf(last);
                return any;
            }
        };
    }

    /** Planning set up with {@link #lastRealPair} and the given planner. */
    private PlanningSetup planning(java.util.function.Function<PlanningContext, Planner> planner) {
        return new PlanningSetup(context -> lastRealPair(), planner, values -> 0, new SplittableRandom(2));
    }

    private DynaAgent agent(Environment environment, int planningSteps, int maxSteps, ExplorationBonus bonus) {
        int states = environment.observationSpace() instanceof Discrete d ? d.n() : 1;
        return new DynaAgent(environment, 1, new RecordingModel(states, 2, calls), recordingRule,
                values -> 1, bonus,
                planning(context -> budget -> {
                    calls.add("plan n=" + budget);
                    Transition t = new Transition();
                    for (int i = 0; i < budget && context.searchControl().next(t); i++) {
                        context.update(context.simulate(t));
                    }
                }),
                new AgentSettings(planningSteps, maxSteps));
    }

    @Test
    void eachRealStepActsThenLearnsThenModelsThenPlans() {
        DynaAgent agent = agent(new Corridor(3), 1, 100, bonus(BonusPlacement.NONE, 0));
        EpisodeResult result = agent.runEpisode();
        assertEquals(new EpisodeResult(2, 1.0, false), result);
        assertEquals(List.of("start 0",
                "update 0 1 r=0.0", "observe 0 1", "control 0 1", "plan n=1", "sample 0 1", "update 0 1 r=0.0",
                "update 1 1 r=1.0", "observe 1 1", "control 1 1", "plan n=1", "sample 1 1", "update 1 1 r=1.0"), calls);
    }

    @Test
    void countersKeepRealStepsPlanningUpdatesAndModelQueriesApart() {
        DynaAgent agent = agent(new Corridor(5), 3, 100, bonus(BonusPlacement.NONE, 0));
        agent.runEpisode();
        agent.runEpisode();
        assertEquals(new AgentCounters(2, 8, 24, 24), agent.counters());
    }

    @Test
    void aFixedNumberOfStepsRunsAcrossEpisodes() {
        DynaAgent agent = agent(new Corridor(3), 0, 100, bonus(BonusPlacement.NONE, 0));
        assertArrayEquals(new double[] {0, 1, 0, 1, 0}, agent.runSteps(5));
        assertEquals(new AgentCounters(2, 5, 0, 0), agent.counters());
        // The episode under way is continued: one more step finishes it.
        assertEquals(new EpisodeResult(2, 1.0, false), agent.runEpisode());
    }

    @Test
    void aRuleThatNeedsTheNextActionGetsItChosenBeforeTheUpdateAsInTheSarsaBox() {
        UpdateRule sarsaLike = new UpdateRule() {
            @Override
            public double discount() {
                return 1;
            }

            @Override
            public boolean needsNextAction() {
                return true;
            }

            @Override
            public double target(ActionValues values, Transition t) {
                return t.reward();
            }

            @Override
            public double updateToward(ActionValues values, Transition t, double target) {
                calls.add("update " + t.state() + " " + t.action() + " next=" + t.nextAction());
                return 0;
            }
        };
        DynaAgent agent = new DynaAgent(new Corridor(3), 1, new RecordingModel(3, 2, calls), sarsaLike,
                values -> {
                    calls.add("select");
                    return 1;
                }, bonus(BonusPlacement.NONE, 0), planning(context -> n -> { }), new AgentSettings(0, 100));
        agent.runEpisode();
        // A in S0 first; then each step chooses A' in S' before its update, and acts with it next;
        // no A' is chosen in the terminal state.
        assertEquals(List.of("start 0", "select",
                "select", "update 0 1 next=1", "observe 0 1", "control 0 1",
                "update 1 1 next=-1", "observe 1 1", "control 1 1"), calls);
    }

    @Test
    void aPlannerMovesValuesTowardATargetOfItsOwnThroughTheAgentsRuleAndCounters() {
        UpdateRule halfway = new UpdateRule() {
            @Override
            public double discount() {
                return 1;
            }

            @Override
            public double target(ActionValues values, Transition t) {
                return t.reward();
            }

            @Override
            public double updateToward(ActionValues values, Transition t, double target) {
                double error = target - values.value(t.features(), t.action());
                values.add(t.features(), t.action(), 0.5 * error);
                return error;
            }
        };
        DynaAgent agent = new DynaAgent(new Corridor(3), 1, new RecordingModel(3, 2, calls), halfway,
                values -> 1, bonus(BonusPlacement.NONE, 0),
                planning(context -> n -> context.updateToward(context.newTransition().start(0, 1), 8.0)),
                new AgentSettings(1, 100));
        agent.runSteps(1);
        assertEquals(4.0, agent.table().get(0, 1), "half of the way to the planner's target 8, by the rule's step");
        assertEquals(1, agent.counters().planningUpdates());
        assertEquals(0, agent.counters().modelQueries(), "no model query was made");
    }

    @Test
    void anEpisodeIsTruncatedAtTheTimeLimit() {
        DynaAgent agent = new DynaAgent(new Corridor(5), 1, new RecordingModel(5, 2, calls), recordingRule,
                values -> 0, bonus(BonusPlacement.NONE, 0), planning(context -> n -> { }), new AgentSettings(0, 7));
        assertEquals(new EpisodeResult(7, 0.0, true), agent.runEpisode());
    }

    @Test
    void aPlanningRewardBonusIsAddedToSimulatedRewardsOnly() {
        DynaAgent agent = new DynaAgent(new Corridor(3), 1, new RecordingModel(3, 2, calls), recordingRule,
                values -> 1, bonus(BonusPlacement.PLANNING_REWARD, 0.5),
                planning(context -> n -> context.update(context.simulate(new Transition().start(0, 1)))),
                new AgentSettings(1, 100));
        agent.runEpisode();
        // Step 2 plans (0, 1), tried one step earlier: tau = 1, bonus 0.5 on the simulated reward only.
        assertEquals(List.of("start 0",
                "update 0 1 r=0.0", "observe 0 1", "control 0 1", "sample 0 1", "update 0 1 r=0.0",
                "update 1 1 r=1.0", "observe 1 1", "control 1 1", "sample 0 1", "update 0 1 r=0.5"), calls);
    }

    @Test
    void anActionSelectionBonusReachesThePolicyButNotTheValues() {
        double[] seen = new double[2];
        DynaAgent agent = new DynaAgent(new Corridor(3), 1, new RecordingModel(3, 2, calls), recordingRule,
                values -> {
                    System.arraycopy(values, 0, seen, 0, 2);
                    return 1;
                },
                bonus(BonusPlacement.ACTION_SELECTION, 1.0), planning(context -> n -> { }), new AgentSettings(0, 100));
        agent.runEpisode();
        // Second step, in state 1 at time 1: neither action tried there yet, so tau = 1 for both.
        assertEquals(1.0, seen[0]);
        assertEquals(1.0, seen[1]);
        assertEquals(0.0, agent.table().max(0));
    }

    @Test
    void refusesAnEnvironmentWithContinuousObservations() {
        Environment box = new Environment() {
            @Override
            public Space observationSpace() {
                return new Box(new double[] {0}, new double[] {1});
            }

            @Override
            public Discrete actionSpace() {
                return new Discrete(2);
            }

            @Override
            public void reset(long seed, Step out) {
            }

            @Override
            public void reset(Step out) {
            }

            @Override
            public void step(int action, Step out) {
            }
        };
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> agent(box, 0, 10, bonus(BonusPlacement.NONE, 0)));
        assertTrue(e.getMessage().contains("tabular values need discrete observations"), e.getMessage());
    }
}
