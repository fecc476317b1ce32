#!/usr/bin/env bash
# Mutation testing of dyna-core and dyna-models with PIT (docs/mutation-testing.md), outside CI.
# Mutates the agent, learning, planning, bonus and model packages and kills the mutants with the
# tests of dyna-core, dyna-models and the behaviour tests of dyna-experiment and dyna-app, run on the class path
# (PIT does not run tests on the module path; the few tests that need module layers or
# descriptors are left out). Writes target/mutation/index.html and mutations.csv.
# Usage: scripts/mutation-testing.sh [THREADS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
threads="${1:-2}"
mvn -B -q install -DskipTests
mvn -B -q -f scripts/pitest/pom.xml dependency:build-classpath -Dmdep.outputFile="$root/target/pitest-tools.cp"
mvn -B -q -pl dyna-app dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$root/target/app-test.cp"
for module in dyna-core dyna-models dyna-experiment; do
  mvn -B -q -pl "$module" test-compile
done
# The modules under test as class directories (mutable), the rest as jars.
deps="$(tr ':' '\n' < target/app-test.cp | grep -v -e '/dyna-core-' -e '/dyna-models-' | paste -sd: -)"
classpath="$root/dyna-app/target/test-classes:$root/dyna-app/target/classes:$root/dyna-experiment/target/test-classes"
classpath="$classpath:$root/dyna-core/target/test-classes:$root/dyna-core/target/classes"
classpath="$classpath:$root/dyna-models/target/test-classes:$root/dyna-models/target/classes:$deps"
java -cp "$(cat target/pitest-tools.cp)" org.pitest.mutationtest.commandline.MutationCoverageReport \
  --reportDir target/mutation --timestampedReports=false --outputFormats HTML,CSV --threads "$threads" \
  --classPath "${classpath//:/,}" \
  --mutableCodePaths "$root/dyna-core/target/classes,$root/dyna-models/target/classes" \
  --sourceDirs dyna-core/src/main/java,dyna-models/src/main/java \
  --targetClasses 'dyna.core.agent.*,dyna.core.learning.*,dyna.core.planning.*,dyna.core.bonus.*,dyna.models.*' \
  --targetTests 'dyna.core.*,dyna.models.*,dyna.experiment.*,dyna.app.EnvironmentConformanceTest,dyna.app.ComposeInJavaExampleTest' \
  --excludedTestClasses 'dyna.core.plugin.*,dyna.core.registry.*' \
  --timeoutConst 8000
