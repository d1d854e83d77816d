"""The evaluator: a checked program and one patient record → outcomes with their evidence.

Every expression evaluates to a value (``None`` when unknown) and a :class:`Trace`: the records
the answer rests on, the missing data that would decide an unknown, and short facts for the
reason. ``and``/``or`` keep only the traces of the operands that decided them, so the evidence
of a criterion is what decided it. With ``explain=False`` no trace is built (outcomes only).

Semantics (see the README): Kleene logic; an absent record list is unknown, an empty one is
known to be empty; ``where`` and ``except`` apply per record (a record counts when it matches
``where`` and no ``except``); ages are completed calendar years; windows include both ends.
A record coded only in systems a value set lists no codes of is perhaps in it (unknown, never
"not in it"), and two results of one day are not ordered (no time of day): where the answer
depends on either, it is unknown, and the evidence says why (the latest of several numbers is the
range of them, decided where they all give the same answer).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from eligo.evaluate.latest import latest
from eligo.evaluate.observations import record_value
from eligo.evaluate.record_facts import (
    conversion_fact,
    parameter_missing,
    record_codes,
    record_evidence,
    shown_attestation,
    to_be_attested,
    unit_reason,
    value_set_matchers,
    verified,
    with_parameters,
)
from eligo.evaluate.results import CriterionResult, Evidence, Outcome, PatientResult, verdict
from eligo.evaluate.said import REMEMBERING, Said, said
from eligo.evaluate.trace import EMPTY, Env, Frame, Result, Trace, merge
from eligo.evaluate.values import (
    AgeAt,
    Between,
    Dur,
    Qty,
    compare,
    dose,
    fixed_unit,
    member,
    no_uln,
    show,
    typed_value,
)
from eligo.language import nodes as n
from eligo.language.format import format_expr
from eligo.language.links import linked
from eligo.language.logic import Truth, all3, and3, any3, implies3, not3
from eligo.language.periods import overlaps, record_period, span_for
from eligo.language.phrases import humanize, phraser_for
from eligo.language.program import Program
from eligo.language.schema import (
    FIXED_UNITS,
    PATIENT_FIELDS,
    RECORD_FIELDS,
    RECORD_PERIOD,
    UNSURE_VERIFICATIONS,
)
from eligo.language.temporal import DateLike, Direction, DurationUnit, PartialDate, at_least, relation, within
from eligo.language.types import CODE
from eligo.language.units import TIME_UNITS, UNITS
from eligo.records.model import RECORD_LISTS, AnyCode, Attestation, Code, Patient, code_list, in_queries

DURATION = {
    "days": DurationUnit.DAYS,
    "weeks": DurationUnit.WEEKS,
    "months": DurationUnit.MONTHS,
    "years": DurationUnit.YEARS,
}
DIRECTION = {"before": Direction.BEFORE, "after": Direction.AFTER, "of": Direction.EITHER}


class EvaluationError(Exception):
    """An evaluator bug: a node kind this evaluator has no rule for."""


class Evaluator:
    """Evaluates one checked program against patient records."""

    def __init__(self, program: Program, explain: bool = True, remember: bool = True) -> None:
        """``remember``: the reasons, evidence notes and missing data keep what they say for
        documents in other languages (:class:`~eligo.evaluate.said.Said`); without it they are
        their English alone (cheaper, for output that is English only)."""
        self.program = program
        self.explain = explain
        self.remember = remember
        self.matchers = value_set_matchers(program)
        self.phraser = phraser_for(program)
        self.rules: dict[str, Callable[[Any, Env], Result]] = {}
        for node_type in n.EXPR_TYPES:
            kind = node_type.model_fields["kind"].default
            method = getattr(self, f"eval_{kind}", None)
            if method is None:
                raise EvaluationError(f"the evaluator has no rule for {kind}")
            self.rules[kind] = method

    # -------------------------------------------------------------- patients and criteria
    def evaluate(
        self,
        patient: Patient,
        index_dates: Mapping[str, DateLike] | None = None,
        parameters: Mapping[str, str] | None = None,
    ) -> PatientResult:
        """Screen one patient. A patient's own reference dates win over ``index_dates``, and its
        own per-enrolment parameters over the run's ``parameters``."""
        token = REMEMBERING.set(self.remember)
        try:
            return self._evaluate(with_parameters(patient, parameters), index_dates)
        finally:
            REMEMBERING.reset(token)

    def _evaluate(self, patient: Patient, index_dates: Mapping[str, DateLike] | None) -> PatientResult:
        dates: dict[str, DateLike] = dict(index_dates or {})
        dates.update(patient.dates)
        env = Env(patient, dates)
        results = tuple(self.criterion(c, env) for c in self.program.criteria)
        decision = verdict((r.polarity, r.outcome) for r in results)
        missing = tuple(dict.fromkeys(m for r in results if r.outcome == "unknown" for m in r.missing))
        return PatientResult.model_construct(  # built from checked parts: no need to validate again
            patient_id=patient.id,
            verdict=decision,
            criteria=results,
            missing=missing if decision == "undetermined" else (),
            fingerprint=self.program.fingerprint,
        )

    def criterion(self, criterion: n.Criterion, env: Env) -> CriterionResult:
        body = criterion.body
        if isinstance(body, n.If) and body.otherwise is None:
            condition, condition_trace = self.eval(body.condition, env)
            if condition is False:
                return self._result(
                    criterion, "not_applicable", self.not_applicable(body.condition), condition_trace, ()
                )
        value, trace = self.eval(body, env)
        outcome: Outcome = "met" if value is True else "not_met" if value is False else "unknown"
        missing = trace.missing if outcome == "unknown" else ()
        return self._result(criterion, outcome, said("facts", facts=trace.facts), trace, missing)

    def not_applicable(self, condition: n.Node) -> Said:
        """Why a conditional criterion does not apply: its ``condition`` is false."""
        return said("not_applicable", condition=self.phraser.phrase(condition), _condition=condition)

    def _result(
        self, c: n.Criterion, outcome: Outcome, reason: str, trace: Trace, missing: tuple[str, ...]
    ) -> CriterionResult:
        return CriterionResult.model_construct(
            id=c.id, polarity=c.polarity, title=c.title, outcome=outcome, reason=reason,
            evidence=trace.evidence, missing=missing,
        )  # fmt: skip

    # -------------------------------------------------------------- expressions
    def eval(self, expr: n.Node, env: Env) -> Result:
        return self.rules[expr.kind](expr, env)  # type: ignore[attr-defined]

    def truth(self, expr: n.Node, env: Env) -> tuple[Truth, Trace]:
        value, trace = self.eval(expr, env)
        return (value if isinstance(value, bool) else None), trace

    def _trace(
        self, evidence: tuple[Evidence, ...] = (), missing: tuple[str, ...] = (), facts: tuple[str, ...] = ()
    ) -> Trace:
        return Trace(evidence, missing, facts) if self.explain else EMPTY

    def missing(self, what: str) -> Result:
        return None, self._trace(missing=(what,))

    def eval_name(self, expr: n.Name, env: Env) -> Result:
        name = expr.name
        for frame in env.frames:
            if name in RECORD_FIELDS[frame.kind] or (name == "value" and frame.kind == "observation"):
                return self.field(frame, name)
        if name in PATIENT_FIELDS:
            value = getattr(env.patient, name)
            return (value, EMPTY) if value is not None else self.missing(said("patient_field", field=name))
        if name in self.program.references:
            value = env.dates.get(name)
            return (value, EMPTY) if value is not None else self.missing(said("reference_date", reference=name))
        if name in self.program.parameters:
            return self.parameter(self.program.parameters[name], env.patient.parameters.get(name))
        if name in self.program.attested:
            return self.attested(self.program.attested[name], env.patient.attestations.get(name))
        if name in self.program.defines:
            return self.eval(self.program.defines[name].body, env)
        if name in self.matchers:
            return self.matchers[name], EMPTY
        return name, EMPTY  # a value of an enumeration

    def field(self, frame: Frame, name: str) -> Result:
        if name == "value":
            return self.observation_value(frame)
        fixed = FIXED_UNITS.get(frame.kind, {}).get(name)
        if fixed is not None:
            value: Any = fixed_unit(frame.record, name, fixed)
        else:
            value = dose(frame.record) if name == "dose" else getattr(frame.record, name)
        if value is None:
            return self.missing(said("record_field", field=name, label=frame.label))
        if isinstance(value, list):
            return (AnyCode(value) if RECORD_FIELDS[frame.kind].get(name) is CODE else tuple(value)), EMPTY
        return value, EMPTY

    def eval_field_of(self, expr: n.FieldOf, env: Env) -> Result:
        frame = next(f for f in env.frames if f.kind == expr.record)
        return self.field(frame, expr.field)

    def parameter(self, item: n.RunParameter, value: str | None) -> Result:
        """A per-enrolment parameter: the patient's own, or the run's; unknown when neither gives it."""
        if value is None:
            return self.missing(parameter_missing(item))
        if not self.explain:
            return value, EMPTY
        evidence = Evidence(record="parameter", display=item.title, value=humanize(value), note=said("parameter_note"))
        return value, self._trace(evidence=(evidence,), facts=(said("parameter_fact", title=item.title, word=value),))

    def attested(self, item: n.Attested, attestation: Attestation | None) -> Result:
        what = to_be_attested(item.title)
        if attestation is None:
            return self.missing(what)
        value = typed_value(item.value_type, attestation.value, attestation.unit)
        if value is None:
            return self.missing(said("attested_unusable", what=what, raw=repr(attestation.value), type=item.value_type))
        if not self.explain:
            return value, EMPTY
        shown = shown_attestation(attestation)
        evidence = Evidence(record="attestation", display=item.title, value=shown,
                                            note=said("attested_note"), code=None,
                                            date=str(attestation.date) if attestation.date else None)  # fmt: skip
        return value, self._trace(evidence=(evidence,), facts=(said("attested_fact", title=item.title, shown=shown),))

    def observation_value(self, frame: Frame) -> Result:
        record = frame.record
        if record.value is None:
            return self.missing(said("observation_value", label=frame.label))
        value = record_value(record, frame.measure)
        value_type = frame.measure.value_type if frame.measure else None
        if value is None:
            why = unit_reason(value_type, record.unit)
            recorded = f"{record.value!r} {record.unit or ''}".rstrip()
            if why:
                return self.missing(said("unusable_value_why", label=frame.label, recorded=recorded, why=why))
            return self.missing(said("unusable_value", label=frame.label, recorded=recorded))
        converted = conversion_fact(value_type, record.value, record.unit) if self.explain else None
        return value, (Trace(facts=(converted,)) if converted else EMPTY)

    # literals
    def eval_number_lit(self, expr: n.NumberLit, env: Env) -> Result:
        return float(expr.value), EMPTY

    def eval_quantity_lit(self, expr: n.QuantityLit, env: Env) -> Result:
        if expr.unit in TIME_UNITS:
            return Dur(float(expr.value), expr.unit), EMPTY
        unit = UNITS[expr.unit]
        return Qty(float(expr.value * unit.factor), unit.dimension), EMPTY

    def eval_string_lit(self, expr: n.StringLit, env: Env) -> Result:
        return expr.value, EMPTY

    def eval_date_lit(self, expr: n.DateLit, env: Env) -> Result:
        return PartialDate.parse(expr.value), EMPTY

    def eval_bool_lit(self, expr: n.BoolLit, env: Env) -> Result:
        return expr.value, EMPTY

    def eval_code_lit(self, expr: n.CodeLit, env: Env) -> Result:
        return Code(system=expr.system, code=expr.code), EMPTY

    def eval_set_lit(self, expr: n.SetLit, env: Env) -> Result:
        values = [self.eval(item, env) for item in expr.items]
        return tuple(v for v, _ in values), merge(*(t for _, t in values))

    def eval_range_lit(self, expr: n.RangeLit, env: Env) -> Result:
        (low, _), (high, _) = self.eval(expr.low, env), self.eval(expr.high, env)
        return ("range", low, high), EMPTY

    def eval_age(self, expr: n.Age, env: Env) -> Result:
        at, at_trace = self.eval(expr.at, env)
        birth = env.patient.birth_date
        if birth is None:
            return None, merge(at_trace, self._trace(missing=(said("patient_field", field="birth_date"),)))
        if at is None:
            return None, at_trace
        return AgeAt(birth, at), at_trace

    # queries
    def records(self, query: n.Query, env: Env) -> list[tuple[Any, Truth]] | None:
        """The records a query looks at, each with whether it is in the query's value set (unknown
        when its codes are of systems the value set lists no codes of); ``None`` when the record
        list was not collected."""
        records = getattr(env.patient, RECORD_LISTS[query.record])
        if records is None:
            return None
        records = in_queries(query.record, records)
        name = query.valueset or query.measure
        if name is None:
            found: Iterable[tuple[Any, Truth]] = ((r, True) for r in records)
        else:
            matcher = self.matchers[name]
            found = ((r, matcher.member_of(record_codes(r))) for r in records)
        if query.record == "condition":  # a refuted one is not there; an unconfirmed one perhaps
            found = ((r, verified(r, listed)) for r, listed in found)
        return [(r, listed) for r, listed in found if listed is not False]

    def unlisted(self, name: str, label: str, codes: Iterable[tuple[str, str]]) -> tuple[Said, Said]:
        """Why the membership of a record (or a code) with these codes in value set ``name`` is
        unknown, and the missing data that would decide it."""
        declared = self.program.valuesets[name]
        what = "measure" if isinstance(declared, n.Measure) else "value set"
        matcher = self.matchers[name]
        pairs = tuple(codes)
        systems = tuple(matcher.unlisted(pairs))
        reasons: list[str] = []
        if systems:  # the systems the value set lists no codes of: said in words other languages say again
            reasons.append(said("unlisted", coded_in=systems, declaration=what, not_listed=systems))
        reasons += [said(doubt.kind, **dict(doubt.words)) for doubt in matcher.doubts(pairs)]
        why = said("reasons", reasons=tuple(reasons))
        return why, said("whether_in", label=label, title=declared.title, why=why)

    def matches(self, query: n.Query, env: Env) -> tuple[list[tuple[Any, Truth, Trace]], list[Trace]] | None:
        """Each candidate record with whether it counts; and the traces of spared records."""
        records = self.records(query, env)
        if records is None:
            return None
        measure = self.program.measures.get(query.measure) if query.measure else None
        found: list[tuple[Any, Truth, Trace]] = []
        spared: list[Trace] = []
        for record, listed in records:
            frame = Frame(query.record, record, measure)
            inner = env.inside(frame)
            where, where_trace = self.truth(query.where, inner) if query.where is not None else (True, EMPTY)
            if where is False:
                continue
            exception: Truth = False
            except_traces: list[Trace] = []
            for clause in query.excepts:
                value, trace = self.truth(clause.condition, inner)
                if value is True:
                    exception = True
                    if self.explain:
                        code, node = format_expr(clause.condition), (clause.condition, query.record)
                        note = said("spared", exception=code, _exception=node)
                        fact = said("excepted", label=frame.label, exception=code, _exception=node)
                        spared.append(
                            Trace((record_evidence(query.record, record, note), *trace.evidence), (), (fact,))
                        )
                    break
                if value is None:
                    exception = None
                    except_traces.append(trace)
            counts = and3(listed, and3(where, not3(exception)))
            if counts is False:
                continue
            trace = EMPTY
            if self.explain:
                note = said("matches" if counts else "may_match")
                fact = said("found" if counts else "perhaps", label=frame.label)
                inner_trace = merge(where_trace, *except_traces)
                missing = inner_trace.missing
                if listed is None and getattr(record, "verification", None) in UNSURE_VERIFICATIONS:
                    why = said("verification_why", status=record.verification)
                    whether = said("whether_confirmed", label=frame.label, status=record.verification)
                    note, fact = said("because", what=note, why=why), said("because", what=fact, why=why)
                    missing = (whether, *missing)
                elif listed is None:  # codes of systems the value set does not list, or perhaps under one
                    name = query.valueset or query.measure or ""
                    why, whether = self.unlisted(name, frame.label, record_codes(record))
                    note, fact = said("because", what=note, why=why), said("because", what=fact, why=why)
                    missing = (whether, *missing)
                trace = Trace((record_evidence(query.record, record, note), *inner_trace.evidence), missing, (fact,))
            found.append((record, counts, trace))
        return found, spared

    def eval_exists(self, expr: n.Exists, env: Env) -> Result:
        result = self.matches(expr.query, env)
        if result is None:
            value: Truth = None
            trace = self._trace(missing=(said("not_collected", list=expr.query.record),))
        else:
            found, spared = result
            value = any3(counts for _, counts, _ in found)
            if value is True:
                trace = merge(*(t for _, c, t in found if c), *spared)
            elif value is None:
                trace = merge(*(t for _, c, t in found if c is None), *spared)
            else:
                trace = merge(self._trace(facts=(self._none_found(expr.query, len(found) + len(spared)),)), *spared)
        return (not3(value) if expr.quantifier == "no" else value), trace

    def _none_found(self, query: n.Query, candidates: int) -> Said:
        name = query.valueset or query.measure
        if name:
            title = self.program.valuesets[name].title.lower()
            return said("none_meets_of" if candidates else "none_recorded_of", record=query.record, title=title)
        return said("none_meets" if candidates else "none_recorded", record=query.record)

    def eval_count(self, expr: n.Count, env: Env) -> Result:
        result = self.matches(expr.query, env)
        if result is None:
            return None, self._trace(missing=(said("not_collected", list=expr.query.record),))
        found, spared = result
        sure = sum(1 for _, c, _ in found if c)
        maybe = sum(1 for _, c, _ in found if c is None)
        trace = merge(*(t for _, _, t in found), *spared)
        return (float(sure) if not maybe else Between(sure, sure + maybe)), trace

    def eval_latest(self, expr: n.Latest, env: Env) -> Result:
        return latest(self, expr, env)

    def in_window(self, value: DateLike, window: n.Node, env: Env) -> Truth:
        truth, _ = self.window(value, window, env)
        return truth

    def window(self, value: DateLike | None, window: Any, env: Env) -> tuple[Truth, Trace]:
        if isinstance(window, n.Between):
            (start, t1), (end, t2) = self.eval(window.start, env), self.eval(window.end, env)
            if value is None or start is None or end is None:
                return None, merge(t1, t2)
            return and3(relation(value, start, "on_or_after"), relation(value, end, "on_or_before")), merge(t1, t2)
        anchor, trace = self.eval(window.anchor, env)
        if value is None or anchor is None:
            return None, trace
        if isinstance(window, n.Relative):
            return relation(value, anchor, window.relation), trace
        amount = int(window.amount.value)
        unit = DURATION[window.amount.unit]
        if isinstance(window, n.Within):
            return within(value, anchor, amount, unit, DIRECTION[window.direction]), trace
        return at_least(value, anchor, amount, unit, DIRECTION[window.direction]), trace

    def eval_active(self, expr: n.Active, env: Env) -> Result:
        """The record's period overlaps the window (periods.overlaps): a missing end decides
        nothing, so the answer then rests on the start alone."""
        frame = env.frames[0]
        window = expr.window
        if isinstance(window, n.Between):
            (anchor, trace), (end, end_trace) = self.eval(window.start, env), self.eval(window.end, env)
            trace = merge(trace, end_trace)
        else:
            (anchor, trace), end = self.eval(window.anchor, env), None
        if anchor is None or (isinstance(window, n.Between) and end is None):
            return None, trace
        start, stop = record_period(frame.kind, frame.record)
        value = overlaps(start, stop, span_for(window, anchor, end))
        if value is None and self.explain:
            first, last = RECORD_PERIOD[frame.kind]
            gaps = tuple(name for name, date in ((first, start), (last, stop)) if date is None)
            what = (
                said("period_fields", fields=gaps, label=frame.label)
                if gaps
                else said("exact_dates", label=frame.label)
            )
            trace = merge(trace, Trace(missing=(what,)))
        return value, trace

    def eval_link(self, expr: n.Link, env: Env) -> Result:
        """``reason is condition``: the innermost record's link lists the id of the enclosing record
        (links.linked): unknown when the link was not recorded or that record has no id."""
        frame = env.frames[0]
        target = next(f for f in env.frames[1:] if f.kind == expr.record)
        ids, target_id = getattr(frame.record, expr.field), target.record.id
        value = linked(ids, target_id, expr.negated)
        if value is None:
            if ids is None:
                return self.missing(said("record_field", field=expr.field, label=frame.label))
            return self.missing(said("record_id", label=target.label))
        return value, EMPTY

    # predicates
    def eval_temporal(self, expr: n.Temporal, env: Env) -> Result:
        value, trace = self.eval(expr.operand, env)
        truth, window_trace = self.window(value, expr.window, env)
        return truth, merge(trace, window_trace)

    def eval_compare(self, expr: n.Compare, env: Env) -> Result:
        (left, lt), (right, rt) = self.eval(expr.left, env), self.eval(expr.right, env)
        value = compare(expr.op, left, right)
        trace = merge(lt, rt, self._fact(expr.left, left), self._one_answer(expr.left, left, value, lt))
        if self.explain and no_uln(left, right):  # × ULN, and a result without its upper limit
            no_limit = said("no_uln")
            what = said("because", what=self._operand_words(expr.left), why=no_limit)
            trace = merge(trace, Trace(missing=(what,), facts=(no_limit,)))
        return value, trace

    def _one_answer(self, operand: n.Node, value: Any, answer: Truth, trace: Trace) -> Trace:
        """When the latest is one of several results none of which is known to be the latest (its
        value a range of them), whether they all give the same answer (DESIGN.md, "Ties")."""
        if not self.explain or value is None or not isinstance(operand, n.Latest):
            return EMPTY
        measure = self.program.measures[operand.measure]
        note = said("perhaps_latest", title=measure.title)
        candidates = sum(e.note == note for e in trace.evidence)
        if not candidates:
            return EMPTY
        if answer is not None:
            return Trace(facts=(said("both_same" if candidates == 2 else "all_same"),))
        why = said("different")
        reason = said("and_why", fact=trace.facts[0], why=why) if trace.facts else why
        wanted = said("measure_in", title=measure.title, window=operand.window)
        return Trace(missing=(said("which_latest", wanted=wanted, why=reason),), facts=(why,))

    def _operand_words(self, expr: n.Node) -> Said:
        if isinstance(expr, n.Latest):
            return said("latest_in", title=self.program.measures[expr.measure].title, window=expr.window)
        return said("expr", expr=expr)

    def _fact(self, expr: n.Node, value: Any) -> Trace:
        if not self.explain or value is None or isinstance(expr, (n.NumberLit, n.QuantityLit, n.StringLit)):
            return EMPTY
        if isinstance(expr, n.Name) and expr.name in self.program.attested:
            return EMPTY  # the attestation states its own fact
        if isinstance(expr, n.Latest):
            measure = self.program.measures[expr.measure]
            fact = said("latest_is", title=measure.title, window=expr.window, measured=(value, measure.value_type))
            return Trace(facts=(fact,))
        return Trace(facts=(said("is", expr=expr, value=value),))

    def eval_is(self, expr: n.Is, env: Env) -> Result:
        (left, lt), (right, rt) = self.eval(expr.left, env), self.eval(expr.right, env)
        value = compare("=", left, right)
        trace = merge(lt, rt, self._fact(expr.left, left), self._one_answer(expr.left, left, value, lt))
        return (not3(value) if expr.negated else value), trace

    def eval_is_known(self, expr: n.IsKnown, env: Env) -> Result:
        value, _ = self.eval(expr.operand, env)
        known = value is not None
        return (not known if expr.negated else known), EMPTY

    def eval_member(self, expr: n.Member, env: Env) -> Result:
        (value, trace), (collection, ct) = self.eval(expr.operand, env), self.eval(expr.collection, env)
        result = member(value, collection)
        coded = isinstance(value, Code | AnyCode)
        trace = merge(
            trace, ct, self._fact(expr.operand, value) if not coded else EMPTY,
            self._one_answer(expr.operand, value, result, trace),
        )  # fmt: skip
        if result is None and coded and isinstance(expr.collection, n.Name) and self.explain:
            # a code of a system the value set lists no codes of, or perhaps under one of its concepts
            pairs = tuple((c.system, c.code) for c in code_list(value))
            why, whether = self.unlisted(expr.collection.name, show(value), pairs)
            trace = merge(trace, Trace(missing=(whether,), facts=(said("code_is", code=show(value), why=why),)))
        return (not3(result) if expr.negated else result), trace

    def eval_includes(self, expr: n.Includes, env: Env) -> Result:
        (values, trace), (item, _) = self.eval(expr.operand, env), self.eval(expr.item, env)
        if values is None or item is None:
            return None, trace
        return item in values, merge(trace, self._fact(expr.operand, values))

    # logic
    def eval_not(self, expr: n.Not, env: Env) -> Result:
        value, trace = self.truth(expr.operand, env)
        return not3(value), trace

    def eval_and(self, expr: n.And, env: Env) -> Result:
        return self._connective(expr.operands, env, decisive=False)

    def eval_or(self, expr: n.Or, env: Env) -> Result:
        return self._connective(expr.operands, env, decisive=True)

    def _connective(self, operands: tuple[n.Node, ...], env: Env, decisive: bool) -> Result:
        """``and`` (a false operand decides) or ``or`` (a true one does), keeping deciding traces."""
        results = [self.truth(o, env) for o in operands]
        values = [v for v, _ in results]
        value = any3(values) if decisive else all3(values)
        if value is decisive:
            return value, merge(*(t for v, t in results if v is decisive))
        if value is None:
            return None, merge(*(t for v, t in results if v is None))
        return value, merge(*(t for _, t in results))

    def eval_if(self, expr: n.If, env: Env) -> Result:
        condition, ct = self.truth(expr.condition, env)
        then, tt = self.truth(expr.then, env)
        if expr.otherwise is None:
            value = implies3(condition, then)
            return value, merge(ct, tt) if condition is not False else ct
        otherwise, ot = self.truth(expr.otherwise, env)
        if condition is True:
            return then, merge(ct, tt)
        if condition is False:
            return otherwise, merge(ct, ot)
        return (then if then == otherwise else None), merge(ct, tt, ot)
