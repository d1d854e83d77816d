"""eligo import, screen and sql: DuckDB gives the same verdicts as eligo eval."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from eligo.cli import main
from eligo.sources import reader
from eligo.sql.layout import TABLES, load_duckdb

from .conftest import CRITERIA, ROOT, bench_module
from .test_hostile_outputs import SAID
from .test_screening_cli import BROKEN

TRIAL = str(CRITERIA / "nct05238363.elig")
EXAMPLES = str(ROOT / "examples" / "nct05238363")


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    assert "Traceback" not in result.stdout + result.stderr, result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
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
    # the condition queries read the per-record membership CTEs (several codes): level 1
    assert "condition_queries_1 AS (" in out and "ecog_latest AS (" in out and "outcomes AS (" in out
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
    written = sorted(p.name for p in (tmp_path / "csv").iterdir())
    assert written == sorted([*(f"{t}.csv" for t in TABLES), "eligo-import.json"])  # with the import's record
    lines = (tmp_path / "csv" / "conditions.csv").read_text().splitlines()
    assert lines[0].split(",") == [column for column, _ in TABLES["conditions"]]
    assert [line.split(",", 2)[:2] for line in lines[1:]] == [["P1", "0"], ["P1", "1"], ["P1", "2"]]
    # NULL empty, lists as arrays; then histology, verification, cancer and recorded (issue 12)
    assert lines[1].endswith(',"a, ""b""",,,,,,,,"{""surgery"",""radiotherapy""}",,,,,,')  # items quoted
    assert lines[2].endswith(",{},,,,,,") and lines[3].endswith(",")
    code, _, err = run("import", str(batch), "--to", str(tmp_path / "x.duckdb"), "--format", "csv")
    assert code == 2
    assert "--format csv writes a directory" in err


@pytest.mark.parametrize("dialect", ["duckdb", "postgres", "spark"])
def test_sql_prints_the_tables(dialect: str, tmp_path: Path) -> None:
    code, out, _ = run("sql", "--tables", "--dialect", dialect)
    assert code == 0
    statements = [s for s in out.split(";\n") if s.strip()]
    assert [s.split()[5] for s in statements] == list(TABLES)  # CREATE TABLE IF NOT EXISTS <table> (...)
    if dialect == "duckdb":  # the statements make the tables eligo screen reads, filled by other means
        with duckdb.connect(str(tmp_path / "made.duckdb")) as con:
            for statement in statements:
                con.execute(statement)
        code, _, err = run("screen", TRIAL, str(tmp_path / "made.duckdb"), "--format", "csv")
        assert code == 1 and "no record of a complete `eligo import`" in err
        code, out, _ = run("screen", TRIAL, str(tmp_path / "made.duckdb"), "--format", "csv", "--external")
        assert code == 0
        assert out.splitlines()[0].startswith("patient_id,verdict,I1")
    code, _, err = run("sql", "--tables", TRIAL)
    assert code == 2
    assert "give CRITERIA to print its query, or --tables" in err


# ----------------------------------------------------------------------------- bad criteria, bad data, bad targets

HEADER = 'trial NCT00000000 "T"\n  reference first_dose "Day 1"\n\n'
ONE = '{"id": "P1", "sex": "female", "birth_date": "1990-01-01", "dates": {"first_dose": "2026-03-02"}}\n'


def imported(tmp_path: Path, records: str = ONE) -> Path:
    (tmp_path / "p.jsonl").write_text(records)
    code, _, _ = run("import", str(tmp_path / "p.jsonl"), "--to", str(tmp_path / "data"))
    assert code == 0
    return tmp_path / "data"


def test_what_the_sql_back_end_cannot_compile_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "criteria").mkdir()
    criteria = tmp_path / "criteria" / "t.elig"
    criteria.write_text(HEADER + 'include I3 "Ages"\n  age at first_dose = age at first_dose\n')
    expected = f"eligo: error: criterion I3 ({criteria}:4): the SQL back end cannot compare an age with an age yet\n"
    assert run("check", str(criteria))[0] == 0
    assert run("sql", str(criteria)) == (1, "", expected)
    assert run("screen", str(criteria), str(imported(tmp_path))) == (1, "", expected)
    assert run("render", "--all", "--root", str(tmp_path)) == (1, "", expected)
    assert not (tmp_path / "generated").exists()


def chained_defines(levels: int, defines: int) -> str:
    """Definitions each nesting ``levels`` deep around the one before: the criterion that uses
    the last is nested ``levels * defines`` deep once they are written out in full."""
    text, inner = HEADER, "sex is female"
    for number in range(1, defines + 1):
        body = inner
        for _ in range(levels):
            body = f"(sex is male or {body})"
        text += f'define d{number} "d"\n  {body}\n\n'
        inner = f"d{number}"
    return text + f'include I1 "Deep"\n  {inner} and age at first_dose >= 18 years\n'


def test_chained_definitions_compile_however_deep_they_nest(tmp_path: Path) -> None:
    criteria = tmp_path / "deep.elig"
    criteria.write_text(chained_defines(90, 3))
    code, out, _ = run("sql", str(criteria))
    assert code == 0 and out.startswith("WITH")
    code, out, _ = run("screen", str(criteria), str(imported(tmp_path)), "--format", "csv")
    assert code == 0
    assert out.splitlines()[1].startswith("P1,eligible,met,")


def test_nesting_beyond_the_recursion_limit_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    criteria = tmp_path / "deep.elig"
    criteria.write_text(chained_defines(90, 12))  # over a thousand levels
    data = imported(tmp_path)
    monkeypatch.setattr("eligo.sql.compile.RECURSION_LIMIT", 1)  # no more room than Python's default
    expected = (
        "eligo: error: the criteria, with their definitions written out in full, are nested too deeply for "
        "the SQL back end\n"
    )
    assert run("sql", str(criteria)) == (1, "", expected)
    assert run("screen", str(criteria), str(data)) == (1, "", expected)


@pytest.mark.parametrize(
    ("ids", "message"),
    [
        (("patient_id",), "criterion id 'patient_id' is the name of another column of the screening results"),
        (("I1", "verdict"), "criterion id 'verdict' is the name of another column of the screening results"),
        (("I1", "i1"), "criterion id 'i1' differs from 'I1' (line 4) only in case"),
    ],
)
def test_criterion_ids_that_would_share_a_result_column_are_refused(
    tmp_path: Path, ids: tuple[str, ...], message: str
) -> None:
    criteria = tmp_path / "t.elig"
    criteria.write_text(HEADER + "".join(f'include {i} "t"\n  sex is female\n\n' for i in ids))
    code, out, err = run("screen", str(criteria), str(imported(tmp_path)))
    assert (code, out) == (1, "")
    assert message in err


def test_screen_tells_a_failing_query_from_data_it_cannot_read(tmp_path: Path) -> None:
    criteria = tmp_path / "t.elig"
    criteria.write_text(HEADER + 'include I1 "Adult"\n  age at first_dose >= 18 years\n')
    database = tmp_path / "p.duckdb"
    (tmp_path / "p.jsonl").write_text(ONE)
    assert run("import", str(tmp_path / "p.jsonl"), "--to", str(database))[0] == 0
    with duckdb.connect(str(database)) as con:  # a birth date that is not a date: the query fails
        con.execute("ALTER TABLE patients ALTER birth_lo TYPE VARCHAR")
        con.execute("UPDATE patients SET birth_lo = 'soon'")
    code, _, err = run("screen", str(criteria), str(database))
    assert code == 1
    assert err.startswith("eligo: error: DuckDB could not run the screening query: ")
    assert "not a database" not in err
    with duckdb.connect(str(database)) as con:  # no birth_hi: not the layout `eligo import` writes
        con.execute("ALTER TABLE patients DROP COLUMN birth_hi")
    code, _, err = run("screen", str(criteria), str(database))
    assert (code, err) == (
        1,
        f"eligo: error: {database}: not a database written by `eligo import` (the patients table has no column "
        "birth_hi)\n",
    )


def test_windows_past_the_calendar_screen_as_eval_does(tmp_path: Path) -> None:
    criteria = tmp_path / "t.elig"
    criteria.write_text(
        HEADER + 'exclude E1 "Ever"\n  exists condition where onset within 9999999999 years before first_dose\n'
    )
    records = ONE.replace("}\n", ', "conditions": [{"code": {"system": "ICD10CM", "code": "C44.1"}, '
                          '"onset": "2001-05"}]}\n')  # fmt: skip
    code, screened, _ = run("screen", str(criteria), str(imported(tmp_path, records)), "--format", "jsonl")
    assert code == 0
    _, evaluated, _ = run("eval", str(criteria), str(tmp_path / "p.jsonl"))
    assert outcomes(screened) == outcomes(evaluated) == {"P1": ("ineligible", {"E1": "met"})}


def test_screen_summary_says_where_the_patients_are_and_that_missing_data_is_not_known(tmp_path: Path) -> None:
    data = imported(tmp_path, ONE.replace('"birth_date": "1990-01-01", ', ""))  # age unknown: undetermined
    criteria = tmp_path / "t.elig"
    criteria.write_text(HEADER + 'include I1 "Adult"\n  age at first_dose >= 18 years\n')
    code, out, _ = run("screen", str(criteria), str(data))
    assert code == 0
    assert "- Patients: " + str(data).replace("_", "\\_") in out  # as Markdown writes it
    assert "| Undetermined | 1 |" in out
    assert "No undetermined patient" not in out
    assert "*Not available from the SQL back end" in out


def test_import_checks_where_it_writes_before_reading(tmp_path: Path) -> None:
    plain = tmp_path / "plain"
    plain.write_text("")
    missing = str(tmp_path / "no-such-patients.jsonl")  # never read: the target is refused first
    code, _, err = run("import", missing, "--to", str(plain))
    assert (code, err) == (
        2,
        f"eligo: error: {plain}: is a file; --to takes a directory for the parquet files, or a new database file "
        "ending in .duckdb or .db\n",
    )
    code, _, err = run("import", missing, "--to", str(plain / "x.duckdb"))
    assert code == 2
    assert err.startswith(f"eligo: error: {plain / 'x.duckdb'}: cannot make the directory to write in (")
    (tmp_path / "p.jsonl").write_text(ONE)
    code, _, err = run("import", str(tmp_path / "p.jsonl"), "--to", str(tmp_path / "new" / "dir" / "x.duckdb"))
    assert (code, err) == (0, "1 record: 1 imported, 0 rejected\n")
    code, out, _ = run("screen", TRIAL, str(tmp_path / "new" / "dir" / "x.duckdb"), "--format", "csv")
    assert code == 0 and out.splitlines()[1].startswith("P1,")


# ----------------------------------------------------------------------------- whole imports or none


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Twenty thousand generated patients: an import of a few seconds, long enough to interrupt."""
    path = tmp_path_factory.mktemp("generated") / "generated.jsonl"
    bench_module("generate").write_cohort(20_000, path, seed=11)
    return path


def interrupted_import(
    folder: Path, patients: Path, target: str, how: signal.Signals, *options: str
) -> tuple[int, str]:
    """``eligo import PATIENTS --to TARGET`` in ``folder``, sent ``how`` (to its process group) in
    the middle: once its hidden partial import exists and a first part of the patients is in it."""
    command = [sys.executable, "-c", "from eligo.cli import main; main()", "import", str(patients), "--to", target]
    process = subprocess.Popen([*command, *options], cwd=folder, stderr=subprocess.PIPE, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while not list(folder.glob(f".{target}.*.partial")):
            assert process.poll() is None and time.monotonic() < deadline, "the import never started writing"
            time.sleep(0.02)
        time.sleep(1.0)  # a first chunk of patients read and loaded
        assert process.poll() is None, "the import ended before it could be interrupted; give it more patients"
        os.killpg(process.pid, how)
        _, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    return process.returncode, err.decode()


@pytest.mark.parametrize("how", [signal.SIGINT, signal.SIGTERM, signal.SIGKILL], ids=["SIGINT", "SIGTERM", "SIGKILL"])
@pytest.mark.parametrize("target", ["cohort.duckdb", "cohort"])
def test_an_interrupted_import_leaves_no_database(
    tmp_path: Path, generated: Path, target: str, how: signal.Signals
) -> None:
    """Stopped in the middle, an import leaves nothing under the target's name (and removes its
    hidden partial import, unless killed outright); it can be run again, and what it then writes
    screens as eval does."""
    code, err = interrupted_import(tmp_path, generated, target, how)
    assert not (tmp_path / target).exists()
    partial = list(tmp_path.glob(f".{target}.*"))
    if how == signal.SIGKILL:
        assert code == -signal.SIGKILL
    else:
        assert (code, partial) == (128 + how, [])
        assert err.strip().splitlines()[-1] == SAID[how] and "Traceback" not in err
    first = tmp_path / "first.jsonl"  # screening twenty thousand patients twice would be slow
    first.write_text("".join(generated.read_text().splitlines(keepends=True)[:500]))
    code, _, err = run("import", str(first), "--to", str(tmp_path / target))
    assert (code, err) == (0, "500 records: 500 imported, 0 rejected\n")
    _, screened, _ = run("screen", TRIAL, str(tmp_path / target), "--format", "jsonl")
    _, evaluated, _ = run("eval", TRIAL, str(first))
    assert outcomes(screened) == outcomes(evaluated)


@pytest.mark.parametrize("target", ["cohort.duckdb", "cohort"])
def test_an_interrupted_replacement_leaves_the_earlier_import_whole(
    tmp_path: Path, generated: Path, target: str
) -> None:
    assert run("import", EXAMPLES, "--to", str(tmp_path / target))[0] == 0
    _, before, _ = run("screen", TRIAL, str(tmp_path / target), "--format", "jsonl")
    code, _ = interrupted_import(tmp_path, generated, target, signal.SIGTERM, "--replace")
    assert code == 143
    assert [p.name for p in tmp_path.iterdir()] == [target]
    assert run("screen", TRIAL, str(tmp_path / target), "--format", "jsonl") == (0, before, "")


def test_screen_refuses_data_no_complete_import_wrote(tmp_path: Path) -> None:
    """What an interrupted import of an earlier Eligo left (the tables, part of the patients, no
    record of the import's end) is refused, not screened as if complete; so are tables filled by
    other means, unless --external says so."""
    patients = [i.patient for i in reader.read_patients(EXAMPLES) if isinstance(i, reader.Loaded)]
    database = tmp_path / "partial.duckdb"
    with duckdb.connect(str(database)) as con:
        load_duckdb(con, patients[:3])
    expected = (
        f"eligo: error: {database}: no record of a complete `eligo import` (an interrupted import, or tables "
        "filled by other means); import the patients again, or give --external to screen tables you filled yourself\n"
    )
    assert run("screen", TRIAL, str(database)) == (1, "", expected)
    code, out, _ = run("screen", TRIAL, str(database), "--external", "--format", "csv")
    assert code == 0 and [line.split(",")[0] for line in out.splitlines()[1:]] == ["P01", "P02", "P03"]
    assert run("import", EXAMPLES, "--to", str(tmp_path / "data"))[0] == 0
    (tmp_path / "data" / "eligo-import.json").unlink()  # a directory of Parquet files from elsewhere
    code, out, err = run("screen", TRIAL, str(tmp_path / "data"))
    assert (code, out) == (1, "") and "no record of a complete `eligo import`" in err
    assert run("screen", TRIAL, str(tmp_path / "data"), "--external")[0] == 0


@pytest.mark.parametrize("target", ["db.duckdb", "data"])
def test_screen_refuses_tables_changed_since_the_import(tmp_path: Path, target: str) -> None:
    assert run("import", EXAMPLES, "--to", str(tmp_path / target))[0] == 0
    if target == "data":  # a Parquet file cut short: the conditions of one patient gone
        path = str(tmp_path / target / "conditions.parquet")
        with duckdb.connect() as con:
            con.execute(
                f"COPY (SELECT * FROM read_parquet('{path}') WHERE patient_id <> 'P01') TO '{path}.new' (FORMAT parquet)"
            )
        os.replace(path + ".new", path)
    else:
        with duckdb.connect(str(tmp_path / target)) as con:
            con.execute("DELETE FROM conditions WHERE patient_id = 'P01'")
    code, out, err = run("screen", TRIAL, str(tmp_path / target))
    assert (code, out) == (1, "")
    assert err == (
        f"eligo: error: {tmp_path / target}: changed since `eligo import` wrote it (the conditions table has 15 "
        "rows; the import wrote 16); import the patients again\n"
    )


@pytest.mark.parametrize("target", ["db.duckdb", "data"])
def test_import_replaces_an_earlier_import_only_when_asked(tmp_path: Path, target: str) -> None:
    batch = tmp_path / "batch.jsonl"
    batch.write_text('{"id": "NEW1", "sex": "female"}\n')
    assert run("import", EXAMPLES, "--to", str(tmp_path / target))[0] == 0
    code, _, err = run("import", str(batch), "--to", str(tmp_path / target))
    said = (
        "already exists; import into a new database file" if target.endswith(".duckdb") else "holds an earlier import"
    )
    assert (code, err) == (
        2,
        f"eligo: error: {tmp_path / target}: {said}{', or' if 'file' in said else ';'} give --replace{'' if 'file' in said else ' to replace it'}\n",
    )
    _, out, _ = run("screen", TRIAL, str(tmp_path / target), "--format", "csv")
    assert len(out.splitlines()) == 7  # the earlier import, whole
    assert run("import", str(batch), "--to", str(tmp_path / target), "--replace") == (
        0, "", "1 record: 1 imported, 0 rejected\n"
    )  # fmt: skip
    _, out, _ = run("screen", TRIAL, str(tmp_path / target), "--format", "csv")
    assert [line.split(",")[0] for line in out.splitlines()[1:]] == ["NEW1"]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["batch.jsonl", target])


def test_replace_never_takes_other_files(tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine\n")
    for options in ([], ["--replace"]):
        code, _, err = run("import", EXAMPLES, "--to", str(folder), *options)
        assert code == 2
    assert err == (
        f"eligo: error: {folder}: --replace replaces an earlier import, and this directory holds other files "
        "(notes.txt); import into a new or empty directory\n"
    )
    assert [p.name for p in folder.iterdir()] == ["notes.txt"]
    empty = tmp_path / "empty"
    empty.mkdir()
    assert run("import", EXAMPLES, "--to", str(empty))[0] == 0  # an empty directory receives it
    assert (empty / "eligo-import.json").is_file()


def test_the_summary_counted_in_sql_is_the_one_gathered_patient_by_patient(tmp_path: Path) -> None:
    """``eligo screen``'s summary groups patients by their outcomes in SQL and takes the table's
    first rows by id: the counts, funnel, "alone excludes" and rows are those of every result
    added one by one (here with a table shorter than the cohort)."""
    from eligo.documents.summary import CohortSummary
    from eligo.language.load import load_program
    from eligo.sql.screen import screen_combinations, screen_database

    cohort = tmp_path / "cohort.jsonl"
    bench_module("generate").write_cohort(1500, cohort, seed=11)
    assert run("import", str(cohort), "--to", str(tmp_path / "data"))[0] == 0
    program = load_program(TRIAL)
    ids = [c.id for c in program.criteria]
    one_by_one = CohortSummary(program, row_limit=40)
    one_by_one.extend(screen_database(program, tmp_path / "data"))
    grouped = CohortSummary(program, row_limit=40)
    combinations, first = screen_combinations(program, tmp_path / "data", rows=40)
    assert len(combinations) < 1500 and len(first) == 40
    for verdict, found, count in combinations:
        grouped.add_combination(dict(zip(ids, found, strict=True)), verdict, count)
    grouped.add_rows((pid, dict(zip(ids, found, strict=True))) for pid, _, found in first)
    assert grouped.verdicts == one_by_one.verdicts and grouped.outcomes == one_by_one.outcomes
    assert grouped.funnel() == one_by_one.funnel() and grouped.excluded_alone() == one_by_one.excluded_alone()
    assert grouped.rows == one_by_one.rows and grouped.rows_left_out == one_by_one.rows_left_out == 1460
