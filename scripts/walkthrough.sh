#!/usr/bin/env bash
# Runs the README's curl walk-through, exactly as written there, against a running host
# (default http://localhost:5000), and checks that it ended on a revealed round and a new one.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
steps=$(awk '/^## One whole audit with curl/{on=1} on&&/^```sh/{grab=1;next} grab&&/^```/{exit} grab{print}' "$root/README.md")
[ -n "$steps" ] || { echo "walkthrough: no curl block found in README.md" >&2; exit 1; }
curl -sf "${RECIPROCITY_URL:-http://localhost:5000}/health/ready" >/dev/null || { echo "walkthrough: start the host first: dotnet run --project src/Reciprocity.Host" >&2; exit 1; }
output=$(bash -euo pipefail -c "${steps//http:\/\/localhost:5000/${RECIPROCITY_URL:-http://localhost:5000}}")
echo "$output"
# The last three answers: the reveal, one round in history, round number 2.
echo "$output" | tail -n 1 | grep -qx 2 || { echo "walkthrough: the new round did not start" >&2; exit 1; }
echo "$output" | grep -q '"revealedAt"' || { echo "walkthrough: no reveal" >&2; exit 1; }
echo "walkthrough: complete"
