"""Golden sentences: every expression kind and window in protocol English."""

from __future__ import annotations

import pytest

import eligo
from eligo.language import nodes as n
from eligo.language.phrases import Phraser, phraser_for, sentence, window_phrase

HEADER = """\
trial T1 "Test"
  reference first_dose "Day 1"

attested consent "Signed the informed consent form": boolean
attested survival "Expected survival": duration
attested site "Primary site": text
attested partner "With a partner who agrees to use contraception": boolean

valueset cscc "Cutaneous squamous cell carcinoma"
  ICD10CM C44.92 "SCC"

valueset egfr "Anti-EGFR antibodies"
  ATC L01FE "EGFR mAbs"

valueset transplant "Transplant"
  SNOMED 234336002 "HSCT"

measure ecog "ECOG performance status": number
  LOINC 89247-1 "ECOG"

define cured "Cured" for condition
  status is resolved
"""

GOLDEN = [
    ("age at first_dose >= 18 years", "Aged 18 years or older on the day of first dose."),
    ("age at first_dose < 18 years", "Younger than 18 years on the day of first dose."),
    ("consent", "Signed the informed consent form [attested]."),
    ("not consent", "Signed the informed consent form [attested]: no."),
    ("survival >= 12 weeks", "Expected survival [attested] is at least 12 weeks."),
    ("sex is female", "Female."),
    ("sex is not male", "Not male."),
    ("sex is known", "Sex is recorded."),
    ("birth_date before 1990-01-01", "Born before 1990-01-01."),
    ("sex in (female, other)", "Female or other."),
    (
        "latest ecog within 28 days before first_dose in 0..1",
        "The most recent ECOG performance status within 28 days before first dose is between 0 and 1.",
    ),
    (
        "latest ecog within 2 weeks after first_dose <= 2",
        "The most recent ECOG performance status within 2 weeks after first dose is at most 2.",
    ),
    (
        "latest ecog on or before first_dose = 0",
        "The most recent ECOG performance status on or before first dose is 0.",
    ),
    (
        "latest ecog between 2026-01-01 and first_dose != 4",
        "The most recent ECOG performance status between 2026-01-01 and first dose is not 4.",
    ),
    (
        "exists condition in cscc where confirmed_by in (histopathology, cytology)",
        "A diagnosis of cutaneous squamous cell carcinoma, confirmed by histopathology or cytology.",
    ),
    (
        "exists condition in cscc where extent is metastatic and onset within 3 years before first_dose",
        "A diagnosis of cutaneous squamous cell carcinoma, metastatic and diagnosed within 3 years before first dose.",
    ),
    (
        "no medication in egfr where start at least 4 weeks before first_dose",
        "No treatment with anti-EGFR antibodies, started at least 4 weeks before first dose.",
    ),
    ("exists procedure in transplant where donor is allogeneic", "Transplant, from an allogeneic donor."),
    ("exists condition where code is ICD10CM C44.92", "A diagnosis, coded ICD10CM C44.92."),
    ("exists condition in cscc except cured", "A diagnosis of cutaneous squamous cell carcinoma, except cured."),
    (
        "exists condition in cscc where treatment includes surgery except status in (resolved, remission)",
        "A diagnosis of cutaneous squamous cell carcinoma, treated with surgery, except with status resolved or remission.",
    ),
    ("count(procedure in transplant) >= 2", "At least 2 records of transplant."),
    ("exists ecog where value > 1", "A result of ECOG performance status, with a value of more than 1."),
    ("exists ecog where value not in 0..1", "A result of ECOG performance status, with a value not between 0 and 1."),
    (
        "exists condition in cscc where (exists procedure where date after condition.onset)",
        "A diagnosis of cutaneous squamous cell carcinoma, with a procedure, performed after the condition's onset date.",
    ),
    (
        "exists procedure where (no condition where onset within 30 days after procedure.date)",
        "A procedure, with no diagnosis, diagnosed within 30 days after the procedure's date.",
    ),
    ("count(procedure in transplant) >= 1", "At least 1 record of transplant."),
    (
        "consent and partner",
        "Signed the informed consent form [attested] and with a partner who agrees to use contraception [attested].",
    ),
    ("exists medication where end is not known", "A medication, with no end date recorded."),
    ("exists medication where start within 7 days of first_dose", "A medication, started within 7 days of first dose."),
    ("exists medication where route is intravenous", "A medication, given by the intravenous route."),
    ("consent and sex is female", "Signed the informed consent form [attested] and female."),
    ("consent or sex is female or sex is other", "Signed the informed consent form [attested], female or other."),
    (
        "consent and (sex is female or sex is other)",
        "Signed the informed consent form [attested] and (female or other).",
    ),
    ("if sex is female then consent", "If female: signed the informed consent form [attested]."),
    (
        "if sex is female then consent else true",
        "If female: signed the informed consent form [attested]; otherwise yes.",
    ),
    ('site = "scalp"', "Primary site [attested] is “scalp”."),
    ("false", "No."),
    (
        "count(condition in cscc) > 1.5",
        "The number of records of a diagnosis of cutaneous squamous cell carcinoma is more than 1.5.",
    ),
]


@pytest.fixture(scope="module")
def phraser() -> Phraser:
    program = eligo.check(eligo.parse_text(HEADER + 'include X "x"\n  consent\n', "t.elig"))
    return phraser_for(program)


def body(source: str) -> n.Node:
    """The checked body of a one-criterion program: goldens are sentences of programs that can exist."""
    program = eligo.check(eligo.parse_text(HEADER + f'include X "x"\n  {source}\n', "t.elig"))
    return program.criteria[0].body


@pytest.mark.parametrize(("source", "expected"), GOLDEN, ids=[g[0][:60] for g in GOLDEN])
def test_golden_sentence(phraser: Phraser, source: str, expected: str) -> None:
    assert sentence(phraser.phrase(body(source))) == expected


def test_the_golden_table_covers_every_expression_kind_and_window() -> None:
    kinds: set[str] = set()
    for source, _ in GOLDEN:
        kinds |= {getattr(node, "kind", "") for node in body(source).walk()}
    expression_kinds = {t.model_fields["kind"].default for t in n.EXPR_TYPES}
    window_kinds = {t.model_fields["kind"].default for t in n.WINDOW_TYPES}
    assert expression_kinds | window_kinds <= kinds


def test_every_window_kind_reads_in_every_direction() -> None:
    anchor = n.Name(name="first_dose")
    amount = n.QuantityLit(value=1, unit="days")
    assert window_phrase(n.Within(amount=amount, direction="of", anchor=anchor)) == "within 1 day of first dose"
    assert (
        window_phrase(n.AtLeast(amount=amount, direction="after", anchor=anchor)) == "at least 1 day after first dose"
    )
    assert window_phrase(n.Relative(relation="on_or_after", anchor=anchor)) == "on or after first dose"
    assert window_phrase(n.Between(start=n.DateLit(value="2020"), end=anchor)) == "between 2020 and first dose"


def test_sentence_keeps_codes_and_acronyms() -> None:
    assert sentence("eCOG") == "ECOG."
    assert sentence("ICD10CM C44.92 codes") == "ICD10CM C44.92 codes."
