#!/usr/bin/env python3
"""gen_py_tracebacks.py - full-stderr traceback tests for the mini-Python, from CPython.

    python3 tests/unit/gen_py_tracebacks.py     # writes tests/unit/test_py_tracebacks.c

The golden programs (tests/py/lang) check only the last line of stderr; these cases pin
the whole traceback: frames, source lines and the ~~^^ carets of CPython 3.11. Each
case runs under CPython 3.11 (the version looplab copies) as /tmp/t.py; its exit code,
stdout and stderr become a unit test that runs the same source in looplab's VM.
"""
import os
import subprocess
import sys
import tempfile

TOP = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))

# (name, source): one uncaught error each, in the subset.
CASES = [
    ("assert_compare", "x = 5\nassert x < 3, 'x too big'\n"),
    ("assert_plain_name", "ok = False\nassert ok\n"),
    ("assert_last_compare_of_and", "def check(n):\n    assert n > 0 and isinstance(n, str), f'bad {n}'\ncheck(1)\n"),
    ("assert_compare_in_or", "x = 1\nassert x > 5 or x < 0\n"),
    ("assert_chained", "x = 5\nassert 0 < x < 3\n"),
    ("assert_not_compare", "x = 5\nassert not x > 3, 'no'\n"),
    ("assert_call_no_carets", "x = 5\nassert isinstance(x, str), 'not a str'\n"),
    ("for_over_int", "total = 0\nfor i in 5:\n    total += i\n"),
    ("for_dict_changed", "d = {'a': 1}\nfor k in d:\n    d[k + '!'] = 2\n"),
    ("for_unpack_target", "pairs = [(1, 2), 3]\nfor a, b in pairs:\n    print(a, b)\n"),
    ("comprehension_if_then_add", "l = [1]\ny = {[x] for x in l if x > 0}\n"),
    ("paren_callee", "f = None\ny = (lambda v: v.missing)(1)\n"),
    ("paren_compare_left", "x = 5\nassert (x > 5) == True\n"),
    ("paren_binop_operator", "x = 5\ny = ((x)) / 0\n"),
    ("paren_binop_two_char", "x = 5\ny = (x )  //  0\n"),
    ("paren_binop_no_space", "x = 5\ny = ((x))+'s'\n"),
    ("bare_raise_adds_no_entry", "try:\n    raise ValueError('inner')\nexcept ValueError:\n    raise\n"),
    ("bare_raise_in_function", "def use():\n    try:\n        raise ConnectionError('lost')\n"
     "    except ConnectionError:\n        print('handling')\n        raise\n    finally:\n        print('closing')\nuse()\n"),
    ("trailing_blank_keeps_carets", "raise RuntimeError('') \n"),
    ("chained_cause", "def a():\n    try:\n        return 1 / 0\n    except ZeroDivisionError as exc:\n"
     "        raise ValueError('bad value') from exc\na()\n"),
    ("chained_context", "try:\n    {}['k']\nexcept KeyError:\n    undefined_name\n"),
    ("notes", "e = ValueError('one')\ne.add_note('note one')\nraise e\n"),
    # compile-time SyntaxWarnings go to stderr before the program runs
    ("warn_is_literal", "x = 5\nif x is 5:\n    print('five', x is not 'a', x is None)\n"),
    ("warn_while_test_twice", "x = 6\nwhile x is 5:\n    x = 5\nprint(x)\n"),
    ("warn_missed_comma", "pairs = [\n    [1, 2]\n    [3, 4],\n]\n"),
    ("warn_not_callable", "points = [(1, 2) (3, 4)] if False else []\nprint(points)\n"),
    ("warn_assert_tuple", "x = 0\nassert (x > 1, 'x is small')\nprint('passed')\n"),
    # SyntaxErrors the compiler finds: the carets cover the whole statement
    ("syntax_return_outside", "print('start')\nreturn 5\n"),
    ("syntax_break_outside", "def f():\n    break\n"),
    ("syntax_continue_in_else", "for x in 1, 2:\n    pass\nelse:\n    continue\n"),
    ("syntax_nonlocal_module", "nonlocal x\n"),
    ("syntax_nonlocal_no_binding", "def f():\n    def g():\n        nonlocal q\n"),
    ("syntax_global_after_assign", "def f():\n    x = 1\n    global x\n"),
    ("syntax_global_after_use", "def f():\n    print(x)\n    x = 2\n    global x\n"),
    ("syntax_await_module", "print(1)\nawait x\n"),
    ("syntax_await_sync_def", "def f():\n    await x\n"),
    ("syntax_async_comprehension", "def f(z):\n    return [await y for y in z]\n"),
    ("syntax_async_with_sync_def", "def f():\n    async with x:\n        pass\n"),
    ("syntax_return_after_parse_error_first", "return 1\nx = (\n"),
    # SyntaxErrors the tokenizer finds
    ("syntax_paren_never_closed", "x = 1\ny = [1, 2,\n     3\n"),
    ("syntax_unmatched_paren", "print('a'))\n"),
    ("syntax_mismatched_paren", "y = {1: [2}\n"),
    ("syntax_mismatched_paren_other_line", "y = [1,\n(2,\n3]\n"),
    ("syntax_unterminated_string", "x = 1\nprint('hello)\n"),
    ("syntax_unterminated_triple", "x = 1\ns = \"\"\"doc\nmore\n"),
    ("syntax_invalid_decimal", "x = 1_\n"),
    ("syntax_invalid_decimal_letter", "width = 10px\n"),
    ("syntax_leading_zeros", "code = 007\n"),
    ("syntax_binary_digit", "b = 0b102\n"),
    ("syntax_invalid_character", "total = 5 \u00d7 3\n"),
    ("syntax_stray_dollar", "cost = $5\n"),
    ("syntax_line_continuation", "x = 1 \\ 2\n"),
    # indentation
    ("indent_unexpected", "x = 1\n    y = 2\n"),
    ("indent_expected_after_if", "x = 1\nif x:\nprint(x)\n"),
    ("indent_expected_after_def_at_eof", "def f():\n"),
    ("indent_expected_after_except", "try:\n    pass\nexcept ValueError as e:\nprint(e)\n"),
    ("indent_unindent_mismatch", "def f():\n    x = 1\n  y = 2\n"),
    ("indent_tab_error", "if True:\n\ty = 1\n        z = 2\n"),
    ("syntax_expected_colon", "for i in range(3)\n    print(i)\n"),
    # assignment targets
    ("target_call", "f() = 1\n"),
    ("target_true", "True = 1\n"),
    ("target_in_brackets", "[a, f()] = 1, 2\n"),
    ("target_in_tuple", "a, 5 = 1, 2\n"),
    ("target_later_in_chain", "x = f() = 3\n"),
    ("target_for_loop", "for a, 1 in x:\n    pass\n"),
    ("target_del", "del x + 1\n"),
    ("target_augmented", "(a, b) += 1\n"),
    # calls and parameters
    ("call_positional_after_keyword", "print(sep='-', 'a')\n"),
    ("call_positional_after_unpacking", "d = {}\nprint(**d, 'a')\n"),
    ("call_genexp_not_alone", "print(x for x in 'ab', 1)\n"),
    ("call_keyword_repeated", "print('a', sep='', sep=' ')\n"),
    ("call_star_after_dstar", "d = {}\nprint(**d, *'ab')\n"),
    ("def_duplicate_argument", "def area(w, h, w):\n    return w * h\n"),
    ("def_bare_star", "def f(a, *):\n    pass\n"),
    ("def_after_kwargs", "def f(**opts, verbose):\n    pass\n"),
    ("def_star_twice", "def f(*a, *b):\n    pass\n"),
    # CPython's second-pass hints
    ("hint_print_statement", "name = 'Ada'\nprint 'hello', name\n"),
    ("hint_forgot_comma", "print('total' 42)\n"),
    ("hint_forgot_comma_dict", "d = {'a': 1 'b': 2}\n"),
    ("hint_assign_in_if", "x = 1\nif x = 1:\n    pass\n"),
    ("hint_assign_attribute_in_while", "class C: pass\nc = C()\nwhile c.done = False:\n    pass\n"),
    ("hint_assign_in_list", "y = [x = 1]\n"),
    ("hint_assign_in_call", "print(x.y = 1)\n"),
    ("hint_ternary_without_else", "x = 1\ny = 'big' if x > 10\n"),
    ("hint_dict_key_without_value", "d = {'a': 1, 'b'}\n"),
    ("fstring_empty", "x = 1\nprint(f'{}')\n"),
    ("fstring_bad_conversion", "x = 1\nprint(f'{x!z}')\n"),
    ("fstring_single_brace", "print(f'a}b')\n"),
    ("fstring_inner_syntax", "print(f'{1 +}')\n"),
    ("fstring_unmatched", "x = 1\nprint(f'{x)}')\n"),
    # columns after non-ASCII text: bytes for the parser, characters for the tokenizer
    ("accents_parser_error", "x = ['\u00e9\u20ac', 1 2]\n"),
    ("accents_tokenizer_error", "x = '\u00e9' \u00a3\n"),
    ("accents_leading_zeros", "x = '\u00e9' 012\n"),
    ("accents_runtime_carets", "def f():\n    return '\u00e9\u20ac' + 1\nf()\n"),
    ("suggest_in_group_and_chain", "def f():\n    try:\n        valeu\n    except NameError:\n"
     "        raise ExceptionGroup('g', [AttributeError('x'), NameError('n')])\nvalue = 1\nf()\n"),
    ("suggest_chained_attribute", "class Node:\n    def __init__(self):\n        self.next = None\n"
     "try:\n    Node().nxt\nexcept AttributeError:\n    print(lenn)\n"),
    ("number_keyword_warnings", "x = 1if True else 2\ny = [0x1for _ in 'a']\nprint(x, y, 1_0is 10)\nz = 1 / 0\n"),
    ("number_warning_before_syntax_error", "a = 1or 2\nb = 3 +\n"),
    ("starred_in_parentheses", "x = [1]\nprint((*x))\n"),
    ("double_starred_in_parentheses", "x = {}\nprint((**x))\n"),
    ("starred_in_fstring", "x = [1]\nprint(f'{*x}')\n"),
    ("fstring_unmatched_paren", "x = 1\nprint(f'{float('nan'):b}')\n"),
    ("fstring_unterminated_inner_string", "x = 1\nprint(f\"{'x}\")\n"),
    ("number_running_into_name", "x = 3.format(1)\n"),
    ("suggest_group_member", "def g():\n    return [].apend(1)\ntry:\n    g()\nexcept AttributeError as e:\n"
     "    raise ExceptionGroup('wrapped', [e])\n"),
    # augmented assignment: the load and the store point at the target
    ("augassign_unbound_local", "count = 0\ndef bump():\n    count += 1\nbump()\n"),
    ("augassign_tuple_item", "def move(p):\n    p[0] += 1\nmove((1, 2))\n"),
    ("augassign_readonly_attr", "n = 5\nn.real += 1\n"),
    # the parser's forced tokens and errors at the end of the file
    ("syntax_def_expected_paren", "def area:\n    return 1\n"),
    ("syntax_try_expected_colon", "try print(1)\nexcept ValueError:\n    pass\n"),
    ("syntax_else_expected_colon", "if True:\n    pass\nelse print(2)\n"),
    ("syntax_unclosed_paren_wins", "total = (1 + 2\nprint(total)\n"),
    ("syntax_try_without_except_at_eof", "try:\n    x = 1\n\n"),
    ("syntax_block_after_comment_at_eof", "for i in range(3):\n    # todo\n"),
    # a __repr__ that formats itself: the last lines of its RecursionError
    ("recursion_repr_self", "class Node:\n    def __repr__(self):\n        return f'Node({self!r})'\n"
     "try:\n    repr(Node())\nexcept RecursionError as e:\n    raise ValueError('too deep') from None\n"),
    # a string literal's bad escape: positions in the decoder's terms, caret at the next token
    ("syntax_truncated_x_escape", "path = 'C:\\xample\\x4' + name\n"),
    ("syntax_truncated_u_escape_after_non_ascii", "s = 'caf\u00e9 \\u12'\n"),
    ("syntax_bytes_invalid_x_escape", "data = b'\\x4z'\n"),
]


def c_str(s):
    """A C string literal (one source line per line of s) holding the UTF-8 bytes of s."""
    if s == "":
        return '""'
    parts = []
    for line in s.splitlines(keepends=True):
        out = []
        for b in line.encode("utf-8"):
            c = chr(b)
            if c == '"' or c == "\\":
                out.append("\\" + c)
            elif c == "\n":
                out.append("\\n")
            elif 32 <= b < 127 and c != "?":
                out.append(c)
            else:
                out.append("\\%03o" % b)
        parts.append('"' + "".join(out) + '"')
    return "\n        ".join(parts)


def run_case(src):
    d = tempfile.mkdtemp()
    path = os.path.join(d, "t.py")
    with open(path, "w") as f:
        f.write(src)
    p = subprocess.run([sys.executable, path], capture_output=True, text=True, cwd=d, stdin=subprocess.DEVNULL)
    os.unlink(path)
    os.rmdir(d)
    return p.returncode, p.stdout, p.stderr.replace(path, "/tmp/t.py")


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("run me with CPython 3.11")
    names = set()
    w = []
    w.append("/* test_py_tracebacks.c - whole tracebacks (frames, source lines, carets) as CPython 3.11")
    w.append(" * prints them. GENERATED by tests/unit/gen_py_tracebacks.py; do not edit. */")
    w.append("#include <stdio.h>")
    w.append("")
    w.append('#include "py/py.h"')
    w.append('#include "test.h"')
    w.append("")
    w.append("static int tb_run(const char *src, char *out, size_t outn, char *err, size_t errn)")
    w.append("{")
    w.append("    FILE *fo = tmpfile(), *fe = tmpfile();")
    w.append("    py_config cfg = {0};")
    w.append('    cfg.path = "t.py";')
    w.append('    cfg.abs_path = "/tmp/t.py";')
    w.append("    cfg.out = fo;")
    w.append("    cfg.err = fe;")
    w.append("    py_vm *vm = py_vm_new(&cfg);")
    w.append("    int rc = py_run_file(vm, src, false);")
    w.append("    py_vm_free(vm);")
    w.append("    fflush(fo);")
    w.append("    fflush(fe);")
    w.append("    rewind(fo);")
    w.append("    rewind(fe);")
    w.append("    size_t n = fread(out, 1, outn - 1, fo);")
    w.append("    out[n] = 0;")
    w.append("    n = fread(err, 1, errn - 1, fe);")
    w.append("    err[n] = 0;")
    w.append("    fclose(fo);")
    w.append("    fclose(fe);")
    w.append("    return rc;")
    w.append("}")
    for name, src in CASES:
        assert name not in names, name
        names.add(name)
        rc, out, err = run_case(src)
        w.append("")
        w.append("TEST(py_tb_%s)" % name)
        w.append("{")
        w.append("    char out[4096], err[8192];")
        w.append("    int rc = tb_run(%s, out, sizeof out, err, sizeof err);" % c_str(src))
        w.append("    EXPECT_EQ_INT(rc, %d);" % rc)
        w.append("    EXPECT_EQ_STR(out, %s);" % c_str(out))
        w.append("    EXPECT_EQ_STR(err, %s);" % c_str(err))
        w.append("}")
    with open(os.path.join(TOP, "tests", "unit", "test_py_tracebacks.c"), "w") as f:
        f.write("\n".join(w) + "\n")


if __name__ == "__main__":
    main()
