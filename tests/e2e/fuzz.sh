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
fresh_home
if command -v timeout >/dev/null 2>&1; then limit="timeout 60"; else limit=; fi
log=$HOME/replay.log
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

# A block whose only indented line is a backslash continuation was an empty body
# (compiled from a null list); CPython refuses it, and so does looplab now.
run_ll run "$TOP/tests/fuzz/regressions/py-compile/parse-empty-indented-block.py"
expect empty-block-refused [ "$rc" = 1 ]
expect empty-block-message has 'expected an indented block' "$HOME/err"

# Two fixes found this way change what a learner sees after Ctrl-C: the traceback names
# the loop's line (it read before the code, line 0), and a native loop stops too.
printf 'x = 1\nwhile True:\n    x += 1\n' >"$HOME/spin.py"
printf 'print(sum(range(10**15)))\n' >"$HOME/native.py"
for prog in spin native; do
    "$LOOPLAB" run "$HOME/$prog.py" >/dev/null 2>"$HOME/$prog.err" &
    pid=$!
    # again until it ends: a signal sent before looplab installs its handler is lost
    for i in 1 2 3 4 5 6 7 8 9 10; do
        sleep 0.3
        kill -INT $pid 2>/dev/null || break
    done
    kill -KILL $pid 2>/dev/null
    wait $pid
done
expect interrupt-loop-line grep -q 'line 2, in <module>' "$HOME/spin.err"
expect interrupt-native-loop grep -q '^KeyboardInterrupt' "$HOME/native.err"
