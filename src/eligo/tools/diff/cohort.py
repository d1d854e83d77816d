"""Both versions of the criteria applied to one cohort: the patients whose verdict changes, and
the criteria whose outcome changed for them.

Patients come from a file or directory of records (screened by the outcomes back end,
:meth:`eligo.evaluate.trial.CompiledTrial.screen`) or from a database written by ``eligo import``
(screened by the SQL back end on DuckDB, :func:`eligo.sql.screen.screen_database`): the back ends
agree exactly, and neither needs the evidence.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from eligo.errors import RecordProblem
from eligo.evaluate.trial import CompiledTrial
from eligo.language.program import Program
from eligo.language.temporal import DateLike
from eligo.sql.screen import screen_database
from eligo.tools.diff.model import Cause, CohortDiff, PatientChange, ProgramDiff


@dataclass(frozen=True)
class Screening:
    """One patient under one version: the verdict and each criterion's outcome by id; ``verdict``
    is ``None`` for a record the version refused (it is then left out of the comparison)."""

    patient_id: str
    verdict: str | None
    outcomes: Mapping[str, str]
    problem: RecordProblem | None = None
    """Why the record was refused, when it was."""


def screen_records(
    program: Program, patients: Path, index_dates: Mapping[str, DateLike] | None = None
) -> Iterator[Screening]:
    """Every record of a file or directory, screened without evidence (one process: a diff's
    cohorts are small, and both versions are screened)."""
    ids = [c.id for c in program.criteria]
    for number, item in enumerate(CompiledTrial(program).screen(patients, jobs=1, index_dates=index_dates), 1):
        patient = item.patient_id or f"{item.source}:{item.line or number}"
        yield Screening(patient, item.verdict, dict(zip(ids, item.outcomes, strict=False)), item.problem)


def screen_imported(
    program: Program, database: Path, index_dates: Mapping[str, DateLike] | None = None
) -> Iterator[Screening]:
    """Every patient of a database written by ``eligo import``, screened on DuckDB."""
    for result in screen_database(program, database, index_dates):
        yield Screening(result.patient_id, result.verdict, {c.id: c.outcome for c in result.criteria})


def diff_cohort(diff: ProgramDiff, old: Iterable[Screening], new: Iterable[Screening], source: str) -> CohortDiff:
    """The patients whose verdict differs between the versions (in the order of ``old``), each
    with the criteria whose outcome differs; ``diff`` pairs the criteria (renumbered ones too)."""
    before = {s.patient_id: s for s in old}
    after = {s.patient_id: s for s in new}
    both = [p for p in before if p in after and before[p].verdict is not None and after[p].verdict is not None]
    rejected = len((before.keys() | after.keys()) - set(both))
    changes: list[PatientChange] = []
    outcomes_only = 0
    transitions: Counter[str] = Counter()
    for patient in both:
        a, b = before[patient], after[patient]
        causes = tuple(
            Cause(c.id, a.outcomes.get(c.old_id) if c.old_id else None, b.outcomes.get(c.new_id) if c.new_id else None)
            for c in diff.criteria
            if (a.outcomes.get(c.old_id) if c.old_id else None) != (b.outcomes.get(c.new_id) if c.new_id else None)
        )
        if a.verdict != b.verdict:
            assert a.verdict is not None and b.verdict is not None
            changes.append(PatientChange(patient, a.verdict, b.verdict, causes))
            transitions[f"{a.verdict} → {b.verdict}"] += 1
        elif causes:
            outcomes_only += 1
    return CohortDiff(source, len(both), rejected, tuple(changes), outcomes_only, dict(sorted(transitions.items())))
