"""The generated PostgreSQL runs for real on a throw-away server and agrees with DuckDB.

The server is started for the test in a temporary directory (``initdb`` with trust
authentication, a Unix socket in that directory, a free port) and stopped afterwards. Its
database orders text by an ICU locale (en-US), as production databases usually do, so that code
ranges compared without ``COLLATE "C"`` would disagree with DuckDB and Python.

Skipped, with the reason, where PostgreSQL's server programs are not installed (Debian:
``apt-get install postgresql``; its programs are in /usr/lib/postgresql/<version>/bin), or where
the tests run as root with no unprivileged ``postgres`` user to run the server as (PostgreSQL
refuses to run as root). The cohort is loaded and screened by the shell commands of docs/sql.md,
run as they are (CSV from ``eligo import --format csv`` through ``psql``'s ``\\copy``): no Python
driver is needed.
"""

from __future__ import annotations

import csv
import io
import os
import pwd
import re
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pytest
from click.testing import CliRunner

import eligo
from eligo.cli import main
from eligo.sources import reader
from eligo.sql.compile import to_sql

from .conftest import CRITERIA, ROOT, bench_module
from .test_sql_semantics import EXTRAS

PROGRAMS = ("initdb", "pg_ctl", "postgres")


def server_programs() -> dict[str, str] | None:
    """initdb, pg_ctl and postgres: on PATH, or in Debian's versioned directory."""
    found = {name: shutil.which(name) for name in PROGRAMS}
    if all(found.values()):
        return {name: str(path) for name, path in found.items()}
    for directory in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if all((directory / name).is_file() for name in PROGRAMS):
            return {name: str(directory / name) for name in PROGRAMS}
    return None


PSQL = shutil.which("psql")
pytestmark = [
    pytest.mark.skipif(
        server_programs() is None, reason="PostgreSQL's server programs (initdb, pg_ctl) are not installed"
    ),
    pytest.mark.skipif(PSQL is None, reason="psql is not installed"),
]


@dataclass(frozen=True)
class Server:
    socket_dir: Path
    port: int
    icu: bool  # the database orders text by ICU's en-US collation

    def psql(self, sql: str = "", *args: str) -> str:
        """Run SQL (or a psql meta-command) and return the output, as CSV with a header."""
        assert PSQL is not None
        command = [PSQL, "-X", "-q", "--csv", "-v", "ON_ERROR_STOP=1", "-h", str(self.socket_dir),
                   "-p", str(self.port), "-U", "eligo", "-d", "postgres", *args]  # fmt: skip
        done = subprocess.run(command, input=sql, capture_output=True, text=True, timeout=600, check=False)
        assert done.returncode == 0, done.stderr
        return done.stdout


def unprivileged() -> list[str]:
    """The command prefix that runs the server's programs as a user PostgreSQL accepts."""
    if os.geteuid() != 0:
        return []
    runuser = shutil.which("runuser")
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        pytest.skip("running as root and there is no 'postgres' user to run the server as")
    if runuser is None:
        pytest.skip("running as root and runuser is missing to run the server as the 'postgres' user")
    return [runuser, "-u", "postgres", "--"]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    programs = server_programs()
    assert programs is not None
    runner = unprivileged()
    base = Path(tempfile.mkdtemp(prefix="eligo-pg-"))
    if runner:
        user = pwd.getpwnam("postgres")
        os.chown(base, user.pw_uid, user.pw_gid)
    data, port = base / "data", free_port()

    def run(*command: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*runner, *command], capture_output=True, text=True, timeout=120, check=False)

    init = [programs["initdb"], "-D", str(data), "--auth=trust", "--username=eligo", "--encoding=UTF8",
            "--locale=C.UTF-8"]  # fmt: skip
    made = run(*init, "--locale-provider=icu", "--icu-locale=en-US")
    icu = made.returncode == 0
    if not icu:  # a server built without ICU: the C.UTF-8 locale's order
        shutil.rmtree(data, ignore_errors=True)
        made = run(*init)
    assert made.returncode == 0, made.stderr
    options = f"-k {base} -p {port} -c listen_addresses='' -c fsync=off"
    started = run(programs["pg_ctl"], "-D", str(data), "-l", str(base / "log"), "-o", options, "-w", "start")
    try:
        assert started.returncode == 0, started.stderr + (base / "log").read_text(errors="replace")
        yield Server(base, port, icu)
    finally:
        run(programs["pg_ctl"], "-D", str(data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(base, ignore_errors=True)


# ----------------------------------------------------------------------------- the cohort

#: codes whose order differs between bytes and a locale: lower case sorts between upper-case
#: letters in en-US ('c50' lies between 'C00' and 'C96' there, after 'C96' in bytes)
TRICKY = [
    {"id": "T1", "dates": {"first_dose": "2026-03-02"},
     "conditions": [{"code": {"system": "ICD10CM", "code": "c50.911"}, "onset": "2025-01-01", "status": "active"}]},
    {"id": "T2", "dates": {"first_dose": "2026-03-02"},
     "conditions": [{"code": {"system": "ICD10CM", "code": "C50.911"}, "onset": "2025-01-01", "status": "active"}]},
    {"id": "T3", "dates": {"first_dose": "2026-03-02"},
     "conditions": [{"code": {"system": "ICD10CM", "code": "d05.1"}, "status": "active"},
                    {"code": {"system": "ICD10CM", "code": "C4a.9"}, "status": "active"}]},
    {"id": "T4", "dates": {"first_dose": "2026-03-02"},
     "conditions": [{"code": {"system": "ICD10CM", "code": "C9z", "display": "é, \"quoted\""}, "status": "active"}]},
]  # fmt: skip


@pytest.fixture(scope="module")
def cohort(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example patients, 300 synthetic ones and the tricky ones, as one JSON Lines file."""
    directory = tmp_path_factory.mktemp("cohort")
    path = directory / "cohort.jsonl"
    bench_module("generate").write_cohort(300, path, seed=7)
    examples = [
        i.patient for i in reader.read_patients(ROOT / "examples" / "nct05238363") if isinstance(i, reader.Loaded)
    ]
    lines = [p.model_dump_json() for p in [*examples, *(eligo.Patient.model_validate(p) for p in TRICKY)]]
    with path.open("a") as out:
        out.write("".join(line + "\n" for line in lines))
    return path


def documented_commands() -> str:
    """The shell commands docs/sql.md gives for PostgreSQL."""
    docs = (ROOT / "docs" / "sql.md").read_text(encoding="utf-8")
    block = re.search(r"## On PostgreSQL\n.*?```sh\n(.*?)```", docs, re.S)
    assert block is not None
    return block.group(1)


@dataclass(frozen=True)
class Imported:
    duckdb: Path  # the same cohort imported into DuckDB
    results: Path  # what the documented commands wrote for NCT05238363
    work: Path  # where they ran
    env: dict[str, str]  # with which environment

    def run_documented(self, commands: str | None = None) -> subprocess.CompletedProcess[str]:
        """The commands of docs/sql.md (or others), run with bash as a user runs them, in ``work``."""
        return subprocess.run(["bash", "-euo", "pipefail", "-c", commands or documented_commands()], cwd=self.work,
                              env=self.env, capture_output=True, text=True, timeout=600, check=False)  # fmt: skip


@pytest.fixture(scope="module")
def loaded(server: Server, cohort: Path, tmp_path_factory: pytest.TempPathFactory) -> Imported:
    """The cohort loaded into PostgreSQL and screened by the commands of docs/sql.md (run as
    they are, in a directory holding patients.jsonl and criteria/), and imported into DuckDB."""
    work = tmp_path_factory.mktemp("work")
    shutil.copy(cohort, work / "patients.jsonl")
    (work / "criteria").symlink_to(CRITERIA, target_is_directory=True)
    scripts = Path(sys.executable).parent  # where the eligo command is installed
    env = {**os.environ, "PATH": f"{scripts}{os.pathsep}{os.environ.get('PATH', '')}", "PGHOST": str(server.socket_dir),
           "PGPORT": str(server.port), "PGUSER": "eligo", "PGDATABASE": "postgres"}  # fmt: skip
    imported = Imported(work / "cohort.duckdb", work / "results.csv", work, env)
    done = imported.run_documented()
    assert done.returncode == 0, done.stderr
    result = CliRunner().invoke(main, ["import", str(cohort), "--to", str(work / "cohort.duckdb")])
    assert result.exit_code == 0, result.stderr
    return imported


def rows(text: str) -> dict[str, dict[str, Any]]:
    records = list(csv.DictReader(io.StringIO(text)))
    return {r["patient_id"]: r for r in records}


def expected(loaded: Imported, program: eligo.Program) -> dict[str, dict[str, Any]]:
    with duckdb.connect(str(loaded.duckdb), read_only=True) as con:
        cursor = con.execute(to_sql(program, "duckdb"))
        names = [d[0] for d in cursor.description]
        return {r[0]: dict(zip(names, r, strict=True)) for r in cursor.fetchall()}


def agree(got: dict[str, dict[str, Any]], expected: dict[str, dict[str, Any]]) -> None:
    assert len(expected) == 300 + 6 + len(TRICKY)
    assert got.keys() == expected.keys()
    differences = {
        (pid, column): (got[pid][column], value)
        for pid in expected
        for column, value in expected[pid].items()
        if got[pid][column] != value
    }
    assert not differences, f"{len(differences)} outcomes differ (PostgreSQL, DuckDB): {list(differences.items())[:5]}"


def test_the_documented_commands_screen_like_duckdb(loaded: Imported) -> None:
    program = eligo.load_program(CRITERIA / "nct05238363.elig")
    agree(rows(loaded.results.read_text()), expected(loaded, program))


@pytest.mark.parametrize("trial", ["nct02296125.elig", "nct01288573.elig", "extras"])
def test_postgres_agrees_with_duckdb(server: Server, loaded: Imported, trial: str) -> None:
    program = EXTRAS if trial == "extras" else eligo.load_program(CRITERIA / trial)  # extras: test_sql_semantics
    agree(rows(server.psql(to_sql(program, "postgres") + ";")), expected(loaded, program))


def test_code_ranges_compare_bytes_not_the_locale(server: Server, loaded: Imported) -> None:
    """A lower-case code is not in an upper-case range in PostgreSQL either (as in Python), though
    the database's own order puts it there."""
    if server.icu:
        assert server.psql("SELECT 'c50' BETWEEN 'C00' AND 'C96' AS inside;").splitlines()[1] == "t"
    program = eligo.load_program(CRITERIA / "nct05238363.elig")
    got = rows(server.psql(to_sql(program, "postgres") + ";"))
    assert [got[p]["E2"] for p in ("T1", "T2")] == ["not_met", "met"]


def test_the_documented_load_is_safe_to_repeat(server: Server, loaded: Imported) -> None:
    """Run twice, the documented commands leave every patient once (not twice), and screen as
    before; a load that fails midway leaves the tables as they were."""
    counts = "SELECT count(*) AS n, count(DISTINCT patient_id) AS ids FROM patients;"
    assert server.psql(counts).splitlines()[1] == "310,310"
    done = loaded.run_documented()
    assert done.returncode == 0, done.stderr
    assert server.psql(counts).splitlines()[1] == "310,310"
    program = eligo.load_program(CRITERIA / "nct05238363.elig")
    agree(rows(loaded.results.read_text()), expected(loaded, program))
    commands = documented_commands()
    load = commands[commands.index("{") : commands.index("| psql") + len("| psql -X -q -v ON_ERROR_STOP=1")]
    broken = loaded.work / "cohort-csv" / "attestations.csv"  # the last table loaded: the others are already in
    broken.write_text(broken.read_text() + "P1,not a row\n")
    failed = loaded.run_documented(load)
    assert failed.returncode != 0 and "attestations" in failed.stderr
    assert server.psql(counts).splitlines()[1] == "310,310"
    assert server.psql("SELECT count(*) FROM attestations;").splitlines()[1] != "0"
