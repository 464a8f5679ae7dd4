#!/bin/sh
# Golden-test runner for looplab's mini-Python (see tests/py/README.md).
#
# usage: tests/py/run.sh LOOPLAB_BINARY [DIR|FILE.py ...]
#
# Each program states its expected stdout in `# expect:` comments, and either
# `# expect runtime error: LAST STDERR LINE` (exit code 1) or
# `# expect error: LINE:COL: MESSAGE` (compile-time refusal, exit code 1).
# Every program runs under `LOOPLAB run NAME.py`; programs without
# `# expect error:` also run under CPython >= 3.11 (the differential half,
# reported as "diff:"), which proves the expectation is CPython's behaviour.
#
# `# expect stderr: TEXT` lines (tests/py/aio/README.md) give the whole of stderr,
# compared after normalising: the program's absolute path becomes FILE, 0x... becomes
# 0xADDR, and traceback frames of other files (CPython's own modules) are dropped, as
# is the notice ASan prints once for swapcontext (executor lanes, under `make asan`).
# A program with `# expect stderr:` lines, or in a directory named aio without any
# error expectation, must write exactly that (nothing) to stderr.
#
# CLOCKS="real virtual" runs looplab once per clock (`looplab run --virtual` for the
# virtual one, labelled "virtual:"); the default is the real clock only.
#
# Output: one line per check, "ok LABEL" or "FAIL LABEL: reason". No summary;
# the exit status is 0 unless the usage is wrong.

TIMEOUT_SECS=${TIMEOUT_SECS:-10}
CLOCKS=${CLOCKS:-real}

# say TEXT: prints one line (dash's echo would expand backslashes).
say() { printf '%s\n' "$1"; }

if [ $# -lt 1 ]; then
    say "usage: $0 LOOPLAB_BINARY [DIR|FILE.py ...]" >&2
    exit 2
fi

here=$(cd "$(dirname "$0")" && pwd)

# Make the binary path survive the cd into each test directory.
LOOPLAB=$1
shift
case $LOOPLAB in
    /*) ;;
    */*) LOOPLAB=$(pwd)/$LOOPLAB ;;
    *) found=$(command -v "$LOOPLAB" 2>/dev/null) && LOOPLAB=$found ;;
esac
looplab_missing=
if [ ! -f "$LOOPLAB" ] || [ ! -x "$LOOPLAB" ]; then
    looplab_missing="looplab binary not found or not executable: $LOOPLAB"
fi

if [ $# -eq 0 ]; then
    set -- "$here/lang" "$here/reject"
fi

# The differential half needs CPython >= 3.11; $PYTHON overrides the choice.
PY=${PYTHON:-python3}
have_py=
# Ask for sys.executable: it skips wrappers such as pyenv shims (much faster).
real_py=$("$PY" -c 'import sys
if sys.version_info >= (3, 11) and sys.executable: print(sys.executable)' 2>/dev/null)
if [ -n "$real_py" ] && [ -x "$real_py" ]; then
    PY=$real_py
    have_py=1
else
    say "skip diff: no python3 >= 3.11 found"
fi

if command -v timeout >/dev/null 2>&1; then
    with_timeout() { timeout "$TIMEOUT_SECS" "$@"; }
else
    with_timeout() { "$@"; }
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/looplab-pytest.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'rm -rf "$tmp"; exit 130' INT TERM

# shorten TEXT: keep reasons on one readable line.
shorten() {
    printf '%s' "$1" | awk 'NR == 1 { s = $0 } NR > 1 { s = s "\\n" $0 }
        END { if (length(s) > 160) s = substr(s, 1, 160) "..."; printf "%s", s }'
}

# parse FILE: writes $tmp/expected (stdout lines), and sets kind
# (out | runtime | compile), want (the error line, if any) and bad.
parse() {
    errs=$(awk -v out="$tmp/expected" -v err="$tmp/experr" '
        BEGIN { printf "" > out; printf "" > err }
        {
            i = index($0, "# expect stderr:")
            if (i) {
                rest = substr($0, i + 16)
                if (rest == "") print "" > err
                else if (substr(rest, 1, 1) == " ") print substr(rest, 2) > err
                print "stderr"
                next
            }
            i = index($0, "# expect:")
            if (i) {
                rest = substr($0, i + 9)
                if (rest == "") print "" > out
                else if (substr(rest, 1, 1) == " ") print substr(rest, 2) > out
                next
            }
            i = index($0, "# expect runtime error: ")
            if (i) { print "runtime " substr($0, i + 24); next }
            i = index($0, "# expect error: ")
            if (i) print "compile " substr($0, i + 16)
        }' "$1")
    kind=out
    want=
    bad=
    full_err=
    case $errs in *stderr*) full_err=1 ;; esac
    errs=$(printf '%s\n' "$errs" | grep -v '^stderr$')
    case $errs in
        "") ;;
        *"
"*) bad="more than one error expectation" ;;
        *) kind=${errs%% *}; want=${errs#* } ;;
    esac
}

# first_diff EXPECTED GOT: prints where two outputs first differ.
first_diff() {
    awk -v E="$1" -v G="$2" 'BEGIN {
        for (n = 1; ; n++) {
            re = (getline a < E) > 0
            rg = (getline b < G) > 0
            if (!re && !rg) { print "outputs differ in a final newline or NUL byte"; exit }
            if (!rg) { printf "stdout line %d: expected \"%s\", got end of output\n", n, a; exit }
            if (!re) { printf "stdout line %d: expected end of output, got \"%s\"\n", n, b; exit }
            if (a != b) { printf "stdout line %d: expected \"%s\", got \"%s\"\n", n, a, b; exit }
        }
    }'
}

# execute DIR NAME CMD...: runs CMD NAME.py in DIR; sets rc, fills $tmp/out, $tmp/err.
execute() {
    xdir=$1
    xname=$2
    shift 2
    stdin=/dev/null
    [ -f "$xdir/$xname.in" ] && stdin=$xdir/$xname.in
    (cd "$xdir" && with_timeout "$@" "$xname.py") <"$stdin" >"$tmp/out" 2>"$tmp/rawerr"
    rc=$?
    normalise "$xdir/$xname.py" <"$tmp/rawerr" >"$tmp/err"
}

last_err() { tail -n 1 "$tmp/err"; }

# normalise PROGRAM_PATH < stderr > stderr as the expectations write it.
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
        # ASan notes once that it cannot follow swapcontext (executor lanes): not output.
        if (line ~ /^==[0-9]+==WARNING: ASan doesn.t fully support makecontext/) next
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

# verdict LABEL: compares the last execute() with the expectations of kind.
verdict() {
    label=$1
    if [ "$rc" -eq 124 ] && command -v timeout >/dev/null 2>&1; then
        say "FAIL $label: timed out after ${TIMEOUT_SECS}s"
        return
    fi
    if [ "$rc" -gt 128 ]; then
        say "FAIL $label: killed by signal $((rc - 128)) (stderr: \"$(shorten "$(last_err)")\")"
        return
    fi
    if [ "$kind" = compile ]; then
        got=$(head -n 1 "$tmp/err")
        if [ "$got" != "$name.py:$want" ]; then
            say "FAIL $label: stderr line 1: expected \"$(shorten "$name.py:$want")\", got \"$(shorten "$got")\""
        elif [ "$rc" -ne 1 ]; then
            say "FAIL $label: exit code: expected 1, got $rc"
        elif [ -s "$tmp/out" ]; then
            say "FAIL $label: stdout: expected nothing (refused before running), got \"$(shorten "$(head -n 1 "$tmp/out")")\""
        else
            say "ok $label"
        fi
        return
    fi
    if ! cmp -s "$tmp/expected" "$tmp/out"; then
        say "FAIL $label: $(shorten "$(first_diff "$tmp/expected" "$tmp/out")")"
        return
    fi
    xrc=0
    [ "$kind" = runtime ] && xrc=1
    if [ "$rc" -ne "$xrc" ]; then
        say "FAIL $label: exit code: expected $xrc, got $rc (last stderr line: \"$(shorten "$(last_err)")\")"
        return
    fi
    if [ "$kind" = runtime ]; then
        got=$(last_err)
        if [ "$got" != "$want" ]; then
            say "FAIL $label: last stderr line: expected \"$(shorten "$want")\", got \"$(shorten "$got")\""
            return
        fi
    fi
    if [ -n "$full_err" ] || { [ "$kind" = out ] && [ "${dir##*/}" = aio ]; }; then
        if ! cmp -s "$tmp/experr" "$tmp/err"; then
            say "FAIL $label: $(shorten "$(first_diff "$tmp/experr" "$tmp/err" | sed 's/^stdout/stderr/')")"
            return
        fi
    fi
    say "ok $label"
}

# run_test DIR NAME: DIR is absolute, NAME has no .py.
run_test() {
    dir=$1
    name=$2
    label=${dir##*/}/$name
    parse "$dir/$name.py"
    if [ -n "$bad" ]; then
        say "FAIL $label: bad test: $bad"
        return
    fi
    if [ -n "$looplab_missing" ]; then
        say "FAIL $label: $looplab_missing"
    else
        for clock in $CLOCKS; do
            if [ "$clock" = virtual ]; then
                execute "$dir" "$name" "$LOOPLAB" run --virtual
                verdict "virtual:$label"
            else
                execute "$dir" "$name" "$LOOPLAB" run
                verdict "$label"
            fi
        done
    fi
    # Compile-time refusals are looplab's own; CPython would run the code.
    if [ -n "$have_py" ] && [ "$kind" != compile ]; then
        execute "$dir" "$name" "$PY"
        verdict "diff:$label"
    fi
}

for arg in "$@"; do
    if [ -d "$arg" ]; then
        adir=$(cd "$arg" && pwd)
        for f in "$adir"/*.py; do
            [ -f "$f" ] || continue
            f=${f##*/}
            run_test "$adir" "${f%.py}"
        done
    elif [ -f "$arg" ]; then
        adir=$(cd "$(dirname "$arg")" && pwd)
        f=${arg##*/}
        run_test "$adir" "${f%.py}"
    else
        say "FAIL $arg: no such test file or directory"
    fi
done
exit 0
