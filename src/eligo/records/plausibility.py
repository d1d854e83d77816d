"""Values a patient record can hold but a patient cannot have.

:mod:`eligo.records.model` checks that a record has the right shape and types; this module checks
what the types allow and no patient can have: a birth after the record's own reference dates,
an age over :data:`OLDEST_AGE_YEARS`, a condition that abated before its onset, a medication that
ended before it started, a score outside its scale, a negative count, a number that is not
finite. A record with such a value is reported as a bad record (with its field path), not
screened: a wrong answer computed from an impossible value would look like any other.

The functions read attributes only (``birth_date``, ``dates``, ``conditions[i].onset``,
``observations[i].code.system`` ...), so any record object with the field names of
:class:`eligo.records.model.Patient` will do; dates may be :class:`~eligo.language.temporal.PartialDate`,
:class:`datetime.date` or ``YYYY[-MM[-DD]]`` strings.

>>> from eligo.records.model import Patient
>>> patient = Patient.model_validate({
...     "id": "P1", "birth_date": "1726-03-02", "dates": {"first_dose": "2026-03-02"},
...     "observations": [{"code": {"system": "LOINC", "code": "89247-1"}, "value": 9}]})
>>> for path, message in problems(patient):
...     print(f"{path}: {message}")
birth_date: born 1726-03-02, 300 years before first_dose 2026-03-02; an age over 150 years is not plausible
observations[0].value: ECOG performance status (LOINC 89247-1) is a whole number from 0 to 5, not 9
"""

from __future__ import annotations

import math
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from eligo.language.temporal import DateLike, PartialDate, bounds, years_between

__all__ = [
    "LONG_NUMBER_BITS",
    "NON_NEGATIVE",
    "OLDEST_AGE_YEARS",
    "SCALES",
    "at_index_dates",
    "decoded_has_problems",
    "has_problems",
    "number_problem",
    "number_text",
    "observation_doubtful",
    "period_reversed",
    "problems",
]

#: The oldest age Eligo accepts. Our own bound, not a clinical fact: it is well above the oldest
#: verified human age, 122 years and 164 days (Jeanne Calment, 1875-1997; Guinness World
#: Records and the Gerontology Research Group's validated list), and far below the ages a
#: mistyped year gives (1726 for 1976).
OLDEST_AGE_YEARS = 150

#: The largest number a record may hold: the largest finite double. Larger integers are valid
#: JSON but cannot be compared with the criteria's numbers.
LARGEST_NUMBER = sys.float_info.max


@dataclass(frozen=True)
class Scale:
    """A clinical score: its name and the whole numbers it takes."""

    name: str
    low: int
    high: int


#: Scores by (code system, code), with their source.
SCALES: dict[tuple[str, str], Scale] = {
    # LOINC 89247-1 "ECOG Performance Status score": "The ECOG grade ranges from 0-5" (the LOINC
    # term's description; answer list LL529-9; Oken et al., Am J Clin Oncol 1982;5:649-655).
    ("LOINC", "89247-1"): Scale("ECOG performance status", 0, 5),
    # LOINC 89243-0 "Karnofsky Performance Status score": "ranges from 0 to 100 in intervals of
    # 10" (HL7 mCODE KarnofskyPerformanceStatus profile; LOINC answer list LL4986-7).
    ("LOINC", "89243-0"): Scale("Karnofsky performance status", 0, 100),
}

#: Measurements that cannot be negative, by (code system, code): counts of cells, and the
#: concentration, activity or clearance of a substance, which are amounts (a count or an
#: amount is never below zero; this is arithmetic, not a clinical range). Only codes verified
#: in the project's value sets (criteria/valuesets/paediatric.elig) are listed.
NON_NEGATIVE: dict[tuple[str, str], str] = {
    ("LOINC", "751-8"): "neutrophil count",
    ("LOINC", "26499-4"): "neutrophil count",
    ("LOINC", "777-3"): "platelet count",
    ("LOINC", "50384-7"): "creatinine clearance",
    ("LOINC", "1920-8"): "aspartate aminotransferase",
    ("LOINC", "1742-6"): "alanine aminotransferase",
    ("LOINC", "1975-2"): "total bilirubin",
}

#: The record lists of a patient, whose records may carry ids.
RECORD_LIST_NAMES = (
    "conditions",
    "medications",
    "procedures",
    "observations",
    "adverse_events",
    "allergies",
    "studies",
    "lesions",
    "specimens",
    "family_histories",
    "devices",
)

Problem = tuple[str, str]
"""A field path (``observations[2].value``) and what is wrong there."""

#: The record lists with a period: (list, the field it starts, the field it ends).
_PERIODS = (
    ("conditions", "onset", "abatement"),
    ("medications", "start", "end"),
    ("procedures", "start", "end"),
    ("adverse_events", "onset", "resolved"),
    ("studies", "start", "end"),
    ("devices", "start", "end"),
)


def problems(patient: Any) -> list[Problem]:
    """What in a (type-valid) record no patient can have, as (field path, message) pairs."""
    found: list[Problem] = []
    birth = _date(getattr(patient, "birth_date", None))
    if birth is not None:
        for name, value in (getattr(patient, "dates", None) or {}).items():
            reference = _date(value)
            if reference is not None:
                found.extend(_birth_problems(birth, name, reference, ""))
    for field, start_name, end_name in _PERIODS:
        found.extend(_periods(getattr(patient, field, None), field, start_name, end_name))
    for field in RECORD_LIST_NAMES:
        found.extend(_repeated_ids(getattr(patient, field, None), field))
    for index, observation in enumerate(getattr(patient, "observations", None) or ()):
        found.extend(_observation_problems(observation, f"observations[{index}]"))
    for name, attestation in (getattr(patient, "attestations", None) or {}).items():
        problem = number_problem(getattr(attestation, "value", None))
        if problem:
            found.append((f"attestations.{name}.value", problem))
    return found


#: Whether a birth date and a reference date make a problem, by the identities of the pair (dates
#: recur across patients, and a decoded record's dates are shared objects: hashing two dates per
#: record cost more than the check), with the pair itself (so an id is never another object's); bounded.
_BIRTH_PAIRS: dict[tuple[int, int], tuple[DateLike, DateLike, bool]] = {}
_BIRTH_PAIRS_SIZE = 1 << 17
_PLAIN = (str, bool, type(None))


def has_problems(patient: Any) -> bool:
    """Whether :func:`problems` finds anything in the record: the same checks, made to answer
    fast for the records that have none (screening asks it of every record; the messages are
    only needed for the few that have some). ``tests/test_fast_decode.py`` holds it to
    ``bool(problems(patient))``."""
    return _birth_doubtful(patient) or _records_doubtful(patient) or _numbers_doubtful(patient)


def decoded_has_problems(patient: Any) -> bool:
    """:func:`has_problems` for a record of :mod:`eligo.sources.decode`, whose structs refused a
    period that ends before it starts as they were decoded (:func:`period_reversed`): the birth
    date against the reference dates, repeated record ids, and the numbers. (A result is not
    checked by its struct: the structs of an observation's components are made by
    :func:`eligo.records.model.with_components` too, where a component's number is no problem.)"""
    return _birth_doubtful(patient) or _ids_doubtful(patient) or _numbers_doubtful(patient)


def _birth_doubtful(patient: Any) -> bool:
    birth = _date(getattr(patient, "birth_date", None))
    if birth is None:
        return False
    for name, value in (getattr(patient, "dates", None) or {}).items():
        reference = _date(value)
        if reference is None:
            continue
        key = (id(birth), id(reference))
        known = _BIRTH_PAIRS.get(key)
        if known is not None and known[0] is birth and known[1] is reference:
            bad = known[2]
        else:
            bad = bool(_birth_problems(birth, name, reference, ""))
            if len(_BIRTH_PAIRS) >= _BIRTH_PAIRS_SIZE:
                _BIRTH_PAIRS.clear()
            _BIRTH_PAIRS[key] = (birth, reference, bad)
        if bad:
            return True
    return False


def _records_doubtful(patient: Any) -> bool:
    """A period that ends before it starts, or a record id repeated in its list."""
    for field, start_name, end_name in _PERIODS:
        records = getattr(patient, field, None)
        for record in records or ():
            if getattr(record, end_name, None) is not None and _periods((record,), field, start_name, end_name):
                return True
    return _ids_doubtful(patient)


def _ids_doubtful(patient: Any) -> bool:
    """A record id repeated in its list."""
    for field in RECORD_LIST_NAMES:
        records = getattr(patient, field, None)
        if records and sum(getattr(r, "id", None) is not None for r in records) > 1 and _repeated_ids(records, field):
            return True
    return False


def _numbers_doubtful(patient: Any) -> bool:
    """An observation's or attestation's number no patient can have."""
    for observation in getattr(patient, "observations", None) or ():
        if observation_doubtful(observation):
            return True
    for attestation in (getattr(patient, "attestations", None) or {}).values():
        value = getattr(attestation, "value", None)
        if not isinstance(value, _PLAIN) and number_problem(value):
            return True
    return False


def observation_doubtful(observation: Any) -> bool:
    """:func:`_observation_problems` finds something; answered without it for the usual result
    (no reference limits, and a text, a truth value, or a finite number: its scale and sign)."""
    value: Any = getattr(observation, "value", None)
    if (
        getattr(observation, "reference_high", None) is not None
        or getattr(observation, "reference_low", None) is not None
    ):
        return bool(_observation_problems(observation, ""))
    kind = type(value)
    if kind is float:
        if not math.isfinite(value):
            return True
    elif kind is int:
        if abs(value) > LARGEST_NUMBER:
            return True
    elif isinstance(value, _PLAIN):
        return False  # no number: nothing to check
    else:
        return bool(_observation_problems(observation, ""))
    # a finite number and no reference limits: what _observation_problems checks of the value alone
    code = getattr(observation, "code", None)
    key = (str(getattr(code, "system", "")), str(getattr(code, "code", "")))
    scale = SCALES.get(key)
    if scale is not None and not (scale.low <= value <= scale.high and value == int(value)):
        return True
    return key in NON_NEGATIVE and value < 0


def at_index_dates(patient: Any, index_dates: Mapping[str, DateLike]) -> list[Problem]:
    """The problems of a birth date with the reference dates given for a whole run.

    The record's own reference dates win over the run's (and :func:`problems` checks them), so
    only the run's dates the record does not have are checked.
    """
    birth = _date(getattr(patient, "birth_date", None))
    if birth is None or not index_dates:
        return []
    own = getattr(patient, "dates", None) or {}
    found: list[Problem] = []
    for name, value in index_dates.items():
        reference = _date(value)
        if name not in own and reference is not None:
            found.extend(_birth_problems(birth, name, reference, " (the run's --index-date)"))
    return found


LONG_NUMBER_BITS = 196  # integers this long (about 60 digits) are shown by their number of digits


def number_text(value: int | float) -> str:
    """A number as a message shows it: a huge integer by its number of digits.

    >>> number_text(int("9" * 400)), number_text(10**5000), number_text(2.5)
    ('a 400-digit number', 'a number of more than 4000 digits', '2.5')
    """
    if isinstance(value, int) and value.bit_length() > LONG_NUMBER_BITS:
        if value.bit_length() > 14_000:  # past Python's 4300-digit limit for str()
            return "a number of more than 4000 digits"
        return f"a {len(str(abs(value)))}-digit number"
    return str(value)


def number_problem(value: Any) -> str | None:
    """Why a recorded number cannot be used (NaN, infinite, too large), or ``None``."""
    if isinstance(value, bool):
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return f"{value} is not a number a record can hold (numbers must be finite)"
    if isinstance(value, int) and abs(value) > LARGEST_NUMBER:
        return f"the number is too large ({number_text(value)}; at most about 1.8e308)"
    return None


# --- the checks ------------------------------------------------------------------------------


def _birth_problems(birth: DateLike, name: str, reference: DateLike, given: str) -> list[Problem]:
    born_first, born_last = bounds(birth)
    reference_first, reference_last = bounds(reference)
    if born_first > reference_last:
        return [("birth_date", f"born {_text(birth)}, after {name} {_text(reference)}{given}")]
    least_age = years_between(born_last, reference_first)
    if least_age is not None and least_age > OLDEST_AGE_YEARS:
        return [
            (
                "birth_date",
                f"born {_text(birth)}, {least_age} years before {name} {_text(reference)}{given}; "
                f"an age over {OLDEST_AGE_YEARS} years is not plausible",
            )
        ]
    return []


def _periods(records: Iterable[Any] | None, field: str, start_name: str, end_name: str) -> list[Problem]:
    """Records whose end is certainly before their start."""
    found: list[Problem] = []
    for index, record in enumerate(records or ()):
        start, end = _date(getattr(record, start_name, None)), _date(getattr(record, end_name, None))
        if start is not None and end is not None and period_reversed(start, end):
            message = f"{_text(end)} is before the {start_name} {_text(start)}"
            found.append((f"{field}[{index}].{end_name}", message))
    return found


def period_reversed(start: DateLike, end: DateLike) -> bool:
    """Whether a period surely ends before it starts (every day ``end`` may be is before every day
    ``start`` may be)."""
    return bounds(end)[1] < bounds(start)[0]


def _repeated_ids(records: Iterable[Any] | None, field: str) -> list[Problem]:
    """Records of one list with the id of an earlier one: a FHIR resource id names one resource of
    its type, and a link (a medication's ``reason``) could not tell which record it names."""
    found: list[Problem] = []
    first: dict[str, int] = {}
    for index, record in enumerate(records or ()):
        record_id = getattr(record, "id", None)
        if record_id is None:
            continue
        if record_id in first:
            message = f"the id {record_id!r} is already the id of {field}[{first[record_id]}]; ids must be unique"
            found.append((f"{field}[{index}].id", message))
        else:
            first[record_id] = index
    return found


def _observation_problems(observation: Any, path: str) -> list[Problem]:
    value: Any = getattr(observation, "value", None)
    high: Any = getattr(observation, "reference_high", None)
    low: Any = getattr(observation, "reference_low", None)
    numbers = (("value", number_problem(value)), ("reference_high", number_problem(high)),
               ("reference_low", number_problem(low)))  # fmt: skip
    found = [(f"{path}.{name}", problem) for name, problem in numbers if problem]
    if found:
        return found
    if _is_number(low) and _is_number(high) and low > high:
        found.append((f"{path}.reference_low", f"{_number(low)} is above the reference_high {_number(high)}"))
    code = getattr(observation, "code", None)
    key = (str(getattr(code, "system", "")), str(getattr(code, "code", "")))
    scale = SCALES.get(key)
    if scale is not None and _is_number(value) and not (scale.low <= value <= scale.high and value == int(value)):
        words = f"{scale.name} ({key[0]} {key[1]}) is a whole number from {scale.low} to {scale.high}"
        found.append((f"{path}.value", f"{words}, not {_number(value)}"))
    measured = NON_NEGATIVE.get(key)
    if measured is not None:
        for name, number in (("value", value), ("reference_high", high), ("reference_low", low)):
            if _is_number(number) and number < 0:
                words = f"the {measured} ({key[0]} {key[1]}) cannot be negative"
                found.append((f"{path}.{name}", f"{words}, not {_number(number)}"))
    return found


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _date(value: Any) -> DateLike | None:
    """A date field's value as a date, whatever decoded it; ``None`` when absent or not a date."""
    if isinstance(value, PartialDate | date):
        return value
    if isinstance(value, str):
        try:
            return PartialDate.parse(value)
        except ValueError:
            return None
    return None


def _text(value: DateLike) -> str:
    return value.isoformat() if isinstance(value, date) else str(value)


def _number(value: float) -> str:
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value)
