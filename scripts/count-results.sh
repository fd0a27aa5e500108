#!/usr/bin/env bash
# Totals the reports of one test run and prints "N passed, N failed, N skipped"; exits non-zero on any failed test,
# on a report that is missing or older than RUN_STARTED_FILE (left from an earlier run), on a suite that found no
# tests, and when no test ran at all.
# Usage: count-results.sh RUN_STARTED_FILE NAME=REPORT...   (a .trx from dotnet test, or a JUnit .xml)
set -uo pipefail
started="$1"; shift
status=0
passed=0; failed=0; skipped=0

# Sums one numeric attribute over every element of a kind: sum_attr FILE ELEMENT ATTRIBUTE.
sum_attr() {
  grep -o "<$2 [^>]*>" "$1" | grep -o " $3=\"[0-9]*\"" | grep -o '[0-9]*' | awk '{ s += $1 } END { print s + 0 }'
}

for named in "$@"; do
  name="${named%%=*}"; report="${named#*=}"
  if [ ! -f "$report" ]; then
    echo "count-results: no report from $name at $report: that suite did not run" >&2
    status=1
    continue
  fi
  if [ ! "$report" -nt "$started" ]; then
    echo "count-results: the report from $name at $report is older than this run: that suite did not run" >&2
    status=1
    continue
  fi
  case "$report" in
    *.trx)
      total=$(sum_attr "$report" Counters total)
      p=$(sum_attr "$report" Counters passed)
      f=$(( $(sum_attr "$report" Counters failed) + $(sum_attr "$report" Counters error) + $(sum_attr "$report" Counters timeout) + $(sum_attr "$report" Counters aborted) ))
      s=$(sum_attr "$report" Counters notExecuted)
      ;;
    *)
      # Per <testsuite>: vitest puts no skipped count on <testsuites>, so the top line would count skips as passes.
      total=$(sum_attr "$report" testsuite tests)
      f=$(( $(sum_attr "$report" testsuite failures) + $(sum_attr "$report" testsuite errors) ))
      s=$(sum_attr "$report" testsuite skipped)
      p=$((total - f - s))
      ;;
  esac
  if [ "$total" -eq 0 ]; then
    echo "count-results: $name found no tests" >&2
    status=1
  fi
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
done

[ "$failed" -gt 0 ] && status=1
[ $((passed + failed)) -eq 0 ] && { echo "count-results: no test ran" >&2; status=1; }
echo "$passed passed, $failed failed, $skipped skipped"
exit $status
