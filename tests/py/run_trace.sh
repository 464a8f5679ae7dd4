#!/bin/sh
# Golden narration tests: each tests/py/trace/NAME.py runs under
# `looplab run --virtual --trace` and its stdout and stderr together (narration lines
# interleaved with the program's output) must equal NAME.trace line by line, the
# directory of the program written as DIR. The lines that are not narration (not
# starting with "t=") must also be exactly what python3 prints, when python3 >= 3.11
# is there: --trace never changes what the program itself writes.
#
# usage: tests/py/run_trace.sh LOOPLAB [FILE.py ...]   (UPDATE=1 rewrites the .trace files)
# Output: one line per check, "ok trace/NAME" or "FAIL trace/NAME: reason".
say() { printf '%s\n' "$1"; }
[ $# -ge 1 ] || { say "usage: $0 LOOPLAB [FILE.py ...]" >&2; exit 2; }
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
shift
here=$(cd "$(dirname "$0")" && pwd)
[ $# -gt 0 ] || set -- "$here"/trace/*.py
PY=${PYTHON:-python3}
py_ok=$("$PY" -c 'import sys; print(sys.version_info >= (3, 11))' 2>/dev/null)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/looplab-trace.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT

for prog in "$@"; do
    [ -f "$prog" ] || continue
    dir=$(cd "$(dirname "$prog")" && pwd)
    name=$(basename "$prog" .py)
    (cd "$dir" && timeout 10 "$bin" run --virtual --trace "$name.py" >"$tmp/got" 2>&1)
    # the absolute directory becomes DIR, so the expectation works from any checkout
    awk -v D="$dir/" '{ while ((i = index($0, D)) > 0) $0 = substr($0, 1, i - 1) "DIR/" substr($0, i + length(D)); print }' \
        "$tmp/got" >"$tmp/norm"
    if [ -n "${UPDATE:-}" ]; then cp "$tmp/norm" "$dir/$name.trace"; fi
    if [ ! -f "$dir/$name.trace" ]; then
        say "FAIL trace/$name: no $name.trace beside it (UPDATE=1 writes one)"
        continue
    fi
    diffline=$(awk 'NR == FNR { e[FNR] = $0; ne = FNR; next } { g[FNR] = $0; ng = FNR }
        END {
            n = ne > ng ? ne : ng
            for (i = 1; i <= n; i++) if (e[i] != g[i] || i > ne || i > ng) {
                printf "line %d: expected \"%s\", got \"%s\"", i, (i <= ne ? e[i] : "<end>"), (i <= ng ? g[i] : "<end>")
                exit
            }
        }' "$dir/$name.trace" "$tmp/norm")
    if [ -n "$diffline" ]; then
        say "FAIL trace/$name: $diffline"
        continue
    fi
    if [ "$py_ok" = True ]; then
        (cd "$dir" && "$PY" "$name.py" >"$tmp/py" 2>&1)
        # CPython's own frames (asyncio/events.py ...) are dropped, as tests/py/run.sh does
        awk -v D="$dir/" '{
            while ((i = index($0, D)) > 0) $0 = substr($0, 1, i - 1) "DIR/" substr($0, i + length(D))
            if (skip != "" && substr($0, 1, length(skip)) == skip) next
            skip = ""
            if (match($0, /^[ |+]*File "/) && substr($0, RLENGTH + 1, 4) != "DIR/") { skip = substr($0, 1, RLENGTH - 6) "  "; next }
            print
        }' "$tmp/py" >"$tmp/pynorm"
        grep -v '^t=[0-9]' "$tmp/norm" >"$tmp/plain"
        if ! cmp -s "$tmp/plain" "$tmp/pynorm"; then
            say "FAIL trace/$name: without the narration, the output differs from python3's"
            continue
        fi
    fi
    say "ok trace/$name"
done
exit 0
