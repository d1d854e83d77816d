"""FHIR R4 read as patient records: our own test patients (tests/data/fhir/), written as an EHR
exports them (SNOMED CT and ICD-10-CM diagnoses, RxNorm and ATC drugs, LOINC labs with UCUM units,
mCODE profiles and extensions), mapped field by field to their conversion in Eligo's JSON
(tests/data/fhir-json/patients.jsonl, reviewed against docs/fhir.md), and screened against
NCT05238363 with exactly the verdicts and outcomes of that JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import eligo
from eligo.cli import main
from eligo.records.model import Patient
from eligo.sources.fhir.accounting import FhirReading
from eligo.sources.fhir.dates import age_date, fhir_date
from eligo.sources.fhir.resources import subject_key
from eligo.sources.fhir.structs import Quantity
from eligo.sources.reader import Loaded, read_one_patient, read_patients

from .conftest import CRITERIA, ROOT

DATA = ROOT / "tests" / "data" / "fhir"
EXPECTED = ROOT / "tests" / "data" / "fhir-json" / "patients.jsonl"
TRIAL = CRITERIA / "nct05238363.elig"
FIRST_DOSE = {"first_dose": "2026-03-02"}


def fhir_patients(path: Path = DATA, reading: FhirReading | None = None) -> dict[str, Patient]:
    found: dict[str, Patient] = {}
    for item in read_patients(path, fhir=reading):
        assert isinstance(item, Loaded), item.render()
        found[item.patient.id] = item.patient
    return found


def expected_patients() -> dict[str, Patient]:
    lines = EXPECTED.read_text().splitlines()
    return {p.id: p for p in (Patient.model_validate_json(line) for line in lines)}


def test_every_field_maps_as_the_conversion_says() -> None:
    found, expected = fhir_patients(), expected_patients()
    assert sorted(found) == sorted(expected)
    for patient_id, patient in expected.items():
        assert found[patient_id] == patient, patient_id


def test_selected_fields_by_hand() -> None:
    """The decisions of docs/fhir.md, one by one, on the test patients."""
    found = fhir_patients()
    f01, f02, f03, f04 = found["F01"], found["7a1c0f0e-0002-4e57-9b1e-000000000002"], found["F03"], found["F04"]
    cscc = f01.conditions[0]  # type: ignore[index]
    assert [(c.system, c.code) for c in cscc.code] == [("SNOMED", "402815007"), ("ICD10CM", "C44.42")]  # type: ignore[union-attr]
    assert str(cscc.onset) == "2025-09-10"  # a dateTime keeps its calendar date as written
    assert cscc.cancer == "primary" and cscc.histology is not None and cscc.histology.code == "8070/3"
    medication = f01.medications[0]  # type: ignore[index]
    assert (medication.route, medication.dose, medication.dose_unit) == ("oral", 5.0, "mg")  # contained Medication
    observations = {o.code.code: o for o in f01.observations if not isinstance(o.code, list)}  # type: ignore[union-attr]
    panel = observations["85354-9"]  # one record, its components inside it
    assert "8480-6" not in observations and panel.value is None and panel.id == "F01-bp"
    assert [(c.code.code, c.value, c.unit) for c in panel.components] == [  # type: ignore[union-attr]
        ("8480-6", 138, "mmHg"), ("8462-4", 84, "mmHg")]  # fmt: skip
    egfr = observations["33914-3"]
    assert (egfr.value, egfr.unit) == (74, "mL/min/1.73m^2")  # the {1.73_m2} annotation is kept
    hb = observations["718-7"]
    assert (hb.reference_low, hb.reference_high, hb.interpretation, hb.status) == (13.5, 17.5, "low", "final")
    stage = observations["21908-9"]  # mCODE TNMStageGroup: focused on the cancer, method AJCC 8th
    assert stage.focus == ["F01-cscc"] and stage.method.code == "897275008"  # type: ignore[union-attr]
    assert cscc.id == "F01-cscc" and f01.procedures[0].reason == ["F01-cscc"]  # type: ignore[index]  # an absolute URL
    assert medication.reason == ["F01-htn"] and medication.reason_code.code == "38341003"  # type: ignore[union-attr]
    assert f02.medications[0].reason == ["f02-cscc"]  # type: ignore[index]  # by the entry's urn:uuid fullUrl
    kidney = f02.procedures[0]  # type: ignore[index]
    assert kidney.reason is None and kidney.reason_code.code == "46177005"  # type: ignore[union-attr]  # an Observation is no reason
    assert [o.interpretation for o in f02.observations] == ["negative", None, "normal"]  # type: ignore[union-attr]
    assert f04.observations[1].status == "cancelled" and f04.observations[1].value == 3  # type: ignore[index]  # kept, not counted
    assert [m.status for m in f02.medications] == ["completed", "intended"]  # type: ignore[union-attr]
    assert f02.conditions[2].onset is None  # onsetAge 44 a spans two years for a birth on 3 November
    assert f02.conditions[3].verification == "refuted"
    assert f02.observations[0].value == "negative"  # type: ignore[index]
    assert f02.allergies[0].severity == "severe"  # type: ignore[index]
    assert f02.studies[0].code.code == "NCT01234567"  # type: ignore[index,union-attr]
    assert len(f02.procedures) == 1  # type: ignore[arg-type]  # a not-done procedure is skipped
    assert f03.observations[0].value is None  # dataAbsentReason: missing, never a value
    assert f03.observations[1].code.system == "LOCAL"  # type: ignore[union-attr]  # unknown system, no other coding
    assert f04.conditions == [] and f04.medications is None  # the Bundle holds Conditions, no medication


def test_the_accounting_adds_up() -> None:
    reading = FhirReading()
    fhir_patients(reading=reading)
    assert reading.balanced()
    assert reading.read["Observation"] == 12 and reading.mapped["Observation"] == 12  # a cancelled one too
    assert reading.records["observation"] == 12  # one record per Observation, components inside
    assert reading.skipped[("Procedure", "status not-done: not performed")] == 1
    assert reading.skipped[("Claim", "a type Eligo does not map")] == 1
    assert reading.looked_up == {"Medication": 1, "ResearchStudy": 1}
    assert reading.dropped == {
        ("Condition", "onsetAge"): 1,
        ("Observation", "component[0].interpretation"): 1,  # a component record has no interpretation
        ("Observation", "interpretation[0]"): 1,  # a local lab flag: no v3 code
        ("Observation", "valueCodeableConcept"): 1,  # stage group II of a skin SCC: not mapped to extent
        ("Procedure", "reasonReference[0]"): 1,  # names an Observation
    }
    assert reading.unknown_systems == {"https://lab.ehr.example.org/codes": 2, "http://cancerstaging.org": 1}
    text = "\n".join(reading.render())
    assert "onsetAge: age 44 a is 2023-11-03 to 2024-11-02" in text
    assert "entry[3] Condition/f02-dcis" in text
    assert "reasonReference[0]: 'urn:uuid:f02-wbc' names an Observation, not a Condition" in text


def test_collected_option_declares_kinds() -> None:
    reading = FhirReading(collected=frozenset({"medication"}))
    f04 = fhir_patients(reading=reading)["F04"]
    assert f04.medications == [] and f04.allergies is None
    with pytest.raises(ValueError, match="unknown record kind 'drugs'"):
        FhirReading(collected=frozenset({"drugs"}))


def test_fhir_screens_as_its_json_conversion() -> None:
    trial = eligo.load(TRIAL)
    found, expected = fhir_patients(), expected_patients()
    for patient_id, patient in expected.items():
        want = trial.evaluate(patient, FIRST_DOSE)
        got = trial.evaluate(found[patient_id], FIRST_DOSE)
        assert got.verdict == want.verdict
        assert [(c.id, c.outcome) for c in got.criteria] == [(c.id, c.outcome) for c in want.criteria]
    outcomes = {
        c.id: c.outcome for c in trial.evaluate(found["7a1c0f0e-0002-4e57-9b1e-000000000002"], FIRST_DOSE).criteria
    }
    assert outcomes["I5"] == "met" and outcomes["E4"] == "met"  # ECOG 0; a kidney transplant
    assert trial.evaluate(found["F03"], FIRST_DOSE).criteria[4].outcome == "unknown"  # ECOG not performed


def test_cli_eval_and_explain_take_fhir(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(
        main, ["eval", str(TRIAL), str(DATA), "--format", "table", "--index-date", "first_dose=2026-03-02"]
    )
    assert "Traceback" not in result.output + result.stderr
    assert result.exit_code == 0, result.stderr
    assert result.stdout.count("\n") == 5  # the header and four patients
    assert "FHIR: 3 sources, 39 resources: 33 mapped, 2 looked up by reference, 4 skipped" in result.stderr
    assert "4 records: 4 evaluated" in result.stderr
    result = runner.invoke(
        main, ["explain", str(TRIAL), str(DATA / "f01-cscc-man.json"), "--index-date", "first_dose=2026-03-02"]
    )
    assert result.exit_code == 0, result.stderr
    assert "Patient F01" in result.stdout and "ECOG 0-1: met" in result.stdout
    assert "the confirmed by of condition" in result.stdout  # what FHIR does not say is missing data
    assert read_one_patient(DATA / "f01-cscc-man.json").id == "F01"


def test_dates_and_references() -> None:
    assert fhir_date("2024-05-03T23:30:00.123-05:00") == "2024-05-03"
    assert fhir_date("2024") == "2024"
    for bad in ("2024-13", "yesterday", "2024-05-03T25", "03/05/2024"):
        with pytest.raises(ValueError):
            fhir_date(bad)
    assert age_date("1960-01-01", Quantity(value=50, code="a", system="http://unitsofmeasure.org")) == "2010"
    with pytest.raises(ValueError, match="only whole years"):
        age_date("1960-01-01", Quantity(value=50, code="mo", system="http://unitsofmeasure.org"))
    assert subject_key("urn:uuid:abc") == "abc"
    assert subject_key("Patient/p1/_history/3") == "p1"
    assert subject_key("Group/g1") is None and subject_key(None) is None
    assert json.loads(EXPECTED.read_text().splitlines()[0])["id"] == "F01"


def test_eligo_json_that_mentions_fhir_stays_eligo_json(tmp_path: Path) -> None:
    record = {"id": "P1", "attestations": {"x": {"value": '"resourceType": "Bundle"', "recorded_by": "resourceType"}}}
    for name, text in (
        ("one.json", json.dumps(record)),
        ("many.jsonl", json.dumps(record) + "\n" + json.dumps({"id": "P2"})),
    ):
        (tmp_path / name).write_text(text)
        items = list(read_patients(tmp_path / name))
        assert all(isinstance(item, Loaded) for item in items) and items[0].patient.id == "P1"  # type: ignore[union-attr]


def test_report_takes_fhir() -> None:
    runner = CliRunner()
    dates = ["--index-date", "first_dose=2026-03-02", "--format", "md"]
    one = runner.invoke(main, ["report", str(TRIAL), str(DATA / "f01-cscc-man.json"), *dates])
    assert one.exit_code == 0, one.stderr
    assert "# Screening checklist: NCT05238363" in one.stdout and "- Patient: F01" in one.stdout
    cohort = runner.invoke(main, ["report", str(TRIAL), str(DATA), *dates])
    assert cohort.exit_code == 0, cohort.stderr
    assert "4 records: 4 evaluated, 0 rejected" in cohort.stderr and "FHIR: 3 sources" in cohort.stderr
