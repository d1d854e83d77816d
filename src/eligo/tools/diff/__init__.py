"""The semantic diff of two versions of a trial's criteria (``eligo diff``): what an amendment
changed in meaning, criterion by criterion, and, over a cohort, whose verdict it changes.

- :mod:`.criteria` matches criteria (by id; renumbered: same logic under a new id) and sorts
  each into added, removed, renumbered, wording only or logic changed;
- :mod:`.logic` compares two criteria's logic node by node and says how each difference moves it
  (:mod:`.amounts` orders thresholds, ranges, sets and windows);
- :mod:`.declarations` compares value sets and measures (codes added and removed);
- :mod:`.cohort` screens patients under both versions (the outcomes back end, or SQL for a
  database written by ``eligo import``);
- :mod:`.render` writes it all as text, Markdown or JSON; :mod:`.model` holds the records.

Checked programs are compared, never text: layout, comments and spelling of names that resolve
to the same thing make no difference.
"""

from __future__ import annotations

from eligo.tools.diff.cohort import diff_cohort
from eligo.tools.diff.criteria import diff_programs
from eligo.tools.diff.model import CohortDiff, ProgramDiff
from eligo.tools.diff.render import FORMATS, render_diff

__all__ = ["FORMATS", "CohortDiff", "ProgramDiff", "diff_cohort", "diff_programs", "render_diff"]
