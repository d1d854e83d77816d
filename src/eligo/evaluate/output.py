"""Writing screening results: JSON Lines, CSV, a readable table, and one patient's explanation.

Writers take results one at a time (batch runs stream), and files are written atomically: the
result file appears under its name only once it is complete. Each format's header
(:func:`header`) and line of one result (:func:`json_line`, :meth:`CsvFormat.line`,
:meth:`TableFormat.line`) are made here only: the writers and the screening workers
(:mod:`eligo.evaluate.rows`) both use them.
"""

from __future__ import annotations

import csv
import errno
import io
import json
import os
import stat
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Protocol

from eligo.errors import UsageError
from eligo.evaluate.results import CriterionResult, Outcome, PatientResult, Verdict
from eligo.language.program import Program

SYMBOLS = {"met": "met", "not_met": "not met", "unknown": "?", "not_applicable": "n/a"}
OUTCOME_WORDS = {"met": "met", "not_met": "not met", "unknown": "unknown", "not_applicable": "not applicable"}
VERDICT_WORDS = {"eligible": "ELIGIBLE", "ineligible": "INELIGIBLE", "undetermined": "UNDETERMINED"}


FORMATS = ("jsonl", "csv", "table")
"""The formats of ``eligo eval`` results."""


class Writer(Protocol):
    def write(self, result: PatientResult) -> None: ...
    def close(self) -> None: ...


def header(fmt: str, program: Program) -> str:
    """What a result file in ``fmt`` starts with, before the lines of the results: the column
    names of CSV and of the table, nothing for JSON Lines."""
    if fmt == "jsonl":
        return ""
    if fmt == "csv":
        return CsvFormat(program).header()
    if fmt == "table":
        return TableFormat(program).header()
    raise ValueError(f"unknown format {fmt!r}")


# --- JSON Lines ---------------------------------------------------------------------------------
# A result without evidence is json.dumps of {"patient_id", "verdict", "criteria", "fingerprint"}
# with the default separators, made in three parts so that the middle one (which depends on
# the outcomes only) can be remembered.


def json_start(patient_id: str) -> str:
    """A JSON Lines result up to its patient id."""
    return '{"patient_id": ' + json.dumps(patient_id, ensure_ascii=False)


def json_middle(verdict: Verdict, criteria: Iterable[tuple[str, Outcome]]) -> str:
    """A JSON Lines result's verdict and outcomes (criterion id, outcome)."""
    return f', "verdict": {json.dumps(verdict)}, "criteria": {json.dumps(dict(criteria), ensure_ascii=False)}'


def json_end(fingerprint: str) -> str:
    """A JSON Lines result's fingerprint and the end of the line."""
    return ', "fingerprint": ' + json.dumps(fingerprint, ensure_ascii=False) + "}\n"


def json_line(patient_id: str, verdict: Verdict, criteria: Iterable[tuple[str, Outcome]], fingerprint: str) -> str:
    """One result without evidence as a line of JSON Lines, newline included."""
    return json_start(patient_id) + json_middle(verdict, criteria) + json_end(fingerprint)


@dataclass
class JsonLinesWriter:
    """One JSON object per patient: verdict, each criterion's outcome, the fingerprint; with
    ``explain``, the whole result (reasons, evidence, the missing data behind every unknown)."""

    stream: IO[str]
    explain: bool = False

    def write(self, result: PatientResult) -> None:
        if self.explain:
            self.stream.write(json.dumps(result.model_dump(mode="json"), ensure_ascii=False) + "\n")
            return
        criteria = ((c.id, c.outcome) for c in result.criteria)
        self.stream.write(json_line(result.patient_id, result.verdict, criteria, result.fingerprint))

    def close(self) -> None:
        return None


# --- CSV ----------------------------------------------------------------------------------------


class CsvFormat:
    """patient_id, verdict, then one column per criterion, then the fingerprint."""

    def __init__(self, program: Program) -> None:
        self.ids = [c.id for c in program.criteria]
        self.fingerprint = program.fingerprint
        self._buffer = io.StringIO()
        self._writer = csv.writer(self._buffer, lineterminator="\n")

    def header(self) -> str:
        return self._row(["patient_id", "verdict", *self.ids, "fingerprint"])

    def line(self, patient_id: str, verdict: Verdict, outcomes: Sequence[Outcome]) -> str:
        """One result as a CSV row, newline included (outcomes in program order)."""
        return self._row([patient_id, verdict, *outcomes, self.fingerprint])

    def _row(self, cells: list[str]) -> str:
        self._writer.writerow(cells)
        text = self._buffer.getvalue()
        self._buffer.seek(0)
        self._buffer.truncate()
        return text


@dataclass
class CsvWriter:
    """patient_id, verdict, then one column per criterion."""

    stream: IO[str]
    program: Program

    def __post_init__(self) -> None:
        self.format = CsvFormat(self.program)
        self.stream.write(self.format.header())

    def write(self, result: PatientResult) -> None:
        outcomes = [c.outcome for c in result.criteria]
        self.stream.write(self.format.line(result.patient_id, result.verdict, outcomes))

    def close(self) -> None:
        return None


# --- the table ----------------------------------------------------------------------------------


class TableFormat:
    """A fixed-width table for a person: the patient id (cut to ``width``), the verdict, then
    one column per criterion, as wide as its id and at least 7."""

    def __init__(self, program: Program, width: int = 12) -> None:
        self.width = width
        self.ids = [c.id for c in program.criteria]
        self.columns = [max(len(i), 7) for i in self.ids]

    def header(self) -> str:
        return self._row(
            "patient", "verdict", " ".join(i.ljust(w) for i, w in zip(self.ids, self.columns, strict=True))
        )

    def cells(self, outcomes: Sequence[Outcome]) -> str:
        """The criteria's columns of a row (outcomes in program order)."""
        return " ".join(SYMBOLS[o].ljust(w) for o, w in zip(outcomes, self.columns, strict=True))

    def line(self, patient_id: str, verdict: Verdict, outcomes: Sequence[Outcome], cells: str | None = None) -> str:
        """One result as a row, newline included; ``cells`` are its :meth:`cells` when known."""
        width = self.width
        patient = patient_id if len(patient_id) <= width else patient_id[: width - 1] + "…"
        return self._row(patient, verdict, self.cells(outcomes) if cells is None else cells)

    def _row(self, patient: str, verdict: str, cells: str) -> str:
        return f"{patient:<{self.width}} {verdict:<13} {cells}".rstrip() + "\n"


@dataclass
class TableWriter:
    """A fixed-width table for a person: one row per patient, one column per criterion."""

    stream: IO[str]
    program: Program
    width: int = 12
    format: TableFormat = field(init=False)

    def __post_init__(self) -> None:
        self.format = TableFormat(self.program, self.width)
        self.stream.write(self.format.header())

    def write(self, result: PatientResult) -> None:
        outcomes = [c.outcome for c in result.criteria]
        self.stream.write(self.format.line(result.patient_id, result.verdict, outcomes))

    def close(self) -> None:
        return None


def writer(fmt: str, stream: IO[str], program: Program, explain: bool = False) -> Writer:
    """The writer of results in ``fmt`` (``jsonl``, ``csv`` or ``table``; ``explain``: JSON Lines
    with reasons and evidence, which the other two have no place for)."""
    if fmt == "jsonl":
        return JsonLinesWriter(stream, explain)
    if fmt == "csv":
        return CsvWriter(stream, program)
    if fmt == "table":
        return TableWriter(stream, program)
    raise ValueError(f"unknown format {fmt!r}")


# --- files --------------------------------------------------------------------------------------


@contextmanager
def atomic_output(path: Path | None, stdout: IO[str]) -> Iterator[IO[str]]:
    """Where a command writes its output: ``stdout``, or what ``path`` names, as a shell's ``>``
    would write it but never half.

    - a regular file, or a new path: a temporary file beside it, renamed onto it only when all
      went well (an interrupted run leaves the previous file whole and removes its partial file);
      the file gets the permissions a plain write would give: those of the file it replaces, or
      for a new file 0o666 less the umask (applied by the system as the temporary file is created);
    - a symbolic link: the same, for the file the link points to (the link stays a link);
    - a device (``/dev/null``, a terminal) or a named pipe: written to as it goes (there is
      nothing to rename onto it).

    A path that cannot be written (a missing directory, a file where a directory should be, no
    permission, a read-only place), or a write that fails midway (a full disk), raises
    :class:`~eligo.errors.UsageError` naming ``path`` and the reason."""
    if path is None:
        yield stdout
        return
    target = _followed(path)
    if _streams(target):
        stream = _open(path, lambda: os.open(target, os.O_WRONLY | getattr(os, "O_BINARY", 0)))
        with stream:
            yield stream
        return
    handle, temporary = _open_beside(path, target)
    try:
        with _open(path, lambda: handle) as stream:
            yield stream
        _rename(path, temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _rename(path: Path, temporary: str, target: str) -> None:
    """Put the complete temporary file in the place of ``target``, with its mode."""
    try:
        mode = os.stat(target).st_mode & 0o777
    except FileNotFoundError:
        mode = None  # a new file keeps the mode it was created with
    try:
        if mode is not None:
            os.chmod(temporary, mode)
        os.replace(temporary, target)
    except OSError as error:
        raise cannot_write(path, error) from None


def cannot_write(path: Path, error: OSError) -> UsageError:
    """The error of a path that cannot be written: the path as given and the system's reason."""
    reason = (error.strerror or str(error)).lower()
    if error.errno == errno.ENOTDIR:
        reason = "a part of the path is not a directory"
    elif error.errno == errno.ENOENT and not os.path.isdir(os.path.dirname(os.path.realpath(path))):
        reason = "no such directory"
    return UsageError(f"{path}: cannot write: {reason}")


def _followed(path: Path) -> str:
    """The file ``path`` names once symbolic links are followed (itself when it is none)."""
    target = os.path.realpath(path)
    if os.path.islink(target):  # a link that leads back to itself
        raise cannot_write(path, OSError(errno.ELOOP, os.strerror(errno.ELOOP)))
    if os.path.isdir(target):
        raise cannot_write(path, OSError(errno.EISDIR, os.strerror(errno.EISDIR)))
    return target


def _streams(target: str) -> bool:
    """Whether ``target`` is written to as it goes: a device or a named pipe, not a file."""
    try:
        mode = os.stat(target).st_mode
    except OSError:
        return False  # a new file (or an error that creating it will name)
    return stat.S_ISCHR(mode) or stat.S_ISBLK(mode) or stat.S_ISFIFO(mode)


def _open(path: Path, opened: Callable[[], int]) -> _OutputStream:
    try:
        descriptor = opened()
    except OSError as error:
        raise cannot_write(path, error) from None
    return _OutputStream(path, io.BufferedWriter(io.FileIO(descriptor, "w")))


class _OutputStream(io.TextIOWrapper):
    """UTF-8 text into an output file; a write that fails (a full disk, a pipe whose reader went
    away) is an error naming the file, not a traceback."""

    def __init__(self, path: Path, raw: io.BufferedWriter) -> None:
        super().__init__(raw, encoding="utf-8", newline="", write_through=False)
        self.path = path

    def write(self, text: str) -> int:
        try:
            return super().write(text)
        except OSError as error:
            raise cannot_write(self.path, error) from None

    def flush(self) -> None:
        try:
            super().flush()
        except OSError as error:
            raise cannot_write(self.path, error) from None

    def close(self) -> None:
        try:
            super().close()
        except OSError as error:
            raise cannot_write(self.path, error) from None


def _open_beside(path: Path, target: str) -> tuple[int, str]:
    """A new hidden ``.NAME.*.partial`` file in ``target``'s directory, open for writing, created
    with mode 0o666 so that the process's umask applies (as to any file the user writes)."""
    folder, name = os.path.split(target)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        temporary = os.path.join(folder, f".{name}.{os.urandom(6).hex()}.partial")
        try:
            return os.open(temporary, flags, 0o666), temporary
        except FileExistsError:  # another run's partial file of the same name: try another
            continue
        except OSError as error:
            raise cannot_write(path, error) from None


def write_atomically(path: Path, text: str) -> None:
    """Replace a file's content in one step: readers see the old file or the new, never half
    (see :func:`atomic_output` for links, devices and pipes)."""
    with atomic_output(path, io.StringIO()) as stream:
        stream.write(text)


def explain_text(result: PatientResult, program: Program) -> str:
    """One patient's reasoning, criterion by criterion, for a person to read."""
    out = io.StringIO()
    trial = program.trial
    title = f"{trial.registry_id}: {trial.title}" if trial else program.document.path
    out.write(f"Patient {result.patient_id}\nTrial   {title}\n")
    out.write(f"Verdict {VERDICT_WORDS[result.verdict]}\n")
    for polarity, heading in (("include", "Inclusion criteria"), ("exclude", "Exclusion criteria")):
        out.write(f"\n{heading}\n")
        for criterion in (c for c in result.criteria if c.polarity == polarity):
            out.write(_criterion_text(criterion))
    if result.missing:
        out.write("\nTo decide, collect:\n")
        out.writelines(f"  - {m}\n" for m in result.missing)
    out.write(f"\nCriteria fingerprint {result.fingerprint}\n")
    return out.getvalue()


def _criterion_text(c: CriterionResult) -> str:
    lines = [f"  {c.id:<4} {c.title}: {OUTCOME_WORDS[c.outcome]}"]
    if c.reason:
        lines.append(f"       why: {c.reason}")
    lines.extend(f"       missing: {m}" for m in c.missing)
    for e in c.evidence:
        parts = [
            e.record,
            e.code or "",
            f'"{e.display}"' if e.display else "",
            e.date or "",
            f"value {e.value}" if e.value else "",
        ]
        lines.append("       - " + " ".join(p for p in parts if p) + f": {e.note}")
    return "\n".join(lines) + "\n"
