"""Wording: names, dates, windows and records in the words a person reads.

Wording lives here, in Python tables and small functions; templates only arrange it.

>>> humanize("first_dose")
'first dose'
>>> window_phrase(n.Within(amount=n.QuantityLit(value=28, unit="days"), direction="before", anchor=n.Name(name="first_dose")))
'within 28 days before first dose'
"""

from __future__ import annotations

from eligo import nodes as n
from eligo.format import format_expr, format_quantity

DIRECTIONS = {"before": "before", "after": "after", "of": "of"}
RELATIONS = {"before": "before", "after": "after", "on_or_before": "on or before", "on_or_after": "on or after"}


def humanize(name: str) -> str:
    """A name as words: ``first_dose`` → ``first dose``."""
    return name.replace("_", " ")


def point_phrase(expr: n.Node) -> str:
    """A date expression in words."""
    if isinstance(expr, n.Name):
        return humanize(expr.name)
    if isinstance(expr, n.FieldOf):
        return f"the {expr.record}'s {humanize(expr.field)}"
    return format_expr(expr)


def window_phrase(window: n.Node) -> str:
    """A window in words: ``within 28 days before first dose``."""
    if isinstance(window, n.Within):
        return f"within {format_quantity(window.amount)} {DIRECTIONS[window.direction]} {point_phrase(window.anchor)}"
    if isinstance(window, n.AtLeast):
        return f"at least {format_quantity(window.amount)} {DIRECTIONS[window.direction]} {point_phrase(window.anchor)}"
    if isinstance(window, n.Relative):
        return f"{RELATIONS[window.relation]} {point_phrase(window.anchor)}"
    if isinstance(window, n.Between):
        return f"between {point_phrase(window.start)} and {point_phrase(window.end)}"
    raise TypeError(f"phrases: no wording for window kind {getattr(window, 'kind', type(window).__name__)!r}")


RECORD_LIST_WORDS = {
    "condition": "the condition history (diagnoses)",
    "medication": "the medication history",
    "procedure": "the procedure history",
    "observation": "observations (measurements and test results)",
}
