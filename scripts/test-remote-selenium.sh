#!/usr/bin/env bash
# Runs the @javascript features through real Selenium servers, the way users on a Mac (launchd
# service) or with a Grid run them: first a standalone server, then a hub with one node and two
# cucumber workers (one browser each), asking for capabilities the node's stereotype must match;
# then test/remote/ against that Grid (capabilities, session names, secrets masked). Each server runs
# in its own run directory and is stopped by pid on the way out, whatever happens.
set -euo pipefail
cd "$(dirname "$0")/.."

standalone_port=${REMOTE_STANDALONE_PORT:-4544}
grid_port=${REMOTE_GRID_PORT:-4744}
run_root=$(mktemp -d "${TMPDIR:-/tmp}/cucumber-mink-remote.XXXXXX")

cleanup() {
  SELENIUM_RUN_DIR="$run_root/standalone" bash scripts/selenium-server.sh stop >/dev/null 2>&1 || true
  SELENIUM_RUN_DIR="$run_root/grid" bash scripts/selenium-server.sh stop >/dev/null 2>&1 || true
  rm -rf "$run_root"
}
trap cleanup EXIT

features=(--tags @javascript)

echo "remote: Selenium standalone on 127.0.0.1:$standalone_port"
SELENIUM_RUN_DIR="$run_root/standalone" bash scripts/selenium-server.sh start --port "$standalone_port"
REPORTS_DIR=reports/remote-standalone SELENIUM_URL="http://127.0.0.1:$standalone_port/wd/hub" node_modules/.bin/cucumber-js "${features[@]}"
SELENIUM_RUN_DIR="$run_root/standalone" bash scripts/selenium-server.sh stop

# The node's stereotype says which platform it runs on (scripts/selenium-server.sh).
case $(uname -s) in Darwin) platform=mac ;; *) platform=linux ;; esac
capabilities="{\"platformName\": \"$platform\", \"goog:chromeOptions\": {\"args\": [\"--lang=en-US\"]}}"

echo "remote: Selenium Grid hub on 127.0.0.1:$grid_port with one node, two cucumber workers, capabilities $capabilities"
SELENIUM_RUN_DIR="$run_root/grid" bash scripts/selenium-server.sh start --grid --port "$grid_port"
REPORTS_DIR=reports/remote-grid SELENIUM_URL="http://127.0.0.1:$grid_port" SELENIUM_CAPABILITIES="$capabilities" \
  node_modules/.bin/cucumber-js "${features[@]}" --parallel 2
echo "remote: test/remote/ against the Grid"
REMOTE_GRID_URL="http://127.0.0.1:$grid_port" node -r ./support/typescript-hook.cjs --test test/remote/*.test.ts
SELENIUM_RUN_DIR="$run_root/grid" bash scripts/selenium-server.sh stop
