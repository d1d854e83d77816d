"""Dates, partial dates, durations and ages with CQL semantics.

A date in patient data may be partial: ``1963`` or ``1963-07`` as well as
``1963-07-14``. A :class:`PartialDate` stands for every complete date it could
be (its *completions*), from :meth:`PartialDate.earliest` to
:meth:`PartialDate.latest`. Plain :class:`datetime.date` values are accepted
wherever a date is expected; a :class:`datetime.datetime` is refused, as
Eligo works with calendar dates only.

Results that depend on a missing part are unknown (``None``):

* comparisons (:func:`before` ...) follow CQL: fields are compared from the
  year down; where one side lacks a field the other has, the answer is
  ``None``. As in CQL, two dates of the *same* precision that agree are equal
  (``1963`` equals ``1963``);
* durations and ages (:func:`years_between`, :func:`age_in_years_at` ...) and
  windows (:func:`within`, :func:`at_least`) are ``None`` exactly when
  different completions give different answers.

Calendar arithmetic (:func:`add`) keeps the day of the month and clamps it to
the end of a shorter month. Whole periods between two dates are counted as the
CQL reference engine counts them (Java ``ChronoUnit.between``): ``n`` whole
months lie between ``a`` and ``b`` when ``a`` is no later than ``b`` moved back
``n`` months, so ``age_in_years_at(birth, day) >= n`` exactly when
``at_least(birth, day, n, DurationUnit.YEARS, Direction.BEFORE)``. Someone
born on 29 February completes each year on 1 March in common years.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import MAXYEAR, MINYEAR, date, datetime, timedelta
from enum import IntEnum, StrEnum
from typing import TypeAlias, overload

from eligo.language.logic import Truth

__all__ = [
    "DateLike",
    "Direction",
    "DurationUnit",
    "PartialDate",
    "Precision",
    "add",
    "after",
    "age_in_months_at",
    "age_in_years_at",
    "at_least",
    "before",
    "days_between",
    "equal",
    "months_between",
    "same_or_after",
    "same_or_before",
    "subtract",
    "weeks_between",
    "within",
    "years_between",
]


class Precision(IntEnum):
    """How much of a date is known; a larger value is more precise."""

    YEAR = 1
    MONTH = 2
    DAY = 3


class DurationUnit(StrEnum):
    """Calendar units for date arithmetic and durations."""

    DAYS = "days"
    WEEKS = "weeks"
    MONTHS = "months"
    YEARS = "years"


class Direction(StrEnum):
    """Where a window lies relative to its anchor; ``EITHER`` is "of"."""

    BEFORE = "before"
    AFTER = "after"
    EITHER = "of"


_ISO = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A calendar date whose month, or day, may be unknown.

    >>> p = PartialDate.parse("1963-07")
    >>> p.precision.name, p.is_complete, str(p)
    ('MONTH', False, '1963-07')
    >>> p.earliest(), p.latest()
    (datetime.date(1963, 7, 1), datetime.date(1963, 7, 31))
    """

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if not MINYEAR <= self.year <= MAXYEAR:
            raise ValueError(f"year {self.year} is out of range ({MINYEAR}-{MAXYEAR})")
        if self.month is None:
            if self.day is not None:
                raise ValueError("a day needs a month")
            return
        if not 1 <= self.month <= 12:
            raise ValueError(f"month {self.month} is out of range (1-12)")
        last = calendar.monthrange(self.year, self.month)[1]
        if self.day is not None and not 1 <= self.day <= last:
            raise ValueError(f"day {self.day} is out of range for {self.year:04d}-{self.month:02d} (1-{last})")

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, nothing else.

        >>> PartialDate.parse("2024-02-29")
        PartialDate(year=2024, month=2, day=29)
        >>> PartialDate.parse("2026-02-30")
        Traceback (most recent call last):
        ...
        ValueError: invalid date '2026-02-30': day 30 is out of range for 2026-02 (1-28)
        """
        match = _ISO.fullmatch(text)
        if match is None:
            raise ValueError(f"invalid date {text!r}: expected YYYY, YYYY-MM or YYYY-MM-DD")
        year, month, day = match.groups()
        try:
            return cls(int(year), _int_or_none(month), _int_or_none(day))
        except ValueError as error:
            raise ValueError(f"invalid date {text!r}: {error}") from None

    @classmethod
    def from_date(cls, value: date) -> PartialDate:
        """The complete partial date for ``value``."""
        value = _checked(value)
        return cls(value.year, value.month, value.day)

    def __str__(self) -> str:
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text

    @property
    def precision(self) -> Precision:
        """The most precise field that is known."""
        if self.month is None:
            return Precision.YEAR
        return Precision.MONTH if self.day is None else Precision.DAY

    @property
    def is_complete(self) -> bool:
        """Whether year, month and day are all known."""
        return self.day is not None

    def earliest(self) -> date:
        """The first day this partial date could be."""
        return date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> date:
        """The last day this partial date could be."""
        month = self.month or 12
        return date(self.year, month, self.day or calendar.monthrange(self.year, month)[1])

    def truncated(self, precision: Precision) -> PartialDate:
        """Drop the fields finer than ``precision``.

        >>> str(PartialDate(2014, 10, 12).truncated(Precision.MONTH))
        '2014-10'
        """
        month = self.month if precision >= Precision.MONTH else None
        day = self.day if precision >= Precision.DAY else None
        return PartialDate(self.year, month, day)

    def to_date(self) -> date:
        """The date itself; ``ValueError`` unless the date is complete."""
        if self.month is None or self.day is None:
            raise ValueError(f"{self} is not a complete date")
        return date(self.year, self.month, self.day)


DateLike: TypeAlias = date | PartialDate
"""A complete :class:`datetime.date` or a :class:`PartialDate`."""


def _int_or_none(text: str | None) -> int | None:
    return None if text is None else int(text)


def _checked(value: date) -> date:
    if isinstance(value, datetime):
        raise TypeError(f"expected a date, not a datetime: {value!r}")
    return value


def _as_partial(value: DateLike) -> PartialDate:
    return value if isinstance(value, PartialDate) else PartialDate.from_date(value)


def _bounds(value: DateLike) -> tuple[date, date]:
    if isinstance(value, PartialDate):
        return value.earliest(), value.latest()
    value = _checked(value)
    return value, value


def _truncating_div(amount: int, divisor: int) -> int:
    quotient = abs(amount) // divisor
    return quotient if amount >= 0 else -quotient


# --- arithmetic -----------------------------------------------------------


def _add_months(value: date, months: int) -> date:
    year, month_index = divmod(value.year * 12 + value.month - 1 + months, 12)
    if not MINYEAR <= year <= MAXYEAR:
        raise OverflowError
    last = calendar.monthrange(year, month_index + 1)[1]
    return date(year, month_index + 1, min(value.day, last))


def _add_to_date(value: date, amount: int, unit: DurationUnit) -> date:
    try:
        if unit is DurationUnit.DAYS:
            return value + timedelta(days=amount)
        if unit is DurationUnit.WEEKS:
            return value + timedelta(weeks=amount)
        return _add_months(value, amount * 12 if unit is DurationUnit.YEARS else amount)
    except OverflowError:
        raise ValueError(
            f"{value} {'-' if amount < 0 else '+'} {abs(amount)} {unit} is outside"
            f" the supported years ({MINYEAR}-{MAXYEAR})"
        ) from None


def _coarsened(amount: int, unit: DurationUnit, precision: Precision) -> tuple[int, DurationUnit]:
    """Convert a quantity finer than ``precision`` to that precision, truncating
    (CQL: 1 week = 7 days, 1 year ~ 365 days, 1 month ~ 30 days, 1 year = 12 months)."""
    if unit is DurationUnit.WEEKS:
        amount, unit = amount * 7, DurationUnit.DAYS
    if unit is DurationUnit.DAYS and precision is Precision.YEAR:
        return _truncating_div(amount, 365), DurationUnit.YEARS
    if unit is DurationUnit.DAYS:
        return _truncating_div(amount, 30), DurationUnit.MONTHS
    if unit is DurationUnit.MONTHS and precision is Precision.YEAR:
        return _truncating_div(amount, 12), DurationUnit.YEARS
    return amount, unit


def _add_to_partial(value: PartialDate, amount: int, unit: DurationUnit) -> PartialDate:
    if value.is_complete:
        return PartialDate.from_date(_add_to_date(value.to_date(), amount, unit))
    amount, unit = _coarsened(amount, unit, value.precision)
    moved = _add_to_date(value.earliest(), amount, unit)
    return PartialDate(moved.year, moved.month if value.month is not None else None)


@overload
def add(value: PartialDate, amount: int, unit: DurationUnit) -> PartialDate: ...
@overload
def add(value: date, amount: int, unit: DurationUnit) -> date: ...
def add(value: DateLike, amount: int, unit: DurationUnit) -> DateLike:
    """Calendar addition; months and years keep the day, clamped to the month's end.

    A partial date stays partial: a quantity finer than its precision is first
    converted to that precision, dropping any remainder (as in CQL). Raises
    ``ValueError`` if the result falls outside years 1-9999.

    >>> add(date(2024, 2, 29), 1, DurationUnit.YEARS)
    datetime.date(2025, 2, 28)
    >>> add(date(2024, 1, 31), 1, DurationUnit.MONTHS)
    datetime.date(2024, 2, 29)
    >>> str(add(PartialDate(2014), 25, DurationUnit.MONTHS))
    '2016'
    """
    unit = DurationUnit(unit)
    if isinstance(value, PartialDate):
        return _add_to_partial(value, amount, unit)
    return _add_to_date(_checked(value), amount, unit)


@overload
def subtract(value: PartialDate, amount: int, unit: DurationUnit) -> PartialDate: ...
@overload
def subtract(value: date, amount: int, unit: DurationUnit) -> date: ...
def subtract(value: DateLike, amount: int, unit: DurationUnit) -> DateLike:
    """Calendar subtraction: ``add(value, -amount, unit)``.

    >>> subtract(date(2024, 3, 31), 1, DurationUnit.MONTHS)
    datetime.date(2024, 2, 29)
    """
    return add(value, -amount, unit)


# --- comparison -----------------------------------------------------------


def _order(a: DateLike, b: DateLike, precision: Precision | None) -> int | None:
    """-1, 0 or 1 comparing field by field down to ``precision`` (default: all
    fields); ``None`` where one side lacks a field that decides it (CQL)."""
    left, right = _as_partial(a), _as_partial(b)
    pairs = zip((left.year, left.month, left.day), (right.year, right.month, right.day), strict=True)
    for index, (x, y) in enumerate(pairs):
        if precision is not None and index >= precision:
            break
        if x is None and y is None:
            return 0 if precision is None else None
        if x is None or y is None:
            return None
        if x != y:
            return -1 if x < y else 1
    return 0


def _test(order: int | None, holds: Callable[[int], bool]) -> Truth:
    return None if order is None else holds(order)


def before(a: DateLike, b: DateLike, precision: Precision | None = None) -> Truth:
    """``a`` is before ``b`` (CQL ``before [precision of]``).

    >>> before(PartialDate(2013), date(2014, 2, 15)), before(PartialDate(2014), date(2014, 2, 15))
    (True, None)
    >>> before(date(2014, 3, 1), date(2014, 3, 20), Precision.MONTH)
    False
    """
    return _test(_order(a, b, precision), lambda order: order < 0)


def after(a: DateLike, b: DateLike, precision: Precision | None = None) -> Truth:
    """``a`` is after ``b`` (CQL ``after [precision of]``).

    >>> after(date(2005, 10, 10), PartialDate(2005, 9), Precision.DAY)
    True
    """
    return _test(_order(a, b, precision), lambda order: order > 0)


def same_or_before(a: DateLike, b: DateLike, precision: Precision | None = None) -> Truth:
    """``a`` is the same as or before ``b`` (CQL ``same [precision] or before``).

    >>> same_or_before(PartialDate(2014), date(2014, 2, 15))
    """
    return _test(_order(a, b, precision), lambda order: order <= 0)


def same_or_after(a: DateLike, b: DateLike, precision: Precision | None = None) -> Truth:
    """``a`` is the same as or after ``b`` (CQL ``same [precision] or after``).

    >>> same_or_after(date(2000, 3, 15), PartialDate(2000, 2))
    True
    """
    return _test(_order(a, b, precision), lambda order: order >= 0)


def equal(a: DateLike, b: DateLike, precision: Precision | None = None) -> Truth:
    """``a`` is the same date as ``b`` (CQL ``=`` and ``same [precision] as``).

    >>> day = date(2014, 10, 12)
    >>> equal(PartialDate(2014, 10), day), equal(PartialDate(2014, 9), day)
    (None, False)
    >>> equal(PartialDate(2014), PartialDate(2014))  # same precision: equal, as in CQL
    True
    """
    return _test(_order(a, b, precision), lambda order: order == 0)


# --- durations and ages ---------------------------------------------------


def _whole_months(a: date, b: date) -> int:
    if b < a:
        return -_whole_months(b, a)
    months = (b.year - a.year) * 12 + b.month - a.month
    return months - 1 if b.day < a.day else months


def _between(a: DateLike, b: DateLike, count: Callable[[date, date], int]) -> int | None:
    """``count`` never decreases in ``b`` nor increases in ``a``, so the extreme
    completions give the least and the greatest possible answer."""
    a_first, a_last = _bounds(a)
    b_first, b_last = _bounds(b)
    least, greatest = count(a_last, b_first), count(a_first, b_last)
    return least if least == greatest else None


def years_between(a: DateLike, b: DateLike) -> int | None:
    """Whole calendar years from ``a`` to ``b`` (negative if ``b`` is earlier);
    ``None`` if it depends on a missing part.

    >>> years_between(date(2013, 12, 10), date(2015, 1, 1))
    1
    >>> years_between(PartialDate(2005), PartialDate(2010)) is None
    True
    """
    return _between(a, b, lambda x, y: _truncating_div(_whole_months(x, y), 12))


def months_between(a: DateLike, b: DateLike) -> int | None:
    """Whole calendar months from ``a`` to ``b``; ``None`` if uncertain.

    >>> jan31 = date(2014, 1, 31)
    >>> months_between(jan31, date(2014, 2, 28)), months_between(jan31, date(2014, 3, 31))
    (0, 2)
    """
    return _between(a, b, _whole_months)


def weeks_between(a: DateLike, b: DateLike) -> int | None:
    """Whole weeks (7 days) from ``a`` to ``b``; ``None`` if uncertain.

    >>> weeks_between(date(2000, 10, 15), date(2000, 10, 28))
    1
    """
    return _between(a, b, lambda x, y: _truncating_div((y - x).days, 7))


def days_between(a: DateLike, b: DateLike) -> int | None:
    """Days from ``a`` to ``b``; ``None`` if uncertain.

    >>> days_between(date(2013, 1, 1), date(2014, 1, 1))
    365
    >>> print(days_between(date(2014, 1, 1), PartialDate(2014, 1)))
    None
    """
    return _between(a, b, lambda x, y: (y - x).days)


def age_in_years_at(birth: DateLike, at: DateLike) -> int | None:
    """Completed years of age on ``at`` (CQL ``AgeInYearsAt``); ``None`` if uncertain.

    >>> age_in_years_at(PartialDate(1963), date(2026, 7, 1)) is None
    True
    >>> age_in_years_at(PartialDate(1963), date(2026, 12, 31))
    63
    """
    return years_between(birth, at)


def age_in_months_at(birth: DateLike, at: DateLike) -> int | None:
    """Completed months of age on ``at`` (CQL ``AgeInMonthsAt``); ``None`` if uncertain.

    >>> age_in_months_at(PartialDate(2025, 2), date(2026, 4, 27)) is None
    True
    >>> age_in_months_at(PartialDate(2025, 2), date(2026, 4, 28))
    14
    """
    return months_between(birth, at)


# --- windows --------------------------------------------------------------


def _decided(true_if: bool, false_if: bool) -> Truth:
    return True if true_if else False if false_if else None


def _shifted(anchor: date, amount: int, unit: DurationUnit) -> date | None:
    """``anchor + amount`` units, or ``None`` when that falls outside years 1-9999."""
    try:
        return _add_to_date(anchor, amount, unit)
    except ValueError:
        return None


def _window(anchor: date, amount: int, unit: DurationUnit, direction: Direction) -> tuple[date, date]:
    """The first and last day of a window; a window reaching past the calendar ends at its edge
    (every date there is inside it, so the answers are exact)."""
    low = anchor if direction is Direction.AFTER else _shifted(anchor, -amount, unit) or date.min
    high = anchor if direction is Direction.BEFORE else _shifted(anchor, amount, unit) or date.max
    return low, high


def shifted(anchor: date, amount: int, unit: DurationUnit) -> date | None:
    """``anchor + amount`` units, or ``None`` when that falls outside years 1-9999."""
    return _shifted(anchor, amount, DurationUnit(unit))


def window_days(anchor: date, amount: int, unit: DurationUnit, direction: Direction | str) -> tuple[date, date]:
    """The first and last day of the window of ``amount`` units ``direction`` a complete anchor date."""
    return _window(anchor, amount, DurationUnit(unit), Direction(direction))


def _checked_window(amount: int, unit: DurationUnit, direction: Direction) -> tuple[DurationUnit, Direction]:
    if amount < 0:
        raise ValueError(f"a window needs a non-negative amount, got {amount}")
    return DurationUnit(unit), Direction(direction)


def within(x: DateLike, anchor: DateLike, amount: int, unit: DurationUnit, direction: Direction) -> Truth:
    """``x`` lies within ``amount`` units before, after or either side of ``anchor``,
    both ends included: ``anchor - amount <= x <= anchor`` for ``BEFORE``,
    ``anchor <= x <= anchor + amount`` for ``AFTER`` and
    ``anchor - amount <= x <= anchor + amount`` for ``EITHER``.
    ``None`` exactly when some completions are inside and some outside.

    >>> within(date(2026, 1, 1), date(2026, 1, 31), 30, DurationUnit.DAYS, Direction.BEFORE)
    True
    >>> days = DurationUnit.DAYS
    >>> print(within(PartialDate(2026, 1), date(2026, 1, 20), 30, days, Direction.BEFORE))
    None
    >>> within(PartialDate(2025, 11), date(2026, 1, 31), 30, DurationUnit.DAYS, Direction.EITHER)
    False
    """
    unit, direction = _checked_window(amount, unit, direction)
    x_first, x_last = _bounds(x)
    a_first, a_last = _bounds(anchor)
    earliest_window = _window(a_first, amount, unit, direction)
    latest_window = _window(a_last, amount, unit, direction)
    return _decided(
        latest_window[0] <= x_first and x_last <= earliest_window[1],
        x_last < earliest_window[0] or x_first > latest_window[1],
    )


def at_least(x: DateLike, anchor: DateLike, amount: int, unit: DurationUnit, direction: Direction) -> Truth:
    """``x`` is at least ``amount`` units before (``x <= anchor - amount``) or
    after (``x >= anchor + amount``) ``anchor``; ``None`` exactly when the
    completions disagree. ``Direction.EITHER`` is refused.

    >>> at_least(date(2008, 2, 29), date(2026, 2, 28), 18, DurationUnit.YEARS, Direction.BEFORE)
    False
    >>> at_least(PartialDate(2008), date(2026, 12, 31), 18, DurationUnit.YEARS, Direction.BEFORE)
    True
    """
    unit, direction = _checked_window(amount, unit, direction)
    x_first, x_last = _bounds(x)
    a_first, a_last = _bounds(anchor)
    # A limit past the calendar (None) is before every date (BEFORE) or after every date (AFTER).
    if direction is Direction.BEFORE:
        early, late = _shifted(a_first, -amount, unit), _shifted(a_last, -amount, unit)
        return _decided(early is not None and x_last <= early, late is None or x_first > late)
    if direction is Direction.AFTER:
        early, late = _shifted(a_first, amount, unit), _shifted(a_last, amount, unit)
        return _decided(late is not None and x_first >= late, early is None or x_last < early)
    raise ValueError("at_least needs Direction.BEFORE or Direction.AFTER")


def bounds(value: DateLike) -> tuple[date, date]:
    """The first and last calendar day a (possibly partial) date could be.

    >>> bounds(PartialDate(2024, 2))
    (datetime.date(2024, 2, 1), datetime.date(2024, 2, 29))
    """
    return _bounds(value)


def relation(x: DateLike, anchor: DateLike, kind: str) -> Truth:
    """``before``, ``after``, ``on_or_before`` or ``on_or_after`` by calendar day; ``None``
    exactly when the possible days of ``x`` and ``anchor`` disagree (unlike CQL's
    precision-wise comparison, ``2014-12 before 2014-12-01`` is false here, as every day of
    December 2014 is on or after the first).

    >>> relation(PartialDate(2014, 12), date(2014, 12, 1), "before")
    False
    >>> print(relation(PartialDate(2014), date(2014, 6, 1), "before"))
    None
    """
    x_first, x_last = _bounds(x)
    a_first, a_last = _bounds(anchor)
    if kind == "before":
        return _decided(x_last < a_first, x_first >= a_last)
    if kind == "after":
        return _decided(x_first > a_last, x_last <= a_first)
    if kind == "on_or_before":
        return _decided(x_last <= a_first, x_first > a_last)
    if kind == "on_or_after":
        return _decided(x_first >= a_last, x_last < a_first)
    raise ValueError(f"unknown date relation {kind!r}")
