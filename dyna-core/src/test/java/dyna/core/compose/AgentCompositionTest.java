package dyna.core.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.api.bonus.BonusPlacement;
import dyna.api.bonus.ExplorationBonus;
import dyna.api.env.Transition;
import dyna.api.model.Model;
import dyna.api.model.ModelProvider;
import dyna.api.provider.ComponentContext;
import dyna.api.provider.ComponentKind;
import dyna.api.provider.Parameters;
import dyna.core.agent.DynaAgent;
import dyna.core.bonus.NoBonusProvider;
import dyna.core.learning.NoLearnerProvider;
import dyna.core.features.OneHotProvider;
import dyna.core.fixtures.Corridor;
import dyna.core.fixtures.RecordingModel;
import dyna.core.learning.EpsilonGreedyProvider;
import dyna.core.learning.QLearningProvider;
import dyna.core.planning.PrioritizedSweepingPlannerProvider;
import dyna.core.planning.RandomSamplePlannerProvider;
import dyna.core.registry.ConfigurationException;
import dyna.core.registry.ProviderRegistry;
import dyna.core.search.PriorityQueueProvider;
import dyna.core.search.SeenPairsProvider;
import dyna.core.values.TabularValuesProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AgentCompositionTest {

    /** A model provider for the tests, standing in for dyna.models, which core never sees. */
    private static final ModelProvider RECORDING = new ModelProvider() {
        @Override
        public String id() {
            return "tabular-deterministic";
        }

        @Override
        public String description() {
            return "test model";
        }

        @Override
        public Model create(Parameters parameters, ComponentContext context) {
            return new RecordingModel(context.stateCount(id()), context.actionCount(id()), new ArrayList<>());
        }
    };

    private final ProviderRegistry registry = ProviderRegistry.of(List.of(Corridor.provider(), RECORDING,
            new RandomSamplePlannerProvider(), new PrioritizedSweepingPlannerProvider(), new SeenPairsProvider(),
            new PriorityQueueProvider(), new TabularValuesProvider(), new OneHotProvider(), new NoBonusProvider(), new NoLearnerProvider(), new dyna.core.control.NoControllerProvider(), new QLearningProvider(),
            new EpsilonGreedyProvider()));

    /** A user's own model class: no provider, no jar. It only counts what it is told. */
    static final class MyModel implements Model {
        int observed;

        @Override
        public void observe(Transition real) {
            observed++;
        }

        @Override
        public boolean knows(Transition query) {
            return false;
        }

        @Override
        public void sample(Transition query) {
            throw new IllegalStateException("never asked");
        }
    }

    @Test
    void buildsDynaQFromIdsAndParameters() {
        AgentConfiguration configuration = AgentConfiguration.resolve(registry,
                AgentSpec.dynaQ("corridor").with("planning-steps", "3").with("length", "4"));
        DynaAgent agent = AgentFactory.of(configuration).create(1);
        assertInstanceOf(RecordingModel.class, agent.model());
        agent.runEpisode();
        assertEquals(3 * agent.counters().realSteps(), agent.counters().planningUpdates());
        assertEquals(4, agent.table().states());
    }

    @Test
    void aUsersOwnModuleReplacesTheModelInCode() {
        AgentConfiguration configuration = AgentConfiguration.resolve(registry, AgentSpec.dynaQ("corridor"));
        AgentFactory agents = AgentFactory.of(configuration,
                binder -> Slots.model(binder).setBinding().toInstance(context -> new MyModel()));
        DynaAgent agent = agents.create(1);
        MyModel model = assertInstanceOf(MyModel.class, agent.model());
        agent.runEpisode();
        assertEquals(agent.counters().realSteps(), model.observed);
        assertEquals(0, agent.counters().planningUpdates(), "an empty model gives the planner nothing to plan");
    }

    @Test
    void aBonusWrittenHereIsPluggedInThroughGuice() {
        List<Long> taus = new ArrayList<>();
        ExplorationBonus recording = new ExplorationBonus() {
            @Override
            public BonusPlacement placement() {
                return BonusPlacement.ACTION_SELECTION;
            }

            @Override
            public double bonus(int state, int action, long stepsSinceTried) {
                taus.add(stepsSinceTried);
                return state == 0 && action == 0 ? 100.0 : 0.0;
            }
        };
        AgentConfiguration configuration = AgentConfiguration.resolve(registry,
                AgentSpec.dynaQ("corridor").with("epsilon", "0").with("max-episode-steps", "10"));
        DynaAgent agent = AgentFactory.of(configuration,
                binder -> Slots.bonus(binder).setBinding().toInstance(context -> recording)).create(1);
        // The bonus makes "left" in the first cell irresistible: the agent never leaves it.
        assertEquals(10, agent.runEpisode().steps());
        assertEquals(0.0, agent.table().max(0), "an action-selection bonus is never stored in Q");
        // Second step: (0, left) was tried one step ago, so tau = 0; (0, right) never, 1 step since the start.
        assertEquals(List.of(0L, 0L, 0L, 1L), taus.subList(0, 4));
    }

    @Test
    void aSearchControlWhoseModelLacksACapabilityIsRefusedBeforeTheFirstStep() {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> AgentConfiguration.resolve(registry,
                AgentSpec.dynaQ("corridor").with(ComponentKind.PLANNER, "prioritized-sweeping")));
        assertEquals("search control priority-queue needs a model with predecessors, which model tabular-deterministic "
                + "does not offer; loaded models with predecessors: (none)", e.getMessage());
    }

    @Test
    void theSearchControlIsThePlannersOwnUnlessChosenAndLeftOutOfTheIdentityThen() {
        AgentConfiguration implied = AgentConfiguration.resolve(registry, AgentSpec.dynaQ("corridor"));
        AgentConfiguration chosen = AgentConfiguration.resolve(registry,
                AgentSpec.dynaQ("corridor").with(ComponentKind.SEARCH_CONTROL, "seen-pairs"));
        assertEquals("seen-pairs", implied.component(ComponentKind.SEARCH_CONTROL).provider().id());
        assertEquals(implied.identity(), chosen.identity());
        assertTrue(!implied.identity().contains("search-control"), implied.identity());
    }

    /** A capability of a plugin's own: models that can say how new a state is to them. */
    interface Novel {
        double novelty(dyna.api.env.Transition query);
    }

    @Test
    void aPluginsOwnCapabilityIsRequiredAndCheckedLikeTheBuiltInOnes() {
        dyna.api.model.ModelCapability novelty = dyna.api.model.ModelCapability.of("novelty", Novel.class);
        dyna.api.planning.PlannerProvider cautious = new dyna.api.planning.PlannerProvider() {
            @Override
            public String id() {
                return "cautious";
            }

            @Override
            public String description() {
                return "plans only where states are new";
            }

            @Override
            public java.util.Set<dyna.api.model.ModelCapability> requires() {
                return java.util.Set.of(dyna.api.model.ModelCapability.SAMPLES, novelty);
            }

            @Override
            public dyna.api.planning.Planner create(Parameters parameters, dyna.api.planning.PlanningContext context) {
                return n -> { };
            }
        };
        ProviderRegistry withCautious = ProviderRegistry.of(List.of(Corridor.provider(), RECORDING, cautious,
                new SeenPairsProvider(), new TabularValuesProvider(), new OneHotProvider(), new NoBonusProvider(), new NoLearnerProvider(), new dyna.core.control.NoControllerProvider(),
                new QLearningProvider(), new EpsilonGreedyProvider()));
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> AgentConfiguration.resolve(
                withCautious, AgentSpec.dynaQ("corridor").with(ComponentKind.PLANNER, "cautious")));
        assertEquals("planner cautious needs a model with novelty, which model tabular-deterministic does not "
                + "offer; loaded models with novelty: (none)", e.getMessage());
    }

    @Test
    void aModelBoundInCodeIsCheckedAgainstThePlannerToo() {
        AgentConfiguration configuration = AgentConfiguration.resolve(registry, AgentSpec.dynaQ("corridor"));
        AgentFactory agents = AgentFactory.of(configuration,
                binder -> Slots.model(binder).setBinding().toInstance(context -> new MyModel()),
                binder -> Slots.planner(binder).setBinding().toInstance(new PlannerFactory() {
                    @Override
                    public dyna.api.planning.Planner create(dyna.api.planning.PlanningContext context) {
                        return n -> { };
                    }

                    @Override
                    public java.util.Set<dyna.api.model.ModelCapability> requires() {
                        return java.util.Set.of(dyna.api.model.ModelCapability.DISTRIBUTION);
                    }
                }));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> agents.create(1));
        assertEquals("planner random-sample needs a model with distributions, which the model "
                + MyModel.class.getName() + " (bound in place of model tabular-deterministic) does not offer: it does "
                + "not implement dyna.api.model.DistributionModel", e.getMessage());
    }

    @Test
    void episodeListenersBoundInAModuleAreToldOfEveryEpisode() {
        List<String> told = new ArrayList<>();
        AgentFactory agents = AgentFactory.of(AgentConfiguration.resolve(registry, AgentSpec.dynaQ("corridor")),
                binder -> Slots.episodeListeners(binder).addBinding().toInstance(
                        (run, episode, result) -> told.add(run + ":" + episode + ":" + result.steps())));
        DynaAgent agent = agents.create(7);
        int first = agent.runEpisode().steps();
        int second = agent.runEpisode().steps();
        assertEquals(List.of("7:1:" + first, "7:2:" + second), told);
    }

    @Test
    void eachRunGetsFreshComponents() {
        AgentFactory agents = AgentFactory.of(AgentConfiguration.resolve(registry, AgentSpec.dynaQ("corridor")));
        assertNotEquals(agents.create(1).model(), agents.create(1).model());
    }

    @Test
    void anUnknownParameterListsTheDeclaredOnes() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> AgentConfiguration.resolve(registry, AgentSpec.dynaQ("corridor").with("alfa", "0.5")));
        assertEquals("unknown parameter 'alfa'; the chosen components declare: alpha, epsilon, gamma, length, "
                + "max-episode-steps, planning-steps", e.getMessage());
    }

    @Test
    void aValueOutOfRangeNamesTheParameterAndRange() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> AgentConfiguration.resolve(registry, AgentSpec.dynaQ("corridor").with("epsilon", "2")));
        assertEquals("parameter epsilon: '2' is not valid; expected a value in [0, 1]", e.getMessage());
    }

    @Test
    void anUnknownComponentListsTheKnownOnes() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> AgentConfiguration.resolve(registry, AgentSpec.dynaQ("maze")));
        assertEquals("unknown environment 'maze'; known: corridor", e.getMessage());
        e = assertThrows(ConfigurationException.class, () -> AgentConfiguration.resolve(registry,
                AgentSpec.dynaQ("corridor").with(ComponentKind.PLANNER, "sweeping")));
        assertEquals("unknown planner 'sweeping'; known: prioritized-sweeping, random-sample", e.getMessage());
    }

    @Test
    void identityIsTheSameWhetherADefaultIsWrittenOrNot() {
        AgentConfiguration implicit = AgentConfiguration.resolve(registry, AgentSpec.dynaQ("corridor"));
        AgentConfiguration explicit = AgentConfiguration.resolve(registry,
                AgentSpec.dynaQ("corridor").with("alpha", "0.1").with("planning-steps", "5"));
        assertEquals(implicit.identity(), explicit.identity());
        AgentConfiguration other = AgentConfiguration.resolve(registry, AgentSpec.dynaQ("corridor").with("alpha", "0.2"));
        assertNotEquals(implicit.identity(), other.identity());
        assertTrue(implicit.identity().contains("alpha=0.1"), implicit.identity());
    }
}
