"""What a trial declares that its patient records name: reference dates and attested items.

A record's ``dates`` and ``attestations`` are keyed by names the trial's criteria file declares
(``reference first_dose``, ``attested informed_consent: boolean``). A name the trial does not
declare (``first_dos``, ``informed_concent``) would be read by no criterion, and the patient would
come out undetermined for want of data the record does hold; a value of the wrong type for an
attested item (``"yes"`` for a yes/no item) would be unknown the same way. So, when the trial is
known, each is a record problem, with the field path and the trial's own names as did-you-mean.

The checks read attributes only (``dates``, ``attestations[name].value`` and ``.unit``), so a record
decoded by :mod:`eligo.sources.decode` is checked the same way as a validated
:class:`~eligo.records.model.Patient`. A value is judged as the evaluator reads it
(``eligo.evaluate.values.typed_value``): what this module accepts, the evaluator can use.

>>> from eligo.language.load import load_program
>>> from eligo.records.model import Patient
>>> declared = Declared.of(load_program("criteria/nct05238363.elig"))  # doctest: +SKIP
>>> patient = Patient.model_validate({"id": "P1", "dates": {"first_dos": "2026-03-02"},
...     "attestations": {"informed_consent": {"value": "yes"}}})
>>> for path, message in declared.problems(patient):  # doctest: +SKIP
...     print(f"{path}: {message}")
dates.first_dos: the trial has no reference date 'first_dos'; did you mean 'first_dose'?
attestations.informed_consent.value: expected yes or no (true/false), got the string 'yes'
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from eligo.errors import did_you_mean, printable
from eligo.language import nodes as n
from eligo.language.phrases import value_type_words
from eligo.language.program import Program
from eligo.language.temporal import PartialDate
from eligo.language.units import TIME_UNITS, UNITS
from eligo.records.messages import json_kind
from eligo.records.plausibility import Problem

__all__ = ["Declared", "parameter_values"]

#: How many of the trial's names a message lists when none is close to the one written.
NAMES_LISTED = 8


@dataclass(frozen=True)
class Declared:
    """A trial's reference dates and attested items (with the type of each one's value)."""

    references: tuple[str, ...] = ()
    attested: Mapping[str, n.Node] = field(default_factory=dict)
    #: each per-enrolment parameter's values
    parameters: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    _fits: dict[str, Callable[[Any, Any], bool]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        fits = {name: _fits(value_type) for name, value_type in self.attested.items()}
        object.__setattr__(self, "_fits", fits)

    @classmethod
    def of(cls, program: Program) -> Declared:
        """What ``program`` declares."""
        attested = {name: item.value_type for name, item in program.attested.items()}
        parameters = {name: parameter_values(item) for name, item in program.parameters.items()}
        return cls(tuple(program.references), attested, parameters)

    def problems(self, patient: Any) -> list[Problem]:
        """The reference dates and attestations of a (type-valid) record that the trial does not
        declare, or whose value does not fit the attested item, as (field path, message) pairs."""
        found: list[Problem] = []
        for name in getattr(patient, "dates", None) or ():
            if name not in self.references:
                found.append((f"dates.{name}", _unknown("reference date", name, self.references)))
        for name, value in (getattr(patient, "parameters", None) or {}).items():
            wrong = self.parameter_problem(name, value)
            if wrong is not None:
                found.append((f"parameters.{name}", wrong))
        fits = self._fits
        for name, attestation in (getattr(patient, "attestations", None) or {}).items():
            fit = fits.get(name)
            if fit is None:
                found.append((f"attestations.{name}", _unknown("attested item", name, self.attested)))
            elif not fit(attestation.value, attestation.unit):
                problem = value_problem(self.attested[name], attestation.value, attestation.unit)
                if problem is not None:
                    found.append((f"attestations.{name}.{problem[0]}", problem[1]))
        return found

    def parameter_problem(self, name: str, value: str) -> str | None:
        """What is wrong with a value given for a per-enrolment parameter (a patient's or the
        run's), or None."""
        values = self.parameters.get(name)
        if values is None:
            return _unknown("parameter", name, self.parameters)
        if value in values:
            return None
        shown = printable(value if len(value) <= 60 else value[:57] + "...")
        return f"'{shown}' is not one of: {', '.join(values)}{did_you_mean(value, values)}"


def parameter_values(parameter: n.RunParameter) -> tuple[str, ...]:
    """The values a per-enrolment parameter may take (the checker allows only ``one of``)."""
    return parameter.value_type.values if isinstance(parameter.value_type, n.EnumType) else ()


_NUMBERS = (int, float)  # exact types: a bool is no number here


def _fits(value_type: n.Node) -> Callable[[Any, Any], bool]:
    """A quick test that a value and unit certainly fit ``value_type`` (the common case); when it
    says no, :func:`value_problem` decides and words the problem."""
    kind = getattr(value_type, "kind", "")
    if kind == "boolean":
        return lambda value, unit: value.__class__ is bool
    if kind == "number":
        return lambda value, unit: value.__class__ in _NUMBERS
    if kind == "text":
        return lambda value, unit: value.__class__ is str
    if kind == "enum":
        values = frozenset(getattr(value_type, "values", ()))
        return lambda value, unit: value.__class__ is str and value in values
    if kind == "duration":
        return lambda value, unit: value.__class__ in _NUMBERS and unit in TIME_UNITS
    if kind == "quantity":
        dimension = UNITS[getattr(value_type, "unit", "")].dimension
        units = frozenset(symbol for symbol, known in UNITS.items() if known.dimension == dimension)
        return lambda value, unit: value.__class__ in _NUMBERS and unit in units
    return lambda value, unit: False  # a date: value_problem parses it


def _unknown(what: str, name: str, names: Any) -> str:
    shown = printable(name if len(name) <= 60 else name[:57] + "...")
    close = did_you_mean(name, names)
    if close:
        return f"the trial has no {what} '{shown}'{close}"
    listed = sorted(names)
    if not listed:
        return f"the trial has no {what} '{shown}' (it declares none)"
    more = len(listed) - NAMES_LISTED
    known = ", ".join(listed[:NAMES_LISTED]) + (f" and {more} more" if more > 0 else "")
    return f"the trial has no {what} '{shown}' (it has: {known})"


def value_problem(value_type: n.Node, value: Any, unit: str | None) -> tuple[str, str] | None:
    """What does not fit a declared value type in a recorded value and its unit: the field
    (``value`` or ``unit``) and the message; ``None`` when the evaluator can read it."""
    kind = getattr(value_type, "kind", "")
    is_number = isinstance(value, int | float) and not isinstance(value, bool)
    if kind == "enum" and isinstance(value, str):
        values: tuple[str, ...] = getattr(value_type, "values", ())
        if value in values:
            return None
        shown = printable(value if len(value) <= 60 else value[:57] + "...")
        return ("value", f"'{shown}' is not one of: {', '.join(values)}{did_you_mean(value, values)}")
    if kind == "date" and isinstance(value, str):
        try:
            PartialDate.parse(value)
        except ValueError as error:
            return ("value", str(error))
        return None
    fits = {"boolean": isinstance(value, bool), "text": isinstance(value, str)}.get(kind, is_number)
    if not fits or kind in ("enum", "date"):  # an enum or a date that is not a string
        return ("value", f"expected {value_type_words(value_type, for_entry=True)}, got {json_kind(value)}")
    if kind in ("duration", "quantity"):
        return _unit_problem(value_type, unit)
    return None


def _unit_problem(value_type: n.Node, unit: str | None) -> tuple[str, str] | None:
    """What is wrong with the unit of a number recorded for a duration or a quantity."""
    if getattr(value_type, "kind", "") == "duration":
        if unit is None:
            return ("unit", "a duration needs its unit: days, weeks, months or years")
        if unit not in TIME_UNITS:
            return ("unit", f"a duration is in days, weeks, months or years, not '{printable(unit)}'")
        return None
    declared: str = getattr(value_type, "unit", "")
    if unit is None:
        return ("unit", f"a quantity in {declared} needs its unit")
    if unit not in UNITS or UNITS[unit].dimension != UNITS[declared].dimension:
        return ("unit", f"'{printable(unit)}' cannot be converted to {declared}")
    return None
