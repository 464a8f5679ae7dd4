#!/bin/sh
# run.sh - the fuzzing campaign behind `make fuzz`: seeds each target's corpus from the
# repository, runs the targets one after another for SECONDS each (one process, as the
# machine is shared), then prints one summary line per target. Crashers, hangs and
# leaks land in BUILD/artifacts/TARGET/; the log of a run is BUILD/TARGET.log.
# Usage: tests/fuzz/run.sh BUILD SECONDS TARGET...
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
build=$1
secs=$2
shift 2
cd "$top"

# seed DIR FILES...: copies the repository's inputs into a corpus (once; the corpus
# keeps what earlier runs found).
seed() {
    dir=$1
    shift
    mkdir -p "$dir"
    for f in "$@"; do
        [ -f "$f" ] && cp -n "$f" "$dir/seed-$(basename "$(dirname "$f")")-$(basename "$f")"
    done
}

status=0
for t in "$@"; do
    corpus=$build/corpus-$t
    case $t in
        py-*)
            seed "$corpus" tests/py/lang/*.py tests/py/reject/*.py tests/py/aio/*.py content/demos/*.py \
                tests/fuzz/regressions/py-*/*
            dict=tests/fuzz/dict/python.dict max=4096 ;;
        content)
            seed "$corpus" content/lessons/*.md quiz/*.md tests/fuzz/regressions/content/*
            dict=tests/fuzz/dict/content.dict max=16384 ;;
    esac
    mkdir -p "$build/artifacts/$t"
    before=$(ls "$corpus" | wc -l)
    "$build/fuzz-$t" -max_total_time="$secs" -max_len=$max -dict=$dict -timeout=10 \
        -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$build/artifacts/$t/" \
        "$corpus" >"$build/$t.log" 2>&1
    rc=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$build/$t.log")
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$build/$t.log")
    rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$build/$t.log")
    after=$(ls "$corpus" | wc -l)
    if [ $rc -eq 0 ]; then
        echo "ok fuzz/$t: ${secs}s, ${execs:-?} execs, ${rate:-?} exec/s, corpus $before -> $after files, peak rss ${rss:-?} MB"
    else
        echo "FAIL fuzz/$t: exit $rc, see $build/$t.log and $build/artifacts/$t/"
        grep -m3 -e '^==[0-9]*==ERROR' -e 'runtime error' -e '^SUMMARY' "$build/$t.log" | sed 's/^/    /'
        status=1
    fi
done
exit $status
