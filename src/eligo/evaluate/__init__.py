"""Evaluation: criteria applied to patient records. The evidence evaluator (per-criterion
outcomes with evidence and missing data), the outcomes-only evaluator compiled from the
criteria (``outcomes/``), results and their formats, and screening a file on worker processes.

May import: :mod:`eligo.errors`, :mod:`eligo.language`, :mod:`eligo.records`, :mod:`eligo.sources`.
"""
