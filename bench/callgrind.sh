#!/bin/bash
# Instructions per compare (callgrind, see bench/callgrind-compare.ts): bench/callgrind.sh 3000 3
# Needs the bench build (npm run build:bench). Slow: about a minute per 300 clauses compared.
# --predictable: without it V8's background compilation and GC timing move the count by about
# ±150 M instructions per compare between identical runs (speed round 6, docs/engine.md §7),
# more than a whole word-diff stage; with it two runs of one build agreed within 15 K.
set -euo pipefail
size=${1:-3000}
runs=${2:-3}
. "$(dirname "$0")/callgrind-lib.sh"
with=$(callgrind_count dist/bench/callgrind-compare.js "$size" "$runs")
without=$(callgrind_count dist/bench/callgrind-compare.js "$size" 0)
echo "$size clauses: $(((with - without) / runs)) instructions per compare ($with - $without) / $runs"
