#!/usr/bin/env bash
# Refreshes the README screenshots in docs/img from a fresh test run. The tests never write docs/: they put their
# screenshots under artifacts/screenshots/, and this script copies them over the tracked ones (review with git diff).
#   docs/img/adaptivecard-*.png               AdaptiveCardsRendererCheckTests (adaptivecards in headless Chromium)
#   docs/img/teams-playground-*.png           PlaygroundScreenshotTests (the Agents Playground's web UI)
# Needs what those tests need: node, /usr/bin/chromium and the npm packages (scripts/checkers-for-tests.sh,
# scripts/playground-for-tests.sh). It runs them with CI=true, so a missing part fails instead of skipping.
set -euo pipefail
cd "$(dirname "$0")/.."
configuration=${CONFIGURATION:-Release}
shots=artifacts/screenshots

log() { printf '[refresh-screenshots] %s\n' "$*" >&2; }

rm -rf "$shots"
for project in GoalFrames.Rendering.Tests:AdaptiveCardsRendererCheckTests GoalFrames.Teams.Tests:PlaygroundScreenshotTests; do
  name=${project%%:*}
  class=${project##*:}
  log "build and run $class"
  dotnet build "tests/$name" -c "$configuration" >&2
  CI=true dotnet test --project "tests/$name" -c "$configuration" --no-build --filter-class "*$class" >&2
done

copied=0
for shot in "$shots"/*.png; do
  [ -e "$shot" ] || continue
  cp "$shot" docs/img/
  log "docs/img/$(basename "$shot")"
  copied=$((copied + 1))
done

if [ "$copied" -eq 0 ]; then
  log "the tests wrote no screenshots to $shots"
  exit 1
fi
log "$copied screenshots copied; review them with: git diff --stat docs/img"
