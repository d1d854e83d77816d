"""The Python API: a compiled trial that screens patients.

>>> import eligo
>>> trial = eligo.load("criteria/nct05238363.elig")          # doctest: +SKIP
>>> result = trial.evaluate({"id": "P1", "sex": "male"})    # doctest: +SKIP
>>> result.verdict                                          # doctest: +SKIP
'undetermined'
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from eligo.evaluate import Evaluator
from eligo.load import load_program
from eligo.program import Program
from eligo.records import Patient
from eligo.results import PatientResult
from eligo.temporal import DateLike


class CompiledTrial:
    """A trial's checked criteria, ready to screen patient records."""

    def __init__(self, program: Program) -> None:
        self.program = program
        self._explaining = Evaluator(program, explain=True)
        self._outcomes_only = Evaluator(program, explain=False)

    @property
    def fingerprint(self) -> str:
        return self.program.fingerprint

    def evaluate(
        self,
        patient: Patient | Mapping[str, Any],
        index_dates: Mapping[str, DateLike] | None = None,
        explain: bool = True,
    ) -> PatientResult:
        """Screen one patient (a :class:`~eligo.records.Patient` or its JSON-like dict)."""
        record = patient if isinstance(patient, Patient) else Patient.model_validate(patient)
        evaluator = self._explaining if explain else self._outcomes_only
        return evaluator.evaluate(record, index_dates)

    def evaluate_many(
        self,
        patients: Iterable[Patient | Mapping[str, Any]],
        index_dates: Mapping[str, DateLike] | None = None,
        explain: bool = True,
    ) -> Iterator[PatientResult]:
        """Screen patients one after another, lazily (constant memory for any number)."""
        for patient in patients:
            yield self.evaluate(patient, index_dates, explain)


def load(path: str | Path) -> CompiledTrial:
    """Read, check and compile a criteria file; raises :class:`~eligo.errors.SourceError`."""
    return CompiledTrial(load_program(path))
