#!/usr/bin/env bash
# Builds docs/plugins.md's files exactly as the guide gives them in new directories: its first
# step alone (one model, its module-info, the pom) as a reader who stops there would, then the
# whole plugin, whose tests must run; then loads the jars and runs their models and environment
# through ./dyna, as the guide's steps 3 and 4 do. Needs Dyna installed in the local Maven
# repository (mvn install).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Each code block marked <!-- file: PATH --> goes into the whole plugin ($work), one marked
# <!-- first step: PATH --> into the first step's alone ($work/first), and one marked
# <!-- file and first step: PATH --> into both.
awk -v dir="$work" '
  /^<!-- (file|first step|file and first step): .* -->$/ {
    kind = $0; sub(/^<!-- /, "", kind); sub(/: .*$/, "", kind)
    path = $0; sub(/^<!-- [a-z ]*: /, "", path); sub(/ -->$/, "", path)
    n = 0
    if (kind != "first step") targets[++n] = dir "/" path
    if (kind != "file") targets[++n] = dir "/first/" path
    next
  }
  /^```/ {
    if (inside) { inside = 0; for (i = 1; i <= n; i++) close(targets[i]); n = 0; next }
    if (n > 0) {
      inside = 1
      for (i = 1; i <= n; i++) { system("mkdir -p \"$(dirname \"" targets[i] "\")\""); printf "" > targets[i] }
      next
    }
  }
  inside { for (i = 1; i <= n; i++) print >> targets[i] }
' "$root/docs/plugins.md"

# The first step as a reader stops after it: one model, its module-info and the pom, built alone.
for f in pom.xml src/main/java/module-info.java src/main/java/my/models/MajorityModelProvider.java; do
  test -s "$work/first/$f" || { echo "the plugin guide's first step gives no $f"; exit 1; }
done
(cd "$work/first" && mvn -B -q package)
ls "$work/first/target"/*.jar > /dev/null || { echo "the first step built no jar"; exit 1; }
"$root/dyna" plugins --plugins "$work/first/target" | grep -q "majority" \
  || { echo "the first step's jar provides no majority model"; exit 1; }

for f in pom.xml src/main/java/module-info.java src/main/java/my/models/MajorityModelProvider.java \
         src/main/java/my/models/LineWalkProvider.java src/main/java/my/models/LinePushProvider.java src/main/java/my/models/NearestModelProvider.java \
         src/main/java/my/models/LatentModelProvider.java src/main/java/my/models/HoldControllerProvider.java \
         src/test/java/my/models/MyModelsTest.java; do
  test -s "$work/$f" || { echo "the plugin guide gives no $f"; exit 1; }
done

(cd "$work" && mvn -B -q package)
ran="$(cat "$work"/target/surefire-reports/*.txt 2>/dev/null \
  | awk '/^Tests run: [0-9]+, Failures: 0, Errors: 0, Skipped: 0/ { sub(",", "", $3); n += $3 } END { print n + 0 }')"
test "${ran:-0}" -ge 5 || { echo "the plugin guide's tests did not run (Tests run: ${ran:-0})"; exit 1; }

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
"$root/dyna" run --plugins "$work/target" --env pendulum --model true-model --controller hold --param horizon=30 \
    --runs 2 --episodes 3 --out "$work/hold" > /dev/null
test "$(wc -l < "$work/hold/episodes.csv")" -eq 7
echo "plugin guide checked: $ran tests ran, the jar loads and its components run"
