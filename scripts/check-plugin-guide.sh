#!/usr/bin/env bash
# Builds docs/plugins.md's files exactly as the guide gives them (each code block marked
# <!-- file: PATH -->) in a new directory, runs their tests with Maven and checks that the tests
# ran, then loads the jar and runs its model and its environment through ./dyna, as the guide's
# step 3 does. Needs Dyna installed in the local Maven repository (mvn install).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

awk -v dir="$work" '
  /^<!-- file: .* -->$/ { path = $3; next }
  /^```/ {
    if (inside) { inside = 0; close(file); path = ""; next }
    if (path != "") { inside = 1; file = dir "/" path; system("mkdir -p \"$(dirname \"" file "\")\""); printf "" > file; next }
  }
  inside { print >> file }
' "$root/docs/plugins.md"

for f in pom.xml src/main/java/module-info.java src/main/java/my/models/MajorityModelProvider.java \
         src/main/java/my/models/LineWalkProvider.java src/main/java/my/models/NearestModelProvider.java \
         src/main/java/my/models/LatentModelProvider.java \
         src/test/java/my/models/MyModelsTest.java; do
  test -s "$work/$f" || { echo "the plugin guide gives no $f"; exit 1; }
done

(cd "$work" && mvn -B -q package)
ran="$(cat "$work"/target/surefire-reports/*.txt 2>/dev/null \
  | awk '/^Tests run: [0-9]+, Failures: 0, Errors: 0, Skipped: 0/ { sub(",", "", $3); n += $3 } END { print n + 0 }')"
test "${ran:-0}" -ge 4 || { echo "the plugin guide's tests did not run (Tests run: ${ran:-0})"; exit 1; }

"$root/dyna" plugins --plugins "$work/target" > "$work/plugins.txt"
grep -q "state     loaded$" "$work/plugins.txt" || { cat "$work/plugins.txt"; exit 1; }
"$root/dyna" run --plugins "$work/target" --env dyna-maze --model majority --runs 2 --episodes 5 --out "$work/majority" > /dev/null
"$root/dyna" run --plugins "$work/target" --env line-walk --model no-model --values linear --features tile-coding \
    --update-rule sarsa --param epsilon=0 --param alpha=0.05 --runs 2 --episodes 5 --out "$work/line-walk" > /dev/null
test "$(wc -l < "$work/line-walk/episodes.csv")" -eq 11
"$root/dyna" run --plugins "$work/target" --env line-walk --model nearest --search-control recent-states \
    --values linear --features tile-coding --update-rule sarsa --param epsilon=0 --param alpha=0.05 \
    --param planning-steps=5 --runs 2 --episodes 5 --out "$work/nearest" > /dev/null
test "$(wc -l < "$work/nearest/episodes.csv")" -eq 11
"$root/dyna" run --plugins "$work/target" --env line-walk --model latent --planner branched-rollouts \
    --values linear --features tile-coding --update-rule sarsa --param epsilon=0 --param alpha=0.05 \
    --param planning-steps=5 --param horizon=3 --runs 2 --episodes 5 --out "$work/latent" > /dev/null
test "$(wc -l < "$work/latent/episodes.csv")" -eq 11
echo "plugin guide checked: $ran tests ran, the jar loads and its components run"
