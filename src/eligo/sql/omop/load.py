"""Eligo patients as OMOP CDM rows, with the ``concept`` rows their codes need: the same patients
as JSON and as OMOP, for the differential tests and the benchmark (docs/omop.md, "The loader").

OMOP holds less than an Eligo record: :func:`held` is what it holds of a patient, as an Eligo
record (what screening the OMOP rows must agree with), and :meth:`OmopWriter.rows` writes exactly that.

* A person is observed (has an ``observation_period``) when any of the four lists OMOP holds
  (conditions, medications, procedures, observations) was collected; those lists are then
  collected, the others (adverse events, allergies, studies) and the attestations never.
* Record dates are days: a partial date is written as its first day (the OHDSI convention for an
  unknown day or month), and a record without the date its table requires (a condition's onset, a
  medication's start, a procedure's day, an observation's day) is not written.
* A record has at most two codes: its concept and its source concept.
* A measurement holds a number (with its unit as a UCUM concept, and the laboratory's range) or
  a concept; a text result is an ``observation`` row (after the measurements, in ``seq``); a yes
  or no is not held (OMOP has no boolean result), nor a result that is cancelled or in error.
* A condition's verification is held when confirmed or provisional (``condition_status_concept_id``
  32893, 32899); an ICD-O-3 histology as the OMOP Oncology extension holds it: the condition's
  concept is the ICDO3 histology-topography combination (``8140/3-NULL``: no site), its own code
  the source concept. A medication's route is held when one of :data:`views.ROUTES`.
* Every other field (clinical status, extent, links, dose...) is not held.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
from sqlglot import exp

from eligo.language.temporal import PartialDate
from eligo.language.units import ALIASES, is_ucum
from eligo.records.model import Code, Condition, Observation, Patient, code_list, with_components
from eligo.sql.layout import insert_rows
from eligo.sql.omop.views import CONDITION_STATUSES, GENDERS, ROUTES, VOCABULARIES

#: Eligo's code system → OMOP ``vocabulary_id`` (the inverse of views.VOCABULARIES)
VOCABULARY_OF = {eligo: omop for omop, eligo in VOCABULARIES.items()}
SEX_CONCEPT = {sex: concept for concept, sex in GENDERS.items()}
ROUTE_CONCEPT = {route: concept for concept, route in ROUTES.items()}
STATUS_CONCEPT = {verification: concept for concept, verification in CONDITION_STATUSES.items()}
#: An ICD-O-3 morphology (histology and behaviour): ``8140/3``.
MORPHOLOGY = re.compile(r"^[0-9]{4}/[0-9]$")

#: The columns the loader writes, per OMOP table (CDM v5.3 names; v5.4 adds procedure_end_date),
#: with DuckDB types: :func:`create_omop_tables` makes a CDM of these alone.
COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "person": (("person_id", "BIGINT"), ("gender_concept_id", "INTEGER"), ("year_of_birth", "INTEGER"),
               ("month_of_birth", "INTEGER"), ("day_of_birth", "INTEGER"), ("race_concept_id", "INTEGER"),
               ("ethnicity_concept_id", "INTEGER")),
    "observation_period": (("observation_period_id", "BIGINT"), ("person_id", "BIGINT"),
                           ("observation_period_start_date", "DATE"), ("observation_period_end_date", "DATE"),
                           ("period_type_concept_id", "INTEGER")),
    "condition_occurrence": (("condition_occurrence_id", "BIGINT"), ("person_id", "BIGINT"),
                             ("condition_concept_id", "INTEGER"), ("condition_start_date", "DATE"),
                             ("condition_end_date", "DATE"), ("condition_type_concept_id", "INTEGER"),
                             ("condition_source_concept_id", "INTEGER"), ("condition_status_concept_id", "INTEGER")),
    "drug_exposure": (("drug_exposure_id", "BIGINT"), ("person_id", "BIGINT"), ("drug_concept_id", "INTEGER"),
                      ("drug_exposure_start_date", "DATE"), ("drug_exposure_end_date", "DATE"),
                      ("drug_type_concept_id", "INTEGER"), ("drug_source_concept_id", "INTEGER"),
                      ("route_concept_id", "INTEGER")),
    "procedure_occurrence": (("procedure_occurrence_id", "BIGINT"), ("person_id", "BIGINT"),
                             ("procedure_concept_id", "INTEGER"), ("procedure_date", "DATE"),
                             ("procedure_type_concept_id", "INTEGER"), ("procedure_source_concept_id", "INTEGER")),
    "measurement": (("measurement_id", "BIGINT"), ("person_id", "BIGINT"), ("measurement_concept_id", "INTEGER"),
                    ("measurement_date", "DATE"), ("measurement_type_concept_id", "INTEGER"),
                    ("operator_concept_id", "INTEGER"), ("value_as_number", "DOUBLE"),
                    ("value_as_concept_id", "INTEGER"), ("unit_concept_id", "INTEGER"), ("range_low", "DOUBLE"),
                    ("range_high", "DOUBLE"), ("measurement_source_concept_id", "INTEGER")),
    "observation": (("observation_id", "BIGINT"), ("person_id", "BIGINT"), ("observation_concept_id", "INTEGER"),
                    ("observation_date", "DATE"), ("observation_type_concept_id", "INTEGER"),
                    ("value_as_number", "DOUBLE"), ("value_as_string", "VARCHAR"), ("value_as_concept_id", "INTEGER"),
                    ("unit_concept_id", "INTEGER"), ("observation_source_concept_id", "INTEGER")),
    "concept": (("concept_id", "INTEGER"), ("concept_name", "VARCHAR"), ("domain_id", "VARCHAR"),
                ("vocabulary_id", "VARCHAR"), ("concept_class_id", "VARCHAR"), ("standard_concept", "VARCHAR"),
                ("concept_code", "VARCHAR"), ("valid_start_date", "DATE"), ("valid_end_date", "DATE"),
                ("invalid_reason", "VARCHAR")),
}  # fmt: skip

#: The key of the reference dates among the rows of :meth:`OmopWriter.rows`, and their table's columns.
REFERENCE_DATES = "reference_dates"
REFERENCE_COLUMNS = (("person_id", "BIGINT"), ("name", "VARCHAR"), ("reference_date", "DATE"))

#: OMOP type concept 32817 "EHR" (vocabulary "Type Concept", CDM v5.4's provenance of a record);
#: the loader's rows are not read by it: it fills the required column.
EHR = 32817
#: Concept ids the loader gives the codes it adds: above those of the OHDSI vocabularies, which
#: end below 2 billion; 2,000,000,000 and up are OHDSI's range for local concepts.
FIRST_CONCEPT = 2_000_000_001
#: The observation period the loader writes for an observed person (the views read only that
#: there is one).
PERIOD = (date(1900, 1, 1), date(2099, 12, 31))


def _day(value: PartialDate | None) -> date | None:
    return None if value is None else value.earliest()


def _first(value: PartialDate | None) -> PartialDate | None:
    """A date as OMOP holds it: its first possible day."""
    return None if value is None else PartialDate.from_date(value.earliest())


def _codes(value: Any) -> list[Code]:
    """A record's codes as OMOP holds them: its concept and its source concept (two at most; the
    same code twice is one), without display."""
    found: list[Code] = []
    for code in code_list(value):
        plain = Code(system=code.system, code=code.code)
        if plain not in found:
            found.append(plain)
    return found[:2]


def ucum(unit: str) -> str:
    """The UCUM code of a record's unit (Eligo's symbol ``10^9/L`` → ``10*9/L``), as a unit
    concept's ``concept_code`` holds it."""
    if is_ucum(unit):
        return unit
    spellings = sorted(s for s, symbol in ALIASES.items() if symbol == unit and is_ucum(s))
    return spellings[0] if spellings else unit


def _held_observations(observations: list[Observation]) -> list[dict[str, Any]]:
    measurements, texts = [], []
    for o in with_components(observations):
        if o.status in ("cancelled", "entered_in_error") or o.date is None:
            continue
        value = o.value
        if isinstance(value, bool) or (isinstance(value, str) and _is_date(value)):
            value = None
        record: dict[str, Any] = {
            "code": _codes(o.code), "date": _first(o.date), "unit": o.unit,
            "reference_high": o.reference_high, "reference_low": o.reference_low,
        }  # fmt: skip
        if isinstance(value, str):
            texts.append({**record, "value": value, "reference_high": None, "reference_low": None})
        else:
            measurements.append({**record, "value": value.model_copy(update={"display": None}) if isinstance(value, Code) else value})  # fmt: skip
    return measurements + texts


def _held_condition(c: Condition) -> dict[str, Any]:
    """A condition as OMOP holds it: with an ICD-O-3 histology, its concept is the ICDO3
    histology-topography combination ``<morphology>-NULL`` (no site: the record's site is in its
    code) and its first code the source concept."""
    codes = _codes(c.code)
    histology = c.histology if c.histology and c.histology.system == "ICDO3" and MORPHOLOGY.match(c.histology.code) else None  # fmt: skip
    if histology is not None:
        combination = Code(system="ICDO3", code=f"{histology.code}-NULL")
        codes = [combination, codes[0]] if codes[0] != combination else [combination]
    return {
        "code": codes, "onset": _first(c.onset), "abatement": _first(c.abatement),
        "verification": c.verification if c.verification in STATUS_CONCEPT else None,
        "histology": None if histology is None else Code(system="ICDO3", code=histology.code),
    }  # fmt: skip


def _is_date(text: str) -> bool:
    try:
        PartialDate.parse(text)
    except ValueError:
        return False
    return True


def held(patient: Patient, person_id: int, v54: bool = False, empty: Iterable[str] = ()) -> Patient:
    """What an OMOP CDM database holds of ``patient`` (written by :meth:`OmopWriter.rows` as person
    ``person_id``), as an Eligo record whose id is the person id; ``empty``: the record lists
    whose tables hold no row in the whole database (not collected, for anyone)."""
    observed = any(getattr(patient, name) is not None for name in ("conditions", "medications", "procedures", "observations"))  # fmt: skip
    record: dict[str, Any] = {
        "id": str(person_id),
        "birth_date": patient.birth_date,
        "sex": patient.sex,
        "dates": {name: d for name, d in patient.dates.items() if d.day is not None},
    }
    if observed:
        record["conditions"] = [_held_condition(c) for c in patient.conditions or () if c.onset is not None]
        record["medications"] = [
            {"code": _codes(m.code), "start": _first(m.start), "end": _first(m.end),
             "route": m.route if m.route in ROUTE_CONCEPT else None}
            for m in patient.medications or ()
            if m.start is not None
        ]  # fmt: skip
        procedures = []
        for p in patient.procedures or ():
            if v54 and p.date is None and p.start is not None and p.end is not None:
                procedures.append({"code": _codes(p.code), "start": _first(p.start), "end": _first(p.end)})
            elif (p.date or p.start) is not None:
                procedures.append({"code": _codes(p.code), "date": _first(p.date or p.start)})
        record["procedures"] = procedures
        record["observations"] = _held_observations(patient.observations or [])
        for name in empty:
            record[name] = None
    return Patient.model_validate(record)


@dataclass
class OmopWriter:
    """Writes patients as OMOP rows into the tables of ``catalog.schema`` on a DuckDB connection,
    adding a ``concept`` row for every code (and unit) the vocabulary lacks."""

    con: duckdb.DuckDBPyConnection
    catalog: str | None = None
    schema: str | None = None
    v54: bool = False
    #: a table of (person_id, name, reference_date) to write the patients' reference dates into
    reference_dates: str | None = None
    concepts: dict[tuple[str, str], int] = field(default_factory=dict)
    new_concepts: list[tuple[Any, ...]] = field(default_factory=list)
    next_ids: dict[str, int] = field(default_factory=dict)

    def table(self, name: str) -> exp.Table:
        return exp.table_(name, db=self.schema, catalog=self.catalog)

    def __post_init__(self) -> None:
        rows = self.con.execute(
            exp.select("vocabulary_id", "concept_code", "concept_id").from_(self.table("concept")).sql("duckdb")
        ).fetchall()
        self.concepts = {(vocabulary, code): concept for vocabulary, code, concept in rows}
        top = max((c for c in self.concepts.values()), default=0)
        self.next_ids["concept"] = max(top + 1, FIRST_CONCEPT)
        for name, columns in COLUMNS.items():
            if name != "concept":
                key = exp.Max(this=exp.column(columns[0][0]))
                found = self.con.execute(exp.select(key).from_(self.table(name)).sql("duckdb")).fetchone()
                self.next_ids[name] = (found[0] if found and found[0] is not None else 0) + 1

    def concept(self, system: str, code: str, domain: str) -> int:
        """The concept id of a code (added to the vocabulary when it has none)."""
        vocabulary = VOCABULARY_OF.get(system, system)
        key = (vocabulary, code)
        if key not in self.concepts:
            self.concepts[key] = self.next_ids["concept"]
            self.next_ids["concept"] += 1
            self.new_concepts.append(
                (self.concepts[key], f"{system} {code}", domain, vocabulary, "Eligo test", None, code,
                 date(1970, 1, 1), date(2099, 12, 31), None)
            )  # fmt: skip
        return self.concepts[key]

    def _id(self, table: str) -> int:
        value = self.next_ids[table]
        self.next_ids[table] += 1
        return value

    def _pair(self, codes: list[Code], domain: str) -> tuple[int, int]:
        ids = [self.concept(c.system, c.code, domain) for c in codes]
        return ids[0], ids[1] if len(ids) > 1 else 0

    def rows(self, patient: Patient, person_id: int) -> dict[str, list[tuple[Any, ...]]]:
        """The OMOP rows of :func:`held` ``(patient, person_id)``, per table (columns of :data:`COLUMNS`)."""
        h = held(patient, person_id, self.v54)
        out: dict[str, list[tuple[Any, ...]]] = {name: [] for name in COLUMNS if name != "concept"}
        out[REFERENCE_DATES] = [(person_id, name, _day(day)) for name, day in h.dates.items()]
        birth = h.birth_date
        out["person"].append(
            (person_id, SEX_CONCEPT.get(h.sex or "", 0), birth.year if birth else None,
             birth.month if birth else None, birth.day if birth else None, 0, 0)
        )  # fmt: skip
        if h.conditions is not None:
            out["observation_period"].append((self._id("observation_period"), person_id, *PERIOD, EHR))
        for c in h.conditions or ():
            concept, source = self._pair(list(code_list(c.code)), "Condition")
            status = STATUS_CONCEPT.get(c.verification or "", 0)
            out["condition_occurrence"].append(
                (self._id("condition_occurrence"), person_id, concept, _day(c.onset), _day(c.abatement), EHR, source, status)
            )  # fmt: skip
        for m in h.medications or ():
            concept, source = self._pair(list(code_list(m.code)), "Drug")
            route = ROUTE_CONCEPT.get(m.route or "", 0)
            out["drug_exposure"].append((self._id("drug_exposure"), person_id, concept, _day(m.start), _day(m.end), EHR, source, route))  # fmt: skip
        for p in h.procedures or ():
            concept, source = self._pair(list(code_list(p.code)), "Procedure")
            row = (self._id("procedure_occurrence"), person_id, concept, _day(p.date or p.start), EHR, source)
            out["procedure_occurrence"].append((*row, _day(p.end)) if self.v54 else row)
        for o in h.observations or ():
            concept, source = self._pair(list(code_list(o.code)), "Measurement")
            unit = self.concept("UCUM", ucum(o.unit), "Unit") if o.unit else 0
            value = o.value
            if isinstance(value, str):
                out["observation"].append(
                    (self._id("observation"), person_id, concept, _day(o.date), EHR, None, value, 0, unit, source)
                )
                continue
            number = float(value) if isinstance(value, int | float) else None
            coded = self.concept(value.system, value.code, "Meas Value") if isinstance(value, Code) else 0
            out["measurement"].append(
                (self._id("measurement"), person_id, concept, _day(o.date), EHR, 0, number, coded, unit,
                 o.reference_low, o.reference_high, source)
            )  # fmt: skip
        return out

    def write(self, patients: Iterable[tuple[int, Patient]], chunk: int = 50_000) -> None:
        """Insert ``(person_id, patient)`` pairs, ``chunk`` persons per batch, and the concepts they need."""
        pending: dict[str, list[tuple[Any, ...]]] = {name: [] for name in [*COLUMNS, REFERENCE_DATES]}
        with tempfile.TemporaryDirectory(prefix="eligo-omop-") as scratch:
            for count, (person_id, patient) in enumerate(patients, 1):
                for name, rows in self.rows(patient, person_id).items():
                    pending[name].extend(rows)
                if count % chunk == 0:
                    self._flush(pending, Path(scratch))
            self._flush(pending, Path(scratch))

    def _flush(self, pending: dict[str, list[tuple[Any, ...]]], scratch: Path) -> None:
        pending["concept"].extend(self.new_concepts)
        self.new_concepts.clear()
        for name, rows in pending.items():
            if name == REFERENCE_DATES:
                if rows and self.reference_dates is not None:
                    insert_rows(self.con, self.table(self.reference_dates), list(REFERENCE_COLUMNS), rows, scratch)
                rows.clear()
                continue
            columns = list(COLUMNS[name])
            if name == "procedure_occurrence" and self.v54:
                columns.append(("procedure_end_date", "DATE"))
            if rows:
                insert_rows(self.con, self.table(name), columns, rows, scratch)
            rows.clear()


def create_reference_table(con: duckdb.DuckDBPyConnection, name: str, schema: str | None = None) -> None:
    """An empty table of reference dates: ``(person_id, name, reference_date)``."""
    _create(con, exp.table_(name, db=schema), list(REFERENCE_COLUMNS))


def _create(con: duckdb.DuckDBPyConnection, table: exp.Table, defs: list[tuple[str, str]]) -> None:
    schema_ = exp.Schema(
        this=table,
        expressions=[
            exp.ColumnDef(this=exp.to_identifier(c), kind=exp.DataType.build(t, dialect="duckdb")) for c, t in defs
        ],
    )
    con.execute(exp.Create(kind="TABLE", this=schema_).sql(dialect="duckdb"))


def create_omop_tables(con: duckdb.DuckDBPyConnection, v54: bool = False, schema: str | None = None) -> None:
    """An empty OMOP CDM of the tables and columns the views read (v5.3, or v5.4 with ``procedure_end_date``)."""
    for name, columns in COLUMNS.items():
        defs = [*columns, ("procedure_end_date", "DATE")] if name == "procedure_occurrence" and v54 else list(columns)
        _create(con, exp.table_(name, db=schema), defs)
