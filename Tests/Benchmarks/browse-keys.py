#!/usr/bin/env python3
# `careers browse` on a pseudo-terminal (120×40), driven by keys as a person types them: moves, a search
# typed letter by letter, a page opened, a link selected. The browser itself measures, in-process, the
# time from each key read to the end of its redraw (CAREERS_BROWSE_TIMINGS); this prints their medians.
#   browse-keys.py CAREERS [CONTENT-DIR [QUERY]]     (QUERY: typed letter by letter; default "deep learning")
import fcntl, os, pty, select, statistics, struct, sys, tempfile, termios, time

binary = sys.argv[1]
content = sys.argv[2] if len(sys.argv) > 2 and sys.argv[2] else None
query = sys.argv[3] if len(sys.argv) > 3 else "deep learning"
timings = tempfile.NamedTemporaryFile(prefix="careers-browse-", delete=False).name
os.unlink(timings)

pid, master = pty.fork()
if pid == 0:
    fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    os.environ.update(CAREERS_BROWSE_TIMINGS=timings, TERM="xterm-256color")
    os.execv(binary, [binary] + (["--content", content] if content else []) + ["browse"])

def settle(quiet=0.05, limit=10.0):
    """Reads the screen's output until it has been quiet for `quiet` seconds."""
    end = time.time() + limit
    while time.time() < end:
        ready, _, _ = select.select([master], [], [], quiet)
        if not ready:
            return
        try:
            if not os.read(master, 65536):
                return
        except OSError:
            return

settle(quiet=0.5)
keys = ["j"] * 15 + ["k"] * 5 + ["/"] + list(query) + ["\x1b", "2"] + ["j"] * 10 + ["\r", "\t", "\t", "\r", "\x7f"]
for key in keys:
    os.write(master, key.encode())
    settle()
os.write(master, b"q")
settle()
os.waitpid(pid, 0)

kinds = {}
for line in open(timings):
    kind, micros = line.split()
    kinds.setdefault(kind, []).append(int(micros) / 1000)
os.unlink(timings)
def show(values):
    return f"{statistics.median(values):.2f} ms (max {max(values):.2f} ms, {len(values)} keys)"
guide = "bundled guide" if content is None else "pack of 17,000 items"
print(f"| {guide} | {kinds['first'][0]:.2f} ms | "
      f"{show(kinds.get('search', [0]))} | {show(kinds.get('key', [0]))} |")
