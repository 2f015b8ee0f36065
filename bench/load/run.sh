#!/usr/bin/env bash
# Load benchmark: signed /slack/commands ("goals clinops M5 smart") against the real host (Release), and the same
# response bytes from a bare Kestrel app, at 64 and 256 connections, in one run; plus cold start.
# Usage: bench/load/run.sh [seconds-per-run]   (prints a Markdown table)
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-10}
secret=load-benchmark-secret
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
host_port=$(free_port)
base_port=$(free_port)
teams_base_port=$(free_port)
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

command -v wrk >/dev/null || { apt-get update -qq >&2 && apt-get install -y -qq wrk >&2; }
dotnet build src/GoalFrames.Host -c Release -v q >&2
dotnet build bench/GoalFrames.LoadBaseline -c Release -v q >&2

body='token=x&team_id=T1&channel_id=C1&user_id=U1&command=%2Fgoals&text=clinops%20M5%20smart&response_url=http%3A%2F%2F127.0.0.1%2Fhook&trigger_id=1.2.3'
sign() {
  python3 -c 'import hmac,hashlib,sys; print("v0="+hmac.new(sys.argv[1].encode(),("v0:"+sys.argv[2]+":"+sys.argv[3]).encode(),hashlib.sha256).hexdigest())' "$secret" "$1" "$body"
}
now_ms() { date +%s%3N; }

# Cold start: process start to the first answered /goals.
start=$(now_ms)
dotnet artifacts/bin/GoalFrames.Host/release/goalframes.dll serve --urls "http://127.0.0.1:$host_port" \
  --Slack:SigningSecret "$secret" --Limits:PerUserPerMinute 0 --Logging:LogLevel:Default Warning >"$work/host.log" 2>&1 &
host_pid=$!
until ts=$(date +%s) && curl -sf -o "$work/response.json" -X POST "http://127.0.0.1:$host_port/slack/commands" \
    -H 'Content-Type: application/x-www-form-urlencoded' -H "X-Slack-Request-Timestamp: $ts" -H "X-Slack-Signature: $(sign "$ts")" \
    --data-binary "$body"; do
  kill -0 "$host_pid" 2>/dev/null || { echo "the host exited:" >&2; tail -20 "$work/host.log" >&2; exit 1; }
  sleep 0.01
done
cold_ms=$(( $(now_ms) - start ))

dotnet artifacts/bin/GoalFrames.LoadBaseline/release/GoalFrames.LoadBaseline.dll "$work/response.json" application/json --urls "http://127.0.0.1:$base_port" >/dev/null 2>&1 &
base_pid=$!
until curl -sf -o /dev/null -X POST "http://127.0.0.1:$base_port/slack/commands" --data-binary x; do sleep 0.05; done

run() { # name port connections [path script]
  local ts; ts=$(date +%s)
  local path=${4:-/slack/commands} script=${5:-bench/load/slack-command.lua}
  GF_BODY="$body" GF_TS="$ts" GF_SIG="$(sign "$ts")" GF_SERVICE_URL="http://127.0.0.1:$base_port/connector" \
    wrk -t2 -c"$3" -d"${duration}s" --latency -s "$script" "http://127.0.0.1:$2$path" >"$work/$1-$3.txt"
  local rps p50 p99 non2xx
  rps=$(awk '/Requests\/sec/ {print $2}' "$work/$1-$3.txt")
  p50=$(awk '$1=="50%" {print $2}' "$work/$1-$3.txt")
  p99=$(awk '$1=="99%" {print $2}' "$work/$1-$3.txt")
  non2xx=$(awk '/Non-2xx/ {print $5}' "$work/$1-$3.txt")
  echo "$1 $3 $rps $p50 $p99 ${non2xx:-0}"
}

curl -s -o /dev/null -X POST "http://127.0.0.1:$host_port/slack/commands" || true
results=()
for c in 64 256; do
  results+=("$(run baseline $base_port $c)")
  results+=("$(run goalframes $host_port $c)")
done
# Teams: the same question as a message activity (local development mode), against an empty 200 from the baseline.
: >"$work/empty"
dotnet artifacts/bin/GoalFrames.LoadBaseline/release/GoalFrames.LoadBaseline.dll "$work/empty" text/plain --urls "http://127.0.0.1:$teams_base_port" >/dev/null 2>&1 &
until curl -sf -o /dev/null -X POST "http://127.0.0.1:$teams_base_port/api/messages" --data-binary x; do sleep 0.05; done
for c in 64 256; do
  results+=("$(run teams-baseline $teams_base_port $c /api/messages bench/load/teams-message.lua)")
  results+=("$(run teams $host_port $c /api/messages bench/load/teams-message.lua)")
done
peak_kb=$(awk '/VmHWM/ {print $2}' /proc/$host_pid/status)
base_peak_kb=$(awk '/VmHWM/ {print $2}' /proc/$base_pid/status)

table() { # title baseline-name goalframes-name
  echo "| $1 connections | baseline req/s | GoalFrames req/s | ratio | baseline p50 / p99 | GoalFrames p50 / p99 | non-2xx |"
  echo "|---|---|---|---|---|---|---|"
  for c in 64 256; do
    local b g brps bp50 bp99 grps gp50 gp99 gnon ratio
    b=$(printf '%s\n' "${results[@]}" | awk -v c=$c -v n="$2" '$1==n && $2==c')
    g=$(printf '%s\n' "${results[@]}" | awk -v c=$c -v n="$3" '$1==n && $2==c')
    read -r _ _ brps bp50 bp99 _ <<<"$b"
    read -r _ _ grps gp50 gp99 gnon <<<"$g"
    ratio=$(python3 -c "print(f'{float(\"$grps\")/float(\"$brps\"):.2f}')")
    echo "| $c | $brps | $grps | ${ratio}× | $bp50 / $bp99 | $gp50 / $gp99 | $gnon |"
  done
  echo
}

table Slack baseline goalframes
table Teams teams-baseline teams
echo "Cold start (process start to first answered signed /goals): ${cold_ms} ms"
echo "Peak resident memory: GoalFrames $((peak_kb / 1024)) MiB, baseline $((base_peak_kb / 1024)) MiB"
echo "Response: $(wc -c <"$work/response.json") bytes; ${duration} s per run; $(nproc) cores; wrk -t2"
