"""The six Synthea bundles of the team's shared folder (``../shared/fhir/`` beside the project,
or ``$ELIGO_SHARED/fhir``), read there and never copied: each is screened end to end against
NCT05238363, and every one of its resources is mapped, looked up by reference, or skipped with a
reason, the counts adding up. Skipped with a clear reason where the shared folder is absent."""

from __future__ import annotations

import json
import os
import time
from collections import Counter
from pathlib import Path

import msgspec
import pytest
from click.testing import CliRunner

from eligo.cli import main
from eligo.sources.fhir import structs
from eligo.sources.fhir.accounting import FhirReading
from eligo.sources.reader import Loaded, read_patients

from .conftest import CRITERIA

SHARED = Path(os.environ.get("ELIGO_SHARED", Path(__file__).resolve().parents[2] / "shared"))
BUNDLES = sorted((SHARED / "fhir").glob("*.json"))
TRIAL = CRITERIA / "nct05238363.elig"

if not BUNDLES:
    pytest.skip(
        f"the Synthea bundles are not here ({SHARED / 'fhir'}): they live in the team's shared folder,"
        " beside the project (set ELIGO_SHARED to its path)",
        allow_module_level=True,
    )


@pytest.mark.parametrize("bundle", BUNDLES, ids=lambda p: p.name.split("_")[0])
def test_every_resource_is_mapped_or_skipped(bundle: Path) -> None:
    reading = FhirReading()
    items = list(read_patients(bundle, fhir=reading))
    assert len(items) == 1 and isinstance(items[0], Loaded), items
    types = Counter(entry["resource"]["resourceType"] for entry in json.loads(bundle.read_bytes())["entry"])
    assert reading.read == types
    assert reading.balanced()
    for resource_type in (
        "Patient",
        "Condition",
        "MedicationRequest",
        "Procedure",
        "Observation",
        "AllergyIntolerance",
    ):
        skipped = sum(n for (t, _), n in reading.skipped.items() if t == resource_type)
        assert reading.mapped[resource_type] + skipped == types[resource_type], resource_type
    assert reading.problem_count == 0, [p.render() for p in reading.problems]
    patient = items[0].patient
    assert patient.birth_date is not None and patient.sex is not None
    assert len(patient.observations or []) >= reading.mapped["Observation"]  # components split


@pytest.mark.parametrize("bundle", BUNDLES[:2], ids=lambda p: p.name.split("_")[0])
def test_eval_and_explain_on_a_synthea_bundle(bundle: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["eval", str(TRIAL), str(bundle), "--format", "table"])
    assert "Traceback" not in result.output + result.stderr
    assert result.exit_code == 0, result.stderr
    assert "undetermined" in result.stdout or "ineligible" in result.stdout
    assert "skipped (a type Eligo does not map)" in result.stderr and "1 record: 1 evaluated" in result.stderr
    result = runner.invoke(main, ["explain", str(TRIAL), str(bundle), "--index-date", "first_dose=2024-01-01"])
    assert result.exit_code == 0, result.stderr
    assert "Adult: met" in result.stdout and "missing:" in result.stdout


def test_all_six_as_a_directory() -> None:
    result = CliRunner().invoke(
        main, ["eval", str(TRIAL), str(SHARED / "fhir"), "--index-date", "first_dose=2024-01-01"]
    )
    assert result.exit_code == 0, result.stderr
    assert len(result.stdout.splitlines()) == len(BUNDLES)
    assert f"FHIR: {len(BUNDLES)} sources" in result.stderr


def test_decoding_speed() -> None:
    """msgspec decodes only the elements Eligo reads: print the rate on the Synthea bundles."""
    texts = [bundle.read_bytes() for bundle in BUNDLES]
    size = sum(map(len, texts))
    started = time.perf_counter()
    for _ in range(3):
        for text in texts:
            bundle = msgspec.json.decode(text, type=structs.Bundle)
            for entry in bundle.entry:
                head = msgspec.json.decode(entry.resource, type=structs.Head)
                struct = structs.STRUCTS.get(head.resource_type or "")
                if struct is not None:
                    msgspec.json.decode(entry.resource, type=struct)
    seconds = (time.perf_counter() - started) / 3
    print(f"msgspec: {size / seconds / 1e6:.0f} MB/s over {size / 1e6:.1f} MB of Synthea bundles")
    assert seconds < 5
