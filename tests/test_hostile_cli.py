"""Every command, used rightly and wrongly: the exit codes (0 ok, 1 problems in the input,
2 wrong usage), errors on stderr and nothing on stdout, and never a traceback.

A file named on the command line that does not exist is a usage error (2), as click itself
treats a path that must exist; a file that exists but cannot be used is a problem in the input (1).
"""

from __future__ import annotations

from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from eligo.cli import main

from .conftest import CRITERIA

TRIAL = str(CRITERIA / "nct05238363.elig")
COMMANDS = sorted(main.commands)


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    assert "Traceback" not in result.stdout + result.stderr, result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("command", [[], *([c] for c in COMMANDS)], ids=["eligo", *COMMANDS])
def test_help_everywhere(command: list[str]) -> None:
    for flag in ("--help", "-h"):
        code, out, err = run(*command, flag)
        assert (code, err) == (0, "")
        assert out.startswith("Usage: ")


@pytest.mark.parametrize("command", COMMANDS)
def test_an_unknown_option_is_a_usage_error(command: str) -> None:
    code, out, err = run(command, "--no-such-option")
    assert (code, out) == (2, "")
    last = err.splitlines()[-1]
    assert last.startswith("Error: No such option") and "--no-such-option" in last


@pytest.mark.parametrize("command", [c for c in COMMANDS if c not in ("schema", "lsp")])  # these take no argument
def test_missing_arguments_are_a_usage_error(command: str) -> None:
    code, out, err = run(command)
    assert (code, out) == (2, "")
    assert err.splitlines()[-1].startswith(("Error: Missing ", "eligo: error: give "))


@pytest.fixture
def bad(tmp_path: Path) -> dict[str, str]:
    """Files that exist but cannot be used, and names of files that do not exist."""
    files = {
        "criteria": ('trial T "t"\ninclude I1 "a"\n  sex is femle\n', "3:10: error: 'femle' is not a value of sex"),
        "patients": ('{"id": "P1", "sex": "f"}\n', "patient P1: sex: 'f' is not one of: female, male, other"),
        "patient": ('{"id": "P1", "birth_date": "2026-02-30"}', "birth_date: invalid date '2026-02-30'"),
        "database": ("not a database\n", "not a database written by `eligo import`"),
    }
    names = {"criteria": "bad.elig", "patients": "bad.jsonl", "patient": "bad.json", "database": "bad.duckdb"}
    paths: dict[str, str] = {}
    for kind, (text, message) in files.items():
        path = tmp_path / names[kind]
        path.write_text(text)
        paths[kind], paths[kind + " message"] = str(path), message
    paths["missing"] = str(tmp_path / "missing" / "file.json")
    paths["out"] = str(tmp_path / "out.duckdb")
    return paths


# Each command with its file arguments: (arguments, what is bad) with "{x}" standing for a path.
BAD_INPUTS = {
    "check": [(["{criteria}"], "criteria")],
    "fmt": [(["--check", "{criteria}"], "criteria")],
    "parse": [(["{criteria}"], None)],  # parses: the mistake is for the checker
    "render": [(["{criteria}"], "criteria")],
    "sql": [(["{criteria}"], "criteria")],
    "eval": [(["{criteria}", "{patients}"], "criteria"), ([TRIAL, "{patients}"], "patients")],
    "explain": [(["{criteria}", "{patient}"], "criteria"), ([TRIAL, "{patient}"], "patient")],
    "report": [(["{criteria}", "{patient}"], "criteria"), ([TRIAL, "{patient}"], "patient")],
    "import": [(["{patients}", "--to", "{out}"], "patients")],
    "screen": [(["{criteria}", "{database}"], "criteria"), ([TRIAL, "{database}"], "database")],
    "diff": [
        (["{criteria}", TRIAL], "criteria"),
        ([TRIAL, "{criteria}"], "criteria"),
        ([TRIAL, TRIAL, "--database", "{database}"], "database"),
    ],
}
FILE_COMMANDS = sorted(BAD_INPUTS)


def test_every_command_that_reads_files_is_covered() -> None:
    reads_files = {
        name for name, command in main.commands.items() if any(isinstance(p, click.Argument) for p in command.params)
    }
    assert reads_files == set(BAD_INPUTS)


@pytest.mark.parametrize("command", FILE_COMMANDS)
def test_a_bad_input_file_is_a_problem_in_the_input(command: str, bad: dict[str, str]) -> None:
    if command == "fmt":  # fmt --check on a file that does not parse: exit 1, the syntax error
        bad["criteria"] = str(Path(bad["criteria"]).with_name("broken.elig"))
        Path(bad["criteria"]).write_text('include "x\n')
        bad["criteria message"] = "1:9: error: unterminated string"
    for arguments, what in BAD_INPUTS[command]:
        code, out, err = run(command, *(a.format(**bad) for a in arguments))
        if what is None:
            assert code == 0
            continue
        assert code == 1, (arguments, err)
        assert out == "", (arguments, out[:200])
        assert bad[what + " message"] in err, (arguments, err)


@pytest.mark.parametrize("command", FILE_COMMANDS)
def test_a_missing_input_file_is_one_line_and_a_usage_error(command: str, bad: dict[str, str], tmp_path: Path) -> None:
    good = {**bad, "criteria": TRIAL, "patients": str(tmp_path / "good.jsonl"), "patient": str(tmp_path / "good.json")}
    Path(good["patients"]).write_text('{"id": "P1"}\n')
    Path(good["patient"]).write_text('{"id": "P1"}')
    for arguments, _ in BAD_INPUTS[command]:
        for position, argument in enumerate(arguments):
            if not argument.startswith("{") or argument == "{out}":
                continue
            missing = [*arguments[:position], bad["missing"], *arguments[position + 1 :]]
            code, out, err = run(command, *(a.format(**good) for a in missing))
            assert (code, out) == (2, ""), (missing, err)
            last = err.splitlines()[-1]
            assert bad["missing"] in last and ("no such file" in last or "does not exist" in last), err
            if last.startswith("eligo: error: "):
                assert len(err.splitlines()) == 1


def test_exit_codes_on_good_input(tmp_path: Path) -> None:
    assert run("check", TRIAL)[0] == 0
    assert run("schema")[0] == 0
    assert run("eval", TRIAL, str(CRITERIA.parent / "examples" / "nct05238363"))[0] == 0
    code, out, err = run("eval", TRIAL, str(CRITERIA.parent / "examples" / "nct05238363"), "--index-date", "x=1")
    assert (code, out) == (2, "")
    assert err.startswith("eligo: error: --index-date x=1: invalid date '1'")
