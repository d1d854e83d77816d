"""Comparisons of typed SQL values, as :func:`eligo.evaluate.values.compare` makes them: orders
and equality of numbers, counts known to lie in a range, durations in calendar and day units,
ages at partial dates, dates, codes and observations' recorded values; NULL when unknown.

>>> compare("<", SNum(exp.column("x")), SNum(num(1))).sql(dialect="duckdb")
'x < CAST(1.0 AS DOUBLE)'
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sqlglot import exp

from eligo.language.units import TIME_UNITS
from eligo.sql.calendar import relation, whole_days, whole_units
from eligo.sql.values import (
    BACKEND,
    SAge,
    SBool,
    SCode,
    SCount,
    SDate,
    SDose,
    SDur,
    SNum,
    SqlCompileError,
    SQty,
    SRaw,
    SText,
    SValue,
    and_,
    case,
    columns_of,
    decided,
    eq,
    is_false,
    is_true,
    known,
    not_,
    not_null,
    num,
    or_,
    paren,
    text,
    unknown,
    words,
)

#: comparison operators of the language → sqlglot node classes
COMPARISONS: dict[str, type[exp.Binary]] = {
    "<": exp.LT,
    "<=": exp.LTE,
    ">": exp.GT,
    ">=": exp.GTE,
    "=": exp.EQ,
    "!=": exp.NEQ,
}
#: ordering comparisons of dates → relation kinds (as evaluate._dates)
DATE_RELATIONS = {"<": "before", ">": "after", "<=": "on_or_before", ">=": "on_or_after"}

#: a month is 28 to 31 days, a year 365 to 366 (as evaluate.DAYS_PER / MONTHS_PER)
DAYS_PER = {"days": (1.0, 1.0), "weeks": (7.0, 7.0), "months": (28.0, 31.0), "years": (365.0, 366.0)}
MONTHS_PER = {"months": 1.0, "years": 12.0}
#: the operator that gives the same answer with its operands swapped (as evaluate.FLIPPED)
FLIPPED = {"<": ">", "<=": ">=", ">": "<", ">=": "<=", "=": "=", "!=": "!="}

# ----------------------------------------------------------------------------- comparisons


def _ordered(op: str, a: exp.Expr, b: exp.Expr) -> exp.Expr:
    return COMPARISONS[op](this=paren(a.copy()), expression=paren(b.copy()))


Ends = tuple[exp.Expr, exp.Expr]


def _ranges(op: str, a: Ends, b: Ends) -> exp.Expr:
    """evaluate._ranges for a value known to lie in [a_lo, a_hi] and one in [b_lo, b_hi] (each
    low end no greater than its high end): an order holds for every pair of values if it holds
    at the nearest ends, and fails for every pair if it fails at the farthest; equality holds
    when all four ends are one number and fails when the ranges are apart."""
    (a_lo, a_hi), (b_lo, b_hi) = a, b
    if op in (">", ">="):
        return decided(_ordered(op, a_lo, b_hi), not_(_ordered(op, a_hi, b_lo)))
    if op in ("<", "<="):
        return decided(_ordered(op, a_hi, b_lo), not_(_ordered(op, a_lo, b_hi)))
    equal = decided(
        and_(eq(a_lo.copy(), a_hi.copy()), eq(a_hi.copy(), b_lo.copy()), eq(b_lo.copy(), b_hi.copy())),
        or_(_ordered("<", a_hi, b_lo), _ordered("<", b_hi, a_lo)),
    )
    return equal if op == "=" else not_(equal)


def _pairs(op: str, a: Sequence[exp.Expr], b: Sequence[exp.Expr]) -> exp.Expr:
    """evaluate._ranges for ends in no known order: decided when every pair of ends decides it
    the same way (for equality: every pair equal, or every pair apart in the same direction)."""
    pairs = [(x, y) for x in a for y in b]
    if op in ("=", "!="):
        equal = decided(
            and_(*(_ordered("=", x, y) for x, y in pairs)),
            or_(paren(and_(*(_ordered("<", x, y) for x, y in pairs))),
                paren(and_(*(_ordered(">", x, y) for x, y in pairs)))),
        )  # fmt: skip
        return equal if op == "=" else not_(equal)
    return _agree([_ordered(op, x, y) for x, y in pairs])


def _agree(outcomes: list[exp.Expr]) -> exp.Expr:
    """The common outcome of several comparisons, NULL if they differ (or any is NULL)."""
    first = outcomes[0]
    if len(outcomes) == 1:
        return first
    return case((and_(*(eq(paren(first.copy()), paren(o)) for o in outcomes[1:])), first.copy()))


def scaled(value: exp.Expr, factor: float) -> exp.Expr:
    """``value * factor``, worked out when compiling if ``value`` is a number literal."""
    if isinstance(value, exp.Cast) and isinstance(value.this, exp.Literal) and value.this.is_number:
        return num(float(value.this.this) * factor)
    return value.copy() if factor == 1 else exp.Mul(this=paren(value.copy()), expression=num(factor))


def _durations(op: str, a: exp.Expr, a_unit: str, b: exp.Expr, b_unit: str) -> exp.Expr:
    """evaluate._durations for units known when compiling."""
    if a_unit in MONTHS_PER and b_unit in MONTHS_PER:
        return _ordered(op, scaled(a, MONTHS_PER[a_unit]), scaled(b, MONTHS_PER[b_unit]))
    a_bounds = [scaled(a, f) for f in dict.fromkeys(DAYS_PER[a_unit])]
    b_bounds = [scaled(b, f) for f in dict.fromkeys(DAYS_PER[b_unit])]
    return _pairs(op, a_bounds, b_bounds)


def _spelled(unit: exp.Expr, name: str) -> exp.Expr:
    """A recorded unit names this time unit (plural or singular, as evidence.typed_value)."""
    return exp.In(this=unit.copy(), expressions=[text(name), text(name[:-1])])


def _by_recorded_unit(value: SDur, compared: Callable[[SDur], exp.Expr]) -> exp.Expr:
    """``compared`` of a duration whose unit is recorded: one branch per spelling of a time unit
    (NULL for any other unit, as evidence.typed_value)."""
    assert value.unit_expr is not None
    return case(*((_spelled(value.unit_expr, u), compared(SDur(value.amount, u))) for u in TIME_UNITS))


def _compare_durations(op: str, left: SDur, right: SDur) -> exp.Expr:
    if left.unit is None:
        return _by_recorded_unit(left, lambda known_left: _compare_durations(op, known_left, right))
    if right.unit is None:
        return _by_recorded_unit(right, lambda known_right: _compare_durations(op, left, known_right))
    return _durations(op, left.amount, left.unit, right.amount, right.unit)


def _age_ends(age: SAge, unit: str) -> Ends:
    """The youngest and oldest the patient can be in completed ``unit`` (evaluate.age_range):
    the count grows with the later date and shrinks with the earlier one."""
    if unit in ("years", "months"):
        months = 12 if unit == "years" else 1
        return whole_units(age.birth.hi, age.at.lo, months), whole_units(age.birth.lo, age.at.hi, months)
    return whole_days(age.birth.hi, age.at.lo, unit), whole_days(age.birth.lo, age.at.hi, unit)


def _compare_age(op: str, age: SAge, amount: SDur) -> exp.Expr:
    if amount.unit is None:
        return _by_recorded_unit(amount, lambda known: _compare_age(op, age, known))
    return _ranges(op, _age_ends(age, amount.unit), (amount.amount, amount.amount))


def _equal_as(op: str, equal: exp.Expr) -> exp.Expr:
    """evaluate._equality: ``=`` and ``!=`` of an equality; any order is unknown."""
    if op == "=":
        return equal
    return not_(equal) if op == "!=" else unknown()


def _equality(op: str, a: exp.Expr, b: exp.Expr) -> exp.Expr:
    if op in ("=", "!="):
        return _ordered(op, a, b)
    return unknown()


def _compare_dates(op: str, a: SDate, b: SDate) -> exp.Expr:
    if op in ("=", "!="):
        certain = and_(eq(a.lo.copy(), a.hi.copy()), eq(a.hi.copy(), b.lo.copy()), eq(b.lo.copy(), b.hi.copy()))
        apart = or_(exp.LT(this=a.hi.copy(), expression=b.lo.copy()), exp.LT(this=b.hi.copy(), expression=a.lo.copy()))
        equal = decided(certain, apart)
        return equal if op == "=" else not_(equal)
    return relation(a, b, DATE_RELATIONS[op])


def _compare_raw(op: str, raw: SRaw, right: SValue) -> exp.Expr:
    """evaluate.compare of an observation's recorded value (a number, yes/no, text or code, by the
    column that holds it) with a typed value: a number orders against numbers and counts; yes
    and no equal 1 and 0 (Python's ``True == 1``); a value of another type is unequal; NULL when
    either is missing."""
    value = columns_of(raw.alias)

    def as_number(flag: exp.Expr) -> exp.Expr:
        return case((is_true(flag), num(1)), (is_false(flag.copy()), num(0)))

    unequal = _equal_as(op, case((known(right), exp.false())))  # a value of another type
    by_number, by_flag, by_text, by_code = (unequal.copy() for _ in range(4))
    if isinstance(right, SNum | SCount):
        by_number = compare(op, SNum(value("value_num")), right)
    if isinstance(right, SNum):
        by_flag = _equal_as(op, eq(as_number(value("value_bool")), right.e.copy()))
    if isinstance(right, SCount):  # one number when its ends meet (evaluate.spread gives a float)
        one = _equal_as(op, eq(as_number(value("value_bool")), right.lo.copy()))
        by_flag = case((eq(right.lo.copy(), right.hi.copy()), one), default=unequal.copy())
    if isinstance(right, SBool):
        by_number = _equal_as(op, eq(value("value_num"), as_number(right.e.copy())))
        by_flag = _equal_as(op, eq(value("value_bool"), right.e.copy()))
    if isinstance(right, SText):
        by_text = _equal_as(op, eq(value("value_text"), right.e.copy()))
    if isinstance(right, SCode):
        by_code = compare(op, SCode(value("value_code_system"), value("value_code")), right)
    return case(*(
        (not_null(value(column)), outcome)
        for column, outcome in (("value_num", by_number), ("value_bool", by_flag), ("value_text", by_text),
                                ("value_code", by_code))
    ))  # fmt: skip


def compare(op: str, left: SValue, right: SValue) -> exp.Expr:
    """evaluate.compare on typed SQL values; NULL when either side or the answer is unknown."""
    left, right = _doses_as_quantities(left, right)
    if isinstance(right, SQty) and right.dimension == "uln" and isinstance(left, SNum | SCount):
        return _number_uln(op, left, right)
    if isinstance(right, SRaw | SAge) and not isinstance(left, SRaw | SAge):
        return compare(FLIPPED[op], right, left)
    if isinstance(left, SRaw) and not isinstance(right, SRaw):
        return _compare_raw(op, left, right)
    if isinstance(left, SCount | SNum) and isinstance(right, SCount | SNum) and SCount in (type(left), type(right)):
        return _ranges(op, _ends(left), _ends(right))
    if isinstance(left, SAge) and isinstance(right, SDur):
        return _compare_age(op, left, right)
    if isinstance(left, SDur) and isinstance(right, SDur):
        return _compare_durations(op, left, right)
    if isinstance(left, SQty) and isinstance(right, SQty):
        if left.hi is not None or right.hi is not None:
            return _ranges(op, _quantity_ends(left, right.dimension == "uln"), _quantity_ends(right, False))
        if right.dimension == "uln":
            return _ordered(op, left.uln, right.value)
        return _ordered(op, left.value, right.value)
    if isinstance(left, SDate) and isinstance(right, SDate):
        return _compare_dates(op, left, right)
    if isinstance(left, SCode) and isinstance(right, SCode):
        equal = and_(eq(left.system.copy(), right.system.copy()), eq(left.code.copy(), right.code.copy()))
        return paren(equal) if op == "=" else not_(equal) if op == "!=" else unknown()
    if isinstance(left, SNum) and isinstance(right, SNum):
        return _ordered(op, left.e, right.e)
    if (isinstance(left, SText) and isinstance(right, SText)) or (isinstance(left, SBool) and isinstance(right, SBool)):
        return _equality(op, left.e, right.e)
    raise SqlCompileError(f"{BACKEND} cannot compare {words(left)} with {words(right)}")


def _doses_as_quantities(left: SValue, right: SValue) -> tuple[SValue, SValue]:
    """A recorded dose compared with a quantity, in that quantity's dimension (evaluate.dose)."""
    if isinstance(left, SDose) and isinstance(right, SQty):
        return left.in_dimension(right.dimension), right
    if isinstance(right, SDose) and isinstance(left, SQty):
        return left, right.in_dimension(left.dimension)
    return left, right


def _number_uln(op: str, left: SNum | SCount, right: SQty) -> exp.Expr:
    """A number (an INR, or the latest of several) against a multiple of its upper limit of
    normal (evaluate.uln_span); NULL for a number that is no laboratory's result."""
    ends = (left.uln, left.uln) if isinstance(left, SNum) else (left.uln_lo, left.uln_hi)
    if ends[0] is None or ends[1] is None:
        return unknown()
    return _ranges(op, (ends[0], ends[1]), (right.value, right.value))


def _quantity_ends(value: SQty, uln: bool) -> Ends:
    """The least and greatest a quantity can be (evaluate._quantity_span), as a multiple of the
    upper limit of normal if ``uln``."""
    if uln:
        return value.uln, value.uln if value.uln_hi is None else value.uln_hi
    return value.value, value.value if value.hi is None else value.hi


def _ends(value: SCount | SNum) -> Ends:
    return (value.lo, value.hi) if isinstance(value, SCount) else (value.e, value.e)
