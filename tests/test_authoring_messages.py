"""Authoring friction met while encoding real trials, each with its golden message: where a name
was first declared, an unterminated string, a measure called by its own name, and imports that
reach shared value sets through ``..`` and the import search path (``ELIGO_PATH``)."""

from __future__ import annotations

from pathlib import Path

import pytest

import eligo
from eligo.errors import CheckError, SourceError

HEADER = 'trial T1 "t"\n  reference d "day"\n\n'
DECLARATIONS = 'valueset v "V"\n  ICD10CM C44.92 "one"\n\nmeasure m "M": number\n  LOINC 89247-1 "ecog"\n\n'


def errors(text: str) -> str:
    try:
        eligo.check(eligo.parse_text(text, "t.elig"), (), {"t.elig": text})
    except SourceError as error:
        return "\n".join(d.render({"t.elig": text}) for d in error.diagnostics if d.severity == "error")
    raise AssertionError("no error")


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        (
            "declared_twice",
            HEADER + DECLARATIONS + 'attested v "again": boolean\n\ninclude I1 "a"\n  exists condition in v\n',
            "t.elig:10:1: error: 'v' is declared twice (first declared at t.elig:4:1)\n"
            '  attested v "again": boolean\n  ^^^^^^^^^^^^^^^^^^^^^^^^^^^',
        ),
        (
            "reference_twice",
            'trial T1 "t"\n  reference d "day"\n  reference d "again"\n\ninclude I1 "a"\n  d is known\n',
            "t.elig:3:3: error: reference date 'd' is declared twice (first declared at t.elig:2:3)\n"
            '    reference d "again"\n    ^^^^^^^^^^^^^^^^^^^',
        ),
        (
            "unterminated_title",
            HEADER + 'include I1 "Adult\n  age at d >= 18 years\n',
            "t.elig:4:12: error: unterminated string: the quote opened here is not closed on its line\n"
            '  include I1 "Adult\n             ^^^^^^\n'
            '  hint: close it with " before the end of the line; a long text is written as adjacent strings, one per line',
        ),
        (
            "unterminated_text",
            HEADER + 'include I1 "Adult"\n  text "Aged 18 "\n       "or older.\n  age at d >= 18 years\n',
            "t.elig:6:8: error: unterminated string: the quote opened here is not closed on its line\n"
            '         "or older.\n         ^^^^^^^^^^\n'
            '  hint: close it with " before the end of the line; a long text is written as adjacent strings, one per line',
        ),
        (
            "code_in_a_measure",
            HEADER + DECLARATIONS + 'include I1 "a"\n  sex in m and (exists condition in v)\n',
            "t.elig:11:3: error: only a code can be in a measure, and 'sex' is a sex (female, male or other)\n"
            "    sex in m and (exists condition in v)\n    ^^^^^^^^",
        ),
        (
            "value_set_as_a_measure",
            HEADER
            + DECLARATIONS
            + 'include I1 "a"\n  latest v within 3 days before d >= 1 and (exists observation in m)\n',
            "t.elig:11:3: error: 'v' is a value set, not a measure\n"
            "    latest v within 3 days before d >= 1 and (exists observation in m)\n"
            "    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n"
            "  hint: declare it with 'measure NAME \"title\": TYPE' and its codes",
        ),
    ],
    ids=[
        "declared_twice",
        "reference_twice",
        "unterminated_title",
        "unterminated_text",
        "code_in_a_measure",
        "value_set_as_a_measure",
    ],
)
def test_golden_messages(name: str, text: str, expected: str) -> None:
    assert errors(text) == expected


def test_a_record_perhaps_of_a_measure_says_measure_in_its_evidence() -> None:
    trial = eligo.load(Path(__file__).resolve().parents[1] / "criteria" / "nct05238363.elig")
    patient = {
        "id": "P1",
        "dates": {"first_dose": "2026-03-02"},
        "observations": [{"code": {"system": "SNOMED", "code": "423740007"}, "date": "2026-02-20", "value": 1}],
    }
    [ecog] = [c for c in trial.evaluate(patient).criteria if c.id == "I5"]
    assert ecog.outcome == "unknown"
    assert "(coded in SNOMED CT; the measure lists no SNOMED CT codes)" in ecog.missing[-1]


# ------------------------------------------------------------------ the import search path

VS = 'valueset v "V"\n  ICD10CM C44.92 "x"\n'
MAIN = HEADER + 'import "{0}"\n\ninclude I1 "a"\n  exists condition in v\n'


def layout(tmp_path: Path, target: str) -> tuple[Path, Path]:
    """``trials/main.elig`` importing ``target``, and a shared value-set folder beside ``trials/``."""
    shared = tmp_path / "shared" / "valuesets"
    shared.mkdir(parents=True)
    (shared / "v.elig").write_text(VS, encoding="utf-8")
    (tmp_path / "trials").mkdir()
    main = tmp_path / "trials" / "main.elig"
    main.write_text(MAIN.format(target), encoding="utf-8")
    return main, tmp_path / "shared"


@pytest.mark.parametrize("target", ["../shared/valuesets/v.elig", "valuesets/v.elig"], ids=["dotdot", "searched"])
def test_an_import_reaches_a_directory_of_the_search_path(tmp_path: Path, target: str) -> None:
    main, shared = layout(tmp_path, target)
    assert "v" in eligo.load_program(main, [shared]).valuesets


def test_the_search_path_comes_from_eligo_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    main, shared = layout(tmp_path, "valuesets/v.elig")
    monkeypatch.setenv("ELIGO_PATH", f"{tmp_path / 'elsewhere'}:{shared}")
    assert "v" in eligo.load_program(main).valuesets


def test_without_a_search_path_dotdot_is_refused_and_says_how_to_allow_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ELIGO_PATH", raising=False)
    main, _ = layout(tmp_path, "../shared/valuesets/v.elig")
    with pytest.raises(CheckError) as caught:
        eligo.load_program(main)
    assert (
        "error: import '../shared/valuesets/v.elig' points outside trials/; a criteria file may only import "
        "files beside or below it, or in a directory of the import search path (ELIGO_PATH)"
    ) in caught.value.render()


def test_dotdot_beyond_every_root_is_refused_and_never_read(tmp_path: Path) -> None:
    main, shared = layout(tmp_path, "../secret.elig")
    (tmp_path / "secret.elig").write_text("root:x:0:0:secret-marker", encoding="utf-8")
    with pytest.raises(CheckError) as caught:
        eligo.load_program(main, [shared])
    rendered = caught.value.render()
    assert (
        f"import '../secret.elig' points outside trials/ and every directory of the import search path ({shared})"
        in rendered
    )
    assert "secret-marker" not in rendered


def test_a_missing_import_says_where_it_was_looked_for(tmp_path: Path) -> None:
    main, shared = layout(tmp_path, "valuesets/w.elig")
    with pytest.raises(CheckError) as caught:
        eligo.load_program(main, [shared])
    assert (
        f"error: cannot import 'valuesets/w.elig': no such file beside this file or in the import search path ({shared})"
    ) in caught.value.render()
