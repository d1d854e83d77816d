"""The yardsticks: NCT05238363's criteria written by hand, in Python here and in DuckDB SQL in
``handwritten_sql.py``.

They are what a careful engineer would write for this one trial without Eligo, with the same
meaning as ``criteria/nct05238363.elig``: three-valued answers (``None``/NULL is unknown), an
absent record list is not collected (unknown) while an empty one holds nothing, partial dates
are ranges of days, ages are completed calendar years, windows are calendar-correct and
inclusive. A record coded only in a system a value set lists no codes of is perhaps in it
(unknown); two results of one measure on one day with different values leave the latest
unknown (no time of day) unless both give the same answer (numbers read as the range of them);
durations are read in Eligo's words or UCUM's codes (``wk``, ``mo``).
``bench/run.py`` times them against Eligo and checks that every back end agrees on the verdict
counts. They cover the record shapes ``bench/generate.py`` writes (one code per record, the units
the generator uses), not every record a user may send: that generality is what Eligo adds.

The Python one is written for speed: typed msgspec decoding, each distinct date text parsed once,
window bounds computed once per first-dose date, and value-set membership decided once per code.
"""

from __future__ import annotations

import calendar
from collections import Counter
from collections.abc import Iterable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import msgspec

Truth = bool | None
Span = tuple[date, date]

ACTIVE = frozenset(("active", "recurrence", "relapse"))
NOT_ACTIVE = frozenset(("inactive", "remission", "resolved"))
CSCC = ("C44.02", "C44.12", "C44.22", "C44.32", "C44.42", "C44.52", "C44.62", "C44.72", "C44.82", "C44.92")
BCC = ("C44.01", "C44.11", "C44.21", "C44.31", "C44.41", "C44.51", "C44.61", "C44.71", "C44.81", "C44.91")
OTHER_SKIN = (
    *BCC, "C44.13", "C44.09", "C44.19", "C44.29", "C44.39", "C44.49", "C44.59", "C44.69", "C44.79", "C44.89",
    "C44.99", "C43", "D03", "C4A", "C46.0", "D04",
)  # fmt: skip
CNS_METASTASIS = ("C79.31", "C79.32", "C79.49")
EFFUSION = ("J90", "J91.0", "J91.8", "J94.0", "I31.3", "R18")
#: I7 (CTFG 2020, valuesets/general.elig): menopause (ICD-10-CM, one SNOMED CT concept), absence of
#: the uterus or both ovaries (ICD-10-CM only), and the sterilising procedures (SNOMED CT and CPT)
POSTMENOPAUSAL = ("Z78.0", "N95.1")
POSTMENOPAUSAL_SNOMED = frozenset(("76498008",))
STERILE = ("Z90.710", "Z90.711", "Z90.722")
STERILISATION_SNOMED = frozenset(
    (
        "116140006", "116142003", "116143008", "116144002", "86477000", "35955002", "236888001", "236891001",
        "307771009", "414575003", "708877008", "767610009", "29827000",
    )
)  # fmt: skip
STERILISATION_CPT = frozenset(
    ("58150", "58210", "58260", "58262", "58285", "58290", "58548", "58550", "58570", "58571", "58572", "58573",
     "58953", "58956")
)  # fmt: skip
#: I4: RECIST 1.1's imaging (valuesets/recist.elig, SNOMED CT concepts, exact)
CROSS_SECTIONAL = frozenset(("77477000", "113091000"))
CT = frozenset(("77477000",))
RADIOGRAPHY = frozenset(("363680008",))
EXAMINATION = frozenset(("5880005",))
#: E5: mCODE cancer disease status
DISEASE_STATUS = frozenset(("97509-4",))
SOLID_ORGAN_STATUS = (
    "Z94.0", "Z94.1", "Z94.2", "Z94.3", "Z94.4", "Z94.82", "Z94.83", "T86.1", "T86.2", "T86.3", "T86.4", "T86.81",
    "T86.85",
)  # fmt: skip
STEM_CELL_HISTORY_ICD = ("Z94.81", "Z94.84", "T86.0", "T86.5")
STEM_CELL_HISTORY_SNOMED = frozenset(("2631000119108", "153351000119102"))
ANTI_EGFR = ("L01FE", "L01XC06", "L01XC08")
#: SNOMED CT concepts the value sets list beside their ICD-10-CM codes (valuesets/oncology.elig),
#: matched exactly: a SNOMED CT code of a set that lists some is in it or not, never perhaps
CSCC_SNOMED = frozenset(("254651007",))
MALIGNANCY_SNOMED = frozenset(
    (
        "254637007", "254632001", "254837009", "363406005", "93761005", "109838007", "91861009", "254651007",
        "372244006", "424132000", "425048006", "422968005", "423121009", "67811000119102", "67821000119109",
        "67831000119107", "67841000119103", "188151006", "92691004",
    )
)  # fmt: skip
OTHER_SKIN_SNOMED = frozenset(("372244006", "254701007"))
BCC_SNOMED = frozenset(("254701007",))
SOLID_ORGAN_STATUS_SNOMED = frozenset(("161665007", "213150003"))
CNS_METASTASIS_SNOMED = frozenset(("94225005",))
EFFUSION_SNOMED = frozenset(("60046008",))
SOLID_ORGAN = frozenset(("313039003", "70536003", "32413006", "18027006", "88039007"))
TRANSPLANT = SOLID_ORGAN | {"234336002", "278257006", "23719005"}
#: E6: drainage of an effusion (valuesets/general.elig effusion_drainage, CPT codes)
DRAINAGE = frozenset(
    ("32554", "32555", "32556", "32557", "32550", "49082", "49083", "49418", "33016", "33017", "33018", "33019")
)
ECOG = frozenset(("89247-1",))
PREGNANCY_TESTS = frozenset(("2106-3", "2118-8"))
PREGNANCY_RESULTS = frozenset(("positive", "negative", "indeterminate"))
#: Durations' units in Eligo's words and UCUM's codes (as Eligo reads them when a record is read).
TIME_UNITS = {
    "days": "days", "day": "days", "d": "days", "weeks": "weeks", "week": "weeks", "wk": "weeks",
    "months": "months", "month": "months", "mo": "months", "years": "years", "year": "years", "a": "years",
}  # fmt: skip
#: A duration's length in days, as a range (a calendar month is 28 to 31 days).
DAYS_PER = {"days": (1.0, 1.0), "weeks": (7.0, 7.0), "months": (28.0, 31.0), "years": (365.0, 366.0)}
MONTHS_PER = {"months": 1.0, "years": 12.0}


# --------------------------------------------------------------------------- records, typed
class Code(msgspec.Struct, gc=False):
    system: str
    code: str


class Condition(msgspec.Struct, gc=False):
    code: Code
    id: str | None = None
    onset: str | None = None
    status: str | None = None
    confirmed_by: str | None = None
    extent: str | None = None
    treatment: list[str] | None = None


class Medication(msgspec.Struct, gc=False):
    code: Code
    start: str | None = None
    end: str | None = None
    reason: list[str] | None = None


class Procedure(msgspec.Struct, gc=False):
    code: Code
    date: str | None = None
    donor: str | None = None
    treatment_intent: str | None = None
    reason: list[str] | None = None


class Lesion(msgspec.Struct, gc=False):
    code: Code
    date: str | None = None
    method: Code | None = None
    longest_diameter: float | None = None
    short_axis: float | None = None
    lymph_node: bool | None = None
    bone: str | None = None
    assessor: str | None = None
    focus: list[str] | None = None


class Observation(msgspec.Struct, gc=False):
    code: Code
    date: str | None = None
    value: bool | int | float | str | None = None
    unit: str | None = None
    reference_high: float | None = None
    focus: list[str] | None = None


class Attestation(msgspec.Struct, gc=False):
    value: bool | int | float | str
    unit: str | None = None


class Patient(msgspec.Struct, gc=False):
    id: str
    birth_date: str | None = None
    sex: str | None = None
    dates: dict[str, str] = {}
    conditions: list[Condition] | None = None
    medications: list[Medication] | None = None
    procedures: list[Procedure] | None = None
    observations: list[Observation] | None = None
    lesions: list[Lesion] | None = None
    attestations: dict[str, Attestation] = {}


decode = msgspec.json.Decoder(Patient).decode


# --------------------------------------------------------------------------- three values
def and3(*values: Truth) -> Truth:
    if False in values:
        return False
    return None if None in values else True


def or3(*values: Truth) -> Truth:
    if True in values:
        return True
    return None if None in values else False


def not3(value: Truth) -> Truth:
    return None if value is None else not value


def exists3(values: Iterable[Truth]) -> Truth:
    unknown = False
    for value in values:
        if value is True:
            return True
        unknown = unknown or value is None
    return None if unknown else False


# --------------------------------------------------------------------------- dates
_SPANS: dict[str, Span] = {}


def span(text: str | None) -> Span | None:
    """The first and last day a (possibly partial) date may be; each distinct text parsed once."""
    if text is None:
        return None
    found = _SPANS.get(text)
    if found is None:
        found = _SPANS[text] = _parse_span(text)
    return found


def _parse_span(text: str) -> Span:
    if len(text) == 10:
        day = date.fromisoformat(text)
        return day, day
    year = int(text[:4])
    if len(text) == 4:
        return date(year, 1, 1), date(year, 12, 31)
    month = int(text[5:7])
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def minus_months(day: date, months: int) -> date:
    """The same calendar day ``months`` earlier, or the last day of that month if it is shorter."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def minus_years(day: date, years: int) -> date:
    """The same calendar day ``years`` earlier; 29 February becomes the 28th."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


class Windows(msgspec.Struct, frozen=True, gc=False):
    """The bounds a first-dose date gives the criteria's windows, computed once per date."""

    fd: Span
    three_years: date  # E2: within 3 years before first dose
    four_weeks: date  # E5: within 4 weeks before
    ecog: date  # I5: within 28 days before
    pregnancy: date  # I7: within 7 days before
    drainage: date  # E6: within 3 months before
    adult_born_by: date  # I2: born on or before this day is 18 at the earliest first dose
    minor_born_after: date  # born after this day is under 18 at the latest first dose


_WINDOWS: dict[str, Windows] = {}


def windows(text: str | None) -> Windows | None:
    if text is None:
        return None
    found = _WINDOWS.get(text)
    if found is None:
        fd = span(text)
        assert fd is not None
        found = _WINDOWS[text] = Windows(
            fd,
            minus_years(fd[0], 3),
            fd[0] - timedelta(days=28),
            fd[0] - timedelta(days=28),
            fd[0] - timedelta(days=7),
            minus_months(fd[0], 3),
            minus_years(fd[0], 18),
            minus_years(fd[1], 18),
        )
    return found


def before(value: Span | None, anchor: Span | None) -> Truth:
    if value is None or anchor is None:
        return None
    if value[1] < anchor[0]:
        return True
    return False if value[0] >= anchor[1] else None


def on_or_after(value: Span | None, anchor: Span | None) -> Truth:
    if value is None or anchor is None:
        return None
    if value[0] >= anchor[1]:
        return True
    return False if value[1] < anchor[0] else None


def overlaps(start: Span | None, end: Span | None, first: date, last: date) -> Truth:
    """A period (start to end, both included) overlaps [first, last]: a missing end decides
    nothing, a missing start neither, but an end by the last day says the start is too, and a
    start from the first day says the end is too."""
    starts_by_last = None if start is None else True if start[1] <= last else False if start[0] > last else None
    if starts_by_last is None and end is not None and end[1] <= last:
        starts_by_last = True
    ends_from_first = None if end is None else True if end[0] >= first else False if end[1] < first else None
    if ends_from_first is None and start is not None and start[0] >= first:
        ends_from_first = True
    return and3(starts_by_last, ends_from_first)


def linked(ids: list[str] | None, target: str | None) -> Truth:
    """``reason is condition`` (``focus is condition``): unknown when the link or the id is missing."""
    return None if ids is None or target is None else target in ids


def inside(value: Span | None, start: date, end: date) -> Truth:
    if value is None:
        return None
    if start <= value[0] and value[1] <= end:
        return True
    return False if value[1] < start or value[0] > end else None


# --------------------------------------------------------------------------- value sets
def listed(
    system: str, code: str, wanted: str, entries: tuple[str, ...], snomed: frozenset[str] = frozenset()
) -> Truth:
    """Membership of a code in a value set of ``wanted``'s codes, matched by prefix (ICD-10-CM,
    ATC), and of the SNOMED CT concepts ``snomed`` (exact): unknown when the code is of a system
    the value set lists none of."""
    if system == wanted:
        return code.startswith(entries)
    if system == "SNOMED" and snomed:
        return code in snomed
    return None


def malignancy(system: str, code: str) -> Truth:
    """ICD-10-CM C00-C96 and D00-D09, less C77-C79 and C7B (secondary neoplasms); the SNOMED CT
    concepts listed."""
    if system == "SNOMED":
        return code in MALIGNANCY_SNOMED
    if system != "ICD10CM":
        return None
    head = code[:3]
    secondary = "C77" <= head <= "C79" or head == "C7B"
    return not secondary and ("C00" <= head <= "C96" or "D00" <= head <= "D09")


class ConditionSets(msgspec.Struct, frozen=True, gc=False):
    """A condition code's membership in each value set the criteria ask about."""

    cscc: Truth
    malignancy: Truth
    cervical_cis: Truth
    breast_cis: Truth
    bcc: Truth
    other_skin: Truth
    cns: Truth
    effusion: Truth
    solid_organ_status: Truth
    stem_cell_history: Truth
    postmenopausal: Truth
    sterile: Truth


_CONDITION_SETS: dict[tuple[str, str], ConditionSets] = {}


def condition_sets(code: Code) -> ConditionSets:
    key = (code.system, code.code)
    found = _CONDITION_SETS.get(key)
    if found is None:
        s, c = key
        # stem_cell_transplant_history lists codes of two systems: SNOMED CT (exact) and ICD-10-CM
        stem_cell = (
            c in STEM_CELL_HISTORY_SNOMED
            if s == "SNOMED"
            else c.startswith(STEM_CELL_HISTORY_ICD)
            if s == "ICD10CM"
            else None
        )
        found = _CONDITION_SETS[key] = ConditionSets(
            listed(s, c, "ICD10CM", CSCC, CSCC_SNOMED),
            malignancy(s, c),
            listed(s, c, "ICD10CM", ("D06",)),
            listed(s, c, "ICD10CM", ("D05",)),
            listed(s, c, "ICD10CM", BCC, BCC_SNOMED),
            listed(s, c, "ICD10CM", OTHER_SKIN, OTHER_SKIN_SNOMED),
            listed(s, c, "ICD10CM", CNS_METASTASIS, CNS_METASTASIS_SNOMED),
            listed(s, c, "ICD10CM", EFFUSION, EFFUSION_SNOMED),
            listed(s, c, "ICD10CM", SOLID_ORGAN_STATUS, SOLID_ORGAN_STATUS_SNOMED),
            stem_cell,
            listed(s, c, "ICD10CM", POSTMENOPAUSAL, POSTMENOPAUSAL_SNOMED),
            listed(s, c, "ICD10CM", STERILE),
        )
    return found


_ANTI_EGFR: dict[tuple[str, str], Truth] = {}


def anti_egfr(code: Code) -> Truth:
    key = (code.system, code.code)
    if key in _ANTI_EGFR:
        return _ANTI_EGFR[key]
    # RxNorm cetuximab 'and descendants': the ingredient itself is in the set; without a vocabulary
    # another RxNorm code may be one of its products (unknown)
    found = _ANTI_EGFR[key] = True if key == ("RXNORM", "318341") else listed(code.system, code.code, "ATC", ANTI_EGFR)
    return found


def snomed_in(code: Code, concepts: frozenset[str]) -> Truth:
    """Membership in a value set of SNOMED CT concepts (exact codes)."""
    return None if code.system != "SNOMED" else code.code in concepts


def loinc_in(code: Code, codes: frozenset[str]) -> Truth:
    """Membership in a measure's LOINC codes (exact)."""
    return None if code.system != "LOINC" else code.code in codes


# --------------------------------------------------------------------------- fields
def status_in(record: Condition, values: frozenset[str]) -> Truth:
    status = record.status
    return None if status is None else status in values


def includes(record: Condition, value: str) -> Truth:
    treatment = record.treatment
    return None if treatment is None else value in treatment


def flag(attestations: dict[str, Attestation], name: str) -> Truth:
    item = attestations.get(name)
    return None if item is None or not isinstance(item.value, bool) else item.value


def duration(item: Attestation | None) -> tuple[float, str] | None:
    """An attested duration as (amount, unit in Eligo's words); ``None`` when it is not one."""
    if item is None or item.unit is None or isinstance(item.value, bool | str):
        return None
    unit = TIME_UNITS.get(item.unit)
    return None if unit is None else (float(item.value), unit)


def compare_duration(value: tuple[float, str] | None, op: str, amount: float, unit: str) -> Truth:
    """``value op amount unit`` (op ``>=`` or ``>``): exact in months and years, else in days, a
    month being 28 to 31 days (decided when it is for every length)."""
    if value is None:
        return None
    if value[1] in MONTHS_PER and unit in MONTHS_PER:
        pairs = [(value[0] * MONTHS_PER[value[1]], amount * MONTHS_PER[unit])]
    else:
        (lo, hi), (b_lo, b_hi) = DAYS_PER[value[1]], DAYS_PER[unit]
        pairs = [(value[0] * x, amount * y) for x in (lo, hi) for y in (b_lo, b_hi)]
    outcomes = {a >= b if op == ">=" else a > b for a, b in pairs}
    return outcomes.pop() if len(outcomes) == 1 else None


def result(record: Observation) -> tuple[object, ...]:
    """What a criterion may read of a result: a number (1 is 1.0, yes is not 1), its unit and limit."""
    value = record.value
    if isinstance(value, int | float) and not isinstance(value, bool):
        value = float(value)
    unit = record.unit
    return type(value), value, TIME_UNITS.get(unit, unit) if unit is not None else None, record.reference_high


def latest(
    observations: list[Observation],
    codes: frozenset[str],
    start: date,
    end: date,
    focus: tuple[str | None] | None = None,
) -> list[Observation] | None:
    """The latest of the observations of ``codes`` dated inside [start, end] (the first listed of
    one day), then every other one inside or perhaps inside (an undated one, one straddling the
    window, one coded in a system other than LOINC, one whose focus may be the condition ``focus``
    holds the id of) with a different result that may be as late:
    two results of one day are not ordered, so the latest is one of these. ``None`` when there is
    none."""
    found: list[tuple[Observation, Span]] = []
    uncertain: list[Observation] = []
    for record in observations:
        member = loinc_in(record.code, codes)
        if focus is not None:  # ``latest MEASURE of condition``: focused on it
            member = and3(member, linked(record.focus, focus[0]))
        if member is False:
            continue
        when = span(record.date)
        where = inside(when, start, end)
        if where is False:
            continue
        if where and member and when is not None:
            found.append((record, when))
        else:
            uncertain.append(record)
    if not found:
        return None
    chosen, (first, _) = max(found, key=lambda pair: pair[1][0])
    wanted = result(chosen)
    candidates = [chosen]
    for record in [r for r, _ in found] + uncertain:
        if record is chosen or result(record) == wanted:
            continue
        when = span(record.date)
        if when is None or when[1] >= first:
            candidates.append(record)
    return candidates


def in_range(values: list[Any], low: float, high: float) -> Truth:
    """Whether the latest of several numbers (one of ``values``, not known which) is in [low, high]:
    read as the range from the least to the greatest, as Eligo does; unknown if one is not a number."""
    if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in values):
        return None
    least, greatest = min(values), max(values)
    above = True if least >= low else False if greatest < low else None
    below = True if greatest <= high else False if least > high else None
    return and3(above, below)


# --------------------------------------------------------------------------- the criteria
#: The criteria :func:`outcomes` answers, in its order.
def repeated_drainage(procedures: list[Procedure] | None, w: Windows | None) -> Truth:
    """E6: ``count(procedure in effusion_drainage where date within 3 months before first_dose) >= 2``:
    at least 2 when the records that surely count are, at most 1 when those that perhaps count
    are not enough either."""
    if procedures is None:
        return None
    sure = maybe = 0
    for r in procedures:
        member = None if r.code.system != "CPT" else r.code.code in DRAINAGE
        if member is False:
            continue
        counts = and3(member, None if w is None else inside(span(r.date), w.drainage, w.fd[1]))
        if counts:
            sure += 1
        elif counts is None:
            maybe += 1
    return True if sure >= 2 else False if sure + maybe < 2 else None


def measurable(lesion: Lesion) -> Truth:
    """``recist_measurable`` (valuesets/recist.elig): a bone lesion by its soft tissue (lytic or
    mixed, CT or MRI, 10 mm); a lymph node by its short axis (CT, 15 mm); another lesion by its
    longest diameter (CT or MRI 10 mm, clinical examination 10 mm, radiography 20 mm). When
    ``lymph_node`` is not recorded both readings must agree."""
    method = lesion.method
    longest, short = lesion.longest_diameter, lesion.short_axis

    def method_in(concepts: frozenset[str]) -> Truth:
        return None if method is None else snomed_in(method, concepts)

    def at_least(size: float | None, mm: float) -> Truth:
        return None if size is None else size >= mm

    if lesion.bone is not None:
        return and3(lesion.bone in ("lytic", "mixed"), method_in(CROSS_SECTIONAL), at_least(longest, 10))
    node = and3(method_in(CT), at_least(short, 15))
    other = or3(
        and3(method_in(CROSS_SECTIONAL), at_least(longest, 10)),
        and3(method_in(EXAMINATION), at_least(longest, 10)),
        and3(method_in(RADIOGRAPHY), at_least(longest, 20)),
    )
    if lesion.lymph_node is None:
        return node if node == other else None
    return node if lesion.lymph_node else other


def stable_on_imaging(c: Condition, observations: list[Observation] | None, w: Windows | None) -> Truth:
    """E5: ``latest disease_status of condition within 4 weeks before first_dose in (stable, improving)``."""
    if observations is None or w is None:
        return None
    found = latest(observations, DISEASE_STATUS, w.four_weeks, w.fd[1], (c.id,))
    if found is None or len(found) > 1:  # none, or results that differ with none known to be the latest
        return None
    value = found[0].value
    return value in ("stable", "improving") if value in ("stable", "improving", "progressing") else None


def treated_within_3_years(
    c: Condition, medications: list[Medication] | None, procedures: list[Procedure] | None, w: Windows | None
) -> Truth:
    """E2's treated_within_3_years: a medication or procedure whose reason names the condition and
    whose period overlaps the 3 years before first dose (a procedure's day is its period)."""
    meds: Truth = None
    if medications is not None:
        meds = exists3(
            and3(
                linked(m.reason, c.id),
                None if w is None else overlaps(span(m.start), span(m.end), w.three_years, w.fd[1]),
            )
            for m in medications
        )
    procs: Truth = None
    if procedures is not None:
        procs = exists3(
            and3(
                linked(r.reason, c.id),
                None if w is None else overlaps(span(r.date), span(r.date), w.three_years, w.fd[1]),
            )
            for r in procedures
        )
    return or3(meds, procs)


def cleared_by_surgery_alone(
    c: Condition, medications: list[Medication] | None, procedures: list[Procedure] | None
) -> Truth:
    """E2's cleared_by_surgery_alone: surgery and no radiotherapy or local ablation in the treatment
    list, no longer active, and an operation given for it with curative intent after which no drug
    given for it started."""
    listed_part = and3(
        includes(c, "surgery"),
        not3(includes(c, "radiotherapy")),
        not3(includes(c, "local_ablation")),
        status_in(c, NOT_ACTIVE),
    )
    if listed_part is False:
        return False
    operation: Truth = None
    if procedures is not None:
        values: list[Truth] = []
        for r in procedures:
            intent = None if r.treatment_intent is None else r.treatment_intent == "curative"
            head = and3(linked(r.reason, c.id), intent)
            if head is False:
                continue
            drug_after: Truth = None
            if medications is not None:
                day_of = span(r.date)
                drug_after = exists3(
                    and3(linked(m.reason, c.id), on_or_after(span(m.start), day_of)) for m in medications
                )
            values.append(and3(head, not3(drug_after)))
        operation = exists3(values)
    return and3(listed_part, operation)


def sterilising(code: Code) -> Truth:
    """permanent_sterilisation_procedure: SNOMED CT and CPT codes, exact; other systems unknown."""
    if code.system == "SNOMED":
        return code.code in STERILISATION_SNOMED
    return code.code in STERILISATION_CPT if code.system == "CPT" else None


def of_childbearing_potential(p: Patient) -> Truth:
    """I7 applies to a woman of childbearing potential (CTFG 2020): no record of menopause or
    surgical sterility among her conditions, no sterilising procedure."""
    menopause: Truth = None
    sterile: Truth = None
    sterilised: Truth = None
    if p.conditions is not None:
        menopause = exists3(condition_sets(c.code).postmenopausal for c in p.conditions)
        sterile = exists3(condition_sets(c.code).sterile for c in p.conditions)
    if p.procedures is not None:
        sterilised = exists3(sterilising(r.code) for r in p.procedures)
    return and3(None if p.sex is None else p.sex == "female", not3(menopause), not3(sterile), not3(sterilised))


def measurable_disease(lesions: list[Lesion] | None, w: Windows | None) -> Truth:
    """I4: a lesion measurable by RECIST 1.1, assessed centrally, in the 28 days before first dose."""
    if lesions is None:
        return None
    return exists3(
        and3(
            measurable(lesion),
            None if lesion.assessor is None else lesion.assessor == "central",
            None if w is None else inside(span(lesion.date), w.ecog, w.fd[1]),
        )
        for lesion in lesions
    )


def other_malignancy(
    c: Condition,
    sets: ConditionSets,
    medications: list[Medication] | None,
    procedures: list[Procedure] | None,
    w: Windows | None,
) -> Truth:
    """E2 for one condition: another malignancy of the 3 years (diagnosed, active or treated in
    them), not spared."""
    recent = None if w is None else inside(span(c.onset), w.three_years, w.fd[1])
    within = or3(recent, status_in(c, ACTIVE))
    if within is not True and sets.cscc is not True:
        within = or3(within, treated_within_3_years(c, medications, procedures, w))
    where = and3(not3(sets.cscc), within)
    if where is False:
        return False
    status = c.status
    spared = or3(and3(sets.cervical_cis, None if status is None else status == "resolved"), sets.breast_cis)
    if spared is not True:
        spared = or3(spared, cleared_by_surgery_alone(c, medications, procedures))
    return and3(sets.malignancy, where, not3(spared))


CRITERIA = ("I1", "I2", "I3", "I4", "I5", "I6", "I7", "E1", "E2", "E3", "E4", "E5", "E6", "E7")


def screen(p: Patient) -> str:
    """The verdict for one patient: eligible, ineligible or undetermined."""
    answers = outcomes(p)
    inclusions, exclusions = answers[:7], answers[7:]
    if False in inclusions or True in exclusions:
        return "ineligible"
    return "undetermined" if None in inclusions or None in exclusions else "eligible"


def outcomes(p: Patient) -> tuple[Truth, ...]:
    """Each criterion's answer for one patient, in the order of :data:`CRITERIA` (an inclusion
    that does not apply, I7 for a man, is met)."""
    return answers(p)[0]


def answers(p: Patient) -> tuple[tuple[Truth, ...], bool]:
    """:func:`outcomes`, and whether I7 does not apply (it is then met, and reported not applicable)."""
    w = windows(p.dates.get("first_dose"))
    fd = w.fd if w is not None else None
    att = p.attestations
    conditions = p.conditions
    medications = p.medications
    procedures = p.procedures
    observations = p.observations

    # I2 age at first dose >= 18 years: decided when every completion of the dates agrees
    born = span(p.birth_date)
    if born is None or w is None:
        i2: Truth = None
    else:
        i2 = True if born[1] <= w.adult_born_by else False if born[0] > w.minor_born_after else None

    i3: Truth = None
    e2: Truth = None
    e3: Truth = None
    e4_organ: Truth = None
    e4_stem_cell: Truth = None
    e5: Truth = None
    e6: Truth = None
    repeated = repeated_drainage(procedures, w)
    if conditions is not None:
        i3_values: list[Truth] = []
        e2_values: list[Truth] = []
        e3_values: list[Truth] = []
        e4_organ_values: list[Truth] = []
        e4_stem_cell_values: list[Truth] = []
        e5_values: list[Truth] = []
        e6_values: list[Truth] = []
        for c in conditions:
            sets = condition_sets(c.code)
            if sets.cscc is not False:
                confirmed, extent = c.confirmed_by, c.extent
                i3_values.append(
                    and3(
                        sets.cscc,
                        None if confirmed is None else confirmed in ("histopathology", "cytology"),
                        None if extent is None else extent in ("locally_advanced", "metastatic"),
                        status_in(c, ACTIVE),
                    )
                )
            if sets.malignancy is not False:
                e2_values.append(other_malignancy(c, sets, medications, procedures, w))
            if sets.other_skin is not False:
                treated = and3(or3(includes(c, "surgery"), includes(c, "radiotherapy")), status_in(c, NOT_ACTIVE))
                where = or3(status_in(c, ACTIVE), and3(sets.bcc, not3(treated)))
                e3_values.append(and3(sets.other_skin, where))
            if sets.solid_organ_status is not False:
                e4_organ_values.append(sets.solid_organ_status)
            if sets.stem_cell_history is not False:
                e4_stem_cell_values.append(and3(sets.stem_cell_history, flag(att, "stem_cell_transplant_allogeneic")))
            if sets.cns is not False:
                cns_spared = and3(
                    compare_duration(duration(att.get("cns_treatment_duration")), ">", 3, "months"),
                    stable_on_imaging(c, observations, w),
                    flag(att, "cns_symptoms_stable"),
                )
                where = and3(status_in(c, ACTIVE), flag(att, "cns_metastases_symptomatic"))
                e5_values.append(and3(sets.cns, where, not3(cns_spared)))
            if sets.effusion is not False:
                where = and3(status_in(c, ACTIVE), repeated)
                e6_values.append(and3(sets.effusion, where))
        i3, e2, e3, e4_organ, e4_stem_cell, e5, e6 = map(
            exists3, (i3_values, e2_values, e3_values, e4_organ_values, e4_stem_cell_values, e5_values, e6_values)
        )

    e1: Truth = None
    if medications is not None:
        e1 = exists3(
            and3(member, before(span(m.start), fd)) for m in medications if (member := anti_egfr(m.code)) is not False
        )
    e4_procedure: Truth = None
    if procedures is not None:
        e4_procedure = exists3(
            and3(
                member,
                before(span(r.date), fd),
                or3(snomed_in(r.code, SOLID_ORGAN), None if r.donor is None else r.donor == "allogeneic"),
            )
            for r in procedures
            if (member := snomed_in(r.code, TRANSPLANT)) is not False
        )
    e4 = or3(e4_procedure, e4_organ, e4_stem_cell)

    i5: Truth = None
    i7_test: Truth = None
    if observations is not None and w is not None:
        ecog = latest(observations, ECOG, w.ecog, w.fd[1])
        i5 = None if ecog is None else in_range([r.value for r in ecog], 0, 1)
        test = latest(observations, PREGNANCY_TESTS, w.pregnancy, w.fd[1])
        outcome = None if test is None or len(test) > 1 else test[0].value  # texts that differ: unknown
        i7_test = outcome == "negative" if isinstance(outcome, str) and outcome in PREGNANCY_RESULTS else None
    applies = of_childbearing_potential(p)
    i7: Truth = True if applies is False else or3(not3(applies), i7_test)

    i6 = compare_duration(duration(att.get("expected_survival")), ">=", 12, "weeks")

    i4 = measurable_disease(p.lesions, w)

    return (
        flag(att, "informed_consent"), i2, i3, i4, i5, i6, i7,
        e1, e2, e3, e4, e5, e6, flag(att, "active_severe_infection"),
    ), applies is False  # fmt: skip


def screen_file(path: Path) -> Counter[str]:
    """Verdict counts for a JSON Lines file, one decoded line at a time."""
    counts: Counter[str] = Counter()
    with path.open("rb") as lines:
        for line in lines:
            counts[screen(decode(line))] += 1
    return counts
