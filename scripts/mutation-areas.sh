#!/usr/bin/env bash
# The mutation score per area from PIT's mutations.csv (scripts/mutation-testing.sh writes it).
# A mutant listed in scripts/pitest/equivalent-mutants.txt (class, method, line, mutator, and why)
# is named and not counted: it changes nothing a caller could observe.
# Usage: scripts/mutation-areas.sh [target/mutation/mutations.csv]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
csv="${1:-$root/target/mutation/mutations.csv}"
equivalent="${EQUIVALENT:-$root/scripts/pitest/equivalent-mutants.txt}"
awk -F, -v equivalent="$equivalent" '
  function area(class) {
    if (class ~ /^dyna\.core\.planning\.(BranchedRollouts|HorizonSchedule)/) return "branched rollouts"
    if (class ~ /^dyna\.core\.planning\.LinearDynaPlanner/ || class ~ /^dyna\.models\.linear\./) return "Linear Dyna (planner, model)"
    if (class ~ /^dyna\.core\.planning\./) return "planners (chapter 8)"
    if (class ~ /^dyna\.core\.agent\./) return "agent"
    if (class ~ /^dyna\.core\.learning\./) return "update rules, policies"
    if (class ~ /^dyna\.core\.search\./) return "search control"
    if (class ~ /^dyna\.core\.bonus\./) return "bonuses"
    if (class ~ /^dyna\.core\.features\./) return "features"
    if (class ~ /^dyna\.core\.values\./) return "values"
    if (class ~ /^dyna\.models\.tabular\./) return "tabular models"
    if (class ~ /^dyna\.models\.neural\./) return "neural ensemble"
    if (class ~ /^dyna\.models\./) return "other models (replay, true, none)"
    if (class ~ /^dyna\.experiment\.stop\./) return "stop conditions"
    if (class ~ /^dyna\.experiment\.agents\./) return "saved agents"
    return "other"
  }
  BEGIN {
    while ((getline line < equivalent) > 0) {
      if (line ~ /^#/ || line ~ /^[[:space:]]*$/) continue
      split(line, f, "|")
      for (i = 1; i <= 4; i++) gsub(/^[[:space:]]+|[[:space:]]+$/, "", f[i])
      same[f[1] "|" f[2] "|" f[3] "|" f[4]] = 1
    }
  }
  {
    class = $2; method = $4; line = $5; status = $6
    mutator = $3; sub(/.*\./, "", mutator)
    a = area(class)
    key = class "|" method "|" line "|" mutator
    # The survivors at a listed (equivalent) place are named and not counted; killed mutants there
    # (a line may hold two of one mutator) count as killed. A listed place with no survivor is stale.
    if (key in same && status != "KILLED" && status != "TIMED_OUT" && status != "MEMORY_ERROR") {
      eq[a]++; alive[key] = 1; next
    }
    total[a]++
    if (status == "KILLED" || status == "TIMED_OUT" || status == "MEMORY_ERROR") killed[a]++
    else if (status == "SURVIVED" || status == "NO_COVERAGE") left[a] = left[a] sprintf("    %s %s.%s line %s %s\n", status, class, method, line, mutator)
    # RUN_ERROR and NON_VIABLE: the mutant could not be run; counted as neither
    else { total[a]--; other[a]++ }
  }
  END {
    printf "%-36s %8s %7s %8s %11s\n", "area", "mutants", "killed", "score", "equivalent"
    for (a in total) order[++n] = a
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (order[j] < order[i]) { t = order[i]; order[i] = order[j]; order[j] = t }
    for (i = 1; i <= n; i++) {
      a = order[i]
      printf "%-36s %8d %7d %7.1f%% %11d\n", a, total[a], killed[a], 100 * killed[a] / total[a], eq[a]
      all += total[a]; allKilled += killed[a]; allEq += eq[a]
    }
    printf "%-36s %8d %7d %7.1f%% %11d\n", "all", all, allKilled, 100 * allKilled / all, allEq
    print ""
    print "Survivors (SURVIVED: run and not noticed; NO_COVERAGE: no test runs the line):"
    for (i = 1; i <= n; i++) if (left[order[i]] != "") printf "  %s\n%s", order[i], left[order[i]]
    for (k in same) if (!(k in alive)) wrong = wrong "    " k "\n"
    if (wrong != "") printf "\nListed as equivalent, yet no mutant there survived (killed, or the line moved): fix the list:\n%s", wrong
  }
' "$csv"
