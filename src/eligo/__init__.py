"""Eligo: clinical-trial eligibility criteria as code.

The public API, re-exported from the modules that own each step::

    parse_text / parse_file   source → syntax tree           (eligo.parse)
    check                     syntax tree → checked program  (eligo.check)
    load_program              file + imports → checked program (eligo.load)
    load                      … → compiled trial: .evaluate(patient), .evaluate_many(...)
    format_text               canonical layout               (eligo.format)

>>> import eligo
>>> program = eligo.load("criteria/nct05238363.elig")  # doctest: +SKIP
"""

from __future__ import annotations

from eligo.check import check
from eligo.errors import CheckError, Diagnostic, EligoError, ParseError, SourceError, UsageError
from eligo.format import format_document, format_text
from eligo.load import load_program
from eligo.parse import parse_file, parse_text
from eligo.program import Program
from eligo.records import Patient
from eligo.results import CriterionResult, Evidence, PatientResult
from eligo.trial import CompiledTrial, load

__all__ = [
    "CheckError",
    "CompiledTrial",
    "CriterionResult",
    "Diagnostic",
    "EligoError",
    "Evidence",
    "ParseError",
    "Patient",
    "PatientResult",
    "Program",
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
