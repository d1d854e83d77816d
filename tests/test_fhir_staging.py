"""The two tables of docs/fhir.md this module checks row by row: a cancer's AJCC stage group
(``Condition.stage.summary``) read as the record's ``extent``, and the SNOMED CT intents of mCODE's
intent extension read as ``treatment_intent``; what either does not map is reported, never
guessed; then screening on them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import eligo
from eligo.records.model import Patient
from eligo.sources.fhir.accounting import FhirReading
from eligo.sources.fhir.staging import STAGE_IV_IS_M1, stage_group
from eligo.sources.reader import Loaded, read_patients

SCT = "http://snomed.info/sct"
ICD = "http://hl7.org/fhir/sid/icd-10-cm"
AJCC = "http://cancerstaging.org"
INTENT = "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-procedure-intent"


def read(tmp_path: Path, *resources: dict[str, Any]) -> tuple[Patient, FhirReading]:
    patient = {"resourceType": "Patient", "id": "S1", "birthDate": "1960-01-01"}
    entries = [{"resource": r} for r in (patient, *resources)]
    path = tmp_path / "bundle.json"
    path.write_text(json.dumps({"resourceType": "Bundle", "type": "collection", "entry": entries}))
    reading = FhirReading()
    items = list(read_patients(path, fhir=reading))
    assert len(items) == 1 and isinstance(items[0], Loaded), items
    return items[0].patient, reading


def cancer(*codings: tuple[str, str], stages: list[Any], ident: str = "c1") -> dict[str, Any]:
    return {
        "resourceType": "Condition",
        "id": ident,
        "subject": {"reference": "Patient/S1"},
        "code": {"coding": [{"system": s, "code": c} for s, c in codings]},
        "onsetDateTime": "2025-06-01",
        "stage": stages,
    }


def summary(system: str, code: str) -> dict[str, Any]:
    return {"summary": {"coding": [{"system": system, "code": code}]}}


def messages(reading: FhirReading) -> str:
    return "\n".join(problem.render() for problem in reading.problems)


@pytest.mark.parametrize(
    ("written", "group"),
    [("0", "0"), ("0is", "0is"), ("0a", "0a"), ("IA1", "1"), ("2B", "2"), ("IIIC", "3"), ("3C", "3"),
     ("IV", "4"), ("IVB", "4"), ("4C", "4"), ("Stage IV", "4"), ("iv", "4"), ("V", None), ("IIID", None),
     ("T2N0M0", None), ("", None)],
)  # fmt: skip
def test_stage_groups_as_written(written: str, group: str | None) -> None:
    assert stage_group(written) == group


@pytest.mark.parametrize(
    ("codings", "stage", "extent", "reason"),
    [
        # stage 0 (Tis N0 M0) is in situ in every AJCC chapter that has it, whatever the cancer
        ([(SCT, "402815007")], "0", "in_situ", None),
        ([(ICD, "D05.10")], "0is", "in_situ", None),
        # stage IV is M1 only where the chapter says so: lung, breast, colorectum, pancreas, melanoma
        ([(SCT, "254637007"), (ICD, "C34.90")], "IV", "metastatic", None),
        ([(ICD, "C50.911")], "4", "metastatic", None),
        ([(ICD, "C18.7")], "IVC", "metastatic", None),
        ([(ICD, "C20")], "IVA", "metastatic", None),
        ([(ICD, "C25.0")], "IV", "metastatic", None),
        ([(ICD, "C43.59")], "IV", "metastatic", None),
        # cutaneous SCC of the head and neck (chapter 15): stage IV holds T4 or N3 with M0
        ([(SCT, "402815007"), (ICD, "C44.42")], "IV", None, "stage IV of C44 is not only distant metastasis"),
        ([(ICD, "C61")], "IVA", None, "stage IV of C61 is not only distant metastasis"),
        ([(SCT, "254637007")], "IV", None, "no ICD-10-CM code says which"),
        ([(ICD, "C34.90"), (ICD, "C50.911")], "IV", None, "stage IV of C34, C50"),
        ([(ICD, "C34.90")], "IIIB", None, "stage 3 says nothing of localized against locally advanced"),
        ([(ICD, "C34.90")], "IA1", None, "stage 1 says nothing"),
        ([(ICD, "C67.9")], "0a", None, "Ta, non-invasive papillary"),
        ([(ICD, "C34.90")], "VI", None, "'VI' is not an AJCC stage group"),
    ],
)
def test_stage_to_extent(
    tmp_path: Path, codings: list[tuple[str, str]], stage: str, extent: str | None, reason: str | None
) -> None:
    patient, reading = read(tmp_path, cancer(*codings, stages=[summary(AJCC, stage)]))
    [condition] = patient.conditions or []
    assert condition.extent == extent
    if reason is None:
        assert reading.problem_count == 0, messages(reading)
    else:
        assert reading.dropped[("Condition", "stage[0].summary")] == 1
        assert reason in messages(reading)


def test_every_row_of_the_stage_iv_table_is_an_icd10_category() -> None:
    assert all(len(category) == 3 and category[0] == "C" for category in STAGE_IV_IS_M1)


def test_stages_that_are_not_read(tmp_path: Path) -> None:
    """A summary in SNOMED CT (its stage-group concepts are not listed here), a stage with no
    summary, a malformed stage, and stages that disagree: no extent, each reported, and the
    condition kept with everything else."""
    patient, reading = read(
        tmp_path,
        cancer((ICD, "C34.90"), stages=[summary(SCT, "1222806003")], ident="snomed"),
        cancer((ICD, "C34.90"), stages=[{"type": {"text": "clinical"}}], ident="no-summary"),
        cancer((ICD, "C34.90"), stages=["IV"], ident="malformed"),
        cancer((ICD, "C34.90"), stages=[summary(AJCC, "0"), summary(AJCC, "IVA")], ident="disagree"),
        cancer((ICD, "C34.90"), stages=[summary(AJCC, "IVA"), summary(AJCC, "IVB")], ident="agree"),
    )
    extents = {c.id: c.extent for c in patient.conditions or []}
    assert extents == {"snomed": None, "no-summary": None, "malformed": None, "disagree": None, "agree": "metastatic"}
    text = messages(reading)
    assert "a summary with no AJCC code" in text and "no summary" in text
    assert "not a Condition.stage" in text and "stages that disagree (in_situ, metastatic)" in text
    assert reading.dropped[("Condition", "stage")] == 1 and reading.dropped[("Condition", "stage[0]")] == 1


# mCODE ProcedureIntentVS (STU2 to STU4: eight concepts) and SNOMED CT's adjuvant and neo-adjuvant
INTENTS = [("373808002", "curative"), ("363676003", "palliative"), ("399707004", "supportive"),
           ("261004008", "diagnostic"), ("129428001", "preventive"), ("429892002", "guidance"),
           ("360156006", "screening"), ("447295008", "forensic"), ("373846009", "adjuvant"),
           ("373847000", "neoadjuvant")]  # fmt: skip


def intent(code: str, system: str = SCT) -> list[dict[str, Any]]:
    return [{"url": INTENT, "valueCodeableConcept": {"coding": [{"system": system, "code": code}]}}]


@pytest.mark.parametrize(("code", "word"), INTENTS)
def test_every_intent_on_procedures_and_medications(tmp_path: Path, code: str, word: str) -> None:
    procedure = {"resourceType": "Procedure", "status": "completed", "subject": {"reference": "Patient/S1"},
                 "code": {"coding": [{"system": SCT, "code": "387713003"}]}, "performedDateTime": "2025-07-01",
                 "extension": intent(code)}  # fmt: skip
    request = {"resourceType": "MedicationRequest", "status": "completed", "intent": "order",
               "subject": {"reference": "Patient/S1"}, "authoredOn": "2025-07-01", "extension": intent(code),
               "medicationCodeableConcept": {"coding": [{"system": "http://www.whocc.no/atc", "code": "L01XC13"}]}}  # fmt: skip
    patient, reading = read(tmp_path, procedure, request)
    assert [p.treatment_intent for p in patient.procedures or []] == [word]
    assert [m.treatment_intent for m in patient.medications or []] == [word]
    assert reading.problem_count == 0, messages(reading)


def test_an_intent_without_a_word_is_reported(tmp_path: Path) -> None:
    procedure = {"resourceType": "Procedure", "status": "completed", "subject": {"reference": "Patient/S1"},
                 "code": {"coding": [{"system": SCT, "code": "387713003"}]}, "performedDateTime": "2025-07-01",
                 "extension": intent("000000")}  # fmt: skip  # a code outside the table
    local = {**procedure, "extension": intent("curative", system="https://ehr.example.org/intents")}
    patient, reading = read(tmp_path, procedure, local)
    assert [p.treatment_intent for p in patient.procedures or []] == [None, None]
    assert reading.dropped[("Procedure", "extension(treatment intent)")] == 2


SCREEN = """\
trial T_STAGE "Extent and intent from FHIR"
  reference first_dose "Day 1"

valueset lung "Lung cancer"
  source "ICD-10-CM FY2025"
  ICD10CM C34 "Malignant neoplasm of bronchus and lung"

include I1 "Metastatic lung cancer"
  exists condition in lung
    where extent is metastatic

exclude E1 "Systemic therapy other than supportive"
  exists medication
    where treatment_intent is not supportive
"""


def test_screening_reads_them(tmp_path: Path) -> None:
    criteria = tmp_path / "t.elig"
    criteria.write_text(SCREEN)
    trial = eligo.load(criteria)
    supportive = {"resourceType": "MedicationRequest", "status": "completed", "intent": "order",
                  "subject": {"reference": "Patient/S1"}, "authoredOn": "2025-07-01", "extension": intent("399707004"),
                  "medicationCodeableConcept": {"coding": [{"system": "http://www.whocc.no/atc", "code": "A04AA01"}]}}  # fmt: skip
    stage_iv = cancer((ICD, "C34.90"), stages=[summary(AJCC, "IVB")])
    patient, _ = read(tmp_path, stage_iv, supportive)
    result = trial.evaluate(patient, index_dates={"first_dose": "2026-01-05"})
    assert (result.outcome("I1"), result.outcome("E1"), result.verdict) == ("met", "not_met", "eligible")
    stage_iii = cancer((ICD, "C34.90"), stages=[summary(AJCC, "IIIA")])
    patient, _ = read(tmp_path, stage_iii, {**supportive, "extension": intent("373808002")})
    result = trial.evaluate(patient, index_dates={"first_dose": "2026-01-05"})
    assert (result.outcome("I1"), result.outcome("E1")) == ("unknown", "met")
