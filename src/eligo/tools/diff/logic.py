"""Comparing two versions of a criterion's logic, node by node, and saying how each difference
moves it.

The comparison walks both trees together with a *sign*: +1 where making a sub-condition true for
more records makes the criterion's condition true for more patients (under ``and``, ``or``,
``exists``, a ``where``), -1 where it does the opposite (under ``not``, ``no``, an ``except``),
and 0 where the logic is not monotone (the condition of an ``if``, the window of ``latest``, an
equality). A difference that widens its own place (a lower ``>=`` threshold, a longer ``within``
window, codes added to a value set, an ``or`` branch added, an ``except`` removed) is ``broader``
times that sign; otherwise ``unknown``. Value sets, measures and definitions that a criterion
uses by name are followed into both versions, so a value set's new codes show as a change of
every criterion that uses it.
"""

from __future__ import annotations

from collections.abc import Sequence

from eligo.language import nodes as n
from eligo.language.format import brief, format_window
from eligo.language.program import Program
from eligo.tools.diff.amounts import Order, order_ranges, order_sets, order_values, order_windows
from eligo.tools.diff.declarations import codes_effect, compare_declaration
from eligo.tools.diff.model import Change, Effect

#: operators whose truth grows with the right-hand value (``x <= b``), and those where it shrinks
GROWS_WITH_BOUND = {"<", "<="}
SHRINKS_WITH_BOUND = {">", ">="}
#: (old op, new op) pairs where the new operator is true for more values (same operands)
WIDER_OPS = {(">", ">="), ("<", "<="), ("=", ">="), ("=", "<="), (">", "!="), ("<", "!=")}
MIRROR = {"<": ">", "<=": ">=", ">": "<", ">=": "<=", "=": "=", "!=": "!="}


def effect_of(order: Order | None, sign: int) -> Effect:
    """A local ``more``/``less``/``same`` under the sign of its place."""
    if order == "same":
        return "neither"
    if order is None or sign == 0:
        return "unknown"
    wider = (order == "more") == (sign > 0)
    return "broader" if wider else "narrower"


def _flip(order: Order | None) -> Order | None:
    return {"more": "less", "less": "more", "same": "same", None: None}[order]


class LogicDiff:
    """The differences between the logic of two versions of one criterion (or any expression)."""

    def __init__(self, old: Program, new: Program) -> None:
        self.old, self.new = old, new
        self.changes: list[Change] = []
        self._within: list[str] = []  # the definitions being followed, for the descriptions

    def add(self, aspect: str, description: str, effect: Effect) -> None:
        where = f"in definition {self._within[-1]}: " if self._within else ""
        self.changes.append(Change(aspect, where + description, effect))

    def changed(self, old: n.Node, new: n.Node, sign: int = 0, aspect: str = "condition") -> None:
        self.add(aspect, f"{brief(old)} → {brief(new)}", "unknown" if old != new or sign == 0 else "neither")

    # ------------------------------------------------------------------ the walk

    def compare(self, a: n.Node, b: n.Node, sign: int) -> None:  # noqa: C901 - one branch per node kind
        # an operand added to a lone condition (or all but one removed): a connective of one
        if isinstance(a, n.And | n.Or) and not isinstance(b, n.And | n.Or):
            b = type(a)(operands=(b,))
        elif isinstance(b, n.And | n.Or) and not isinstance(a, n.And | n.Or):
            a = type(b)(operands=(a,))
        if type(a) is not type(b):
            self.changed(a, b)
            return
        if isinstance(a, n.And | n.Or) and isinstance(b, n.And | n.Or):
            self._connective(a, b, sign)
        elif isinstance(a, n.Not) and isinstance(b, n.Not):
            self.compare(a.operand, b.operand, -sign)
        elif isinstance(a, n.Exists) and isinstance(b, n.Exists):
            if a.quantifier != b.quantifier:
                self.add("quantifier", f"{a.quantifier} → {b.quantifier}", "unknown")
                sign = 0
            self.query(a.query, b.query, sign if b.quantifier == "exists" else -sign)
        elif isinstance(a, n.Compare) and isinstance(b, n.Compare):
            self._compare(a, b, sign)
        elif isinstance(a, n.Member) and isinstance(b, n.Member):
            self._member(a, b, sign)
        elif isinstance(a, n.Temporal) and isinstance(b, n.Temporal):
            self.compare(a.operand, b.operand, 0)
            self.window(a.window, b.window, sign)
        elif isinstance(a, n.Active) and isinstance(b, n.Active):
            self.window(a.window, b.window, sign)
        elif isinstance(a, n.If) and isinstance(b, n.If):
            self.compare(a.condition, b.condition, 0)
            self.compare(a.then, b.then, sign)
            if a.otherwise is not None and b.otherwise is not None:
                self.compare(a.otherwise, b.otherwise, sign)
            elif a.otherwise != b.otherwise:
                self.add(
                    "condition", "an 'else' branch added" if b.otherwise else "the 'else' branch removed", "unknown"
                )
        elif isinstance(a, n.Latest) and isinstance(b, n.Latest):
            self._latest(a, b)
        elif isinstance(a, n.Count) and isinstance(b, n.Count):
            self.query(a.query, b.query, sign)
        elif isinstance(a, n.Name) and isinstance(b, n.Name):
            self._name(a, b, sign)
        elif a != b:
            self._leaves(a, b, sign)
        else:
            for x, y in zip(a.children(), b.children(), strict=True):
                self.compare(x, y, 0)

    def _leaves(self, a: n.Node, b: n.Node, sign: int) -> None:
        """Two nodes of one kind that differ and have no rule of their own: their children in
        turn when they have the same shape, else the whole node."""
        same_fields = all(
            getattr(a, f) == getattr(b, f)
            for f in type(a).model_fields
            if not isinstance(getattr(a, f), n.Node | tuple)
        )
        ca, cb = list(a.children()), list(b.children())
        if same_fields and len(ca) == len(cb) and ca:
            for x, y in zip(ca, cb, strict=True):
                self.compare(x, y, 0)
        else:
            self.changed(a, b)

    def _connective(self, a: n.And | n.Or, b: n.And | n.Or, sign: int) -> None:
        if a.kind != b.kind:
            self.add("condition", f"'{a.kind}' → '{b.kind}': {brief(a)} → {brief(b)}", "unknown")
            return
        old, new = list(a.operands), list(b.operands)
        for x in list(old):
            if x in new:
                old.remove(x)
                new.remove(x)
                self.compare(x, x, sign)
        pairs = min(len(old), len(new))
        for x, y in zip(old[:pairs], new[:pairs], strict=True):
            self.compare(x, y, sign)
        grows = "more" if isinstance(a, n.Or) else "less"  # an operand added to 'or' widens it
        for y in new[pairs:]:
            self.add("condition", f"added: {brief(y)}", effect_of(grows, sign))  # type: ignore[arg-type]
        for x in old[pairs:]:
            self.add("condition", f"removed: {brief(x)}", effect_of(_flip(grows), sign))  # type: ignore[arg-type]

    def query(self, a: n.Query, b: n.Query, sign: int) -> None:
        """Two queries; ``sign``: how more records found moves the criterion."""
        if a.record != b.record:
            self.add("records", f"{a.record} → {b.record}", "unknown")
            sign = 0
        for field in ("valueset", "measure"):
            x, y = getattr(a, field), getattr(b, field)
            if x != y:
                self.add(
                    "value set",
                    f"{x or '(any)'} → {y or '(any)'}",
                    "unknown" if x and y else effect_of("less" if y else "more", sign),
                )
            elif x:
                self.declaration(x, sign)
        if a.where is not None and b.where is not None:
            self.compare(a.where, b.where, sign)
        elif b.where is not None:
            self.add("condition", f"'where' added: {brief(b.where)}", effect_of("less", sign))
        elif a.where is not None:
            self.add("condition", f"'where' removed: {brief(a.where)}", effect_of("more", sign))
        old, new = list(a.excepts), list(b.excepts)
        for x in list(old):
            if x in new:
                old.remove(x)
                new.remove(x)
                self.compare(x.condition, x.condition, -sign)
        pairs = min(len(old), len(new))
        for x, y in zip(old[:pairs], new[:pairs], strict=True):
            self.compare(x.condition, y.condition, -sign)
        for y in new[pairs:]:
            self.add("exception", f"added: except {brief(y.condition)}", effect_of("less", sign))
        for x in old[pairs:]:
            self.add("exception", f"removed: except {brief(x.condition)}", effect_of("more", sign))

    def declaration(self, name: str, sign: int) -> None:
        """A value set or measure used by name: its codes in both versions."""
        old, new = self.old.valuesets.get(name), self.new.valuesets.get(name)
        if old is None or new is None or old.entries == new.entries:
            return
        d = compare_declaration(name, old, new)
        parts = [
            f"added {', '.join(d.added)}" if d.added else "",
            f"removed {', '.join(d.removed)}" if d.removed else "",
        ]
        order: dict[Effect, Order | None] = {"broader": "more", "narrower": "less", "neither": "same", "unknown": None}
        effect = codes_effect(old, new)
        self.add("codes", f"{name}: {'; '.join(p for p in parts if p)}", effect_of(order[effect], sign))

    def _compare(self, a: n.Compare, b: n.Compare, sign: int) -> None:
        # a literal on the left reads as its mirror: 18 <= x is x >= 18
        left_a, right_a, op_a = (a.right, a.left, MIRROR[a.op]) if _literal(a.left) else (a.left, a.right, a.op)
        left_b, right_b, op_b = (b.right, b.left, MIRROR[b.op]) if _literal(b.left) else (b.left, b.right, b.op)
        inner = sign if op_a == op_b and op_a in (">", ">=") else -sign if op_a == op_b and op_a in ("<", "<=") else 0
        if isinstance(left_a, n.Count) and isinstance(left_b, n.Count):
            self.query(left_a.query, left_b.query, inner)
        else:
            self.compare(left_a, left_b, 0)
        if op_a != op_b:
            wider = "more" if (op_a, op_b) in WIDER_OPS else "less" if (op_b, op_a) in WIDER_OPS else None
            self.add("operator", f"{op_a} → {op_b}", effect_of(wider if right_a == right_b else None, sign))  # type: ignore[arg-type]
            if right_a != right_b:
                self.add("threshold", f"{brief(right_a)} → {brief(right_b)}", "unknown")
            return
        if right_a == right_b:
            self.compare(right_a, right_b, 0)
            return
        order = order_values(right_a, right_b)
        if op_a in SHRINKS_WITH_BOUND:
            order = _flip(order)
        elif op_a not in GROWS_WITH_BOUND:
            order = None if order != "same" else order
        aspect = "unit" if _unit(right_a) != _unit(right_b) else "threshold"
        self.add(aspect, f"{brief(left_a)} {op_a} {brief(right_a)} → {brief(right_b)}", effect_of(order, sign))

    def _member(self, a: n.Member, b: n.Member, sign: int) -> None:
        self.compare(a.operand, b.operand, 0)
        if a.negated != b.negated:
            self.add("condition", f"{brief(a)} → {brief(b)}", "unknown")
            return
        inner = -sign if a.negated else sign
        x, y = a.collection, b.collection
        if isinstance(x, n.Name) and isinstance(y, n.Name) and x.name == y.name and x.name in self.new.valuesets:
            self.declaration(x.name, inner)
            return
        if x == y:
            return
        order: Order | None = None
        if isinstance(x, n.RangeLit) and isinstance(y, n.RangeLit):
            order = order_ranges(x, y)
        elif isinstance(x, n.SetLit) and isinstance(y, n.SetLit):
            order = order_sets(x, y)
        aspect = "value set" if isinstance(x, n.Name) else "range" if isinstance(x, n.RangeLit) else "values"
        self.add(aspect, f"{brief(a.operand)} in {brief(x)} → {brief(y)}", effect_of(order, inner))

    def window(self, a: n.Node, b: n.Node, sign: int) -> None:
        if a == b:
            return
        self.add("window", f"{format_window(a)} → {format_window(b)}", effect_of(order_windows(a, b), sign))

    def _latest(self, a: n.Latest, b: n.Latest) -> None:
        # the latest result in a wider window may be another one: no direction
        if a.measure != b.measure:
            self.add("measure", f"{a.measure} → {b.measure}", "unknown")
        else:
            self.declaration(a.measure, 0)
        if a.window != b.window:
            self.add("window", f"latest {a.measure} {format_window(a.window)} → {format_window(b.window)}", "unknown")
        if a.of != b.of:
            self.add("records", f"of {a.of or '(any)'} → {b.of or '(any)'}", "unknown")

    def _name(self, a: n.Name, b: n.Name, sign: int) -> None:
        if a.name != b.name:
            self.changed(a, b)
            return
        old, new = self.old.defines.get(a.name), self.new.defines.get(b.name)
        if old is not None and new is not None and a.name not in self._within:
            self._within.append(a.name)
            try:
                self.compare(old.body, new.body, sign)
            finally:
                self._within.pop()
        elif a.name in self.new.valuesets:
            self.declaration(a.name, sign)


def _literal(e: n.Node) -> bool:
    return isinstance(e, n.LITERALS)


def _unit(e: n.Node) -> str | None:
    return e.unit if isinstance(e, n.QuantityLit) else None


def combine(effects: Sequence[Effect]) -> Effect:
    """The effect of several changes together: decided only when they all go one way."""
    moving = {e for e in effects if e != "neither"}
    if not moving:
        return "neither"
    if len(moving) == 1:
        return moving.pop()
    return "unknown"


def logic_changes(old: Program, new: Program, a: n.Criterion, b: n.Criterion) -> list[Change]:
    """The differences between two versions of a criterion's logic (none: same meaning)."""
    diff = LogicDiff(old, new)
    diff.compare(a.body, b.body, +1)
    return diff.changes
