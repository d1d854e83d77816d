"""Code systems: the shape of a valid code in each, and how codes match value-set entries.

ICD-10-CM, ICD-10 and ATC are hierarchies spelled by prefix, so an entry ``C44`` covers
``C44.92`` and a range ``C00-C96`` covers every code whose category lies in it. SNOMED CT,
LOINC, RxNorm and the others are matched exactly: their hierarchies need a terminology server.

>>> code_problem("ATC", "L01FE01") is None
True
>>> code_problem("LOINC", "89247-2")
'the LOINC check digit of 89247-2 should be 1'
>>> matches("ICD10CM", "C44.92", "C00", "C96")
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable

SYSTEM_NAMES: dict[str, str] = {
    "ICD10CM": "ICD-10-CM",
    "ICD10": "ICD-10 (WHO)",
    "ICDO3": "ICD-O-3",
    "SNOMED": "SNOMED CT",
    "LOINC": "LOINC",
    "RXNORM": "RxNorm",
    "ATC": "WHO ATC",
    "NCIT": "NCI Thesaurus",
    "CPT": "CPT",
    "HCPCS": "HCPCS",
    "ROLECODE": "HL7 v3 RoleCode",
    "V2SPECIMEN": "HL7 v2 specimen type (table 0487)",
    "LOCAL": "local code",
}

#: Systems matched by prefix (their codes spell their hierarchy).
HIERARCHICAL = frozenset({"ICD10CM", "ICD10", "ATC"})

SHAPES: dict[str, tuple[re.Pattern[str], str]] = {
    "ICD10CM": (re.compile(r"[A-TV-Z][0-9][0-9AB](\.[0-9A-Z]{1,4})?"), "a letter, two characters, then optionally a dot and up to 4 (C44.92)"),
    "ICD10": (re.compile(r"[A-Z][0-9][0-9](\.[0-9X]{1,2})?"), "a letter, two digits, then optionally a dot and 1-2 characters (C44.9)"),
    "ICDO3": (re.compile(r"[0-9]{4}/[0-9]|C[0-9]{2}(\.[0-9])?"), "a morphology 8070/3 or a topography C44.9"),
    "SNOMED": (re.compile(r"[1-9][0-9]{5,17}"), "6 to 18 digits"),
    "LOINC": (re.compile(r"[0-9]{1,7}-[0-9]"), "digits, a hyphen and a check digit (89247-1)"),
    "RXNORM": (re.compile(r"[1-9][0-9]{0,8}"), "1 to 9 digits"),
    "ATC": (re.compile(r"[A-HJLMNPRSV]([0-9]{2}([A-Z]([A-Z]([0-9]{2})?)?)?)?"), "a level-1 to level-5 ATC code (L01FE01)"),
    "NCIT": (re.compile(r"C[0-9]+"), "C and digits (C4914)"),
    "CPT": (re.compile(r"[0-9]{4}[0-9A-Z]"), "5 characters (99213)"),
    "HCPCS": (re.compile(r"[A-Z][0-9]{4}"), "a letter and 4 digits (J9055)"),
    "ROLECODE": (re.compile(r"[A-Z][A-Z0-9]*"), "capital letters (NMTH)"),
    "V2SPECIMEN": (re.compile(r"[A-Z][A-Z0-9]*"), "capital letters (TUMOR)"),
    "LOCAL": (re.compile(r".+"), "any code"),
}  # fmt: skip


def code_problem(system: str, code: str) -> str | None:
    """What is wrong with a code for its system, or None when it is well formed."""
    pattern, shape = SHAPES[system]
    if not pattern.fullmatch(code):
        return f"'{code}' is not a {SYSTEM_NAMES[system]} code: expected {shape}"
    if system == "LOINC":
        number, check = code.split("-")
        expected = luhn_check_digit(number)
        if int(check) != expected:
            return f"the LOINC check digit of {code} should be {expected}"
    if system == "SNOMED":
        if not verhoeff_valid(code):
            return f"'{code}' is not a SNOMED CT identifier: its check digit is wrong"
        if code[-3:-1] not in {"00", "10"}:
            return f"'{code}' is a SNOMED CT description or relationship id, not a concept id"
    return None


def luhn_check_digit(digits: str) -> int:
    """LOINC's mod-10 check digit (the Luhn algorithm)."""
    total = 0
    for position, char in enumerate(reversed(digits)):
        d = int(char)
        if position % 2 == 0:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return (10 - total % 10) % 10


_VERHOEFF_D = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]  # fmt: skip
_VERHOEFF_P = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]  # fmt: skip


def verhoeff_valid(digits: str) -> bool:
    """SNOMED CT identifiers end in a Verhoeff check digit."""
    c = 0
    for i, char in enumerate(reversed(digits)):
        c = _VERHOEFF_D[c][_VERHOEFF_P[i % 8][int(char)]]
    return c == 0


def _category(code: str) -> str:
    return code.split(".")[0]


def range_problem(system: str, first: str, last: str) -> str | None:
    """A range must run forward: ``C96-C00`` is reversed."""
    if _category(first) > _category(last) or (first > last and _category(first) == _category(last)):
        return f"code range {first}-{last} is reversed; write {last}-{first}"
    return None


def matches(system: str, code: str, entry: str, last: str | None = None) -> bool:
    """Whether a patient's code falls under a value-set entry (a code or a range)."""
    if last is not None:  # both ends included, each with everything under it
        return entry <= code[: len(entry)] and code[: len(last)] <= last
    if system in HIERARCHICAL:
        return code == entry or code.startswith(entry if system == "ATC" else entry.rstrip("."))
    return code == entry


class CodeMatcher:
    """Decides membership of patient codes in a value set (its kept entries minus removed ones).

    A code of a system the value set lists no codes of is neither in it nor out of it: its
    membership is unknown (``None``), since the same concept may be among the listed codes under
    another system's code (a melanoma coded in SNOMED CT, a value set of ICD-10-CM codes).
    A removed entry still decides: a code it covers is out, whatever its system.

    >>> m = CodeMatcher([("ICD10CM", "C00", "C96", False), ("ICD10CM", "C44", None, True)])
    >>> m.matches("ICD10CM", "C50.911"), m.matches("ICD10CM", "C44.92"), m.matches("SNOMED", "372244006")
    (True, False, None)
    >>> m.member_of([("SNOMED", "372244006"), ("ICD10CM", "C43.9")]), m.unlisted([("SNOMED", "372244006")])
    (True, ('SNOMED',))
    >>> unlisted_reason(("SNOMED",)), unlisted_reason(("LOCAL",))
    ('coded in SNOMED CT; the value set lists no SNOMED CT codes', 'coded in a local code system; the value set lists no local codes')
    """

    def __init__(self, entries: list[tuple[str, str, str | None, bool]]) -> None:
        self.kept: dict[str, list[tuple[str, str | None]]] = {}
        self.removed: dict[str, list[tuple[str, str | None]]] = {}
        self.exact: dict[str, set[str]] = {}
        #: the systems the value set lists codes of (its kept entries)
        self.systems = frozenset(system for system, _, _, removed in entries if not removed)
        self._seen: dict[tuple[str, str], bool | None] = {}
        for system, code, last, removed in entries:
            target = self.removed if removed else self.kept
            if not removed and last is None and system not in HIERARCHICAL:
                self.exact.setdefault(system, set()).add(code)
            else:
                target.setdefault(system, []).append((code, last))

    def matches(self, system: str, code: str) -> bool | None:
        """Whether one code is in the value set; ``None`` when its system is not one it lists."""
        key = (system, code)
        found = self._seen.get(key, _UNSEEN)
        if found is _UNSEEN:
            found = self._match(system, code)
            if len(self._seen) < 100_000:  # patient codes repeat: remember the answers, within a bound
                self._seen[key] = found
        return found  # type: ignore[return-value]

    def member_of(self, codes: Iterable[tuple[str, str]]) -> bool | None:
        """Whether a record carrying these (system, code) pairs is in the value set: yes when any
        code is; unknown when none is but some code's membership is unknown; else no."""
        answer: bool | None = False
        for system, code in codes:
            found = self.matches(system, code)
            if found:
                return True
            if found is None:
                answer = None
        return answer

    def unlisted(self, codes: Iterable[tuple[str, str]]) -> tuple[str, ...]:
        """The systems of ``codes`` whose membership is unknown (the value set lists none of their
        codes, and no removed entry covers them), each once, in order."""
        return tuple(dict.fromkeys(system for system, code in codes if self.matches(system, code) is None))

    def _match(self, system: str, code: str) -> bool | None:
        if any(matches(system, code, first, last) for first, last in self.removed.get(system, ())):
            return False
        if system not in self.systems:
            return None
        if code in self.exact.get(system, ()):
            return True
        return any(matches(system, code, first, last) for first, last in self.kept.get(system, ()))


_UNSEEN = object()


def unlisted_reason(systems: Iterable[str], declaration: str = "value set") -> str:
    """Why a record's membership in a value set (or a measure: ``declaration="measure"``) is
    unknown, for the evidence and the missing data."""
    listed = list(systems)
    coded_in = [SYSTEM_NAMES[s] if s != "LOCAL" else "a local code system" for s in listed]
    no = [SYSTEM_NAMES[s] if s != "LOCAL" else "local" for s in listed]
    return f"coded in {' and '.join(coded_in)}; the {declaration} lists no {' or '.join(no)} codes"
