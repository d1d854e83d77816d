"""Membership of a record's code in a value set, in SQL, as
:meth:`eligo.language.codes.CodeMatcher.matches` decides it."""

from __future__ import annotations

from collections.abc import Sequence

from sqlglot import exp

from eligo.language import nodes as n
from eligo.language.codes import HIERARCHICAL, Hierarchy, reaches
from eligo.sql.values import and_, case, eq, int_lit, or_, paren, text, unknown

# ----------------------------------------------------------------------------- codes


def in_valueset(
    entries: Sequence[n.CodeEntry],
    system: exp.Expr,
    code: exp.Expr,
    byte_order: bool,
    hierarchy: Hierarchy | None = None,
) -> exp.Expr:
    """Membership of (system, code) in a value set, as codes.CodeMatcher.matches: FALSE when a
    removed entry matches; NULL (unknown) when the value set lists no codes of the code's system;
    else whether a kept entry matches.

    ``byte_order`` marks the literals of code ranges ``COLLATE "C"`` (PostgreSQL orders text by
    the database's locale otherwise; DuckDB, Spark and Python compare code points). Entries
    with descendants are :func:`with_descendants`' to compile."""
    if any(e.descendants for e in entries):
        return with_descendants(entries, system, code, byte_order, hierarchy)
    kept_entries = [e for e in entries if not e.removed]
    kept = _entry_tests(kept_entries, system, code, byte_order)
    removed = _entry_tests([e for e in entries if e.removed], system, code, byte_order)
    systems = list(dict.fromkeys(e.system for e in kept_entries))
    listed = exp.In(this=system.copy(), expressions=[text(s) for s in systems]) if systems else exp.false()
    found = paren(or_(*kept))
    if removed:
        return case((paren(or_(*removed)), exp.false()), (listed, found))
    return case((listed, found))


def with_descendants(
    entries: Sequence[n.CodeEntry], system: exp.Expr, code: exp.Expr, byte_order: bool, hierarchy: Hierarchy | None
) -> exp.Expr:
    """Membership in a value set with ``and descendants`` entries: each such entry's concept and
    (with a vocabulary) the codes under it inlined as exact codes; without one, any other code of
    the systems it reaches is NULL (CodeMatcher._below)::

        CASE WHEN <a removed entry matches> THEN FALSE
             WHEN <a kept entry matches> THEN <NULL if perhaps under a removed entry, else TRUE>
             WHEN <perhaps under a kept entry> THEN NULL
             WHEN <a system the value set lists> THEN FALSE END
    """
    kept = [e for e in entries if not e.removed]
    removed = [e for e in entries if e.removed]
    kept_true, kept_unknown = _matching(kept, system, code, byte_order, hierarchy)
    removed_true, removed_unknown = _matching(removed, system, code, byte_order, hierarchy)
    systems = dict.fromkeys(s for e in kept for s in (reaches(e.system) if e.descendants else (e.system,)))
    listed = exp.In(this=system.copy(), expressions=[text(s) for s in systems])
    whens: list[tuple[exp.Expr, exp.Expr]] = [(paren(removed_true), exp.false())] if removed else []
    found: exp.Expr = case((paren(removed_unknown), unknown()), default=exp.true()) if removed_unknown else exp.true()
    whens.append((paren(kept_true), found))
    if kept_unknown is not None:
        whens.append((paren(kept_unknown), unknown()))
    whens.append((listed, exp.false()))
    return case(*whens)


def _matching(
    entries: Sequence[n.CodeEntry], system: exp.Expr, code: exp.Expr, byte_order: bool, hierarchy: Hierarchy | None
) -> tuple[exp.Expr, exp.Expr | None]:
    """Whether a code surely matches one of ``entries``, and (without a vocabulary) whether it is
    perhaps under one of their concepts (None: never)."""
    plain = [e for e in entries if not e.descendants]
    below = [e for e in entries if e.descendants]
    codes: dict[str, dict[str, None]] = {}
    prefixes: list[exp.Expr] = []
    for e in below:
        under = hierarchy.descendants(e.system, e.code) if hierarchy is not None else frozenset()
        for s, c in sorted({(e.system, e.code), *under}):
            codes.setdefault(s, {})[c] = None
        if e.system == "ATC":  # ATC's codes spell its hierarchy (CodeMatcher._below)
            prefixes.append(and_(eq(system.copy(), text("ATC")), eq(_head(code, len(e.code)), text(e.code))))
    sure = or_(*_entry_tests(plain, system, code, byte_order), *_codes_in(codes, system, code), *prefixes)
    reached = dict.fromkeys(s for e in below for s in reaches(e.system))
    if hierarchy is None:
        return sure, exp.In(this=system.copy(), expressions=[text(s) for s in reached]) if below else None
    absent: dict[str, dict[str, None]] = {}
    for s, c in sorted(hierarchy.absent):
        if s in reached:
            absent.setdefault(s, {})[c] = None
    perhaps = _codes_in(absent, system, code)
    return sure, or_(*perhaps) if perhaps else None


def _codes_in(codes: dict[str, dict[str, None]], system: exp.Expr, code: exp.Expr) -> list[exp.Expr]:
    """One test per code system: the system, and the code one of its listed codes."""
    return [
        and_(eq(system.copy(), text(s)), exp.In(this=code.copy(), expressions=[text(c) for c in found]))
        for s, found in codes.items()
    ]


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
