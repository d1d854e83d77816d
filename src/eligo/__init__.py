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
