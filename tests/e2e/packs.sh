#!/bin/sh
# packs.sh - content packs: validation with file:line, broken files skipped at start-up.
. "$(dirname "$0")/lib/common.sh"
fresh_home
pack="$HOME/pack"
mkdir -p "$pack/content/lessons" "$pack/quiz"
cat > "$pack/content/lessons/01-untitled.md" <<'MD'
---
id: untitled
order: 90
summary: This lesson forgot its title.
---

## A page

Text.
MD
cat > "$pack/content/lessons/02-extra.md" <<'MD'
---
id: extra-lesson
title: An extra lesson
order: 91
summary: A good lesson from a pack.
---

## Only page

Hello from the pack.
MD
cat > "$pack/quiz/extra-lesson.md" <<'MD'
---
topic: extra-lesson
---

## extra-lesson/no-answer
kind: single
level: junior

Which is right?

- [ ] This one
  Not this.
- [ ] That one
  Not that.

### Explanation

Nobody marked an answer.

## extra-lesson/fine
kind: truefalse
level: mid

The pack loads.

- [x] True
- [ ] False
  It does.

### Explanation

It does.
MD

run_ll validate "$pack"
expect validate-exit-1 [ "$rc" = 1 ]
expect validate-no-title grep -q "01-untitled.md:1: lesson has no title" "$HOME/out"
expect validate-no-correct grep -q "extra-lesson.md:5: question extra-lesson/no-answer has no correct option" "$HOME/out"

run_ll --content "$pack" lessons
expect lessons-with-broken-pack-exit-0 [ "$rc" = 0 ]
expect lessons-keeps-builtin has "why-async" "$HOME/out"
expect lessons-keeps-good-pack-lesson has "extra-lesson" "$HOME/out"
expect lessons-skips-broken hasnt "untitled" "$HOME/out"
expect lessons-warns-file-line has "01-untitled.md:1:" "$HOME/err"

LOOPLAB_CONTENT="$pack" "$LOOPLAB" lessons >"$HOME/out" 2>/dev/null
expect env-pack has "extra-lesson" "$HOME/out"

run_ll validate
expect builtin-validates [ "$rc" = 0 ]
run_ll validate --json
expect validate-json has '"questions":' "$HOME/out"
