#!/bin/sh
# progress.sh - a learner's path in plain mode: lessons, learn, two scripted quizzes,
# stats; the database at its documented place.
. "$(dirname "$0")/lib/common.sh"
fresh_home
db="$HOME/.local/share/looplab/progress.db"

run_ll lessons
expect lessons-exit-0 [ "$rc" = 0 ]
expect lessons-lists-why-async has "why-async" "$HOME/out"
expect lessons-lists-gather has "gather-vs-wait" "$HOME/out"
expect db-created-at-xdg-default [ -f "$db" ]
expect db-mode-0600 [ "$(stat -c %a "$db")" = 600 ]

run_ll learn why-async --plain
expect learn-exit-0 [ "$rc" = 0 ]
expect learn-prints-pages has "page 1/" "$HOME/out"
expect learn-fits-80-columns [ "$(wc -L < "$HOME/out")" -le 80 ]
run_ll lessons
expect learn-marks-done grep -q 'why-async *done' "$HOME/out"

answers 10 | "$LOOPLAB" quiz why-async --plain >"$HOME/q1" 2>&1
expect quiz1-scored grep -q '^Score: [0-5]/5' "$HOME/q1"
answers 10 | "$LOOPLAB" quiz --plain >"$HOME/q2" 2>&1
expect quiz2-scored grep -q '^Score: [0-5]/5' "$HOME/q2"
expect quiz-feedback-shown grep -q -e '^Right\.' -e '^Not quite' "$HOME/q1"

run_ll stats --json
expect stats-json-exit-0 [ "$rc" = 0 ]
expect stats-json-ten-attempts has '"attempts": 10,' "$HOME/out"
if command -v sqlite3 >/dev/null 2>&1; then
    n=$(sqlite3 "$db" 'SELECT count(*) FROM attempt')
    expect db-holds-ten-attempts [ "$n" = 10 ]
    expect db-integrity [ "$(sqlite3 "$db" 'PRAGMA integrity_check')" = ok ]
else
    echo "skip e2e/progress/db-holds-ten-attempts: no sqlite3 command"
fi
if command -v python3 >/dev/null 2>&1; then
    expect stats-json-parses python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["attempts"]==10 and sum(t["attempts"] for t in d["topics"])==10' "$HOME/out"
fi
run_ll stats
expect stats-text has "answers" "$HOME/out"

# The documented overrides.
LOOPLAB_DB="$HOME/elsewhere/p.db" "$LOOPLAB" lessons >/dev/null 2>&1
expect env-db-path [ -f "$HOME/elsewhere/p.db" ]
XDG_DATA_HOME="$HOME/xdg" "$LOOPLAB" lessons >/dev/null 2>&1
expect xdg-data-home [ -f "$HOME/xdg/looplab/progress.db" ]
"$LOOPLAB" --db "$HOME/flag.db" lessons >/dev/null 2>&1
expect db-flag [ -f "$HOME/flag.db" ]

# Profiles keep separate progress.
run_ll --profile ada profile add ada
expect profile-add [ "$rc" = 0 ]
run_ll profile list
expect profile-list has "ada" "$HOME/out"
run_ll --profile ada stats --json
expect profile-separate has '"attempts": 0,' "$HOME/out"
run_ll profile remove ada
expect profile-remove [ "$rc" = 0 ]
run_ll profile remove ada
expect profile-remove-missing-exit-1 [ "$rc" = 1 ]
