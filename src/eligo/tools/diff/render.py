"""A semantic diff as text (for a terminal), Markdown (for an amendment's review) or JSON."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from eligo.tools.diff.criteria import direction
from eligo.tools.diff.model import CohortDiff, CriterionDiff, DeclarationDiff, ProgramDiff

FORMATS = ("text", "markdown", "json")

STATUS_WORDS = {
    "added": "added",
    "removed": "removed",
    "renumbered": "renumbered (same logic)",
    "wording": "wording only",
    "logic": "logic changed",
    "unchanged": "unchanged",
}
OUTCOME_WORDS = {"met": "met", "not_met": "not met", "unknown": "unknown", "not_applicable": "not applicable"}
KIND_WORDS = {"valueset": "value set", "measure": "measure"}


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def _id(c: CriterionDiff) -> str:
    if c.old_id and c.new_id and c.old_id != c.new_id:
        return f"{c.old_id} → {c.new_id}"
    return c.id


def _status(c: CriterionDiff) -> str:
    """What happened to a criterion, with the wording that changed beside its logic."""
    status = STATUS_WORDS[c.status]
    if c.status == "renumbered" and c.changes:
        status = "renumbered, logic changed"
    if c.wording and c.status == "wording":
        status += f" ({', '.join(c.wording)})"
    elif c.wording and c.status in ("renumbered", "logic"):
        status += f" (wording: {', '.join(c.wording)})"
    return status


def _heading(c: CriterionDiff) -> str:
    return f"{_id(c)} ({c.polarity}) {c.title}: {_status(c)}; {c.direction}"


def _change_lines(c: CriterionDiff) -> list[str]:
    return [f"{ch.aspect}: {ch.description} ({direction(c.polarity, ch.effect)})" for ch in c.changes]


def _declaration_line(d: DeclarationDiff) -> str:
    parts = [f"{KIND_WORDS[d.kind]} {d.name}: {d.status if d.status != 'codes' else 'codes changed'}"]
    if d.added:
        parts.append(f"added {', '.join(d.added)}")
    if d.removed:
        parts.append(f"removed {', '.join(d.removed)}")
    if d.wording:
        parts.append(f"also changed: {', '.join(d.wording)}")
    return "; ".join(parts)


def _summary(diff: ProgramDiff) -> str:
    changed = diff.changed
    counts = {status: sum(1 for c in changed if c.status == status) for status in STATUS_WORDS}
    words = ", ".join(f"{counts[s]} {STATUS_WORDS[s]}" for s in ("logic", "wording", "renumbered", "added", "removed"))
    return f"{_plural(len(changed), 'criterion')} of {len(diff.criteria)} changed: {words}".replace(
        "criterions", "criteria"
    )


def _cohort_summary(cohort: CohortDiff) -> str:
    moves = ", ".join(f"{count} {move}" for move, count in cohort.transitions.items())
    rejected = f"; {_plural(cohort.rejected, 'record')} refused by a version, not compared" if cohort.rejected else ""
    return (
        f"{cohort.source}: {_plural(cohort.screened, 'patient')} screened under both versions; "
        f"{_plural(len(cohort.changes), 'verdict')} change{'s' if len(cohort.changes) == 1 else ''}"
        f"{f' ({moves})' if moves else ''}; {cohort.outcomes_only} more with a criterion's outcome changed "
        f"but the same verdict{rejected}"
    )


def _causes(cohort: CohortDiff) -> list[tuple[str, str, str]]:
    rows = []
    for p in cohort.changes:
        causes = "; ".join(
            f"{c.criterion}: {OUTCOME_WORDS.get(c.old or '', 'absent')} → {OUTCOME_WORDS.get(c.new or '', 'absent')}"
            for c in p.causes
        )
        rows.append((p.patient_id, f"{p.old} → {p.new}", causes))
    return rows


def render_text(diff: ProgramDiff, cohort: CohortDiff | None = None) -> str:
    lines = [f"{diff.old} → {diff.new}", "", f"Criteria: {_summary(diff)}"]
    for c in diff.changed:
        lines.append(f"  {_heading(c)}")
        lines.extend(f"    {line}" for line in _change_lines(c))
    declarations = [d for d in diff.declarations if d.status != "unchanged"]
    lines += ["", f"Value sets and measures: {len(declarations)} changed"]
    lines.extend(f"  {_declaration_line(d)}" for d in declarations)
    if cohort is not None:
        lines += ["", f"Cohort: {_cohort_summary(cohort)}"]
        lines.extend(f"  {patient}: {move}; {causes}" for patient, move, causes in _causes(cohort))
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def render_markdown(diff: ProgramDiff, cohort: CohortDiff | None = None) -> str:
    lines = [f"# Amendment: `{diff.old}` → `{diff.new}`", "", "## Criteria", "", _summary(diff) + ".", ""]
    if diff.changed:
        lines += ["| criterion | polarity | title | change | effect | how |", "|---|---|---|---|---|---|"]
        for c in diff.changed:
            status = _status(c)
            how = "<br>".join(_cell(line) for line in _change_lines(c))
            lines.append(f"| {_cell(_id(c))} | {c.polarity} | {_cell(c.title)} | {status} | {c.direction} | {how} |")
    declarations = [d for d in diff.declarations if d.status != "unchanged"]
    lines += ["", "## Value sets and measures", "", f"{len(declarations)} changed.", ""]
    lines.extend(f"- {_cell(_declaration_line(d))}" for d in declarations)
    if cohort is not None:
        lines += ["", "## Cohort", "", _cohort_summary(cohort) + ".", ""]
        if cohort.changes:
            lines += ["| patient | verdict | criteria whose outcome changed |", "|---|---|---|"]
            lines.extend(f"| {_cell(p)} | {move} | {_cell(causes)} |" for p, move, causes in _causes(cohort))
    return "\n".join(lines).rstrip("\n") + "\n"


def as_json(diff: ProgramDiff, cohort: CohortDiff | None = None) -> dict[str, Any]:
    """The diff as JSON-ready data: every criterion (unchanged ones too), every changed
    declaration, each logic change with its effect and its direction, and the cohort."""
    criteria = []
    for c in diff.criteria:
        data = dataclasses.asdict(c)
        for change, item in zip(c.changes, data["changes"], strict=True):
            item["direction"] = direction(c.polarity, change.effect)
        criteria.append(data)
    return {
        "old": diff.old,
        "new": diff.new,
        "criteria": criteria,
        "declarations": [dataclasses.asdict(d) for d in diff.declarations if d.status != "unchanged"],
        "cohort": dataclasses.asdict(cohort) if cohort is not None else None,
    }


def render_diff(diff: ProgramDiff, fmt: str, cohort: CohortDiff | None = None) -> str:
    """The diff in one of :data:`FORMATS`."""
    if fmt == "text":
        return render_text(diff, cohort)
    if fmt == "markdown":
        return render_markdown(diff, cohort)
    if fmt == "json":
        return json.dumps(as_json(diff, cohort), ensure_ascii=False, indent=2) + "\n"
    raise ValueError(f"unknown format {fmt!r}: expected one of {', '.join(FORMATS)}")
