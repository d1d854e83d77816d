"""Screening an OMOP CDM database in place (docs/omop.md).

* :mod:`eligo.sql.omop.views`: Eligo's relational layout as views (CTEs) of the OMOP tables.
* :mod:`eligo.sql.omop.query`: the compiled screening query with those CTEs in front of it.
* :mod:`eligo.sql.omop.screen`: running it on DuckDB over an OMOP database file.
* :mod:`eligo.sql.omop.load`: patients as OMOP rows (what OMOP holds of an Eligo record), for
  tests and benchmarks: the same patients as JSON and as OMOP.
"""
