"""Tests for eligo.language.temporal: partial dates, calendar arithmetic, durations, windows."""

from __future__ import annotations

import doctest
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from typing import TypeVar

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from eligo.language import temporal
from eligo.language.logic import Truth
from eligo.language.temporal import (
    DateLike,
    Direction,
    DurationUnit,
    PartialDate,
    Precision,
    add,
    after,
    age_in_months_at,
    age_in_years_at,
    at_least,
    before,
    days_between,
    equal,
    months_between,
    same_or_after,
    same_or_before,
    subtract,
    weeks_between,
    within,
    years_between,
)

SETTINGS = settings(database=None, deadline=None, max_examples=300)
T = TypeVar("T")
DAYS, WEEKS, MONTHS, YEARS = (
    DurationUnit.DAYS,
    DurationUnit.WEEKS,
    DurationUnit.MONTHS,
    DurationUnit.YEARS,
)
BEFORE, AFTER, EITHER = Direction.BEFORE, Direction.AFTER, Direction.EITHER
P = PartialDate.parse
D = date.fromisoformat

# --- strategies and helpers -------------------------------------------------

dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))
precisions = st.sampled_from(list(Precision))
units = st.sampled_from(list(DurationUnit))
directions = st.sampled_from(list(Direction))


@st.composite
def partial_dates(draw: st.DrawFn, base: st.SearchStrategy[date] = dates) -> PartialDate:
    return PartialDate.from_date(draw(base)).truncated(draw(precisions))


@st.composite
def nearby_pairs(draw: st.DrawFn) -> tuple[PartialDate, PartialDate]:
    """Two partial dates at most a few years apart, small enough to enumerate."""
    first = draw(dates)
    second = first + timedelta(days=draw(st.integers(-1200, 1200)))
    pair = (
        PartialDate.from_date(first).truncated(draw(precisions)),
        PartialDate.from_date(second).truncated(draw(precisions)),
    )
    assume(len(completions(pair[0])) * len(completions(pair[1])) <= 2000)
    return pair


@st.composite
def amounts(draw: st.DrawFn, unit: DurationUnit) -> int:
    top = {DAYS: 800, WEEKS: 120, MONTHS: 30, YEARS: 4}[unit]
    return draw(st.integers(0, top))


def completions(value: DateLike) -> list[date]:
    if not isinstance(value, PartialDate):
        return [value]
    first, last = value.earliest(), value.latest()
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def pairs_of_completions(a: DateLike, b: DateLike) -> Iterator[tuple[date, date]]:
    for x in completions(a):
        for y in completions(b):
            yield x, y


def agreed(results: set[T]) -> T | None:
    """The result every completion agrees on, else None."""
    return next(iter(results)) if len(results) == 1 else None


def test_doctests() -> None:
    result = doctest.testmod(temporal)
    assert result.attempted > 0
    assert result.failed == 0


# --- PartialDate ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1963", PartialDate(1963)),
        ("1963-07", PartialDate(1963, 7)),
        ("1963-07-14", PartialDate(1963, 7, 14)),
        ("2024-02-29", PartialDate(2024, 2, 29)),
        ("0001-01-01", PartialDate(1, 1, 1)),
        ("9999-12-31", PartialDate(9999, 12, 31)),
    ],
)
def test_parse_valid(text: str, expected: PartialDate) -> None:
    assert PartialDate.parse(text) == expected
    assert str(expected) == text


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "expected YYYY, YYYY-MM or YYYY-MM-DD"),
        ("63", "expected YYYY"),
        ("19630", "expected YYYY"),
        ("1963-7", "expected YYYY"),
        ("1963-07-4", "expected YYYY"),
        ("1963/07/14", "expected YYYY"),
        ("14-07-1963", "expected YYYY"),
        ("1963-07-14T10:00", "expected YYYY"),
        (" 1963", "expected YYYY"),
        ("1963\n", "expected YYYY"),
        ("+1963", "expected YYYY"),
        ("\uff11\uff19\uff16\uff13", "expected YYYY"),  # full-width digits
        ("1963--07", "expected YYYY"),
        ("0000", "year 0 is out of range (1-9999)"),
        ("1963-13", "month 13 is out of range (1-12)"),
        ("1963-00", "month 0 is out of range (1-12)"),
        ("2026-02-30", "day 30 is out of range for 2026-02 (1-28)"),
        ("2026-02-29", "day 29 is out of range for 2026-02 (1-28)"),
        ("2026-04-31", "day 31 is out of range for 2026-04 (1-30)"),
        ("2026-01-00", "day 0 is out of range for 2026-01 (1-31)"),
    ],
)
def test_parse_invalid(text: str, reason: str) -> None:
    with pytest.raises(ValueError, match="invalid date") as caught:
        PartialDate.parse(text)
    assert repr(text) in str(caught.value)
    assert reason in str(caught.value)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ((2026, None, 5), "a day needs a month"),
        ((2026, 13, None), "month 13 is out of range"),
        ((10000, None, None), "year 10000 is out of range"),
        ((2023, 2, 29), "day 29 is out of range for 2023-02"),
    ],
)
def test_constructor_validates(fields: tuple[int, int | None, int | None], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        PartialDate(*fields)


def test_properties_and_bounds() -> None:
    year, month, day = P("2024"), P("2024-02"), P("2024-02-10")
    assert [p.precision for p in (year, month, day)] == list(Precision)
    assert [p.is_complete for p in (year, month, day)] == [False, False, True]
    assert (year.earliest(), year.latest()) == (D("2024-01-01"), D("2024-12-31"))
    assert (month.earliest(), month.latest()) == (D("2024-02-01"), D("2024-02-29"))
    assert (P("2023-02").latest(), P("2023-12").latest()) == (D("2023-02-28"), D("2023-12-31"))
    assert day.earliest() == day.latest() == day.to_date() == D("2024-02-10")
    assert day.truncated(Precision.MONTH) == month
    assert day.truncated(Precision.YEAR) == year
    assert year.truncated(Precision.DAY) == year
    with pytest.raises(ValueError, match="2024-02 is not a complete date"):
        month.to_date()


def test_partial_dates_are_frozen_and_hashable() -> None:
    p = P("2024-02")
    with pytest.raises(AttributeError):
        p.year = 2025  # type: ignore[misc]
    assert len({p, P("2024-02"), P("2024")}) == 2


def test_datetime_is_refused() -> None:
    with pytest.raises(TypeError, match="not a datetime"):
        PartialDate.from_date(datetime(2024, 1, 1, 12))
    with pytest.raises(TypeError, match="not a datetime"):
        days_between(datetime(2024, 1, 1, 12), date(2024, 1, 2))
    with pytest.raises(TypeError, match="not a datetime"):
        add(datetime(2024, 1, 1, 12), 1, DAYS)


@SETTINGS
@given(partial_dates(st.dates()))
def test_str_parse_round_trip(value: PartialDate) -> None:
    assert PartialDate.parse(str(value)) == value


@SETTINGS
@given(partial_dates(st.dates()))
def test_completions_share_the_known_fields(value: PartialDate) -> None:
    first, last = value.earliest(), value.latest()
    assert first <= last
    for day in (first, last):
        assert PartialDate.from_date(day).truncated(value.precision) == value
    if first > date.min:  # the calendar has no day before 0001-01-01
        assert PartialDate.from_date(first - timedelta(days=1)).truncated(value.precision) != value


# --- arithmetic -------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "amount", "unit", "expected"),
    [
        ("2024-02-29", 1, YEARS, "2025-02-28"),
        ("2024-02-29", 4, YEARS, "2028-02-29"),
        ("2024-01-31", 1, MONTHS, "2024-02-29"),
        ("2023-01-31", 1, MONTHS, "2023-02-28"),
        ("2024-03-31", -1, MONTHS, "2024-02-29"),
        ("2024-05-31", 1, MONTHS, "2024-06-30"),
        ("2024-10-31", 3, MONTHS, "2025-01-31"),
        ("2024-01-15", -13, MONTHS, "2022-12-15"),
        ("2024-01-01", 2, WEEKS, "2024-01-15"),
        ("2024-02-28", 1, DAYS, "2024-02-29"),
        ("2024-01-01", -1, DAYS, "2023-12-31"),
        ("2024-06-15", 0, YEARS, "2024-06-15"),
    ],
)
def test_add_complete_dates(start: str, amount: int, unit: DurationUnit, expected: str) -> None:
    assert add(D(start), amount, unit) == D(expected)
    assert subtract(D(start), -amount, unit) == D(expected)
    assert add(P(start), amount, unit) == P(expected)


@pytest.mark.parametrize(
    ("start", "amount", "unit", "expected"),
    [
        ("2014", 24, MONTHS, "2016"),
        ("2014", 25, MONTHS, "2016"),
        ("2014", -25, MONTHS, "2012"),  # -25 months is -2 years, truncated toward zero
        ("2014", 11, MONTHS, "2014"),
        ("2014", 735, DAYS, "2016"),
        ("2014", 364, DAYS, "2014"),
        ("2014", 52, WEEKS, "2014"),  # 364 days < 365
        ("2014", 53, WEEKS, "2015"),
        ("2014-06", 33, DAYS, "2014-07"),
        ("2014-06", -33, DAYS, "2014-05"),
        ("2014-06", 29, DAYS, "2014-06"),
        ("2014-06", 5, WEEKS, "2014-07"),
        ("2014-06", 1, YEARS, "2015-06"),
        ("2014-11", 3, MONTHS, "2015-02"),
    ],
)
def test_add_partial_dates_converts_finer_quantities(
    start: str, amount: int, unit: DurationUnit, expected: str
) -> None:
    assert add(P(start), amount, unit) == P(expected)


@pytest.mark.parametrize(
    ("start", "amount", "unit"),
    [
        ("9999-12-31", 1, DAYS),
        ("0001-01-01", -1, DAYS),
        ("2005-10-10", 8000, YEARS),
        ("9999-12", 1, MONTHS),
        ("9999", 400, DAYS),
        ("2000-01-01", 10**12, DAYS),
    ],
)
def test_add_out_of_range_raises_value_error(start: str, amount: int, unit: DurationUnit) -> None:
    with pytest.raises(ValueError, match=r"outside the supported years \(1-9999\)"):
        add(P(start), amount, unit)


def test_units_and_directions_given_as_strings_are_checked() -> None:
    assert add(D("2024-01-31"), 1, "days") == D("2024-02-01")  # type: ignore[call-overload]
    assert within(D("2024-02-01"), D("2024-01-31"), 1, "days", "after") is True  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="'fortnights' is not a valid DurationUnit"):
        add(D("2024-01-31"), 1, "fortnights")  # type: ignore[call-overload]
    with pytest.raises(ValueError, match="'around' is not a valid Direction"):
        at_least(D("2024-01-31"), D("2024-01-31"), 1, DAYS, "around")  # type: ignore[arg-type]


@SETTINGS
@given(dates, st.integers(0, 500), units)
def test_add_then_compare(start: date, amount: int, unit: DurationUnit) -> None:
    later = add(start, amount, unit)
    assert later >= start
    assert same_or_after(later, start) is True
    assert before(later, start) is False
    assert subtract(later, amount, unit) <= start  # month-end clamping can only pull back


@SETTINGS
@given(dates, st.integers(-3000, 3000))
def test_days_and_weeks_are_exact(start: date, amount: int) -> None:
    assert subtract(add(start, amount, DAYS), amount, DAYS) == start
    assert add(start, amount, WEEKS) == add(start, 7 * amount, DAYS)
    assert days_between(start, add(start, amount, DAYS)) == amount


@SETTINGS
@given(dates, st.integers(-60, 60))
def test_years_are_twelve_months(start: date, amount: int) -> None:
    assert add(start, amount, YEARS) == add(start, 12 * amount, MONTHS)
    moved = add(start, amount, MONTHS)
    assert (moved.year * 12 + moved.month) - (start.year * 12 + start.month) == amount
    days_in_month = (add(moved.replace(day=1), 1, MONTHS) - moved.replace(day=1)).days
    assert moved.day == min(start.day, days_in_month)


@SETTINGS
@given(partial_dates(), st.integers(-800, 800), units)
def test_add_partial_keeps_precision(start: PartialDate, amount: int, unit: DurationUnit) -> None:
    assert add(start, amount, unit).precision == start.precision


# --- comparisons --------------------------------------------------------------

COMPARISONS: dict[str, Callable[[DateLike, DateLike, Precision | None], Truth]] = {
    "before": before,
    "after": after,
    "same_or_before": same_or_before,
    "same_or_after": same_or_after,
    "equal": equal,
}


@pytest.mark.parametrize(
    ("a", "b", "precision", "expected"),
    [
        # (before, after, same_or_before, same_or_after, equal)
        ("2013", "2014-02-15", None, (True, False, True, False, False)),
        ("2014", "2014-02-15", None, (None, None, None, None, None)),
        ("2015", "2014-02-15", None, (False, True, False, True, False)),
        ("2014-02", "2014-02-15", None, (None, None, None, None, None)),
        ("2014-01", "2014-02-15", None, (True, False, True, False, False)),
        ("2014-02-15", "2014-02-15", None, (False, False, True, True, True)),
        ("2014-02-14", "2014-02-15", None, (True, False, True, False, False)),
        # same precision and equal: equal, as in CQL (see the test below)
        ("2014", "2014", None, (False, False, True, True, True)),
        ("2014-02", "2014-02", None, (False, False, True, True, True)),
        # with a precision, only fields down to it count
        ("2014-02-01", "2014-02-28", Precision.MONTH, (False, False, True, True, True)),
        ("2014-01-31", "2014-02-01", Precision.MONTH, (True, False, True, False, False)),
        ("2014-02-01", "2014-12-28", Precision.YEAR, (False, False, True, True, True)),
        ("2014-12-20", "2014-12", Precision.DAY, (None, None, None, None, None)),
        ("2014-12-20", "2014-11", Precision.DAY, (False, True, False, True, False)),
        ("2014", "2014", Precision.MONTH, (None, None, None, None, None)),
        ("2014", "2014", Precision.YEAR, (False, False, True, True, True)),
    ],
)
def test_comparisons(a: str, b: str, precision: Precision | None, expected: tuple[Truth, ...]) -> None:
    results = tuple(compare(P(a), P(b), precision) for compare in COMPARISONS.values())
    assert results == expected


def test_dates_and_partial_dates_mix() -> None:
    assert before(D("2013-12-31"), P("2014")) is True
    assert after(P("2014-03"), D("2014-02-28")) is True
    assert equal(D("2014-03-01"), P("2014-03-01")) is True
    assert same_or_before(D("2014-03-01"), D("2014-03-01"), Precision.DAY) is True


def test_cql_same_precision_rule_is_kept() -> None:
    """CQL treats two dates of the same precision as values at that precision:
    ``2014 = 2014`` is true although two days in 2014 may differ. A lone
    less-precise side is unknown even when no completion could satisfy the test
    (no day of December 2014 is before 1 December 2014)."""
    assert equal(P("2014"), P("2014")) is True
    assert before(P("2014-12"), D("2014-12-01")) is None


@SETTINGS
@given(partial_dates(), partial_dates(), st.none() | precisions, st.sampled_from(list(COMPARISONS)))
def test_decided_comparisons_hold_for_every_completion(
    a: PartialDate, b: PartialDate, precision: Precision | None, name: str
) -> None:
    compare = COMPARISONS[name]
    result = compare(a, b, precision)
    same_precision_tie = precision is None and a == b and not a.is_complete
    if result is None or same_precision_tie:
        return
    for x, y in [
        (a.earliest(), b.earliest()),
        (a.earliest(), b.latest()),
        (a.latest(), b.earliest()),
        (a.latest(), b.latest()),
    ]:
        assert compare(x, y, precision) is result


@SETTINGS
@given(nearby_pairs(), st.none() | precisions, st.sampled_from(list(COMPARISONS)))
def test_decided_comparisons_hold_for_all_completions_exhaustively(
    pair: tuple[PartialDate, PartialDate], precision: Precision | None, name: str
) -> None:
    a, b = pair
    compare = COMPARISONS[name]
    result = compare(a, b, precision)
    if result is None or (precision is None and a == b and not a.is_complete):
        return
    assert {compare(x, y, precision) for x, y in pairs_of_completions(a, b)} == {result}


@SETTINGS
@given(dates, dates, precisions)
def test_complete_comparisons_match_python_order(a: date, b: date, precision: Precision) -> None:
    assert before(a, b) is (a < b)
    assert same_or_after(a, b) is (a >= b)
    assert equal(a, b) is (a == b)
    ta, tb = (PartialDate.from_date(x).truncated(precision) for x in (a, b))
    assert before(a, b, precision) is (ta.earliest() < tb.earliest())


# --- durations and ages -------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "years", "months", "weeks", "days"),
    [
        ("2013-12-10", "2015-01-01", 1, 12, 55, 387),
        ("2014-01-31", "2014-02-01", 0, 0, 0, 1),
        ("2014-01-31", "2014-02-28", 0, 0, 4, 28),
        ("2014-01-31", "2014-03-31", 0, 2, 8, 59),
        ("2012-03-10", "2013-03-10", 1, 12, 52, 365),
        ("2012-03-10", "2013-03-09", 0, 11, 52, 364),
        ("2015-01-01", "2013-12-10", -1, -12, -55, -387),
        ("2024-02-29", "2025-02-28", 0, 11, 52, 365),
        ("2024-02-29", "2025-03-01", 1, 12, 52, 366),
        ("2024-02-29", "2028-02-29", 4, 48, 208, 1461),
        ("2024-01-31", "2024-02-29", 0, 0, 4, 29),
        ("2000-10-15", "2000-10-15", 0, 0, 0, 0),
    ],
)
def test_durations_between_complete_dates(a: str, b: str, years: int, months: int, weeks: int, days: int) -> None:
    got = [f(D(a), D(b)) for f in (years_between, months_between, weeks_between, days_between)]
    assert got == [years, months, weeks, days]


@pytest.mark.parametrize(
    ("birth", "at", "years", "months"),
    [
        ("1963", "2026-07-01", None, None),
        ("1963", "2026-12-31", 63, None),
        ("1963", "2027-01-01", None, None),
        ("1963-07", "2026-07-15", None, None),
        ("1963-07", "2026-07-31", 63, 756),
        ("1963-07", "2026-08-01", 63, None),
        ("1963-07-14", "2026-07-13", 62, 755),
        ("1963-07-14", "2026-07-14", 63, 756),
        ("2008-02-29", "2026-02-28", 17, 215),
        ("2008-02-29", "2026-03-01", 18, 216),
        ("2008-02-29", "2028-02-29", 20, 240),
        ("2005-12-31", "2024-01-01", 18, 216),
        ("1980-06-17", "2012", None, None),
        ("2000", "2020", None, None),
        ("2000-03", "2001-03", None, None),
    ],
)
def test_ages(birth: str, at: str, years: int | None, months: int | None) -> None:
    assert age_in_years_at(P(birth), P(at)) == years
    assert age_in_months_at(P(birth), P(at)) == months
    if P(at).is_complete:
        assert age_in_years_at(P(birth), D(at)) == years


@SETTINGS
@given(dates, dates, dates)
def test_age_is_monotone_in_at(birth: date, first: date, second: date) -> None:
    early, late = sorted((first, second))
    for age in (age_in_years_at, age_in_months_at):
        young, old = age(birth, early), age(birth, late)
        assert young is not None and old is not None
        assert young <= old


@SETTINGS
@given(partial_dates(), dates, dates)
def test_partial_age_is_monotone_in_at_when_decided(birth: PartialDate, first: date, second: date) -> None:
    early, late = sorted((first, second))
    young, old = age_in_years_at(birth, early), age_in_years_at(birth, late)
    if young is not None and old is not None:
        assert young <= old


@SETTINGS
@given(dates, dates)
def test_durations_are_antisymmetric(a: date, b: date) -> None:
    for between in (years_between, months_between, weeks_between, days_between):
        forward, backward = between(a, b), between(b, a)
        assert forward is not None and backward is not None
        assert forward == -backward


@SETTINGS
@given(dates, units, st.data())
def test_subtract_then_measure(end: date, unit: DurationUnit, data: st.DataObject) -> None:
    amount = data.draw(amounts(unit))
    between = {DAYS: days_between, WEEKS: weeks_between, MONTHS: months_between}
    measure = between.get(unit, years_between)
    assert measure(subtract(end, amount, unit), end) == amount


@SETTINGS
@given(dates, dates, st.integers(1, 1000), units)
def test_duration_agrees_with_at_least_before(x: date, anchor: date, amount: int, unit: DurationUnit) -> None:
    """``n`` whole units from x to anchor exactly when x is at least n units before it."""
    between = {DAYS: days_between, WEEKS: weeks_between, MONTHS: months_between}
    whole = between.get(unit, years_between)(x, anchor)
    assert whole is not None
    assert at_least(x, anchor, amount, unit, BEFORE) is (whole >= amount)


@SETTINGS
@given(nearby_pairs())
def test_partial_durations_are_exact(pair: tuple[PartialDate, PartialDate]) -> None:
    """A duration is decided exactly when every pair of completions agrees."""
    a, b = pair
    for between in (years_between, months_between, weeks_between, days_between):
        expected = agreed({between(x, y) for x, y in pairs_of_completions(a, b)})
        assert between(a, b) == expected


# --- windows --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("x", "anchor", "amount", "unit", "direction", "expected"),
    [
        ("2026-01-31", "2026-01-31", 30, DAYS, BEFORE, True),  # day 0
        ("2026-01-01", "2026-01-31", 30, DAYS, BEFORE, True),  # day -30
        ("2025-12-31", "2026-01-31", 30, DAYS, BEFORE, False),  # day -31
        ("2026-02-01", "2026-01-31", 30, DAYS, BEFORE, False),
        ("2026-03-02", "2026-01-31", 30, DAYS, AFTER, True),
        ("2026-03-03", "2026-01-31", 30, DAYS, AFTER, False),
        ("2026-01-30", "2026-01-31", 30, DAYS, AFTER, False),
        ("2026-01-01", "2026-01-31", 30, DAYS, EITHER, True),
        ("2026-03-02", "2026-01-31", 30, DAYS, EITHER, True),
        ("2026-03-03", "2026-01-31", 30, DAYS, EITHER, False),
        ("2025-07-31", "2026-01-31", 6, MONTHS, BEFORE, True),
        ("2025-07-30", "2026-01-31", 6, MONTHS, BEFORE, False),
        ("2024-02-29", "2024-03-31", 1, MONTHS, BEFORE, True),  # 2024-03-31 - 1 month
        ("2024-02-28", "2024-03-31", 1, MONTHS, BEFORE, False),
        ("2026-01-31", "2026-01-31", 0, DAYS, EITHER, True),
        ("2025-12", "2026-01-31", 30, DAYS, BEFORE, False),
        ("2026-01", "2026-01-20", 30, DAYS, BEFORE, None),
        ("2026-01", "2026-02-28", 60, DAYS, BEFORE, True),
        ("2026", "2026-06-30", 1, YEARS, EITHER, True),
        ("2026", "2026-06-30", 3, MONTHS, EITHER, None),
        ("2026-01-15", "2026-01", 10, DAYS, EITHER, None),
        ("2026-01-15", "2026-01", 20, DAYS, EITHER, True),
        ("2026-03-15", "2026-01", 10, DAYS, AFTER, False),
    ],
)
def test_within(x: str, anchor: str, amount: int, unit: DurationUnit, direction: Direction, expected: Truth) -> None:
    assert within(P(x), P(anchor), amount, unit, direction) is expected


@pytest.mark.parametrize(
    ("x", "anchor", "amount", "unit", "direction", "expected"),
    [
        ("2008-02-29", "2026-02-28", 18, YEARS, BEFORE, False),
        ("2008-02-29", "2026-03-01", 18, YEARS, BEFORE, True),
        ("2008-02-28", "2026-02-28", 18, YEARS, BEFORE, True),
        ("2008", "2026-12-31", 18, YEARS, BEFORE, True),
        ("2008", "2026-07-01", 18, YEARS, BEFORE, None),
        ("2009", "2026-12-31", 18, YEARS, BEFORE, False),
        ("2026-07-01", "2026-01-01", 6, MONTHS, AFTER, True),
        ("2026-06-30", "2026-01-01", 6, MONTHS, AFTER, False),
        ("2026-07", "2026-01-01", 6, MONTHS, AFTER, True),
        ("2026-07", "2026-01", 6, MONTHS, AFTER, None),
        ("2026-02-28", "2026-01-31", 1, MONTHS, AFTER, True),  # 2026-01-31 + 1 month
        ("2026-01-31", "2026-01-31", 0, DAYS, BEFORE, True),
        ("2026-01-31", "2026-01-31", 0, DAYS, AFTER, True),
    ],
)
def test_at_least(x: str, anchor: str, amount: int, unit: DurationUnit, direction: Direction, expected: Truth) -> None:
    assert at_least(P(x), P(anchor), amount, unit, direction) is expected


def test_window_arguments_are_checked() -> None:
    with pytest.raises(ValueError, match="non-negative amount"):
        within(D("2026-01-01"), D("2026-01-01"), -1, DAYS, BEFORE)
    with pytest.raises(ValueError, match="non-negative amount"):
        at_least(D("2026-01-01"), D("2026-01-01"), -1, DAYS, BEFORE)
    with pytest.raises(ValueError, match=r"BEFORE or Direction\.AFTER"):
        at_least(D("2026-01-01"), D("2026-01-01"), 1, DAYS, EITHER)


@SETTINGS
@given(dates, st.integers(-1000, 1000), units, directions, st.data())
def test_within_complete_dates_matches_definition(
    anchor: date, offset: int, unit: DurationUnit, direction: Direction, data: st.DataObject
) -> None:
    amount = data.draw(amounts(unit))
    x = anchor + timedelta(days=offset)
    low = anchor if direction is AFTER else subtract(anchor, amount, unit)
    high = anchor if direction is BEFORE else add(anchor, amount, unit)
    assert within(x, anchor, amount, unit, direction) is (low <= x <= high)
    if direction is EITHER:
        either = within(x, anchor, amount, unit, BEFORE) or within(x, anchor, amount, unit, AFTER)
        assert within(x, anchor, amount, unit, EITHER) is either


@SETTINGS
@given(nearby_pairs(), units, directions, st.data())
def test_partial_within_is_exact(
    pair: tuple[PartialDate, PartialDate],
    unit: DurationUnit,
    direction: Direction,
    data: st.DataObject,
) -> None:
    """None exactly when some completions are inside the window and some outside."""
    x, anchor = pair
    amount = data.draw(amounts(unit))
    outcomes = {within(cx, ca, amount, unit, direction) for cx, ca in pairs_of_completions(x, anchor)}
    assert within(x, anchor, amount, unit, direction) is agreed(outcomes)


@SETTINGS
@given(nearby_pairs(), units, st.sampled_from([BEFORE, AFTER]), st.data())
def test_partial_at_least_is_exact(
    pair: tuple[PartialDate, PartialDate],
    unit: DurationUnit,
    direction: Direction,
    data: st.DataObject,
) -> None:
    x, anchor = pair
    amount = data.draw(amounts(unit))
    outcomes = {at_least(cx, ca, amount, unit, direction) for cx, ca in pairs_of_completions(x, anchor)}
    assert at_least(x, anchor, amount, unit, direction) is agreed(outcomes)
