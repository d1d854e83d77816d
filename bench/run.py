"""The benchmark: Eligo's commands, as a user runs them, against yardsticks computing the same output.

    python bench/run.py                        # N = 1,000,000 (long: the cohort is written first)
    python bench/run.py --n 100000             # a quicker run
    python bench/run.py --n 100000 1000000     # memory at several N (eval's should stay flat)

For each N it writes a synthetic cohort (``bench/generate.py``) as JSON Lines and imports it into
Parquet (``eligo import``), once per N in the work directory. Then, in ``--rounds`` interleaved
rounds (the order turned by one each round), it runs every contender as a whole process:

- ``eligo eval CRITERIA COHORT -o OUT`` (outcomes only, on every core) against
  ``bench/yardsticks.py eval`` (hand-written Python writing the same bytes, as many workers);
- ``eligo screen CRITERIA PARQUET`` (the summary report) against ``yardsticks.py screen``
  (the hand-written DuckDB query, the report's counts grouped in SQL);
- ``eligo screen --format jsonl -o OUT`` against ``yardsticks.py screen --format jsonl -o OUT``;
- ``eligo eval --explain`` against ``eligo eval``, on the first ``--explain-n`` patients;
- ``eligo check CRITERIA`` (start-up), and compiling every trial of ``criteria/`` to SQL.

Each process is timed from outside (wall clock), its CPU time and that of the processes it waited
for gives the cores it used, and the resident memory of its whole process tree is sampled every
20 ms (the sum over the tree, pages shared after a fork counted in each process: an upper
bound). The table shows medians over the rounds; each ratio (the yardstick's wall time over
Eligo's, so higher is better for Eligo) is computed within a round, and its median shown with
the target. Every output with one line per patient is read back and the (patient, verdict)
pairs hashed: every contender must give the same hash, and the summaries the same counts; the
run fails (exit 1) if not.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import msgspec

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"
CRITERIA = ROOT / "criteria" / "nct05238363.elig"
PAGE = os.sysconf("SC_PAGE_SIZE")
ELIGO = [sys.executable, "-m", "eligo.cli"]
YARDSTICK = [sys.executable, str(BENCH / "yardsticks.py")]

#: (Eligo's contender, its yardstick, the target ratio: the yardstick's time over Eligo's)
RATIOS = (
    ("eval", "hand eval", 0.5),
    ("screen", "hand screen", 0.8),
    ("screen jsonl", "hand screen jsonl", 0.6),
    ("eval --explain", "eval (explain's N)", 0.25),
)
STARTUP_TARGET = 0.3  # seconds of wall time for `eligo check` on one trial
COMPILE_TARGET = 0.1  # seconds to compile any trial to SQL


class Verdict(msgspec.Struct):
    patient_id: str
    verdict: str


@dataclass
class Run:
    seconds: float
    cores: float
    peak_mib: float


@dataclass
class Contender:
    name: str
    command: list[str]
    output: Path | None  # one line per patient, to hash
    patients: int
    runs: list[Run] = field(default_factory=list)
    checks: set[str] = field(default_factory=set)


# --------------------------------------------------------------------------- one process
def _tree(pid: int) -> list[int]:
    found, stack = [], [pid]
    while stack:
        current = stack.pop()
        found.append(current)
        try:
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as children:
                    stack.extend(int(c) for c in children.read().split())
        except OSError:
            continue
    return found


def _rss(pid: int) -> int:
    total = 0
    for member in _tree(pid):
        try:
            with open(f"/proc/{member}/statm") as statm:
                total += int(statm.read().split()[1]) * PAGE
        except (OSError, IndexError, ValueError):
            continue
    return total


def measure(command: list[str], env: dict[str, str], stdout: Path) -> Run:
    """Run one command to its end (its standard output to ``stdout``); its wall time, the cores it
    used and the peak memory of its process tree."""
    start = time.perf_counter()
    with stdout.open("wb") as sink:
        process = subprocess.Popen(command, env=env, stdout=sink, stderr=subprocess.PIPE)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _rss(process.pid))
            done.wait(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    assert process.stderr is not None
    errors = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    done.set()
    sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}):\n{errors.decode(errors='replace')}")
    return Run(elapsed, (usage.ru_utime + usage.ru_stime) / elapsed, peak / 2**20)


# --------------------------------------------------------------------------- checking outputs
def verdict_hash(path: Path) -> tuple[str, Counter[str]]:
    """A hash of the (patient, verdict) pairs of a JSON Lines result file (in patient order), and the counts."""
    decode = msgspec.json.Decoder(Verdict).decode
    pairs = []
    with path.open("rb") as lines:
        for line in lines:
            item = decode(line)
            pairs.append((item.patient_id, item.verdict))
    pairs.sort()
    digest = hashlib.sha256()
    for pid, verdict in pairs:
        digest.update(f"{pid}\t{verdict}\n".encode())
    return digest.hexdigest()[:16], Counter(v for _, v in pairs)


def report_counts(text: str) -> Counter[str]:
    """The verdict counts of ``eligo screen``'s report (its Verdicts table)."""
    counts: Counter[str] = Counter()
    for verdict in ("eligible", "ineligible", "undetermined"):
        found = re.search(rf"^\| {verdict.capitalize()} \| ([\d,]+) \|", text, re.MULTILINE)
        if found:
            counts[verdict] = int(found.group(1).replace(",", ""))
    return counts


def check(contender: Contender, stdout: Path) -> str:
    """What identifies the contender's answer: the hash of its verdicts, or its verdict counts."""
    if contender.output is not None:
        digest, counts = verdict_hash(contender.output)
        return f"verdicts {digest} ({_counts(counts)})"
    text = stdout.read_text(encoding="utf-8")
    if contender.command[: len(YARDSTICK)] == YARDSTICK:
        counts = Counter(json.loads(text)["verdicts"])
    else:
        counts = report_counts(text)
    return f"counts ({_counts(counts)})"


def _counts(counts: Counter[str]) -> str:
    return ", ".join(f"{counts[v]} {v}" for v in ("eligible", "ineligible", "undetermined"))


# --------------------------------------------------------------------------- the run
def prepare(count: int, workdir: Path, env: dict[str, str]) -> tuple[Path, Path]:
    """The cohort as JSON Lines and as Parquet, written once per size."""
    cohort = workdir / f"cohort-{count}.jsonl"
    parquet = workdir / f"parquet-{count}"
    sys.path.insert(0, str(BENCH))
    import generate  # bench/, beside this script

    if not cohort.exists():
        print(f"writing {count:,} synthetic patients to {cohort} ...", flush=True)
        generate.write_cohort(count, cohort, seed=2026)
    if not (parquet / "patients.parquet").exists():
        print(f"importing them into {parquet} ...", flush=True)
        subprocess.run([*ELIGO, "import", str(cohort), "--to", str(parquet)], check=True, env=env)
    return cohort, parquet


def prefix(cohort: Path, count: int) -> Path:
    """The first ``count`` patients of a cohort, as a file of their own."""
    path = cohort.with_name(f"{cohort.stem}-first-{count}.jsonl")
    if not path.exists():
        with cohort.open("rb") as source, path.open("wb") as target:
            for _, line in zip(range(count), source, strict=False):
                target.write(line)
    return path


def contenders(count: int, cohort: Path, parquet: Path, args: argparse.Namespace, fingerprint: str) -> list[Contender]:
    out = args.workdir / "out"
    out.mkdir(exist_ok=True)
    criteria, jobs = str(CRITERIA), str(args.jobs)
    small = min(count, args.explain_n)
    few = prefix(cohort, small) if small < count else cohort
    found = [
        Contender("eval", [*ELIGO, "eval", criteria, str(cohort), "-o", str(out / "eval.jsonl")], out / "eval.jsonl", count),
        Contender("hand eval", [*YARDSTICK, "eval", str(cohort), "-o", str(out / "hand-eval.jsonl"),
                                "--fingerprint", fingerprint, "--jobs", jobs], out / "hand-eval.jsonl", count),
        Contender("screen", [*ELIGO, "screen", criteria, str(parquet)], None, count),
        Contender("hand screen", [*YARDSTICK, "screen", str(parquet), "--fingerprint", fingerprint], None, count),
        Contender("screen jsonl", [*ELIGO, "screen", criteria, str(parquet), "--format", "jsonl", "-o",
                                   str(out / "screen.jsonl")], out / "screen.jsonl", count),
        Contender("hand screen jsonl", [*YARDSTICK, "screen", str(parquet), "--format", "jsonl", "-o",
                                        str(out / "hand-screen.jsonl"), "--fingerprint", fingerprint],
                  out / "hand-screen.jsonl", count),
        Contender("eval --explain", [*ELIGO, "eval", "--explain", criteria, str(few), "-o", str(out / "explain.jsonl")],
                  out / "explain.jsonl", small),
        Contender("eval (explain's N)", [*ELIGO, "eval", criteria, str(few), "-o", str(out / "eval-few.jsonl")],
                  out / "eval-few.jsonl", small),
        Contender("check (start-up)", [*ELIGO, "check", criteria], None, 0),
    ]  # fmt: skip
    if args.jobs != os.cpu_count():
        found[0].command += ["--jobs", jobs]
        found[7].command += ["--jobs", jobs]
    return [c for c in found if not args.only or c.name in args.only]


COMPILE_ALL = """
import json, sys, time
from pathlib import Path
from eligo.language.load import load_program
from eligo.sql.compile import to_sql
times = {}
paths = sorted(Path(sys.argv[1]).glob("*.elig"))
to_sql(load_program(paths[0]), "duckdb")  # sqlglot's dialect classes are made on first use: not a trial's cost
for path in paths:
    program = load_program(path)
    start = time.perf_counter()
    to_sql(program, "duckdb")
    times[path.name] = time.perf_counter() - start
print(json.dumps(times))
"""


def compile_times(env: dict[str, str]) -> dict[str, float]:
    """Seconds to compile each trial of criteria/ to SQL (after loading it), in one fresh process."""
    done = subprocess.run([sys.executable, "-c", COMPILE_ALL, str(ROOT / "criteria")], env=env, check=True,
                          capture_output=True, text=True)  # fmt: skip
    return dict(json.loads(done.stdout))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, nargs="+", default=[1_000_000], help="patients (several: one table each)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--explain-n", type=int, default=50_000, help="patients for eval --explain (default 50,000)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="workers of eval and its yardstick")
    parser.add_argument("--workdir", type=Path, help="where cohorts are written (default: a temporary directory)")
    parser.add_argument("--only", nargs="+", help="run only these contenders (names as in the table)")
    args = parser.parse_args()
    args.workdir = args.workdir or Path(tempfile.mkdtemp(prefix="eligo-bench-"))
    args.workdir.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT / "src"), os.environ.get("PYTHONPATH")]))}
    # as an installed package runs: its modules compiled once (a first round writes them), not at every start
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    fingerprint = subprocess.run(
        [sys.executable, "-c", f"import eligo; print(eligo.load({str(CRITERIA)!r}).fingerprint)"],
        env=env, check=True, capture_output=True, text=True,
    ).stdout.strip()  # fmt: skip
    print(f"{os.cpu_count()} cores (load average {os.getloadavg()[0]:.1f}); NCT05238363; eval jobs={args.jobs}; "
          f"{args.rounds} interleaved rounds; work directory {args.workdir}", flush=True)  # fmt: skip
    ok = True
    for count in args.n:
        cohort, parquet = prepare(count, args.workdir, env)
        runners = contenders(count, cohort, parquet, args, fingerprint)
        for round_number in range(args.rounds):
            turned = runners[round_number % len(runners) :] + runners[: round_number % len(runners)]
            for contender in turned:
                stdout = args.workdir / "out" / (re.sub(r"\W+", "-", contender.name) + ".stdout")
                contender.runs.append(measure(contender.command, env, stdout))
                if contender.patients:
                    contender.checks.add(check(contender, stdout))
            print(f"N={count:,}: round {round_number + 1} of {args.rounds} done", flush=True)
        ok = _print_table(count, runners, args.rounds) and ok
    times = compile_times(env)
    worst = max(times, key=times.__getitem__)
    met = "meets" if times[worst] < COMPILE_TARGET else "BELOW"
    print(f"\nSQL compile: slowest {worst} {times[worst]:.3f} s; all: "
          + ", ".join(f"{k.removesuffix('.elig')} {v:.3f}" for k, v in times.items())
          + f" (target < {COMPILE_TARGET} s: {met})")  # fmt: skip
    return 0 if ok else 1


def _print_table(count: int, runners: list[Contender], rounds: int) -> bool:
    print(f"\nN={count:,} patients; medians of {rounds} rounds")
    header = f"{'contender':<22} {'patients':>10} {'wall':>9} {'patients/s':>11} {'cores':>6} {'peak MiB':>9}   answer"
    print(header)
    print("-" * (len(header) + 40))
    by_name = {c.name: c for c in runners}
    for c in runners:
        wall = statistics.median(r.seconds for r in c.runs)
        rate = f"{c.patients / wall:>11,.0f}" if c.patients else f"{'':>11}"
        cores = statistics.median(r.cores for r in c.runs)
        peak = max(r.peak_mib for r in c.runs)
        print(
            f"{c.name:<22} {c.patients:>10,} {wall:>8.2f}s {rate} {cores:>6.2f} {peak:>9.0f}   {', '.join(sorted(c.checks))}"
        )
    agree = True
    for group in (("eval", "hand eval", "screen jsonl", "hand screen jsonl"), ("screen", "hand screen"),
                  ("eval --explain", "eval (explain's N)")):  # fmt: skip
        present = [by_name[g] for g in group if g in by_name]
        hashes = {check for c in present for check in c.checks if check.startswith("verdicts")}
        counts = {check.split("(", 1)[1] for c in present for check in c.checks}
        if len(hashes) > 1 or len(counts) > 1:
            agree = False
            print(f"DISAGREE: {', '.join(c.name for c in present)}")
    print(f"answers {'agree' if agree else 'DISAGREE'} (per-patient verdicts hashed, summary counts compared)")
    for ours, yardstick, target in RATIOS:
        if ours in by_name and yardstick in by_name:
            ratios = [y.seconds / o.seconds for o, y in zip(by_name[ours].runs, by_name[yardstick].runs, strict=True)]
            ratio = statistics.median(ratios)
            print(f"{ours} at {ratio:.2f}x {yardstick} (rounds: {', '.join(f'{r:.2f}' for r in ratios)}; "
                  f"target {target}x: {'meets' if ratio >= target else 'BELOW'})")  # fmt: skip
    if "check (start-up)" in by_name:
        wall = statistics.median(r.seconds for r in by_name["check (start-up)"].runs)
        print(
            f"eligo check: {wall:.2f} s wall (target < {STARTUP_TARGET} s: {'meets' if wall < STARTUP_TARGET else 'BELOW'})"
        )
    if "screen" in by_name and "hand screen" in by_name:
        ours, theirs = (max(r.peak_mib for r in by_name[n].runs) for n in ("screen", "hand screen"))
        print(f"screen peak memory {ours:.0f} MiB, hand-written query {theirs:.0f} MiB "
              f"(target: no more: {'meets' if ours <= theirs else 'BELOW'})")  # fmt: skip
    return agree


if __name__ == "__main__":
    sys.exit(main())
