#!/usr/bin/env bash
# Makes sure the browsers that e2e and `npm start` drive are here: CHROME_PATH / FIREFOX_PATH when
# set, otherwise Debian's chromium and firefox-esr, installed with apt-get when missing.
# Usage: scripts/ensure-browsers.sh [chromium] [firefox]   (both when no argument)
set -euo pipefail

want=("$@")
[ ${#want[@]} -eq 0 ] && want=(chromium firefox)
pkgs=()
for b in "${want[@]}"; do
  case "$b" in
    chromium)
      if [ -n "${CHROME_PATH:-}" ]; then
        [ -x "$CHROME_PATH" ] || { echo "CHROME_PATH=$CHROME_PATH is not an executable" >&2; exit 1; }
      elif [ ! -x /usr/bin/chromium ]; then pkgs+=(chromium); fi ;;
    firefox)
      if [ -n "${FIREFOX_PATH:-}" ]; then
        [ -x "$FIREFOX_PATH" ] || { echo "FIREFOX_PATH=$FIREFOX_PATH is not an executable" >&2; exit 1; }
      elif [ ! -x /usr/bin/firefox-esr ]; then pkgs+=(firefox-esr); fi ;;
    *) echo "unknown browser: $b (chromium or firefox)" >&2; exit 2 ;;
  esac
done

if [ ${#pkgs[@]} -gt 0 ]; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "Need root (or sudo) to install ${pkgs[*]}; or set CHROME_PATH/FIREFOX_PATH" >&2; exit 1; }
    SUDO=sudo
  fi
  echo "Installing ${pkgs[*]} from Debian packages…"
  t0=$(date +%s)
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${pkgs[@]}" >/dev/null
  echo "Installed ${pkgs[*]} in $(( $(date +%s) - t0 )) s"
fi
