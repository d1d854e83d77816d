"""Eligo's relational layout as views of OMOP CDM tables: one CTE per table of
:data:`~eligo.sql.layout.TABLES`, read from ``person``, ``observation_period``,
``condition_occurrence``, ``drug_exposure``, ``procedure_occurrence``, ``measurement``,
``observation`` and ``concept``, so that the screening query runs unchanged over them, with the
evaluator's semantics (docs/omop.md gives the mapping, field by field).

The CTEs are put in front of the compiled query's own: one query text for DuckDB, PostgreSQL and
Spark, which reads the OMOP tables where they are (nothing is written to the database).

>>> source = OmopSource(schema="cdm")
>>> name, patients = layout_ctes(source)[0]
>>> text = qualify(patients, source, {name}).sql(dialect="postgres")
>>> name, "FROM cdm.person AS p" in text, "cdm.observation_period" in text
('patients', True, True)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import sqlglot
from sqlglot import exp

from eligo.language.units import ALIASES
from eligo.sql.layout import TABLES

#: The OMOP CDM tables the views read (their names are qualified with the source's schema).
OMOP_TABLES = (
    "person",
    "observation_period",
    "condition_occurrence",
    "drug_exposure",
    "procedure_occurrence",
    "measurement",
    "observation",
    "concept",
)

#: The record lists OMOP holds, and the tables that hold them: a list is collected for a person
#: with an observation period, unless its tables hold no row at all in the database.
DOMAINS: dict[str, tuple[str, ...]] = {
    "conditions": ("condition_occurrence",),
    "medications": ("drug_exposure",),
    "procedures": ("procedure_occurrence",),
    "observations": ("measurement", "observation"),
}

#: OMOP ``vocabulary_id`` → Eligo's code system, where the names differ (the others, ICD10CM,
#: ICD10, ICDO3, SNOMED, LOINC, ATC and HCPCS, are spelt alike; any other vocabulary, RxNorm
#: Extension for one, is kept as its name: no value set lists codes of it). Source: the OHDSI
#: vocabulary table ``vocabulary`` (Athena), whose ids these are.
VOCABULARIES = {"RxNorm": "RXNORM", "CPT4": "CPT", "NCIt": "NCIT"}

#: OMOP Gender concepts (standard, vocabulary "Gender"): 8507 MALE, 8532 FEMALE, 8521 OTHER;
#: 8551 UNKNOWN, 8570 AMBIGUOUS and 0 (no matching concept) are read as missing.
GENDERS = {8507: "male", 8532: "female", 8521: "other"}

#: The OMOP concept "=" of the domain "Meas Value Operator" (vocabulary "Meas Value Operator"):
#: a measurement's ``value_as_number`` is the result only with this operator or none; with
#: ``<``, ``<=``, ``>=`` or ``>`` (4171756, 4171754, 4171755, 4172704) it is a bound, not a value,
#: and is read as missing.
EQUALS_OPERATOR = 4172703

#: OMOP Route concepts (domain "Route", SNOMED qualifier values) → a medication's ``route``:
#: 4132161 Oral (SNOMED 26643006), 4171047 Intravenous (47625008), 4142048 Subcutaneous
#: (34206005), 4302612 Intramuscular (78421000), 4263689 Topical (6064005). Source: Athena's Route
#: domain, as the FHIR-to-OMOP mappings of route codes list them. Any other route concept (inhaled,
#: intrathecal, nasal... whose ids are not listed here) and 0 read as missing, never as ``other``.
ROUTES = {
    4132161: "oral",
    4171047: "intravenous",
    4142048: "subcutaneous",
    4302612: "intramuscular",
    4263689: "topical",
}

#: OMOP Condition Status concepts (domain "Condition Status") → a condition's ``verification``:
#: 32893 "Confirmed diagnosis", 32899 "Preliminary diagnosis". The others (admitting, discharge,
#: primary, secondary diagnosis...) say where in a visit the diagnosis was made, not how sure it
#: is: missing. Source: Athena's Condition Status domain (as the OMOP ETLs of cancer registries
#: map a basis of diagnosis to it).
CONDITION_STATUSES = {32893: "confirmed", 32899: "provisional"}

#: The code system of a record whose concept (and source concept) is 0 or not in ``concept``:
#: no value set lists codes of it, so its membership is unknown.
NO_CONCEPT = "OMOP"


@dataclass(frozen=True)
class OmopSource:
    """Where the OMOP tables are, and what the database holds.

    ``catalog`` and ``schema`` qualify every table (DuckDB: an attached database and its schema;
    PostgreSQL: the schema; Spark: the database). ``v54`` is CDM v5.4 (``procedure_end_date``);
    ``empty`` the record lists whose tables hold no row at all (not collected, for anyone);
    ``reference_dates`` a table of ``(person_id, name, reference_date)``: the trial's reference
    dates per person."""

    catalog: str | None = None
    schema: str | None = None
    v54: bool = False
    reference_dates: str | None = None


def _sql(text: str) -> exp.Expr:
    """SQL text (DuckDB's spelling) as a tree; ``MAKE_DATE`` kept as that name, which DuckDB,
    PostgreSQL and Spark all have (sqlglot would print PostgreSQL's as ``DATE_FROM_PARTS``)."""

    def make_date(node: exp.Expr) -> exp.Expr:
        if isinstance(node, exp.DateFromParts):
            parts = [node.args[k] for k in ("year", "month", "day")]
            return exp.Anonymous(this="MAKE_DATE", expressions=parts)
        return node

    return sqlglot.parse_one(text, dialect="duckdb").transform(make_date)


def system_of(alias: str) -> str:
    """Eligo's code system of the concept ``alias`` (SQL text)."""
    whens = " ".join(f"WHEN '{omop}' THEN '{eligo}'" for omop, eligo in VOCABULARIES.items())
    return f"CASE {alias}.vocabulary_id {whens} ELSE {alias}.vocabulary_id END"


def unit_of(alias: str) -> exp.Expr:
    """The unit of the unit concept ``alias`` as a record holds it: its UCUM code, as Eligo's
    symbol where it is one of :data:`~eligo.language.units.ALIASES` (``10*9/L`` → ``10^9/L``)."""
    code = exp.column("concept_code", table=alias)
    case = exp.Case(this=code)
    for spelling, symbol in sorted(ALIASES.items()):
        case = case.when(exp.Literal.string(spelling), exp.Literal.string(symbol))
    return case.else_(code.copy())


def _typed_null(sql_type: str) -> exp.Expr:
    return exp.Cast(this=exp.null(), to=exp.DataType.build(sql_type, dialect="duckdb"))


def _view(table: str, columns: Mapping[str, exp.Expr | str], source: str) -> exp.Select:
    """A select giving ``table``'s columns in order: those of ``columns``, typed NULL the others."""
    select = []
    for name, sql_type in TABLES[table]:
        given = columns.get(name)
        value = _typed_null(sql_type) if given is None else (given if isinstance(given, exp.Expr) else _sql(given))
        select.append(exp.alias_(exp.Cast(this=value, to=exp.DataType.build(sql_type, dialect="duckdb")), name))
    body = _sql(f"SELECT 1 {source}")
    assert isinstance(body, exp.Select)
    return body.select(*select, append=False)


def _empty(table: str) -> exp.Select:
    return _view(table, {}, "WHERE 1 = 0")


def _keys() -> exp.Expr:
    """Every OMOP record with the key of its Eligo record (table and seq) and its two concepts."""
    parts = [
        f"""SELECT patient_id, '{table}' AS record, seq, concept_id, source_concept_id FROM omop_{table}"""
        for table in DOMAINS
    ]
    return _sql(" UNION ALL ".join(parts))


def _record_codes() -> exp.Expr:
    """One row per code of a record: its concept, its source concept when another, and, when it
    has neither in ``concept``, its concept id in the system ``OMOP`` (membership unknown)."""
    return _sql(
        f"""
        SELECT k.patient_id, k.record, k.seq, 'code' AS field, {system_of("c")} AS system, c.concept_code AS code
        FROM omop_keys AS k JOIN concept AS c ON c.concept_id = k.concept_id AND k.concept_id <> 0
        UNION ALL
        SELECT k.patient_id, k.record, k.seq, 'code', {system_of("s")}, s.concept_code
        FROM omop_keys AS k JOIN concept AS s ON s.concept_id = k.source_concept_id AND k.source_concept_id <> 0
        WHERE k.source_concept_id <> COALESCE(k.concept_id, 0)
        UNION ALL
        SELECT k.patient_id, k.record, k.seq, 'code', '{NO_CONCEPT}', CAST(COALESCE(k.concept_id, 0) AS VARCHAR)
        FROM omop_keys AS k
        LEFT JOIN concept AS c ON c.concept_id = k.concept_id AND k.concept_id <> 0
        LEFT JOIN concept AS s ON s.concept_id = k.source_concept_id AND k.source_concept_id <> 0
        WHERE c.concept_id IS NULL AND s.concept_id IS NULL
        """
    )


def _first_code() -> dict[str, str]:
    """A record's ``system``, ``code`` and ``display``: its concept, else its source concept (for
    reading by eye; queries read every code from ``record_codes``)."""
    known = "c.concept_id IS NOT NULL"
    source = "s.concept_id IS NOT NULL"
    return {
        "system": f"CASE WHEN {known} THEN {system_of('c')} WHEN {source} THEN {system_of('s')} ELSE '{NO_CONCEPT}' END",
        "code": f"CASE WHEN {known} THEN c.concept_code WHEN {source} THEN s.concept_code "
        "ELSE CAST(COALESCE(r.concept_id, 0) AS VARCHAR) END",
        "display": f"CASE WHEN {known} THEN c.concept_name ELSE s.concept_name END",
    }


_CODED = (
    "LEFT JOIN concept AS c ON c.concept_id = r.concept_id AND r.concept_id <> 0 "
    "LEFT JOIN concept AS s ON s.concept_id = r.source_concept_id AND r.source_concept_id <> 0"
)


def _rows(person: str, order: str, columns: str, source: str) -> exp.Expr:
    """An OMOP table's rows with the patient id and ``seq`` (from 0, in the order of ``order``)."""
    return _sql(
        f"SELECT CAST({person} AS VARCHAR) AS patient_id, "
        f"CAST(ROW_NUMBER() OVER (PARTITION BY {person} ORDER BY {order}) - 1 AS INTEGER) AS seq, "
        f"{columns} FROM {source}"
    )


def _case(column: str, mapping: Mapping[int, str]) -> str:
    """A concept id column read through ``mapping``: NULL for a concept it does not list."""
    whens = " ".join(f"WHEN {concept} THEN '{value}'" for concept, value in mapping.items())
    return f"CASE {column} {whens} END"


def _histology(alias: str) -> str:
    """The ICD-O-3 morphology of the concept ``alias`` when it is an ICDO3 histology-topography
    combination (``8140/3-C34.1``, the OMOP Oncology extension's cancer diagnosis; ``8140/3-NULL``
    with no site): the part before the ``-``; NULL for any other concept."""
    code = f"{alias}.concept_code"
    return (
        f"CASE WHEN {alias}.vocabulary_id = 'ICDO3' AND {code} LIKE '%/%-%' "
        f"THEN SUBSTRING({code}, 1, STRPOS({code}, '-') - 1) END"
    )


def _condition_more() -> dict[str, str]:
    """A condition's verification (from ``condition_status_concept_id``) and histology (from its
    concept, else its source concept, when an ICDO3 histology-topography combination)."""
    histology = f"COALESCE({_histology('c')}, {_histology('s')})"
    return {
        "verification": _case("r.status_concept_id", CONDITION_STATUSES),
        "histology_system": f"CASE WHEN {histology} IS NOT NULL THEN 'ICDO3' END",
        "histology_code": histology,
    }


def _day(column: str) -> dict[str, str]:
    return {"lo": column, "hi": column}


def _span(name: str, column: str) -> dict[str, str]:
    return {f"{name}_{end}": value for end, value in _day(column).items()}


def _patients() -> exp.Select:
    genders = " ".join(f"WHEN {concept} THEN '{sex}'" for concept, sex in GENDERS.items())
    first = "MAKE_DATE(p.year_of_birth, COALESCE(p.month_of_birth, 1), COALESCE(p.day_of_birth, 1))"
    month_end = "CAST(MAKE_DATE(p.year_of_birth, p.month_of_birth, 1) + INTERVAL 1 MONTH - INTERVAL 1 DAY AS DATE)"
    last = (
        "CASE WHEN p.month_of_birth IS NULL THEN MAKE_DATE(p.year_of_birth, 12, 31) "
        f"WHEN p.day_of_birth IS NULL THEN {month_end} ELSE {first} END"
    )
    observed = "op.person_id IS NOT NULL"
    # a list is collected when its tables hold any row at all: one row of counts, read in place
    # (not a literal of the query: the same text screens any database of the CDM's version)
    held = {domain: " OR ".join(f"rows_{table}.n > 0" for table in tables) for domain, tables in DOMAINS.items()}
    counts = " ".join(
        f"CROSS JOIN (SELECT COUNT(*) AS n FROM (SELECT 1 AS one FROM {table} LIMIT 1) AS t) AS rows_{table}"
        for tables in DOMAINS.values()
        for table in tables
    )
    columns: dict[str, exp.Expr | str] = {
        "patient_id": "CAST(p.person_id AS VARCHAR)",
        "birth_lo": f"CASE WHEN p.year_of_birth IS NOT NULL THEN {first} END",
        "birth_hi": f"CASE WHEN p.year_of_birth IS NOT NULL THEN {last} END",
        "sex": f"CASE p.gender_concept_id {genders} END",
    }
    for domain in DOMAINS:
        columns[f"{domain}_collected"] = f"{observed} AND ({held[domain]})"
    for name, _ in TABLES["patients"]:  # the kinds OMOP's clinical tables do not hold: not collected
        if name.endswith("_collected"):
            columns.setdefault(name, "FALSE")
    periods = "LEFT JOIN (SELECT DISTINCT person_id FROM observation_period) AS op ON op.person_id = p.person_id"
    return _view("patients", columns, f"FROM person AS p {periods} {counts}")


def _reference_dates(source: OmopSource) -> exp.Select:
    if source.reference_dates is None:
        return _empty("reference_dates")
    columns = {"patient_id": "CAST(d.person_id AS VARCHAR)", "name": "d.name", **_day("d.reference_date")}
    return _view("reference_dates", columns, f"FROM {source.reference_dates} AS d")


def layout_ctes(source: OmopSource) -> list[tuple[str, exp.Expr]]:
    """The CTEs, in order, that give every table of the layout from the OMOP tables (named as in
    the CDM, unqualified: :func:`omop_query` qualifies them)."""
    conditions = _rows(
        "x.person_id",
        "x.condition_occurrence_id",
        "x.condition_concept_id AS concept_id, x.condition_source_concept_id AS source_concept_id, "
        "x.condition_start_date AS start_date, x.condition_end_date AS end_date, "
        "x.condition_status_concept_id AS status_concept_id",
        "condition_occurrence AS x",
    )
    medications = _rows(
        "x.person_id",
        "x.drug_exposure_id",
        "x.drug_concept_id AS concept_id, x.drug_source_concept_id AS source_concept_id, "
        "x.drug_exposure_start_date AS start_date, x.drug_exposure_end_date AS end_date, "
        "x.route_concept_id",
        "drug_exposure AS x",
    )
    end = "x.procedure_end_date" if source.v54 else "CAST(NULL AS DATE)"
    procedures = _rows(
        "x.person_id",
        "x.procedure_occurrence_id",
        "x.procedure_concept_id AS concept_id, x.procedure_source_concept_id AS source_concept_id, "
        f"x.procedure_date AS start_date, {end} AS end_date",
        "procedure_occurrence AS x",
    )
    value = f"CASE WHEN COALESCE(m.operator_concept_id, 0) IN (0, {EQUALS_OPERATOR}) THEN m.value_as_number END"
    results = (
        "(SELECT m.person_id, 0 AS kind, m.measurement_id AS rid, m.measurement_concept_id AS concept_id, "
        "m.measurement_source_concept_id AS source_concept_id, m.measurement_date AS day, "
        f"{value} AS value_num, CAST(NULL AS VARCHAR) AS value_text, m.value_as_concept_id AS value_concept_id, "
        "m.unit_concept_id, m.range_low, m.range_high FROM measurement AS m "
        "UNION ALL "
        "SELECT o.person_id, 1, o.observation_id, o.observation_concept_id, o.observation_source_concept_id, "
        "o.observation_date, o.value_as_number, o.value_as_string, o.value_as_concept_id, o.unit_concept_id, "
        "CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE) FROM observation AS o) AS x"
    )
    observations = _rows(
        "x.person_id",
        "x.kind, x.rid",
        "x.concept_id, x.source_concept_id, x.day, x.value_num, x.value_text, x.value_concept_id, "
        "x.unit_concept_id, x.range_low, x.range_high",
        results,
    )
    coded = f"FROM omop_{{}} AS r {_CODED}"
    period = {**_span("start", "r.start_date"), **_span("end", "r.end_date")}
    one_day = "r.end_date IS NULL"
    observation_columns: dict[str, exp.Expr | str] = {
        "patient_id": "r.patient_id",
        "seq": "r.seq",
        **_first_code(),
        **_span("date", "r.day"),
        "value_num": "r.value_num",
        "value_text": "r.value_text",
        "value_code_system": f"CASE WHEN v.concept_id IS NOT NULL THEN {system_of('v')} END",
        "value_code": "v.concept_code",
        "value_code_display": "v.concept_name",
        "unit": unit_of("u"),
        "reference_low": "r.range_low",
        "reference_high": "r.range_high",
    }
    observation_joins = (
        "LEFT JOIN concept AS v ON v.concept_id = r.value_concept_id AND r.value_concept_id <> 0 "
        "LEFT JOIN concept AS u ON u.concept_id = r.unit_concept_id AND r.unit_concept_id <> 0"
    )
    record = {"patient_id": "r.patient_id", "seq": "r.seq", **_first_code()}
    views: list[tuple[str, exp.Expr]] = [
        ("patients", _patients()),
        ("reference_dates", _reference_dates(source)),
        ("omop_conditions", conditions),
        ("omop_medications", medications),
        ("omop_procedures", procedures),
        ("omop_observations", observations),
        ("omop_keys", _keys()),
        (
            "conditions",
            _view(
                "conditions",
                {**record, **_span("onset", "r.start_date"), **_span("abatement", "r.end_date"), **_condition_more()},
                coded.format("conditions"),
            ),
        ),
        (
            "medications",
            _view(
                "medications",
                {**record, **period, "route": _case("r.route_concept_id", ROUTES)},
                coded.format("medications"),
            ),
        ),
        (
            "procedures",
            _view(
                "procedures",
                {
                    **record,
                    "date_lo": f"CASE WHEN {one_day} THEN r.start_date END",
                    "date_hi": f"CASE WHEN {one_day} THEN r.start_date END",
                    "start_lo": f"CASE WHEN NOT {one_day} THEN r.start_date END",
                    "start_hi": f"CASE WHEN NOT {one_day} THEN r.start_date END",
                    "end_lo": "r.end_date",
                    "end_hi": "r.end_date",
                },
                coded.format("procedures"),
            ),
        ),
        (
            "observations",
            _view("observations", observation_columns, f"{coded.format('observations')} {observation_joins}"),
        ),
        ("record_codes", _record_codes()),
    ]
    held = {name for name, _ in views}
    # every other table of the layout (adverse events, allergies, studies, lesions, specimens,
    # family histories, devices, attestations,
    # the record's own parameters): no rows, as OMOP's clinical tables hold none of them
    return views + [(table, _empty(table)) for table in TABLES if table not in held]


def qualify(tree: exp.Expr, source: OmopSource, names: set[str]) -> exp.Expr:
    """``tree`` with every OMOP table (and the reference dates table) qualified by the source's
    catalog and schema; CTE names (``names``) are left alone."""
    tables = set(OMOP_TABLES) | ({source.reference_dates} if source.reference_dates else set())

    def visit(node: exp.Expr) -> exp.Expr:
        if isinstance(node, exp.Table) and not node.args.get("db") and node.name in tables and node.name not in names:
            if source.schema:
                node.set("db", exp.to_identifier(source.schema))
            if source.catalog:
                node.set("catalog", exp.to_identifier(source.catalog))
        return node

    return tree.transform(visit)
