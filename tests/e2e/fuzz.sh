#!/bin/sh
# fuzz.sh - every input the fuzzers once crashed on (tests/fuzz/regressions/TARGET/)
# replayed through the same entry point, one process each: `ok` when it runs to the
# end without a crash or a sanitizer report (under `make asan` leaks count too).
. "$(dirname "$0")/lib/common.sh"
replay=$(dirname "$LOOPLAB")/fuzz-replay
if [ ! -x "$replay" ]; then
    echo "skip e2e/fuzz: no $replay (make check builds it)"
    exit 0
fi
if command -v timeout >/dev/null 2>&1; then limit="timeout 60"; else limit=; fi
log=$(mktemp "${TMPDIR:-/tmp}/looplab-fuzz-XXXXXX")
trap 'rm -f "$log"' EXIT
for dir in "$TOP"/tests/fuzz/regressions/*/; do
    target=$(basename "$dir")
    for f in "$dir"*; do
        [ -f "$f" ] || continue
        name=$target/$(basename "$f")
        if $limit "$replay" "$target" "$f" >"$log" 2>&1; then
            ok "$name"
        else
            fail "$name" "exit $?: $(grep -m1 -e ERROR -e 'runtime error' -e 'fuzz-replay' "$log")"
        fi
    done
done

# Two fixes found this way change what a learner sees after Ctrl-C: the traceback names
# the loop's line (it read before the code, line 0), and a native loop stops too.
fresh_home
printf 'x = 1\nwhile True:\n    x += 1\n' >"$HOME/spin.py"
printf 'print(sum(range(10**15)))\n' >"$HOME/native.py"
for prog in spin native; do
    "$LOOPLAB" run "$HOME/$prog.py" >/dev/null 2>"$HOME/$prog.err" &
    pid=$!
    sleep 0.3
    kill -INT $pid
    wait $pid
    echo $? >"$HOME/$prog.rc"
done
expect interrupt-loop-line grep -q 'line 2, in <module>' "$HOME/spin.err"
expect interrupt-loop-exit [ "$(cat "$HOME/spin.rc")" = 1 ]
expect interrupt-native-loop grep -q '^KeyboardInterrupt' "$HOME/native.err"
