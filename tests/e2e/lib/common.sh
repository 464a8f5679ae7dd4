# lib.sh - helpers for the shell end-to-end tests. Each test runs looplab in a fresh
# HOME and prints `ok e2e/NAME` or `FAIL e2e/NAME: why`.
LOOPLAB=${1:?usage: test.sh LOOPLAB}
SUITE=$(basename "$0" .sh)
TOP=$(cd "$(dirname "$0")/../.." && pwd)

fresh_home() {
    HOME=$(mktemp -d "${TMPDIR:-/tmp}/looplab-e2e-XXXXXX")
    export HOME
    trap 'rm -rf "$HOME"' EXIT
    unset LOOPLAB_DB LOOPLAB_CONTENT XDG_DATA_HOME
    export NO_COLOR=1 LANG=C.UTF-8 LC_ALL=C.UTF-8 COLUMNS=80
}

# ok NAME / fail NAME WHY
ok() { echo "ok e2e/$SUITE/$1"; }
fail() { echo "FAIL e2e/$SUITE/$1: $2"; }

# expect NAME CONDITION...: runs the condition (a shell command) and reports.
expect() {
    name=$1
    shift
    if "$@"; then ok "$name"; else fail "$name" "condition failed: $*"; fi
}

# run_ll ARGS...: runs looplab, saving stdout, stderr and the exit code.
run_ll() {
    "$LOOPLAB" "$@" >"$HOME/out" 2>"$HOME/err" </dev/null
    rc=$?
}

has() { grep -q -- "$1" "$2"; }
hasnt() { ! grep -q -- "$1" "$2"; }
# A stream of answers that any question accepts sooner or later: each question reads
# lines until one parses (a letter, a line number, or a full ordering).
answers() {
    i=0
    while [ $i -lt "$1" ]; do
        printf 'A\n1\nABC\nABCD\nABCDE\nABCDEF\n'
        i=$((i + 1))
    done
}
