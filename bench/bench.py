#!/usr/bin/env python3
"""Measures buurtstart beside what users would pick instead; run through scripts/bench.

Prints a Markdown table (median, minimum and maximum of several runs) and writes it to
bench/results.md. Every figure comes from this one run on this machine."""
import json
import os
import platform
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUURTSTART = os.path.join(ROOT, ".build/release/buurtstart")
BENCH = os.path.join(ROOT, ".build/release/buurtstart-bench")
HELLO = os.path.join(ROOT, "bench/work/hello")
COOKIECUTTER = os.path.join(ROOT, "bench/.venv/bin/cookiecutter")
PEER = os.path.join(ROOT, "bench/peer-cookiecutter")
TRANSCRIPT = os.path.join(ROOT, "transcripts/01-katwijk-zeeweg.txt")
RUNS = int(os.environ.get("BENCH_RUNS", "21"))
WORK = os.path.join(ROOT, "bench/work")
# An earlier build to compare with, made by `scripts/bench --before REV`.
BEFORE = os.environ.get("BENCH_BEFORE")


def run(argv, cwd=None, stdin_data=None):
    """Runs a process to its end: (seconds, peak resident KiB)."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, cwd=cwd, stdin=subprocess.PIPE if stdin_data is not None else subprocess.DEVNULL,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if stdin_data is not None:
        process.stdin.write(stdin_data)
        process.stdin.close()
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        sys.exit(f"bench: {' '.join(argv)} failed with status {process.returncode}")
    return elapsed, usage.ru_maxrss


def until_output(argv, marker, cwd=None):
    """Seconds from starting a piped process until `marker` appears on its standard output."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, cwd=cwd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    seen = b""
    while marker not in seen:
        ready, _, _ = select.select([process.stdout], [], [], 10)
        if not ready:
            process.kill()
            sys.exit(f"bench: no {marker!r} from {' '.join(argv)}")
        chunk = os.read(process.stdout.fileno(), 65536)
        if not chunk:
            break
        seen += chunk
    elapsed = time.perf_counter() - start
    process.kill()
    process.wait()
    return elapsed


def stats(values):
    return statistics.median(values), min(values), max(values)


def ms(triple):
    return " / ".join(f"{v * 1000:.2f}" for triple_value in [triple] for v in triple_value)


def fresh(prefix, base=None):
    return tempfile.mkdtemp(prefix=prefix, dir=base or WORK)


BATCH = 1000
ANSWERS = os.path.join(ROOT, "transcripts/01-katwijk-zeeweg/buurtstart.json")


# A file system in memory, where an export costs only its own work: the same batch is measured
# there too, to tell the program's share from the disk's.
MEMORY = "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else None


def new_folders(count=BATCH, base=None):
    """`count` new folders, each with the same finished answers file, flushed to disk."""
    batch = fresh("batch-", base)
    folders = []
    for index in range(count):
        folder = os.path.join(batch, f"{index:04d}")
        os.makedirs(folder)
        shutil.copy(ANSWERS, folder)
        folders.append(folder)
    os.sync()
    return folders


def export_batch(binary, base=None):
    """One process exporting BATCH new folders: (seconds, the folders)."""
    folders = new_folders(base=base)
    return run([binary, "export"] + folders)[0], folders


def replay_batch(binary, corpus, repeats):
    return run([binary, "replay"] + corpus * repeats)[0]


def file_system_floor(exported, base=None):
    """What the disk alone costs for an export: the same documents written the way export
    writes them (every temporary file, one sync, every rename, one sync) into new folders.
    No reading, no rendering; Python's own cost per call makes it an upper bound."""
    documents = [(name, open(os.path.join(exported[0], name), "rb").read()) for name in ("charter.txt", "checklist.txt", "whatsapp.txt")]
    folders = new_folders(base=base)
    start = time.perf_counter()
    for folder in folders:
        for name, data in documents:
            fd = os.open(os.path.join(folder, f".{name}.tmp"), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            os.write(fd, data)
            os.close(fd)
    os.sync()
    for folder in folders:
        for name, _ in documents:
            os.rename(os.path.join(folder, f".{name}.tmp"), os.path.join(folder, name))
    os.sync()
    return time.perf_counter() - start


def main():
    os.makedirs(WORK, exist_ok=True)
    rows = []
    verdicts = []

    # 1. Start-up. The two programs compared run in turn, so that the machine's drift (a shared,
    # virtual machine) touches both alike.
    pairs = [(run([BUURTSTART, "--version"])[0], run([HELLO])[0]) for _ in range(RUNS)]
    version, hello = stats([a for a, _ in pairs]), stats([b for _, b in pairs])
    pairs = [(until_output([BUURTSTART, "--dir", fresh("startup-"), "--date", "2026-11-26"], b"Gemeente:"),
              until_output([HELLO], b"Hallo")) for _ in range(RUNS)]
    prompt, hello_output = stats([a for a, _ in pairs]), stats([b for _, b in pairs])
    rows.append(("Start-up: `buurtstart --version`", ms(version), ""))
    rows.append(("Start-up: hello world (FoundationEssentials)", ms(hello), f"ratio {version[0] / hello[0]:.2f}"))
    rows.append(("First prompt in a piped session", ms(prompt), ""))
    rows.append(("First output of hello world", ms(hello_output), f"ratio {prompt[0] / hello_output[0]:.2f}"))
    verdicts.append(("First prompt within 1.5x hello world", prompt[0] / hello_output[0] <= 1.5, f"{prompt[0] / hello_output[0]:.2f}x"))

    # 2. One whole session as a process, beside cookiecutter rendering the same documents
    session_runs, peer_runs = [], []
    for index in range(RUNS):
        session_runs.append(run([BUURTSTART, "replay", "--out", fresh("session-"), TRANSCRIPT]))
        if index % 3 == 0:
            peer_runs.append(run([COOKIECUTTER, "--no-input", "-f", "-o", fresh("peer-"), PEER]))
    session_time, peer_time = stats([t for t, _ in session_runs]), stats([t for t, _ in peer_runs])
    session_memory, peer_memory = max(m for _, m in session_runs), max(m for _, m in peer_runs)
    speed = peer_time[0] / session_time[0]
    rows.append(("Whole session: replay + documents, as a process", ms(session_time), f"peak {session_memory / 1024:.1f} MiB"))
    rows.append(("Whole session: `cookiecutter --no-input`", ms(peer_time), f"peak {peer_memory / 1024:.1f} MiB; buurtstart {speed:.1f}x faster"))
    verdicts.append(("Session at least 40x faster than cookiecutter", speed >= 40, f"{speed:.1f}x"))
    verdicts.append(("Session in less than half cookiecutter's memory", session_memory * 2 < peer_memory,
                     f"{session_memory / 1024:.1f} vs {peer_memory / 1024:.1f} MiB"))

    # 3. Batch: one process, many sessions
    corpus = sorted(os.path.join(ROOT, "transcripts", f) for f in os.listdir(os.path.join(ROOT, "transcripts")) if f.endswith(".txt"))
    repeats = 50
    replay_time = stats([replay_batch(BUURTSTART, corpus, repeats) for _ in range(5)])
    replay_rate = len(corpus) * repeats / replay_time[0]
    export_time = stats([export_batch(BUURTSTART)[0] for _ in range(7)])
    export_rate = BATCH / export_time[0]
    _, folders = export_batch(BUURTSTART)
    again_time = stats([run([BUURTSTART, "export", "--force"] + folders)[0] for _ in range(7)])
    floor_time = stats([file_system_floor(folders) for _ in range(7)])
    cores = os.cpu_count()
    rows.append((f"Batch: replay the corpus {repeats}x in one process ({len(corpus) * repeats} sessions, {cores} processors)", ms(replay_time),
                 f"{replay_rate:,.0f} sessions/s"))
    rows.append((f"Batch: export {BATCH:,} answer files into new folders, one process ({cores} processors, durable writes)", ms(export_time),
                 f"{export_rate:,.0f} exports/s"))
    rows.append((f"Batch: export the same {BATCH:,} folders again, nothing changed (`--force`)", ms(again_time),
                 f"{BATCH / again_time[0]:,.0f} exports/s; unchanged files are left alone"))
    rows.append((f"The disk alone: the same {3 * BATCH:,} files written, synced, renamed, synced (Python)", ms(floor_time),
                 f"{BATCH / floor_time[0]:,.0f} folders/s: the file system's floor, no rendering"))
    verdicts.append(("At least 5,000 exported sessions per second in one process (new folders, durable writes)",
                     export_rate >= 5000, f"{export_rate:,.0f}/s"))
    verdicts.append(("At least 5,000 replayed sessions per second in one process (the corpus, repeated)",
                     replay_rate >= 5000, f"{replay_rate:,.0f}/s"))
    if MEMORY:
        memory = tempfile.mkdtemp(prefix="buurtstart-bench-", dir=MEMORY)
        try:
            memory_time = stats([export_batch(BUURTSTART, memory)[0] for _ in range(7)])
            _, folders = export_batch(BUURTSTART, memory)
            memory_floor = stats([file_system_floor(folders, memory) for _ in range(7)])
        finally:
            shutil.rmtree(memory, ignore_errors=True)
        rows.append((f"Batch: the same export on a file system in memory ({MEMORY})", ms(memory_time),
                     f"{BATCH / memory_time[0]:,.0f} exports/s: the program's own work"))
        rows.append((f"The memory file system alone: the same files written, synced, renamed, synced (Python)", ms(memory_floor),
                     f"{BATCH / memory_floor[0]:,.0f} folders/s"))

    # 4. Growth
    growth = {}
    for size in [100, 1000, 10000, 100000, 40000]:
        output = subprocess.run([BENCH, "growth", str(size)], capture_output=True, text=True, check=True).stdout
        growth[size] = json.loads(output)
    for size in [100, 1000, 10000, 100000]:
        g = growth[size]
        previous = growth.get(size // 10)
        def ratio(key):
            return f" (x{g[key][0] / previous[key][0]:.1f})" if previous else ""
        rows.append((f"Growth: {size:,} entries: validate / add one by one / render",
                     f"{g['validate'][0] * 1000:.2f} / {g['add'][0] * 1000:.2f} / {g['render'][0] * 1000:.2f}",
                     f"x10 size: validate{ratio('validate')}, add{ratio('add')}, render{ratio('render')}"))
    big = growth[100000]
    rows.append(("Tab on a 10,000-street area (40,000 entries): the key press", ms(growth[40000]["complete"]),
                 f"words prepared at the prompt: {growth[40000]['prepare'][0] * 1000:.1f} ms"))
    total = big["validate"][0] + big["render"][0]
    verdicts.append(("100,000 entries validated and rendered under 1 s", total < 1, f"{total * 1000:.0f} ms"))
    ratios = [growth[s]["validate"][0] / growth[s // 10]["validate"][0] for s in [1000, 10000, 100000]]
    ratios += [growth[s]["render"][0] / growth[s // 10]["render"][0] for s in [1000, 10000, 100000]]
    verdicts.append(("Growth close to linear (x10 size costs at most x15)", max(ratios) <= 15, f"worst x{max(ratios):.1f}"))
    verdicts.append(("Tab completion on 10,000 streets within 5 ms", growth[40000]["complete"][0] < 0.005,
                     f"{growth[40000]['complete'][0] * 1000:.2f} ms"))

    # 5. Memory
    _, area_memory = run([BENCH, "area", "100000"])
    rows.append(("Peak memory: a whole session (replay)", f"{session_memory / 1024:.1f} MiB", ""))
    rows.append(("Peak memory: a 100,000-entry area built, checked and rendered", f"{area_memory / 1024:.1f} MiB", ""))
    verdicts.append(("100,000-entry area under 100 MiB", area_memory / 1024 < 100, f"{area_memory / 1024:.1f} MiB"))

    # 6. Before and after: an earlier build (scripts/bench --before REV), measured in this run,
    # the two in turn.
    before_lines = []
    if BEFORE:
        revision = os.environ.get("BENCH_BEFORE_REV", "before")
        # (what, one measurement of a binary, runs, unit): "ms" is a time, "/s" a rate.
        compared = [
            ("First prompt in a piped session",
             lambda b: until_output([b, "--dir", fresh("startup-"), "--date", "2026-11-26"], b"Gemeente:") * 1000, RUNS, "ms"),
            ("Whole session: replay + documents, as a process",
             lambda b: run([b, "replay", "--out", fresh("session-"), TRANSCRIPT])[0] * 1000, RUNS, "ms"),
            (f"Batch replay ({len(corpus) * repeats} sessions in one process)",
             lambda b: len(corpus) * repeats / replay_batch(b, corpus, repeats), 5, "/s"),
            (f"Batch export ({BATCH:,} new folders in one process)", lambda b: BATCH / export_batch(b)[0], 7, "/s"),
        ]
        before_lines = ["", "## Before and after", "",
                        f"{revision} (before) and this build (after), built the same way and measured in this run, in turn.", "",
                        "| what | before (median) | after (median) | change |", "| --- | --- | --- | --- |"]
        for name, measure, count, unit in compared:
            pairs = [(measure(BEFORE), measure(BUURTSTART)) for _ in range(count)]
            old_value = statistics.median(a for a, _ in pairs)
            new_value = statistics.median(b for _, b in pairs)
            better = old_value / new_value if unit == "ms" else new_value / old_value
            before_lines.append(f"| {name} | {old_value:,.2f} {unit} | {new_value:,.2f} {unit} | {better:.2f}x as fast |")

    machine = f"{platform.machine()}, {os.cpu_count()} cores, {platform.platform()}"
    lines = [
        "# buurtstart benchmarks", "",
        f"Measured by `scripts/bench` on {time.strftime('%Y-%m-%d')} ({machine}); release build; {RUNS} runs",
        "where not said otherwise. Times in milliseconds as median / minimum / maximum.", "",
        "| what | ms (median / min / max) | notes |", "| --- | --- | --- |",
    ] + [f"| {a} | {b} | {c} |" for a, b, c in rows] + [
        "", "## Budgets", "", "| budget | met | where we stand |", "| --- | --- | --- |",
    ] + [f"| {name} | {'yes' if ok else 'NO'} | {figure} |" for name, ok, figure in verdicts] + before_lines
    text = "\n".join(lines) + "\n"
    with open(os.path.join(ROOT, "bench/results.md"), "w") as handle:
        handle.write(text)
    print(text)
    shutil.rmtree(WORK, ignore_errors=True)


if __name__ == "__main__":
    main()
