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
    sentences = re.findall(r"^\d+\. \*\*([IE]\d+)\. [^*]+\*\* (.+)$", text, re.M)
    assert [s[0] for s in sentences] == [f"I{i}" for i in range(1, 8)] + [f"E{i}" for i in range(1, 8)]
    for criterion_id, sentence in sentences:
        assert sentence[0].isupper() and sentence.endswith("."), criterion_id
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
