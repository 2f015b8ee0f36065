#!/usr/bin/env bash
# Installs what the external payload checkers in the test suite need, on Debian 12 as root. Idempotent.
#   tests/checkers/node_modules: typescript + @slack/types (Block Kit type check), adaptivecards + playwright-core
#                                (Adaptive Cards rendered in Chromium), pinned by tests/checkers/package-lock.json
#   /usr/bin/chromium:           Debian's Chromium; playwright-core drives it (no browser is ever downloaded)
# Node.js itself is not installed here: without it the checker tests say so and skip (and fail under CI=true).
# Everything is written to stderr.
set -euo pipefail
exec 1>&2
cd "$(dirname "$0")/.."
log() { printf '[checkers] %s\n' "$*"; }

status=0

if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
  checkers=tests/checkers
  stamp="$checkers/node_modules/.goalframes-lock.sha256"
  want=$(sha256sum "$checkers/package-lock.json" | cut -d' ' -f1)
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    log "node packages already installed ($(node --version))"
  elif (cd "$checkers" && npm ci --no-audit --no-fund --loglevel=error); then
    echo "$want" >"$stamp"
    log "node packages installed ($(node --version))"
  else
    log "npm ci failed in $checkers"
    status=1
  fi
else
  log "node or npm is missing: the Block Kit and Adaptive Card checker tests will skip (and fail under CI=true)"
  status=1
fi

if [ -x /usr/bin/chromium ]; then
  log "chromium present: $(/usr/bin/chromium --version 2>/dev/null || echo unknown version)"
else
  export DEBIAN_FRONTEND=noninteractive
  log "installing chromium from Debian"
  if ! apt-get install -y -q chromium; then
    log "apt-get install failed; updating the package lists and trying again"
    apt-get update -q && apt-get install -y -q chromium || { log "chromium could not be installed"; status=1; }
  fi
fi

exit "$status"
