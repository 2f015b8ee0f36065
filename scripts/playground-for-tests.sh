#!/usr/bin/env bash
# Installs the Microsoft 365 Agents Playground for the Teams end-to-end test. Idempotent; prints nothing on stdout.
#   tests/GoalFrames.Teams.Tests/playground/node_modules: @microsoft/m365agentsplayground, pinned to 0.2.28 by the
#   committed package-lock.json (Microsoft pre-release licence: installed at test time, never committed)
# Without node/npm the end-to-end test says so and skips (and fails under CI=true). Exit status 1 when it could not install.
set -euo pipefail
exec 1>&2
cd "$(dirname "$0")/.."
log() { printf '[playground] %s\n' "$*"; }

dir=tests/GoalFrames.Teams.Tests/playground
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  log "node or npm is missing: the Teams end-to-end test will skip (and fail under CI=true)"
  exit 1
fi

stamp="$dir/node_modules/.goalframes-lock.sha256"
want=$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -x "$dir/node_modules/.bin/agentsplayground" ]; then
  log "Agents Playground already installed ($(node --version))"
  exit 0
fi

if (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error); then
  echo "$want" >"$stamp"
  log "Agents Playground installed ($(node --version))"
else
  log "npm ci failed in $dir"
  exit 1
fi
