"""The generated outcomes function against the closures: the same outcome for every patient.

Random patients of every trial in criteria/ and of the program that uses every construct
(tests/test_fast_closures.py's generators, with tests/oncology_strategies.py's records), both as
pydantic records and as records of the fast decoder; where the
closures raise, the generated code raises the same exception. Then the day-number windows
against the calendar functions, the three-valued edges (missing data is unknown), and the
generated source itself.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

import eligo
from eligo.evaluate.outcomes.closures import CompiledCriteria
from eligo.evaluate.outcomes.codegen import GeneratedCriteria, generated_source, window_numbers
from eligo.language import nodes as n
from eligo.language.program import Program
from eligo.language.temporal import DateLike, Direction, DurationUnit, PartialDate, at_least, relation, within
from eligo.records.model import Patient
from eligo.sources.decode import decode

from .test_fast_closures import PROGRAMS, index_dates_for, patients_for, run_parameters

SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
CLOSURES = {name: CompiledCriteria(program) for name, program in PROGRAMS.items()}
GENERATED = {name: GeneratedCriteria(program) for name, program in PROGRAMS.items()}


def readings(number: int, record: Mapping[str, Any]) -> list[Any]:
    """The record as a validated pydantic patient and as the fast decoder reads it (when it does)."""
    data = {"id": f"P{number}", **{k: v for k, v in record.items() if v is not None or k != "dates"}}
    try:
        found: list[Any] = [Patient.model_validate(data)]
    except ValidationError:
        return []
    fast = decode(json.dumps(data).encode())
    return found if fast is None else [*found, fast]


def agree(
    closures: CompiledCriteria,
    generated: GeneratedCriteria,
    records: list[dict[str, Any]],
    index_dates: Mapping[str, DateLike],
    parameters: Mapping[str, str] | None = None,
) -> int:
    """Every reading of every record: the same outcomes (or the same exception). How many compared."""
    compared = 0
    for number, record in enumerate(records):
        for patient in readings(number, record):
            try:
                expected = closures.outcomes(patient, index_dates, parameters)
            except Exception as error:
                with pytest.raises(type(error)):
                    generated.outcomes(patient, index_dates, parameters)
                continue
            assert generated.outcomes(patient, index_dates, parameters) == expected, (record, generated.source)
            compared += 1
    return compared


@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_generated_code_agrees_with_the_closures(name: str) -> None:
    program = PROGRAMS[name]
    compared: list[int] = []

    @SETTINGS
    @given(st.lists(patients_for(program), min_size=1, max_size=4), index_dates_for(program), run_parameters(program))
    def check(records: list[dict[str, Any]], index_dates: dict[str, DateLike], parameters: dict[str, str]) -> None:
        compared.append(agree(CLOSURES[name], GENERATED[name], records, index_dates, parameters))

    check()
    assert sum(compared) >= 40  # most random records are valid and were compared


# --- windows as day numbers --------------------------------------------------------------

DATES = st.sampled_from(
    [
        *("2026-03-02", "2026-03-01", "2026-02-28", "2026-02", "2026", "2024-02-29", "2023-03-01", "2025-12-31"),
        *("0001-01-01", "9999-12-31", "0001", "9999-12"),  # windows reaching past the calendar
    ]
).map(PartialDate.parse)


def _in(numbers: tuple[int, int, int, int], x: PartialDate) -> bool | None:
    first, last = x.earliest().toordinal(), x.latest().toordinal()
    a, b, c, e = numbers
    return True if a <= first and last <= b else False if last < c or first > e else None


@settings(max_examples=400, deadline=None)
@given(
    DATES,
    DATES,
    st.integers(0, 40),
    st.sampled_from(list(DurationUnit)),
    st.sampled_from(["before", "after", "of"]),
    st.sampled_from(["within", "at_least", "before", "after", "on_or_before", "on_or_after"]),
)
def test_window_day_numbers_are_the_calendar_functions(
    x: PartialDate, anchor: PartialDate, amount: int, unit: DurationUnit, direction: str, kind: str
) -> None:
    name = n.Name(name="d")
    length = n.QuantityLit(value=amount, unit=unit.value)
    where = {"before": Direction.BEFORE, "after": Direction.AFTER, "of": Direction.EITHER}[direction]
    node: n.Within | n.AtLeast | n.Relative
    if kind == "within":
        node, expected = (
            n.Within(amount=length, direction=direction, anchor=name),
            within(x, anchor, amount, unit, where),
        )
    elif kind == "at_least":
        if direction == "of":
            return  # refused by at_least; the generator leaves it to the closure
        node = n.AtLeast(amount=length, direction=direction, anchor=name)
        expected = at_least(x, anchor, amount, unit, where)
    else:
        node, expected = n.Relative(relation=kind, anchor=name), relation(x, anchor, kind)
    assert _in(window_numbers(node, anchor), x) is expected


# --- three-valued edges ------------------------------------------------------------------

EDGES = """\
trial T1 "Edges"
  reference d "Index day"

valueset onc "Oncology"
  ICD10CM C00-C96 "Malignant"

attested consent "Consent": boolean

include I1 "Consent"
  consent

include I2 "Adult"
  age at d >= 18 years

include I3 "Recent cancer"
  exists condition in onc where onset within 28 days before d

include I4 "Female"
  sex is female

include I5 "No cancer with unknown status"
  no condition in onc where status in (active, recurrence)
"""
EDGE_PROGRAM: Program = eligo.check(eligo.parse_text(EDGES, "edges.elig"))
EDGE_CODE = GeneratedCriteria(EDGE_PROGRAM)
DAY = {"d": date(2026, 3, 2)}
CANCER = {"system": "ICD10CM", "code": "C50.9"}


@pytest.mark.parametrize(
    ("record", "dates", "expected"),
    [
        # nothing recorded: every criterion unknown (no record list collected, no birth date)
        ({}, DAY, ("unknown", "unknown", "unknown", "unknown", "unknown")),
        # no reference date: the windowed and aged criteria are unknown, whatever is recorded
        ({"birth_date": "1960-01-01", "conditions": [{"code": CANCER, "onset": "2026-03-01"}]}, {},
         ("unknown", "unknown", "unknown", "unknown", "unknown")),
        # recorded and decided
        ({"birth_date": "1960-01-01", "sex": "female", "attestations": {"consent": {"value": True}},
          "conditions": [{"code": CANCER, "onset": "2026-03-01", "status": "resolved"}]}, DAY,
         ("met", "met", "met", "met", "met")),
        # an empty list is collected: no record, so no cancer
        ({"conditions": [], "sex": "male", "attestations": {"consent": {"value": False}}}, DAY,
         ("not_met", "unknown", "not_met", "not_met", "met")),
        # a partial onset straddling the window's first day, a missing status, a partial birth year
        ({"birth_date": "2008", "conditions": [{"code": CANCER, "onset": "2026-02"}]}, DAY,
         ("unknown", "unknown", "unknown", "unknown", "unknown")),
        # a code of a system the value set lists no codes of: perhaps in it
        ({"conditions": [{"code": {"system": "SNOMED", "code": "254651007"}, "onset": "2026-03-01",
                          "status": "active"}]}, DAY,
         ("unknown", "unknown", "unknown", "unknown", "unknown")),
    ],
)  # fmt: skip
def test_three_valued_edges(record: dict[str, Any], dates: dict[str, DateLike], expected: tuple[str, ...]) -> None:
    for patient in readings(0, record):
        assert EDGE_CODE.outcomes(patient, dates) == expected
        assert CompiledCriteria(EDGE_PROGRAM).outcomes(patient, dates) == expected


def test_the_generated_source_reads_and_falls_back_per_node() -> None:
    source = generated_source(PROGRAMS["nct05238363"])
    compile(source, "generated", "exec")
    assert "def outcomes(p, d):" in source
    assert "# include I2: Adult" in source and "# exclude E6" in source
    assert "ref_first_dose = d.get('first_dose')" in source  # reference dates read once
    # latest and count have no rule of their own: the closure for that node, and only that node
    assert "_closure" in source and "latest ecog within 28 days before first_dose" in source
    assert "for r" in source  # queries are loops
    edges = EDGE_CODE.source
    assert "_closure" not in edges  # every node of these criteria has a rule
