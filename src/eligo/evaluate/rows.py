"""One screening result as a line of ``eligo eval`` output, from its parts (id, verdict, outcomes).

Worker processes format their own results, with the line makers of :mod:`eligo.evaluate.output` that the
writers use (:func:`~eligo.evaluate.output.json_line`'s parts, :class:`~eligo.evaluate.output.CsvFormat`,
:class:`~eligo.evaluate.output.TableFormat`), so the text is the one the writers write for the
:class:`~eligo.evaluate.results.PatientResult` the evaluator gives without evidence
(``tests/test_fast_rows.py`` checks it byte for byte), without building that result. What this
module adds is memory: the part of a line that depends on the outcomes alone is remembered per
combination of outcomes.
"""

from __future__ import annotations

from collections.abc import Callable

from eligo.evaluate.output import FORMATS, CsvFormat, TableFormat, json_end, json_middle, json_start
from eligo.evaluate.results import Outcome, Verdict
from eligo.language.program import Program

__all__ = ["FORMATS", "RowFormat", "row_format"]

#: (patient id, verdict, outcomes in program order) -> the output line, newline included
RowFormat = Callable[[str, Verdict, tuple[Outcome, ...]], str]
_REMEMBERED = 1 << 12


def row_format(fmt: str, program: Program) -> RowFormat:
    """How results are written in ``fmt`` (``jsonl`` without evidence, ``csv`` or ``table``)."""
    if fmt == "jsonl":
        return _json_lines(program)
    if fmt == "csv":
        return CsvFormat(program).line
    if fmt == "table":
        return _table(program)
    raise ValueError(f"unknown format {fmt!r}")


def _json_lines(program: Program) -> RowFormat:
    """:func:`~eligo.evaluate.output.json_line`, with its middle part remembered per outcomes."""
    ids = [c.id for c in program.criteria]
    end = json_end(program.fingerprint)
    middles: dict[tuple[Outcome, ...], str] = {}

    def line(patient_id: str, verdict: Verdict, outcomes: tuple[Outcome, ...]) -> str:
        middle = middles.get(outcomes)
        if middle is None:
            middle = json_middle(verdict, zip(ids, outcomes, strict=True))
            if len(middles) < _REMEMBERED:
                middles[outcomes] = middle
        return json_start(patient_id) + middle + end

    return line


def _table(program: Program) -> RowFormat:
    """:meth:`~eligo.evaluate.output.TableFormat.line`, with the criteria's cells remembered per outcomes."""
    table = TableFormat(program)
    cells_of: dict[tuple[Outcome, ...], str] = {}

    def line(patient_id: str, verdict: Verdict, outcomes: tuple[Outcome, ...]) -> str:
        cells = cells_of.get(outcomes)
        if cells is None:
            cells = table.cells(outcomes)
            if len(cells_of) < _REMEMBERED:
                cells_of[outcomes] = cells
        return table.line(patient_id, verdict, outcomes, cells)

    return line
