"""A screened cohort's report: the verdict counts, every criterion's outcomes, the attrition funnel
in protocol order (a table and an SVG chart), what each criterion excludes on its own, the data
most often missing and the patients with what decided them.

:func:`render_cohort_report` shows a :class:`~eligo.documents.summary.CohortSummary`; the wording
is here, the templates ``report_cohort.*.j2`` arrange it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from eligo.documents.render import environment, words
from eligo.documents.report import VERDICT_WORDS, ReportFormat, check_format, one_line, trial_context
from eligo.documents.said_zh import LANG as LANG_ZH
from eligo.documents.said_zh import SaidZh
from eligo.documents.summary import CohortSummary, FunnelStep
from eligo.language.messages import date_text
from eligo.language.program import Program

__all__ = ["COHORT_MESSAGES", "COHORT_TEXT", "cohort_context", "render_cohort_report"]

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


ALL_SCREENED = "All screened patients"
#: the title of the funnel's first step (:meth:`CohortSummary.funnel`)
FUNNEL_START = "Patients screened"
LEGEND = ("remaining, no unknown answer so far", "remaining, some answer unknown")
CHART_DESCRIPTION = "Attrition funnel: patients remaining after each criterion in protocol order. {steps}"
POLARITY_WORDS = {"include": "inclusion", "exclude": "exclusion"}
MISSING_NOTE = "Counts may be low by up to {n}: more distinct items were seen than are counted exactly."
#: every sentence of the cohort report chosen here (the catalogue test asks each of its translation)
COHORT_MESSAGES = (
    *COHORT_TEXT.values(), ALL_SCREENED, *LEGEND, CHART_DESCRIPTION, *POLARITY_WORDS.values(), MISSING_NOTE,
    *VERDICT_WORDS.values(), "{label}: {value}", "; ", FUNNEL_START,
)  # fmt: skip


def _chart(steps: Sequence[FunnelStep], lang: str = "en") -> dict[str, Any]:
    """The funnel as bars: one per step, widths in proportion to the patients remaining."""
    start = steps[0].remaining if steps else 0
    scale = CHART_BAR_WIDTH / start if start else 0.0
    bars = []
    for row, step in enumerate(steps):
        y = CHART_TOP + row * CHART_ROW
        width = step.remaining * scale
        unsure = step.undetermined * scale
        label = words(lang, ALL_SCREENED) if step.criterion_id is None else f"{step.criterion_id} {step.title}"
        value = f"{_number(step.remaining)}"
        if step.criterion_id is not None:
            value += f" (−{_number(step.removed)})" if step.removed else ""
        bars.append(
            {
                "y": y,
                "text_y": y + CHART_BAR - 4,
                "label": _cut(one_line(label), CHART_LABEL_CHARACTERS),
                "full_label": one_line(label),
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
            {"x": CHART_LABEL_WIDTH, "kind": "decided", "text": words(lang, LEGEND[0])},
            {"x": CHART_LABEL_WIDTH + 240, "kind": "undetermined", "text": words(lang, LEGEND[1])},
        ],
        "description": words(
            lang,
            CHART_DESCRIPTION,
            steps=words(lang, "; ").join(
                words(lang, "{label}: {value}", label=str(b["full_label"]), value=str(b["value"])) for b in bars
            ),
        ),
    }


def cohort_context(
    summary: CohortSummary, program: Program, evaluated_on: date | None = None, lang: str = "en"
) -> dict[str, Any]:
    """Everything the cohort report shows, as plain data, in ``lang``."""
    if summary.fingerprint != program.fingerprint:
        raise ValueError(f"the summary is of criteria {summary.fingerprint}, not of these ({program.fingerprint})")
    evaluated = summary.evaluated
    said = SaidZh(program).text if lang == LANG_ZH else str  # the evaluator's words (missing data)
    steps = summary.funnel()
    alone = summary.excluded_alone()
    verdict_rows = [
        {"label": words(lang, "Eligible"), "kind": "eligible", "count": _number(summary.eligible), "percent": _percent(summary.eligible, evaluated)},
        {"label": words(lang, "Ineligible"), "kind": "ineligible", "count": _number(summary.ineligible), "percent": _percent(summary.ineligible, evaluated)},
        {"label": words(lang, "Undetermined"), "kind": "undetermined", "count": _number(summary.undetermined), "percent": _percent(summary.undetermined, evaluated)},
    ]  # fmt: skip
    funnel = [
        {
            "step": number,
            "id": one_line(step.criterion_id or ""),
            "title": one_line(step.title) if step.criterion_id is not None else words(lang, step.title),
            "polarity": words(lang, POLARITY_WORDS[step.polarity]) if step.polarity else "",
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
            "id": one_line(cid),
            "title": one_line(title),
            "polarity": words(lang, POLARITY_WORDS[polarity]),
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
        "trial": trial_context(program),
        "source": one_line(summary.source) if summary.source else "",
        "evaluated_on": ""
        if evaluated_on is None
        else date_text(lang, evaluated_on.isoformat())
        if lang != "en"
        else evaluated_on.isoformat(),
        "total": _number(summary.total),
        "evaluated": _number(evaluated),
        "rejected": _number(summary.rejected),
        "verdicts": verdict_rows,
        "funnel": funnel,
        "final_remaining": _number(steps[-1].remaining),
        "chart": _chart(steps, lang),
        "criteria": criteria,
        "missing": [{"item": one_line(said(item)), "count": _number(count)} for item, count in summary.top_missing(10)],
        "no_missing": words(lang, COHORT_TEXT["no_missing" if summary.missing_recorded else "missing_unrecorded"]),
        "missing_note": words(lang, MISSING_NOTE, n=_number(error)) if error else "",
        "rows": [
            {
                "patient_id": one_line(row.patient_id),
                "verdict": row.verdict,
                "verdict_words": words(lang, VERDICT_WORDS[row.verdict]),
                "deciding": [one_line(i) for i in row.deciding],
            }
            for row in summary.rows
        ],
        "rows_left_out": _number(summary.rows_left_out) if summary.rows_left_out else "",
        "problems": [one_line(p) for p in summary.problems],
        "problems_left_out": _number(left_out)
        if (left_out := summary.rejected + summary.broken_files - len(summary.problems))
        else "",
        "fingerprint": summary.fingerprint,
        "text": {key: words(lang, text) for key, text in COHORT_TEXT.items()},
    }


def render_cohort_report(
    summary: CohortSummary, program: Program, fmt: ReportFormat, *, evaluated_on: date | None = None, lang: str = "en"
) -> str:
    """The cohort's screening report in ``html`` (standalone, with an SVG funnel) or ``md``, in ``lang``."""
    check_format(fmt)
    template = environment(lang).get_template(f"report_cohort.{fmt}.j2")
    return template.render(**cohort_context(summary, program, evaluated_on, lang))
