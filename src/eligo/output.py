"""Writing screening results: JSON Lines, CSV, a readable table, and one patient's explanation.

Writers take results one at a time (batch runs stream), and files are written atomically: the
result file appears under its name only once it is complete.
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Protocol

from eligo.program import Program
from eligo.results import CriterionResult, PatientResult

SYMBOLS = {"met": "met", "not_met": "not met", "unknown": "?", "not_applicable": "n/a"}
OUTCOME_WORDS = {"met": "met", "not_met": "not met", "unknown": "unknown", "not_applicable": "not applicable"}
VERDICT_WORDS = {"eligible": "ELIGIBLE", "ineligible": "INELIGIBLE", "undetermined": "UNDETERMINED"}


class Writer(Protocol):
    def write(self, result: PatientResult) -> None: ...
    def close(self) -> None: ...


@dataclass
class JsonLinesWriter:
    """One JSON object per patient: verdict, each criterion's outcome, the fingerprint; with
    ``explain``, the whole result (reasons, evidence, the missing data behind every unknown)."""

    stream: IO[str]
    explain: bool = False

    def write(self, result: PatientResult) -> None:
        if self.explain:
            data = result.model_dump(mode="json")
        else:
            data = {
                "patient_id": result.patient_id,
                "verdict": result.verdict,
                "criteria": {c.id: c.outcome for c in result.criteria},
                "fingerprint": result.fingerprint,
            }
        self.stream.write(json.dumps(data, ensure_ascii=False) + "\n")

    def close(self) -> None:
        return None


@dataclass
class CsvWriter:
    """patient_id, verdict, then one column per criterion."""

    stream: IO[str]
    program: Program

    def __post_init__(self) -> None:
        self._writer = csv.writer(self.stream, lineterminator="\n")
        self._writer.writerow(["patient_id", "verdict", *(c.id for c in self.program.criteria), "fingerprint"])

    def write(self, result: PatientResult) -> None:
        row = [result.patient_id, result.verdict, *(c.outcome for c in result.criteria), result.fingerprint]
        self._writer.writerow(row)

    def close(self) -> None:
        return None


@dataclass
class TableWriter:
    """A fixed-width table for a person: one row per patient, one column per criterion."""

    stream: IO[str]
    program: Program
    width: int = 12

    def __post_init__(self) -> None:
        ids = [c.id for c in self.program.criteria]
        self.columns = [max(len(i), 7) for i in ids]
        header = f"{'patient':<{self.width}} {'verdict':<13} " + " ".join(
            i.ljust(w) for i, w in zip(ids, self.columns, strict=True)
        )
        self.stream.write(header.rstrip() + "\n")

    def write(self, result: PatientResult) -> None:
        cells = " ".join(SYMBOLS[c.outcome].ljust(w) for c, w in zip(result.criteria, self.columns, strict=True))
        patient = (
            result.patient_id if len(result.patient_id) <= self.width else result.patient_id[: self.width - 1] + "…"
        )
        self.stream.write(f"{patient:<{self.width}} {result.verdict:<13} {cells}".rstrip() + "\n")

    def close(self) -> None:
        return None


@contextmanager
def atomic_output(path: Path | None, stdout: IO[str]) -> Iterator[IO[str]]:
    """stdout, or a temporary file beside ``path`` renamed onto it only when all went well."""
    if path is None:
        yield stdout
        return
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent or ".")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            yield stream
        os.chmod(temporary, _mode_for(path))  # mkstemp makes 0600; keep the mode a plain write would give
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _mode_for(path: Path) -> int:
    """The existing file's permissions, or those a new file gets under the current umask."""
    if path.exists():
        return path.stat().st_mode & 0o777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def write_atomically(path: Path, text: str) -> None:
    """Replace a file's content in one step: readers see the old file or the new, never half."""
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
