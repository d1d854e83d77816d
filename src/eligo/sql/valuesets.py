"""Membership of a record's code in a value set, in SQL, as
:meth:`eligo.language.codes.CodeMatcher.matches` decides it."""

from __future__ import annotations

from collections.abc import Sequence

from sqlglot import exp

from eligo.language import nodes as n
from eligo.language.codes import HIERARCHICAL
from eligo.sql.values import and_, case, eq, int_lit, or_, paren, text

# ----------------------------------------------------------------------------- codes


def in_valueset(entries: Sequence[n.CodeEntry], system: exp.Expr, code: exp.Expr, byte_order: bool) -> exp.Expr:
    """Membership of (system, code) in a value set, as codes.CodeMatcher.matches: FALSE when a
    removed entry matches; NULL (unknown) when the value set lists no codes of the code's system;
    else whether a kept entry matches.

    ``byte_order`` marks the literals of code ranges ``COLLATE "C"`` (PostgreSQL orders text by
    the database's locale otherwise; DuckDB, Spark and Python compare code points)."""
    kept_entries = [e for e in entries if not e.removed]
    kept = _entry_tests(kept_entries, system, code, byte_order)
    removed = _entry_tests([e for e in entries if e.removed], system, code, byte_order)
    systems = list(dict.fromkeys(e.system for e in kept_entries))
    listed = exp.In(this=system.copy(), expressions=[text(s) for s in systems]) if systems else exp.false()
    found = paren(or_(*kept))
    if removed:
        return case((paren(or_(*removed)), exp.false()), (listed, found))
    return case((listed, found))


def _entry_tests(entries: Sequence[n.CodeEntry], system: exp.Expr, code: exp.Expr, byte_order: bool) -> list[exp.Expr]:
    """One test per code system: exact codes in one IN list, hierarchical prefixes in one IN list
    per length, ranges one by one (codes.matches)."""
    by_system: dict[str, list[n.CodeEntry]] = {}
    for e in entries:
        by_system.setdefault(e.system, []).append(e)
    tests = []
    for name, group in by_system.items():
        exact: list[str] = []
        prefixes: dict[int, list[str]] = {}
        ranges: list[exp.Expr] = []
        for e in group:
            if e.last is not None:
                ranges.append(and_(exp.LTE(this=_bound(e.code, byte_order), expression=_head(code, len(e.code))),
                                   exp.LTE(this=_head(code, len(e.last)), expression=_bound(e.last, byte_order))))  # fmt: skip
            elif name in HIERARCHICAL:
                prefix = e.code if name == "ATC" else e.code.rstrip(".")
                prefixes.setdefault(len(prefix), []).append(prefix)
            else:
                exact.append(e.code)
        alternatives = [exp.In(this=code.copy(), expressions=[text(c) for c in exact])] if exact else []
        alternatives += [
            exp.In(this=_head(code, length), expressions=[text(p) for p in dict.fromkeys(heads)])
            for length, heads in sorted(prefixes.items())
        ]
        tests.append(and_(eq(system.copy(), text(name)), paren(or_(*alternatives, *(paren(r) for r in ranges)))))
    return tests


def _head(code: exp.Expr, length: int) -> exp.Expr:
    return exp.Substring(this=code.copy(), start=int_lit(1), length=int_lit(length))


def _bound(value: str, byte_order: bool) -> exp.Expr:
    literal = text(value)
    return exp.Collate(this=literal, expression=exp.to_identifier("C", quoted=True)) if byte_order else literal
