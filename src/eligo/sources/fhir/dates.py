"""FHIR dates and times as Eligo's partial dates.

A FHIR ``date`` (``2024``, ``2024-05``, ``2024-05-03``) is a partial date as it is; a
``dateTime`` or ``instant`` (``2024-05-03T10:15:00+02:00``) keeps the calendar date as written
(the date where it was recorded: Eligo counts days, and converting to another time zone could
move it). An age (``onsetAge``) becomes the most precise partial date that holds every day the
patient had that age, given the birth date: ``50 a`` for a patient born 1960-01-01 is ``2010``;
for one born 1960-03-15 no year holds it and it is not used.
"""

from __future__ import annotations

import datetime
import re

from eligo.language.temporal import PartialDate
from eligo.sources.fhir.structs import Quantity
from eligo.sources.fhir.units import UCUM

_DATE_TIME = re.compile(
    r"(\d{4}(?:-\d{2}(?:-\d{2})?)?)"
    r"(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?"
)


def fhir_date(text: str) -> str:
    """The calendar date of a FHIR date, dateTime or instant, checked; raises ``ValueError``.

    >>> fhir_date("2024-05-03T23:30:00-05:00"), fhir_date("1963-07")
    ('2024-05-03', '1963-07')
    >>> fhir_date("2024-02-30")
    Traceback (most recent call last):
    ...
    ValueError: invalid date '2024-02-30': day 30 is out of range for 2024-02 (1-29)
    """
    found = _DATE_TIME.fullmatch(text)
    if found is None:
        raise ValueError(f"invalid date {text[:40]!r}: expected a FHIR date or dateTime (YYYY-MM-DD[Thh:mm:ss+zz:zz])")
    return str(PartialDate.parse(found.group(1)))


def _plus_years(day: datetime.date, years: int) -> datetime.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a common year
        return day.replace(year=day.year + years, day=28)


def age_date(birth: str, age: Quantity) -> str:
    """The partial date when a patient born on ``birth`` was ``age`` (whole years, UCUM ``a``);
    raises ``ValueError`` saying why when no partial date holds every such day.

    >>> age_date("1960-01-01", Quantity(value=50, system=UCUM, code="a"))
    '2010'
    >>> age_date("1960-03-15", Quantity(value=50, system=UCUM, code="a"))
    Traceback (most recent call last):
    ...
    ValueError: age 50 a is 2010-03-15 to 2011-03-14: no year, month or day holds it
    """
    if age.value is None or age.value != int(age.value) or age.value < 0 or age.value > 150:
        raise ValueError("an age is a whole number of years from 0")
    if (age.code or age.unit) not in ("a", "yr", "year", "years") or (age.system not in (None, UCUM)):
        raise ValueError(f"an age in {age.code or age.unit!r} is not read (only whole years, UCUM 'a')")
    born = PartialDate.parse(birth)
    years = int(age.value)
    first = _plus_years(born.earliest(), years)
    last = _plus_years(born.latest(), years + 1) - datetime.timedelta(days=1)
    if first == last:
        return first.isoformat()
    month_end = (last + datetime.timedelta(days=1)).month != last.month
    if (first.year, first.month) == (last.year, last.month) and first.day == 1 and month_end:
        return f"{first.year:04d}-{first.month:02d}"
    if first.year == last.year and (first.month, first.day) == (1, 1) and (last.month, last.day) == (12, 31):
        return f"{first.year:04d}"
    raise ValueError(f"age {years} a is {first} to {last}: no year, month or day holds it")
