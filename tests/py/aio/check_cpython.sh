#!/bin/sh
# Checks the asyncio golden programs in tests/py/aio/ against CPython itself
# (see tests/py/aio/README.md for the comment format and the normalisation).
#
# usage: tests/py/aio/check_cpython.sh [FILE.py ...]
#   PYTHON=python3.12 tests/py/aio/check_cpython.sh   # another interpreter
#   RUNS=5 tests/py/aio/check_cpython.sh              # runs per program (3)
#   CHAOS=1 RUNS=20 tests/py/aio/check_cpython.sh     # jittered loop wake-ups
#
# Every program runs RUNS times under CPython (>= 3.11), from its own
# directory as `python3 NAME.py`, like tests/py/run.sh does. Each run must
# give exactly the `# expect:` stdout, the `# expect stderr:` stderr (after
# normalisation) and the exit code (1 with `# expect runtime error:`, else 0).
#
# CHAOS=1 loads chaos/sitecustomize.py, which makes the loop wake up for
# its timers slightly early or late at random (seeded by AIO_CHAOS_SEED,
# printed on failure): a program must print the same under any split of
# nearly simultaneous timers into loop iterations, as on a loaded machine.
#
# Output: "ok aio/NAME" or "FAIL aio/NAME: reason" per program, then a
# summary line. Exit status 1 if anything failed, 2 on a usage error.

TIMEOUT_SECS=10
RUNS=${RUNS:-3}

say() { printf '%s\n' "$1"; }

here=$(cd "$(dirname "$0")" && pwd)

PY=${PYTHON:-python3}
if ! "$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1; then
    say "$0: need CPython >= 3.11 (set PYTHON=...)" >&2
    exit 2
fi
# The real binary, not a pyenv shim: much faster to start.
PY=$("$PY" -c 'import sys; print(sys.executable)')

if command -v timeout >/dev/null 2>&1; then
    with_timeout() { timeout "$TIMEOUT_SECS" "$@"; }
else
    with_timeout() { "$@"; }
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/looplab-aiocheck.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'rm -rf "$tmp"; exit 130' INT TERM

shorten() {
    printf '%s' "$1" | awk 'NR == 1 { s = $0 } NR > 1 { s = s "\\n" $0 }
        END { if (length(s) > 200) s = substr(s, 1, 200) "..."; printf "%s", s }'
}

# expectations TAG FILE: the text after "# TAG" on each line that has it
# (one optional space after the colon is dropped), in file order.
expectations() {
    awk -v T="# $1" '{
        i = index($0, T)
        if (i == 0) next
        rest = substr($0, i + length(T))
        if (rest == "") print ""
        else if (substr(rest, 1, 1) == " ") print substr(rest, 2)
    }' "$2"
}

# normalise PROGRAM_PATH < stderr > normalised stderr
#  - the program's absolute path becomes FILE;
#  - every 0x... hex number becomes 0xADDR;
#  - traceback frames of any other file (CPython's own asyncio sources,
#    "<frozen ...>") are dropped: the `File "..."` line and the more
#    indented source/caret lines under it. Works inside exception-group
#    tracebacks too (lines prefixed with "  | ").
normalise() {
    awk -v P="$1" '{
        line = $0
        out = ""
        while ((i = index(line, P)) > 0) {
            out = out substr(line, 1, i - 1) "FILE"
            line = substr(line, i + length(P))
        }
        line = out line
        gsub(/0x[0-9a-fA-F]+/, "0xADDR", line)
        if (skip != "") {
            if (substr(line, 1, length(skip)) == skip) next
            skip = ""
        }
        if (match(line, /^[ |+]*File "/)) {
            pre = substr(line, 1, RLENGTH - 6)
            if (substr(line, RLENGTH + 1, 5) != "FILE\"") {
                skip = pre "  "
                next
            }
        }
        print line
    }'
}

# first_diff WHAT EXPECTED GOT
first_diff() {
    awk -v W="$1" -v E="$2" -v G="$3" 'BEGIN {
        for (n = 1; ; n++) {
            re = (getline a < E) > 0
            rg = (getline b < G) > 0
            if (!re && !rg) { printf "%s differs in a final newline or NUL byte\n", W; exit }
            if (!rg) { printf "%s line %d: expected \"%s\", got end of output\n", W, n, a; exit }
            if (!re) { printf "%s line %d: expected end of output, got \"%s\"\n", W, n, b; exit }
            if (a != b) { printf "%s line %d: expected \"%s\", got \"%s\"\n", W, n, a, b; exit }
        }
    }'
}

# check_once FILE: one run; prints nothing if it matched, else the reason.
check_once() {
    if [ -n "$CHAOS" ]; then
        (cd "$dir" && with_timeout env AIO_CHAOS_SEED="$seed" PYTHONDONTWRITEBYTECODE=1 \
            PYTHONPATH="$here/chaos${PYTHONPATH:+:$PYTHONPATH}" "$PY" "$name.py") \
            </dev/null >"$tmp/out" 2>"$tmp/rawerr"
        rc=$?
    else
        (cd "$dir" && with_timeout "$PY" "$name.py") </dev/null >"$tmp/out" 2>"$tmp/rawerr"
        rc=$?
    fi
    normalise "$dir/$name.py" <"$tmp/rawerr" >"$tmp/err"
    if [ "$rc" -eq 124 ]; then
        say "timed out after ${TIMEOUT_SECS}s"
        return
    fi
    if ! cmp -s "$tmp/expected" "$tmp/out"; then
        shorten "$(first_diff stdout "$tmp/expected" "$tmp/out")"; echo
        return
    fi
    if [ "$rc" -ne "$xrc" ]; then
        say "exit code: expected $xrc, got $rc (last stderr line: \"$(shorten "$(tail -n 1 "$tmp/err")")\")"
        return
    fi
    if [ "$xrc" -eq 1 ] && [ "$(tail -n 1 "$tmp/err")" != "$want" ]; then
        say "last stderr line: expected \"$(shorten "$want")\", got \"$(shorten "$(tail -n 1 "$tmp/err")")\""
        return
    fi
    if [ "$xrc" -eq 1 ] && [ ! -s "$tmp/experr" ]; then
        return  # runtime error without `# expect stderr:`: last line only
    fi
    if ! cmp -s "$tmp/experr" "$tmp/err"; then
        shorten "$(first_diff stderr "$tmp/experr" "$tmp/err")"; echo
        return
    fi
}

pass=0
fail=0

check() {
    dir=$(cd "$(dirname "$1")" && pwd)
    name=$(basename "$1" .py)
    label=$(basename "$dir")/$name
    expectations expect: "$1" >"$tmp/expected"
    expectations "expect stderr:" "$1" >"$tmp/experr"
    want=$(sed -n 's/^.*# expect runtime error: //p' "$1")
    xrc=0
    [ -n "$want" ] && xrc=1
    run=1
    while [ "$run" -le "$RUNS" ]; do
        seed=$name-$run-$$
        reason=$(check_once)
        if [ -n "$reason" ]; then
            [ -n "$CHAOS" ] && reason="AIO_CHAOS_SEED=$seed: $reason"
            say "FAIL $label (run $run): $reason"
            fail=$((fail + 1))
            return
        fi
        run=$((run + 1))
    done
    say "ok $label"
    pass=$((pass + 1))
}

[ $# -eq 0 ] && set -- "$here"/*.py
for f in "$@"; do
    if [ -f "$f" ]; then
        check "$f"
    else
        say "FAIL $f: no such file"
        fail=$((fail + 1))
    fi
done
say "$pass passed, $fail failed ($("$PY" -c 'import sys; print(sys.version.split()[0])'), $RUNS runs each)"
[ "$fail" -eq 0 ]
