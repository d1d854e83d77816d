"""Windows and record queries (``exists``, ``no``, ``count``, ``latest``), compiled to closures.

A query looks at each record of its kind, in its value set, as the evaluator's ``matches`` does:
a record counts when it meets ``where`` and no ``except``, perhaps counts when either is
unknown, or when it is perhaps in the value set (coded in a system the value set lists no codes
of). Whether a date lies in a window is the calendar functions' answer
(:mod:`eligo.language.temporal`), remembered per pair of date objects; the latest observation in a
window is chosen by :func:`eligo.evaluate.observations.latest_of`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, cast

from eligo.evaluate.evidence import DIRECTION, DURATION
from eligo.evaluate.observations import latest_of, record_value
from eligo.evaluate.outcomes.compiler import TABLE_SIZE, UNSEEN, CompilerBase, Fn, Frames
from eligo.evaluate.outcomes.memo import memo2, memo3
from eligo.evaluate.record_facts import verified
from eligo.evaluate.values import Between as CountBetween
from eligo.language import nodes as n
from eligo.language.links import linked
from eligo.language.logic import Truth, not3
from eligo.language.periods import overlaps, record_period, span_for
from eligo.language.temporal import at_least, relation, within
from eligo.records.model import NOT_RESULTED, RECORD_LISTS, in_queries, with_components

__all__ = ["Queries", "WindowFn"]

#: How a date is tested against a window: (date, patient, dates, records) -> truth
WindowFn = Callable[[Any, Any, Mapping[str, Any], tuple[Any, ...]], Truth]
_NOTHING = object()


class Queries(CompilerBase):
    """The rules for windows and for queries over record lists."""

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

    def _window_test(self, node: n.Within | n.AtLeast | n.Relative) -> Callable[[Any, Any], Truth]:
        """Whether a date lies in the window of an anchor date, remembered per pair of date objects."""
        if isinstance(node, n.Relative):
            kind = node.relation
            return memo2(lambda x, a: relation(x, a, kind))
        length = n.amount_of(node)
        amount, unit, direction = int(length.value), DURATION[length.unit], DIRECTION[node.direction]
        rule = within if isinstance(node, n.Within) else at_least
        return memo2(lambda x, a: rule(x, a, amount, unit, direction))

    def _active(self, node: n.Active, frames: Frames) -> Fn:
        """The evaluator's ``eval_active``: the innermost record's period overlaps the window."""
        kind, window = frames[0][0], node.window
        if isinstance(window, n.Between):
            anchor, end = self.expr(window.start, frames), self.expr(window.end, frames)
        else:
            anchor, end = self.expr(window.anchor, frames), None

        def active(p: Any, d: Mapping[str, Any], f: tuple[Any, ...]) -> Truth:
            at = anchor(p, d, f)
            last = end(p, d, f) if end is not None else None
            if at is None or (end is not None and last is None):
                return None
            start, stop = record_period(kind, f[0])
            return overlaps(start, stop, span_for(window, at, last))

        return active

    def _link(self, node: n.Link, frames: Frames) -> Fn:
        """The evaluator's ``eval_link``: the innermost record's link names the enclosing record."""
        field, negated = node.field, node.negated
        target = next(i for i, (kind, _) in enumerate(frames) if i > 0 and kind == node.record)

        def link(p: Any, d: Mapping[str, Any], f: tuple[Any, ...]) -> Truth:
            return linked(getattr(f[0], field), f[target].id, negated)

        return link

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
        kind = query.record  # only medications received count (in_queries)
        conditions = kind == "condition"  # a refuted condition is not there, an unconfirmed one perhaps
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
            records = in_queries(kind, records)
            sure = maybe = 0
            for record in records:
                listed: Truth = True
                if fill is not None:
                    listed = _listed(record.code, tables, fill)
                if conditions and record.verification is not None:  # the evaluator's `verified`
                    listed = verified(record, listed)
                if listed is False:
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
                if listed is None and counts is True:  # perhaps in the value set: perhaps counts
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
        of = next(i for i, (kind, _) in enumerate(frames) if kind == node.of) if node.of else None

        def latest(p: Any, d: Mapping[str, Any], f: tuple[Any, ...]) -> Any:
            observations = p.observations
            if observations is None:
                return None
            inside: list[Any] = []
            uncertain: list[Any] = []
            target = f[of].id if of is not None else None
            for record in with_components(observations):
                if record.status is not None and record.status in NOT_RESULTED:
                    continue
                focused = True if of is None else linked(record.focus, target)
                if focused is False:
                    continue
                code = record.code
                if code.__class__ is list:
                    listed = any_listed(code, tables, fill)
                else:
                    table = tables.get(code.system)
                    listed = table.get(code.code, UNSEEN) if table is not None else UNSEEN
                    if listed is UNSEEN:
                        listed = fill(code)
                if listed is False:
                    continue
                when = record.date
                if when is None:
                    uncertain.append(record)
                    continue
                where = in_window(when, p, d, f)
                if where is True and listed is True and focused is True:
                    inside.append(record)
                elif where is not False:  # perhaps in the window, or perhaps of the measure
                    uncertain.append(record)
            if not inside:
                return None
            if len(inside) == 1 and not uncertain:  # the only record in the window, none perhaps later
                return typed(inside[0])
            return latest_of(inside, uncertain, typed)

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
                if len(answers) < TABLE_SIZE:
                    answers[key] = found
            return found

        return typed


def _listed(code: Any, tables: dict[str, dict[str, Truth]], fill: Callable[[Any], Truth]) -> Truth:
    """Whether a record with this code (or these codes) is in a value set, from its tables."""
    if code.__class__ is list:
        return any_listed(code, tables, fill)
    table = tables.get(code.system)
    found = table.get(code.code, UNSEEN) if table is not None else UNSEEN
    return fill(code) if found is UNSEEN else cast(Truth, found)


def any_listed(codes: list[Any], tables: dict[str, dict[str, Truth]], fill: Callable[[Any], Truth]) -> Truth:
    """Whether a record with several codes is in a value set (``CodeMatcher.member_of``): yes when
    any code is, unknown when none is but one's membership is unknown, else no."""
    answer: Truth = False
    for code in codes:
        table = tables.get(code.system)
        found = table.get(code.code, UNSEEN) if table is not None else UNSEEN
        if found is UNSEEN:
            found = fill(code)
        if found:
            return True
        if found is None:
            answer = None
    return answer


def _and3(a: Truth, b: Truth) -> Truth:
    if a is False or b is False:
        return False
    return None if a is None or b is None else True
