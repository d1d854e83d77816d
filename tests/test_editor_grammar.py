"""The VS Code extension's TextMate grammar (editors/vscode/syntaxes/eligo.tmLanguage.json)
tokenizes every criteria file without leaving any text unmatched, with vscode-textmate and
vscode-oniguruma under node (installed by ``npm ci`` in editors/vscode/test/; skipped, saying so,
where node or those packages are absent)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from .conftest import ALL_ELIG_FILES, CRITERIA, ROOT

EXTENSION = ROOT / "editors" / "vscode"
GRAMMAR = EXTENSION / "syntaxes" / "eligo.tmLanguage.json"


def tokenize(*args: str | Path) -> tuple[int, dict[str, Any]]:
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed: the grammar is tested with vscode-textmate under node")
    for package in ("vscode-textmate", "vscode-oniguruma"):
        if not (EXTENSION / "test" / "node_modules" / package).is_dir():
            pytest.skip(f"{package} is not installed: run 'npm ci' in editors/vscode/test/")
    done = subprocess.run(
        [node, "test/tokenize.js", *map(str, args)], cwd=EXTENSION, capture_output=True, text=True, timeout=60
    )
    assert done.returncode in (0, 1), done.stderr
    return done.returncode, json.loads(done.stdout)


def test_every_criteria_file_tokenizes_without_unmatched_text() -> None:
    code, result = tokenize(CRITERIA)
    assert result["problems"] == [] and code == 0
    assert result["files"] == len(ALL_ELIG_FILES)


def test_an_unterminated_string_and_unknown_text_are_flagged(tmp_path: Path) -> None:
    bad = tmp_path / "bad.elig"
    bad.write_text('include I1 "unterminated\n  age at d >= 18 years ; $\n', encoding="utf-8")
    code, result = tokenize(bad)
    assert code == 1
    assert [(p["line"], p["text"]) for p in result["problems"]] == [(1, '"unterminated'), (2, " ; $")]


def test_scopes(tmp_path: Path) -> None:
    sample = tmp_path / "sample.elig"
    sample.write_text(
        'measure hb "Haemoglobin": g/dL molar mass 16114 g/mol\n'
        '  LOINC 718-7 "Hemoglobin"\n'
        'include I5 "Fit"\n'
        "  latest onc.ecog within 28 days before first_dose in 0..1 and birth_date < 2008-01-01 # ok\n",
        encoding="utf-8",
    )
    _, result = tokenize("--dump", sample)
    scopes = dict(map(tuple, result["tokens"]))
    assert scopes["measure"] == scopes["include"] == "keyword.other.item.eligo"
    assert scopes["hb"] == "entity.name.type.eligo" and scopes["I5"] == "entity.name.tag.criterion.eligo"
    assert scopes['"Haemoglobin"'] == "string.quoted.double.eligo"
    assert scopes["g/dL"] == scopes["g/mol"] == "keyword.other.unit.eligo"
    assert scopes["LOINC"] == "support.constant.code-system.eligo" and scopes["718-7"] == "constant.other.code.eligo"
    assert scopes["28"] == scopes["0"] == scopes["16114"] == "constant.numeric.eligo"
    assert scopes["days"] == "keyword.other.unit.time.eligo" and scopes[".."] == "keyword.operator.range.eligo"
    assert scopes["2008-01-01"] == "constant.other.date.eligo" and scopes["# ok"] == "comment.line.number-sign.eligo"
    assert (
        scopes["latest"] == scopes["within"] == "keyword.other.eligo"
        and scopes["<"] == "keyword.operator.comparison.eligo"
    )


def test_the_grammar_knows_every_keyword_of_the_language() -> None:
    """Each fixed word of grammar/eligo.lark is a word some rule of the TextMate grammar names."""
    from eligo.tools.lsp.completion import keyword_words

    text = GRAMMAR.read_text(encoding="utf-8")
    missing = sorted(w for w in keyword_words() if not any(f"{s}{w}{e}" in text for s in "(|" for e in "|)"))
    assert missing == []
