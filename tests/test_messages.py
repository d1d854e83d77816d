"""The exact text of the messages a protocol author reads: one table row per mistake.

Each row is a criteria file (after a shared header) and the full rendered error output,
caret line included. Only errors are compared (the header's declarations may go unused).
"""

from __future__ import annotations

import pytest

import eligo
from eligo.errors import SourceError

HEADER = (
    'trial T1 "Test"\n  reference first_dose "Day 1"\n\n'
    'measure ecog "ECOG": number\n  LOINC 89247-1 "ECOG"\n\n'
    'valueset cscc "CSCC"\n  ICD10CM C44.92 "SCC"\n\n'
)

CASES = [
    (
        "syntax_expected_words",
        'include I1 "Adult"\n  age at >= 18 years\n',
        "t.elig:11:10: error: unexpected '>='; expected a date (YYYY-MM-DD), a name or a record kind (condition, medication, procedure, adverse_event, allergy, study, lesion, specimen, family_history, device, observation)\n    age at >= 18 years\n           ^^",
    ),
    (
        "syntax_misspelt_keyword",
        'inclde I1 "Adult"\n  age at first_dose >= 18 years\n',
        "t.elig:1:1: error: unexpected 'inclde'; expected the end of the file or a new item (trial, import, valueset, measure, attested, define, include, exclude); did you mean 'include'?\n  inclde I1 \"Adult\"\n  ^^^^^^",
    ),
    (
        "syntax_unexpected_end",
        'include I1 "Adult"\n  age at first_dose >=\n',
        "t.elig:11:23: error: unexpected end of file; expected '(', 'age', 'count', 'false', 'latest', 'true', a date (YYYY-MM-DD), a name, a number, a quoted string (\"...\"), a code system (ICD10CM, SNOMED, LOINC, ATC, RXNORM, ...) or a record kind (condition, medication, procedure, adverse_event, allergy, study, lesion, specimen, family_history, device, observation)\n    age at first_dose >=\n                        ^",
    ),
    (
        "syntax_unexpected_character",
        'include I1 "Adult"\n  age at first_dose >= 18 years @\n',
        "t.elig:11:33: error: unexpected character '@'; expected ')', ',', '..', 'after', 'and', 'before', 'else', 'except', 'of', 'or', 'then' or a new item (trial, import, valueset, measure, attested, define, include, exclude)\n    age at first_dose >= 18 years @\n                                  ^",
    ),
    (
        "syntax_quantifier_needs_parentheses",
        'include I1 "Adult"\n  age at first_dose >= 18 years and exists condition in cscc\n',
        "t.elig:11:44: error: unexpected 'condition'; expected '(', 'after', 'and', 'at', 'before', 'between', 'in', 'includes', 'is', 'not', 'on', 'or' or ...\n    age at first_dose >= 18 years and exists condition in cscc\n                                             ^^^^^^^^^\n  hint: put 'exists ...' in parentheses when it is part of 'and', 'or' or 'not'",
    ),
    (
        "syntax_misspelt_unit",
        'include I1 "Adult"\n  age at first_dose >= 18 yeers\n',
        "t.elig:11:27: error: unexpected 'yeers'; expected 'and', 'or', a unit (such as g/dL or 10^9/L), the end of the file, a new item (trial, import, valueset, measure, attested, define, include, exclude) or a time unit (days, weeks, months, years); did you mean 'years'?\n    age at first_dose >= 18 yeers\n                            ^^^^^",
    ),
    (
        "untyped_value_as_a_date",
        'include I1 "Recent"\n  exists observation where value within 3 days before first_dose\n',
        "t.elig:11:28: error: a window applies to a date, but the value of an observation of no declared measure has no type\n    exists observation where value within 3 days before first_dose\n                             ^^^^^\n  hint: declare a measure with the value's type and use 'exists MEASURE where ...'",
    ),
    (
        "untyped_value_as_a_set",
        'include I1 "Has 3"\n  exists observation where value includes 3\n',
        "t.elig:11:28: error: 'includes' needs a field with several values; the value of an observation of no declared measure has no type\n    exists observation where value includes 3\n                             ^^^^^^^^^^^^^^^^\n  hint: declare a measure with the value's type and use 'exists MEASURE where ...'",
    ),
    (
        "unknown_name",
        'include I1 "Adult"\n  age at first_dos >= 18 years\n',
        "t.elig:11:10: error: unknown name 'first_dos'; did you mean 'first_dose'?\n    age at first_dos >= 18 years\n           ^^^^^^^^^",
    ),
    (
        "unknown_measure",
        'include I1 "ECOG"\n  latest ecgo within 28 days before first_dose in 0..1\n',
        "t.elig:11:3: error: unknown measure 'ecgo'; did you mean 'ecog'?\n    latest ecgo within 28 days before first_dose in 0..1\n    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
    ),
    (
        "undefined_valueset",
        'exclude E1 "SCC"\n  exists condition in csc\n',
        "t.elig:11:10: error: undefined value set 'csc'; did you mean 'cscc'?\n    exists condition in csc\n           ^^^^^^^^^^^^^^^^",
    ),
    (
        "age_against_a_quantity",
        'include I1 "Adult"\n  age at first_dose >= 7 g/dL\n',
        "t.elig:11:3: error: cannot compare 'age at first_dose' (an age) with '7 g/dL' (a quantity in g/dL)\n    age at first_dose >= 7 g/dL\n    ^^^^^^^^^^^^^^^^^^^^^^^^^^^",
    ),
    (
        "reversed_range",
        'include I1 "ECOG"\n  latest ecog within 28 days before first_dose in 2..1\n',
        "t.elig:11:51: error: range 2..1 is reversed; write 1..2\n    latest ecog within 28 days before first_dose in 2..1\n                                                    ^^^^",
    ),
    (
        "duplicate_id",
        'include I1 "Adult"\n  age at first_dose >= 18 years\n\ninclude I1 "Woman"\n  sex is female\n',
        "t.elig:13:1: error: criterion id 'I1' is used twice (first at t.elig:10:1)\n  include I1 \"Woman\"\n  ^^^^^^^^^^^^^^^^^^",
    ),
    (
        "id_differs_only_in_case",
        'include I1 "Adult"\n  age at first_dose >= 18 years\n\ninclude i1 "Woman"\n  sex is female\n',
        "t.elig:13:1: error: criterion id 'i1' differs from 'I1' (line 10) only in case\n  include i1 \"Woman\"\n  ^^^^^^^^^^^^^^^^^^\n  hint: ids name the columns of the screening results, and SQL names ignore case",
    ),
    (
        "id_of_a_result_column",
        'include Verdict "Adult"\n  age at first_dose >= 18 years\n',
        "t.elig:10:1: error: criterion id 'Verdict' is the name of another column of the screening results\n  include Verdict \"Adult\"\n  ^^^^^^^^^^^^^^^^^^^^^^^\n  hint: the results have the columns patient_id, verdict, fingerprint and one per criterion id",
    ),
    (
        "not_an_enum_value",
        'include I1 "Woman"\n  sex is femle\n',
        "t.elig:11:10: error: 'femle' is not a value of sex; did you mean 'female'?\n    sex is femle\n           ^^^^^\n  hint: the values are: female, male, other",
    ),
    (
        "double_negation",
        'exclude E1 "No SCC"\n  no condition in cscc\n',
        "t.elig:11:3: error: exclusion E1 is a double negation: it excludes patients who do not have something\n    no condition in cscc\n    ^^^^^^^^^^^^^^^^^^^^\n  hint: state it positively: 'exclude ... exists ...', or make it an inclusion criterion",
    ),
    (
        "unknown_unit",
        'measure hb "Haemoglobin": g/dl\n  LOINC 718-7 "Hemoglobin"\n\ninclude I1 "Hb"\n  latest hb within 7 days before first_dose >= 9 g/dL\n',
        "t.elig:10:27: error: unknown unit 'g/dl'; did you mean 'g/dL'?\n  measure hb \"Haemoglobin\": g/dl\n                            ^^^^",
    ),
    (
        "malformed_atc",
        'valueset drugs "Drugs"\n  ATC L01FE1 "cetuximab"\n\nexclude E1 "Drugs"\n  exists medication in drugs\n',
        "t.elig:11:3: error: 'L01FE1' is not a WHO ATC code: expected a level-1 to level-5 ATC code (L01FE01)\n    ATC L01FE1 \"cetuximab\"\n    ^^^^^^^^^^^^^^^^^^^^^^",
    ),
    (
        "loinc_check_digit",
        'measure hb "Haemoglobin": g/dL\n  LOINC 718-6 "Hemoglobin"\n\ninclude I1 "Hb"\n  latest hb within 7 days before first_dose >= 9 g/dL\n',
        't.elig:11:3: error: the LOINC check digit of 718-6 should be 7\n    LOINC 718-6 "Hemoglobin"\n    ^^^^^^^^^^^^^^^^^^^^^^^^',
    ),
    (
        "snomed_check_digit",
        'valueset tx "Transplant"\n  SNOMED 234336003 "HSCT"\n\nexclude E1 "Transplant"\n  exists procedure in tx\n',
        "t.elig:11:3: error: '234336003' is not a SNOMED CT identifier: its check digit is wrong\n    SNOMED 234336003 \"HSCT\"\n    ^^^^^^^^^^^^^^^^^^^^^^^",
    ),
    (
        "quantity_needs_unit",
        'measure anc "ANC": 10^9/L\n  LOINC 751-8 "Neutrophils"\n\ninclude I1 "ANC"\n  latest anc within 7 days before first_dose > 0.75\n',
        "t.elig:14:48: error: '0.75' needs a unit: 'latest anc within 7 days before first_dose' is measured in 10^9/L\n    latest anc within 7 days before first_dose > 0.75\n                                                 ^^^^",
    ),
    (
        "incomparable_units",
        'measure anc "ANC": 10^9/L\n  LOINC 751-8 "Neutrophils"\n\ninclude I1 "ANC"\n  latest anc within 7 days before first_dose > 0.75 g/dL\n',
        "t.elig:14:3: error: cannot compare 'latest anc within 7 days before first_dose' (a quantity in 10^9/L) with '0.75 g/dL' (a quantity in g/dL)\n    latest anc within 7 days before first_dose > 0.75 g/dL\n    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
    ),
    (
        "field_outside_query",
        'include I1 "Onset"\n  condition.onset before first_dose\n',
        "t.elig:11:3: error: 'condition.onset' is used outside a query over condition records\n    condition.onset before first_dose\n    ^^^^^^^^^^^^^^^",
    ),
    (
        "unknown_field",
        'exclude E1 "SCC"\n  exists condition in cscc where stauts is active\n',
        "t.elig:11:34: error: unknown name 'stauts'; did you mean 'status'?\n    exists condition in cscc where stauts is active\n                                   ^^^^^^",
    ),
    (
        "empty_valueset",
        'valueset drugs "Drugs"\n\nexclude E1 "Drugs"\n  exists medication in drugs\n',
        't.elig:10:1: error: value set \'drugs\' has no codes\n  valueset drugs "Drugs"\n  ^^^^^^^^^^^^^^^^^^^^^^\n  hint: list at least one code, such as: LOINC 89247-1 "..."',
    ),
    (
        "impossible_date",
        'include I1 "Born"\n  birth_date before 2026-02-30\n',
        "t.elig:11:21: error: 2026-02-30 is not a date in the calendar\n    birth_date before 2026-02-30\n                      ^^^^^^^^^^",
    ),
    (
        "not_a_condition",
        'include I1 "Age"\n  age at first_dose\n',
        "t.elig:11:3: error: criterion I1 must be a yes/no condition, but this is an age\n    age at first_dose\n    ^^^^^^^^^^^^^^^^^",
    ),
    (
        "unused_definition",
        'define adult "Adult"\n  age at first_dose >= 18 years\n\ninclude I1 "Woman"\n  sex is female\n',
        "t.elig:10:1: warning: 'adult' is declared but never used\n  define adult \"Adult\"\n  ^^^^^^^^^^^^^^^^^^^^",
    ),
    (
        "window_in_units",
        'include I1 "Recent"\n  exists condition in cscc where onset within 3 g/dL before first_dose\n',
        "t.elig:11:47: error: a window is measured in days, weeks, months or years, not 'g/dL'\n    exists condition in cscc where onset within 3 g/dL before first_dose\n                                                ^^^^^^",
    ),
    (
        "in_valueset_needs_code",
        'include I1 "Sex"\n  sex in cscc\n',
        "t.elig:11:3: error: only a code can be in a value set, and 'sex' is a sex (female, male or other)\n    sex in cscc\n    ^^^^^^^^^^^",
    ),
    (
        "duplicate_declaration",
        'valueset cscc "Again"\n  ICD10CM C44.92 "SCC"\n\ninclude I1 "SCC"\n  exists condition in cscc\n',
        "t.elig:10:1: error: 'cscc' is declared twice (first declared at t.elig:7:1)\n  valueset cscc \"Again\"\n  ^^^^^^^^^^^^^^^^^^^^^",
    ),
    (
        "define_needs_record",
        'define treated "Treated" for condition\n  treatment includes surgery\n\ninclude I1 "Treated"\n  treated\n',
        "t.elig:14:3: error: 'treated' describes a condition; use it inside a query over condition records\n    treated\n    ^^^^^^^",
    ),
]


def rendered_errors(name: str, body: str) -> str:
    text = body if name == "syntax_misspelt_keyword" else HEADER + body
    try:
        program = eligo.check(eligo.parse_text(text, "t.elig"), (), {"t.elig": text})
    except SourceError as error:
        return "\n".join(d.render({"t.elig": text}) for d in error.diagnostics if d.severity == "error")
    return "\n".join(w.render({"t.elig": text}) for w in program.warnings if "adult" in w.message)


@pytest.mark.parametrize(("name", "body", "expected"), CASES, ids=[c[0] for c in CASES])
def test_message_text(name: str, body: str, expected: str) -> None:
    assert rendered_errors(name, body) == expected


def test_at_least_fifteen_distinct_messages() -> None:
    first_lines = {expected.splitlines()[0].split(": ", 2)[2] for _, _, expected in CASES}
    assert len(first_lines) >= 15
