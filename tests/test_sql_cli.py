"""eligo import, screen and sql: DuckDB gives the same verdicts as eligo eval."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from eligo.cli import main
from eligo.sql.layout import TABLES

from .conftest import CRITERIA, ROOT
from .test_screening_cli import BROKEN

TRIAL = str(CRITERIA / "nct05238363.elig")
EXAMPLES = str(ROOT / "examples" / "nct05238363")


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    assert "Traceback" not in result.stdout + result.stderr, result.stderr
    return result.exit_code, result.stdout, result.stderr


def outcomes(jsonl: str) -> dict[str, tuple[str, dict[str, str]]]:
    rows = [json.loads(line) for line in jsonl.splitlines()]
    return {r["patient_id"]: (r["verdict"], r["criteria"]) for r in rows}


@pytest.mark.parametrize("target", ["parquet", "db.duckdb"])
def test_screen_on_duckdb_agrees_with_eval(tmp_path: Path, target: str) -> None:
    code, _, err = run("import", EXAMPLES, "--to", str(tmp_path / target))
    assert code == 0
    assert err.strip() == "6 records: 6 imported, 0 rejected"
    code, screened, _ = run("screen", TRIAL, str(tmp_path / target), "--format", "jsonl")
    assert code == 0
    _, evaluated, _ = run("eval", TRIAL, EXAMPLES)
    assert outcomes(screened) == outcomes(evaluated)


def test_screen_summary_shows_the_funnel(tmp_path: Path) -> None:
    run("import", EXAMPLES, "--to", str(tmp_path / "data"))
    code, out, _ = run("screen", TRIAL, str(tmp_path / "data"))
    assert code == 0
    assert "## Attrition funnel" in out
    assert "| Eligible | 2 |" in out


def test_import_reports_bad_records_and_keeps_the_rest(tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join(BROKEN) + "\n")
    code, _, err = run("import", str(batch), "--to", str(tmp_path / "data"))
    assert code == 1
    assert err.count("rejected: ") == 4
    assert err.splitlines()[-1] == "8 records: 4 imported, 4 rejected"
    _, out, _ = run("screen", TRIAL, str(tmp_path / "data"), "--format", "csv")
    assert [line.split(",")[0] for line in out.splitlines()[1:]] == ["G1", "G3", "G6", "G9"]


def test_screen_needs_imported_data(tmp_path: Path) -> None:
    code, _, err = run("screen", TRIAL, str(tmp_path))
    assert code == 2
    assert "no attestations.parquet" in err or "no patients.parquet" in err


@pytest.mark.parametrize("dialect", ["duckdb", "postgres", "spark"])
def test_sql_prints_each_dialect(dialect: str) -> None:
    code, out, _ = run("sql", TRIAL, "--dialect", dialect)
    assert code == 0
    assert out.startswith("WITH patient_facts AS")
    assert "condition_queries AS (" in out and "ecog_latest AS (" in out and "outcomes AS (" in out
    assert '"I1"' in out or "`I1`" in out
    assert ('COLLATE "C"' in out) == (dialect == "postgres")  # code ranges in byte order


def test_import_refuses_a_repeated_patient_id(tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    batch.write_text(
        '{"id": "P1", "sex": "female", "conditions": []}\n'
        '{"id": "P2", "sex": "male", "medications": []}\n'
        '{"id": "P1", "sex": "male", "observations": []}\n'
    )
    code, _, err = run("import", str(batch), "--to", str(tmp_path / "data"))
    assert code == 1
    assert err.splitlines() == [
        f"rejected: {batch}:3: patient P1: id: patient id 'P1' already appeared at line 1",
        "3 records: 2 imported, 1 rejected",
    ]
    code, out, _ = run("screen", TRIAL, str(tmp_path / "data"), "--format", "jsonl")
    assert code == 0
    screened = [json.loads(line) for line in out.splitlines()]
    assert [r["patient_id"] for r in screened] == ["P1", "P2"]
    _, evaluated, _ = run("eval", TRIAL, str(batch))
    assert outcomes(out) == outcomes(evaluated)  # the first P1 is the one kept


def test_screen_refuses_a_database_that_repeats_a_patient_id(tmp_path: Path) -> None:
    database = tmp_path / "made-elsewhere.duckdb"
    run("import", EXAMPLES, "--to", str(database))
    with duckdb.connect(str(database)) as con:
        con.execute("INSERT INTO patients SELECT * FROM patients WHERE patient_id = 'P03'")
    code, _, err = run("screen", TRIAL, str(database))
    assert code == 1
    assert "patient id 'P03' appears 2 times in the patients table" in err


def test_import_writes_csv_for_postgres(tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    batch.write_text(
        '{"id": "P1", "conditions": [{"code": {"system": "ICD10CM", "code": "C44.92", "display": "a, \\"b\\""},'
        ' "treatment": ["surgery", "radiotherapy"]}, {"code": {"system": "ICD10CM", "code": "D05.1"}, "treatment": []},'
        ' {"code": {"system": "ICD10CM", "code": "C50.9"}}]}\n'
    )
    code, _, _ = run("import", str(batch), "--to", str(tmp_path / "csv"), "--format", "csv")
    assert code == 0
    assert sorted(p.name for p in (tmp_path / "csv").iterdir()) == sorted(f"{t}.csv" for t in TABLES)
    lines = (tmp_path / "csv" / "conditions.csv").read_text().splitlines()
    assert lines[0].split(",") == [column for column, _ in TABLES["conditions"]]
    assert [line.split(",", 2)[:2] for line in lines[1:]] == [["P1", "0"], ["P1", "1"], ["P1", "2"]]
    assert lines[1].endswith(',"a, ""b""",,,,,,,,"{surgery,radiotherapy}"')  # NULL empty, lists as arrays
    assert lines[2].endswith(",{}") and lines[3].endswith(",")
    code, _, err = run("import", str(batch), "--to", str(tmp_path / "x.duckdb"), "--format", "csv")
    assert code == 2
    assert "--format csv writes a directory" in err


@pytest.mark.parametrize("dialect", ["duckdb", "postgres", "spark"])
def test_sql_prints_the_tables(dialect: str, tmp_path: Path) -> None:
    code, out, _ = run("sql", "--tables", "--dialect", dialect)
    assert code == 0
    statements = [s for s in out.split(";\n") if s.strip()]
    assert [s.split()[5] for s in statements] == list(TABLES)  # CREATE TABLE IF NOT EXISTS <table> (...)
    if dialect == "duckdb":  # the statements make the tables eligo screen reads
        with duckdb.connect(str(tmp_path / "made.duckdb")) as con:
            for statement in statements:
                con.execute(statement)
        code, out, _ = run("screen", TRIAL, str(tmp_path / "made.duckdb"), "--format", "csv")
        assert code == 0
        assert out.splitlines()[0].startswith("patient_id,verdict,I1")
    code, _, err = run("sql", "--tables", TRIAL)
    assert code == 2
    assert "give CRITERIA to print its query, or --tables" in err
