#!/usr/bin/env bash
# Installs the native libraries and interop peers Attendance needs, only what is missing.
# Idempotent and quiet when everything is present; works as root or through sudo.
#   scripts/install-deps.sh            runtime libraries (XGBoost, CBC, zstd)
#   scripts/install-deps.sh --test     plus what the test suite needs (peers, browser, PostgreSQL)
set -euo pipefail
cd "$(dirname "$0")/.."

runtime_pkgs=(libxgboost0 coinor-libcbc3 libzstd1)
test_pkgs=(chromium postgresql python3-xgboost python3-sklearn python3-pandas coinor-cbc nodejs npm)
pkgs=("${runtime_pkgs[@]}")
[[ "${1:-}" == "--test" ]] && pkgs+=("${test_pkgs[@]}")

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# nodejs/npm may come from outside Debian (e.g. a preinstalled Node): accept working commands.
if command -v node >/dev/null && command -v npm >/dev/null; then
  missing=("${missing[@]/nodejs}"); missing=("${missing[@]/npm}")
fi
read -ra missing <<<"${missing[*]}"

if ((${#missing[@]})); then
  sudo=""; [[ $(id -u) -ne 0 ]] && sudo="sudo"
  echo "installing: ${missing[*]}" >&2
  $sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [[ "${1:-}" == "--test" ]]; then
  peers=tests/peers
  # Reinstall whenever the lock file is newer than the installed tree.
  if [[ -f $peers/package-lock.json && ! $peers/node_modules/.package-lock.json -nt $peers/package-lock.json ]]; then
    echo "installing npm peers into $peers" >&2
    (cd $peers && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  fi
fi
