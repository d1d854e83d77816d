"""Screening a file of patient records on every core: outcomes and verdicts, in input order.

A JSON Lines file (``.jsonl``, ``.ndjson``) is cut into byte ranges that start at line starts;
worker processes each read their own ranges from the file (no line is sent to a worker),
decode the lines with :mod:`eligo.sources.decode`, hand any line it does not take to the pydantic
reader (so a bad record is reported exactly as :func:`eligo.sources.reader.read_patients` reports it),
and screen the patients with the code :mod:`eligo.evaluate.outcomes.codegen` generates for the trial. Results come back in
input order with their line numbers; the checks that span the whole input (a repeated patient
id) are made here, in order, as the reader makes them. Only a few ranges are in flight at a
time, so memory does not grow with the number of patients.

Any other input (a JSON array, a single record, a directory) is read by the reader, in this
process, and screened with the same closures.

>>> from eligo.language.load import load_program
>>> program = load_program("criteria/nct05238363.elig")              # doctest: +SKIP
>>> for item in screen_file(program, "cohort.jsonl", jobs=2):        # doctest: +SKIP
...     print(item.line, item.patient_id, item.verdict or item.problem.render())
"""

from __future__ import annotations

import collections
import dataclasses
import gc
import io
import itertools
import json
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Generator, Iterator, Mapping
from multiprocessing.pool import AsyncResult, Pool
from pathlib import Path
from typing import IO, Any, NamedTuple

from eligo.errors import RecordProblem, UsageError
from eligo.evaluate.evidence import Evaluator
from eligo.evaluate.outcomes.closures import CompiledCriteria
from eligo.evaluate.outcomes.codegen import GeneratedCriteria
from eligo.evaluate.results import Outcome, Verdict
from eligo.evaluate.rows import RowFormat, row_format
from eligo.language.program import Program
from eligo.language.temporal import DateLike
from eligo.records.declared import Declared
from eligo.records.messages import record_problem
from eligo.records.plausibility import at_index_dates
from eligo.sources import reader
from eligo.sources.decode import decode
from eligo.sources.fhir.accounting import FhirReading
from eligo.sources.fhir.read import is_fhir_lines
from eligo.sources.reader import read_json_lines, read_patients, text_start
from eligo.sources.seen_ids import SeenIds

__all__ = ["RANGE_BYTES", "Screened", "default_jobs", "screen_file"]

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
    fhir: FhirReading | None = None,
    parameters: Mapping[str, str] | None = None,
    explain: bool = False,
) -> Iterator[Screened]:
    """Every record of ``path``, screened or rejected, in input order, as
    ``read_patients(path, index_dates=..., unique_ids=..., program=...)`` and the evaluator without evidence
    would give them. A JSON Lines file is screened in ``jobs`` worker processes (default:
    :func:`default_jobs`; ``1`` screens in this process), cut into ranges of about
    ``range_bytes`` (default :data:`RANGE_BYTES`); ``fmt`` (``jsonl``, ``csv`` or ``table``) adds
    each result's output line (a file of them starts with :func:`eligo.evaluate.output.header`). Raises
    :class:`~eligo.errors.UsageError` and :class:`~eligo.errors.InputError` as the reader does.
    FHIR (a Bulk export's NDJSON included) is read in this process, its accounting in ``fhir``.
    ``parameters`` are the run's per-enrolment parameters (checked), for records without their own.

    With ``explain``, each record is read by the pydantic reader and screened by the evidence
    evaluator, and ``text`` is its whole result as a line of JSON Lines (reasons, evidence, missing
    data: what ``eligo eval --explain`` writes); ``fmt`` is then ignored."""
    compiled = program if isinstance(program, CompiledCriteria) else GeneratedCriteria(program)
    source = os.fspath(path)
    dates = dict(index_dates or {})
    run = dict(parameters or {})
    if not (Path(source).is_file() and source.lower().endswith(_LINES_SUFFIXES)) or is_fhir_lines(Path(source)):
        return _sequential(compiled, source, dates, unique_ids, fmt, fhir, run, explain)
    workers = max(1, jobs if jobs is not None else default_jobs())
    return _lines(compiled, source, dates, unique_ids, fmt, workers, range_bytes or RANGE_BYTES, run, explain)


def default_jobs() -> int:
    """One worker per core this process may run on (its CPU affinity, which a container's CPU set
    limits), or per core of the machine where the platform does not say."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


def _sequential(
    compiled: CompiledCriteria,
    source: str,
    dates: dict[str, DateLike],
    unique_ids: bool,
    fmt: str | None,
    fhir: FhirReading | None = None,
    parameters: dict[str, str] | None = None,
    explain: bool = False,
) -> Iterator[Screened]:
    items = read_patients(source, index_dates=dates, unique_ids=unique_ids, program=compiled.program, fhir=fhir)
    row = row_format(fmt, compiled.program) if fmt and not explain else None
    explainer = Evaluator(compiled.program, explain=True, remember=False) if explain else None
    for item in items:
        if isinstance(item, RecordProblem):
            yield Screened(item.source, item.line, item.patient_id, None, (), item)
            continue
        patient = item.patient
        text: str | None
        if explainer is not None:
            outcomes, verdict, text = explained(explainer, patient, dates, parameters)
        else:
            outcomes, verdict = compiled.screen(patient, dates, parameters)
            text = row(patient.id, verdict, outcomes) if row else None
        yield Screened(item.source, item.line, patient.id, verdict, outcomes, None, text)


def explained(
    explainer: Evaluator, patient: Any, dates: Mapping[str, DateLike], parameters: Mapping[str, str] | None = None
) -> tuple[Any, Verdict, str]:
    """A patient's outcomes, verdict and whole result as ``eligo eval --explain`` writes it."""
    result = explainer.evaluate(patient, dates, parameters)
    text = json.dumps(result.model_dump(mode="json"), ensure_ascii=False) + "\n"
    return tuple(c.outcome for c in result.criteria), result.verdict, text


def _lines(
    compiled: CompiledCriteria,
    source: str,
    dates: dict[str, DateLike],
    unique_ids: bool,
    fmt: str | None,
    workers: int,
    range_bytes: int,
    parameters: dict[str, str],
    explain: bool = False,
) -> Iterator[Screened]:
    seen = SeenIds() if unique_ids else None
    line = 0
    state = _State(compiled, source, dates, fmt, reader.MAX_RECORD_BYTES, parameters, explain)
    for count, items in _results(state, _ranges(source, range_bytes), workers):
        yield from _merged(items, source, line, seen)
        line += count


def _results(state: _State, ranges: Iterator[tuple[int, int]], workers: int) -> Iterator[tuple[int, list[_Item]]]:
    """(lines read, items) for each range in order, the ranges found as they are needed: here, or
    on ``workers`` processes with a few ranges in flight each."""
    head = list(itertools.islice(ranges, 2))
    spans = itertools.chain(head, ranges)
    if workers == 1 or len(head) < 2:  # one range: not worth starting a process
        for start, end in spans:
            yield state.screen(start, end)
        return
    with _pool(state, workers) as pool:
        pending: collections.deque[AsyncResult[tuple[int, list[_Item]]]] = collections.deque()
        try:
            for span in spans:
                pending.append(pool.apply_async(_screen_range, span))
                if len(pending) >= 2 * workers:
                    yield pending.popleft().get()
            while pending:
                yield pending.popleft().get()
        finally:
            _wind_down(pool, pending)


#: How long a stopped run waits for the ranges in flight before it ends the workers outright.
WIND_DOWN_SECONDS = 30.0


def _wind_down(pool: Pool, pending: collections.deque[AsyncResult[tuple[int, list[_Item]]]]) -> None:
    """Let the workers finish the ranges in flight (a few seconds at most) and exit, before the pool
    is ended. Ending a pool whose workers are still writing results can leave its main process
    waiting forever (a worker blocked writing to a pipe nobody reads any more, holding the lock
    that the pool's own ending needs), so a stopped run (Ctrl-C, SIGTERM, an error) winds down
    the way a finished one does; only workers still busy after :data:`WIND_DOWN_SECONDS` are
    ended outright."""
    deadline = time.monotonic() + WIND_DOWN_SECONDS
    for result in pending:
        result.wait(max(0.0, deadline - time.monotonic()))
    if all(result.ready() for result in pending):
        pool.close()
        pool.join()


def _merged(items: list[_Item], source: str, base: int, seen: SeenIds | None) -> Iterator[Screened]:
    """The items of one range with their lines in the file, and repeated ids found in input order
    by the reader's own rule (:meth:`~eligo.sources.seen_ids.SeenIds.check`)."""
    for number, kind, patient_id, *rest in items:
        line = base + number
        if seen is not None:
            repeated = seen.check(patient_id, source, line, loaded=kind == "s" or rest[1])
            if repeated is not None:
                yield Screened(source, line, patient_id, None, (), repeated)
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
        start, first = text_start(file, source)
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

    def __init__(
        self,
        compiled: CompiledCriteria,
        source: str,
        dates: dict[str, DateLike],
        fmt: str | None,
        limit: int,
        parameters: dict[str, str],
        explain: bool = False,
    ) -> None:
        self.compiled = compiled
        #: with evidence: records read by pydantic (as the reader reads them), the evidence evaluator
        self.explainer = Evaluator(compiled.program, explain=True, remember=False) if explain else None
        self.source = source
        self.dates = dates
        self.parameters = parameters
        self.fmt = fmt
        self.limit = limit  # the reader's size limit of a record, as the main process has it
        self.declared = Declared.of(compiled.program)  # the trial's names, which records must use
        self.row: RowFormat | None = row_format(fmt, compiled.program) if fmt and not explain else None

    def screen(self, start: int, end: int) -> tuple[int, list[_Item]]:
        """The records of the lines in ``[start, end)``: how many lines, and an item per record."""
        collecting = gc.isenabled()
        gc.disable()  # screening makes no cycles; collections would walk every object for nothing
        try:
            with _open(self.source) as file:
                file.seek(start)
                fast = decode if self.explainer is None else None
                lines = read_json_lines(
                    file, self.source, size=end - start, decode=fast, limit=self.limit, declared=self.declared
                )
                return self._lines(lines)
        finally:
            if collecting:
                gc.enable()

    def _lines(self, lines: Generator[tuple[int, Any], None, int]) -> tuple[int, list[_Item]]:
        """The reader's records (decoded by msgspec, or judged by the pydantic reader), screened."""
        items: list[_Item] = []
        append, screened = items.append, self._screened
        while True:
            try:
                number, found = next(lines)
            except StopIteration as stop:
                return stop.value, items
            if isinstance(found, RecordProblem):
                append((number, "p", found.patient_id, found, False))
            else:
                append(screened(number, found))

    def _screened(self, number: int, patient: Any) -> _Item:
        dates = self.dates
        if dates:
            issues = at_index_dates(patient, dates)
            if issues:
                return (number, "p", patient.id, record_problem(self.source, number, patient.id, issues), True)
        if self.explainer is not None:
            outcomes, verdict, line = explained(self.explainer, patient, dates, self.parameters)
            return (number, "s", patient.id, outcomes, verdict, line)
        outcomes, verdict = self.compiled.screen(patient, dates, self.parameters)
        text = self.row(patient.id, verdict, outcomes) if self.row is not None else None
        return (number, "s", patient.id, outcomes, verdict, text)


# --- worker processes ------------------------------------------------------------------------

_WORKER: _State | None = None


def _start_worker(
    state: _State | None,
    program: Program,
    source: str,
    dates: dict[str, DateLike],
    fmt: str | None,
    limit: int,
    parameters: dict[str, str],
    parent: int,
    explain: bool,
) -> None:
    """A forked worker inherits the state, compiled and warm; a spawned one compiles it again (with
    the size limit of records the main process has). Ctrl-C and a hang-up reach every process of
    the terminal's group: a worker ignores them, and the main process, which stops the run (or
    goes on under ``nohup``), ends the workers. So does SIGTERM (:func:`_ended_by_parent_only`)."""
    global _WORKER
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "SIGHUP"):
        signal.signal(signal.SIGHUP, signal.SIG_IGN)
    _ended_by_parent_only(parent)
    if state is None:
        state = _State(GeneratedCriteria(program), source, dates, fmt, limit, parameters, explain)
    _WORKER = state
    gc.freeze()  # what the worker inherited or built stays out of collections


def _ended_by_parent_only(parent: int) -> None:
    """SIGTERM ends this worker when the main process (``parent``, which is not the worker's parent
    process when a fork server started it) sends it (the pool ends its workers so), not
    when ``kill`` sends it to the whole process group: a worker ended while it writes a result
    leaves half a message in the pool's pipe, and the main process, ending the pool, would wait
    for the rest forever. The main process gets the signal too, stops the run and ends the
    workers. Where the system cannot tell who sent a signal, SIGTERM ends a worker at once."""
    if not (hasattr(signal, "sigwaitinfo") and hasattr(signal, "pthread_sigmask")):
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        return
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM})  # taken by the thread below only

    def wait_for_the_parent() -> None:
        while signal.sigwaitinfo({signal.SIGTERM}).si_pid != parent:
            continue
        os._exit(128 + signal.SIGTERM)

    threading.Thread(target=wait_for_the_parent, name="eligo-worker-end", daemon=True).start()


def _screen_range(start: int, end: int) -> tuple[int, list[_Item]]:
    assert _WORKER is not None
    return _WORKER.screen(start, end)


def _pool(state: _State, workers: int) -> Pool:
    method = _start_method()
    inherited = state if method == "fork" else None  # closures do not pickle: others get the program
    explain = state.explainer is not None
    initargs = (
        inherited, state.compiled.program, state.source, state.dates, state.fmt, state.limit, state.parameters,
        os.getpid(), explain,
    )  # fmt: skip
    return multiprocessing.get_context(method).Pool(workers, initializer=_start_worker, initargs=initargs)


def _start_method() -> str:
    """``fork`` (workers start at once, with the compiled criteria) where the platform has it and
    this process runs no other thread (forking a threaded process can deadlock); else a fresh
    interpreter per worker."""
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return "fork"
    return "forkserver" if "forkserver" in methods else "spawn"
