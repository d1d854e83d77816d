"""Code systems: the shape of a valid code in each, and how codes match value-set entries.

ICD-10-CM, ICD-10 and ATC are hierarchies spelled by prefix, so an entry ``C44`` covers
``C44.92`` and a range ``C00-C96`` covers every code whose category lies in it. SNOMED CT,
LOINC, RxNorm and the others are matched exactly, unless an entry says ``and descendants``:
``SNOMED 363346000 and descendants`` covers the concept and every concept under it, as an OMOP
vocabulary's ``concept_ancestor`` table lists them (a :class:`Hierarchy`, read by
:mod:`eligo.sources.vocabulary`); without one, a code other than the concept itself is unknown.

>>> code_problem("ATC", "L01FE01") is None
True
>>> code_problem("LOINC", "89247-2")
'the LOINC check digit of 89247-2 should be 1'
>>> matches("ICD10CM", "C44.92", "C00", "C96")
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple, Protocol

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

#: Systems whose hierarchy an OMOP vocabulary holds (``concept_ancestor``): a value-set entry of
#: one of them may say ``and descendants``. ICD-10-CM's and ATC's codes spell theirs already (an
#: entry covers its children), ICD-O-3, NCIt and the HL7 tables have none OMOP relates.
DESCENDANT_SYSTEMS = ("SNOMED", "RXNORM", "ATC", "LOINC", "CPT", "HCPCS")

#: The systems a ``descendants`` entry reaches: its own, and for ATC the RxNorm drugs (OMOP's
#: ``concept_ancestor`` has the ATC classes as ancestors of RxNorm ingredients and products).
REACHES: dict[str, tuple[str, ...]] = {"ATC": ("ATC", "RXNORM")}


def reaches(system: str) -> tuple[str, ...]:
    """The systems whose codes may lie under a concept of ``system`` (``("ATC", "RXNORM")``)."""
    return REACHES.get(system, (system,))


def descendants_problem(system: str, last: str | None) -> str | None:
    """Why an entry may not say ``and descendants``, or None when it may."""
    if last is not None:
        return "a code range cannot say 'and descendants': it covers the codes under its ends already"
    if system == "LOCAL":
        return "a local code has no hierarchy Eligo can read: list its codes one by one"
    if system not in DESCENDANT_SYSTEMS:
        spelled = system in HIERARCHICAL or system == "ICD10CM"
        hint = "its entries cover their children already (C44 covers C44.92)" if spelled else "list its codes"
        return (
            f"{SYSTEM_NAMES[system]} has no hierarchy Eligo reads from a vocabulary; {hint} "
            f"('and descendants' is for {', '.join(DESCENDANT_SYSTEMS)})"
        )
    return None


class Hierarchy(Protocol):
    """What a terminology tells of its concepts (an OMOP vocabulary: ``eligo.sources.vocabulary``)."""

    @property
    def name(self) -> str:
        """How the evidence names it (``the vocabulary athena/``)."""
        ...

    def knows(self, system: str, code: str) -> bool:
        """Whether the concept is in the vocabulary."""
        ...

    def descendants(self, system: str, code: str) -> frozenset[tuple[str, str]]:
        """The concept and every concept under it, as (system, code) pairs (empty when the
        vocabulary has no such concept)."""
        ...

    @property
    def absent(self) -> frozenset[tuple[str, str]]:
        """Codes met in the data that the vocabulary does not hold: a query, which cannot ask the
        vocabulary, reads them as unknown (``sql.screen.absent_codes`` fills them in)."""
        ...

    def lacking(self, absent: frozenset[tuple[str, str]]) -> Hierarchy:
        """The same vocabulary, told which codes of the data it does not hold."""
        ...


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


Entry = tuple[str, str, str | None, bool] | tuple[str, str, str | None, bool, bool]
"""A value-set entry as the matcher reads it: system, code, last code of a range (or None),
removed, and optionally whether it covers the concept's descendants."""


class Doubt(NamedTuple):
    """Why a code's membership is unknown, as a message kind and its words: ``needs_vocabulary``
    (``code``, ``ancestor``) or ``not_standard`` (``code``, ``vocabulary``); ``str()`` is the English."""

    kind: str
    words: tuple[tuple[str, str], ...]

    def __str__(self) -> str:
        args = dict(self.words)
        if self.kind == "needs_vocabulary":
            return f"needs a vocabulary to tell whether {args['code']} is a descendant of {args['ancestor']}"
        if self.kind == "not_standard":
            return f"{args['code']} is not among the standard concepts of {args['vocabulary']}"
        return ""


#: the reason a code is unknown because its system is one the value set lists no codes of
_UNLISTED = Doubt("unlisted", ())


class CodeMatcher:
    """Decides membership of patient codes in a value set (its kept entries minus removed ones).

    A code of a system the value set lists no codes of is neither in it nor out of it: its
    membership is unknown (``None``), since the same concept may be among the listed codes under
    another system's code (a melanoma coded in SNOMED CT, a value set of ICD-10-CM codes).
    A removed entry still decides: a code it covers is out, whatever its system.

    An entry with descendants (a 5-tuple ending in ``True``) covers the concept and what the
    ``hierarchy`` puts under it; without a hierarchy, or for a code the hierarchy does not know,
    a code of the systems it reaches other than the concept itself is unknown.

    >>> m = CodeMatcher([("ICD10CM", "C00", "C96", False), ("ICD10CM", "C44", None, True)])
    >>> m.matches("ICD10CM", "C50.911"), m.matches("ICD10CM", "C44.92"), m.matches("SNOMED", "372244006")
    (True, False, None)
    >>> m.member_of([("SNOMED", "372244006"), ("ICD10CM", "C43.9")]), m.unlisted([("SNOMED", "372244006")])
    (True, ('SNOMED',))
    >>> unlisted_reason(("SNOMED",)), unlisted_reason(("LOCAL",))
    ('coded in SNOMED CT; the value set lists no SNOMED CT codes', 'coded in a local code system; the value set lists no local codes')
    >>> below = CodeMatcher([("SNOMED", "363346000", None, False, True)])
    >>> below.matches("SNOMED", "363346000"), below.matches("SNOMED", "254637007")
    (True, None)
    >>> below.unknown_reason([("SNOMED", "254637007")])
    'needs a vocabulary to tell whether SNOMED 254637007 is a descendant of SNOMED 363346000'
    """

    def __init__(self, entries: Sequence[Entry], hierarchy: Hierarchy | None = None) -> None:
        self.kept: dict[str, list[tuple[str, str | None]]] = {}
        self.removed: dict[str, list[tuple[str, str | None]]] = {}
        self.exact: dict[str, set[str]] = {}
        self.hierarchy = hierarchy
        #: entries with descendants, kept and removed: (system, code, the codes under it or None)
        self.kept_below: list[tuple[str, str, frozenset[tuple[str, str]] | None]] = []
        self.removed_below: list[tuple[str, str, frozenset[tuple[str, str]] | None]] = []
        listed: set[str] = set()
        for system, code, last, removed, *below in entries:
            if below and below[0]:
                under = hierarchy.descendants(system, code) if hierarchy is not None else None
                (self.removed_below if removed else self.kept_below).append((system, code, under))
                listed.update(() if removed else reaches(system))
                continue
            listed.update(() if removed else (system,))
            target = self.removed if removed else self.kept
            if not removed and last is None and system not in HIERARCHICAL:
                self.exact.setdefault(system, set()).add(code)
            else:
                target.setdefault(system, []).append((code, last))
        #: the systems the value set lists codes of (its kept entries, and those their descendants reach)
        self.systems = frozenset(listed)
        self._seen: dict[tuple[str, str], bool | None] = {}

    def matches(self, system: str, code: str) -> bool | None:
        """Whether one code is in the value set; ``None`` when its system is not one it lists."""
        key = (system, code)
        found = self._seen.get(key, _UNSEEN)
        if found is _UNSEEN:
            found = self._decide(system, code)[0]
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
        """The systems of ``codes`` whose membership is unknown because the value set lists none of
        their codes (and no removed entry covers them), each once, in order."""
        return tuple(dict.fromkeys(system for system, code in codes if _UNLISTED in self._decide(system, code)[1]))

    def unknown_reason(self, codes: Iterable[tuple[str, str]], declaration: str = "value set") -> str:
        """Why the membership of a record with these codes is unknown, in words: the systems the
        value set lists no codes of, the descendants only a vocabulary tells, the codes the
        vocabulary does not hold."""
        pairs = list(codes)
        unlisted = self.unlisted(pairs)
        doubts = [str(d) for d in self.doubts(pairs)]
        return "; ".join([unlisted_reason(unlisted, declaration)] * bool(unlisted) + doubts)

    def doubts(self, codes: Iterable[tuple[str, str]]) -> list[Doubt]:
        """The reasons other than an unlisted system why these codes' membership is unknown, each once."""
        found: dict[Doubt, None] = {}
        for system, code in codes:
            found.update(dict.fromkeys(r for r in self._decide(system, code)[1] if r != _UNLISTED))
        return list(found)

    def _decide(self, system: str, code: str) -> tuple[bool | None, tuple[Doubt, ...]]:
        """Whether a code is in the value set, and why not known when it is not."""
        if any(matches(system, code, first, last) for first, last in self.removed.get(system, ())):
            return False, ()
        removed, removed_why = self._below(self.removed_below, system, code)
        if removed:
            return False, ()
        kept, why = self._kept(system, code)
        if kept is False:
            return False, ()
        if removed is None:
            return None, (*why, *removed_why)
        return kept, why

    def _kept(self, system: str, code: str) -> tuple[bool | None, tuple[Doubt, ...]]:
        if code in self.exact.get(system, ()):
            return True, ()
        if any(matches(system, code, first, last) for first, last in self.kept.get(system, ())):
            return True, ()
        found, why = self._below(self.kept_below, system, code)
        if found is False and system not in self.systems:
            return None, (_UNLISTED,)
        return found, why

    def _below(
        self, entries: list[tuple[str, str, frozenset[tuple[str, str]] | None]], system: str, code: str
    ) -> tuple[bool | None, tuple[Doubt, ...]]:
        """Whether a code lies under one of ``entries`` (concepts with their descendants)."""
        why: list[Doubt] = []
        for top_system, top, under in entries:
            if system not in reaches(top_system):
                continue
            if (system == top_system and code == top) or (system == "ATC" == top_system and code.startswith(top)):
                return True, ()
            if under is not None and (system, code) in under:
                return True, ()
            if self.hierarchy is None:
                why.append(
                    Doubt("needs_vocabulary", (("code", f"{system} {code}"), ("ancestor", f"{top_system} {top}")))
                )
            elif not self.hierarchy.knows(system, code):
                why.append(Doubt("not_standard", (("code", f"{system} {code}"), ("vocabulary", self.hierarchy.name))))
        return (None, tuple(dict.fromkeys(why))) if why else (False, ())


_UNSEEN = object()


def unlisted_reason(systems: Iterable[str], declaration: str = "value set") -> str:
    """Why a record's membership in a value set (or a measure: ``declaration="measure"``) is
    unknown, for the evidence and the missing data."""
    listed = list(systems)
    coded_in = [SYSTEM_NAMES[s] if s != "LOCAL" else "a local code system" for s in listed]
    no = [SYSTEM_NAMES[s] if s != "LOCAL" else "local" for s in listed]
    return f"coded in {' and '.join(coded_in)}; the {declaration} lists no {' or '.join(no)} codes"
