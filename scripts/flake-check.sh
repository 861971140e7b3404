#!/usr/bin/env bash
# Runs the @javascript scenarios many times in a row (default 20): they have no explicit wait
# step, so any flake means automatic waiting is not doing its job. A script, not a timed test.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
for ((i = 1; i <= runs; i++)); do
  if ! REPORTS_DIR=reports/flake node_modules/.bin/cucumber-js --tags @javascript >"reports/flake-run.log" 2>&1; then
    echo "flake-check: run $i of $runs failed:" >&2
    cat reports/flake-run.log >&2
    exit 1
  fi
  echo "flake-check: run $i of $runs passed ($(grep -E '^[0-9]+ scenarios' reports/flake-run.log))"
done
echo "flake-check: $runs passed, 0 failed"
