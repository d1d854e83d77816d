"""The SQL back end beyond the shipped trials, against the evaluator and the fast closures: an
observation's value read without a measure, ages against recorded durations, counts against
counts, equality of uncertain counts, `latest` between results that differ only in unit, names
that differ only in case, windows past the calendar; and what it cannot compile."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

import duckdb
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import eligo
from eligo.errors import InputError
from eligo.evaluate.outcomes.closures import CompiledCriteria
from eligo.language.program import Program
from eligo.records.model import Patient
from eligo.sql.compile import to_sql
from eligo.sql.values import SqlCompileError

from .test_sql_compile import DURATION_UNITS, Pools, expected, patient_records, patients, screened

EXTRAS_TEXT = """\
trial NCT00000001 "What the SQL back end compiles beyond the shipped trials"
  reference first_dose "Day 1"
  reference screening "Screening"

measure ecog "ECOG": number
  LOINC 89247-1 "ECOG"

measure hb "Haemoglobin": g/dL
  LOINC 718-7 "Haemoglobin"

measure HB "Platelets, named to differ only in case": 10^9/L
  LOINC 777-3 "Platelets"

valueset coded "Coded results"
  LOCAL negative "negative"

valueset skin "Skin"
  ICD10CM C44 "Skin"

valueset Skin "Breast, named to differ only in case"
  ICD10CM C50 "Breast"

attested expected_survival "Survival": duration
attested anc "A yes or no": boolean
attested ANC "Another, named to differ only in case": boolean

include V1 "A value without a measure, ordered"
  exists observation where code is LOINC 89247-1 and value <= 1

include V2 "Equal to numbers, text, yes"
  exists observation where value = 1 or value is "positive" or value = true or value != 2

include V3 "In a set, a range, a value set"
  exists observation where value in (0, 2) or value in 0..1.5 or value in coded or value = LOCAL negative

include V4 "As a truth, known"
  (exists observation where value) or count(observation where value is known) >= 2

include V5 "Against a count"
  exists observation where value >= count(condition in skin)

include A1 "Age against a recorded duration"
  age at first_dose >= expected_survival

include A2 "A recorded duration against an age"
  expected_survival < age at screening

include A3 "Age equal to a number"
  age at first_dose = 210 months

include A4 "Age equal to a recorded duration"
  age at first_dose = expected_survival

include C1 "Count against count"
  count(condition in skin) >= count(condition in Skin)

include C2 "Count equal to count"
  count(condition in skin) = count(condition where status is active)

include C3 "A count less than a count"
  count(condition where status is active) < count(condition in skin)

include C4 "Count equal to a number"
  count(condition where status is active) = 2

include C5 "Count not equal to a number"
  count(condition where status is active) != 1

include D1 "Durations equal"
  expected_survival = 12 weeks or expected_survival != 3 months

include L1 "Latest with units"
  latest hb within 28 days before first_dose >= 5 g/dL

include L2 "Latest of a measure named like another"
  latest HB within 28 days before first_dose >= 100 × 10^9/L

include L3 "Latest of a number"
  latest ecog within 28 days before first_dose in 0..1

include L4 "Latest of a number, ordered and equal"
  latest ecog within 28 days before first_dose <= 1 or latest ecog within 28 days before first_dose = 3

include L5 "Latest of a quantity against its upper limit of normal"
  latest hb within 28 days before first_dose <= 1.5 × ULN

include N1 "Attested items differing in case"
  anc and not ANC

include W1 "Windows past the calendar"
  exists condition where onset within 9999999999 years before first_dose or onset at least 99999999999 days before first_dose

include W2 "A window that may reach past the calendar"
  exists condition where onset within 5000 years of first_dose
"""
EXTRAS = eligo.check(eligo.parse_text(EXTRAS_TEXT, "extras.elig"), (), {"extras.elig": EXTRAS_TEXT})
EXTRA_POOLS = Pools(
    EXTRAS,
    conditions=[("ICD10CM", "C44.1"), ("ICD10CM", "C50.9"), ("ICD10CM", "D05.1")],
    medications=[("ATC", "L01FE01")],
    procedures=[("SNOMED", "80146002")],
    observations=[("LOINC", "89247-1"), ("LOINC", "718-7"), ("LOINC", "777-3")],
    values=[0, 1, 1.5, 9, 150, True, False, "positive", {"system": "LOCAL", "code": "negative"},
            {"system": "LOCAL", "code": "negative", "display": "Negative"}, None],
    units=["g/dL", "g/L", "10^9/L"],
    attestations={"expected_survival": [12, 3, 11.5, 210, 216, 6574, 6575, 940, 18, 0], "anc": [True, False, 1],
                  "ANC": [True, False]},
    attestation_units=DURATION_UNITS,
    references=[*[{"first_dose": "2026-03-02", "screening": "2026-02-02"}] * 4, {"first_dose": "2026-03"},
                {"screening": "2026-02"}, {}],
)  # fmt: skip

#: results close to the window of `latest` (28 days before 2 March 2026), often the same number
#: in another unit or with another upper limit of normal
RESULTS = st.fixed_dictionaries({
    "code": st.sampled_from(EXTRA_POOLS.observations).map(lambda c: {"system": c[0], "code": c[1]}),
    "date": st.sampled_from(["2026-02-20", "2026-02-15", "2026-02", "2026-03-01", "2026-01-15", None]),
    "value": st.sampled_from([9, 150, 1, True, "9"]),
    "unit": st.sampled_from(["g/dL", "g/L", "10^9/L", None]),
    "reference_high": st.sampled_from([None, 40.0]),
})  # fmt: skip


@st.composite
def extra_patients(draw: st.DrawFn) -> dict[str, Any]:
    record = draw(patient_records(EXTRA_POOLS))
    return {**record, "observations": draw(st.lists(RESULTS, max_size=4))} if draw(st.booleans()) else record


CON = duckdb.connect()
SLOW = [HealthCheck.too_slow, HealthCheck.data_too_large]


def agreed(program: Program, group: Sequence[Patient]) -> list[tuple[str, ...]]:
    """Each patient's id, outcomes and verdict from the evaluator, once DuckDB and the fast
    closures have given the same."""
    result = expected(program, group)
    assert screened(CON, program, group) == result
    compiled = CompiledCriteria(program)
    closures = []
    for patient in group:
        outcomes = compiled.outcomes(patient, {})
        closures.append((patient.id, *outcomes, compiled.verdict(outcomes)))
    assert sorted(closures) == result
    return result


def outcomes_of(criterion: str, *records: dict[str, Any]) -> list[str]:
    """One criterion's outcome per patient of ``records``, the same from every back end."""
    index = 1 + [c.id for c in EXTRAS.criteria].index(criterion)
    return [row[index] for row in agreed(EXTRAS, patients(*records))]


SEEN: dict[str, set[str]] = defaultdict(set)


#: a result L5 decides (issue 12's fields made the derandomized draws reach it no more)
HB_AGAINST_ULN = {"dates": {"first_dose": "2026-03-02"}, "observations": [
    {"code": {"system": "LOINC", "code": "718-7"}, "date": "2026-02-20", "value": 9, "unit": "g/dL", "reference_high": 40.0}]}  # fmt: skip

#: a result L2 decides (the specimen, family history and device lists made the draws reach it no more)
PLATELETS_AS_HB = {"dates": {"first_dose": "2026-03-02"}, "observations": [
    {"code": {"system": "LOINC", "code": "777-3"}, "date": "2026-02-20", "value": 150, "unit": "10^9/L"}]}  # fmt: skip


@settings(max_examples=150, deadline=None, suppress_health_check=SLOW, derandomize=True)
@given(st.lists(extra_patients(), min_size=1, max_size=20))
@example([HB_AGAINST_ULN])
@example([PLATELETS_AS_HB])
def check_random_patients(records: list[dict[str, Any]]) -> None:
    for row in agreed(EXTRAS, patients(*records)):
        for criterion, outcome in zip(EXTRAS.criteria, row[1:-1], strict=True):
            SEEN[criterion.id].add(outcome)


def test_random_patients_agree_on_every_construct() -> None:
    check_random_patients()
    assert [c.id for c in EXTRAS.criteria if not {"met", "not_met"} & SEEN[c.id]] == []  # each was decided


# ----------------------------------------------------------------------------- one construct at a time

DOSE = {"dates": {"first_dose": "2026-03-02", "screening": "2026-02-02"}}


def conditions(*statuses: str | None) -> dict[str, Any]:
    return {**DOSE, "conditions": [{"code": {"system": "ICD10CM", "code": "C44.1"}, "status": s} for s in statuses]}


def test_a_count_equal_to_a_number_inside_its_range_is_unknown() -> None:
    """One active condition and two without a status: 1 to 3 are active, so `= 2` is unknown."""
    group = [conditions("active", None, None), conditions("active", None), conditions(None), conditions("active"),
             conditions("active", "active", "active"), conditions("active", "active")]  # fmt: skip
    assert outcomes_of("C4", *group) == ["unknown", "unknown", "not_met", "not_met", "not_met", "met"]
    assert outcomes_of("C5", *group) == ["unknown", "unknown", "unknown", "not_met", "met", "met"]


def test_counts_against_counts() -> None:
    def skin_and_breast(skin: list[str | None], breast: int) -> dict[str, Any]:
        records = [{"code": {"system": "ICD10CM", "code": "C44.1"}, "status": s} for s in skin]
        records += [{"code": {"system": "ICD10CM", "code": "C50.9"}, "status": "resolved"}] * breast
        return {**DOSE, "conditions": records}

    group = [skin_and_breast(["active"], 1), skin_and_breast([], 1), skin_and_breast([None, None], 2),
             skin_and_breast(["active", "resolved"], 3), DOSE]  # fmt: skip
    assert outcomes_of("C1", *group) == ["met", "not_met", "met", "not_met", "unknown"]
    assert outcomes_of("C2", *group) == ["met", "met", "unknown", "not_met", "unknown"]  # 2 skin, 0 to 2 active
    assert outcomes_of("C3", *group) == ["not_met", "not_met", "unknown", "met", "unknown"]


def test_ages_against_recorded_durations_in_every_unit() -> None:
    def born(birth: str, survival: float, unit: str) -> dict[str, Any]:
        return {**DOSE, "birth_date": birth, "attestations": {"expected_survival": {"value": survival, "unit": unit}}}

    group = [born("2026-01", 8, "weeks"), born("2026-01-01", 8, "weeks"), born("2026-02-01", 29, "days"),
             born("2026-02-01", 30, "day"), born("2008-03-02", 18, "years"), born("2008-03-03", 216, "months"),
             born("2008-03-02", 18, "hours"), born("2000-01-01", 12, "weeks")]  # fmt: skip
    assert outcomes_of("A1", *group) == ["unknown", "met", "met", "not_met", "met", "not_met", "unknown", "met"]
    # on 2 February 2026 (screening)
    assert outcomes_of("A2", *group) == ["not_met", "not_met", "not_met", "not_met", "not_met", "not_met", "unknown",
                                         "met"]  # fmt: skip
    assert outcomes_of("A4", born("2026-01-01", 8, "weeks"), born("2026-01", 8, "weeks"), born("2007", 17, "years"),
                       born("2007", 19, "years")) == ["met", "unknown", "not_met", "unknown"]  # fmt: skip


def test_ages_equal_to_a_number_inside_their_range_are_unknown() -> None:
    """Born in 2008: 206 to 218 months old on 2 March 2026, so `= 210 months` is unknown."""
    group = [{**DOSE, "birth_date": "2008"}, {**DOSE, "birth_date": "2008-09-02"}, {**DOSE, "birth_date": "2007"}]
    assert outcomes_of("A3", *group) == ["unknown", "met", "not_met"]


def test_durations_equal_across_calendar_and_day_units() -> None:
    def survival(value: float, unit: str) -> dict[str, Any]:
        return {**DOSE, "attestations": {"expected_survival": {"value": value, "unit": unit}}}

    group = [survival(84, "days"), survival(3, "months"), survival(90, "days"), survival(13, "weeks"),
             survival(1, "year"), survival(0.25, "years")]  # fmt: skip
    # 3 months is 84 to 93 days (so it may be 12 weeks): 90 days and 13 weeks may be 3 months
    assert outcomes_of("D1", *group) == ["met", "unknown", "unknown", "unknown", "met", "not_met"]


def test_values_without_a_measure_follow_the_evaluator() -> None:
    def ecog(*values: Any) -> dict[str, Any]:
        records = [{"code": {"system": "LOINC", "code": "89247-1"}, "date": "2026-02-20", "value": v} for v in values]
        return {**DOSE, "observations": records}

    group = [ecog(1), ecog(2), ecog(True), ecog("x"), ecog(None), ecog(), ecog(0.5, True)]
    assert outcomes_of("V1", *group) == ["met", "not_met", "unknown", "unknown", "unknown", "not_met", "met"]
    assert outcomes_of("V2", *group) == ["met", "not_met", "met", "met", "unknown", "not_met", "met"]
    coded = [ecog({"system": "LOCAL", "code": "negative"}), ecog({"system": "LOCAL", "code": "x"}), ecog(1.5), ecog(3)]
    # a code in a range, a number in a value set: unknown
    assert outcomes_of("V3", *coded) == ["met", "unknown", "met", "unknown"]
    assert outcomes_of("V4", *group) == ["unknown", "unknown", "met", "unknown", "unknown", "not_met", "met"]


def test_latest_is_unknown_when_a_possibly_later_result_differs_only_in_unit() -> None:
    """9 g/dL on some day of February may be later than 9 g/L on 15 February: the latest is not known."""

    def hb(*results: tuple[str, Any, str | None]) -> dict[str, Any]:
        return {**DOSE, "observations": [{"code": {"system": "LOINC", "code": "718-7"}, "date": when, "value": value,
                                          "unit": unit} for when, value, unit in results]}  # fmt: skip

    assert outcomes_of(
        "L1",
        hb(("2026-02", 9, "g/dL"), ("2026-02-15", 9, "g/L")),
        hb(("2026-02", 9, "g/L"), ("2026-02-15", 9, "g/L")),  # the same result either way
        hb(("2026-02", 9, "g/dL"), ("2026-02-15", 9, "g/dL")),
    ) == ["unknown", "not_met", "met"]

    def ecog(*results: tuple[str, Any]) -> dict[str, Any]:
        return {**DOSE, "observations": [{"code": {"system": "LOINC", "code": "89247-1"}, "date": when, "value": v}
                                         for when, v in results]}  # fmt: skip

    # yes is not 1 (though True == 1 in Python), but 1 is 1.0
    assert outcomes_of("L3", ecog(("2026-02", True), ("2026-02-15", 1)), ecog(("2026-02", 1.0), ("2026-02-15", 1))) == [
        "unknown",
        "met",
    ]


def test_two_results_of_one_day_with_different_values_leave_the_latest_unknown() -> None:
    """No time of day: two results on one day are not ordered, whichever is listed first; the
    latest is unknown unless they say the same, or a later result decides."""

    def ecog(*results: tuple[str, Any]) -> dict[str, Any]:
        return {**DOSE, "observations": [{"code": {"system": "LOINC", "code": "89247-1"}, "date": when, "value": v}
                                         for when, v in results]}  # fmt: skip

    assert outcomes_of(
        "L3",
        ecog(("2026-02-20", 1), ("2026-02-20", 3)),
        ecog(("2026-02-20", 3), ("2026-02-20", 1)),
        ecog(("2026-02-20", 1), ("2026-02-20", 1.0)),
        ecog(("2026-02-20", 3), ("2026-02-20", 1), ("2026-02-25", 0)),
        ecog(("2026-02-28", 1), ("2026-02", 3)),  # February may end on the 28th
        ecog(("2026-02-20", 1), ("2026-02-19", 3)),
    ) == ["unknown", "unknown", "met", "met", "unknown", "met"]


FLAG_TEXT = """\
trial NCT00000002 "A yes or no result"
  reference first_dose "Day 1"

measure flag "A yes or no result": boolean
  LOINC 11111-2 "A yes or no result"

include L6 "Latest of a yes or no"
  latest flag within 28 days before first_dose
"""


def test_results_of_one_day_that_give_the_same_answer_decide_it() -> None:
    """Issue 10: neither of ECOG 0 and ECOG 1 on one day is known to be the latest, but both are in
    0..1 and at most 1, and neither is 3: the latest is the range of them, decided where every
    value in it gives the same answer, in every back end. Results that are not numbers or
    quantities (yes and no) stay unknown."""

    def observed(code: str, *results: tuple[str, Any, str | None, float | None]) -> dict[str, Any]:
        return {**DOSE, "observations": [
            {"code": {"system": "LOINC", "code": code}, "date": when, "value": value, "unit": unit,
             "reference_high": high}
            for when, value, unit, high in results
        ]}  # fmt: skip

    def ecog(*results: tuple[str, Any]) -> dict[str, Any]:
        return observed("89247-1", *((when, value, None, None) for when, value in results))

    same_day = ecog(("2026-02-27", 0), ("2026-02-27", 1))
    three = ecog(("2026-02-27", 0), ("2026-02-27", 1), ("2026-02-27", 3))
    imprecise = ecog(("2026-02-20", 0), ("2026-02", 1))  # some day in February: perhaps as late
    text = ecog(("2026-02-27", 0), ("2026-02-27", "one"))  # not a number: unknown
    assert outcomes_of("L3", same_day, three, imprecise, text) == ["met", "unknown", "met", "unknown"]
    assert outcomes_of("L4", same_day, three, imprecise, text) == ["met", "unknown", "met", "unknown"]
    assert outcomes_of("L4", ecog(("2026-02-27", 4), ("2026-02-27", 5))) == ["not_met"]
    # quantities: in two units, against an absolute limit and the upper limit of normal
    hb = observed("718-7", ("2026-02-27", 6, "g/dL", 16.0), ("2026-02-27", 70, "g/L", 160.0))
    assert outcomes_of("L1", hb) == ["met"]
    assert outcomes_of("L5", hb) == ["met"]
    high = observed("718-7", ("2026-02-27", 6, "g/dL", 16.0), ("2026-02-27", 300, "g/L", 160.0))
    no_limit = observed("718-7", ("2026-02-27", 6, "g/dL", 16.0), ("2026-02-27", 70, "g/L", None))
    assert outcomes_of("L5", high, no_limit) == ["unknown", "unknown"]
    assert outcomes_of("L1", no_limit) == ["met"]
    # a yes and a no on one day: unknown, as a positive and a negative pregnancy test
    flags = observed("11111-2", ("2026-02-27", True, None, None), ("2026-02-27", False, None, None))
    flag = eligo.check(eligo.parse_text(FLAG_TEXT, "flag.elig"), (), {"flag.elig": FLAG_TEXT})
    assert [row[1] for row in agreed(flag, patients(flags))] == ["unknown"]


def test_names_that_differ_only_in_case_stay_apart() -> None:
    """SQL names ignore case: attested items anc and ANC, value sets skin and Skin, measures hb and HB."""

    def attested(anc: bool, upper: bool) -> dict[str, Any]:
        return {**DOSE, "attestations": {"anc": {"value": anc}, "ANC": {"value": upper}}}

    assert outcomes_of("N1", attested(True, False), attested(False, True), attested(True, True)) == [
        "met", "not_met", "not_met",
    ]  # fmt: skip
    platelets = {"code": {"system": "LOINC", "code": "777-3"}, "date": "2026-02-20", "value": 150, "unit": "10^9/L"}
    assert outcomes_of("L2", {**DOSE, "observations": [platelets]}) == ["met"]
    assert outcomes_of("L1", {**DOSE, "observations": [platelets]}) == ["unknown"]


def test_windows_past_the_calendar_end_at_its_edge() -> None:
    def onset(when: str | None) -> dict[str, Any]:
        return {**DOSE, "conditions": [{"code": {"system": "ICD10CM", "code": "C44.1"}, "onset": when}]}

    assert outcomes_of("W1", onset("2020-01-01"), onset("0001-01-01"), onset("2026-03-03"), onset(None)) == [
        "met", "met", "not_met", "unknown",
    ]  # fmt: skip
    # 5000 years before 2 March 2026 is past the calendar; 5000 years after is 2 March 7026
    assert outcomes_of("W2", onset("0001-01-01"), onset("7026-03-02"), onset("7026-03-03"), onset("7026-03")) == [
        "met", "met", "not_met", "unknown",
    ]  # fmt: skip


# ----------------------------------------------------------------------------- what it cannot compile


def test_what_the_back_end_cannot_compile_is_an_error_naming_the_criterion() -> None:
    text = EXTRAS_TEXT + '\ninclude U1 "Ages of two dates"\n  age at first_dose = age at screening\n'
    program = eligo.check(eligo.parse_text(text, "extras.elig"), (), {"extras.elig": text})
    with pytest.raises(SqlCompileError) as caught:
        to_sql(program)
    assert isinstance(caught.value, InputError)
    line = text.count("\n", 0, text.index("include U1")) + 1
    assert (
        str(caught.value)
        == f"criterion U1 (extras.elig:{line}): the SQL back end cannot compare an age with an age yet"
    )
