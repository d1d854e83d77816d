"""Observations as criteria read them: a recorded value typed by its measure, and the latest of
the observations in a window (unknown when another, perhaps later, says something else).

Shared by the evidence evaluator and the outcomes-only closures; the SQL back end mirrors
:func:`latest_of` (:meth:`eligo.sql.ctes.Ctes.latest`).
"""

from __future__ import annotations

from typing import Any

from eligo.evaluate.values import is_number, typed_value
from eligo.language import nodes as n
from eligo.language.temporal import bounds

__all__ = ["latest_of", "record_value", "result_of"]


def record_value(record: Any, measure: n.Measure | None) -> Any:
    """An observation's value as criteria read it: typed by its measure (``None`` when missing or
    when it does not fit the measure's type); without a measure, as recorded, numbers as floats."""
    raw = record.value
    if raw is None:
        return None
    if measure is None:
        return float(raw) if isinstance(raw, float | int) and not isinstance(raw, bool) else raw
    return typed_value(measure.value_type, raw, record.unit, record.reference_high)


def latest_of(inside: list[Any], uncertain: list[Any]) -> Any | None:
    """The most recent of the (dated) observations ``inside`` a window, or ``None`` when another
    one, inside or perhaps inside (``uncertain``), with a different value may be later."""
    latest = max(inside, key=lambda r: bounds(r.date)[0])
    if any(_maybe_later(r, latest) for r in inside + uncertain):
        return None
    return latest


def _maybe_later(record: Any, latest: Any) -> bool:
    """Whether another observation, with a different result, may be later than the chosen one
    (an undated one may be)."""
    if record is latest or result_of(record) == result_of(latest):
        return False
    return record.date is None or bounds(record.date)[1] > bounds(latest.date)[0]


def result_of(record: Any) -> tuple[Any, ...]:
    """What a criterion may read of an observation's value: its type (yes is not 1, but 1 is
    1.0), the value, its unit and the upper limit of normal (9 g/dL is not 9 g/L)."""
    value = record.value
    kind = "number" if is_number(value) else type(value).__name__
    return kind, float(value) if kind == "number" else value, record.unit, record.reference_high
