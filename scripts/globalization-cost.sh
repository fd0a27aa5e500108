#!/usr/bin/env bash
# What turning globalization on costs the host (issue 23): start-up time to the first 200 from /health/ready, and the
# working set (VmRSS) a few seconds after it, with InvariantGlobalization on and off. Each mode runs RUNS times on a
# fresh SQLite file; the host is the built Release host (dotnet build first). Usage: scripts/globalization-cost.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
BUILT=src/Reciprocity.Host/bin/Release/net10.0
[ -f "$BUILT/Reciprocity.Host.dll" ] || { echo "Build the host first (dotnet build -c Release)." >&2; exit 1; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

for mode in invariant icu; do
  cp -r "$BUILT" "$WORK/$mode"
  invariant=$([ "$mode" = invariant ] && echo true || echo false)
  python3 - "$WORK/$mode/Reciprocity.Host.runtimeconfig.json" "$invariant" <<'PY'
import json, sys
path, invariant = sys.argv[1], sys.argv[2] == "true"
config = json.load(open(path))
config["runtimeOptions"].setdefault("configProperties", {})["System.Globalization.Invariant"] = invariant
json.dump(config, open(path, "w"), indent=2)
PY
done

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

for run in $(seq 1 "$RUNS"); do
  for mode in invariant icu; do
    db="$WORK/$mode-$run.db"
    port=$(free_port); silo=$(free_port)
    start=$(date +%s%N)
    ConnectionStrings__Reciprocity="Data Source=$db" Orleans__SiloPort=$silo \
      dotnet "$WORK/$mode/Reciprocity.Host.dll" --urls "http://127.0.0.1:$port" > "$WORK/$mode-$run.log" 2>&1 &
    pid=$!
    until curl -sf "http://127.0.0.1:$port/health/ready" > /dev/null; do
      kill -0 $pid 2> /dev/null || { echo "the host stopped: $(tail -5 "$WORK/$mode-$run.log")" >&2; exit 1; }
      sleep 0.02
    done
    ready=$(( ($(date +%s%N) - start) / 1000000 ))
    # One person created, so the answer path (and, with ICU, culture data) has run once.
    curl -sf -X POST -H 'Content-Type: application/json' -H 'Accept-Language: de' -d '{"displayName":"Ana"}' \
      "http://127.0.0.1:$port/api/people" > /dev/null
    sleep 3
    rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status")
    kill $pid; wait $pid 2> /dev/null || true
    printf '%s\trun %s\tready %5d ms\tworking set %4d MB\n' "$mode" "$run" "$ready" "$rss"
  done
done
