#!/usr/bin/env bash
# Runs every test suite: .NET (grains, host, storage on SQLite and PostgreSQL, cluster), the web app's unit
# tests and its browser tests against a real host. Installs what is missing, then prints one closing line:
# "N passed, N failed, N skipped", totalled over every suite. Exits non-zero on any failure or when no test ran.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
results="$root/test-results"
rm -rf "$results"
mkdir -p "$results"

bash scripts/prerequisites.sh || exit 1

status=0
echo "== build"
dotnet build Reciprocity.Orleans.sln -c Release -nologo -v quiet || status=1

echo "== .NET tests"
dotnet test Reciprocity.Orleans.sln -c Release --no-build -nologo \
  --logger "trx" --logger "console;verbosity=normal" --results-directory "$results/dotnet" || status=1

echo "== web unit tests"
( cd web && { [ -d node_modules ] || npm ci --no-audit --no-fund; } && npm test ) || status=1

echo "== web browser tests"
( cd web && npm run test:e2e ) || status=1

# Totals from the machine-readable reports each runner wrote.
passed=0; failed=0; skipped=0
for trx in "$results"/dotnet/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  attr() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }
  passed=$((passed + $(attr passed)))
  failed=$((failed + $(attr failed) + $(attr error) + $(attr timeout) + $(attr aborted)))
  skipped=$((skipped + $(attr notExecuted)))
done
for junit in web/test-results/vitest.xml web/test-results/e2e.xml; do
  if [ ! -f "$junit" ]; then
    echo "test.sh: no report at $junit: that suite did not run" >&2
    status=1
    continue
  fi
  suites=$(grep -o '<testsuites[^>]*>' "$junit" | head -n 1)
  attr() { echo "$suites" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }
  tests=$(attr tests); fails=$(( $(attr failures) + $(attr errors) )); skips=$(attr skipped)
  passed=$((passed + tests - fails - skips)); failed=$((failed + fails)); skipped=$((skipped + skips))
done

[ "$failed" -gt 0 ] && status=1
[ $((passed + failed)) -eq 0 ] && { echo "test.sh: no test ran" >&2; status=1; }
echo "$passed passed, $failed failed, $skipped skipped"
exit $status
