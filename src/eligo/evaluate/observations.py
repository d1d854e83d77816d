"""Observations as criteria read them: a recorded value typed by its measure, and the latest of
the observations in a window (when others, perhaps as late, say something else: a range of numbers or
quantities, else unknown).

Shared by the evidence evaluator and the outcomes-only closures; the SQL back end mirrors
:func:`latest_of` (:meth:`eligo.sql.ctes.Ctes.latest`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from eligo.evaluate.said import Said, said
from eligo.evaluate.values import Between, Qty, QtyBetween, UlnNumber, is_number, typed_value
from eligo.language import nodes as n
from eligo.language.temporal import bounds

__all__ = [
    "candidates_reason",
    "latest_and_rivals",
    "latest_of",
    "record_value",
    "result_of",
    "same_day_reason",
    "spread",
]


def record_value(record: Any, measure: n.Measure | None) -> Any:
    """An observation's value as criteria read it: typed by its measure (``None`` when missing or
    when it does not fit the measure's type); without a measure, as recorded, numbers as floats."""
    raw = record.value
    if raw is None:
        return None
    if measure is None:
        return float(raw) if isinstance(raw, float | int) and not isinstance(raw, bool) else raw
    return typed_value(measure.value_type, raw, record.unit, record.reference_high)


def latest_of(inside: list[Any], uncertain: list[Any], typed: Callable[[Any], Any]) -> Any:
    """The value of the latest of the (dated) observations ``inside`` a window, typed by ``typed``
    (``None`` when unknown): when others, inside or perhaps inside (``uncertain``), with different
    results may be as late, the :func:`spread` of all their values."""
    latest, rivals = latest_and_rivals(inside, uncertain)
    if not rivals:
        return typed(latest)
    return spread([typed(latest), *(typed(r) for r in rivals)])


def latest_and_rivals(inside: list[Any], uncertain: list[Any]) -> tuple[Any, list[Any]]:
    """The most recent of the observations ``inside`` (the first in list order on ties), and the
    other ones, inside or perhaps inside, with a different result that may be as late: dated on
    or after the day the chosen one may begin (an undated one may be anywhere).

    Without a time of day, two results on the same day are not ordered: neither is known to be
    the latest, so the latest is one of them, as it is one of the chosen one and a possibly later
    one (DESIGN.md, "Ties")."""
    latest = max(inside, key=lambda r: bounds(r.date)[0])
    return latest, [r for r in inside + uncertain if _maybe_as_late(r, latest)]


def spread(values: list[Any]) -> Any:
    """The latest's value when it is one of several ``values`` (typed results): numbers as the
    range from the least to the greatest (:class:`Between`), quantities of one dimension as a
    :class:`QtyBetween` (its ULN multiples known only if every value has one), so that a
    comparison is decided only when every value in the range gives the same answer (ECOG 0 or 1
    is in 0..1, is not >= 2, and may or may not be 0). Anything else (a value missing or not of
    the measure's type, texts, codes, yes and no) is unknown: ``None``. One value if all are one."""
    if any(v is None for v in values):
        return None
    if all(is_number(v) for v in values):
        low, high = min(float(v) for v in values), max(float(v) for v in values)
        uln_low, uln_high = _uln_ends([v.uln if isinstance(v, UlnNumber) else None for v in values])
        if low == high and uln_low == uln_high:
            return low if uln_low is None else UlnNumber(low, uln_low)
        return Between(low, high, uln_low, uln_high)
    if all(isinstance(v, Qty) for v in values) and len({v.dimension for v in values}) == 1:
        low, high = min(v.value for v in values), max(v.value for v in values)
        uln_low, uln_high = _uln_ends([v.uln for v in values])
        if low == high and uln_low == uln_high:
            return Qty(low, values[0].dimension, uln_low)
        return QtyBetween(low, high, values[0].dimension, uln_low, uln_high)
    return None


def _uln_ends(ulns: list[float | None]) -> tuple[float | None, float | None]:
    """The least and greatest multiple of the upper limit of normal, known only if every value has one."""
    if None in ulns:
        return None, None
    known = [u for u in ulns if u is not None]
    return min(known), max(known)


def _maybe_as_late(record: Any, latest: Any) -> bool:
    """Whether another observation, with a different result, may be as late as the chosen one."""
    if record is latest or result_of(record) == result_of(latest):
        return False
    return record.date is None or bounds(record.date)[1] >= bounds(latest.date)[0]


def same_day_reason(latest: Any, rivals: list[Any], values: tuple[str, ...] = ()) -> Said | None:
    """Why none of several results of one day is the latest, when all are dated to that day (with
    their ``values``, as a person reads them, where given)."""
    if any(r.date is None for r in rivals):
        return None
    first, last = bounds(latest.date)
    if first != last or any(bounds(r.date) != (first, last) for r in rivals):
        return None
    if values:
        return said("same_day_values", results=len(rivals) + 1, date=first.isoformat(), values=values)
    return said("same_day", results=len(rivals) + 1, date=first.isoformat())


def candidates_reason(latest: Any, rivals: list[Any], shown: tuple[str, ...]) -> Said:
    """Why the latest is one of several results (``shown`` as a person reads them)."""
    return same_day_reason(latest, rivals, shown) or said("imprecise_values", values=shown)


def result_of(record: Any) -> tuple[Any, ...]:
    """What a criterion may read of an observation's value: its type (yes is not 1, but 1 is
    1.0), the value, its unit and the upper limit of normal (9 g/dL is not 9 g/L)."""
    value = record.value
    kind = "number" if is_number(value) else type(value).__name__
    return kind, float(value) if kind == "number" else value, record.unit, record.reference_high
