"""Where ``eligo import`` writes: whole or not at all, and with a record that says so.

An import is written aside, in the target's own directory (a hidden ``.NAME.*.partial`` DuckDB
file, or directory of Parquet or CSV files), and renamed into place only once it is complete:
an interrupted import leaves no database under the target's name, and an earlier import that
``--replace`` replaces stays whole until the new one is complete. The last thing an import writes
is its record (:class:`ImportRecord`: the Eligo version, the layout, every table's row count): the
``eligo_import`` table of a DuckDB file, the ``eligo-import.json`` file of a directory.
``eligo screen`` reads a database only with that record, and only while its tables still hold
the rows it counts (:func:`check_record`), so that a database an interrupted import of an older
Eligo left behind, or one filled by other means, is not screened as if it were complete.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import errno
import hashlib
import json
import os
import shutil
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import duckdb
from sqlglot import exp

from eligo.errors import InputError, UsageError
from eligo.records.model import Patient
from eligo.sql.layout import TABLES, load_duckdb, write_csv, write_parquet

#: The table of a DuckDB file, and the file of a directory, that record a complete import.
RECORD_TABLE = "eligo_import"
RECORD_FILE = "eligo-import.json"
RECORD_COLUMNS = (("eligo_version", "VARCHAR"), ("layout", "VARCHAR"), ("table_name", "VARCHAR"), ("row_count", "BIGINT"))  # fmt: skip


def layout_id() -> str:
    """A short fingerprint of the layout (:data:`~eligo.sql.layout.TABLES`): two imports with the
    same one have the same tables, columns and types."""
    return hashlib.sha256(json.dumps(TABLES).encode()).hexdigest()[:16]


def eligo_version() -> str:
    try:
        return metadata.version("eligo")
    except metadata.PackageNotFoundError:  # pragma: no cover - run from a source tree not installed
        return "unknown"


@dataclass(frozen=True)
class ImportRecord:
    """What a complete import wrote: by which Eligo, in which layout, how many rows per table."""

    eligo_version: str
    layout: str
    rows: dict[str, int]

    @classmethod
    def of(cls, con: duckdb.DuckDBPyConnection) -> ImportRecord:
        """The record of the tables ``con`` holds now."""
        return cls(eligo_version(), layout_id(), {table: count_rows(con, table) for table in TABLES})

    def save(self, con: duckdb.DuckDBPyConnection) -> None:
        """Into the ``eligo_import`` table of a DuckDB database."""
        columns = [
            exp.ColumnDef(this=exp.to_identifier(name), kind=exp.DataType.build(sql_type, dialect="duckdb"))
            for name, sql_type in RECORD_COLUMNS
        ]
        create = exp.Create(kind="TABLE", this=exp.Schema(this=exp.to_table(RECORD_TABLE), expressions=columns))
        con.execute(create.sql(dialect="duckdb"))
        placeholders = exp.Tuple(expressions=[exp.Placeholder() for _ in RECORD_COLUMNS])
        insert = exp.insert(exp.Values(expressions=[placeholders]), RECORD_TABLE).sql(dialect="duckdb")
        con.executemany(insert, [(self.eligo_version, self.layout, t, n) for t, n in self.rows.items()])

    def write(self, directory: Path) -> None:
        """Into the ``eligo-import.json`` file of a directory."""
        text = json.dumps({"eligo_version": self.eligo_version, "layout": self.layout, "rows": self.rows}, indent=2)
        (directory / RECORD_FILE).write_text(text + "\n", encoding="utf-8")


def count_rows(con: duckdb.DuckDBPyConnection, table: str) -> int:
    row = con.execute(exp.select(exp.Count(this=exp.Star())).from_(table).sql(dialect="duckdb")).fetchone()
    return int(row[0]) if row else 0


def read_record(con: duckdb.DuckDBPyConnection, data: Path) -> ImportRecord | None:
    """The record of the import that wrote ``data`` (a DuckDB file open on ``con``, or a directory),
    or ``None`` when there is none."""
    if data.is_dir():
        try:
            saved = json.loads((data / RECORD_FILE).read_text(encoding="utf-8"))
            return ImportRecord(str(saved["eligo_version"]), str(saved["layout"]), dict(saved["rows"]))
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise InputError(f"{data / RECORD_FILE}: not the record of an `eligo import` ({error})") from None
    named = exp.column("table_name").eq(exp.Literal.string(RECORD_TABLE))
    tables = exp.select("table_name").from_(exp.to_table("information_schema.tables")).where(named)
    if con.execute(tables.sql(dialect="duckdb")).fetchone() is None:
        return None
    saved = exp.select(*(name for name, _ in RECORD_COLUMNS)).from_(RECORD_TABLE)
    found = con.execute(saved.sql(dialect="duckdb")).fetchall()
    if not found:
        return None
    return ImportRecord(found[0][0], found[0][1], {row[2]: int(row[3]) for row in found})


def check_record(con: duckdb.DuckDBPyConnection, data: Path) -> ImportRecord:
    """Refuse data that no complete ``eligo import`` of this layout wrote, or whose tables no
    longer hold the rows that import counted."""
    record = read_record(con, data)
    if record is None:
        raise InputError(
            f"{data}: no record of a complete `eligo import` (an interrupted import, or tables filled by "
            "other means); import the patients again, or give --external to screen tables you filled yourself"
        )
    if record.layout != layout_id():
        raise InputError(
            f"{data}: written by Eligo {record.eligo_version} in another table layout; import the patients again"
        )
    return record


def check_rows(con: duckdb.DuckDBPyConnection, data: Path, record: ImportRecord) -> None:
    """Refuse tables whose rows are not those the import counted (changed since, or cut short)."""
    for table in TABLES:
        count, written = count_rows(con, table), record.rows.get(table)
        if count != written:
            raise InputError(
                f"{data}: changed since `eligo import` wrote it (the {table} table has {count} rows; the import "
                f"wrote {written}); import the patients again"
            )


# ----------------------------------------------------------------------------- the target


def write_import(patients: Iterable[Patient], target: Path, fmt: str, replace: bool = False) -> int:
    """Load ``patients`` (read only as they are loaded) into a DuckDB file or a directory of
    ``fmt`` files at ``target``, whole or not at all (see the module's docstring); returns the
    number of patients. The target is checked first (:func:`check_target`)."""
    database = check_target(target, fmt, replace)
    # the connection is closed (the database file complete) before the file is renamed into place
    with (
        written_aside(target, database) as aside,
        _writing(target),
        duckdb.connect(str(aside) if database else ":memory:") as con,
    ):
        count = load_duckdb(con, patients)
        record = ImportRecord.of(con)
        if database:
            record.save(con)
        else:
            (write_csv if fmt == "csv" else write_parquet)(con, aside)
            with _writing(target, files=True):
                record.write(aside)
    return count


@contextmanager
def _writing(target: Path, files: bool = False) -> Iterator[None]:
    """DuckDB's failures to write (a full disk, say), and with ``files`` those of the system, as
    one line naming the target (without, an OSError may come from reading the patients)."""
    try:
        yield
    except (duckdb.IOException, OSError) as error:
        if isinstance(error, OSError) and not files:
            raise
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        raise UsageError(f"{target}: cannot write the import: {reason}") from None


def check_target(target: Path, fmt: str, replace: bool) -> bool:
    """Check where an import goes before anything is read, and make the directory it goes in;
    whether it is a DuckDB database file (else a directory of files)."""
    database = target.suffix in (".duckdb", ".db")
    if database and fmt == "csv":
        raise UsageError(f"{target}: --format csv writes a directory of CSV files, not a DuckDB database")
    if target.is_symlink():
        raise UsageError(f"{target}: is a symbolic link; import to the place it names")
    if database and target.exists():
        if not target.is_file():
            raise UsageError(f"{target}: is not a file; import into a new database file")
        if not replace:
            raise UsageError(f"{target}: already exists; import into a new database file, or give --replace")
    if not database and target.exists():
        if not target.is_dir():
            raise UsageError(
                f"{target}: is a file; --to takes a directory for the {fmt} files, or a new database file "
                "ending in .duckdb or .db"
            )
        _check_directory(target, replace)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise UsageError(f"{target}: cannot make the directory to write in ({error.strerror or error})") from None
    return database


def _check_directory(target: Path, replace: bool) -> None:
    """An existing directory may receive an import when it is empty, or, with ``replace``, when it
    holds an earlier import and nothing else (replacing it must not take anyone's other files)."""
    try:
        names = sorted(entry.name for entry in os.scandir(target))
    except OSError as error:
        raise UsageError(f"{target}: cannot read the directory ({error.strerror or error})") from None
    if not names:
        return
    imported = {RECORD_FILE} | {f"{table}.{fmt}" for table in TABLES for fmt in ("parquet", "csv")}
    others = [name for name in names if name not in imported]
    if not replace:
        if others:
            raise UsageError(f"{target}: is not empty; import into a new or empty directory")
        raise UsageError(f"{target}: holds an earlier import; give --replace to replace it")
    if others:
        shown = ", ".join(others[:3]) + (", ..." if len(others) > 3 else "")
        raise UsageError(
            f"{target}: --replace replaces an earlier import, and this directory holds other files ({shown}); "
            "import into a new or empty directory"
        )


@contextmanager
def written_aside(target: Path, database: bool) -> Iterator[Path]:
    """A new hidden path beside ``target`` to write the import to (a directory, made; or a DuckDB
    file's name, not made), put in the place of ``target`` once the block ends well, and removed
    when it does not."""
    aside = _new_path_beside(target)
    with _writing(target, files=True):
        if not database:
            aside.mkdir()
    try:
        yield aside
        with _writing(target, files=True):
            _put_in_place(aside, target)
    except BaseException:
        _remove(aside)
        raise


def _new_path_beside(target: Path) -> Path:
    while True:
        aside = target.parent / f".{target.name}.{os.urandom(6).hex()}.partial"
        if not aside.exists():
            return aside


def _put_in_place(aside: Path, target: Path) -> None:
    """Rename ``aside`` to ``target``; an existing directory (an earlier import) is exchanged with
    it in one step where the system can (Linux), else moved away just before, then removed."""
    try:
        os.replace(aside, target)  # a file, or a directory onto an empty one or none
        return
    except OSError as error:
        if error.errno not in (errno.ENOTEMPTY, errno.EEXIST):
            raise
    if not _exchange(aside, target):
        old = _new_path_beside(target)
        os.replace(target, old)
        os.replace(aside, target)
        aside = old
    _remove(aside)  # the earlier import, now under the hidden name


def _exchange(first: Path, second: Path) -> bool:
    """Swap two paths atomically (Linux's renameat2 with RENAME_EXCHANGE); whether it was done."""
    name = ctypes.util.find_library("c")
    if name is None:
        return False
    libc = ctypes.CDLL(name, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    at_fdcwd, rename_exchange = -100, 2
    done: int = renameat2(at_fdcwd, os.fsencode(first), at_fdcwd, os.fsencode(second), rename_exchange)
    return done == 0


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    for each in (path, path.with_name(path.name + ".wal")):  # DuckDB's write-ahead log beside its file
        with suppress(FileNotFoundError, IsADirectoryError):
            each.unlink()
