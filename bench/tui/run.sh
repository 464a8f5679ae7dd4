#!/bin/sh
# run.sh - time to the first full screen of the TUI (see first_screen.py).
bin=${1:-build/looplab}
if ! command -v python3 >/dev/null 2>&1; then
    echo "skip: python3 is needed to drive a pseudo-terminal"
    exit 0
fi
python3 "$(dirname "$0")/first_screen.py" "$bin" 20
