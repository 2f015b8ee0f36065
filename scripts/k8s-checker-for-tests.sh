#!/usr/bin/env bash
# Installs the Kubernetes manifest checker (tests/GoalFrames.Host.Tests/k8s: kubernetes-models' JSON Schemas and the
# yaml parser, pinned by its package-lock.json) into its untracked node_modules. Idempotent; needs node and npm.
set -euo pipefail
exec 1>&2
cd "$(dirname "$0")/../tests/GoalFrames.Host.Tests/k8s"
command -v npm >/dev/null 2>&1 || { echo "[k8s-checker] npm is missing: the manifest tests will skip (and fail under CI=true)"; exit 1; }
stamp=node_modules/.goalframes-lock.sha256
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  echo "[k8s-checker] already installed"
else
  npm ci --no-audit --no-fund --loglevel=error
  echo "$want" >"$stamp"
  echo "[k8s-checker] installed"
fi
