"""mCODE TumorSize Observations read as ``lesions`` and TNMStageGroup Observations read as their
condition's ``extent`` (docs/fhir.md, "Tumour assessments" and "Stage groups and extent"), from
small FHIR resources written here; what cannot be read stays absent and is reported."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from eligo.records.model import Patient
from eligo.sources.fhir.accounting import FhirReading
from eligo.sources.reader import Loaded, read_patients

LOINC = "http://loinc.org"
SCT = "http://snomed.info/sct"
UCUM = "http://unitsofmeasure.org"
ICD = "http://hl7.org/fhir/sid/icd-10-cm"
AJCC = "http://cancerstaging.org"
TUMOR_SIZE = "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-tumor-size"


def read(tmp_path: Path, *resources: dict[str, Any]) -> tuple[Patient, FhirReading]:
    patient = {"resourceType": "Patient", "id": "L1", "birthDate": "1960-01-01"}
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


def size(ident: str, longest: tuple[float, str] | None = (1.2, "cm"), **extra: Any) -> dict[str, Any]:
    components = [{"code": {"coding": [{"system": LOINC, "code": "33729-5"}]},
                   "valueQuantity": {"value": 0.5, "system": UCUM, "code": "cm"}}]  # fmt: skip
    if longest is not None:
        components.insert(0, {"code": {"coding": [{"system": LOINC, "code": "33728-7"}]},
                              "valueQuantity": {"value": longest[0], "system": UCUM, "code": longest[1]}})  # fmt: skip
    return {
        "resourceType": "Observation",
        "id": ident,
        "status": "final",
        "subject": {"reference": "Patient/L1"},
        "code": {"coding": [{"system": LOINC, "code": "21889-1"}]},
        "effectiveDateTime": "2026-03-02",
        "component": components,
        **extra,
    }


TUMOUR = {
    "resourceType": "BodyStructure",
    "id": "t1",
    "patient": {"reference": "Patient/L1"},
    "location": {"coding": [{"system": SCT, "code": "39607008", "display": "Lung structure"}]},
}
CANCER = {
    "resourceType": "Condition",
    "id": "c1",
    "subject": {"reference": "Patient/L1"},
    "code": {"coding": [{"system": ICD, "code": "C34.90"}]},
}


def test_tumour_size_becomes_a_lesion(tmp_path: Path) -> None:
    method = {"coding": [{"system": SCT, "code": "77477000", "display": "Computerized axial tomography"}]}
    focus = [{"reference": "BodyStructure/t1"}, {"reference": "Condition/c1"}]
    patient, reading = read(tmp_path, CANCER, TUMOUR, size("s1", method=method, focus=focus))
    assert patient.lesions is not None and len(patient.lesions) == 1
    lesion = patient.lesions[0].model_dump(exclude_none=True)
    assert lesion["id"] == "s1" and str(lesion["date"]) == "2026-03-02"
    assert lesion["longest_diameter"] == 12.0  # 1.2 cm in mm
    assert lesion["focus"] == ["c1"]
    assert patient.lesions[0].body_site is not None and "39607008" in repr(patient.lesions[0].body_site)
    assert patient.lesions[0].method is not None and "77477000" in repr(patient.lesions[0].method)
    for unknown in ("short_axis", "lymph_node", "bone", "irradiated", "assessor"):
        assert unknown not in lesion  # mCODE does not say: unknown, never guessed
    assert patient.observations == [] and patient.conditions is not None
    assert reading.records["lesion"] == 1 and reading.looked_up["BodyStructure"] == 1
    assert not reading.problems, messages(reading)


def test_profile_mm_and_body_site(tmp_path: Path) -> None:
    """The profile alone makes it a TumorSize; mm stays mm; Observation.bodySite is the site
    when no Tumor is named."""
    resource = size("s2", (23, "mm"), meta={"profile": [TUMOR_SIZE]},
                    code={"coding": [{"system": LOINC, "code": "21889-1"}]},
                    bodySite={"coding": [{"system": SCT, "code": "10200004", "display": "Liver structure"}]})  # fmt: skip
    patient, _ = read(tmp_path, resource)
    assert patient.lesions is not None and patient.lesions[0].longest_diameter == 23
    assert "10200004" in repr(patient.lesions[0].body_site)
    assert patient.lesions[0].focus is None


def test_unusable_sizes_are_reported_and_absent(tmp_path: Path) -> None:
    patient, reading = read(
        tmp_path,
        size("a", (2, "[in_i]")),
        size("b", None),
        size("c", (0, "mm")),
        size("d", focus=[{"reference": "BodyStructure/gone"}]),
        size("e", status="entered-in-error"),
    )
    assert patient.lesions is not None
    by_id = {lesion.id: lesion for lesion in patient.lesions}
    assert sorted(by_id) == ["a", "b", "c", "d"]
    assert all(lesion.longest_diameter is None for key, lesion in by_id.items() if key != "d")
    assert by_id["d"].longest_diameter == 12 and by_id["d"].body_site is None
    text = messages(reading)
    assert "not a length in mm or cm" in text and "must be above 0" in text
    assert "names no BodyStructure in the source" in text
    assert reading.skipped[("Observation", "a tumour size with status entered-in-error: no measurement")] == 1


def test_lesions_collected_only_where_a_source_holds_tumour_sizes(tmp_path: Path) -> None:
    lab = {"resourceType": "Observation", "id": "o1", "status": "final", "subject": {"reference": "Patient/L1"},
           "code": {"coding": [{"system": LOINC, "code": "718-7"}]},
           "valueQuantity": {"value": 13, "system": UCUM, "code": "g/dL"}}  # fmt: skip
    patient, reading = read(tmp_path, lab)
    assert patient.lesions is None  # not collected: unknown, never "none"
    assert "lesion" not in reading.kinds_collected
    declared = FhirReading(collected=frozenset({"lesion"}))
    path = tmp_path / "bundle.json"
    items = list(read_patients(path, fhir=declared))
    assert isinstance(items[0], Loaded) and items[0].patient.lesions == []


def test_bulk_export_reads_lesions(tmp_path: Path) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    patients = [{"resourceType": "Patient", "id": p} for p in ("L1", "L2")]
    files = {
        "Patient.ndjson": patients,
        "Observation.ndjson": [size("s1", focus=[{"reference": "BodyStructure/t1"}])],
        "BodyStructure.ndjson": [TUMOUR],
    }
    for name, resources in files.items():
        (folder / name).write_text("".join(json.dumps(r) + "\n" for r in resources))
    reading = FhirReading()
    found = {item.patient.id: item.patient for item in read_patients(folder, fhir=reading) if isinstance(item, Loaded)}
    assert found["L2"].lesions == []  # the export holds tumour sizes: collected, none for L2
    lesions = found["L1"].lesions
    assert lesions is not None and lesions[0].longest_diameter == 12 and "39607008" in repr(lesions[0].body_site)
    assert reading.balanced()


def stage(ident: str, code: str, *, focus: str = "Condition/c1", status: str = "final") -> dict[str, Any]:
    return {
        "resourceType": "Observation",
        "id": ident,
        "status": status,
        "subject": {"reference": "Patient/L1"},
        "code": {"coding": [{"system": LOINC, "code": "21908-9"}]},
        "focus": [{"reference": focus}],
        "effectiveDateTime": "2026-01-10",
        "valueCodeableConcept": {"coding": [{"system": AJCC, "code": code}]},
    }


def extent(patient: Patient) -> str | None:
    assert patient.conditions is not None
    return patient.conditions[0].model_dump().get("extent")


def test_stage_group_observation_gives_the_extent(tmp_path: Path) -> None:
    patient, _ = read(tmp_path, CANCER, stage("g1", "IVB"))
    assert extent(patient) == "metastatic"
    assert patient.observations is not None and len(patient.observations) == 1  # still an observation
    patient, _ = read(tmp_path, CANCER, stage("g1", "0is"))
    assert extent(patient) == "in_situ"


def test_stage_group_observation_not_mapped_is_reported(tmp_path: Path) -> None:
    prostate = {**CANCER, "code": {"coding": [{"system": ICD, "code": "C61"}]}}
    patient, reading = read(tmp_path, prostate, stage("g1", "IVA"), stage("g2", "IIB"),
                            stage("g3", "IV", focus="Condition/other"), stage("g4", "0", status="cancelled"))  # fmt: skip
    assert extent(patient) is None
    text = messages(reading)
    assert "stage IV of C61 is not only distant metastasis" in text
    assert "says nothing of localized against locally advanced" in text
    assert "focus names no condition of the patient" in text
    assert "status cancelled gives no extent" in text


def test_stage_groups_that_disagree_give_no_extent(tmp_path: Path) -> None:
    patient, reading = read(tmp_path, CANCER, stage("g1", "IV"), stage("g2", "0"))
    assert extent(patient) is None
    assert "disagree (in_situ, metastatic)" in messages(reading)
    # the Condition's own stage and the Observation disagree: no extent either
    staged = {**CANCER, "stage": [{"summary": {"coding": [{"system": AJCC, "code": "0is"}]}}]}
    patient, reading = read(tmp_path, staged, stage("g1", "IV"))
    assert extent(patient) is None and "disagree" in messages(reading)
    # and agree: the extent stays
    staged = {**CANCER, "stage": [{"summary": {"coding": [{"system": AJCC, "code": "IVA"}]}}]}
    patient, reading = read(tmp_path, staged, stage("g1", "IV"))
    assert extent(patient) == "metastatic" and not reading.problems, messages(reading)


def test_the_tumours_related_condition_is_the_focus(tmp_path: Path) -> None:
    """mCODE names the cancer on the Tumor (relatedCondition), not on the TumorSize."""
    related = "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-related-condition"
    tumour = {**TUMOUR, "extension": [{"url": related, "valueReference": {"reference": "Condition/c1"}}]}
    patient, reading = read(tmp_path, CANCER, tumour, size("s1", focus=[{"reference": "BodyStructure/t1"}]))
    assert patient.lesions is not None and patient.lesions[0].focus == ["c1"]
    assert not reading.problems, messages(reading)
    gone = {**TUMOUR, "extension": [{"url": related, "valueReference": {"reference": "Condition/nope"}}]}
    patient, reading = read(tmp_path, CANCER, gone, size("s1", focus=[{"reference": "BodyStructure/t1"}]))
    assert patient.lesions is not None and patient.lesions[0].focus is None
    assert "relatedCondition" in messages(reading)
