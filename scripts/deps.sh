#!/bin/sh
# deps.sh - installs what looplab needs to build and test, if it is missing.
# Detects apt-get, dnf, pacman or brew; uses sudo when not root; prints every command
# before running it. Does nothing when everything is already there.
set -eu

missing=""
need_pc() { pkg-config --exists "$1" 2>/dev/null || missing="$missing $1"; }
need_cmd() { command -v "$1" >/dev/null 2>&1 || missing="$missing $1"; }
need_cmd cc
need_cmd make
need_cmd pkg-config
need_cmd tmux
need_cmd python3
need_cmd sqlite3
if command -v pkg-config >/dev/null 2>&1; then
    need_pc ncursesw
    need_pc sqlite3
    need_pc libedit
    need_pc libcmark-gfm
    # Debian's extensions library ships no .pc file: look for its header.
    for d in /usr/include /usr/local/include /opt/homebrew/include; do
        [ -f "$d/cmark-gfm-core-extensions.h" ] && found_ext=1
    done
    [ "${found_ext:-0}" = 1 ] || missing="$missing cmark-gfm-extensions"
fi
[ -z "$missing" ] && exit 0
echo "looplab: missing:$missing"

sudo=""
if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
        echo "looplab: not root and no sudo: install the packages above by hand" >&2
        exit 1
    fi
fi
run() { echo "+ $*"; "$@"; }

if command -v apt-get >/dev/null 2>&1; then
    run $sudo apt-get update -q
    run $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
        build-essential pkg-config tmux python3 sqlite3 libncurses-dev libsqlite3-dev libedit-dev \
        libcmark-gfm-dev libcmark-gfm-extensions-dev
elif command -v dnf >/dev/null 2>&1; then
    run $sudo dnf install -y gcc make pkgconf-pkg-config tmux python3 ncurses-devel sqlite-devel \
        libedit-devel cmark-gfm-devel
elif command -v pacman >/dev/null 2>&1; then
    run $sudo pacman -S --needed --noconfirm base-devel pkgconf tmux python ncurses sqlite libedit cmark-gfm
elif command -v brew >/dev/null 2>&1; then
    run brew install pkg-config tmux python ncurses sqlite libedit cmark-gfm
else
    echo "looplab: no known package manager (apt-get, dnf, pacman, brew); install:$missing" >&2
    exit 1
fi
