"""Units in the spellings records use: UCUM's codes and a Greek mu read as Eligo's symbols, when the
record is read, by both decoders, so the evaluator, the closures and SQL compare them; a text that
is no unit at all is a record problem with its field path."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import eligo
from eligo.cli import main
from eligo.errors import RecordProblem
from eligo.language.units import ALIASES, UNITS, is_ucum, record_unit
from eligo.records.model import Patient
from eligo.sources.decode import decode
from eligo.sources.reader import Loaded, read_patients

from .conftest import CRITERIA

PAEDIATRIC = str(CRITERIA / "nct01288573.elig")

# Eligo's symbol → the UCUM codes (case-sensitive) laboratory feeds and FHIR write for it.
UCUM = {
    "10^9/L": ["10*9/L", "10*9/l"],
    "10^3/µL": ["10*3/uL", "10*3/μL", "10^3/μL"],
    "10^12/L": ["10*12/L", "10*6/uL"],
    "/µL": ["/uL", "/μL"],
    "µmol/L": ["umol/L", "μmol/L"],
    "mmol/L": ["mmol/L"],
    "g/dL": ["g/dL", "g/dl"],
    "mg/dL": ["mg/dL", "mg/dl"],
    "mL/min/1.73m^2": ["mL/min/{1.73_m2}"],
    "mL/min/1.73m2": ["mL/min/1.73m2"],
    "IU/L": ["[iU]/L", "[IU]/L"],
    "U/L": ["U/L"],
    "°C": ["Cel"],
    "mmHg": ["mm[Hg]"],
    "ms": ["ms"],
    "s": ["s"],
    "IU/mL": ["[IU]/mL", "[iU]/mL", "[IU]/ml"],
    "copies/mL": ["{copies}/mL", "copies/mL"],
    "kg": ["kg"],
    "cm": ["cm"],
    "bpm": ["/min"],
    "%": ["%"],
    "days": ["d"],
    "weeks": ["wk"],
    "months": ["mo"],
    "years": ["a"],
}


@pytest.mark.parametrize(("symbol", "spelling"), [(s, u) for s, us in UCUM.items() for u in us])
def test_ucum_spellings_read_as_eligos_symbol(symbol: str, spelling: str) -> None:
    assert record_unit(spelling) == symbol
    observation = {"code": {"system": "LOINC", "code": "751-8"}, "value": 2, "unit": spelling}
    text = json.dumps({"id": "P", "observations": [observation], "attestations": {"a": {"value": 2, "unit": spelling}}})
    patient = Patient.model_validate_json(text)
    fast = decode(text.encode())
    assert fast is not None
    for record in (patient, fast):
        assert record.observations is not None
        assert record.observations[0].unit == symbol
        assert record.attestations["a"].unit == symbol


def test_every_alias_names_a_unit_of_the_table_and_every_unit_reads_as_itself() -> None:
    assert all(symbol in UNITS for symbol in ALIASES.values())
    assert all(record_unit(symbol) == symbol for symbol in UNITS)


@pytest.mark.parametrize("unit", ["fL", "ng/mL", "kg/m2", "{score}", "10*6/L", "meq/L", "kg.m-2", "hours", "mL/min"])
def test_a_ucum_unit_eligo_has_no_symbol_for_is_kept_as_written(unit: str) -> None:
    assert record_unit(unit) == unit


def test_an_annotation_that_changes_the_dimension_is_never_dropped() -> None:
    """UCUM reads {1.73_m2} as 1, but an eGFR per 1.73 m² is not a clearance in mL/min."""
    assert UNITS[record_unit("mL/min/{1.73_m2}")].dimension == "volume rate per area"
    assert record_unit("(mL/min)/{1.73_m2}") not in UNITS  # kept as written: compares as unknown


@pytest.mark.parametrize(
    ("unit", "message"),
    [
        ("furlongs", "unknown unit 'furlongs': neither a unit Eligo knows nor a UCUM code"),
        ("mg /dL", "unknown unit 'mg /dL': neither a unit Eligo knows nor a UCUM code; did you mean 'mg/dL'?"),
        ("", "a unit is not empty; leave the unit out when the value has none"),
        ("10*9/L\n", "unknown unit '10*9/L\\n': neither a unit Eligo knows nor a UCUM code; did you mean '10^9/L'?"),
    ],
)
def test_text_that_is_no_unit_is_a_record_problem_with_its_path(tmp_path: Path, unit: str, message: str) -> None:
    observation = {"code": {"system": "LOINC", "code": "751-8"}, "value": 2, "unit": unit}
    lines = [
        {"id": "P1", "observations": [observation]},
        {"id": "P2", "attestations": {"x": {"value": 2, "unit": unit}}},
    ]
    path = tmp_path / "units.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in lines))
    found = list(read_patients(path))
    assert all(isinstance(item, RecordProblem) for item in found)
    assert [(p.line, p.patient_id, p.path, p.message) for p in found if isinstance(p, RecordProblem)] == [
        (1, "P1", "observations[0].unit", message),
        (2, "P2", "attestations.x.unit", message),
    ]
    assert decode(json.dumps(lines[0]).encode()) is None


def test_ucum_syntax() -> None:
    good = [
        "10*3/uL",
        "/uL",
        "mL/min/{1.73_m2}",
        "kg.m-2",
        "mm[Hg]",
        "cm[H2O]",
        "{cells}/uL",
        "(mL/min)/{1.73_m2}",
        "1",
    ]
    bad = [
        "furlongs",
        "mg/",
        "/",
        "mg//dL",
        "(mg/dL",
        "mg/dL)",
        "[foo]",
        "{a",
        "m g",
        "mEq/L",
        "mcg/L",
        "x10E3/uL",
        "{m²}",
    ]
    assert [u for u in good if not is_ucum(u)] == []
    assert [u for u in bad if is_ucum(u)] == []


def _labs(spelling: str, gfr_unit: str) -> dict[str, Any]:
    return {
        "id": "P1",
        "birth_date": "2015-01-01",
        "dates": {"enrolment": "2026-03-02"},
        "observations": [
            {"code": {"system": "LOINC", "code": "751-8"}, "date": "2026-03-01", "value": 2.0, "unit": spelling},
            {"code": {"system": "LOINC", "code": "777-3"}, "date": "2026-03-01", "value": 150, "unit": spelling},
            {"code": {"system": "LOINC", "code": "50384-7"}, "date": "2026-03-01", "value": 100, "unit": gfr_unit},
        ],
    }


@pytest.mark.parametrize(("spelling", "gfr_unit"), [("10*9/L", "mL/min/{1.73_m2}"), ("10*3/μL", "mL/min/{1.73_m2}")])
def test_ucum_units_compare_in_the_evaluator_and_the_closures(spelling: str, gfr_unit: str) -> None:
    trial = eligo.load(PAEDIATRIC)
    eligos = trial.evaluate(_labs("10^9/L", "mL/min/1.73m^2"), explain=True)
    for explain in (True, False):
        result = trial.evaluate(_labs(spelling, gfr_unit), explain=explain)
        assert [result.outcome(c) for c in ("I6", "I7")] == ["met", "met"]
        assert [r.outcome for r in result.criteria] == [r.outcome for r in eligos.criteria]


def test_ucum_units_compare_in_sql(tmp_path: Path) -> None:
    pytest.importorskip("duckdb")
    path = tmp_path / "labs.jsonl"
    path.write_text(json.dumps(_labs("10*9/L", "mL/min/{1.73_m2}")) + "\n")
    runner = CliRunner()
    imported = runner.invoke(main, ["import", str(path), "--to", str(tmp_path / "db.duckdb")])
    assert imported.exit_code == 0, imported.stderr
    screened = runner.invoke(main, ["screen", PAEDIATRIC, str(tmp_path / "db.duckdb"), "--format", "jsonl"])
    assert screened.exit_code == 0, screened.stderr
    outcomes = json.loads(screened.stdout)["criteria"]
    assert (outcomes["I6"], outcomes["I7"]) == ("met", "met")


def test_the_cli_reads_ucum_units_and_rejects_furlongs(tmp_path: Path) -> None:
    good = _labs("10*9/L", "mL/min/{1.73_m2}")
    bad = {**good, "id": "P2"}
    bad["observations"] = [{**bad["observations"][0], "unit": "furlongs"}]
    path = tmp_path / "p.jsonl"
    path.write_text(json.dumps(good) + "\n" + json.dumps(bad) + "\n")
    result = CliRunner().invoke(main, ["eval", PAEDIATRIC, str(path), "--explain"])
    assert result.exit_code == 1
    assert f"rejected: {path}:2: patient P2: observations[0].unit: unknown unit 'furlongs'" in result.stderr
    row = json.loads(result.stdout)
    anc = next(c for c in row["criteria"] if c["id"] == "I6")
    assert anc["outcome"] == "met"
    assert isinstance(next(iter(read_patients(path))), Loaded)
