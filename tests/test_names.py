"""Names across files: qualified names of imported declarations, and no silent shadowing.

An imported value set named like a value of a record field (``radiotherapy`` of ``treatment``)
no longer hides that value: the bare name is the field's value, and the value set is reached by
its qualified name. Every back end (evaluator, closures, SQL) reads the same.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import eligo
from eligo.errors import CheckError
from eligo.language.format import format_text
from eligo.language.load import load_program, read_document

from .test_sql_compile import patients
from .test_sql_semantics import agreed

LIBRARY = """\
valueset radiotherapy "Radiotherapy procedures"
  source "Written for this test"
  SNOMED 108290001 "Radiation oncology AND/OR radiotherapy"

valueset skin "Skin cancer"
  source "Written for this test"
  ICD10CM C44 "Other malignant neoplasm of skin"
"""

OTHER = """\
valueset skin "Skin, another list"
  source "Written for this test"
  ICD10CM C43 "Melanoma"
"""

TRIAL = """\
trial T1 "Names"
  reference first_dose "Day 1"

import "vs/onc.elig"{alias}

exclude E1 "Prior radiotherapy of a cancer"
  exists condition where treatment includes radiotherapy

exclude E2 "A radiotherapy procedure"
  exists procedure in {qualifier}.radiotherapy where date before first_dose

exclude E3 "Skin cancer"
  exists condition in {skin}
"""


def write(folder: Path, trial: str, **files: str) -> Path:
    (folder / "vs").mkdir(exist_ok=True)
    for name, text in files.items():
        (folder / "vs" / f"{name}.elig").write_text(text, encoding="utf-8")
    path = folder / "t.elig"
    path.write_text(trial, encoding="utf-8")
    return path


def problems(path: Path) -> list[str]:
    with pytest.raises(CheckError) as caught:
        load_program(path)
    return [f"{d.severity}: {d.message}" for d in caught.value.diagnostics]


PATIENTS = [
    {"id": "rt-treated", "dates": {"first_dose": "2026-03-02"}, "procedures": [],
     "conditions": [{"code": {"system": "ICD10CM", "code": "C61"}, "treatment": ["radiotherapy"]}]},
    {"id": "rt-procedure", "dates": {"first_dose": "2026-03-02"}, "conditions": [],
     "procedures": [{"code": {"system": "SNOMED", "code": "108290001"}, "date": "2025-01-10"}]},
    {"id": "skin", "dates": {"first_dose": "2026-03-02"}, "procedures": [],
     "conditions": [{"code": {"system": "ICD10CM", "code": "C44.92"}, "treatment": ["surgery"]}]},
    {"id": "none", "dates": {"first_dose": "2026-03-02"}, "procedures": [], "conditions": []},
]  # fmt: skip


def test_a_field_value_is_not_hidden_by_an_imported_value_set_of_its_name(tmp_path: Path) -> None:
    path = write(tmp_path, TRIAL.format(alias="", qualifier="onc", skin="skin"), onc=LIBRARY)
    program = load_program(path)
    rows = {row[0]: row[1:] for row in agreed(program, patients(*PATIENTS))}
    # E1 reads the value 'radiotherapy' of 'treatment'; E2 the value set, by its qualified name
    assert rows["rt-treated"][:3] == ("met", "not_met", "not_met")
    assert rows["rt-procedure"][:3] == ("not_met", "met", "not_met")
    assert rows["skin"][:3] == ("not_met", "not_met", "met")
    assert rows["none"][:3] == ("not_met", "not_met", "not_met")


def test_the_bare_name_of_a_hidden_value_set_says_how_to_reach_it(tmp_path: Path) -> None:
    trial = TRIAL.format(alias="", qualifier="onc", skin="skin").replace("in onc.radiotherapy", "in radiotherapy")
    assert problems(write(tmp_path, trial, onc=LIBRARY)) == [
        "error: undefined value set 'radiotherapy': 'radiotherapy' is a value of the field 'treatment';"
        " the imported declaration is onc.radiotherapy"
    ]


def test_an_import_may_name_its_declarations(tmp_path: Path) -> None:
    path = write(tmp_path, TRIAL.format(alias=" as oncology", qualifier="oncology", skin="oncology.skin"), onc=LIBRARY)
    program = load_program(path)
    # a qualified name of a declaration that also has a bare key is read by that key
    assert "skin" in program.valuesets and "oncology.radiotherapy" in program.valuesets
    assert str(program.criteria[2].body) == str(load_program(write(tmp_path, TRIAL.format(
        alias=" as oncology", qualifier="oncology", skin="skin"), onc=LIBRARY)).criteria[2].body)  # fmt: skip
    assert problems(write(tmp_path, TRIAL.format(alias=" as oncology", qualifier="onc", skin="skin"), onc=LIBRARY)) == [
        "error: undefined value set 'onc.radiotherapy'; did you mean 'oncology.radiotherapy'?"
    ]


def test_two_imports_of_one_name_need_their_qualified_names(tmp_path: Path) -> None:
    trial = TRIAL.format(alias="", qualifier="onc", skin="skin").replace(
        'import "vs/onc.elig"', 'import "vs/onc.elig"\n\nimport "vs/other.elig"'
    )
    path = write(tmp_path, trial, onc=LIBRARY, other=OTHER)
    [message] = problems(path)
    assert message.startswith("error: undefined value set 'skin': 'skin' is declared in ")
    assert message.endswith("; write onc.skin or other.skin")
    program = load_program(
        write(tmp_path, trial.replace("condition in skin", "condition in other.skin"), onc=LIBRARY, other=OTHER)
    )
    rows = {row[0]: row[1:] for row in agreed(program, patients(*PATIENTS))}
    assert rows["skin"][2] == "not_met"  # other.skin lists melanoma only


def test_a_declaration_of_the_file_hides_an_imported_one_with_a_warning(tmp_path: Path) -> None:
    trial = TRIAL.format(alias="", qualifier="onc", skin="skin") + (
        '\nvalueset skin "Our own skin list"\n  source "Written for this test"\n  ICD10CM C43 "Melanoma"\n'
    )
    program = load_program(write(tmp_path, trial, onc=LIBRARY))
    assert [w.message for w in program.warnings] == [
        "'skin' here hides the declaration of the same name imported as onc.skin"
    ]
    assert program.valuesets["skin"].title == "Our own skin list"
    assert program.valuesets["onc.skin"].title == "Skin cancer"


def test_a_trial_may_not_declare_a_name_that_is_a_field_value(tmp_path: Path) -> None:
    trial = TRIAL.format(alias="", qualifier="onc", skin="skin") + (
        '\nvalueset surgery "Surgical procedures"\n  source "Written for this test"\n  SNOMED 387713003 "Surgical procedure"\n'
    )
    assert problems(write(tmp_path, trial, onc=LIBRARY)) == [
        "error: 'surgery' is a value of the field 'treatment'; choose another name"
    ]


def test_qualified_names_and_import_names_survive_formatting(tmp_path: Path) -> None:
    path = write(tmp_path, TRIAL.format(alias=" as oncology", qualifier="oncology", skin="oncology.skin"), onc=LIBRARY)
    document, sources = read_document(path)
    text = format_text(sources[str(path)], str(path))
    assert 'import "vs/onc.elig" as oncology' in text
    assert "exists procedure in oncology.radiotherapy\n    where date before first_dose" in text
    assert eligo.parse_text(text, str(path)) == document


def test_a_record_kind_before_a_dot_is_still_a_field() -> None:
    document = eligo.parse_text(
        'trial T "t" reference d "d"\ninclude I "i" exists condition where condition.onset before d', "t.elig"
    )
    assert "FieldOf" in repr(document.items[1])
