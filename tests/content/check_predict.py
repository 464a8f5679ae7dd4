#!/usr/bin/env python3
"""Check looplab content against CPython: predict programs, demos, format.

usage: check_predict.py [--python EXE]... [--runs N] [--retries N] [--all]
                        [--stats] [--show] [--no-lint] [FILE ...]

FILE may be a question file (quiz/*.md), a lesson (content/lessons/*.md) or
a demo (content/demos/*.py). With no FILE, every quiz/*.md is checked;
--all adds every lesson and demo.

- question files: every `kind: predict` program is run N times (default 3)
  with each interpreter; its stdout must equal the ```output block exactly
  and stdout, stderr and exit code must be the same on every run (stderr
  is expected only when the prompt mentions it; otherwise it is a WARN). The
  file is also linted against content/FORMAT.md and the curriculum rules
  (>= 15 questions, >= 5 per level, >= 1 in 5 predict, a note on every
  wrong option, an explanation everywhere, unique well-formed ids).
- lessons: front matter, 3-8 pages, `Try this` and `Recap` last, page
  height and width at 80x24, demo files present; a ```python block that
  is followed at once by an ```output block is run and compared; the
  lesson's demo and demo_alt are run like any demo.
- demos: run N times; stdout, stderr (addresses and paths normalised) and
  exit code must not change between runs, and the program must stay
  within the mini-Python subset (a rough AST check, see lint_subset).

Elapsed times in programs are printed rounded to 0.1 s, so a heavily loaded
machine can push one over a rounding boundary: a failing program is run
again (--retries, default 1) and a pass on retry is reported as a WARN.

Prints one line per problem (`FAIL file:line: message`, or `WARN ...` for
things worth a look that do not fail) and a closing `N passed, N failed`.
Exit status 0 when nothing failed.
"""

import argparse
import ast
import glob
import os
import re
import subprocess
import sys
import tempfile
import textwrap

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))

KINDS = {"single", "multi", "truefalse", "predict", "bug", "order"}
LEVELS = ("junior", "mid", "senior")
QUESTION_KEYS = {"kind", "level", "answer"}
LESSON_KEYS = {"id", "title", "order", "summary", "demo", "demo_alt", "next"}
LESSON_REQUIRED = {"id", "title", "order", "summary"}
ID_RE = re.compile(r"^[a-z0-9-]+$")
QID_RE = re.compile(r"^[a-z0-9-]+/[a-z0-9-]+$")

PAGE_WIDTH = 76          # text wraps here; code and tables must fit
PAGE_HEIGHT = 18         # rendered lines per page, blank separators included
DEMO_MAX_LINES = 40
PREDICT_MAX_LINES = 15
RUN_TIMEOUT = 30

# The mini-Python subset (see /work/shared/MINIPY.md), roughly.
ALLOWED_MODULES = {"asyncio", "time", "sys", "gc", "math", "random",
                   "functools", "typing", "dataclasses", "contextlib", "collections"}
ALLOWED_ATTRS = {
    "time": {"sleep", "monotonic"},
    "sys": {"stdout", "stderr"},
    "gc": {"collect"},
    "asyncio": {
        "run", "sleep", "create_task", "gather", "wait", "wait_for", "timeout",
        "timeout_at", "as_completed", "shield", "TaskGroup", "Semaphore",
        "BoundedSemaphore", "Lock", "Event", "Condition", "Queue",
        "PriorityQueue", "LifoQueue", "current_task", "all_tasks",
        "get_running_loop", "to_thread", "Future", "iscoroutine",
        "CancelledError", "InvalidStateError", "QueueFull", "QueueEmpty",
        "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED",
        # loopback streams ("no network beyond the loopback streams")
        "open_connection", "start_server",
    },
    "functools": {"partial", "wraps", "update_wrapper", "reduce", "lru_cache", "cache",
                  "cmp_to_key", "total_ordering"},
    "typing": {"Any", "Optional", "Union", "List", "Dict", "Tuple", "Set", "FrozenSet",
               "Callable", "Awaitable", "Coroutine", "AsyncIterator", "AsyncIterable",
               "AsyncGenerator", "Iterator", "Iterable", "Generator", "Sequence", "Mapping",
               "Type", "TypeVar", "Generic", "Protocol", "TYPE_CHECKING", "cast", "Final",
               "ClassVar", "Literal", "NamedTuple"},
    "dataclasses": {"dataclass", "field", "fields", "asdict", "astuple", "replace",
                    "is_dataclass", "FrozenInstanceError"},
    "contextlib": {"contextmanager", "asynccontextmanager", "suppress", "nullcontext",
                   "closing", "aclosing", "ExitStack", "AsyncExitStack"},
    "collections": {"deque", "defaultdict", "Counter", "namedtuple", "OrderedDict"},
}
ALLOWED_BUILTINS = {
    "print", "len", "range", "enumerate", "zip", "sorted", "reversed", "sum",
    "min", "max", "abs", "round", "str", "repr", "int", "float", "bool",
    "list", "tuple", "dict", "set", "isinstance", "type", "any", "all", "map",
    "filter", "input", "super", "__name__", "True", "False", "None",
    "BaseException", "Exception", "ValueError", "TypeError", "KeyError",
    "IndexError", "ZeroDivisionError", "RuntimeError", "NameError",
    "AttributeError", "AssertionError", "TimeoutError", "OverflowError",
    "RecursionError", "KeyboardInterrupt", "StopIteration", "ExceptionGroup",
    "BaseExceptionGroup",
}


class Report:
    def __init__(self):
        self.failed = 0
        self.passed = 0
        self.warned = 0

    def fail(self, where, msg):
        self.failed += 1
        print(f"FAIL {where}: {msg}")

    def warn(self, where, msg):
        self.warned += 1
        print(f"WARN {where}: {msg}")

    def ok(self):
        self.passed += 1


# ---------------------------------------------------------------- running

def normalise_stderr(text, path):
    text = text.replace(os.path.dirname(path) + os.sep, "")
    text = re.sub(r"0x[0-9a-fA-F]+", "0x?", text)
    text = re.sub(r"/[^\s\"']*/(lib/python3[^\s\"']*)", r"<stdlib>", text)
    return text


def run_program(source, python, runs, name="prog.py"):
    """Run source `runs` times; return a list of (stdout, stderr, rc)."""
    results = []
    with tempfile.TemporaryDirectory(prefix="looplab-check-") as tmp:
        path = os.path.join(tmp, name)
        with open(path, "w") as f:
            f.write(source)
        env = dict(os.environ)
        env.pop("PYTHONASYNCIODEBUG", None)
        env.pop("PYTHONDEVMODE", None)
        env.pop("PYTHONWARNINGS", None)
        for _ in range(runs):
            try:
                p = subprocess.run([python, name], cwd=tmp, env=env,
                                   capture_output=True, text=True,
                                   timeout=RUN_TIMEOUT)
                results.append((p.stdout, normalise_stderr(p.stderr, path), p.returncode))
            except subprocess.TimeoutExpired:
                results.append(("", f"timed out after {RUN_TIMEOUT}s", -1))
    return results


def run_verdict(source, py, runs, expected, name):
    """Run once per `runs`; return (results, consistent, matches)."""
    res = run_program(source, py, runs, name)
    consistent = all(r == res[0] for r in res[1:])
    matches = expected is None or res[0][0] == expected
    return res, consistent, matches


def check_runs(rep, where, source, pythons, runs, expected=None, name="prog.py",
               allow_stderr=False, retries=1):
    """Run and check one program; expected is the exact stdout or None.

    A program that fails is run again (up to `retries` more rounds), since
    a loaded machine can stretch a sleep past a 0.1 s rounding boundary; a
    pass on retry is reported as a warning, never silently."""
    ok = True
    for py in pythons:
        res, consistent, matches = run_verdict(source, py, runs, expected, name)
        for attempt in range(retries):
            if consistent and matches:
                break
            res2, c2, m2 = run_verdict(source, py, runs, expected, name)
            if c2 and m2:
                rep.warn(where, f"{py}: failed once, passed on retry "
                         "(timing-sensitive on a loaded machine?)")
                res, consistent, matches = res2, c2, m2
        first = res[0]
        if any(r != first for r in res[1:]):
            ok = False
            for i, r in enumerate(res[1:], 2):
                if r != first:
                    what = [k for k, a, b in zip(("stdout", "stderr", "exit code"), first, r) if a != b]
                    rep.fail(where, f"{py}: run {i} differs from run 1 in {', '.join(what)}")
                    show_diff(first, r)
                    break
        out, err, rc = first
        if expected is not None and out != expected:
            ok = False
            rep.fail(where, f"{py}: stdout differs from the output block")
            show_text("expected", expected)
            show_text("actual", out)
            if " ".join(out.split()) == " ".join(expected.split()):
                print("    (equal once white space is collapsed)")
        if err and not allow_stderr:
            rep.warn(where, f"{py}: writes to stderr (exit {rc}):")
            show_text("stderr", err)
        elif rc != 0 and not allow_stderr:
            rep.warn(where, f"{py}: exit code {rc}")
    if ok:
        rep.ok()
    return ok


def show_text(label, text):
    print(f"    --- {label}")
    for line in text.splitlines() or [""]:
        print(f"    | {line}")


def show_diff(a, b):
    for label, x, y in zip(("stdout", "stderr", "rc"), a, b):
        if x != y:
            show_text(f"{label} (run 1)", str(x))
            show_text(f"{label} (other run)", str(y))


# ------------------------------------------------------------ subset lint

def lint_subset(rep, rel, first_line, source, fragment=False):
    """Rough check that source stays inside the mini-Python subset.

    rel and first_line locate the program's first line in its file."""
    try:
        tree = ast.parse(source)
    except SyntaxError as e:
        rep.fail(f"{rel}:{first_line + (e.lineno or 1) - 1}", f"syntax error: {e.msg}")
        return
    defined = set()
    imported = {}
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            defined.add(node.name)
            for a in node.args.args + node.args.kwonlyargs if hasattr(node, "args") else []:
                defined.add(a.arg)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)):
            defined.add(node.id)
        elif isinstance(node, ast.arg):
            defined.add(node.arg)
        elif isinstance(node, ast.ExceptHandler) and node.name:
            defined.add(node.name)
    for node in ast.walk(tree):
        line = f"{rel}:{first_line + getattr(node, 'lineno', 1) - 1}"
        if isinstance(node, ast.Import):
            for a in node.names:
                if a.name not in ALLOWED_MODULES:
                    rep.fail(line, f"import {a.name} is outside the subset")
                imported[a.asname or a.name] = a.name
        elif isinstance(node, ast.ImportFrom):
            if node.module not in ALLOWED_MODULES:
                rep.fail(line, f"from {node.module} import is outside the subset")
            for a in node.names:
                if a.name not in ALLOWED_ATTRS.get(node.module, set()):
                    rep.warn(line, f"{node.module}.{a.name} is not in the subset list")
                defined.add(a.asname or a.name)
        elif type(node).__name__ == "Match":
            rep.fail(line, "`match` is outside the subset")
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            mod = imported.get(node.value.id)
            if mod in ALLOWED_ATTRS and node.attr not in ALLOWED_ATTRS[mod]:
                rep.warn(line, f"{mod}.{node.attr} is not in the subset list")
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
            if not fragment and node.id not in defined and node.id not in imported \
                    and node.id not in ALLOWED_BUILTINS:
                rep.warn(line, f"name `{node.id}` is neither defined nor a subset builtin")


# ------------------------------------------------------------ markdown

FENCE_RE = re.compile(r"^(```+|~~~+)\s*([A-Za-z0-9_+-]*)\s*$")


def parse_front_matter(lines):
    """Return (dict of key -> (value, lineno), index of first body line)."""
    if not lines or lines[0].rstrip() != "---":
        return None, 0
    meta = {}
    for i in range(1, len(lines)):
        s = lines[i].rstrip("\n")
        if s.rstrip() == "---":
            return meta, i + 1
        if ":" in s:
            k, v = s.split(":", 1)
            meta[k.strip()] = (v.strip(), i + 1)
        elif s.strip():
            meta.setdefault("__bad__", []).append(i + 1)
    return None, 0


def split_sections(lines, start, level):
    """Split lines[start:] on headings of `level` #'s outside code fences.

    Returns [(title, heading_lineno, body_lines, body_first_lineno)], and the
    lines before the first heading."""
    prefix = "#" * level + " "
    sections, pre = [], []
    fence = None
    cur = None
    for i in range(start, len(lines)):
        s = lines[i].rstrip("\n")
        if fence is None and s.startswith(prefix):
            cur = [s[len(prefix):].strip(), i + 1, [], i + 2]
            sections.append(cur)
            continue
        m = FENCE_RE.match(s.strip())
        if fence is None and m and s.lstrip().startswith(("```", "~~~")):
            fence = m.group(1)
        elif fence is not None and s.strip() == fence:
            fence = None
        (cur[2] if cur else pre).append(s)
    return [tuple(x) for x in sections], pre


def code_blocks(body, first_lineno):
    """Yield (lang, text, start_lineno, end_index) for fenced blocks."""
    i = 0
    out = []
    while i < len(body):
        m = FENCE_RE.match(body[i].strip())
        if m and body[i].startswith(m.group(1)[0]):
            fence, lang = m.group(1), m.group(2)
            j = i + 1
            while j < len(body) and body[j].strip() != fence:
                j += 1
            out.append((lang, "\n".join(body[i + 1:j]) + "\n", first_lineno + i + 1, i, j))
            i = j + 1
        else:
            i += 1
    return out


def next_nonblank(body, k):
    while k < len(body) and not body[k].strip():
        k += 1
    return k


# ------------------------------------------------------------ questions

def check_question_file(rep, path, args, stats, seen_ids):
    rel = os.path.relpath(path, ROOT)
    lines = open(path).read().split("\n")
    meta, start = parse_front_matter(lines)
    if meta is None:
        rep.fail(f"{rel}:1", "missing or unclosed front matter")
        return
    for k in meta:
        if k != "topic":
            rep.fail(f"{rel}:1", f"unknown front-matter key {k!r}")
    topic = meta.get("topic", ("", 1))[0]
    if not topic:
        rep.fail(f"{rel}:1", "front matter has no topic")
    elif args.lint and not os.path.exists(lesson_path(topic)):
        rep.fail(f"{rel}:1", f"topic {topic!r} has no lesson in content/lessons/")
    sections, pre = split_sections(lines, start, 2)
    if any(s.strip() for s in pre):
        rep.fail(f"{rel}:{start + 1}", "text before the first question")
    counts = {"total": 0, "predict": 0}
    for title, hl, body, bl in sections:
        where = f"{rel}:{hl}"
        qid = title
        counts["total"] += 1
        if not QID_RE.match(qid) or not qid.startswith(topic + "/"):
            rep.fail(where, f"question id {qid!r} is not {topic}/slug")
        if qid in seen_ids:
            rep.fail(where, f"duplicate id {qid!r} (first at {seen_ids[qid]})")
        seen_ids[qid] = where
        # metadata paragraph: at once after the heading
        qmeta = {}
        k = 0
        while k < len(body) and body[k].strip() and ":" in body[k] and \
                re.match(r"^[a-z_]+:\s", body[k] + " "):
            key, val = body[k].split(":", 1)
            qmeta[key.strip()] = val.strip()
            k += 1
        if k == 0:
            rep.fail(where, "no `key: value` metadata right after the heading")
        for key in qmeta:
            if key not in QUESTION_KEYS:
                rep.fail(where, f"unknown metadata key {key!r}")
        kind, level = qmeta.get("kind"), qmeta.get("level")
        if kind not in KINDS:
            rep.fail(where, f"kind {kind!r} is not one of {sorted(KINDS)}")
        if level not in LEVELS:
            rep.fail(where, f"level {level!r} is not one of {list(LEVELS)}")
        stats.setdefault(topic, {}).setdefault((level, kind), 0)
        stats[topic][(level, kind)] += 1
        subs, prompt = split_sections(body[k:], 0, 3)
        sub_titles = [s[0] for s in subs]
        if "Explanation" not in sub_titles:
            rep.fail(where, "no `### Explanation`")
        else:
            exp = subs[sub_titles.index("Explanation")]
            if not any(s.strip() for s in exp[2]):
                rep.fail(where, "empty explanation")
            if sub_titles[-1] != "Explanation":
                rep.fail(where, "`### Explanation` must be the last section")
        for t in sub_titles:
            if t not in ("Explanation", "Wrong answers"):
                rep.fail(where, f"unexpected section `### {t}`")
        if "Wrong answers" in sub_titles and kind not in ("predict", "bug"):
            rep.fail(where, "`### Wrong answers` is only for predict and bug")
        if "Wrong answers" in sub_titles and "Explanation" in sub_titles and \
                sub_titles.index("Wrong answers") > sub_titles.index("Explanation"):
            rep.fail(where, "`### Wrong answers` must come before the explanation")
        plineno = bl + k
        if "answer" in qmeta and kind != "bug":
            rep.fail(where, "`answer:` is only for bug questions")
        check_prompt_kind(rep, where, rel, kind, qmeta, prompt, plineno, args, counts, qid)
        if "Wrong answers" in sub_titles:
            wa = subs[sub_titles.index("Wrong answers")][2]
            for s in wa:
                if s.startswith("- ") and kind == "bug" and not re.match(r"^- line \d+: \S", s):
                    rep.fail(where, f"bug wrong-answer item must be `line N: note`: {s!r}")
                if s.startswith("- ") and kind == "predict" and not re.match(r"^- `[^`]+`: \S", s):
                    rep.fail(where, f"predict wrong-answer item must be `` `answer`: note ``: {s!r}")
    if args.lint:
        per_level = {lv: sum(v for (l, _), v in stats.get(topic, {}).items() if l == lv) for lv in LEVELS}
        if counts["total"] < 15:
            rep.fail(rel, f"{counts['total']} questions; at least 15 needed")
        for lv in LEVELS:
            if per_level[lv] < 5:
                rep.fail(rel, f"{per_level[lv]} {lv} questions; at least 5 needed")
        if counts["predict"] * 5 < counts["total"]:
            rep.fail(rel, f"{counts['predict']} predict of {counts['total']}; at least 1 in 5 needed")
        kinds_used = {kd for (_, kd) in stats.get(topic, {})}
        for kd in sorted(KINDS - kinds_used):
            rep.warn(rel, f"no question of kind {kd}")


def check_prompt_kind(rep, where, rel, kind, qmeta, prompt, plineno, args, counts, qid):
    blocks = code_blocks(prompt, plineno)
    items = task_items(prompt)
    if kind in ("single", "multi", "truefalse"):
        if not items:
            rep.fail(where, "no task-list options")
            return
        n = len(items)
        checked = sum(1 for it in items if it[0])
        if kind == "truefalse":
            if [it[1] for it in items] != ["True", "False"]:
                rep.fail(where, "truefalse options must be exactly `True` then `False`")
            if checked != 1:
                rep.fail(where, "truefalse needs exactly one checked option")
        elif not 2 <= n <= 6:
            rep.fail(where, f"{n} options; 2 to 6 allowed")
        if kind == "single" and checked != 1:
            rep.fail(where, f"single needs exactly one checked option, has {checked}")
        if kind == "multi" and checked < 1:
            rep.fail(where, "multi needs at least one checked option")
        for chk, text, note, ln in items:
            if not chk and not note:
                rep.fail(f"{rel}:{plineno + ln}", f"wrong option has no misconception note: {text[:50]!r}")
    elif kind == "predict":
        counts["predict"] += 1
        py = [b for b in blocks if b[0] == "python"]
        outs = [b for b in blocks if b[0] == "output"]
        if len(py) != 1:
            rep.fail(where, f"predict needs exactly one python block, has {len(py)}")
            return
        if len(outs) != 1 or outs[0][3] < py[0][3]:
            rep.fail(where, "predict needs one ```output block after the program")
            return
        src = py[0][1]
        check_code_shape(rep, where, src, PREDICT_MAX_LINES)
        if args.lint:
            lint_subset(rep, rel, py[0][2], src)
        # A prompt that mentions stderr expects output there (a warning
        # the question is about); otherwise stderr output is worth a look.
        text = "\n".join(prompt[:py[0][3]] + prompt[outs[0][4] + 1:])
        check_runs(rep, f"{where} ({qid})", src, args.python, args.runs,
                   expected=outs[0][1], retries=args.retries,
                   allow_stderr="stderr" in text)
    elif kind == "bug":
        py = [b for b in blocks if b[0] == "python"]
        if len(py) != 1:
            rep.fail(where, f"bug needs exactly one python block, has {len(py)}")
            return
        ans = qmeta.get("answer", "")
        nlines = len(py[0][1].rstrip("\n").split("\n"))
        if not ans.isdigit() or not 1 <= int(ans) <= nlines:
            rep.fail(where, f"answer {ans!r} is not a line of the {nlines}-line block")
        check_code_shape(rep, where, py[0][1], None)
        try:
            ast.parse(py[0][1])
        except SyntaxError as e:
            rep.fail(where, f"bug program does not compile: {e.msg} (line {e.lineno})")
        if args.lint:
            # a bug snippet may lean on helpers it does not define
            lint_subset(rep, rel, py[0][2], py[0][1], fragment=True)
    elif kind == "order":
        ol = [s for s in prompt if re.match(r"^\d+\. ", s)]
        if not 3 <= len(ol) <= 6:
            rep.fail(where, f"order needs 3 to 6 numbered events, has {len(ol)}")
        nums = [int(s.split(".", 1)[0]) for s in ol]
        if nums != list(range(1, len(ol) + 1)):
            rep.fail(where, "order events must be numbered 1., 2., 3., ...")
    for lang, text, ln, _, _ in blocks:
        for j, s in enumerate(text.split("\n")):
            if len(s) > PAGE_WIDTH:
                rep.fail(f"{rel}:{ln + j}", f"code line is {len(s)} columns (max {PAGE_WIDTH})")


def task_items(prompt):
    """[(checked, text, note, lineno_in_prompt)] for `- [ ]`/`- [x]` items."""
    items = []
    for i, s in enumerate(prompt):
        m = re.match(r"^[-*] \[( |x|X)\] (.*)$", s)
        if m:
            note = ""
            if i + 1 < len(prompt) and prompt[i + 1].startswith("  ") and prompt[i + 1].strip():
                note = prompt[i + 1].strip()
            items.append((m.group(1) != " ", m.group(2).strip(), note, i))
    return items


def check_code_shape(rep, where, src, max_lines):
    lines = src.rstrip("\n").split("\n")
    if max_lines and len(lines) > max_lines:
        rep.fail(where, f"program has {len(lines)} lines (max {max_lines})")


# ------------------------------------------------------------ lessons

def lesson_path(lid):
    hits = glob.glob(os.path.join(ROOT, "content", "lessons", f"*-{lid}.md"))
    return hits[0] if hits else os.path.join(ROOT, "content", "lessons", f"??-{lid}.md")


def rendered_height(body):
    """Estimate the rendered height of a page at PAGE_WIDTH columns."""
    h = 0
    in_code = False
    prev_table = False
    para = []

    def flush():
        nonlocal h
        if para:
            text = " ".join(p.strip() for p in para)
            indent = 0
            m = re.match(r"^(\s*([-*]|\d+\.)\s+)", para[0])
            if m:
                indent = len(m.group(1))
            text = re.sub(r"\*\*|`", "", text)
            h += len(textwrap.wrap(text, PAGE_WIDTH - indent) or [""])
            para.clear()

    for s in body:
        if FENCE_RE.match(s.strip()) and not s.startswith("    "):
            flush()
            in_code = not in_code
            continue
        if in_code:
            h += 1
            continue
        if s.startswith("|"):
            flush()
            # a boxed rendering adds a top and a bottom border
            h += 1 if prev_table else 3
            prev_table = True
            continue
        prev_table = False
        if not s.strip():
            flush()
            h += 1
            continue
        if re.match(r"^\s*([-*]|\d+\.)\s", s):
            flush()
        para.append(s)
    flush()
    # trailing blank lines do not count
    k = len(body)
    while k > 0 and not body[k - 1].strip():
        k -= 1
        h -= 1
    return h


def table_width(rows):
    """Rendered width of a GFM table: widest cell per column, markup
    removed, plus a border and one space of padding each side."""
    cells = [[re.sub(r"\*\*|`", "", c).strip() for c in r.strip().strip("|").split("|")]
             for r in rows if not re.match(r"^\|[-:| ]+\|$", r.strip())]
    ncol = max(len(r) for r in cells)
    widths = [max(len(r[i]) if i < len(r) else 0 for r in cells) for i in range(ncol)]
    return sum(widths) + 3 * ncol + 1


def check_tables(rep, rel, body, first_lineno):
    i = 0
    while i < len(body):
        if body[i].startswith("|"):
            j = i
            while j < len(body) and body[j].startswith("|"):
                j += 1
            w = table_width(body[i:j])
            if w > PAGE_WIDTH:
                rep.fail(f"{rel}:{first_lineno + i}", f"table renders {w} columns wide (max {PAGE_WIDTH})")
            i = j
        else:
            i += 1


def check_lesson(rep, path, args, demos_checked):
    rel = os.path.relpath(path, ROOT)
    lines = open(path).read().split("\n")
    meta, start = parse_front_matter(lines)
    if meta is None:
        rep.fail(f"{rel}:1", "missing or unclosed front matter")
        return
    for k in meta:
        if k not in LESSON_KEYS:
            rep.fail(f"{rel}:1", f"unknown front-matter key {k!r}")
    for k in LESSON_REQUIRED - set(meta):
        rep.fail(f"{rel}:1", f"front matter lacks {k!r}")
    lid = meta.get("id", ("", 0))[0]
    if not ID_RE.match(lid) or not os.path.basename(path).endswith(f"-{lid}.md"):
        rep.fail(f"{rel}:1", f"id {lid!r} does not match the file name")
    if not meta.get("order", ("x",))[0].isdigit():
        rep.fail(f"{rel}:1", "order must be a whole number")
    for key in ("demo", "demo_alt"):
        if key in meta:
            d = os.path.join(ROOT, "content", "demos", meta[key][0] + ".py")
            if not os.path.exists(d):
                rep.fail(f"{rel}:{meta[key][1]}", f"{key} {meta[key][0]!r} does not exist")
            elif d not in demos_checked:
                demos_checked.add(d)
                check_demo(rep, d, args)
    if "next" in meta and not os.path.exists(lesson_path(meta["next"][0])):
        rep.warn(f"{rel}:{meta['next'][1]}", f"next lesson {meta['next'][0]!r} not found (yet)")
    pages, pre = split_sections(lines, start, 2)
    if any(s.strip() for s in pre):
        rep.fail(f"{rel}:{start + 1}", "text before the first page")
    if not 3 <= len(pages) <= 8:
        rep.fail(rel, f"{len(pages)} pages; 3 to 8 allowed")
    titles = [p[0] for p in pages]
    if titles[-2:] != ["Try this", "Recap"]:
        rep.fail(rel, f"last two pages must be `Try this` and `Recap`, are {titles[-2:]}")
    for title, hl, body, bl in pages:
        h = rendered_height(body)
        if h > PAGE_HEIGHT:
            rep.fail(f"{rel}:{hl}", f"page {title!r} is about {h} lines (max {PAGE_HEIGHT})")
        if len(title) > PAGE_WIDTH - 10:
            rep.warn(f"{rel}:{hl}", "long page title")
        check_tables(rep, rel, body, bl)
        for lang, text, ln, i0, i1 in code_blocks(body, bl):
            for j, s in enumerate(text.split("\n")):
                if len(s) > PAGE_WIDTH:
                    rep.fail(f"{rel}:{ln + j}", f"code line is {len(s)} columns (max {PAGE_WIDTH})")
            if lang == "python":
                nb = next_nonblank(body, i1 + 1)
                if nb < len(body) and FENCE_RE.match(body[nb].strip()) and \
                        FENCE_RE.match(body[nb].strip()).group(2) == "output":
                    out = code_blocks(body[nb:], bl + nb)[0][1]
                    check_runs(rep, f"{rel}:{ln}", text, args.python, args.runs,
                               expected=out, retries=args.retries)
    rep.ok()


def check_demo(rep, path, args):
    rel = os.path.relpath(path, ROOT)
    src = open(path).read()
    n = len(src.rstrip("\n").split("\n"))
    if n > DEMO_MAX_LINES:
        rep.fail(rel, f"demo has {n} lines (max {DEMO_MAX_LINES})")
    for j, s in enumerate(src.split("\n"), 1):
        if len(s) > PAGE_WIDTH:
            rep.fail(f"{rel}:{j}", f"line is {len(s)} columns (max {PAGE_WIDTH})")
    lint_subset(rep, rel, 1, src)
    ok = check_runs(rep, rel, src, args.python, args.runs, expected=None,
                    name=os.path.basename(path), allow_stderr=True,
                    retries=args.retries)
    if ok and args.show:
        for py in args.python:
            out, err, rc = run_program(src, py, 1, os.path.basename(path))[0]
            print(f"---- {rel} under {py} (exit {rc})")
            show_text("stdout", out)
            if err:
                show_text("stderr", err)


# ------------------------------------------------------------ main

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="*")
    ap.add_argument("--python", action="append",
                    help="interpreter to run programs with (repeatable; default python3)")
    ap.add_argument("--runs", type=int, default=3, help="runs per program (default 3)")
    ap.add_argument("--retries", type=int, default=1,
                    help="re-run a failing program this many times (default 1); "
                         "a pass on retry is a warning")
    ap.add_argument("--all", action="store_true", help="also every lesson and demo")
    ap.add_argument("--no-lint", dest="lint", action="store_false",
                    help="only run programs; skip the format and subset checks")
    ap.add_argument("--stats", action="store_true", help="print counts per topic, level and kind")
    ap.add_argument("--show", action="store_true", help="print each demo's output")
    args = ap.parse_args()
    args.python = args.python or ["python3"]
    files = args.files or sorted(glob.glob(os.path.join(ROOT, "quiz", "*.md")))
    if args.all:
        files += sorted(glob.glob(os.path.join(ROOT, "content", "lessons", "*.md")))
        files += sorted(glob.glob(os.path.join(ROOT, "content", "demos", "*.py")))
    rep = Report()
    stats, seen_ids, demos_checked = {}, {}, set()
    for f in files:
        f = os.path.abspath(f)
        if not os.path.exists(f):
            rep.fail(f, "no such file")
        elif f.endswith(".py"):
            if f not in demos_checked:
                demos_checked.add(f)
                check_demo(rep, f, args)
        elif os.sep + "lessons" + os.sep in f:
            check_lesson(rep, f, args, demos_checked)
        else:
            check_question_file(rep, f, args, stats, seen_ids)
    if args.stats and stats:
        print_stats(stats)
    print(f"{rep.passed} passed, {rep.failed} failed" + (f" ({rep.warned} warnings)" if rep.warned else ""))
    return 1 if rep.failed else 0


def print_stats(stats):
    kinds = ["single", "multi", "truefalse", "predict", "bug", "order"]
    print(f"{'topic':28} {'jun':>4} {'mid':>4} {'sen':>4} " + " ".join(f"{k[:5]:>5}" for k in kinds) + "  total")
    tot = {}
    for topic in sorted(stats):
        s = stats[topic]
        lv = [sum(v for (l, _), v in s.items() if l == x) for x in LEVELS]
        kd = [sum(v for (_, k), v in s.items() if k == x) for x in kinds]
        print(f"{topic:28} {lv[0]:>4} {lv[1]:>4} {lv[2]:>4} " + " ".join(f"{n:>5}" for n in kd) + f"  {sum(lv):>5}")
        for key, v in s.items():
            tot[key] = tot.get(key, 0) + v
    lv = [sum(v for (l, _), v in tot.items() if l == x) for x in LEVELS]
    kd = [sum(v for (_, k), v in tot.items() if k == x) for x in kinds]
    print(f"{'all':28} {lv[0]:>4} {lv[1]:>4} {lv[2]:>4} " + " ".join(f"{n:>5}" for n in kd) + f"  {sum(lv):>5}")


if __name__ == "__main__":
    sys.exit(main())
