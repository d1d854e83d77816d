"""FHIR R4 Observation as an Eligo observation record: docs/fhir.md's Observation table, element
by element.

One Observation is one record, whatever its status (the record's ``status``: a cancelled or
entered-in-error result is kept, shown in the evidence, and read by the evaluators as if not
recorded) and whatever its components (kept inside it as ``components``, which the evaluators read
as observations of their own, dated as the Observation).
"""

from __future__ import annotations

from typing import Any

from eligo.sources.fhir import structs as fhir
from eligo.sources.fhir.context import Context, Mapped, Skipped, present, word
from eligo.sources.fhir.systems import code_value

V3_INTERPRETATION = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"

#: Coded results that are words of Eligo's "one of" measures (a pregnancy test is "negative"):
#: SNOMED CT qualifier values 10828004 Positive, 260385009 Negative, 82334004 Indeterminate,
#: and the same three of HL7 v3 ObservationInterpretation (POS, NEG, IND), as labs send them.
RESULT_WORDS = {
    ("http://snomed.info/sct", "10828004"): "positive",
    ("http://snomed.info/sct", "260385009"): "negative",
    ("http://snomed.info/sct", "82334004"): "indeterminate",
    (V3_INTERPRETATION, "POS"): "positive",
    (V3_INTERPRETATION, "NEG"): "negative",
    (V3_INTERPRETATION, "IND"): "indeterminate",
}

#: FHIR R4 observation-status → the record's status (entered-in-error spelt with an underscore).
STATUSES = {
    **{s: s for s in ("registered", "preliminary", "final", "amended", "corrected", "cancelled", "unknown")},
    "entered-in-error": "entered_in_error",
}

#: HL7 v3 ObservationInterpretation codes (the FHIR R4 value set observation-interpretation) the
#: record's ``interpretation`` simplifies them to. The value set's other codes (susceptibility S,
#: R, I; the ``<`` and ``>`` off-scale flags; U, D, B, W better and worse; ...) have no word: dropped.
INTERPRETATIONS = {
    "N": "normal",
    "A": "abnormal",
    "L": "low",
    "H": "high",
    "LL": "critically_low",
    "HH": "critically_high",
    "POS": "positive",
    "NEG": "negative",
    "DET": "detected",
    "ND": "not_detected",
}


def effective_date(resource: fhir.Observation, context: Context) -> dict[str, Any]:
    """An Observation's ``date`` from effective[x] (a period by its start), or nothing."""
    if resource.effective_date_time is not None:
        return {"date": context.date(resource.effective_date_time, "effectiveDateTime")}
    if resource.effective_instant is not None:
        return {"date": context.date(resource.effective_instant, "effectiveInstant")}
    if resource.effective_period is not None:
        return {"date": context.date(resource.effective_period.start, "effectivePeriod.start")}
    return {}


def map_observation(resource: fhir.Observation, context: Context) -> Mapped | Skipped:
    """An Observation as one record: its code, status, date, value (dataAbsentReason: a record
    without a value, missing data), reference limits, interpretation, method, focus and components."""
    codes = context.codes(resource.code, "code")
    if not codes:
        return Skipped("no code")
    record: dict[str, Any] = {"code": code_value(codes)}
    record["status"] = word(resource.status, STATUSES, context, "status")
    record.update(effective_date(resource, context))
    _, fields = _value(resource, context, "")
    record.update(fields)
    record["interpretation"] = _interpretation(resource.interpretation, context)
    method = context.codes(resource.method, "method")
    if method:
        record["method"] = code_value(method)
    record["focus"] = context.condition_ids(resource.focus, "focus")
    components = [part for index, component in enumerate(resource.component)
                  if (part := _component(component, context, f"component[{index}]")) is not None]  # fmt: skip
    if components:
        record["components"] = components
    return Mapped("observation", [present(record)])


def _component(component: fhir.Component, context: Context, element: str) -> dict[str, Any] | None:
    """A component as the record's: its code, value and unit (its reference range and
    interpretation have no place in a component record: reported, dropped)."""
    codes = context.codes(component.code, f"{element}.code")
    if not codes:
        if component.code is None:
            context.drop(f"{element}.code", "a component without a code")
        return None
    _, fields = _value(component, context, element)
    found = {"code": code_value(codes), **{k: v for k, v in fields.items() if k in ("value", "unit")}}
    for name, value in (("referenceRange", component.reference_range), ("interpretation", component.interpretation)):
        if value:
            context.drop(f"{element}.{name}", "a component's record holds its code, value and unit only")
    return found


def _value(part: fhir.Component, context: Context, element: str) -> tuple[bool, dict[str, Any]]:
    """A value[x] as the record's value and unit: (whether the element held a value, the fields)."""
    prefix = f"{element}." if element else ""
    if part.value_quantity is not None:
        found = context.quantity(part.value_quantity, f"{prefix}valueQuantity")
        if found is None:
            return True, {}
        fields: dict[str, Any] = {"value": found.value}
        if found.unit is not None:
            fields["unit"] = found.unit
        if element == "":  # a component's record has no reference range
            fields.update(_reference_limits(part, found.unit, context))
        return True, fields
    if part.value_codeable_concept is not None:
        for coding in part.value_codeable_concept.coding:
            if (coding.system, coding.code) in RESULT_WORDS:
                return True, {"value": RESULT_WORDS[(coding.system or "", coding.code or "")]}
        codes = context.codes(part.value_codeable_concept, f"{prefix}valueCodeableConcept")
        return True, {"value": codes[0]} if codes else {}
    for plain in (part.value_string, part.value_boolean, part.value_integer):
        if plain is not None:
            return True, {"value": plain}
    for name, value in (("valueRange", part.value_range), ("valueRatio", part.value_ratio),
                        ("valueSampledData", part.value_sampled_data), ("valueTime", part.value_time),
                        ("valueDateTime", part.value_date_time), ("valuePeriod", part.value_period)):  # fmt: skip
        if value is not None:
            context.drop(f"{prefix}{name}", f"value[x] as {name[5:]} is not read (no record value of that form)")
            return True, {}
    return False, {}


def _reference_limits(part: fhir.Component, unit: str | None, context: Context) -> dict[str, float]:
    """``reference_low`` and ``reference_high``: the first referenceRange low and high, when in
    the value's unit (else dropped, reported); a low limit above the high one is dropped."""
    limits: dict[str, float] = {}
    for side in ("low", "high"):
        for index, bounds in enumerate(part.reference_range):
            quantity = getattr(bounds, side)
            if quantity is None:
                continue
            element = f"referenceRange[{index}].{side}"
            found = context.quantity(quantity, element)
            if found is not None and found.unit != unit:
                context.drop(element, f"in {found.unit or 'no unit'}, the value in {unit or 'no unit'}")
            elif found is not None and found.value is not None:
                limits[f"reference_{side}"] = found.value
            break
    if limits.get("reference_low", float("-inf")) > limits.get("reference_high", float("inf")):
        context.drop("referenceRange.low", "above the high limit")
        del limits["reference_low"]
    return limits


def _interpretation(concepts: list[fhir.CodeableConcept], context: Context) -> str | None:
    """Observation.interpretation as one word of :data:`INTERPRETATIONS`; a concept with no code
    Eligo maps is dropped (reported, counted), and concepts that disagree give none (reported)."""
    words: list[str] = []
    for index, concept in enumerate(concepts):
        found = [INTERPRETATIONS[c.code] for c in concept.coding
                 if c.system == V3_INTERPRETATION and c.code in INTERPRETATIONS]  # fmt: skip
        if not found:
            context.drop(
                f"interpretation[{index}]", f"no v3 ObservationInterpretation code of: {', '.join(INTERPRETATIONS)}"
            )
        words += [w for w in found if w not in words]
    if len(words) > 1:
        context.drop("interpretation", f"interpretations that disagree: {', '.join(words)}")
        return None
    return words[0] if words else None
