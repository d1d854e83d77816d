"""FHIR's links and the Observation elements of issue 13 (docs/fhir.md): resource ids as record ids,
reasonReference and focus resolved to the ids of the patient's conditions (by ``Condition/id``, an
absolute URL, the entry's ``fullUrl`` or ``urn:uuid:``), what cannot be resolved reported and left
out, and the same patients read from a Bundle and from a Bulk export; then screening on the links."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import eligo
from eligo.records.model import Patient
from eligo.sources.fhir.accounting import FhirReading
from eligo.sources.reader import Loaded, read_patients

from .fhir_export import copies, write_export
from .test_fhir_mapping import DATA, FIRST_DOSE, expected_patients, fhir_patients

SCT = "http://snomed.info/sct"
LOINC = "http://loinc.org"
V3 = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
UCUM = "http://unitsofmeasure.org"


def concept(system: str, code: str) -> dict[str, Any]:
    return {"coding": [{"system": system, "code": code}]}


def quantity(value: float, unit: str) -> dict[str, Any]:
    return {"value": value, "unit": unit, "system": UCUM, "code": unit}


def condition(ident: str | None, patient: str = "L1") -> dict[str, Any]:
    found = {
        "resourceType": "Condition",
        "code": concept(SCT, "402815007"),
        "subject": {"reference": f"Patient/{patient}"},
    }
    return {**found, "id": ident} if ident is not None else found


def medication(kind: str, ident: str, *reasons: str) -> dict[str, Any]:
    return {"resourceType": kind, "id": ident, "status": "active", "intent": "order",
            "medicationCodeableConcept": concept("http://www.whocc.no/atc", "L01FE01"),
            "subject": {"reference": "Patient/L1"}, "reasonReference": [{"reference": r} for r in reasons]}  # fmt: skip


def observation(ident: str, **more: Any) -> dict[str, Any]:
    return {"resourceType": "Observation", "id": ident, "status": "final", "code": concept(LOINC, "718-7"),
            "subject": {"reference": "Patient/L1"}, "effectiveDateTime": "2026-01-02", **more}  # fmt: skip


ENTRIES: list[tuple[str | None, dict[str, Any]]] = [
    ("https://ehr.example/fhir/Patient/L1", {"resourceType": "Patient", "id": "L1", "birthDate": "1960-01-01"}),
    (None, {"resourceType": "Patient", "id": "L2"}),
    ("urn:uuid:0a6e-c1", condition("c1")),
    ("urn:uuid:0a6e-noid", condition(None)),
    (None, condition("c2", patient="L2")),
    (None, condition("c1")),  # the id again: its record goes without one
    (
        None,
        medication(
            "MedicationRequest",
            "m1",
            "urn:uuid:0a6e-c1",
            "https://ehr.example/fhir/Condition/c1/_history/3",
            "Condition/missing",
            "Condition/c2",
            "urn:uuid:0a6e-noid",
            "Patient/L1",
        ),
    ),
    (None, medication("MedicationStatement", "m1", "Condition/c1")),  # a shared id across two types
    (None, medication("MedicationStatement", "bad id!", "Observation/o1")),
    (
        None,
        observation(
            "o1",
            focus=[{"reference": "Condition/c1"}],
            valueQuantity=quantity(13.2, "g/dL"),
            referenceRange=[{"low": quantity(18, "g/dL"), "high": quantity(17.5, "g/dL")}],
            interpretation=[concept(V3, "H"), concept(V3, "L")],
            method=concept(SCT, "702659008"),
        ),
    ),
    (
        None,
        observation(
            "o2",
            status="entered-in-error",
            valueQuantity=quantity(9, "g/dL"),
            referenceRange=[{"low": quantity(80, "g/L")}],
            interpretation=[concept(V3, "LL")],
        ),
    ),
    (None, observation("o3", status="registered")),
    (
        None,
        observation(
            "o4",
            status="pending",
            component=[
                {"valueInteger": 1},
                {
                    "code": concept(LOINC, "8480-6"),
                    "dataAbsentReason": concept("http://terminology.hl7.org/CodeSystem/data-absent-reason", "error"),
                },
            ],
        ),
    ),
]
BUNDLE = {"resourceType": "Bundle", "type": "collection",
          "entry": [{"resource": r, **({"fullUrl": u} if u else {})} for u, r in ENTRIES]}  # fmt: skip


def read(path: Path) -> tuple[dict[str, Patient], FhirReading]:
    reading = FhirReading()
    found: dict[str, Patient] = {}
    for item in read_patients(path, fhir=reading):
        assert isinstance(item, Loaded), item.render()
        found[item.patient.id] = item.patient
    return found, reading


def test_links_resolve_to_condition_ids(tmp_path: Path) -> None:
    (tmp_path / "links.json").write_text(json.dumps(BUNDLE))
    patients, reading = read(tmp_path / "links.json")
    l1 = patients["L1"]
    assert [c.id for c in l1.conditions] == ["c1", None, None]  # type: ignore[union-attr]
    m1, shared, bad = l1.medications  # type: ignore[misc]
    assert m1.id == "m1" and m1.reason == ["c1"]  # by fullUrl and by an absolute URL with history: one condition
    assert shared.id is None and shared.reason == ["c1"]  # a MedicationStatement m1 after a MedicationRequest m1
    assert bad.id is None and bad.reason is None  # an Observation is no reason: not recorded, never "for none"
    o1, o2, o3, o4 = l1.observations  # type: ignore[misc]
    assert (o1.focus, o1.method.code, o1.interpretation) == (["c1"], "702659008", None)  # type: ignore[union-attr]
    assert (o1.reference_low, o1.reference_high) == (None, 17.5)  # a low limit above the high one is dropped
    assert (o2.status, o2.interpretation, o2.reference_low) == ("entered_in_error", "critically_low", None)
    assert o3.status == "registered" and o3.value is None
    assert o4.status is None and [(c.code.code, c.value) for c in o4.components] == [("8480-6", None)]  # type: ignore[union-attr]
    text = "\n".join(reading.render())
    for message in (
        "reasonReference[2]: 'Condition/missing' names no Condition of this patient in the source",
        "reasonReference[3]: 'Condition/c2' names no Condition of this patient in the source",  # L2's condition
        "reasonReference[4]: 'urn:uuid:0a6e-noid' names a Condition without a usable id",
        "reasonReference[5]: 'Patient/L1' names a Patient, not a Condition",
        "reasonReference[0]: 'Observation/o1' names an Observation, not a Condition",
        "id: 'm1' is already the id of another record of this kind of this patient",
        "id: not a FHIR id",
        "interpretation: interpretations that disagree: high, low",
        "referenceRange.low: above the high limit",
        "referenceRange[0].low: in g/L, the value in g/dL",
        "status: 'pending' is not one of:",
        "component[0].code: a component without a code",
    ):
        assert message in text, message
    assert patients["L2"].conditions[0].id == "c2"  # type: ignore[index]
    assert reading.balanced()


def test_an_export_resolves_as_the_bundle(tmp_path: Path) -> None:
    """A Bulk export has no fullUrl: references are ``Condition/id`` (or ``urn:uuid:id``)."""
    resources = [resource for _, resource in ENTRIES if resource.get("id") != "c1" or resource["subject"] is None]
    resources += [condition("c1")]
    for resource in resources:
        reasons = resource.get("reasonReference", [])
        resource["reasonReference"] = [{"reference": "urn:uuid:c1" if r["reference"] == "urn:uuid:0a6e-c1" else r["reference"]}
                                       for r in reasons]  # fmt: skip
    write_export(tmp_path / "export", resources)
    patients, _ = read(tmp_path / "export")
    medications = {m.id: m for m in patients["L1"].medications or []}
    observations = {o.id: o for o in patients["L1"].observations or []}
    assert medications["m1"].reason == ["c1"] and observations["o1"].focus == ["c1"]


TRIAL = """\
trial T13F "FHIR links"
  reference first_dose "Day 1 of cycle 1"

valueset cscc "Cutaneous squamous cell carcinoma"
  SNOMED 402815007 "Squamous cell carcinoma of skin"

valueset hypertension "Hypertension"
  SNOMED 38341003 "Hypertensive disorder"

valueset ace_inhibitor "ACE inhibitors"
  ATC C09AA "ACE inhibitors, plain"

valueset anti_egfr "Anti-EGFR antibodies"
  ATC L01FE "EGFR inhibitors (monoclonal antibodies)"

valueset kidney_transplant "Kidney transplant"
  SNOMED 70536003 "Transplant of kidney"

include L0 "Adult"
  age at first_dose >= 18 years

include L1 "An ACE inhibitor for hypertension"
  exists condition in hypertension where (exists medication in ace_inhibitor where reason is condition)

include L2 "An anti-EGFR antibody for the cancer"
  exists condition in cscc where (exists medication in anti_egfr where reason is condition)

include L3 "A kidney transplant for the cancer"
  exists condition in cscc where (exists procedure in kidney_transplant where reason is condition)
"""


def test_screening_reads_fhir_links_as_their_json(tmp_path: Path) -> None:
    (tmp_path / "links.elig").write_text(TRIAL)
    trial = eligo.load(tmp_path / "links.elig")
    found, expected = fhir_patients(DATA), expected_patients()
    outcomes = {}
    for patient_id, patient in expected.items():
        got, want = trial.evaluate(found[patient_id], FIRST_DOSE), trial.evaluate(patient, FIRST_DOSE)
        assert [(c.id, c.outcome) for c in got.criteria] == [(c.id, c.outcome) for c in want.criteria]
        outcomes[patient_id] = [c.outcome for c in got.criteria]
    f02 = outcomes["7a1c0f0e-0002-4e57-9b1e-000000000002"]
    assert outcomes["F01"][1] == "met"  # ramipril's reasonReference: Condition/F01-htn
    assert f02[2] == "met"  # cetuximab for the CSCC, by its entry's urn:uuid fullUrl
    # the transplant has a reasonCode only (its reasonReference names an Observation): unknown, never "no"
    assert f02[3] == "unknown"


def test_one_date_object_per_date_text(tmp_path: Path) -> None:
    """Memory: FHIR patients share their date objects (eligo.sources.fhir.interning), as the fast
    JSON decoder's do, so the outcome closures' memo tables (keyed by identity) stay small."""
    write_export(tmp_path / "export", copies(2))
    patients, _ = read(tmp_path / "export")
    first, second = patients["F01-0"], patients["F01-1"]
    assert first.birth_date == second.birth_date and first.birth_date is second.birth_date
    onsets = [{c.id[:-2]: c.onset for c in p.conditions or [] if c.id} for p in (first, second)]
    assert onsets[0]["F01-cscc"] is onsets[1]["F01-cscc"] and onsets[0]["F01-htn"] is onsets[1]["F01-htn"]
    dates = [{o.id[:-2]: o.date for o in p.observations or [] if o.id} for p in (first, second)]
    assert dates[0]["F01-hb"] is dates[1]["F01-hb"] is not None
