"""Per-enrolment parameters (issue 12, PARAM): a cohort, study stage or arm the patient is screened
for, declared in the trial header and given per patient (the record's ``parameters``) or per run
(``--param``, the API's ``parameters=``), as reference dates are; unknown when neither gives it."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

import eligo
from eligo.cli import main
from eligo.errors import CheckError, RecordError, UsageError
from eligo.language.format import format_text
from eligo.records.model import Patient
from eligo.sql.compile import to_sql
from eligo.sql.layout import create_tables, load_duckdb

SOURCE = """\
trial T1 "Two stages"
  reference first_dose "Day 1"
  parameter stage "Study stage": one of (stage_1, stage_2)

include I1 "Age by stage"
  text "Aged 2 to 17 (stage 1) or 1 to 17 (stage 2)."
  if stage is stage_1 then age at first_dose >= 2 years else age at first_dose >= 1 years

include I2 "Stage 2 only"
  stage is stage_2
"""


def program_of(source: str) -> eligo.Program:
    return eligo.check(eligo.parse_text(source, "t.elig"), (), {"t.elig": source})


PROGRAM = program_of(SOURCE)
TRIAL = eligo.CompiledTrial(PROGRAM)
#: 18 months old at first dose: old enough for stage 2, not for stage 1
TODDLER = {"id": "P1", "birth_date": "2024-09-01", "dates": {"first_dose": "2026-03-01"}}


def outcomes(result: eligo.PatientResult) -> list[str]:
    return [c.outcome for c in result.criteria]


def test_unknown_until_given_then_decided_by_the_patient_or_the_run() -> None:
    for explain in (True, False):
        unknown = TRIAL.evaluate(TODDLER, explain=explain)
        assert outcomes(unknown) == ["unknown", "unknown"]
        stage_1 = TRIAL.evaluate({**TODDLER, "parameters": {"stage": "stage_1"}}, explain=explain)
        assert outcomes(stage_1) == ["not_met", "not_met"]
        by_run = TRIAL.evaluate(TODDLER, explain=explain, parameters={"stage": "stage_2"})
        assert outcomes(by_run) == ["met", "met"]
        own_wins = TRIAL.evaluate({**TODDLER, "parameters": {"stage": "stage_1"}}, explain=explain,
                                  parameters={"stage": "stage_2"})  # fmt: skip
        assert outcomes(own_wins) == ["not_met", "not_met"]
    missing = TRIAL.evaluate(TODDLER).missing
    assert "Study stage (a parameter of the run: --param stage=...)" in missing
    given = TRIAL.evaluate(TODDLER, parameters={"stage": "stage_2"}).criteria[1]
    assert [(e.record, e.display, e.value) for e in given.evidence] == [("parameter", "Study stage", "stage 2")]


def test_a_record_or_a_run_naming_what_the_trial_does_not_declare_is_refused_with_a_did_you_mean() -> None:
    with pytest.raises(
        RecordError, match=r"parameters\.stage: 'stage_3' is not one of: stage_1, stage_2; did you mean 'stage_2'\?"
    ):
        TRIAL.evaluate({**TODDLER, "parameters": {"stage": "stage_3"}})
    with pytest.raises(
        RecordError, match=r"parameters\.stag: the trial has no parameter 'stag'; did you mean 'stage'\?"
    ):
        TRIAL.evaluate({**TODDLER, "parameters": {"stag": "stage_1"}})
    with pytest.raises(UsageError, match=r"parameter cohort=a: the trial has no parameter 'cohort' \(it has: stage\)"):
        TRIAL.evaluate(TODDLER, parameters={"cohort": "a"})


@pytest.mark.parametrize(
    ("header", "logic", "message"),
    [
        ('parameter stage "S": number', "stage > 1", "a parameter is one of a list of named values"),
        ('parameter status "S": one of (a, b)', "status is a", "'status' is a record field"),
        ('parameter first_dose "S": one of (a, b)', "first_dose is a", "'first_dose' is declared twice"),
        (
            'parameter stage "S": one of (stage_1, stage_2)',
            "stage is stage2",
            "'stage2' is not a value of stage; did you mean 'stage_2'?",
        ),
        ('parameter stage "S": one of (a, b)', "stag is a", "unknown name 'stag'; did you mean 'stage'?"),
    ],
)
def test_checker_rules(header: str, logic: str, message: str) -> None:
    source = f'trial T1 "t"\n  reference first_dose "Day 1"\n  {header}\n\ninclude I1 "x"\n  {logic} and first_dose is known\n'
    with pytest.raises(CheckError) as raised:
        program_of(source)
    assert message in str(raised.value)


def test_an_unused_parameter_is_a_warning_and_the_formatter_keeps_the_header() -> None:
    source = 'trial T1 "t"\n  reference d "Day 1"\n  parameter cohort "Cohort": one of (a, b)\n\ninclude I1 "x"\n  d is known\n'
    assert [w.message for w in program_of(source).warnings] == ["parameter 'cohort' is declared but never used"]
    formatted = format_text(SOURCE, "t.elig")
    assert '  parameter stage "Study stage": one of (stage_1, stage_2)\n' in formatted
    assert program_of(formatted).parameters == PROGRAM.parameters


def test_sql_reads_the_record_and_the_run_as_the_evaluator_does() -> None:
    records = [TODDLER, {**TODDLER, "id": "P2", "parameters": {"stage": "stage_1"}},
               {**TODDLER, "id": "P3", "parameters": {"stage": "stage_2"}}]  # fmt: skip
    patients = [Patient.model_validate(r) for r in records]
    con = duckdb.connect()
    create_tables(con)
    load_duckdb(con, patients)
    for run in ({}, {"stage": "stage_1"}, {"stage": "stage_2"}):
        rows = sorted(tuple(r) for r in con.execute(to_sql(PROGRAM, "duckdb", parameters=run)).fetchall())
        expected = sorted(
            (p.id, *outcomes(r := TRIAL.evaluate(p, explain=False, parameters=run)), r.verdict) for p in patients
        )
        assert rows == expected


def test_the_command_line_gives_a_parameter_per_run(tmp_path: Path) -> None:
    criteria = tmp_path / "t.elig"
    criteria.write_text(SOURCE)
    patients = tmp_path / "p.jsonl"
    patients.write_text(json.dumps(TODDLER) + "\n")
    runner = CliRunner()
    given = runner.invoke(main, ["eval", str(criteria), str(patients), "--format", "csv", "--param", "stage=stage_2"])
    assert given.exit_code == 0 and "P1,eligible,met,met" in given.output
    wrong = runner.invoke(main, ["eval", str(criteria), str(patients), "--param", "stage=stage2"])
    assert wrong.exit_code == 2
    assert "--param stage=stage2: 'stage2' is not one of: stage_1, stage_2; did you mean 'stage_2'?" in wrong.output
    rendered = runner.invoke(main, ["render", str(criteria), "--format", "md"])
    assert (
        "## Parameters of enrolment" in rendered.output
        and "- **Study stage**: one of stage 1, stage 2" in rendered.output
    )
