"""The relational layout of the patient record, and loading patients into DuckDB.

Every date is stored as the pair of its first and last possible day (``*_lo``, ``*_hi``; both
NULL when the date is missing), so partial dates keep their meaning. Each patient row says
which record lists were collected (``<list>_collected``: an absent list is FALSE, an empty one
TRUE). Records keep their position in their list (``seq``, from 0), which decides ties the way
the evaluator does. Observation and attestation values are split by type: ``value_num``
(numbers, not booleans), ``value_text`` (strings), ``value_bool``, ``value_code*`` (coded
values), and ``value_date_lo``/``value_date_hi`` for strings that read as dates.

>>> from eligo.records.model import Patient
>>> rows(Patient.model_validate({"id": "P1", "birth_date": "1963-07", "conditions": []}))["patients"]
[('P1', datetime.date(1963, 7, 1), datetime.date(1963, 7, 31), None, True, False, False, False, False, False, False, False, False, False, False)]
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
from sqlglot import exp

from eligo.language.schema import RECORD_FIELDS
from eligo.language.temporal import PartialDate
from eligo.records.model import (
    Attestation,
    Code,
    Medication,
    Observation,
    Patient,
    Procedure,
    code_list,
    with_components,
)

#: The one table description: table → (column, SQL type) in order.
TABLES: dict[str, tuple[tuple[str, str], ...]] = {
    "patients": (
        ("patient_id", "VARCHAR"), ("birth_lo", "DATE"), ("birth_hi", "DATE"), ("sex", "VARCHAR"),
        ("conditions_collected", "BOOLEAN"), ("medications_collected", "BOOLEAN"),
        ("procedures_collected", "BOOLEAN"), ("observations_collected", "BOOLEAN"),
        ("adverse_events_collected", "BOOLEAN"), ("allergies_collected", "BOOLEAN"), ("studies_collected", "BOOLEAN"),
        ("lesions_collected", "BOOLEAN"), ("specimens_collected", "BOOLEAN"),
        ("family_histories_collected", "BOOLEAN"), ("devices_collected", "BOOLEAN"),
    ),
    "reference_dates": (("patient_id", "VARCHAR"), ("name", "VARCHAR"), ("lo", "DATE"), ("hi", "DATE")),
    # the trial's per-enrolment parameters given in the record (cohort, study stage, arm)
    "parameters": (("patient_id", "VARCHAR"), ("name", "VARCHAR"), ("value", "VARCHAR")),
    "conditions": (
        ("patient_id", "VARCHAR"), ("seq", "INTEGER"), ("id", "VARCHAR"), ("system", "VARCHAR"), ("code", "VARCHAR"),
        ("display", "VARCHAR"), ("onset_lo", "DATE"), ("onset_hi", "DATE"), ("abatement_lo", "DATE"),
        ("abatement_hi", "DATE"), ("status", "VARCHAR"), ("confirmed_by", "VARCHAR"), ("extent", "VARCHAR"),
        ("treatment", "VARCHAR[]"), ("histology_system", "VARCHAR"), ("histology_code", "VARCHAR"),
        ("verification", "VARCHAR"), ("cancer", "VARCHAR"), ("recorded_lo", "DATE"), ("recorded_hi", "DATE"),
    ),
    "medications": (
        ("patient_id", "VARCHAR"), ("seq", "INTEGER"), ("id", "VARCHAR"), ("system", "VARCHAR"), ("code", "VARCHAR"),
        ("display", "VARCHAR"), ("start_lo", "DATE"), ("start_hi", "DATE"), ("end_lo", "DATE"), ("end_hi", "DATE"),
        ("route", "VARCHAR"), ("status", "VARCHAR"), ("treatment_intent", "VARCHAR"), ("line", "INTEGER"),
        ("regimen", "VARCHAR"), ("dose", "DOUBLE"), ("dose_unit", "VARCHAR"), ("termination_reason", "VARCHAR"),
        ("investigational", "BOOLEAN"), ("reason", "VARCHAR[]"),
    ),
    "procedures": (
        ("patient_id", "VARCHAR"), ("seq", "INTEGER"), ("id", "VARCHAR"), ("system", "VARCHAR"), ("code", "VARCHAR"),
        ("display", "VARCHAR"), ("date_lo", "DATE"), ("date_hi", "DATE"), ("donor", "VARCHAR"),
        ("start_lo", "DATE"), ("start_hi", "DATE"), ("end_lo", "DATE"), ("end_hi", "DATE"),
        ("treatment_intent", "VARCHAR"), ("dose", "DOUBLE"), ("fractions", "INTEGER"), ("reason", "VARCHAR[]"),
    ),
    "adverse_events": (
        ("patient_id", "VARCHAR"), ("seq", "INTEGER"), ("id", "VARCHAR"), ("system", "VARCHAR"), ("code", "VARCHAR"),
        ("display", "VARCHAR"), ("grade", "INTEGER"), ("onset_lo", "DATE"), ("onset_hi", "DATE"),
        ("resolved_lo", "DATE"), ("resolved_hi", "DATE"), ("serious", "BOOLEAN"),
    ),
    "allergies": (
        ("patient_id", "VARCHAR"), ("seq", "INTEGER"), ("id", "VARCHAR"), ("system", "VARCHAR"), ("code", "VARCHAR"),
        ("display", "VARCHAR"), ("criticality", "VARCHAR"), ("severity", "VARCHAR"), ("onset_lo", "DATE"),
        ("onset_hi", "DATE"), ("status", "VARCHAR"),
    ),
    "studies": (
        ("patient_id", "VARCHAR"), ("seq", "INTEGER"), ("id", "VARCHAR"), ("system", "VARCHAR"), ("code", "VARCHAR"),
        ("display", "VARCHAR"), ("study", "VARCHAR"), ("arm", "VARCHAR"), ("start_lo", "DATE"), ("start_hi", "DATE"),
        ("end_lo", "DATE"), ("end_hi", "DATE"), ("status", "VARCHAR"), ("investigational", "BOOLEAN"),
    ),
    "lesions": (
        ("patient_id", "VARCHAR"), ("seq", "INTEGER"), ("id", "VARCHAR"), ("system", "VARCHAR"), ("code", "VARCHAR"),
        ("display", "VARCHAR"), ("date_lo", "DATE"), ("date_hi", "DATE"), ("longest_diameter", "DOUBLE"),
        ("short_axis", "DOUBLE"), ("lymph_node", "BOOLEAN"), ("bone", "VARCHAR"), ("irradiated", "BOOLEAN"),
        ("assessor", "VARCHAR"), ("focus", "VARCHAR[]"),
    ),
    "specimens": (
        ("patient_id", "VARCHAR"), ("seq", "INTEGER"), ("id", "VARCHAR"), ("system", "VARCHAR"), ("code", "VARCHAR"),
        ("display", "VARCHAR"), ("collected_lo", "DATE"), ("collected_hi", "DATE"), ("status", "VARCHAR"),
        ("focus", "VARCHAR[]"),
    ),
    "family_histories": (
        ("patient_id", "VARCHAR"), ("seq", "INTEGER"), ("id", "VARCHAR"), ("system", "VARCHAR"), ("code", "VARCHAR"),
        ("display", "VARCHAR"), ("date_lo", "DATE"), ("date_hi", "DATE"), ("onset_age", "DOUBLE"),
        ("contributed_to_death", "BOOLEAN"), ("deceased_age", "DOUBLE"), ("status", "VARCHAR"),
    ),
    "devices": (
        ("patient_id", "VARCHAR"), ("seq", "INTEGER"), ("id", "VARCHAR"), ("system", "VARCHAR"), ("code", "VARCHAR"),
        ("display", "VARCHAR"), ("start_lo", "DATE"), ("start_hi", "DATE"), ("end_lo", "DATE"), ("end_hi", "DATE"),
        ("status", "VARCHAR"), ("investigational", "BOOLEAN"),
    ),
    "observations": (
        ("patient_id", "VARCHAR"), ("seq", "INTEGER"), ("id", "VARCHAR"), ("system", "VARCHAR"), ("code", "VARCHAR"),
        ("display", "VARCHAR"), ("date_lo", "DATE"), ("date_hi", "DATE"), ("value_num", "DOUBLE"),
        ("value_text", "VARCHAR"), ("value_bool", "BOOLEAN"), ("value_code_system", "VARCHAR"),
        ("value_code", "VARCHAR"), ("value_code_display", "VARCHAR"), ("value_date_lo", "DATE"),
        ("value_date_hi", "DATE"), ("unit", "VARCHAR"), ("reference_high", "DOUBLE"), ("status", "VARCHAR"),
        ("focus", "VARCHAR[]"), ("reference_low", "DOUBLE"), ("interpretation", "VARCHAR"),
    ),
    "attestations": (
        ("patient_id", "VARCHAR"), ("name", "VARCHAR"), ("value_num", "DOUBLE"), ("value_text", "VARCHAR"),
        ("value_bool", "BOOLEAN"), ("value_date_lo", "DATE"), ("value_date_hi", "DATE"), ("unit", "VARCHAR"),
    ),
    # every code of a field that may hold several (`code` of every record, a condition's
    # `body_site`), one row each: `record` is the record table, `seq` the record's position
    "record_codes": (
        ("patient_id", "VARCHAR"), ("record", "VARCHAR"), ("seq", "INTEGER"), ("field", "VARCHAR"),
        ("system", "VARCHAR"), ("code", "VARCHAR"),
    ),
}  # fmt: skip

#: The fields whose value may be several codes, read from ``record_codes``.
MULTI_CODE_FIELDS = frozenset({"code", "body_site", "attributed_to", "reason_code", "method", "relationship"})

#: The table of each record kind.
RECORD_TABLES: dict[str, str] = {
    "condition": "conditions",
    "medication": "medications",
    "procedure": "procedures",
    "observation": "observations",
    "adverse_event": "adverse_events",
    "allergy": "allergies",
    "study": "studies",
    "lesion": "lesions",
    "specimen": "specimens",
    "family_history": "family_histories",
    "device": "devices",
}

Row = tuple[Any, ...]


def create_table_statements() -> list[exp.Create]:
    """``CREATE TABLE`` for every table, as sqlglot trees built from :data:`TABLES`."""
    return [
        exp.Create(
            kind="TABLE",
            exists=True,
            this=exp.Schema(
                this=exp.to_table(table),
                expressions=[
                    exp.ColumnDef(this=exp.to_identifier(column), kind=exp.DataType.build(sql_type, dialect="duckdb"))
                    for column, sql_type in columns
                ],
            ),
        )
        for table, columns in TABLES.items()
    ]


def create_tables(con: duckdb.DuckDBPyConnection) -> None:
    """Create the tables (if they do not exist yet)."""
    for statement in create_table_statements():
        con.execute(statement.sql(dialect="duckdb"))


def _span(value: PartialDate | None) -> tuple[date | None, date | None]:
    if value is None:
        return None, None
    return value.earliest(), value.latest()


def _date_text(raw: Any) -> tuple[date | None, date | None]:
    if not isinstance(raw, str):
        return None, None
    try:
        return _span(PartialDate.parse(raw))
    except ValueError:
        return None, None


def _typed_values(raw: Any) -> tuple[Any, ...]:
    """value_num, value_text, value_bool of a recorded value (the number, the text, the yes or
    no: each NULL unless the value is of its type)."""
    number = float(raw) if isinstance(raw, int | float) and not isinstance(raw, bool) else None
    text = raw if isinstance(raw, str) else None
    flag = raw if isinstance(raw, bool) else None
    return number, text, flag


def _observation(patient_id: str, seq: int, o: Observation) -> Row:
    number, text, flag = _typed_values(o.value)
    coded = o.value if isinstance(o.value, Code) else None
    first = code_list(o.code)[0]
    return (
        patient_id, seq, o.id, first.system, first.code, first.display, *_span(o.date), number, text, flag,
        coded.system if coded else None, coded.code if coded else None, coded.display if coded else None,
        *_date_text(o.value), o.unit, o.reference_high, o.status, _ids(o.focus),
        o.reference_low, o.interpretation,
    )  # fmt: skip


def _medication(patient_id: str, seq: int, m: Medication) -> Row:
    return (
        patient_id, seq, m.id, *_first(m.code), *_span(m.start), *_span(m.end), m.route, m.status,
        m.treatment_intent, m.line, m.regimen, m.dose, m.dose_unit, m.termination_reason, m.investigational,
        _ids(m.reason),
    )  # fmt: skip


def _procedure(patient_id: str, seq: int, p: Procedure) -> Row:
    return (
        patient_id, seq, p.id, *_first(p.code), *_span(p.date), p.donor, *_span(p.start), *_span(p.end),
        p.treatment_intent, p.dose, p.fractions, _ids(p.reason),
    )  # fmt: skip


def _attestation(patient_id: str, name: str, a: Attestation) -> Row:
    return (patient_id, name, *_typed_values(a.value), *_date_text(a.value), a.unit)


def rows(patient: Patient) -> dict[str, list[Row]]:
    """One patient as rows of every table (in the column order of :data:`TABLES`)."""
    pid = patient.id
    out: dict[str, list[Row]] = {table: [] for table in TABLES}
    out["patients"].append(
        (
            pid,
            *_span(patient.birth_date),
            patient.sex,
            patient.conditions is not None,
            patient.medications is not None,
            patient.procedures is not None,
            patient.observations is not None,
            patient.adverse_events is not None,
            patient.allergies is not None,
            patient.studies is not None,
            patient.lesions is not None,
            patient.specimens is not None,
            patient.family_histories is not None,
            patient.devices is not None,
        )
    )
    out["reference_dates"] = [(pid, name, *_span(value)) for name, value in patient.dates.items()]
    out["parameters"] = [(pid, name, value) for name, value in patient.parameters.items()]
    out["conditions"] = [
        (
            pid,
            i,
            c.id,
            *_first(c.code),
            *_span(c.onset),
            *_span(c.abatement),
            c.status,
            c.confirmed_by,
            c.extent,
            list(c.treatment) if c.treatment is not None else None,
            c.histology.system if c.histology else None,
            c.histology.code if c.histology else None,
            c.verification,
            c.cancer,
            *_span(c.recorded),
        )
        for i, c in enumerate(patient.conditions or ())
    ]
    out["medications"] = [_medication(pid, i, m) for i, m in enumerate(patient.medications or ())]
    out["procedures"] = [_procedure(pid, i, p) for i, p in enumerate(patient.procedures or ())]
    out["adverse_events"] = [
        (pid, i, a.id, *_first(a.code), a.grade, *_span(a.onset), *_span(a.resolved), a.serious)
        for i, a in enumerate(patient.adverse_events or ())
    ]
    out["allergies"] = [
        (pid, i, a.id, *_first(a.code), a.criticality, a.severity, *_span(a.onset), a.status)
        for i, a in enumerate(patient.allergies or ())
    ]
    out["studies"] = [
        (pid, i, s.id, *_first(s.code), s.study, s.arm, *_span(s.start), *_span(s.end), s.status, s.investigational)
        for i, s in enumerate(patient.studies or ())
    ]
    out["lesions"] = [
        (pid, i, x.id, *_first(x.code), *_span(x.date), x.longest_diameter, x.short_axis, x.lymph_node, x.bone,
         x.irradiated, x.assessor, _ids(x.focus))
        for i, x in enumerate(patient.lesions or ())
    ]  # fmt: skip
    out["specimens"] = [
        (pid, i, x.id, *_first(x.code), *_span(x.collected), x.status, _ids(x.focus))
        for i, x in enumerate(patient.specimens or ())
    ]
    out["family_histories"] = [
        (pid, i, x.id, *_first(x.code), *_span(x.date), x.onset_age, x.contributed_to_death, x.deceased_age, x.status)
        for i, x in enumerate(patient.family_histories or ())
    ]
    out["devices"] = [
        (pid, i, x.id, *_first(x.code), *_span(x.start), *_span(x.end), x.status, x.investigational)
        for i, x in enumerate(patient.devices or ())
    ]
    observations = with_components(patient.observations or [])  # a component is an observation row
    out["observations"] = [_observation(pid, i, o) for i, o in enumerate(observations)]
    out["attestations"] = [_attestation(pid, name, a) for name, a in patient.attestations.items()]
    for kind, table in RECORD_TABLES.items():
        for i, record in enumerate(observations if kind == "observation" else getattr(patient, table) or ()):
            for name in sorted(MULTI_CODE_FIELDS & set(RECORD_FIELDS[kind])):
                out["record_codes"] += [
                    (pid, table, i, name, c.system, c.code) for c in code_list(getattr(record, name))
                ]
    return out


def _ids(ids: list[str] | None) -> list[str] | None:
    """A list of record ids (a link: ``reason``) as its column holds it; NULL when not recorded."""
    return None if ids is None else list(ids)


def _first(code: Any) -> tuple[str, str, str | None]:
    """system, code, display of a record's first code (its others are in ``record_codes``)."""
    first = code_list(code)[0]
    return first.system, first.code, first.display


def _insert(con: duckdb.DuckDBPyConnection, table: str, batch: list[Row], scratch: Path) -> None:
    if batch:
        insert_rows(con, exp.to_table(table), TABLES[table], batch, scratch)


def insert_rows(
    con: duckdb.DuckDBPyConnection,
    table: exp.Table,
    columns: Sequence[tuple[str, str]],
    rows: Sequence[Sequence[Any]],
    scratch: Path,
) -> None:
    """Insert rows into ``table`` (its ``columns``: names and SQL types) through a JSON Lines file
    in ``scratch`` that DuckDB reads with the columns' types (much faster than parameters: DuckDB
    binds every parameter of an INSERT one by one)."""
    names = [name for name, _ in columns]
    path = scratch / f"{table.name}.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(dict(zip(names, row, strict=True)), default=date.isoformat) + "\n")
    types = exp.Struct(expressions=[exp.PropertyEQ(this=exp.to_identifier(c), expression=exp.Literal.string(t)) for c, t in columns])  # fmt: skip
    source = exp.Anonymous(
        this="read_json",
        expressions=[
            exp.Literal.string(str(path)),
            exp.EQ(this=exp.var("format"), expression=exp.Literal.string("newline_delimited")),
            exp.EQ(this=exp.var("columns"), expression=types),
        ],
    )
    target = exp.Schema(this=table, expressions=[exp.to_identifier(n) for n in names])
    con.execute(exp.Insert(this=target, expression=exp.select(*names).from_(source)).sql(dialect="duckdb"))


def load_duckdb(con: duckdb.DuckDBPyConnection, patients: Iterable[Patient], chunk: int = 10_000) -> int:
    """Insert patients into the tables (created if missing), ``chunk`` patients per batch.

    Memory is bounded by one chunk of rows. Returns the number of patients inserted.
    """
    create_tables(con)
    pending: dict[str, list[Row]] = {table: [] for table in TABLES}
    count = 0
    in_chunk = 0
    with tempfile.TemporaryDirectory(prefix="eligo-import-") as scratch:

        def flush() -> None:
            for table, batch in pending.items():
                _insert(con, table, batch, Path(scratch))
                batch.clear()

        for patient in patients:
            for table, table_rows in rows(patient).items():
                pending[table].extend(table_rows)
            count += 1
            in_chunk += 1
            if in_chunk >= chunk:
                flush()
                in_chunk = 0
        flush()
    return count


def write_parquet(con: duckdb.DuckDBPyConnection, directory: str | Path) -> list[Path]:
    """Write every table to ``DIRECTORY/<table>.parquet``; returns the files written."""
    return _write(con, directory, "parquet")


def write_csv(con: duckdb.DuckDBPyConnection, directory: str | Path) -> list[Path]:
    """Write every table to ``DIRECTORY/<table>.csv`` (a header line, then one line per row) in the
    form PostgreSQL's ``COPY ... (FORMAT csv, HEADER)`` reads: NULL is an empty unquoted field, an
    empty string ``""``, a list (``treatment``) an array literal such as ``{"surgery","radiotherapy"}``.
    Returns the files written."""
    return _write(con, directory, "csv")


def _write(con: duckdb.DuckDBPyConnection, directory: str | Path, fmt: str) -> list[Path]:
    target = Path(directory)
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for table, columns in TABLES.items():
        path = target / f"{table}.{fmt}"
        params = [exp.CopyParameter(this=exp.var("FORMAT"), expression=exp.var(fmt.upper()))]
        source: exp.Expr = exp.to_table(table)
        if fmt == "csv":
            params.append(exp.CopyParameter(this=exp.var("HEADER"), expression=exp.true()))
            source = exp.Subquery(this=exp.select(*(_csv_column(c, t) for c, t in columns)).from_(table))
        copy = exp.Copy(this=source, kind=False, files=[exp.Literal.string(str(path))], params=params)
        con.execute(copy.sql(dialect="duckdb"))
        written.append(path)
    return written


def _csv_column(column: str, sql_type: str) -> exp.Expr:
    """A column as written to CSV: lists as PostgreSQL array literals, each item quoted (an id
    ``NULL`` is a valid FHIR id, and unquoted it would read as NULL; items are words of the record
    format's enumerations or record ids, which hold no quote or backslash)."""
    if not sql_type.endswith("[]"):
        return exp.column(column)
    items = exp.ArrayToString(this=exp.column(column), expression=exp.Literal.string('","'))
    quoted = exp.DPipe(
        this=exp.DPipe(this=exp.Literal.string('{"'), expression=items), expression=exp.Literal.string('"}')
    )
    empty = exp.EQ(this=exp.ArraySize(this=exp.column(column)), expression=exp.Literal.number(0))
    return exp.alias_(exp.Case().when(empty, exp.Literal.string("{}")).else_(quoted), column)
