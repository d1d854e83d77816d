"""Lark's terminal names turned into the words a protocol author understands.

>>> describe_expected({"NAME", "NUMBER", "RPAR"})
"')', a name or a number"
"""

from __future__ import annotations

import difflib
import functools
from collections.abc import Iterable

from lark import Token
from lark.lexer import PatternStr

from eligo.language.grammar import parser
from eligo.language.schema import RECORD_FIELDS

#: What each named (regular-expression) terminal of the grammar is, in words.
TERMINAL_WORDS: dict[str, str] = {
    "NAME": "a name",
    "QNAME": "a qualified name (file.name)",
    "STRING": 'a quoted string ("...")',
    "NUMBER": "a number",
    "DATE": "a date (YYYY-MM-DD)",
    "CODE": "a code",
    "UNIT": "a unit (such as g/dL or 10^9/L)",
    "CRITERION_ID": "a criterion id (such as I1 or E2)",
    "PHASE": "a phase (1, 2, 3, 4 or 1/2)",
    "COMPARATOR": "a comparison (<, <=, >, >=, =, !=)",
    "$END": "the end of the file",
}

#: Some expectation sets are long; these groups replace their members by one phrase.
GROUPS: tuple[tuple[frozenset[str], str], ...] = (
    (frozenset({"TRIAL", "IMPORT", "VALUESET", "MEASURE", "ATTESTED", "DEFINE", "INCLUDE", "EXCLUDE"}),
     "a new item (trial, import, valueset, measure, attested, define, include, exclude)"),
    (frozenset({"ICD10CM", "ICD10", "ICDO3", "SNOMED", "LOINC", "RXNORM", "ATC", "NCIT", "CPT", "HCPCS", "LOCAL",
                "ROLECODE", "V2SPECIMEN"}),
     "a code system (ICD10CM, SNOMED, LOINC, ATC, RXNORM, ...)"),
    (frozenset({"DAY", "DAYS", "WEEK", "WEEKS", "MONTH", "MONTHS", "YEAR", "YEARS"}),
     "a time unit (days, weeks, months, years)"),
    (frozenset(kind.upper() for kind in RECORD_FIELDS),
     f"a record kind ({', '.join(RECORD_FIELDS)})"),
)  # fmt: skip


@functools.cache
def _literal_terminals() -> dict[str, str]:
    """Terminal name → its literal text, for the terminals that are fixed strings."""
    return {t.name: t.pattern.value for t in parser().terminals if isinstance(t.pattern, PatternStr)}


def describe_terminal(name: str) -> str:
    if name in TERMINAL_WORDS:
        return TERMINAL_WORDS[name]
    literal = _literal_terminals().get(name)
    return f"'{literal}'" if literal is not None else name.lower()


def describe_expected(names: Iterable[str]) -> str:
    """A readable list of what the parser would have accepted."""
    remaining = set(names) - {"COMMENT", "WS"}
    if "NAME" in remaining:  # "a name" says it: a qualified one is a name too
        remaining.discard("QNAME")
    phrases: list[str] = []
    for members, phrase in GROUPS:
        if members <= remaining or (len(members & remaining) >= 3):
            phrases.append(phrase)
            remaining -= members
    # fixed strings first (they are the keywords a reader types), then classes of token
    words = sorted(describe_terminal(t) for t in remaining if t not in TERMINAL_WORDS)
    classes = sorted(describe_terminal(t) for t in remaining if t in TERMINAL_WORDS)
    phrases = words + classes + phrases
    if not phrases:
        return "something else"
    if len(phrases) > 12:
        phrases = [*phrases[:12], "..."]
    return phrases[0] if len(phrases) == 1 else ", ".join(phrases[:-1]) + " or " + phrases[-1]


def describe_token(token: Token) -> str:
    """The token the parser did not expect, as the user wrote it."""
    if token.type == "$END":
        return "end of file"
    text = str(token)
    return f"'{text}'" if len(text) <= 40 else f"'{text[:37]}...'"


def keyword_suggestion(token: Token, expected: Iterable[str]) -> str | None:
    """A keyword the parser expected here that looks like the misspelt token, if any."""
    literals = _literal_terminals()
    words = [literals[name] for name in expected if name in literals and literals[name].isalpha()]
    matches = difflib.get_close_matches(str(token), words, n=1, cutoff=0.75)
    return matches[0] if matches else None
