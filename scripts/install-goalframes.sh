#!/usr/bin/env bash
# Puts the `goalframes` command on the PATH: packs src/GoalFrames.Host as a .NET tool (artifacts/tool/) and installs
# it, or updates it when it is already installed.
#   scripts/install-goalframes.sh                 # global: ~/.dotnet/tools/goalframes (add ~/.dotnet/tools to PATH)
#   scripts/install-goalframes.sh --tool-path DIR # into DIR instead, e.g. /usr/local/bin as root
# Needs only the .NET 10 SDK. The sample canon ships inside the tool; point it at yours with --canon or Canon__Path.
set -euo pipefail
cd "$(dirname "$0")/.."
where=(--global)
if [ "${1:-}" = "--tool-path" ] && [ -n "${2:-}" ]; then
  where=(--tool-path "$2")
elif [ $# -gt 0 ]; then
  echo "usage: $0 [--tool-path DIR]" >&2
  exit 2
fi

# A fresh version each time, so NuGet's package cache never hands back an older build.
version="1.0.$(date -u +%s)"
rm -rf artifacts/tool
dotnet pack src/GoalFrames.Host -c Release -o artifacts/tool -p:PackageVersion="$version" >&2
dotnet tool update "${where[@]}" GoalFrames --add-source artifacts/tool --version "$version" >&2
echo "installed: goalframes $version (try: goalframes goals list)" >&2
