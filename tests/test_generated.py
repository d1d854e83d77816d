"""generated/ holds exactly what `eligo render --all` makes from the sources: never stale."""

from __future__ import annotations

from pathlib import Path

import pytest

from eligo.tools.generate import expected_documents

from .conftest import ROOT


@pytest.fixture(scope="module")
def expected() -> dict[Path, str]:
    return expected_documents(ROOT)


def test_generated_documents_are_fresh(expected: dict[Path, str]) -> None:
    assert expected, "nothing to generate"
    stale = [
        str(path)
        for path, text in expected.items()
        if not (ROOT / path).is_file() or (ROOT / path).read_text(encoding="utf-8") != text
    ]
    assert not stale, f"stale or missing under generated/ (run `eligo render --all`): {stale}"


def test_nothing_else_lies_in_generated(expected: dict[Path, str]) -> None:
    made = {path.relative_to("generated").as_posix() for path in expected}
    folder = ROOT / "generated"
    present = {
        p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file() and not p.name.startswith(".")
    }
    assert present <= made, f"files in generated/ that no command makes: {sorted(present - made)}"
