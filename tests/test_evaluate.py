"""Evaluation semantics, construct by construct: three-valued logic, absent versus empty
record lists, window boundaries, ages, latest values, units, exceptions and conditionals."""

from __future__ import annotations

from typing import Any

import pytest

import eligo
from eligo.evaluate.evidence import Evaluator
from eligo.language import nodes as n

HEADER = """\
trial T1 "Test"
  reference d "Index day"

attested a "A": boolean
attested b "B": boolean
attested survival "Survival": duration

valueset onc "Oncology"
  ICD10CM C00-C96 "Malignant"
  except ICD10CM C44 "Skin"

valueset egfr "Anti-EGFR"
  ATC L01FE "EGFR mAbs"

measure ecog "ECOG": number
  LOINC 89247-1 "ECOG"

measure anc "ANC": 10^9/L
  LOINC 751-8 "ANC"

measure ast "AST": U/L
  LOINC 1920-8 "AST"

measure hcg "hCG": one of (positive, negative)
  LOINC 2106-3 "hCG"
"""

TRUE, FALSE, UNKNOWN = "met", "not_met", "unknown"


def outcome(expression: str, patient: dict[str, Any]) -> str:
    """The outcome of a one-criterion program for one patient (unused declarations are fine)."""
    program = eligo.check(eligo.parse_text(HEADER + f'include X "x"\n  {expression}\n', "t.elig"))
    record = {"id": "p", "dates": {"d": "2026-03-02"}, **patient}
    return Evaluator(program).evaluate(eligo.Patient.model_validate(record)).criteria[0].outcome


def attest(**values: bool) -> dict[str, Any]:
    return {"attestations": {k: {"value": v} for k, v in values.items()}}


KLEENE = [(True, "t"), (False, "f"), (None, "u")]
AND = {("t", "t"): TRUE, ("t", "f"): FALSE, ("t", "u"): UNKNOWN, ("f", "t"): FALSE, ("f", "f"): FALSE,
       ("f", "u"): FALSE, ("u", "t"): UNKNOWN, ("u", "f"): FALSE, ("u", "u"): UNKNOWN}  # fmt: skip
OR = {("t", "t"): TRUE, ("t", "f"): TRUE, ("t", "u"): TRUE, ("f", "t"): TRUE, ("f", "f"): FALSE,
      ("f", "u"): UNKNOWN, ("u", "t"): TRUE, ("u", "f"): UNKNOWN, ("u", "u"): UNKNOWN}  # fmt: skip


def _attest(a: bool | None, b: bool | None) -> dict[str, Any]:
    return attest(**{k: v for k, v in (("a", a), ("b", b)) if v is not None})


@pytest.mark.parametrize(("a", "an"), KLEENE)
@pytest.mark.parametrize(("b", "bn"), KLEENE)
def test_kleene_and_or_not(a: bool | None, an: str, b: bool | None, bn: str) -> None:
    patient = _attest(a, b)
    assert outcome("a and b", patient) == AND[an, bn]
    assert outcome("a or b", patient) == OR[an, bn]
    assert outcome("not a", patient) == {"t": FALSE, "f": TRUE, "u": UNKNOWN}[an]


ABSENT: dict[str, Any] = {}
EMPTY_LISTS: dict[str, Any] = {"conditions": [], "medications": []}
ONE = {"conditions": [{"code": {"system": "ICD10CM", "code": "C50.9"}, "onset": "2025-01-01"}]}


@pytest.mark.parametrize(
    ("expression", "patient", "expected"),
    [
        ("exists condition in onc", ABSENT, UNKNOWN),
        ("exists condition in onc", EMPTY_LISTS, FALSE),
        ("exists condition in onc", ONE, TRUE),
        ("no medication in egfr", ABSENT, UNKNOWN),
        ("no medication in egfr", EMPTY_LISTS, TRUE),
        ("count(condition in onc) >= 1", ABSENT, UNKNOWN),
        ("count(condition in onc) = 0", EMPTY_LISTS, TRUE),
        ("count(condition in onc) >= 1", ONE, TRUE),
    ],
)
def test_absent_is_unknown_and_empty_is_known(expression: str, patient: dict[str, Any], expected: str) -> None:
    assert outcome(expression, patient) == expected


def condition(code: str = "C50.9", **fields: Any) -> dict[str, Any]:
    return {"conditions": [{"code": {"system": "ICD10CM", "code": code}, **fields}]}


@pytest.mark.parametrize(
    ("onset", "expected"),
    [
        ("2026-03-02", TRUE),  # day 0
        ("2026-02-23", TRUE),  # day -7
        ("2026-02-22", FALSE),  # day -8
        ("2026-03-03", FALSE),  # day +1
        ("2026-02", UNKNOWN),  # some days of February are inside, some not
        ("2026-01", FALSE),
        (None, UNKNOWN),
    ],
)
def test_within_7_days_before_includes_both_ends(onset: str | None, expected: str) -> None:
    fields = {"onset": onset} if onset else {}
    assert outcome("exists condition in onc where onset within 7 days before d", condition(**fields)) == expected


@pytest.mark.parametrize(
    ("expression", "onset", "expected"),
    [
        ("onset within 1 week after d", "2026-03-09", TRUE),
        ("onset within 1 week after d", "2026-03-10", FALSE),
        ("onset within 3 days of d", "2026-02-27", TRUE),
        ("onset within 3 days of d", "2026-03-05", TRUE),
        ("onset within 3 days of d", "2026-03-06", FALSE),
        ("onset at least 4 weeks before d", "2026-02-02", TRUE),
        ("onset at least 4 weeks before d", "2026-02-03", FALSE),
        ("onset within 1 month before d", "2026-02-02", TRUE),
        ("onset within 1 month before d", "2026-02-01", FALSE),
        ("onset within 3 years before d", "2023-03-02", TRUE),
        ("onset within 3 years before d", "2023-03-01", FALSE),
        ("onset before d", "2026-03-01", TRUE),
        ("onset before d", "2026-03-02", FALSE),
        ("onset on or before d", "2026-03-02", TRUE),
        ("onset after d", "2026", UNKNOWN),
        ("onset between 2026-01-01 and d", "2026-01-01", TRUE),
        ("onset between 2026-01-01 and d", "2025-12-31", FALSE),
        ("onset between 2026-01-01 and d", "2026-02", TRUE),
    ],
)
def test_windows(expression: str, onset: str, expected: str) -> None:
    assert outcome(f"exists condition in onc where {expression}", condition(onset=onset)) == expected


@pytest.mark.parametrize(
    ("birth", "index", "expected"),
    [
        ("2008-03-02", "2026-03-02", TRUE),  # the 18th birthday
        ("2008-03-03", "2026-03-02", FALSE),  # the day before it
        ("2008-02-29", "2026-02-28", FALSE),  # a 29 February birthday completes on 1 March
        ("2008-02-29", "2026-03-01", TRUE),
        ("2008", "2026-03-02", UNKNOWN),  # 17 or 18 depending on the birthday
        ("2007", "2026-03-02", TRUE),  # 18 or 19: decided
        ("2008-03", "2026-03-02", UNKNOWN),
        (None, "2026-03-02", UNKNOWN),
    ],
)
def test_age_in_completed_years(birth: str | None, index: str, expected: str) -> None:
    patient: dict[str, Any] = {"dates": {"d": index}}
    if birth:
        patient["birth_date"] = birth
    assert outcome("age at d >= 18 years", patient) == expected


def test_a_missing_index_date_is_unknown_never_today() -> None:
    program = eligo.check(eligo.parse_text(HEADER + 'include X "x"\n  age at d >= 18 years\n', "t.elig"))
    result = Evaluator(program).evaluate(eligo.Patient.model_validate({"id": "p", "birth_date": "1950-01-01"}))
    assert result.criteria[0].outcome == UNKNOWN
    assert result.criteria[0].missing == ("the date of d",)


def observations(*items: tuple[str, str | None, Any, str | None]) -> dict[str, Any]:
    return {
        "observations": [
            {
                "code": {"system": "LOINC", "code": code},
                "date": date,
                "value": value,
                **({"unit": unit} if unit else {}),
            }
            for code, date, value, unit in items
        ]
    }


@pytest.mark.parametrize(
    ("patient", "expected"),
    [
        (observations(("89247-1", "2026-02-20", 1, None)), TRUE),
        (
            observations(("89247-1", "2026-02-20", 1, None), ("89247-1", "2026-02-25", 2, None)),
            FALSE,
        ),  # the latest wins
        (
            observations(("89247-1", "2026-02-20", 1, None), ("89247-1", "2026-03-05", 3, None)),
            TRUE,
        ),  # after d: outside
        (observations(("89247-1", "2026-01-20", 1, None)), UNKNOWN),  # nothing in the window
        (observations(("89247-1", "2026-03-01", 1, None), ("89247-1", None, 3, None)), UNKNOWN),  # undated: maybe later
        (observations(("89247-1", "2026-03-01", 1, None), ("89247-1", None, 1, None)), TRUE),  # same value either way
        (observations(("89247-1", "2026-02-20", "one", None)), UNKNOWN),  # not a number
        ({"observations": []}, UNKNOWN),
        ({}, UNKNOWN),
    ],
)
def test_latest_value_in_a_window(patient: dict[str, Any], expected: str) -> None:
    assert outcome("latest ecog within 28 days before d in 0..1", patient) == expected


@pytest.mark.parametrize(
    ("expression", "value", "unit", "expected"),
    [
        ("latest anc within 7 days before d > 1.5 × 10^9/L", 1.6, "10^9/L", TRUE),
        ("latest anc within 7 days before d > 1.5 × 10^9/L", 1400, "/µL", FALSE),  # 1.4 × 10^9/L
        ("latest anc within 7 days before d > 1.5 × 10^9/L", 1.6, "g/dL", UNKNOWN),  # wrong dimension
        ("latest anc within 7 days before d > 1.5 × 10^9/L", 1.6, None, UNKNOWN),  # no unit
    ],
)
def test_quantities_convert_units(expression: str, value: float, unit: str | None, expected: str) -> None:
    assert outcome(expression, observations(("751-8", "2026-03-01", value, unit))) == expected


def test_multiples_of_the_upper_limit_of_normal() -> None:
    record = {"code": {"system": "LOINC", "code": "1920-8"}, "date": "2026-03-01", "value": 100, "unit": "U/L"}
    expression = "latest ast within 7 days before d <= 2.5 × ULN"
    assert outcome(expression, {"observations": [{**record, "reference_high": 40}]}) == TRUE
    assert outcome(expression, {"observations": [{**record, "reference_high": 35}]}) == FALSE
    assert outcome(expression, {"observations": [record]}) == UNKNOWN


@pytest.mark.parametrize(
    ("value", "unit", "expected"),
    [(3, "months", TRUE), (12, "weeks", TRUE), (83, "days", FALSE), (2, "months", FALSE), (1, "years", TRUE)],
)
def test_durations_compare_across_units(value: int, unit: str, expected: str) -> None:
    patient = {"attestations": {"survival": {"value": value, "unit": unit}}}
    assert outcome("survival >= 12 weeks", patient) == expected


def test_mixed_calendar_and_day_durations_are_unknown_when_the_month_length_matters() -> None:
    patient = {"attestations": {"survival": {"value": 1, "unit": "months"}}}
    assert outcome("survival >= 30 days", patient) == UNKNOWN  # 28 to 31 days


@pytest.mark.parametrize(
    ("code", "expected"),
    [("C50.911", TRUE), ("C44.92", FALSE), ("D05.1", FALSE), ("C96", TRUE), ("C00.0", TRUE)],
)
def test_value_set_ranges_and_removed_entries(code: str, expected: str) -> None:
    assert outcome("exists condition in onc", condition(code)) == expected


def test_atc_entries_cover_their_descendants() -> None:
    medication = {"medications": [{"code": {"system": "ATC", "code": "L01FE02"}, "start": "2025-01-01"}]}
    assert outcome("exists medication in egfr", medication) == TRUE


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"status": "active"}, TRUE),
        ({"status": "resolved"}, FALSE),  # spared by the except clause
        ({}, UNKNOWN),  # whether the except applies is unknown
    ],
)
def test_except_spares_records(fields: dict[str, Any], expected: str) -> None:
    assert outcome("exists condition in onc except status is resolved", condition(**fields)) == expected


def test_if_without_else_is_not_applicable_when_the_condition_is_false() -> None:
    assert outcome("if sex is female then a", {"sex": "male"}) == "not_applicable"
    assert outcome("if sex is female then a", {"sex": "female", **attest(a=True)}) == TRUE
    assert outcome("if sex is female then a", {"sex": "female"}) == UNKNOWN
    assert outcome("if sex is female then a", attest(a=True)) == TRUE  # true whichever the sex


def test_if_with_else() -> None:
    assert outcome("if a then b else not b", attest(a=False, b=False)) == TRUE
    assert outcome("if a then b else not b", attest(b=True)) == UNKNOWN


def test_is_known_is_never_unknown() -> None:
    assert outcome("sex is known", {}) == FALSE
    assert outcome("sex is not known", {}) == TRUE
    assert outcome("sex is known", {"sex": "other"}) == TRUE


def test_coded_values_and_enumerations() -> None:
    assert (
        outcome(
            "latest hcg within 7 days before d is negative", observations(("2106-3", "2026-03-01", "negative", None))
        )
        == TRUE
    )
    assert (
        outcome("latest hcg within 7 days before d is negative", observations(("2106-3", "2026-03-01", "maybe", None)))
        == UNKNOWN
    )


def test_count_with_uncertain_records_is_decided_when_the_bounds_agree() -> None:
    records = {"conditions": [
        {"code": {"system": "ICD10CM", "code": "C50.9"}, "onset": "2025-01-01", "status": "active"},
        {"code": {"system": "ICD10CM", "code": "C18.9"}, "onset": "2025-01-01"},
    ]}  # fmt: skip
    assert outcome("count(condition in onc where status is active) >= 1", records) == TRUE
    assert outcome("count(condition in onc where status is active) >= 2", records) == UNKNOWN
    assert outcome("count(condition in onc where status is active) >= 3", records) == FALSE


def test_every_expression_kind_has_an_evaluation_rule() -> None:
    program = eligo.check(eligo.parse_text(HEADER + 'include X "x"\n  a\n', "t.elig"))
    evaluator = Evaluator(program)
    assert set(evaluator.rules) == {t.model_fields["kind"].default for t in n.EXPR_TYPES}


def test_attested_values_show_as_recorded_in_the_evidence() -> None:
    """A clinician reads back what was attested: 10 g/dL, not the base units it is compared in."""
    text = HEADER.replace(
        'attested survival "Survival": duration',
        'attested survival "Survival": duration\nattested hb "Haemoglobin": g/dL',
    )
    program = eligo.check(
        eligo.parse_text(text + 'include X "x"\n  hb >= 9 g/dL and survival >= 12 weeks and a\n', "t.elig")
    )
    record = {"id": "p", "attestations": {"hb": {"value": 10, "unit": "g/dL"}, "survival": {"value": 16, "unit": "weeks"}, "a": {"value": True}}}  # fmt: skip
    result = Evaluator(program).evaluate(eligo.Patient.model_validate(record)).criteria[0]
    assert result.outcome == TRUE
    assert [(e.display, e.value) for e in result.evidence] == [
        ("Haemoglobin", "10 g/dL"),
        ("Survival", "16 weeks"),
        ("A", "yes"),
    ]
    assert "Haemoglobin: attested 10 g/dL" in result.reason


def test_a_count_equal_to_a_number_inside_its_bounds_is_unknown() -> None:
    """One active condition and two without a status: 1 to 3 are active, so `= 2` is unknown."""
    records = {"conditions": [
        {"code": {"system": "ICD10CM", "code": "C50.9"}, "status": "active"},
        {"code": {"system": "ICD10CM", "code": "C18.9"}},
        {"code": {"system": "ICD10CM", "code": "C20"}},
    ]}  # fmt: skip
    assert outcome("count(condition in onc where status is active) = 2", records) == UNKNOWN
    assert outcome("count(condition in onc where status is active) != 2", records) == UNKNOWN
    assert outcome("count(condition in onc where status is active) = 1", records) == UNKNOWN  # at an end
    assert outcome("count(condition in onc where status is active) = 4", records) == FALSE
    assert outcome("count(condition in onc where status is active) != 0", records) == TRUE
    assert outcome("count(condition in onc) = 3", records) == TRUE


def test_equality_of_ranges_is_unknown_unless_the_ranges_settle_it() -> None:
    """Ages between partial dates and a month's 28 to 31 days are ranges too."""
    assert outcome("age at d = 210 months", {"birth_date": "2008"}) == UNKNOWN  # 206 to 218 months
    assert outcome("age at d = 210 months", {"birth_date": "2008-09-02"}) == TRUE
    assert outcome("age at d = 210 months", {"birth_date": "2007"}) == FALSE
    survival = {"attestations": {"survival": {"value": 90, "unit": "days"}}}
    assert outcome("survival = 3 months", survival) == UNKNOWN  # 84 to 93 days
    assert outcome("survival != 3 months", survival) == UNKNOWN
    assert outcome("survival = 2 months", survival) == FALSE


@pytest.mark.parametrize(
    ("birth", "survival", "unit", "expected"),
    [
        ("2026-01-01", 8, "weeks", TRUE),  # 60 days: 8 completed weeks on 2 March 2026
        ("2026-01-01", 9, "weeks", FALSE),
        ("2026-01", 8, "weeks", UNKNOWN),  # 30 to 60 days
        ("2026-02-01", 29, "days", TRUE),
        ("2026-02-01", 30, "day", FALSE),
        ("2008-03-03", 216, "months", FALSE),  # 215 completed months
        ("2008-03-02", 18, "years", TRUE),
        ("2008-03-02", 18, "hours", UNKNOWN),
    ],
)
def test_ages_against_recorded_durations_count_completed_units(
    birth: str, survival: float, unit: str, expected: str
) -> None:
    patient = {"birth_date": birth, "attestations": {"survival": {"value": survival, "unit": unit}}}
    assert outcome("age at d >= survival", patient) == expected
    flipped = {TRUE: FALSE, FALSE: TRUE, UNKNOWN: UNKNOWN}[expected]
    assert outcome("survival > age at d", patient) == flipped


def test_latest_is_unknown_when_a_possibly_later_result_differs_only_in_unit_or_type() -> None:
    """9 g/dL some day in February may be later than 9 g/L on 15 February; yes is not 1."""
    anc = "latest anc within 28 days before d >= 5 × 10^9/L"
    same_number = observations(("751-8", "2026-02", 9, "10^9/L"), ("751-8", "2026-02-15", 9, "/µL"))
    assert outcome(anc, same_number) == UNKNOWN
    assert outcome(anc, observations(("751-8", "2026-02", 9, "/µL"), ("751-8", "2026-02-15", 9, "/µL"))) == FALSE
    limits = observations(("751-8", "2026-02", 9, "10^9/L"), ("751-8", "2026-02-15", 9, "10^9/L"))
    limits["observations"][0]["reference_high"] = 7.5
    # the same amount either way: an absolute limit is decided, a multiple of the ULN is not
    assert outcome(anc, limits) == TRUE
    assert outcome("latest anc within 28 days before d <= 2 × ULN", limits) == UNKNOWN
    ecog = "latest ecog within 28 days before d in 0..1"
    assert (
        outcome(ecog, observations(("89247-1", "2026-02", True, None), ("89247-1", "2026-02-15", 1, None))) == UNKNOWN
    )
    assert outcome(ecog, observations(("89247-1", "2026-02", 1.0, None), ("89247-1", "2026-02-15", 1, None))) == TRUE


SAME_DAY = "two results on 2026-02-27 with different values; without a time of day neither is known to be the latest"


ECOG_0_AND_1 = (
    "two results on 2026-02-27 with different values (ECOG 0, ECOG 1); without a time of day neither is known to be "
    "the latest"
)


def test_two_results_of_one_day_that_give_the_same_answer_decide_it() -> None:
    """Issue 10: ECOG 0 and ECOG 1 on one day, neither known to be the latest, are both in 0..1:
    the latest is the range of them, decided where every value in it gives the same answer."""
    ecog = observations(("89247-1", "2026-02-27", 0, None), ("89247-1", "2026-02-27", 1, None))
    window = "latest ecog within 7 days before d"
    tests = ("in 0..1", "<= 1", ">= 2", "= 0", "in (0, 1)")  # a range: read as 0 to 1, it may be 0.5
    assert [outcome(f"{window} {test}", ecog) for test in tests] == [TRUE, TRUE, FALSE, UNKNOWN, UNKNOWN]
    text = f'include X "x"\n  {window} in 0..1\ninclude Y "y"\n  {window} = 0\n'
    program = eligo.check(eligo.parse_text(HEADER + text, "t.elig"))
    result = Evaluator(program).evaluate(
        eligo.Patient.model_validate({"id": "p", "dates": {"d": "2026-03-02"}, **ecog})
    )
    met, unknown = result.criteria
    assert met.outcome == TRUE and met.missing == ()
    assert (
        met.reason
        == f"{ECOG_0_AND_1}; the latest ECOG within 7 days before d is between 0 and 1; both give the same answer"
    )
    assert [(e.date, e.value, e.note) for e in met.evidence] == [
        ("2026-02-27", "0", "perhaps the latest ECOG"),
        ("2026-02-27", "1", "perhaps the latest ECOG"),
    ]
    assert unknown.outcome == UNKNOWN
    assert unknown.missing == (
        f"ECOG within 7 days before d: which result is the latest ({ECOG_0_AND_1}, and they give different answers)",
    )
    # a later result decides; a result that is not a number leaves it unknown
    later = observations(("89247-1", "2026-02-27", 0, None), ("89247-1", "2026-02-27", 1, None),
                         ("89247-1", "2026-02-28", 2, None))  # fmt: skip
    assert outcome(f"{window} in 0..1", later) == FALSE
    text = observations(("89247-1", "2026-02-27", 0, None), ("89247-1", "2026-02-27", "one", None))
    assert outcome(f"{window} in 0..1", text) == UNKNOWN


def test_two_results_of_one_day_with_different_values_leave_the_latest_unknown() -> None:
    """Records carry no time of day: a negative and a positive pregnancy test on the same day are
    not ordered, whichever is listed first (DESIGN.md, "Ties")."""
    negative_first = observations(
        ("2106-3", "2026-02-27", "negative", None), ("2106-3", "2026-02-27", "positive", None)
    )
    positive_first = observations(
        ("2106-3", "2026-02-27", "positive", None), ("2106-3", "2026-02-27", "negative", None)
    )
    hcg = "latest hcg within 7 days before d is negative"
    assert outcome(hcg, negative_first) == UNKNOWN
    assert outcome(hcg, positive_first) == UNKNOWN
    program = eligo.check(eligo.parse_text(HEADER + f'include X "x"\n  {hcg}\n', "t.elig"))
    result = Evaluator(program).evaluate(
        eligo.Patient.model_validate({"id": "p", "dates": {"d": "2026-03-02"}, **negative_first})
    )
    criterion = result.criteria[0]
    assert criterion.reason == SAME_DAY
    assert criterion.missing == (f"hCG within 7 days before d: which result is the latest ({SAME_DAY})",)
    assert [(e.date, e.value, e.note) for e in criterion.evidence] == [
        ("2026-02-27", "negative", "perhaps the latest hCG"),
        ("2026-02-27", "positive", "perhaps the latest hCG"),
    ]
    # the same value twice, or a later result, decides
    twice = observations(("2106-3", "2026-02-27", "negative", None), ("2106-3", "2026-02-27", "negative", None))
    assert outcome(hcg, twice) == TRUE
    later = observations(("2106-3", "2026-02-27", "positive", None), ("2106-3", "2026-02-27", "negative", None),
                         ("2106-3", "2026-02-28", "negative", None))  # fmt: skip
    assert outcome(hcg, later) == TRUE
    # a month that may end on that day may hold a result of that day
    assert outcome("latest ecog within 28 days before d in 0..1",
                   observations(("89247-1", "2026-02-28", 1, None), ("89247-1", "2026-02", 3, None))) == UNKNOWN  # fmt: skip
