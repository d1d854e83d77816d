"""FHIR Bulk Data exports (one NDJSON file per resource type, not sorted by patient) read as the
Bundle form reads the same resources: the same patients field by field, the same verdicts, through
`eligo eval` and through `eligo import` into the SQL back end."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner

import eligo
from eligo.cli import main
from eligo.records.model import Patient
from eligo.sources.fhir.accounting import FhirReading
from eligo.sources.reader import Loaded, read_patients

from .conftest import CRITERIA
from .fhir_export import DATA, bundle_resources, copies, write_export

TRIAL = CRITERIA / "nct05238363.elig"
DATES = {"first_dose": "2026-03-02"}


#: The kinds an export of the test resources holds: collected for every patient of the export,
#: while a Bundle collects a kind only for the patients of a Bundle holding it (docs/fhir.md).
EXPORTED = frozenset({"condition", "medication", "procedure", "observation", "allergy", "study"})


def patients(path: Path, reading: FhirReading | None = None) -> dict[str, Patient]:
    found = {}
    for item in read_patients(path, fhir=reading):
        assert isinstance(item, Loaded), item.render()
        found[item.patient.id] = item.patient
    return found


def canonical(patients: dict[str, Patient]) -> dict[str, Any]:
    """The patients with each record list in a fixed order (an export does not keep a Bundle's)."""
    found = {}
    for patient_id, patient in patients.items():
        data = patient.model_dump(mode="json")
        for name, value in data.items():
            if isinstance(value, list):
                data[name] = sorted(value, key=lambda record: json.dumps(record, sort_keys=True))
        found[patient_id] = data
    return found


def bundles_as_exported() -> dict[str, Patient]:
    return patients(DATA, FhirReading(collected=EXPORTED))


def test_an_export_reads_as_its_bundles(tmp_path: Path) -> None:
    write_export(tmp_path / "export", bundle_resources())
    reading = FhirReading()
    assert canonical(patients(tmp_path / "export", reading)) == canonical(bundles_as_exported())
    assert reading.balanced()
    assert reading.looked_up == {"Medication": 1, "ResearchStudy": 1}


def test_one_ndjson_file_of_many_types(tmp_path: Path) -> None:
    lines = (tmp_path / "export").mkdir() or write_export(tmp_path / "export", bundle_resources())
    one = tmp_path / "all.ndjson"
    one.write_bytes(b"".join(path.read_bytes() for path in lines))
    assert canonical(patients(one)) == canonical(bundles_as_exported())


def test_a_generated_export_gives_the_bundles_verdicts(tmp_path: Path) -> None:
    count = 150
    write_export(tmp_path / "export", copies(count), seed=7)
    trial = eligo.load(TRIAL)
    want = {p.id: trial.evaluate(p, DATES) for p in bundles_as_exported().values()}
    reading = FhirReading()
    found = 0
    for screened in trial.screen(tmp_path / "export", index_dates=DATES, fhir=reading):
        assert screened.problem is None
        assert screened.patient_id is not None
        original = screened.patient_id.rsplit("-", 1)[0]
        assert screened.verdict == want[original].verdict
        assert list(screened.outcomes) == [c.outcome for c in want[original].criteria]
        found += 1
    assert found == 4 * count
    assert reading.balanced() and reading.read["Patient"] == 4 * count


def test_eval_and_import_agree_on_an_export(tmp_path: Path) -> None:
    write_export(tmp_path / "export", copies(20))
    runner = CliRunner()
    evaluated = runner.invoke(main, ["eval", str(TRIAL), str(tmp_path / "export"), "--format", "csv",
                                     "--index-date", "first_dose=2026-03-02"])  # fmt: skip
    assert evaluated.exit_code == 0, evaluated.stderr
    assert "80 records: 80 evaluated" in evaluated.stderr and "FHIR: 13 sources" in evaluated.stderr
    imported = runner.invoke(main, ["import", str(tmp_path / "export"), "--to", str(tmp_path / "db.duckdb")])
    assert imported.exit_code == 0, imported.stderr
    assert "80 records: 80 imported" in imported.stderr
    screened = runner.invoke(main, ["screen", str(TRIAL), str(tmp_path / "db.duckdb"), "--format", "csv",
                                    "--index-date", "first_dose=2026-03-02"])  # fmt: skip
    assert screened.exit_code == 0, screened.stderr
    assert sorted(screened.stdout.splitlines()) == sorted(evaluated.stdout.splitlines())
