"""Calendar windows and date relations on partial dates, in SQL: a date is the pair of its first
and last possible day (:class:`~eligo.sql.values.SDate`), and each function mirrors its namesake
in :mod:`eligo.language.temporal`.

>>> shift(exp.column("d"), -1, "months").sql(dialect="duckdb")  # calendar months clamp like temporal.add
'CAST(d - INTERVAL 1 MONTH AS DATE)'
"""

from __future__ import annotations

from datetime import date

from sqlglot import exp

from eligo.language import nodes as n
from eligo.sql.values import (
    BACKEND,
    SDate,
    SqlCompileError,
    and_,
    case,
    date_lit,
    decided,
    int_lit,
    is_true,
    not_null,
    num,
    or_,
    paren,
)

#: calendar units → the interval unit and how many of it one unit is
INTERVALS = {"days": ("DAY", 1), "weeks": ("DAY", 7), "months": ("MONTH", 1), "years": ("MONTH", 12)}

#: calendar steps a date shifts by plainly: within a thousand years of years 1-9999, where every
#: dialect has dates (PostgreSQL's begin in 4713 BC)
NEAR_STEPS = {"DAY": 365_250, "MONTH": 12_000}
#: the most calendar steps a date shifts by: that far from any day of years 1-9999 is past the
#: calendar's edge, where the evaluator ends a window (temporal._window)
MOST_STEPS = {"DAY": (date.max - date.min).days + 1, "MONTH": 12 * date.max.year}

# ----------------------------------------------------------------------------- dates


def shift(day: exp.Expr, amount: int, unit: str) -> exp.Expr:
    """Calendar arithmetic on a complete date (months clamp to the month's end, as temporal.add).

    A shift of more than a thousand years may leave the calendar (years 1-9999), and the result
    is then its edge, as the evaluator ends such a window (temporal._window): every recorded date
    compares with it as with the edge. (A shorter one from a recorded date stays within years
    -999 to 10999, which every dialect holds, and compares the same way.)"""
    name, factor = INTERVALS[unit]
    steps = amount * factor
    if abs(steps) <= NEAR_STEPS[name]:
        return _shifted(day, steps, name)
    steps = max(-MOST_STEPS[name], min(steps, MOST_STEPS[name]))  # past any edge, and a 32-bit integer
    edge = date.min if steps < 0 else date.max
    # `day - n` is before the first day exactly when `day` is before `first day + n`; likewise after
    beyond: exp.Expr = (exp.LT if steps < 0 else exp.GT)(
        this=day.copy(), expression=_shifted(date_lit(edge), -steps, name)
    )
    return case((beyond, date_lit(edge)), default=_shifted(day, steps, name))


def _shifted(day: exp.Expr, steps: int, name: str) -> exp.Expr:
    node: exp.Expr
    if steps >= 0:
        node = exp.DateAdd(this=day, expression=exp.Literal.number(steps), unit=exp.var(name))
    else:
        node = exp.DateSub(this=day, expression=exp.Literal.number(-steps), unit=exp.var(name))
    return exp.cast(node, exp.DataType.Type.DATE, copy=False)


def relation(x: SDate, anchor: SDate, kind: str) -> exp.Expr:
    """temporal.relation on (lo, hi) pairs."""
    if kind == "before":
        return decided(exp.LT(this=x.hi, expression=anchor.lo), exp.GTE(this=x.lo, expression=anchor.hi))
    if kind == "after":
        return decided(exp.GT(this=x.lo, expression=anchor.hi), exp.LTE(this=x.hi, expression=anchor.lo))
    if kind == "on_or_before":
        return decided(exp.LTE(this=x.hi, expression=anchor.lo), exp.GT(this=x.lo, expression=anchor.hi))
    if kind == "on_or_after":
        return decided(exp.GTE(this=x.lo, expression=anchor.hi), exp.LT(this=x.hi, expression=anchor.lo))
    raise SqlCompileError(f"{BACKEND} has no date relation {kind!r}")


def _window(anchor: exp.Expr, amount: int, unit: str, direction: str) -> tuple[exp.Expr, exp.Expr]:
    low = anchor.copy() if direction == "after" else shift(anchor.copy(), -amount, unit)
    high = anchor.copy() if direction == "before" else shift(anchor.copy(), amount, unit)
    return low, high


def within(x: SDate, anchor: SDate, amount: int, unit: str, direction: str) -> exp.Expr:
    """temporal.within on (lo, hi) pairs."""
    earliest = _window(anchor.lo, amount, unit, direction)
    latest = _window(anchor.hi, amount, unit, direction)
    return decided(
        and_(exp.LTE(this=latest[0], expression=x.lo.copy()), exp.LTE(this=x.hi.copy(), expression=earliest[1])),
        or_(exp.LT(this=x.hi.copy(), expression=earliest[0]), exp.GT(this=x.lo.copy(), expression=latest[1])),
    )


def at_least(x: SDate, anchor: SDate, amount: int, unit: str, direction: str) -> exp.Expr:
    """temporal.at_least on (lo, hi) pairs."""
    if direction == "before":
        return decided(
            exp.LTE(this=x.hi.copy(), expression=shift(anchor.lo.copy(), -amount, unit)),
            exp.GT(this=x.lo.copy(), expression=shift(anchor.hi.copy(), -amount, unit)),
        )
    if direction == "after":
        return decided(
            exp.GTE(this=x.lo.copy(), expression=shift(anchor.hi.copy(), amount, unit)),
            exp.LT(this=x.hi.copy(), expression=shift(anchor.lo.copy(), amount, unit)),
        )
    raise SqlCompileError(f"{BACKEND} cannot compile 'at least' {direction}")


def between(x: SDate, start: SDate, end: SDate) -> exp.Expr:
    """``x between start and end``, both ends included; unknown when any date is missing."""
    known = and_(not_null(x.lo), not_null(start.lo), not_null(end.lo))
    both = and_(relation(x, start, "on_or_after"), relation(x, end, "on_or_before"))
    return case((known, both))


def whole_units(a: exp.Expr, b: exp.Expr, months: int) -> exp.Expr:
    """Whole units of ``months`` calendar months from complete date ``a`` to ``b``, towards zero
    (temporal._whole_months, then temporal._truncating_div for years).

    With ``N(d) = (12 * year + month) * 100 + day``, ``N(b) - N(a)`` is 100 times the calendar
    months from ``a`` to ``b`` plus the difference of the days (-30..30), so the whole months are
    that difference divided by 100 towards zero (``SIGN(x) * FLOOR(ABS(x) / 100)``), and the
    whole years by 1200."""

    def part(unit: type[exp.Func], weight: int) -> exp.Expr:
        difference = paren(exp.Sub(this=unit(this=b.copy()), expression=unit(this=a.copy())))
        return difference if weight == 1 else exp.Mul(this=int_lit(weight), expression=difference)

    delta = paren(exp.Add(this=exp.Add(this=part(exp.Year, 1200), expression=part(exp.Month, 100)),
                          expression=part(exp.Day, 1)))  # fmt: skip
    whole = exp.Floor(this=exp.Div(this=exp.Abs(this=delta), expression=num(100 * months)))
    return exp.Mul(this=exp.Sign(this=delta.copy()), expression=whole)


def whole_days(a: exp.Expr, b: exp.Expr, unit: str) -> exp.Expr:
    """Whole days (or weeks, towards zero) from complete date ``a`` to ``b`` (temporal.days_between,
    weeks_between)."""
    days = exp.DateDiff(this=b.copy(), expression=a.copy(), unit=exp.var("DAY"))
    if unit == "days":
        return days
    whole = exp.Floor(this=exp.Div(this=exp.Abs(this=days), expression=num(7)))
    return exp.Mul(this=exp.Sign(this=days.copy()), expression=whole)


# ----------------------------------------------------------------------------- periods

#: a window's first or last day: (earliest, latest) it can be; None when the window is open there
Edge = tuple[exp.Expr, exp.Expr] | None


def span(window: n.Node, anchor: SDate, end: SDate | None = None) -> tuple[Edge, Edge]:
    """periods.span_for on (lo, hi) pairs: the window's first and last day."""
    lo, hi = anchor.lo, anchor.hi
    if isinstance(window, n.Between) and end is not None:
        return (lo.copy(), hi.copy()), (end.lo.copy(), end.hi.copy())
    if isinstance(window, n.Relative):
        step = {"before": -1, "after": 1}.get(window.relation, 0)
        edge = (shift(lo.copy(), step, "days"), shift(hi.copy(), step, "days")) if step else (lo.copy(), hi.copy())
        return (None, edge) if window.relation in ("before", "on_or_before") else (edge, None)
    if not isinstance(window, n.Within | n.AtLeast):
        raise SqlCompileError(f"{BACKEND} cannot compile a {getattr(window, 'kind', '?')} window")
    length = n.amount_of(window)
    amount, unit = int(length.value), length.unit
    if isinstance(window, n.Within):
        early, late = _window(lo, amount, unit, window.direction), _window(hi, amount, unit, window.direction)
        return (early[0], late[0]), (early[1], late[1])
    if window.direction == "before":
        return None, (shift(lo.copy(), -amount, unit), shift(hi.copy(), -amount, unit))
    return (shift(lo.copy(), amount, unit), shift(hi.copy(), amount, unit)), None


def overlaps(start: SDate, end: SDate, first: Edge, last: Edge) -> exp.Expr:
    """periods.overlaps on (lo, hi) pairs: the period from ``start`` to ``end`` overlaps the window."""

    def on_or_before(day: SDate, edge: Edge) -> exp.Expr:
        if edge is None:
            return exp.true()
        return decided(exp.LTE(this=day.hi.copy(), expression=edge[0].copy()),
                       exp.GT(this=day.lo.copy(), expression=edge[1].copy()))  # fmt: skip

    def on_or_after(day: SDate, edge: Edge) -> exp.Expr:
        if edge is None:
            return exp.true()
        return decided(exp.GTE(this=day.lo.copy(), expression=edge[1].copy()),
                       exp.LT(this=day.hi.copy(), expression=edge[0].copy()))  # fmt: skip

    # a period ends no earlier than it starts (periods.overlaps)
    starts_by_last = exp.Coalesce(
        this=on_or_before(start, last), expressions=[case((is_true(on_or_before(end, last)), exp.true()))]
    )
    ends_from_first = exp.Coalesce(
        this=on_or_after(end, first), expressions=[case((is_true(on_or_after(start, first)), exp.true()))]
    )
    return and_(paren(starts_by_last), paren(ends_from_first))
