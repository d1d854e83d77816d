"""Definitions with parameters: written once, called with arguments, expanded by the checker so
that every back end (evaluator, closures, SQL) and the protocol text read the same logic."""

from __future__ import annotations

import pytest

import eligo
from eligo.documents.render import render_protocol
from eligo.errors import CheckError
from eligo.language import nodes as n
from eligo.language.format import format_text

from .test_sql_compile import patients
from .test_sql_semantics import agreed

HEADER = """\
trial T1 "Parameters"
  reference first_dose "Day 1"

valueset anti_egfr "Anti-EGFR antibodies"
  source "Written for this test"
  ATC L01FE01 "cetuximab"
  ATC L01FE02 "panitumumab"

valueset platinum "Platinum compounds"
  source "Written for this test"
  ATC L01XA "Platinum compounds"

measure hb "Haemoglobin": g/dL
  LOINC 718-7 "Haemoglobin"

define received(agents: valueset, window: duration) "Received one of the agents within the window before day 1"
  exists medication in agents
    where start within window before first_dose

define below(marker: measure, limit: g/dL) "The latest result within 28 days before day 1 is below a limit"
  latest marker within 28 days before first_dose < limit

define given(agents: valueset, how: boolean) "Received one of the agents, given as said"
  exists medication in agents
    where how
"""

CRITERIA = """
exclude E1 "Anti-EGFR within 28 days"
  received(anti_egfr, 28 days)

exclude E2 "Platinum within 6 months, or anaemia"
  received(platinum, 6 months) or below(hb, 9 g/dL)

exclude E3 "Oral platinum"
  given(platinum, route is oral)
"""

WRITTEN_OUT = """
exclude E1 "Anti-EGFR within 28 days"
  exists medication in anti_egfr where start within 28 days before first_dose

exclude E2 "Platinum within 6 months, or anaemia"
  (exists medication in platinum where start within 6 months before first_dose)
    or latest hb within 28 days before first_dose < 9 g/dL

exclude E3 "Oral platinum"
  exists medication in platinum where route is oral
"""


def program(text: str) -> eligo.Program:
    return eligo.check(eligo.parse_text(text, "t.elig"), (), {"t.elig": text})


def problems(text: str) -> list[str]:
    with pytest.raises(CheckError) as caught:
        program(text)
    return [d.message for d in caught.value.diagnostics if d.severity == "error"]


def medication(code: str, start: str, route: str | None = None) -> dict[str, object]:
    return {"code": {"system": "ATC", "code": code}, "start": start, **({"route": route} if route else {})}


def hb(value: float) -> dict[str, object]:
    return {"code": {"system": "LOINC", "code": "718-7"}, "date": "2026-02-20", "value": value, "unit": "g/dL"}


PATIENTS = [
    {"id": "egfr-recent", "dates": {"first_dose": "2026-03-01"}, "observations": [hb(13.2)],
     "medications": [medication("L01FE01", "2026-02-10")]},
    {"id": "egfr-old", "dates": {"first_dose": "2026-03-01"}, "observations": [hb(13.2)],
     "medications": [medication("L01FE02", "2025-06-10")]},
    {"id": "platinum-oral", "dates": {"first_dose": "2026-03-01"}, "observations": [hb(13.2)],
     "medications": [medication("L01XA02", "2025-10-01", "oral")]},
    {"id": "anaemic", "dates": {"first_dose": "2026-03-01"}, "medications": [], "observations": [hb(8.1)]},
    {"id": "not-collected", "dates": {"first_dose": "2026-03-01"}},
]  # fmt: skip


def test_a_call_means_what_its_definition_says_with_the_arguments_in_place() -> None:
    called, written = program(HEADER + CRITERIA), program(HEADER + WRITTEN_OUT)
    assert [c.body for c in called.criteria] == [c.body for c in written.criteria]
    rows = {row[0]: row[1:] for row in agreed(called, patients(*PATIENTS))}
    assert rows == {row[0]: row[1:] for row in agreed(written, patients(*PATIENTS))}
    assert rows["egfr-recent"] == ("met", "not_met", "not_met", "ineligible")
    assert rows["egfr-old"] == ("not_met", "not_met", "not_met", "eligible")
    assert rows["platinum-oral"] == ("not_met", "met", "met", "ineligible")
    assert rows["anaemic"] == ("not_met", "met", "not_met", "ineligible")
    assert rows["not-collected"] == ("unknown", "unknown", "unknown", "undetermined")


def test_no_back_end_meets_a_call_or_a_definition_with_parameters() -> None:
    checked = program(HEADER + CRITERIA)
    assert not any(isinstance(node, n.Call) for c in checked.criteria for node in c.walk())
    assert set(checked.defines) == set()  # all three take parameters: they live in their calls
    assert n.Call not in n.EXPR_TYPES


def test_the_protocol_reads_the_expanded_logic() -> None:
    text = " ".join(render_protocol(program(HEADER + CRITERIA), "txt").split())
    assert "anti-EGFR antibodies, started within 28 days before first dose" in text
    assert "within 6 months before first dose" in text


def test_definitions_and_calls_keep_their_layout() -> None:
    source = HEADER + CRITERIA
    assert format_text(source, "t.elig") == source


@pytest.mark.parametrize(
    ("criterion", "message"),
    [
        ("received(anti_egfr)", "'received' takes 2 arguments (agents, window); this call gives 1"),
        ("received(hb_low, 28 days)", "'agents' of received is a value set; 'hb_low' is not one"),
        ("received(anti_egfr, 3 g/dL)", "'window' of received is a duration, such as 28 days; '3 g/dL' is not"),
        ("below(anti_egfr, 9 g/dL)", "'marker' of below is a measure; 'anti_egfr' is not one"),
        ("below(hb, 3 days)", "'limit' of below is a quantity in g/dL; '3 days' is a duration"),
        ("received", "'received' takes arguments: write received(agents, window) with a value for each"),
        ("recieved(anti_egfr, 28 days)", "unknown definition 'recieved'; did you mean 'received'?"),
        ("hb_low(1)", "'hb_low' is not a definition with parameters"),
    ],
)
def test_a_wrong_call_says_what_is_wrong(criterion: str, message: str) -> None:
    text = HEADER + 'define hb_low "Low" latest hb within 28 days before first_dose < 9 g/dL\n'
    assert problems(text + f'\nexclude E1 "x"\n  {criterion}\n') == [message]


def test_a_parameter_may_not_take_a_field_name_or_appear_twice() -> None:
    text = HEADER + 'define d(start: duration, x: number, x: number) "D" true\nexclude E1 "x"\n  d(1 day, 1, 2)\n'
    assert problems(text) == [
        "parameter 'start' is a record field; choose another name",
        "parameter 'x' is listed twice",
    ]


def test_a_problem_in_a_body_called_twice_is_reported_once() -> None:
    text = HEADER + 'define bad(agents: valueset) "Bad" exists medication in agents where onset before first_dose\n'
    messages = problems(text + '\nexclude E1 "x"\n  bad(anti_egfr)\n\nexclude E2 "y"\n  bad(platinum)\n')
    assert len(messages) == 1 and "onset" in messages[0]


def test_a_definition_that_calls_itself_is_an_error() -> None:
    text = HEADER + 'define loop(agents: valueset) "Loop" loop(agents)\nexclude E1 "x"\n  loop(anti_egfr)\n'
    assert problems(text) == ["definition 'loop' refers to itself"]
