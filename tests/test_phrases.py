"""Golden sentences: every expression kind and window in protocol English."""

from __future__ import annotations

import pytest

import eligo
from eligo.language import nodes as n
from eligo.language.layout import Block, Layout, Section, flat, label
from eligo.language.phrases import Phraser, phraser_for, sentence, window_phrase

HEADER = """\
trial T1 "Test"
  reference first_dose "Day 1"
  parameter stage "Study stage": one of (stage_1, stage_2)

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

measure inr "INR": number
  LOINC 6301-6 "INR"

measure anc "ANC": 10^9/L
  LOINC 751-8 "Neutrophils"

define cured "Cured" for condition
  status is resolved

valueset tumour_tissue "Tumour tissue"
  V2SPECIMEN TUMOR "Tumor"

valueset core_biopsy "Core or excisional biopsy"
  SNOMED 129314006 "Biopsy - action"

valueset first_degree "First-degree relatives"
  ROLECODE NMTH "natural mother"

valueset sudden_death "Unexplained sudden death"
  ICD10CM R96 "Other sudden death, cause unknown"
"""

GOLDEN = [
    (  # a per-enrolment parameter, by its title
        "if stage is stage_1 then age at first_dose >= 2 years",
        "If the study stage is stage 1: aged 2 years or older on the day of first dose.",
    ),
    ("stage in (stage_1, stage_2)", "The study stage is stage 1 or stage 2."),
    (  # tumour assessments (RECIST): lesion records
        "exists lesion where lymph_node is true and short_axis >= 15 mm",
        "A tumour lesion, a lymph node with short axis of at least 15 mm.",
    ),
    (
        "exists lesion where bone in (lytic, mixed) and assessor is central and irradiated is false",
        "A tumour lesion that meets all of the following: [(a) a lytic or mixed bone lesion; (b) read by "
        "central review; (c) not in a field irradiated before].",
    ),
    (  # specimens, family history and devices (FHIR Specimen, FamilyMemberHistory, DeviceUseStatement)
        "exists specimen in tumour_tissue where method in core_biopsy and status is available",
        "A specimen of tumour tissue that meets all of the following: [(a) by a method of core or excisional "
        "biopsy; (b) with status available].",
    ),
    (
        "exists specimen in tumour_tissue where collected within 1 year before first_dose",
        "A specimen of tumour tissue, collected within 1 year before first dose.",
    ),
    (
        "exists family_history in sudden_death where relationship in first_degree and deceased_age < 40",
        "A family history of unexplained sudden death, in a relative among first-degree relatives with "
        "deceased age of less than 40.",
    ),
    (
        "exists family_history where contributed_to_death is true and onset_age < 40",
        "A family history, that contributed to the relative's death with onset age of less than 40.",
    ),
    (
        "exists device where investigational and active within 4 weeks before first_dose",
        "Use of a device, investigational and ongoing at any time within 4 weeks before first dose.",
    ),
    (
        "latest inr within 7 days before first_dose <= 1.5 × ULN",
        "The most recent INR within 7 days before first dose is at most 1.5 × ULN.",
    ),
    (
        "latest anc within 7 days before first_dose >= 1500/µL",
        "The most recent ANC within 7 days before first dose is at least 1500/µL.",
    ),
    ("age at first_dose >= 18 years", "Aged 18 years or older on the day of first dose."),
    (
        "exists medication in egfr where active within 7 days before first_dose",
        "Treatment with anti-EGFR antibodies, ongoing at any time within 7 days before first dose.",
    ),
    (
        "exists medication in egfr where active on first_dose",
        "Treatment with anti-EGFR antibodies, ongoing on first dose.",
    ),
    (
        "exists condition in cscc where (exists medication in egfr where reason is condition)",
        "A diagnosis of cutaneous squamous cell carcinoma that meets the following: "
        "[(a) with treatment with anti-EGFR antibodies, given for that diagnosis].",
    ),
    (
        "exists condition in cscc where (no procedure in transplant where reason is not condition)",
        "A diagnosis of cutaneous squamous cell carcinoma that meets the following: "
        "[(a) with no transplant, not performed for that diagnosis].",
    ),
    (
        "exists condition in cscc where latest ecog of condition within 1 year before first_dose <= 1",
        "A diagnosis of cutaneous squamous cell carcinoma, "
        "the most recent ECOG performance status of that diagnosis within 1 year before first dose is at most 1.",
    ),
    (
        "exists condition in cscc where (exists ecog where focus is condition and status is final)",
        "A diagnosis of cutaneous squamous cell carcinoma that meets the following: "
        "[(a) with a result of ECOG performance status, recorded for that diagnosis with status final].",
    ),
    (
        "exists ecog where interpretation in (low, critically_low) and method is LOCAL x",
        "A result of ECOG performance status that meets all of the following: "
        "[(a) interpreted as low or critically low; (b) by the method LOCAL x].",
    ),
    (
        "exists ecog where method in cscc",
        "A result of ECOG performance status, by a method of cutaneous squamous cell carcinoma.",
    ),
    (
        "exists medication in egfr where reason_code in cscc",
        "Treatment with anti-EGFR antibodies, given for cutaneous squamous cell carcinoma.",
    ),
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
        "A diagnosis of cutaneous squamous cell carcinoma that meets the following: "
        "[(a) with a procedure, performed after the condition's onset date].",
    ),
    (
        "exists procedure where (no condition where onset within 30 days after procedure.date)",
        "A procedure that meets the following: [(a) with no diagnosis, diagnosed within 30 days after the procedure's date].",
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
        "All of the following: [(a) signed the informed consent form [attested]; (b) female or other].",
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


# --- grouping (issue 10): a criterion reads as one sentence only while it cannot be misread

GROUPING_HEADER = (
    HEADER
    + """
valueset bcc "Basal cell carcinoma"
  ICD10CM C44.91 "BCC"

valueset prostate "Prostate cancer"
  ICD10CM C61 "Prostate"
"""
)


def grouped(source: str) -> Layout:
    program = eligo.check(eligo.parse_text(GROUPING_HEADER + f'include X "x"\n  {source}\n', "t.elig"))
    return phraser_for(program).layout(program.criteria[0].body)


def test_several_exceptions_are_a_lettered_list() -> None:
    """Two excepts read "except A or B and C" before; a reviewer took the and over both."""
    two = grouped("exists condition in cscc except code in bcc except code in prostate and treatment includes surgery")
    assert two == Block(
        (
            Section(
                "a diagnosis of cutaneous squamous cell carcinoma, except any of the following:",
                ("basal cell carcinoma", "prostate cancer and treated with surgery"),
            ),
        )
    )
    assert flat(two) == (
        "a diagnosis of cutaneous squamous cell carcinoma, except any of the following: "
        "[(a) basal cell carcinoma; (b) prostate cancer and treated with surgery]"
    )
    one = grouped("exists condition in cscc except (code in bcc or code in prostate) and treatment includes surgery")
    assert flat(one) == (
        "a diagnosis of cutaneous squamous cell carcinoma, except one that meets all of the following: "
        "[(a) basal cell carcinoma or prostate cancer; (b) treated with surgery]"
    )


def test_mixed_and_or_are_lists() -> None:
    """The outer connective lists its operands; an operand with one connective is one item."""
    left = grouped("consent and (partner or sex is female)")
    right = grouped("(consent and partner) or sex is female")
    assert left == Block(
        (
            Section(
                "all of the following:",
                (
                    "signed the informed consent form [attested]",
                    "with a partner who agrees to use contraception [attested] or female",
                ),
            ),
        )
    )
    assert flat(right) == (
        "any of the following: [(a) signed the informed consent form [attested] and with a partner who agrees "
        "to use contraception [attested]; (b) female]"
    )
    deeper = grouped("consent or (partner and (sex is female or sex is other))")
    assert flat(deeper) == (
        "any of the following: [(a) signed the informed consent form [attested]; (b) all of the following: ["
        "(i) with a partner who agrees to use contraception [attested]; (ii) female or other]]"
    )


def test_the_same_connective_nested_stays_one_sentence() -> None:
    assert grouped("consent and (partner and sex is female)") == (
        "signed the informed consent form [attested], with a partner who agrees to use contraception [attested] "
        "and female"
    )


def test_a_query_with_its_own_where_or_except_is_never_followed_by_words_that_could_be_its_own() -> None:
    outer = grouped(
        "exists condition in cscc where (exists procedure in transplant where date after condition.onset) "
        "except code in bcc"
    )
    inner = grouped(
        "exists condition in cscc where (exists procedure in transplant where date after condition.onset "
        "except code in bcc)"
    )
    assert flat(outer) == (
        "a diagnosis of cutaneous squamous cell carcinoma that meets the following: "
        "[(a) with transplant, performed after the condition's onset date]; except basal cell carcinoma"
    )
    assert flat(inner) == (
        "a diagnosis of cutaneous squamous cell carcinoma that meets the following: "
        "[(a) with transplant, performed after the condition's onset date, except basal cell carcinoma]"
    )
    top = grouped("(exists condition in cscc where status is resolved) and consent")
    assert isinstance(top, Block) and top.sections[0].text == "all of the following:"
    assert grouped("consent and (exists condition in cscc where status is resolved)") == (
        "signed the informed consent form [attested] and a diagnosis of cutaneous squamous cell carcinoma, "
        "with status resolved"
    )


def test_negated_groups_are_lists() -> None:
    assert flat(grouped("not (consent and partner)")).startswith("not all of the following: [(a) signed")
    assert flat(grouped("not (consent or partner)")).startswith("none of the following: [(a) signed")


def test_a_count_of_a_query_with_lists_puts_the_query_last() -> None:
    assert flat(grouped("count(condition in cscc except code in bcc except code in prostate) > 2")) == (
        "more than 2 records of a diagnosis of cutaneous squamous cell carcinoma, except any of the following: "
        "[(a) basal cell carcinoma; (b) prostate cancer]"
    )


def test_a_count_other_than_a_number_reads_as_one() -> None:
    assert flat(grouped("count(condition in cscc where (exists procedure in transplant)) != 2")) == (
        "a number of records other than 2, of a diagnosis of cutaneous squamous cell carcinoma, with transplant"
    )


def test_a_conditional_with_lists_keeps_if_then_otherwise_apart() -> None:
    laid = grouped('if consent and (partner or sex is female) then site = "scalp" else false')
    assert flat(laid) == (
        "if all of the following: [(a) signed the informed consent form [attested]; "
        "(b) with a partner who agrees to use contraception [attested] or female]; "
        "then primary site [attested] is “scalp”; otherwise no"
    )


@pytest.mark.parametrize(
    ("depth", "labels"),
    [(1, "(a) (b) (z) (aa)"), (2, "(i) (ii) (xxvi) (xxvii)"), (3, "(A) (B) (Z) (AA)"), (4, "(1) (2) (26) (27)")],
)
def test_labels_by_depth(depth: int, labels: str) -> None:
    assert " ".join(label(depth, i) for i in (0, 1, 25, 26)) == labels


def test_words_that_join_no_conditions_keep_a_sentence() -> None:
    """The "or" of "18 years or older" joins no conditions: an age range stays one sentence."""
    assert grouped("age at first_dose >= 18 years and age at first_dose < 75 years") == (
        "aged 18 years or older on the day of first dose and younger than 75 years on the day of first dose"
    )


def test_a_list_whose_items_hold_commas_is_lettered() -> None:
    """Three conditions joined by commas, one with commas of its own: where each ends is laid out."""
    laid = grouped('consent and site = "scalp, face" and partner')
    assert isinstance(laid, Block) and laid.sections[0].text == "all of the following:"
    assert grouped('consent and site = "scalp" and partner') == (
        "signed the informed consent form [attested], primary site [attested] is “scalp” and with a partner who "
        "agrees to use contraception [attested]"
    )
