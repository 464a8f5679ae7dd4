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
