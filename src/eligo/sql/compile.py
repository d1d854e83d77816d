"""Compile a checked program to ONE SQL query over the tables of :mod:`eligo.sql.layout`.

The query gives one row per patient: ``patient_id``, one column per criterion id holding its
outcome (``met``, ``not_met``, ``unknown``, ``not_applicable``) and ``verdict``. It is a sqlglot
tree; :func:`to_sql` prints it for ``duckdb``, ``postgres`` or ``spark``, with room to recurse
through deeply nested criteria. A construct the back end has no rule for is a
:class:`SqlCompileError` (an :class:`~eligo.errors.InputError`) naming the criterion. Its shape::

    WITH
      condition_queries AS (...),       -- every record query over conditions: per-patient aggregates
      medication_queries AS (...),      --   (see eligo.sql.ctes), one CTE per record table
      ecog_latest_candidates AS (...),  -- a `latest`: the observations that may be in the window,
      ecog_latest AS (...),             --   then the chosen value (none when ambiguous)
      outcomes AS (SELECT pt.patient_id, <one CASE per criterion> FROM patients AS pt LEFT JOIN ...)
    SELECT patient_id, <criteria>, verdict FROM outcomes ORDER BY patient_id

The outcomes join each CTE once (LEFT JOIN on the patient id); no subquery refers to an outer
row, so the SQL is legal in every dialect. A CTE joins the patients table, the reference dates or
the attestations only when its clauses read them. A query nested in another's ``where`` that reads
the enclosing record (``medication.start``) is computed per enclosing record and joined by the
enclosing query; one that does not is an ordinary per-patient query. Identical queries (a define
used twice) are computed once. An uncollected record list makes the answer NULL (the patients
table says which lists were collected), an empty one FALSE or 0.

Semantics are the evaluator's (:mod:`eligo.evaluate.evidence`): see :mod:`eligo.sql.values`. Patient data
never enters the SQL text: names and codes of the criteria become literals through sqlglot.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlglot import exp

from eligo.errors import InputError
from eligo.language import nodes as n
from eligo.language.program import Program
from eligo.language.schema import (
    FIXED_UNITS,
    NOT_RECORDED_VERIFICATIONS,
    PATIENT_FIELDS,
    RECORD_FIELDS,
    RECORD_PERIOD,
    UNSURE_VERIFICATIONS,
)
from eligo.language.temporal import DateLike, PartialDate, bounds
from eligo.language.types import BOOL, DATE, NUMBER
from eligo.language.units import TIME_UNITS, UNITS
from eligo.sql.calendar import at_least, between, overlaps, relation, span, within
from eligo.sql.comparisons import compare
from eligo.sql.ctes import FACTS, PATIENT, Ctes, Frame, Member, RecordGroup
from eligo.sql.layout import MULTI_CODE_FIELDS, RECORD_TABLES
from eligo.sql.values import (
    BACKEND,
    SAge,
    SBool,
    SCode,
    SCodes,
    SCount,
    SDate,
    SDose,
    SDur,
    SList,
    SNum,
    SqlCompileError,
    SQty,
    SRange,
    SRaw,
    SSet,
    SText,
    SValue,
    SValueSet,
    and_,
    case,
    col,
    columns_of,
    date_lit,
    eq,
    int_lit,
    is_false,
    is_null,
    is_true,
    known,
    not_,
    not_null,
    num,
    or_,
    paren,
    rebuilt,
    text,
    typed,
    unknown,
    words,
)
from eligo.sql.valuesets import in_valueset

__all__ = ["DIALECTS", "SqlCompileError", "SqlCompiler", "compile_program", "room_to_recurse", "to_sql"]

#: the SQL dialects the query is printed for (and tested on)
DIALECTS = ("duckdb", "postgres", "spark")
#: the collected flag of each record list
COLLECTED = {kind: f"{table}_collected" for kind, table in RECORD_TABLES.items()}
#: the date columns of each record kind, by field name
DATE_FIELDS = {kind: [f for f, t in fields.items() if t == DATE] for kind, fields in RECORD_FIELDS.items()}


def verified(status: exp.Expr, listed: exp.Expr) -> exp.Expr:
    """evaluate.verified: FALSE for a refuted condition (or one entered in error); NULL, unless
    FALSE, for a provisional, differential or unconfirmed one; else ``listed``."""
    refuted = exp.In(this=status, expressions=[text(s) for s in sorted(NOT_RECORDED_VERIFICATIONS)])
    unsure = exp.In(this=status.copy(), expressions=[text(s) for s in sorted(UNSURE_VERIFICATIONS)])
    return case((refuted, exp.false()), (unsure, case((is_false(listed.copy()), exp.false()))), default=listed)


@dataclass(frozen=True)
class Env:
    frames: tuple[Frame, ...] = ()  # innermost first

    def inside(self, frame: Frame) -> Env:
        return Env((frame, *self.frames))

    def alias_for(self, kind: str) -> str:
        """The alias of a new record of ``kind`` read here: its table's initial and how many
        records of that kind enclose it (so a query that reads no enclosing record compiles to
        the same SQL wherever it is used)."""
        return f"{RECORD_TABLES[kind][0]}{sum(f.kind == kind for f in self.frames)}"


def prefixes(kind: str, names: Iterable[str]) -> dict[str, str]:
    """The prefix of the facts columns of each reference date or attested item: its name, or its
    number and the start of its name when the column names would be too long for PostgreSQL or
    would be another's but for case (``anc`` and ``ANC``: SQL names ignore case)."""
    found: dict[str, str] = {}
    for number, name in enumerate(names):
        plain = f"{kind}_{name}_"
        taken = len(name) > 40 or plain.lower() in {p.lower() for p in found.values()}
        found[name] = f"{kind}{number}_{name[:32]}_" if taken else plain
    return found


def link_grade(ids: exp.Expr, target_id: exp.Expr) -> exp.Expr:
    """links.linked: a list of ids holds a record's id; NULL when either is missing."""
    missing = exp.or_(is_null(ids.copy()), is_null(target_id.copy()))
    return case((missing, unknown()), default=exp.ArrayContains(this=ids, expression=target_id))


class SqlCompiler:
    """Compiles a checked program; one ``visit_<kind>`` method per expression node kind."""

    def __init__(
        self,
        program: Program,
        index_dates: Mapping[str, DateLike] | None = None,
        dialect: str = "duckdb",
        parameters: Mapping[str, str] | None = None,
    ) -> None:
        self.program = program
        self.index_dates = dict(index_dates or {})
        self.run_parameters = dict(parameters or {})  # the run's, for patients without their own
        self.byte_order = dialect == "postgres"
        self.references = prefixes("ref", program.references)
        self.attested = prefixes("att", program.attested)
        self.parameters = prefixes("par", program.parameters)
        documents = (program.document, *program.imports)
        #: whether the criteria write ``× ULN`` (else no latest number carries its multiple of it)
        self.uln = any(isinstance(x, n.QuantityLit) and x.unit == "x ULN" for d in documents for x in d.walk())
        self.ctes = Ctes(self.references, self.attested, self.uln, self.parameters)

    # -------------------------------------------------------------- the query
    def query(self) -> exp.Select:
        """The whole query: outcomes per criterion and the verdict, one row per patient."""
        columns: list[exp.Expr] = [exp.alias_(col(PATIENT, "patient_id"), "patient_id", quoted=True, copy=False)]
        columns += [exp.alias_(self.criterion(c), c.id, quoted=True, copy=False) for c in self.program.criteria]
        joins = self.ctes.joins(self.ctes.reads(columns, ()), PATIENT)
        outcomes = exp.select(*columns).from_(
            exp.alias_(exp.to_table(FACTS), PATIENT, table=True, copy=False), copy=False
        )
        outcomes.set("joins", joins)

        def outcome(c: n.Criterion) -> exp.Column:
            return exp.column(exp.to_identifier(c.id, quoted=True))

        def has(criteria: tuple[n.Criterion, ...], value: str) -> list[exp.Expr]:
            return [eq(outcome(c), text(value)) for c in criteria]

        program = self.program
        ineligible = or_(*has(program.inclusions, "not_met"), *has(program.exclusions, "met"))
        undecided = or_(*has(program.criteria, "unknown"))
        verdict = case((ineligible, text("ineligible")), (undecided, text("undetermined")), default=text("eligible"))
        final = exp.select(
            exp.column(exp.to_identifier("patient_id", quoted=True)),
            *(outcome(c) for c in program.criteria),
            exp.alias_(verdict, "verdict", quoted=True, copy=False),
        ).from_("outcomes", copy=False)
        for cte in self.ctes.in_order(outcomes):
            final = final.with_(cte.name, as_=cte.body, copy=False)
        final = final.with_("outcomes", as_=outcomes, copy=False)
        return final.order_by(exp.column(exp.to_identifier("patient_id", quoted=True)), copy=False)

    def criterion(self, criterion: n.Criterion) -> exp.Expr:
        """A criterion's outcome; a construct this back end has no rule for is an error that names
        the criterion (`eligo eval` screens it)."""
        try:
            return self._outcome(criterion)
        except SqlCompileError as error:
            where = f" ({criterion.span.file}:{criterion.span.line})" if criterion.span else ""
            raise SqlCompileError(f"criterion {criterion.id}{where}: {error} yet") from None

    def _outcome(self, criterion: n.Criterion) -> exp.Expr:
        body = criterion.body
        env = Env()
        value = self.truth(body, env)
        outcome = exp.Case(
            this=paren(value),
            ifs=[exp.If(this=exp.true(), true=text("met")), exp.If(this=exp.false(), true=text("not_met"))],
            default=text("unknown"),
        )
        if isinstance(body, n.If) and body.otherwise is None:
            return case((is_false(self.truth(body.condition, env)), text("not_applicable")), default=outcome)
        return outcome

    def record_query(self, query: n.Query, env: Env) -> tuple[RecordGroup, Member]:
        """The CTE column computing a record query: per record a grade of ``where AND NOT (except1
        OR except2 ...)`` (2 counts, 1 may count, 0 does not)."""
        alias = env.alias_for(query.record)
        measure = self.program.measures.get(query.measure) if query.measure else None
        inner = env.inside(Frame(query.record, alias, measure))
        counts = paren(self.truth(query.where, inner)) if query.where is not None else exp.true()
        if query.excepts:
            spared = or_(*(paren(self.truth(c.condition, inner)) for c in query.excepts))
            counts = and_(counts, not_(spared))
        grade = exp.Coalesce(
            this=exp.Mul(this=exp.cast(paren(counts), exp.DataType.Type.INT), expression=int_lit(2)),
            expressions=[int_lit(1)],
        )
        name = query.valueset or query.measure
        candidate = self.in_valueset(name, SCodes(alias, RECORD_TABLES[query.record], "code")) if name else None
        if query.record == "condition":  # evaluate.verified: refuted ones are not there, unconfirmed ones perhaps
            candidate = verified(col(alias, "verification"), candidate if candidate is not None else exp.true())
        return self.ctes.member(query.record, alias, env.frames, name or "any", candidate, grade)

    def in_valueset(self, name: str, codes: SCodes) -> exp.Expr:
        """Whether a record's codes are in a value set: any of them (``Ctes.any_code``)."""
        entries, vocabulary = self.program.valuesets[name].entries, self.program.vocabulary
        return self.ctes.any_code(
            codes, f"in_{name}", lambda s, c: in_valueset(entries, s, c, self.byte_order, vocabulary)
        )

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
        if isinstance(value, SRaw):  # an observation's recorded yes or no
            return col(value.alias, "value_bool")
        return value.e if isinstance(value, SBool) else unknown()

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
        if name in self.parameters:
            given = col(PATIENT, f"{self.parameters[name]}value")
            run = self.run_parameters.get(name)
            return SText(exp.Coalesce(this=given, expressions=[text(run)]) if run is not None else given)
        if name in self.program.attested:
            item = self.program.attested[name]
            return typed(item.value_type, columns_of(PATIENT, self.attested[name]), observation=False)
        if name in self.program.defines:
            return self.visit(self.program.defines[name].body, env)
        if name in self.program.valuesets:
            return SValueSet(name)
        return SText(text(name))  # a value of an enumeration

    def reference(self, name: str) -> SDate:
        prefix = self.references[name]
        lo, hi = col(PATIENT, f"{prefix}lo"), col(PATIENT, f"{prefix}hi")
        if name in self.index_dates:
            first, last = bounds(self.index_dates[name])
            return SDate(exp.Coalesce(this=lo, expressions=[date_lit(first)]),
                         exp.Coalesce(this=hi, expressions=[date_lit(last)]))  # fmt: skip
        return SDate(lo, hi)

    def visit_field_of(self, expr: n.FieldOf, env: Env) -> SValue:
        frame = next((f for f in env.frames if f.kind == expr.record), None)
        if frame is None:
            raise SqlCompileError(f"{BACKEND} cannot read {expr.record}.{expr.field} outside a {expr.record} query")
        return self.field(frame, expr.field)

    def field(self, frame: Frame, name: str) -> SValue:
        alias = frame.alias
        if name == "value":
            if frame.measure is None:  # as recorded (evaluate.record_value)
                return SRaw(alias)
            return typed(frame.measure.value_type, columns_of(alias), observation=True)
        if name in MULTI_CODE_FIELDS:  # one code or several: their rows of record_codes
            return SCodes(alias, RECORD_TABLES[frame.kind], name)
        if name == "histology":
            return SCode(col(alias, "histology_system"), col(alias, "histology_code"))
        if name in DATE_FIELDS[frame.kind]:
            return SDate(col(alias, f"{name}_lo"), col(alias, f"{name}_hi"))
        if name == "treatment":
            return SList(col(alias, "treatment"))
        field_type = RECORD_FIELDS[frame.kind].get(name)
        if field_type == NUMBER:
            return SNum(exp.cast(col(alias, name), exp.DataType.Type.DOUBLE))
        if field_type == BOOL:
            return SBool(col(alias, name))
        if name == "dose":  # a radiotherapy dose is in Gy; a medication's has its recorded unit
            unit = col(alias, "dose_unit") if frame.kind == "medication" else text("Gy")
            return SDose(col(alias, "dose"), unit)
        fixed = FIXED_UNITS.get(frame.kind, {}).get(name)
        if fixed is not None:  # a number in one unit (a lesion's size in mm)
            return SDose(col(alias, name), text(fixed))
        return SText(col(alias, name))

    # -------------------------------------------------------------- literals
    def visit_number_lit(self, expr: n.NumberLit, env: Env) -> SValue:
        return SNum(num(float(expr.value)))

    def visit_quantity_lit(self, expr: n.QuantityLit, env: Env) -> SValue:
        if expr.unit in TIME_UNITS:
            return SDur(num(float(expr.value)), expr.unit)
        unit = UNITS[expr.unit]
        return SQty(
            num(float(expr.value * unit.factor)), exp.cast(exp.Null(), exp.DataType.Type.DOUBLE), unit.dimension
        )

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
            raise SqlCompileError(f"{BACKEND} cannot take an age at {words(at)}")
        return SAge(SDate(col(PATIENT, "birth_lo"), col(PATIENT, "birth_hi")), at)

    # -------------------------------------------------------------- queries
    def collected(self, kind: str) -> exp.Expr:
        return is_true(col(PATIENT, COLLECTED[kind]))

    def visit_exists(self, expr: n.Exists, env: Env) -> SValue:
        group, member = self.record_query(expr.query, env)
        member.exists = True
        best = exp.Coalesce(this=col(group.name, f"{member.column}_grade"), expressions=[int_lit(0)])
        decided = exp.Case(
            this=best,
            ifs=[exp.If(this=int_lit(2), true=exp.true()), exp.If(this=int_lit(1), true=unknown())],
            default=exp.false(),
        )
        value = case((self.collected(expr.query.record), decided))
        return SBool(not_(value) if expr.quantifier == "no" else value)

    def visit_count(self, expr: n.Count, env: Env) -> SValue:
        group, member = self.record_query(expr.query, env)
        member.count = True

        def total(column: str) -> exp.Expr:
            count = exp.Coalesce(this=col(group.name, f"{member.column}_{column}"), expressions=[int_lit(0)])
            return case((self.collected(expr.query.record), count))

        return SCount(total("sure"), total("maybe"))

    def visit_latest(self, expr: n.Latest, env: Env) -> SValue:
        alias = env.alias_for("observation")
        measure = self.program.measures[expr.measure]
        inside = self.window(SDate(col(alias, "date_lo"), col(alias, "date_hi")), expr.window, env)
        candidate = self.in_valueset(expr.measure, SCodes(alias, "observations", "code"))
        if expr.of is not None:  # of the enclosing record: its focus names it (NULL: perhaps)
            target = next(f for f in env.frames if f.kind == expr.of)
            candidate = paren(and_(paren(candidate), link_grade(col(alias, "focus"), col(target.alias, "id"))))
        name, count = self.ctes.latest(measure, alias, env.frames, inside, candidate)
        value = typed(measure.value_type, columns_of(name), observation=True, uln=self.uln)
        columns = [col(name, f"v{i}") for i in range(count)]
        if isinstance(value, SNum):  # the least and the greatest the latest may be (Ctes.latest)
            if value.uln is None:
                return SCount(columns[0], columns[1])
            return SCount(columns[0], columns[2], uln_lo=columns[1], uln_hi=columns[3])  # and its × ULN
        if isinstance(value, SQty):
            return SQty(columns[0], columns[1], value.dimension, hi=columns[2], uln_hi=columns[3])
        return rebuilt(value, columns)

    # -------------------------------------------------------------- windows
    def window(self, value: SValue, window: Any, env: Env) -> exp.Expr:
        if not isinstance(value, SDate):
            raise SqlCompileError(f"{BACKEND} cannot apply a window to {words(value)}")
        if isinstance(window, n.Between):
            start, end = self.visit(window.start, env), self.visit(window.end, env)
            if not isinstance(start, SDate) or not isinstance(end, SDate):
                raise SqlCompileError(f"{BACKEND} cannot take a window between {words(start)} and {words(end)}")
            return between(value, start, end)
        anchor = self.visit(window.anchor, env)
        if not isinstance(anchor, SDate):
            raise SqlCompileError(f"{BACKEND} cannot anchor a window on {words(anchor)}")
        if isinstance(window, n.Relative):
            return relation(value, anchor, window.relation)
        amount, unit = int(window.amount.value), window.amount.unit
        if isinstance(window, n.Within):
            return within(value, anchor, amount, unit, window.direction)
        if isinstance(window, n.AtLeast):
            return at_least(value, anchor, amount, unit, window.direction)
        raise SqlCompileError(f"{BACKEND} cannot compile a {window.kind} window")

    def visit_active(self, expr: n.Active, env: Env) -> SValue:
        """evaluate's eval_active: the innermost record's period overlaps the window."""
        window, frame = expr.window, env.frames[0]
        anchor = self.visit(window.start if isinstance(window, n.Between) else window.anchor, env)
        end = self.visit(window.end, env) if isinstance(window, n.Between) else None
        if not isinstance(anchor, SDate) or (end is not None and not isinstance(end, SDate)):
            raise SqlCompileError(f"{BACKEND} cannot anchor a window on {words(anchor)}")
        first, last = span(window, anchor, end)
        start, stop = self.period(frame)
        return SBool(overlaps(start, stop, first, last))

    def period(self, frame: Frame) -> tuple[SDate, SDate]:
        """A record's (start, end) (periods.record_period): a procedure with neither but a date
        lasted that day."""
        first, last = RECORD_PERIOD[frame.kind]
        start, stop = self.field(frame, first), self.field(frame, last)
        assert isinstance(start, SDate) and isinstance(stop, SDate)
        if frame.kind != "procedure":
            return start, stop
        undated = and_(is_null(start.lo), is_null(stop.lo))
        day = self.field(frame, "date")
        assert isinstance(day, SDate)

        def either(period: exp.Expr, performed: exp.Expr) -> exp.Expr:
            return case((undated.copy(), performed), default=period)

        return (SDate(either(start.lo, day.lo), either(start.hi, day.hi)),
                SDate(either(stop.lo, day.lo.copy()), either(stop.hi, day.hi.copy())))  # fmt: skip

    def visit_temporal(self, expr: n.Temporal, env: Env) -> SValue:
        return SBool(self.window(self.visit(expr.operand, env), expr.window, env))

    # -------------------------------------------------------------- predicates
    def visit_compare(self, expr: n.Compare, env: Env) -> SValue:
        return SBool(compare(expr.op, self.visit(expr.left, env), self.visit(expr.right, env)))

    def visit_is(self, expr: n.Is, env: Env) -> SValue:
        left, right = self.visit(expr.left, env), self.visit(expr.right, env)
        if isinstance(left, SCodes) and isinstance(right, SCode):  # several codes: is it any of them?
            system, code = right.system, right.code
            value = self.ctes.any_code(left, "is", lambda s, c: and_(eq(s, system.copy()), eq(c, code.copy())))
        else:
            value = compare("=", left, right)
        return SBool(not_(value) if expr.negated else value)

    def visit_is_known(self, expr: n.IsKnown, env: Env) -> SValue:
        operand = self.visit(expr.operand, env)
        if isinstance(operand, SCodes):  # some code recorded (no rows: not recorded)
            value = not_null(self.ctes.any_code(operand, "known", lambda s, c: exp.true()))
        else:
            value = known(operand)
        return SBool(not_(value) if expr.negated else value)

    def visit_member(self, expr: n.Member, env: Env) -> SValue:
        value, collection = self.visit(expr.operand, env), self.visit(expr.collection, env)
        result: exp.Expr
        if isinstance(collection, SValueSet):
            if isinstance(value, SRaw):  # a recorded value that is a code (else unknown)
                code = SCode(col(value.alias, "value_code_system"), col(value.alias, "value_code"))
                result = case((not_null(code.code), self.in_code_set(collection, code)))
            elif isinstance(value, SCodes):
                result = self.in_valueset(collection.name, value)
            else:
                result = self.in_code_set(collection, value) if isinstance(value, SCode) else unknown()
        elif isinstance(collection, SRange):
            result = and_(paren(compare(">=", value, collection.low)), paren(compare("<=", value, collection.high)))
        elif isinstance(collection, SSet):
            result = case((not_(known(value)), unknown()),
                          default=paren(or_(*(paren(compare("=", value, item)) for item in collection.items))))  # fmt: skip
        else:
            result = compare("=", value, collection)
        return SBool(not_(result) if expr.negated else result)

    def in_code_set(self, valueset: SValueSet, code: SCode) -> exp.Expr:
        entries = self.program.valuesets[valueset.name].entries
        return in_valueset(entries, code.system, code.code, self.byte_order, self.program.vocabulary)

    def visit_includes(self, expr: n.Includes, env: Env) -> SValue:
        values, item = self.visit(expr.operand, env), self.visit(expr.item, env)
        if not isinstance(values, SList) or not isinstance(item, SText):
            raise SqlCompileError(f"{BACKEND} cannot tell whether {words(values)} includes {words(item)}")
        contains = exp.ArrayContains(this=values.e, expression=item.e)
        missing = exp.or_(is_null(values.e.copy()), is_null(item.e.copy()))
        return SBool(case((missing, unknown()), default=contains))

    def visit_link(self, expr: n.Link, env: Env) -> SValue:
        """evaluate's eval_link: the innermost record's list of ids holds the enclosing record's id
        (unknown when either is missing)."""
        frame = env.frames[0]
        target = next(f for f in env.frames[1:] if f.kind == expr.record)
        grade = link_grade(col(frame.alias, expr.field), col(target.alias, "id"))
        return SBool(not_(grade) if expr.negated else grade)

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
        # Kleene's if-then-else (evaluate.eval_if): the consensus term decides an unknown condition
        # when both branches agree
        return SBool(paren(or_(
            paren(and_(paren(condition), paren(then))),
            paren(and_(not_(condition.copy()), paren(otherwise))),
            paren(and_(paren(then.copy()), paren(otherwise.copy()))),
        )))  # fmt: skip


def compile_program(
    program: Program,
    index_dates: Mapping[str, DateLike] | None = None,
    dialect: str = "duckdb",
    parameters: Mapping[str, str] | None = None,
) -> exp.Select:
    """The screening query of a checked program; ``index_dates`` stand in for missing reference
    dates, and ``parameters`` (checked) for missing per-enrolment parameters. ``dialect`` matters
    only where dialects differ in meaning, not in spelling (PostgreSQL's locale-dependent text order). Compiling and printing recurse over the criteria (definitions
    inlined): call this, and print its query, inside :func:`room_to_recurse`."""
    return SqlCompiler(program, index_dates, dialect, parameters).query()


def to_sql(
    program: Program,
    dialect: str = "duckdb",
    index_dates: Mapping[str, DateLike] | None = None,
    pretty: bool = False,
    parameters: Mapping[str, str] | None = None,
) -> str:
    """The screening query as SQL text in a dialect (``duckdb``, ``postgres``, ``spark``)."""
    with room_to_recurse():
        # the tree is built for this one printing: the generator need not copy it first
        return compile_program(program, index_dates, dialect, parameters).sql(
            dialect=dialect, pretty=pretty, copy=False
        )


@contextmanager
def room_to_recurse() -> Iterator[None]:
    """A larger recursion limit for compiling and printing deeply nested criteria (definitions
    are inlined, so a criterion may nest deeper than any one expression), and a clear error
    rather than a ``RecursionError`` beyond it."""
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, RECURSION_LIMIT))
    try:
        yield
    except RecursionError:
        raise InputError(
            "the criteria, with their definitions written out in full, are nested too deeply for the SQL back end"
        ) from None
    finally:
        sys.setrecursionlimit(limit)


#: Python frames sqlglot may use to compile and print one query (about 150 per level of nesting)
RECURSION_LIMIT = 20_000
