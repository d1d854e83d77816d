"""One patient's screening checklist: the page a study coordinator prints, checks and signs.

:func:`render_patient_report` shows the verdict, every criterion's outcome with its reason,
evidence and the data still to collect, the items a clinician attests, and a sign-off block. The
wording is here; the templates ``report_patient.*.j2`` arrange it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from eligo.documents.render import author_text, environment, words
from eligo.documents.report import VERDICT_WORDS, ReportFormat, check_format, one_line, optional_line, trial_context
from eligo.documents.said_zh import LANG as LANG_ZH
from eligo.documents.said_zh import SaidZh, record_zh
from eligo.documents.summary import effect, protocol_order
from eligo.evaluate.record_facts import SPARED_BY, shown_attestation, to_be_attested
from eligo.evaluate.results import CriterionResult, Evidence, Outcome, PatientResult, Verdict
from eligo.evaluate.said import Said
from eligo.language import nodes as n
from eligo.language.messages import date_text
from eligo.language.phrases import value_type_words
from eligo.language.phrases_zh import value_type_words_zh
from eligo.language.program import Program
from eligo.records.model import Patient

__all__ = ["CHECKLIST_MESSAGES", "patient_context", "render_patient_report"]

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
DECIDING_HEADINGS: dict[Verdict, str] = {"eligible": "", "ineligible": "Decided by", "undetermined": "Not yet decided"}
#: every sentence of the checklist chosen here (the catalogue test asks each of its translation)
CHECKLIST_MESSAGES = (
    *VERDICT_SENTENCES.values(), *(w for outcome in OUTCOME_WORDS.values() for w in outcome.values()),
    *(text for _, heading, intro in SECTIONS for text in (heading, intro)), EVIDENCE_INTRO, NO_EVIDENCE,
    ATTESTED_INTRO, SIGN_OFF_INTRO, *ATTESTED_STATUS.values(), COLLECT_INTRO, FOOTER_NOTE,
    *(h for h in DECIDING_HEADINGS.values() if h), *VERDICT_WORDS.values(),
)  # fmt: skip


def _evidence_row(e: Evidence) -> dict[str, Any]:
    return {
        "record": one_line(e.record),
        "code": optional_line(e.code),
        "display": optional_line(e.display),
        "date": optional_line(e.date),
        "value": optional_line(e.value),
        "note": one_line(e.note),
        "spared": e.note.startswith(SPARED_BY),
    }


def _said_in(value: str | None, said: SaidZh | None) -> str:
    """A value the evaluator shows (an attestation's yes or no: a Said), in Chinese with ``said``;
    a value as recorded stays as written."""
    if said is not None and isinstance(value, Said):
        return one_line(said.text(value))
    return optional_line(value)


def _evidence_row_in(e: Evidence, said: SaidZh | None) -> dict[str, Any]:
    """An evidence row; in Chinese (``said``), the record's kind, date, a yes or no and the note too."""
    row = _evidence_row(e)
    if said is not None:
        row["record"] = record_zh(e.record)
        row["date"] = date_text(LANG_ZH, e.date) if e.date else ""
        row["value"] = _said_in(e.value, said)
        row["note"] = one_line(said.text(e.note))
    return row


def _criterion_context(
    c: CriterionResult, source: n.Criterion | None, lang: str = "en", said: SaidZh | None = None
) -> dict[str, Any]:
    text = source.text if source is not None and source.text else ""
    evaluator = said.text if said is not None else str
    return {
        "id": one_line(c.id),
        "title": one_line(c.title),
        "polarity": c.polarity,
        "outcome": c.outcome,
        "outcome_words": words(lang, OUTCOME_WORDS[c.polarity][c.outcome]),
        "effect": effect(c.polarity, c.outcome),
        "text": one_line(author_text(text, source.translated_text(lang), lang)) if source is not None and text else "",
        "reason": one_line(evaluator(c.reason)) if c.reason else "",
        "evidence": [_evidence_row_in(e, said) for e in c.evidence],
        "missing": [one_line(evaluator(m)) for m in c.missing],
    }


def _attested_context(
    result: PatientResult, program: Program, patient: Patient | None, lang: str = "en", said: SaidZh | None = None
) -> list[dict[str, Any]]:
    """Each attested item the criteria use: who uses it, and the value recorded, if any."""
    used_by: dict[str, list[str]] = {}
    for criterion in protocol_order(program):
        for name in program.attested_in(criterion.body):
            used_by.setdefault(name, []).append(criterion.id)
    evidence = {e.display: e for c in result.criteria for e in c.evidence if e.record == "attestation" and e.display}
    missing = {m for c in result.criteria for m in c.missing}
    items = []
    for name, criteria in used_by.items():
        item = program.attested[name]
        value = when = recorded_by = ""
        recorded = patient.attestations.get(name) if patient is not None else None
        if recorded is not None:
            value, when = _said_in(shown_attestation(recorded), said), optional_line(recorded.date)
            recorded_by = optional_line(recorded.recorded_by)
        elif item.title in evidence:
            seen = evidence[item.title]
            value, when = _said_in(seen.value, said), optional_line(seen.date)
        if said is not None and when:
            when = date_text(LANG_ZH, when)
        needed = any(m.startswith(to_be_attested(item.title)) for m in missing)
        if value:
            status = words(lang, ATTESTED_STATUS["unusable" if needed else "recorded"])
        else:
            status = words(lang, ATTESTED_STATUS["needed" if needed else "absent" if patient is not None else "unused"])
        items.append(
            {
                "title": one_line(item.title),
                "type": value_type_words(item.value_type) if lang == "en" else value_type_words_zh(item.value_type),
                "used_by": criteria,
                "value": value,
                "date": when,
                "recorded_by": recorded_by,
                "status": status,
            }
        )
    return items


def patient_context(
    result: PatientResult, program: Program, evaluated_on: date, patient: Patient | None = None, lang: str = "en"
) -> dict[str, Any]:
    """Everything the patient checklist shows, as plain data, in ``lang``."""
    if result.fingerprint != program.fingerprint:
        raise ValueError(
            f"the result was screened with criteria {result.fingerprint}, not with these ({program.fingerprint})"
        )
    by_id = {c.id: c for c in result.criteria}
    sources = {c.id: c for c in program.criteria}
    order = [c.id for c in protocol_order(program) if c.id in by_id]
    order += [c.id for c in result.criteria if c.id not in sources]
    said = SaidZh(program) if lang == LANG_ZH else None
    criteria = [_criterion_context(by_id[i], sources.get(i), lang, said) for i in order]
    deciding = [c for c in criteria if c["effect"] == ("fail" if result.verdict == "ineligible" else "unknown")]
    return {
        "trial": trial_context(program),
        "patient_id": one_line(result.patient_id),
        "verdict": result.verdict,
        "verdict_words": words(lang, VERDICT_WORDS[result.verdict]),
        "verdict_sentence": words(lang, VERDICT_SENTENCES[result.verdict]),
        "deciding_heading": words(lang, DECIDING_HEADINGS[result.verdict]) if DECIDING_HEADINGS[result.verdict] else "",
        "deciding": [] if result.verdict == "eligible" else deciding,
        "sections": [
            {
                "heading": words(lang, heading),
                "intro": words(lang, intro),
                "criteria": [c for c in criteria if c["polarity"] == polarity],
            }
            for polarity, heading, intro in SECTIONS
        ],
        "evidence_intro": words(lang, EVIDENCE_INTRO),
        "no_evidence": words(lang, NO_EVIDENCE),
        "attested_intro": words(lang, ATTESTED_INTRO),
        "sign_off_intro": words(lang, SIGN_OFF_INTRO),
        "collect_intro": words(lang, COLLECT_INTRO),
        "footer_note": words(lang, FOOTER_NOTE),
        "missing": [one_line(said.text(m) if said else m) for m in result.missing],
        "attested": _attested_context(result, program, patient, lang, said),
        "fingerprint": result.fingerprint,
        "evaluated_on": evaluated_on.isoformat() if lang == "en" else date_text(lang, evaluated_on.isoformat()),
    }


def render_patient_report(
    result: PatientResult,
    program: Program,
    fmt: ReportFormat,
    evaluated_on: date,
    *,
    patient: Patient | None = None,
    lang: str = "en",
) -> str:
    """One patient's screening checklist, in ``html`` (standalone, printable) or ``md``.

    ``program`` must be the criteria the result was screened with (same fingerprint). Given the
    ``patient`` record, the checklist shows every attested value recorded; without it, those
    the screening used.
    """
    check_format(fmt)
    template = environment(lang).get_template(f"report_patient.{fmt}.j2")
    return template.render(**patient_context(result, program, evaluated_on, patient, lang))
