# shellcheck shell=bash
# Helpers shared by the Selenium scripts. Sourced, never executed.
# Written for bash 3.2 as well (the bash macOS ships): no associative arrays, no mapfile,
# no ${var,,}, and empty arrays are never expanded under `set -u`.
# The sourcing script sets PROG (the name used in messages) before sourcing this file.

say() { printf '%s\n' "$*"; }

warn() { printf '%s: warning: %s\n' "${PROG:-selenium}" "$*" >&2; }

die() {
  printf '%s: error: %s\n' "${PROG:-selenium}" "$*" >&2
  exit 1
}

# Reads the option at the front of the arguments after $1: sets OPTION (its name), OPTION_VALUE and
# OPTION_SHIFT (how many arguments it used). $1 lists, space-separated, the options that need a value,
# given as `--name=value` or `--name value`; every other option takes none. A missing or unexpected
# value is a usage error (usage_error is defined by the sourcing script).
# shellcheck disable=SC2034 # OPTION_VALUE and OPTION_SHIFT are read by the caller.
read_option() {
  local needs_value=" $1 " has_value=0
  OPTION=$2
  OPTION_VALUE=
  OPTION_SHIFT=1
  case $OPTION in
    --*=*)
      OPTION_VALUE=${2#*=}
      OPTION=${2%%=*}
      has_value=1
      ;;
  esac
  case $needs_value in
    *" $OPTION "*)
      if [ "$has_value" = 0 ]; then
        [ $# -gt 2 ] || usage_error "$OPTION needs a value"
        OPTION_VALUE=$3
        OPTION_SHIFT=2
      fi
      ;;
    *) [ "$has_value" = 0 ] || usage_error "$OPTION takes no value" ;;
  esac
}

# True when $1 is a decimal TCP port 1-65535 (no sign, no spaces, at most 5 digits).
is_port() {
  case $1 in '' | *[!0-9]*) return 1 ;; esac
  [ "${#1}" -le 5 ] && [ "$((10#$1))" -ge 1 ] && [ "$((10#$1))" -le 65535 ]
}

is_positive_int() {
  case $1 in '' | *[!0-9]*) return 1 ;; esac
  [ "${#1}" -le 9 ] && [ "$((10#$1))" -ge 1 ]
}

# The host a local client should use to reach a server bound to $1.
probe_host() {
  case $1 in
    0.0.0.0 | '::' | '[::]' | localhost) printf '127.0.0.1' ;;
    *) printf '%s' "$1" ;;
  esac
}

# True when GET $1/status answers {"value": {"ready": true, ...}}. Grep instead of jq: older
# macOS releases ship no jq, and the top-level "ready" key is the only one with that name.
selenium_is_ready() {
  curl -fsS --max-time 3 "$1/status" 2>/dev/null | grep -Eq '"ready"[[:space:]]*:[[:space:]]*true'
}

# Polls $1/status until ready, for at most $2 seconds. Any further arguments are pids: as soon as
# one of those processes has exited it stops early (failure), so a crash at start-up fails fast.
wait_until_ready() {
  local url=$1 deadline=$((SECONDS + $2)) pid
  shift 2
  while :; do
    if selenium_is_ready "$url"; then return 0; fi
    for pid in "$@"; do
      kill -0 "$pid" 2>/dev/null || return 1
    done
    [ "$SECONDS" -lt "$deadline" ] || return 1
    sleep 0.5
  done
}

# Prints the last $2 lines of each existing log file named after it, under a header.
print_log_tails() {
  local lines=$1 file
  shift
  for file in "$@"; do
    [ -s "$file" ] || continue
    printf -- '--- last %s lines of %s ---\n' "$lines" "$file" >&2
    tail -n "$lines" "$file" >&2
  done
}

# SHA-256 of a file, with whichever tool the system has (macOS: shasum; Linux: sha256sum).
sha256_of() {
  if command -v shasum >/dev/null 2>&1; then
    shasum -a 256 "$1" | cut -d' ' -f1
  else
    sha256sum "$1" | cut -d' ' -f1
  fi
}

# Major version of the Java runtime $1 (8 for "1.8.0_292", 17 for "17.0.15"), or nothing.
java_major_version() {
  local version
  version=$("$1" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)
  case $version in
    1.*) version=${version#1.} ;;
  esac
  version=${version%%[!0-9]*}
  printf '%s' "$version"
}
