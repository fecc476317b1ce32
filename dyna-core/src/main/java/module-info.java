/**
 * The Dyna agent loop, the built-in update rules, policy, action values, features, planners,
 * controllers, search controls, bonuses and metrics, the kind table, the provider
 * registry, and composition with Guice. Never requires {@code dyna.envs} or
 * {@code dyna.models}: every environment and model is found at run time.
 */
module dyna.core {
    requires transitive dyna.api;
    requires com.google.guice;
    // Guice is an automatic module and needs Guava, an explicit one (com.google.common) since
    // 33.4: an automatic module brings no explicit module into the graph, so this does.
    requires com.google.common;
    requires jakarta.inject;

    exports dyna.core.agent;
    exports dyna.core.analysis;
    exports dyna.core.compose;
    exports dyna.core.metrics;
    exports dyna.core.plugin;
    exports dyna.core.registry;
    exports dyna.core.seed;

    opens dyna.core.compose to com.google.guice;

    uses dyna.api.env.EnvironmentProvider;
    uses dyna.api.model.ModelProvider;
    uses dyna.api.planning.PlannerProvider;
    uses dyna.api.planning.SearchControlProvider;
    uses dyna.api.bonus.BonusProvider;
    uses dyna.api.learning.UpdateRuleProvider;
    uses dyna.api.learning.PolicyProvider;
    uses dyna.api.learning.ActionValuesProvider;
    uses dyna.api.learning.FeaturesProvider;
    uses dyna.api.learning.LearnerProvider;
    uses dyna.api.control.ControllerProvider;
    uses dyna.api.metric.MetricProvider;
    uses dyna.api.provider.KindDeclaration;
    uses dyna.api.run.EpisodeListener;
    uses com.google.inject.Module;

    provides dyna.api.planning.PlannerProvider with
            dyna.core.planning.RandomSamplePlannerProvider,
            dyna.core.planning.PrioritizedSweepingPlannerProvider,
            dyna.core.planning.UniformExpectedPlannerProvider,
            dyna.core.planning.OnPolicyExpectedPlannerProvider,
            dyna.core.planning.LinearDynaPlannerProvider,
            dyna.core.planning.BranchedRolloutsProvider;
    provides dyna.api.planning.SearchControlProvider with
            dyna.core.search.SeenPairsProvider,
            dyna.core.search.AllPairsProvider,
            dyna.core.search.RecentStatesProvider,
            dyna.core.search.PriorityQueueProvider,
            dyna.core.search.OnPolicyTrajectoriesProvider,
            dyna.core.search.UnitFeaturesProvider,
            dyna.core.search.ReplayedFeaturesProvider,
            dyna.core.search.FeaturePriorityProvider;
    provides dyna.api.bonus.BonusProvider with
            dyna.core.bonus.NoBonusProvider,
            dyna.core.bonus.DynaQPlusBonusProvider,
            dyna.core.bonus.ActionBonusProvider;
    provides dyna.api.learning.UpdateRuleProvider with
            dyna.core.learning.QLearningProvider,
            dyna.core.learning.SarsaProvider,
            dyna.core.learning.ExpectedSarsaProvider;
    provides dyna.api.learning.ActionValuesProvider with
            dyna.core.values.TabularValuesProvider,
            dyna.core.values.LinearValuesProvider;
    provides dyna.api.learning.FeaturesProvider with
            dyna.core.features.OneHotProvider,
            dyna.core.features.TileCodingProvider;
    provides dyna.api.learning.PolicyProvider with dyna.core.learning.EpsilonGreedyProvider;
    provides dyna.api.learning.LearnerProvider with dyna.core.learning.NoLearnerProvider;
    provides dyna.api.control.ControllerProvider with
            dyna.core.control.NoControllerProvider,
            dyna.core.control.RandomShootingProvider,
            dyna.core.control.CrossEntropyProvider,
            dyna.core.control.MppiProvider;
    provides dyna.api.metric.MetricProvider with
            dyna.core.metrics.StepsMetricProvider,
            dyna.core.metrics.ReturnMetricProvider,
            dyna.core.metrics.TruncatedMetricProvider,
            dyna.core.metrics.PlanningUpdatesMetricProvider,
            dyna.core.metrics.ValueErrorMetricProvider,
            dyna.core.metrics.ModelErrorMetricProvider,
            dyna.core.metrics.SpectralRadiusMetricProvider;
}
