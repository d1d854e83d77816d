"""What a semantic diff finds: plain frozen records, shared by the comparison, the cohort run and
the renderers (text, Markdown, JSON)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

#: how a change moves the set of records or patients a predicate is true for (its "reach")
Effect = Literal["broader", "narrower", "neither", "unknown"]
#: how a change moves a criterion or the trial: fewer patients eligible, more, the same, or undecided
Direction = Literal["tightens", "loosens", "neither", "cannot tell"]
CriterionStatus = Literal["added", "removed", "renumbered", "wording", "logic", "unchanged"]
DeclarationStatus = Literal["added", "removed", "wording", "codes", "unchanged"]


@dataclass(frozen=True)
class Change:
    """One difference in a criterion's logic: its aspect (``threshold``, ``window``, ``codes``,
    ``exception``, ``unit``, ...), what it was and became, and its effect on the criterion's
    condition (``broader``: true for more patients)."""

    aspect: str
    description: str
    effect: Effect


@dataclass(frozen=True)
class CriterionDiff:
    """One criterion across the two versions (matched by id, or by its logic when renumbered)."""

    status: CriterionStatus
    polarity: str
    old_id: str | None
    new_id: str | None
    title: str
    wording: tuple[str, ...] = ()
    """The wording that changed: ``title``, ``text``, ``notes``."""
    changes: tuple[Change, ...] = ()
    direction: Direction = "neither"

    @property
    def id(self) -> str:
        return self.new_id or self.old_id or ""


@dataclass(frozen=True)
class DeclarationDiff:
    """A value set or a measure across the two versions."""

    kind: Literal["valueset", "measure"]
    name: str
    status: DeclarationStatus
    added: tuple[str, ...] = ()
    """Code entries added (as written: ``ICD10CM C79.40``, ``except ICD10CM C44``)."""
    removed: tuple[str, ...] = ()
    wording: tuple[str, ...] = ()
    """What else changed: ``title``, ``sources``, ``notes``, ``unit``."""
    effect: Effect = "neither"


@dataclass(frozen=True)
class ProgramDiff:
    old: str
    new: str
    criteria: tuple[CriterionDiff, ...]
    declarations: tuple[DeclarationDiff, ...]

    @property
    def changed(self) -> tuple[CriterionDiff, ...]:
        return tuple(c for c in self.criteria if c.status != "unchanged")


@dataclass(frozen=True)
class Cause:
    """A criterion whose outcome differs for a patient between the versions."""

    criterion: str
    old: str | None
    """The outcome under the old version (``None``: the criterion is not in it)."""
    new: str | None


@dataclass(frozen=True)
class PatientChange:
    patient_id: str
    old: str
    new: str
    causes: tuple[Cause, ...]


@dataclass(frozen=True)
class CohortDiff:
    source: str
    screened: int
    """Patients screened under both versions."""
    rejected: int
    """Records refused by either version (not compared)."""
    changes: tuple[PatientChange, ...]
    outcomes_only: int
    """Patients whose verdict is the same but some criterion's outcome differs."""
    transitions: dict[str, int] = field(default_factory=dict)
    """``old → new`` verdict: how many patients."""
