#!/bin/bash
# Instructions per warm extraction of the 5,000-word bench article (bench/callgrind-statements.ts):
# bench/callgrind-statements.sh 3. Needs the bench build (npm run build:bench). Slow: about four
# minutes per extraction on a loaded machine. --predictable as in callgrind.sh.
set -euo pipefail
runs=${1:-3}
. "$(dirname "$0")/callgrind-lib.sh"
with=$(callgrind_count dist/bench/callgrind-statements.js "$runs")
without=$(callgrind_count dist/bench/callgrind-statements.js 0)
echo "$(((with - without) / runs)) instructions per extraction ($with - $without) / $runs"
