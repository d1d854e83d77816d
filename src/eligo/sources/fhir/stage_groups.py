"""A stage group sent as an mCODE TNMStageGroup Observation, read as the ``extent`` of the
Condition it is about, through the table of :mod:`eligo.sources.fhir.staging` (docs/fhir.md,
"Stage groups and extent").

mCODE STU3 (http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-tnm-stage-group) conforms
Observations coded LOINC 21908-9 "Stage group.clinical Cancer", 21902-2 "Stage group.pathology
Cancer" or 21914-7 "Stage group.other Cancer"; its staging-type value set (STU3, STU4) adds SNOMED
CT 399390009 "TNM stage grouping", 399537006 "Clinical TNM stage grouping" and 399588009
"Pathologic TNM stage grouping". The stage group is ``valueCodeableConcept`` and the cancer is
``focus`` (a Condition). The Observation stays an observation too; once the patient's resources
are all mapped, each such Observation's AJCC stage group gives its condition's extent as
``Condition.stage.summary`` would: what the table does not map is reported, and stage groups
that disagree (with each other, or with the Condition's own stage) give no extent (reported).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from eligo.sources.fhir import structs as fhir
from eligo.sources.fhir.context import Context, reference_key
from eligo.sources.fhir.staging import AJCC, cancer_sites, extent_of, stage_group

PROFILE = "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-tnm-stage-group"
#: The codes of a stage-group Observation (mCODE STU3 TNMStageGroup; see the module's docstring).
CODES = frozenset(
    {
        ("http://loinc.org", "21908-9"),
        ("http://loinc.org", "21902-2"),
        ("http://loinc.org", "21914-7"),
        ("http://snomed.info/sct", "399390009"),
        ("http://snomed.info/sct", "399537006"),
        ("http://snomed.info/sct", "399588009"),
    }
)
#: Observation.status values of a stage group that counts.
COUNTED = frozenset({"preliminary", "final", "amended", "corrected"})


@dataclass(frozen=True, slots=True)
class StageGroup:
    """A stage-group Observation waiting for the patient's conditions, with its context."""

    resource: fhir.Observation
    context: Context


def is_stage_group(resource: fhir.Observation) -> bool:
    """Whether an Observation is a TNM stage group: by its profile, or by its code."""
    if resource.meta is not None and PROFILE in resource.meta.profile:
        return True
    codings = resource.code.coding if resource.code is not None else []
    return any((c.system, c.code) in CODES for c in codings)


def apply_stage_groups(groups: list[StageGroup], conditions: list[dict[str, Any]]) -> None:
    """Set (or take away, when they disagree) the extent of the conditions the stage groups are
    about; each stage group that gives none is reported with its reason."""
    by_id = {c["id"]: c for c in conditions if "id" in c}
    found: dict[str, set[str]] = {}
    blamed: dict[str, Context] = {}
    for group in groups:
        for condition_id, extent in _extents(group, by_id):
            found.setdefault(condition_id, set()).add(extent)
            blamed[condition_id] = group.context
    for condition_id, extents in found.items():
        condition = by_id[condition_id]
        if "extent" in condition:
            extents.add(condition["extent"])
        if len(extents) > 1:
            blamed[condition_id].drop(
                "valueCodeableConcept",
                f"stage groups of Condition/{condition_id} that disagree ({', '.join(sorted(extents))}): no extent",
            )
            condition.pop("extent", None)
        else:
            condition["extent"] = next(iter(extents))


def _extents(group: StageGroup, by_id: dict[str, dict[str, Any]]) -> list[tuple[str, str]]:
    """The (condition id, extent) pairs one stage-group Observation gives."""
    resource, context = group.resource, group.context
    if resource.status not in COUNTED:
        context.drop("status", f"a stage group with status {resource.status or 'missing'} gives no extent")
        return []
    codings = resource.value_codeable_concept.coding if resource.value_codeable_concept is not None else []
    ajcc = [c.code for c in codings if c.system == AJCC and c.code is not None]
    if not ajcc:
        context.drop("valueCodeableConcept", "no AJCC stage group (http://cancerstaging.org): no extent is read")
        return []
    number = stage_group(ajcc[0])
    if number is None:
        context.drop("valueCodeableConcept", f"{ajcc[0]!r} is not an AJCC stage group")
        return []
    ids = [
        condition_id
        for reference in resource.focus
        if reference.reference
        and (condition_id := context.conditions.get(reference_key(reference.reference))) is not None
        and condition_id in by_id
    ]
    if not ids:
        context.drop("focus", "a stage group whose focus names no condition of the patient: no extent")
        return []
    pairs: list[tuple[str, str]] = []
    for condition_id in dict.fromkeys(ids):
        extent, why = extent_of(number, cancer_sites(_codes(by_id[condition_id]["code"])))
        if extent is None:
            context.drop("valueCodeableConcept", f"not mapped to the extent of Condition/{condition_id}: {why}")
        else:
            pairs.append((condition_id, extent))
    return pairs


def _codes(value: Any) -> list[dict[str, str]]:
    return list(value) if isinstance(value, list) else [value]
