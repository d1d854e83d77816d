"""Typed SQL values and the SQL forms of the evaluator's value rules (sqlglot trees, no strings).

A value of the language becomes one of the ``S*`` classes below, holding the SQL expressions
of its parts: a date is the pair of its first and last possible day (``lo``, ``hi``), a count
over uncertain records the pair of its bounds, a quantity its value in the base unit and its
multiple of the upper limit of normal. Unknown is SQL NULL, and SQL's AND, OR and NOT are
already Kleene. The functions mirror :mod:`eligo.evaluate.evidence` (comparisons, typing of recorded
values) and :mod:`eligo.language.temporal` (calendar windows and relations on partial dates).

>>> shift(exp.column("d"), -1, "months").sql(dialect="duckdb")  # calendar months clamp like temporal.add
'CAST(d - INTERVAL 1 MONTH AS DATE)'
>>> compare("<", SNum(exp.column("x")), SNum(num(1))).sql(dialect="duckdb")
'x < CAST(1.0 AS DOUBLE)'
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlglot import exp

from eligo.errors import InputError
from eligo.language import nodes as n
from eligo.language.codes import HIERARCHICAL
from eligo.language.units import TIME_UNITS, UNITS

BACKEND = "the SQL back end"

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
#: calendar units → the interval unit and how many of it one unit is
INTERVALS = {"days": ("DAY", 1), "weeks": ("DAY", 7), "months": ("MONTH", 1), "years": ("MONTH", 12)}
#: a month is 28 to 31 days, a year 365 to 366 (as evaluate.DAYS_PER / MONTHS_PER)
DAYS_PER = {"days": (1.0, 1.0), "weeks": (7.0, 7.0), "months": (28.0, 31.0), "years": (365.0, 366.0)}
MONTHS_PER = {"months": 1.0, "years": 12.0}
#: the operator that gives the same answer with its operands swapped (as evaluate.FLIPPED)
FLIPPED = {"<": ">", "<=": ">=", ">": "<", ">=": "<=", "=": "=", "!=": "!="}
#: the columns an observation's recorded result is in: what the evaluator tells apart when it
#: asks whether two observations say the same (evaluate._result)
RESULT_COLUMNS = (
    "value_num", "value_text", "value_bool", "value_code_system", "value_code", "value_code_display", "unit",
    "reference_high",
)  # fmt: skip
#: calendar steps a date shifts by plainly: within a thousand years of years 1-9999, where every
#: dialect has dates (PostgreSQL's begin in 4713 BC)
NEAR_STEPS = {"DAY": 365_250, "MONTH": 12_000}
#: the most calendar steps a date shifts by: that far from any day of years 1-9999 is past the
#: calendar's edge, where the evaluator ends a window (temporal._window)
MOST_STEPS = {"DAY": (date.max - date.min).days + 1, "MONTH": 12 * date.max.year}


class SqlCompileError(InputError):
    """A construct this back end has no rule for (raised at compile time, never at run time)."""


# ----------------------------------------------------------------------------- typed SQL values


@dataclass(frozen=True)
class SBool:
    e: exp.Expr


@dataclass(frozen=True)
class SNum:
    e: exp.Expr


@dataclass(frozen=True)
class SText:
    e: exp.Expr


@dataclass(frozen=True)
class SList:
    e: exp.Expr


@dataclass(frozen=True)
class SDate:
    lo: exp.Expr
    hi: exp.Expr


@dataclass(frozen=True)
class SCode:
    system: exp.Expr
    code: exp.Expr


@dataclass(frozen=True)
class SCount:
    """A count known to lie in [lo, hi] (as evaluate.Between)."""

    lo: exp.Expr
    hi: exp.Expr


@dataclass(frozen=True)
class SQty:
    value: exp.Expr
    uln: exp.Expr
    dimension: str


@dataclass(frozen=True)
class SDur:
    """A duration; ``unit`` is known when compiling (a literal) or is the recorded ``unit_expr``
    (days or day, weeks or week, ...; ``amount`` is NULL unless the unit is one of those)."""

    amount: exp.Expr
    unit: str | None
    unit_expr: exp.Expr | None = None


@dataclass(frozen=True)
class SAge:
    birth: SDate
    at: SDate


@dataclass(frozen=True)
class SRaw:
    """An observation's value read without a measure (evaluate.record_value): a number, text,
    yes/no or code, whichever of the columns of table ``alias`` holds it."""

    alias: str


@dataclass(frozen=True)
class SValueSet:
    name: str


@dataclass(frozen=True)
class SSet:
    items: tuple[Any, ...]


@dataclass(frozen=True)
class SRange:
    low: Any
    high: Any


SValue = SBool | SNum | SText | SList | SDate | SCode | SCount | SQty | SDur | SAge | SRaw | SValueSet | SSet | SRange


def parts(value: SValue) -> list[exp.Expr]:
    """The SQL expressions a value is made of (a value carried through a CTE's columns)."""
    if isinstance(value, SBool | SNum | SText | SList):
        return [value.e]
    if isinstance(value, SDate):
        return [value.lo, value.hi]
    if isinstance(value, SQty):
        return [value.value, value.uln]
    if isinstance(value, SDur) and value.unit_expr is not None:
        return [value.amount, value.unit_expr]
    raise SqlCompileError(f"{BACKEND} cannot carry {words(value)} through a query")


def rebuilt(value: SValue, columns: Sequence[exp.Expr]) -> SValue:
    """``value`` with its parts (as :func:`parts` lists them) replaced by ``columns``."""
    if isinstance(value, SBool | SNum | SText | SList):
        return type(value)(columns[0])
    if isinstance(value, SDate):
        return SDate(columns[0], columns[1])
    if isinstance(value, SQty):
        return SQty(columns[0], columns[1], value.dimension)
    if isinstance(value, SDur):
        return SDur(columns[0], None, columns[1])
    raise SqlCompileError(f"{BACKEND} cannot carry {words(value)} through a query")


# ----------------------------------------------------------------------------- SQL helpers

NULL = exp.Null()


def col(alias: str, name: str) -> exp.Column:
    return exp.column(name, table=alias)


def columns_of(alias: str, prefix: str = "") -> Callable[[str], exp.Expr]:
    """The columns of table ``alias`` by name, each name after ``prefix``."""
    return lambda name: col(alias, prefix + name)


def num(value: float) -> exp.Expr:
    return exp.cast(exp.Literal.number(repr(float(value))), exp.DataType.Type.DOUBLE)


def int_lit(value: int) -> exp.Expr:
    return exp.Literal.number(value)


def text(value: str) -> exp.Literal:
    return exp.Literal.string(value)


def date_lit(value: date) -> exp.Expr:
    return exp.cast(exp.Literal.string(value.isoformat()), exp.DataType.Type.DATE)


def unknown() -> exp.Expr:
    """NULL typed as a truth value."""
    return exp.cast(NULL, exp.DataType.Type.BOOLEAN)


def case(*whens: tuple[exp.Expr, exp.Expr], default: exp.Expr | None = None) -> exp.Case:
    node = exp.Case()
    for condition, value in whens:
        node = node.when(condition, value)
    return node.else_(default) if default is not None else node


def decided(true_if: exp.Expr, false_if: exp.Expr) -> exp.Expr:
    """TRUE when ``true_if``, FALSE when ``false_if``, else NULL (temporal._decided)."""
    return case((true_if, exp.true()), (false_if, exp.false()))


def and_(*items: exp.Expr) -> exp.Expr:
    return exp.and_(*items) if items else exp.true()


def or_(*items: exp.Expr) -> exp.Expr:
    return exp.or_(*items) if items else exp.false()


def paren(e: exp.Expr) -> exp.Expr:
    """Parentheses around an operator expression (sqlglot prints trees as given)."""
    if isinstance(
        e, exp.Column | exp.Literal | exp.Paren | exp.Case | exp.Subquery | exp.Cast | exp.Boolean | exp.Null
    ):
        return e
    return exp.Paren(this=e)


def not_(e: exp.Expr) -> exp.Expr:
    return exp.Not(this=paren(e))


def is_null(e: exp.Expr) -> exp.Expr:
    return exp.Is(this=paren(e), expression=exp.Null())


def not_null(e: exp.Expr) -> exp.Expr:
    return exp.Not(this=is_null(e))


def is_true(e: exp.Expr) -> exp.Expr:
    return exp.Is(this=paren(e), expression=exp.true())


def is_false(e: exp.Expr) -> exp.Expr:
    return exp.Is(this=paren(e), expression=exp.false())


def eq(a: exp.Expr, b: exp.Expr) -> exp.Expr:
    return exp.EQ(this=a, expression=b)


def same(a: exp.Expr, b: exp.Expr) -> exp.Expr:
    """``a IS NOT DISTINCT FROM b``: equality where NULL equals NULL (never NULL itself)."""
    return exp.NullSafeEQ(this=a, expression=b)


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
    return exp.cast(node, exp.DataType.Type.DATE)


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


# ----------------------------------------------------------------------------- recorded values


def typed(value_type: n.Node, column: Callable[[str], exp.Expr], observation: bool) -> SValue:
    """A recorded value typed as declared (evidence.typed_value); a value that does not fit is NULL.
    ``column`` gives the value's columns (``value_num``, ``unit``...) by name."""
    kind = getattr(value_type, "kind", "")
    unit = column("unit")
    if kind == "boolean":
        return SBool(column("value_bool"))
    if kind == "number":
        return SNum(column("value_num"))
    if kind == "text":
        return SText(column("value_text"))
    if kind == "date":
        return SDate(column("value_date_lo"), column("value_date_hi"))
    if kind == "enum":
        raw: exp.Expr = column("value_text")
        if observation:
            raw = exp.Coalesce(this=raw, expressions=[column("value_code")])
        values = [text(v) for v in getattr(value_type, "values", ())]
        return SText(case((exp.In(this=raw, expressions=values), raw.copy())))
    if kind == "duration":
        spellings = [text(s) for u in TIME_UNITS for s in (u, u[:-1])]
        amount = case((exp.In(this=unit, expressions=spellings), column("value_num")))
        return SDur(amount, None, unit.copy())
    if kind == "quantity":
        dimension = UNITS[getattr(value_type, "unit", "")].dimension
        factor = case(*(
            (eq(unit.copy(), text(u.symbol)), num(float(u.factor)))
            for u in UNITS.values() if u.dimension == dimension
        ))  # fmt: skip
        value = exp.Mul(this=column("value_num"), expression=factor)
        uln: exp.Expr = exp.cast(NULL, exp.DataType.Type.DOUBLE)
        if observation:
            high = column("reference_high")
            uln = case(
                (and_(not_null(factor.copy()), exp.NEQ(this=high, expression=num(0))),
                 exp.Div(this=column("value_num"), expression=high.copy())),
            )  # fmt: skip
        return SQty(value, uln, dimension)
    raise SqlCompileError(f"{BACKEND} cannot type a recorded value as {kind}")


def raw_equal(a: str, b: str) -> exp.Expr:
    """Whether two observations say the same (evaluate._result): the same type and value, unit
    and upper limit of normal. One value column is set per type, so the columns compared
    null-safely tell the types apart (yes is not 1)."""
    return and_(*(same(col(a, c), col(b, c)) for c in RESULT_COLUMNS))


def known(value: SValue) -> exp.Expr:
    """Whether a value is known (``is known``): never NULL."""
    if isinstance(value, SBool | SNum | SText | SList):
        return not_null(value.e.copy())
    if isinstance(value, SDate | SCount):
        return not_null(value.lo.copy())
    if isinstance(value, SCode):
        return not_null(value.code.copy())
    if isinstance(value, SQty):
        return not_null(value.value.copy())
    if isinstance(value, SDur):
        return not_null(value.amount.copy())
    if isinstance(value, SAge):
        return and_(not_null(value.birth.lo.copy()), not_null(value.at.lo.copy()))
    if isinstance(value, SRaw):
        return or_(*(not_null(col(value.alias, c)) for c in ("value_num", "value_text", "value_bool", "value_code")))
    return exp.true()


# ----------------------------------------------------------------------------- codes


def in_valueset(entries: Sequence[n.CodeEntry], system: exp.Expr, code: exp.Expr, byte_order: bool) -> exp.Expr:
    """Membership of (system, code) in a value set, as codes.CodeMatcher.matches: a kept entry
    matches and no removed one does.

    ``byte_order`` marks the literals of code ranges ``COLLATE "C"`` (PostgreSQL orders text by
    the database's locale otherwise; DuckDB, Spark and Python compare code points)."""
    kept = _entry_tests([e for e in entries if not e.removed], system, code, byte_order)
    removed = _entry_tests([e for e in entries if e.removed], system, code, byte_order)
    found = paren(or_(*kept))
    return and_(found, not_(or_(*removed))) if removed else found


def _entry_tests(entries: Sequence[n.CodeEntry], system: exp.Expr, code: exp.Expr, byte_order: bool) -> list[exp.Expr]:
    """One test per code system: exact codes in one IN list, hierarchical prefixes in one IN list
    per length, ranges one by one (codes.matches)."""
    by_system: dict[str, list[n.CodeEntry]] = {}
    for e in entries:
        by_system.setdefault(e.system, []).append(e)
    tests = []
    for name, group in by_system.items():
        exact: list[str] = []
        prefixes: dict[int, list[str]] = {}
        ranges: list[exp.Expr] = []
        for e in group:
            if e.last is not None:
                ranges.append(and_(exp.LTE(this=_bound(e.code, byte_order), expression=_head(code, len(e.code))),
                                   exp.LTE(this=_head(code, len(e.last)), expression=_bound(e.last, byte_order))))  # fmt: skip
            elif name in HIERARCHICAL:
                prefix = e.code if name == "ATC" else e.code.rstrip(".")
                prefixes.setdefault(len(prefix), []).append(prefix)
            else:
                exact.append(e.code)
        alternatives = [exp.In(this=code.copy(), expressions=[text(c) for c in exact])] if exact else []
        alternatives += [
            exp.In(this=_head(code, length), expressions=[text(p) for p in dict.fromkeys(heads)])
            for length, heads in sorted(prefixes.items())
        ]
        tests.append(and_(eq(system.copy(), text(name)), paren(or_(*alternatives, *(paren(r) for r in ranges)))))
    return tests


def _head(code: exp.Expr, length: int) -> exp.Expr:
    return exp.Substring(this=code.copy(), start=int_lit(1), length=int_lit(length))


def _bound(value: str, byte_order: bool) -> exp.Expr:
    literal = text(value)
    return exp.Collate(this=literal, expression=exp.to_identifier("C", quoted=True)) if byte_order else literal


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


def whole_days(a: exp.Expr, b: exp.Expr, unit: str) -> exp.Expr:
    """Whole days (or weeks, towards zero) from complete date ``a`` to ``b`` (temporal.days_between,
    weeks_between)."""
    days = exp.DateDiff(this=b.copy(), expression=a.copy(), unit=exp.var("DAY"))
    if unit == "days":
        return days
    whole = exp.Floor(this=exp.Div(this=exp.Abs(this=days), expression=num(7)))
    return exp.Mul(this=exp.Sign(this=days.copy()), expression=whole)


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


def _ends(value: SCount | SNum) -> Ends:
    return (value.lo, value.hi) if isinstance(value, SCount) else (value.e, value.e)


#: how a message names the values of each kind
WORDS = {
    SBool: "a truth value", SNum: "a number", SText: "a text", SList: "a list", SDate: "a date", SCode: "a code",
    SCount: "a count", SQty: "a quantity", SDur: "a duration", SAge: "an age", SRaw: "an observation's value",
    SValueSet: "a value set", SSet: "a set", SRange: "a range",
}  # fmt: skip


def words(value: SValue) -> str:
    """How a message names a value of this kind (``a date``, ``an age``)."""
    return WORDS[type(value)]
