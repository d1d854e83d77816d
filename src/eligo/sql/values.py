"""Typed SQL values: a value of the language as the SQL expressions of its parts (sqlglot trees,
no strings), the small builders every part of the SQL back end uses, and recorded values typed
as declared.

A value of the language becomes one of the ``S*`` classes below, holding the SQL expressions
of its parts: a date is the pair of its first and last possible day (``lo``, ``hi``), a count
over uncertain records the pair of its bounds, a quantity its value in the base unit and its
multiple of the upper limit of normal. Unknown is SQL NULL, and SQL's AND, OR and NOT are
already Kleene. Comparisons are in :mod:`eligo.sql.comparisons`, calendar windows in
:mod:`eligo.sql.calendar`, membership in value sets in :mod:`eligo.sql.valuesets`; together they
mirror :mod:`eligo.evaluate.values` and :mod:`eligo.language.temporal`.

>>> decided(exp.column("a"), exp.column("b")).sql(dialect="duckdb")
'CASE WHEN a THEN TRUE WHEN b THEN FALSE END'
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlglot import exp

from eligo.errors import InputError
from eligo.language import nodes as n
from eligo.language.units import LOG10_LIMIT, LOG10_UNITS, TIME_UNITS, UNITS, factor_to_base, factors_to_base

BACKEND = "the SQL back end"

#: the columns an observation's recorded result is in: what the evaluator tells apart when it
#: asks whether two observations say the same (evaluate._result)
RESULT_COLUMNS = (
    "value_num", "value_text", "value_bool", "value_code_system", "value_code", "value_code_display", "unit",
    "reference_high",
)  # fmt: skip


class SqlCompileError(InputError):
    """A construct this back end has no rule for (raised at compile time, never at run time)."""


# ----------------------------------------------------------------------------- typed SQL values


@dataclass(frozen=True)
class SBool:
    e: exp.Expr


@dataclass(frozen=True)
class SNum:
    """A number; a laboratory's (``value`` of a number measure) with its multiple of the upper
    limit of normal, ``uln`` (as evaluate.UlnNumber; NULL without one)."""

    e: exp.Expr
    uln: exp.Expr | None = None


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
class SCodes:
    """A field of record ``alias`` (in table ``table``) that may hold several codes: its rows of
    ``record_codes`` (see :meth:`eligo.sql.ctes.Ctes.any_code`)."""

    alias: str
    table: str
    field: str


@dataclass(frozen=True)
class SCount:
    """A count known to lie in [lo, hi] (as evaluate.Between)."""

    lo: exp.Expr
    hi: exp.Expr
    uln_lo: exp.Expr | None = None
    uln_hi: exp.Expr | None = None


@dataclass(frozen=True)
class SDose:
    """A recorded dose in its recorded unit (a medication's ``dose`` with ``dose_unit``; a
    radiotherapy dose in Gy): a quantity once compared with one (evaluate.values.dose)."""

    value: exp.Expr
    unit: exp.Expr

    def in_dimension(self, dimension: str) -> SQty:
        """The dose in the base unit of ``dimension``; NULL when its unit is not of that dimension."""
        factor = case(*(
            (eq(self.unit.copy(), text(u.symbol)), num(float(u.factor)))
            for u in UNITS.values() if u.dimension == dimension
        ))  # fmt: skip
        amount = exp.Mul(this=self.value.copy(), expression=factor)
        return SQty(amount, exp.cast(NULL, exp.DataType.Type.DOUBLE), dimension)


@dataclass(frozen=True)
class SQty:
    """A quantity in the base unit of its dimension and its multiple of the upper limit of normal;
    with ``hi`` (and ``uln_hi``), one known to lie between ``value`` and ``hi`` (and its multiple
    between ``uln`` and ``uln_hi``), as evaluate.QtyBetween."""

    value: exp.Expr
    uln: exp.Expr
    dimension: str
    hi: exp.Expr | None = None
    uln_hi: exp.Expr | None = None


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


SValue = (
    SBool
    | SNum
    | SText
    | SList
    | SDate
    | SCode
    | SCodes
    | SCount
    | SQty
    | SDose
    | SDur
    | SAge
    | SRaw
    | SValueSet
    | SSet
    | SRange
)


def parts(value: SValue) -> list[exp.Expr]:
    """The SQL expressions a value is made of (a value carried through a CTE's columns)."""
    if isinstance(value, SNum) and value.uln is not None:
        return [value.e, value.uln]
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
    if isinstance(value, SNum) and value.uln is not None:
        return SNum(columns[0], columns[1])
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
    return exp.cast(exp.Literal.number(repr(float(value))), exp.DataType.Type.DOUBLE, copy=False)


def int_lit(value: int) -> exp.Expr:
    return exp.Literal.number(value)


def text(value: str) -> exp.Literal:
    return exp.Literal.string(value)


def date_lit(value: date) -> exp.Expr:
    return exp.cast(exp.Literal.string(value.isoformat()), exp.DataType.Type.DATE, copy=False)


def unknown() -> exp.Expr:
    """NULL typed as a truth value."""
    return exp.cast(NULL, exp.DataType.Type.BOOLEAN)


def case(*whens: tuple[exp.Expr, exp.Expr], default: exp.Expr | None = None) -> exp.Case:
    node = exp.Case()
    for condition, value in whens:
        node = node.when(condition, value, copy=False)
    return node.else_(default, copy=False) if default is not None else node


def decided(true_if: exp.Expr, false_if: exp.Expr) -> exp.Expr:
    """TRUE when ``true_if``, FALSE when ``false_if``, else NULL (temporal._decided)."""
    return case((true_if, exp.true()), (false_if, exp.false()))


def and_(*items: exp.Expr) -> exp.Expr:
    return exp.and_(*items, copy=False) if items else exp.true()


def or_(*items: exp.Expr) -> exp.Expr:
    return exp.or_(*items, copy=False) if items else exp.false()


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


# ----------------------------------------------------------------------------- recorded values


def typed(value_type: n.Node, column: Callable[[str], exp.Expr], observation: bool, uln: bool = True) -> SValue:
    """A recorded value typed as declared (evidence.typed_value); a value that does not fit is NULL.
    ``column`` gives the value's columns (``value_num``, ``unit``...) by name; an observation's
    number carries its multiple of the upper limit of normal unless ``uln`` is false (a program
    that never writes ``× ULN`` need not carry it through its queries)."""
    kind = getattr(value_type, "kind", "")
    unit = column("unit")
    if kind == "boolean":
        return SBool(column("value_bool"))
    if kind == "number":
        return SNum(column("value_num"), _uln(column) if observation and uln else None)
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
        declared = getattr(value_type, "unit", "")
        dimension = UNITS[declared].dimension
        factor = case(*(
            (eq(unit.copy(), text(symbol)), num(float(to_base)))
            for symbol, to_base in factors_to_base(declared, getattr(value_type, "molar_mass", None))
        ))  # fmt: skip
        value = _log10_amounts(
            declared, unit, column("value_num"), exp.Mul(this=column("value_num"), expression=factor)
        )
        multiple = _uln(column, not_null(factor.copy())) if observation else exp.cast(NULL, exp.DataType.Type.DOUBLE)
        return SQty(value, multiple, dimension)
    raise SqlCompileError(f"{BACKEND} cannot type a recorded value as {kind}")


def _log10_amounts(declared: str, unit: exp.Expr, raw: exp.Expr, linear: exp.Expr) -> exp.Expr:
    """``linear``, or for a viral load recorded as its decimal logarithm, 10 to that power in the
    base unit of ``declared`` (evaluate.typed_value; NULL beyond ±LOG10_LIMIT)."""
    logs = [(symbol, factor_to_base(declared, None, amount)) for symbol, amount in LOG10_UNITS.items()]
    whens = [
        (and_(eq(unit.copy(), text(symbol)), exp.Between(this=raw.copy(), low=num(-LOG10_LIMIT), high=num(LOG10_LIMIT))),
         exp.Mul(this=exp.Pow(this=num(10.0), expression=raw.copy()), expression=num(factor)))
        for symbol, factor in logs if factor is not None
    ]  # fmt: skip
    return case(*whens, default=linear) if whens else linear  # beyond the limit: the linear factor's NULL


def _uln(column: Callable[[str], exp.Expr], usable: exp.Expr | None = None) -> exp.Expr:
    """A (``usable``) result's multiple of its upper limit of normal (NULL without one, or one of 0)."""
    high = column("reference_high")
    known = exp.NEQ(this=high, expression=num(0))
    return case((and_(usable, known) if usable is not None else known,
                 exp.Div(this=column("value_num"), expression=high.copy())))  # fmt: skip


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


#: how a message names the values of each kind
WORDS = {
    SBool: "a truth value", SNum: "a number", SText: "a text", SList: "a list", SDate: "a date", SCode: "a code",
    SCount: "a count", SQty: "a quantity", SDur: "a duration", SAge: "an age", SRaw: "an observation's value",
    SValueSet: "a value set", SSet: "a set", SRange: "a range", SCodes: "a code",
}  # fmt: skip


def words(value: SValue) -> str:
    """How a message names a value of this kind (``a date``, ``an age``)."""
    return WORDS[type(value)]
