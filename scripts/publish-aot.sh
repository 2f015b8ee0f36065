#!/usr/bin/env bash
# Publishes the shipped build: GoalFrames as one Native AOT binary for linux-x64, the way the Dockerfile and
# docs/deploy.md do. Prints the binary's path on stdout.
#   scripts/publish-aot.sh              # into artifacts/aot/linux-x64, skipped when nothing it is built from changed
#   scripts/publish-aot.sh /app         # into /app (the Dockerfile), always published; other files there are kept
# Native AOT needs clang and zlib's headers: when they are missing and we are root, they are installed from the
# distribution (apt-get update once); otherwise the script says what to install.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
log() { printf '[publish-aot] %s\n' "$*" >&2; }

out=${1:-$root/artifacts/aot/linux-x64}
cached=$([ $# -eq 0 ] && echo yes || echo no)
stamp="$out.inputs"

# Everything the binary is built from: sources, project and build settings, the SDK pin and the sample canon.
inputs() {
  find src canon -type f \( -path '*/bin/*' -o -path '*/obj/*' \) -prune -o -type f -print | LC_ALL=C sort | xargs sha256sum
  sha256sum Directory.Build.props Directory.Packages.props global.json
  dotnet --version
}

if [ "$cached" = yes ] && [ -x "$out/goalframes" ] && [ -f "$stamp" ] && [ "$(inputs | sha256sum)" = "$(cat "$stamp")" ]; then
  log "unchanged since the last publish: $out/goalframes"
  echo "$out/goalframes"
  exit 0
fi

missing=()
command -v clang >/dev/null 2>&1 || missing+=(clang)
[ -e /usr/include/zlib.h ] || missing+=(zlib1g-dev)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    log "installing ${missing[*]} (Native AOT links with them)"
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
  else
    log "Native AOT needs ${missing[*]}: install them (Debian/Ubuntu: sudo apt-get install clang zlib1g-dev) and run again"
    exit 1
  fi
fi

# Hashed before the publish, so an edit made while it runs is not taken for published.
built_from=$(inputs | sha256sum)
log "dotnet publish src/GoalFrames.Host -c Release -r linux-x64 (Native AOT) -> $out"
# Only the cache folder is emptied first; a folder you name keeps what else is in it (e.g. its appsettings.json).
[ "$cached" = yes ] && rm -rf "$out"
dotnet publish src/GoalFrames.Host -c Release -r linux-x64 -o "$out" -nodeReuse:false >&2
rm -f "$out"/goalframes.dbg "$out"/goalframes.xml "$out"/GoalFrames.*.pdb "$out"/GoalFrames.*.xml
[ "$cached" = yes ] && echo "$built_from" > "$stamp"
echo "$out/goalframes"
