# shellcheck shell=bash
# Renders and reads the LaunchAgent property list. Pure text in, text out: no launchctl, no files
# written, so it can be exercised on any machine.

xml_escape() {
  # sed rather than ${var//&/...}: bash 5.2 gives "&" a meaning in replacements, bash 3.2 does not.
  printf '%s' "$1" | sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/>/\&gt;/g' -e 's/"/\&quot;/g' -e "s/'/\&apos;/g"
}

xml_unescape() {
  printf '%s' "$1" | sed -e 's/&lt;/</g' -e 's/&gt;/>/g' -e 's/&quot;/"/g' -e "s/&apos;/'/g" -e 's/&amp;/\&/g'
}

plist_string() { printf '%s<string>%s</string>\n' "$1" "$(xml_escape "$2")"; }

# render_plist LABEL WORKDIR PATH_VALUE OUT_LOG ERR_LOG THROTTLE PROGRAM_ARG...
# Every path must already be absolute: launchd expands neither "~" nor "$HOME".
render_plist() {
  local label=$1 workdir=$2 path_value=$3 out_log=$4 err_log=$5 throttle=$6 arg
  shift 6
  cat <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
EOF
  printf '  <key>Label</key>\n'
  plist_string '  ' "$label"
  printf '  <key>ProgramArguments</key>\n  <array>\n'
  for arg in "$@"; do plist_string '    ' "$arg"; done
  printf '  </array>\n'
  printf '  <key>WorkingDirectory</key>\n'
  plist_string '  ' "$workdir"
  # launchd starts agents with PATH=/usr/bin:/bin:/usr/sbin:/sbin; Selenium's driver detection
  # must also see Homebrew's chromedriver/geckodriver.
  printf '  <key>EnvironmentVariables</key>\n  <dict>\n    <key>PATH</key>\n'
  plist_string '    ' "$path_value"
  printf '  </dict>\n'
  printf '  <key>RunAtLoad</key>\n  <true/>\n'
  # Restart after a crash only; a clean stop (bootout, kickstart) stays in launchd's hands.
  printf '  <key>KeepAlive</key>\n  <dict>\n    <key>SuccessfulExit</key>\n    <false/>\n  </dict>\n'
  # A minimum run time: a server that dies at once (port in use) is not respawned in a tight loop.
  printf '  <key>ThrottleInterval</key>\n  <integer>%s</integer>\n' "$throttle"
  # Without it launchd treats the job as a background one and throttles CPU and I/O.
  printf '  <key>ProcessType</key>\n  <string>Interactive</string>\n'
  # Browsers need the user's window-server (Aqua) session; loading elsewhere should fail loudly.
  printf '  <key>LimitLoadToSessionType</key>\n  <string>Aqua</string>\n'
  printf '  <key>StandardOutPath</key>\n'
  plist_string '  ' "$out_log"
  printf '  <key>StandardErrorPath</key>\n'
  plist_string '  ' "$err_log"
  printf '</dict>\n</plist>\n'
}

# Prints the ProgramArguments of a plist written by render_plist, one per line.
plist_program_arguments() {
  local line
  sed -n '/<key>ProgramArguments<\/key>/,/<\/array>/p' "$1" |
    sed -n 's/^[[:space:]]*<string>\(.*\)<\/string>[[:space:]]*$/\1/p' |
    while IFS= read -r line; do
      xml_unescape "$line"
      printf '\n'
    done
}

# Prints the argument that follows FLAG in the ProgramArguments of plist $1.
plist_argument_after() {
  # awk reads to the end: leaving early would kill the writer with SIGPIPE, a failure under pipefail.
  plist_program_arguments "$1" | awk -v flag="$2" 'found && !done { print; done = 1 } $0 == flag { found = 1 }'
}
