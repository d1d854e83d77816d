"""Screening reports: one patient's checklist, and a summary of a screened cohort.

:func:`render_patient_report` writes the checklist a study coordinator prints, checks and signs:
the verdict, every criterion's outcome with its reason, evidence and the data still to collect,
the items a clinician attests, and a sign-off block. :class:`CohortSummary` gathers screening
results one at a time, in memory that does not grow with the number of patients (only the table
of patients grows, up to a limit), and :func:`render_cohort_report` shows the verdict counts,
every criterion's outcomes, the attrition funnel in protocol order, what each criterion excludes
on its own, the data most often missing and the patients with what decided them.

The wording is here; the Jinja templates ``report_*.j2`` arrange it. HTML is autoescaped (the
templates switch autoescaping on themselves) and Markdown goes through the ``md`` filter, so text
from a criteria file or a patient record is never taken as markup.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Literal

from eligo.documents.render import environment
from eligo.errors import RecordProblem
from eligo.evaluate.evidence import SPARED_BY, shown_attestation, to_be_attested
from eligo.evaluate.results import CriterionResult, Evidence, Outcome, PatientResult, Verdict, verdict
from eligo.evaluate.trial import CompiledTrial
from eligo.language import nodes as n
from eligo.language.phrases import value_type_words
from eligo.language.program import Program
from eligo.language.temporal import DateLike
from eligo.records.model import Patient
from eligo.sources.reader import read_patients

__all__ = [
    "REPORT_FORMATS",
    "CohortSummary",
    "FunnelStep",
    "PatientRow",
    "ReportFormat",
    "render_cohort_report",
    "render_patient_report",
    "summarize",
]

ReportFormat = Literal["html", "md"]
REPORT_FORMATS: tuple[ReportFormat, ...] = ("html", "md")

#: How a criterion's outcome bears on eligibility.
Effect = Literal["pass", "fail", "unknown", "na"]

VERDICT_WORDS: dict[Verdict, str] = {"eligible": "Eligible", "ineligible": "Ineligible", "undetermined": "Undetermined"}
VERDICT_SENTENCES: dict[Verdict, str] = {
    "eligible": "Every inclusion criterion is met or does not apply, and no exclusion criterion applies.",
    "ineligible": "The patient cannot enter the trial: an inclusion criterion is not met or an exclusion criterion applies.",
    "undetermined": "Nothing found so far rules the patient out, but some criteria cannot be decided "
    "until the data listed below are collected.",
}
OUTCOME_WORDS: dict[str, dict[Outcome, str]] = {
    "include": {
        "met": "Met",
        "not_met": "Not met: the patient is ineligible",
        "unknown": "Unknown: data needed",
        "not_applicable": "Not applicable",
    },
    "exclude": {
        "met": "Met: the patient is excluded",
        "not_met": "Not met",
        "unknown": "Unknown: data needed",
        "not_applicable": "Not applicable",
    },
}
SECTIONS = (
    (
        "include",
        "Inclusion criteria",
        "The patient may enter the trial only if every inclusion criterion is met or does not apply.",
    ),
    (
        "exclude",
        "Exclusion criteria",
        "The patient may not enter the trial if any exclusion criterion is met: here “met” means the patient "
        "has what excludes them.",
    ),
)
EVIDENCE_INTRO = (
    "Evidence: the records the answer rests on. A record “spared by except” matches the criterion "
    "but one of its exceptions sets it aside."
)
NO_EVIDENCE = "No patient record bears on this answer."
ATTESTED_INTRO = (
    "No data source holds these facts: the investigator confirms each one. Tick the box once the "
    "recorded value has been checked against the source documents."
)
SIGN_OFF_INTRO = "I confirm that I have checked the outcomes above against the patient's source documents."
ATTESTED_STATUS = {
    "recorded": "Recorded",
    "unusable": "Recorded, but not usable: record it again",
    "needed": "Not recorded: needed to decide",
    "absent": "Not recorded",
    "unused": "Not used for this result",
}
COLLECT_INTRO = "To decide the undetermined criteria, collect:"
FOOTER_NOTE = (
    "The outcomes are computed from the patient record; check them against the source documents before signing."
)

COHORT_TEXT = {
    "funnel": "Each criterion is applied in turn, in protocol order (inclusions, then exclusions, as listed). A "
    "patient leaves the funnel at the first criterion that rules them out: an inclusion not met or an exclusion "
    "met. “Undetermined so far” counts the remaining patients with an unknown answer for a criterion applied so "
    "far: collecting their data may still rule them out.",
    "alone": "“Alone excludes” counts the patients ruled out by this criterion and by no other: every other "
    "criterion is met or not applicable (for an inclusion), not met or not applicable (for an exclusion). They "
    "would be eligible but for this criterion.",
    "criteria": "Patients by the outcome of each criterion. For an exclusion, “met” means the patient has what "
    "excludes them. “Rules out” counts the patients the criterion makes ineligible, whatever the others say.",
    "missing": "Among the undetermined patients, the data items most often missing, with the number of patients "
    "lacking each.",
    "patients": "Each patient's verdict and the criteria that decided it: for an ineligible patient the criteria "
    "that rule them out, for an undetermined one the criteria still unknown.",
    "rejected": "These records could not be screened (invalid JSON, a field the record format does not allow, a "
    "value no patient can have, a repeated patient id); they are not in any count above except this one. "
    "A problem with a file's structure (an array not closed, a stray comma) is listed here too, but is not a record.",
    "no_missing": "No undetermined patient, or no missing data recorded.",
    "missing_unrecorded": "Not available from the SQL back end, which gives each criterion's outcome but not the "
    "data behind it: `eligo report` or `eligo eval --explain` on the patient records lists the missing data.",
}


def _one_line(text: object) -> str:
    """Text on one line, runs of white space made single spaces (safe in a Markdown table cell)."""
    return " ".join(str(text).split())


def _optional_line(text: object | None) -> str:
    """Like :func:`_one_line`, with ``None`` as the empty string."""
    return "" if text is None else _one_line(text)


def effect(polarity: str, outcome: Outcome) -> Effect:
    """Whether an outcome lets the patient through (``pass``), rules them out (``fail``), or neither.

    >>> effect("include", "not_met"), effect("exclude", "met"), effect("exclude", "not_met")
    ('fail', 'fail', 'pass')
    """
    if outcome == "unknown":
        return "unknown"
    if outcome == "not_applicable":
        return "na"
    fails = (polarity == "include") == (outcome == "not_met")
    return "fail" if fails else "pass"


def _check_format(fmt: str) -> None:
    """Raise :class:`ValueError` for a format other than ``html`` or ``md``."""
    if fmt not in REPORT_FORMATS:
        raise ValueError(f"unknown report format {fmt!r}; choose one of {', '.join(REPORT_FORMATS)}")


def _trial_context(program: Program) -> dict[str, Any]:
    trial = program.trial
    return {
        "registry_id": _one_line(trial.registry_id) if trial else "",
        "title": _one_line(trial.title) if trial else _one_line(program.document.path),
    }


def _protocol_order(program: Program) -> tuple[n.Criterion, ...]:
    """Inclusions, then exclusions, each as listed in the criteria file."""
    return program.inclusions + program.exclusions


# --- one patient ------------------------------------------------------------------------------


def _evidence_row(e: Evidence) -> dict[str, Any]:
    return {
        "record": _one_line(e.record),
        "code": _optional_line(e.code),
        "display": _optional_line(e.display),
        "date": _optional_line(e.date),
        "value": _optional_line(e.value),
        "note": _one_line(e.note),
        "spared": e.note.startswith(SPARED_BY),
    }


def _criterion_context(c: CriterionResult, source: n.Criterion | None) -> dict[str, Any]:
    return {
        "id": _one_line(c.id),
        "title": _one_line(c.title),
        "polarity": c.polarity,
        "outcome": c.outcome,
        "outcome_words": OUTCOME_WORDS[c.polarity][c.outcome],
        "effect": effect(c.polarity, c.outcome),
        "text": _one_line(source.text) if source is not None and source.text else "",
        "reason": _one_line(c.reason),
        "evidence": [_evidence_row(e) for e in c.evidence],
        "missing": [_one_line(m) for m in c.missing],
    }


def _attested_context(result: PatientResult, program: Program, patient: Patient | None) -> list[dict[str, Any]]:
    """Each attested item the criteria use: who uses it, and the value recorded, if any."""
    used_by: dict[str, list[str]] = {}
    for criterion in _protocol_order(program):
        for name in program.attested_in(criterion.body):
            used_by.setdefault(name, []).append(criterion.id)
    evidence = {e.display: e for c in result.criteria for e in c.evidence if e.record == "attestation" and e.display}
    missing = {m for c in result.criteria for m in c.missing}
    items = []
    for name, criteria in used_by.items():
        item = program.attested[name]
        value = date_text = recorded_by = ""
        recorded = patient.attestations.get(name) if patient is not None else None
        if recorded is not None:
            value, date_text = _one_line(shown_attestation(recorded)), _optional_line(recorded.date)
            recorded_by = _optional_line(recorded.recorded_by)
        elif item.title in evidence:
            seen = evidence[item.title]
            value, date_text = _optional_line(seen.value), _optional_line(seen.date)
        needed = any(m.startswith(to_be_attested(item.title)) for m in missing)
        if value:
            status = ATTESTED_STATUS["unusable" if needed else "recorded"]
        else:
            status = ATTESTED_STATUS["needed" if needed else "absent" if patient is not None else "unused"]
        items.append(
            {
                "title": _one_line(item.title),
                "type": value_type_words(item.value_type),
                "used_by": criteria,
                "value": value,
                "date": date_text,
                "recorded_by": recorded_by,
                "status": status,
            }
        )
    return items


def patient_context(
    result: PatientResult, program: Program, evaluated_on: date, patient: Patient | None = None
) -> dict[str, Any]:
    """Everything the patient checklist shows, as plain data."""
    if result.fingerprint != program.fingerprint:
        raise ValueError(
            f"the result was screened with criteria {result.fingerprint}, not with these ({program.fingerprint})"
        )
    by_id = {c.id: c for c in result.criteria}
    sources = {c.id: c for c in program.criteria}
    order = [c.id for c in _protocol_order(program) if c.id in by_id]
    order += [c.id for c in result.criteria if c.id not in sources]
    criteria = [_criterion_context(by_id[i], sources.get(i)) for i in order]
    deciding = [c for c in criteria if c["effect"] == ("fail" if result.verdict == "ineligible" else "unknown")]
    return {
        "trial": _trial_context(program),
        "patient_id": _one_line(result.patient_id),
        "verdict": result.verdict,
        "verdict_words": VERDICT_WORDS[result.verdict],
        "verdict_sentence": VERDICT_SENTENCES[result.verdict],
        "deciding_heading": {
            "eligible": "",
            "ineligible": "Decided by",
            "undetermined": "Not yet decided",
        }[result.verdict],
        "deciding": [] if result.verdict == "eligible" else deciding,
        "sections": [
            {"heading": heading, "intro": intro, "criteria": [c for c in criteria if c["polarity"] == polarity]}
            for polarity, heading, intro in SECTIONS
        ],
        "evidence_intro": EVIDENCE_INTRO,
        "no_evidence": NO_EVIDENCE,
        "attested_intro": ATTESTED_INTRO,
        "sign_off_intro": SIGN_OFF_INTRO,
        "collect_intro": COLLECT_INTRO,
        "footer_note": FOOTER_NOTE,
        "missing": [_one_line(m) for m in result.missing],
        "attested": _attested_context(result, program, patient),
        "fingerprint": result.fingerprint,
        "evaluated_on": evaluated_on.isoformat(),
    }


def render_patient_report(
    result: PatientResult,
    program: Program,
    fmt: ReportFormat,
    evaluated_on: date,
    *,
    patient: Patient | None = None,
) -> str:
    """One patient's screening checklist, in ``html`` (standalone, printable) or ``md``.

    ``program`` must be the criteria the result was screened with (same fingerprint). Given the
    ``patient`` record, the checklist shows every attested value recorded; without it, those
    the screening used.
    """
    _check_format(fmt)
    template = environment().get_template(f"report_patient.{fmt}.j2")
    return template.render(**patient_context(result, program, evaluated_on, patient))


# --- a cohort ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FunnelStep:
    """One step of the attrition funnel: a criterion applied after all those before it."""

    criterion_id: str | None
    """``None`` for the start: every evaluated patient."""
    title: str
    polarity: Literal["include", "exclude"] | None
    removed: int
    """Patients this criterion is the first to rule out (in protocol order)."""
    remaining: int
    """Patients no criterion so far rules out."""
    undetermined: int
    """Of those remaining, patients with an unknown answer for a criterion applied so far."""


@dataclass(frozen=True, slots=True)
class PatientRow:
    """One patient in the cohort's table: the verdict and the criteria that decided it."""

    patient_id: str
    verdict: Verdict
    deciding: tuple[str, ...]
    """Ineligible: the criteria that rule the patient out; undetermined: those still unknown."""


class _HeavyHitters:
    """Approximate counts of the most frequent items, in bounded memory (Misra–Gries).

    Counts are exact while fewer than ``capacity`` distinct items have been seen. Past that, the
    rarer half is dropped and the others lowered by the count of the median item; every count
    shown is then low by at most :attr:`error`.
    """

    def __init__(self, capacity: int) -> None:
        self.capacity = max(capacity, 2)
        self.counts: dict[str, int] = {}
        self.error = 0

    def add(self, item: str) -> None:
        counts = self.counts
        counts[item] = counts.get(item, 0) + 1
        if len(counts) > self.capacity:
            cut = sorted(counts.values(), reverse=True)[self.capacity // 2]
            self.error += cut
            self.counts = {k: v - cut for k, v in counts.items() if v > cut}

    def most_common(self, count: int) -> list[tuple[str, int]]:
        return sorted(self.counts.items(), key=lambda kv: (-kv[1], kv[0]))[:count]


class CohortSummary:
    """What the screening of many patients adds up to, gathered one result at a time.

    Memory does not grow with the number of patients: per criterion there are a few counters,
    the missing data items are counted in a bounded table, and the table of patients keeps the
    first ``row_limit`` rows (:attr:`rows_left_out` counts the others). Rejected records are
    counted, and the first ``problem_limit`` of them kept for the report.

    >>> import eligo
    >>> trial = eligo.load("criteria/nct05238363.elig")  # doctest: +SKIP
    >>> summary = CohortSummary(trial.program)  # doctest: +SKIP
    >>> summary.add(trial.evaluate({"id": "P1"}))  # doctest: +SKIP
    >>> summary.undetermined  # doctest: +SKIP
    1
    """

    def __init__(
        self,
        program: Program,
        *,
        row_limit: int = 1000,
        missing_capacity: int = 10_000,
        problem_limit: int = 20,
        source: str | None = None,
        missing_recorded: bool = True,
    ) -> None:
        order = _protocol_order(program)
        self.fingerprint = program.fingerprint
        self.source = source
        #: whether the results carry their missing data (the SQL back end gives outcomes only)
        self.missing_recorded = missing_recorded
        self.criteria: tuple[tuple[str, Literal["include", "exclude"], str], ...] = tuple(
            (c.id, c.polarity, c.title) for c in order
        )
        self._index = {c.id: i for i, c in enumerate(order)}
        size = len(order)
        self.outcomes: dict[str, Counter[Outcome]] = {c.id: Counter() for c in order}
        self.verdicts: Counter[Verdict] = Counter()
        self.rejected = 0
        self.broken_files = 0
        self.problems: list[str] = []
        self.problem_limit = problem_limit
        self.rows: list[PatientRow] = []
        self.row_limit = row_limit
        self.rows_left_out = 0
        self._removed = [0] * size
        self._undetermined_delta = [0] * (size + 1)
        self._alone = [0] * size
        self._missing = _HeavyHitters(missing_capacity)

    # --- gathering

    def add(self, result: PatientResult) -> None:
        """Count one patient's screening result (screened with this summary's criteria)."""
        if result.fingerprint != self.fingerprint:
            raise ValueError(f"patient {result.patient_id} was screened with other criteria ({result.fingerprint})")
        answers: list[CriterionResult | None] = [None] * len(self.criteria)
        for c in result.criteria:
            position = self._index.get(c.id)
            if position is None or answers[position] is not None:
                raise ValueError(f"patient {result.patient_id}: unexpected criterion {c.id!r} in the result")
            answers[position] = c
        if any(a is None for a in answers):
            raise ValueError(f"patient {result.patient_id}: the result lacks some of the criteria")
        fails: list[int] = []
        unknowns: list[int] = []
        for position, answer in enumerate(answers):
            assert answer is not None
            self.outcomes[answer.id][answer.outcome] += 1
            kind = effect(answer.polarity, answer.outcome)
            if kind == "fail":
                fails.append(position)
            elif kind == "unknown":
                unknowns.append(position)
        decision = verdict((a.polarity, a.outcome) for a in answers if a is not None)
        if decision != result.verdict:
            raise ValueError(f"patient {result.patient_id}: verdict {result.verdict} does not follow from the outcomes")
        self.verdicts[decision] += 1
        end = fails[0] if fails else len(self.criteria)
        if fails:
            self._removed[fails[0]] += 1
        if unknowns and unknowns[0] < end:
            self._undetermined_delta[unknowns[0]] += 1
            self._undetermined_delta[end] -= 1
        if len(fails) == 1 and not unknowns:
            self._alone[fails[0]] += 1
        for item in dict.fromkeys(result.missing):
            self._missing.add(item)
        if len(self.rows) < self.row_limit:
            chosen = fails if decision == "ineligible" else unknowns if decision == "undetermined" else []
            self.rows.append(PatientRow(result.patient_id, decision, tuple(self.criteria[i][0] for i in chosen)))
        else:
            self.rows_left_out += 1

    def add_rejected(self, problem: RecordProblem | None = None) -> None:
        """Count one input record that could not be screened (or, for a problem with a file's
        structure, one broken file: listed with the rejected records, not counted as a record)."""
        if problem is None or problem.counts_as_record:
            self.rejected += 1
        else:
            self.broken_files += 1
        if problem is not None and len(self.problems) < self.problem_limit:
            self.problems.append(problem.render())

    def extend(self, results: Iterable[PatientResult]) -> None:
        """Count many results."""
        for result in results:
            self.add(result)

    # --- what it adds up to

    @property
    def eligible(self) -> int:
        """Patients found eligible."""
        return self.verdicts["eligible"]

    @property
    def ineligible(self) -> int:
        """Patients found ineligible."""
        return self.verdicts["ineligible"]

    @property
    def undetermined(self) -> int:
        """Patients found undetermined."""
        return self.verdicts["undetermined"]

    @property
    def evaluated(self) -> int:
        """Patients screened (records read and valid)."""
        return self.eligible + self.ineligible + self.undetermined

    @property
    def total(self) -> int:
        """Input records: screened and rejected."""
        return self.evaluated + self.rejected

    def funnel(self) -> list[FunnelStep]:
        """The attrition funnel: the start, then each criterion in protocol order.

        A patient is removed at the first criterion (inclusions, then exclusions, as listed) that
        rules them out: an inclusion not met or an exclusion met. Each step's removed and
        remaining add up to the previous step's remaining, and the last remaining are the
        eligible and undetermined patients.
        """
        steps = [FunnelStep(None, "Patients screened", None, 0, self.evaluated, 0)]
        remaining = self.evaluated
        undetermined = 0
        for position, (cid, polarity, title) in enumerate(self.criteria):
            remaining -= self._removed[position]
            undetermined += self._undetermined_delta[position]
            steps.append(FunnelStep(cid, title, polarity, self._removed[position], remaining, undetermined))
        return steps

    def excluded_alone(self) -> dict[str, int]:
        """For each criterion, the patients it alone rules out: it fails and every other criterion passes.

        Passing means met or not applicable for an inclusion, not met or not applicable for an
        exclusion; these patients would be eligible but for this one criterion.
        """
        return {cid: self._alone[i] for i, (cid, _, _) in enumerate(self.criteria)}

    def failing(self, criterion_id: str) -> int:
        """Patients this criterion rules out (whatever the other criteria say)."""
        polarity = self.criteria[self._index[criterion_id]][1]
        return self.outcomes[criterion_id]["not_met" if polarity == "include" else "met"]

    def top_missing(self, count: int = 10) -> list[tuple[str, int]]:
        """The data items most often missing, with the number of undetermined patients lacking each."""
        return self._missing.most_common(count)

    @property
    def missing_error(self) -> int:
        """How much a count of :meth:`top_missing` may be low by (0: the counts are exact)."""
        return self._missing.error


def summarize(
    trial: CompiledTrial,
    patients_path: str | os.PathLike[str],
    index_dates: Mapping[str, DateLike] | None = None,
    *,
    row_limit: int = 1000,
    source: str | None = None,
) -> CohortSummary:
    """Screen every record of a file or directory (streamed) and summarize; bad records count as
    rejected. ``source`` names the input in the report (default: the path as given)."""
    source = os.fspath(patients_path) if source is None else source
    summary = CohortSummary(trial.program, row_limit=row_limit, source=source)
    for item in read_patients(Path(patients_path), index_dates=index_dates):
        if isinstance(item, RecordProblem):
            summary.add_rejected(item)
        else:
            summary.add(trial.evaluate(item.patient, index_dates, explain=True))
    return summary


def _number(value: int) -> str:
    return f"{value:,}"


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "–"


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# Geometry of the funnel chart, in SVG user units.
CHART_WIDTH = 760
CHART_LABEL_WIDTH = 300
CHART_BAR_WIDTH = 300
CHART_ROW = 26
CHART_BAR = 16
CHART_TOP = 30
CHART_LABEL_CHARACTERS = 42


def _chart(steps: Sequence[FunnelStep]) -> dict[str, Any]:
    """The funnel as bars: one per step, widths in proportion to the patients remaining."""
    start = steps[0].remaining if steps else 0
    scale = CHART_BAR_WIDTH / start if start else 0.0
    bars = []
    for row, step in enumerate(steps):
        y = CHART_TOP + row * CHART_ROW
        width = step.remaining * scale
        unsure = step.undetermined * scale
        label = "All screened patients" if step.criterion_id is None else f"{step.criterion_id} {step.title}"
        value = f"{_number(step.remaining)}"
        if step.criterion_id is not None:
            value += f" (−{_number(step.removed)})" if step.removed else ""
        bars.append(
            {
                "y": y,
                "text_y": y + CHART_BAR - 4,
                "label": _cut(_one_line(label), CHART_LABEL_CHARACTERS),
                "full_label": _one_line(label),
                "decided_width": round(width - unsure, 2),
                "undetermined_x": round(CHART_LABEL_WIDTH + width - unsure, 2),
                "undetermined_width": round(unsure, 2),
                "value_x": round(CHART_LABEL_WIDTH + width + 6, 2),
                "value": value,
            }
        )
    return {
        "width": CHART_WIDTH,
        "height": CHART_TOP + len(steps) * CHART_ROW + 8,
        "bar_x": CHART_LABEL_WIDTH,
        "bar_height": CHART_BAR,
        "label_x": CHART_LABEL_WIDTH - 8,
        "axis_height": len(steps) * CHART_ROW,
        "bars": bars,
        "legend": [
            {"x": CHART_LABEL_WIDTH, "kind": "decided", "text": "remaining, no unknown answer so far"},
            {"x": CHART_LABEL_WIDTH + 240, "kind": "undetermined", "text": "remaining, some answer unknown"},
        ],
        "description": "Attrition funnel: patients remaining after each criterion in protocol order. "
        + "; ".join(f"{b['full_label']}: {b['value']}" for b in bars),
    }


def cohort_context(summary: CohortSummary, program: Program, evaluated_on: date | None = None) -> dict[str, Any]:
    """Everything the cohort report shows, as plain data."""
    if summary.fingerprint != program.fingerprint:
        raise ValueError(f"the summary is of criteria {summary.fingerprint}, not of these ({program.fingerprint})")
    evaluated = summary.evaluated
    steps = summary.funnel()
    alone = summary.excluded_alone()
    verdict_rows = [
        {"label": "Eligible", "kind": "eligible", "count": _number(summary.eligible), "percent": _percent(summary.eligible, evaluated)},
        {"label": "Ineligible", "kind": "ineligible", "count": _number(summary.ineligible), "percent": _percent(summary.ineligible, evaluated)},
        {"label": "Undetermined", "kind": "undetermined", "count": _number(summary.undetermined), "percent": _percent(summary.undetermined, evaluated)},
    ]  # fmt: skip
    funnel = [
        {
            "step": number,
            "id": _one_line(step.criterion_id or ""),
            "title": _one_line(step.title),
            "polarity": {"include": "inclusion", "exclude": "exclusion", None: ""}[step.polarity],
            "removed": _number(step.removed) if step.criterion_id is not None else "",
            "remaining": _number(step.remaining),
            "remaining_percent": _percent(step.remaining, evaluated),
            "undetermined": _number(step.undetermined),
            "alone": _number(alone[step.criterion_id]) if step.criterion_id is not None else "",
        }
        for number, step in enumerate(steps)
    ]
    criteria = [
        {
            "id": _one_line(cid),
            "title": _one_line(title),
            "polarity": "inclusion" if polarity == "include" else "exclusion",
            "met": _number(summary.outcomes[cid]["met"]),
            "not_met": _number(summary.outcomes[cid]["not_met"]),
            "unknown": _number(summary.outcomes[cid]["unknown"]),
            "not_applicable": _number(summary.outcomes[cid]["not_applicable"]),
            "failing": _number(summary.failing(cid)),
            "alone": _number(alone[cid]),
        }
        for cid, polarity, title in summary.criteria
    ]
    error = summary.missing_error
    return {
        "trial": _trial_context(program),
        "source": _one_line(summary.source) if summary.source else "",
        "evaluated_on": evaluated_on.isoformat() if evaluated_on else "",
        "total": _number(summary.total),
        "evaluated": _number(evaluated),
        "rejected": _number(summary.rejected),
        "verdicts": verdict_rows,
        "funnel": funnel,
        "final_remaining": _number(steps[-1].remaining),
        "chart": _chart(steps),
        "criteria": criteria,
        "missing": [{"item": _one_line(item), "count": _number(count)} for item, count in summary.top_missing(10)],
        "no_missing": COHORT_TEXT["no_missing" if summary.missing_recorded else "missing_unrecorded"],
        "missing_note": (
            f"Counts may be low by up to {_number(error)}: more distinct items were seen than are counted exactly."
            if error
            else ""
        ),
        "rows": [
            {
                "patient_id": _one_line(row.patient_id),
                "verdict": row.verdict,
                "verdict_words": VERDICT_WORDS[row.verdict],
                "deciding": [_one_line(i) for i in row.deciding],
            }
            for row in summary.rows
        ],
        "rows_left_out": _number(summary.rows_left_out) if summary.rows_left_out else "",
        "problems": [_one_line(p) for p in summary.problems],
        "problems_left_out": _number(left_out)
        if (left_out := summary.rejected + summary.broken_files - len(summary.problems))
        else "",
        "fingerprint": summary.fingerprint,
        "text": COHORT_TEXT,
    }


def render_cohort_report(
    summary: CohortSummary, program: Program, fmt: ReportFormat, *, evaluated_on: date | None = None
) -> str:
    """The cohort's screening report in ``html`` (standalone, with an SVG funnel) or ``md``."""
    _check_format(fmt)
    template = environment().get_template(f"report_cohort.{fmt}.j2")
    return template.render(**cohort_context(summary, program, evaluated_on))
