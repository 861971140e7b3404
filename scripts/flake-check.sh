#!/usr/bin/env bash
# Runs the @javascript scenarios many times in a row (default 20): they have no explicit wait
# step, so any flake means automatic waiting is not doing its job. A script, not a timed test.
#   bash scripts/flake-check.sh [RUNS] [FEATURE…]
# With feature paths only those are run, e.g. the page that re-renders its toolbar, 50 times:
#   bash scripts/flake-check.sh 50 features/rerendering.feature
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
if ! [[ $runs =~ ^[1-9][0-9]*$ ]]; then
  echo "flake-check: the run count must be a whole number above 0, not \"$runs\": e.g. bash scripts/flake-check.sh 50 features/rerendering.feature" >&2
  exit 2
fi
shift $(($# > 0 ? 1 : 0))
features=("$@")
# ${a[@]+…} keeps an empty list from tripping `set -u` on the bash 3.2 of macOS.
for feature in ${features[@]+"${features[@]}"}; do
  if [[ ! -e ${feature%%:*} ]]; then
    echo "flake-check: no feature file \"$feature\" (paths are relative to $(pwd))" >&2
    exit 2
  fi
done
mkdir -p reports
for ((i = 1; i <= runs; i++)); do
  if ! REPORTS_DIR=reports/flake node_modules/.bin/cucumber-js --tags @javascript ${features[@]+"${features[@]}"} >"reports/flake-run.log" 2>&1; then
    echo "flake-check: run $i of $runs failed:" >&2
    cat reports/flake-run.log >&2
    exit 1
  fi
  echo "flake-check: run $i of $runs passed ($(grep -E '^[0-9]+ scenarios' reports/flake-run.log))"
done
echo "flake-check: $runs passed, 0 failed${features[*]:+ (${features[*]})}"
