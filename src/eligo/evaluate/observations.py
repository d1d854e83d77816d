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

__all__ = ["latest_and_rival", "latest_of", "record_value", "result_of", "same_day_reason"]


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
    one, inside or perhaps inside (``uncertain``), with a different value may be as late."""
    latest, rival = latest_and_rival(inside, uncertain)
    return latest if rival is None else None


def latest_and_rival(inside: list[Any], uncertain: list[Any]) -> tuple[Any, Any | None]:
    """The most recent of the observations ``inside`` (the first in list order on ties), and the
    first other one, inside or perhaps inside, with a different result that may be as late:
    dated on or after the day the chosen one may begin (an undated one may be anywhere).

    Without a time of day, two results on the same day are not ordered: neither is known to be
    the latest, so a different result that day makes the latest unknown, as a possibly later
    one does (DESIGN.md, "Ties")."""
    latest = max(inside, key=lambda r: bounds(r.date)[0])
    rival = next((r for r in inside + uncertain if _maybe_as_late(r, latest)), None)
    return latest, rival


def _maybe_as_late(record: Any, latest: Any) -> bool:
    """Whether another observation, with a different result, may be as late as the chosen one."""
    if record is latest or result_of(record) == result_of(latest):
        return False
    return record.date is None or bounds(record.date)[1] >= bounds(latest.date)[0]


def same_day_reason(latest: Any, rival: Any) -> str | None:
    """Why neither of two results of one day is the latest, when both are dated to that day."""
    if rival.date is None:
        return None
    (first, last), (rival_first, rival_last) = bounds(latest.date), bounds(rival.date)
    if not first == last == rival_first == rival_last:
        return None
    return (
        f"two results on {first.isoformat()} with different values; without a time of day neither is known to be "
        "the latest"
    )


def result_of(record: Any) -> tuple[Any, ...]:
    """What a criterion may read of an observation's value: its type (yes is not 1, but 1 is
    1.0), the value, its unit and the upper limit of normal (9 g/dL is not 9 g/L)."""
    value = record.value
    kind = "number" if is_number(value) else type(value).__name__
    return kind, float(value) if kind == "number" else value, record.unit, record.reference_high
