"""Units of measure Eligo knows: their dimension and factor to the dimension's base unit.

Clinical criteria use a small, closed set of units, and comparisons need exact conversions
between the spellings laboratories use (10^9/L and 10^3/µL are the same count), so a table
reviewed by a person serves better here than a general units library.

>>> convert(Decimal("9"), "g/dL", "g/L")
Decimal('90')
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Unit:
    """A unit: what it measures and how many base units one of it is."""

    symbol: str
    dimension: str
    factor: Decimal
    words: str


def _u(symbol: str, dimension: str, factor: str, words: str) -> Unit:
    return Unit(symbol, dimension, Decimal(factor), words)


UNITS: dict[str, Unit] = {
    u.symbol: u
    for u in (
        # time; months and years are calendar units, compared by calendar arithmetic
        _u("days", "time", "1", "days"),
        _u("weeks", "time", "7", "weeks"),
        _u("months", "calendar time", "1", "months"),
        _u("years", "calendar time", "12", "years"),
        # mass concentration, base g/L
        _u("g/dL", "mass concentration", "10", "g/dL"),
        _u("g/L", "mass concentration", "1", "g/L"),
        _u("mg/dL", "mass concentration", "0.01", "mg/dL"),
        _u("mg/L", "mass concentration", "0.001", "mg/L"),
        # substance concentration, base µmol/L
        _u("µmol/L", "substance concentration", "1", "µmol/L"),
        _u("mmol/L", "substance concentration", "1000", "mmol/L"),
        # number concentration (cell counts), base 10^9/L
        _u("10^9/L", "number concentration", "1", "× 10^9/L"),
        _u("10^12/L", "number concentration", "1000", "× 10^12/L"),
        _u("10^3/µL", "number concentration", "1", "× 10^3/µL"),
        _u("/µL", "number concentration", "0.001", "per µL"),
        _u("/mm3", "number concentration", "0.001", "per mm³"),
        # renal function
        _u("mL/min", "volume rate", "1", "mL/min"),
        _u("mL/min/1.73m^2", "volume rate per area", "1", "mL/min/1.73 m²"),
        _u("mL/min/1.73m2", "volume rate per area", "1", "mL/min/1.73 m²"),
        # catalytic activity
        _u("U/L", "catalytic concentration", "1", "U/L"),
        _u("IU/L", "catalytic concentration", "1", "IU/L"),
        # multiples of the laboratory's upper limit of normal
        _u("x ULN", "uln", "1", "× the upper limit of normal"),
        # others
        _u("%", "fraction", "1", "%"),
        _u("mmHg", "pressure", "1", "mmHg"),
        _u("ms", "duration (ms)", "1", "ms"),
        _u("msec", "duration (ms)", "1", "ms"),
        _u("°C", "temperature", "1", "°C"),
        _u("kg", "mass", "1", "kg"),
        _u("cm", "length", "1", "cm"),
        _u("bpm", "rate", "1", "beats per minute"),
    )
}

TIME_UNITS = ("days", "weeks", "months", "years")


def convert(value: Decimal, unit: str, to: str) -> Decimal:
    """Convert between two units of the same dimension (not for calendar time)."""
    a, b = UNITS[unit], UNITS[to]
    if a.dimension != b.dimension:
        raise ValueError(f"cannot convert {unit} to {to}")
    return value * a.factor / b.factor
