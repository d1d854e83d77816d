"""Links between records: a record's field that lists the ids of other records (FHIR references:
a medication's or a procedure's ``reason``, the conditions it treats).

``reason is condition``, read inside a query over medications nested in a query over conditions, is
three-valued like everything else: a link not recorded (the field absent) decides nothing, and
neither does a condition without an id (nothing can name it); a recorded link that lists the
condition's id is true, one that does not (an empty list included: it treats none) is false.

>>> linked(["c1", "c2"], "c2"), linked([], "c2"), linked(None, "c2"), linked(["c1"], None)
(True, False, None, None)
>>> linked(["c1"], "c2", negated=True)
True
"""

from __future__ import annotations

from collections.abc import Sequence

from eligo.language.logic import Truth


def linked(ids: Sequence[str] | None, target: str | None, negated: bool = False) -> Truth:
    """Whether a recorded list of ids names ``target`` (``None``: the list, or the id, is missing)."""
    if ids is None or target is None:
        return None
    return (target in ids) != negated
