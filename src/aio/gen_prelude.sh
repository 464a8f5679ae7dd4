#!/bin/sh
# gen_prelude.sh - regenerates prelude.c (the lines of prelude.py as C strings) from
# prelude.py; run it after editing prelude.py (tests/e2e/generated.sh checks they agree).
here=$(cd "$(dirname "$0")" && pwd)
{
    printf '/* prelude.c - generated from prelude.py by gen_prelude.sh: do not edit. */\n'
    printf '#include <stddef.h>\n\n'
    printf 'extern const char *const aio_prelude_lines[];\n'
    printf 'const char *const aio_prelude_lines[] = {\n'
    sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/^/    "/' -e 's/$/\\n",/' "$here/prelude.py"
    printf '    NULL,\n};\n'
} > "$here/prelude.c.tmp" && mv "$here/prelude.c.tmp" "$here/prelude.c"
