"""Eligo: clinical-trial eligibility criteria as code.

The public API, re-exported from the modules that own each step::

    parse_text / parse_file   source → syntax tree           (eligo.language.parse)
    check                     syntax tree → checked program  (eligo.language.check)
    load_program              file + imports → checked program (eligo.language.load)
    load                      … → compiled trial: .evaluate(patient), .evaluate_many(...),
                              .screen_records(...) (bad records reported, the rest screened)
    format_text               canonical layout               (eligo.language.format)

>>> import eligo
>>> program = eligo.load("criteria/nct05238363.elig")  # doctest: +SKIP
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from eligo.errors import (
        CheckError,
        Diagnostic,
        EligoError,
        InputError,
        ParseError,
        RecordError,
        RecordProblem,
        SourceError,
        UsageError,
    )
    from eligo.evaluate.results import CriterionResult, Evidence, PatientResult
    from eligo.evaluate.trial import CompiledTrial, load
    from eligo.language.check import check
    from eligo.language.format import format_document, format_text
    from eligo.language.load import load_program
    from eligo.language.parse import parse_file, parse_text
    from eligo.language.program import Program
    from eligo.records.model import Patient

__all__ = [
    "CheckError",
    "CompiledTrial",
    "CriterionResult",
    "Diagnostic",
    "EligoError",
    "Evidence",
    "InputError",
    "ParseError",
    "Patient",
    "PatientResult",
    "Program",
    "RecordError",
    "RecordProblem",
    "SourceError",
    "UsageError",
    "check",
    "format_document",
    "format_text",
    "load",
    "load_program",
    "parse_file",
    "parse_text",
]

#: Where each name of the API is defined: imported on first use, so that a command that needs
#: only part of Eligo (``eligo check`` needs no evaluator) does not pay for the rest.
_HOMES = {
    **dict.fromkeys(
        ("CheckError", "Diagnostic", "EligoError", "InputError", "ParseError", "RecordError", "RecordProblem",
         "SourceError", "UsageError"),
        "eligo.errors",
    ),
    **dict.fromkeys(("CriterionResult", "Evidence", "PatientResult"), "eligo.evaluate.results"),
    **dict.fromkeys(("CompiledTrial", "load"), "eligo.evaluate.trial"),
    "check": "eligo.language.check",
    **dict.fromkeys(("format_document", "format_text"), "eligo.language.format"),
    "load_program": "eligo.language.load",
    **dict.fromkeys(("parse_file", "parse_text"), "eligo.language.parse"),
    "Program": "eligo.language.program",
    "Patient": "eligo.records.model",
}  # fmt: skip


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'eligo' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
