"""Eligo on SQL: the relational layout of patient records and a compiler of criteria to one query.

* :mod:`eligo.sql.layout`: the tables (one description, DDL built from it), patient → rows, and a
  batched DuckDB loader with a Parquet export.
* :mod:`eligo.sql.compile`: a checked :class:`~eligo.program.Program` → one sqlglot query giving
  each patient's outcome per criterion and verdict, with the evaluator's semantics.
"""

from __future__ import annotations
