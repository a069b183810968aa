#!/usr/bin/env bash
# Prints "N passed, N failed[, N skipped]" summed over the .trx files in a folder.
set -euo pipefail
passed=0 failed=0 skipped=0
shopt -s nullglob
for trx in "${1:?usage: test-summary.sh RESULTS_DIR}"/*.trx; do
  counters=$(grep -o '<Counters [^>]*>' "$trx" || true)
  attr() { sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$counters"; }
  passed=$((passed + $(attr passed)))
  failed=$((failed + $(attr failed) + $(attr error) + $(attr timeout) + $(attr aborted)))
  skipped=$((skipped + $(attr notExecuted)))
done
line="$passed passed, $failed failed"
((skipped)) && line+=", $skipped skipped"
echo "$line"
