# Sourced by bench/callgrind.sh and bench/callgrind-statements.sh: the instructions valgrind's
# callgrind counts for one run of a bench script under node --predictable (why --predictable:
# bench/callgrind.sh). Usage: callgrind_count dist/bench/SCRIPT.js ARGS...
callgrind_count() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null node --predictable "$@" 2>&1 |
    sed -n 's/.*Collected : \([0-9][0-9]*\).*/\1/p'
}
