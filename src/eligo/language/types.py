"""The types the checker gives expressions, and which of them may be compared.

>>> comparable(QuantityT("10^9/L"), QuantityT("10^3/µL"))
True
>>> comparable(AGE_YEARS, DurationT())
True
"""

from __future__ import annotations

from dataclasses import dataclass

from eligo.language.units import UNITS


@dataclass(frozen=True)
class Type:
    """A type of value."""

    name: str

    def __str__(self) -> str:
        return self.name


BOOL = Type("yes/no value")
NUMBER = Type("number")
DATE = Type("date")
TEXT = Type("text")
CODE = Type("code")
ANY = Type("any value")  # an observation of no declared measure, or a name already in error


@dataclass(frozen=True)
class DurationT(Type):
    """A length of time; ``age`` is one that only compares with years or months."""

    name: str = "duration"
    age: bool = False


AGE_YEARS = DurationT(name="age", age=True)


@dataclass(frozen=True)
class QuantityT(Type):
    """An amount in a unit of measure."""

    unit: str = ""

    def __init__(self, unit: str) -> None:
        object.__setattr__(self, "name", f"quantity in {unit}")
        object.__setattr__(self, "unit", unit)

    @property
    def dimension(self) -> str:
        return UNITS[self.unit].dimension if self.unit in UNITS else self.unit


@dataclass(frozen=True)
class EnumT(Type):
    """One of a fixed list of named values."""

    values: tuple[str, ...] = ()

    def __init__(self, name: str, values: tuple[str, ...]) -> None:
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "values", values)


@dataclass(frozen=True)
class SetT(Type):
    """Several values of one type (a set literal, a many-valued field)."""

    element: Type = ANY

    def __init__(self, element: Type) -> None:
        object.__setattr__(self, "name", f"set of {element}")
        object.__setattr__(self, "element", element)


@dataclass(frozen=True)
class ValueSetT(Type):
    """A named value set (or a measure, used as the value set of its codes)."""

    name: str = "value set"


ORDERED = (NUMBER, DATE)


def a(t: Type) -> str:
    """The type with its article, for messages: ``a date``, ``an age``, ``a sex (female, male or other)``."""
    if isinstance(t, EnumT):
        values = ", ".join(t.values[:-1]) + " or " + t.values[-1] if len(t.values) > 1 else t.values[0]
        return f"a {t.name} ({values})"
    if isinstance(t, SetT):
        return f"a set of {a(t.element)[2:] if a(t.element).startswith('a ') else a(t.element)[3:]} values"
    name = str(t)
    return ("an " if name[0] in "aeiou" else "a ") + name


def comparable(a: Type, b: Type) -> bool:
    """Whether two values may be compared for order or equality."""
    if ANY in (a, b):
        return True
    if isinstance(a, DurationT) and isinstance(b, DurationT):
        return True
    if isinstance(a, QuantityT) and isinstance(b, QuantityT):
        return a.dimension == b.dimension or "uln" in (a.dimension, b.dimension)
    if isinstance(a, EnumT) and isinstance(b, EnumT):
        return a.values == b.values
    return a == b


def orderable(t: Type) -> bool:
    """Whether ``<`` and ``>`` mean something for values of this type."""
    return t in ORDERED or isinstance(t, (DurationT, QuantityT)) or t == ANY
