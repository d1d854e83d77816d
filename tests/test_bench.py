"""The benchmark's yardsticks mean what the criteria mean.

``bench/handwritten.py`` and ``bench/handwritten_sql.py`` hold NCT05238363 written by hand in
Python and in DuckDB SQL; the benchmark compares Eligo's speed with theirs, which is only fair if
they answer the same. On a generated cohort (boundary dates, partial birth dates, missing fields, uncollected lists, codes of
systems the value sets list no codes of, two results on one day, durations in UCUM's spellings)
every patient's answer to every criterion, and so its verdict, from the hand-written Python and
from the hand-written query equals the evaluator's, and so do the verdict counts.
"""

from __future__ import annotations

import io
import json
from collections import Counter
from pathlib import Path
from typing import Any

import duckdb
import pytest

import eligo
from eligo.documents.summary import CohortSummary
from eligo.evaluate.output import JsonLinesWriter
from eligo.evaluate.results import PatientResult
from eligo.sources.reader import Loaded, read_patients
from eligo.sql.layout import load_duckdb, write_parquet
from eligo.sql.screen import connect

from .conftest import CRITERIA, bench_module

#: A criterion's outcome as the yardsticks answer it (an inclusion that does not apply is met).
TRUTH = {"met": True, "not_met": False, "unknown": None, "not_applicable": True}


@pytest.fixture(scope="module")
def cohort(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("bench") / "cohort.jsonl"
    bench_module("generate").write_cohort(3000, path, seed=5)
    return path


@pytest.fixture(scope="module")
def results(cohort: Path) -> dict[str, PatientResult]:
    trial = eligo.load(CRITERIA / "nct05238363.elig")
    items = list(read_patients(cohort, program=trial.program))
    assert len(items) == 3000 and all(isinstance(i, Loaded) for i in items)
    return {i.patient.id: trial.evaluate(i.patient, explain=False) for i in items if isinstance(i, Loaded)}


def answers(result: PatientResult) -> tuple[bool | None, ...]:
    return tuple(TRUTH[result.outcome(c)] for c in bench_module("handwritten").CRITERIA)


def disagreements(results: dict[str, PatientResult], theirs: dict[str, tuple[Any, ...]]) -> list[tuple[str, str]]:
    """(patient, criterion) where the yardstick's answer is not the evaluator's."""
    criteria = bench_module("handwritten").CRITERIA
    assert set(theirs) == set(results)
    return [
        (pid, c)
        for pid, result in results.items()
        for c, ours, other in zip(criteria, answers(result), theirs[pid], strict=True)
        if ours != other
    ]


def test_the_cohort_has_the_cases_the_semantics_care_about(cohort: Path, results: dict[str, PatientResult]) -> None:
    records = [json.loads(line) for line in cohort.read_text().splitlines()]
    systems = Counter(
        (kind, r["code"]["system"]) for p in records for kind in ("conditions", "medications", "observations")
        for r in p.get(kind) or ()
    )  # fmt: skip
    assert systems[("conditions", "SNOMED")] and systems[("medications", "RXNORM")]
    assert systems[("observations", "SNOMED")]
    same_day = sum(
        any(
            a["date"] == b["date"] and a["value"] != b["value"]
            for i, a in enumerate(p.get("observations") or ())
            for b in (p.get("observations") or ())[i + 1 :]
        )
        for p in records
    )
    assert same_day >= 10
    units = Counter(a.get("unit") for p in records for a in p["attestations"].values())
    assert {"wk", "mo", "d", "a"} <= set(units)
    # every verdict, and every criterion's three answers, occur
    assert {r.verdict for r in results.values()} == {"eligible", "ineligible", "undetermined"}
    for index, criterion in enumerate(bench_module("handwritten").CRITERIA):
        seen = {answers(r)[index] for r in results.values()}
        assert seen == {True, False, None}, (criterion, seen)


def test_hand_written_python_agrees_with_the_evaluator_criterion_by_criterion(
    cohort: Path, results: dict[str, PatientResult]
) -> None:
    handwritten = bench_module("handwritten")
    theirs = {}
    for line in cohort.read_bytes().splitlines():
        patient = handwritten.decode(line)
        theirs[patient.id] = handwritten.outcomes(patient)
        assert handwritten.screen(patient) == results[patient.id].verdict
    assert disagreements(results, theirs) == []
    assert handwritten.screen_file(cohort) == Counter(r.verdict for r in results.values())


def test_hand_written_duckdb_query_agrees_with_the_evaluator(
    cohort: Path, results: dict[str, PatientResult], tmp_path: Path
) -> None:
    handwritten = bench_module("handwritten_sql")
    patients = [i.patient for i in read_patients(cohort) if isinstance(i, Loaded)]
    with duckdb.connect(":memory:") as con:
        load_duckdb(con, patients)
        write_parquet(con, tmp_path / "parquet")
    with connect(tmp_path / "parquet") as con:
        rows = con.execute(handwritten.SCREENED).fetchall()
        counts = Counter(dict(con.execute(handwritten.QUERY).fetchall()))
    assert disagreements(results, {row[0]: tuple(row[1:15]) for row in rows}) == []
    assert counts == Counter(r.verdict for r in results.values())


def test_hand_written_eval_writes_what_eligo_eval_writes(cohort: Path, tmp_path: Path) -> None:
    """``bench/yardsticks.py eval`` (on two workers, as the benchmark runs it) writes the bytes of
    the evaluator's JSON Lines results: every criterion's outcome, not applicable included."""
    yardsticks = bench_module("yardsticks")
    trial = eligo.load(CRITERIA / "nct05238363.elig")
    ours = io.StringIO()
    writer = JsonLinesWriter(ours, explain=False)
    for item in read_patients(cohort, program=trial.program):
        assert isinstance(item, Loaded)
        writer.write(trial.evaluate(item.patient, explain=False))
    theirs = io.StringIO()
    yardsticks.eval_file(cohort, theirs, trial.fingerprint, jobs=2)
    assert theirs.getvalue() == ours.getvalue()
    assert '"not_applicable"' in ours.getvalue()


def test_hand_written_screen_gives_eligo_screen_s_report_and_lines(
    cohort: Path, results: dict[str, PatientResult], tmp_path: Path
) -> None:
    """``bench/yardsticks.py screen``: the report's counts (verdicts, outcomes, funnel, alone
    excludes, the first patients by id) are the evaluator's, and its JSON Lines are its bytes."""
    yardsticks = bench_module("yardsticks")
    trial = eligo.load(CRITERIA / "nct05238363.elig")
    patients = [i.patient for i in read_patients(cohort) if isinstance(i, Loaded)]
    with duckdb.connect(":memory:") as con:
        load_duckdb(con, patients)
        write_parquet(con, tmp_path / "parquet")
    expected = CohortSummary(trial.program, row_limit=100)
    ordered = [results[pid] for pid in sorted(results)]
    expected.extend(ordered)
    with yardsticks.connect(tmp_path / "parquet") as con:
        found = yardsticks.summary(con, rows=100)
        lines = io.StringIO()
        yardsticks.screen_lines(con, lines, trial.fingerprint, batch=700)
    assert found["verdicts"] == dict(expected.verdicts)
    assert found["outcomes"] == {c: dict(counts) for c, counts in expected.outcomes.items()}
    assert found["funnel"] == [(s.criterion_id, s.removed, s.remaining, s.undetermined) for s in expected.funnel()[1:]]
    assert found["alone"] == expected.excluded_alone() and sum(found["alone"].values()) > 0
    assert found["rows"] == [(r.patient_id, r.verdict, r.deciding) for r in expected.rows]
    ours = io.StringIO()
    writer = JsonLinesWriter(ours, explain=False)
    for result in ordered:
        writer.write(result)
    assert lines.getvalue() == ours.getvalue()
