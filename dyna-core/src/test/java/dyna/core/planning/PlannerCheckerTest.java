package dyna.core.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyna.api.env.Transition;
import dyna.api.planning.Planner;
import dyna.api.planning.PlannerProvider;
import dyna.api.planning.PlanningContext;
import dyna.api.planning.SearchControl;
import dyna.api.provider.Parameters;
import dyna.testkit.PlannerChecker;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Every built-in planner over tabular models passes the planner checks, and planners that break a contract fail them. */
class PlannerCheckerTest {

    static List<PlannerProvider> planners() {
        return List.of(new RandomSamplePlannerProvider(), new PrioritizedSweepingPlannerProvider(),
                new UniformExpectedPlannerProvider(), new OnPolicyExpectedPlannerProvider(),
                new BranchedRolloutsProvider());
    }

    @ParameterizedTest
    @MethodSource("planners")
    void everyBuiltInPlannerPasses(PlannerProvider provider) {
        assertEquals(List.of(), PlannerChecker.check(provider, Parameters.defaults(provider.parameters()), 3));
    }

    /** The loop before search controls could say they hand unknown pairs: it simulates whatever it is given. */
    @Test
    void aPlannerThatTrustsEveryStartFailsOnAControlThatHandsUnknownPairs() {
        List<String> problems = PlannerChecker.check(provider("trusting", context -> budget -> {
            SearchControl control = context.searchControl();
            Transition start = context.newTransition();
            for (int i = 0; i < budget && control.next(start); i++) {
                control.updated(start, context.update(context.simulate(start)));
            }
        }), Parameters.defaults(List.of()), 3);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("simulated") && problems.get(0).contains("does not know"), problems.get(0));
    }

    @Test
    void aPlannerThatOverspendsItsBudgetFails() {
        List<String> problems = PlannerChecker.check(provider("greedy", context -> budget -> {
            Transition start = context.newTransition();
            for (int i = 0; i <= budget && context.searchControl().next(start); i++) {
                if (context.model().knows(start)) {
                    context.update(context.simulate(start));
                }
            }
        }), Parameters.defaults(List.of()), 3);
        assertTrue(problems.stream().anyMatch(p -> p.contains("more than its budget")), problems.toString());
    }

    @Test
    void aPlannerThatDoesNothingFails() {
        List<String> problems = PlannerChecker.check(provider("idle", context -> budget -> { }),
                Parameters.defaults(List.of()), 3);
        assertTrue(problems.stream().anyMatch(p -> p.contains("made no planning update")), problems.toString());
    }

    private static PlannerProvider provider(String id, java.util.function.Function<PlanningContext, Planner> create) {
        return new PlannerProvider() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String description() {
                return "a planner under test";
            }

            @Override
            public Planner create(Parameters parameters, PlanningContext context) {
                return create.apply(context);
            }
        };
    }
}
