#!/usr/bin/env bash
# One-time set-up on a fresh Debian/Ubuntu machine (or a Mac with the tools already present):
# installs the system packages the browser tests need, the npm dependencies, then runs the
# fast CI job (every scenario that needs no browser) so you see the harness work end to end.
set -euo pipefail
cd "$(dirname "$0")/.."

apt_packages=(chromium chromium-driver shellcheck)
missing=()
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)  # Selenium server needs Java 11+
for pkg in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done

if [ "${#missing[@]}" -gt 0 ] && command -v apt-get >/dev/null 2>&1; then
  sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  echo "setup: installing ${missing[*]} (apt)"
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
elif [ "${#missing[@]}" -gt 0 ]; then
  echo "setup: no apt-get here; install a Chrome/Chromium with its chromedriver, Java 11+ and shellcheck yourself" >&2
fi

echo "setup: npm ci"
npm ci --no-audit --no-fund

echo "setup: running the scenarios that need no browser (npm run test:ci)"
npm run test:ci
