"""mCODE TumorSize Observations as Eligo's ``lesions``: docs/fhir.md, "Tumour assessments".

mCODE (STU3, http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-tumor-size; the same in STU2
and STU4) records one measurement of one tumour as an Observation coded LOINC 21889-1 "Size
Tumor", its longest dimension in a component coded LOINC 33728-7 "Size.maximum dimension in
Tumor" (required by the profile), up to two more dimensions coded LOINC 33729-5 "Size additional
dimension in Tumor", the imaging or examination in ``method``, and in ``focus`` the tumour: an
mCODE Tumor (a BodyStructure, whose ``location`` is the body site and whose relatedCondition
extension names the cancer, read as the lesion's ``focus``). An Observation is read as a
lesion when it claims the profile in ``meta.profile`` or is coded LOINC 21889-1.

What mCODE does not say stays absent (unknown), never guessed: a lymph node's short axis (33729-5
is any additional dimension, not the short axis), whether the lesion is a lymph node, a bone
lesion's kind, whether it lies in a field irradiated before, who assessed it.
"""

from __future__ import annotations

from typing import Any

import msgspec

from eligo.sources.fhir import structs as fhir
from eligo.sources.fhir.context import Context, Mapped, Skipped, present, reference_key
from eligo.sources.fhir.observations import effective_date, map_observation
from eligo.sources.fhir.systems import code_value

LOINC = "http://loinc.org"
TUMOR_SIZE_PROFILE = "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-tumor-size"
#: mCODE Tumor's relatedCondition extension (STU2 to STU4): the cancer the tumour belongs to.
RELATED_CONDITION = "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-related-condition"
#: LOINC 21889-1 "Size Tumor": mCODE TumorSize's Observation.code (STU2 to STU4).
TUMOR_SIZE = "21889-1"
#: LOINC 33728-7 "Size.maximum dimension in Tumor": the TumorSize component of the longest dimension.
LONGEST = "33728-7"
#: UCUM length units a size may be in, and their factor to millimetres.
TO_MM = {"mm": 1.0, "cm": 10.0}
#: Observation.status values of a TumorSize that is no measurement: the resource is skipped.
NOT_MEASURED = frozenset({"registered", "cancelled", "entered-in-error"})


def is_tumor_size(profiles: list[str], code: fhir.CodeableConcept | None) -> bool:
    """Whether an Observation is an mCODE TumorSize: by its profile, or by its code."""
    if TUMOR_SIZE_PROFILE in profiles:
        return True
    return code is not None and any(c.system == LOINC and c.code == TUMOR_SIZE for c in code.coding)


def holds_tumor_size(raw: bytes | msgspec.Raw) -> bool:
    """Whether an Observation's text is a TumorSize (a cheap look at the bytes first, so that
    telling a source's Observations apart costs little)."""
    text = bytes(raw)
    if TUMOR_SIZE.encode() not in text and b"mcode-tumor-size" not in text:
        return False
    try:
        found = msgspec.json.decode(text, type=fhir.ObservationKind)
    except (msgspec.ValidationError, msgspec.DecodeError):
        return False
    return is_tumor_size(found.meta.profile if found.meta is not None else [], found.code)


def map_observation_or_lesion(resource: fhir.Observation, context: Context) -> Mapped | Skipped:
    """A TumorSize Observation as a lesion, any other as an observation."""
    profiles = resource.meta.profile if resource.meta is not None else []
    if is_tumor_size(profiles, resource.code):
        return map_lesion(resource, context)
    return map_observation(resource, context)


def map_lesion(resource: fhir.Observation, context: Context) -> Mapped | Skipped:
    """A TumorSize Observation as one lesion record."""
    if resource.status in NOT_MEASURED:
        return Skipped(f"a tumour size with status {resource.status}: no measurement")
    codes = context.codes(resource.code, "code")
    if not codes:
        return Skipped("no code")
    record: dict[str, Any] = {"code": code_value(codes)}
    record.update(effective_date(resource, context))
    method = context.codes(resource.method, "method")
    if method:
        record["method"] = code_value(method)
    tumours, conditions = _split_focus(resource.focus, context)
    site, related = _tumour(tumours, context)
    focus = context.condition_ids(conditions, "focus") if conditions else None
    linked = context.condition_ids(related, "focus(BodyStructure).extension(relatedCondition)") if related else None
    record["focus"] = list(dict.fromkeys([*(focus or []), *(linked or [])])) or None
    if site is None:
        found = context.codes(resource.body_site, "bodySite")
        site = code_value(found) if found else None
    record["body_site"] = site
    record["longest_diameter"] = _longest(resource.component, context)
    return Mapped("lesion", [present(record)])


def _split_focus(
    references: list[fhir.Reference], context: Context
) -> tuple[list[tuple[int, msgspec.Raw]], list[fhir.Reference]]:
    """The focus references that name a BodyStructure (the Tumor: its index and text) and the
    others (read as conditions: a reference to anything else is reported there)."""
    tumours: list[tuple[int, msgspec.Raw]] = []
    others: list[fhir.Reference] = []
    for index, reference in enumerate(references):
        text = reference.reference
        target = context.resolve(text) if text and context.resolve is not None else None
        if target is not None and target[0] == "BodyStructure":
            tumours.append((index, target[1]))
        elif text and reference_key(text).startswith("BodyStructure/"):
            context.drop(f"focus[{index}]", f"{text[:80]!r} names no BodyStructure in the source")
        else:
            others.append(reference)
    return tumours, others


def _tumour(tumours: list[tuple[int, msgspec.Raw]], context: Context) -> tuple[Any, list[fhir.Reference]]:
    """The body site of the Tumor the measurement is of (its BodyStructure's location: ``None``
    when not recorded; Tumors at different sites give none, reported) and the conditions its
    relatedCondition extension names."""
    sites: list[Any] = []
    related: list[fhir.Reference] = []
    for index, raw in tumours:
        try:
            tumour = msgspec.json.decode(raw, type=fhir.BodyStructure)
        except (msgspec.ValidationError, msgspec.DecodeError) as error:
            context.drop(f"focus[{index}]", f"the BodyStructure it names cannot be read: {error}")
            continue
        related += [e.value_reference for e in tumour.extension
                    if e.url == RELATED_CONDITION and e.value_reference is not None]  # fmt: skip
        codes = context.codes(tumour.location, f"focus[{index}](BodyStructure).location")
        if codes and code_value(codes) not in sites:
            sites.append(code_value(codes))
    if len(sites) > 1:
        context.drop("focus", "BodyStructures at different locations: no body site")
        return None, related
    return (sites[0] if sites else None), related


def _longest(components: list[fhir.Component], context: Context) -> float | None:
    """The longest dimension (component LOINC 33728-7) in millimetres, from UCUM mm or cm."""
    for index, component in enumerate(components):
        codings = component.code.coding if component.code is not None else []
        if not any(c.system == LOINC and c.code == LONGEST for c in codings):
            continue
        element = f"component[{index}].valueQuantity"
        if component.value_quantity is None:
            context.drop(element, "the longest dimension has no Quantity value")
            return None
        found = context.quantity(component.value_quantity, element)
        if found is None or found.value is None:
            return None
        if found.unit not in TO_MM:
            context.drop(element, f"in {found.unit or 'no unit'}, not a length in mm or cm")
            return None
        if found.value <= 0:
            context.drop(element, "a tumour's longest dimension must be above 0")
            return None
        return round(found.value * TO_MM[found.unit], 6)
    return None
