"""Output lines formatted by worker processes are the writers' lines, byte for byte."""

from __future__ import annotations

import io
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eligo.fast.closures import OUTCOMES, CompiledCriteria
from eligo.fast.rows import FORMATS, row_format
from eligo.output import CsvWriter, JsonLinesWriter, TableWriter
from eligo.program import Program

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
