#!/bin/sh
# bench/aio/run.sh LOOPLAB - times each asyncio benchmark under `looplab run`, under
# python3 and (if importable) under python3 with uvloop, in the same run, and prints
# the ratios (python time / looplab time: above 1 means looplab is faster). Peak
# memory (max RSS) is printed when /usr/bin/time is there.
LOOPLAB=${1:-build/looplab}
here=$(cd "$(dirname "$0")" && pwd)
PY=$(python3 -c 'import sys; print(sys.executable)' 2>/dev/null)
UVLOOP=
[ -n "$PY" ] && "$PY" -c 'import uvloop' 2>/dev/null && UVLOOP=1

# secs CMD...: wall seconds of one run (best of 3), output discarded.
secs() {
    best=
    for _ in 1 2 3; do
        s=$(date +%s.%N)
        "$@" >/dev/null 2>&1
        e=$(date +%s.%N)
        t=$(echo "$e - $s" | bc)
        if [ -z "$best" ] || [ "$(echo "$t < $best" | bc)" = 1 ]; then best=$t; fi
    done
    echo "$best"
}

rss() {
    if [ -x /usr/bin/time ]; then
        /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -n 1
    else
        echo "?"
    fi
}

printf '%-12s %10s %10s %8s %10s %10s\n' bench looplab python3 ratio "rss(KB)" "py rss"
for b in tasks callbacks timers echo; do
    tl=$(secs "$LOOPLAB" run "$here/$b.py")
    tp=$(secs "$PY" "$here/$b.py")
    printf '%-12s %9.2fs %9.2fs %7.2fx %10s %10s\n' "$b" "$tl" "$tp" "$(echo "$tp / $tl" | bc -l)" \
        "$(rss "$LOOPLAB" run "$here/$b.py")" "$(rss "$PY" "$here/$b.py")"
    if [ -n "$UVLOOP" ]; then
        tu=$(secs "$PY" -c "import uvloop, runpy; uvloop.install(); runpy.run_path('$here/$b.py', run_name='__main__')")
        printf '%-12s %10s %9.2fs %7.2fx  (uvloop)\n' "$b" "" "$tu" "$(echo "$tu / $tl" | bc -l)"
    fi
done
