"""eligo import, screen and sql: DuckDB gives the same verdicts as eligo eval."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from eligo.cli import main

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
    assert out.startswith("WITH outcomes AS")
    assert '"I1"' in out or "`I1`" in out
