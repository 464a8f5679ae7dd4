#!/bin/sh
# run_aio.sh - runs the asyncio golden programs (tests/py/aio/*.py, see its README)
# under looplab with both clocks: `looplab run NAME.py` (real) and `looplab run
# --virtual NAME.py`. Each run must give exactly the `# expect:` stdout, the exit
# code (1 with `# expect runtime error:`) and, after normalisation (the program's path
# becomes FILE, 0x... becomes 0xADDR, frames of other files are dropped), the
# `# expect stderr:` lines. Also checks that src/aio/prelude.c is up to date.
#
# usage: tests/py/run_aio.sh LOOPLAB [DIR|FILE.py ...]
#   CLOCKS="virtual" tests/py/run_aio.sh build/looplab     # one clock only
# Output: "ok LABEL" / "FAIL LABEL: reason", then a summary; exit 1 if anything failed.

TIMEOUT_SECS=${TIMEOUT_SECS:-10}
CLOCKS=${CLOCKS:-"real virtual"}

say() { printf '%s\n' "$1"; }

[ $# -ge 1 ] || { say "usage: $0 LOOPLAB [DIR|FILE.py ...]" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
LOOPLAB=$1
shift
case $LOOPLAB in /*) ;; *) LOOPLAB=$(pwd)/$LOOPLAB ;; esac
[ $# -eq 0 ] && set -- "$here/aio"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/looplab-aio.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'rm -rf "$tmp"; exit 130' INT TERM

if command -v timeout >/dev/null 2>&1; then
    with_timeout() { timeout "$TIMEOUT_SECS" "$@"; }
else
    with_timeout() { "$@"; }
fi

shorten() {
    printf '%s' "$1" | awk 'NR == 1 { s = $0 } NR > 1 { s = s "\\n" $0 }
        END { if (length(s) > 200) s = substr(s, 1, 200) "..."; printf "%s", s }'
}

expectations() {
    awk -v T="# $1" '{
        i = index($0, T)
        if (i == 0) next
        rest = substr($0, i + length(T))
        if (rest == "") print ""
        else if (substr(rest, 1, 1) == " ") print substr(rest, 2)
    }' "$2"
}

# normalise PROGRAM_PATH: the same rules as tests/py/aio/check_cpython.sh.
normalise() {
    awk -v P="$1" '/^==[0-9]+==WARNING: ASan doesn.t fully support makecontext/ { next }
    {
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

# check_once CLOCK: prints nothing if the run matched, else the reason.
check_once() {
    flag=
    [ "$1" = virtual ] && flag=--virtual
    (cd "$dir" && with_timeout "$LOOPLAB" run $flag "$name.py") </dev/null >"$tmp/out" 2>"$tmp/rawerr"
    rc=$?
    normalise "$dir/$name.py" <"$tmp/rawerr" >"$tmp/err"
    if [ "$rc" -eq 124 ]; then say "timed out after ${TIMEOUT_SECS}s"; return; fi
    if [ "$rc" -gt 128 ]; then say "killed by signal $((rc - 128))"; return; fi
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
    [ "$xrc" -eq 1 ] && [ ! -s "$tmp/experr" ] && return
    if ! cmp -s "$tmp/experr" "$tmp/err"; then
        shorten "$(first_diff stderr "$tmp/experr" "$tmp/err")"; echo
    fi
}

pass=0
fail=0
check() {
    dir=$(cd "$(dirname "$1")" && pwd)
    name=$(basename "$1" .py)
    expectations expect: "$1" >"$tmp/expected"
    expectations "expect stderr:" "$1" >"$tmp/experr"
    want=$(sed -n 's/^.*# expect runtime error: //p' "$1")
    xrc=0
    [ -n "$want" ] && xrc=1
    for clock in $CLOCKS; do
        label=$(basename "$dir")/$name/$clock
        reason=$(check_once "$clock")
        if [ -n "$reason" ]; then
            say "FAIL $label: $reason"
            fail=$((fail + 1))
        else
            say "ok $label"
            pass=$((pass + 1))
        fi
    done
}

for arg in "$@"; do
    if [ -d "$arg" ]; then
        for f in "$arg"/*.py; do [ -f "$f" ] && check "$f"; done
    elif [ -f "$arg" ]; then
        check "$arg"
    else
        say "FAIL $arg: no such file or directory"
        fail=$((fail + 1))
    fi
done

# the generated prelude must match its source
root=$(cd "$here/../.." && pwd)
if [ -f "$root/src/aio/gen_prelude.sh" ]; then
    cp "$root/src/aio/prelude.c" "$tmp/prelude.c"
    sh "$root/src/aio/gen_prelude.sh"
    if cmp -s "$tmp/prelude.c" "$root/src/aio/prelude.c"; then
        pass=$((pass + 1))
    else
        say "FAIL src/aio/prelude.c was stale (regenerated now: rebuild)"
        fail=$((fail + 1))
    fi
fi
say "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
