"""The benchmark's yardsticks mean what the criteria mean.

``bench/handwritten.py`` holds NCT05238363 written by hand in Python and in DuckDB SQL; the
benchmark compares Eligo's speed with theirs, which is only fair if they answer the same. On a
generated cohort (boundary dates, partial birth dates, missing fields, uncollected lists) every
patient's verdict from the hand-written Python equals the evaluator's, and the hand-written
query's counts equal both.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import duckdb
import msgspec
import pytest

import eligo
from eligo.sources.reader import Loaded, read_patients
from eligo.sql.layout import load_duckdb, write_parquet
from eligo.sql.screen import connect

from .conftest import CRITERIA, bench_module


@pytest.fixture(scope="module")
def cohort(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("bench") / "cohort.jsonl"
    bench_module("generate").write_cohort(3000, path, seed=5)
    return path


def test_hand_written_python_agrees_with_the_evaluator_patient_by_patient(cohort: Path) -> None:
    handwritten = bench_module("handwritten")
    trial = eligo.load(CRITERIA / "nct05238363.elig")
    lines = cohort.read_bytes().splitlines()
    items = list(read_patients(cohort))
    assert len(items) == len(lines) == 3000
    disagreements = []
    for item, line in zip(items, lines, strict=True):
        assert isinstance(item, Loaded)
        ours = trial.evaluate(item.patient, explain=False).verdict
        theirs = handwritten.screen(msgspec.json.decode(line))
        if ours != theirs:
            disagreements.append((item.patient.id, ours, theirs))
    assert disagreements == []
    verdicts = Counter(trial.evaluate(i.patient, explain=False).verdict for i in items if isinstance(i, Loaded))
    assert handwritten.screen_file(cohort) == verdicts
    assert set(verdicts) == {"eligible", "ineligible", "undetermined"}  # the cohort exercises every verdict


def test_hand_written_duckdb_query_agrees_with_the_evaluator(cohort: Path, tmp_path: Path) -> None:
    handwritten = bench_module("handwritten")
    trial = eligo.load(CRITERIA / "nct05238363.elig")
    patients = [i.patient for i in read_patients(cohort) if isinstance(i, Loaded)]
    with duckdb.connect(":memory:") as con:
        load_duckdb(con, patients)
        write_parquet(con, tmp_path / "parquet")
    with connect(tmp_path / "parquet") as con:
        counts = Counter(dict(con.execute(handwritten.QUERY).fetchall()))
    assert counts == Counter(trial.evaluate(p, explain=False).verdict for p in patients)
