#!/bin/sh
# generated.sh - generated sources that are committed must match what generates them:
# src/aio/prelude.c is prelude.py as C strings (src/aio/gen_prelude.sh).
. "$(dirname "$0")/lib/common.sh"
fresh_home
mkdir -p "$HOME/aio"
cp "$TOP/src/aio/gen_prelude.sh" "$TOP/src/aio/prelude.py" "$HOME/aio/"
sh "$HOME/aio/gen_prelude.sh"
expect prelude-c-is-current cmp -s "$HOME/aio/prelude.c" "$TOP/src/aio/prelude.c"
