#!/usr/bin/env bash
# Runs every test: installs what the suite needs (native libraries, interop peers, browser),
# builds once, runs all test projects, and ends with one line "N passed, N failed[, N skipped]".
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

scripts/install-deps.sh --test

# OMP_WAIT_POLICY: see ./attendance (XGBoost threads spin otherwise).
export NO_COLOR=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 OMP_WAIT_POLICY="${OMP_WAIT_POLICY:-PASSIVE}"
results="$PWD/TestResults"
rm -rf "$results"

echo "building..."
dotnet build Attendance.sln -c Release --nologo -v q -clp:NoSummary

status=0
dotnet test Attendance.sln -c Release --no-build --nologo -v q \
  --logger "trx" --results-directory "$results" "$@" || status=$?

scripts/test-summary.sh "$results"
exit $status
