"""FHIR R4 Specimen, FamilyMemberHistory and DeviceUseStatement as specimen, family history and
device records (docs/fhir.md, "Specimens, family history, devices").

A FamilyMemberHistory gives one record per condition of the relative (the relative's
relationship, status, date and age at death on each); a relative with no condition gives none.
A DeviceUseStatement's type is its Device's ``type``, one reference step away. Nothing in FHIR
says a device is investigational, nor where a specimen was sent: those stay absent (unknown).
"""

from __future__ import annotations

from typing import Any

import msgspec

from eligo.sources.fhir import structs as fhir
from eligo.sources.fhir.context import Context, Mapped, Skipped, present, word
from eligo.sources.fhir.systems import code_value

SPECIMEN_STATUS = {s: s.replace("-", "_") for s in ("available", "unavailable", "unsatisfactory", "entered-in-error")}
FAMILY_STATUS = {s: s.replace("-", "_") for s in ("partial", "completed", "entered-in-error", "health-unknown")}
DEVICE_STATUS = {
    s: s.replace("-", "_") for s in ("active", "completed", "entered-in-error", "intended", "stopped", "on-hold")
}
#: A FHIR Age's UCUM unit → years (FHIR Age: UCUM, system http://unitsofmeasure.org)
YEARS_PER_UNIT = {"a": 1.0, "mo": 1 / 12, "wk": 7 / 365.25, "d": 1 / 365.25}


def map_specimen(resource: fhir.Specimen, context: Context) -> Mapped | Skipped:
    codes = context.codes(resource.type, "type")
    if not codes:
        return Skipped("no type")
    record: dict[str, Any] = {"code": code_value(codes)}
    record["status"] = word(resource.status, SPECIMEN_STATUS, context, "status")
    collection = resource.collection
    if collection is not None:
        if collection.collected_date_time is not None:
            record["collected"] = context.date(collection.collected_date_time, "collection.collectedDateTime")
        elif collection.collected_period is not None:
            record["collected"] = context.date(collection.collected_period.start, "collection.collectedPeriod.start")
        method = context.codes(collection.method, "collection.method")
        site = context.codes(collection.body_site, "collection.bodySite")
        record["method"] = code_value(method) if method else None
        record["body_site"] = code_value(site) if site else None
    return Mapped("specimen", [present(record)])


def age_in_years(value: fhir.Quantity | None, context: Context, element: str) -> float | None:
    """A FHIR Age in years, or ``None`` (reported) when its unit is not a UCUM time unit."""
    if value is None or value.value is None:
        return None
    factor = YEARS_PER_UNIT.get(value.code or value.unit or "")
    if factor is None or value.value < 0 or value.comparator is not None:
        context.drop(element, "not an age Eligo can use (a UCUM a, mo, wk or d, without a comparator)")
        return None
    return round(value.value * factor, 6)


def map_family_history(resource: fhir.FamilyMemberHistory, context: Context) -> Mapped | Skipped:
    relative: dict[str, Any] = {}
    relationship = context.codes(resource.relationship, "relationship")
    relative["relationship"] = code_value(relationship) if relationship else None
    relative["status"] = word(resource.status, FAMILY_STATUS, context, "status")
    relative["date"] = context.date(resource.date, "date")
    relative["deceased_age"] = age_in_years(resource.deceased_age, context, "deceasedAge")
    records: list[dict[str, Any]] = []
    for index, condition in enumerate(resource.condition):
        codes = context.codes(condition.code, f"condition[{index}].code")
        if not codes:
            context.drop(f"condition[{index}]", "no code")
            continue
        onset = age_in_years(condition.onset_age, context, f"condition[{index}].onsetAge")
        records.append(
            present(
                {
                    "code": code_value(codes),
                    **relative,
                    "onset_age": onset,
                    "contributed_to_death": condition.contributed_to_death,
                }
            )
        )
    if not records:
        return Skipped("no condition with a code")
    return Mapped("family_history", records)


def map_device_use(resource: fhir.DeviceUseStatement, context: Context) -> Mapped | Skipped:
    reference = resource.device.reference if resource.device else None
    target = context.resolve(reference) if context.resolve is not None and reference else None
    if target is None or target[0] != "Device":
        return Skipped("its device names no Device resource in the source")
    try:
        device = msgspec.json.decode(target[1], type=fhir.Device)
    except msgspec.ValidationError as error:
        return Skipped(f"the Device it names is malformed: {error}")
    codes = context.codes(device.type, "device.type")
    if not codes:
        return Skipped("its Device has no type")
    record: dict[str, Any] = {"code": code_value(codes)}
    record["status"] = word(resource.status, DEVICE_STATUS, context, "status")
    if resource.timing_period is not None:
        record["start"] = context.date(resource.timing_period.start, "timingPeriod.start")
        record["end"] = context.date(resource.timing_period.end, "timingPeriod.end")
    elif resource.timing_date_time is not None:  # used on that day
        record["start"] = record["end"] = context.date(resource.timing_date_time, "timingDateTime")
    site = context.codes(resource.body_site, "bodySite")
    record["body_site"] = code_value(site) if site else None
    return Mapped("device", [present(record)])
