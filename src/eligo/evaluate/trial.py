"""The Python API: a compiled trial that screens patients.

A patient given to the API is checked as ``eligo eval`` checks a record of a file: its shape and
types, what no patient can have (an ECOG score of 9, a birth after the first dose), the trial's
names for reference dates and attested items and the types of the attested values, and, over
many records, a repeated patient id. A record that fails is an :class:`~eligo.errors.RecordError`
(one patient) or a :class:`~eligo.errors.RecordProblem` (:meth:`CompiledTrial.screen_records`,
which goes on with the next record), naming the field path; never a pydantic error.

>>> import eligo
>>> trial = eligo.load("criteria/nct05238363.elig")          # doctest: +SKIP
>>> result = trial.evaluate({"id": "P1", "sex": "male"})    # doctest: +SKIP
>>> result.verdict                                          # doctest: +SKIP
'undetermined'
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from pathlib import Path
from typing import Any

from eligo.errors import RecordError, RecordProblem, UsageError
from eligo.evaluate.batch import Screened, screen_file
from eligo.evaluate.evidence import Evaluator
from eligo.evaluate.outcomes.codegen import GeneratedCriteria
from eligo.evaluate.output import header
from eligo.evaluate.results import PatientResult
from eligo.language.load import load_program
from eligo.language.program import Program
from eligo.language.temporal import DateLike, PartialDate
from eligo.records.declared import Declared
from eligo.records.model import Patient
from eligo.sources.fhir.accounting import FhirReading
from eligo.sources.reader import read_records
from eligo.sources.vocabulary import with_vocabulary

IndexDates = Mapping[str, DateLike | str]
"""Reference dates for every patient that lacks its own: a date, or its ISO text (``"2026-03-02"``,
``"2026-03"``), by the name the trial declares (``first_dose``)."""


class CompiledTrial:
    """A trial's checked criteria, ready to screen patient records."""

    def __init__(self, program: Program) -> None:
        self.program = program
        self._explaining = Evaluator(program, explain=True)

    @functools.cached_property
    def _outcomes_only(self) -> GeneratedCriteria:
        """The criteria compiled to one generated function (closures where it has no rule): the
        evaluator's outcomes without evidence, faster."""
        return GeneratedCriteria(self.program)

    @property
    def outcomes_source(self) -> str:
        """The Python source of the generated outcomes function (for debugging)."""
        return self._outcomes_only.source

    @property
    def fingerprint(self) -> str:
        return self.program.fingerprint

    def evaluate(
        self,
        patient: Patient | Mapping[str, Any],
        index_dates: IndexDates | None = None,
        explain: bool = True,
        parameters: Mapping[str, str] | None = None,
    ) -> PatientResult:
        """Screen one patient (a :class:`~eligo.records.model.Patient` or its JSON-like dict).

        The record is checked first, as ``eligo eval`` checks it (see the module's docstring):
        raises :class:`~eligo.errors.RecordError` naming the field that is wrong, and
        :class:`~eligo.errors.UsageError` for an ``index_dates`` entry that is not a date or not
        a reference date of the trial, or a ``parameters`` entry the trial does not declare or
        whose value is not one of its values (the run's per-enrolment parameters: a patient's own
        ``parameters`` win). Without ``explain``, the result holds each criterion's
        outcome and the verdict, and no reasons, evidence or missing data (computed by closures
        compiled from the criteria).
        """
        dates = self.read_index_dates(index_dates)
        run = self.read_parameters(parameters)
        return self._evaluate(self.read_record(patient, dates), dates, explain, run)

    def read_record(self, patient: Patient | Mapping[str, Any], index_dates: IndexDates | None = None) -> Patient:
        """A patient record checked as :meth:`evaluate` checks it, as a
        :class:`~eligo.records.model.Patient`; raises :class:`~eligo.errors.RecordError`."""
        dates = self.read_index_dates(index_dates)
        found = next(
            read_records([patient], index_dates=dates, unique_ids=False, program=self.program, source="record")
        )
        if isinstance(found, RecordProblem):
            raise RecordError(found)
        return found.patient

    def evaluate_many(
        self,
        patients: Iterable[Patient | Mapping[str, Any]],
        index_dates: IndexDates | None = None,
        explain: bool = True,
        parameters: Mapping[str, str] | None = None,
    ) -> Iterator[PatientResult]:
        """Screen patients one after another, lazily (constant memory for any number), each
        checked as :meth:`evaluate` checks it, and a patient id that repeats an earlier one
        refused. The first record that fails raises :class:`~eligo.errors.RecordError` (its
        position in ``patients`` as its line); :meth:`screen_records` reports it and goes on."""
        for item in self.screen_records(patients, index_dates, explain=explain, parameters=parameters):
            if isinstance(item, RecordProblem):
                raise RecordError(item)
            yield item

    def screen_records(
        self,
        patients: Iterable[Patient | Mapping[str, Any]],
        index_dates: IndexDates | None = None,
        *,
        explain: bool = True,
        source: str = "records",
        parameters: Mapping[str, str] | None = None,
    ) -> Iterator[PatientResult | RecordProblem]:
        """Screen patients lazily, as ``eligo eval`` screens a file: for each, in order, its result,
        or the :class:`~eligo.errors.RecordProblem` that kept it from being screened (its
        ``line`` is the record's position in ``patients``, 1-based; ``source`` names them in
        ``problem.render()``); a bad record never stops the others.

        >>> import eligo
        >>> trial = eligo.load("criteria/nct05238363.elig")                       # doctest: +SKIP
        >>> for item in trial.screen_records([{"id": "P1"}, {"id": "P2", "sex": "f"}]):  # doctest: +SKIP
        ...     print(item.render() if isinstance(item, eligo.RecordProblem) else item.verdict)
        undetermined
        records:2: patient P2: sex: 'f' is not one of: female, male, other
        """
        dates = self.read_index_dates(index_dates)
        run = self.read_parameters(parameters)
        for item in read_records(patients, index_dates=dates, program=self.program, source=source):
            yield item if isinstance(item, RecordProblem) else self._evaluate(item.patient, dates, explain, run)

    def _evaluate(
        self, patient: Patient, dates: Mapping[str, DateLike], explain: bool, parameters: Mapping[str, str]
    ) -> PatientResult:
        if explain:
            return self._explaining.evaluate(patient, dates, parameters)
        return self._outcomes_only.evaluate(patient, dates, parameters)

    def read_parameters(self, parameters: Mapping[str, str] | None) -> dict[str, str]:
        """The run's per-enrolment parameters (``{"cohort": "cohort_b"}``), checked against the
        trial's; raises :class:`~eligo.errors.UsageError` for a name it does not declare or a
        value that is not one of the parameter's, with a did-you-mean, as ``eligo eval --param``
        does."""
        declared = Declared.of(self.program)
        run: dict[str, str] = {}
        for name, value in (parameters or {}).items():
            problem = declared.parameter_problem(name, value) if isinstance(value, str) else "expected a name"
            if problem is not None:
                raise UsageError(f"parameter {name}={value}: {problem}")
            run[name] = value
        return run

    def read_index_dates(self, index_dates: IndexDates | None) -> dict[str, DateLike]:
        """``index_dates`` with texts read as dates (``"2026-03-02"``, ``"2026-03"``); raises
        :class:`~eligo.errors.UsageError` for a text that is not a date, a value that is none, or
        a name that is not a reference date of the trial, as ``eligo eval --index-date`` does."""
        dates: dict[str, DateLike] = {}
        for name, value in (index_dates or {}).items():
            if name not in self.program.references:
                known = ", ".join(self.program.references) or "none"
                raise UsageError(f"index date {name!r}: the trial has no reference date {name!r} (it has: {known})")
            if isinstance(value, str):
                try:
                    dates[name] = PartialDate.parse(value)
                except ValueError as error:
                    raise UsageError(f"index date {name!r}: {error}") from None
            elif isinstance(value, date | PartialDate):
                dates[name] = value
            else:
                raise UsageError(f"index date {name!r}: expected a date or its text (YYYY-MM-DD), got {value!r}")
        return dates

    def screen(
        self,
        path: str | Path,
        *,
        jobs: int | None = None,
        index_dates: IndexDates | None = None,
        fmt: str | None = None,
        fhir: FhirReading | None = None,
        parameters: Mapping[str, str] | None = None,
        explain: bool = False,
    ) -> Iterator[Screened]:
        """Screen a file or directory of patient records without evidence, in input order (with
        ``explain``: with evidence, ``text`` being each result as ``eligo eval --explain`` writes it).

        Every record comes out once, as :func:`eligo.sources.reader.read_patients` reads it
        (checked against the trial): screened (``verdict`` and each criterion's ``outcomes``) or
        rejected (``problem``). A JSON Lines file is screened on ``jobs`` worker processes
        (default: one per core this process may use). ``fmt`` (``jsonl``, ``csv`` or ``table``)
        adds each result's line of ``eligo eval`` output, as ``text``; a file of them starts with
        :meth:`header`. ``fhir`` takes the options and accounting of a FHIR reading.
        """
        dates = self.read_index_dates(index_dates)
        run = self.read_parameters(parameters)
        return screen_file(
            self._outcomes_only, path, jobs=jobs, index_dates=dates, fmt=fmt, fhir=fhir, parameters=run, explain=explain
        )

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


def load(path: str | Path, vocabulary: str | Path | None = None) -> CompiledTrial:
    """Read, check and compile a criteria file; raises :class:`~eligo.errors.SourceError`.

    ``vocabulary``: an OMOP vocabulary (an Athena directory or a DuckDB file) that tells which
    concepts lie under the criteria's ``and descendants`` entries; without one, a code other than
    the listed concept is unknown to such an entry."""
    return CompiledTrial(with_vocabulary(load_program(path), vocabulary))
