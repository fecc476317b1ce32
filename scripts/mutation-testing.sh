#!/usr/bin/env bash
# Mutation testing with PIT (docs/mutation-testing.md), outside CI.
# Mutates the code that decides results: the agent, update rules, planners and rollouts, search
# control, bonuses, features, values, every model (tabular, linear, neural, ...), the stop
# conditions and the saved-agent store. Kills the mutants with the tests of dyna-core,
# dyna-models and dyna-experiment and the in-process ones of dyna-app (its commands, conformance
# and figure tests; not the browser's), run on the class path (PIT does not
# run tests on the module path; the few tests that need module layers or descriptors are left
# out). Writes target/mutation/index.html and mutations.csv, then prints the score per area
# (scripts/mutation-areas.sh), equivalent mutants (scripts/pitest/equivalent-mutants.txt) named
# and not counted.
# Usage: scripts/mutation-testing.sh [THREADS] [CLASS-GLOBS]
#   CLASS-GLOBS: PIT's targetClasses, to measure one area (default: every area).
# A mutant that makes a test run past 1.25 times its normal time plus 4 s counts as killed
# (timed out): an endless loop. The three neural behaviour tests of dyna-experiment (16 to 22 s
# each) are left out: every mutant they reach that survives would run them all, which made a run
# take hours; the code they cover is killed by its own module's tests or counted as surviving.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
threads="${1:-2}"
targets="${2:-dyna.core.agent.*,dyna.core.learning.*,dyna.core.planning.*,dyna.core.bonus.*,dyna.core.search.*,\
dyna.core.features.*,dyna.core.values.*,dyna.models.*,dyna.experiment.stop.*,dyna.experiment.agents.AgentStore*,\
dyna.experiment.agents.SavedAgent*,dyna.experiment.agents.LoadedAgent*,dyna.experiment.agents.PartFiles*,\
dyna.experiment.agents.FiniteDataInput*,dyna.experiment.agents.AgentHooks*}"
mvn -B -q install -DskipTests
mvn -B -q -f scripts/pitest/pom.xml dependency:build-classpath -Dmdep.outputFile="$root/target/pitest-tools.cp"
mvn -B -q -pl dyna-app dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$root/target/app-test.cp"
for module in dyna-core dyna-models dyna-experiment dyna-app; do
  mvn -B -q -pl "$module" test-compile
done
# Dyna's own modules as this checkout's class directories (the mutated ones among them), never
# as jars of the local repository, which another build may replace while PIT runs.
deps="$(tr ':' '\n' < target/app-test.cp | grep -v -e '/dev/dyna/' -e '/dyna-[a-z]*-[0-9]' | paste -sd: -)"
classpath="$root/dyna-app/target/test-classes:$root/dyna-app/target/classes"
for module in dyna-experiment dyna-core dyna-models dyna-envs dyna-testkit dyna-api; do
  [ -d "$module/target/test-classes" ] && classpath="$classpath:$root/$module/target/test-classes"
  classpath="$classpath:$root/$module/target/classes"
done
classpath="$classpath:$deps"
java -cp "$(cat target/pitest-tools.cp)" org.pitest.mutationtest.commandline.MutationCoverageReport \
  --reportDir target/mutation --timestampedReports=false --outputFormats HTML,CSV --threads "$threads" \
  --classPath "${classpath//:/,}" \
  --mutableCodePaths "$root/dyna-core/target/classes,$root/dyna-models/target/classes,$root/dyna-experiment/target/classes" \
  --sourceDirs dyna-core/src/main/java,dyna-models/src/main/java,dyna-experiment/src/main/java \
  --targetClasses "$targets" \
  --targetTests 'dyna.core.*,dyna.models.*,dyna.experiment.*,dyna.app.EnvironmentConformanceTest,dyna.app.ComposeInJavaExampleTest,dyna.app.ModelConformanceTest,dyna.app.cli.*,dyna.app.figures.*' \
  --excludedTestClasses 'dyna.core.plugin.*,dyna.core.registry.*,dyna.experiment.cluster.*,dyna.experiment.reader.ExperimentSchemaTest,dyna.experiment.neural.NeuralModelLearningTest,dyna.experiment.neural.BranchedRolloutsBehaviourTest,dyna.experiment.neural.ContinuousModelErrorTest,dyna.app.cli.ReportInBrowserTest,dyna.app.cli.ClusterOptionsTest,dyna.app.cli.ShippedExperimentsTest' \
  --excludedGroups module-path,slow \
  --timeoutConst 4000
scripts/mutation-areas.sh target/mutation/mutations.csv
