"""Hostile FHIR: wrong JSON types, missing and circular references, unknown resource types, bad
dates, broken lines and files, a 100 MB Bundle. Each gives a clear message (file, entry or line,
resource, element path), no traceback, and no patient is lost: every patient named comes out,
screened or reported."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from eligo.cli import main
from eligo.sources.fhir.accounting import FhirReading
from eligo.sources.reader import Loaded, read_patients

from .conftest import CRITERIA

TRIAL = CRITERIA / "nct05238363.elig"
LOINC = "http://loinc.org"


def bundle(*resources: Any) -> dict[str, Any]:
    return {"resourceType": "Bundle", "type": "collection", "entry": [{"resource": r} for r in resources]}


def obs(ident: str, subject: Any = "Patient/H1", **more: Any) -> dict[str, Any]:
    found = {"resourceType": "Observation", "id": ident, "status": "final",
             "code": {"coding": [{"system": LOINC, "code": "718-7"}]}, "effectiveDateTime": "2026-01-02"}  # fmt: skip
    if subject is not None:
        found["subject"] = {"reference": subject}
    return {**found, **more}


HOSTILE = bundle(
    {"resourceType": "Patient", "id": "H1", "birthDate": 19580412, "gender": "M"},
    {"resourceType": "Patient", "id": "H1", "birthDate": "1950-01-01"},
    {"resourceType": "Condition", "id": "c-types", "subject": {"reference": "Patient/H1"},
     "code": {"coding": {"system": "http://snomed.info/sct", "code": "1"}, "text": "Odd condition"},
     "onsetDateTime": "2024-13-45", "abatementDateTime": "yesterday"},
    obs("o-value", valueQuantity={"value": "high", "unit": "g/dL", "system": "http://unitsofmeasure.org", "code": "g/dL"}),
    obs("o-unit", valueQuantity={"value": 5, "unit": "furlongs"}),
    obs("o-components", component="not a list", valueInteger=3),
    obs("o-nobody", subject="Patient/nobody", valueInteger=1),
    obs("o-nosubject", subject=None, valueInteger=1),
    obs("o-group", subject="Group/g1", valueInteger=1),
    {"resourceType": "MedicationRequest", "id": "mr-missing", "status": "active", "intent": "order",
     "subject": {"reference": "Patient/H1"}, "medicationReference": {"reference": "Medication/missing"}},
    {"resourceType": "MedicationRequest", "id": "mr-self", "status": "active", "intent": "order",
     "subject": {"reference": "Patient/H1"}, "medicationReference": {"reference": "MedicationRequest/mr-self"}},
    {"resourceType": "AdverseEvent", "id": "ae-self", "actuality": "actual", "subject": {"reference": "Patient/H1"},
     "event": {"coding": [{"system": "http://snomed.info/sct", "code": "62315008"}]},
     "suspectEntity": [{"instance": {"reference": "AdverseEvent/ae-self"}}]},
    {"resourceType": "Spaceship", "id": "s1", "subject": {"reference": "Patient/H1"}},
    {"resourceType": 42, "id": "n1"},
    [1, 2, 3],
    5,
)  # fmt: skip
HOSTILE["entry"] += [  # a subject that names, by its fullUrl, a resource that is no patient
    {"fullUrl": "urn:uuid:g-1", "resource": {"resourceType": "Group", "id": "g-1"}},
    {"resource": obs("o-uuid-group", subject="urn:uuid:g-1", valueInteger=1)},
]


def test_a_hostile_bundle_loses_no_patient(tmp_path: Path) -> None:
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(HOSTILE))
    reading = FhirReading()
    items = list(read_patients(path, fhir=reading))
    assert all(isinstance(item, Loaded) for item in items), [i.render() for i in items if not isinstance(i, Loaded)]
    found = {item.patient.id: item.patient for item in items if isinstance(item, Loaded)}
    assert sorted(found) == ["H1", "nobody"]
    h1 = found["H1"]
    assert h1.birth_date is None and h1.sex is None  # dropped, reported: not guessed
    assert h1.conditions is not None and h1.conditions[0].onset is None and h1.conditions[0].abatement is None
    assert h1.conditions[0].code.system == "LOCAL"  # type: ignore[union-attr]  # its text: matches as unknown
    assert found["nobody"].observations is not None and len(found["nobody"].observations) == 1
    assert reading.balanced()
    messages = "\n".join(p.render() for p in reading.problems)
    for expected in (
        "entry[0] Patient/H1: birthDate: Expected `str | null`, got `int`",
        "entry[0] Patient/H1: gender: 'M' is not one of: female, male, other",
        "entry[2] Condition/c-types: code.coding: Expected `array`, got `object`",
        "entry[2] Condition/c-types: onsetDateTime: invalid date '2024-13-45'",
        "entry[2] Condition/c-types: abatementDateTime: invalid date 'yesterday'",
        "entry[3] Observation/o-value: valueQuantity.value: Expected `float | null`, got `str`",
        "entry[4] Observation/o-unit: valueQuantity.unit: unknown unit 'furlongs'",
        "entry[5] Observation/o-components: component: Expected `array`, got `str`",
        "entry[9] MedicationRequest/mr-missing: medicationReference: 'Medication/missing' names nothing in the source",
        "entry[10] MedicationRequest/mr-self: medicationReference: 'MedicationRequest/mr-self' names a MedicationRequest",
        "entry[11] AdverseEvent/ae-self: suspectEntity[0].instance: names no Medication",
        "patient nobody: Patient/nobody: (resource): no Patient resource for this subject",
    ):
        assert expected in messages, expected
    assert reading.skipped[("Observation", "no subject")] == 1
    assert reading.skipped[("Observation", "its subject is not a Patient")] == 2
    assert reading.skipped[("Patient", "the same patient twice in one Bundle")] == 1
    assert reading.skipped[("Spaceship", "a type Eligo does not map")] == 1
    assert reading.skipped[("(no resourceType)", "a type Eligo does not map")] == 3
    assert reading.skipped[("MedicationRequest", "no medication code")] == 2


def test_hostile_input_through_the_cli(tmp_path: Path) -> None:
    (tmp_path / "hostile.json").write_text(json.dumps(HOSTILE))
    (tmp_path / "broken.json").write_text('{"resourceType": "Bundle", "entry": [{"resource": {"resourceType": "Pat')
    result = CliRunner().invoke(main, ["eval", str(TRIAL), str(tmp_path)])
    assert "Traceback" not in result.output + result.stderr
    assert result.exit_code == 1  # the broken file is a rejected record
    assert "broken.json:1: not a FHIR Bundle: Input data was truncated" in result.stderr
    assert "3 records: 2 evaluated" in result.stderr and "1 rejected" in result.stderr
    assert "Spaceship: 1 read, 1 skipped (a type Eligo does not map)" in result.stderr


def test_hostile_ndjson_lines(tmp_path: Path) -> None:
    export = tmp_path / "export"
    export.mkdir()
    (export / "Patient.ndjson").write_text(
        json.dumps({"resourceType": "Patient", "id": "N1", "birthDate": "1970-02-30"}) + "\r\n\r\n"
        "this is not json\n" + json.dumps([1]) + "\n" + json.dumps({"resourceType": "Patient"}) + "\n"
    )
    (export / "Observation.ndjson").write_text(json.dumps(obs("x", subject="Patient/N1", valueInteger=2)) + "\n")
    reading = FhirReading()
    items = list(read_patients(export, fhir=reading))
    problems = [item.render() for item in items if not isinstance(item, Loaded)]
    loaded = [item.patient for item in items if isinstance(item, Loaded)]
    assert [p.id for p in loaded] == ["N1"] and loaded[0].birth_date is None
    assert any("Patient.ndjson:3: not a FHIR resource" in p for p in problems)
    assert any("Patient.ndjson:4: not a FHIR resource" in p for p in problems)
    assert "Patient.ndjson:1: patient N1: Patient/N1: birthDate: invalid date '1970-02-30'" in "\n".join(
        p.render() for p in reading.problems
    )
    assert reading.skipped[("Patient", "no id")] == 1
    assert reading.balanced()


def test_a_100_mb_bundle(tmp_path: Path) -> None:
    filler = "x" * (100 << 10)
    resources: list[Any] = [{"resourceType": "Patient", "id": "BIG", "birthDate": "1960-05-05"}]
    resources += [{"resourceType": "Claim", "id": f"c{n}", "text": {"div": filler}} for n in range(1000)]
    resources += [obs(f"o{n}", subject="Patient/BIG", valueInteger=n % 5) for n in range(2000)]
    path = tmp_path / "big.json"
    path.write_text(json.dumps(bundle(*resources)))
    assert path.stat().st_size > 100_000_000
    result = CliRunner().invoke(main, ["eval", str(TRIAL), str(path), "--index-date", "first_dose=2026-03-02"])
    assert result.exit_code == 0, result.stderr
    assert "Claim: 1000 read, 1000 skipped" in result.stderr and "Observation: 2000 read, 2000 mapped" in result.stderr
    assert '"patient": "BIG"' in result.stdout or "BIG" in result.stdout
