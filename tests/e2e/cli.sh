#!/bin/sh
# cli.sh - the command line: help, version, exit codes, errors on stderr.
. "$(dirname "$0")/lib/common.sh"
fresh_home

run_ll --help
expect help-exit-0 [ "$rc" = 0 ]
expect help-lists-commands has "validate" "$HOME/out"
expect help-mentions-db has "--db PATH" "$HOME/out"

run_ll --version
expect version [ "$rc" = 0 ] && expect version-text grep -q '^looplab [0-9]' "$HOME/out"

run_ll help quiz
expect help-command has "usage: looplab quiz" "$HOME/out"
run_ll quiz --help
expect command-dash-help has "usage: looplab quiz" "$HOME/out"

run_ll frobnicate
expect unknown-command-exit-2 [ "$rc" = 2 ]
expect unknown-command-stderr has "^looplab: no command 'frobnicate'" "$HOME/err"

run_ll --bogus
expect unknown-option-exit-2 [ "$rc" = 2 ]

run_ll --db
expect missing-value-exit-2 [ "$rc" = 2 ]

# A command that a later version builds says so, exits 2 and prints nothing else.
unbuilt=$("$LOOPLAB" --help | sed -n 's/^  \([a-z]*\) .*(not available yet)$/\1/p' | head -1)
if [ -n "$unbuilt" ]; then
    run_ll "$unbuilt"
    expect unbuilt-command-exit-2 [ "$rc" = 2 ]
    expect unbuilt-command-says-so has "not available yet" "$HOME/err"
    expect unbuilt-command-no-stdout [ ! -s "$HOME/out" ]
else
    echo "skip e2e/cli/unbuilt-command: every command is built"
fi

run_ll learn no-such-lesson
expect learn-unknown-exit-2 [ "$rc" = 2 ]
run_ll quiz no-such-topic
expect quiz-unknown-topic-exit-2 [ "$rc" = 2 ]

# Source that is not UTF-8, or holds a NUL byte, is refused as CPython refuses it
# (before any of it runs), with the file's absolute path and the line.
printf 'print("ran")\nx = "\360\237\230~"\n' >"$HOME/notutf8.py"
run_ll run "$HOME/notutf8.py"
expect run-non-utf8-exit-1 [ "$rc" = 1 ]
expect run-non-utf8-nothing-runs [ ! -s "$HOME/out" ]
expect run-non-utf8-message has "^SyntaxError: Non-UTF-8 code starting with '\\\\xf0' in file $HOME/notutf8.py on line 2, but no encoding declared" "$HOME/err"
printf 'print("ran")\n  y = (1 +\000)\n' >"$HOME/nul.py"
run_ll run "$HOME/nul.py"
expect run-null-byte-exit-1 [ "$rc" = 1 ]
expect run-null-byte-nothing-runs [ ! -s "$HOME/out" ]
expect run-null-byte-message [ "$(cat "$HOME/err")" = "$(printf '  File "%s", line 2\n    y = (1 +\nSyntaxError: source code cannot contain null bytes' "$HOME/nul.py")" ]

# `help python` is generated: the builtins and exceptions come from the interpreter.
run_ll help python
expect help-python-exit-0 [ "$rc" = 0 ]
expect help-python-builtins has "^  builtins .* aiter .* zip$" "$HOME/out"
expect help-python-exceptions has "^  exceptions .*ZeroDivisionError" "$HOME/out"
expect help-python-refusals has "'class' statements with more than one base" "$HOME/out"
