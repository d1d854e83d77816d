"""``latest MEASURE [of RECORD] WINDOW`` in the evidence evaluator: the results in the window (of the
enclosing record), the latest of them and its rivals (the same day, an imprecise date, perhaps of
the measure, perhaps of the record), and the answer with its evidence and missing data."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from eligo.evaluate.observations import candidates_reason, latest_and_rivals, record_value, same_day_reason, spread
from eligo.evaluate.record_facts import record_codes, record_evidence, record_label, recorded_value
from eligo.evaluate.said import Said, said
from eligo.evaluate.trace import EMPTY, Env, Frame, Result, Trace, merge
from eligo.language import nodes as n
from eligo.language.links import linked
from eligo.records.model import in_queries

if TYPE_CHECKING:
    from eligo.evaluate.evidence import Evaluator


def latest(ev: Evaluator, expr: n.Latest, env: Env) -> Result:
    """The latest result of a measure in a window (of the enclosing record, with ``of``), with its
    evidence; unknown where a rival result may be the latest and says something else."""
    measure = ev.program.measures[expr.measure]
    observations = env.patient.observations
    if observations is None:
        return ev.missing(said("not_collected", list="observation"))
    target = next((f for f in env.frames if f.kind == expr.of), None) if expr.of else None
    inside, uncertain, unlisted, unfocused = candidates(ev, expr, observations, target, env)
    if target is not None:
        wanted = said("measure_of_in", title=measure.title, label=target.label, window=expr.window)
    else:
        wanted = said("measure_in", title=measure.title, window=expr.window)
    if not inside:
        if not ev.explain:
            return None, EMPTY
        focus = [unfocused_reason(r, target)[1] for r in unfocused if target]
        return None, Trace(missing=(wanted, *(unlisted_observation(ev, expr, r)[1] for r in unlisted), *focus))
    latest, rivals = latest_and_rivals(inside, uncertain)
    if rivals:
        value = spread([record_value(r, measure) for r in [latest, *rivals]])
        if not ev.explain:
            return value, EMPTY
        note = said("perhaps_latest", title=measure.title)
        evidence = tuple(record_evidence("observation", r, note) for r in [latest, *rivals])
        if value is not None:  # numbers or quantities: decided if all give the same answer
            shown = tuple(said("result_of", title=measure.title, shown=recorded_value(r)) for r in [latest, *rivals])
            gaps = tuple(unfocused_reason(r, target)[1] for r in rivals if target and any(r is u for u in unfocused))
            why = candidates_reason(latest, rivals, shown)
            if gaps and target is not None:  # a rival is perhaps of another record, not perhaps later
                why = said("some_unfocused", values=shown, label=target.label)
            return value, Trace(evidence, gaps, facts=(why,))
        rival = rivals[0]
        if any(rival is r for r in unlisted):
            why = unlisted_observation(ev, expr, rival)[0]
            why = said("rival_says", label=record_label("observation", rival), why=why)
        elif target is not None and any(rival is r for r in unfocused):
            why = unfocused_reason(rival, target)[0]
            why = said("rival_says", label=record_label("observation", rival), why=why)
        else:
            why = same_day_reason(latest, [rival]) or said("imprecise")
        evidence = (record_evidence("observation", latest, note), record_evidence("observation", rival, note))
        return None, Trace(evidence, (said("which_latest", wanted=wanted, why=why),), (why,))
    frame = Frame("observation", latest, measure)
    value, trace = ev.observation_value(frame)
    if ev.explain:
        latest_note = said("latest_note", title=measure.title)
        trace = merge(Trace(evidence=(record_evidence("observation", latest, latest_note),)), trace)
    return value, trace


def candidates(
    ev: Evaluator, expr: n.Latest, observations: list[Any], target: Frame | None, env: Env
) -> tuple[list[Any], list[Any], list[Any], list[Any]]:
    """The observations surely of ``latest``'s measure (and of ``target``), in its window; those
    perhaps so; of these, those perhaps of the measure (coded in systems it lists no codes of)
    and those perhaps of the target (its focus, or the target's id, not recorded)."""
    matcher = ev.matchers[expr.measure]
    inside: list[Any] = []
    uncertain: list[Any] = []
    unlisted: list[Any] = []
    unfocused: list[Any] = []
    for record in in_queries("observation", observations):
        listed = matcher.member_of(record_codes(record))
        focused = True if target is None else linked(record.focus, target.record.id)
        if listed is False or focused is False:
            continue
        where = None if record.date is None else ev.in_window(record.date, expr.window, env)
        if where is False:
            continue
        if where is True and listed and focused:
            inside.append(record)
        else:
            uncertain.append(record)
            if listed is None:
                unlisted.append(record)
            if focused is None:
                unfocused.append(record)
    return inside, uncertain, unlisted, unfocused


def unfocused_reason(record: Any, target: Frame) -> tuple[Said, Said]:
    """Why an observation is perhaps of the enclosing record, and what would tell."""
    label = record_label("observation", record)
    if target.record.id is None:
        return said("no_id", label=target.label), said("record_id", label=target.label)
    return said("focus_unrecorded", label=label), said("focus", label=label)


def unlisted_observation(ev: Evaluator, expr: n.Latest, record: Any) -> tuple[Said, Said]:
    return ev.unlisted(expr.measure, record_label("observation", record), record_codes(record))
