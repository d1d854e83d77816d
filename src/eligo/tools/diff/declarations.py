"""Value sets and measures across two versions: code entries added and removed, and what else
changed (title, sources, notes, a measure's unit)."""

from __future__ import annotations

from typing import Literal

from eligo.language import nodes as n
from eligo.language.program import Program
from eligo.tools.diff.model import DeclarationDiff, DeclarationStatus, Effect

Declared = n.ValueSet | n.Measure


def entry_text(entry: n.CodeEntry) -> str:
    """A code entry as written in a criteria file, without its display text."""
    code = f"{entry.code}-{entry.last}" if entry.last else entry.code
    below = " and descendants" if entry.descendants else ""
    return f"{'except ' if entry.removed else ''}{entry.system} {code}{below}"


def _key(entry: n.CodeEntry) -> tuple[str, str, str | None, bool, bool]:
    return entry.system, entry.code, entry.last, entry.removed, entry.descendants


def codes_effect(old: Declared, new: Declared) -> Effect:
    """How the codes a declaration matches moved: ``broader`` when entries were only kept-added
    or exceptions dropped, ``narrower`` for the reverse, ``unknown`` when both happened."""
    before, after = {_key(e) for e in old.entries}, {_key(e) for e in new.entries}
    # an entry that only gained its descendants covers more (a removed one, less): not an entry
    # taken out and another put in
    added, dropped = after - before, before - after
    grown = {k for k in added if k[4] and (*k[:4], False) in dropped}
    shrunk = {k for k in added if not k[4] and (*k[:4], True) in dropped}
    added -= grown | shrunk
    dropped -= {(*k[:4], False) for k in grown} | {(*k[:4], True) for k in shrunk}
    wider = {k for k in added | grown if not k[3]} | {k for k in dropped | shrunk if k[3]}
    narrower = {k for k in added | grown if k[3]} | {k for k in dropped | shrunk if not k[3]}
    if wider and narrower:
        return "unknown"
    return "broader" if wider else "narrower" if narrower else "neither"


def _unit(d: Declared) -> str | None:
    if isinstance(d, n.Measure):
        t = d.value_type
        return t.unit if isinstance(t, n.QuantityType) else t.kind
    return None


def compare_declaration(name: str, old: Declared | None, new: Declared | None) -> DeclarationDiff:
    """One value set or measure, present in one version or both."""
    either = new or old
    assert either is not None
    kind: Literal["valueset", "measure"] = "measure" if isinstance(either, n.Measure) else "valueset"
    status: DeclarationStatus
    if old is None or new is None:
        status = "added" if old is None else "removed"
        return DeclarationDiff(kind, name, status, effect="unknown")
    before = {_key(e): entry_text(e) for e in old.entries}
    after = {_key(e): entry_text(e) for e in new.entries}
    added = tuple(text for key, text in after.items() if key not in before)
    removed = tuple(text for key, text in before.items() if key not in after)
    wording = tuple(
        what
        for what, a, b in (
            ("title", old.title, new.title),
            ("sources", old.sources, new.sources),
            ("notes", old.notes, new.notes),
            ("unit", _unit(old), _unit(new)),
            ("kind", type(old).__name__, type(new).__name__),
        )
        if a != b
    )
    status = "codes" if added or removed else "wording" if wording else "unchanged"
    return DeclarationDiff(kind, name, status, added, removed, wording, codes_effect(old, new))


def compare_declarations(old: Program, new: Program) -> tuple[DeclarationDiff, ...]:
    """Every value set and measure of either version (imported ones too), in the new version's
    order, then those removed."""
    names = [*new.valuesets, *(name for name in old.valuesets if name not in new.valuesets)]
    return tuple(
        compare_declaration(name, old.valuesets.get(name), new.valuesets.get(name))
        for name in names
        if not _moved_aside(name, old, new) and not _moved_aside(name, new, old)
    )


def _moved_aside(name: str, before: Program, after: Program) -> bool:
    """An imported declaration that a local one of the same name now hides (or no longer hides):
    the same declaration, reached by its qualified name (``oncology.cns_metastasis``) in one
    version and by its bare name in the other; not a change of its own."""
    bare = name.rpartition(".")[2]
    return name not in before.valuesets and bare != name and before.valuesets.get(bare) == after.valuesets.get(name)
