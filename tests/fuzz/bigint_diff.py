#!/usr/bin/env python3
"""bigint_diff.py - differential fuzzing of looplab's arbitrary-precision ints
against CPython (run by hand, not by make check).

Generates programs of random expressions over random big and small ints (and a few
floats), runs each under `looplab run` and `python3`, and compares the output line
by line; every expression prints its value or its exception as `Type: message`.

    tests/fuzz/bigint_diff.py build/looplab [--rounds N] [--per 300] [--seed S]

Exit status 1 and the first differing expressions on a mismatch."""
import argparse
import os
import random
import subprocess
import sys
import tempfile

PRELUDE = '''def t(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", "" if isinstance(e, MemoryError) else e)  # looplab names its cap
'''


def rand_int(rng):
    kind = rng.random()
    if kind < 0.15:
        v = rng.choice([0, 1, -1, 2, -2, 3, 7, 10, 2**31, 2**32, 2**63 - 1, -2**63, 2**63, 2**64, -2**64, 2**53 + 1])
    elif kind < 0.35:
        v = rng.randint(-2**63, 2**63 - 1)
    elif kind < 0.55:
        v = rng.getrandbits(rng.randint(1, 64))
    elif kind < 0.85:
        v = rng.getrandbits(rng.randint(60, 400))
    else:
        v = rng.getrandbits(rng.randint(400, 3000))
    if rng.random() < 0.5:
        v = -v
    if rng.random() < 0.1:  # edges around powers of two
        b = rng.randint(30, 200)
        v = (1 << b) + rng.randint(-2, 2)
        if rng.random() < 0.5:
            v = -v
    return v


def lit(v, rng):
    r = rng.random()
    if r < 0.1 and v >= 0:
        return hex(v)
    if r < 0.15 and v < 0:
        return '-' + hex(-v)
    return '(%d)' % v


def rand_float(rng):
    return rng.choice(['1.5', '-0.5', '1e300', '-1e308', '2.0**64', '2.0**63', '9.223372036854776e18',
                       'float("inf")', 'float("nan")', '1e16', '-2.0**70', '0.0', '123456789.75'])


BINOPS = ['+', '-', '*', '//', '%', '/', '&', '|', '^', '<<', '>>', '**', '<', '<=', '==', '!=', '>', '>=']


def expr(rng):
    a, b = rand_int(rng), rand_int(rng)
    A, B = lit(a, rng), lit(b, rng)
    op = rng.choice(BINOPS)
    if op in ('<<', '>>'):  # a huge count only where both answer at once
        B = str(rng.randint(-2, 300)) if rng.random() < 0.9 or abs(b) < 2**64 else B
    if op == '**':
        B = str(rng.randint(-3, 40))
        if abs(a) > 2**200:
            A = lit(a >> (a.bit_length() - 100), rng)
        if rng.random() < 0.05:
            A, B = rng.choice(['0', '1', '-1', '(-1)']), lit(rand_int(rng), rng)
    c = rng.random()
    if c < 0.45:
        return '%s %s %s' % (A, op, B)
    if c < 0.55:
        F = rand_float(rng)
        op = rng.choice(['+', '-', '*', '/', '//', '%', '<', '==', '>=', '!='])
        return '%s %s %s' % (A, op, F) if rng.random() < 0.5 else '%s %s %s' % (F, op, A)
    if c < 0.6:
        return 'divmod(%s, %s)' % (A, B) if rng.random() < 0.7 else 'pow(%s, %d)' % (A, rng.randint(-5, 12))
    if c < 0.64:
        m = lit(rand_int(rng), rng)
        e = str(rng.randint(-5, 10**6)) if rng.random() < 0.7 else B
        return 'pow(%s, %s, %s)' % (A, e, m)
    if c < 0.72:
        fn = rng.choice(['-%s', '+%s', '~%s', 'abs(%s)', 'bool(%s)', 'float(%s)', 'hash(%s)', 'int(%s)',
                         'hex(%s)', 'oct(%s)', 'bin(%s)', 'str(%s)', '(%s).bit_length()', '(%s).bit_count()',
                         'int(str(%s))', 'int(hex(%s), 16)', 'int(bin(%s), 0)', 'hash(float(%s))',
                         'round(%s, -5)', 'round(%s, -20)', 'round(%s, 3)', 'round(%s)', 'int(float(%s))',
                         '(%s).as_integer_ratio()', 'float(%s) == (%s)'])
        return fn.replace('%s', A)
    if c < 0.8:
        spec = rng.choice(['d', ',', '_', 'x', 'X', '#x', '#_x', 'o', '#o', 'b', '#b', '_b', '>60', '<60', '^70',
                           '+d', ' d', '=+50', '060', '0=50,', 'e', '.3e', 'g', 'f', '%', 'n', 'c', '.5', '*^40_'])
        return 'format(%s, %r)' % (A, spec)
    if c < 0.86:
        fmt = rng.choice(['%d', '%i', '%x', '%X', '%o', '%#x', '%#o', '%+d', '% d', '%50d', '%-50d|', '%050d',
                          '%.60d', '%e', '%.2f', '%g', '%c', '%10.3x'])
        return '%r %% (%s,)' % (fmt, A)
    if c < 0.9:
        n = rng.randint(0, 60)
        order = rng.choice(['big', 'little'])
        signed = rng.choice(['True', 'False'])
        return '(%s).to_bytes(%d, %r, signed=%s)' % (A, n, order, signed)
    if c < 0.93:
        n = rng.randint(1, 40)
        data = bytes(rng.getrandbits(8) for _ in range(n))
        return 'int.from_bytes(%r, %r, signed=%s)' % (data, rng.choice(['big', 'little']), rng.choice(['True', 'False']))
    if c < 0.96:
        xs = ', '.join(lit(rand_int(rng), rng) for _ in range(rng.randint(1, 6)))
        return rng.choice(['sum([%s])', 'min([%s])', 'max([%s])', 'sorted([%s])', 'len({%s})', 'sorted({%s})']) % xs
    s = str(a)
    base = rng.choice([0, 10, 16, 2, 36])
    if base == 16:
        s = hex(a)
    elif base == 2:
        s = bin(a)
    elif base == 36:
        s = rng.choice(['zz' * rng.randint(1, 60), '-' + 'a1' * rng.randint(5, 40)])
    elif base == 0 and rng.random() < 0.5:
        s = hex(a)
    if rng.random() < 0.3 and len(s) > 6:
        i = rng.randint(3, len(s) - 2)
        if s[i - 1].isalnum() and s[i].isalnum():
            s = s[:i] + '_' + s[i:]
    return 'int(%r, %d)' % (' ' + s + ' ', base)


def run(cmd, path):
    p = subprocess.run(cmd + [path], capture_output=True, text=True, timeout=120)
    return p.stdout.splitlines(), p.stderr


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('looplab')
    ap.add_argument('--rounds', type=int, default=20)
    ap.add_argument('--per', type=int, default=300)
    ap.add_argument('--seed', type=int, default=None)
    args = ap.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    rng = random.Random(seed)
    print('seed', seed)
    total = 0
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, 'prog.py')
        for r in range(args.rounds):
            exprs = [expr(rng) for _ in range(args.per)]
            with open(path, 'w') as f:
                f.write(PRELUDE)
                for e in exprs:
                    f.write('t(lambda: %s)\n' % e)
            got, gerr = run([args.looplab, 'run'], path)
            want, werr = run([sys.executable], path)
            if got != want or len(got) != len(exprs):
                bad = 0
                for i, e in enumerate(exprs):
                    g = got[i] if i < len(got) else '<missing>'
                    w = want[i] if i < len(want) else '<missing>'
                    if g != w:
                        print('MISMATCH', e)
                        print('  looplab:', g[:300])
                        print('  python: ', w[:300])
                        bad += 1
                        if bad >= 10:
                            break
                if gerr:
                    print('looplab stderr:', gerr[-2000:])
                return 1
            total += len(exprs)
    print('ok', total, 'expressions')
    return 0


if __name__ == '__main__':
    sys.exit(main())
