"""An infant's age in completed days, weeks or months ("neonates under 28 days", "at least 6
weeks old"), the same in every back end, with partial birth dates unknown where they must be."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import eligo

from .test_sql_compile import patients
from .test_sql_semantics import agreed

TEXT = """\
trial T1 "Infants"
  reference first_dose "Day 1"

include A1 "Under 28 days old"
  age at first_dose < 28 days

include A2 "At least 6 weeks old"
  age at first_dose >= 6 weeks

include A3 "Under 18 months old"
  age at first_dose < 18 months
"""
PROGRAM = eligo.check(eligo.parse_text(TEXT, "t.elig"), (), {"t.elig": TEXT})
DOSE = date(2024, 3, 1)  # a leap year's February lies before it


def patient(born: str, dose: str = DOSE.isoformat()) -> dict[str, Any]:
    return {"id": born, "birth_date": born, "dates": {"first_dose": dose}}


def test_ages_in_days_weeks_and_months_at_their_edges() -> None:
    rows = {row[0]: row[1:4] for row in agreed(PROGRAM, patients(
        patient("2024-02-03"),  # 27 days: under 28 days, 3 weeks
        patient("2024-02-02"),  # 28 days
        patient("2024-01-19"),  # 42 days: 6 weeks
        patient("2022-09-02"),  # 17 completed months
        patient("2022-09-01"),  # 18 months
        patient("2024-02"),     # 0 to 29 days: unknown under 28, surely under 6 weeks
    ))}  # fmt: skip
    assert rows == {
        "2024-02-03": ("met", "not_met", "met"),
        "2024-02-02": ("not_met", "not_met", "met"),
        "2024-01-19": ("not_met", "met", "met"),
        "2022-09-02": ("not_met", "met", "met"),
        "2022-09-01": ("not_met", "met", "not_met"),
        "2024-02": ("unknown", "not_met", "met"),
    }


@st.composite
def infants(draw: st.DrawFn) -> dict[str, Any]:
    born = DOSE - timedelta(days=draw(st.integers(0, 700)))
    precision = draw(st.sampled_from(["day", "day", "month", "year"]))
    text = {"day": born.isoformat(), "month": born.isoformat()[:7], "year": born.isoformat()[:4]}[precision]
    dose = DOSE + timedelta(days=draw(st.integers(-3, 3)))
    return patient(text, dose.isoformat()) | {"id": f"{text}/{dose}"}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)
@given(st.lists(infants(), min_size=1, max_size=15, unique_by=lambda p: p["id"]))
def test_every_back_end_counts_an_infant_age_alike(records: list[dict[str, Any]]) -> None:
    agreed(PROGRAM, patients(*records))
