"""The Python API: a compiled trial that screens patients.

>>> import eligo
>>> trial = eligo.load("criteria/nct05238363.elig")          # doctest: +SKIP
>>> result = trial.evaluate({"id": "P1", "sex": "male"})    # doctest: +SKIP
>>> result.verdict                                          # doctest: +SKIP
'undetermined'
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from eligo.evaluate.batch import Screened, screen_file
from eligo.evaluate.evidence import Evaluator
from eligo.evaluate.outcomes.closures import CompiledCriteria
from eligo.evaluate.output import header
from eligo.evaluate.results import PatientResult
from eligo.language.load import load_program
from eligo.language.program import Program
from eligo.language.temporal import DateLike
from eligo.records.model import Patient


class CompiledTrial:
    """A trial's checked criteria, ready to screen patient records."""

    def __init__(self, program: Program) -> None:
        self.program = program
        self._explaining = Evaluator(program, explain=True)

    @functools.cached_property
    def _outcomes_only(self) -> CompiledCriteria:
        """The criteria compiled to closures: the evaluator's outcomes without evidence, faster."""
        return CompiledCriteria(self.program)

    @property
    def fingerprint(self) -> str:
        return self.program.fingerprint

    def evaluate(
        self,
        patient: Patient | Mapping[str, Any],
        index_dates: Mapping[str, DateLike] | None = None,
        explain: bool = True,
    ) -> PatientResult:
        """Screen one patient (a :class:`~eligo.records.model.Patient` or its JSON-like dict).

        Without ``explain``, the result holds each criterion's outcome and the verdict, and no
        reasons, evidence or missing data (computed by closures compiled from the criteria).
        """
        record = patient if isinstance(patient, Patient) else Patient.model_validate(patient)
        if explain:
            return self._explaining.evaluate(record, index_dates)
        return self._outcomes_only.evaluate(record, index_dates)

    def evaluate_many(
        self,
        patients: Iterable[Patient | Mapping[str, Any]],
        index_dates: Mapping[str, DateLike] | None = None,
        explain: bool = True,
    ) -> Iterator[PatientResult]:
        """Screen patients one after another, lazily (constant memory for any number)."""
        for patient in patients:
            yield self.evaluate(patient, index_dates, explain)

    def screen(
        self,
        path: str | Path,
        *,
        jobs: int | None = None,
        index_dates: Mapping[str, DateLike] | None = None,
        fmt: str | None = None,
    ) -> Iterator[Screened]:
        """Screen a file or directory of patient records without evidence, in input order.

        Every record comes out once, as :func:`eligo.sources.reader.read_patients` reads it: screened
        (``verdict`` and each criterion's ``outcomes``) or rejected (``problem``). A JSON Lines
        file is screened on ``jobs`` worker processes (default: one per core this process may use). ``fmt``
        (``jsonl``, ``csv`` or ``table``) adds each result's line of ``eligo eval`` output, as
        ``text``; a file of them starts with :meth:`header`.
        """
        return screen_file(self._outcomes_only, path, jobs=jobs, index_dates=index_dates, fmt=fmt)

    def header(self, fmt: str) -> str:
        """What ``eligo eval`` output in ``fmt`` starts with, before the results' lines: the
        column names of ``csv`` and ``table`` (newline included), nothing for ``jsonl``.

        >>> import eligo
        >>> trial = eligo.load("criteria/nct05238363.elig")      # doctest: +SKIP
        >>> with open("results.csv", "w", newline="") as out:   # doctest: +SKIP
        ...     out.write(trial.header("csv"))
        ...     out.writelines(s.text for s in trial.screen("cohort.jsonl", fmt="csv") if s.text)
        """
        return header(fmt, self.program)


def load(path: str | Path) -> CompiledTrial:
    """Read, check and compile a criteria file; raises :class:`~eligo.errors.SourceError`."""
    return CompiledTrial(load_program(path))
