"""A checked program compiled once into nested Python closures: outcomes and verdicts, no evidence.

:class:`CompiledCriteria` gives, for one patient (a pydantic :class:`~eligo.records.Patient` or
a :class:`~eligo.fast.decode.FastPatient`), every criterion's outcome and the verdict exactly as
:class:`eligo.evaluate.Evaluator` with ``explain=False`` gives them: the same values (through the
evaluator's own helpers: :func:`~eligo.evaluate.compare`, :func:`~eligo.evaluate.member`,
:func:`~eligo.evaluate.record_value`, :func:`~eligo.evaluate.latest_of`, the calendar functions
of :mod:`eligo.temporal`), the same Kleene logic, and the same work: every operand of ``and``,
``or`` and ``if`` and every record of a query is evaluated, as the evaluator does, so an input
that makes the evaluator raise makes these closures raise too.

What is done once instead of per patient: names are resolved (a record field, a reference date,
an attested item, a definition, a value set, a value), literals are evaluated, value-set
memberships of codes are remembered per code, and the answers of windows and ages are
remembered per pair of date objects (:mod:`eligo.fast.memo`). Comparisons whose right side is a
literal, memberships in sets of names and in numeric ranges, and ``includes`` take shortcuts
that give the evaluator's answer for every value they can see, and hand any other value to the
evaluator's helpers.

>>> from eligo.load import load_program
>>> criteria = CompiledCriteria(load_program("criteria/nct05238363.elig"))  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, cast

from eligo import nodes as n
from eligo.evaluate import (
    DIRECTION,
    DURATION,
    AgeAt,
    Dur,
    Env,
    Evaluator,
    compare,
    latest_of,
    member,
    record_value,
)
from eligo.evaluate import Between as CountBetween
from eligo.evaluate import _typed as typed_value
from eligo.fast.memo import memo2, memo3
from eligo.logic import Truth, implies3, not3
from eligo.program import Program
from eligo.records import RECORD_LISTS, Code, Patient
from eligo.results import CriterionResult, Outcome, PatientResult, Verdict, verdict
from eligo.schema import PATIENT_FIELDS, RECORD_FIELDS
from eligo.temporal import DateLike, at_least, relation, within
from eligo.typesys import CODE, EnumT, SetT

__all__ = ["OUTCOMES", "CompiledCriteria"]

#: (patient, reference dates, records of the enclosing queries, innermost first) -> value
Fn = Callable[[Any, Mapping[str, Any], tuple[Any, ...]], Any]
#: How a date is tested against a window: (date, patient, dates, records) -> truth
WindowFn = Callable[[Any, Any, Mapping[str, Any], tuple[Any, ...]], Truth]
#: The queries a name is read inside, innermost first: (record kind, measure of the query)
Frames = tuple[tuple[str, n.Measure | None], ...]

MET: Outcome = "met"
NOT_MET: Outcome = "not_met"
UNKNOWN: Outcome = "unknown"
NOT_APPLICABLE: Outcome = "not_applicable"
OUTCOMES: tuple[Outcome, ...] = (MET, NOT_MET, UNKNOWN, NOT_APPLICABLE)

#: Node kinds whose value is always a truth value (True, False or None).
_TRUTH_KINDS = frozenset({"compare", "is", "is_known", "member", "includes", "temporal", "not", "and", "or", "exists"})
#: How many codes a value-set table remembers per code system.
_CODE_TABLE_SIZE = 1 << 16
_NOTHING = object()


def _truth(value: Any) -> Truth:
    return value if value is True or value is False else None


class CompiledCriteria:
    """A program's criteria as closures: outcomes and verdict of a patient, without evidence."""

    def __init__(self, program: Program) -> None:
        self.program = program
        self.evaluator = Evaluator(program, explain=False)
        compiler = _Compiler(program, self.evaluator)
        self.ids = tuple(c.id for c in program.criteria)
        self.polarities = tuple(c.polarity for c in program.criteria)
        self._criteria = tuple(compiler.criterion(c) for c in program.criteria)
        self._verdicts: dict[tuple[Outcome, ...], tuple[tuple[Outcome, ...], Verdict]] = {}
        self._results = {  # what the evaluator says for each outcome of each criterion
            (index, outcome): self._criterion_result(c, outcome)
            for index, c in enumerate(program.criteria)
            for outcome in OUTCOMES
        }

    def outcomes(self, patient: Any, index_dates: Mapping[str, DateLike] | None = None) -> tuple[Outcome, ...]:
        """Each criterion's outcome, in program order. A patient's own reference dates win."""
        own = patient.dates
        dates = own if not index_dates else {**index_dates, **own} if own else index_dates
        return tuple([criterion(patient, dates) for criterion in self._criteria])

    def verdict(self, outcomes: tuple[Outcome, ...]) -> Verdict:
        """The verdict for the outcomes of :meth:`outcomes` (remembered per combination)."""
        return self._known(outcomes)[1]

    def screen(
        self, patient: Any, index_dates: Mapping[str, DateLike] | None = None
    ) -> tuple[tuple[Outcome, ...], Verdict]:
        """Each criterion's outcome and the verdict. Equal outcomes come as one shared tuple (which
        makes a batch of results smaller to pickle and faster to unpickle)."""
        return self._known(self.outcomes(patient, index_dates))

    def _known(self, outcomes: tuple[Outcome, ...]) -> tuple[tuple[Outcome, ...], Verdict]:
        found = self._verdicts.get(outcomes)
        if found is None:
            found = (outcomes, verdict(zip(self.polarities, outcomes, strict=True)))
            if len(self._verdicts) < _CODE_TABLE_SIZE:
                self._verdicts[outcomes] = found
        return found

    def result(self, patient_id: str, outcomes: Sequence[Outcome], decision: Verdict) -> PatientResult:
        """The :class:`~eligo.results.PatientResult` the evaluator gives with ``explain=False``."""
        return PatientResult.model_construct(  # built from checked parts, as the evaluator builds it
            patient_id=patient_id,
            verdict=decision,
            criteria=tuple(self._results[(index, outcome)] for index, outcome in enumerate(outcomes)),
            missing=(),
            fingerprint=self.program.fingerprint,
        )

    def evaluate(self, patient: Any, index_dates: Mapping[str, DateLike] | None = None) -> PatientResult:
        """As :meth:`eligo.evaluate.Evaluator.evaluate` with ``explain=False``."""
        outcomes = self.outcomes(patient, index_dates)
        return self.result(patient.id, outcomes, self.verdict(outcomes))

    def _criterion_result(self, criterion: n.Criterion, outcome: Outcome) -> CriterionResult:
        body = criterion.body
        reason = (
            self.evaluator.not_applicable(body.condition)
            if outcome == NOT_APPLICABLE and isinstance(body, n.If)
            else ""
        )
        return CriterionResult.model_construct(
            id=criterion.id, polarity=criterion.polarity, title=criterion.title, outcome=outcome, reason=reason,
            evidence=(), missing=(),
        )  # fmt: skip


class _Compiler:
    """Turns expressions into closures; one method per node kind, as the evaluator has."""

    def __init__(self, program: Program, evaluator: Evaluator) -> None:
        self.program = program
        self.evaluator = evaluator
        self.matchers = evaluator.matchers
        self._code_tables: dict[int, tuple[dict[str, dict[str, bool]], Callable[[Any], bool]]] = {}
        self._constant_env = Env(cast(Patient, None), {})

    # ------------------------------------------------------------------ criteria
    def criterion(self, criterion: n.Criterion) -> Callable[[Any, Mapping[str, Any]], Outcome]:
        body = criterion.body
        if isinstance(body, n.If) and body.otherwise is None:
            condition = self.expr(body.condition, ())
            then = self.truth(body.then, ())

            def conditional(p: Any, d: Mapping[str, Any]) -> Outcome:
                given = condition(p, d, ())
                if given is False:
                    return NOT_APPLICABLE
                value = implies3(_truth(given), then(p, d, ()))
                return MET if value is True else NOT_MET if value is False else UNKNOWN

            return conditional
        if isinstance(body, n.Exists):
            return self._exists_outcome(body)
        if isinstance(body, n.Name) and self._resolve(body.name, ())[0] == "attested":
            item: n.Attested = self._resolve(body.name, ())[1]
            if item.value_type.kind == "boolean":
                return self._attested_outcome(item.name)
        whole = self.expr(body, ())

        def plain(p: Any, d: Mapping[str, Any]) -> Outcome:
            value = whole(p, d, ())
            return MET if value is True else NOT_MET if value is False else UNKNOWN

        return plain

    def _exists_outcome(self, node: n.Exists) -> Callable[[Any, Mapping[str, Any]], Outcome]:
        """A criterion that is a query: its outcome from the counts, without a truth value between."""
        tally = self._tally(node.query, ())
        found, none = (MET, NOT_MET) if node.quantifier == "exists" else (NOT_MET, MET)

        def exists(p: Any, d: Mapping[str, Any]) -> Outcome:
            counted = tally(p, d, ())
            if counted is None:
                return UNKNOWN
            sure, maybe = counted
            return found if sure else UNKNOWN if maybe else none

        return exists

    def _attested_outcome(self, name: str) -> Callable[[Any, Mapping[str, Any]], Outcome]:
        """A criterion that is an attested yes/no item."""

        def attested(p: Any, d: Mapping[str, Any]) -> Outcome:
            attestation = p.attestations.get(name)
            if attestation is None:
                return UNKNOWN
            value = attestation.value
            return MET if value is True else NOT_MET if value is False else UNKNOWN

        return attested

    # ------------------------------------------------------------------ dispatch
    def expr(self, node: n.Node, frames: Frames) -> Fn:
        found, value = self.constant(node, frames)
        if found:
            return lambda p, d, f: value
        method: Callable[[Any, Frames], Fn] = getattr(self, "_" + node.kind)  # type: ignore[attr-defined]
        return method(node, frames)

    def truth(self, node: n.Node, frames: Frames) -> Fn:
        """The node as the evaluator's ``truth``: a value that is not True or False is unknown."""
        fn = self.expr(node, frames)
        if self._yields_truth(node, frames):
            return fn
        return lambda p, d, f: _truth(fn(p, d, f))

    def value(self, node: n.Node, frames: Frames) -> Fn:
        """The node's value as the evaluator's helpers expect it (codes as :class:`~eligo.records.Code`)."""
        fn = self.expr(node, frames)
        if self._value_type(node, frames) is not CODE:
            return fn
        convert = _record_code
        return lambda p, d, f: convert(fn(p, d, f))

    def constant(self, node: n.Node, frames: Frames) -> tuple[bool, Any]:
        """Whether the node is a literal (or a value's name, or a value set), and its value."""
        kind = node.kind  # type: ignore[attr-defined]
        if kind in ("number_lit", "quantity_lit", "string_lit", "date_lit", "bool_lit", "code_lit"):
            pass
        elif kind == "name":
            if self._resolve(cast(n.Name, node).name, frames)[0] not in ("value", "valueset"):
                return False, None
        elif kind == "set_lit":
            if not all(self.constant(item, frames)[0] for item in cast(n.SetLit, node).items):
                return False, None
        elif kind == "range_lit":
            bounds = cast(n.RangeLit, node)
            if not (self.constant(bounds.low, frames)[0] and self.constant(bounds.high, frames)[0]):
                return False, None
        else:
            return False, None
        return True, self.evaluator.eval(node, self._constant_env)[0]  # the evaluator's own literal rules

    def _yields_truth(self, node: n.Node, frames: Frames) -> bool:
        kind = node.kind  # type: ignore[attr-defined]
        if kind in _TRUTH_KINDS or kind == "if":
            return True
        if kind == "name":
            what, item = self._resolve(cast(n.Name, node).name, frames)
            if what == "attested":
                return bool(item.value_type.kind == "boolean")
            if what == "define":
                return self._yields_truth(item.body, frames)
        return False

    # ------------------------------------------------------------------ names
    def _resolve(self, name: str, frames: Frames) -> tuple[str, Any]:
        """What a name stands for, in the evaluator's order: a field of the innermost query that has
        it, a patient field, a reference date, an attested item, a definition, a value set, a value."""
        for index, (kind, _measure) in enumerate(frames):
            if name in RECORD_FIELDS[kind] or (name == "value" and kind == "observation"):
                return "field", index
        program = self.program
        if name in PATIENT_FIELDS:
            return "patient", None
        if name in program.references:
            return "reference", None
        if name in program.attested:
            return "attested", program.attested[name]
        if name in program.defines:
            return "define", program.defines[name]
        if name in self.matchers:
            return "valueset", self.matchers[name]
        return "value", name

    def _value_type(self, node: n.Node, frames: Frames) -> Any:
        """The schema type of a record or patient field the node reads, else ``None``."""
        if isinstance(node, n.Name):
            what, index = self._resolve(node.name, frames)
            if what == "field":
                return RECORD_FIELDS[frames[index][0]].get(node.name)
            if what == "define":
                return self._value_type(index.body, frames)
            return PATIENT_FIELDS.get(node.name) if what == "patient" else None
        if isinstance(node, n.FieldOf):
            return RECORD_FIELDS[node.record].get(node.field)
        return None

    def _name(self, node: n.Name, frames: Frames) -> Fn:
        name = node.name
        what, item = self._resolve(name, frames)
        if what == "field":
            return self._field(item, frames, name)
        if what == "patient":
            return lambda p, d, f: getattr(p, name)
        if what == "reference":
            return lambda p, d, f: d.get(name)
        if what == "attested":
            return self._attested(item)
        if what == "define":
            return self.expr(item.body, frames)
        raise AssertionError(f"{name} is a constant")  # pragma: no cover  (expr folds values and value sets)

    def _field_of(self, node: n.FieldOf, frames: Frames) -> Fn:
        index = next(i for i, (kind, _) in enumerate(frames) if kind == node.record)
        return self._field(index, frames, node.field)

    def _field(self, index: int, frames: Frames, name: str) -> Fn:
        kind, measure = frames[index]
        if name == "value":
            return lambda p, d, f: record_value(f[index], measure)
        if isinstance(RECORD_FIELDS[kind].get(name), SetT):  # a list: the evaluator reads it as a tuple

            def many(p: Any, d: Mapping[str, Any], f: tuple[Any, ...]) -> Any:
                values = getattr(f[index], name)
                return None if values is None else tuple(values)

            return many
        return lambda p, d, f: getattr(f[index], name)

    def _attested(self, item: n.Attested) -> Fn:
        name, value_type = item.name, item.value_type
        if value_type.kind == "boolean":

            def boolean(p: Any, d: Mapping[str, Any], f: tuple[Any, ...]) -> Any:
                attestation = p.attestations.get(name)
                if attestation is None:
                    return None
                value = attestation.value
                return value if value is True or value is False else None

            return boolean

        def typed(p: Any, d: Mapping[str, Any], f: tuple[Any, ...]) -> Any:
            attestation = p.attestations.get(name)
            return None if attestation is None else typed_value(value_type, attestation.value, attestation.unit)

        return typed

    # ------------------------------------------------------------------ values
    def _set_lit(self, node: n.SetLit, frames: Frames) -> Fn:
        items = [self.value(item, frames) for item in node.items]
        return lambda p, d, f: tuple([item(p, d, f) for item in items])

    def _range_lit(self, node: n.RangeLit, frames: Frames) -> Fn:
        low, high = self.value(node.low, frames), self.value(node.high, frames)
        return lambda p, d, f: ("range", low(p, d, f), high(p, d, f))

    def _age(self, node: n.Age, frames: Frames) -> Fn:
        at = self.expr(node.at, frames)

        def age(p: Any, d: Mapping[str, Any], f: tuple[Any, ...]) -> Any:
            when, birth = at(p, d, f), p.birth_date
            return None if birth is None or when is None else AgeAt(birth, when)

        return age

    # ------------------------------------------------------------------ comparisons
    def _compare(self, node: n.Compare, frames: Frames) -> Fn:
        return self._comparison(node.op, node.left, node.right, frames, negated=False)

    def _is(self, node: n.Is, frames: Frames) -> Fn:
        return self._comparison("=", node.left, node.right, frames, negated=node.negated)

    def _comparison(self, op: str, left_node: n.Node, right_node: n.Node, frames: Frames, negated: bool) -> Fn:
        known, right = self.constant(right_node, frames)
        if known and isinstance(left_node, n.Age) and isinstance(right, Dur):
            fn = self._age_compare(op, left_node, right, frames)
        elif known and isinstance(left_node, n.Name) and self._resolve(left_node.name, frames)[0] == "attested":
            fn = self._attested_compare(op, self._resolve(left_node.name, frames)[1], right)
        elif (
            known
            and isinstance(right, str)
            and op in ("=", "!=")
            and isinstance(left_node, n.Name | n.FieldOf | n.Latest)
            and not self._resolve_define(left_node, frames)
        ):  # not a count: compare(op, v, text) is v == text or v != text
            return self._text_compare((op == "=") is not negated, left_node, right, frames)
        else:
            left, right_fn = self.value(left_node, frames), self.value(right_node, frames)
            fn = lambda p, d, f: compare(op, left(p, d, f), right_fn(p, d, f))  # noqa: E731
        if not negated:
            return fn
        return lambda p, d, f: not3(fn(p, d, f))

    def _text_compare(self, equal: bool, left_node: n.Node, right: str, frames: Frames) -> Fn:
        read = self._field_reader(left_node, frames)
        if read is not None:
            index, name = read

            def field_is(p: Any, d: Mapping[str, Any], f: tuple[Any, ...]) -> Truth:
                value = getattr(f[index], name)
                return None if value is None else (value == right) is equal

            return field_is
        left = self.value(left_node, frames)

        def text(p: Any, d: Mapping[str, Any], f: tuple[Any, ...]) -> Truth:
            value = left(p, d, f)
            return None if value is None else (value == right) is equal

        return text

    def _field_reader(self, node: n.Node, frames: Frames) -> tuple[int, str] | None:
        """(frame index, attribute) when the node reads a plain field of an enclosing query's record,
        as it is (not ``value``, not a list, not a code)."""
        if isinstance(node, n.Name):
            what, index = self._resolve(node.name, frames)
            name = node.name
            if what != "field":
                return None
        elif isinstance(node, n.FieldOf):
            index = next(i for i, (kind, _) in enumerate(frames) if kind == node.record)
            name = node.field
        else:
            return None
        field_type = RECORD_FIELDS[frames[index][0]].get(name)
        if name == "value" or isinstance(field_type, SetT) or field_type is CODE:
            return None
        return index, name

    def _resolve_define(self, node: n.Node, frames: Frames) -> bool:
        """Whether a name stands for a definition (whose value may be a count)."""
        return isinstance(node, n.Name) and self._resolve(node.name, frames)[0] == "define"

    def _age_compare(self, op: str, node: n.Age, amount: Dur, frames: Frames) -> Fn:
        at = self.expr(node.at, frames)
        answer = memo2(lambda birth, when: compare(op, AgeAt(birth, when), amount))

        def age(p: Any, d: Mapping[str, Any], f: tuple[Any, ...]) -> Truth:
            when, birth = at(p, d, f), p.birth_date
            return None if birth is None or when is None else answer(birth, when)

        return age

    def _attested_compare(self, op: str, item: n.Attested, right: Any) -> Fn:
        """An attested value against a literal, remembered per recorded (type, value, unit)."""
        name, value_type = item.name, item.value_type
        answers: dict[tuple[type, Any, Any], Truth] = {}

        def attested(p: Any, d: Mapping[str, Any], f: tuple[Any, ...]) -> Truth:
            attestation = p.attestations.get(name)
            if attestation is None:
                return None
            raw, unit = attestation.value, attestation.unit
            key = (raw.__class__, raw, unit)
            answer = answers.get(key, _NOTHING)
            if answer is _NOTHING:
                answer = compare(op, typed_value(value_type, raw, unit), right)
                if len(answers) < _CODE_TABLE_SIZE:
                    answers[key] = answer
            return cast(Truth, answer)

        return attested

    def _is_known(self, node: n.IsKnown, frames: Frames) -> Fn:
        operand, negated = self.expr(node.operand, frames), node.negated
        return lambda p, d, f: (operand(p, d, f) is not None) is not negated

    def _member(self, node: n.Member, frames: Frames) -> Fn:
        known, collection = self.constant(node.collection, frames)
        operand_type = self._value_type(node.operand, frames)
        negated = node.negated
        if known and operand_type is CODE and hasattr(collection, "matches"):
            return self._code_member(node.operand, collection, frames, negated)
        if known and isinstance(collection, tuple) and collection[:1] == ("range",):
            fn = self._range_member(node.operand, collection, frames)
        elif known and isinstance(operand_type, EnumT) and isinstance(collection, tuple):
            if all(isinstance(item, str) for item in collection):
                return self._name_member(node.operand, collection, frames, negated)
            operand = self.expr(node.operand, frames)
            fn = lambda p, d, f: member(operand(p, d, f), collection)  # noqa: E731
        else:
            operand, collection_fn = self.value(node.operand, frames), self.value(node.collection, frames)
            fn = lambda p, d, f: member(operand(p, d, f), collection_fn(p, d, f))  # noqa: E731
        if not negated:
            return fn
        return lambda p, d, f: not3(fn(p, d, f))

    def _code_member(self, operand_node: n.Node, matcher: Any, frames: Frames, negated: bool) -> Fn:
        """A record's code in a value set: ``member`` is the matcher's answer for a code."""
        code = self.expr(operand_node, frames)
        test = self._code_table(matcher)

        def in_value_set(p: Any, d: Mapping[str, Any], f: tuple[Any, ...]) -> Truth:
            value = code(p, d, f)
            return None if value is None else test(value) is not negated

        return in_value_set

    def _name_member(self, operand_node: n.Node, collection: tuple[Any, ...], frames: Frames, negated: bool) -> Fn:
        """An enumerated field in a set of names: ``any3(compare("=", v, item))`` is ``v in items``
        for a text ``v``; other values go to the evaluator's ``member``."""
        items = frozenset(collection)

        def test(value: Any) -> Truth:
            if value is None:
                return None
            if value.__class__ is str:
                return (value in items) is not negated
            found = member(value, collection)
            return not3(found) if negated else found

        read = self._field_reader(operand_node, frames)
        if read is None:
            operand = self.expr(operand_node, frames)
            return lambda p, d, f: test(operand(p, d, f))
        index, name = read

        def field_in_set(p: Any, d: Mapping[str, Any], f: tuple[Any, ...]) -> Truth:
            value = getattr(f[index], name)
            if value.__class__ is str:
                return (value in items) is not negated
            return test(value)

        return field_in_set

    def _range_member(self, operand_node: n.Node, collection: tuple[Any, ...], frames: Frames) -> Fn:
        """A value in a range: for a float and float bounds, two ordered comparisons."""
        operand = self.value(operand_node, frames)
        _, low, high = collection
        if not (low.__class__ is float and high.__class__ is float):
            return lambda p, d, f: member(operand(p, d, f), collection)

        def in_range(p: Any, d: Mapping[str, Any], f: tuple[Any, ...]) -> Truth:
            value = operand(p, d, f)
            if value.__class__ is float:
                return low <= value and value <= high
            return member(value, collection)

        return in_range

    def _includes(self, node: n.Includes, frames: Frames) -> Fn:
        operand, item = self.expr(node.operand, frames), self.value(node.item, frames)

        def includes(p: Any, d: Mapping[str, Any], f: tuple[Any, ...]) -> Truth:
            values, wanted = operand(p, d, f), item(p, d, f)
            return None if values is None or wanted is None else wanted in values

        return includes

    def _code_table(self, matcher: Any) -> Callable[[Any], bool]:
        """``matcher.matches`` for a record's code, remembered per code system and code."""
        tables, fill = self._code_tables_of(matcher)

        def matches(code: Any) -> bool:
            table = tables.get(code.system)
            found = table.get(code.code) if table is not None else None
            return fill(code) if found is None else found

        return matches

    def _code_tables_of(self, matcher: Any) -> tuple[dict[str, dict[str, bool]], Callable[[Any], bool]]:
        """The answers of a value set's matcher by code system and code, and how to add one."""
        known = self._code_tables.get(id(matcher))
        if known is not None:
            return known
        tables: dict[str, dict[str, bool]] = {}

        def fill(code: Any) -> bool:
            system, text = code.system, code.code
            found: bool = matcher.matches(system, text)
            table = tables.setdefault(system, {})
            if len(table) < _CODE_TABLE_SIZE:
                table[text] = found
            return found

        self._code_tables[id(matcher)] = (tables, fill)
        return tables, fill

    # ------------------------------------------------------------------ logic
    def _not(self, node: n.Not, frames: Frames) -> Fn:
        operand = self.truth(node.operand, frames)
        return lambda p, d, f: not3(operand(p, d, f))

    def _and(self, node: n.And, frames: Frames) -> Fn:
        return self._connective(node.operands, frames, decisive=False)

    def _or(self, node: n.Or, frames: Frames) -> Fn:
        return self._connective(node.operands, frames, decisive=True)

    def _connective(self, operands: tuple[n.Node, ...], frames: Frames, decisive: bool) -> Fn:
        """all3 (``and``) or any3 (``or``) over every operand: all are evaluated, as by the evaluator."""
        fns = tuple(self.truth(o, frames) for o in operands)
        otherwise = not decisive
        if len(fns) == 2:
            first, second = fns

            def pair(p: Any, d: Mapping[str, Any], f: tuple[Any, ...]) -> Truth:
                a: Truth = first(p, d, f)
                b: Truth = second(p, d, f)
                if a is decisive or b is decisive:
                    return decisive
                return None if a is None or b is None else otherwise

            return pair

        def connective(p: Any, d: Mapping[str, Any], f: tuple[Any, ...]) -> Truth:
            decided = unknown = False
            for fn in fns:
                value = fn(p, d, f)
                if value is decisive:
                    decided = True
                elif value is None:
                    unknown = True
            return decisive if decided else None if unknown else otherwise

        return connective

    def _if(self, node: n.If, frames: Frames) -> Fn:
        condition, then = self.truth(node.condition, frames), self.truth(node.then, frames)
        if node.otherwise is None:
            return lambda p, d, f: implies3(condition(p, d, f), then(p, d, f))
        otherwise = self.truth(node.otherwise, frames)

        def choose(p: Any, d: Mapping[str, Any], f: tuple[Any, ...]) -> Truth:
            given: Truth = condition(p, d, f)
            yes: Truth = then(p, d, f)
            no: Truth = otherwise(p, d, f)
            if given is True:
                return yes
            if given is False:
                return no
            return yes if yes == no else None

        return choose

    # ------------------------------------------------------------------ dates
    def _temporal(self, node: n.Temporal, frames: Frames) -> Fn:
        read = self._field_reader(node.operand, frames)
        window = node.window
        if read is not None and not isinstance(window, n.Between) and self._is_reference(window.anchor, frames):
            index, name = read  # the common case, in one closure: a record's date and a reference date
            reference = cast(n.Name, window.anchor).name
            test = self._window_test(window)

            def field_in_window(p: Any, d: Mapping[str, Any], f: tuple[Any, ...]) -> Truth:
                x, at = getattr(f[index], name), d.get(reference)
                return None if x is None or at is None else test(x, at)

            return field_in_window
        operand, in_window = self.expr(node.operand, frames), self.window(window, frames)
        return lambda p, d, f: in_window(operand(p, d, f), p, d, f)

    def _is_reference(self, node: n.Node, frames: Frames) -> bool:
        return isinstance(node, n.Name) and self._resolve(node.name, frames)[0] == "reference"

    def _window_test(self, node: n.Within | n.AtLeast | n.Relative) -> Callable[[Any, Any], Truth]:
        """Whether a date lies in the window of an anchor date, remembered per pair of date objects."""
        if isinstance(node, n.Relative):
            kind = node.relation
            return memo2(lambda x, a: relation(x, a, kind))
        amount, unit, direction = int(node.amount.value), DURATION[node.amount.unit], DIRECTION[node.direction]
        rule = within if isinstance(node, n.Within) else at_least
        return memo2(lambda x, a: rule(x, a, amount, unit, direction))

    def window(self, node: Any, frames: Frames) -> WindowFn:
        """A date in a window, as the evaluator's ``window``; answers remembered per date objects."""
        if isinstance(node, n.Between):
            start, end = self.expr(node.start, frames), self.expr(node.end, frames)
            between = memo3(
                lambda x, first, last: _and3(relation(x, first, "on_or_after"), relation(x, last, "on_or_before"))
            )

            def in_between(x: Any, p: Any, d: Mapping[str, Any], f: tuple[Any, ...]) -> Truth:
                first, last = start(p, d, f), end(p, d, f)
                return None if x is None or first is None or last is None else between(x, first, last)

            return in_between
        test = self._window_test(node)
        if self._is_reference(node.anchor, frames):
            reference = cast(n.Name, node.anchor).name

            def from_reference(x: Any, p: Any, d: Mapping[str, Any], f: tuple[Any, ...]) -> Truth:
                at = d.get(reference)
                return None if x is None or at is None else test(x, at)

            return from_reference
        anchor = self.expr(node.anchor, frames)

        def in_window(x: Any, p: Any, d: Mapping[str, Any], f: tuple[Any, ...]) -> Truth:
            at = anchor(p, d, f)
            return None if x is None or at is None else test(x, at)

        return in_window

    # ------------------------------------------------------------------ queries
    def _exists(self, node: n.Exists, frames: Frames) -> Fn:
        tally = self._tally(node.query, frames)
        negated = node.quantifier == "no"

        def exists(p: Any, d: Mapping[str, Any], f: tuple[Any, ...]) -> Truth:
            counted = tally(p, d, f)
            if counted is None:
                return None
            sure, maybe = counted
            value = True if sure else None if maybe else False  # any3 of the counts
            return not3(value) if negated else value

        return exists

    def _count(self, node: n.Count, frames: Frames) -> Fn:
        tally = self._tally(node.query, frames)

        def count(p: Any, d: Mapping[str, Any], f: tuple[Any, ...]) -> Any:
            counted = tally(p, d, f)
            if counted is None:
                return None
            sure, maybe = counted
            return float(sure) if not maybe else CountBetween(sure, sure + maybe)

        return count

    def _tally(self, query: n.Query, frames: Frames) -> Callable[[Any, Mapping[str, Any], tuple[Any, ...]], Any]:
        """How many records surely count and how many may (the evaluator's ``matches``: a record
        counts when it is in the value set, meets ``where`` and no ``except``), or ``None`` when
        the record list was not collected."""
        attribute = RECORD_LISTS[query.record]
        name = query.valueset or query.measure
        tables, fill = self._code_tables_of(self.matchers[name]) if name is not None else ({}, None)
        measure = self.program.measures.get(query.measure) if query.measure else None
        inner: Frames = ((query.record, measure), *frames)
        where = self.truth(query.where, inner) if query.where is not None else None
        excepts = tuple(self.truth(clause.condition, inner) for clause in query.excepts)

        def tally(p: Any, d: Mapping[str, Any], f: tuple[Any, ...]) -> tuple[int, int] | None:
            records = getattr(p, attribute)
            if records is None:
                return None
            sure = maybe = 0
            for record in records:
                if fill is not None:
                    code = record.code
                    table = tables.get(code.system)
                    found = table.get(code.code) if table is not None else None
                    if not (fill(code) if found is None else found):
                        continue
                here = (record, *f)
                counts = where(p, d, here) if where is not None else True
                if counts is False:
                    continue
                for clause in excepts:
                    spared = clause(p, d, here)
                    if spared is True:
                        counts = False
                        break
                    if spared is None:
                        counts = None
                if counts is True:
                    sure += 1
                elif counts is None:
                    maybe += 1
            return sure, maybe

        return tally

    def _latest(self, node: n.Latest, frames: Frames) -> Fn:
        measure = self.program.measures[node.measure]
        tables, fill = self._code_tables_of(self.matchers[node.measure])
        in_window = self.window(node.window, frames)
        typed = self._record_value(measure)

        def latest(p: Any, d: Mapping[str, Any], f: tuple[Any, ...]) -> Any:
            observations = p.observations
            if observations is None:
                return None
            inside: list[Any] = []
            uncertain: list[Any] = []
            for record in observations:
                code = record.code
                table = tables.get(code.system)
                found = table.get(code.code) if table is not None else None
                if not (fill(code) if found is None else found):
                    continue
                when = record.date
                if when is None:
                    uncertain.append(record)
                    continue
                where = in_window(when, p, d, f)
                if where is True:
                    inside.append(record)
                elif where is None:
                    uncertain.append(record)
            if not inside:
                return None
            # latest_of picks the only record in the window when no other may be later
            chosen = inside[0] if len(inside) == 1 and not uncertain else latest_of(inside, uncertain)
            return None if chosen is None else typed(chosen)

        return latest

    def _record_value(self, measure: n.Measure) -> Callable[[Any], Any]:
        """``record_value`` for observations of a measure, remembered per recorded value, unit and
        upper limit (its results are immutable values)."""
        answers: dict[tuple[Any, ...], Any] = {}

        def typed(record: Any) -> Any:
            raw = record.value
            key = (raw.__class__, raw, record.unit, record.reference_high)
            found = answers.get(key, _NOTHING)
            if found is _NOTHING:
                found = record_value(record, measure)
                if len(answers) < _CODE_TABLE_SIZE:
                    answers[key] = found
            return found

        return typed


def _and3(a: Truth, b: Truth) -> Truth:
    if a is False or b is False:
        return False
    return None if a is None or b is None else True


_CODES: dict[tuple[str, str, str | None], Code] = {}


def _record_code(value: Any) -> Any:
    """A decoded code as the :class:`~eligo.records.Code` the evaluator's helpers compare."""
    if value is None or isinstance(value, Code):
        return value
    key = (value.system, value.code, value.display)
    found = _CODES.get(key)
    if found is None:
        found = Code(system=value.system, code=value.code, display=value.display)
        if len(_CODES) < _CODE_TABLE_SIZE:
            _CODES[key] = found
    return found
