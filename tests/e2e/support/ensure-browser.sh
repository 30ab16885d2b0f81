#!/bin/sh
# What the end-to-end suite needs from the system: Debian's Chromium (Playwright's own browser
# download does not work on these machines), Debian's firefox-esr and certutil (libnss3-tools, to
# trust the fixture server's test CA in a fresh Firefox profile), and Xvfb + xdotool for the one
# test that answers a real browser permission prompt (a native dialog no page automation can click),
# and chromium-l10n: Debian's Chromium ships only its en-US locale pack, and without the others
# chrome.i18n falls back to English whatever language it is started in (tests/e2e/spanish.e2e.ts).
# Installs what is missing when it may (root with apt-get); otherwise says what to do.
set -eu
CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
FIREFOX_PATH="${FIREFOX_PATH:-/usr/bin/firefox-esr}"
missing=""
[ -x "$CHROMIUM_PATH" ] || missing="$missing chromium"
# The Spanish pack stands for the others; only Debian's own Chromium is checked (another binary
# named by CHROMIUM_PATH brings its own packs).
if [ "$CHROMIUM_PATH" = /usr/bin/chromium ] && [ ! -f /usr/lib/chromium/locales/es.pak ]; then
  missing="$missing chromium-l10n"
fi
[ -x "$FIREFOX_PATH" ] || missing="$missing firefox-esr"
command -v certutil >/dev/null 2>&1 || missing="$missing libnss3-tools"
command -v xvfb-run >/dev/null 2>&1 || missing="$missing xvfb"
command -v xdotool >/dev/null 2>&1 || missing="$missing xdotool"
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian packages for the end-to-end tests:$missing"
  apt-get update -qq
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing xauth >/dev/null
  exit 0
fi
echo "The end-to-end tests need:$missing (Debian/Ubuntu: sudo apt-get install$missing xauth)." >&2
echo "Set CHROMIUM_PATH or FIREFOX_PATH to use another Chromium or Firefox binary." >&2
exit 1
