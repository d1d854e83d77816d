"""A checked program compiled to the source of one Python function: every criterion's outcome.

:class:`GeneratedCriteria` is :class:`~eligo.evaluate.outcomes.closures.CompiledCriteria` whose
:meth:`outcomes` runs one generated function ``outcomes(p, d)`` (the patient, its reference dates)
instead of a tree of closures, the way Jinja compiles a template to Python source. The function
is made once per program (cached by the program's fingerprint), is plain readable Python
(``eligo eval --show-code`` prints it), and gives the closures' answer for every patient:

- three-valued logic inline (``True``, ``False``, ``None`` for unknown), every operand of ``and``,
  ``or`` and ``if`` evaluated, as the closures (and the evaluator) do;
- record queries as ``for`` loops over the record list, value-set membership looked up in the
  closures' own tables of answers per code system and code (module constants; a value set's
  entries are code prefixes and ranges, so its answers are remembered per code rather than
  listed in advance);
- dates as day numbers: a window's bounds are four day numbers computed once per anchor date
  (reference dates once per call, at the top of the function), a record's date its first and
  last possible day (partial dates included), remembered per date object; the answers are the
  calendar functions' of :mod:`eligo.language.temporal`, rewritten as comparisons of integers;
- any node the generator has no rule for (``latest``, ``count``, ``between`` windows, ...) calls
  the closure the closure compiler makes for that node, so correctness never depends on the
  generator's coverage.

``tests/test_generated_code.py`` holds it to the closures on random patients of every trial.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import date
from typing import Any, cast

from eligo.evaluate.evidence import DIRECTION, DURATION
from eligo.evaluate.outcomes.closures import MET, NOT_APPLICABLE, NOT_MET, UNKNOWN, ClosureCompiler, CompiledCriteria
from eligo.evaluate.outcomes.compiler import UNSEEN, Frames
from eligo.evaluate.outcomes.memo import MEMO_SIZE, memo2
from eligo.evaluate.outcomes.queries import any_listed
from eligo.evaluate.record_facts import verified
from eligo.evaluate.results import Outcome
from eligo.evaluate.values import AgeAt, Dur, compare, member
from eligo.language import nodes as n
from eligo.language.format import format_expr
from eligo.language.logic import not3
from eligo.language.program import Program
from eligo.language.schema import FIXED_UNITS, RECORD_FIELDS
from eligo.language.temporal import DateLike, Direction, DurationUnit, bounds, shifted, window_days
from eligo.language.types import CODE, EnumT, SetT
from eligo.records.model import NOT_COUNTED, RECORD_LISTS, in_queries
from eligo.sources.decode import DATE_CACHE_SIZE

__all__ = ["GeneratedCriteria", "day_numbers", "generated_source", "window_numbers"]

#: A day number before every date (``date.min`` is day 1) and one after every date.
_BEFORE_ALL = 0
_AFTER_ALL = date.max.toordinal() + 1

#: (first possible day, last possible day) of a date object, by ``id``, with the object itself
#: (so that an id reused by another object is never mistaken for it); cleared when full. As large
#: as the decoder's table of dates, which keeps one object per date text: a smaller table, cleared
#: again and again by a cohort of many distinct dates, missed most look-ups (measured).
_DAYS: dict[int, tuple[Any, int, int]] = {}
_TABLE_SIZE = DATE_CACHE_SIZE * 2


def day_numbers(value: DateLike) -> tuple[Any, int, int]:
    """``(value, first day, last day)``: the day numbers (``date.toordinal``) of the first and last
    day a possibly partial date could be, remembered per date object.

    >>> from eligo.language.temporal import PartialDate
    >>> day_numbers(PartialDate(2024, 2))[1:] == (date(2024, 2, 1).toordinal(), date(2024, 2, 29).toordinal())
    True
    """
    first, last = bounds(value)
    found = (value, first.toordinal(), last.toordinal())
    if len(_DAYS) >= _TABLE_SIZE:
        _DAYS.clear()
    _DAYS[id(value)] = found
    return found


def window_numbers(node: n.Within | n.AtLeast | n.Relative, anchor: DateLike) -> tuple[int, int, int, int]:
    """``(a, b, c, e)``: a date whose days run from ``first`` to ``last`` lies in the window of
    ``anchor`` when ``a <= first and last <= b``, surely not when ``last < c or first > e``, and
    perhaps otherwise: :func:`~eligo.language.temporal.within`, :func:`~eligo.language.temporal.at_least`
    and :func:`~eligo.language.temporal.relation` as comparisons of day numbers (a limit past the
    calendar before or after every day).

    >>> window = n.Relative(relation="before", anchor=n.Name(name="d"))
    >>> a, b, c, e = window_numbers(window, date(2026, 3, 2))
    >>> (b, e) == (date(2026, 3, 1).toordinal(), date(2026, 3, 1).toordinal())
    True
    """
    first, last = (day.toordinal() for day in bounds(anchor))
    if isinstance(node, n.Relative):
        kind = node.relation
        if kind == "before":  # true: last < first(anchor); false: first >= last(anchor)
            return _BEFORE_ALL, first - 1, _BEFORE_ALL, last - 1
        if kind == "after":  # true: first > last(anchor); false: last <= first(anchor)
            return last + 1, _AFTER_ALL, first + 1, _AFTER_ALL
        if kind == "on_or_before":  # true: last <= first(anchor); false: first > last(anchor)
            return _BEFORE_ALL, first, _BEFORE_ALL, last
        if kind == "on_or_after":  # true: first >= last(anchor); false: last < first(anchor)
            return last, _AFTER_ALL, first, _AFTER_ALL
        raise ValueError(f"unknown date relation {kind!r}")
    length = n.amount_of(node)
    amount, unit, direction = int(length.value), DURATION[length.unit], DIRECTION[node.direction]
    if amount < 0:
        raise ValueError(f"a window needs a non-negative amount, got {amount}")
    a_first, a_last = bounds(anchor)
    if isinstance(node, n.Within):
        early_low, early_high = window_days(a_first, amount, unit, direction)
        late_low, late_high = window_days(a_last, amount, unit, direction)
        return late_low.toordinal(), early_high.toordinal(), early_low.toordinal(), late_high.toordinal()
    return _at_least_numbers(a_first, a_last, amount, DurationUnit(unit), Direction(direction))


def _at_least_numbers(
    a_first: date, a_last: date, amount: int, unit: DurationUnit, direction: Direction
) -> tuple[int, int, int, int]:
    """:func:`~eligo.language.temporal.at_least` as :func:`window_numbers` gives it."""
    if direction is Direction.BEFORE:  # true: last <= early; false: first > late
        early, late = shifted(a_first, -amount, unit), shifted(a_last, -amount, unit)
        return (
            _BEFORE_ALL,
            early.toordinal() if early is not None else _BEFORE_ALL,
            _BEFORE_ALL,
            late.toordinal() if late is not None else _BEFORE_ALL,
        )
    if direction is Direction.AFTER:  # true: first >= late; false: last < early
        early, late = shifted(a_first, amount, unit), shifted(a_last, amount, unit)
        return (
            late.toordinal() if late is not None else _AFTER_ALL,
            _AFTER_ALL,
            early.toordinal() if early is not None else _AFTER_ALL,
            _AFTER_ALL,
        )
    raise ValueError("at_least needs Direction.BEFORE or Direction.AFTER")


def _memo1(function: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """``function(a)``, remembered by the identity of ``a`` (see :mod:`eligo.evaluate.outcomes.memo`)."""
    table: dict[int, tuple[Any, Any]] = {}
    get = table.get

    def remembered(a: Any) -> Any:
        hit = get(id(a))
        if hit is not None and hit[0] is a:
            return hit[1]
        result = function(a)
        if len(table) >= MEMO_SIZE:
            table.clear()
        table[id(a)] = (a, result)
        return result

    return remembered


class _Source:
    """Lines of Python at an indentation, fresh local names, and the module's constants."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.depth = 1
        self.constants: dict[str, Any] = {}
        self.notes: list[str] = []
        self._count = 0

    def fresh(self, prefix: str) -> str:
        self._count += 1
        return f"{prefix}{self._count}"

    def line(self, text: str) -> None:
        self.lines.append("    " * self.depth + text)

    @contextmanager
    def block(self, head: str) -> Iterator[None]:
        self.line(head)
        self.depth += 1
        try:
            yield
        finally:
            self.depth -= 1

    def constant(self, value: Any, prefix: str, note: str = "") -> str:
        for name, known in self.constants.items():
            if known is value and name.startswith(prefix):
                return name
        name = self.fresh(prefix)
        self.constants[name] = value
        if note:
            self.notes.append(f"# {name}: {note}")
        return name


def _one_line(node: n.Node) -> str:
    text = " ".join(format_expr(node).split())
    return text if len(text) <= 100 else text[:97] + "..."


class _Generator:
    """Writes the body of ``outcomes(p, d)``: one method per node kind it has a rule for."""

    def __init__(self, program: Program, compiler: ClosureCompiler) -> None:
        self.program = program
        self.compiler = compiler
        self.out = _Source()
        self.references: dict[str, str] = {}  # reference name -> local holding the date
        self.windows: dict[tuple[str, str], str] = {}  # (window, reference) -> local holding its numbers
        self.top: list[str] = []  # lines run first: reference dates and their windows

    # --- the function ----------------------------------------------------------------------

    def function(self) -> str:
        outcomes: list[str] = []
        for criterion in self.program.criteria:
            self.out.line("")
            self.out.line(f"# {criterion.polarity} {criterion.id}: {criterion.title}")
            outcomes.append(self.criterion(criterion))
        header = [
            "# Generated by eligo.evaluate.outcomes.codegen from the checked program; do not edit.",
            f"# Trial {self.program.trial.registry_id if self.program.trial else ''}, fingerprint {self.program.fingerprint}",
            *self.out.notes,
            "",
            "def outcomes(p, d):",
            '    """Each criterion\'s outcome, in program order: p the patient, d its reference dates."""',
            "    f0 = ()  # the records of the enclosing queries, for the closures called where no rule applies",
            *("    " + line for line in self.top),
        ]
        body = [line.rstrip() for line in self.out.lines]
        result = "    return (" + "".join(f"{o}, " for o in outcomes).rstrip() + ")"
        return "\n".join([*header, *body, "", result, ""])

    def criterion(self, criterion: n.Criterion) -> str:
        out, body = self.out, criterion.body
        outcome = out.fresh("o")
        if isinstance(body, n.If) and body.otherwise is None:
            given = self.expr(body.condition, (), ())
            with out.block(f"if {given} is False:"):
                out.line(f"{outcome} = {NOT_APPLICABLE!r}")
            with out.block("else:"):
                then = self.truth(body.then, (), ())
                given_truth = f"({given} if {given} is True or {given} is False else None)"
                out.line(
                    f"{outcome} = {MET!r} if {then} is True or {given_truth} is False else "
                    f"{NOT_MET!r} if {given_truth} is True and {then} is False else {UNKNOWN!r}"
                )
            return outcome
        if isinstance(body, n.Exists):
            sure, maybe = self.tally(body.query, (), ())
            found, none = (MET, NOT_MET) if body.quantifier == "exists" else (NOT_MET, MET)
            out.line(
                f"{outcome} = {UNKNOWN!r} if {sure} is None else {found!r} if {sure} "
                f"else {UNKNOWN!r} if {maybe} else {none!r}"
            )
            return outcome
        value = self.expr(body, (), ())
        out.line(f"{outcome} = {MET!r} if {value} is True else {NOT_MET!r} if {value} is False else {UNKNOWN!r}")
        return outcome

    # --- dispatch ------------------------------------------------------------------------

    def expr(self, node: n.Node, frames: Frames, records: tuple[str, ...]) -> str:
        """A local name (or constant) holding the node's value, after the lines that compute it."""
        known, value = self.compiler.constant(node, frames)
        if known:
            if value is None or value is True or value is False:
                return repr(value)
            return self.out.constant(value, "_K", f"the value of {_one_line(node)}")
        rule = getattr(self, "_" + node.kind, None)  # type: ignore[attr-defined]
        if rule is not None:
            found = rule(node, frames, records)
            if found is not None:
                return cast(str, found)
        return self.fallback(node, frames, records)

    def truth(self, node: n.Node, frames: Frames, records: tuple[str, ...]) -> str:
        value = self.expr(node, frames, records)
        if self.compiler._yields_truth(node, frames) or value in ("True", "False", "None"):
            return value
        result = self.out.fresh("t")
        self.out.line(f"{result} = {value} if {value} is True or {value} is False else None")
        return result

    def fallback(self, node: n.Node, frames: Frames, records: tuple[str, ...]) -> str:
        """The closure for this node, called with the records of the enclosing queries."""
        closure = self.compiler.expr(node, frames)
        kind = node.kind  # type: ignore[attr-defined]
        name = self.out.constant(closure, "_closure", f"the closure for {kind}: {_one_line(node)}")
        result = self.out.fresh("v")
        self.out.line(f"{result} = {name}(p, d, {self._frames(records)})  # {_one_line(node)}")
        return result

    def _frames(self, records: tuple[str, ...]) -> str:
        if not records:
            return "f0"
        return "(" + ", ".join(records) + ("," if len(records) == 1 else "") + ")"

    def _field_name(self, node: n.Node, frames: Frames, records: tuple[str, ...]) -> str | None:
        """``record.attribute`` when the node reads a field of an enclosing query's record as it is
        stored (a code as decoded, a list as a list), else ``None``."""
        if isinstance(node, n.Name):
            what, index = self.compiler._resolve(node.name, frames)
            if what != "field":
                return None
            name = node.name
        elif isinstance(node, n.FieldOf):
            index = next(i for i, (kind, _) in enumerate(frames) if kind == node.record)
            name = node.field
        else:
            return None
        kind = frames[index][0]
        if name in ("value", "dose") or name in FIXED_UNITS.get(kind, {}) or name not in RECORD_FIELDS[kind]:
            return None
        return f"{records[index]}.{name}"

    # --- names and logic -----------------------------------------------------------------

    def _name(self, node: n.Name, frames: Frames, records: tuple[str, ...]) -> str | None:
        what, item = self.compiler._resolve(node.name, frames)
        name, out = node.name, self.out
        if what == "field":
            field = self._field_name(node, frames, records)
            if field is None or isinstance(RECORD_FIELDS[frames[item][0]].get(name), SetT):
                return None  # a list is read as a tuple: the closure's rule
            return field
        if what == "patient":
            return f"p.{name}"
        if what == "reference":
            return self.reference(name)
        if what == "parameter":
            result = out.fresh("v")
            out.line(f"{result} = p.parameters.get({name!r})")
            return result
        if what == "attested" and item.value_type.kind == "boolean":
            result = out.fresh("v")
            out.line(f"{result} = p.attestations.get({name!r})")
            out.line(f"{result} = None if {result} is None else {result}.value")
            out.line(f"{result} = {result} if {result} is True or {result} is False else None")
            return result
        if what == "define":
            return self.expr(item.body, frames, records)
        return None

    def _field_of(self, node: n.FieldOf, frames: Frames, records: tuple[str, ...]) -> str | None:
        field = self._field_name(node, frames, records)
        if field is None or isinstance(RECORD_FIELDS[node.record].get(node.field), SetT):
            return None
        return field

    def reference(self, name: str) -> str:
        found = self.references.get(name)
        if found is None:
            found = self.references[name] = f"ref_{name}" if name.isidentifier() else self.out.fresh("ref")
            self.top.append(f"{found} = d.get({name!r})")
        return found

    def _is_known(self, node: n.IsKnown, frames: Frames, records: tuple[str, ...]) -> str:
        value = self.expr(node.operand, frames, records)
        return self._assign(f"{value} is {'' if node.negated else 'not '}None")

    def _assign(self, text: str) -> str:
        result = self.out.fresh("v")
        self.out.line(f"{result} = {text}")
        return result

    def _not(self, node: n.Not, frames: Frames, records: tuple[str, ...]) -> str:
        value = self.truth(node.operand, frames, records)
        return self._assign(f"None if {value} is None else not {value}")

    def _and(self, node: n.And, frames: Frames, records: tuple[str, ...]) -> str:
        return self._connective(node.operands, frames, records, decisive=False)

    def _or(self, node: n.Or, frames: Frames, records: tuple[str, ...]) -> str:
        return self._connective(node.operands, frames, records, decisive=True)

    def _connective(
        self, operands: tuple[n.Node, ...], frames: Frames, records: tuple[str, ...], decisive: bool
    ) -> str:
        values = [self.truth(o, frames, records) for o in operands]
        decided = " or ".join(f"{v} is {decisive}" for v in values)
        unknown = " or ".join(f"{v} is None" for v in values)
        return self._assign(f"{decisive} if {decided} else None if {unknown} else {not decisive}")

    def _if(self, node: n.If, frames: Frames, records: tuple[str, ...]) -> str:
        given = self.truth(node.condition, frames, records)
        then = self.truth(node.then, frames, records)
        if node.otherwise is None:  # implies3: (not given) or then
            return self._assign(
                f"True if {given} is False or {then} is True else None if {given} is None or {then} is None else False"
            )
        otherwise = self.truth(node.otherwise, frames, records)
        return self._assign(
            f"{then} if {given} is True else {otherwise} if {given} is False else {then} if {then} == {otherwise} else None"
        )

    # --- comparisons and memberships ------------------------------------------------------

    def _compare(self, node: n.Compare, frames: Frames, records: tuple[str, ...]) -> str | None:
        return self._comparison(node.op, node.left, node.right, frames, records, negated=False)

    def _is(self, node: n.Is, frames: Frames, records: tuple[str, ...]) -> str | None:
        return self._comparison("=", node.left, node.right, frames, records, negated=node.negated)

    def _comparison(
        self, op: str, left: n.Node, right_node: n.Node, frames: Frames, records: tuple[str, ...], negated: bool
    ) -> str | None:
        """The closures' shortcuts (``Predicates._comparison``), in their order; else ``None``."""
        known, right = self.compiler.constant(right_node, frames)
        if not known:
            return None
        if isinstance(left, n.Age) and isinstance(right, Dur):
            at = self.expr(left.at, frames, records)
            answer = self.out.constant(
                memo2(lambda birth, when: compare(op, AgeAt(birth, when), right), _TABLE_SIZE),
                "_age",
                f"{_one_line(left)} {op} {_one_line(right_node)}, remembered per (birth date, date)",
            )
            value = self._assign(f"None if p.birth_date is None or {at} is None else {answer}(p.birth_date, {at})")
        elif isinstance(left, n.Name) and self.compiler._resolve(left.name, frames)[0] == "attested":
            return None
        elif (
            isinstance(right, str)
            and op in ("=", "!=")
            and isinstance(left, n.Name | n.FieldOf | n.Latest)
            and not self.compiler._resolve_define(left, frames)
            and self.compiler._value_type(left, frames) is not CODE
        ):
            read = self.expr(left, frames, records)
            equal = (op == "=") is not negated
            return self._assign(f"None if {read} is None else ({read} == {right!r}) is {equal}")
        else:
            return None
        if negated:
            return self._assign(f"None if {value} is None else not {value}")
        return value

    def _member(self, node: n.Member, frames: Frames, records: tuple[str, ...]) -> str | None:
        known, collection = self.compiler.constant(node.collection, frames)
        if not known:
            return None
        operand_type = self.compiler._value_type(node.operand, frames)
        out, negated = self.out, node.negated
        if operand_type is CODE and hasattr(collection, "matches"):
            field = self._field_name(node.operand, frames, records)
            if field is None:
                return None
            code, value = out.fresh("k"), out.fresh("v")
            out.line(f"{code} = {field}")
            with out.block(f"if {code} is None:"):
                out.line(f"{value} = None")
            with out.block("else:"):
                listed = self.listed(code, collection, node.collection)
                out.line(f"{value} = None if {listed} is None else {listed} is {not negated}")
            return value
        if isinstance(operand_type, EnumT) and isinstance(collection, tuple) and collection[:1] != ("range",):
            if not all(isinstance(item, str) for item in collection):
                return None
            field = self._field_name(node.operand, frames, records) or self.expr(node.operand, frames, records)
            items = out.constant(frozenset(collection), "_names", f"the names of {_one_line(node.collection)}")
            other = out.constant(
                (lambda v: not3(member(v, collection))) if negated else (lambda v: member(v, collection)),
                "_member",
                f"{'not ' if negated else ''}in {_one_line(node.collection)}, for a value that is not a text",
            )
            value = out.fresh("v")
            out.line(f"{value} = {field}")
            out.line(
                f"{value} = ({value} in {items}) is {not negated} if {value}.__class__ is str "
                f"else None if {value} is None else {other}({value})"
            )
            return value
        if (
            isinstance(collection, tuple)
            and collection[:1] == ("range",)
            and collection[1].__class__ is float
            and collection[2].__class__ is float
            and operand_type is not CODE
        ):
            operand = self.expr(node.operand, frames, records)
            other = out.constant(lambda v: member(v, collection), "_member", f"in {_one_line(node.collection)}")
            value = self._assign(
                f"({collection[1]!r} <= {operand} and {operand} <= {collection[2]!r}) if {operand}.__class__ is float "
                f"else {other}({operand})"
            )
            return self._assign(f"None if {value} is None else not {value}") if negated else value
        return None

    def listed(self, code: str, matcher: Any, node: n.Node | str) -> str:
        """Whether the code (or codes) held in the local ``code`` are in the value set, from the
        closures' tables of the matcher's answers per code system and code."""
        tables, fill = self.compiler._code_tables_of(matcher)
        out = self.out
        label = _one_line(node) if not isinstance(node, str) else node
        table = out.constant(tables, "_codes", f"value set {label}: its answers by code system and code")
        add = out.constant(fill, "_ask", f"value set {label}: asks its matcher, and remembers the answer")
        listed, system = out.fresh("l"), out.fresh("s")
        with out.block(f"if {code}.__class__ is list:"):
            out.line(f"{listed} = any_listed({code}, {table}, {add})")
        with out.block("else:"):
            out.line(f"{system} = {table}.get({code}.system)")
            out.line(f"{listed} = {system}.get({code}.code, UNSEEN) if {system} is not None else UNSEEN")
            with out.block(f"if {listed} is UNSEEN:"):
                out.line(f"{listed} = {add}({code})")
        return listed

    def _includes(self, node: n.Includes, frames: Frames, records: tuple[str, ...]) -> str | None:
        field = self._field_name(node.operand, frames, records)
        known, item = self.compiler.constant(node.item, frames)
        if field is None or not known or self.compiler._value_type(node.item, frames) is CODE:
            return None
        wanted = self.out.constant(item, "_K", f"the value of {_one_line(node.item)}") if item is not None else "None"
        value = self.out.fresh("v")
        self.out.line(f"{value} = {field}")
        self.out.line(f"{value} = None if {value} is None or {wanted} is None else {wanted} in {value}")
        return value

    # --- dates and queries ---------------------------------------------------------------

    def _temporal(self, node: n.Temporal, frames: Frames, records: tuple[str, ...]) -> str | None:
        window = node.window
        if isinstance(window, n.Between):
            return None
        out = self.out
        if not isinstance(window, n.Relative) and (
            (isinstance(window, n.AtLeast) and window.direction == "of") or int(n.amount_of(window).value) < 0
        ):
            return None  # the calendar functions refuse it, per record: the closure's rule
        numbers = out.constant(_memo1(lambda anchor: window_numbers(window, anchor)), "_window", _one_line(node))
        if self.compiler._is_reference(window.anchor, frames):
            reference = cast(n.Name, window.anchor).name
            key = (repr(window.model_dump()), reference)
            bounds_of = self.windows.get(key)
            if bounds_of is None:
                bounds_of = self.windows[key] = out.fresh("w")
                at = self.reference(reference)
                self.top.append(f"{bounds_of} = None if {at} is None else {numbers}({at})")
            operand = self.expr(node.operand, frames, records)
        else:
            operand = self.expr(node.operand, frames, records)
            anchor = self.expr(window.anchor, frames, records)
            bounds_of = self._assign(f"None if {anchor} is None else {numbers}({anchor})")
        x, days, value = out.fresh("x"), out.fresh("b"), out.fresh("v")
        out.line(f"{x} = {operand}")
        with out.block(f"if {x} is None or {bounds_of} is None:"):
            out.line(f"{value} = None")
        with out.block("else:"):
            out.line(f"{days} = _DAYS.get(id({x}))")
            with out.block(f"if {days} is None or {days}[0] is not {x}:"):
                out.line(f"{days} = day_numbers({x})")
            w = bounds_of
            out.line(
                f"{value} = True if {w}[0] <= {days}[1] and {days}[2] <= {w}[1] "
                f"else False if {days}[2] < {w}[2] or {days}[1] > {w}[3] else None"
            )
        return value

    def _exists(self, node: n.Exists, frames: Frames, records: tuple[str, ...]) -> str:
        sure, maybe = self.tally(node.query, frames, records)
        found, none = ("True", "False") if node.quantifier == "exists" else ("False", "True")
        return self._assign(f"None if {sure} is None else {found} if {sure} else None if {maybe} else {none}")

    def tally(self, query: n.Query, frames: Frames, records: tuple[str, ...]) -> tuple[str, str]:
        """Locals holding how many records surely count and how many may (``None`` when the record
        list was not collected): the closures' ``_tally`` as a loop."""
        out = self.out
        kind = query.record
        name = query.valueset or query.measure
        measure = self.program.measures.get(query.measure) if query.measure else None
        inner: Frames = ((kind, measure), *frames)
        record = out.fresh("r")
        inside = (record, *records)
        listing, sure, maybe = out.fresh("rs"), out.fresh("sure"), out.fresh("maybe")
        out.line(f"{listing} = p.{RECORD_LISTS[kind]}")
        with out.block(f"if {listing} is None:"):
            out.line(f"{sure} = {maybe} = None")
        with out.block("else:"):
            if kind == "observation":
                out.line(f"{listing} = in_queries({kind!r}, {listing})")
            out.line(f"{sure} = {maybe} = 0")
            with out.block(f"for {record} in {listing}:"):
                if kind != "observation" and kind in NOT_COUNTED:
                    never = out.constant(NOT_COUNTED[kind], "_never", f"statuses of a {kind} no query sees")
                    with out.block(f"if {record}.status in {never}:"):
                        out.line("continue")
                listed = "True"
                if name is not None:
                    code = out.fresh("k")
                    out.line(f"{code} = {record}.code")
                    listed = self.listed(code, self.compiler.matchers[name], name)
                if kind == "condition":
                    if listed == "True":
                        listed = self._assign("True")
                    with out.block(f"if {record}.verification is not None:"):
                        out.line(f"{listed} = verified({record}, {listed})")
                if listed != "True":
                    with out.block(f"if {listed} is False:"):
                        out.line("continue")
                counts = out.fresh("c")
                if query.where is not None:
                    where = self.truth(query.where, inner, inside)
                    out.line(f"{counts} = {where}")
                    with out.block(f"if {counts} is False:"):
                        out.line("continue")
                else:
                    out.line(f"{counts} = True")
                self._excepts(query.excepts, counts, inner, inside)
                if listed != "True":
                    with out.block(f"if {listed} is None and {counts} is True:"):
                        out.line(f"{counts} = None")
                with out.block(f"if {counts} is True:"):
                    out.line(f"{sure} += 1")
                with out.block(f"elif {counts} is None:"):
                    out.line(f"{maybe} += 1")
        return sure, maybe

    def _excepts(self, clauses: tuple[n.Except, ...], counts: str, frames: Frames, records: tuple[str, ...]) -> None:
        """Each ``except`` in turn until one surely spares the record (the rest are not evaluated)."""
        if not clauses:
            return
        out = self.out
        spared = self.truth(clauses[0].condition, frames, records)
        with out.block(f"if {spared} is True:"):
            out.line(f"{counts} = False")
        with out.block("else:"):
            with out.block(f"if {spared} is None:"):
                out.line(f"{counts} = None")
            if len(clauses) > 1:
                self._excepts(clauses[1:], counts, frames, records)
            else:
                out.line("pass")


def _generate(
    program: Program, compiler: ClosureCompiler
) -> tuple[str, Callable[[Any, Mapping[str, Any]], tuple[Outcome, ...]]]:
    generator = _Generator(program, compiler)
    source = generator.function()
    namespace: dict[str, Any] = {
        "UNSEEN": UNSEEN,
        "_DAYS": _DAYS,
        "day_numbers": day_numbers,
        "any_listed": any_listed,
        "verified": verified,
        "in_queries": in_queries,
        **generator.out.constants,
    }
    code = compile(source, f"<eligo generated: {program.fingerprint[:16]}>", "exec")
    exec(code, namespace)  # our own source, made from a checked program
    return source, cast(Callable[[Any, Mapping[str, Any]], tuple[Outcome, ...]], namespace["outcomes"])


def generated_source(program: Program) -> str:
    """The Python source of the program's ``outcomes(p, d)`` (for reading and debugging)."""
    return GeneratedCriteria(program).source


class GeneratedCriteria(CompiledCriteria):
    """:class:`CompiledCriteria` whose outcomes come from one generated function."""

    def __init__(self, program: Program) -> None:
        super().__init__(program)
        self.source, self._function = _generate(program, self._compiler)

    def _outcomes_of(self, patient: Any, dates: Mapping[str, DateLike]) -> tuple[Outcome, ...]:
        return self._function(patient, dates)
