#!/bin/sh
# shell.sh - `looplab shell`: commands piped in, tab completion and history across runs.
. "$(dirname "$0")/lib/common.sh"
fresh_home
printf 'lessons\nstats --json\nexit\n' | "$LOOPLAB" shell >"$HOME/out" 2>&1
expect piped-commands-run has "why-async" "$HOME/out"
expect piped-stats-json has '"attempts": 0' "$HOME/out"
if ! command -v tmux >/dev/null 2>&1; then
    echo "skip e2e/shell/completion: tmux is not installed"
    exit 0
fi
# A fresh tmux server (own socket) per session: reusing a socket right after its
# server exits races with the old server's shutdown.
n=0
new_server() { n=$((n + 1)); T="tmux -L looplab-shell-$$-$n"; }
new_server
trap '$T kill-server 2>/dev/null; rm -rf "$HOME"' EXIT
screen() { $T capture-pane -p -t sh 2>/dev/null; }
wait_for() {
    i=0
    while [ $i -lt 50 ]; do
        screen | grep -q -- "$1" && return 0
        sleep 0.1
        i=$((i + 1))
    done
    return 1
}
$T new-session -d -s sh -x 80 -y 24 "env HOME=$HOME LANG=C.UTF-8 $LOOPLAB shell; sleep 5"
wait_for "looplab>" >/dev/null
$T send-keys -t sh 'qu' Tab 'gather' Tab
expect completes-command-and-lesson wait_for "looplab> quiz gather-vs-wait"
$T send-keys -t sh C-u 'stats --js' Tab Enter
expect completes-option wait_for '"profile"'
$T send-keys -t sh 'exit' Enter
sleep 0.3
$T kill-server 2>/dev/null
new_server
$T new-session -d -s sh -x 80 -y 24 "env HOME=$HOME LANG=C.UTF-8 $LOOPLAB shell; sleep 5"
wait_for "looplab>" >/dev/null
$T send-keys -t sh Up
expect history-across-runs wait_for "looplab> stats --json"
