"""Periods and windows: whether a record's period (start to end) overlaps a window (``active``).

A window is a range of days whose ends are themselves uncertain when its anchor is a partial date:
:class:`Span` holds, for each end, the earliest and the latest day it can be (``None``: the window
is open on that side). A period overlaps a window when it starts on or before the window's last
day and ends on or after its first day, both ends included (a period of one day on the window's
first day overlaps it). The answer is three-valued like every window (``None`` exactly when some
completions of the partial dates overlap and others do not, or a date the answer needs is missing).

A missing end means ongoing or not recorded, so it decides nothing: the overlap is then known only
from the start (a start inside the window overlaps whatever the end; a start after the window's
last day does not), and otherwise unknown. A missing start decides nothing either, but the end
alone may (an end before the window's first day: no overlap; an end inside it: overlap).

>>> from datetime import date as d
>>> w = window_span("within", (d(2026, 3, 1), d(2026, 3, 1)), 7, DurationUnit.DAYS, Direction.BEFORE)
>>> overlaps(d(2026, 1, 1), d(2026, 2, 22), w), overlaps(d(2026, 1, 1), d(2026, 2, 21), w)
(True, False)
>>> overlaps(d(2026, 1, 1), None, w), overlaps(d(2026, 2, 25), None, w), overlaps(d(2026, 3, 2), None, w)
(None, True, False)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from eligo.language import nodes as n
from eligo.language.logic import Truth, and3
from eligo.language.schema import RECORD_PERIOD
from eligo.language.temporal import DateLike, Direction, DurationUnit, bounds, shifted, window_days

Bounds = tuple[date, date]


@dataclass(frozen=True, slots=True)
class Span:
    """A window's first day (earliest, latest possible) and last day; ``None`` when open."""

    first: Bounds | None
    last: Bounds | None


def _step(day: date, days: int) -> date:
    """A day moved by ``days``, kept within the calendar (a window's edge stays at the edge)."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.min if days < 0 else date.max


def window_span(
    kind: str,
    anchor: Bounds,
    amount: int = 0,
    unit: DurationUnit = DurationUnit.DAYS,
    direction: Direction | str = Direction.BEFORE,
    end: Bounds | None = None,
) -> Span:
    """The span of a window of ``kind`` (``within``, ``at_least``, a relation ``before``, ``after``,
    ``on_or_before``, ``on_or_after``, or ``between`` with ``end``) around an anchor's bounds."""
    a_first, a_last = anchor
    if kind == "within":
        early, late = window_days(a_first, amount, unit, direction), window_days(a_last, amount, unit, direction)
        return Span((early[0], late[0]), (early[1], late[1]))
    if kind == "at_least":
        if Direction(direction) is Direction.BEFORE:  # past the calendar's first day: an empty window
            lasts = (shifted(a_first, -amount, unit), shifted(a_last, -amount, unit))
            return Span(None, (lasts[0] or date.min, lasts[1] or date.min))
        firsts = (shifted(a_first, amount, unit), shifted(a_last, amount, unit))
        return Span((firsts[0] or date.max, firsts[1] or date.max), None)
    if kind == "before":
        return Span(None, (_step(a_first, -1), _step(a_last, -1)))
    if kind == "on_or_before":
        return Span(None, anchor)
    if kind == "after":
        return Span((_step(a_first, 1), _step(a_last, 1)), None)
    if kind == "on_or_after":
        return Span(anchor, None)
    if kind == "between" and end is not None:
        return Span(anchor, end)
    raise ValueError(f"no window of kind {kind!r}")


def _decided(true_if: bool, false_if: bool) -> Truth:
    return True if true_if else False if false_if else None


def overlaps(start: DateLike | None, end: DateLike | None, span: Span) -> Truth:
    """Whether the period from ``start`` to ``end`` (both included) overlaps the window."""
    s = bounds(start) if start is not None else None
    e = bounds(end) if end is not None else None
    # a period ends no earlier than it starts: an end by the window's last day says the start is
    # too, and a start from the window's first day says the end is too
    starts_by_last = _on_or_before(s, span.last)
    if starts_by_last is None and _on_or_before(e, span.last) is True:
        starts_by_last = True
    ends_from_first = _on_or_after(e, span.first)
    if ends_from_first is None and _on_or_after(s, span.first) is True:
        ends_from_first = True
    return and3(starts_by_last, ends_from_first)


def _on_or_before(day: Bounds | None, last: Bounds | None) -> Truth:
    """A day on or before a window's last day (always, when the window is open there)."""
    if last is None:
        return True
    return None if day is None else _decided(day[1] <= last[0], day[0] > last[1])


def _on_or_after(day: Bounds | None, first: Bounds | None) -> Truth:
    """A day on or after a window's first day (always, when the window is open there)."""
    if first is None:
        return True
    return None if day is None else _decided(day[0] >= first[1], day[1] < first[0])


def span_for(window: n.Node, anchor: DateLike, end: DateLike | None = None) -> Span:
    """The span of a window node of a checked program, given its anchor date (for ``between``, its
    start) and, for ``between``, its end date."""
    if isinstance(window, n.Between):
        if end is None:
            raise ValueError("a 'between' window needs its end date")
        return window_span("between", bounds(anchor), end=bounds(end))
    if isinstance(window, n.Relative):
        return window_span(window.relation, bounds(anchor))
    if isinstance(window, n.Within | n.AtLeast):
        length = n.amount_of(window)
        return window_span(window.kind, bounds(anchor), int(length.value), DurationUnit(length.unit), window.direction)
    raise ValueError(f"no window of kind {getattr(window, 'kind', type(window).__name__)!r}")


def record_period(kind: str, record: Any) -> tuple[Any, Any]:
    """A record's (start, end) for ``active`` (schema.RECORD_PERIOD); a procedure with neither a
    start nor an end but a ``date`` (FHIR performedDateTime) lasted that day."""
    first, last = RECORD_PERIOD[kind]
    start, end = getattr(record, first), getattr(record, last)
    if kind == "procedure" and start is None and end is None:
        return record.date, record.date
    return start, end
