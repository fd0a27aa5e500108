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
echo "== build"
dotnet build Reciprocity.Orleans.sln -c Release -nologo -v quiet || status=1

echo "== .NET tests"
# One run per test project, each with its own named report, so a project that finds no tests is noticed.
reports=()
for project in $(grep -l '<IsTestProject>true</IsTestProject>' tests/*/*.csproj); do
  name=$(basename "$project" .csproj)
  dotnet test "$project" -c Release --no-build -nologo \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=normal" --results-directory "$results/dotnet" || status=1
  reports+=("$name=$results/dotnet/$name.trx")
done

echo "== web unit tests"
( cd web && { [ -d node_modules ] || npm ci --no-audit --no-fund; } && npm test ) || status=1

echo "== web lint"
# ESLint (web/eslint.config.js): one JUnit case per file, failed by any error in it.
( cd web && npm run lint ) || status=1

echo "== web api types"
# src/api/schema.ts must be what openapi-typescript makes from the checked-in src/api/openapi.json.
( cd web && npm run check:api ) || status=1

echo "== web browser tests"
( cd web && npm run test:e2e ) || status=1

# Totals from the machine-readable reports each runner wrote (scripts/count-results.sh says what fails a run).
bash scripts/count-results.sh "$results/started" "${reports[@]}" \
  "vitest=web/test-results/vitest.xml" "eslint=web/test-results/eslint.xml" \
  "api-types=web/test-results/api-types.xml" \
  "e2e=web/test-results/e2e.xml" || status=1
exit $status
