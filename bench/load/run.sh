#!/usr/bin/env bash
# Load benchmark, back to back in one run: a signed POST /slack/commands ("goals clinops M5 smart", the 7.4 KB Block
# Kit answer) against
#   kestrel-jit / kestrel-aot  bare Kestrel answering the same bytes from memory (bench/GoalFrames.LoadBaseline)
#   bolt                        Bolt for JavaScript 5.1.0 answering the same bytes (npm, into a temp folder)
#   goalframes-jit              the host's JIT build (dotnet goalframes.dll), default settings
#   goalframes-aot              the shipped Native AOT binary (scripts/publish-aot.sh), default settings
# Each contender: cold start (exec to the first answered signed request, median of 5), RSS after that first answer,
# p99 in the first 5 s after start, a warm-up, then 64 and 256 connections, then RSS after the load. The only
# setting changed from the defaults is the per-user limit (Limits:PerUserPerMinute=0: wrk is one user). Then the
# Teams path (/api/messages, local development mode) with few and with many conversations.
# Usage: bench/load/run.sh [seconds-per-run] [warm-up-seconds]   (prints Markdown; needs root for apt-get and npm)
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-10}
warm=${2:-5}
secret=load-benchmark-secret
body='token=x&team_id=T1&channel_id=C1&user_id=U1&command=%2Fgoals&text=clinops%20M5%20smart&response_url=http%3A%2F%2F127.0.0.1%2Fhook&trigger_id=1.2.3'
export GF_SECRET=$secret GF_BODY=$body
log() { printf '[load] %s\n' "$*" >&2; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
work=$(mktemp -d)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"' EXIT

command -v wrk >/dev/null || { apt-get update -qq >&2 && apt-get install -y -qq wrk >&2; }
log "building: the JIT host and baseline, the AOT host and baseline, Bolt 5.1.0"
dotnet build src/GoalFrames.Host -c Release -v q >&2
dotnet build bench/GoalFrames.LoadBaseline -c Release -v q >&2
gf_aot=$(scripts/publish-aot.sh)
base_aot=artifacts/aot/baseline/GoalFrames.LoadBaseline
if [ ! -x "$base_aot" ] || [ bench/GoalFrames.LoadBaseline/Program.cs -nt "$base_aot" ]; then
  dotnet publish bench/GoalFrames.LoadBaseline -c Release -r linux-x64 -p:PublishAot=true -o artifacts/aot/baseline -v q >&2
fi
mkdir -p "$work/bolt"
npm install --prefix "$work/bolt" --no-audit --no-fund --loglevel=error @slack/bolt@5.1.0 >&2
cp bench/load/bolt-app.js "$work/bolt/"

sign() { python3 -c 'import hmac,hashlib,sys; print("v0="+hmac.new(sys.argv[1].encode(),("v0:"+sys.argv[2]+":"+sys.argv[3]).encode(),hashlib.sha256).hexdigest())' "$secret" "$1" "$body"; }
ask() { # port [output]: one signed /goals
  local ts; ts=$(date +%s)
  curl -sf -o "${2:-/dev/null}" -X POST "http://127.0.0.1:$1/slack/commands" -H 'Content-Type: application/x-www-form-urlencoded' \
    -H "X-Slack-Request-Timestamp: $ts" -H "X-Slack-Signature: $(sign "$ts")" --data-binary "$body"
}
gf_settings=(--Slack:SigningSecret "$secret" --Limits:PerUserPerMinute 0)
contender() { # name: the command line, with PORT for the port
  case $1 in
    kestrel-jit) echo dotnet artifacts/bin/GoalFrames.LoadBaseline/release/GoalFrames.LoadBaseline.dll "$work/response.json" application/json --urls http://127.0.0.1:PORT ;;
    kestrel-aot) echo "$base_aot" "$work/response.json" application/json --urls http://127.0.0.1:PORT ;;
    bolt) echo node "$work/bolt/bolt-app.js" "$work/response.json" PORT ;;
    goalframes-jit) echo dotnet artifacts/bin/GoalFrames.Host/release/goalframes.dll serve --urls http://127.0.0.1:PORT "${gf_settings[@]}" --Storage:ConnectionString "Data\ Source=$work/jit.db" ;;
    goalframes-aot) echo "$gf_aot" serve --urls http://127.0.0.1:PORT "${gf_settings[@]}" --Storage:ConnectionString "Data\ Source=$work/aot.db" ;;
  esac
}
start() { # name port: starts the contender, waits for its first answer, prints its pid
  local line; line=$(contender "$1"); line=${line//PORT/$2}
  eval "exec $line" >"$work/$1.log" 2>&1 &
  local pid=$!
  until ask "$2"; do kill -0 "$pid" 2>/dev/null || { log "$1 exited:"; tail -20 "$work/$1.log" >&2; exit 1; }; sleep 0.005; done
  echo "$pid"
}
rss() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$1/status"; }
ms() { # wrk latency (850.00us, 9.90ms, 1.20s) in ms
  awk -v v="$1" 'BEGIN { n=v+0; if (v ~ /us$/) n/=1000; else if (v ~ /[0-9]s$/ && v !~ /ms$/) n*=1000; printf "%.1f", n }'
}
wrk_run() { # port connections seconds output [script] [path]
  local ts; ts=$(date +%s)
  GF_TS="$ts" GF_SIG="$(sign "$ts")" wrk -t1 -c"$2" -d"$3s" --latency -s "${5:-bench/load/slack-command.lua}" "http://127.0.0.1:$1${6:-/slack/commands}" >"$4"
}
rps() { awk '/Requests\/sec/ {printf "%.0f", $2}' "$1"; }
p99() { ms "$(awk '$1=="99%" {print $2}' "$1")"; }
non2xx() { awk '/Non-2xx/ {print $5}' "$1" | grep . || echo 0; }

log "a reference answer from the shipped binary"
port=$(free_port); pid=$(start goalframes-aot "$port"); pids+=("$pid")
ask "$port" "$work/response.json"; kill "$pid"; wait "$pid" 2>/dev/null || true
bytes=$(wc -c <"$work/response.json")

declare -A cold idle first r64 p64 r256 p256 after
names=(kestrel-jit kestrel-aot bolt goalframes-jit goalframes-aot)
for name in "${names[@]}"; do
  log "$name: cold start"
  line=$(contender "$name")
  cold[$name]=$(eval "python3 bench/load/coldstart.py 5 $(free_port) -- $line" | cut -d' ' -f1)
  log "$name: load"
  port=$(free_port); pid=$(start "$name" "$port"); pids+=("$pid")
  idle[$name]=$(rss "$pid")
  wrk_run "$port" 64 5 "$work/$name-first.txt"; first[$name]=$(p99 "$work/$name-first.txt")
  wrk_run "$port" 64 "$warm" "$work/$name-warm.txt"
  wrk_run "$port" 64 "$duration" "$work/$name-64.txt"; r64[$name]=$(rps "$work/$name-64.txt"); p64[$name]=$(p99 "$work/$name-64.txt")
  wrk_run "$port" 256 "$duration" "$work/$name-256.txt"; r256[$name]=$(rps "$work/$name-256.txt"); p256[$name]=$(p99 "$work/$name-256.txt")
  ask "$port" "$work/$name-check.json"; [ "$(wc -c <"$work/$name-check.json")" -eq "$bytes" ] || log "$name: the answer is not the reference bytes"
  for f in first warm 64 256; do [ "$(non2xx "$work/$name-$f.txt")" = 0 ] || log "$name: non-2xx answers in the $f run"; done
  after[$name]=$(rss "$pid")
  kill "$pid"; wait "$pid" 2>/dev/null || true
done

ratio() { python3 -c "print(f'{float(\"$1\")/float(\"$2\"):.2f}')"; }
echo "Signed \`/goals clinops M5 smart\` ($bytes-byte answer), wrk -t1, ${warm} s warm-up then ${duration} s per run, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
echo
echo "| contender | cold start (ms, median of 5) | RSS after first answer | p99 first 5 s | 64 conn. req/s | p99 | 256 conn. req/s | p99 | RSS after load |"
echo "|---|---|---|---|---|---|---|---|---|"
for name in "${names[@]}"; do
  echo "| $name | ${cold[$name]} | ${idle[$name]} MiB | ${first[$name]} ms | ${r64[$name]} ($(ratio "${r64[$name]}" "${r64[kestrel-aot]}")×) | ${p64[$name]} ms | ${r256[$name]} ($(ratio "${r256[$name]}" "${r256[kestrel-aot]}")×) | ${p256[$name]} ms | ${after[$name]} MiB |"
done
echo
echo "Targets for goalframes-aot against kestrel-aot: throughput $(ratio "${r64[goalframes-aot]}" "${r64[kestrel-aot]}")× / $(ratio "${r256[goalframes-aot]}" "${r256[kestrel-aot]}")× (≥ 0.6×);" \
  "p99 $(ratio "${p64[goalframes-aot]}" "${p64[kestrel-aot]}")× / $(ratio "${p256[goalframes-aot]}" "${p256[kestrel-aot]}")× (≤ 2×);" \
  "first-5-s p99 $(ratio "${first[goalframes-aot]}" "${p64[goalframes-aot]}")× warm (≤ 2×);" \
  "cold start $(ratio "${cold[goalframes-aot]}" "${cold[kestrel-aot]}")× (≤ 2×); RSS after first answer $(ratio "${idle[goalframes-aot]}" "${idle[kestrel-aot]}")× (≤ 2×)"
echo

log "Teams: /api/messages (local development mode), replies to a bare Kestrel connector"
: >"$work/empty"
connector_port=$(free_port)
"$base_aot" "$work/empty" application/json --urls "http://127.0.0.1:$connector_port" >/dev/null 2>&1 &
pids+=($!)
until curl -sf -o /dev/null -X POST "http://127.0.0.1:$connector_port/x" --data-binary x; do sleep 0.02; done
port=$(free_port); pid=$(start goalframes-aot "$port"); pids+=("$pid")
echo "| Teams, 64 connections | req/s | 2xx/s | 503 too busy | p99 |"
echo "|---|---|---|---|---|"
for conversations in 50 100000; do
  GF_SERVICE_URL="http://127.0.0.1:$connector_port/connector" GF_CONVERSATIONS=$conversations \
    wrk_run "$port" 64 "$duration" "$work/teams-$conversations.txt" bench/load/teams-message.lua /api/messages
  total=$(awk '/requests in/ {print $1}' "$work/teams-$conversations.txt")
  refused=$(non2xx "$work/teams-$conversations.txt")
  echo "| $conversations conversations | $(rps "$work/teams-$conversations.txt") | $(( (total - refused) / duration )) | $refused in ${duration} s | $(p99 "$work/teams-$conversations.txt") ms |"
done
kill "$pid"; wait "$pid" 2>/dev/null || true
