"""Every code of every value set and measure the criteria in ``criteria/`` use (issue 13):

- it has the right shape for its system, by the checker's own rules (``code_problem``: the
  pattern, LOINC's mod-10 check digit, SNOMED CT's Verhoeff check digit and partition);
- its source line names the release of every system it lists codes of;
- no code is listed under two systems, and one concept is not given two different names;
- no code is both kept and taken out of one value set, and no code sits in two value sets whose
  meanings exclude each other (a primary and a secondary cancer, an anti-EGFR antibody and an EGFR
  kinase inhibitor, pregnancy and menopause, ...), so that no criterion is made to contradict
  another by a shared code.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

import pytest

from eligo.language import nodes as n
from eligo.language.codes import HIERARCHICAL, CodeMatcher, code_problem, verhoeff_valid
from eligo.language.load import load_program
from eligo.language.program import Program

from .conftest import ROOT

TRIALS = sorted((ROOT / "criteria").glob("*.elig"))
PROGRAMS: dict[str, Program] = {path.stem: load_program(path) for path in TRIALS}


def declarations() -> Iterator[tuple[str, n.ValueSet | n.Measure]]:
    """Every value set and measure of every trial, each once (by name: imports repeat them)."""
    seen: dict[str, n.ValueSet | n.Measure] = {}
    for program in PROGRAMS.values():
        for name, declared in program.valuesets.items():
            if "." in name:  # the same declaration under its qualified name
                continue
            if name in seen:
                assert seen[name].entries == declared.entries, f"two different value sets named {name}"
                continue
            seen[name] = declared
            yield name, declared


DECLARED = dict(declarations())
ENTRIES = [(name, entry) for name, declared in DECLARED.items() for entry in declared.entries]


def matcher(name: str) -> CodeMatcher:
    return CodeMatcher([(e.system, e.code, e.last, e.removed) for e in DECLARED[name].entries])


def test_the_criteria_declare_value_sets_in_the_systems_real_data_carries() -> None:
    systems = {entry.system for _, entry in ENTRIES}
    assert {"ICD10CM", "SNOMED", "RXNORM", "LOINC", "ATC"} <= systems
    assert len(DECLARED) > 140 and len(ENTRIES) > 600


@pytest.mark.parametrize(("name", "entry"), ENTRIES, ids=[f"{name}-{e.system}-{e.code}" for name, e in ENTRIES])
def test_every_code_has_the_shape_of_its_system(name: str, entry: n.CodeEntry) -> None:
    assert code_problem(entry.system, entry.code) is None, (name, entry.code)
    if entry.last is not None:
        assert code_problem(entry.system, entry.last) is None, (name, entry.last)
    if entry.system == "SNOMED":
        assert verhoeff_valid(entry.code)


SNOMED_CODES = sorted({e.code for _, e in ENTRIES if e.system == "SNOMED"})


def test_the_snomed_check_digit_catches_every_single_digit_error_and_swap() -> None:
    """Verhoeff's scheme finds every one-digit error and every swap of two adjacent, different
    digits: so a SNOMED CT id mistyped that way is refused by the checker, whatever the digit."""
    assert len(SNOMED_CODES) > 30
    for code in SNOMED_CODES:
        for i, digit in enumerate(code):
            for other in "0123456789":
                if other != digit:
                    assert not verhoeff_valid(code[:i] + other + code[i + 1 :]), (code, i, other)
            if i + 1 < len(code) and code[i] != code[i + 1]:
                swapped = code[:i] + code[i + 1] + code[i] + code[i + 2 :]
                assert not verhoeff_valid(swapped), (code, swapped)
        mistyped = code[:-1] + str((int(code[-1]) + 1) % 10)
        assert (
            code_problem("SNOMED", mistyped) == f"'{mistyped}' is not a SNOMED CT identifier: its check digit is wrong"
        )


#: how each system is named in a ``source`` line
SYSTEM_IN_SOURCE = {
    "ICD10CM": "ICD-10-CM",
    "SNOMED": "SNOMED",
    "RXNORM": "RxNorm",
    "LOINC": "LOINC",
    "ATC": "ATC",
    "ICDO3": "ICD-O-3",
    "CPT": "CPT",
}


@pytest.mark.parametrize("name", sorted(DECLARED))
def test_the_source_line_names_every_system_listed(name: str) -> None:
    declared = DECLARED[name]
    source = " ".join(declared.sources)
    assert source, f"{name} names no source"
    for system in {e.system for e in declared.entries} & SYSTEM_IN_SOURCE.keys():
        assert SYSTEM_IN_SOURCE[system] in source, f"{name} lists {system} codes; its source does not name it"


def test_no_code_is_listed_under_two_systems() -> None:
    systems: dict[str, set[str]] = defaultdict(set)
    for _, entry in ENTRIES:
        if entry.system != "LOCAL":
            systems[entry.code].add(entry.system)
    assert {code: s for code, s in systems.items() if len(s) > 1} == {}


def _name(display: str | None) -> str:
    return re.sub(r"\s*\((disorder|procedure|finding|situation)\)$", "", (display or "").lower()).strip()


def test_one_concept_has_one_name_wherever_it_is_listed() -> None:
    """An exactly matched code (SNOMED CT, RxNorm, LOINC) listed in two value sets under two
    different names is a slip in one of them."""
    names: dict[tuple[str, str], set[str]] = defaultdict(set)
    for _, entry in ENTRIES:
        if entry.system not in HIERARCHICAL and entry.last is None and entry.display:
            names[(entry.system, entry.code)].add(_name(entry.display))
    assert {key: s for key, s in names.items() if len(s) > 1} == {}


def test_no_code_is_both_kept_and_taken_out_of_one_value_set() -> None:
    for name, declared in DECLARED.items():
        kept = {(e.system, e.code, e.last) for e in declared.entries if not e.removed}
        removed = {(e.system, e.code, e.last) for e in declared.entries if e.removed}
        assert kept & removed == set(), name


#: value sets whose meanings exclude each other: a code in both would make the criteria that use
#: them contradict each other (a cancer counted as the study's and as another one, a drug as an
#: antibody and as a kinase inhibitor, a woman as pregnant and as past menopause)
DISJOINT = [
    ("malignancy", "secondary_malignant_neoplasm"),
    ("malignancy", "cns_metastasis"),
    ("cscc", "other_skin_cancer"),
    ("cscc", "basal_cell_carcinoma"),
    ("breast_cancer", "bronchus_and_lung"),
    ("breast_cancer", "colorectal_cancer"),
    ("breast_cancer", "leukaemia"),
    ("bronchus_and_lung", "colorectal_cancer"),
    ("bronchus_and_lung", "leukaemia"),
    ("colorectal_cancer", "leukaemia"),
    ("hiv_infection", "hepatitis_b"),
    ("hiv_infection", "hepatitis_c"),
    ("pregnant_state", "postmenopausal_state"),
    ("pregnant_state", "surgical_sterility_status"),
    ("infection", "noninfectious_pneumonitis"),
    ("anti_egfr_antibody", "egfr_tki"),
    ("pd1_pdl1_inhibitor", "ctla4_inhibitor"),
    ("systemic_antiinfective", "antineoplastic_agent"),
    ("systemic_antiinfective", "systemic_corticosteroid"),
]


def shared_codes(first: str, second: str) -> list[str]:
    """The entries of either value set that the other one holds (a range by either end)."""
    shared = []
    for one, other in ((first, second), (second, first)):
        other_matcher = matcher(other)
        for entry in DECLARED[one].entries:
            if entry.removed or matcher(one).matches(entry.system, entry.code) is not True:
                continue
            for code in (entry.code, entry.last):
                if code is not None and other_matcher.matches(entry.system, code) is True:
                    shared.append(f"{entry.system} {code} ({one}, in {other})")
    return shared


@pytest.mark.parametrize(("first", "second"), DISJOINT, ids=[f"{a}-{b}" for a, b in DISJOINT])
def test_value_sets_of_exclusive_meanings_share_no_code(first: str, second: str) -> None:
    assert shared_codes(first, second) == []


def test_the_overlap_check_finds_a_shared_code() -> None:
    """The check above is not vacuous: value sets that do share codes are found to."""
    assert "SNOMED 254637007 (bronchus_and_lung, in malignancy)" in shared_codes("bronchus_and_lung", "malignancy")
    assert any("ICD10CM C34" in code for code in shared_codes("malignancy", "bronchus_and_lung"))


def test_local_formulations_are_kept_out_of_systemic_sets() -> None:
    """Codes of the same source deliberately left out: inhaled and topical corticosteroids are not
    systemic (RxNorm, from the Eunomia vocabulary the systemic set is built from)."""
    steroids = matcher("systemic_corticosteroid")
    assert steroids.matches("RXNORM", "312617") is True  # Prednisone 5 MG Oral Tablet
    for inhaled_or_topical in ("896209", "895994", "106258", "5492"):
        assert steroids.matches("RXNORM", inhaled_or_topical) is False


def test_the_value_sets_are_the_same_in_every_trial_that_imports_them() -> None:
    """A shared value set is one declaration: every trial importing it sees the same codes."""
    for name in ("malignancy", "cscc", "systemic_corticosteroid", "systemic_antiinfective"):
        versions = {program.valuesets[name].entries for program in PROGRAMS.values() if name in program.valuesets}
        assert len(versions) == 1, name
