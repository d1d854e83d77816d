"""``eligo diff``: two versions of a trial's criteria compared as checked programs.

The amended NCT05238363 (tests/data/diff/) differs from its frozen copy by a wording change (I1),
a threshold (I6), an exception added (E1) and a code added to a value set (E5): each is
reported with its direction, and the example patients whose verdict changes are listed (golden
files in text, Markdown and JSON). A table holds the direction rules on small programs.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import eligo
from eligo.cli import main
from eligo.tools.diff import diff_programs
from eligo.tools.diff.criteria import direction

from .conftest import CRITERIA, ROOT

DATA = ROOT / "tests" / "data" / "diff"
OLD, NEW = "tests/data/diff/nct05238363-v1.elig", "tests/data/diff/nct05238363-v2.elig"
GOLDEN = {"text": "expected.txt", "markdown": "expected.md", "json": "expected.json"}


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), env={"ELIGO_PATH": str(CRITERIA)})
    assert "Traceback" not in result.stdout + result.stderr
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("fmt", list(GOLDEN))
def test_the_amendment_of_nct05238363_is_reported_against_golden_output(
    fmt: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    code, out, err = run("diff", OLD, NEW, "--patients", "examples/nct05238363", "--format", fmt)
    assert code == 0, err
    assert out == (DATA / GOLDEN[fmt]).read_text(encoding="utf-8")


def test_each_change_of_the_amendment_is_sorted_and_directed() -> None:
    old = eligo.load_program(DATA / "nct05238363-v1.elig", [CRITERIA])
    new = eligo.load_program(DATA / "nct05238363-v2.elig", [CRITERIA])
    diff = diff_programs(old, new)
    found = {c.id: c for c in diff.changed}
    assert set(found) == {"I1", "I6", "E1", "E5"}
    assert (found["I1"].status, found["I1"].wording, found["I1"].direction) == ("wording", ("text",), "neither")
    assert [(c.aspect, c.effect) for c in found["I6"].changes] == [("threshold", "narrower")]
    assert found["I6"].direction == "tightens"
    assert [(c.aspect, c.effect) for c in found["E1"].changes] == [("exception", "narrower")]
    assert found["E1"].direction == "loosens"
    assert [(c.aspect, c.description) for c in found["E5"].changes] == [
        ("codes", "cns_metastasis: added ICD10CM C79.40")
    ]
    assert found["E5"].direction == "tightens"
    changed = [d for d in diff.declarations if d.status != "unchanged"]
    assert [(d.name, d.added, d.removed) for d in changed] == [("cns_metastasis", ("ICD10CM C79.40",), ())]


def test_the_cohort_diff_reads_an_imported_database_as_it_reads_the_files(tmp_path: Path) -> None:
    database = tmp_path / "cohort.duckdb"
    code, _, err = run("import", str(ROOT / "examples" / "nct05238363"), "--to", str(database))
    assert code == 0, err
    _, from_files, _ = run(
        "diff",
        str(ROOT / OLD),
        str(ROOT / NEW),
        "--patients",
        str(ROOT / "examples" / "nct05238363"),
        "--format",
        "json",
    )
    code, from_database, err = run(
        "diff", str(ROOT / OLD), str(ROOT / NEW), "--database", str(database), "--format", "json"
    )
    assert code == 0, err
    files, imported = json.loads(from_files)["cohort"], json.loads(from_database)["cohort"]
    assert imported["changes"] == files["changes"]
    assert [p["patient_id"] for p in imported["changes"]] == ["P01", "P02", "P06"]


def test_a_version_compared_with_itself_has_no_change() -> None:
    program = eligo.load_program(CRITERIA / "nct05238363.elig")
    diff = diff_programs(program, program)
    assert diff.changed == () and all(d.status == "unchanged" for d in diff.declarations)


# ------------------------------------------------------------------ direction rules

HEADER = """trial T1 "t"
  reference d "day"

attested x "x": number
attested flag "flag": boolean

valueset v "V"
  ICD10CM C44.92 "one"
{extra}
measure m "M": number
  LOINC 89247-1 "ecog"

"""


def program(tmp_path: Path, name: str, criteria: str, extra: str = "") -> eligo.Program:
    path = tmp_path / f"{name}.elig"
    path.write_text(HEADER.format(extra=extra) + criteria, encoding="utf-8")
    return eligo.load_program(path)


RULES = [
    ("include", "age at d >= 18 years", "age at d >= 21 years", "tightens"),
    ("include", "age at d >= 18 years", "age at d >= 216 months", "neither"),
    ("include", "age at d < 75 years", "age at d < 80 years", "loosens"),
    ("include", "age at d >= 18 years", "age at d > 18 years", "tightens"),
    ("include", "x in 0..1", "x in 0..2", "loosens"),
    ("include", "x = 1", "x = 2", "cannot tell"),
    ("include", "not (x >= 2)", "not (x >= 3)", "loosens"),
    ("include", "x >= 1 and flag", "x >= 1", "loosens"),
    ("include", "x >= 1 or flag", "x >= 1 or flag or x <= -1", "loosens"),
    ("exclude", "exists condition in v where onset within 3 years before d",
     "exists condition in v where onset within 5 years before d", "tightens"),
    ("exclude", "exists medication in v where start at least 4 weeks before d",
     "exists medication in v where start at least 2 weeks before d", "tightens"),
    ("exclude", "exists condition in v where onset within 3 years before d",
     "exists condition in v where onset within 3 years of d", "tightens"),
    ("exclude", "exists condition in v except status is resolved", "exists condition in v", "tightens"),
    ("include", "no condition in v", "no condition in v where status is active", "loosens"),
    ("exclude", "count(procedure in v where date before d) >= 2", "count(procedure in v where date before d) >= 3",
     "loosens"),
    ("include", "latest m within 28 days before d in 0..1", "latest m within 14 days before d in 0..1", "cannot tell"),
    ("include", "x >= 1 and (exists condition in v)", "x >= 2 and (exists condition in v where status is active)",
     "tightens"),
    ("include", "x >= 1 and (exists condition in v)", "x >= 2 and (exists condition in v except status is resolved)",
     "tightens"),
    ("include", "x >= 1 and (exists condition in v)", "x >= 0 and (exists condition in v except status is resolved)",
     "cannot tell"),
]  # fmt: skip


@pytest.mark.parametrize(("polarity", "old", "new", "expected"), RULES)
def test_direction_rules(tmp_path: Path, polarity: str, old: str, new: str, expected: str) -> None:
    a = program(tmp_path, "a", f'{polarity} C1 "c"\n  {old}\n')
    b = program(tmp_path, "b", f'{polarity} C1 "c"\n  {new}\n')
    [criterion] = diff_programs(a, b).criteria
    assert (criterion.status, criterion.direction) == ("logic", expected), criterion.changes


TWO = '  ICD10CM C44.91 "two"\n'


@pytest.mark.parametrize(
    ("polarity", "body", "old", "new", "expected"),
    [
        ("exclude", "exists condition in v", "", TWO, "tightens"),
        ("include", "exists condition in v", "", TWO, "loosens"),
        ("exclude", "exists condition in v", TWO, "", "loosens"),
        ("exclude", "exists condition where code not in v", "", TWO, "loosens"),
        ("exclude", "exists condition where status is active except code in v", "", TWO, "loosens"),
    ],
)
def test_value_set_codes_move_the_criteria_that_use_them(
    tmp_path: Path, polarity: str, body: str, old: str, new: str, expected: str
) -> None:
    criterion = f'{polarity} C1 "c"\n  {body}\n'
    diff = diff_programs(program(tmp_path, "a", criterion, old), program(tmp_path, "b", criterion, new))
    [changed] = diff.criteria
    assert (changed.status, changed.direction, changed.changes[0].aspect) == ("logic", expected, "codes")
    [vs] = [d for d in diff.declarations if d.status != "unchanged"]
    assert vs.name == "v" and (vs.added or vs.removed)


def test_renumbered_added_and_removed_criteria(tmp_path: Path) -> None:
    a = program(tmp_path, "a", 'include I1 "a"\n  x >= 1\n\ninclude I2 "b"\n  flag\n\nexclude E1 "e"\n  x >= 9\n')
    b = program(tmp_path, "b", 'include I1 "a"\n  x >= 1\n\ninclude I3 "b"\n  flag\n\ninclude I4 "new"\n  x <= 5\n')
    found = [(c.status, c.old_id, c.new_id, c.direction) for c in diff_programs(a, b).criteria]
    assert found == [
        ("unchanged", "I1", "I1", "neither"),
        ("renumbered", "I2", "I3", "neither"),
        ("added", None, "I4", "tightens"),
        ("removed", "E1", None, "loosens"),
    ]


def test_a_change_directs_by_the_criterion_polarity() -> None:
    assert [direction(p, e) for p in ("include", "exclude") for e in ("broader", "narrower")] == [
        "loosens", "tightens", "tightens", "loosens"
    ]  # fmt: skip


def test_a_record_refused_is_reported_and_left_out(tmp_path: Path) -> None:
    patients = tmp_path / "cohort.jsonl"
    patients.write_text('{"id": "P1", "sex": "male"}\n{"id": "P2", "sex": "f"}\n', encoding="utf-8")
    code, out, err = run("diff", str(ROOT / OLD), str(ROOT / NEW), "--patients", str(patients), "--format", "json")
    assert code == 1
    cohort = json.loads(out)["cohort"]
    assert (cohort["screened"], cohort["rejected"]) == (1, 1)
    assert "rejected (old version): " in err and "patient P2: sex: 'f' is not one of: female, male, other" in err


def test_a_definition_changed_moves_the_criteria_that_use_it(tmp_path: Path) -> None:
    define = 'define raised "Raised" \n  x >= {}\n\nexclude E1 "e"\n  raised and flag\n'
    diff = diff_programs(program(tmp_path, "a", define.format(3)), program(tmp_path, "b", define.format(2)))
    [criterion] = diff.criteria
    assert [(c.aspect, c.description, c.effect) for c in criterion.changes] == [
        ("threshold", "in definition raised: x >= 3 → 2", "broader")
    ]
    assert criterion.direction == "tightens"


def test_layout_and_comments_are_no_change(tmp_path: Path) -> None:
    """Programs are compared, not text: the same criteria with no indentation and no comments."""
    text = (CRITERIA / "nct05238363.elig").read_text(encoding="utf-8")
    scrambled = "\n".join(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))
    (tmp_path / "scrambled.elig").write_text(scrambled + "\n", encoding="utf-8")
    old = eligo.load_program(CRITERIA / "nct05238363.elig")
    new = eligo.load_program(tmp_path / "scrambled.elig", [CRITERIA])
    diff = diff_programs(old, new)
    assert diff.changed == () and all(d.status == "unchanged" for d in diff.declarations)
