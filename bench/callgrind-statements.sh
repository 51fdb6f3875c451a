#!/bin/bash
# Instructions per warm extraction of the 5,000-word bench article (bench/callgrind-statements.ts):
# bench/callgrind-statements.sh 3. Needs the bench build (npm run build:bench). Slow: about four
# minutes per extraction on a loaded machine. --predictable as in callgrind.sh.
set -euo pipefail
runs=${1:-3}
count() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null \
    node --predictable dist/bench/callgrind-statements.js "$1" 2>&1 |
    sed -n 's/.*Collected : \([0-9][0-9]*\).*/\1/p'
}
with=$(count "$runs")
without=$(count 0)
echo "$(((with - without) / runs)) instructions per extraction ($with - $without) / $runs"
