"""FHIR Quantities as Eligo's numbers and units.

The one reviewed table of unit spellings is :data:`eligo.language.units.ALIASES` (UCUM's
``10*3/uL``, ``mL/min/{1.73_m2}``, ``Cel``, ``mm[Hg]``, ...): a record's unit goes through
:func:`eligo.language.units.record_unit` exactly as a unit written in Eligo's JSON does, so a
FHIR source and a JSON source can never read one unit two ways. What this module decides is
which spelling of a Quantity to take: its UCUM ``code`` when ``system`` is UCUM (the computable
form, with its annotations: ``{1.73_m2}`` changes the dimension and is never dropped), else its
human ``unit`` text. A value with a ``comparator`` (``<5``) is not that number and is not used.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from eligo.language.units import record_unit
from eligo.sources.fhir.structs import Quantity

UCUM = "http://unitsofmeasure.org"


@dataclass(frozen=True, slots=True)
class Amount:
    """A Quantity read: its number and unit (Eligo's symbol, or a UCUM code Eligo keeps as
    written), or why it cannot be used (``problem``: the element path below the quantity, and words)."""

    value: float | None
    unit: str | None
    problem: tuple[str, str] | None = None


def amount(quantity: Quantity) -> Amount:
    """A Quantity as a number and unit.

    >>> amount(Quantity(value=4.2, system=UCUM, code="10*3/uL", unit="thousand per microliter"))
    Amount(value=4.2, unit='10^3/µL', problem=None)
    >>> amount(Quantity(value=60, system=UCUM, code="mL/min/{1.73_m2}")).unit
    'mL/min/1.73m^2'
    >>> amount(Quantity(value=5, comparator="<", code="mg/dL", system=UCUM)).problem
    ('comparator', "'<5' is a bound, not a value")
    """
    if quantity.value is None:
        return Amount(None, None, ("value", "no value"))
    if not math.isfinite(quantity.value):
        return Amount(None, None, ("value", "not a finite number"))
    if quantity.comparator:
        shown = f"{quantity.comparator}{quantity.value:g}"
        return Amount(None, None, ("comparator", f"{shown!r} is a bound, not a value"))
    spelling = quantity.code if quantity.system == UCUM and quantity.code else quantity.unit
    if spelling is None or spelling == "1":
        return Amount(quantity.value, None)
    try:
        return Amount(quantity.value, record_unit(spelling))
    except ValueError as error:
        return Amount(None, None, ("code" if spelling == quantity.code else "unit", str(error)))
