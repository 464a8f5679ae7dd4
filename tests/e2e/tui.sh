#!/bin/sh
# tui.sh - the full-screen interface driven through tmux at 80x24 and 200x60:
# home -> lesson -> quiz -> stats -> quit, resize, and the terminal restored.
. "$(dirname "$0")/lib/common.sh"
if ! command -v tmux >/dev/null 2>&1; then
    echo "skip e2e/tui: tmux is not installed"
    exit 0
fi
fresh_home
# A fresh tmux server (own socket) per session: reusing a socket right after its
# server exits races with the old server's shutdown.
n=0
T=true
trap '$T kill-server 2>/dev/null; rm -rf "$HOME"' EXIT

screen() { $T capture-pane -p -t ll 2>/dev/null; }
# wait_for TEXT: polls the screen until TEXT shows (up to 5 s).
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
# start W H ENV...: a tmux session running sh with the given environment; retried,
# because a tmux server on a loaded machine occasionally fails to come up.
start() {
    w=$1 h=$2
    shift 2
    for attempt in 1 2 3; do
        $T kill-server 2>/dev/null
        n=$((n + 1))
        T="tmux -L looplab-test-$$-$n"
        $T new-session -d -s ll -x "$w" -y "$h" "env -u COLUMNS -u LINES HOME=$HOME $* sh" 2>/dev/null && $T has-session -t ll 2>/dev/null && return 0
        $T kill-server 2>/dev/null
        sleep 0.5
    done
    return 1
}

for size in 80x24 200x60; do
    w=${size%x*}
    h=${size#*x}
    rm -f "$HOME/.local/share/looplab/progress.db"*
    expect "$size/tmux-starts" start "$w" "$h" LANG=C.UTF-8 TERM=xterm-256color
    keys "$LOOPLAB; echo EXIT=\$?" Enter
    expect "$size/home-shows-lessons" wait_for "Inside the event loop"
    expect "$size/home-shows-keys" wait_for "q quit"
    keys Enter
    expect "$size/reader-opens" wait_for "page 1/"
    keys n
    expect "$size/reader-next-page" wait_for "page 2/"
    keys '?'
    expect "$size/help-overlay" wait_for "Keys: Lesson reader"
    keys x
    keys q
    expect "$size/home-remembers-page" wait_for "page 2/"
    keys u
    expect "$size/quiz-opens" wait_for "Question 1/5"
    # Enter on an empty typed answer asks for one instead of marking it wrong.
    if screen | grep -q "Output: _"; then
        keys Enter
        expect "$size/predict-empty-enter-asks" wait_for "Type what the program prints first"
    fi
    # Answer whatever kind it is: a choice, a line, or a typed answer.
    keys Enter
    screen | grep -q "Right\.\|Not quite" || keys Space Enter
    screen | grep -q "Right\.\|Not quite" || keys A B C D E F Enter
    expect "$size/quiz-feedback" wait_for "Right\.\|Not quite"
    keys Escape
    keys s
    expect "$size/stats-screen" wait_for "Your progress"
    expect "$size/stats-counts-answer" wait_for "1 answers"
    keys q
    if [ "$w" = 80 ]; then
        $T resize-window -t ll -x 60 -y 20
        expect "$size/too-small-screen" wait_for "looplab needs 80x24"
        $T resize-window -t ll -x 80 -y 24
        expect "$size/recovers-after-resize" wait_for "Inside the event loop"
    fi
    keys q
    expect "$size/quit-exit-0" wait_for "EXIT=0"
    expect "$size/terminal-restored" [ "$($T display -p -t ll '#{alternate_on}')" = 0 ]
done

# A mouse click (xterm SGR encoding) on the third lesson's row opens it.
expect mouse/tmux-starts start 80 24 LANG=C.UTF-8 TERM=xterm-256color
keys "$LOOPLAB; echo EXIT=\$?" Enter
wait_for "Inside the event loop" >/dev/null
$T send-keys -t ll -l "$(printf '\033[<0;11;6M\033[<0;11;6m')"
expect mouse-click-opens-lesson wait_for "Lesson 3: "
keys q q

# Ctrl-C leaves the terminal sane and the data saved.
expect ctrl-c/tmux-starts start 80 24 LANG=C.UTF-8 TERM=xterm-256color
keys "$LOOPLAB; echo EXIT=\$?" Enter
wait_for "Inside the event loop" >/dev/null
keys C-c
expect ctrl-c-exits-130 wait_for "EXIT=130"
expect ctrl-c-terminal-restored [ "$($T display -p -t ll '#{alternate_on}')" = 0 ]

# NO_COLOR and a non-UTF-8 locale still draw a usable screen (ASCII fallback).
expect ascii/tmux-starts start 80 24 LANG=C LC_ALL=C NO_COLOR=1 TERM=xterm
keys "$LOOPLAB; echo EXIT=\$?" Enter
expect ascii-home wait_for "Inside the event loop"
ascii_rules() { screen | grep -q -- "------"; }
expect ascii-rules ascii_rules
keys q
expect ascii-quit wait_for "EXIT=0"
