"""The screening benchmark: Eligo's back ends against hand-written yardsticks.

    python bench/run.py                       # N = 100,000 and 1,000,000 (about 15 minutes)
    python bench/run.py --sizes 20000         # a quick look
    python bench/run.py --skip-evidence       # leave out the slowest contender

For each N it writes a synthetic cohort (``bench/generate.py``) as JSON Lines, imports it into
Parquet (``eligo import``), then runs every contender in a fresh process, so that each peak
memory is its own, and prints patients per second, peak memory and the verdict counts:

- ``eligo evaluate, evidence``: the Python evaluator with full evidence (``explain=True``);
- ``eligo evaluate, outcomes``: the Python evaluator with outcomes only, on every core;
- ``eligo SQL on DuckDB``: the compiled query, end to end from Parquet (compiling included);
- ``hand-written Python`` and ``hand-written DuckDB``: ``bench/handwritten.py`` and
  ``bench/handwritten_sql.py``, the same criteria written by hand for this one trial: the
  yardsticks.

Every contender reads its input from disk: the Python ones the JSON Lines file, the DuckDB
ones the Parquet files. The run fails (exit 1) if any two contenders disagree on the counts.
Peak memory of a contender that uses worker processes is its main process plus its largest
worker times the number of workers (an upper bound).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CRITERIA = ROOT / "criteria" / "nct05238363.elig"
CONTENDERS = {
    "evidence": "eligo evaluate, evidence",
    "outcomes": "eligo evaluate, outcomes",
    "sql": "eligo SQL on DuckDB",
    "hand-python": "hand-written Python",
    "hand-duckdb": "hand-written DuckDB",
}
RATIOS = (("outcomes", "hand-python", 0.5), ("sql", "hand-duckdb", 0.7))


# --------------------------------------------------------------------------- one contender
def run_one(contender: str, cohort: Path, parquet: Path, jobs: int) -> dict[str, Any]:
    """Run one contender in this process; return its counts and the workers it used."""
    import handwritten  # bench/, beside this script

    import eligo

    workers = 0
    if contender == "hand-python":
        counts = handwritten.screen_file(cohort)
    elif contender == "hand-duckdb":
        import handwritten_sql  # bench/, beside this script

        from eligo.sql.screen import connect

        with connect(parquet) as con:
            counts = Counter(dict(con.execute(handwritten_sql.QUERY).fetchall()))
    elif contender == "sql":
        from sqlglot import exp

        from eligo.sql.compile import compile_program
        from eligo.sql.screen import connect

        per_patient = compile_program(eligo.load(CRITERIA).program).subquery("screened")
        query = exp.select("verdict", exp.func("count", exp.Star())).from_(per_patient).group_by("verdict")
        with connect(parquet) as con:
            counts = Counter(dict(con.execute(query.sql(dialect="duckdb")).fetchall()))
    elif contender == "evidence":
        from eligo.sources.reader import Loaded, read_patients

        trial = eligo.load(CRITERIA)
        counts = Counter(
            r.verdict
            for r in trial.evaluate_many(
                (i.patient for i in read_patients(cohort) if isinstance(i, Loaded)), explain=True
            )
        )
    elif contender == "outcomes":
        from eligo.evaluate.batch import screen_file

        trial = eligo.load(CRITERIA)
        counts = Counter(r.verdict for r in screen_file(trial.program, cohort, jobs=jobs) if r.verdict)
        workers = jobs
    else:
        raise SystemExit(f"unknown contender {contender}")
    return {"counts": dict(counts), "workers": workers}


def measure(contender: str, cohort: Path, parquet: Path, jobs: int) -> dict[str, Any]:
    """Run a contender in a fresh process and time it from the outside."""
    command = [sys.executable, __file__, "--one", contender, str(cohort), str(parquet), "--jobs", str(jobs)]
    start = time.perf_counter()
    cpu_before = os.times()
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    cpu_after = os.times()
    report = json.loads(done.stdout.strip().splitlines()[-1])
    cpu = (cpu_after.children_user - cpu_before.children_user) + (
        cpu_after.children_system - cpu_before.children_system
    )
    report.update(seconds=elapsed, cores=cpu / elapsed)
    return report


def _child_main(contender: str, cohort: Path, parquet: Path, jobs: int) -> None:
    report = run_one(contender, cohort, parquet, jobs)
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    report["peak_mib"] = (own + children * report["workers"]) / 1024
    print(json.dumps(report))


# --------------------------------------------------------------------------- the table
def prepare(count: int, workdir: Path) -> tuple[Path, Path]:
    """The cohort as JSON Lines and as Parquet, written once per size and seed."""
    cohort = workdir / f"cohort-{count}.jsonl"
    parquet = workdir / f"parquet-{count}"
    import generate  # bench/, beside this script

    if not cohort.exists():
        print(f"writing {count:,} synthetic patients to {cohort} ...", flush=True)
        generate.write_cohort(count, cohort, seed=2026)
    if not (parquet / "patients.parquet").exists():
        print(f"importing them into {parquet} ...", flush=True)
        script = "import sys; from eligo.cli import main; sys.exit(main())"
        command = [sys.executable, "-c", script, "import", str(cohort), "--to", str(parquet)]
        subprocess.run(command, check=True)
    return cohort, parquet


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="worker processes (default: cores)")
    parser.add_argument("--workdir", type=Path, help="where cohorts are written (default: a temporary directory)")
    parser.add_argument("--skip-evidence", action="store_true", help="leave out the evaluator with evidence")
    parser.add_argument("--contenders", nargs="+", choices=list(CONTENDERS), default=list(CONTENDERS))
    parser.add_argument("--one", nargs=3, metavar=("CONTENDER", "COHORT", "PARQUET"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        _child_main(args.one[0], Path(args.one[1]), Path(args.one[2]), args.jobs)
        return 0

    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="eligo-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    contenders = [c for c in args.contenders if not (args.skip_evidence and c == "evidence")]
    print(f"{os.cpu_count()} cores; NCT05238363; jobs={args.jobs}; work directory {workdir}")
    agree = True
    rows: list[tuple[int, str, dict[str, Any]]] = []
    for count in args.sizes:
        cohort, parquet = prepare(count, workdir)
        for contender in contenders:
            rows.append((count, contender, measure(contender, cohort, parquet, args.jobs)))
            print(_line(*rows[-1]), flush=True)
        sizes = {json.dumps(r["counts"], sort_keys=True) for n, _, r in rows if n == count}
        agree = agree and len(sizes) == 1
        print(f"N={count:,}: counts {'agree' if len(sizes) == 1 else 'DISAGREE: ' + ' | '.join(sorted(sizes))}\n")
    _print_table(rows)
    return 0 if agree else 1


def _line(count: int, contender: str, r: dict[str, Any]) -> str:
    counts = r["counts"]
    shown = ", ".join(f"{counts.get(v, 0)} {v}" for v in ("eligible", "ineligible", "undetermined"))
    return (
        f"{count:>10,}  {CONTENDERS[contender]:<26} {r['seconds']:>8.2f} s {count / r['seconds']:>11,.0f} /s "
        f"{r['peak_mib']:>8.0f} MiB  {r['cores']:>4.1f} cores   {shown}"
    )


def _print_table(rows: list[tuple[int, str, dict[str, Any]]]) -> None:
    header = f"{'N':>10}  {'contender':<26} {'wall':>10} {'patients/s':>13} {'peak RSS':>12}  {'CPU':>10}   verdicts"
    print(header)
    print("-" * len(header))
    for row in rows:
        print(_line(*row))
    print()
    seconds = {(n, c): r["seconds"] for n, c, r in rows}
    for count in sorted({n for n, _, _ in rows}):
        for ours, yardstick, target in RATIOS:
            if (count, ours) in seconds and (count, yardstick) in seconds:
                ratio = seconds[(count, yardstick)] / seconds[(count, ours)]
                verdict = "meets" if ratio >= target else "BELOW"
                print(
                    f"N={count:>9,}: {CONTENDERS[ours]} runs at {ratio:.2f}x the throughput of "
                    f"{CONTENDERS[yardstick]} (target {target}x: {verdict})"
                )


if __name__ == "__main__":
    sys.exit(main())
