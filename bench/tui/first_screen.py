"""Time from launching `looplab` on a pseudo-terminal to its first full screen.

Usage: python3 first_screen.py LOOPLAB [RUNS]. A fresh HOME per run (so the database
is created, as on a first launch) and a second batch with it already there. The same
harness launching `printf` gives the baseline cost of spawning under a pty.
"""
import os, pty, select, shutil, statistics, sys, tempfile, time

def first_screen(argv, marker, env):
    t0 = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.execvpe(argv[0], argv, env)
    buf = b""
    while marker not in buf:
        r, _, _ = select.select([fd], [], [], 5)
        if not r:
            break
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        buf += chunk
    elapsed = time.perf_counter() - t0
    os.write(fd, b"q") if marker in buf else None
    try:
        os.kill(pid, 9)
    except ProcessLookupError:
        pass
    os.waitpid(pid, 0)
    os.close(fd)
    return elapsed if marker in buf else None

def main():
    looplab = os.path.abspath(sys.argv[1])
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    base_env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8", COLUMNS="80", LINES="24")
    home = tempfile.mkdtemp()
    env = dict(base_env, HOME=home)
    fresh, warm, base = [], [], []
    for _ in range(runs):
        h = tempfile.mkdtemp()
        t = first_screen([looplab], b"q quit", dict(base_env, HOME=h))
        shutil.rmtree(h, ignore_errors=True)
        if t is not None:
            fresh.append(t)
        t = first_screen([looplab], b"q quit", env)
        if t is not None:
            warm.append(t)
        t = first_screen(["printf", "q quit"], b"q quit", env)
        if t is not None:
            base.append(t)
    shutil.rmtree(home, ignore_errors=True)
    ms = lambda v: statistics.median(v) * 1000
    print(f"first screen, fresh HOME (creates the database): median {ms(fresh):.1f} ms over {len(fresh)} runs")
    print(f"first screen, existing database:                 median {ms(warm):.1f} ms over {len(warm)} runs")
    print(f"baseline, printf under the same pty harness:     median {ms(base):.1f} ms")
    print(f"=> looplab's own start-up: about {ms(warm) - ms(base):.1f} ms (goal: within 20 ms); "
          f"ratio to the baseline {ms(warm) / ms(base):.1f}x")

main()
