#!/bin/sh
# demo.sh - a lesson's demo really runs: `looplab demo` narrates it in plain mode, and
# the visualizer replays it; `e` edits a copy and reruns it, compile errors say where.
. "$(dirname "$0")/lib/common.sh"
fresh_home
run_ll demo why-async --plain
expect plain-exit-0 [ "$rc" = 0 ]
expect plain-shows-source has "async def download" "$HOME/out"
expect plain-narrates-tasks has "Task-2 starts download()" "$HOME/out"
expect plain-narrates-timers has "timer set for t=0.100" "$HOME/out"
run_ll demo no-such-lesson --plain
expect unknown-lesson-exit-2 [ "$rc" = 2 ]
if ! command -v tmux >/dev/null 2>&1; then
    echo "skip e2e/demo/visualizer: tmux is not installed"
    exit 0
fi
# Editors that change the demo: a slower sleep, and a line looplab refuses.
cat >"$HOME/slower" <<'SH'
#!/bin/sh
sed -i 's/asyncio.sleep(0.1)/asyncio.sleep(0.3)/' "$1"
SH
cat >"$HOME/broken" <<'SH'
#!/bin/sh
printf 'class Z(int, str): pass\n' >> "$1"
SH
chmod +x "$HOME/slower" "$HOME/broken"
n=0
T=true
trap '$T kill-server 2>/dev/null; rm -rf "$HOME"' EXIT
screen() { $T capture-pane -p -t d 2>/dev/null; }
wait_for() {
    i=0
    while [ $i -lt 60 ]; do
        screen | grep -q -- "$1" && return 0
        sleep 0.1
        i=$((i + 1))
    done
    return 1
}
start() {
    n=$((n + 1))
    T="tmux -L looplab-demo-$$-$n"
    $T new-session -d -s d -x 100 -y 30 "env -u COLUMNS -u LINES HOME=$HOME LANG=C.UTF-8 TERM=xterm-256color EDITOR=$1 $LOOPLAB demo why-async; sleep 3"
}
start "$HOME/slower"
expect viz-opens wait_for "Event loop: why-async"
# Step forward three, back one: the narration line follows the real run's trace.
$T send-keys -t d l l l
expect step-three wait_for "t=0.000  new iteration: callbacks are ready, check I/O without waiting"
expect step-three-ready-queue wait_for "1 Task.__step(Task-1)"
$T send-keys -t d h
expect step-back wait_for "t=0.000  call_soon: Task.__step(Task-1) -> ready queue, Task-1 is ready"
expect step-back-position wait_for "step 2/"
$T send-keys -t d b
expect blocking-variant wait_for "Event loop: why-async-blocking"
$T send-keys -t d b
$T send-keys -t d G
expect viz-end-shows-total wait_for "total 0.1s"
$T send-keys -t d e
expect edit-reruns wait_for "Your version ran"
$T send-keys -t d G
expect edited-version-runs wait_for "total 0.3s"
$T kill-server 2>/dev/null
start "$HOME/broken"
wait_for "Event loop: why-async" >/dev/null
$T send-keys -t d e
expect compile-error-in-place wait_for "Not run: .*:20:14: 'class' statements with more than one base are not supported"
