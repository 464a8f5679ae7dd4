#!/bin/sh
# bench/cpu/run.sh - times `looplab run cpu.py` against `python3 cpu.py` in the same run
# and prints the ratio (looplab time / CPython time; below 1 means looplab is faster).
# usage: bench/cpu/run.sh [LOOPLAB] [PYTHON]
here=$(cd "$(dirname "$0")" && pwd)
LOOPLAB=${1:-$here/../../build/looplab}
PY=${2:-python3}
now() { date +%s.%N; }
best() { # best of 3 wall-clock runs of "$@"
    b=
    for _ in 1 2 3; do
        t0=$(now); "$@" >/dev/null || exit 1; t1=$(now)
        t=$(echo "$t1 - $t0" | bc)
        if [ -z "$b" ] || [ "$(echo "$t < $b" | bc)" = 1 ]; then b=$t; fi
    done
    echo "$b"
}
a=$("$LOOPLAB" run "$here/cpu.py"); b=$("$PY" "$here/cpu.py")
[ "$a" = "$b" ] || { echo "outputs differ: looplab '$a' vs python '$b'"; exit 1; }
tl=$(best "$LOOPLAB" run "$here/cpu.py")
tp=$(best "$PY" "$here/cpu.py")
printf 'looplab %.3fs  %s %.3fs  ratio %.2f\n' "$tl" "$("$PY" -c 'import platform; print("CPython " + platform.python_version())')" "$tp" "$(echo "$tl / $tp" | bc -l)"
