"""Eligo on SQL: the relational layout of patient records and a compiler of criteria to one query.

* :mod:`eligo.sql.layout`: the tables (one description, DDL built from it), patient → rows, a
  batched DuckDB loader, and Parquet and CSV exports.
* :mod:`eligo.sql.compile`: a checked :class:`~eligo.language.program.Program` → one sqlglot query giving
  each patient's outcome per criterion and verdict, with the evaluator's semantics (one
  ``visit_<kind>`` method per expression kind).
* :mod:`eligo.sql.ctes`: the query's CTEs: record queries aggregated per table and patient,
  ``latest`` choices, the patient facts, and the joins that read them.
* :mod:`eligo.sql.values`: typed SQL values, calendar windows, ages, comparisons, value sets.
* :mod:`eligo.sql.screen`: running the query on DuckDB over an imported database or Parquet files.

May import: every stage before it (language, records, sources, evaluate); documents never import SQL.

See docs/sql.md for the shape of the query and how to run it on PostgreSQL and Spark.
"""

from __future__ import annotations
