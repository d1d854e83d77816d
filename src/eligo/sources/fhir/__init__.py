"""FHIR R4 in: Bundles, and Bulk Data exports (NDJSON per resource type), read as patient records.

:mod:`~eligo.sources.fhir.structs` declares the elements Eligo reads; :mod:`~eligo.sources.fhir.mapping`
and :mod:`~eligo.sources.fhir.medications` map resources to records (docs/fhir.md is their table);
:mod:`~eligo.sources.fhir.bundle` and :mod:`~eligo.sources.fhir.bulk` read the two forms;
:class:`~eligo.sources.fhir.accounting.FhirReading` counts what became of every resource.
"""
