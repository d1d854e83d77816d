"""docs/sql.md describes the tables `eligo import` writes and the query reads, as they are."""

from __future__ import annotations

import ast
import re

from eligo.sql.layout import TABLES

from .conftest import ROOT

DOCS = (ROOT / "docs" / "sql.md").read_text(encoding="utf-8")


def test_the_documented_layout_is_the_layout() -> None:
    section = DOCS.split("## The tables", 1)[1].split("\n## ", 1)[0]
    documented = re.findall(r"^\| (\w+) \| (\w+) \| ([A-Z\[\]]+) \|", section, re.M)
    assert documented == [
        (table, column, sql_type) for table, columns in TABLES.items() for column, sql_type in columns
    ]


def test_the_documented_commands_name_every_table() -> None:
    loop = re.search(r"for table in ([a-z_ ]+); do", DOCS)
    script = re.search(r"^TABLES = (\[.*\])$", DOCS, re.M)
    assert loop is not None and script is not None
    assert loop.group(1).split() == list(TABLES)
    assert ast.literal_eval(script.group(1)) == list(TABLES)
    assert "sixteen tables" in DOCS and len(TABLES) == 16
