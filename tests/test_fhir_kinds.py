"""FHIR R4 Specimen, FamilyMemberHistory and DeviceUseStatement read as specimen, family history
and device records (docs/fhir.md, "Specimens, family history, devices"), from small resources
written here; what cannot be read stays absent and is reported."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from eligo.records.model import Patient
from eligo.sources.fhir.accounting import FhirReading
from eligo.sources.reader import Loaded, read_patients

SCT = "http://snomed.info/sct"
ICD = "http://hl7.org/fhir/sid/icd-10-cm"
ROLE = "http://terminology.hl7.org/CodeSystem/v3-RoleCode"
V2 = "http://terminology.hl7.org/CodeSystem/v2-0487"
UCUM = "http://unitsofmeasure.org"
SUBJECT = {"reference": "Patient/K1"}


def read(tmp_path: Path, *resources: dict[str, Any]) -> tuple[Patient, FhirReading]:
    patient = {"resourceType": "Patient", "id": "K1", "birthDate": "1960-01-01"}
    entries = [{"resource": r} for r in (patient, *resources)]
    path = tmp_path / "bundle.json"
    path.write_text(json.dumps({"resourceType": "Bundle", "type": "collection", "entry": entries}))
    reading = FhirReading()
    items = list(read_patients(path, fhir=reading))
    assert len(items) == 1 and isinstance(items[0], Loaded), items
    assert reading.balanced()
    return items[0].patient, reading


def messages(reading: FhirReading) -> str:
    return "\n".join(problem.render() for problem in reading.problems)


def age(value: float, code: str = "a") -> dict[str, Any]:
    return {"value": value, "system": UCUM, "code": code}


def test_a_specimen_with_its_type_collection_and_status(tmp_path: Path) -> None:
    specimen = {
        "resourceType": "Specimen", "id": "s1", "status": "available", "subject": SUBJECT,
        "type": {"coding": [{"system": V2, "code": "TUMOR"}]},
        "collection": {"collectedDateTime": "2025-11-03T10:00:00Z",
                       "method": {"coding": [{"system": SCT, "code": "129314006"}]},
                       "bodySite": {"coding": [{"system": SCT, "code": "39607008"}]}},
    }  # fmt: skip
    patient, reading = read(tmp_path, specimen, {**specimen, "id": "s2", "status": "lost", "collection": None})
    [first, second] = patient.specimens or []
    assert (first.code.code, first.code.system, str(first.collected), first.status) == (
        "TUMOR",
        "V2SPECIMEN",
        "2025-11-03",
        "available",
    )
    assert first.method.code == "129314006" and first.body_site.code == "39607008"  # type: ignore[union-attr]
    assert second.status is None and "'lost' is not one of" in messages(reading)
    assert patient.family_histories is None and patient.devices is None  # none in the source: not collected


def test_a_relative_gives_one_record_per_condition(tmp_path: Path) -> None:
    relative = {
        "resourceType": "FamilyMemberHistory", "id": "f1", "status": "completed", "patient": SUBJECT,
        "date": "2026-01-10", "relationship": {"coding": [{"system": ROLE, "code": "NMTH"}]},
        "deceasedAge": age(38),
        "condition": [
            {"code": {"coding": [{"system": ICD, "code": "R96.1"}]}, "contributedToDeath": True, "onsetAge": age(38)},
            {"code": {"coding": [{"system": ICD, "code": "I45.81"}]}, "onsetAge": age(30, "mo")},
            {"onsetAge": age(1)},
        ],
    }  # fmt: skip
    empty = {"resourceType": "FamilyMemberHistory", "id": "f2", "status": "completed", "patient": SUBJECT,
             "deceasedAge": {"value": 50, "unit": "furlongs"}}  # fmt: skip
    patient, reading = read(tmp_path, relative, empty)
    [death, long_qt] = patient.family_histories or []
    assert (death.code.code, death.relationship.system, death.relationship.code) == ("R96.1", "ROLECODE", "NMTH")  # type: ignore[union-attr]
    assert (death.deceased_age, death.onset_age, death.contributed_to_death, str(death.date)) == (
        38,
        38,
        True,
        "2026-01-10",
    )
    assert (long_qt.onset_age, long_qt.deceased_age, long_qt.contributed_to_death) == (2.5, 38, None)
    assert "condition[2]: no code" in messages(reading)
    assert "deceasedAge: not an age" in messages(reading)


def test_a_device_use_reads_its_device_type_and_period(tmp_path: Path) -> None:
    device = {"resourceType": "Device", "id": "d1", "type": {"coding": [{"system": SCT, "code": "14106009"}]}}
    use = {
        "resourceType": "DeviceUseStatement", "id": "u1", "status": "completed", "subject": SUBJECT,
        "device": {"reference": "Device/d1"}, "timingPeriod": {"start": "2026-01-05", "end": "2026-02-01"},
    }  # fmt: skip
    one_day = {**use, "id": "u2", "status": "intended", "timingPeriod": None, "timingDateTime": "2026-02-20"}
    nowhere = {**use, "id": "u3", "device": {"reference": "Device/missing"}}
    patient, reading = read(tmp_path, device, use, one_day, nowhere)
    [first, second] = patient.devices or []
    assert (first.code.code, str(first.start), str(first.end), first.status) == (
        "14106009",
        "2026-01-05",
        "2026-02-01",
        "completed",
    )
    assert (str(second.start), str(second.end), second.status) == ("2026-02-20", "2026-02-20", "intended")
    assert first.investigational is None  # no FHIR element says it: unknown
    assert patient.specimens is None
    assert reading.skipped[("DeviceUseStatement", "its device names no Device resource in the source")] == 1
