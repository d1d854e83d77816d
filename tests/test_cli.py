"""The command line as a user meets it: exit codes, stdout versus stderr, no tracebacks."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from eligo.cli import main

from .conftest import CRITERIA


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    assert "Traceback" not in result.stdout + result.stderr
    return result.exit_code, result.stdout, result.stderr


def test_check_the_shipped_criteria() -> None:
    code, out, err = run("check", str(CRITERIA))
    assert code == 0, err
    assert err == ""
    assert "nct05238363.elig: ok (14 criteria, 0 warnings)" in out
    assert "oncology.elig: ok (0 criteria, 0 warnings)" in out  # value-set files below are checked too


def test_check_reports_errors_on_stderr_with_exit_1(tmp_path: Path) -> None:
    bad = tmp_path / "bad.elig"
    bad.write_text('trial T "t"\n  reference d "day"\ninclude I1 "a"\n  age at d >= 7 g/dL\n')
    code, out, err = run("check", str(bad))
    assert code == 1
    assert out == ""
    assert f"{bad}:4:3: error: cannot compare 'age at d' (an age) with '7 g/dL' (a quantity in g/dL)" in err
    assert "1 error, 0 warnings" in err


def test_check_strict_fails_on_warnings(tmp_path: Path) -> None:
    path = tmp_path / "w.elig"
    path.write_text('trial T "t"\ndefine unused "U"\n  true\ninclude I1 "a"\n  true\n')
    assert run("check", str(path))[0] == 0
    code, _, err = run("check", "--strict", str(path))
    assert code == 1
    assert "'unused' is declared but never used" in err


def test_a_missing_file_is_a_usage_error() -> None:
    code, _, err = run("check", "no/such/file.elig")
    assert code == 2
    assert err.strip() == "eligo: error: no/such/file.elig: no such file or directory"


def test_fmt_check_names_the_files_that_would_change(tmp_path: Path) -> None:
    messy = tmp_path / "messy.elig"
    messy.write_text('include I1 "a"    sex is female')
    tidy = tmp_path / "tidy.elig"
    tidy.write_text('include I1 "a"\n  sex is female\n')
    code, out, _ = run("fmt", "--check", str(tmp_path))
    assert code == 1
    assert out.strip() == f"would reformat {messy}"
    assert messy.read_text() == 'include I1 "a"    sex is female'
    messy.chmod(0o640)
    assert run("fmt", str(messy))[0] == 0
    assert messy.read_text() == tidy.read_text()
    assert messy.stat().st_mode & 0o777 == 0o640  # rewriting keeps the file's permissions
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary left behind
    assert run("fmt", "--check", str(tmp_path))[0] == 0


def test_fmt_check_passes_on_the_shipped_criteria(tmp_path: Path) -> None:
    copy = tmp_path / "criteria"
    shutil.copytree(CRITERIA, copy)
    code, out, _ = run("fmt", "--check", str(copy))
    assert code == 0, out


def test_parse_prints_the_tree_as_json() -> None:
    code, out, _ = run("parse", "--json", str(CRITERIA / "nct05238363.elig"))
    assert code == 0
    tree = json.loads(out)
    assert tree["kind"] == "document"
    kinds = [item["kind"] for item in tree["items"]]
    assert kinds.count("criterion") == 14
    code, out, _ = run("parse", "--spans", str(CRITERIA / "nct05238363.elig"))
    assert json.loads(out)["items"][0]["span"]["line"] == 7


def test_help_is_available_everywhere() -> None:
    for command in ([], ["check"], ["fmt"], ["parse"]):
        code, out, _ = run(*command, "--help")
        assert code == 0
        assert "Usage:" in out


def test_a_directory_is_checked_outside_hidden_folders(tmp_path: Path) -> None:
    """`eligo check .` in a project does not descend into .git or .venv (nor into a hidden .elig)."""
    shutil.copy(CRITERIA / "nct05238363.elig", tmp_path / "trial.elig")
    shutil.copytree(CRITERIA / "valuesets", tmp_path / "valuesets")
    for hidden in (tmp_path / ".venv" / "lib", tmp_path / ".git"):
        hidden.mkdir(parents=True)
        (hidden / "broken.elig").write_text("include (\n", encoding="utf-8")
    code, out, err = run("check", str(tmp_path))
    assert code == 0, err
    assert "trial.elig: ok" in out and "broken" not in out + err
