"""The old home of the patient-record reader, kept so that ``from eligo.reader import ...``
written before the layout by stage still works. The reader is :mod:`eligo.sources.reader`.
"""

from __future__ import annotations

from eligo.sources.reader import Loaded, read_one_patient, read_patients, read_records

__all__ = ["Loaded", "read_one_patient", "read_patients", "read_records"]
