"""Strings from patient records that reach a document as evidence: escaped like everything else.

tests/test_render.py and tests/test_report.py cover the criteria's strings (titles, wording,
notes, sources, displays) and the patient id, displays and recorder; this file covers what the
evidence shows: text values of observations, codes' displays, attested text values, and a cohort
file's name, each with markup and template syntax in it; and a unit no one knows, which makes its
record a problem the cohort report lists among the rejected records.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from markupsafe import escape

import eligo
from eligo.documents.checklist import render_patient_report
from eligo.documents.cohort import render_cohort_report
from eligo.documents.render import markdown_escape
from eligo.documents.summary import CohortSummary
from eligo.errors import RecordProblem
from eligo.sources.reader import read_patients

from .htmlcheck import check_html

PAYLOAD = '<script>alert(1)</script> "><img src=x onerror=alert(1)> {{ 7*7 }} {% raw %}'
KINDS = ("value", "display", "attested", "recorder", "file")


def payload(kind: str) -> str:
    return f"{PAYLOAD} ({kind})"


CRITERIA = """\
trial T1 "t"
  reference d "day"

measure finding "Finding": text
  LOCAL finding "Finding"

measure hb "Haemoglobin": g/dL
  LOCAL hb "Haemoglobin"

attested comment "Investigator's comment": text

include I1 "A finding"
  latest finding within 30 days before d != "nothing"

include I2 "Haemoglobin"
  latest hb within 30 days before d >= 9 g/dL

include I3 "Commented"
  comment != "nothing"
"""


def test_evidence_values_from_records_are_escaped(tmp_path: Path) -> None:
    path = tmp_path / "t.elig"
    path.write_text(CRITERIA)
    trial = eligo.load(path)
    finding = {"system": "LOCAL", "code": "finding", "display": payload("display")}
    patient = {
        "id": "P1",
        "dates": {"d": "2026-03-02"},
        "observations": [
            {"code": finding, "date": "2026-03-01", "value": payload("value")},
            {"code": {"system": "LOCAL", "code": "hb"}, "date": "2026-03-01", "value": 12, "unit": "g/dL"},
        ],
        "attestations": {"comment": {"value": payload("attested"), "recorded_by": payload("recorder")}},
    }
    result = trial.evaluate(patient)
    assert [c.outcome for c in result.criteria] == ["met", "met", "met"]
    assert any(payload("value") in (e.value or "") for c in result.criteria for e in c.evidence)  # it is evidence
    bad_unit = {**patient, "id": "P2", "observations": [{**patient["observations"][1], "unit": payload("unit")}]}
    records = tmp_path / "p.jsonl"
    records.write_text(json.dumps(bad_unit) + "\n", encoding="utf-8")
    (problem,) = read_patients(records)  # a unit no one knows: the record is a problem
    assert isinstance(problem, RecordProblem)
    assert "unknown unit '<script>" in problem.render()
    summary = CohortSummary(trial.program, source=payload("file"))
    summary.add(result)
    summary.add_rejected(problem)
    record = eligo.Patient.model_validate(patient)
    day = date(2026, 3, 2)
    html = [
        render_patient_report(result, trial.program, "html", day, patient=record),
        render_cohort_report(summary, trial.program, "html", evaluated_on=day),
    ]
    for document in html:
        check_html(document)
        assert "<script" not in document.lower() and "<img" not in document.lower()
    shown = {kind for kind in KINDS for document in html if str(escape(payload(kind))) in document}
    assert shown == set(KINDS)
    assert str(escape(" ".join(problem.render().split()))) in html[1]
    markdown = [
        render_patient_report(result, trial.program, "md", day, patient=record),
        render_cohort_report(summary, trial.program, "md", evaluated_on=day),
    ]
    for document in markdown:
        assert "<script" not in document and "<img" not in document
    assert {kind for kind in KINDS for document in markdown if markdown_escape(payload(kind)) in document} == shown
    assert markdown_escape(" ".join(problem.render().split())) in markdown[1]
