#!/bin/sh
# check.sh - the shipped curriculum checked like code: it validates, every lesson reads
# at 80x24 in plain mode, the bank has the counts the curriculum promises, and every
# predict-the-output answer and demo is what CPython really prints.
# Usage: tests/content/check.sh LOOPLAB
LOOPLAB=${1:?usage: check.sh LOOPLAB}
case $LOOPLAB in /*) ;; *) LOOPLAB=$(pwd)/$LOOPLAB ;; esac
top=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp" LANG=C.UTF-8 LC_ALL=C.UTF-8 COLUMNS=80
unset LOOPLAB_DB LOOPLAB_CONTENT XDG_DATA_HOME

# Validation, with every predict-the-output program run on looplab's own runtime and
# compared with its ```output block, and every demo run on the virtual clock.
if "$LOOPLAB" validate --run >"$tmp/v" 2>"$tmp/verr"; then echo "ok content/validate-and-run"; else
    sed 's/^/FAIL content\/validate: /' "$tmp/v" | grep -v 'problems\?$'
fi

# Every lesson at 80 columns: no line wider, no page taller than the screen.
n=$("$LOOPLAB" lessons 2>/dev/null | grep -c '^ *[0-9]')
i=1
while [ "$i" -le "$n" ]; do
    "$LOOPLAB" --db "$tmp/p.db" learn "$i" --plain >"$tmp/l" 2>&1
    width=$(wc -L <"$tmp/l")
    tall=$(awk '/ - page [0-9]+\/[0-9]+$/ { if (n > m) m = n; n = 0 } { n++ } END { if (n > m) m = n; print m }' "$tmp/l")
    if [ "$width" -le 80 ] && [ "$tall" -le 24 ]; then echo "ok content/fits-80x24/lesson-$i"; else
        echo "FAIL content/fits-80x24/lesson-$i: widest line $width columns, tallest page $tall lines"
    fi
    i=$((i + 1))
done

# The promised bank: 16 lessons, >= 240 questions, per topic >= 15 with >= 5 per level,
# and at least one question in five a predict-the-output.
"$LOOPLAB" validate --json >"$tmp/j" 2>/dev/null
sed -n 's/^ *"\([a-z0-9-]*\)": {"questions": \([0-9]*\), "junior": \([0-9]*\), "mid": \([0-9]*\), "senior": \([0-9]*\), "predict": \([0-9]*\)}.*/\1 \2 \3 \4 \5 \6/p' "$tmp/j" |
awk '{
    if ($2 < 15 || $3 < 5 || $4 < 5 || $5 < 5 || $6 * 5 < $2)
        printf "FAIL content/bank/%s: %d questions (%d junior, %d mid, %d senior, %d predict)\n", $1, $2, $3, $4, $5, $6
    else
        printf "ok content/bank/%s\n", $1
}'
lessons=$(sed -n 's/^  "lessons": \([0-9]*\),/\1/p' "$tmp/j")
questions=$(sed -n 's/^  "questions": \([0-9]*\),/\1/p' "$tmp/j")
if [ "${lessons:-0}" -ge 16 ]; then echo "ok content/bank/sixteen-lessons"; else
    echo "FAIL content/bank/sixteen-lessons: ${lessons:-0} lessons"; fi
if [ "${questions:-0}" -ge 240 ]; then echo "ok content/bank/240-questions"; else
    echo "FAIL content/bank/240-questions: ${questions:-0} questions"; fi

# Predict-the-output answers and demos against CPython (>= 3.11).
py=${PYTHON:-python3}
if command -v "$py" >/dev/null 2>&1 && "$py" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    real=$("$py" -c 'import sys; print(sys.executable)')
    if "$real" "$top/tests/content/check_predict.py" --python "$real" --all --runs 1 >"$tmp/c" 2>&1; then
        echo "ok content/cpython-predict-and-demos ($(tail -1 "$tmp/c"))"
    else
        grep '^FAIL' "$tmp/c" | sed 's/^FAIL /FAIL content\/cpython: /'
        grep -q '^FAIL' "$tmp/c" || echo "FAIL content/cpython: checker failed: $(tail -1 "$tmp/c")"
    fi
    # Every demo prints the same under looplab (both clocks) as under CPython.
    [ -n "${LOOPLAB_SANITIZE:-}" ] && echo "skip content/demo-matches-cpython: compared by make check, not under the sanitizers' GC stress"
    for demo in "$top"/content/demos/*.py; do
        name=$(basename "$demo" .py)
        (cd "$top/content/demos" && "$real" "$name.py") >"$tmp/py.out" 2>/dev/null
        prc=$?
        clocks="real virtual"
        # Under the sanitizers the collector runs on every allocation, so a demo that
        # shows garbage collection (orphan tasks) legitimately differs, and real time
        # stretches unevenly: there the demos run for memory errors (validate --run
        # above) and are compared with CPython by `make check` only.
        [ -n "${LOOPLAB_SANITIZE:-}" ] && clocks=
        for clock in $clocks; do
            flag=
            [ "$clock" = virtual ] && flag=--virtual
            (cd "$top/content/demos" && "$LOOPLAB" run $flag "$name.py") >"$tmp/ll.out" 2>/dev/null
            lrc=$?
            if cmp -s "$tmp/py.out" "$tmp/ll.out" && [ "$prc" = "$lrc" ]; then
                echo "ok content/demo-matches-cpython/$clock/$name"
            else
                echo "FAIL content/demo-matches-cpython/$clock/$name: exit $lrc (CPython $prc); $(diff "$tmp/py.out" "$tmp/ll.out" | head -3 | tr '\n' ' ')"
            fi
        done
    done
else
    echo "skip content/cpython: no python3 >= 3.11 found"
fi
