"""Screen cohorts with broken records through `eligo eval`: nothing lost, memory flat in N.

    python bench/robust.py [N ...] [--broken 0.01] [--jobs J ...]   (default: 100000 1000000)

For each N, writes N invented patients of which a fraction is broken in the ways of
``bench/generate.py`` (invalid JSON, impossible dates, wrong types, unknown fields, values no
patient can have, repeated ids, ...), then runs ``eligo eval CRITERIA COHORT -o OUT`` in a fresh
process for each ``--jobs`` setting (default: the command's own default, and 1). It prints the
records read, evaluated and rejected (by kind, as the messages say, next to what the generator
broke), the sum check, the time, and the peak resident set size of the main process and of the
largest worker. The main process holds the index of the ids seen (about 21 bytes per patient);
everything else is per record.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import generate  # bench/, beside this script

ROOT = Path(__file__).resolve().parents[1]
CRITERIA = ROOT / "criteria" / "nct05238363.elig"

# Run eligo's command in this process and say, at exit, the peak RSS of the process and of its
# largest child (the worker processes), in KiB.
RUNNER = """
import resource, sys
from eligo.cli import main
try:
    main()
finally:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(f"peak-rss-kib {own} {workers}", file=sys.stderr)
"""

# What a rejected record's message says, in the kinds of bench/generate.py (first match wins).
KINDS = [
    ("unknown code system", re.compile(r"code\.system: '[^']*' is not one of")),
    ("invalid JSON", re.compile(r": invalid JSON: ")),
    ("impossible date", re.compile(r": invalid date ")),
    ("unknown field", re.compile(r": unknown field \(not part of the record format\)")),
    ("not an object", re.compile(r": a patient record is a JSON object")),
    ("repeated id", re.compile(r": id: patient id '[^']*' already appeared")),
    ("not a number", re.compile(r" is not a number a record can hold")),
    ("implausible value", re.compile(r": (born |ECOG|the .* cannot be negative)")),
    ("wrong type", re.compile(r": (sex: .* is not one of|id: must not contain control characters)")),
]


def kind_of(message: str) -> str:
    return next((kind for kind, pattern in KINDS if pattern.search(message)), "other")


@dataclass
class Run:
    exit: int
    seconds: float
    records: int
    evaluated: int
    rejected: int
    written: int
    by_kind: Counter[str]
    rss_main: float
    rss_worker: float


def run(cohort: Path, out: Path, jobs: str | None) -> Run:
    command = [sys.executable, "-c", RUNNER, "eval", str(CRITERIA), str(cohort), "-o", str(out)]
    command += ["--jobs", jobs] if jobs else []
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    lines = done.stderr.splitlines()
    peak = next(line for line in lines if line.startswith("peak-rss-kib "))
    own, workers = (int(x) for x in peak.split()[1:])
    summary = next(line for line in lines if re.match(r"\d+ records?: ", line))
    numbers = [int(x) for x in re.findall(r"\d+", summary)]
    rejected = Counter(kind_of(line) for line in lines if line.startswith("rejected: "))
    with out.open("rb") as results:
        written = sum(1 for _ in results)
    return Run(
        done.returncode, elapsed, numbers[0], numbers[1], numbers[5], written, rejected, own / 1024, workers / 1024
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("counts", type=int, nargs="*", default=[100_000, 1_000_000])
    parser.add_argument("--broken", type=float, default=0.01)
    parser.add_argument("--jobs", nargs="*", default=["default", "1"], help="--jobs values ('default': none given)")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for count in sorted(args.counts):
            cohort = Path(folder) / f"cohort-{count}.jsonl"
            made = generate.write_cohort(count, cohort, seed=11, broken=args.broken)
            with cohort.open("rb") as lines:
                in_file = sum(1 for _ in lines)
            for jobs in args.jobs:
                result = run(cohort, Path(folder) / "out.jsonl", None if jobs == "default" else jobs)
                rows.append((count, jobs, result))
                report(count, in_file, jobs, result, made)
    print(f"\n{'N':>10} {'--jobs':>8} {'seconds':>8} {'rejected':>9} {'main MiB':>9} {'worker MiB':>11}")
    for count, jobs, result in rows:
        print(
            f"{count:>10,} {jobs:>8} {result.seconds:>8.1f} {result.rejected:>9,} "
            f"{result.rss_main:>9.1f} {result.rss_worker:>11.1f}"
        )


def report(count: int, lines: int, jobs: str, result: Run, made: Counter[str]) -> None:
    print(f"\nN = {count:,} ({lines:,} lines), --jobs {jobs}: exit {result.exit}")
    print(f"  records read {result.records:,}, evaluated {result.evaluated:,} ", end="")
    print(f"(results written: {result.written:,}), rejected {result.rejected:,}")
    print(f"  {'rejected by kind':<22} {'reported':>9} {'generated':>9}")
    for kind in sorted(set(result.by_kind) | set(made)):
        print(f"  {kind:<22} {result.by_kind.get(kind, 0):>9,} {made.get(kind, 0):>9,}")
    total = result.evaluated + result.rejected
    agree = total == count == result.records == lines and result.written == result.evaluated and result.by_kind == made
    print(f"  sum check: {result.evaluated:,} + {result.rejected:,} = {total:,} (N = {count:,}): ", end="")
    print("ok" if agree else "MISMATCH")
    print(f"  {result.seconds:.1f} s; peak RSS: main process {result.rss_main:.1f} MiB, ", end="")
    print(f"largest worker {result.rss_worker:.1f} MiB")


if __name__ == "__main__":
    main()
