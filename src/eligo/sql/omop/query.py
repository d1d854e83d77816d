"""The screening query over OMOP CDM tables: the layout's views (:mod:`eligo.sql.omop.views`) as
CTEs in front of the query :mod:`eligo.sql.compile` makes, unchanged: one text per dialect."""

from __future__ import annotations

from collections.abc import Mapping

from sqlglot import exp

from eligo.language.program import Program
from eligo.language.temporal import DateLike
from eligo.sql.compile import compile_program, room_to_recurse
from eligo.sql.omop.views import OmopSource, layout_ctes, qualify


def omop_tree(
    program: Program,
    source: OmopSource,
    index_dates: Mapping[str, DateLike] | None = None,
    dialect: str = "duckdb",
    parameters: Mapping[str, str] | None = None,
) -> exp.Select:
    """The screening query of ``program`` reading the OMOP tables of ``source``, with the run's
    per-enrolment ``parameters``."""
    query = compile_program(program, index_dates, dialect, parameters)
    views = layout_ctes(source)
    names = {name for name, _ in views}
    own = query.args.get("with_")
    ctes = [exp.CTE(this=qualify(tree, source, names), alias=exp.TableAlias(this=exp.to_identifier(name))) for name, tree in views]  # fmt: skip
    if own is not None:
        clashes = names & {cte.alias for cte in own.expressions}
        assert not clashes, clashes  # the compiler's CTEs are named apart from the layout's tables
        ctes += own.expressions
    query.set("with_", exp.With(expressions=ctes))
    return query


def omop_sql(
    program: Program,
    source: OmopSource,
    index_dates: Mapping[str, DateLike] | None = None,
    dialect: str = "duckdb",
    pretty: bool = False,
    parameters: Mapping[str, str] | None = None,
) -> str:
    """The screening query over OMOP tables as SQL text in a dialect (``duckdb``, ``postgres``, ``spark``)."""
    with room_to_recurse():
        return omop_tree(program, source, index_dates, dialect, parameters).sql(dialect=dialect, pretty=pretty)
