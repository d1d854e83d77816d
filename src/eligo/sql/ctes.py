"""The CTEs of the screening query: record queries grouped per table, `latest` choices, and the
joins a SELECT needs for the columns it reads.

A record query (``exists``, ``no``, ``count``) is a *member* of a :class:`RecordGroup`: all the
queries over one record table, in one scope, are computed by ONE CTE that reads the table once::

    condition_queries AS (
      SELECT r.patient_id, MAX(r.g1) AS cscc_grade, MAX(r.g2) AS malignancy_grade, ...
      FROM (SELECT c0.patient_id, CASE WHEN <in cscc> THEN <grade> END AS g1, ...
            FROM conditions AS c0 [JOIN ...] WHERE <in cscc> OR <in malignancy> ...) AS r
      GROUP BY r.patient_id)

Per record, a member's grade is 2 when the record counts (``where AND NOT (except ...)`` is
TRUE), 1 when it may count (NULL, or perhaps in the value set: coded in a system the value set
lists no codes of, when its membership is NULL), 0 when it does not, and NULL when the record is
not one of the query's candidates (not in its value set). Per patient, ``MAX`` of the grades
decides ``exists``; ``COUNT_IF(grade = 2)`` and ``COUNT_IF(grade > 0)`` bound ``count``.

A scope is the patient, or a record of an enclosing query that the clauses read (``medication.
start`` inside a condition query nested in a medication query): then the group is keyed by that
record's ``seq`` too (column ``<alias>_seq``), and the enclosing query joins it on both. A group
also has a level (one more than the CTEs it reads), so that groups never read one another in a
cycle; CTEs are written in order of level.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

from sqlglot import exp

from eligo.language import nodes as n
from eligo.records.model import NOT_COUNTED as NOT_COUNTED_KINDS
from eligo.sql.layout import RECORD_TABLES, TABLES
from eligo.sql.values import (
    SCodes,
    and_,
    case,
    col,
    columns_of,
    eq,
    int_lit,
    is_false,
    is_null,
    is_true,
    not_,
    or_,
    paren,
    parts,
    raw_equal,
    text,
    typed,
)

PATIENT = "pt"
#: the CTE of patient-level facts, read as ``pt``
FACTS = "patient_facts"
#: the columns of an attestation its value is read from
ATTESTATION_COLUMNS = ("value_num", "value_text", "value_bool", "value_date_lo", "value_date_hi", "unit")
#: the columns a `latest` carries from an observation to its choice
OBSERVATION_COLUMNS = tuple(
    c for c, _ in TABLES["observations"] if c not in ("patient_id", "system", "code", "display")
)
#: the kinds of measure whose `latest`, when results that may be as late differ, is the range of them
SPREAD_KINDS = ("number", "quantity")
#: longest name of a CTE or column (PostgreSQL truncates identifiers at 63 bytes)
NAME_LENGTH = 48


@dataclass(frozen=True)
class Frame:
    """The record a ``where`` or ``except`` clause is reading: its kind and table alias."""

    kind: str
    alias: str
    measure: n.Measure | None


#: The statuses under which a record of a table is as if not recorded (records.model.in_queries).
NOT_COUNTED: dict[str, frozenset[str]] = {RECORD_TABLES[kind]: never for kind, never in NOT_COUNTED_KINDS.items()}


def counted(alias: str, table: str) -> exp.Expr:
    """Whether a record of ``table`` counts: its status is not one of :data:`NOT_COUNTED` (or none)."""
    status = col(alias, "status")
    never = exp.In(this=status, expressions=[text(s) for s in sorted(NOT_COUNTED[table])])
    return paren(or_(is_null(status.copy()), exp.Not(this=never)))


def columns_in(expressions: Iterable[exp.Expr]) -> Iterator[exp.Column]:
    """Every column the expressions hold, in no particular order: a plain walk over the nodes'
    arguments (sqlglot's ``find_all`` costs several times more per node, and compiling walks
    every CTE's trees)."""
    stack = list(expressions)
    while stack:
        node = stack.pop()
        if isinstance(node, exp.Column):
            yield node
            continue
        for value in node.args.values():
            if isinstance(value, exp.Expr):
                stack.append(value)
            elif type(value) is list:
                stack.extend(v for v in value if isinstance(v, exp.Expr))


def named_table(name: str) -> exp.Table:
    """A table named ``name`` (a plain name: ``exp.to_table`` would run the parser on it)."""
    return exp.Table(this=exp.to_identifier(name))


def seq_column(alias: str) -> str:
    return f"{alias}_seq"


@dataclass
class Member:
    """One record query of a group: its candidates (NULL: every record) and per-record grade."""

    column: str
    candidate: exp.Expr | None
    grade: exp.Expr
    used: frozenset[str]  # the tables and aliases its grade and candidates read
    exists: bool = False
    count: bool = False


@dataclass
class RecordGroup:
    """The record queries over one table in one scope: one CTE."""

    name: str
    table: str
    alias: str
    frames: tuple[Frame, ...]  # the enclosing records it is keyed by
    level: int
    #: by candidate and grade, compared as trees (sqlglot hashes and compares them by structure:
    #: cheaper than printing them, and the same trees print the same SQL)
    members: dict[tuple[exp.Expr | None, exp.Expr], Member] = field(default_factory=dict)


@dataclass
class CodeGroup:
    """The value-set (and other code) tests over one field of one record table (``record_codes``
    rows), for records read as one alias: one CTE, one grade column per test, so that the codes
    are scanned once per field rather than once per test."""

    name: str
    table: str
    codes: str  # the field holding the codes
    alias: str
    #: column of each test's grade, by its grade over ``rc.system``/``rc.code`` compared as a tree
    tests: dict[exp.Expr, str] = field(default_factory=dict)
    #: column of each test by the caller's name for it (its grade is built once per group)
    named: dict[tuple[str, Hashable], str] = field(default_factory=dict)


@dataclass(frozen=True)
class Reads:
    """What some expressions read: CTEs, enclosing records, the patient's facts."""

    ctes: list[str]
    frames: tuple[Frame, ...]
    facts: bool
    level: int  # one more than the highest level of the CTEs read (0 when none)


@dataclass(frozen=True)
class Cte:
    name: str
    body: exp.Select
    level: int


class Ctes:
    """The CTEs made while compiling, and the joins that read them."""

    def __init__(
        self,
        references: dict[str, str],
        attested: dict[str, str],
        uln: bool = True,
        parameters: dict[str, str] | None = None,
    ) -> None:
        self.uln = uln  # whether a number's multiple of its upper limit of normal is carried (typed)
        self.references = references  # reference name → prefix of its columns in the facts
        self.attested = attested  # attested item → prefix of its columns in the facts
        self.parameters = parameters or {}  # per-enrolment parameter → prefix of its column in the facts
        self.groups: dict[tuple[str, str, tuple[str, ...], int], RecordGroup] = {}
        self.code_groups: dict[tuple[str, str, str], CodeGroup] = {}
        self.finished: dict[str, Cte] = {}
        self._by_body: dict[exp.Expr, str] = {}  # a CTE by its body, compared as a tree
        self.keys: dict[str, tuple[str, ...]] = {}  # every CTE name → enclosing-record aliases
        self.levels: dict[str, int] = {}
        self.facts_read: set[str] = set()  # the columns of the patient's facts any expression reads

    # -------------------------------------------------------------- reading CTEs
    def reads(self, expressions: list[exp.Expr], outer: tuple[Frame, ...]) -> Reads:
        """What the expressions read (one walk over them): the CTEs, in order of creation, and
        the enclosing records of ``outer`` (directly, or through a CTE keyed by them)."""
        used: set[str] = set()
        for c in columns_in(expressions):
            if c.table:
                used.add(c.table)
                if c.table == PATIENT:
                    self.facts_read.add(c.name)
        return self.reads_of(used, outer)

    def reads_of(self, used: AbstractSet[str], outer: tuple[Frame, ...]) -> Reads:
        """What expressions reading the tables and aliases ``used`` read (see :meth:`reads`)."""
        ctes = [name for name in self.keys if name in used]
        needed = used | {key for name in ctes for key in self.keys[name]}
        level = 1 + max((self.levels[name] for name in ctes), default=-1)
        return Reads(ctes, tuple(f for f in outer if f.alias in needed), PATIENT in needed, level)

    def joins(self, reads: Reads, anchor: str) -> list[exp.Join]:
        """The joins a SELECT over ``anchor``'s table needs for what it reads: the enclosing
        records, the patient's facts and the CTEs."""

        def same_patient(alias: str) -> exp.Expr:
            return eq(col(alias, "patient_id"), col(anchor, "patient_id"))

        def join(table: str, alias: str, on: exp.Expr, side: str | None = None) -> exp.Join:
            return exp.Join(this=exp.alias_(named_table(table), alias, table=True, copy=False), on=on, side=side)

        joins = [join(RECORD_TABLES[f.kind], f.alias, same_patient(f.alias)) for f in reversed(reads.frames)]
        if reads.facts and anchor != PATIENT:
            joins.append(join(FACTS, PATIENT, same_patient(PATIENT)))
        for name in reads.ctes:
            keys = [eq(col(name, seq_column(k)), col(k, "seq")) for k in self.keys[name]]
            joins.append(join(name, name, and_(same_patient(name), *keys), "LEFT"))
        return joins

    # -------------------------------------------------------------- record queries
    def member(
        self, kind: str, alias: str, outer: tuple[Frame, ...], stem: str, candidate: exp.Expr | None, grade: exp.Expr
    ) -> tuple[RecordGroup, Member]:
        """The group and member computing a record query (made if new)."""
        reads = self.reads([grade] + ([candidate] if candidate is not None else []), outer)
        used = frozenset(f.alias for f in reads.frames) | frozenset(reads.ctes) | ({PATIENT} if reads.facts else set())
        frames, level = reads.frames, reads.level
        keys = tuple(f.alias for f in frames)
        table = RECORD_TABLES[kind]
        group = self.groups.get((table, alias, keys, level))
        if group is None:
            name = self._name(f"{kind}_queries" + "".join(f"_per_{k}" for k in keys) + (f"_{level}" if level else ""))
            group = RecordGroup(name, table, alias, frames, level)
            self.groups[(table, alias, keys, level)] = group
            self.keys[name], self.levels[name] = keys, level
        key = (candidate, grade)
        if key not in group.members:
            taken = {m.column.lower() for m in group.members.values()}  # SQL names ignore case
            column, number = stem[: NAME_LENGTH - 8], 1
            while column.lower() in taken:
                number += 1
                column = f"{stem[: NAME_LENGTH - 12]}_{number}"
            group.members[key] = Member(column, candidate, grade, used)
        return group, group.members[key]

    def _group_body(self, group: RecordGroup) -> exp.Select:
        members = list(group.members.values())
        alias = group.alias
        keys = [f.alias for f in group.frames]
        # a record perhaps in the value set (NULL: coded in a system it lists no codes of) perhaps counts
        grades = [
            m.grade
            if m.candidate is None
            else case((m.candidate, m.grade), (is_null(m.candidate), exp.Least(this=m.grade, expressions=[int_lit(1)])))
            for m in members
        ]
        candidates = [m.candidate for m in members]
        # what the grades and candidates read, as each member found when it was made (no new walk)
        joins = self.joins(self.reads_of(set().union(*(m.used for m in members)), group.frames), alias)
        records = exp.select(
            exp.alias_(col(alias, "patient_id"), "patient_id", copy=False),
            *(exp.alias_(col(k, "seq"), seq_column(k), copy=False) for k in keys),
            *(exp.alias_(g, f"g{i}", copy=False) for i, g in enumerate(grades, 1)),
        ).from_(exp.alias_(named_table(group.table), alias, table=True, copy=False), copy=False)
        records.set("joins", joins)
        if all(c is not None for c in candidates):
            records = records.where(or_(*(exp.Not(this=is_false(c)) for c in candidates if c is not None)), copy=False)
        if group.table in NOT_COUNTED:  # as if not recorded (in_queries)
            records = records.where(counted(alias, group.table), copy=False)
        aggregates: list[exp.Expr] = []
        for i, m in enumerate(members, 1):
            g = col("r", f"g{i}")
            if m.exists:
                aggregates.append(exp.alias_(exp.Max(this=g), f"{m.column}_grade", copy=False))
            if m.count:
                aggregates.append(
                    exp.alias_(exp.CountIf(this=eq(g.copy(), int_lit(2))), f"{m.column}_sure", copy=False)
                )
                aggregates.append(
                    exp.alias_(
                        exp.CountIf(this=exp.GT(this=g.copy(), expression=int_lit(0))), f"{m.column}_maybe", copy=False
                    )
                )
        key_columns = [col("r", "patient_id"), *(col("r", seq_column(k)) for k in keys)]
        return (
            exp.select(*(c.copy() for c in key_columns), *aggregates)
            .from_(records.subquery("r", copy=False), copy=False)
            .group_by(*key_columns, copy=False)
        )

    # -------------------------------------------------------------- several codes
    def any_code(
        self,
        codes: SCodes,
        stem: str,
        test: Callable[[exp.Expr, exp.Expr], exp.Expr],
        key: Hashable = None,
    ) -> exp.Expr:
        """Whether ``test(system, code)`` holds of any code of a field that may hold several (a
        record's ``code``, a condition's ``body_site``), as ``CodeMatcher.member_of``: TRUE when it
        holds of one, NULL when it holds of none but is NULL for one (or the field holds no code:
        not recorded), else FALSE. The codes are aggregated per record in a CTE over the field's
        rows of ``record_codes`` (the grade of each code, MAX per record), keyed by the record, which
        the query reading the record joins: one plain GROUP BY and join, on every dialect. Every
        test of the same field of the same records is a column of the same CTE (a :class:`CodeGroup`);
        ``(stem, key)`` names the test (the same name: the same test), so that a test already made
        is not built again (a value set's test is a large tree)."""
        place = (codes.table, codes.field, codes.alias)
        group = self.code_groups.get(place)
        if group is None:
            name = self._name(f"{codes.table}_{codes.field}_{codes.alias}")
            group = self.code_groups[place] = CodeGroup(name, codes.table, codes.field, codes.alias)
            self.keys[name], self.levels[name] = (codes.alias,), 0
        column = group.named.get((stem, key))
        if column is None:
            holds = test(col("rc", "system"), col("rc", "code"))
            grade = case((holds, int_lit(2)), (is_null(holds.copy()), int_lit(1)), default=int_lit(0))
            column = group.named[stem, key] = self._code_column(group, grade, stem)
        ifs = [exp.If(this=int_lit(2), true=exp.true()), exp.If(this=int_lit(0), true=exp.false())]
        return exp.Case(this=col(group.name, column), ifs=ifs)

    @staticmethod
    def _code_column(group: CodeGroup, grade: exp.Expr, stem: str) -> str:
        """The column of a code group computing ``grade`` (made if new)."""
        if grade not in group.tests:
            taken = {c.lower() for c in group.tests.values()}  # SQL names ignore case
            safe = stem.replace(".", "_")[: NAME_LENGTH - 12]  # a qualified value set (lung.radiotherapy)
            column, number = f"{safe}_grade", 1
            while column.lower() in taken:
                number += 1
                column = f"{safe}_{number}_grade"
            group.tests[grade] = column
        return group.tests[grade]

    def _code_body(self, group: CodeGroup) -> exp.Select:
        """A code group's CTE: per record, the MAX of each test's grade over the field's codes."""
        return (
            exp.select(exp.alias_(col("rc", "patient_id"), "patient_id", copy=False),
                       exp.alias_(col("rc", "seq"), seq_column(group.alias), copy=False),
                       *(exp.alias_(exp.Max(this=grade), column, copy=False) for grade, column in group.tests.items()))
            .from_(exp.alias_(named_table("record_codes"), "rc", table=True, copy=False), copy=False)
            .where(and_(eq(col("rc", "record"), text(group.table)), eq(col("rc", "field"), text(group.codes))), copy=False)
            .group_by(col("rc", "patient_id"), col("rc", "seq"), copy=False)
        )  # fmt: skip

    # -------------------------------------------------------------- latest
    def latest(
        self, measure: n.Measure, alias: str, outer: tuple[Frame, ...], inside: exp.Expr, candidate: exp.Expr
    ) -> tuple[str, int]:
        """evaluate.eval_latest as two CTEs: the observations that may be in the window and of the
        measure (``inside`` TRUE or NULL: undated ones, and ones coded in a system the measure
        lists no codes of, are NULL), then per patient the one with the greatest date_lo among
        those surely inside (the first in list order on ties), kept only when no other candidate
        that may be as late (on the same day: no time of day orders them) has a different value;
        for a number or a quantity, the least and greatest of its value and theirs instead
        (observations.spread: the parts' MIN, then their MAX, each NULL if any is).
        Returns the second CTE's name and the number of value columns (``v0``, ``v1``...)."""
        reads = self.reads([inside, candidate], outer)
        joins, level = self.joins(reads, alias), reads.level
        keys = tuple(f.alias for f in reads.frames)
        key_names = ["patient_id", *(seq_column(k) for k in keys)]
        candidates = exp.select(
            exp.alias_(col(alias, "patient_id"), "patient_id", copy=False),
            *(exp.alias_(col(k, "seq"), seq_column(k), copy=False) for k in keys),
            *(col(alias, c) for c in OBSERVATION_COLUMNS),
            exp.alias_(and_(paren(candidate), paren(inside)), "inside", copy=False),  # NULL: perhaps of the measure
        ).from_(exp.alias_(named_table("observations"), alias, table=True, copy=False), copy=False)
        candidates.set("joins", joins)
        candidates = candidates.where(
            counted(alias, "observations"), copy=False
        )  # a cancelled result is none (in_queries)
        stem = f"{measure.name}_latest" + "".join(f"_per_{k}" for k in keys)
        pool = self._finish(
            f"{stem[: NAME_LENGTH - 11]}_candidates",
            candidates.where(exp.Not(this=is_false(candidate.copy())), copy=False),
            keys,
            level,
        )

        order = exp.Order(expressions=[
            exp.Ordered(this=case((is_true(col("c", "inside")), int_lit(0)), default=int_lit(1))),
            exp.Ordered(this=col("c", "date_lo"), desc=True),
            exp.Ordered(this=col("c", "seq")),
        ])  # fmt: skip
        recency = exp.Window(this=exp.RowNumber(), partition_by=[col("c", k) for k in key_names], order=order)
        ranked = (
            exp.select(
                exp.Column(this=exp.Star(), table=exp.to_identifier("c")), exp.alias_(recency, "recency", copy=False)
            )
            .from_(exp.alias_(named_table(pool), "c", table=True, copy=False), copy=False)
            .where(exp.Not(this=is_false(col("c", "inside"))), copy=False)
        )
        rival = and_(
            exp.Not(this=is_false(col("rv", "inside"))),
            exp.NEQ(this=col("rv", "seq"), expression=col("ch", "seq")),
            paren(or_(exp.Is(this=col("rv", "date_hi"), expression=exp.Null()),
                      exp.GTE(this=col("rv", "date_hi"), expression=col("ch", "date_lo")))),  # same day: no order
            not_(raw_equal("rv", "ch")),
        )  # fmt: skip
        same_keys = [eq(col("rv", k), col("ch", k)) for k in key_names]
        chosen_one = and_(eq(col("ch", "recency"), int_lit(1)), is_true(col("ch", "inside")))
        if getattr(measure.value_type, "kind", "") in SPREAD_KINDS:
            # numbers and quantities: the least and greatest of the chosen value and its rivals'
            # (observations.spread), each unknown if any of them is
            values = parts(typed(measure.value_type, columns_of("rv"), observation=True, uln=self.uln))
            every = exp.Count(this=exp.Star())
            ends: list[exp.Expr] = []
            for aggregate in (exp.Min, exp.Max):
                for i, v in enumerate(values):
                    all_known = and_(*(eq(every, exp.Count(this=w)) for w in values[: i + 1]))  # shared: never changed
                    ends.append(case((all_known, aggregate(this=v))))
            spread = (
                exp.select(
                    *(exp.alias_(col("ch", k), k, copy=False) for k in key_names),
                    *(exp.alias_(end, f"v{i}", copy=False) for i, end in enumerate(ends)),
                )
                .from_(ranked.subquery("ch", copy=False), copy=False)
                .join(exp.alias_(named_table(pool), "rv", table=True, copy=False),
                      on=and_(*same_keys, paren(or_(eq(col("rv", "seq"), col("ch", "seq")), paren(rival)))), copy=False)
                .where(chosen_one, copy=False)
                .group_by(*(col("ch", k) for k in key_names), copy=False)
            )  # fmt: skip
            return self._finish(stem, spread, keys, level + 1), len(ends)
        value = parts(typed(measure.value_type, columns_of("ch"), observation=True, uln=self.uln))
        chosen = (
            exp.select(
                *(exp.alias_(col("ch", k), k, copy=False) for k in key_names),
                *(exp.alias_(part, f"v{i}", copy=False) for i, part in enumerate(value)),
            )
            .from_(ranked.subquery("ch", copy=False), copy=False)
            .join(exp.alias_(named_table(pool), "rv", table=True, copy=False), on=and_(*same_keys, rival), join_type="LEFT", copy=False)
            .where(and_(chosen_one, exp.Is(this=col("rv", "seq"), expression=exp.Null())), copy=False)
        )  # fmt: skip
        return self._finish(stem, chosen, keys, level + 1), len(value)

    def _finish(self, stem: str, body: exp.Select, keys: tuple[str, ...], level: int) -> str:
        """A CTE with this body: the one already made, or a new one named after ``stem``."""
        if body not in self._by_body:
            name = self._name(stem)
            self.finished[name] = Cte(name, body, level)
            self._by_body[body] = name
            self.keys[name], self.levels[name] = keys, level
        return self._by_body[body]

    def _name(self, stem: str) -> str:
        """A CTE name after ``stem``, numbered if another CTE has it (SQL names ignore case)."""
        taken = {name.lower() for name in self.keys}
        base = stem[:NAME_LENGTH]
        name, number = base, 1
        while name.lower() in taken:
            number += 1
            name = f"{base}_{number}"
        return name

    # -------------------------------------------------------------- the WITH clause
    def in_order(self, outcomes: exp.Select) -> list[Cte]:
        """Every CTE, each after the ones it reads: first the patient facts ``outcomes`` and the
        other CTEs read."""
        made = list(self.finished.values())
        made += [Cte(g.name, self._code_body(g), 0) for g in self.code_groups.values()]
        made += [Cte(g.name, self._group_body(g), g.level) for g in self.groups.values()]
        order = {name: i for i, name in enumerate(self.keys)}
        made.sort(key=lambda c: (c.level, order[c.name]))
        # every column of the facts a query reads went through `reads` (or it would not be joined)
        return [Cte(FACTS, self.facts(self.facts_read), -1), *made]

    def facts(self, read: set[str]) -> exp.Select:
        """One row per patient: the patients table, and a column per reference date and attested
        value and per-enrolment parameter the query reads (``<prefix>lo``, ``<prefix>value_bool``...),
        from the reference_dates, attestations and parameters tables turned into columns (one
        conditional aggregate per column)."""

        def pivot(table: str, prefixes: dict[str, str], names: tuple[str, ...]) -> tuple[exp.Select, list[str]]:
            columns: list[exp.Expr] = []
            for item, prefix in prefixes.items():
                for column in names:
                    if prefix + column in read:
                        value = case((eq(col(table, "name"), text(item)), col(table, column)))
                        aggregate = exp.LogicalOr(this=value) if column == "value_bool" else exp.Min(this=value)
                        columns.append(exp.alias_(aggregate, prefix + column, copy=False))
            select = (
                exp.select(col(table, "patient_id"), *columns)
                .from_(table, copy=False)
                .group_by(col(table, "patient_id"), copy=False)
            )
            return select, [c.alias for c in columns]

        body = exp.select(*(col("p", c) for c, _ in TABLES["patients"])).from_(
            exp.alias_(named_table("patients"), "p", table=True, copy=False), copy=False
        )
        for table, alias, prefixes, names in (
            ("reference_dates", "dates", self.references, ("lo", "hi")),
            ("attestations", "attested", self.attested, ATTESTATION_COLUMNS),
            ("parameters", "params", self.parameters, ("value",)),
        ):
            select, columns = pivot(table, prefixes, names)
            if columns:
                body = body.select(*(col(alias, c) for c in columns)).join(
                    select.subquery(alias, copy=False),
                    on=eq(col(alias, "patient_id"), col("p", "patient_id")),
                    join_type="LEFT",
                    copy=False,
                )
        return body
