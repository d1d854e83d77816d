"""The core of the closure compiler: dispatch, names, values and Kleene logic.

:class:`CompilerBase` turns an expression of a checked program into a closure
``(patient, reference dates, records of the enclosing queries) -> value`` that computes what
:class:`eligo.evaluate.evidence.Evaluator` computes (without evidence). Names are resolved once, in the
evaluator's order; literals are evaluated once, by the evaluator's own rules; ``and``, ``or``
and ``if`` evaluate every operand, as the evaluator does. Comparisons and memberships are in
:mod:`eligo.evaluate.outcomes.predicates`, windows and queries in :mod:`eligo.evaluate.outcomes.queries`; a node kind is
compiled by the method named after it (``_exists`` for ``exists``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, cast

from eligo.evaluate.evidence import Evaluator
from eligo.evaluate.observations import record_value
from eligo.evaluate.trace import Env
from eligo.evaluate.values import AgeAt, dose, fixed_unit, typed_value
from eligo.language import nodes as n
from eligo.language.logic import Truth, implies3, not3
from eligo.language.program import Program
from eligo.language.schema import FIXED_UNITS, PATIENT_FIELDS, RECORD_FIELDS
from eligo.language.types import CODE, SetT
from eligo.records.model import Patient
from eligo.sources.decode import record_code

__all__ = ["TABLE_SIZE", "UNSEEN", "CompilerBase", "Fn", "Frames", "truth_of"]

#: (patient, reference dates, records of the enclosing queries, innermost first) -> value
Fn = Callable[[Any, Mapping[str, Any], tuple[Any, ...]], Any]
#: The queries a name is read inside, innermost first: (record kind, measure of the query)
Frames = tuple[tuple[str, n.Measure | None], ...]

#: Node kinds whose value is always a truth value (True, False or None).
_TRUTH_KINDS = frozenset(
    {
        "compare",
        "is",
        "is_known",
        "member",
        "includes",
        "temporal",
        "active",
        "link",
        "not",
        "and",
        "or",
        "exists",
        "if",
    }
)
#: The default of a look-up in a table of answers: not seen yet (``None`` is an answer: unknown).
UNSEEN: Any = object()
#: How many answers a table remembers (codes per code system, recorded values, verdicts).
TABLE_SIZE = 1 << 16


def truth_of(value: Any) -> Truth:
    """The evaluator's ``truth``: a value that is not True or False is unknown."""
    return value if value is True or value is False else None


class CompilerBase:
    """Compiles expressions into closures; one method per node kind, as the evaluator has."""

    def __init__(self, program: Program, evaluator: Evaluator) -> None:
        self.program = program
        self.evaluator = evaluator
        self.matchers = evaluator.matchers
        self._code_tables: dict[int, tuple[dict[str, dict[str, Truth]], Callable[[Any], Truth]]] = {}
        self._constant_env = Env(cast(Patient, None), {})

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
        return lambda p, d, f: truth_of(fn(p, d, f))

    def value(self, node: n.Node, frames: Frames) -> Fn:
        """The node's value as the evaluator's helpers expect it (codes as :class:`~eligo.records.model.Code`)."""
        fn = self.expr(node, frames)
        if self._value_type(node, frames) is not CODE:
            return fn
        convert = record_code
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
        if kind in _TRUTH_KINDS:
            return True
        if kind == "name":
            what, item = self._resolve(cast(n.Name, node).name, frames)
            if what == "attested":
                return bool(item.value_type.kind == "boolean")
            if what == "define":
                return self._yields_truth(item.body, frames)
        return False

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
        if name in program.parameters:
            return "parameter", None
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
        if what == "parameter":
            return lambda p, d, f: p.parameters.get(name)
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
        fixed = FIXED_UNITS.get(kind, {}).get(name)
        if fixed is not None and name != "dose":
            return lambda p, d, f: fixed_unit(f[index], name, fixed)
        if name == "dose":
            return lambda p, d, f: dose(f[index])
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
        fixed = name in FIXED_UNITS.get(frames[index][0], {})
        if name in ("value", "dose") or fixed or isinstance(field_type, SetT) or field_type is CODE:
            return None
        return index, name

    def _resolve_define(self, node: n.Node, frames: Frames) -> bool:
        """Whether a name stands for a definition (whose value may be a count)."""
        return isinstance(node, n.Name) and self._resolve(node.name, frames)[0] == "define"

    def _is_known(self, node: n.IsKnown, frames: Frames) -> Fn:
        operand, negated = self.expr(node.operand, frames), node.negated
        return lambda p, d, f: (operand(p, d, f) is not None) is not negated

    def _code_table(self, matcher: Any) -> Callable[[Any], Truth]:
        """``matcher.matches`` for a record's code (unknown for a system the value set lists no
        codes of), remembered per code system and code."""
        tables, fill = self._code_tables_of(matcher)

        def matches(code: Any) -> Truth:
            table = tables.get(code.system)
            found = table.get(code.code, UNSEEN) if table is not None else UNSEEN
            return fill(code) if found is UNSEEN else cast(Truth, found)

        return matches

    def _code_tables_of(self, matcher: Any) -> tuple[dict[str, dict[str, Truth]], Callable[[Any], Truth]]:
        """The answers of a value set's matcher by code system and code (``True``, ``False`` or
        ``None`` for unknown: look them up with a default of :data:`UNSEEN`), and how to add one."""
        known = self._code_tables.get(id(matcher))
        if known is not None:
            return known
        tables: dict[str, dict[str, Truth]] = {}

        def fill(code: Any) -> Truth:
            system, text = code.system, code.code
            found: Truth = matcher.matches(system, text)
            table = tables.setdefault(system, {})
            if len(table) < TABLE_SIZE:
                table[text] = found
            return found

        self._code_tables[id(matcher)] = (tables, fill)
        return tables, fill

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

    def _is_reference(self, node: n.Node, frames: Frames) -> bool:
        return isinstance(node, n.Name) and self._resolve(node.name, frames)[0] == "reference"
