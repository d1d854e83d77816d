"""What the screening reports share: their formats, the verdict's words, text on one line, the
trial's heading.

The reports themselves: :mod:`eligo.documents.checklist` (one patient's checklist) and
:mod:`eligo.documents.cohort` (a screened cohort's report, from the counts that
:mod:`eligo.documents.summary` gathers). The wording is in Python; the Jinja templates
``report_*.j2`` arrange it. HTML is autoescaped (the templates switch autoescaping on themselves)
and Markdown goes through the ``md`` filter, so text from a criteria file or a patient record is
never taken as markup.
"""

from __future__ import annotations

from typing import Any, Literal

from eligo.evaluate.results import Verdict
from eligo.language.program import Program

__all__ = [
    "REPORT_FORMATS",
    "VERDICT_WORDS",
    "ReportFormat",
    "check_format",
    "one_line",
    "optional_line",
    "trial_context",
]

ReportFormat = Literal["html", "md"]
REPORT_FORMATS: tuple[ReportFormat, ...] = ("html", "md")

VERDICT_WORDS: dict[Verdict, str] = {"eligible": "Eligible", "ineligible": "Ineligible", "undetermined": "Undetermined"}


def one_line(text: object) -> str:
    """Text on one line, runs of white space made single spaces (safe in a Markdown table cell)."""
    return " ".join(str(text).split())


def optional_line(text: object | None) -> str:
    """Like :func:`one_line`, with ``None`` as the empty string."""
    return "" if text is None else one_line(text)


def check_format(fmt: str) -> None:
    """Raise :class:`ValueError` for a format other than ``html`` or ``md``."""
    if fmt not in REPORT_FORMATS:
        raise ValueError(f"unknown report format {fmt!r}; choose one of {', '.join(REPORT_FORMATS)}")


def trial_context(program: Program) -> dict[str, Any]:
    """The trial's registry id and title, for a report's heading (the file's path if it names no trial)."""
    trial = program.trial
    return {
        "registry_id": one_line(trial.registry_id) if trial else "",
        "title": one_line(trial.title) if trial else one_line(program.document.path),
    }
