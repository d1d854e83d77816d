"""What screening says about a patient: per-criterion outcomes with evidence, and a verdict.

Outcomes: ``met``, ``not_met``, ``unknown``, ``not_applicable``. For an exclusion criterion,
``met`` means the patient has what excludes them. Verdict: ``eligible`` (every inclusion met or
not applicable, every exclusion not met or not applicable), ``ineligible`` (an inclusion not
met or an exclusion met), otherwise ``undetermined``, with the missing data that would decide.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, ValidatorFunctionWrapHandler, WrapValidator

Outcome = Literal["met", "not_met", "unknown", "not_applicable"]
Verdict = Literal["eligible", "ineligible", "undetermined"]


def _kept(value: Any, handler: ValidatorFunctionWrapHandler) -> Any:
    """A text that is more than a ``str`` (the evaluator's :class:`~eligo.evaluate.said.Said`, which
    remembers what it says for other languages) is kept as it is; anything else is validated."""
    return value if type(value) is not str and isinstance(value, str) else handler(value)


#: the evaluator's words: a ``str`` in every schema and output, kept as given when it is a Said
Words = Annotated[str, WrapValidator(_kept)]


class Evidence(BaseModel):
    """A piece of patient data that an answer rests on."""

    model_config = ConfigDict(frozen=True)

    record: str
    code: str | None = None
    display: str | None = None
    date: str | None = None
    value: Words | None = None
    note: Words


class CriterionResult(BaseModel):
    """The outcome of one criterion for one patient, and why."""

    model_config = ConfigDict(frozen=True)

    id: str
    polarity: Literal["include", "exclude"]
    title: str
    outcome: Outcome
    reason: Words
    evidence: tuple[Evidence, ...] = ()
    missing: tuple[Words, ...] = ()


class PatientResult(BaseModel):
    """One patient's screening result."""

    model_config = ConfigDict(frozen=True)

    patient_id: str
    verdict: Verdict
    criteria: tuple[CriterionResult, ...]
    missing: tuple[Words, ...] = ()
    fingerprint: str

    def outcome(self, criterion_id: str) -> Outcome:
        """The outcome of one criterion, by id."""
        return next(c.outcome for c in self.criteria if c.id == criterion_id)


def verdict(results: Iterable[tuple[str, Outcome]]) -> Verdict:
    """Combine (polarity, outcome) pairs into a verdict.

    >>> verdict([("include", "met"), ("exclude", "not_met"), ("include", "not_applicable")])
    'eligible'
    >>> verdict([("include", "unknown"), ("exclude", "met")])
    'ineligible'
    >>> verdict([("include", "met"), ("exclude", "unknown")])
    'undetermined'
    """
    undecided = False
    for polarity, outcome in results:
        if (polarity == "include" and outcome == "not_met") or (polarity == "exclude" and outcome == "met"):
            return "ineligible"
        undecided = undecided or outcome == "unknown"
    return "undetermined" if undecided else "eligible"
