#!/bin/sh
# repl.sh - `looplab repl`: values shown, top-level await, blocks, errors, :trace.
. "$(dirname "$0")/lib/common.sh"
fresh_home
printf '%s\n' 'x = 6 * 7' 'x' 'await asyncio.sleep(0.1, result="slept")' \
    'async def double(n):' '    await asyncio.sleep(0)' '    return 2 * n' '' \
    'await asyncio.gather(double(1), double(2))' ':trace on' 'await asyncio.sleep(0)' ':trace off' \
    '1 / 0' 'print("still here")' | "$LOOPLAB" repl >"$HOME/out" 2>"$HOME/err"
expect exits-0 [ $? = 0 ]
expect shows-value grep -qx '42' "$HOME/out"
expect top-level-await grep -qx "'slept'" "$HOME/out"
expect multi-line-block grep -qx '\[2, 4\]' "$HOME/out"
expect trace-narrates grep -q 'Task-[0-9]* \(starts\|resumes\)' "$HOME/out"
expect trace-stops grep -q 'tracing off' "$HOME/out"
expect error-traceback grep -qx 'ZeroDivisionError: division by zero' "$HOME/err"
expect goes-on-after-error grep -qx 'still here' "$HOME/out"
expect history-kept [ -s "$HOME/.local/share/looplab/repl_history" ]

# A decorator waits for its def; async for, async comprehensions and async with run at
# the top level, as in python -m asyncio.
printf '%s\n' 'def shout(f):' '    return lambda: f().upper()' '' '@shout' 'def hi():' '    return "hi"' '' 'hi()' \
    'async def ticks():' '    yield 1' '    yield 2' '' '[t async for t in ticks()]' \
    'async for t in ticks():' '    print("tick", t)' '' \
    'async with asyncio.Lock():' '    print("locked")' '' | "$LOOPLAB" repl >"$HOME/out2" 2>"$HOME/err2"
expect decorator-waits-for-def grep -qx "'HI'" "$HOME/out2"
expect top-level-async-comprehension grep -qx '\[1, 2\]' "$HOME/out2"
expect top-level-async-for grep -qx 'tick 2' "$HOME/out2"
expect top-level-async-with grep -qx 'locked' "$HOME/out2"
expect no-errors [ ! -s "$HOME/err2" ]

# A SyntaxError shows the input line and its carets, as the interactive interpreter does.
printf '%s\n' 'x := 3' | "$LOOPLAB" repl >"$HOME/out3" 2>"$HOME/err3"
expect syntax-error-shows-line grep -qx '    x := 3' "$HOME/err3"
expect syntax-error-carets grep -qx '      ^^' "$HOME/err3"
