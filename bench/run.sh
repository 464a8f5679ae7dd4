#!/bin/sh
# run.sh - `make bench`: every benchmark, each comparing looplab with a baseline
# measured in the same run and printing the ratio. Usage: bench/run.sh LOOPLAB
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$top/build/looplab}
echo "== loop core vs libuv (bench/loop)"
make -s -C "$top/bench/loop"
for b in "$top"/bench/*/run.sh; do
    [ -f "$b" ] || continue
    echo "== $(basename "$(dirname "$b")")"
    sh "$b" "$bin"
done
