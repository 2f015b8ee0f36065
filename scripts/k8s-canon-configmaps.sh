#!/usr/bin/env bash
# Writes the two ConfigMaps that carry a canon into Kubernetes (deploy/k8s/configmap-canon.yaml is this, run on the
# sample canon): goalframes-canon (canon.yaml, levels.yaml; mounted at /canon) and goalframes-canon-families (every
# families/*.yaml; mounted at /canon/families). ConfigMaps are flat, hence two.
#   scripts/k8s-canon-configmaps.sh [CANON_DIR] > canon.yaml && kubectl apply -f canon.yaml
# Every pod reloads a changed canon by itself (validated first; /readyz shows the fingerprint each pod serves).
set -euo pipefail
dir=${1:-$(dirname "$0")/../canon}
python3 - "$dir" <<'PY'
import pathlib, sys
canon = pathlib.Path(sys.argv[1])

def configmap(name, files):
    print("---")
    print("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: " + name + "\n  labels:\n    app.kubernetes.io/name: goalframes\ndata:")
    for f in files:
        text = f.read_text(encoding="utf-8")
        print(f"  {f.name}: |")
        for line in text.rstrip("\n").split("\n"):
            print(("    " + line).rstrip())

print("# The canon as two ConfigMaps, written by scripts/k8s-canon-configmaps.sh from " + canon.name + "/ (regenerate it from yours).")
configmap("goalframes-canon", [canon / "canon.yaml", canon / "levels.yaml"])
configmap("goalframes-canon-families", sorted((canon / "families").glob("*.yaml")))
PY
