"""The checker on real files: the shipped criteria check clean; broken files report everything."""

from __future__ import annotations

from pathlib import Path

import pytest

import eligo
from eligo.errors import CheckError
from eligo.language import nodes as n
from eligo.language.check import Checker

from .conftest import CRITERIA, TRIAL_FILES


@pytest.mark.parametrize("path", TRIAL_FILES, ids=lambda p: p.name)
def test_shipped_criteria_check_clean(path: Path) -> None:
    program = eligo.load_program(path)
    assert program.warnings == ()
    assert program.trial is not None
    assert program.criteria


def test_nct05238363_has_all_fourteen_criteria_with_their_wording() -> None:
    program = eligo.load_program(CRITERIA / "nct05238363.elig")
    assert [c.id for c in program.inclusions] == [f"I{i}" for i in range(1, 8)]
    assert [c.id for c in program.exclusions] == [f"E{i}" for i in range(1, 8)]
    assert all(c.text for c in program.criteria)


FIVE_MISTAKES = """\
trial T1 "Five mistakes"
  reference first_dose "Day 1"

valueset drugs "Drugs"
  ATC L01FE1 "cetuximab"

include I1 "Adult"
  age at first_dose >= 7 g/dL

include I2 "Woman"
  sex is femle

exclude E1 "Drugs"
  exists medication in drugs where start before first_dos

include I2 "Again"
  sex is female
"""


def test_five_mistakes_give_five_diagnostics_at_once(tmp_path: Path) -> None:
    path = tmp_path / "five.elig"
    path.write_text(FIVE_MISTAKES)
    with pytest.raises(CheckError) as caught:
        eligo.load_program(path)
    errors = caught.value.errors
    assert [(d.span.line, d.span.column) for d in errors if d.span] == [(5, 3), (8, 3), (11, 10), (14, 49), (16, 1)]
    rendered = caught.value.render()
    assert rendered.count("^") >= 5
    assert all(line.startswith(f"{path}:") for line in rendered.splitlines() if ": error: " in line)


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


MAIN = 'trial T1 "t"\n  reference d "day"\n\nimport "{0}"\n\ninclude I1 "a"\n  exists condition in v\n'
VS = 'valueset v "V"\n  ICD10CM C44.92 "x"\n'


def test_imports_resolve_relative_to_the_importing_file(tmp_path: Path) -> None:
    write(tmp_path, "sets/v.elig", VS)
    program = eligo.load_program(write(tmp_path, "main.elig", MAIN.format("sets/v.elig")))
    assert "v" in program.valuesets


@pytest.mark.parametrize(
    ("target", "files", "message"),
    [
        ("missing.elig", {}, "cannot import 'missing.elig': no such file"),
        ("../outside.elig", {"../outside.elig": VS}, "points outside"),
        ("/etc/passwd", {}, "is an absolute path"),
        (
            "a.elig",
            {"a.elig": 'import "b.elig"\n' + VS, "b.elig": 'import "a.elig"\n'},
            "import cycle: a.elig -> b.elig -> a.elig",
        ),
        ("bad.elig", {"bad.elig": 'valueset v "V"\n  ICD10CM\n'}, "bad.elig:2:10: error: unexpected end of file"),
        ("crit.elig", {"crit.elig": VS + 'include I9 "x"\n  true\n'}, "an imported file holds value sets"),
    ],
    ids=["missing", "outside", "absolute", "cycle", "syntax", "criteria-in-import"],
)
def test_bad_imports_get_clear_errors(tmp_path: Path, target: str, files: dict[str, str], message: str) -> None:
    root = tmp_path / "project"
    for name, text in files.items():
        write(root, name, text)
    with pytest.raises(CheckError) as caught:
        eligo.load_program(write(root, "main.elig", MAIN.format(target)))
    assert message in caught.value.render()


def test_every_expression_kind_has_a_type_rule() -> None:
    for node_type in n.EXPR_TYPES:
        kind = node_type.model_fields["kind"].default
        assert hasattr(Checker, f"infer_{kind}"), f"the checker has no rule for {kind}"


def test_a_definition_that_refers_to_itself_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path, "t.elig", 'trial T "t"\ndefine a "A"\n  b\ndefine b "B"\n  a\ninclude I1 "x"\n  a\n')
    with pytest.raises(CheckError, match="refers to itself"):
        eligo.load_program(path)


def test_a_window_counts_whole_units(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "t.elig",
        'trial T "t"\n  reference d "day"\ninclude I1 "x"\n  exists condition where onset within 1.5 months before d\n',
    )
    with pytest.raises(CheckError, match="a window counts whole months; write a whole number"):
        eligo.load_program(path)
