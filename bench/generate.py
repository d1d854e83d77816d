"""Write a synthetic cohort as JSON Lines: N patients shaped like oncology screening data.

Every patient is invented. The mix: cutaneous SCC at various extents, other cancers, skin
cancers, metastases, effusions, transplants (procedures, and transplant status or complication
codes on the problem list), anti-EGFR and unrelated drugs, ECOG scores and pregnancy tests,
tumour assessments (lesions: RECIST measurable or not, by the central review or the investigator),
treatments linked to the conditions they were given for (medication and procedure ``reason``,
with an intent), cancer disease statuses focused on a brain metastasis, menopause and
sterilisation (conditions and procedures, for I7's childbearing potential); about
10% of fields missing, some record lists not collected at all, and some dates exactly on window
boundaries (28 days, 7 days and 3 years before first dose; the 18th birthday; 29 February).

And the cases where the meaning is subtle: records coded in a system a value set lists no codes
of (a SNOMED CT melanoma in the sets that list only ICD-10-CM codes, a SNOMED CT ECOG score, an
RxNorm cetuximab: perhaps in the value set, so unknown; in the sets that list SNOMED CT concepts
too, matched exactly), two results of one measure on one day (the same or different values: without a time of
day neither is the latest), and durations in UCUM's spellings (``wk``, ``mo``, ``d``, ``a``) as
well as Eligo's words.

    python bench/generate.py 100000 cohort.jsonl [--seed 1] [--broken 0.01]

``--broken`` turns a fraction of the lines into bad records of the kinds in :data:`BROKEN`
(invalid JSON, wrong types, impossible dates, unknown fields, values no patient can have, a
repeated id, ...) to exercise error reporting; :func:`write_cohort` returns how many of each.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

FIRST_DOSE = date(2026, 3, 2)
CSCC = ["C44.02", "C44.42", "C44.92", "C44.621", "C44.721", "C44.329", "C44.520"]
OTHER_CANCERS = [
    "C18.9", "C50.911", "C61", "C34.90", "C43.9", "C4A.9", "C44.91", "C44.41", "C44.13", "C44.99", "D03.9",
    "C46.0", "D06.1", "D05.11", "D04.9",
]  # fmt: skip
METASTASES = ["C79.31", "C79.32", "C78.00"]
EFFUSIONS = ["J91.0", "R18.0", "I31.39", "J90", "J91.8", "J94.0"]
# transplant status and complication codes (ICD-10-CM): solid organ, then stem cell or bone marrow
TRANSPLANT_CONDITIONS = [
    "Z94.0",
    "Z94.4",
    "T86.11",
    "Z94.81",
    "Z94.84",
    "T86.09",
    "Z95.1",
]  # Z95.1 (a bypass graft): none
# coded in SNOMED CT: melanoma and cutaneous SCC (listed by malignancy, cscc and other_skin_cancer,
# unknown to the sets that list only ICD-10-CM codes), a history of bone marrow transplant
SNOMED_CONDITIONS = ["372244006", "254651007", "2631000119108"]
# I7: menopause and surgical sterility (ICD-10-CM, one SNOMED CT postmenopausal state) and
# sterilising procedures (SNOMED CT and CPT hysterectomies, a bilateral salpingo-oophorectomy)
NOT_FERTILE = ["Z78.0", "N95.1", "Z90.710", "Z90.722", "Z90.711"]
STERILISATIONS = [("SNOMED", "116140006"), ("SNOMED", "116140006"), ("SNOMED", "29827000"), ("CPT", "58150")]
# E2: a procedure given for a cancer (an excision; a radiotherapy course), and drugs given for one
TREATMENT_PROCEDURES = [("SNOMED", "177302008"), ("SNOMED", "177302008"), ("SNOMED", "108290001")]
INTENTS = ["curative", "curative", "palliative", "adjuvant"]
# I4: the imaging of a lesion (mCODE TumorSizeMethodVS: CT, MRI, radiography, clinical examination)
# and a method coded in another system (perhaps in RECIST's sets: unknown)
LESION_METHODS = [
    ("SNOMED", "77477000"), ("SNOMED", "77477000"), ("SNOMED", "113091000"), ("SNOMED", "363680008"),
    ("SNOMED", "5880005"), ("LOINC", "24627-2"),
]  # fmt: skip
DISEASE_STATUS = {"system": "LOINC", "code": "97509-4"}
DRUGS = [("ATC", "L01FE01"), ("ATC", "L01FE02"), ("ATC", "C09AA05"), ("ATC", "A10BA02"), ("ATC", "L01XC06")]
RXNORM_DRUGS = [("RXNORM", "318341"), ("RXNORM", "6809")]  # cetuximab, metformin: unknown to ATC value sets
TRANSPLANTS = ["70536003", "234336002", "278257006", "32413006"]
# E6: thoracentesis, paracentesis, pericardiocentesis (CPT), and one CPT code outside the value set
DRAINAGE = ["32554", "32555", "49083", "33016", "99213"]
STATUSES = ["active", "active", "recurrence", "relapse", "remission", "resolved", "inactive"]
TREATMENTS = ["surgery", "surgery", "radiotherapy", "systemic_therapy", "local_ablation"]
ATTESTED = [
    "informed_consent", "cns_metastases_symptomatic", "cns_symptoms_stable", "active_severe_infection",
    "stem_cell_transplant_allogeneic",
]  # fmt: skip
# Durations as (value, unit): Eligo's words and UCUM's codes for the same lengths of time, some on
# the criteria's edges (12 weeks; 3 months, which 13 weeks may or may not exceed).
SURVIVALS = [
    (8, "weeks"), (12, "weeks"), (16, "weeks"), (24, "weeks"), (52, "weeks"), (12, "wk"), (11, "wk"), (3, "mo"),
    (2, "months"), (6, "mo"), (84, "d"), (83, "days"), (1, "a"),
]  # fmt: skip
CNS_DURATIONS = [(1, "months"), (2, "months"), (4, "months"), (6, "months"), (3, "mo"), (4, "mo"), (12, "wk"),
                 (13, "weeks"), (14, "wk"), (1, "a"), (100, "d")]  # fmt: skip


def day(rng: random.Random, earliest: int, latest: int, boundaries: tuple[int, ...] = ()) -> str:
    """A date ``earliest..latest`` days before first dose; sometimes exactly on a boundary."""
    if boundaries and rng.random() < 0.15:
        offset = rng.choice(boundaries) + rng.choice((-1, 0, 0, 1))
    else:
        offset = rng.randint(earliest, latest)
    return (FIRST_DOSE - timedelta(days=offset)).isoformat()


def maybe(rng: random.Random, value: Any, missing: float = 0.1) -> Any:
    return None if rng.random() < missing else value


def condition(rng: random.Random, code: str, system: str = "ICD10CM") -> dict[str, Any]:
    record: dict[str, Any] = {"code": {"system": system, "code": code}}
    fields = {
        "onset": maybe(rng, day(rng, 10, 4000, (1095, 1096))),
        "status": maybe(rng, rng.choice(STATUSES)),
        "confirmed_by": maybe(rng, rng.choice(["histopathology", "cytology", "clinical"])),
        "extent": maybe(rng, rng.choice(["localized", "locally_advanced", "metastatic"])),
        "treatment": maybe(rng, sorted(set(rng.sample(TREATMENTS, rng.randint(0, 2))))),
    }
    record.update({k: v for k, v in fields.items() if v is not None})
    return record


def observations(rng: random.Random, sex: str | None) -> list[dict[str, Any]]:
    """ECOG scores (two on one day now and then, one coded in SNOMED CT) and pregnancy tests."""
    found: list[dict[str, Any]] = []
    for _ in range(rng.choice((0, 1, 1, 2))):
        found.append(
            {
                "code": {"system": "LOINC", "code": "89247-1"},
                "date": day(rng, 0, 60, (28, 29)),
                "value": rng.choice((0, 1, 1, 2, 3)),
            }
        )
    if found and rng.random() < 0.1:  # another score on the same day, perhaps the same
        found.append({**found[-1], "value": rng.choice((0, 1, 1, 2))})
    if rng.random() < 0.03:  # an ECOG score coded in SNOMED CT: perhaps an ECOG result
        found.append(
            {
                "code": {"system": "SNOMED", "code": "423740007"},
                "date": day(rng, 0, 40),
                "value": rng.choice((1, 2)),
            }
        )
    if sex == "female" and rng.random() < 0.5:
        found.append(
            {
                "code": {"system": "LOINC", "code": "2106-3"},
                "date": day(rng, 0, 14, (7, 8)),
                "value": rng.choice(("negative", "negative", "positive")),
            }
        )
        if rng.random() < 0.1:  # a serum test the same day
            found.append(
                {**found[-1], "code": {"system": "LOINC", "code": "2118-8"},
                 "value": rng.choice(("negative", "positive"))}
            )  # fmt: skip
    return found


def lesions(rng: random.Random, focus: list[str]) -> list[dict[str, Any]]:
    """Tumour assessments: mostly measurable sizes by CT, some too small, lymph nodes by their
    short axis, a bone lesion now and then; the assessor central, the investigator or not recorded."""
    found: list[dict[str, Any]] = []
    for number in range(rng.choice((0, 1, 1, 1, 1, 1, 2, 2, 2, 3, 3, 4))):
        # the first one usually the screening scan's target lesion: CT or MRI, 10 mm or more, not a
        # lymph node, read by the central review
        typical = number == 0 and rng.random() < 0.95
        system, code = LESION_METHODS[rng.choice((0, 2))] if typical else rng.choice(LESION_METHODS)
        lesion: dict[str, Any] = {
            "code": {"system": "LOINC", "code": "21889-1"},
            "date": day(rng, 0, 27 if typical else 60, (28, 29)),
            "method": {"system": system, "code": code},
            "longest_diameter": rng.choice((10, 14, 25, 40) if typical else (6, 9, 10, 19, 20, 25)),
        }
        node = maybe(rng, rng.random() < (0.05 if typical else 0.3), 0.06)
        if node is not None:
            lesion["lymph_node"] = node
        if node:
            lesion["short_axis"] = rng.choice((10, 14, 15, 22))
        if rng.random() < 0.08:
            lesion["bone"] = rng.choice(("lytic", "mixed", "blastic"))
        assessor = maybe(
            rng, "central" if typical and rng.random() < 0.95 else rng.choice(("central", "investigator")), 0.08
        )
        if assessor is not None:
            lesion["assessor"] = assessor
        if focus and rng.random() < 0.8:
            lesion["focus"] = [rng.choice(focus)]
        if rng.random() < 0.05:
            del lesion["date"]
        found.append(lesion)
    return found


def disease_statuses(rng: random.Random, focus: list[str]) -> list[dict[str, Any]]:
    """mCODE cancer disease statuses focused on a brain metastasis (E5), now and then with no focus
    or two of one day."""
    found: list[dict[str, Any]] = []
    for _ in range(rng.choice((0, 1, 1, 2)) if focus else 0):
        status: dict[str, Any] = {
            "code": DISEASE_STATUS,
            "date": day(rng, 0, 50, (28, 29)),
            "value": rng.choice(("stable", "stable", "improving", "progressing")),
        }
        if rng.random() < 0.9:
            status["focus"] = [rng.choice(focus)]
        found.append(status)
    if found and rng.random() < 0.1:  # another status the same day
        found.append({**found[-1], "value": rng.choice(("stable", "progressing"))})
    return found


def reason(rng: random.Random, ids: list[str]) -> dict[str, Any]:
    """A medication's or procedure's reason: a condition of the patient, none, or not recorded."""
    draw = rng.random()
    if draw < 0.35 or not ids:
        return {} if draw < 0.25 else {"reason": []}
    return {"reason": [rng.choice(ids)]}


def attestations(rng: random.Random) -> dict[str, Any]:
    """The trial's attested items, each missing now and then; durations in words or UCUM codes."""
    found: dict[str, Any] = {}
    for name in ATTESTED:
        if rng.random() < 0.85:
            found[name] = {"value": rng.random() < (0.9 if name == "informed_consent" else 0.15)}
    if rng.random() < 0.85:
        value, unit = rng.choice(SURVIVALS)
        found["expected_survival"] = {"value": value, "unit": unit}
    if rng.random() < 0.3:
        value, unit = rng.choice(CNS_DURATIONS)
        found["cns_treatment_duration"] = {"value": value, "unit": unit}
    return found


def conditions(rng: random.Random, sex: str | None) -> list[dict[str, Any]]:
    """The CSCC, other cancers, metastases, effusions, transplant and sterility records, most with an id."""
    found = [condition(rng, rng.choice(CSCC))] if rng.random() < 0.85 else []
    pool = OTHER_CANCERS + METASTASES + EFFUSIONS
    found += [condition(rng, rng.choice(pool)) for _ in range(rng.choice((0, 0, 1, 1, 2, 3)))]
    if rng.random() < 0.04:
        found.append(condition(rng, rng.choice(TRANSPLANT_CONDITIONS)))
    if rng.random() < 0.03:
        found.append(condition(rng, rng.choice(SNOMED_CONDITIONS), "SNOMED"))
    if sex == "female" and rng.random() < 0.3:  # I7: not of childbearing potential
        if rng.random() < 0.1:
            found.append(condition(rng, "76498008", "SNOMED"))
        else:
            found.append(condition(rng, rng.choice(NOT_FERTILE)))
    for number, c in enumerate(found):
        if rng.random() < 0.95:
            c["id"] = f"c{number}"
    return found


def medications(rng: random.Random, ids: list[str], cscc: list[str]) -> list[dict[str, Any]]:
    """Anti-EGFR and unrelated drugs, some with an end, many with a reason (anti-cancer drugs for the
    CSCC when there is one, other drugs for any condition: another cancer now and then)."""
    found = [
        {
            "code": {"system": s, "code": c},
            **({"start": day(rng, 30, 3000, (1095, 1096))} if rng.random() < 0.9 else {}),
            **({"end": day(rng, 0, 1500, (1095, 1096))} if rng.random() < 0.3 else {}),
            **reason(rng, cscc if c.startswith("L01") and cscc else ids),
        }
        for s, c in rng.sample(DRUGS, rng.choice((0, 1, 1, 2))) + rng.sample(RXNORM_DRUGS, int(rng.random() < 0.03))
    ]
    for m in found:  # an end before the start is a record problem: swap them
        if "start" in m and "end" in m and m["end"] < m["start"]:
            m["start"], m["end"] = m["end"], m["start"]
    return found


def procedures(rng: random.Random, sex: str | None, cancers: list[str]) -> list[dict[str, Any]]:
    """Transplants, drainages, treatments given for a cancer (with an intent) and sterilisations."""
    return [
        {"code": {"system": "SNOMED", "code": c}, "date": day(rng, 100, 5000),
         **({"donor": rng.choice(["autologous", "allogeneic"])} if rng.random() < 0.8 else {})}
        for c in rng.sample(TRANSPLANTS, 1 if rng.random() < 0.05 else 0)
    ] + [
        {"code": {"system": "CPT", "code": rng.choice(DRAINAGE)}, **maybe_date}
        for _ in range(rng.choice((0, 0, 0, 0, 1, 2, 2, 3)))
        for maybe_date in [{"date": day(rng, 0, 120, (90, 91, 92))} if rng.random() < 0.95 else {}]
    ] + [
        {"code": {"system": s, "code": c}, **maybe_date, **reason(rng, cancers),
         **({"treatment_intent": rng.choice(INTENTS)} if rng.random() < 0.85 else {})}
        for s, c in (rng.choice(TREATMENT_PROCEDURES) for _ in range(rng.choice((0, 0, 1, 1, 2))))
        for maybe_date in [{"date": day(rng, 30, 2500, (1095, 1096))} if rng.random() < 0.95 else {}]
    ] + [
        {"code": {"system": s, "code": c}, "date": day(rng, 400, 9000)}
        for s, c in rng.sample(STERILISATIONS, int(sex == "female" and rng.random() < 0.1))
    ]  # fmt: skip


def patient(rng: random.Random, index: int) -> dict[str, Any]:
    born = (
        FIRST_DOSE.replace(year=FIRST_DOSE.year - 18)
        if rng.random() < 0.02
        else date(rng.randint(1935, 2010), rng.randint(1, 12), 1) + timedelta(days=rng.randint(0, 27))
    )
    if rng.random() < 0.005:
        born = date(2008, 2, 29)
    record: dict[str, Any] = {"id": f"S{index:07d}", "sex": maybe(rng, rng.choice(["female", "male"]), 0.05)}
    birth = maybe(rng, born.isoformat(), 0.05)
    if birth is not None:
        record["birth_date"] = birth[:4] if rng.random() < 0.03 else birth
    if rng.random() < 0.97:
        record["dates"] = {"first_dose": FIRST_DOSE.isoformat()}
    if rng.random() < 0.93:
        record["conditions"] = conditions(rng, record.get("sex"))
    recorded = [c for c in record.get("conditions") or () if "id" in c]
    ids = [c["id"] for c in recorded]
    cancers = [c["id"] for c in recorded if c["code"]["code"] not in METASTASES + EFFUSIONS]
    cscc = [c["id"] for c in recorded if c["code"]["code"] in CSCC]
    brain = [c["id"] for c in recorded if c["code"]["code"] in ("C79.31", "C79.32")]
    if rng.random() < 0.9:
        record["medications"] = medications(rng, ids, cscc)
    if rng.random() < 0.9:
        record["procedures"] = procedures(rng, record.get("sex"), cancers)
    if rng.random() < 0.92:
        record["observations"] = observations(rng, record.get("sex")) + disease_statuses(rng, brain)
    if rng.random() < 0.8:  # a source without tumour assessments leaves lesions not collected
        record["lesions"] = lesions(rng, cancers)
    record["attestations"] = attestations(rng)
    return record


ECOG = {"system": "LOINC", "code": "89247-1"}
ANC = {"system": "LOINC", "code": "751-8"}
CSCC_CODE = {"system": "ICD10CM", "code": "C44.92"}


def _with(record: dict[str, Any], **fields: Any) -> str:
    return json.dumps({**record, **fields})


# Each kind of bad record: (kind, how to break a good record given an id seen before).
BROKEN: list[tuple[str, Callable[[dict[str, Any], str], str]]] = [
    ("invalid JSON", lambda r, _: json.dumps(r)[:-7]),  # truncated
    ("impossible date", lambda r, _: _with(r, birth_date="2026-02-30")),
    ("wrong type", lambda r, _: _with(r, sex=1)),
    ("impossible date", lambda r, _: _with(r, conditions=[{"code": CSCC_CODE, "onset": "soon"}])),
    ("unknown field", lambda r, _: _with(r, weight=80)),
    ("not an object", lambda r, _: json.dumps([r])),
    ("unknown code system", lambda r, _: _with(r, conditions=[{"code": {"system": "ICD9", "code": "173.3"}}])),
    ("implausible value", lambda r, _: _with(r, observations=[{"code": ECOG, "date": "2026-02-25", "value": 9}])),
    ("implausible value", lambda r, _: _with(r, birth_date="1726-03-02", dates={"first_dose": "2026-03-02"})),
    ("implausible value", lambda r, _: _with(r, birth_date="2027-01-01", dates={"first_dose": "2026-03-02"})),
    ("implausible value", lambda r, _: _with(r, observations=[{"code": ANC, "value": -1.5, "unit": "10^9/L"}])),
    ("not a number", lambda r, _: _with(r, observations=[{"code": ANC, "value": float("nan"), "unit": "10^9/L"}])),
    ("wrong type", lambda r, _: _with(r, id="S\n0")),  # a control character in the id
    ("repeated id", lambda r, earlier: _with(r, id=earlier)),
]


def write_cohort(count: int, path: Path, seed: int = 1, broken: float = 0.0) -> Counter[str]:
    """Write ``count`` patients, a fraction ``broken`` of them broken; the number of each kind broken."""
    rng = random.Random(seed)
    kinds: Counter[str] = Counter()
    earlier = ""  # the id of the last good record, for a repeated id
    with path.open("w", encoding="utf-8") as out:
        for index in range(count):
            record = patient(rng, index)
            if broken and rng.random() < broken and (earlier or count == 1):
                kind, breaker = rng.choice(BROKEN)
                kinds[kind] += 1
                out.write(breaker(record, earlier or record["id"]) + "\n")
            else:
                earlier = record["id"]
                out.write(json.dumps(record, separators=(",", ":")) + "\n")
    return kinds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("count", type=int)
    parser.add_argument("path", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--broken", type=float, default=0.0, help="fraction of records to break")
    args = parser.parse_args()
    write_cohort(args.count, args.path, args.seed, args.broken)


if __name__ == "__main__":
    main()
