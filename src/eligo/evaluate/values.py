"""The evidence evaluator's values and their rules: quantities, durations, ages, uncertain
counts and latest results; comparisons and membership in three-valued logic; recorded values
typed as declared.

The outcomes-only closures (:mod:`eligo.evaluate.outcomes`) use these same rules, and the SQL
back end mirrors them (:mod:`eligo.sql.comparisons`).

>>> compare("<", Dur(3, "months"), Dur(13, "weeks")) is None  # 84 to 93 days against 91
True
>>> show(Between(1, 3))
'between 1 and 3'
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from eligo.language import nodes as n
from eligo.language.codes import CodeMatcher
from eligo.language.logic import Truth, and3, any3, not3
from eligo.language.temporal import (
    DateLike,
    PartialDate,
    age_in_months_at,
    age_in_years_at,
    bounds,
    days_between,
    relation,
    weeks_between,
)  # fmt: skip
from eligo.language.units import LOG10_LIMIT, LOG10_UNITS, TIME_UNITS, UNITS, factor_to_base
from eligo.records.model import AnyCode, Code

__all__ = [
    "DAYS_PER", "FLIPPED", "MONTHS_PER", "NO_ULN", "ORDERED", "AgeAt", "Between", "Dur", "Qty", "QtyBetween", "UlnNumber",
    "age_range", "compare", "is_number", "member", "no_uln", "show", "show_in", "typed_value", "uln_span",
]  # fmt: skip


@dataclass(frozen=True, slots=True)
class Qty:
    """A measured amount in the base unit of its dimension; ``uln`` is value / upper normal limit."""

    value: float
    dimension: str
    uln: float | None = None


@dataclass(frozen=True, slots=True)
class Dur:
    """A length of time."""

    amount: float
    unit: str


@dataclass(frozen=True, slots=True)
class AgeAt:
    """The patient's age at a date, resolved in years or months by what it is compared with."""

    birth: DateLike
    at: DateLike


class UlnNumber(float):
    """A number a laboratory reported with its upper limit of normal (an INR): a number in every
    comparison, and ``uln`` (the number over that limit) against a multiple of ``× ULN``."""

    __slots__ = ("uln",)
    uln: float

    def __new__(cls, value: float, uln: float) -> UlnNumber:
        number = super().__new__(cls, value)
        number.uln = uln
        return number


@dataclass(frozen=True, slots=True)
class Between:
    """A number known to lie in [lo, hi] (a count over records some of which are uncertain, or the
    latest of several results none of which is known to be the latest); for results, their
    multiples of the upper limit of normal in [uln_lo, uln_hi] (``None`` when one has none)."""

    lo: float
    hi: float
    uln_lo: float | None = None
    uln_hi: float | None = None


@dataclass(frozen=True, slots=True)
class QtyBetween:
    """A quantity known to lie in [lo, hi] (in the base unit of its dimension), and its multiple of
    the upper normal limit in [uln_lo, uln_hi] (``None`` when unknown): the latest of results
    none of which is known to be the latest (:func:`eligo.evaluate.observations.spread`)."""

    lo: float
    hi: float
    dimension: str
    uln_lo: float | None = None
    uln_hi: float | None = None


# ----------------------------------------------------------------------------- comparisons


def compare(op: str, left: Any, right: Any) -> Truth:
    """Compare two evaluated values; ``None`` when either is unknown or the answer is."""
    if left is None or right is None:
        return None
    if isinstance(right, Qty) and right.dimension == "uln" and not isinstance(left, Qty | QtyBetween):
        span = uln_span(left)  # a number (INR) against a multiple of its upper limit of normal
        return None if span is None else _ranges(op, span, (right.value, right.value))
    if isinstance(left, Between) or isinstance(right, Between):
        a, b = _span(left), _span(right)
        return _equality(op, left == right) if a is None or b is None else _ranges(op, a, b)
    if isinstance(left, AgeAt) and isinstance(right, Dur):
        return _ranges(op, age_range(left, right.unit), (right.amount, right.amount))
    if isinstance(left, Dur) and isinstance(right, AgeAt):
        return compare(FLIPPED[op], right, left)
    if isinstance(left, Dur) and isinstance(right, Dur):
        return _durations(op, left, right)
    if isinstance(left, QtyBetween) or isinstance(right, QtyBetween):
        uln = isinstance(right, Qty) and right.dimension == "uln"
        a, b = _quantity_span(left, uln), _quantity_span(right, False)
        return None if a is None or b is None else _ranges(op, a, b)
    if isinstance(left, Qty) and isinstance(right, Qty):
        if right.dimension == "uln":
            return None if left.uln is None else _ordered(op, left.uln, right.value)
        if left.dimension != right.dimension:  # a dose in mg/m² against one in mg: not comparable
            return None
        return _ordered(op, left.value, right.value)
    if isinstance(left, (date, PartialDate)) and isinstance(right, (date, PartialDate)):
        return _dates(op, left, right)
    if isinstance(left, Code) and isinstance(right, Code):
        return _equality(op, (left.system, left.code) == (right.system, right.code))
    if isinstance(left, AnyCode) and isinstance(right, Code):  # several codes: is it any of them?
        return _equality(op, any((c.system, c.code) == (right.system, right.code) for c in left))
    if is_number(left) and is_number(right):
        return _ordered(op, float(left), float(right))
    return _equality(op, left == right)


def is_number(value: Any) -> bool:
    """A number, not a truth value (``True == 1`` in Python, but yes is not a number here)."""
    return isinstance(value, int | float) and not isinstance(value, bool)


def uln_span(value: Any) -> tuple[float, float] | None:
    """The least and greatest multiple of the upper limit of normal a number (or the latest of
    several) can be; ``None`` when a result has no upper limit recorded."""
    if isinstance(value, UlnNumber):
        return value.uln, value.uln
    if isinstance(value, Between) and value.uln_lo is not None and value.uln_hi is not None:
        return value.uln_lo, value.uln_hi
    return None


#: why a comparison with a multiple of ``× ULN`` is unknown (evidence and missing data)
NO_ULN = "no upper limit of normal recorded"


def no_uln(left: Any, right: Any) -> bool:
    """Whether ``left`` compared with a multiple of ``× ULN`` (``right``) is unknown because a
    result has no upper limit of normal recorded (``reference_high``)."""
    if left is None or not (isinstance(right, Qty) and right.dimension == "uln"):
        return False
    if isinstance(left, Qty | QtyBetween):
        return _quantity_span(left, True) is None
    return uln_span(left) is None


def _span(value: Any) -> tuple[float, float] | None:
    """The least and greatest a count (or a plain number) can be; ``None`` for anything else."""
    if isinstance(value, Between):
        return value.lo, value.hi
    return (float(value), float(value)) if is_number(value) else None


def _quantity_span(value: Any, uln: bool) -> tuple[float, float] | None:
    """The least and greatest a quantity (or a range of them) can be, as a multiple of the upper
    normal limit if ``uln``; ``None`` when that is unknown or ``value`` is not a quantity."""
    if isinstance(value, QtyBetween):
        if not uln:
            return value.lo, value.hi
        return None if value.uln_lo is None or value.uln_hi is None else (value.uln_lo, value.uln_hi)
    if isinstance(value, Qty):
        if not uln:
            return value.value, value.value
        return None if value.uln is None else (value.uln, value.uln)
    return None


def age_range(age: AgeAt, unit: str) -> tuple[float, float]:
    """The youngest and oldest the patient can be, given partial birth and index dates, in
    completed ``unit`` (years, months, weeks or days)."""
    of = {"days": days_between, "weeks": weeks_between, "months": age_in_months_at}.get(unit, age_in_years_at)
    (born_first, born_last), (at_first, at_last) = bounds(age.birth), bounds(age.at)
    return float(of(born_last, at_first) or 0), float(of(born_first, at_last) or 0)


def _equality(op: str, equal: bool) -> Truth:
    return equal if op == "=" else (not equal) if op == "!=" else None


ORDERED: dict[str, Callable[[float, float], bool]] = {
    "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b,
    ">": lambda a, b: a > b,
    ">=": lambda a, b: a >= b,
    "=": lambda a, b: a == b,
    "!=": lambda a, b: a != b,
}
#: the operator that gives the same answer with its operands swapped
FLIPPED = {"<": ">", "<=": ">=", ">": "<", ">=": "<=", "=": "=", "!=": "!="}


def _ordered(op: str, a: float, b: float) -> Truth:
    return ORDERED[op](a, b)


def _ranges(op: str, a: tuple[float, float], b: tuple[float, float]) -> Truth:
    """The comparison of a value known to lie between the ends of ``a`` with one between the ends
    of ``b``: decided when it is decided for every pair of values. An order holds (or fails) for
    every pair when it does for every pair of ends; equality holds only when all four ends are
    one number, and fails when one range lies wholly below the other."""
    pairs = [(x, y) for x in a for y in b]
    if op in ("=", "!="):
        apart = all(x < y for x, y in pairs) or all(x > y for x, y in pairs)
        equal = True if all(x == y for x, y in pairs) else False if apart else None
        return equal if op == "=" else not3(equal)
    outcomes = {_ordered(op, x, y) for x, y in pairs}
    return outcomes.pop() if len(outcomes) == 1 else None


#: A month is 28 to 31 days, a year 365 to 366: mixed comparisons hold only if they hold for both.
DAYS_PER = {"days": (1.0, 1.0), "weeks": (7.0, 7.0), "months": (28.0, 31.0), "years": (365.0, 366.0)}
MONTHS_PER = {"months": 1.0, "years": 12.0}


def _durations(op: str, a: Dur, b: Dur) -> Truth:
    if a.unit in MONTHS_PER and b.unit in MONTHS_PER:
        return _ordered(op, a.amount * MONTHS_PER[a.unit], b.amount * MONTHS_PER[b.unit])
    low, high = DAYS_PER[a.unit]
    b_low, b_high = DAYS_PER[b.unit]
    return _ranges(op, (a.amount * low, a.amount * high), (b.amount * b_low, b.amount * b_high))


def _dates(op: str, a: DateLike, b: DateLike) -> Truth:
    if op in ("=", "!="):
        (a1, a2), (b1, b2) = bounds(a), bounds(b)
        equal = True if a1 == a2 == b1 == b2 else False if a2 < b1 or b2 < a1 else None
        return equal if op == "=" else not3(equal)
    kind = {"<": "before", ">": "after", "<=": "on_or_before", ">=": "on_or_after"}[op]
    return relation(a, b, kind)


def member(value: Any, collection: Any) -> Truth:
    """Membership in a value set (codes), a range, or a set of values."""
    if value is None or collection is None:
        return None
    if isinstance(collection, CodeMatcher):
        if isinstance(value, AnyCode):  # in it when any code is; unknown when none is but one may be
            return collection.member_of((c.system, c.code) for c in value)
        return collection.matches(value.system, value.code) if isinstance(value, Code) else None
    if isinstance(collection, tuple) and collection and collection[0] == "range":
        _, low, high = collection
        return and3(compare(">=", value, low), compare("<=", value, high))
    if isinstance(collection, tuple):
        return any3(compare("=", value, item) for item in collection)
    return compare("=", value, collection)


# ----------------------------------------------------------------------------- typing record values


def fixed_unit(record: Any, name: str, unit: str) -> Qty | None:
    """A record's number held in one fixed unit (schema.FIXED_UNITS: a lesion's size in mm) as a
    quantity of that unit."""
    amount = getattr(record, name)
    if amount is None:
        return None
    return Qty(float(amount) * float(UNITS[unit].factor), UNITS[unit].dimension)


def dose(record: Any) -> Qty | None:
    """A record's ``dose`` as a quantity: a medication's in its ``dose_unit`` (unknown without a unit
    Eligo knows), a radiotherapy course's in Gy (mCODE RadiotherapyCourseSummary)."""
    amount = record.dose
    unit = getattr(record, "dose_unit", "Gy")
    if amount is None or unit not in UNITS:
        return None
    return Qty(float(amount) * float(UNITS[unit].factor), UNITS[unit].dimension)


def typed_value(value_type: n.Node, raw: Any, unit: str | None, reference_high: float | None = None) -> Any:
    """A recorded value as the declared type says, or ``None`` when it does not fit."""
    kind = getattr(value_type, "kind", "")
    if kind == "boolean":
        return raw if isinstance(raw, bool) else None
    if kind == "number":
        if not isinstance(raw, int | float) or isinstance(raw, bool):
            return None
        return UlnNumber(raw, float(raw) / reference_high) if reference_high else float(raw)
    if kind == "text":
        return raw if isinstance(raw, str) else None
    if kind == "date":
        try:
            return PartialDate.parse(raw) if isinstance(raw, str) else None
        except ValueError:
            return None
    if kind == "enum":
        values = getattr(value_type, "values", ())
        text = raw.code if isinstance(raw, Code) else raw
        return text if isinstance(text, str) and text in values else None
    if not isinstance(raw, int | float) or isinstance(raw, bool) or unit is None:
        return None
    if kind == "duration":
        return (
            Dur(float(raw), unit if unit.endswith("s") else unit + "s")
            if (unit if unit.endswith("s") else unit + "s") in TIME_UNITS
            else None
        )
    declared = getattr(value_type, "unit", "")
    if unit in LOG10_UNITS:  # a viral load as its decimal logarithm: 3.3 log10 IU/mL is 10^3.3 IU/mL
        factor = factor_to_base(declared, None, LOG10_UNITS[unit])
        if factor is None or not -LOG10_LIMIT <= raw <= LOG10_LIMIT:
            return None
        return Qty(10.0 ** float(raw) * factor, UNITS[declared].dimension)
    factor = factor_to_base(declared, getattr(value_type, "molar_mass", None), unit)
    if factor is None:  # a unit of another kind (or, without a molar mass, mmol/L for g/dL)
        return None
    uln = float(raw) / reference_high if reference_high else None
    return Qty(float(raw) * factor, UNITS[declared].dimension, uln)


def show_in(value: Any, value_type: n.Node) -> str:
    """A measure's result as a person reads it: a quantity in the measure's unit (``11.4 g/dL``)."""
    unit = getattr(value_type, "unit", None)
    if unit not in UNITS or getattr(value, "dimension", None) != UNITS[unit].dimension:
        return show(value)
    factor = float(UNITS[unit].factor)
    if isinstance(value, Qty) and value.uln is None:
        return f"{value.value / factor:.6g} {unit}"
    if isinstance(value, QtyBetween) and value.uln_lo is None:
        return f"between {value.lo / factor:.6g} and {value.hi / factor:.6g} {unit}"
    return show(value)


def show(value: Any) -> str:
    """A value as a person reads it."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, UlnNumber):
        return f"{value:g} ({value.uln:.2g} × ULN)"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, AgeAt):
        youngest, oldest = age_range(value, "years")
        if youngest == oldest:
            return f"{youngest:g} years"
        return (
            f"{youngest:g} or {oldest:g} years (a date is partial)"
            if oldest - youngest == 1
            else f"{youngest:g} to {oldest:g} years"
        )
    if isinstance(value, Dur):
        return f"{value.amount:g} {value.unit}"
    if isinstance(value, Qty):
        return f"{value.value:g} (in {value.dimension} base units)" if value.uln is None else f"{value.uln:.2g} × ULN"
    if isinstance(value, Code):
        return f"{value.system} {value.code}"
    if isinstance(value, tuple):
        return ", ".join(show(v) for v in value) or "none"
    if isinstance(value, Between):
        ulns = f" ({value.uln_lo:.2g} to {value.uln_hi:.2g} × ULN)" if value.uln_lo is not None else ""
        return f"between {value.lo:g} and {value.hi:g}{ulns}"
    if isinstance(value, QtyBetween):
        if value.uln_lo is not None and value.uln_hi is not None:
            return f"between {value.uln_lo:.2g} and {value.uln_hi:.2g} × ULN"
        return f"between {value.lo:g} and {value.hi:g} (in {value.dimension} base units)"
    return str(value)
