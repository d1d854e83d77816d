"""Compile a checked program to ONE SQL query over the tables of :mod:`eligo.sql.layout`.

The query gives one row per patient: ``patient_id``, one column per criterion id holding its
outcome (``met``, ``not_met``, ``unknown``, ``not_applicable``) and ``verdict``. It is a sqlglot
tree: print it with ``query.sql(dialect="duckdb")`` (``postgres`` and ``spark`` also generate).

Semantics are the evaluator's (:mod:`eligo.evaluate`): unknown is SQL NULL, and SQL's AND, OR
and NOT are already Kleene. Every date is a (lo, hi) pair of its first and last possible day,
and windows, relations and ages use the bound formulas of :mod:`eligo.temporal`. A query over
records is an aggregated subquery per patient: a record counts when ``where AND NOT (except1 OR
except2 ...)`` holds, and an uncollected list makes the answer NULL. Patient data never enters
the SQL text: names and codes of the criteria become literals through sqlglot.

>>> shift(exp.column("d"), -1, "months").sql(dialect="duckdb")  # calendar months clamp like temporal.add
'CAST(d - INTERVAL 1 MONTH AS DATE)'
>>> compare("<", SNum(exp.column("x")), SNum(num(1))).sql(dialect="duckdb")
'x < CAST(1.0 AS DOUBLE)'
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlglot import exp

from eligo import nodes as n
from eligo.codes import HIERARCHICAL
from eligo.program import Program
from eligo.schema import PATIENT_FIELDS, RECORD_FIELDS
from eligo.sql.layout import RECORD_TABLES
from eligo.temporal import DateLike, PartialDate, bounds
from eligo.typesys import DATE
from eligo.units import TIME_UNITS, UNITS

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
#: the collected flag of each record list
COLLECTED = {kind: f"{table}_collected" for kind, table in RECORD_TABLES.items()}
#: the date columns of each record kind, by field name
DATE_FIELDS = {kind: [f for f, t in fields.items() if t == DATE] for kind, fields in RECORD_FIELDS.items()}


class SqlCompileError(Exception):
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
class SValueSet:
    name: str


@dataclass(frozen=True)
class SSet:
    items: tuple[Any, ...]


@dataclass(frozen=True)
class SRange:
    low: Any
    high: Any


SValue = SBool | SNum | SText | SList | SDate | SCode | SCount | SQty | SDur | SAge | SValueSet | SSet | SRange


@dataclass(frozen=True)
class Frame:
    """The record a ``where`` or ``except`` clause is reading: its kind and table alias."""

    kind: str
    alias: str
    measure: n.Measure | None


@dataclass(frozen=True)
class Env:
    frames: tuple[Frame, ...] = ()

    def inside(self, frame: Frame) -> Env:
        return Env((frame, *self.frames))


# ----------------------------------------------------------------------------- SQL helpers

NULL = exp.Null()
PATIENT = "pt"


def col(alias: str, name: str) -> exp.Column:
    return exp.column(name, table=alias)


def num(value: float) -> exp.Expr:
    return exp.cast(exp.Literal.number(repr(float(value))), exp.DataType.Type.DOUBLE)


def text(value: str) -> exp.Literal:
    return exp.Literal.string(value)


def date_lit(value: date) -> exp.Expr:
    return exp.cast(exp.Literal.string(value.isoformat()), exp.DataType.Type.DATE)


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


def same(a: exp.Expr, b: exp.Expr) -> exp.Expr:
    """``a IS NOT DISTINCT FROM b``: equality where NULL equals NULL (never NULL itself)."""
    return exp.NullSafeEQ(this=a, expression=b)


def shift(day: exp.Expr, amount: int, unit: str) -> exp.Expr:
    """Calendar arithmetic on a complete date (months clamp to the month's end, as temporal.add)."""
    name, factor = INTERVALS[unit]
    steps = amount * factor
    node: exp.Expr
    if steps >= 0:
        node = exp.DateAdd(this=day, expression=exp.Literal.number(steps), unit=exp.var(name))
    else:
        node = exp.DateSub(this=day, expression=exp.Literal.number(-steps), unit=exp.var(name))
    return exp.cast(node, exp.DataType.Type.DATE)


def scalar(select: exp.Select) -> exp.Expr:
    return exp.Subquery(this=select)


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


def whole_months(a: exp.Expr, b: exp.Expr) -> exp.Expr:
    """Whole calendar months from complete date ``a`` to ``b`` (temporal._whole_months)."""
    months = exp.Add(
        this=exp.Mul(
            this=paren(exp.Sub(this=exp.Year(this=b), expression=exp.Year(this=a))),
            expression=exp.Literal.number(12),
        ),
        expression=paren(exp.Sub(this=exp.Month(this=b), expression=exp.Month(this=a))),
    )
    day_a, day_b = exp.Day(this=a), exp.Day(this=b)
    forward = exp.Sub(this=months, expression=case((exp.LT(this=day_b, expression=day_a), exp.Literal.number(1)), default=exp.Literal.number(0)))  # fmt: skip
    backward = exp.Add(this=months, expression=case((exp.LT(this=day_a, expression=day_b), exp.Literal.number(1)), default=exp.Literal.number(0)))  # fmt: skip
    return case((exp.GTE(this=b, expression=a), forward), default=backward)


def truncating_div(value: exp.Expr, divisor: int) -> exp.Expr:
    """Division towards zero (temporal._truncating_div), as a DOUBLE."""
    quotient = exp.Floor(this=exp.Div(this=exp.Abs(this=value), expression=num(divisor)))
    return case((exp.GTE(this=value, expression=exp.Literal.number(0)), quotient), default=exp.Neg(this=quotient))


# ----------------------------------------------------------------------------- the compiler


class SqlCompiler:
    """Compiles a checked program; one ``visit_<kind>`` method per expression node kind."""

    def __init__(self, program: Program, index_dates: Mapping[str, DateLike] | None = None) -> None:
        self.program = program
        self.index_dates = dict(index_dates or {})
        self.references = {name: f"ref_{i}" for i, name in enumerate(program.references)}
        self.attested = {name: f"att_{i}" for i, name in enumerate(program.attested)}
        self._aliases = itertools.count()

    # -------------------------------------------------------------- the query
    def query(self) -> exp.Select:
        """The whole query: outcomes per criterion and the verdict, one row per patient."""
        columns: list[exp.Expr] = [exp.alias_(col(PATIENT, "patient_id"), "patient_id", quoted=True)]
        columns += [exp.alias_(self.criterion(c), c.id, quoted=True) for c in self.program.criteria]
        outcomes = exp.select(*columns).from_(exp.alias_(exp.to_table("patients"), PATIENT, table=True))
        for name, alias in self.references.items():
            outcomes = outcomes.join(
                exp.alias_(exp.to_table("reference_dates"), alias, table=True),
                on=and_(exp.EQ(this=col(alias, "patient_id"), expression=col(PATIENT, "patient_id")),
                        exp.EQ(this=col(alias, "name"), expression=text(name))),
                join_type="LEFT",
            )  # fmt: skip
        for name, alias in self.attested.items():
            outcomes = outcomes.join(
                exp.alias_(exp.to_table("attestations"), alias, table=True),
                on=and_(exp.EQ(this=col(alias, "patient_id"), expression=col(PATIENT, "patient_id")),
                        exp.EQ(this=col(alias, "name"), expression=text(name))),
                join_type="LEFT",
            )  # fmt: skip

        def outcome(c: n.Criterion) -> exp.Column:
            return exp.column(exp.to_identifier(c.id, quoted=True))

        def has(criteria: tuple[n.Criterion, ...], value: str) -> list[exp.Expr]:
            return [exp.EQ(this=outcome(c), expression=text(value)) for c in criteria]

        program = self.program
        ineligible = or_(*has(program.inclusions, "not_met"), *has(program.exclusions, "met"))
        undecided = or_(*has(program.criteria, "unknown"))
        verdict = case((ineligible, text("ineligible")), (undecided, text("undetermined")), default=text("eligible"))
        final = exp.select(
            exp.column(exp.to_identifier("patient_id", quoted=True)),
            *(outcome(c) for c in program.criteria),
            exp.alias_(verdict, "verdict", quoted=True),
        ).from_("outcomes")
        final = final.with_("outcomes", as_=outcomes)
        return final.order_by(exp.column(exp.to_identifier("patient_id", quoted=True)))

    def criterion(self, criterion: n.Criterion) -> exp.Expr:
        body = criterion.body
        env = Env()
        value = self.truth(body, env)
        whens: list[tuple[exp.Expr, exp.Expr]] = []
        if isinstance(body, n.If) and body.otherwise is None:
            whens.append((is_false(self.truth(body.condition, env)), text("not_applicable")))
        whens += [(is_true(value), text("met")), (is_false(value), text("not_met"))]
        return case(*whens, default=text("unknown"))

    # -------------------------------------------------------------- dispatch
    def visit(self, node: n.Node, env: Env) -> SValue:
        kind = getattr(node, "kind", type(node).__name__)
        method: Callable[[Any, Env], SValue] | None = getattr(self, f"visit_{kind}", None)
        if method is None:
            raise SqlCompileError(f"{BACKEND} cannot compile a {kind} expression")
        return method(node, env)

    def truth(self, node: n.Node, env: Env) -> exp.Expr:
        """A condition as a SQL boolean; a value that is not a truth value is unknown (NULL)."""
        value = self.visit(node, env)
        return value.e if isinstance(value, SBool) else exp.cast(NULL, exp.DataType.Type.BOOLEAN)

    def alias(self) -> str:
        return f"r{next(self._aliases)}"

    # -------------------------------------------------------------- names
    def visit_name(self, expr: n.Name, env: Env) -> SValue:
        name = expr.name
        for frame in env.frames:
            if name in RECORD_FIELDS[frame.kind] or (name == "value" and frame.kind == "observation"):
                return self.field(frame, name)
        if name == "sex":
            return SText(col(PATIENT, "sex"))
        if name == "birth_date":
            return SDate(col(PATIENT, "birth_lo"), col(PATIENT, "birth_hi"))
        if name in PATIENT_FIELDS:
            raise SqlCompileError(f"{BACKEND} has no column for the patient field {name}")
        if name in self.references:
            return self.reference(name)
        if name in self.program.attested:
            item = self.program.attested[name]
            return self.typed(item.value_type, self.attested[name], observation=False)
        if name in self.program.defines:
            return self.visit(self.program.defines[name].body, env)
        if name in self.program.valuesets:
            return SValueSet(name)
        return SText(text(name))  # a value of an enumeration

    def reference(self, name: str) -> SDate:
        alias = self.references[name]
        lo, hi = col(alias, "lo"), col(alias, "hi")
        if name in self.index_dates:
            first, last = bounds(self.index_dates[name])
            return SDate(exp.Coalesce(this=lo, expressions=[date_lit(first)]),
                         exp.Coalesce(this=hi, expressions=[date_lit(last)]))  # fmt: skip
        return SDate(lo, hi)

    def visit_field_of(self, expr: n.FieldOf, env: Env) -> SValue:
        frame = next((f for f in env.frames if f.kind == expr.record), None)
        if frame is None:
            raise SqlCompileError(f"{BACKEND}: {expr.record}.{expr.field} is used outside a {expr.record} query")
        return self.field(frame, expr.field)

    def field(self, frame: Frame, name: str) -> SValue:
        alias = frame.alias
        if name == "value":
            if frame.measure is None:
                raise SqlCompileError(f"{BACKEND} cannot type the value of an observation without a measure")
            return self.typed(frame.measure.value_type, alias, observation=True)
        if name == "code":
            return SCode(col(alias, "system"), col(alias, "code"))
        if name in DATE_FIELDS[frame.kind]:
            return SDate(col(alias, f"{name}_lo"), col(alias, f"{name}_hi"))
        if name == "treatment":
            return SList(col(alias, "treatment"))
        return SText(col(alias, name))

    def typed(self, value_type: n.Node, alias: str, observation: bool) -> SValue:
        """A recorded value typed as declared (evaluate._typed); a value that does not fit is NULL."""
        kind = getattr(value_type, "kind", "")
        unit = col(alias, "unit")
        if kind == "boolean":
            return SBool(col(alias, "value_bool"))
        if kind == "number":
            return SNum(col(alias, "value_num"))
        if kind == "text":
            return SText(col(alias, "value_text"))
        if kind == "date":
            return SDate(col(alias, "value_date_lo"), col(alias, "value_date_hi"))
        if kind == "enum":
            raw: exp.Expr = col(alias, "value_text")
            if observation:
                raw = exp.Coalesce(this=raw, expressions=[col(alias, "value_code")])
            values = [text(v) for v in getattr(value_type, "values", ())]
            return SText(case((exp.In(this=raw, expressions=values), raw.copy())))
        if kind == "duration":
            spellings = [text(s) for u in TIME_UNITS for s in (u, u[:-1])]
            amount = case((exp.In(this=unit, expressions=spellings), col(alias, "value_num")))
            return SDur(amount, None, unit.copy())
        if kind == "quantity":
            dimension = UNITS[getattr(value_type, "unit", "")].dimension
            factor = case(*(
                (exp.EQ(this=unit.copy(), expression=text(u.symbol)), num(float(u.factor)))
                for u in UNITS.values() if u.dimension == dimension
            ))  # fmt: skip
            value = exp.Mul(this=col(alias, "value_num"), expression=factor)
            uln: exp.Expr = exp.cast(NULL, exp.DataType.Type.DOUBLE)
            if observation:
                high = col(alias, "reference_high")
                uln = case(
                    (and_(not_null(factor.copy()), exp.NEQ(this=high, expression=num(0))),
                     exp.Div(this=col(alias, "value_num"), expression=high.copy())),
                )  # fmt: skip
            return SQty(value, uln, dimension)
        raise SqlCompileError(f"{BACKEND} cannot type a recorded value as {kind}")

    # -------------------------------------------------------------- literals
    def visit_number_lit(self, expr: n.NumberLit, env: Env) -> SValue:
        return SNum(num(float(expr.value)))

    def visit_quantity_lit(self, expr: n.QuantityLit, env: Env) -> SValue:
        if expr.unit in TIME_UNITS:
            return SDur(num(float(expr.value)), expr.unit)
        unit = UNITS[expr.unit]
        return SQty(num(float(expr.value * unit.factor)), exp.cast(NULL, exp.DataType.Type.DOUBLE), unit.dimension)

    def visit_string_lit(self, expr: n.StringLit, env: Env) -> SValue:
        return SText(text(expr.value))

    def visit_date_lit(self, expr: n.DateLit, env: Env) -> SValue:
        first, last = bounds(PartialDate.parse(expr.value))
        return SDate(date_lit(first), date_lit(last))

    def visit_bool_lit(self, expr: n.BoolLit, env: Env) -> SValue:
        return SBool(exp.true() if expr.value else exp.false())

    def visit_code_lit(self, expr: n.CodeLit, env: Env) -> SValue:
        return SCode(text(expr.system), text(expr.code))

    def visit_set_lit(self, expr: n.SetLit, env: Env) -> SValue:
        return SSet(tuple(self.visit(item, env) for item in expr.items))

    def visit_range_lit(self, expr: n.RangeLit, env: Env) -> SValue:
        return SRange(self.visit(expr.low, env), self.visit(expr.high, env))

    def visit_age(self, expr: n.Age, env: Env) -> SValue:
        at = self.visit(expr.at, env)
        if not isinstance(at, SDate):
            raise SqlCompileError(f"{BACKEND}: age at a value that is not a date")
        return SAge(SDate(col(PATIENT, "birth_lo"), col(PATIENT, "birth_hi")), at)

    # -------------------------------------------------------------- value sets
    def in_valueset(self, name: str, system: exp.Expr, code: exp.Expr) -> exp.Expr:
        """Membership of (system, code) in a value set, as codes.CodeMatcher.matches."""
        entries = self.program.valuesets[name].entries
        exact: dict[str, list[str]] = {}
        kept: list[exp.Expr] = []
        removed: list[exp.Expr] = []
        for e in entries:
            if not e.removed and e.last is None and e.system not in HIERARCHICAL:
                exact.setdefault(e.system, []).append(e.code)
                continue
            entry = and_(exp.EQ(this=system.copy(), expression=text(e.system)), self.code_entry(e, code))
            (removed if e.removed else kept).append(entry)
        exact_tests = [
            and_(exp.EQ(this=system.copy(), expression=text(s)), exp.In(this=code.copy(), expressions=[text(c) for c in codes]))
            for s, codes in exact.items()
        ]  # fmt: skip
        found = paren(or_(*exact_tests, *kept))
        return and_(found, not_(or_(*removed))) if removed else found

    @staticmethod
    def code_entry(entry: n.CodeEntry, code: exp.Expr) -> exp.Expr:
        """codes.matches for one entry: a range, a hierarchical prefix or an exact code."""

        def head(length: int) -> exp.Expr:
            return exp.Substring(this=code.copy(), start=exp.Literal.number(1), length=exp.Literal.number(length))

        if entry.last is not None:
            return and_(exp.LTE(this=text(entry.code), expression=head(len(entry.code))),
                        exp.LTE(this=head(len(entry.last)), expression=text(entry.last)))  # fmt: skip
        if entry.system in HIERARCHICAL:
            prefix = entry.code if entry.system == "ATC" else entry.code.rstrip(".")
            return exp.EQ(this=head(len(prefix)), expression=text(prefix))
        return exp.EQ(this=code.copy(), expression=text(entry.code))

    # -------------------------------------------------------------- queries
    def records(self, query: n.Query, env: Env) -> tuple[exp.Select, exp.Expr]:
        """The candidate records of a query (FROM ... WHERE) and whether each counts."""
        alias = self.alias()
        table = RECORD_TABLES[query.record]
        measure = self.program.measures.get(query.measure) if query.measure else None
        conditions: list[exp.Expr] = [exp.EQ(this=col(alias, "patient_id"), expression=col(PATIENT, "patient_id"))]
        name = query.valueset or query.measure
        if name is not None:
            conditions.append(self.in_valueset(name, col(alias, "system"), col(alias, "code")))
        inner = env.inside(Frame(query.record, alias, measure))
        counts = paren(self.truth(query.where, inner)) if query.where is not None else exp.true()
        if query.excepts:
            spared = or_(*(paren(self.truth(c.condition, inner)) for c in query.excepts))
            counts = and_(counts, not_(spared))
        select = exp.select().from_(exp.alias_(exp.to_table(table), alias, table=True)).where(and_(*conditions))
        return select, counts

    def aggregate(self, per_record: exp.Select, total: exp.Expr) -> exp.Expr:
        """An aggregate over per-record values computed in a derived table (so that subqueries
        in ``where`` clauses, which may read the record, stay outside the aggregate)."""
        return scalar(exp.select(total).from_(exp.alias_(exp.Subquery(this=per_record), self.alias(), table=True)))

    def collected(self, kind: str) -> exp.Expr:
        return is_true(col(PATIENT, COLLECTED[kind]))

    def visit_exists(self, expr: n.Exists, env: Env) -> SValue:
        select, counts = self.records(expr.query, env)
        # per record 2 counts, 1 may count, 0 does not; the best grade decides (none: 0)
        grade = exp.Coalesce(
            this=exp.Mul(this=exp.cast(paren(counts), exp.DataType.Type.INT), expression=exp.Literal.number(2)),
            expressions=[exp.Literal.number(1)],
        )
        best = self.aggregate(select.select(exp.alias_(grade, "g")), exp.Max(this=exp.column("g")))
        decided = exp.Case(
            this=best,
            ifs=[
                exp.If(this=exp.Literal.number(2), true=exp.true()),
                exp.If(this=exp.Literal.number(1), true=exp.cast(NULL, exp.DataType.Type.BOOLEAN)),
            ],
            default=exp.false(),
        )
        value = case((self.collected(expr.query.record), decided))
        return SBool(not_(value) if expr.quantifier == "no" else value)

    def visit_count(self, expr: n.Count, env: Env) -> SValue:
        select, counts = self.records(expr.query, env)
        one, zero = exp.Literal.number(1), exp.Literal.number(0)
        per_record = select.select(
            exp.alias_(case((counts, one), default=zero), "sure"),
            exp.alias_(case((exp.Not(this=is_false(counts.copy())), one.copy()), default=zero.copy()), "maybe"),
        )
        sure = self.aggregate(per_record.copy(), exp.Sum(this=exp.column("sure")))
        maybe = self.aggregate(per_record, exp.Sum(this=exp.column("maybe")))
        collected = self.collected(expr.query.record)

        def total(e: exp.Expr) -> exp.Expr:
            return case((collected.copy(), exp.Coalesce(this=e, expressions=[exp.Literal.number(0)])))

        return SCount(total(sure), total(maybe))

    def visit_latest(self, expr: n.Latest, env: Env) -> SValue:
        """evaluate.eval_latest: the observation with the greatest date_lo among those surely in the
        window (the first in list order on ties), NULL when an observation that may be later (inside
        or possibly inside the window, or undated) has a different value."""
        measure = self.program.measures[expr.measure]
        chosen, later, rival = self.alias(), self.alias(), self.alias()

        def candidates(alias: str) -> list[exp.Expr]:
            return [
                exp.EQ(this=col(alias, "patient_id"), expression=col(PATIENT, "patient_id")),
                self.in_valueset(expr.measure, col(alias, "system"), col(alias, "code")),
            ]

        def inside(alias: str) -> exp.Expr:
            return self.window(SDate(col(alias, "date_lo"), col(alias, "date_hi")), expr.window, env)

        observations = exp.to_table("observations")
        newer = (
            exp.select(exp.Literal.number(1))
            .from_(exp.alias_(observations.copy(), later, table=True))
            .where(and_(*candidates(later), is_true(inside(later)), paren(or_(
                exp.GT(this=col(later, "date_lo"), expression=col(chosen, "date_lo")),
                and_(exp.EQ(this=col(later, "date_lo"), expression=col(chosen, "date_lo")),
                     exp.LT(this=col(later, "seq"), expression=col(chosen, "seq"))),
            ))))
        )  # fmt: skip
        ambiguous = (
            exp.select(exp.Literal.number(1))
            .from_(exp.alias_(observations.copy(), rival, table=True))
            .where(and_(*candidates(rival), exp.Not(this=is_false(inside(rival))),
                        exp.NEQ(this=col(rival, "seq"), expression=col(chosen, "seq")),
                        paren(or_(is_null(col(rival, "date_hi")),
                                  exp.GT(this=col(rival, "date_hi"), expression=col(chosen, "date_lo")))),
                        not_(raw_equal(rival, chosen))))
        )  # fmt: skip
        where = and_(
            *candidates(chosen),
            is_true(inside(chosen)),
            exp.Not(this=exp.Exists(this=newer)),
            exp.Not(this=exp.Exists(this=ambiguous)),
        )

        def pick(e: exp.Expr) -> exp.Expr:
            return scalar(exp.select(e).from_(exp.alias_(observations.copy(), chosen, table=True)).where(where.copy()))

        value = self.typed(measure.value_type, chosen, observation=True)
        if isinstance(value, SBool | SNum | SText | SList):
            return type(value)(pick(value.e))
        if isinstance(value, SDate):
            return SDate(pick(value.lo), pick(value.hi))
        if isinstance(value, SQty):
            return SQty(pick(value.value), pick(value.uln), value.dimension)
        if isinstance(value, SDur) and value.unit_expr is not None:
            return SDur(pick(value.amount), None, pick(value.unit_expr))
        raise SqlCompileError(f"{BACKEND} cannot take the latest value of {expr.measure}")

    # -------------------------------------------------------------- windows
    def window(self, value: SValue, window: Any, env: Env) -> exp.Expr:
        if not isinstance(value, SDate):
            raise SqlCompileError(f"{BACKEND}: a window on a value that is not a date")
        if isinstance(window, n.Between):
            start, end = self.visit(window.start, env), self.visit(window.end, env)
            if not isinstance(start, SDate) or not isinstance(end, SDate):
                raise SqlCompileError(f"{BACKEND}: between needs dates")
            known = and_(not_null(value.lo), not_null(start.lo), not_null(end.lo))
            both = and_(relation(value, start, "on_or_after"), relation(value, end, "on_or_before"))
            return case((known, both))
        anchor = self.visit(window.anchor, env)
        if not isinstance(anchor, SDate):
            raise SqlCompileError(f"{BACKEND}: a window anchored on a value that is not a date")
        if isinstance(window, n.Relative):
            return relation(value, anchor, window.relation)
        amount, unit = int(window.amount.value), window.amount.unit
        if isinstance(window, n.Within):
            return within(value, anchor, amount, unit, window.direction)
        if isinstance(window, n.AtLeast):
            return at_least(value, anchor, amount, unit, window.direction)
        raise SqlCompileError(f"{BACKEND} cannot compile a {window.kind} window")

    def visit_temporal(self, expr: n.Temporal, env: Env) -> SValue:
        return SBool(self.window(self.visit(expr.operand, env), expr.window, env))

    # -------------------------------------------------------------- predicates
    def visit_compare(self, expr: n.Compare, env: Env) -> SValue:
        return SBool(compare(expr.op, self.visit(expr.left, env), self.visit(expr.right, env)))

    def visit_is(self, expr: n.Is, env: Env) -> SValue:
        value = compare("=", self.visit(expr.left, env), self.visit(expr.right, env))
        return SBool(not_(value) if expr.negated else value)

    def visit_is_known(self, expr: n.IsKnown, env: Env) -> SValue:
        value = known(self.visit(expr.operand, env))
        return SBool(not_(value) if expr.negated else value)

    def visit_member(self, expr: n.Member, env: Env) -> SValue:
        value, collection = self.visit(expr.operand, env), self.visit(expr.collection, env)
        result: exp.Expr
        if isinstance(collection, SValueSet):
            result = (
                self.in_valueset(collection.name, value.system, value.code)
                if isinstance(value, SCode)
                else exp.cast(NULL, exp.DataType.Type.BOOLEAN)
            )
        elif isinstance(collection, SRange):
            result = and_(paren(compare(">=", value, collection.low)), paren(compare("<=", value, collection.high)))
        elif isinstance(collection, SSet):
            result = case((not_(known(value)), exp.cast(NULL, exp.DataType.Type.BOOLEAN)),
                          default=paren(or_(*(paren(compare("=", value, item)) for item in collection.items))))  # fmt: skip
        else:
            result = compare("=", value, collection)
        return SBool(not_(result) if expr.negated else result)

    def visit_includes(self, expr: n.Includes, env: Env) -> SValue:
        values, item = self.visit(expr.operand, env), self.visit(expr.item, env)
        if not isinstance(values, SList) or not isinstance(item, SText):
            raise SqlCompileError(f"{BACKEND}: includes needs a many-valued field and a value")
        contains = exp.ArrayContains(this=values.e, expression=item.e)
        return SBool(case((exp.or_(is_null(values.e.copy()), is_null(item.e.copy())), exp.cast(NULL, exp.DataType.Type.BOOLEAN)), default=contains))  # fmt: skip

    # -------------------------------------------------------------- logic
    def visit_not(self, expr: n.Not, env: Env) -> SValue:
        return SBool(not_(self.truth(expr.operand, env)))

    def visit_and(self, expr: n.And, env: Env) -> SValue:
        return SBool(paren(and_(*(paren(self.truth(o, env)) for o in expr.operands))))

    def visit_or(self, expr: n.Or, env: Env) -> SValue:
        return SBool(paren(or_(*(paren(self.truth(o, env)) for o in expr.operands))))

    def visit_if(self, expr: n.If, env: Env) -> SValue:
        condition, then = self.truth(expr.condition, env), self.truth(expr.then, env)
        if expr.otherwise is None:
            return SBool(paren(exp.or_(not_(condition), paren(then))))
        otherwise = self.truth(expr.otherwise, env)
        return SBool(case(
            (is_true(condition), then),
            (is_false(condition.copy()), otherwise),
            (exp.EQ(this=paren(then.copy()), expression=paren(otherwise.copy())), then.copy()),
        ))  # fmt: skip


# ----------------------------------------------------------------------------- windows and values


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
    raise SqlCompileError(f"{BACKEND}: 'at least' needs before or after")


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
    return exp.true()


def raw_equal(a: str, b: str) -> exp.Expr:
    """Python ``==`` between two observations' raw values (None, bool, number, text or Code)."""

    def number(alias: str) -> exp.Expr:
        flag = col(alias, "value_bool")
        return exp.Coalesce(this=col(alias, "value_num"), expressions=[case(
            (is_true(flag), num(1)), (is_false(flag.copy()), num(0)))])  # fmt: skip

    def nothing(alias: str) -> exp.Expr:
        return and_(*(is_null(col(alias, c)) for c in ("value_num", "value_text", "value_bool", "value_code")))

    return paren(or_(
        and_(not_null(number(a)), same(number(a), number(b))),
        and_(not_null(col(a, "value_text")), same(col(a, "value_text"), col(b, "value_text"))),
        and_(not_null(col(a, "value_code")),
             *(same(col(a, c), col(b, c)) for c in ("value_code_system", "value_code", "value_code_display"))),
        and_(nothing(a), nothing(b)),
    ))  # fmt: skip


def _ordered(op: str, a: exp.Expr, b: exp.Expr) -> exp.Expr:
    return COMPARISONS[op](this=paren(a.copy()), expression=paren(b.copy()))


def _agree(outcomes: list[exp.Expr]) -> exp.Expr:
    """The common outcome of several comparisons, NULL if they differ (or any is NULL)."""
    first = outcomes[0]
    if len(outcomes) == 1:
        return first
    return case((and_(*(exp.EQ(this=paren(first.copy()), expression=paren(o)) for o in outcomes[1:])), first.copy()))


def _durations(op: str, a: exp.Expr, a_unit: str, b: exp.Expr, b_unit: str) -> exp.Expr:
    """evaluate._durations for units known when compiling."""
    if a_unit in MONTHS_PER and b_unit in MONTHS_PER:
        return _ordered(op, exp.Mul(this=a.copy(), expression=num(MONTHS_PER[a_unit])),
                        exp.Mul(this=b.copy(), expression=num(MONTHS_PER[b_unit])))  # fmt: skip
    a_bounds = [exp.Mul(this=a.copy(), expression=num(f)) for f in DAYS_PER[a_unit]]
    b_bounds = [exp.Mul(this=b.copy(), expression=num(f)) for f in DAYS_PER[b_unit]]
    return _agree([_ordered(op, x, y) for x in a_bounds for y in b_bounds])


def _spelled(unit: exp.Expr, name: str) -> exp.Expr:
    """A recorded unit names this time unit (plural or singular, as evaluate._typed)."""
    return exp.In(this=unit.copy(), expressions=[text(name), text(name[:-1])])


def _compare_durations(op: str, left: SDur, right: SDur) -> exp.Expr:
    if left.unit is None:
        assert left.unit_expr is not None
        return case(*(
            (_spelled(left.unit_expr, u), _compare_durations(op, SDur(left.amount, u), right))
            for u in TIME_UNITS
        ))  # fmt: skip
    if right.unit is None:
        assert right.unit_expr is not None
        return case(*(
            (_spelled(right.unit_expr, u), _compare_durations(op, left, SDur(right.amount, u)))
            for u in TIME_UNITS
        ))  # fmt: skip
    return _durations(op, left.amount, left.unit, right.amount, right.unit)


def _equality(op: str, a: exp.Expr, b: exp.Expr) -> exp.Expr:
    if op in ("=", "!="):
        return _ordered(op, a, b)
    return exp.cast(NULL, exp.DataType.Type.BOOLEAN)


def compare(op: str, left: SValue, right: SValue) -> exp.Expr:
    """evaluate.compare on typed SQL values; NULL when either side or the answer is unknown."""
    if isinstance(left, SCount):
        return _agree([paren(compare(op, SNum(left.lo), right)), paren(compare(op, SNum(left.hi), right))])
    if isinstance(left, SAge) and isinstance(right, SDur) and right.unit in ("years", "months"):
        youngest = whole_months(left.birth.hi, left.at.lo)
        oldest = whole_months(left.birth.lo, left.at.hi)
        if right.unit == "years":
            youngest, oldest = truncating_div(youngest, 12), truncating_div(oldest, 12)
        return _agree([_ordered(op, youngest, right.amount), _ordered(op, oldest, right.amount)])
    if isinstance(left, SDur) and isinstance(right, SDur):
        return _compare_durations(op, left, right)
    if isinstance(left, SQty) and isinstance(right, SQty):
        if right.dimension == "uln":
            return _ordered(op, left.uln, right.value)
        return _ordered(op, left.value, right.value)
    if isinstance(left, SDate) and isinstance(right, SDate):
        return _compare_dates(op, left, right)
    if isinstance(left, SCode) and isinstance(right, SCode):
        equal = and_(exp.EQ(this=left.system.copy(), expression=right.system.copy()),
                     exp.EQ(this=left.code.copy(), expression=right.code.copy()))  # fmt: skip
        return paren(equal) if op == "=" else not_(equal) if op == "!=" else exp.cast(NULL, exp.DataType.Type.BOOLEAN)
    if isinstance(left, SNum) and isinstance(right, SNum):
        return _ordered(op, left.e, right.e)
    if (isinstance(left, SText) and isinstance(right, SText)) or (isinstance(left, SBool) and isinstance(right, SBool)):
        return _equality(op, left.e, right.e)
    raise SqlCompileError(
        f"{BACKEND} cannot compare {type(left).__name__[1:].lower()} with {type(right).__name__[1:].lower()}"
    )


def _compare_dates(op: str, a: SDate, b: SDate) -> exp.Expr:
    if op in ("=", "!="):
        certain = and_(exp.EQ(this=a.lo.copy(), expression=a.hi.copy()), exp.EQ(this=a.hi.copy(), expression=b.lo.copy()),
                       exp.EQ(this=b.lo.copy(), expression=b.hi.copy()))  # fmt: skip
        apart = or_(exp.LT(this=a.hi.copy(), expression=b.lo.copy()), exp.LT(this=b.hi.copy(), expression=a.lo.copy()))
        equal = decided(certain, apart)
        return equal if op == "=" else not_(equal)
    return relation(a, b, DATE_RELATIONS[op])


def compile_program(program: Program, index_dates: Mapping[str, DateLike] | None = None) -> exp.Select:
    """The screening query of a checked program; ``index_dates`` stand in for missing reference dates."""
    return SqlCompiler(program, index_dates).query()


def to_sql(program: Program, dialect: str = "duckdb", index_dates: Mapping[str, DateLike] | None = None, pretty: bool = False) -> str:  # fmt: skip
    """The screening query as SQL text in a dialect (``duckdb``, ``postgres``, ``spark``)."""
    return compile_program(program, index_dates).sql(dialect=dialect, pretty=pretty)
