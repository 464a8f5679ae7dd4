#!/bin/sh
# viz.sh - the event-loop visualizer driven through tmux at 80x24 and 200x60, on the
# synthetic traces behind the LOOPLAB_VIZ_SELFTEST test hook (until the runtime emits
# real ones): open lesson 1, press d, step forward three and back one, and compare the
# narration line and the panels with what the trace says; then the end of the run, the
# blocking variant, play, help, the orphan-tasks demo, ASCII, and the hook switched off.
. "$(dirname "$0")/lib/common.sh"
if ! command -v tmux >/dev/null 2>&1; then
    echo "skip e2e/viz: tmux is not installed"
    exit 0
fi
fresh_home
n=0
T=true
trap '$T kill-server 2>/dev/null; rm -rf "$HOME"' EXIT

screen() { $T capture-pane -p -t ll 2>/dev/null; }
wait_for() {
    i=0
    while [ $i -lt 50 ]; do
        screen | grep -q -- "$1" && return 0
        sleep 0.1
        i=$((i + 1))
    done
    return 1
}
keys() { $T send-keys -t ll "$@"; sleep 0.15; }
# COLUMNS (set to 80 by fresh_home for plain output) is dropped: ncurses would believe
# it over the real width of the tmux pane.
start() {
    w=$1 h=$2
    shift 2
    for attempt in 1 2 3; do
        $T kill-server 2>/dev/null
        n=$((n + 1))
        T="tmux -L looplab-viz-$$-$n"
        $T new-session -d -s ll -x "$w" -y "$h" "env -u COLUMNS -u LINES HOME=$HOME $* sh" 2>/dev/null && $T has-session -t ll 2>/dev/null && return 0
        $T kill-server 2>/dev/null
        sleep 0.5
    done
    return 1
}
# row N: screen line N (1-based), trailing blanks removed.
row() { screen | sed -n "${1}p" | sed 's/ *$//'; }
# row_is N TEXT: line N is exactly TEXT.
row_is() { [ "$(row "$1")" = "$2" ]; }
# side_has TEXT: some line's right-hand panel (after the first vertical rule) starts with TEXT.
side_has() { screen | sed -n 's/^[^│|]*[│|] //p' | grep -q -- "^$1"; }
# open_demo W H LESSON_DOWNS ENV...: looplab on home, the lesson picked, its demo opened.
open_demo() {
    w=$1 h=$2 downs=$3
    shift 3
    rm -f "$HOME/.local/share/looplab/progress.db"*
    start "$w" "$h" "$@" TERM=xterm-256color || return 1
    keys "$LOOPLAB; echo EXIT=\$?" Enter
    wait_for "q quit" || return 1
    i=0
    while [ "$i" -lt "$downs" ]; do keys j; i=$((i + 1)); done
    keys Enter
    wait_for "page 1/" || return 1
    keys d
}

for size in 80x24 200x60; do
    w=${size%x*}
    h=${size#*x}
    narr=$((h - 2))   # the narration is on the third line from the bottom
    expect "$size/opens" open_demo "$w" "$h" 0 LANG=C.UTF-8 LOOPLAB_VIZ_SELFTEST=1
    expect "$size/visualizer-shows" wait_for "Event loop: why-async"
    expect "$size/step-0" wait_for "step 0/68"
    expect "$size/start-narration" row_is $narr " Nothing has run yet. Right steps through the run, Space plays it."
    expect "$size/code-panel" wait_for "async def download(name):"
    keys Right Right Right
    expect "$size/three-steps" wait_for "step 3/68"
    expect "$size/narration-step-3" row_is $narr " t=0.000  new iteration: callbacks are ready, check I/O without waiting"
    keys Left
    expect "$size/back-one" wait_for "step 2/68"
    expect "$size/narration-step-2" row_is $narr " t=0.000  call_soon: Task.__step(Task-1) -> ready queue, Task-1 is ready"
    expect "$size/tasks-panel" side_has "Tasks (1)"
    expect "$size/task-ready" side_has "+ Task-1 *main() *ready"
    expect "$size/ready-queue" side_has "Ready queue (1)"
    expect "$size/ready-entry" side_has " 1 Task.__step(Task-1)"
    expect "$size/no-timers" side_has "Timers (0)"
    expect "$size/no-output" wait_for "(nothing printed yet)"
    # Forward to the three sleeps: every task waits, three timers in the heap.
    keys Right Right Right Right Right Right Right Right Right Right Right Right Right Right
    keys Right Right Right Right Right Right Right Right Right Right Right Right Right Right
    expect "$size/step-30" wait_for "step 30/68"
    expect "$size/narration-step-30" row_is $narr " t=0.000  virtual clock jumps to t=0.100 (no real waiting)"
    expect "$size/timers-panel" side_has "Timers (3)"
    expect "$size/timer-order" side_has "t=0.100 end of Task-2's sleep(0.1)"
    expect "$size/task-waits" side_has ". Task-2 *download() *awaits sleep 0.1"
    expect "$size/output-so-far" wait_for "c: start"
    expect "$size/timeline-lane" wait_for "Task-4 .*█─"
    keys G
    expect "$size/end" wait_for "step 68/68"
    expect "$size/output-at-end" wait_for "total 0.1s"
    expect "$size/all-done" side_has "  Task-1 *main() *done: None"
    keys g
    expect "$size/home-key" wait_for "step 0/68"
    keys b G
    expect "$size/blocking-variant" wait_for "Event loop: why-async-blocking"
    expect "$size/blocking-total" wait_for "total 0.3s"
    expect "$size/blocking-lane" wait_for "Task-3 .*▒▒▒.*███"
    keys g ']'
    expect "$size/next-iteration" wait_for "step 3/47"
    keys Space
    expect "$size/plays" wait_for "step [1-9][0-9]*/47 .* ▶"
    keys Space
    expect "$size/pauses" wait_for "step [0-9]*/47 .* ‖"
    keys '?'
    expect "$size/help" wait_for "Keys: Event-loop visualizer"
    keys x q
    expect "$size/back-to-reader" wait_for "page 1/"
    if [ "$w" = 200 ]; then
        keys d Right Right Right
        expect "$size/steps-log" wait_for "Steps so far"
        expect "$size/steps-log-lines" wait_for "▶ t=0.000  new iteration: callbacks are ready"
        keys q
    fi
    keys q q
    expect "$size/quit-exit-0" wait_for "EXIT=0"
done

# The orphan-tasks demo (lesson 7): a task destroyed while pending, one cancelled.
expect orphan/opens open_demo 80 24 6 LANG=C.UTF-8 LOOPLAB_VIZ_SELFTEST=1
expect orphan/shows wait_for "Event loop: orphan-tasks"
keys G
expect orphan/end wait_for "step 74/74"
expect orphan/destroyed side_has "  Task-2 *wait_on_pr *destroyed while p"
expect orphan/cancelled side_has "  Task-3 *nap() *cancelled"
expect orphan/stderr wait_for "Task was destroyed but it is pending!"
keys q q q
expect orphan/quit wait_for "EXIT=0"

# A non-UTF-8 locale: ASCII rules and markers.
expect ascii/opens open_demo 80 24 0 LANG=C LC_ALL=C NO_COLOR=1 LOOPLAB_VIZ_SELFTEST=1
expect ascii/shows wait_for "Event loop: why-async"
keys Right Right Right Right Right
expect ascii/rules wait_for "-----+-----"
expect ascii/marker wait_for "^>1 "
keys q q q
expect ascii/quit wait_for "EXIT=0"

# Without the hook, d really runs the demo and the visualizer replays its trace.
expect nohook/opens open_demo 80 24 0 LANG=C.UTF-8
expect nohook/real-run wait_for "Event loop: why-async"
keys q q q
expect nohook/quit wait_for "EXIT=0"
