#!/usr/bin/env bash
# Reciprocity's load benchmark (docs/benchmarks.md): publishes the host (Release, ReadyToRun), then for each configuration starts the host
# itself on a fresh SQLite file in a temp folder, drives it over loopback, and writes the table and the JSON.
#
#   scripts/benchmark.sh                      # the full matrix: ceilings, 50/200/1000 pairs × both modes, 10,000 idle connections
#   scripts/benchmark.sh --pairs 200 --modes back-to-back --idle 0     # any option of the load test narrows it
#   scripts/benchmark.sh --heavy-account 2000   # only issue 26's figure: another person's draft-save p99, quiet vs beside a heavy account
#
# Results go to benchmark-results/<UTC time>/ (results.md, results.json). Run it on a quiet machine: the
# generator shares the cores with the host, and anything else running shows up in the "other CPU" column.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

source "$root/scripts/lib/publish-host.sh"

# 10,000 idle WebSockets need as many descriptors in the host and in the generator.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true

out="$root/benchmark-results/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$out"
defaults=(--pairs 50,200,1000 --modes back-to-back,paced --warmup 30 --window 20 --idle 10000)
dotnet tests/Reciprocity.LoadTest/bin/Release/net10.0/Reciprocity.LoadTest.dll \
  --host-dll "$host_dir/Reciprocity.Host.dll" \
  "${defaults[@]}" "$@" \
  --json "$out/results.json" --markdown "$out/results.md"
