"""Ordering the values a change moves: numbers, quantities, durations, ranges, sets and windows.

Each function says whether the second value reaches further than the first (``"more"``), less
(``"less"``), the same (``"same"``) or cannot be ordered (``None``): durations in calendar months
and years are compared by their possible lengths in days (a month is 28 to 31 days), and units
of one dimension by :func:`eligo.language.units.convert`.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from eligo.language import nodes as n
from eligo.language.units import UNITS, convert

Order = Literal["more", "less", "same"]

#: the shortest and longest length of one unit of time, in days (calendar months and years vary)
DAYS = {
    "days": (Decimal(1), Decimal(1)),
    "weeks": (Decimal(7), Decimal(7)),
    "months": (Decimal(28), Decimal(31)),
    "years": (Decimal(365), Decimal(366)),
}
#: calendar units that are exact multiples of each other
MONTHS = {"months": Decimal(1), "years": Decimal(12)}
SINGULAR = {"day": "days", "week": "weeks", "month": "months", "year": "years"}


def _order(a: Decimal, b: Decimal) -> Order:
    return "same" if a == b else "more" if b > a else "less"


def _time(unit: str) -> str | None:
    unit = SINGULAR.get(unit, unit)
    return unit if unit in DAYS else None


def order_quantities(a: n.QuantityLit, b: n.QuantityLit) -> Order | None:
    """How ``b`` compares with ``a`` (``None``: not comparable, or not decidable)."""
    if a.unit == b.unit:
        return _order(a.value, b.value)
    ta, tb = _time(a.unit), _time(b.unit)
    if ta and tb:
        if ta in MONTHS and tb in MONTHS:
            return _order(a.value * MONTHS[ta], b.value * MONTHS[tb])
        low_a, high_a = (a.value * d for d in DAYS[ta])
        low_b, high_b = (b.value * d for d in DAYS[tb])
        if low_b > high_a:
            return "more"
        if high_b < low_a:
            return "less"
        return None
    if a.unit in UNITS and b.unit in UNITS:
        try:
            return _order(a.value, convert(b.value, b.unit, a.unit))
        except ValueError:
            return None
    return None


def order_values(a: n.Node, b: n.Node) -> Order | None:
    """How the literal ``b`` compares with the literal ``a``."""
    if isinstance(a, n.NumberLit) and isinstance(b, n.NumberLit):
        return _order(a.value, b.value)
    if isinstance(a, n.QuantityLit) and isinstance(b, n.QuantityLit):
        return order_quantities(a, b)
    if isinstance(a, n.DateLit) and isinstance(b, n.DateLit) and len(a.value) == len(b.value):
        return "same" if a.value == b.value else "more" if b.value > a.value else "less"
    return "same" if a == b else None


def order_ranges(a: n.RangeLit, b: n.RangeLit) -> Order | None:
    """``more`` when ``b`` contains ``a``, ``less`` when ``a`` contains ``b``."""
    low, high = order_values(a.low, b.low), order_values(a.high, b.high)
    if low is None or high is None:
        return None
    if low == high == "same":
        return "same"
    if low in ("less", "same") and high in ("more", "same"):
        return "more"
    if low in ("more", "same") and high in ("less", "same"):
        return "less"
    return None


def order_sets(a: n.SetLit, b: n.SetLit) -> Order | None:
    old, new = set(a.items), set(b.items)
    if old == new:
        return "same"
    if old < new:
        return "more"
    if new < old:
        return "less"
    return None


#: relations from the narrowest; each reaches every day the one before it does, and one more
RELATION_REACH = {("before", "on_or_before"), ("after", "on_or_after")}
#: a window of the given direction reaches every day of one of these directions (same amount)
DIRECTION_REACH = {("before", "of"), ("after", "of")}


def order_windows(a: n.Node, b: n.Node) -> Order | None:
    """Whether window ``b`` holds more days than window ``a`` (``more``: every day of ``a`` and more)."""
    if a == b:
        return "same"
    if type(a) is not type(b) or getattr(a, "anchor", None) != getattr(b, "anchor", None):
        return None
    if isinstance(a, n.Within | n.AtLeast) and isinstance(b, n.Within | n.AtLeast):
        return _order_spans(a, b)
    if isinstance(a, n.Relative) and isinstance(b, n.Relative):
        if (a.relation, b.relation) in RELATION_REACH:
            return "more"
        if (b.relation, a.relation) in RELATION_REACH:
            return "less"
        return None
    if isinstance(a, n.Between) and isinstance(b, n.Between):
        start, end = order_values(a.start, b.start), order_values(a.end, b.end)
        if start in ("less", "same") and end in ("more", "same"):
            return "more"
        if start in ("more", "same") and end in ("less", "same"):
            return "less"
    return None


def _order_spans(a: n.Within | n.AtLeast, b: n.Within | n.AtLeast) -> Order | None:
    """Two windows of one kind (``within`` or ``at least``) and one anchor: their amounts and directions."""
    if not isinstance(a.amount, n.QuantityLit) or not isinstance(b.amount, n.QuantityLit):
        return None
    amount = order_quantities(a.amount, b.amount)
    if a.direction == b.direction:
        direction: Order | None = "same"
    elif (a.direction, b.direction) in DIRECTION_REACH:
        direction = "more"
    elif (b.direction, a.direction) in DIRECTION_REACH:
        direction = "less"
    else:
        direction = None
    if amount is None or direction is None:
        return None
    if isinstance(a, n.AtLeast):  # at least a longer time before: fewer days
        amount = {"more": "less", "less": "more", "same": "same"}[amount]  # type: ignore[assignment]
    if amount == direction or direction == "same":
        return amount
    return direction if amount == "same" else None
