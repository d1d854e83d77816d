"""Hostile criteria files: absurd nesting, huge numbers, long lines, big files, bad imports, and
text that looks like code. Each ends in a checked program or Eligo's own positioned errors, in
bounded time, and nothing in a criteria file runs code or reads a file it may not import.
"""

from __future__ import annotations

import datetime
import json
import os
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import eligo
from eligo.cli import main
from eligo.documents.checklist import render_patient_report
from eligo.documents.cohort import render_cohort_report
from eligo.documents.render import FORMATS, render_protocol
from eligo.documents.summary import CohortSummary
from eligo.errors import ParseError, SourceError
from eligo.language.format import format_document
from eligo.language.parse import MAX_SYNTAX_ERRORS

HEADER = 'trial T1 "t"\n  reference d "day"\n\n'
DAY = datetime.date(2026, 3, 2)
PATIENT = {
    "id": "P1",
    "sex": "female",
    "birth_date": "1960-05-01",
    "dates": {"d": "2026-03-02"},
    "conditions": [{"code": {"system": "ICD10CM", "code": "C44.92"}, "onset": "2020-01-01"}],
    "observations": [{"code": {"system": "LOINC", "code": "89247-1"}, "date": "2026-03-01", "value": 1}],
}


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def errors_of(path: Path) -> str:
    """The rendered errors of loading a criteria file (the test fails if it loads)."""
    with pytest.raises(SourceError) as caught:
        eligo.load_program(path)
    for diagnostic in caught.value.diagnostics:
        assert diagnostic.span is not None and diagnostic.span.line >= 1
    return caught.value.render()


def cli(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    assert "Traceback" not in result.stdout + result.stderr
    return result.exit_code, result.stdout, result.stderr


# --- nesting -----------------------------------------------------------------------------------


def test_ten_thousand_redundant_parentheses_are_only_parentheses(tmp_path: Path) -> None:
    body = "(" * 10_000 + "sex is female" + ")" * 10_000
    path = write(tmp_path, "p.elig", HEADER + f'include I1 "t"\n  {body}\n')
    program = eligo.load_program(path)
    assert eligo.CompiledTrial(program).evaluate(PATIENT).outcome("I1") == "met"
    text = path.read_text()
    assert format_document(program.document, text).endswith('include I1 "t"\n  sex is female\n')


@pytest.mark.parametrize("operator", ["and", "or", "not"])
def test_ten_thousand_nested_levels_get_a_positioned_error(tmp_path: Path, operator: str) -> None:
    body = "sex is female"
    for _ in range(10_000):
        body = f"not ({body})" if operator == "not" else f"(sex is male {operator} {body})"
    path = write(tmp_path, "deep.elig", HEADER + f'include I1 "t"\n  {body}\n')
    rendered = errors_of(path)
    assert f"{path}:5:" in rendered
    assert "expression nested too deeply (more than 100 levels); split it into definitions" in rendered
    code, out, err = cli("check", str(path))
    assert (code, out) == (1, "")
    assert max(len(line) for line in err.splitlines()) < 250  # the excerpt of a 170 kB line is cut


@pytest.mark.parametrize("operator", ["and", "or", "not"])
def test_the_deepest_accepted_expression_goes_through_every_back_end(tmp_path: Path, operator: str) -> None:
    body = "sex is female"
    for _ in range(95):
        body = f"not ({body})" if operator == "not" else f"(sex is male {operator} {body})"
    path = write(tmp_path, "deep.elig", HEADER + f'include I1 "t"\n  {body} and age at d >= 18 years\n')
    trial = eligo.load(path)
    result = trial.evaluate(PATIENT)
    assert result.outcome("I1") in ("met", "not_met")
    for fmt in FORMATS:
        assert "I1" in render_protocol(trial.program, fmt)
    assert "I1" in render_patient_report(result, trial.program, "html", DAY)
    assert format_document(trial.program.document, path.read_text()).count("sex is male") == (
        95 if operator != "not" else 0
    )
    code, out, _ = cli("sql", str(path))
    assert code == 0 and "SELECT" in out


# --- numbers and windows ----------------------------------------------------------------------

HUGE = "9" * 400


@pytest.mark.parametrize(
    ("body", "outcome"),
    [
        (f"age at d >= {HUGE} years", "not_met"),
        (f"age at d < {HUGE} years", "met"),
        (f"exists condition where onset within {HUGE} days before d", "met"),
        (f"exists condition where onset within {HUGE} months of d", "met"),
        (f"exists condition where onset within {HUGE} years after d", "not_met"),
        (f"exists condition where onset at least {HUGE} weeks before d", "not_met"),
        (f"exists condition where onset at least {HUGE} years after d", "not_met"),
        (f"latest ecog within {HUGE} weeks before d in 0..{HUGE}", "met"),
        (f"latest ecog within 28 days before d > {HUGE}", "not_met"),
        (f"count(condition) < {HUGE}", "met"),
        ("d after 9999-12-31", "not_met"),
        ("d between 0001-01-01 and 9999-12-31", "met"),
    ],
)
def test_huge_numbers_evaluate_without_overflow(tmp_path: Path, body: str, outcome: str) -> None:
    measure = 'measure ecog "ECOG": number\n  LOINC 89247-1 "ECOG"\n\n'
    path = write(tmp_path, "n.elig", HEADER + measure + f'include I1 "t"\n  {body}\n')
    trial = eligo.load(path)
    assert trial.evaluate(PATIENT).outcome("I1") == outcome
    assert "I1" in render_protocol(trial.program, "md")


def test_numbers_that_are_not_literals_of_the_language(tmp_path: Path) -> None:
    path = write(tmp_path, "n.elig", HEADER + 'include I1 "t"\n  age at d > 1e999 years\n')
    assert f"{path}:5:15: error: unexpected 'e999'" in errors_of(path)


# --- long lines and big files -------------------------------------------------------------------


def test_a_one_megabyte_line(tmp_path: Path) -> None:
    title = "t" * (1 << 20)
    path = write(tmp_path, "long.elig", HEADER + f'include I1 "{title}"\n  sex is female\n')
    assert eligo.load_program(path).criteria[0].title == title
    junk = write(tmp_path, "junk.elig", HEADER + 'include I1 "t"\n  sex is ' + "female " * 150_000 + "\n")
    rendered = errors_of(junk)
    assert "junk.elig:5:" in rendered and max(len(line) for line in rendered.splitlines()) < 250


def test_a_file_of_many_megabytes_is_refused_at_once(tmp_path: Path) -> None:
    path = tmp_path / "big.elig"
    path.write_bytes(os.urandom(5 << 20))
    started = time.monotonic()
    assert errors_of(path) == f"{path}:1:1: error: file is too large (a criteria file may hold at most 4 MiB)"
    assert time.monotonic() - started < 10


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero on this system")
def test_an_endless_file_is_not_read_whole() -> None:
    code, _, err = cli("check", "/dev/zero")
    assert code == 1
    assert err.startswith("/dev/zero:1:1: error: file is too large")


def test_megabytes_of_broken_items_give_a_screenful_of_errors(tmp_path: Path) -> None:
    items = "".join(f'include I{i} "t"\n  sex is (\n\n' for i in range(20_000))  # 0.6 MB, every item broken
    path = write(tmp_path, "broken.elig", HEADER + items)
    started = time.monotonic()
    with pytest.raises(ParseError) as caught:
        eligo.load_program(path)
    assert time.monotonic() - started < 20
    diagnostics = caught.value.diagnostics
    assert len(diagnostics) == MAX_SYNTAX_ERRORS + 1
    assert diagnostics[0].span is not None and diagnostics[0].span.line == 5
    assert diagnostics[-1].message == "stopped after 100 syntax errors; fix these and check again"


def test_one_error_at_the_end_of_a_large_file(tmp_path: Path) -> None:
    items = "".join(f'include I{i} "t"\n  sex is female\n\n' for i in range(6_000))
    path = write(tmp_path, "late.elig", HEADER + items + 'include X "t"\n  sex is (\n')
    rendered = errors_of(path)
    assert rendered.startswith(f"{path}:{4 + 3 * 6_000 + 1}:")
    assert rendered.count(": error: ") == 1


def test_a_too_deep_item_before_the_first_syntax_error_is_still_reported(tmp_path: Path) -> None:
    """Every problem at once: recovery after a late syntax error still checks the items before it."""
    deep = " and ".join(["sex is female"] * 2) + " and " + "not (" * 150 + "sex is female" + ")" * 150
    good = "".join(f'include G{i} "t"\n  sex is female\n\n' for i in range(3))
    path = write(tmp_path, "mixed.elig", HEADER + f'include D "t"\n  {deep}\n\n' + good + 'include X "t"\n  sex is (\n')
    rendered = errors_of(path)
    assert "expression nested too deeply" in rendered
    assert "unexpected end of file" in rendered
    assert rendered.count(": error: ") == 2


# --- imports ---------------------------------------------------------------------------------------

MAIN = HEADER + 'import "{0}"\n\ninclude I1 "a"\n  exists condition in v\n'
VALUESET = 'valueset v "V"\n  ICD10CM C44.92 "x"\n'
SECRET = "root:x:0:0:secret-marker"


def project(tmp_path: Path, target: str) -> Path:
    """A project directory with the main file importing ``target``, and a secret file beside it."""
    write(tmp_path, "secret.elig", SECRET)
    return write(tmp_path / "project", "main.elig", MAIN.format(target))


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("main.elig", "import cycle: main.elig -> main.elig"),
        ("a.elig", "import cycle: a.elig -> b.elig -> c.elig -> a.elig"),
        ("../secret.elig", "import '../secret.elig' points outside project/"),
        ("sets/../../secret.elig", "import 'sets/../../secret.elig' points outside project/"),
        ("/etc/passwd", "import '/etc/passwd' is an absolute path; import files relative to this one"),
        ("link.elig", "import 'link.elig' points outside project/"),
        ("~/x.elig", "cannot import '~/x.elig': no such file"),
        ("missing.elig", "cannot import 'missing.elig': no such file"),
        ("sets", "cannot import 'sets': is a directory"),
        ("loop.elig", "cannot import 'loop.elig': a loop of symbolic links"),
        ("x" * 300 + ".elig", "file name too long"),
    ],
    ids=[
        "self",
        "three-cycle",
        "parent",
        "dotdot",
        "absolute",
        "symlink-out",
        "home",
        "missing",
        "dir",
        "loop",
        "long",
    ],
)
def test_bad_imports_are_refused_with_a_positioned_message(tmp_path: Path, target: str, message: str) -> None:
    main_path = project(tmp_path, target)
    folder = main_path.parent
    write(folder, "a.elig", 'import "b.elig"\n' + VALUESET)
    write(folder, "b.elig", 'import "c.elig"\n')
    write(folder, "c.elig", 'import "a.elig"\n')
    (folder / "sets").mkdir()
    (folder / "link.elig").symlink_to(tmp_path / "secret.elig")
    (folder / "loop.elig").symlink_to(folder / "loop2.elig")
    (folder / "loop2.elig").symlink_to(folder / "loop.elig")
    rendered = errors_of(main_path)
    assert f"{main_path}:4:1: error: " in rendered or "c.elig:1:1: error: " in rendered  # where the cycle closes
    assert message in rendered
    assert "secret-marker" not in rendered  # nothing outside the project is read
    code, out, err = cli("check", str(main_path))
    assert (code, out) == (1, "") and message in err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_an_import_of_a_named_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    main_path = project(tmp_path, "pipe.elig")
    os.mkfifo(main_path.parent / "pipe.elig")
    assert "cannot import 'pipe.elig': not a file" in errors_of(main_path)


def test_a_huge_imported_file_is_not_read_whole(tmp_path: Path) -> None:
    main_path = project(tmp_path, "huge.elig")
    with (main_path.parent / "huge.elig").open("wb") as huge:
        huge.truncate(1 << 30)  # a sparse gigabyte
    assert "huge.elig:1:1: error: file is too large (a criteria file may hold at most 4 MiB)" in errors_of(main_path)


# --- text that looks like code ---------------------------------------------------------------------

MARKER = "eligo-pwned-marker"
PAYLOADS = [
    "{{ 7*7 }}",
    "{% include '/etc/passwd' %}",
    "{{ cycler.__init__.__globals__.os.system('touch " + MARKER + "') }}",
    "__import__('os').system('touch " + MARKER + "')",
    "$(touch " + MARKER + ")",
    "<script>alert(1)</script>",
]


def quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def test_text_that_looks_like_code_is_only_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    payload = " ".join(PAYLOADS)
    q = quoted(payload)
    source = (
        f"trial T1 {q}\n  id protocol {q}\n  sponsor {q}\n  reference d {q}\n\n"
        f"valueset v {q}\n  source {q}\n  note {q}\n  ICD10CM C44.92 {q}\n\n"
        f"measure ecog {q}: number\n  source {q}\n  LOINC 89247-1 {q}\n\n"
        f"attested a {q}: boolean\n\n"
        f"define dd {q}\n  exists condition in v\n\n"
        f"include I1 {q}\n  text {q}\n  note {q}\n  dd and a and latest ecog within 28 days before d in 0..1\n"
    )
    path = write(tmp_path, "code.elig", source)
    trial = eligo.load(path)
    patient = {**PATIENT, "id": payload, "attestations": {"a": {"value": True, "recorded_by": payload}}}
    result = trial.evaluate(patient)
    summary = CohortSummary(trial.program, source=payload)
    summary.add(result)
    record = eligo.Patient.model_validate(patient)
    documents = {f"protocol.{fmt}": render_protocol(trial.program, fmt) for fmt in FORMATS}
    day = DAY
    for fmt in ("html", "md"):
        documents[f"patient.{fmt}"] = render_patient_report(result, trial.program, fmt, day, patient=record)
        documents[f"cohort.{fmt}"] = render_cohort_report(summary, trial.program, fmt, evaluated_on=day)
    documents["result.json"] = json.dumps(result.model_dump(mode="json"))
    documents["formatted.elig"] = format_document(trial.program.document, source)
    assert not (tmp_path / MARKER).exists()
    for name, output in documents.items():
        assert "{{ 7*7 }}" in output or "{{ 7\\*7 }}" in output, name  # left as written (Markdown escapes the *)
        assert "root:x:" not in output, name  # /etc/passwd was not included
        if name.endswith((".html", ".md")):
            assert "<script" not in output, name
    assert not (tmp_path / MARKER).exists()


def test_string_literals_with_quotes_do_not_break_the_generated_sql(tmp_path: Path) -> None:
    injection = "x'); DROP TABLE patients; --"
    source = (
        HEADER
        + f"measure m {quoted(injection)}: text\n  LOCAL m1 {quoted(injection)}\n\n"
        + f"include I1 {quoted(injection)}\n  latest m within 10 days before d = {quoted(injection)}\n"
    )
    criteria = write(tmp_path, "q.elig", source)
    record = {"id": "P1", "dates": {"d": "2026-01-01"}}
    record["observations"] = [{"code": {"system": "LOCAL", "code": "m1"}, "date": "2026-01-01", "value": injection}]
    patients = write(tmp_path, "p.jsonl", json.dumps(record) + "\n")
    database = tmp_path / "db.duckdb"
    assert cli("import", str(patients), "--to", str(database))[0] == 0
    for _ in range(2):  # the table is still there the second time
        code, out, _ = cli("screen", str(criteria), str(database), "--format", "jsonl")
        assert code == 0
        assert json.loads(out)["criteria"] == {"I1": "met"}
    with pytest.raises(SourceError):  # a code cannot carry a quote at all
        eligo.load_program(
            write(tmp_path, "c.elig", HEADER + 'include I1 "t"\n  exists condition where code is LOCAL x\';DROP\n')
        )
