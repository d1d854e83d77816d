"""Patient records: the record model (FHIR/mCODE-anchored field names), plausibility checks,
and the messages that name a bad record's field.

May import: :mod:`eligo.errors` and :mod:`eligo.language` (dates, logic).
"""
