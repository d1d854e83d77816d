"""Records and attestations as the evidence shows them, and the record-level rules the evaluator's
back ends share: a record's codes, the value-set matchers, a condition's verification status."""

from __future__ import annotations

from typing import Any

from eligo.evaluate.results import Evidence
from eligo.evaluate.values import show
from eligo.language.codes import CodeMatcher
from eligo.language.logic import Truth
from eligo.language.program import Program
from eligo.language.schema import NOT_RECORDED_VERIFICATIONS, RECORD_DATE, UNSURE_VERIFICATIONS
from eligo.records.model import Attestation, code_list

#: how the note of a record that an ``except`` clause spared begins (reports look for it)
SPARED_BY = "spared by"


def to_be_attested(title: str) -> str:
    """The missing-data entry of an attested item not recorded yet (reports look for it)."""
    return f"{title} (to be attested)"


def shown_attestation(attestation: Attestation) -> str:
    """An attestation as the clinician recorded it (``yes``, ``24 weeks``, ``10 g/dL``): what the
    evidence and the checklist show, to be compared with the source documents."""
    value = attestation.value
    text = ("yes" if value else "no") if isinstance(value, bool) else str(value)
    return f"{text} {attestation.unit}" if attestation.unit else text


def value_set_matchers(program: Program) -> dict[str, CodeMatcher]:
    """A code matcher for every value set and measure of a program, by name."""
    return {
        name: CodeMatcher([(e.system, e.code, e.last, e.removed) for e in vs.entries])
        for name, vs in program.valuesets.items()
    }


def record_codes(record: Any) -> tuple[tuple[str, str], ...]:
    """The (system, code) pairs a record is coded with (a FHIR CodeableConcept may carry several,
    and value-set membership is decided over all of them)."""
    return tuple((c.system, c.code) for c in code_list(record.code))


def verified(condition: Any, listed: Truth) -> Truth:
    """Whether a condition counts, given whether it is in the query's value set: never when its
    verification status refutes it (refuted, entered in error: as if not recorded); perhaps, at
    most, when the diagnosis is provisional, differential or unconfirmed."""
    status = condition.verification
    if status is None or listed is False:
        return listed
    if status in NOT_RECORDED_VERIFICATIONS:
        return False
    return None if status in UNSURE_VERIFICATIONS else listed


def codes_shown(record: Any) -> str:
    """All the codes of a record: ``ICD10CM C34.90 / SNOMED 254637007``."""
    return " / ".join(f"{c.system} {c.code}" for c in code_list(record.code))


def record_label(kind: str, record: Any) -> str:
    date_value = getattr(record, RECORD_DATE[kind], None)
    when = f" ({RECORD_DATE[kind]} {date_value})" if date_value is not None else ""
    return f"{kind} {codes_shown(record)}{when}"


def recorded_value(record: Any) -> str | None:
    """A record's value as recorded, with its unit."""
    value = getattr(record, "value", None)
    unit = getattr(record, "unit", None)
    return (
        None if value is None else f"{show(value) if not isinstance(value, str) else value}{' ' + unit if unit else ''}"
    )


def record_evidence(kind: str, record: Any, note: str) -> Evidence:
    date_value = getattr(record, RECORD_DATE[kind], None)
    shown = recorded_value(record)
    return Evidence(
        record=kind, code=codes_shown(record), display=code_list(record.code)[0].display,
        date=str(date_value) if date_value is not None else None, value=shown, note=note,
    )  # fmt: skip
