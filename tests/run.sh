#!/bin/sh
# run.sh - every suite of `make check`, then one closing line `N passed, N failed`.
# Suites print one line per check: `ok NAME`, `FAIL NAME: why`, or `skip NAME: why`.
# Usage: tests/run.sh LOOPLAB UNIT_TESTS
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
unit=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
cd "$top"
log=$(mktemp)
trap 'rm -f "$log"' EXIT

suite() {
    echo "== $1"
    shift
    "$@" 2>&1 | tee -a "$log" | grep -v '^ok ' || true
}

# Under the sanitizers (make asan) a program runs many times slower: give each more time.
if [ -n "${LOOPLAB_SANITIZE:-}" ]; then
    TIMEOUT_SECS=${TIMEOUT_SECS:-30}
    export TIMEOUT_SECS
fi

suite unit "$unit"
for s in "$top"/tests/e2e/*.sh; do
    [ -f "$s" ] && suite "e2e/$(basename "$s" .sh)" sh "$s" "$bin"
done
if [ -f "$top/tests/py/run.sh" ]; then
    if "$bin" help run | grep -q "not available yet"; then
        echo "skip py: 'looplab run' is not built yet, so the golden programs cannot run" | tee -a "$log"
    else
        suite py sh "$top/tests/py/run.sh" "$bin"
        probe=$(mktemp -d)
        echo 'import asyncio' >"$probe/probe.py"
        if "$bin" run "$probe/probe.py" >/dev/null 2>&1; then
            clocks="real virtual"
            if [ -n "${LOOPLAB_SANITIZE:-}" ]; then
                # Under ASan with the collector running on every allocation, real time
                # stretches unevenly; the virtual clock runs the same code paths.
                clocks=virtual
                echo "skip py-aio/real-clock: under the sanitizers the asyncio programs run on the virtual clock only" | tee -a "$log"
            fi
            suite py-aio env CLOCKS="$clocks" sh "$top/tests/py/run.sh" "$bin" "$top/tests/py/aio"
            suite py-trace sh "$top/tests/py/run_trace.sh" "$bin"
        else
            echo "skip py-aio: the asyncio module is not built yet, so the asyncio programs cannot run" | tee -a "$log"
        fi
        rm -rf "$probe"
    fi
fi
for s in "$top"/tests/content/*.sh; do
    [ -f "$s" ] && suite "content/$(basename "$s" .sh)" sh "$s" "$bin"
done

passed=$(grep -c '^ok ' "$log")
failed=$(grep -c '^FAIL ' "$log")
skipped=$(grep -c '^skip ' "$log")
[ "$skipped" -gt 0 ] && echo "($skipped skipped, see above)"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
