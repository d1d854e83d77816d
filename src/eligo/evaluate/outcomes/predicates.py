"""Comparisons, memberships and ``includes``, compiled to closures.

Each gives :func:`eligo.evaluate.values.compare` / :func:`eligo.evaluate.values.member`'s answer. With a literal
on the right, the common cases take shortcuts that give that answer for every value they can
see (a text against a name, a name in a set of names, a float in a range of floats, a code in a
value set, an age or an attested value against a literal, remembered), and hand any other
value to the evaluator's helpers.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

from eligo.evaluate.outcomes.compiler import TABLE_SIZE, CompilerBase, Fn, Frames
from eligo.evaluate.outcomes.memo import memo2
from eligo.evaluate.values import AgeAt, Dur, compare, member, typed_value
from eligo.language import nodes as n
from eligo.language.logic import Truth, not3
from eligo.language.types import CODE, EnumT

__all__ = ["Predicates"]

_NOTHING = object()


class Predicates(CompilerBase):
    """The rules for ``compare``, ``is``, ``in`` and ``includes``."""

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
                if len(answers) < TABLE_SIZE:
                    answers[key] = answer
            return cast(Truth, answer)

        return attested

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
            if value is None:
                return None
            if value.__class__ is list:  # several codes: in it when any is (CodeMatcher.member_of)
                found: Truth = False
                for one in value:
                    answer = test(one)
                    if answer:
                        found = True
                        break
                    if answer is None:
                        found = None
            else:
                found = test(value)
            return None if found is None else found is not negated

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
