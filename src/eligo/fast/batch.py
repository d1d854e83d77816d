"""Screening a file of patient records on every core: outcomes and verdicts, in input order.

A JSON Lines file (``.jsonl``, ``.ndjson``) is cut into byte ranges that start at line starts;
worker processes each read their own ranges from the file (no line is sent to a worker),
decode the lines with :mod:`eligo.fast.decode`, hand any line it does not take to the pydantic
reader (so a bad record is reported exactly as :func:`eligo.reader.read_patients` reports it),
and screen the patients with the closures of :mod:`eligo.fast.closures`. Results come back in
input order with their line numbers; the checks that span the whole input (a repeated patient
id) are made here, in order, as the reader makes them. Only a few ranges are in flight at a
time, so memory does not grow with the number of patients.

Any other input (a JSON array, a single record, a directory) is read by the reader, in this
process, and screened with the same closures.

>>> from eligo.load import load_program
>>> program = load_program("criteria/nct05238363.elig")              # doctest: +SKIP
>>> for item in screen_file(program, "cohort.jsonl", jobs=2):        # doctest: +SKIP
...     print(item.line, item.patient_id, item.verdict or item.problem.render())
"""

from __future__ import annotations

import collections
import dataclasses
import gc
import io
import multiprocessing
import os
import signal
import threading
from collections.abc import Iterator, Mapping
from multiprocessing.pool import AsyncResult, Pool
from pathlib import Path
from typing import IO, Any, NamedTuple

from eligo import reader
from eligo.errors import RecordProblem, UsageError
from eligo.fast.closures import CompiledCriteria
from eligo.fast.decode import decode
from eligo.fast.rows import RowFormat, row_format
from eligo.plausibility import at_index_dates
from eligo.program import Program
from eligo.reader import SeenIds, read_patients, record_problem
from eligo.results import Outcome, Verdict
from eligo.temporal import DateLike

__all__ = ["RANGE_BYTES", "Screened", "screen_file"]

#: The size of the byte ranges a JSON Lines file is cut into (a few thousand records).
RANGE_BYTES = 4 << 20

_LINES_SUFFIXES = (".jsonl", ".ndjson")


class Screened(NamedTuple):
    """One input record: screened (a verdict and each criterion's outcome) or rejected (a problem)."""

    source: str
    line: int
    patient_id: str | None
    verdict: Verdict | None
    """``None`` when the record was rejected."""
    outcomes: tuple[Outcome, ...]
    """Each criterion's outcome in program order; empty when the record was rejected."""
    problem: RecordProblem | None = None
    text: str | None = None
    """The output line, when a format was asked for."""


# What a range of lines gives back: for each record, its line within the range (1-based) and
# either ("s", patient id, outcomes, verdict, text) or ("p", patient id, problem, loaded); a
# problem of a loaded record (a birth after a run's index date) still counts for repeated ids.
_Item = tuple[Any, ...]


def screen_file(
    program: Program | CompiledCriteria,
    path: str | Path,
    *,
    jobs: int | None = None,
    index_dates: Mapping[str, DateLike] | None = None,
    unique_ids: bool = True,
    fmt: str | None = None,
    range_bytes: int | None = None,
) -> Iterator[Screened]:
    """Every record of ``path``, screened or rejected, in input order, as
    ``read_patients(path, index_dates=..., unique_ids=...)`` and the evaluator without evidence
    would give them. A JSON Lines file is screened in ``jobs`` worker processes (default: one per
    core; ``1`` screens in this process); ``fmt`` (``jsonl``, ``csv`` or ``table``) adds each
    result's output line. A JSON Lines file is cut into ranges of about ``range_bytes`` (default
    :data:`RANGE_BYTES`). Raises :class:`~eligo.errors.UsageError` and
    :class:`~eligo.errors.InputError` as the reader does."""
    compiled = program if isinstance(program, CompiledCriteria) else CompiledCriteria(program)
    source = os.fspath(path)
    dates = dict(index_dates or {})
    if not (Path(source).is_file() and source.lower().endswith(_LINES_SUFFIXES)):
        return _sequential(compiled, source, dates, unique_ids, fmt)
    workers = max(1, jobs if jobs is not None else os.cpu_count() or 1)
    return _lines(compiled, source, dates, unique_ids, fmt, workers, range_bytes or RANGE_BYTES)


def _sequential(
    compiled: CompiledCriteria, source: str, dates: dict[str, DateLike], unique_ids: bool, fmt: str | None
) -> Iterator[Screened]:
    items = read_patients(source, index_dates=dates, unique_ids=unique_ids)
    row = row_format(fmt, compiled.program) if fmt else None
    for item in items:
        if isinstance(item, RecordProblem):
            yield Screened(item.source, item.line, item.patient_id, None, (), item)
            continue
        patient = item.patient
        outcomes, verdict = compiled.screen(patient, dates)
        text = row(patient.id, verdict, outcomes) if row else None
        yield Screened(item.source, item.line, patient.id, verdict, outcomes, None, text)


def _lines(
    compiled: CompiledCriteria,
    source: str,
    dates: dict[str, DateLike],
    unique_ids: bool,
    fmt: str | None,
    workers: int,
    range_bytes: int,
) -> Iterator[Screened]:
    ranges = _ranges(source, range_bytes)
    first = next(ranges, None)
    if first is None:
        return
    seen = SeenIds() if unique_ids else None
    line = 0
    state = _State(compiled, source, dates, fmt)
    for count, items in _results(state, first, ranges, workers):
        yield from _merged(items, source, line, seen)
        line += count


def _results(
    state: _State, first: tuple[int, int], ranges: Iterator[tuple[int, int]], workers: int
) -> Iterator[tuple[int, list[_Item]]]:
    """(lines read, items) for each range in order: here, or on ``workers`` processes with a few
    ranges in flight each."""
    if workers == 1:
        for start, end in (first, *ranges):
            yield state.screen(start, end)
        return
    second = next(ranges, None)
    if second is None:  # one range: not worth starting a process
        yield state.screen(*first)
        return
    with _pool(state, workers) as pool:
        pending: collections.deque[AsyncResult[tuple[int, list[_Item]]]] = collections.deque()
        for span in _chain(first, second, ranges):
            pending.append(pool.apply_async(_screen_range, span))
            if len(pending) >= 2 * workers:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()


def _chain(
    first: tuple[int, int], second: tuple[int, int], rest: Iterator[tuple[int, int]]
) -> Iterator[tuple[int, int]]:
    yield first
    yield second
    yield from rest


def _merged(items: list[_Item], source: str, base: int, seen: SeenIds | None) -> Iterator[Screened]:
    """The items of one range with their lines in the file, and repeated ids found in input order
    (as ``read_patients`` finds them: every record's id counts, only a loaded record is rejected)."""
    for number, kind, patient_id, *rest in items:
        line = base + number
        loaded = kind == "s" or rest[1]
        if seen is not None and patient_id is not None:
            first = seen.add(patient_id, source, line)
            if first is not None and loaded:
                message = seen.message(patient_id, first, source)
                yield Screened(
                    source, line, patient_id, None, (), RecordProblem(source, line, patient_id, "id", message)
                )
                continue
        if kind == "s":
            outcomes, verdict, text = rest
            yield Screened(source, line, patient_id, verdict, outcomes, None, text)
        else:
            problem: RecordProblem = rest[0]
            yield Screened(source, line, patient_id, None, (), dataclasses.replace(problem, line=line))


def _ranges(source: str, size: int) -> Iterator[tuple[int, int]]:
    """Byte ranges of the file that start at line starts, about ``size`` bytes each; the text starts
    after a UTF-8 byte order mark (and a UTF-16 or UTF-32 file is refused) as the reader has it."""
    with _open(source) as file:
        start, first = reader._sniff(file, source)
        if first < 0:  # nothing but blanks
            return
        end = file.seek(0, io.SEEK_END)
        while start < end:
            stop = _line_start_after(file, start + size) if start + size < end else end
            yield start, stop
            start = stop


def _line_start_after(file: IO[bytes], offset: int) -> int:
    """The first line start at or after ``offset``."""
    file.seek(offset - 1)
    while True:
        piece = file.readline(reader.CHUNK_SIZE)
        if not piece or piece.endswith(b"\n"):
            return file.tell()


def _open(source: str) -> IO[bytes]:
    try:
        return open(source, "rb", buffering=reader.BUFFER_SIZE)
    except OSError as error:
        raise UsageError(f"{source}: cannot read: {error.strerror or error}") from None


class _State:
    """What screening a range needs: here, or once per worker process."""

    def __init__(self, compiled: CompiledCriteria, source: str, dates: dict[str, DateLike], fmt: str | None) -> None:
        self.compiled = compiled
        self.source = source
        self.dates = dates
        self.fmt = fmt
        self.row: RowFormat | None = row_format(fmt, compiled.program) if fmt else None

    def screen(self, start: int, end: int) -> tuple[int, list[_Item]]:
        """The records of the lines in ``[start, end)``: how many lines, and an item per record."""
        collecting = gc.isenabled()
        gc.disable()  # screening makes no cycles; collections would walk every object for nothing
        try:
            with _open(self.source) as file:
                file.seek(start)
                return self._lines(file, end - start)
        finally:
            if collecting:
                gc.enable()

    def _lines(self, file: IO[bytes], size: int) -> tuple[int, list[_Item]]:
        readline, source = file.readline, self.source
        items: list[_Item] = []
        number = done = 0
        while done < size:
            limit = reader.MAX_RECORD_BYTES
            line = readline(limit + 1)
            if not line:
                break
            number += 1
            done += len(line)
            if len(line) > limit and not line.endswith(b"\n"):
                while line and not line.endswith(b"\n"):
                    line = readline(reader.CHUNK_SIZE)
                    done += len(line)
                items.append((number, "p", None, RecordProblem(source, number, None, "", reader._too_large()), False))
                continue
            patient: Any = decode(line)
            if patient is None:  # the reader judges it, and words any problem
                found = next(reader._read_lines(io.BytesIO(line), source), None)
                if found is None:  # a blank line
                    continue
                if isinstance(found, RecordProblem):
                    items.append((number, "p", found.patient_id, found, False))
                    continue
                patient = found.patient
            items.append(self._screened(number, patient))
        return number, items

    def _screened(self, number: int, patient: Any) -> _Item:
        dates = self.dates
        if dates:
            issues = at_index_dates(patient, dates)
            if issues:
                return (number, "p", patient.id, record_problem(self.source, number, patient.id, issues), True)
        outcomes, verdict = self.compiled.screen(patient, dates)
        text = self.row(patient.id, verdict, outcomes) if self.row is not None else None
        return (number, "s", patient.id, outcomes, verdict, text)


# --- worker processes ------------------------------------------------------------------------

_WORKER: _State | None = None


def _start_worker(
    state: _State | None, program: Program, source: str, dates: dict[str, DateLike], fmt: str | None, limit: int
) -> None:
    """A forked worker inherits the state, compiled and warm; a spawned one compiles it again, and
    takes the size limit of records the reader has in the main process. Ctrl-C reaches every
    process of the terminal's group: a worker ignores it, and the main process, which stops the
    run, ends the workers."""
    global _WORKER
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if state is None:
        reader.MAX_RECORD_BYTES = limit
        state = _State(CompiledCriteria(program), source, dates, fmt)
    _WORKER = state
    gc.freeze()  # what the worker inherited or built stays out of collections


def _screen_range(start: int, end: int) -> tuple[int, list[_Item]]:
    assert _WORKER is not None
    return _WORKER.screen(start, end)


def _pool(state: _State, workers: int) -> Pool:
    method = _start_method()
    inherited = state if method == "fork" else None  # closures do not pickle: others get the program
    initargs = (inherited, state.compiled.program, state.source, state.dates, state.fmt, reader.MAX_RECORD_BYTES)
    return multiprocessing.get_context(method).Pool(workers, initializer=_start_worker, initargs=initargs)


def _start_method() -> str:
    """``fork`` (workers start at once, with the compiled criteria) where the platform has it and
    this process runs no other thread (forking a threaded process can deadlock); else a fresh
    interpreter per worker."""
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return "fork"
    return "forkserver" if "forkserver" in methods else "spawn"
