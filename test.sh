#!/usr/bin/env bash
# Runs every GoalFrames test, installing what the tests need on a fresh Debian machine.
# Ends with one line: "N passed, N failed". Exit status is non-zero when anything failed.
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)
results="$root/artifacts/test-results"
configuration=${CONFIGURATION:-Release}

log() { printf '[test.sh] %s\n' "$*" >&2; }

# PostgreSQL for the storage contract tests (scripts/postgres-for-tests.sh prints the connection string).
if [ -x scripts/postgres-for-tests.sh ] && [ -z "${GOALFRAMES_TEST_POSTGRES:-}" ]; then
  if pg_env=$(scripts/postgres-for-tests.sh); then
    eval "$pg_env"
  else
    log "PostgreSQL could not be started; its tests will say so (and fail under CI=true)"
  fi
fi

# Node packages for the external payload checkers (TypeScript + @slack/types, adaptivecards in Chromium).
if [ -x scripts/checkers-for-tests.sh ]; then
  scripts/checkers-for-tests.sh >&2 || log "the external checkers could not be installed; their tests will say so"
fi

# The Kubernetes manifest checker (npm kubernetes-models' schemas) for deploy/k8s.
if [ -x scripts/k8s-checker-for-tests.sh ]; then
  scripts/k8s-checker-for-tests.sh >&2 || log "the Kubernetes manifest checker could not be installed; its tests will say so"
fi

# The Microsoft 365 Agents Playground (npm, pinned) for the Teams end-to-end test.
if [ -x scripts/playground-for-tests.sh ]; then
  scripts/playground-for-tests.sh >&2 || log "the Agents Playground could not be installed; its test will say so"
fi

log "restore and build ($configuration, warnings as errors)"
dotnet restore GoalFrames.sln >&2
dotnet build GoalFrames.sln -c "$configuration" --no-restore >&2

rm -rf "$results"
log "test"
set +e
dotnet test --solution GoalFrames.sln -c "$configuration" --no-build --results-directory "$results" --report-trx >&2
status=$?
set -e

# The shipped build: publish the Native AOT binary (skipped when nothing it is built from changed) and run the
# host-level end-to-end tests again against it: Slack signing, events and installs, Teams tokens against a local
# OpenID configuration, SQLite and PostgreSQL, canon hot reload, readiness, logs, the container layout and the
# Agents Playground. GOALFRAMES_SKIP_AOT=1 leaves this stage out (it then counts as one failure under CI=true).
# Most of these run the host in the test process by default (TestHost); here GOALFRAMES_HOST_BINARY makes them start
# the binary instead, so every class that talks to a host over HTTP is listed.
aot_classes=(SlackEndpointTests SlackEventsTests SlackInteractivityTests SlackInstallTests SlackInstallPageTests TeamsEndpointTests TeamsTokenTests TeamsReplyTokenTests
  SlackDraftCommandTests SlackEventFailureTests SlackCanonDriftTests RateLimitTests WebHostTests
  DurabilityTests CanonReloadTests ReadinessTests StoreOutageTests TelemetryTests ShutdownTests StartupRefusalTests
  LogDefaultsTests HealthcheckCommandTests ContainerImageTests AppSettingsExampleTests PlaygroundHostTests AotCanonToolsTests ExportBinaryTests ReminderSettingsTests)
if [ "${GOALFRAMES_SKIP_AOT:-}" = 1 ]; then
  log "Native AOT stage skipped (GOALFRAMES_SKIP_AOT=1)"
  [ "${CI:-}" = true ] && status=1
elif binary=$(scripts/publish-aot.sh); then
  log "end-to-end tests against the Native AOT binary $binary"
  filters=()
  for class in "${aot_classes[@]}"; do filters+=(--filter-class "GoalFrames.Host.Tests.$class"); done
  set +e
  GOALFRAMES_HOST_BINARY="$binary" dotnet test --project tests/GoalFrames.Host.Tests -c "$configuration" --no-build \
    --results-directory "$results" --report-trx --report-trx-filename aot-host.trx "${filters[@]}" >&2
  aot_status=$?
  set -e
  [ "$aot_status" -ne 0 ] && status=$aot_status
else
  log "the Native AOT publish failed"
  status=1
fi

passed=0
failed=0
shopt -s nullglob
for trx in "$results"/*.trx; do
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  e=$(sed -n 's/.* error="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0} + ${e:-0}))
done

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # The runner failed without a failing test (a crash, a build problem, a missing result): count it.
  failed=1
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
