"""Issue 12, links between records: record ids, a medication's or procedure's ``reason`` (the ids of
the conditions it treats, FHIR reasonReference) and ``reason_code`` (FHIR reasonCode), and
``reason is condition`` inside a query nested in a condition query.

Each rule is checked on hand-made cases, then the evaluator, the compiled closures (validated and
fast-decoded records) and DuckDB are run on random patients with ids and links: they must agree.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Sequence
from typing import Any

import duckdb
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from eligo.errors import CheckError
from eligo.evaluate.evidence import Evaluator
from eligo.evaluate.outcomes.closures import CompiledCriteria
from eligo.language.check import check
from eligo.language.format import format_text
from eligo.language.parse import parse_text
from eligo.language.program import Program
from eligo.records.messages import validation_problem
from eligo.records.model import Patient
from eligo.records.plausibility import problems
from eligo.sources.decode import decode
from eligo.sql.compile import compile_program
from eligo.sql.layout import TABLES, create_tables, load_duckdb

PROGRAM = """\
trial T12L "Links between records"
  reference first_dose "Day 1 of cycle 1"

valueset nsclc "Non-small cell lung cancer"
  ICD10CM C34 "Malignant neoplasm of bronchus and lung"

valueset platinum "Platinum compounds"
  ATC L01XA "Platinum compounds"

valueset radiation "Radiotherapy"
  SNOMED 108290001 "Radiation oncology AND/OR radiotherapy"

include L1 "Platinum for the lung cancer"
  exists condition in nsclc where (exists medication in platinum where reason is condition)

exclude L2 "Radiotherapy for something other than the lung cancer"
  exists condition in nsclc where (exists procedure in radiation where reason is not condition)

include L3 "Platinum given for a lung cancer (reason code)"
  exists medication in platinum where reason_code in nsclc

include L4 "A condition with no treatment for it in the last 6 months"
  count(condition where (no medication where reason is condition and active within 6 months before first_dose)) >= 1

include L5 "Treated for it after its onset"
  exists condition
    where (exists medication where reason is condition and start after condition.onset)
    except (exists procedure where reason is condition)

exclude L6 "A procedure for something other than lung cancer"
  exists procedure where reason_code not in nsclc
"""
IDS = ["L1", "L2", "L3", "L4", "L5", "L6"]


def load_text(text: str, name: str = "links.elig") -> Program:
    return check(parse_text(text, name), (), {name: text})


@functools.cache
def program() -> Program:
    return load_text(PROGRAM)


DB = duckdb.connect()


class Backends:
    """A program's evaluator, closures and DuckDB query, run side by side."""

    def __init__(self, program: Program) -> None:
        self.evaluator = Evaluator(program, explain=False)
        self.closures = CompiledCriteria(program)
        self.sql = compile_program(program).sql(dialect="duckdb")

    def run(self, records: Sequence[dict[str, Any]]) -> list[tuple[str, ...]]:
        """The evaluator's outcomes, after checking that the closures (validated and fast-decoded
        records) and DuckDB give the same ones."""
        validated = [Patient.model_validate({"id": f"P{i:03d}", **r}) for i, r in enumerate(records)]
        patients = [p for p in validated if not problems(p)]  # a reader refuses a period that ends before it starts
        expected = []
        for patient in patients:
            result = self.evaluator.evaluate(patient)
            outcomes = tuple(c.outcome for c in result.criteria)
            assert self.closures.outcomes(patient) == outcomes, patient.id
            fast = decode(patient.model_dump_json(exclude_none=True).encode())
            assert fast is not None, patient.id
            assert self.closures.outcomes(fast) == outcomes, patient.id
            expected.append((patient.id, *outcomes, result.verdict))
        create_tables(DB)
        for table in TABLES:
            DB.execute(f"DELETE FROM {table}")
        load_duckdb(DB, patients)
        assert sorted(tuple(row) for row in DB.execute(self.sql).fetchall()) == sorted(expected)
        return expected


BACKENDS = Backends(program())
run = BACKENDS.run


def outcomes(criterion: str, *records: dict[str, Any]) -> list[str]:
    rows = run([{"dates": {"first_dose": "2026-03-01"}, **r} for r in records])
    return [row[1 + IDS.index(criterion)] for row in rows]


LUNG = {"system": "ICD10CM", "code": "C34.90"}
SKIN = {"system": "ICD10CM", "code": "C44.92"}


def lung(**fields: Any) -> dict[str, Any]:
    return {"code": LUNG, **fields}


def cisplatin(**fields: Any) -> dict[str, Any]:
    return {"code": {"system": "ATC", "code": "L01XA01"}, **fields}


def radiotherapy(**fields: Any) -> dict[str, Any]:
    return {"code": {"system": "SNOMED", "code": "108290001"}, **fields}


# ----------------------------------------------------------------------------- reason is condition


def test_reason_is_condition_is_three_valued() -> None:
    assert outcomes(
        "L1",
        {"conditions": [lung(id="c1")], "medications": [cisplatin(reason=["c1"])]},  # lists it
        {"conditions": [lung(id="c1")], "medications": [cisplatin(reason=["c0", "c1"])]},  # one of several
        {"conditions": [lung(id="c1")], "medications": [cisplatin(reason=["c2"])]},  # another condition
        {"conditions": [lung(id="c1")], "medications": [cisplatin(reason=[])]},  # known: for no condition
        {"conditions": [lung(id="c1")], "medications": [cisplatin()]},  # reason not recorded
        {"conditions": [lung()], "medications": [cisplatin(reason=["c1"])]},  # the condition has no id
        {"conditions": [lung()], "medications": [cisplatin(reason=[])]},  # ... but the reason says none
    ) == ["met", "met", "not_met", "not_met", "unknown", "unknown", "unknown"]


def test_a_link_names_the_enclosing_record_not_any_record() -> None:
    skin = {"code": SKIN, "id": "c2"}
    both = {"conditions": [lung(id="c1"), skin], "medications": [cisplatin(reason=["c2"])]}
    assert outcomes("L1", both) == ["not_met"]  # the platinum is for the skin cancer
    assert outcomes("L2", {"conditions": [lung(id="c1"), skin], "procedures": [radiotherapy(reason=["c2"])]}) == ["met"]
    assert outcomes("L2", {"conditions": [lung(id="c1")], "procedures": [radiotherapy(reason=["c1"])]}) == ["not_met"]
    assert outcomes("L2", {"conditions": [lung(id="c1")], "procedures": [radiotherapy()]}) == ["unknown"]


def test_links_in_counts_nested_fields_and_excepts() -> None:
    recent = cisplatin(reason=["c1"], start="2026-01-01", end="2026-02-01")
    assert outcomes(
        "L4",
        {"conditions": [lung(id="c1")], "medications": [recent]},  # treated within 6 months
        {"conditions": [lung(id="c1")], "medications": [cisplatin(reason=["c2"], start="2026-01-01")]},
        {"conditions": [lung(id="c1")], "medications": []},
        {"conditions": [lung(id="c1")], "medications": [cisplatin(start="2026-01-01", end="2026-02-01")]},
    ) == ["not_met", "met", "met", "unknown"]
    assert outcomes(
        "L5",
        {"conditions": [lung(id="c1", onset="2025-06")], "medications": [cisplatin(reason=["c1"], start="2025-07")],
         "procedures": []},
        {"conditions": [lung(id="c1", onset="2025-06")], "medications": [cisplatin(reason=["c1"], start="2025-05")],
         "procedures": []},
        {"conditions": [lung(id="c1", onset="2025-06")], "medications": [cisplatin(reason=["c1"], start="2025-07")],
         "procedures": [radiotherapy(reason=["c1"])]},
        {"conditions": [lung(id="c1", onset="2025-06")], "medications": [cisplatin(reason=["c1"], start="2025-07")],
         "procedures": [radiotherapy()]},
    ) == ["met", "not_met", "not_met", "unknown"]  # fmt: skip


# ----------------------------------------------------------------------------- reason codes


def test_reason_code_reads_like_code() -> None:
    snomed_lung = {"system": "SNOMED", "code": "254637007"}
    assert outcomes(
        "L3",
        {"medications": [cisplatin(reason_code=LUNG)]},
        {"medications": [cisplatin(reason_code=[SKIN, LUNG])]},  # any of its codes
        {"medications": [cisplatin(reason_code=SKIN)]},
        {"medications": [cisplatin(reason_code=snomed_lung)]},  # a system the value set lists no codes of
        {"medications": [cisplatin()]},
    ) == ["met", "met", "not_met", "unknown", "unknown"]
    assert outcomes(
        "L6",
        {"procedures": [radiotherapy(reason_code=SKIN)]},
        {"procedures": [radiotherapy(reason_code=[LUNG, SKIN])]},
        {"procedures": [radiotherapy()]},
        {"procedures": []},
    ) == ["met", "not_met", "unknown", "not_met"]


def test_the_evidence_names_what_is_missing() -> None:
    patient = Patient.model_validate(
        {"id": "P", "dates": {"first_dose": "2026-03-01"}, "conditions": [lung()],
         "medications": [cisplatin(reason=["c1"]), cisplatin(id="m2")]}
    )  # fmt: skip
    result = Evaluator(program()).evaluate(patient)
    missing = " | ".join(result.criteria[0].missing)
    assert "the id of condition ICD10CM C34.90" in missing


# ----------------------------------------------------------------------------- records


@pytest.mark.parametrize(
    ("record", "path", "message"),
    [
        ({"conditions": [lung(id="c1"), lung(id="c1")]}, "conditions[1].id", "already the id of conditions[0]"),
        ({"medications": [cisplatin(id="m"), cisplatin(), cisplatin(id="m")]}, "medications[2].id", "medications[0]"),
        ({"observations": [{"code": LUNG, "id": "o"}, {"code": LUNG, "id": "o"}]}, "observations[1].id", "unique"),
    ],
)
def test_two_records_of_one_kind_with_one_id_are_a_record_problem(
    record: dict[str, Any], path: str, message: str
) -> None:
    found = problems(Patient.model_validate({"id": "P", **record}))
    assert [where for where, _ in found] == [path]
    assert message in found[0][1]
    assert decode(json.dumps({"id": "P", **record}).encode()) is None


def test_one_id_in_two_kinds_is_allowed() -> None:
    """FHIR ids are unique per resource type: a Condition/1 and a MedicationStatement/1 may coexist."""
    record = {"id": "P", "conditions": [lung(id="1")], "medications": [cisplatin(id="1", reason=["1"])]}
    assert problems(Patient.model_validate(record)) == []
    assert decode(json.dumps(record).encode()) is not None


@pytest.mark.parametrize(
    ("record", "path"),
    [
        ({"conditions": [lung(id="c 1")]}, "conditions[0].id"),
        ({"medications": [cisplatin(id="")]}, "medications[0].id"),
        ({"medications": [cisplatin(reason=["ok", "not/ok"])]}, "medications[0].reason[1]"),
        ({"procedures": [radiotherapy(reason="c1")]}, "procedures[0].reason"),
        ({"procedures": [radiotherapy(reason_code=[])]}, "procedures[0].reason_code"),
        ({"studies": [{"code": {"system": "LOCAL", "code": "x"}, "id": "x" * 65}]}, "studies[0].id"),
    ],
)
def test_bad_ids_and_links_are_refused_with_their_path(record: dict[str, Any], path: str) -> None:
    text = json.dumps({"id": "P", **record}).encode()
    assert decode(text) is None
    with pytest.raises(ValidationError) as caught:
        Patient.model_validate_json(text)
    found = validation_problem(text, caught.value, "f", 1, 1)
    assert found.path == path, found
    if path.endswith("id") or "reason[" in path:
        assert "a record id" in found.message


def test_a_record_without_ids_reads_as_before() -> None:
    record = {"id": "P", "conditions": [lung()], "medications": [cisplatin()]}
    patient = Patient.model_validate(record)
    assert patient.model_dump(mode="json", exclude_none=True) == {
        **record,
        "dates": {},
        "parameters": {},
        "attestations": {},
    }


# ----------------------------------------------------------------------------- the checker


@pytest.mark.parametrize(
    ("criterion", "message"),
    [
        ("exists medication where reason is condition", "no condition query encloses this medication query"),
        ("exists condition where (exists observation where reason is condition)", "an observation has no link"),
        ("exists condition where (exists medication where reasn is condition)", "did you mean 'reason'?"),
        ("exists condition where (exists medication where reason is procedure)", "names condition records, not"),
        ("exists condition where (exists medication where reason is known)", "'reason' links to a condition"),
        ("exists condition where (exists medication where onset is condition)", "write condition.onset"),
        ("reason is condition", "use it inside a query"),
        ("exists condition where (exists medication where start is condition)", "no link 'start'"),
    ],
)
def test_the_checker_refuses_mistaken_links(criterion: str, message: str) -> None:
    text = PROGRAM + f'\ninclude X "x"\n  {criterion}\n'
    with pytest.raises(CheckError) as caught:
        load_text(text)
    assert message in str(caught.value)


def test_a_link_formats_and_parses_back() -> None:
    text = 'include X "x"\n  exists condition\n    where (exists procedure where reason is not condition)\n'
    assert format_text(text) == text


# ----------------------------------------------------------------------------- differential

DATES = ["2026-03-01", "2026-02", "2025-09-01", "2025-08-31", "2025-06", "2025", None]
LINK_IDS = ["c0", "c1", "c2", "x"]


def _code(system: str, codes: list[str]) -> st.SearchStrategy[dict[str, str]]:
    return st.sampled_from(codes).map(lambda c: {"system": system, "code": c})


REASON_CODE = _code("ICD10CM", ["C34.90", "C44.92"]) | _code("SNOMED", ["254637007"])
MOSTLY = st.sampled_from([True, True, True, False])


def _reason(ids: list[str]) -> st.SearchStrategy[list[str] | None]:
    return MOSTLY.flatmap(lambda known: st.lists(st.sampled_from(ids), max_size=2, unique=True) if known else st.none())


REASON = _reason(LINK_IDS)
REASON_CODES = st.none() | REASON_CODE | st.lists(REASON_CODE, min_size=1, max_size=2)


def _drop_none(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if v is not None}


CONDITION = st.fixed_dictionaries(
    {
        "code": _code("ICD10CM", ["C34.90", "C44.92"]),
        "onset": st.sampled_from(["2025-08-31", "2025-06", "2025", None]),
        "id": MOSTLY,
    }
)
MEDICATION = st.fixed_dictionaries(
    {"code": _code("ATC", ["L01XA01", "L01XA02", "H02AB06"]), "start": st.sampled_from(["2026-02", "2025-09-01", "2025", None]),
     "end": st.sampled_from(DATES), "reason": REASON, "reason_code": REASON_CODES}
).map(_drop_none)  # fmt: skip
PROCEDURE = st.fixed_dictionaries(
    {"code": _code("SNOMED", ["108290001", "1"]), "reason": _reason(["c1", "x", "y"]), "reason_code": REASON_CODES}
).map(_drop_none)


@st.composite
def linked_patient(draw: st.DrawFn) -> dict[str, Any]:
    def records(strategy: st.SearchStrategy[Any]) -> Any:
        return draw(MOSTLY.flatmap(lambda collected: st.lists(strategy, max_size=3) if collected else st.none()))

    conditions = records(CONDITION)
    if conditions is not None:  # ids unique per kind: the condition's position, or none
        conditions = [_drop_none({**c, "id": f"c{i}" if c["id"] else None, "onset": c["onset"]}) for i, c in
                      enumerate(conditions)]  # fmt: skip
    medications = records(MEDICATION)
    if medications:
        medications = [{**m, "id": f"m{i}"} if draw(st.booleans()) else m for i, m in enumerate(medications)]
    return _drop_none(
        {
            "dates": draw(st.sampled_from([{"first_dose": "2026-03-01"}, {}])),
            "conditions": conditions,
            "medications": medications,
            "procedures": records(PROCEDURE),
        }
    )


TREATED_AFTER_ONSET = {
    "dates": {"first_dose": "2026-03-01"}, "conditions": [lung(id="c0", onset="2025-06")],
    "medications": [cisplatin(reason=["c0"], start="2025-09-01")], "procedures": [radiotherapy(reason=["x"])],
}  # fmt: skip
SETTINGS = settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)


def test_differential_evaluator_closures_duckdb() -> None:
    """The evaluator, the closures and DuckDB agree on random patients with ids and links; over
    them, every criterion was met, not met and unknown."""
    seen: dict[str, set[str]] = {criterion: set() for criterion in IDS}

    @SETTINGS
    @given(st.lists(linked_patient(), min_size=1, max_size=12))
    @example([TREATED_AFTER_ONSET])  # rare among random patients: a link, dates in order, every procedure's reason
    def agree(records: list[dict[str, Any]]) -> None:
        for row in run(records):  # asserts the three agree on every outcome
            for criterion, outcome in zip(IDS, row[1:], strict=False):
                seen[criterion].add(outcome)

    agree()
    assert {c: s for c, s in seen.items() if not {"met", "not_met", "unknown"} <= s} == {}


def test_ids_are_quoted_in_the_csv_postgresql_reads(tmp_path: Any) -> None:
    """``NULL`` is a valid FHIR id: unquoted in an array literal, PostgreSQL would read it as NULL."""
    from eligo.sql.layout import write_csv

    con = duckdb.connect()
    load_duckdb(
        con,
        [Patient.model_validate({"id": "P", "medications": [cisplatin(reason=["NULL", "c1"]), cisplatin(reason=[])]})],
    )
    write_csv(con, tmp_path)
    lines = (tmp_path / "medications.csv").read_text().splitlines()
    header = lines[0].split(",")
    assert header[-1] == "reason"
    assert lines[1].endswith(',"{""NULL"",""c1""}"') and lines[2].endswith(",{}")
