"""One screening result as a line of ``eligo eval`` output, from its parts (id, verdict, outcomes).

Worker processes format their own results: the text is the one :mod:`eligo.output`'s writers
write for the :class:`~eligo.results.PatientResult` the evaluator gives without evidence (JSON
Lines, CSV or the table), byte for byte (``tests/test_fast_rows.py`` checks it), without
building that result. The part of a line that depends on the outcomes alone is remembered per
combination of outcomes.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable

from eligo.output import SYMBOLS, TableWriter
from eligo.program import Program
from eligo.results import Outcome, Verdict

__all__ = ["FORMATS", "RowFormat", "row_format"]

#: (patient id, verdict, outcomes in program order) -> the output line, newline included
RowFormat = Callable[[str, Verdict, tuple[Outcome, ...]], str]
FORMATS = ("jsonl", "csv", "table")
_REMEMBERED = 1 << 12


def row_format(fmt: str, program: Program) -> RowFormat:
    """How results are written in ``fmt`` (``jsonl`` without evidence, ``csv`` or ``table``)."""
    if fmt == "jsonl":
        return _json_lines(program)
    if fmt == "csv":
        return _csv(program)
    if fmt == "table":
        return _table(program)
    raise ValueError(f"unknown format {fmt!r}")


def _json_lines(program: Program) -> RowFormat:
    """``JsonLinesWriter`` without evidence: ``json.dumps`` of patient_id, verdict, criteria and
    fingerprint, with the default separators."""
    ids = [c.id for c in program.criteria]
    tail = ', "fingerprint": ' + json.dumps(program.fingerprint, ensure_ascii=False) + "}\n"
    middles: dict[tuple[Outcome, ...], str] = {}
    dumps = json.dumps

    def line(patient_id: str, verdict: Verdict, outcomes: tuple[Outcome, ...]) -> str:
        middle = middles.get(outcomes)
        if middle is None:
            criteria = dumps(dict(zip(ids, outcomes, strict=True)), ensure_ascii=False)
            middle = f', "verdict": {dumps(verdict)}, "criteria": {criteria}'
            if len(middles) < _REMEMBERED:
                middles[outcomes] = middle
        return '{"patient_id": ' + dumps(patient_id, ensure_ascii=False) + middle + tail

    return line


def _csv(program: Program) -> RowFormat:
    """``CsvWriter``: patient_id, verdict, each outcome, fingerprint, through the csv module."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    fingerprint = program.fingerprint

    def line(patient_id: str, verdict: Verdict, outcomes: tuple[Outcome, ...]) -> str:
        writer.writerow([patient_id, verdict, *outcomes, fingerprint])
        text = buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        return text

    return line


def _table(program: Program) -> RowFormat:
    """``TableWriter``'s row, with the writer's own column widths."""
    probe = TableWriter(io.StringIO(), program)
    width, columns = probe.width, probe.columns
    cells_of: dict[tuple[Outcome, ...], str] = {}

    def line(patient_id: str, verdict: Verdict, outcomes: tuple[Outcome, ...]) -> str:
        cells = cells_of.get(outcomes)
        if cells is None:
            cells = " ".join(SYMBOLS[o].ljust(w) for o, w in zip(outcomes, columns, strict=True))
            if len(cells_of) < _REMEMBERED:
                cells_of[outcomes] = cells
        patient = patient_id if len(patient_id) <= width else patient_id[: width - 1] + "…"
        return f"{patient:<{width}} {verdict:<13} {cells}".rstrip() + "\n"

    return line
