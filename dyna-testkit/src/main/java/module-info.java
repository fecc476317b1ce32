/**
 * Dyna's test kit: the checks every environment and every model must pass, for the tests of a
 * plugin (or of Dyna itself). Requires nothing but {@code dyna.api}.
 */
module dyna.testkit {
    requires transitive dyna.api;

    exports dyna.testkit;
}
