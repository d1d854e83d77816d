"""Issue 12, oncology-grade records: medications (status, intent, line, regimen, dose,
termination reason, investigational), procedures (period, body site, intent, radiotherapy dose
and fractions), the record kinds adverse_event, allergy and study, and ``active WINDOW``.

Each construct is checked on hand-made cases, then the evaluator, the compiled closures and DuckDB
are run on random patients that use every new field and kind: they must agree on every outcome.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Sequence
from typing import Any

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eligo.errors import CheckError
from eligo.evaluate.evidence import Evaluator
from eligo.evaluate.outcomes.closures import CompiledCriteria
from eligo.language.check import check
from eligo.language.parse import parse_text
from eligo.language.phrases import phraser_for
from eligo.language.program import Program
from eligo.records.model import Patient
from eligo.records.plausibility import problems
from eligo.sources.decode import decode
from eligo.sql.compile import compile_program
from eligo.sql.layout import TABLES, create_tables, load_duckdb

PROGRAM = """\
trial T12 "Oncology-grade records"
  reference first_dose "Day 1 of cycle 1"

valueset steroids "Systemic corticosteroids"
  ATC H02AB "Glucocorticoids"

valueset anti_pd1 "Anti-PD-1 antibodies"
  ATC L01FF "PD-1/PD-L1 inhibitors"

valueset alopecia "Alopecia"
  NCIT C2865 "Alopecia"

valueset radiation "Radiotherapy"
  SNOMED 108290001 "Radiation oncology AND/OR radiotherapy"

valueset penicillins "Penicillins"
  RXNORM 7980 "Penicillin G"

exclude E1 "Steroids within 7 days"
  exists medication in steroids where active within 7 days before first_dose

exclude E2 "Steroids on day 1"
  exists medication in steroids where active on first_dose

exclude E3 "Unresolved toxicity of grade 2 or more from prior therapy, except alopecia"
  exists adverse_event
    where grade >= 2 and not resolved on or before first_dose
    except code in alopecia

exclude E4 "Another investigational study within 4 weeks"
  exists study where investigational and active within 4 weeks before first_dose

exclude E5 "Second line or later anti-PD-1 at a high dose"
  exists medication in anti_pd1
    where line >= 2 and dose >= 200 mg and treatment_intent in (palliative, adjuvant)

exclude E6 "Stopped for toxicity, or investigational"
  exists medication where termination_reason is toxicity or investigational is true or regimen is "FOLFOX"

exclude E7 "Radiotherapy of 50 Gy or more, or over 25 fractions, in the last 6 months"
  exists procedure in radiation
    where (dose >= 50 Gy or fractions > 25) and active within 6 months before first_dose

exclude E8 "Severe allergy to penicillin"
  exists allergy in penicillins where criticality is high or severity is severe and status is not resolved

exclude E9 "Serious adverse event attributed to an anti-PD-1"
  exists adverse_event where serious and attributed_to in anti_pd1

include I1 "Intent"
  no procedure where treatment_intent is curative and active at least 2 weeks before first_dose

include I2 "Weight-based dose"
  count(medication where dose > 3 mg/kg or status is stopped) <= 1

exclude E10 "Study arm"
  exists study where arm is "B" and status in (on_study, follow_up) and active after first_dose

exclude E11 "Condition active within the year"
  exists condition where active between 2025-03-01 and first_dose
"""


def load_text(text: str, name: str) -> Program:
    return check(parse_text(text, name), (), {name: text})


@functools.cache
def program() -> Program:
    return load_text(PROGRAM, "t12.elig")


@functools.cache
def sql() -> str:
    return compile_program(program()).sql(dialect="duckdb")


def run(records: Sequence[dict[str, Any]]) -> list[tuple[str, ...]]:
    """The outcomes of the evaluator, after checking the closures (validated and fast-decoded
    records) and DuckDB give the same ones."""
    patients = [Patient.model_validate({"id": f"P{i:03d}", **r}) for i, r in enumerate(records)]
    evaluator, closures = EVALUATOR, CLOSURES
    expected = []
    for patient in patients:
        result = evaluator.evaluate(patient)
        outcomes = tuple(c.outcome for c in result.criteria)
        assert closures.outcomes(patient) == outcomes, patient.id
        fast = decode(patient.model_dump_json(exclude_none=True).encode())
        if fast is not None:
            assert closures.outcomes(fast) == outcomes, patient.id
        expected.append((patient.id, *outcomes, result.verdict))
    con = DB
    create_tables(con)
    for table in TABLES:
        con.execute(f"DELETE FROM {table}")
    load_duckdb(con, patients)
    got = sorted(tuple(row) for row in con.execute(sql()).fetchall())
    assert got == sorted(expected)
    return expected


DB = duckdb.connect()
EVALUATOR = Evaluator(program(), explain=False)
CLOSURES = CompiledCriteria(program())
IDS = ["E1", "E2", "E3", "E4", "E5", "E6", "E7", "E8", "E9", "I1", "I2", "E10", "E11"]


def outcome(criterion: str, record: dict[str, Any]) -> str:
    [row] = run([{"dates": {"first_dose": "2026-03-01"}, **record}])
    return row[1 + IDS.index(criterion)]


def med(code: str = "H02AB06", **fields: Any) -> dict[str, Any]:
    return {"code": {"system": "ATC", "code": code}, **fields}


# ----------------------------------------------------------------------------- medications


@pytest.mark.parametrize(
    ("status", "expected"),
    [(None, "met"), ("active", "met"), ("completed", "met"), ("stopped", "met"), ("on_hold", "met"),
     ("unknown", "met"), ("not_taken", "not_met"), ("entered_in_error", "not_met"), ("intended", "not_met")],
)  # fmt: skip
def test_a_medication_never_received_is_as_if_absent(status: str | None, expected: str) -> None:
    record = med(start="2026-02-27", end="2026-02-28", **({"status": status} if status else {}))
    assert outcome("E1", {"medications": [record]}) == expected


def test_medication_fields() -> None:
    pd1 = med("L01FF02", line=2, dose=240, dose_unit="mg", treatment_intent="palliative")
    assert outcome("E5", {"medications": [pd1]}) == "met"
    assert outcome("E5", {"medications": [{**pd1, "line": 1}]}) == "not_met"
    assert outcome("E5", {"medications": [{**pd1, "dose": 0.2, "dose_unit": "g"}]}) == "met"  # 200 mg
    assert outcome("E5", {"medications": [{**pd1, "dose_unit": "mg/kg"}]}) == "unknown"  # not a mass
    assert outcome("E5", {"medications": [{**pd1, "dose_unit": None}]}) == "unknown"
    assert outcome("E5", {"medications": [{**pd1, "treatment_intent": "curative"}]}) == "not_met"
    assert outcome("E6", {"medications": [med(termination_reason="toxicity")]}) == "met"
    assert outcome("E6", {"medications": [med(regimen="FOLFOX")]}) == "met"
    assert outcome("E6", {"medications": [med(termination_reason="progression", investigational=False, regimen="x")]}) == "not_met"  # fmt: skip
    assert outcome("I2", {"medications": [med(dose=4, dose_unit="mg/kg"), med(status="stopped")]}) == "not_met"


# ----------------------------------------------------------------------------- active


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        ("2026-01-01", "2026-02-22", "met"),  # ends on the window's first day
        ("2026-01-01", "2026-02-21", "not_met"),  # ends the day before
        ("2026-03-01", "2026-04-01", "met"),  # starts on first_dose
        ("2026-03-02", None, "not_met"),  # starts after the window: the end does not matter
        ("2026-02-25", None, "met"),  # starts inside the window: ongoing or not, it overlaps
        ("2026-01-01", None, "unknown"),  # started before, end not recorded
        (None, "2026-02-10", "not_met"),  # ended before the window, whenever it started
        (None, "2026-02-25", "met"),  # ended inside the window
        (None, "2026-04-01", "unknown"),
        ("2026-02", "2026-02", "unknown"),  # February: perhaps before the 22nd only
        ("2026-01", "2026-03", "met"),  # ended in March, so on or after 1 March... or not
        ("2025", "2026-02-22", "met"),
    ],
)
def test_active_within(start: str | None, end: str | None, expected: str) -> None:
    record = med(**({"start": start} if start else {}), **({"end": end} if end else {}))
    got = outcome("E1", {"medications": [record]})
    if (start, end) == ("2026-01", "2026-03"):  # the end may be 1..31 March: all on or after the 22 Feb
        assert got == "met"
    else:
        assert got == expected


def test_active_on_and_procedures_with_a_date() -> None:
    assert outcome("E2", {"medications": [med(start="2026-03-01")]}) == "met"
    assert outcome("E2", {"medications": [med(start="2026-01-01", end="2026-02-28")]}) == "not_met"
    assert outcome("E2", {"medications": [med(start="2026-01-01")]}) == "unknown"
    rt = {"code": {"system": "SNOMED", "code": "108290001"}, "dose": 60}
    assert outcome("E7", {"procedures": [{**rt, "date": "2025-12-01"}]}) == "met"  # one day: [date, date]
    assert outcome("E7", {"procedures": [{**rt, "date": "2025-08-01"}]}) == "not_met"
    assert outcome("E7", {"procedures": [{**rt, "start": "2025-06-01", "end": "2025-09-02"}]}) == "met"
    assert outcome("E7", {"procedures": [{**rt, "start": "2025-06-01", "end": "2025-08-31"}]}) == "not_met"
    assert outcome("E7", {"procedures": [{**rt, "dose": 6000, "start": "2026-02-01"}]}) == "met"
    assert outcome("E7", {"procedures": [{**rt, "dose": 40, "fractions": 20, "date": "2026-02-01"}]}) == "not_met"
    assert (
        outcome("E11", {"conditions": [{"code": {"system": "ICD10CM", "code": "C34.90"}, "onset": "2020"}]})
        == "unknown"
    )
    assert outcome("E11", {"conditions": [{"code": {"system": "ICD10CM", "code": "C34.90"}, "onset": "2020", "abatement": "2024"}]}) == "not_met"  # fmt: skip


def test_active_with_a_missing_reference_date_is_unknown() -> None:
    [row] = run([{"medications": [med(start="2026-02-27")]}])
    assert row[1] == "unknown"


# ----------------------------------------------------------------------------- new record kinds


def ae(code: str = "C3", **fields: Any) -> dict[str, Any]:
    return {"code": {"system": "NCIT", "code": code}, **fields}


def test_unresolved_toxicity_except_alopecia() -> None:
    assert outcome("E3", {"adverse_events": [ae(grade=2)]}) == "unknown"  # not recorded as resolved: perhaps
    assert outcome("E3", {"adverse_events": [ae(grade=2, resolved="2026-02-01")]}) == "not_met"
    assert outcome("E3", {"adverse_events": [ae(grade=3, resolved="2026-03-05")]}) == "met"
    assert outcome("E3", {"adverse_events": [ae("C2865", grade=2, resolved="2026-03-05")]}) == "not_met"
    assert outcome("E3", {"adverse_events": [ae(grade=1)]}) == "not_met"
    assert outcome("E3", {"adverse_events": []}) == "not_met"
    assert outcome("E3", {}) == "unknown"  # not collected


def test_studies_allergies_and_attribution() -> None:
    study = {"code": {"system": "LOCAL", "code": "NCT01234567"}, "investigational": True}
    assert outcome("E4", {"studies": [{**study, "start": "2025-01-01", "end": "2026-02-10"}]}) == "met"
    assert outcome("E4", {"studies": [{**study, "start": "2025-01-01", "end": "2026-01-31"}]}) == "not_met"
    assert outcome("E4", {"studies": [{**study, "investigational": False, "start": "2026-02-10"}]}) == "not_met"
    assert (
        outcome("E10", {"studies": [{**study, "arm": "B", "status": "on_study", "start": "2025-01-01"}]}) == "unknown"
    )
    penicillin = {"code": {"system": "RXNORM", "code": "7980"}}
    assert outcome("E8", {"allergies": [{**penicillin, "criticality": "high"}]}) == "met"
    assert outcome("E8", {"allergies": [{**penicillin, "criticality": "low", "severity": "mild"}]}) == "not_met"
    assert (
        outcome("E8", {"allergies": [{**penicillin, "criticality": "low", "severity": "severe", "status": "resolved"}]})
        == "not_met"
    )
    serious = ae(serious=True, attributed_to={"system": "ATC", "code": "L01FF01"})
    assert outcome("E9", {"adverse_events": [serious]}) == "met"
    assert outcome("E9", {"adverse_events": [{**serious, "attributed_to": [{"system": "ATC", "code": "L01XC06"}, {"system": "ATC", "code": "L01FF02"}]}]}) == "met"  # fmt: skip
    assert outcome("E9", {"adverse_events": [{**serious, "attributed_to": {"system": "ATC", "code": "L01XC06"}}]}) == "not_met"  # fmt: skip


@pytest.mark.parametrize(
    ("record", "field"),
    [
        ({"adverse_events": [ae(grade=6)]}, "grade"),
        ({"adverse_events": [ae(grade=0)]}, "grade"),
        ({"adverse_events": [ae(grade=2.5)]}, "grade"),
        ({"medications": [med(line=0)]}, "line"),
        ({"medications": [med(dose=-1, dose_unit="mg")]}, "dose"),
        ({"medications": [med(status="taken")]}, "status"),
        ({"procedures": [{"code": {"system": "SNOMED", "code": "1"}, "fractions": True}]}, "fractions"),
        ({"allergies": [{"code": {"system": "RXNORM", "code": "1"}, "criticality": "severe"}]}, "criticality"),
        ({"studies": [{"code": {"system": "LOCAL", "code": "x"}, "status": "enrolled"}]}, "status"),
    ],
)
def test_implausible_values_are_refused_by_both_readers(record: dict[str, Any], field: str) -> None:
    with pytest.raises(ValueError, match=field):
        Patient.model_validate({"id": "P", **record})
    assert decode(json.dumps({"id": "P", **record}).encode()) is None


def test_an_old_record_reads_as_before() -> None:
    old = {"id": "P", "medications": [med(start="2026-01-01")], "procedures": [{"code": {"system": "SNOMED", "code": "1"}, "date": "2026-01-01"}]}  # fmt: skip
    patient = Patient.model_validate(old)
    assert patient.adverse_events is None and patient.allergies is None and patient.studies is None
    assert patient.medications is not None and patient.medications[0].status is None


# ----------------------------------------------------------------------------- the checker


@pytest.mark.parametrize(
    ("criterion", "message"),
    [
        ("exists medication where treatment_intent is curativ", "did you mean 'curative'"),
        ("exists observation where active on first_dose", "an observation has no period"),
        ("active on first_dose", "use it inside a query"),
        ("exists allergy where severity is sever", "did you mean .severe."),
        ("exists adverse_event where grde >= 2", "did you mean 'grade'"),
        ("exists procedure where dose > 50 mg", "Gy"),
        ("exists study where arm is 2", "text"),
    ],
)
def test_the_checker_refuses_mistakes(criterion: str, message: str) -> None:
    text = 'trial T "t"\n  reference first_dose "d"\n\nexclude E1 "x"\n  ' + criterion + "\n"
    with pytest.raises(CheckError, match=message):
        load_text(text, "t.elig")


# ----------------------------------------------------------------------------- phrases


def test_phrases() -> None:
    prog = program()
    phraser = phraser_for(prog)
    by_id = {c.id: phraser.phrase(c.body) for c in prog.criteria}
    assert by_id["E1"] == "treatment with systemic corticosteroids, ongoing at any time within 7 days before first dose"
    assert by_id["E2"] == "treatment with systemic corticosteroids, ongoing on first dose"
    assert by_id["E3"] == (
        "an adverse event that meets all of the following: [(a) with grade of at least 2; (b) not resolved on or "
        "before first dose]; except alopecia"
    )
    assert by_id["E6"] == "a medication, stopped for toxicity, investigational or the regimen is “FOLFOX”"
    assert by_id["E9"] == "an adverse event, serious and attributed to anti-PD-1 antibodies"
    assert by_id["E11"] == "a diagnosis, ongoing at any time between 2025-03-01 and first dose"


# ----------------------------------------------------------------------------- differential

DATES = ["2026-03-01", "2026-02-28", "2026-02-22", "2026-02-21", "2026-02", "2026-03", "2025-09-01", "2025-08-31",
         "2025", "2026", "2026-01-31", "2025-03-01"]  # fmt: skip
DATE = st.none() | st.sampled_from(DATES)


def _code(system: str, codes: list[str]) -> st.SearchStrategy[dict[str, str]]:
    return st.sampled_from(codes).map(lambda c: {"system": system, "code": c})


def _maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


def _drop_none(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if v is not None}


MEDICATION = st.fixed_dictionaries(
    {
        "code": _code("ATC", ["H02AB06", "L01FF01", "L01XC06"]),
        "start": DATE,
        "end": DATE,
        "status": _maybe(
            st.sampled_from(["active", "completed", "stopped", "intended", "not_taken", "entered_in_error"])
        ),
        "treatment_intent": _maybe(
            st.sampled_from(["curative", "palliative", "adjuvant", "neoadjuvant", "supportive"])
        ),
        "line": _maybe(st.integers(1, 3)),
        "regimen": _maybe(st.sampled_from(["FOLFOX", "x"])),
        "dose": _maybe(st.sampled_from([0, 3, 200, 240, 0.2])),
        "dose_unit": _maybe(st.sampled_from(["mg", "g", "mg/kg", "mg/m2", "mL"])),
        "termination_reason": _maybe(st.sampled_from(["completed", "progression", "toxicity"])),
        "investigational": _maybe(st.booleans()),
        "reason": _maybe(st.lists(st.sampled_from(["c0", "c1"]), max_size=2, unique=True)),
        "reason_code": _maybe(_code("ICD10CM", ["C34.90"])),
    }
).map(_drop_none)
PROCEDURE = st.fixed_dictionaries(
    {
        "code": _code("SNOMED", ["108290001", "1"]),
        "date": DATE,
        "start": DATE,
        "end": DATE,
        "treatment_intent": _maybe(st.sampled_from(["curative", "palliative", "diagnostic"])),
        "dose": _maybe(st.sampled_from([40, 50, 60.5])),
        "fractions": _maybe(st.integers(1, 30)),
        "body_site": _maybe(_code("SNOMED", ["39607008"])),
        "reason": _maybe(st.lists(st.sampled_from(["c0", "c1"]), max_size=2, unique=True)),
    }
).map(_drop_none)
SUSPECT = _code("ATC", ["L01FF01", "L01XC06"])
ADVERSE_EVENT = st.fixed_dictionaries(
    {
        "code": _code("NCIT", ["C2865", "C3"]),
        "grade": _maybe(st.integers(1, 5)),
        "onset": DATE,
        "resolved": DATE,
        "attributed_to": _maybe(SUSPECT | st.lists(SUSPECT, min_size=1, max_size=2)),
        "serious": _maybe(st.booleans()),
    }
).map(_drop_none)
ALLERGY = st.fixed_dictionaries(
    {
        "code": _code("RXNORM", ["7980", "1"]),
        "criticality": _maybe(st.sampled_from(["low", "high", "unable_to_assess"])),
        "severity": _maybe(st.sampled_from(["mild", "moderate", "severe"])),
        "onset": DATE,
        "status": _maybe(st.sampled_from(["active", "inactive", "resolved"])),
    }
).map(_drop_none)
STUDY = st.fixed_dictionaries(
    {
        "code": _code("LOCAL", ["NCT01234567"]),
        "study": _maybe(st.just("KEYNOTE-000")),
        "arm": _maybe(st.sampled_from(["A", "B"])),
        "start": DATE,
        "end": DATE,
        "status": _maybe(st.sampled_from(["candidate", "on_study", "follow_up", "off_study", "withdrawn"])),
        "investigational": _maybe(st.booleans()),
    }
).map(_drop_none)
CONDITION = st.fixed_dictionaries({"code": _code("ICD10CM", ["C34.90"]), "onset": DATE, "abatement": DATE}).map(
    _drop_none
)


def _with_ids(conditions: list[dict[str, Any]] | None) -> list[dict[str, Any]] | None:
    """Conditions with their position as id (issue 12: the ids links name)."""
    return None if conditions is None else [{**c, "id": f"c{i}"} for i, c in enumerate(conditions)]


@st.composite
def oncology_patient(draw: st.DrawFn) -> dict[str, Any]:
    def records(strategy: st.SearchStrategy[Any]) -> Any:
        return draw(_maybe(st.lists(strategy, max_size=3)))

    return _drop_none(
        {
            "dates": draw(st.sampled_from([{"first_dose": "2026-03-01"}, {"first_dose": "2026-03"}, {}])),
            "medications": records(MEDICATION),
            "procedures": records(PROCEDURE),
            "adverse_events": records(ADVERSE_EVENT),
            "allergies": records(ALLERGY),
            "studies": records(STUDY),
            "conditions": _with_ids(records(CONDITION)),
        }
    )


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(oncology_patient(), min_size=1, max_size=15))
def test_differential_evaluator_closures_duckdb(records: list[dict[str, Any]]) -> None:
    run(records)  # asserts the three agree on every outcome


@pytest.mark.parametrize(
    ("record", "path"),
    [
        ({"procedures": [{"code": {"system": "SNOMED", "code": "1"}, "start": "2026-02", "end": "2026-01-31"}]},
         "procedures[0].end"),
        ({"adverse_events": [ae(onset="2026-02-01", resolved="2026-01-01")]}, "adverse_events[0].resolved"),
        ({"studies": [{"code": {"system": "LOCAL", "code": "x"}, "start": "2026", "end": "2025-12-31"}]},
         "studies[0].end"),
    ],
)  # fmt: skip
def test_a_period_that_ends_before_it_starts_is_a_record_problem(record: dict[str, Any], path: str) -> None:
    found = problems(Patient.model_validate({"id": "P", **record}))
    assert [where for where, _ in found] == [path]
    assert decode(json.dumps({"id": "P", **record}).encode()) is None
