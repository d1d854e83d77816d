"""Records and attestations as the evidence shows them, and the record-level rules the evaluator's
back ends share: a record's codes, the value-set matchers, a condition's verification status."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import msgspec
from pydantic import BaseModel

from eligo.evaluate.results import Evidence
from eligo.evaluate.values import is_number, show
from eligo.language import nodes as n
from eligo.language.codes import CodeMatcher
from eligo.language.logic import Truth
from eligo.language.program import Program
from eligo.language.schema import NOT_RECORDED_VERIFICATIONS, RECORD_DATE, UNSURE_VERIFICATIONS
from eligo.language.units import LOG10_LIMIT, LOG10_UNITS, MOLAR_DIMENSIONS, UNITS, factor_to_base, factors_to_base
from eligo.records.model import Attestation, code_list

#: how the note of a record that an ``except`` clause spared begins (reports look for it)
SPARED_BY = "spared by"


def parameter_missing(item: n.RunParameter) -> str:
    """The missing-data entry of a per-enrolment parameter given neither by the patient's record
    (``parameters``) nor by the run (``--param``)."""
    return f"{item.title} (a parameter of the run: --param {item.name}=...)"


def with_parameters(patient: Any, run: Mapping[str, str] | None) -> Any:
    """``patient`` with the run's per-enrolment parameters where the record gives none of its own
    (the record's win, as its reference dates win over the run's); the same object when the run
    adds nothing. A :class:`~eligo.records.model.Patient` or a decoded record alike."""
    if not run:
        return patient
    own = patient.parameters
    if all(name in own for name in run):
        return patient
    merged = {**run, **own}
    if isinstance(patient, BaseModel):
        return patient.model_copy(update={"parameters": merged})
    return msgspec.structs.replace(patient, parameters=merged)


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
    """A code matcher for every value set and measure of a program, by name (its ``descendants``
    entries read through the program's vocabulary, when it has one)."""
    return {
        name: CodeMatcher(
            [(e.system, e.code, e.last, e.removed, e.descendants) for e in vs.entries], program.vocabulary
        )
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


# ----------------------------------------------------------------------------- units of results


def unit_reason(value_type: Any, unit: str | None) -> str | None:
    """Why a number recorded in ``unit`` is no value of a quantity measure (the words the evidence
    and the missing data show); ``None`` when the unit fits or the measure is no quantity."""
    declared = getattr(value_type, "unit", None)
    if getattr(value_type, "kind", "") != "quantity" or declared not in UNITS:
        return None
    molar_mass = getattr(value_type, "molar_mass", None)
    if unit is None:
        return f"no unit recorded; the measure is in {declared}"
    if dict(factors_to_base(declared, molar_mass)).get(unit) is not None:
        return None
    if unit in LOG10_UNITS and factor_to_base(declared, None, LOG10_UNITS[unit]) is not None:
        return f"a decimal logarithm beyond ±{LOG10_LIMIT} is no amount"
    if unit not in UNITS:
        return f"{unit} is a unit Eligo does not convert to {declared}"
    dimensions = {UNITS[unit].dimension, UNITS[declared].dimension}
    if molar_mass is None and dimensions == set(MOLAR_DIMENSIONS):
        return (
            f"{unit} is a {UNITS[unit].dimension}, and the measure (in {declared}) declares no molar mass to convert it"
        )
    return f"{unit} ({UNITS[unit].dimension}) does not convert to {declared} ({UNITS[declared].dimension})"


def conversion_fact(value_type: Any, raw: Any, unit: str | None) -> str | None:
    """A result converted through its measure's molar mass, as the evidence shows it
    (``7.1 mmol/L = 11.4 g/dL at 16114 g/mol``), or from its decimal logarithm (``3.3 log10
    IU/mL = 2e+03 IU/mL``); ``None`` when no such conversion was needed."""
    declared, molar_mass = getattr(value_type, "unit", None), getattr(value_type, "molar_mass", None)
    if unit in LOG10_UNITS and declared in UNITS and is_number(raw) and abs(raw) <= LOG10_LIMIT:
        amount = LOG10_UNITS[unit]
        if factor_to_base(declared, None, amount) is not None:
            return f"{raw:g} {unit} = {10.0 ** float(raw):.3g} {amount}"
        return None
    if molar_mass is None or unit not in UNITS or declared not in UNITS or not is_number(raw):
        return None
    if UNITS[unit].dimension == UNITS[declared].dimension:
        return None
    factor = dict(factors_to_base(declared, molar_mass)).get(unit)
    if factor is None:
        return None
    converted = float(raw) * float(factor) / float(UNITS[declared].factor)
    return f"{raw:g} {unit} = {converted:.3g} {declared} at {molar_mass} g/mol"
