"""An OMOP standardized vocabulary as the hierarchy of ``and descendants`` value-set entries.

OHDSI sites hold the vocabularies as an Athena download (``CONCEPT.csv``,
``CONCEPT_ANCESTOR.csv``: tab-separated, with a header row) or as the tables ``concept`` and
``concept_ancestor`` of an OMOP database. Eligo reads only what a program's entries need: the
standard concepts of the systems it maps (to tell a code the vocabulary holds from one it does
not), and the ancestor rows whose ancestor is a concept an entry lists. ATC classes are
ancestors of RxNorm drugs there, so ``ATC L01FE and descendants`` reaches RxNorm products as
OMOP's own cohort definitions do.

>>> from pathlib import Path
>>> vocabulary = read_vocabulary(Path("tests/data/vocabulary"), [("SNOMED", "128613002")])
>>> sorted(vocabulary.descendants("SNOMED", "128613002"))  # seizure disorder: epilepsy is one
[('SNOMED', '128613002'), ('SNOMED', '84757009')]
>>> vocabulary.knows("SNOMED", "195967001"), vocabulary.knows("SNOMED", "254637007")
(True, False)
"""

from __future__ import annotations

import csv
import dataclasses
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
from sqlglot import exp

from eligo.errors import InputError, UsageError
from eligo.language.program import Program

#: Athena's ``vocabulary_id`` → Eligo's code system, for the systems whose hierarchy Eligo reads
#: (codes.DESCENDANT_SYSTEMS). Source: the OHDSI ``vocabulary`` table. "RxNorm Extension" is
#: left out: Eligo has no system for it.
SYSTEMS = {"SNOMED": "SNOMED", "RxNorm": "RXNORM", "ATC": "ATC", "LOINC": "LOINC", "CPT4": "CPT", "HCPCS": "HCPCS"}

CONCEPT_COLUMNS = ("concept_id", "vocabulary_id", "standard_concept", "concept_code", "invalid_reason")
ANCESTOR_COLUMNS = ("ancestor_concept_id", "descendant_concept_id")

Pair = tuple[str, str]


@dataclass(frozen=True)
class Vocabulary:
    """The standard concepts of the mapped systems, and the descendants of the concepts asked for."""

    name: str
    known: dict[str, frozenset[str]]
    under: dict[Pair, frozenset[Pair]] = field(default_factory=dict)
    #: codes of the data the vocabulary does not hold (for queries: codes.Hierarchy.absent)
    absent: frozenset[Pair] = frozenset()

    def knows(self, system: str, code: str) -> bool:
        return code in self.known.get(system, ())

    def descendants(self, system: str, code: str) -> frozenset[Pair]:
        return self.under.get((system, code), frozenset())

    def lacking(self, absent: frozenset[Pair]) -> Vocabulary:
        return dataclasses.replace(self, absent=absent)


def wanted_concepts(program: Program) -> dict[Pair, list[str]]:
    """The concepts a program's ``descendants`` entries list, each with where it is written."""
    found: dict[Pair, list[str]] = {}
    for name, declared in program.valuesets.items():
        for entry in declared.entries:
            if entry.descendants:
                where = str(entry.span) if entry.span else name
                found.setdefault((entry.system, entry.code), []).append(f"{where} (in '{name}')")
    return found


def with_vocabulary(program: Program, path: Path | str | None) -> Program:
    """``program`` reading its ``descendants`` entries through the vocabulary at ``path`` (an
    Athena directory or a DuckDB file; ``None``: the program as it is). Raises
    :class:`~eligo.errors.InputError` for a vocabulary without a concept an entry lists."""
    if path is None:
        return program
    wanted = wanted_concepts(program)
    vocabulary = read_vocabulary(Path(path), wanted)
    for (system, code), places in wanted.items():
        if not vocabulary.knows(system, code):
            raise InputError(
                f"{path}: the vocabulary has no standard concept {system} {code}, listed with its "
                f"descendants at {', '.join(places)}"
            )
    return dataclasses.replace(program, vocabulary=vocabulary)


def read_vocabulary(path: Path, wanted: Iterable[Pair]) -> Vocabulary:
    """The vocabulary at ``path`` with the descendants of the ``wanted`` concepts."""
    if path.is_dir():
        return _read_athena(path, set(wanted))
    if path.is_file():
        return _read_duckdb(path, set(wanted))
    raise UsageError(f"{path}: no such vocabulary (an Athena directory or a DuckDB file)")


# ----------------------------------------------------------------------------- Athena files


def _rows(path: Path, columns: tuple[str, ...]) -> Iterator[tuple[int, tuple[str, ...]]]:
    """The named columns of each row of an Athena file, with its line number."""
    try:
        handle = path.open(encoding="utf-8", newline="")
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror})") from None
    with handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = [h.strip().lower() for h in next(reader, [])]
        missing = [c for c in columns if c not in header]
        if missing:
            raise InputError(f"{path}:1: no column {', '.join(missing)} (an Athena vocabulary file has a header row)")
        where = [header.index(c) for c in columns]
        try:
            for row in reader:
                if len(row) != len(header):
                    raise InputError(f"{path}:{reader.line_num}: {len(row)} fields, the header has {len(header)}")
                yield reader.line_num, tuple(row[i] for i in where)
        except UnicodeDecodeError:
            raise InputError(f"{path}:{reader.line_num + 1}: not UTF-8 text") from None


def _concept_id(path: Path, line: int, text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise InputError(f"{path}:{line}: concept id {text!r} is not a number") from None


def _athena_file(directory: Path, name: str) -> Path:
    found = directory / name
    if not found.is_file():
        raise InputError(f"{directory}: no {name} (an Athena vocabulary download holds it)")
    return found


def _read_athena(directory: Path, wanted: set[Pair]) -> Vocabulary:
    concepts = _athena_file(directory, "CONCEPT.csv")
    ancestors = _athena_file(directory, "CONCEPT_ANCESTOR.csv")
    known: dict[str, set[str]] = {system: set() for system in SYSTEMS.values()}
    codes: dict[int, Pair] = {}
    for line, (concept_id, vocabulary_id, standard, code, invalid) in _rows(concepts, CONCEPT_COLUMNS):
        number = _concept_id(concepts, line, concept_id)
        system = SYSTEMS.get(vocabulary_id)
        if system is None or standard not in ("S", "C") or invalid:
            continue
        if not code:
            raise InputError(f"{concepts}:{line}: concept {number} has no concept_code")
        known[system].add(code)
        codes[number] = (system, code)
    tops = {number: pair for number, pair in codes.items() if pair in wanted}
    under: dict[Pair, set[Pair]] = {pair: {pair} for pair in tops.values()}
    for line, (ancestor, descendant) in _rows(ancestors, ANCESTOR_COLUMNS):
        top = tops.get(_concept_id(ancestors, line, ancestor))
        if top is not None:
            below = codes.get(_concept_id(ancestors, line, descendant))
            if below is not None:
                under[top].add(below)
    return _vocabulary(f"the vocabulary {directory}", known, under)


def _vocabulary(name: str, known: dict[str, set[str]], under: dict[Pair, set[Pair]]) -> Vocabulary:
    return Vocabulary(
        name=name,
        known={system: frozenset(codes) for system, codes in known.items()},
        under={pair: frozenset(below) for pair, below in under.items()},
    )


# ----------------------------------------------------------------------------- an OMOP database


def _read_duckdb(path: Path, wanted: set[Pair]) -> Vocabulary:
    try:
        con = duckdb.connect(str(path), read_only=True)
    except duckdb.Error as error:
        raise InputError(f"{path}: not a DuckDB database ({error})") from None
    with con:
        return read_connection(con, f"the vocabulary of {path}", wanted)


def read_connection(
    con: duckdb.DuckDBPyConnection, name: str, wanted: set[Pair], catalog: str | None = None, schema: str | None = None
) -> Vocabulary:
    """The vocabulary held by the tables ``concept`` and ``concept_ancestor`` of a DuckDB
    connection (in ``catalog`` and ``schema`` when given): one query for the standard concepts,
    one per wanted concept for its descendants."""
    concept, ancestor = (exp.table_(t, db=schema, catalog=catalog) for t in ("concept", "concept_ancestor"))
    standard = "{0}standard_concept IN ('S', 'C') AND COALESCE({0}invalid_reason, '') = ''"
    vocabularies = exp.In(this=exp.column("vocabulary_id"), expressions=[exp.Literal.string(v) for v in SYSTEMS])
    known_query = (
        exp.select("vocabulary_id", "concept_code").from_(concept).where(vocabularies).where(standard.format(""))
    )
    below_query = (
        exp.select("d.vocabulary_id", "d.concept_code")
        .from_(ancestor.as_("x"))
        .join(concept.copy().as_("a"), on="a.concept_id = x.ancestor_concept_id")
        .join(concept.copy().as_("d"), on="d.concept_id = x.descendant_concept_id")
        .where("a.vocabulary_id = ? AND a.concept_code = ?")
        .where(standard.format("d."))
    )
    known: dict[str, set[str]] = {system: set() for system in SYSTEMS.values()}
    under: dict[Pair, set[Pair]] = {}
    omop_name = {system: vocabulary_id for vocabulary_id, system in SYSTEMS.items()}
    try:
        for vocabulary_id, code in con.execute(known_query.sql("duckdb")).fetchall():
            known[SYSTEMS[vocabulary_id]].add(str(code))
        for system, code in wanted:
            rows = con.execute(below_query.sql("duckdb"), [omop_name.get(system, system), code]).fetchall()
            found = {(SYSTEMS[v], str(c)) for v, c in rows if v in SYSTEMS}
            under[(system, code)] = found | {(system, code)}
    except duckdb.Error as error:
        raise InputError(f"{name}: no OMOP vocabulary tables concept and concept_ancestor ({error})") from None
    return _vocabulary(name, known, under)
