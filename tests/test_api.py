"""The Python API checks a patient as ``eligo eval`` checks a record of a file, raises Eligo's own
errors naming the field, reads index dates written as text, and screens many records past the
bad ones; the API that was there before keeps working."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from pydantic import ValidationError

import eligo
from eligo.cli import main
from eligo.errors import EligoError, RecordError, RecordProblem, UsageError
from eligo.language import nodes as n
from eligo.language.temporal import PartialDate
from eligo.records.declared import value_problem
from eligo.records.model import Patient

from .conftest import CRITERIA, ROOT

TRIAL_PATH = CRITERIA / "nct05238363.elig"
EXAMPLES = ROOT / "examples" / "nct05238363"
ECOG = {"system": "LOINC", "code": "89247-1"}


@pytest.fixture(scope="module")
def trial() -> eligo.CompiledTrial:
    return eligo.load(TRIAL_PATH)


def _examples() -> list[dict[str, Any]]:
    return [json.loads(p.read_text()) for p in sorted(EXAMPLES.glob("*.json"))]


BAD: list[tuple[dict[str, Any], str, str]] = [
    ({"id": "P1", "observations": [{"code": ECOG, "date": "2026-02-25", "value": 9}]}, "observations[0].value",
     "ECOG performance status (LOINC 89247-1) is a whole number from 0 to 5, not 9"),
    ({"id": "P1", "birth_date": "2027-01-01", "dates": {"first_dose": "2026-03-02"}}, "birth_date",
     "born 2027-01-01, after first_dose 2026-03-02"),
    ({"id": "P1", "sex": "f"}, "sex", "'f' is not one of: female, male, other"),
    ({"id": "P1", "conditions": [{"code": {"system": "ICD10CM", "code": "C44.92"}, "onset": "2026-02-30"}]},
     "conditions[0].onset", "invalid date '2026-02-30': day 30 is out of range for 2026-02 (1-28)"),
    ({"id": "P1", "weight": 80}, "weight", "unknown field (not part of the record format)"),
    ({"id": "P1", "attestations": {"informed_concent": {"value": True}}}, "attestations.informed_concent",
     "the trial has no attested item 'informed_concent'; did you mean 'informed_consent'?"),
    ({"id": "P1", "attestations": {"informed_consent": {"value": "yes"}}}, "attestations.informed_consent.value",
     "expected yes or no (true/false), got the string 'yes'"),
    ({"id": "P1", "dates": {"first_dos": "2026-03-02"}}, "dates.first_dos",
     "the trial has no reference date 'first_dos'; did you mean 'first_dose'?"),
]  # fmt: skip


@pytest.mark.parametrize(("record", "path", "message"), BAD, ids=[b[1] for b in BAD])
def test_evaluate_checks_a_record_as_the_cli_does(
    trial: eligo.CompiledTrial, tmp_path: Path, record: dict[str, Any], path: str, message: str
) -> None:
    for explain in (True, False):
        with pytest.raises(RecordError) as raised:
            trial.evaluate(record, explain=explain)
        assert not isinstance(raised.value, ValidationError)
        assert (raised.value.problem.patient_id, raised.value.problem.path) == ("P1", path)
        assert str(raised.value) == f"record:1: patient P1: {path}: {message}"
    file = tmp_path / "p.json"
    file.write_text(json.dumps(record))
    cli = CliRunner().invoke(main, ["explain", str(TRIAL_PATH), str(file)])
    assert (cli.exit_code, cli.stderr) == (1, f"eligo: error: {file}:1: patient P1: {path}: {message}\n")


def test_a_patient_value_is_checked_too(trial: eligo.CompiledTrial) -> None:
    """A :class:`Patient` made by hand (valid by type) is checked for what no patient can have."""
    patient = Patient.model_validate({"id": "P1", "observations": [{"code": ECOG, "value": 9}]})
    with pytest.raises(RecordError, match=r"observations\[0\]\.value: ECOG"):
        trial.evaluate(patient)


def test_something_that_is_not_a_record(trial: eligo.CompiledTrial) -> None:
    with pytest.raises(RecordError, match=r"^record:1: a patient record is a JSON object, not the string 'P1'$"):
        trial.evaluate("P1")  # type: ignore[arg-type]


def test_index_dates_as_iso_text(trial: eligo.CompiledTrial) -> None:
    record = {"id": "P1", "birth_date": "2008-03-02"}
    as_date = trial.evaluate(record, {"first_dose": date(2026, 3, 2)})
    for text in ("2026-03-02", PartialDate(2026, 3, 2)):
        for explain in (True, False):
            assert trial.evaluate(record, {"first_dose": text}, explain=explain).outcome("I2") == "met"
        assert trial.evaluate(record, {"first_dose": text}) == as_date
    assert trial.evaluate(record, {"first_dose": "2026-03"}).outcome("I2") == "unknown"  # 17 or 18
    with pytest.raises(RecordError, match=r"birth_date: born 2008-03-02, after first_dose 2007 \(the run.s --index"):
        trial.evaluate(record, {"first_dose": "2007"}, explain=False)


@pytest.mark.parametrize(
    ("dates", "message"),
    [
        ({"first_dose": "2026-02-30"}, "index date 'first_dose': invalid date '2026-02-30': day 30 is out of range"),
        ({"first_dos": "2026-03-02"}, "index date 'first_dos': the trial has no reference date 'first_dos' (it has"),
        ({"first_dose": 20260302}, "index date 'first_dose': expected a date or its text (YYYY-MM-DD), got 20260302"),
    ],
)
def test_bad_index_dates_are_usage_errors(trial: eligo.CompiledTrial, dates: dict[str, Any], message: str) -> None:
    for call in (
        lambda: trial.evaluate({"id": "P1"}, dates),
        lambda: list(trial.evaluate_many([{"id": "P1"}], dates)),
        lambda: list(trial.screen_records([{"id": "P1"}], dates)),
    ):
        with pytest.raises(UsageError) as raised:
            call()
        assert str(raised.value).startswith(message)


def test_screen_records_reports_bad_records_and_goes_on(trial: eligo.CompiledTrial, tmp_path: Path) -> None:
    records: list[Any] = [*_examples()[:2], *(record for record, _, _ in BAD), "P", _examples()[0], _examples()[2]]
    items = list(trial.screen_records(records, {"first_dose": "2026-03-02"}))
    assert len(items) == len(records)
    problems = [item for item in items if isinstance(item, RecordProblem)]
    assert [(p.line, p.path) for p in problems] == [
        *((3 + i, path) for i, (_, path, _) in enumerate(BAD)),
        (3 + len(BAD), ""),
        (4 + len(BAD), "id"),  # P01 again
    ]
    assert problems[-1].render() == "records:12: patient P01: id: patient id 'P01' already appeared at line 1"
    results = [item for item in items if not isinstance(item, RecordProblem)]
    assert [(r.patient_id, r.verdict) for r in results] == [
        ("P01", "eligible"), ("P02", "eligible"), ("P03", "ineligible")]  # fmt: skip
    # the command reports the same records, with the same words after their place
    path = tmp_path / "batch.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    cli = CliRunner().invoke(main, ["eval", str(TRIAL_PATH), str(path), "--index-date", "first_dose=2026-03-02"])
    rejected = [line.removeprefix(f"rejected: {path}:") for line in cli.stderr.splitlines() if "rejected:" in line]
    assert rejected == [p.render().removeprefix("records:") for p in problems]
    assert [json.loads(line)["verdict"] for line in cli.stdout.splitlines()] == [r.verdict for r in results]


def test_screen_records_without_evidence_and_named(trial: eligo.CompiledTrial) -> None:
    items = list(trial.screen_records([{"id": "A"}, {"id": "B", "sex": 1}], explain=False, source="ward 7"))
    assert not isinstance(items[0], RecordProblem) and items[0].criteria[0].evidence == ()
    assert isinstance(items[1], RecordProblem)
    assert items[1].render() == "ward 7:2: patient B: sex: 1 is not one of: female, male, other"


def test_evaluate_many_raises_record_error_at_a_bad_record(trial: eligo.CompiledTrial) -> None:
    records = [_examples()[0], {"id": "P1", "sex": 5}, _examples()[1]]
    results = trial.evaluate_many(records)
    assert next(results).verdict == "eligible"
    with pytest.raises(RecordError, match=r"^records:2: patient P1: sex: 5 is not one of"):
        next(results)
    with pytest.raises(RecordError, match="records:2: patient P01: id: patient id 'P01' already appeared at line 1"):
        list(trial.evaluate_many([_examples()[0], _examples()[0]], explain=False))


def test_errors_are_eligos_own(trial: eligo.CompiledTrial) -> None:
    for call in (
        lambda: trial.evaluate({"id": 5}),
        lambda: list(trial.evaluate_many([{"id": ""}])),
        lambda: trial.evaluate({"id": "P", "observations": [{"code": ECOG, "value": float("nan")}]}),
    ):
        with pytest.raises(EligoError) as raised:
            call()
        assert isinstance(raised.value, RecordError) and not isinstance(raised.value, ValueError)


def test_the_existing_api_still_works(trial: eligo.CompiledTrial, tmp_path: Path) -> None:
    from eligo.reader import Loaded, read_patients

    patients = [item.patient for item in read_patients(EXAMPLES) if isinstance(item, Loaded)]
    verdicts = [r.verdict for r in trial.evaluate_many(patients)]
    assert verdicts == [trial.evaluate(p, explain=False).verdict for p in patients]
    assert verdicts[:3] == ["eligible", "eligible", "ineligible"]
    assert trial.header("csv").startswith("patient_id,")
    assert [s.verdict for s in trial.screen(EXAMPLES)] == verdicts
    assert eligo.load(TRIAL_PATH).fingerprint == trial.fingerprint


def test_attested_value_types() -> None:
    """The declared types' rules, as the evaluator reads values (evaluate.values.typed_value)."""
    quantity = n.QuantityType(unit="g/dL")
    assert value_problem(quantity, 9, "g/L") is None
    assert value_problem(quantity, 9, "mmol/L") == ("unit", "'mmol/L' cannot be converted to g/dL")
    assert value_problem(quantity, 9, None) == ("unit", "a quantity in g/dL needs its unit")
    assert value_problem(n.DateType(), "2026-02-30", None) == (
        "value", "invalid date '2026-02-30': day 30 is out of range for 2026-02 (1-28)")  # fmt: skip
    assert value_problem(n.DateType(), "2026-02", None) is None
    assert value_problem(n.TextType(), 5, None) == ("value", "expected text, got the number 5")
    assert value_problem(n.NumberType(), 1.5, None) is None
