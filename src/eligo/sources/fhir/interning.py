"""One date object per date text across the patients of a FHIR reading.

The outcome closures remember answers about dates by the identity of the date objects
(:mod:`eligo.evaluate.outcomes.memo`): Eligo's fast JSON decoder keeps one
:class:`~eligo.language.temporal.PartialDate` per date text, so the same onset or birth date recurs
as the same object and the memo tables stay small. Records read from FHIR are validated by
pydantic, which would parse every date text into a new object: the tables would fill to their bound
with dates made per record (a 100,000-patient export grew from 62 to 150 MB). The FHIR reader
therefore hands pydantic the date objects themselves, one per text, which it keeps as they are.

>>> first = {"id": "P1", "birth_date": "1960-01-01", "conditions": [{"onset": "2024-05"}]}
>>> second = {"id": "P2", "birth_date": "1960-01-01", "conditions": [{"onset": "2024-05"}]}
>>> dates = DateTable()
>>> dates.intern(first); dates.intern(second)
>>> first["birth_date"] is second["birth_date"], first["conditions"][0]["onset"] is second["conditions"][0]["onset"]
(True, True)
"""

from __future__ import annotations

import typing
from typing import Any

from eligo.language.temporal import PartialDate
from eligo.records.model import RECORD_LISTS, Patient

#: Date texts a table holds before it is cleared (distinct calendar days over two centuries: 73,000).
TABLE_SIZE = 1 << 17


def _date_fields(model: Any) -> frozenset[str]:
    """The fields of a record model that hold a date."""
    return frozenset(name for name, field in model.model_fields.items() if PartialDate in _types(field.annotation))


def _types(annotation: Any) -> set[Any]:
    found = {annotation}
    for argument in typing.get_args(annotation):
        found |= _types(argument)
    return found


def _record_model(field: str) -> Any:
    (model,) = [t for t in _types(Patient.model_fields[field].annotation) if isinstance(t, type) and t is not list
                and hasattr(t, "model_fields")]  # fmt: skip
    return model


#: Each record list's date fields (``conditions``: onset, abatement, recorded, ...).
DATE_FIELDS: dict[str, frozenset[str]] = {name: _date_fields(_record_model(name)) for name in RECORD_LISTS.values()}


class DateTable:
    """Date texts and their one :class:`PartialDate` each (bounded: cleared when full)."""

    def __init__(self, size: int = TABLE_SIZE) -> None:
        self.size = size
        self.dates: dict[str, PartialDate] = {}

    def date(self, text: str) -> PartialDate | str:
        """The date object of a date text; the text itself when it is no date (validation says why)."""
        found = self.dates.get(text)
        if found is None:
            try:
                found = PartialDate.parse(text)
            except ValueError:
                return text
            if len(self.dates) >= self.size:
                self.dates.clear()
            self.dates[text] = found
        return found

    def intern(self, patient: dict[str, Any]) -> None:
        """Replace, in place, the date texts of a patient's record dict by their date objects."""
        if isinstance(patient.get("birth_date"), str):
            patient["birth_date"] = self.date(patient["birth_date"])
        for name, fields in DATE_FIELDS.items():
            for record in patient.get(name) or ():
                for field in fields & record.keys():
                    if isinstance(record[field], str):
                        record[field] = self.date(record[field])
