"""The yardsticks: NCT05238363's criteria written by hand, once in Python and once in DuckDB SQL.

They are what a careful engineer would write for this one trial without Eligo, with the same
meaning as ``criteria/nct05238363.elig``: three-valued answers (``None``/NULL is unknown), an
absent record list is not collected (unknown) while an empty one holds nothing, partial dates
are ranges of days, ages are completed calendar years, windows are calendar-correct and
inclusive. ``bench/run.py`` times them against Eligo and checks that every back end agrees on
the verdict counts. They cover the record shapes ``bench/generate.py`` writes (codes of the
value sets' systems, durations in the units the generator uses), not every record a user may
send: that generality is what Eligo adds.
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

ACTIVE = ("active", "recurrence", "relapse")
CSCC = ("C44.02", "C44.12", "C44.22", "C44.32", "C44.42", "C44.52", "C44.62", "C44.72", "C44.82", "C44.92")
BCC = ("C44.01", "C44.11", "C44.21", "C44.31", "C44.41", "C44.51", "C44.61", "C44.71", "C44.81", "C44.91")
OTHER_SKIN = (*BCC, "C43", "C4A", "D04")
CNS_METASTASIS = ("C79.31", "C79.32", "C79.49")
EFFUSION = ("J91.0", "I31.3", "R18")
ANTI_EGFR = ("L01FE", "L01XC06", "L01XC08")
SOLID_ORGAN = {"313039003", "70536003", "32413006", "18027006", "88039007"}
TRANSPLANT = SOLID_ORGAN | {"234336002", "278257006", "23719005"}
ECOG = "89247-1"
PREGNANCY_TESTS = {"2106-3", "2118-8"}


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
def span(text: str | None) -> Span | None:
    """The first and last day a (possibly partial) date may be."""
    if text is None:
        return None
    if len(text) == 10:
        day = date.fromisoformat(text)
        return day, day
    year = int(text[:4])
    if len(text) == 4:
        return date(year, 1, 1), date(year, 12, 31)
    month = int(text[5:7])
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def minus_years(day: date, years: int) -> date:
    """The same calendar day ``years`` earlier; 29 February becomes the 28th."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def before(value: Span | None, anchor: Span | None) -> Truth:
    if value is None or anchor is None:
        return None
    if value[1] < anchor[0]:
        return True
    return False if value[0] >= anchor[1] else None


def inside(value: Span | None, start: date, end: date) -> Truth:
    if value is None:
        return None
    if start <= value[0] and value[1] <= end:
        return True
    return False if value[1] < start or value[0] > end else None


def completed_years(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


# --------------------------------------------------------------------------- records
def code_of(record: dict[str, Any], system: str) -> str | None:
    code = record["code"]
    return code["code"] if code["system"] == system else None


def under(code: str | None, prefixes: tuple[str, ...]) -> bool:
    return code is not None and code.startswith(prefixes)


def malignancy(code: str | None) -> bool:
    if code is None or len(code) < 3:
        return False
    head = code[:3]
    secondary = "C77" <= head <= "C79" or head == "C7B"
    return not secondary and ("C00" <= head <= "C96" or "D00" <= head <= "D09")


def status_in(record: dict[str, Any], values: tuple[str, ...]) -> Truth:
    status = record.get("status")
    return None if status is None else status in values


def status_is(record: dict[str, Any], value: str) -> Truth:
    status = record.get("status")
    return None if status is None else status == value


def includes(record: dict[str, Any], value: str) -> Truth:
    treatment = record.get("treatment")
    return None if treatment is None else value in treatment


def flag(attestations: dict[str, Any], name: str) -> Truth:
    item = attestations.get(name)
    return None if item is None else bool(item["value"])


def latest_in_window(observations: list[dict[str, Any]], codes: set[str], start: date | None, end: date | None) -> Any:
    """The value of the latest observation with one of ``codes`` dated inside [start, end];
    ``None`` when there is none or which one is latest cannot be told."""
    found: list[tuple[dict[str, Any], Span]] = []
    uncertain: list[dict[str, Any]] = []
    for record in observations:
        if code_of(record, "LOINC") not in codes:
            continue
        when = span(record.get("date"))
        where = None if when is None or start is None or end is None else inside(when, start, end)
        if where is True and when is not None:
            found.append((record, when))
        elif where is None:
            uncertain.append(record)
    if not found:
        return None
    latest, latest_span = max(found, key=lambda pair: pair[1][0])
    for record in [r for r, _ in found] + uncertain:
        if record is latest or record.get("value") == latest.get("value"):
            continue
        when = span(record.get("date"))
        if when is None or when[1] > latest_span[0]:
            return None
    return latest.get("value")


# --------------------------------------------------------------------------- the criteria
def screen(p: dict[str, Any]) -> str:
    """The verdict for one patient: eligible, ineligible or undetermined."""
    fd = span((p.get("dates") or {}).get("first_dose"))
    att = p.get("attestations") or {}
    conditions = p.get("conditions")
    medications = p.get("medications")
    procedures = p.get("procedures")
    observations = p.get("observations")

    # I2 age at first dose >= 18 years: decided when every completion of the dates agrees
    born = span(p.get("birth_date"))
    if born is None or fd is None:
        i2: Truth = None
    else:
        oldest, youngest = completed_years(born[0], fd[1]), completed_years(born[1], fd[0])
        i2 = True if youngest >= 18 else False if oldest < 18 else None

    i3: Truth = None
    e2: Truth = None
    e3: Truth = None
    e5: Truth = None
    e6: Truth = None
    if conditions is not None:
        three_years = (minus_years(fd[0], 3), fd[1]) if fd is not None else None
        cns_spared = and3(
            None if (d := att.get("cns_treatment_duration")) is None else d["value"] > 3,
            flag(att, "cns_imaging_stable"),
            flag(att, "cns_symptoms_stable"),
        )
        i3_values, e2_values, e3_values, e5_values, e6_values = [], [], [], [], []
        for c in conditions:
            code = code_of(c, "ICD10CM")
            if under(code, CSCC):
                confirmed, extent = c.get("confirmed_by"), c.get("extent")
                i3_values.append(
                    and3(
                        None if confirmed is None else confirmed in ("histopathology", "cytology"),
                        None if extent is None else extent in ("locally_advanced", "metastatic"),
                    )
                )
            elif malignancy(code):
                onset = span(c.get("onset"))
                recent = None if three_years is None else inside(onset, *three_years)
                where = or3(recent, status_in(c, ACTIVE))
                spared = or3(
                    and3(under(code, ("D06",)), status_is(c, "resolved")),
                    under(code, ("D05",)),
                    and3(includes(c, "surgery"), status_is(c, "resolved")),
                )
                e2_values.append(and3(where, not3(spared)))
            if under(code, OTHER_SKIN):
                treated = or3(includes(c, "surgery"), includes(c, "radiotherapy"))
                spared = and3(under(code, BCC), treated)
                e3_values.append(and3(status_in(c, ACTIVE), not3(spared)))
            if under(code, CNS_METASTASIS):
                where = and3(status_in(c, ACTIVE), flag(att, "cns_metastases_symptomatic"))
                e5_values.append(and3(where, not3(cns_spared)))
            if under(code, EFFUSION):
                e6_values.append(and3(status_in(c, ACTIVE), flag(att, "effusion_needs_repeated_drainage")))
        i3, e2, e3, e5, e6 = map(exists3, (i3_values, e2_values, e3_values, e5_values, e6_values))

    e1: Truth = None
    if medications is not None:
        e1 = exists3(before(span(m.get("start")), fd) for m in medications if under(code_of(m, "ATC"), ANTI_EGFR))
    e4: Truth = None
    if procedures is not None:
        e4 = exists3(
            and3(
                before(span(r.get("date")), fd),
                or3(
                    code_of(r, "SNOMED") in SOLID_ORGAN,
                    None if r.get("donor") is None else r["donor"] == "allogeneic",
                ),
            )
            for r in procedures
            if code_of(r, "SNOMED") in TRANSPLANT
        )

    i5: Truth = None
    i7_test: Truth = None
    if observations is not None and fd is not None:
        ecog = latest_in_window(observations, {ECOG}, fd[0] - timedelta(days=28), fd[1])
        i5 = None if ecog is None else 0 <= ecog <= 1
        test = latest_in_window(observations, PREGNANCY_TESTS, fd[0] - timedelta(days=7), fd[1])
        i7_test = None if test is None else test == "negative"
    sex = p.get("sex")
    applies = and3(None if sex is None else sex == "female", flag(att, "childbearing_potential"))
    i7: Truth = True if applies is False else or3(not3(applies), i7_test)

    survival = att.get("expected_survival")
    i6 = None if survival is None else survival["value"] >= 12  # recorded in weeks by the generator

    inclusions = (flag(att, "informed_consent"), i2, i3, flag(att, "measurable_disease"), i5, i6, i7)
    exclusions = (e1, e2, e3, e4, e5, e6, flag(att, "active_severe_infection"))
    if False in inclusions or True in exclusions:
        return "ineligible"
    return "undetermined" if None in inclusions or None in exclusions else "eligible"


def screen_file(path: Path) -> Counter[str]:
    """Verdict counts for a JSON Lines file, one decoded line at a time."""
    decode = msgspec.json.Decoder().decode
    counts: Counter[str] = Counter()
    with path.open("rb") as lines:
        for line in lines:
            counts[screen(decode(line))] += 1
    return counts


# --------------------------------------------------------------------------- DuckDB
#: The same criteria as one DuckDB query over the tables ``eligo import`` writes. ``k(x)``
#: is "exists" in three values: true if any record is true, unknown if any is unknown.
QUERY = """
WITH
pt AS (
  SELECT p.*, r.lo AS fd_lo, r.hi AS fd_hi
  FROM patients p LEFT JOIN reference_dates r ON r.patient_id = p.patient_id AND r.name = 'first_dose'
),
att AS (
  SELECT patient_id,
    bool_or(value_bool) FILTER (WHERE name = 'informed_consent') AS consent,
    bool_or(value_bool) FILTER (WHERE name = 'measurable_disease') AS measurable,
    max(value_num) FILTER (WHERE name = 'expected_survival') AS survival_weeks,
    bool_or(value_bool) FILTER (WHERE name = 'childbearing_potential') AS fertile,
    bool_or(value_bool) FILTER (WHERE name = 'cns_metastases_symptomatic') AS cns_symptomatic,
    max(value_num) FILTER (WHERE name = 'cns_treatment_duration') AS cns_months,
    bool_or(value_bool) FILTER (WHERE name = 'cns_imaging_stable') AS cns_imaging,
    bool_or(value_bool) FILTER (WHERE name = 'cns_symptoms_stable') AS cns_symptoms,
    bool_or(value_bool) FILTER (WHERE name = 'effusion_needs_repeated_drainage') AS drainage,
    bool_or(value_bool) FILTER (WHERE name = 'active_severe_infection') AS infection
  FROM attestations GROUP BY patient_id
),
c AS (
  SELECT c.*, pt.fd_lo, pt.fd_hi,
    c.system = 'ICD10CM' AS icd,
    status IN ('active', 'recurrence', 'relapse') AS active,
    list_has_any(treatment, ['surgery']) AS surgery,
    list_has_any(treatment, ['radiotherapy']) AS radiotherapy,
    att.cns_symptomatic, att.drainage,
    (att.cns_months > 3) AND att.cns_imaging AND att.cns_symptoms AS cns_spared
  FROM conditions c JOIN pt USING (patient_id) LEFT JOIN att USING (patient_id)
),
c_flags AS (
  SELECT patient_id,
    CASE WHEN icd AND substr(code, 1, 6) IN ('C44.02','C44.12','C44.22','C44.32','C44.42','C44.52',
                                             'C44.62','C44.72','C44.82','C44.92')
         THEN confirmed_by IN ('histopathology', 'cytology') AND extent IN ('locally_advanced', 'metastatic')
         ELSE FALSE END AS i3,
    CASE WHEN icd AND substr(code, 1, 6) NOT IN ('C44.02','C44.12','C44.22','C44.32','C44.42','C44.52',
                                                 'C44.62','C44.72','C44.82','C44.92')
              AND (substr(code, 1, 3) BETWEEN 'C00' AND 'C96' OR substr(code, 1, 3) BETWEEN 'D00' AND 'D09')
              AND NOT (substr(code, 1, 3) BETWEEN 'C77' AND 'C79' OR substr(code, 1, 3) = 'C7B')
         THEN ((onset_lo >= CAST(fd_lo - INTERVAL 3 YEAR AS DATE) AND onset_hi <= fd_hi)
                 OR CASE WHEN onset_hi < CAST(fd_lo - INTERVAL 3 YEAR AS DATE) OR onset_lo > fd_hi THEN FALSE END
                 OR active)
              AND NOT ((substr(code, 1, 3) = 'D06' AND status = 'resolved')
                       OR substr(code, 1, 3) = 'D05'
                       OR (surgery AND status = 'resolved'))
         ELSE FALSE END AS e2,
    CASE WHEN icd AND (substr(code, 1, 6) IN ('C44.01','C44.11','C44.21','C44.31','C44.41','C44.51',
                                              'C44.61','C44.71','C44.81','C44.91')
                       OR substr(code, 1, 3) IN ('C43', 'C4A', 'D04'))
         THEN active AND NOT (substr(code, 1, 6) IN ('C44.01','C44.11','C44.21','C44.31','C44.41','C44.51',
                                                     'C44.61','C44.71','C44.81','C44.91')
                              AND (surgery OR radiotherapy))
         ELSE FALSE END AS e3,
    CASE WHEN icd AND substr(code, 1, 6) IN ('C79.31', 'C79.32', 'C79.49')
         THEN active AND cns_symptomatic AND NOT cns_spared ELSE FALSE END AS e5,
    CASE WHEN icd AND (substr(code, 1, 5) IN ('J91.0', 'I31.3') OR substr(code, 1, 3) = 'R18')
         THEN active AND drainage ELSE FALSE END AS e6
  FROM c
),
c_agg AS (
  SELECT patient_id,
    CASE WHEN bool_or(i3) THEN TRUE WHEN bool_or(i3 IS NULL) THEN NULL ELSE FALSE END AS i3,
    CASE WHEN bool_or(e2) THEN TRUE WHEN bool_or(e2 IS NULL) THEN NULL ELSE FALSE END AS e2,
    CASE WHEN bool_or(e3) THEN TRUE WHEN bool_or(e3 IS NULL) THEN NULL ELSE FALSE END AS e3,
    CASE WHEN bool_or(e5) THEN TRUE WHEN bool_or(e5 IS NULL) THEN NULL ELSE FALSE END AS e5,
    CASE WHEN bool_or(e6) THEN TRUE WHEN bool_or(e6 IS NULL) THEN NULL ELSE FALSE END AS e6
  FROM c_flags GROUP BY patient_id
),
m_agg AS (
  SELECT m.patient_id,
    CASE WHEN bool_or(m.start_hi < pt.fd_lo) THEN TRUE
         WHEN bool_or(NOT (m.start_lo >= pt.fd_hi) OR m.start_lo IS NULL OR pt.fd_hi IS NULL) THEN NULL
         ELSE FALSE END AS e1
  FROM medications m JOIN pt USING (patient_id)
  WHERE m.system = 'ATC' AND (starts_with(m.code, 'L01FE') OR starts_with(m.code, 'L01XC06')
                              OR starts_with(m.code, 'L01XC08'))
  GROUP BY m.patient_id
),
r_flags AS (
  SELECT r.patient_id,
    CASE WHEN r.date_hi < pt.fd_lo THEN TRUE WHEN r.date_lo >= pt.fd_hi THEN FALSE END
      AND (r.code IN ('313039003', '70536003', '32413006', '18027006', '88039007') OR r.donor = 'allogeneic') AS e4
  FROM procedures r JOIN pt USING (patient_id)
  WHERE r.system = 'SNOMED' AND r.code IN ('313039003', '70536003', '32413006', '18027006', '88039007',
                                           '234336002', '278257006', '23719005')
),
r_agg AS (
  SELECT patient_id,
    CASE WHEN bool_or(e4) THEN TRUE WHEN bool_or(e4 IS NULL) THEN NULL ELSE FALSE END AS e4
  FROM r_flags GROUP BY patient_id
),
o AS (
  SELECT o.*, pt.fd_lo, pt.fd_hi,
    CASE WHEN o.code = '89247-1' THEN 28 ELSE 7 END AS days,
    CASE WHEN o.code = '89247-1' THEN 'ecog' ELSE 'pregnancy' END AS measure
  FROM observations o JOIN pt USING (patient_id)
  WHERE o.system = 'LOINC' AND o.code IN ('89247-1', '2106-3', '2118-8')
),
o_window AS (
  SELECT *,
    CASE WHEN date_lo >= CAST(fd_lo - days * INTERVAL 1 DAY AS DATE) AND date_hi <= fd_hi THEN TRUE
         WHEN date_hi < CAST(fd_lo - days * INTERVAL 1 DAY AS DATE) OR date_lo > fd_hi THEN FALSE END AS inside
  FROM o
),
o_latest AS (
  SELECT patient_id, measure,
    first(coalesce(CAST(value_num AS VARCHAR), value_text) ORDER BY date_lo DESC, seq ASC) FILTER (WHERE inside) AS value,
    max(date_lo) FILTER (WHERE inside) AS latest_lo
  FROM o_window GROUP BY patient_id, measure
),
o_pick AS (
  SELECT l.patient_id, l.measure,
    CASE WHEN bool_or(w.seq IS NOT NULL
                      AND (w.inside OR w.inside IS NULL)
                      AND coalesce(CAST(w.value_num AS VARCHAR), w.value_text) IS DISTINCT FROM l.value
                      AND (w.date_lo IS NULL OR w.date_hi > l.latest_lo)) THEN NULL
         ELSE l.value END AS value
  FROM o_latest l LEFT JOIN o_window w ON w.patient_id = l.patient_id AND w.measure = l.measure
  GROUP BY l.patient_id, l.measure, l.value, l.latest_lo
),
screened AS (
  SELECT pt.patient_id,
    att.consent AS i1,
    CASE WHEN pt.birth_lo IS NULL OR pt.fd_lo IS NULL THEN NULL
         WHEN pt.birth_hi <= CAST(pt.fd_lo - INTERVAL 18 YEAR AS DATE) THEN TRUE
         WHEN pt.birth_lo > CAST(pt.fd_hi - INTERVAL 18 YEAR AS DATE) THEN FALSE END AS i2,
    CASE WHEN pt.conditions_collected THEN CASE WHEN c_agg.patient_id IS NULL THEN FALSE ELSE c_agg.i3 END END AS i3,
    att.measurable AS i4,
    CASE WHEN pt.observations_collected AND pt.fd_lo IS NOT NULL
         THEN CAST(ecog.value AS DOUBLE) BETWEEN 0 AND 1 END AS i5,
    att.survival_weeks >= 12 AS i6,
    CASE WHEN (pt.sex = 'female' AND att.fertile) IS FALSE THEN TRUE
         ELSE NOT (pt.sex = 'female' AND att.fertile)
              OR CASE WHEN pt.observations_collected AND pt.fd_lo IS NOT NULL
                      THEN preg.value = 'negative' END END AS i7,
    CASE WHEN pt.medications_collected THEN CASE WHEN m_agg.patient_id IS NULL THEN FALSE ELSE m_agg.e1 END END AS e1,
    CASE WHEN pt.conditions_collected THEN CASE WHEN c_agg.patient_id IS NULL THEN FALSE ELSE c_agg.e2 END END AS e2,
    CASE WHEN pt.conditions_collected THEN CASE WHEN c_agg.patient_id IS NULL THEN FALSE ELSE c_agg.e3 END END AS e3,
    CASE WHEN pt.procedures_collected THEN CASE WHEN r_agg.patient_id IS NULL THEN FALSE ELSE r_agg.e4 END END AS e4,
    CASE WHEN pt.conditions_collected THEN CASE WHEN c_agg.patient_id IS NULL THEN FALSE ELSE c_agg.e5 END END AS e5,
    CASE WHEN pt.conditions_collected THEN CASE WHEN c_agg.patient_id IS NULL THEN FALSE ELSE c_agg.e6 END END AS e6,
    att.infection AS e7
  FROM pt
  LEFT JOIN att USING (patient_id)
  LEFT JOIN c_agg USING (patient_id)
  LEFT JOIN m_agg USING (patient_id)
  LEFT JOIN r_agg USING (patient_id)
  LEFT JOIN o_pick ecog ON ecog.patient_id = pt.patient_id AND ecog.measure = 'ecog'
  LEFT JOIN o_pick preg ON preg.patient_id = pt.patient_id AND preg.measure = 'pregnancy'
)
SELECT
  CASE WHEN i1 IS FALSE OR i2 IS FALSE OR i3 IS FALSE OR i4 IS FALSE OR i5 IS FALSE OR i6 IS FALSE
            OR i7 IS FALSE OR e1 OR e2 OR e3 OR e4 OR e5 OR e6 OR e7 THEN 'ineligible'
       WHEN i1 AND i2 AND i3 AND i4 AND i5 AND i6 AND i7 AND NOT e1 AND NOT e2 AND NOT e3 AND NOT e4
            AND NOT e5 AND NOT e6 AND NOT e7 THEN 'eligible'
       ELSE 'undetermined' END AS verdict,
  count(*) AS patients
FROM screened GROUP BY verdict
"""
