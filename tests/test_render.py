"""Protocol documents: every trial in every format, valid HTML, and nothing unescaped."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

import eligo
from eligo.documents.render import FORMATS, markdown_escape, render_protocol

from .conftest import CRITERIA, TRIAL_FILES
from .htmlcheck import check_html


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("path", TRIAL_FILES, ids=lambda p: p.name)
def test_every_trial_renders_in_every_format(path: Path, fmt: str) -> None:
    program = eligo.load_program(path)
    text = render_protocol(program, fmt)
    for criterion in program.criteria:
        assert criterion.id in text
    if fmt == "html":
        check_html(text)


def _words(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("path", TRIAL_FILES, ids=lambda p: p.name)
def test_every_note_reaches_every_format(path: Path, fmt: str) -> None:
    """A reading or code choice recorded beside a declaration is shown to the reviewer, whatever
    the format: criteria, attested items, definitions, and the value sets the criteria use."""
    program = eligo.load_program(path)
    text = _words(html.unescape(render_protocol(program, fmt)) if fmt == "html" else render_protocol(program, fmt))
    used = {
        name
        for c in program.criteria
        for node in c.body.walk()
        for name in [getattr(node, "valueset", None), getattr(node, "measure", None)]
        if name
    }
    declarations = [*program.criteria, *program.attested.values(), *program.defines.values()]
    declarations += [program.valuesets[name] for name in sorted(used)]
    notes = [note for d in declarations for note in d.notes]
    assert notes, "the shipped criteria carry notes"
    for note in notes:
        shown = markdown_escape(note) if fmt == "md" else note
        assert _words(shown) in text, (fmt, note)


def test_the_markdown_reads_as_a_protocol_section() -> None:
    text = render_protocol(eligo.load_program(CRITERIA / "nct05238363.elig"), "md")
    assert "## Inclusion criteria" in text and "## Exclusion criteria" in text
    sentences = re.findall(r"^\d+\. \*\*([IE]\d+)\. [^*]+\*\* (.+)\n(.*)$", text, re.M)
    assert [s[0] for s in sentences] == [f"I{i}" for i in range(1, 8)] + [f"E{i}" for i in range(1, 8)]
    for criterion_id, sentence, after in sentences:
        # a sentence, or the lead of a lettered list (issue 10: grouping laid out, never left to the reader)
        assert sentence[0].isupper(), criterion_id
        assert sentence.endswith(".") or (sentence.endswith(":") and after.startswith("   - (a) ")), criterion_id
        for leftover in ("None", "{", "}", "first_dose", "exists ", "latest ", "where ", "kind", "_"):
            assert leftover not in sentence.replace("\\_", "_"), (criterion_id, leftover, sentence)
    assert "2. **I2. Adult.** Aged 18 years or older on the day of first dose." in text


HOSTILE = '<script>alert(1)</script> "><img src=x onerror=alert(1)> {{ 7*7 }}'


def hostile_program(tmp_path: Path) -> eligo.Program:
    quoted = '"' + HOSTILE.replace('"', '\\"') + '"'
    source = (
        f"trial NCT1 {quoted}\n  sponsor {quoted}\n  reference d {quoted}\n\n"
        f"valueset v {quoted}\n  source {quoted}\n  ICD10CM C44.92 {quoted}\n\n"
        f"attested a {quoted}: boolean\n\n"
        f"include I1 {quoted}\n  text {quoted}\n  note {quoted}\n"
        "  (exists condition in v where onset before d) and a\n"
    )
    path = tmp_path / "hostile.elig"
    path.write_text(source)
    return eligo.load_program(path)


def test_html_escapes_every_string_from_the_criteria(tmp_path: Path) -> None:
    text = render_protocol(hostile_program(tmp_path), "html")
    assert "<script" not in text and "<img" not in text
    assert "&lt;script&gt;" in text and "&lt;img src=x onerror=alert(1)&gt;" in text
    assert "{{ 7*7 }}" in text  # template syntax in data is just text
    check_html(text)


def test_markdown_escapes_raw_html(tmp_path: Path) -> None:
    text = render_protocol(hostile_program(tmp_path), "md")
    assert "<script" not in text and "<img" not in text
    assert "&lt;script&gt;" in text


def test_a_criteria_file_cannot_reach_the_templates(tmp_path: Path) -> None:
    text = render_protocol(hostile_program(tmp_path), "txt")
    assert "{{ 7*7 }}" in text


def test_the_appendix_lists_the_value_sets_the_criteria_use_through_definitions(tmp_path: Path) -> None:
    source = (
        'trial NCT1 "T"\n  reference d "Day 1"\n\n'
        'valueset used "Reached through a definition"\n  ICD10CM C44.92 "SCC"\n\n'
        'valueset unused "Only in an unused definition"\n  ICD10CM C43 "Melanoma"\n\n'
        'define has_used "Has one" \n  exists condition in used\n\n'
        'define has_unused "Has the other" \n  exists condition in unused\n\n'
        'include I1 "x"\n  has_used\n'
    )
    path = tmp_path / "t.elig"
    path.write_text(source, encoding="utf-8")
    text = render_protocol(eligo.load_program(path), "md")
    appendix = text[text.index("## Appendix") :]
    assert "Reached through a definition" in appendix
    assert "Only in an unused definition" not in appendix


# --- grouping (issue 10): programs that differ only in grouping never read alike, in any format

GROUPING_HEADER = """\
trial T1 "Test"
  reference first_dose "Day 1"

attested consent "Signed the informed consent form": boolean
attested partner "With a partner who agrees to use contraception": boolean

valueset cscc "Cutaneous squamous cell carcinoma"
  ICD10CM C44.92 "SCC"

valueset bcc "Basal cell carcinoma"
  ICD10CM C44.91 "BCC"

valueset prostate "Prostate cancer"
  ICD10CM C61 "Prostate"

valueset transplant "Transplant"
  SNOMED 234336002 "HSCT"
"""

NESTED = "exists procedure in transplant where date after condition.onset"
GROUPING_PAIRS = [
    ("consent and (partner or sex is female)", "(consent and partner) or sex is female"),
    ("consent or (partner and sex is female)", "(consent or partner) and sex is female"),
    (
        "exists condition in malignancy except code in bcc except code in prostate and treatment includes surgery",
        "exists condition in malignancy except (code in bcc or code in prostate) and treatment includes surgery",
    ),
    (
        "exists condition in malignancy except code in bcc except code in prostate and treatment includes surgery",
        "exists condition in malignancy except code in bcc and treatment includes surgery except code in prostate",
    ),
    (f"exists condition in cscc where ({NESTED}) except code in bcc", f"exists condition in cscc where ({NESTED} except code in bcc)"),
    (
        "exists condition in cscc where (exists procedure in transplant where donor is allogeneic) and code in bcc",
        "exists condition in cscc where (exists procedure in transplant where donor is allogeneic and code in bcc)",
    ),
    ("(exists condition in cscc where status is resolved) and consent", "exists condition in cscc where status is resolved and consent"),
    ("not (consent and partner)", "not consent and partner"),
]  # fmt: skip


def criterion_words(source: str, fmt: str, tmp_path: Path) -> str:
    """The words a reader sees for criterion X (its sentence or lists, up to the protocol wording)."""
    header = GROUPING_HEADER.replace(
        "valueset bcc", 'valueset malignancy "Malignancy"\n  ICD10CM C00-C96 "Cancer"\n\nvalueset bcc'
    )
    program = eligo.check(eligo.parse_text(header + f'\ninclude X "x"\n  text "MARKER"\n  {source}\n', "g.elig"))
    document = render_protocol(program, fmt)
    if fmt == "html":
        check_html(document)
        document = html.unescape(re.sub(r"<[^>]+>", " ", document))
    start = document.index("X. x.")
    words = _words(document[start : document.index("Protocol wording: MARKER", start)]).rstrip(" >")
    return words.replace(" - (", " (")  # Markdown's bullets: the labels say it


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(("one", "other"), GROUPING_PAIRS, ids=[p[0][:50] for p in GROUPING_PAIRS])
def test_programs_that_differ_in_grouping_read_differently(one: str, other: str, fmt: str, tmp_path: Path) -> None:
    first, second = criterion_words(one, fmt, tmp_path), criterion_words(other, fmt, tmp_path)
    assert first != second, (fmt, first)


@pytest.mark.parametrize("fmt", FORMATS)
def test_several_exceptions_are_listed_in_every_format(fmt: str, tmp_path: Path) -> None:
    words = criterion_words(
        "exists condition in malignancy except code in bcc except code in prostate and treatment includes surgery",
        fmt,
        tmp_path,
    )
    assert "except any of the following: (a) basal cell carcinoma (b) prostate cancer and treated with surgery" in words
    assert " or prostate" not in words


def test_lists_nest_in_markdown_and_text() -> None:
    source = (
        "consent or (partner and (sex is female or ((exists condition in cscc where status is resolved) and partner)))"
    )
    program = eligo.check(eligo.parse_text(GROUPING_HEADER + f'\ninclude X "x"\n  {source}\n', "g.elig"))
    assert (
        "1. **X. x.** Any of the following:\n"
        "   - (a) signed the informed consent form \\[attested\\]\n"
        "   - (b) all of the following:\n"
        "     - (i) with a partner who agrees to use contraception \\[attested\\]\n"
        "     - (ii) any of the following:\n"
        "       - (A) female\n"
        "       - (B) all of the following:\n"
        "         - (1) a diagnosis of cutaneous squamous cell carcinoma, with status resolved\n"
        "         - (2) with a partner who agrees to use contraception \\[attested\\]\n"
    ) in render_protocol(program, "md")
    assert (
        " 1. X. x. Any of the following:\n"
        "      (a) signed the informed consent form [attested]\n"
        "      (b) all of the following:\n"
        "          (i) with a partner who agrees to use contraception [attested]\n"
        "          (ii) any of the following:\n"
        "              (A) female\n"
        "              (B) all of the following:\n"
        "                  (1) a diagnosis of cutaneous squamous cell carcinoma, with status\n"
        "                      resolved\n"
        "                  (2) with a partner who agrees to use contraception [attested]\n"
    ) in render_protocol(program, "txt")


def test_an_item_continues_after_its_own_list() -> None:
    """A query with a listed where and exceptions, as one item: its 'except' line stays inside the item."""
    source = (
        "consent and (exists condition in cscc where (status is resolved or extent is metastatic) and code in cscc"
        " except code in bcc except code in prostate)"
    )
    program = eligo.check(eligo.parse_text(GROUPING_HEADER + f'\ninclude X "x"\n  {source}\n', "g.elig"))
    assert (
        "   - (b) a diagnosis of cutaneous squamous cell carcinoma that meets all of the following:\n"
        "     - (i) with status resolved or metastatic\n"
        "     - (ii) cutaneous squamous cell carcinoma\n"
        "\n"
        "     except any of the following:\n"
        "     - (i) basal cell carcinoma\n"
        "     - (ii) prostate cancer\n"
    ) in render_protocol(program, "md")
    assert (
        "      (b) a diagnosis of cutaneous squamous cell carcinoma that meets all of the\n"
        "          following:\n"
        "          (i) with status resolved or metastatic\n"
        "          (ii) cutaneous squamous cell carcinoma\n"
        "          except any of the following:\n"
        "          (i) basal cell carcinoma\n"
        "          (ii) prostate cancer\n"
    ) in render_protocol(program, "txt")
    check_html(render_protocol(program, "html"))


SUMMARY = """\
trial T1 "Wording"
  reference first_dose "Day 1"

include I1 "Adult"
  text "Aged 18 years or over."
  age at first_dose >= 18 years

include I2 "Adult, paraphrased"
  summary "At least eighteen years old."
  age at first_dose >= 18 years
"""


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_summary_is_not_called_the_protocols_wording(fmt: str) -> None:
    """Where the registry's words may not be reproduced, the author's short wording says so."""
    program = eligo.check(eligo.parse_text(SUMMARY, "t.elig"), (), {"t.elig": SUMMARY})
    text = " ".join(render_protocol(program, fmt).split())
    assert "Protocol wording: Aged 18 years or over." in text
    assert "Registry item, in short: At least eighteen years old." in text
    assert "Protocol wording: At least eighteen" not in text
    assert eligo.format_text(SUMMARY, "t.elig") == SUMMARY
