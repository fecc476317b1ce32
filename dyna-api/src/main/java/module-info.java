/**
 * The service provider interfaces of Dyna: environments, models, planners, exploration bonuses,
 * update rules, behaviour policies, search controls, action values, features, learners from batches,
 * controllers, metrics and episode listeners. Requires nothing but {@code java.base}, so that an
 * extension jar needs this module only.
 */
module dyna.api {
    exports dyna.api.provider;
    exports dyna.api.space;
    exports dyna.api.env;
    exports dyna.api.model;
    exports dyna.api.planning;
    exports dyna.api.bonus;
    exports dyna.api.learning;
    exports dyna.api.run;
    exports dyna.api.save;
    exports dyna.api.metric;
    exports dyna.api.control;
}
