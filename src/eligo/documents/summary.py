"""What the screening of a cohort adds up to: :class:`CohortSummary` gathers screening results one
at a time, in memory that does not grow with the number of patients (only the table of patients
grows, up to a limit): verdict counts, every criterion's outcomes, the attrition funnel in protocol
order, what each criterion excludes on its own, the data most often missing. :func:`summarize`
screens a file or directory into one. No wording here: :mod:`eligo.documents.cohort` shows it.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from eligo.errors import RecordProblem
from eligo.evaluate.results import CriterionResult, Outcome, PatientResult, Verdict, verdict
from eligo.evaluate.trial import CompiledTrial
from eligo.language import nodes as n
from eligo.language.program import Program
from eligo.language.temporal import DateLike
from eligo.sources.fhir.accounting import FhirReading
from eligo.sources.reader import read_patients

__all__ = [
    "CohortSummary",
    "Effect",
    "FunnelStep",
    "HeavyHitters",
    "PatientRow",
    "effect",
    "protocol_order",
    "summarize",
]

#: How a criterion's outcome bears on eligibility.
Effect = Literal["pass", "fail", "unknown", "na"]


def effect(polarity: str, outcome: Outcome) -> Effect:
    """Whether an outcome lets the patient through (``pass``), rules them out (``fail``), or neither.

    >>> effect("include", "not_met"), effect("exclude", "met"), effect("exclude", "not_met")
    ('fail', 'fail', 'pass')
    """
    if outcome == "unknown":
        return "unknown"
    if outcome == "not_applicable":
        return "na"
    fails = (polarity == "include") == (outcome == "not_met")
    return "fail" if fails else "pass"


def protocol_order(program: Program) -> tuple[n.Criterion, ...]:
    """Inclusions, then exclusions, each as listed in the criteria file."""
    return program.inclusions + program.exclusions


@dataclass(frozen=True, slots=True)
class FunnelStep:
    """One step of the attrition funnel: a criterion applied after all those before it."""

    criterion_id: str | None
    """``None`` for the start: every evaluated patient."""
    title: str
    polarity: Literal["include", "exclude"] | None
    removed: int
    """Patients this criterion is the first to rule out (in protocol order)."""
    remaining: int
    """Patients no criterion so far rules out."""
    undetermined: int
    """Of those remaining, patients with an unknown answer for a criterion applied so far."""


@dataclass(frozen=True, slots=True)
class PatientRow:
    """One patient in the cohort's table: the verdict and the criteria that decided it."""

    patient_id: str
    verdict: Verdict
    deciding: tuple[str, ...]
    """Ineligible: the criteria that rule the patient out; undetermined: those still unknown."""


class HeavyHitters:
    """Approximate counts of the most frequent items, in bounded memory (Misra–Gries).

    Counts are exact while fewer than ``capacity`` distinct items have been seen. Past that, the
    rarer half is dropped and the others lowered by the count of the median item; every count
    shown is then low by at most :attr:`error`.
    """

    def __init__(self, capacity: int) -> None:
        self.capacity = max(capacity, 2)
        self.counts: dict[str, int] = {}
        self.error = 0

    def add(self, item: str) -> None:
        counts = self.counts
        counts[item] = counts.get(item, 0) + 1
        if len(counts) > self.capacity:
            cut = sorted(counts.values(), reverse=True)[self.capacity // 2]
            self.error += cut
            self.counts = {k: v - cut for k, v in counts.items() if v > cut}

    def most_common(self, count: int) -> list[tuple[str, int]]:
        return sorted(self.counts.items(), key=lambda kv: (-kv[1], kv[0]))[:count]


class CohortSummary:
    """What the screening of many patients adds up to, gathered one result at a time.

    Memory does not grow with the number of patients: per criterion there are a few counters,
    the missing data items are counted in a bounded table, and the table of patients keeps the
    first ``row_limit`` rows (:attr:`rows_left_out` counts the others). Rejected records are
    counted, and the first ``problem_limit`` of them kept for the report.

    >>> import eligo
    >>> trial = eligo.load("criteria/nct05238363.elig")  # doctest: +SKIP
    >>> summary = CohortSummary(trial.program)  # doctest: +SKIP
    >>> summary.add(trial.evaluate({"id": "P1"}))  # doctest: +SKIP
    >>> summary.undetermined  # doctest: +SKIP
    1
    """

    def __init__(
        self,
        program: Program,
        *,
        row_limit: int = 1000,
        missing_capacity: int = 10_000,
        problem_limit: int = 20,
        source: str | None = None,
        missing_recorded: bool = True,
    ) -> None:
        order = protocol_order(program)
        self.fingerprint = program.fingerprint
        self.source = source
        #: whether the results carry their missing data (the SQL back end gives outcomes only)
        self.missing_recorded = missing_recorded
        self.criteria: tuple[tuple[str, Literal["include", "exclude"], str], ...] = tuple(
            (c.id, c.polarity, c.title) for c in order
        )
        self._index = {c.id: i for i, c in enumerate(order)}
        size = len(order)
        self.outcomes: dict[str, Counter[Outcome]] = {c.id: Counter() for c in order}
        self.verdicts: Counter[Verdict] = Counter()
        self.rejected = 0
        self.broken_files = 0
        self.problems: list[str] = []
        self.problem_limit = problem_limit
        self.rows: list[PatientRow] = []
        self.row_limit = row_limit
        self.rows_left_out = 0
        self._removed = [0] * size
        self._undetermined_delta = [0] * (size + 1)
        self._alone = [0] * size
        self._missing = HeavyHitters(missing_capacity)

    # --- gathering

    def add(self, result: PatientResult) -> None:
        """Count one patient's screening result (screened with this summary's criteria)."""
        if result.fingerprint != self.fingerprint:
            raise ValueError(f"patient {result.patient_id} was screened with other criteria ({result.fingerprint})")
        answers: list[CriterionResult | None] = [None] * len(self.criteria)
        for c in result.criteria:
            position = self._index.get(c.id)
            if position is None or answers[position] is not None:
                raise ValueError(f"patient {result.patient_id}: unexpected criterion {c.id!r} in the result")
            answers[position] = c
        if any(a is None for a in answers):
            raise ValueError(f"patient {result.patient_id}: the result lacks some of the criteria")
        outcomes = [a.outcome for a in answers if a is not None]
        decision = verdict((a.polarity, a.outcome) for a in answers if a is not None)
        if decision != result.verdict:
            raise ValueError(f"patient {result.patient_id}: verdict {result.verdict} does not follow from the outcomes")
        fails, unknowns = self._count(outcomes, decision, 1)
        for item in dict.fromkeys(result.missing):
            self._missing.add(item)
        self._add_row(result.patient_id, decision, fails, unknowns)

    def add_combination(self, outcomes: Mapping[str, Outcome], given: Verdict, count: int) -> None:
        """Count ``count`` patients who share these outcomes (by criterion id) and verdict, with no
        table row (see :meth:`add_rows`): the way a back end that groups patients by their outcomes
        reports."""
        if set(outcomes) != set(self._index):
            raise ValueError("the outcomes are not those of this summary's criteria")
        ordered = [outcomes[cid] for cid, _, _ in self.criteria]
        decision = verdict((p, o) for (_, p, _), o in zip(self.criteria, ordered, strict=True))
        if decision != given:
            raise ValueError(f"{count} patients: verdict {given} does not follow from the outcomes")
        self._count(ordered, decision, count)

    def add_rows(self, rows: Iterable[tuple[str, Mapping[str, Outcome]]]) -> None:
        """The table's rows (patient id, outcomes by criterion id), of patients already counted by
        :meth:`add_combination`, in the table's order; patients counted but not given a row are
        left out of the table."""
        for patient_id, outcomes in rows:
            ordered = [outcomes[cid] for cid, _, _ in self.criteria]
            kinds = [effect(p, o) for (_, p, _), o in zip(self.criteria, ordered, strict=True)]
            fails = [i for i, k in enumerate(kinds) if k == "fail"]
            unknowns = [i for i, k in enumerate(kinds) if k == "unknown"]
            decision = verdict((p, o) for (_, p, _), o in zip(self.criteria, ordered, strict=True))
            if len(self.rows) < self.row_limit:
                self._append_row(patient_id, decision, fails, unknowns)
        self.rows_left_out = self.evaluated - len(self.rows)

    def _count(self, outcomes: list[Outcome], decision: Verdict, count: int) -> tuple[list[int], list[int]]:
        """Count ``count`` patients with these outcomes (in protocol order); the positions of the
        criteria that rule them out and of those unknown."""
        fails: list[int] = []
        unknowns: list[int] = []
        for position, ((cid, polarity, _), outcome) in enumerate(zip(self.criteria, outcomes, strict=True)):
            self.outcomes[cid][outcome] += count
            kind = effect(polarity, outcome)
            if kind == "fail":
                fails.append(position)
            elif kind == "unknown":
                unknowns.append(position)
        self.verdicts[decision] += count
        end = fails[0] if fails else len(self.criteria)
        if fails:
            self._removed[fails[0]] += count
        if unknowns and unknowns[0] < end:
            self._undetermined_delta[unknowns[0]] += count
            self._undetermined_delta[end] -= count
        if len(fails) == 1 and not unknowns:
            self._alone[fails[0]] += count
        return fails, unknowns

    def _add_row(self, patient_id: str, decision: Verdict, fails: list[int], unknowns: list[int]) -> None:
        if len(self.rows) < self.row_limit:
            self._append_row(patient_id, decision, fails, unknowns)
        else:
            self.rows_left_out += 1

    def _append_row(self, patient_id: str, decision: Verdict, fails: list[int], unknowns: list[int]) -> None:
        chosen = fails if decision == "ineligible" else unknowns if decision == "undetermined" else []
        self.rows.append(PatientRow(patient_id, decision, tuple(self.criteria[i][0] for i in chosen)))

    def add_rejected(self, problem: RecordProblem | None = None) -> None:
        """Count one input record that could not be screened (or, for a problem with a file's
        structure, one broken file: listed with the rejected records, not counted as a record)."""
        if problem is None or problem.counts_as_record:
            self.rejected += 1
        else:
            self.broken_files += 1
        if problem is not None and len(self.problems) < self.problem_limit:
            self.problems.append(problem.render())

    def extend(self, results: Iterable[PatientResult]) -> None:
        """Count many results."""
        for result in results:
            self.add(result)

    # --- what it adds up to

    @property
    def eligible(self) -> int:
        """Patients found eligible."""
        return self.verdicts["eligible"]

    @property
    def ineligible(self) -> int:
        """Patients found ineligible."""
        return self.verdicts["ineligible"]

    @property
    def undetermined(self) -> int:
        """Patients found undetermined."""
        return self.verdicts["undetermined"]

    @property
    def evaluated(self) -> int:
        """Patients screened (records read and valid)."""
        return self.eligible + self.ineligible + self.undetermined

    @property
    def total(self) -> int:
        """Input records: screened and rejected."""
        return self.evaluated + self.rejected

    def funnel(self) -> list[FunnelStep]:
        """The attrition funnel: the start, then each criterion in protocol order.

        A patient is removed at the first criterion (inclusions, then exclusions, as listed) that
        rules them out: an inclusion not met or an exclusion met. Each step's removed and
        remaining add up to the previous step's remaining, and the last remaining are the
        eligible and undetermined patients.
        """
        steps = [FunnelStep(None, "Patients screened", None, 0, self.evaluated, 0)]
        remaining = self.evaluated
        undetermined = 0
        for position, (cid, polarity, title) in enumerate(self.criteria):
            remaining -= self._removed[position]
            undetermined += self._undetermined_delta[position]
            steps.append(FunnelStep(cid, title, polarity, self._removed[position], remaining, undetermined))
        return steps

    def excluded_alone(self) -> dict[str, int]:
        """For each criterion, the patients it alone rules out: it fails and every other criterion passes.

        Passing means met or not applicable for an inclusion, not met or not applicable for an
        exclusion; these patients would be eligible but for this one criterion.
        """
        return {cid: self._alone[i] for i, (cid, _, _) in enumerate(self.criteria)}

    def failing(self, criterion_id: str) -> int:
        """Patients this criterion rules out (whatever the other criteria say)."""
        polarity = self.criteria[self._index[criterion_id]][1]
        return self.outcomes[criterion_id]["not_met" if polarity == "include" else "met"]

    def top_missing(self, count: int = 10) -> list[tuple[str, int]]:
        """The data items most often missing, with the number of undetermined patients lacking each."""
        return self._missing.most_common(count)

    @property
    def missing_error(self) -> int:
        """How much a count of :meth:`top_missing` may be low by (0: the counts are exact)."""
        return self._missing.error


def summarize(
    trial: CompiledTrial,
    patients_path: str | os.PathLike[str],
    index_dates: Mapping[str, DateLike] | None = None,
    *,
    row_limit: int = 1000,
    source: str | None = None,
    fhir: FhirReading | None = None,
    parameters: Mapping[str, str] | None = None,
) -> CohortSummary:
    """Screen every record of a file or directory (streamed) and summarize; bad records count as
    rejected. ``source`` names the input in the report (default: the path as given)."""
    source = os.fspath(patients_path) if source is None else source
    summary = CohortSummary(trial.program, row_limit=row_limit, source=source)
    for item in read_patients(Path(patients_path), index_dates=index_dates, program=trial.program, fhir=fhir):
        if isinstance(item, RecordProblem):
            summary.add_rejected(item)
        else:
            summary.add(trial.evaluate(item.patient, index_dates, explain=True, parameters=parameters))
    return summary
