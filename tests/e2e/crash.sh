#!/bin/sh
# crash.sh - kill -9 between questions: the database stays intact and every answered
# question is stored; the next run carries on. Also: the same daily five for every
# profile and database on a date.
. "$(dirname "$0")/lib/common.sh"
fresh_home
if ! command -v sqlite3 >/dev/null 2>&1; then
    echo "skip e2e/crash: no sqlite3 command to inspect the database"
    exit 0
fi
db="$HOME/p.db"
mkfifo "$HOME/in"
"$LOOPLAB" --db "$db" quiz --plain <"$HOME/in" >"$HOME/out" 2>&1 &
pid=$!
exec 3>"$HOME/in"
feedback() { grep -c -e '^Right\.' -e '^Not quite' "$HOME/out"; }
# Feed answers one line at a time until two questions have been judged.
for line in $(answers 6); do
    [ "$(feedback)" -ge 2 ] && break
    echo "$line" >&3
    sleep 0.05
done
sleep 0.2
kill -9 $pid 2>/dev/null
wait $pid 2>/dev/null
exec 3>&-
judged=$(feedback)
stored=$(sqlite3 "$db" 'SELECT count(*) FROM attempt')
expect killed-after-two-answers [ "$judged" -ge 2 ]
expect every-judged-answer-stored [ "$stored" = "$judged" ]
expect integrity-ok [ "$(sqlite3 "$db" 'PRAGMA integrity_check')" = ok ]
answers 10 | "$LOOPLAB" --db "$db" quiz --plain >"$HOME/out2" 2>&1
expect next-run-works grep -q '^Score: ' "$HOME/out2"

# The daily five: same for two profiles in two databases; other dates differ;
# a replay does not touch the streak.
daily_ids() { answers 10 | "$LOOPLAB" --db "$1" --profile "$2" daily --plain --date "$3" 2>/dev/null | grep '^Question' | sed 's/^Question [0-9]\/5  //'; }
a=$(daily_ids "$HOME/a.db" ada 2026-03-01)
b=$(daily_ids "$HOME/b.db" bob 2026-03-01)
c=$(daily_ids "$HOME/b.db" bob 2026-03-02)
expect daily-five-questions [ "$(echo "$a" | wc -l)" = 5 ]
expect daily-same-across-profiles [ "$a" = "$b" ]
expect daily-differs-by-date [ "$a" != "$c" ]
answers 10 | "$LOOPLAB" --db "$HOME/a.db" daily --plain --date 2026-03-01 >/dev/null 2>&1
"$LOOPLAB" --db "$HOME/a.db" stats --json >"$HOME/s.json"
expect replay-leaves-streak grep -q '"streak": 0,' "$HOME/s.json"
answers 10 | "$LOOPLAB" --db "$HOME/a.db" daily --plain >"$HOME/d.out" 2>&1
expect daily-today-streak grep -q '^Streak: 1 day' "$HOME/d.out"
"$LOOPLAB" --db "$HOME/a.db" daily --plain >"$HOME/d2.out" 2>&1
expect daily-once-a-day grep -q "is done" "$HOME/d2.out"
