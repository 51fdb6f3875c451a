#!/bin/bash
# Instructions per compare (callgrind, see bench/callgrind-compare.ts): bench/callgrind.sh 3000 3
# Needs the bench build (npm run build:bench). Slow: about a minute per 300 clauses compared.
set -euo pipefail
size=${1:-3000}
runs=${2:-3}
count() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null \
    node dist/bench/callgrind-compare.js "$size" "$1" 2>&1 |
    sed -n 's/.*Collected : \([0-9][0-9]*\).*/\1/p'
}
with=$(count "$runs")
without=$(count 0)
echo "$size clauses: $(((with - without) / runs)) instructions per compare ($with - $without) / $runs"
