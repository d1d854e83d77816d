"""Output lines formatted by worker processes are the writers' lines, byte for byte."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import eligo
from eligo.evaluate.outcomes.closures import OUTCOMES, CompiledCriteria
from eligo.evaluate.output import CsvWriter, JsonLinesWriter, TableWriter, header
from eligo.evaluate.rows import FORMATS, row_format
from eligo.language.program import Program

from .test_fast_closures import PROGRAMS

IDS = st.text(min_size=1, max_size=20) | st.sampled_from(["P1", "S0000001", 'a "quoted", id', "é😀", "x" * 30, "a\\b"])


def written(fmt: str, program: Program, patient_id: str, outcomes: tuple[Any, ...]) -> str:
    """What ``eligo eval`` wrote for this result before: the writer, given the evaluator's result."""
    compiled = CompiledCriteria(program)
    result = compiled.result(patient_id, outcomes, compiled.verdict(outcomes))
    stream = io.StringIO()
    writer: Any = {"csv": CsvWriter, "table": TableWriter}[fmt](stream, program) if fmt != "jsonl" else None
    header = stream.getvalue()
    writer = writer or JsonLinesWriter(stream, explain=False)
    writer.write(result)
    return stream.getvalue()[len(header) :]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("name", ["nct05238363", "every_construct"])
def test_rows_are_the_writers_lines(fmt: str, name: str) -> None:
    program = PROGRAMS[name]
    compiled = CompiledCriteria(program)
    row = row_format(fmt, program)

    @settings(max_examples=60, deadline=None)
    @given(IDS, st.lists(st.sampled_from(OUTCOMES), min_size=len(program.criteria), max_size=len(program.criteria)))
    def same(patient_id: str, outcomes: list[Any]) -> None:
        key = tuple(outcomes)
        assert row(patient_id, compiled.verdict(key), key) == written(fmt, program, patient_id, key)
        assert row(patient_id, compiled.verdict(key), key) == written(fmt, program, patient_id, key)  # remembered

    same()


def test_an_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown format"):
        row_format("xml", PROGRAMS["nct05238363"])


SMALL = eligo.check(
    eligo.parse_text(
        'trial NCT00000001 "T"\ninclude I1 "Woman"\n  sex is female\nexclude EXCLUSION9 "Man"\n  sex is male\n'
    )
)


def test_the_formats_are_the_documented_ones() -> None:
    """The lines both the writers and the workers make: JSON Lines is ``json.dumps`` of the
    result's four fields (default separators, non-ASCII kept), CSV is the csv module's row with a
    header, the table pads each criterion's column to its id (at least 7) and cuts a long id."""
    fingerprint = SMALL.fingerprint
    for patient_id in ("P1", 'a "b", c', "é😀\\"):
        data = {"patient_id": patient_id, "verdict": "ineligible", "criteria": {"I1": "unknown", "EXCLUSION9": "met"},
                "fingerprint": fingerprint}  # fmt: skip
        assert row_format("jsonl", SMALL)(patient_id, "ineligible", ("unknown", "met")) == (
            json.dumps(data, ensure_ascii=False) + "\n"
        )
        expected_csv = io.StringIO()
        csv.writer(expected_csv, lineterminator="\n").writerow(
            [patient_id, "ineligible", "unknown", "met", fingerprint]
        )
        assert row_format("csv", SMALL)(patient_id, "ineligible", ("unknown", "met")) == expected_csv.getvalue()
    assert header("jsonl", SMALL) == ""
    assert header("csv", SMALL) == "patient_id,verdict,I1,EXCLUSION9,fingerprint\n"
    assert header("table", SMALL) == "patient      verdict       I1      EXCLUSION9\n"
    table = row_format("table", SMALL)
    assert (
        table("P1234567890123", "undetermined", ("unknown", "not_met"))
        == "P1234567890… undetermined  ?       not met\n"
    )
    assert table("P1", "ineligible", ("not_applicable", "met")) == "P1           ineligible    n/a     met\n"
