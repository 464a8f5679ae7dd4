#!/bin/sh
# workshop.sh - instructor tools: export, report, presenter mode on paper.
. "$(dirname "$0")/lib/common.sh"
fresh_home
cd "$HOME" || exit 1
for u in ada bob; do
    answers 10 | "$LOOPLAB" --db "$u.db" --profile "$u" quiz event-loop --plain >/dev/null 2>&1
    "$LOOPLAB" --db "$u.db" --profile "$u" export "$u-export.db" >/dev/null 2>&1
    expect "export-$u" [ -s "$u-export.db" ]
done
cp ada-export.db before.db
run_ll --db ada.db --profile ada export ada-export.db
expect export-never-overwrites [ "$rc" = 1 ]
expect export-file-unchanged cmp -s ada-export.db before.db
run_ll report ada-export.db bob-export.db
expect report-exit-0 [ "$rc" = 0 ]
expect report-lists-ada has "^ada (ada-export.db)" "$HOME/out"
expect report-lists-bob has "^bob (bob-export.db)" "$HOME/out"
expect report-two-learners has "^2 learners" "$HOME/out"
expect report-topic-total grep -q "Inside the event loop  *2  *10 " "$HOME/out"
run_ll report no-such.db
expect report-missing-file-exit-1 [ "$rc" = 1 ]

run_ll --db p.db present gather-vs-wait --plain
expect present-plain-pages has "page 8/8" "$HOME/out"
expect present-form-feeds [ "$(tr -cd '\f' < "$HOME/out" | wc -c)" = 7 ]
run_ll --db p.db lessons
expect present-records-nothing grep -q "gather-vs-wait *new" "$HOME/out"
