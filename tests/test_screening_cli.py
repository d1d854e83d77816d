"""eligo eval, explain and schema as a user runs them."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from eligo.cli import main

from .conftest import CRITERIA, ROOT
from .test_examples import TABLE

TRIAL = str(CRITERIA / "nct05238363.elig")
EXAMPLES = ROOT / "examples" / "nct05238363"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    assert "Traceback" not in result.stdout + result.stderr, result.stderr
    return result.exit_code, result.stdout, result.stderr


def test_eval_on_the_examples_matches_the_table() -> None:
    code, out, err = run("eval", TRIAL, str(EXAMPLES))
    assert code == 0
    results = [json.loads(line) for line in out.splitlines()]
    expected = {"P0" + name[2]: verdict for name, verdict, _ in TABLE}
    assert {r["patient_id"]: r["verdict"] for r in results} == expected
    assert all(r["fingerprint"].startswith("sha256:") for r in results)
    assert err.strip() == "6 records: 6 evaluated (2 eligible, 2 ineligible, 2 undetermined), 0 rejected"


def test_eval_writes_csv_and_a_table(tmp_path: Path) -> None:
    target = tmp_path / "results.csv"
    assert run("eval", TRIAL, str(EXAMPLES), "--format", "csv", "-o", str(target))[0] == 0
    rows = list(csv.DictReader(io.StringIO(target.read_text())))
    assert [r["verdict"] for r in rows] == [verdict for _, verdict, _ in TABLE]
    assert rows[0]["I7"] == "not_applicable"
    assert not list(tmp_path.glob(".*partial"))  # the temporary file is gone
    _code, out, _ = run("eval", TRIAL, str(EXAMPLES), "--format", "table")
    assert out.splitlines()[0].split()[:4] == ["patient", "verdict", "I1", "I2"]


BROKEN = [
    '{"id": "G1", "sex": "male", "dates": {"first_dose": "2026-03-02"}}',
    '{"id": "B2", "sex": "male"',
    '{"id": "G3", "sex": "female"}',
    '{"id": "B4", "birth_date": "2026-02-30"}',
    '{"id": "B5", "conditions": [{"code": {"system": "ICD10CM", "code": "C44.92"}, "onset": 2020}]}',
    '{"id": "G6"}',
    '{"id": "B7", "sex": 1}',
    "",
    '{"id": "G9", "conditions": []}',
]


def test_a_batch_with_broken_records_evaluates_every_good_one(tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join(BROKEN) + "\n")
    code, out, err = run("eval", TRIAL, str(batch))
    assert code == 1
    assert [json.loads(line)["patient_id"] for line in out.splitlines()] == ["G1", "G3", "G6", "G9"]
    rejected = [line for line in err.splitlines() if line.startswith("rejected: ")]
    assert rejected == [
        f"rejected: {batch}:2: invalid JSON: Expecting ',' delimiter (column 27)",
        f"rejected: {batch}:4: patient B4: birth_date: invalid date '2026-02-30': day 30 is out of range for 2026-02 (1-28)",
        f"rejected: {batch}:5: patient B5: conditions[0].onset: a date is written as a string: YYYY, YYYY-MM or YYYY-MM-DD",
        f"rejected: {batch}:7: patient B7: sex: 1 is not one of: female, male, other",
    ]
    assert err.splitlines()[-1] == "8 records: 4 evaluated (0 eligible, 1 ineligible, 3 undetermined), 4 rejected"


def test_index_dates_for_everyone(tmp_path: Path) -> None:
    patient = tmp_path / "p.json"
    patient.write_text('{"id": "A", "birth_date": "2008-03-02"}')
    _, out, _ = run("eval", TRIAL, str(patient), "--index-date", "first_dose=2026-03-01")
    assert json.loads(out)["criteria"]["I2"] == "not_met"
    _, out, _ = run("eval", TRIAL, str(patient), "--index-date", "2026-03-02")
    assert json.loads(out)["criteria"]["I2"] == "met"
    code, _, err = run("eval", TRIAL, str(patient), "--index-date", "consent=2026-03-02")
    assert code == 2
    assert "the trial has no reference date 'consent' (it has: first_dose)" in err


def test_explain_names_the_missing_data() -> None:
    code, out, _ = run("explain", TRIAL, str(EXAMPLES / "p05-undetermined-partial-data.json"))
    assert code == 0
    assert "Verdict UNDETERMINED" in out
    assert "To decide, collect:\n" in out
    assert "  - ECOG performance status within 28 days before first dose\n" in out
    assert "I2   Adult: unknown\n       why: age at first dose is 17 or 18 years (a date is partial)" in out


def test_explain_shows_the_spared_records() -> None:
    _, out, _ = run("explain", TRIAL, str(EXAMPLES / "p02-eligible-woman-with-exceptions.json"))
    assert (
        '- condition ICD10CM D06.1 "Carcinoma in situ of exocervix" 2024-02-10: '
        "spared by 'except code in cervical_carcinoma_in_situ and status is resolved'" in out
    )


def test_explain_a_bad_record_is_one_clear_error(tmp_path: Path) -> None:
    patient = tmp_path / "p.json"
    patient.write_text('{"id": "A", "sex": "woman"}')
    code, _out, err = run("explain", TRIAL, str(patient))
    assert code == 1
    assert err.strip() == f"eligo: error: {patient}:1: patient A: sex: 'woman' is not one of: female, male, other"


def test_eval_explain_includes_evidence() -> None:
    _, out, _ = run("eval", TRIAL, str(EXAMPLES / "p01-eligible-man.json"), "--explain")
    result = json.loads(out)
    i3 = next(c for c in result["criteria"] if c["id"] == "I3")
    assert i3["evidence"][0]["code"] == "ICD10CM C44.42"


def test_schema_prints_the_json_schema() -> None:
    code, out, _ = run("schema")
    assert code == 0
    assert json.loads(out)["title"] == "Eligo patient record"


def test_progress_is_shown_on_a_terminal_only(capsys: pytest.CaptureFixture[str]) -> None:
    from eligo.cli import Progress

    quiet = Progress(enabled=False)
    for _ in range(3):
        quiet.tick()
    quiet.clear()
    shown = Progress(enabled=True)
    shown.tick()
    shown.clear()
    err = capsys.readouterr().err
    assert err.startswith("\rscreened 1 records")  # nothing from the quiet one
    assert err.endswith("\r\x1b[K")


def test_report_for_one_patient_and_for_a_cohort(tmp_path: Path) -> None:
    from .htmlcheck import check_html

    checklist = tmp_path / "p02.html"
    code, _, _ = run(
        "report",
        TRIAL,
        str(EXAMPLES / "p02-eligible-woman-with-exceptions.json"),
        "-o",
        str(checklist),
        "--on",
        "2026-03-01",
    )
    assert code == 0
    text = checklist.read_text()
    check_html(text)
    assert "Screening checklist" in text and ">Eligible<" in text and "2026-03-01" in text
    code, out, err = run("report", TRIAL, str(EXAMPLES), "--format", "md")
    assert code == 0
    assert "## Attrition funnel" in out
    assert err.strip() == "6 records: 6 evaluated, 0 rejected"


def test_report_on_a_batch_with_rejected_records_exits_1(tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join(BROKEN) + "\n")
    code, out, err = run("report", TRIAL, str(batch), "--format", "md")
    assert code == 1
    assert "8 records: 4 evaluated, 4 rejected" in err
    assert "Rejected" in out


@pytest.mark.parametrize(
    ("text", "records", "rejected"),
    [
        ('[{"id": "A"}, {"id": "B"},]', 2, 0),  # a trailing comma: two good records, a broken file
        ('[{"id": "A"}, {"id": "B"', 2, 1),  # an array cut short: B is rejected, and the file is broken
    ],
)
def test_a_broken_array_is_not_counted_as_a_record(tmp_path: Path, text: str, records: int, rejected: int) -> None:
    """The counts add up to the records in the input; the file's own problem is reported apart."""
    batch = tmp_path / "batch.json"
    batch.write_text(text, encoding="utf-8")
    for command in (["eval", TRIAL, str(batch)], ["import", str(batch), "--to", str(tmp_path / "db")]):
        code, _, err = run(*command)
        assert code == 1, err
        assert err.count("broken file: ") == 1 and err.count("rejected: ") == rejected, err
        summary = err.strip().splitlines()[-1]
        assert (
            summary.startswith(f"{records} records: ") and f"{rejected} rejected; 1 problem in the structure" in summary
        )
    code, out, err = run("report", TRIAL, str(batch))
    assert code == 1
    assert "All screened patients" in out  # the cohort report, with the broken file among its problems
    assert "trailing comma" in out or "not closed" in out
    assert f"{records} records: " in err


def test_one_record_in_a_broken_array_is_still_one_patient(tmp_path: Path) -> None:
    one = tmp_path / "one.json"
    one.write_text('[{"id": "A"},]', encoding="utf-8")
    for command in ("explain", "report"):
        code, out, err = run(command, TRIAL, str(one))
        assert code == 1 and out == ""
        assert "trailing comma" in err and "records:" not in err, err


@pytest.mark.parametrize("fmt", ["csv", "table"])
def test_explain_with_csv_or_a_table_is_refused(fmt: str) -> None:
    """--explain adds reasons and evidence to JSON Lines; CSV and the table have no place for them,
    so asking for both is a mistake the user hears about (exit 2), whatever --jobs says."""
    for extra in ((), ("--jobs", "2")):
        code, out, err = run("eval", TRIAL, str(EXAMPLES), "--explain", "--format", fmt, *extra)
        assert code == 2 and out == ""
        assert f"--explain adds reasons and evidence to JSON Lines output; --format {fmt} has no place" in err
    code, out, _ = run("eval", TRIAL, str(EXAMPLES), "--explain", "--format", "jsonl")
    assert code == 0 and "evidence" in json.loads(out.splitlines()[0])["criteria"][0]


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "table"])
def test_the_python_api_writes_what_eval_writes(fmt: str, tmp_path: Path) -> None:
    """``trial.header(fmt)`` and the ``text`` of ``trial.screen(..., fmt=fmt)`` make the file
    ``eligo eval --format fmt`` writes: header included."""
    import eligo

    trial = eligo.load(TRIAL)
    made = trial.header(fmt) + "".join(s.text or "" for s in trial.screen(EXAMPLES, fmt=fmt))
    code, out, _ = run("eval", TRIAL, str(EXAMPLES), "--format", fmt)
    assert code == 0 and made == out
    assert trial.header("jsonl") == ""
    columns = trial.header("csv")
    assert columns.startswith("patient_id,verdict,I1,I2,") and columns.endswith(",fingerprint\n")
    assert trial.header("table").split()[:3] == ["patient", "verdict", "I1"]
    with pytest.raises(ValueError, match="unknown format"):
        trial.header("xml")
