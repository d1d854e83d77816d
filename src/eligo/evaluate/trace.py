"""What the evaluator carries while it evaluates: the trace behind a value (evidence, missing
data, facts) and the environment (the patient, the reference dates, the records being read)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from eligo.evaluate.record_facts import record_label
from eligo.evaluate.results import Evidence
from eligo.language import nodes as n
from eligo.language.temporal import DateLike
from eligo.records.model import Patient


@dataclass(frozen=True, slots=True)
class Trace:
    """Why a value is what it is."""

    evidence: tuple[Evidence, ...] = ()
    missing: tuple[str, ...] = ()
    facts: tuple[str, ...] = ()


EMPTY = Trace()


def merge(*traces: Trace) -> Trace:
    """Put traces together, keeping order and dropping repeats."""
    live = [t for t in traces if t is not EMPTY]
    if not live:
        return EMPTY
    if len(live) == 1:
        return live[0]
    return Trace(
        tuple(dict.fromkeys(e for t in live for e in t.evidence)),
        tuple(dict.fromkeys(m for t in live for m in t.missing)),
        tuple(dict.fromkeys(f for t in live for f in t.facts)),
    )


@dataclass(frozen=True, slots=True)
class Frame:
    """The record a ``where`` or ``except`` clause is reading."""

    kind: str
    record: Any
    measure: n.Measure | None

    @property
    def label(self) -> str:
        """The record as the evidence names it, made when asked for (most records read are never named)."""
        return record_label(self.kind, self.record)


@dataclass(frozen=True, slots=True)
class Env:
    patient: Patient
    dates: Mapping[str, DateLike]
    frames: tuple[Frame, ...] = ()

    def inside(self, frame: Frame) -> Env:
        return Env(self.patient, self.dates, (frame, *self.frames))


Result = tuple[Any, Trace]
