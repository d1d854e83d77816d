"""The installed package is complete: the grammar ships inside it and the console script runs."""

from __future__ import annotations

import shutil
import subprocess
from importlib import resources
from pathlib import Path

import pytest

import eligo
from eligo.language.grammar import grammar_text

from .conftest import ROOT

FROM_SOURCE_TREE = Path(eligo.__file__).resolve().is_relative_to(ROOT / "src")


@pytest.mark.skipif(FROM_SOURCE_TREE, reason="eligo is imported from src/; .ci/run tests an installed wheel")
def test_the_installed_package_ships_the_grammar() -> None:
    packaged = resources.files("eligo").joinpath("grammar").joinpath("eligo.lark")
    assert packaged.is_file()
    assert packaged.read_text(encoding="utf-8") == (ROOT / "grammar" / "eligo.lark").read_text(encoding="utf-8")
    assert grammar_text() == packaged.read_text(encoding="utf-8")


@pytest.mark.skipif(shutil.which("eligo") is None, reason="the eligo console script is not on PATH")
def test_the_console_script_runs() -> None:
    result = subprocess.run(["eligo", "--help"], capture_output=True, text=True, check=False)
    assert result.returncode == 0
    assert "eligibility criteria" in result.stdout


@pytest.mark.skipif(FROM_SOURCE_TREE, reason="eligo is imported from src/; .ci/run tests an installed wheel")
def test_the_installed_package_ships_the_message_catalogues() -> None:
    packaged = resources.files("eligo").joinpath("locale", "zh", "LC_MESSAGES", "eligo.po")
    assert packaged.is_file()
    source = ROOT / "src" / "eligo" / "locale" / "zh" / "LC_MESSAGES" / "eligo.po"
    assert packaged.read_text(encoding="utf-8") == source.read_text(encoding="utf-8")
