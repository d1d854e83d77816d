"""What a FHIR reading did with every resource and element: the options of the reading, and the
counts a run prints so that they add up.

Every resource read is *mapped* (it became one or more records, or the patient), *looked up*
(a Medication or ResearchStudy read as the target of another resource's reference) or
*skipped* with a reason (a type Eligo does not map, an entry in error, no subject, ...):
``read = mapped + looked up + skipped``, per resource type. An element Eligo reads that cannot
be used (a bad date, a unit that is no unit, a value of the wrong JSON type) is *dropped*: the
record keeps everything else, and the element counts as missing data. Each dropped element is a
:class:`~eligo.errors.RecordProblem` (file, line or entry, resource, element path) kept for the
run to print; each code system Eligo does not know is named once.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from eligo.errors import RecordProblem, printable
from eligo.records.model import RECORD_LISTS

#: The record kinds, and the resource types whose presence in a source makes the kind collected.
KIND_TYPES: dict[str, tuple[str, ...]] = {
    "condition": ("Condition",),
    "medication": ("MedicationRequest", "MedicationStatement", "MedicationAdministration", "MedicationDispense"),
    "procedure": ("Procedure",),
    "observation": ("Observation",),
    "adverse_event": ("AdverseEvent",),
    "allergy": ("AllergyIntolerance",),
    "study": ("ResearchSubject",),
    "specimen": ("Specimen",),
    "family_history": ("FamilyMemberHistory",),
    "device": ("DeviceUseStatement",),
}
#: Resource type → the record kind it feeds.
TYPE_KIND: dict[str, str] = {kind_type: kind for kind, types in KIND_TYPES.items() for kind_type in types}

#: How many dropped-element messages :meth:`FhirReading.render` prints (all are counted).
SHOWN_PROBLEMS = 50


@dataclass
class FhirReading:
    """The options of a FHIR reading and its accounting, filled as the reading goes.

    A record kind is collected for the patients of a source (a bundle file, or a Bulk export)
    when that source holds any resource of the kind's types (:data:`KIND_TYPES`; lesions: any
    mCODE TumorSize Observation, whatever else the source's Observations are): a patient
    with none of them then has an empty list ("none"), and a kind the source does not carry
    stays unknown, never "none". ``collected`` (kind names: ``condition``, ``medication``, ...)
    declares more kinds collected, whatever the source holds (an export known to be complete).
    """

    collected: frozenset[str] | None = None
    read: Counter[str] = field(default_factory=Counter)
    mapped: Counter[str] = field(default_factory=Counter)
    looked_up: Counter[str] = field(default_factory=Counter)
    skipped: Counter[tuple[str, str]] = field(default_factory=Counter)
    dropped: Counter[tuple[str, str]] = field(default_factory=Counter)
    records: Counter[str] = field(default_factory=Counter)
    unknown_systems: Counter[str] = field(default_factory=Counter)
    problems: list[RecordProblem] = field(default_factory=list)
    problem_count: int = 0
    sources: int = 0
    kinds_collected: Counter[str] = field(default_factory=Counter)

    def __post_init__(self) -> None:
        if self.collected is not None:
            unknown = sorted(self.collected - set(RECORD_LISTS))
            if unknown:
                raise ValueError(f"unknown record kind {unknown[0]!r}: one of {', '.join(RECORD_LISTS)}")

    def kinds_of(self, types: set[str], tumour_sizes: bool = False) -> frozenset[str]:
        """The record kinds collected for a source holding resources of ``types``; lesions are
        collected when the source holds an mCODE TumorSize Observation (``tumour_sizes``)."""
        present = frozenset(kind for kind, kind_types in KIND_TYPES.items() if types.intersection(kind_types))
        lesions = frozenset({"lesion"}) if tumour_sizes else frozenset()
        return present | lesions | (self.collected or frozenset())

    def drop(self, problem: RecordProblem, resource_type: str, element: str) -> None:
        """Count an element that could not be used, and keep its message."""
        self.dropped[(resource_type, element)] += 1
        self.problem_count += 1
        if len(self.problems) < SHOWN_PROBLEMS:
            self.problems.append(problem)

    def skip(self, resource_type: str, reason: str) -> None:
        self.skipped[(resource_type, reason)] += 1

    def balanced(self) -> bool:
        """Whether every resource read is mapped, looked up or skipped, once."""
        skipped: Counter[str] = Counter()
        for (resource_type, _), count in self.skipped.items():
            skipped[resource_type] += count
        return all(
            self.read[t] == self.mapped[t] + self.looked_up[t] + skipped[t] for t in set(self.read) | set(skipped)
        )

    def render(self) -> list[str]:
        """The summary a run prints on stderr (nothing when no FHIR was read)."""
        if not self.sources:
            return []
        total = sum(self.read.values())
        skipped_total = sum(self.skipped.values())
        lines = [
            f"FHIR: {self.sources} source{'s' if self.sources != 1 else ''}, {total} resources: "
            f"{sum(self.mapped.values())} mapped, {sum(self.looked_up.values())} looked up by reference, "
            f"{skipped_total} skipped; {sum(self.records.values())} records made; "
            f"{self.problem_count} element{'s' if self.problem_count != 1 else ''} dropped"
        ]
        for resource_type in sorted(self.read):
            parts = [f"{self.read[resource_type]} read"]
            if self.mapped[resource_type]:
                parts.append(f"{self.mapped[resource_type]} mapped")
            if self.looked_up[resource_type]:
                parts.append(f"{self.looked_up[resource_type]} looked up")
            for (skipped_type, reason), count in sorted(self.skipped.items()):
                if skipped_type == resource_type:
                    parts.append(f"{count} skipped ({reason})")
            lines.append(f"  {resource_type}: {', '.join(parts)}")
        for (resource_type, element), count in sorted(self.dropped.items()):
            lines.append(f"  dropped: {resource_type}.{element}: {count}")
        if self.kinds_collected:
            shown = ", ".join(f"{kind} {count}" for kind, count in sorted(self.kinds_collected.items()))
            lines.append(f"  collected (sources holding the kind): {shown}; other kinds are not collected (unknown)")
        for system, count in sorted(self.unknown_systems.items()):
            lines.append(
                f"  unknown code system {printable(system)!r}: {count} codings (kept as LOCAL only when no other coding)"
            )
        lines.extend(f"  {problem.render()}" for problem in self.problems)
        if self.problem_count > len(self.problems):
            lines.append(f"  ... and {self.problem_count - len(self.problems)} more dropped elements")
        return lines
