"""The compiled closures against the evaluator (explain=False): outcomes and verdicts.

Random patients for every trial in criteria/ and for a program that uses every construct of the
language, read both as validated pydantic records and as records of the fast decoder, with and
without index dates given by the caller. Where the evaluator raises, the closures must raise
the same exception.
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
from eligo.evaluate.evidence import Evaluator
from eligo.evaluate.outcomes.closures import CompiledCriteria
from eligo.language.load import load_program
from eligo.language.program import Program
from eligo.language.temporal import DateLike, PartialDate
from eligo.language.units import UNITS
from eligo.records.model import Patient
from eligo.sources.decode import decode

from .conftest import TRIAL_FILES
from .oncology_strategies import DEVICE, FAMILY_HISTORY, LESION, SPECIMEN
from .test_sql_compile import (
    CSCC_POOLS,
    FLAURA_POOLS,
    PAEDIATRIC_POOLS,
    Pools,
    kinds_of,
    parameters_for,
    patient_records,
    with_twin,
)

# A program that uses every construct: every window, count, nested queries and a field of the
# enclosing record, definitions for a record kind, if/else, includes, is known, ages in months,
# durations, quantities with ULN, enumerated, boolean and date measures, code literals.
EVERY_CONSTRUCT = """\
trial T1 "Every construct"
  reference d "Index day"
  reference e "Another day"
  parameter cohort "Cohort": one of (cohort_a, cohort_b, cohort_c)

attested a "A": boolean
attested b "B": boolean
attested survival "Survival": duration
attested stage "Stage": one of (one, two)
attested tox_grade "Grade": number
attested qtc "QTc": ms
attested when "When": date

valueset onc "Oncology"
  ICD10CM C00-C96 "Malignant"
  except ICD10CM C44 "Skin"
  ICD10CM D00-D09 "In situ"

valueset egfr "Anti-EGFR"
  ATC L01FE "EGFR mAbs"
  RXNORM 318341 "Cetuximab"

valueset tx "Transplant"
  SNOMED 234336002 "HSCT"
  SNOMED 70536003 "Kidney"

measure ecog "ECOG": number
  LOINC 89247-1 "ECOG"

measure anc "ANC": 10^9/L
  LOINC 751-8 "ANC"

measure ast "AST": U/L
  LOINC 1920-8 "AST"

measure hcg "hCG": one of (positive, negative)
  LOINC 2106-3 "hCG"

measure smoker "Smoker": boolean
  LOINC 72166-2 "Smoking status"

measure seen "Last seen": date
  LOINC 11778-8 "Date"

define surgical "Treated by surgery" for condition
  treatment includes surgery or treatment includes radiotherapy

define on_drug "On a drug after the condition" for condition
  exists medication in egfr where start on or after condition.onset and (end is not known or end after d)

include I1 "Age"
  if stage is one then age at d >= 18 years and age at d < 75 years else age at d >= 16 years

include I2 "Months"
  age at e >= 30 months or age at d in 1 year..2 years

include I3 "Windows"
  exists condition in onc where onset within 3 years before d or onset within 2 weeks of e or onset at least 6 months after d

include I4 "Between and relative"
  exists condition where (onset between 2020-01 and d) and abatement on or before e and code not in onc

include I5 "Latest"
  latest ecog within 28 days before d in 0..1 and latest anc within 14 days before d > 1.5 × 10^9/L

include I6 "ULN"
  latest ast within 1 month before d < 3 × ULN and latest ast within 1 month before d >= 10 U/L

include I7 "Pregnancy"
  if sex is female and a then latest hcg within 7 days before d is negative

include I8 "Count"
  count(condition in onc where status in (active, recurrence) except surgical) <= 1
    and count(procedure in tx where date before d) = 0

include I9 "Durations"
  survival >= 12 weeks and (survival > 3 months or survival < 1 year)

include I10 "Numbers"
  tox_grade < 2 and qtc <= 470 ms and not b

exclude E1 "Nested"
  exists condition in onc where on_drug and status is not resolved

exclude E2 "Codes"
  exists procedure where code = SNOMED 234336002 or code in (SNOMED 70536003, SNOMED 23719005) or donor is allogeneic

exclude E3 "Known"
  birth_date is not known or (exists observation in smoker where value is true) or latest seen within 1 year before d is known

include I11 "No"
  no medication in egfr where route is intravenous and end is known and when before d

exclude E5 "Includes"
  exists condition where treatment includes systemic_therapy and extent in (locally_advanced, metastatic) and confirmed_by is not clinical

exclude E7 "Not in"
  exists condition where extent not in (in_situ, localized) and confirmed_by in (histopathology, cytology)

exclude E8 "Links"
  exists condition in onc
    where (exists medication where reason is condition or reason_code in onc)
      and (no procedure where reason is not condition)

exclude E9 "Focus"
  exists condition in onc
    where latest ecog of condition within 1 year before d >= 2
      or (exists ecog where focus is condition and status in (final, amended))
      or (exists ecog where interpretation is high or method in onc)

include I12 "Parameter"
  if cohort is cohort_a then age at d >= 18 years else cohort in (cohort_b, cohort_c) and (cohort is not cohort_c or a)

exclude E6 "Dates"
  birth_date after 2010-06 or (exists observation where date = 2026-03-01 and value > 1)
"""

PROGRAMS: dict[str, Program] = {path.stem: load_program(path) for path in TRIAL_FILES}
PROGRAMS["every_construct"] = eligo.check(eligo.parse_text(EVERY_CONSTRUCT, "every.elig"))

# dates around the reference day, on window boundaries, partial, 29 February
DAY = date(2026, 3, 2)
DATES = [
    "2026-03-02", "2026-03-01", "2026-03-03", "2026-02-23", "2026-02-22", "2026-02-16", "2026-02-15",
    "2026-02-02", "2026-02-01", "2026-03-16", "2026-03-17", "2026-09-02", "2026-09-01", "2025-03-02",
    "2024-03-02", "2023-03-02", "2023-03-01", "2023-03-03", "2026-02", "2026-03", "2026", "2025",
    "2023-03", "2023", "2024-02-29", "2020-01-01", "2019-12", "2008-03-02", "2008-02-29", "2010",
    "2011-01-01", "2024-03-02", "2025-09-02",
]  # fmt: skip
BIRTHS = [
    "2008-03-02", "2008-03-03", "2008-02-29", "2008-03", "2008", "2007", "1951-03-02", "1951-03-03",
    "2010-03-02", "2010-03-03", "2023-09-02", "2023-09", "2024-03-02", "2025-03-03", "2025", "1980-07-14",
]  # fmt: skip


def _codes(program: Program) -> list[tuple[str, str]]:
    """Codes of the program's value sets, their range ends, children and parents, and strangers."""
    found = {("ICD10CM", "Z00.0"), ("SNOMED", "22298006"), ("ATC", "N02BE01"), ("LOCAL", "x")}
    for valueset in program.valuesets.values():
        for entry in valueset.entries:
            for code in (entry.code, entry.last):
                if code:
                    found.update({(entry.system, code), (entry.system, code + "1"), (entry.system, code[:-1] or code)})
    return sorted(found)


USUALLY = st.sampled_from([True, True, True, True, True, False])


def _usually(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """The strategy's value five times in six, else ``None`` (missing data)."""
    return USUALLY.flatmap(lambda present: strategy if present else st.none())


IN_WINDOWS = ["2026-03-02", "2026-03-01", "2026-02-28", "2026-02-25", "2026-02-23", "2026-02-16"]
EDGES = ["2026-02-15", "2026-02-02", "2026-02-01", "2026-02", "2026-03", "2026"]


def _measure_values(measure: Any) -> st.SearchStrategy[dict[str, Any]]:
    """The value (and unit, and upper limit of normal) of an observation of ``measure``: usually of
    the measure's type, sometimes not."""
    kind = measure.value_type.kind
    if kind == "number":
        typed = st.fixed_dictionaries({"value": st.sampled_from([0, 1, 2, 3, 0.5, 1.0, 60, 61, 70, 100])})
    elif kind == "quantity":
        unit = measure.value_type.unit
        units = [u for u, known in UNITS.items() if known.dimension == UNITS[unit].dimension]
        typed = st.fixed_dictionaries(
            {
                "value": st.sampled_from([0.5, 0.75, 0.8, 1.5, 2, 10, 37, 38.5, 39, 50, 51, 61, 81, 100, 130, 700]),
                "unit": st.sampled_from(units),
            },
            optional={"reference_high": st.sampled_from([40, 40.0, 35.5, 1.2])},
        )
    elif kind == "enum":
        typed = st.fixed_dictionaries({"value": st.sampled_from(list(measure.value_type.values))})
    elif kind == "boolean":
        typed = st.fixed_dictionaries({"value": st.booleans()})
    else:
        typed = st.fixed_dictionaries({"value": st.sampled_from(DATES)})
    odd = st.fixed_dictionaries(
        {"value": st.sampled_from([None, "x", True, 2, {"system": "LOCAL", "code": "negative"}])},
        optional={"unit": st.sampled_from(["g/dL", "U/L", "weeks"])},
    )
    return st.one_of(typed, typed, typed, odd)


def _attestation(item: Any) -> st.SearchStrategy[dict[str, Any]]:
    """A recorded value of an attested item: usually of its type, sometimes not."""
    kind = item.value_type.kind
    if kind == "boolean":
        typed = st.fixed_dictionaries({"value": st.booleans()})
    elif kind == "duration":
        typed = st.fixed_dictionaries(
            {"value": st.sampled_from([1, 3, 4, 11, 12, 13, 52, 84, 90, 2.5]),
             "unit": st.sampled_from(["days", "weeks", "week", "months", "years", "year"])}
        )  # fmt: skip
    elif kind == "enum":
        typed = st.fixed_dictionaries({"value": st.sampled_from(list(item.value_type.values))})
    elif kind == "date":
        typed = st.fixed_dictionaries({"value": st.sampled_from(DATES)})
    else:
        typed = st.fixed_dictionaries(
            {"value": st.sampled_from([0, 1, 2, 3, 1.5, 469, 470, 471])},
            optional={"unit": st.sampled_from(["ms", "msec"])},
        )
    odd = st.fixed_dictionaries(
        {"value": st.sampled_from([True, 12, "yes", 1.5])}, optional={"unit": st.sampled_from(["hours", "weeks"])}
    )
    dated = st.fixed_dictionaries({}, optional={"date": st.sampled_from(DATES), "recorded_by": st.just("Dr A")})
    return st.builds(lambda a, b: {**a, **b}, st.one_of(typed, typed, typed, typed, odd), dated)


@st.composite
def patients_for(draw: st.DrawFn, program: Program) -> dict[str, Any]:
    """A random patient for ``program``: codes of its value sets (and their neighbours), observations
    of its measures, its attested items, its reference dates; dates on its windows' edges."""
    codes = st.sampled_from(_codes(program)).map(lambda c: {"system": c[0], "code": c[1]})
    when = _usually(st.sampled_from(DATES))
    condition = st.fixed_dictionaries(
        {"code": codes, "onset": when},
        optional={
            "abatement": st.sampled_from(DATES),
            "status": _usually(
                st.sampled_from(["active", "recurrence", "relapse", "inactive", "remission", "resolved"])
            ),
            "confirmed_by": _usually(st.sampled_from(["histopathology", "cytology", "clinical"])),
            "extent": _usually(st.sampled_from(["in_situ", "localized", "locally_advanced", "metastatic"])),
            "treatment": _usually(
                st.lists(st.sampled_from(["surgery", "radiotherapy", "systemic_therapy"]), max_size=2, unique=True)
            ),
        },
    )
    reason = st.lists(st.sampled_from(["c0", "c1", "x"]), max_size=2, unique=True)  # issue 12: links
    medication = st.fixed_dictionaries(
        {"code": codes, "start": when},
        optional={"end": st.sampled_from(DATES), "route": st.sampled_from(["oral", "intravenous"]),
                  "reason": reason, "reason_code": codes},
    )  # fmt: skip
    procedure = st.fixed_dictionaries(
        {"code": codes, "date": when},
        optional={"donor": st.sampled_from(["autologous", "allogeneic"]), "reason": reason, "reason_code": codes},
    )
    measures = list(program.measures.values())
    measure_codes = [{"system": e.system, "code": e.code} for m in measures for e in m.entries]
    component = st.fixed_dictionaries(
        {"code": st.sampled_from(measure_codes or [{"system": "LOCAL", "code": "x"}])},
        optional={"value": st.sampled_from([0, 1, 2.5, 100, "negative"]), "unit": st.sampled_from(["g/dL", "U/L"])},
    )
    fhir = st.fixed_dictionaries(  # issue 12: FHIR Observation.status, focus, components...
        {},
        optional={"status": st.sampled_from(["final", "preliminary", "cancelled", "entered_in_error"]),
                  "focus": st.lists(st.sampled_from(["c0", "c1", "x"]), max_size=2, unique=True),
                  "interpretation": st.sampled_from(["normal", "high", "positive"]), "method": codes,
                  "reference_low": st.sampled_from([0, 0.5]), "components": st.lists(component, max_size=2)},
    )  # fmt: skip
    observation = st.sampled_from(measures).flatmap(
        lambda m: st.builds(
            lambda code, date, value, extra: {"code": code, "date": date, **value, **extra},
            st.sampled_from(
                [{"system": e.system, "code": e.code} for e in m.entries] + [{"system": "LOCAL", "code": "x"}]
            ),
            st.sampled_from(IN_WINDOWS * 5 + EDGES + DATES[:8] + [None]),
            _measure_values(m),
            fhir,
        )
    )
    references = sorted(program.references)
    return {
        "birth_date": draw(_usually(st.sampled_from(BIRTHS))),
        "sex": draw(_usually(st.sampled_from(["female", "male", "other"]))),
        "dates": {
            name: draw(st.sampled_from(["2026-03-02", "2026-03-02", "2026-03-02", "2026-03", "2026-02-28"]))
            for name in references
            if draw(USUALLY)
        },
        "conditions": with_ids(draw, draw(_usually(st.lists(condition, max_size=4))), "c"),
        "medications": with_ids(draw, draw(_usually(st.lists(medication, max_size=3))), "m"),
        "procedures": draw(_usually(st.lists(procedure, max_size=2))),
        "lesions": draw(_usually(st.lists(LESION, max_size=3))),
        "specimens": draw(_usually(st.lists(SPECIMEN, max_size=2))),
        "family_histories": draw(_usually(st.lists(FAMILY_HISTORY, max_size=2))),
        "devices": draw(_usually(st.lists(DEVICE, max_size=2))),
        "observations": with_twin(
            draw,
            draw(_usually(st.lists(observation, min_size=draw(st.sampled_from([0, 1, 1, 2, 3])), max_size=8))),
            st.sampled_from([0, 1, 3, True, "positive", "negative", None]),
        ),
        "attestations": {name: draw(_attestation(item)) for name, item in program.attested.items() if draw(USUALLY)},
        "parameters": parameters_for(draw, program),
    }


def with_ids(draw: st.DrawFn, records: list[dict[str, Any]] | None, prefix: str) -> list[dict[str, Any]] | None:
    """Records with ids (issue 12), unique in their list, on most of them: the id is the position."""
    if records is None:
        return None
    return [{**r, "id": f"{prefix}{i}"} if draw(USUALLY) else r for i, r in enumerate(records)]


def index_dates_for(program: Program) -> st.SearchStrategy[dict[str, DateLike]]:
    values: st.SearchStrategy[DateLike] = st.sampled_from(
        [date(2026, 3, 2), date(2026, 2, 28), PartialDate(2026, 3), PartialDate.parse("2024-02-29")]
    )
    return st.dictionaries(st.sampled_from(sorted(program.references) or ["none"]), values, max_size=2)


@st.composite
def run_parameters(draw: st.DrawFn, program: Program) -> dict[str, str]:
    """The run's per-enrolment parameters (``--param``), for patients without their own."""
    return parameters_for(draw, program)


EVALUATORS = {name: Evaluator(program, explain=False) for name, program in PROGRAMS.items()}
COMPILED = {name: CompiledCriteria(program) for name, program in PROGRAMS.items()}


def check_agreement(
    name: str,
    records: list[dict[str, Any]],
    index_dates: Mapping[str, DateLike],
    parameters: Mapping[str, str] | None = None,
) -> int:
    """Every record, as a pydantic patient and as decoded by the fast decoder: the same outcomes,
    verdict and result as the evaluator's; or the same exception. Returns how many were compared."""
    evaluator, compiled = EVALUATORS[name], COMPILED[name]
    compared = 0
    for number, record in enumerate(records):
        data = {"id": f"P{number}", **{k: v for k, v in record.items() if v is not None or k != "dates"}}
        try:
            patient = Patient.model_validate(data)
        except ValidationError:
            continue
        readings: list[Any] = [patient]
        fast = decode(json.dumps(data).encode())
        if fast is not None:
            readings.append(fast)
        try:
            expected = evaluator.evaluate(patient, index_dates, parameters)
        except Exception as error:
            for reading in readings:
                with pytest.raises(type(error)):
                    compiled.evaluate(reading, index_dates, parameters)
            continue
        for reading in readings:
            outcomes = compiled.outcomes(reading, index_dates, parameters)
            assert outcomes == tuple(c.outcome for c in expected.criteria), (name, data)
            assert compiled.verdict(outcomes) == expected.verdict
            assert compiled.evaluate(reading, index_dates, parameters) == expected
            compared += 1
    return compared


SETTINGS = settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)


@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_closures_agree_with_the_evaluator(name: str) -> None:
    program = PROGRAMS[name]
    compared: list[int] = []
    seen: set[str] = set()

    @SETTINGS
    @given(st.lists(patients_for(program), min_size=1, max_size=4), index_dates_for(program), run_parameters(program))
    def agree(records: list[dict[str, Any]], index_dates: dict[str, DateLike], parameters: dict[str, str]) -> None:
        compared.append(check_agreement(name, records, index_dates, parameters))
        seen.update(kinds_of(program, records))

    agree()
    assert sum(compared) >= 100  # most random records are valid and were compared
    # issue 10's inputs were among them, and issue 12's links, cancelled results and components
    assert seen == {"unlisted code", "same-day tie", "links", "cancelled result", "components"}


@pytest.mark.parametrize(
    "pools", [CSCC_POOLS, FLAURA_POOLS, PAEDIATRIC_POOLS], ids=lambda p: p.program.trial.registry_id
)  # type: ignore[union-attr]
def test_closures_agree_on_the_sql_differential_patients(pools: Pools) -> None:
    """The random patients of the SQL back end's differential test (tests/test_sql_compile.py)."""
    name = pools.program.trial.registry_id.lower()  # type: ignore[union-attr]

    @settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(st.lists(patient_records(pools), min_size=1, max_size=4), index_dates_for(PROGRAMS[name]))
    def agree(records: list[dict[str, Any]], index_dates: dict[str, DateLike]) -> None:
        check_agreement(name, records, index_dates)

    agree()


def test_outcomes_of_the_examples() -> None:
    """The examples' verdicts, as the README lists them, from the closures."""
    from eligo.sources.reader import Loaded, read_patients

    from .conftest import ROOT

    compiled = COMPILED["nct05238363"]
    verdicts = [
        compiled.verdict(compiled.outcomes(item.patient))
        for item in read_patients(ROOT / "examples" / "nct05238363")
        if isinstance(item, Loaded)
    ]
    assert verdicts == ["eligible", "eligible", "ineligible", "undetermined", "undetermined", "ineligible"]
