"""Two versions of a trial's checked criteria, criterion by criterion: matched by id, or, for a
criterion whose id is new, by the same logic under an old id that is gone (renumbered)."""

from __future__ import annotations

from eligo.language import nodes as n
from eligo.language.program import Program
from eligo.tools.diff.declarations import compare_declarations
from eligo.tools.diff.logic import combine, logic_changes
from eligo.tools.diff.model import Change, CriterionDiff, CriterionStatus, Direction, Effect, ProgramDiff

#: how a change of a criterion's condition moves the trial, by the criterion's polarity
DIRECTIONS: dict[tuple[str, Effect], Direction] = {
    ("include", "broader"): "loosens",
    ("include", "narrower"): "tightens",
    ("exclude", "broader"): "tightens",
    ("exclude", "narrower"): "loosens",
}


def direction(polarity: str, effect: Effect) -> Direction:
    """How a change of a criterion's condition moves the trial (fewer eligible: tightens)."""
    if effect == "neither":
        return "neither"
    return DIRECTIONS.get((polarity, effect), "cannot tell")


def direction_of(polarity: str, changes: list[Change]) -> Direction:
    """All of a criterion's changes together: decided only when they all go one way."""
    return direction(polarity, combine([c.effect for c in changes]))


def wording_changes(a: n.Criterion, b: n.Criterion) -> tuple[str, ...]:
    pairs = (
        ("title", a.title, b.title),
        ("text", (a.text, a.wording), (b.text, b.wording)),
        ("notes", a.notes, b.notes),
    )
    return tuple(what for what, x, y in pairs if x != y)


def compare_criterion(old: Program, new: Program, a: n.Criterion, b: n.Criterion) -> CriterionDiff:
    """One criterion in both versions (``a`` old, ``b`` new)."""
    wording = wording_changes(a, b)
    if a.polarity != b.polarity:
        change = Change("polarity", f"{a.polarity} → {b.polarity}", "unknown")
        return CriterionDiff("logic", b.polarity, a.id, b.id, b.title, wording, (change,), "cannot tell")
    changes = logic_changes(old, new, a, b)
    status: CriterionStatus
    if changes:
        status = "logic"
    elif a.id != b.id:
        status = "renumbered"
    else:
        status = "wording" if wording else "unchanged"
    return CriterionDiff(
        status, b.polarity, a.id, b.id, b.title, wording, tuple(changes), direction_of(b.polarity, changes)
    )


def diff_programs(old: Program, new: Program, old_name: str = "old", new_name: str = "new") -> ProgramDiff:
    """What changed from ``old`` to ``new``: every criterion (in the new version's order, then
    those removed), every value set and measure."""
    old_by_id = {c.id: c for c in old.criteria}
    new_ids = {c.id for c in new.criteria}
    gone = [c for c in old.criteria if c.id not in new_ids]
    results: list[CriterionDiff] = []
    for b in new.criteria:
        a = old_by_id.get(b.id)
        if a is None:
            a = next((c for c in gone if c.polarity == b.polarity and c.body == b.body), None)
            if a is not None:
                gone.remove(a)
        if a is None:
            results.append(CriterionDiff("added", b.polarity, None, b.id, b.title, direction="tightens"))
        else:
            results.append(compare_criterion(old, new, a, b))
    for a in gone:
        results.append(CriterionDiff("removed", a.polarity, a.id, None, a.title, direction="loosens"))
    return ProgramDiff(old_name, new_name, tuple(results), compare_declarations(old, new))
