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


def run(argv, cwd=None, stdin_data=None, env=None, statuses=(0,)):
    """Runs a process to its end: (seconds, peak resident KiB). Any status but `statuses` ends the bench."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, cwd=cwd, stdin=subprocess.PIPE if stdin_data is not None else subprocess.DEVNULL,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    if stdin_data is not None:
        process.stdin.write(stdin_data)
        process.stdin.close()
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in statuses:
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


def new_folders(count=BATCH):
    """`count` new folders, each with the same finished answers file, flushed to disk."""
    batch = fresh("batch-")
    folders = []
    for index in range(count):
        folder = os.path.join(batch, f"{index:04d}")
        os.makedirs(folder)
        shutil.copy(ANSWERS, folder)
        folders.append(folder)
    os.sync()
    return folders


# The rest of a session after its streets, up to its documents.
AFTER_STREETS = ["", "", "", "tussen de Zeeweg en de Noordzee", "18", "2", "60", "ja", "Anna", "06-12345678", "", "", "1",
                 "", "", "", "", "21", "", "", "", "", "", "", "", "ja", "klaar"]


def streets_through_a_pipe(count):
    """A whole session through a pipe whose area is `count` streets, typed one per line."""
    lines = ["Katwijk", "Zeeweg", ""] + [f"Straat{index} 1-99" for index in range(count)] + AFTER_STREETS
    # The input ends before the documents are written: the session says so with 75.
    return run([BUURTSTART, "--dir", fresh("streets-"), "--date", "2026-11-26"], stdin_data=("\n".join(lines) + "\n").encode(),
               statuses=(0, 75))[0]


def long_line_transcripts(length):
    """Two transcripts whose first answer is `length` characters: one recorded as this build
    replays it (it passes), one whose recorded prompt was changed after it (it differs, and
    the difference is shown with the long line escaped)."""
    folder = fresh("long-")
    passing = os.path.join(folder, "lang.txt")
    run([BUURTSTART, "--dir", os.path.join(folder, "buurt"), "--date", "2026-11-26", "--record", passing],
        stdin_data=("K" * length + "\n").encode(), statuses=(0, 75))
    with open(passing) as handle:
        text = handle.read()
    differing = os.path.join(folder, "anders.txt")
    with open(differing, "w") as handle:
        handle.write(text.replace("Gemeente:", "Gemeente?", 1))
    shutil.copytree(os.path.join(folder, "lang"), os.path.join(folder, "anders"))
    return passing, differing


GROUPS = 2000
MEMBERS = 1024


def group_set(count=GROUPS):
    """A municipality's folder of `count` group folders of 20 streets each, made from the
    corpus's answers file: group i has streets 10i ... 10i+19, so each street is shared by two
    neighbouring groups (numbers 1-60 and 50-120 meet), and a postcode area of its own."""
    base = fresh("groups-")
    with open(ANSWERS) as handle:
        template = json.load(handle)
    for index in range(count):
        answers = json.loads(json.dumps(template))
        numbers = {"first": 1, "last": 60} if index % 2 == 0 else {"first": 50, "last": 120}
        answers["group"]["name"] = f"Groep {index}"
        answers["area"]["streets"] = [{"name": f"Straat {index * 10 + k}", "range": numbers} for k in range(20)]
        answers["area"]["postcodes"] = [str(1000 + index)]
        folder = os.path.join(base, f"{index:04d}")
        os.makedirs(folder)
        with open(os.path.join(folder, "buurtstart.json"), "w") as handle:
            json.dump(answers, handle)
    os.sync()
    return base


def export_batch(binary):
    """One process exporting BATCH new folders, each flushed to disk: (seconds, the folders)."""
    folders = new_folders()
    return run([binary, "export"] + folders)[0], folders


def reexport(binary, folders):
    """Exporting folders whose documents are up to date, as a municipality does after an update
    that changed nothing for them. `--force`, so that a build that refuses identical documents
    without it is measured doing the same work."""
    return run([binary, "export", "--force"] + folders)[0]


def replay_batch(binary, corpus, repeats):
    return run([binary, "replay"] + corpus * repeats)[0]


PRINT_RUNS = int(os.environ.get("BENCH_PRINT_RUNS", "7"))


def printing(rows, verdicts):
    """A whole kit printed (`export --format pdf` of a new group: five pages through one
    Chromium), beside Chromium printing one single-page page by itself the way export did before
    (`--print-to-pdf`, a fresh profile, the same options), in turn; then the same export again,
    which changes nothing and starts no browser."""
    browser = next((shutil.which(name) for name in ["chromium", "chromium-browser", "google-chrome"] if shutil.which(name)), None)
    if browser is None:
        rows.append(("Printing: a whole kit", "not measured", "no Chromium on PATH"))
        return
    env = dict(os.environ, XDG_STATE_HOME=fresh("print-state-"))
    pages = fresh("print-pages-")
    shutil.copy(ANSWERS, pages)
    run([BUURTSTART, "export", "--dir", pages, "--format", "html"], env=env)
    single, kit = [], []
    for _ in range(PRINT_RUNS):
        profile = fresh("chromium-")
        single.append(run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                           "--no-pdf-header-footer", "--host-resolver-rules=MAP * ~NOTFOUND", f"--user-data-dir={profile}",
                           f"--print-to-pdf={profile}/checklist.pdf", f"file://{pages}/checklist.html"], env=env)[0])
        folder = fresh("kit-")
        shutil.copy(ANSWERS, folder)
        kit.append(run([BUURTSTART, "export", "--dir", folder, "--format", "pdf"], env=env)[0])
    repeat = stats([run([BUURTSTART, "export", "--dir", folder, "--format", "pdf"], env=env)[0] for _ in range(RUNS)])
    single, kit = stats(single), stats(kit)
    ratio = kit[0] / single[0]
    rows.append((f"Printing: one single-page page, `chromium --headless --print-to-pdf` ({PRINT_RUNS} runs)", ms(single), ""))
    rows.append((f"Printing: a whole kit, `export --format pdf` of a new group, five pages ({PRINT_RUNS} runs, in turn with the above)",
                 ms(kit), f"ratio {ratio:.2f}"))
    rows.append(("Printing: the same export again, nothing changed", ms(repeat), "no browser started"))
    verdicts.append(("A whole kit printed in at most 1.5x one single-page `chromium --print-to-pdf`", ratio <= 1.5, f"{ratio:.2f}x"))
    verdicts.append(("A repeat PDF export that changes nothing under 0.5 s", repeat[0] < 0.5, f"{repeat[0] * 1000:.0f} ms"))


def only_printing():
    """`BENCH_ONLY=print`: the printing rows alone, put in place of their earlier figures in
    bench/results.md (each noted with the day it was measured); the other figures stay as they were."""
    rows, verdicts = [], []
    printing(rows, verdicts)
    day = time.strftime("%Y-%m-%d")
    path = os.path.join(ROOT, "bench/results.md")
    with open(path) as handle:
        lines = handle.read().split("\n")
    kept = [line for line in lines if "Printing:" not in line and "PDF export" not in line and "kit printed" not in line]

    def table_end(start):
        index = next(i for i in range(start, len(kept)) if kept[i].startswith("| "))
        while index < len(kept) and kept[index].startswith("| "):
            index += 1
        return index

    new_rows = [f"| {a} | {b} | {c}{'; ' if c else ''}measured {day} |" for a, b, c in rows]
    at = table_end(0)
    kept[at:at] = new_rows
    at = table_end(kept.index("## Budgets"))
    kept[at:at] = [f"| {name} | {'yes' if ok else 'NO'} | {figure} (measured {day}) |" for name, ok, figure in verdicts]
    with open(path, "w") as handle:
        handle.write("\n".join(kept))
    print("\n".join(new_rows))
    shutil.rmtree(WORK, ignore_errors=True)


def main():
    os.makedirs(WORK, exist_ok=True)
    if os.environ.get("BENCH_ONLY") == "print":
        return only_printing()
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
    verdicts.append(("First prompt at most 3x a FoundationEssentials hello world", prompt[0] / hello_output[0] <= 3,
                     f"{prompt[0] / hello_output[0]:.2f}x"))

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
    verdicts.append(("A whole session at least 25x faster than cookiecutter", speed >= 25, f"{speed:.1f}x"))
    verdicts.append(("A whole session in less than half cookiecutter's memory", session_memory * 2 < peer_memory,
                     f"{session_memory / 1024:.1f} vs {peer_memory / 1024:.1f} MiB"))

    # 3. Many groups in one process: one folder or transcript after another.
    export_time = stats([export_batch(BUURTSTART)[0] for _ in range(5)])
    _, folders = export_batch(BUURTSTART)
    again_time = stats([reexport(BUURTSTART, folders) for _ in range(RUNS)])
    listed = "\n".join(folders).encode() + b"\n"
    listed_time = stats([run([BUURTSTART, "export", "--force", "--from", "-"], stdin_data=listed)[0] for _ in range(RUNS)])
    corpus = sorted(os.path.join(ROOT, "transcripts", f) for f in os.listdir(os.path.join(ROOT, "transcripts")) if f.endswith(".txt"))
    repeats = 50
    replay_time = stats([replay_batch(BUURTSTART, corpus, repeats) for _ in range(5)])
    rows.append((f"Re-export {BATCH:,} groups whose documents are up to date (`export --force FOLDER...`)", ms(again_time),
                 "nothing is written"))
    rows.append((f"The same, the folders read from standard input (`export --force --from -`)", ms(listed_time), ""))
    rows.append((f"Export {BATCH:,} new groups, each file and folder flushed to disk", ms(export_time),
                 f"{BATCH / export_time[0]:,.0f} groups/s"))
    rows.append((f"Replay the corpus {repeats}x in one process ({len(corpus) * repeats} sessions)", ms(replay_time),
                 f"{len(corpus) * repeats / replay_time[0]:,.0f} sessions/s"))
    verdicts.append((f"Re-exporting {BATCH:,} groups under 1 s", again_time[0] < 1, f"{again_time[0] * 1000:.0f} ms"))

    # 3b. A municipality's set of groups: read every folder and find every overlapping pair, as a
    # process; and one street checked against the set while a founder types it, in-process.
    groups = group_set()
    overlap_time = stats([run([BUURTSTART, "groepen", "--groups", groups, "--overlap"])[0] for _ in range(RUNS)])
    overlap_json_time = stats([run([BUURTSTART, "groepen", "--groups", groups, "--overlap", "--format", "json"])[0] for _ in range(RUNS)])
    register_time = stats([run([BUURTSTART, "groepen", "--groups", groups, "--format", "csv"])[0] for _ in range(RUNS)])
    in_process = json.loads(subprocess.run([BENCH, "groups", str(GROUPS)], capture_output=True, text=True, check=True).stdout)
    rows.append((f"{GROUPS:,} groups of 20 streets read, every overlapping pair found and listed (`groepen --overlap`)",
                 ms(overlap_time), f"in-process: index {in_process['index'][0] * 1000:.1f} ms, pairs {in_process['pairs'][0] * 1000:.1f} ms"))
    rows.append(("The same as JSON (`--overlap --format json`): 20,000 shared parts", ms(overlap_json_time), ""))
    rows.append((f"The register of {GROUPS:,} groups (`groepen --format csv`)", ms(register_time), ""))
    rows.append((f"A street typed in a session with {GROUPS:,} other groups: the line handled, overlap said",
                 ms(in_process["typed"]), ""))
    verdicts.append((f"{GROUPS:,} groups of 20 streets read and checked for overlaps under 1 s", overlap_time[0] < 1,
                     f"{overlap_time[0] * 1000:.0f} ms"))
    verdicts.append(("An overlap check while typing under 50 ms", in_process["typed"][0] < 0.05,
                     f"{in_process['typed'][0] * 1000:.2f} ms"))

    # 3c. A group's register of members: read, every address checked against the area, listed
    # (`leden`); and the intake's first prompt, beside the session's.
    members_folder = new_folders(1)[0]
    with open(os.path.join(members_folder, "leden.jsonl"), "w") as register:
        register.write('{"register":1,"removed":{}}\n')
        for index in range(MEMBERS):
            register.write(json.dumps({"name": f"Lid {index}", "address": f"Zeeweg {index + 1}", "phone": f"06-{10000000 + index}",
                                       "livesOrWorks": "lives", "signedUp": "slip", "ageAtLeast": 18, "rulesTogether": True,
                                       "charterVersion": 1, "charterDate": "2026-11-26", "added": "2026-12-01",
                                       "addedBy": "Marieke", "warnings": []}) + "\n")
    os.chmod(os.path.join(members_folder, "leden.jsonl"), 0o600)
    members_time = stats([run([BUURTSTART, "leden", "--dir", members_folder])[0] for _ in range(RUNS)])
    intake_prompt = stats([until_output([BUURTSTART, "lid", "--dir", members_folder], b"Nummer [1]:") for _ in range(RUNS)])
    rows.append((f"A register of {MEMBERS:,} members read, checked against the area and listed (`leden`)", ms(members_time), ""))
    rows.append(("First prompt of an intake (`lid`), piped", ms(intake_prompt), f"session's: {prompt[0] * 1000:.1f} ms"))
    verdicts.append((f"A register of {MEMBERS:,} members read, checked and listed under 100 ms", members_time[0] < 0.1,
                     f"{members_time[0] * 1000:.0f} ms"))
    verdicts.append(("The intake's first prompt as fast as the session's (within 20 %)", intake_prompt[0] <= prompt[0] * 1.2,
                     f"{intake_prompt[0] * 1000:.1f} vs {prompt[0] * 1000:.1f} ms"))
    # 3c. Printing the pages through Chromium.
    printing(rows, verdicts)

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
    ratios = [growth[s]["validate"][0] / growth[s // 10]["validate"][0] for s in [1000, 10000, 100000]]
    ratios += [growth[s]["render"][0] / growth[s // 10]["render"][0] for s in [1000, 10000, 100000]]
    verdicts.append(("A 100,000-entry area validated and rendered under 1 s, growing linearly (x10 size costs at most x15)",
                     total < 1 and max(ratios) <= 15, f"{total * 1000:.0f} ms; worst x{max(ratios):.1f}"))
    verdicts.append(("Tab on 10,000 streets under 5 ms", growth[40000]["complete"][0] < 0.005,
                     f"{growth[40000]['complete'][0] * 1000:.2f} ms"))

    # 4b. Growth of what a resident feeds in: streets through a pipe (each answer used to
    # rewrite and flush the whole growing file), and replay of one long line.
    street_counts = [1000, 2500, 10000]
    street_time = {count: stats([streets_through_a_pipe(count) for _ in range(3)]) for count in street_counts}
    for count in street_counts:
        rows.append((f"{count:,} streets through a pipe, one per line: the whole session", ms(street_time[count]),
                     f"{street_time[count][0] / count * 1000:.3f} ms a street"))
    street_ratio = street_time[10000][0] / street_time[1000][0]
    verdicts.append(("10,000 streets through a pipe under 30 s, growing linearly (x10 streets costs at most x15)",
                     street_time[10000][0] < 30 and street_ratio <= 15, f"{street_time[10000][0]:.2f} s; x{street_ratio:.1f}"))
    line_lengths = [25000, 100000, 400000]
    line_time = {}
    for length in line_lengths:
        passing, differing = long_line_transcripts(length)
        line_time[length] = (stats([run([BUURTSTART, "replay", passing])[0] for _ in range(3)]),
                             stats([run([BUURTSTART, "replay", differing], statuses=(1,))[0] for _ in range(3)]))
        rows.append((f"Replay a transcript with a line of {length:,} characters: passing / differing (the diff shown)",
                     f"{line_time[length][0][0] * 1000:.2f} / {line_time[length][1][0] * 1000:.2f}", ""))
    line_ratio = max(line_time[400000][k][0] / line_time[100000][k][0] for k in range(2))
    verdicts.append(("Replay linear in a line's length (x4 length costs at most x6)", line_ratio <= 6,
                     f"400,000 characters: {line_time[400000][0][0] * 1000:.0f} / {line_time[400000][1][0] * 1000:.0f} ms; x{line_ratio:.1f}"))

    # 5. Memory
    _, area_memory = run([BENCH, "area", "100000"])
    rows.append(("Peak memory: a whole session (replay)", f"{session_memory / 1024:.1f} MiB", ""))
    rows.append(("Peak memory: a 100,000-entry area built, checked and rendered", f"{area_memory / 1024:.1f} MiB", ""))

    # 6. Before and after: an earlier build (scripts/bench --before REV), measured in this run,
    # the two in turn.
    before_lines = []
    if BEFORE:
        revision = os.environ.get("BENCH_BEFORE_REV", "before")
        # (what, one measurement of a binary in milliseconds, runs, unit)
        _, current = export_batch(BUURTSTART)
        compared = [
            ("First prompt in a piped session",
             lambda b: until_output([b, "--dir", fresh("startup-"), "--date", "2026-11-26"], b"Gemeente:") * 1000, RUNS, "ms"),
            ("Whole session: replay + documents, as a process",
             lambda b: run([b, "replay", "--out", fresh("session-"), TRANSCRIPT])[0] * 1000, RUNS, "ms"),
            (f"Re-export {BATCH:,} up-to-date groups", lambda b: reexport(b, current) * 1000, RUNS, "ms"),
            (f"Export {BATCH:,} new groups", lambda b: export_batch(b)[0] * 1000, 5, "ms"),
            (f"Replay the corpus {repeats}x ({len(corpus) * repeats} sessions in one process)",
             lambda b: replay_batch(b, corpus, repeats) * 1000, 5, "ms"),
        ]
        before_lines = ["", "## Before and after", "",
                        f"{revision} (before) and this build (after), built the same way and measured in this run, in turn.", "",
                        "| what | before (median) | after (median) | change |", "| --- | --- | --- | --- |"]
        for name, measure, count, unit in compared:
            pairs = [(measure(BEFORE), measure(BUURTSTART)) for _ in range(count)]
            old_value = statistics.median(a for a, _ in pairs)
            new_value = statistics.median(b for _, b in pairs)
            before_lines.append(f"| {name} | {old_value:,.2f} {unit} | {new_value:,.2f} {unit} | {old_value / new_value:.2f}x as fast |")

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
