#!/usr/bin/env bash
# Runs every test suite: .NET (grains, host, storage on SQLite and PostgreSQL, cluster), the web app's unit
# tests, its lint, the check of its generated API types, and its browser tests against a real host. Installs what
# is missing, then prints one closing line: "N passed, N failed, N skipped", totalled over every suite. Exits
# non-zero on any failure, when a suite did not run or found no tests, or when no test ran.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
results="$root/test-results"
# Reports of an earlier run must not count for this one: clear them, and count only reports newer than this stamp.
rm -rf "$results" "$root/web/test-results"
mkdir -p "$results"
touch "$results/started"

bash scripts/prerequisites.sh || exit 1

status=0
built=1
# Each phase's wall time, printed before the totals (docs/benchmarks.md, "The CI run", compares them between runs).
times=()
phase_name=""; phase_start=$SECONDS
phase() {
  [ -n "$phase_name" ] && times+=("$phase_name $((SECONDS - phase_start)) s")
  phase_name="$1"; phase_start=$SECONDS
  [ -n "$1" ] && echo "== $1"
  return 0
}

phase "build"
dotnet build Reciprocity.Orleans.sln -c Release -nologo -v quiet || { status=1; built=0; }

phase ".NET tests"
# One run per test project, each with its own named report, so a project that finds no tests is noticed.
reports=()
for project in $(grep -l '<IsTestProject>true</IsTestProject>' tests/*/*.csproj); do
  name=$(basename "$project" .csproj)
  dotnet test "$project" -c Release --no-build -nologo \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=normal" --results-directory "$results/dotnet" || status=1
  reports+=("$name=$results/dotnet/$name.trx")
done

phase "web unit tests"
( cd web && { [ -d node_modules ] || npm ci --no-audit --no-fund; } && npm test ) || status=1

phase "web lint"
# ESLint (web/eslint.config.js): one JUnit case per file, failed by any error in it.
( cd web && npm run lint ) || status=1

phase "web api types"
# src/api/schema.ts must be what openapi-typescript makes from the checked-in src/api/openapi.json.
( cd web && npm run check:api ) || status=1

phase "web browser tests"
# The build above built the host and the app it serves: the browser tests' global setup need not build them again.
( cd web && if [ "$built" = 1 ]; then export E2E_SKIP_HOST_BUILD=1; fi && npm run test:e2e ) || status=1

phase ""
printf '== wall time per phase: %s\n' "$(IFS=','; echo "${times[*]}" | sed 's/,/, /g')"

# Totals from the machine-readable reports each runner wrote (scripts/count-results.sh says what fails a run).
bash scripts/count-results.sh "$results/started" "${reports[@]}" \
  "vitest=web/test-results/vitest.xml" "eslint=web/test-results/eslint.xml" \
  "api-types=web/test-results/api-types.xml" \
  "e2e=web/test-results/e2e.xml" || status=1
exit $status
