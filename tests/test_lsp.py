"""The language server, driven through the protocol as an editor drives it: ``eligo lsp`` in a
subprocess, initialize, didOpen, didChange, then each request (tests/lsp_client.py).

One server serves a small workspace: a value-set library and two trials that import it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from lsprotocol import types as lsp

from eligo.errors import ParseError
from eligo.language import nodes as n
from eligo.language.format import format_text
from eligo.language.load import load_program
from eligo.language.parse import parse_text
from eligo.tools.lsp.analysis import Analyzer
from eligo.tools.lsp.completion import completions
from eligo.tools.lsp.hover import hover_text
from eligo.tools.lsp.navigation import definition, document_symbols
from eligo.tools.lsp.syntax import file_syntax

from .conftest import ALL_ELIG_FILES, ROOT
from .lsp_client import PACKAGES, LspClient, LspError

LIBRARY = """\
valueset cscc "Cutaneous squamous cell carcinoma"
  source "ICD-10-CM FY2025"
  ICD10CM C44.02 "Squamous cell carcinoma of skin of lip"
  ICD10CM C44.92 "Squamous cell carcinoma of skin, unspecified"

measure ecog "ECOG performance status": number
  LOINC 89247-1 "ECOG Performance Status score"

measure hb "Haemoglobin": g/dL
  LOINC 718-7 "Hemoglobin [Mass/volume] in Blood"
"""

TRIAL = """\
trial NCT00000001 "A test trial"
  reference first_dose "Day 1 of cycle 1"

import "valuesets/lib.elig"

attested consent "Signed the informed consent form": boolean

define adult "Adult at first dose"
  age at first_dose >= 18 years

include I1 "Consent"
  consent is true

include I2 "Adult"
  text "Aged 18 or over."
  adult

include I3 "CSCC"
  exists condition in cscc where status is active

include I4 "Fit"
  latest lib.ecog within 28 days before first_dose in 0..1
"""

OTHER = """\
trial NCT00000002 "Another trial"
  reference first_dose "Day 1"

import "valuesets/lib.elig"

include I1 "Haemoglobin"
  latest hb within 28 days before first_dose >= 9 g/dL
"""


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("workspace")
    (root / "valuesets").mkdir()
    (root / "valuesets" / "lib.elig").write_text(LIBRARY, encoding="utf-8")
    (root / "trial.elig").write_text(TRIAL, encoding="utf-8")
    (root / "other.elig").write_text(OTHER, encoding="utf-8")
    load_program(root / "trial.elig")  # the fixtures check
    load_program(root / "other.elig")
    return root


@pytest.fixture(scope="module")
def client(workspace: Path) -> Iterator[LspClient]:
    client = LspClient(workspace)
    yield client
    client.close()


def position(text: str, needle: str, occurrence: int = 0, shift: int = 0) -> tuple[int, int]:
    """The (line, character) of the ``occurrence``-th ``needle`` in an ASCII text, plus ``shift``."""
    offset = -1
    for _ in range(occurrence + 1):
        offset = text.index(needle, offset + 1)
    offset += shift
    return text.count("\n", 0, offset), offset - (text.rfind("\n", 0, offset) + 1)


def range_of(text: str, needle: str, occurrence: int = 0) -> dict[str, Any]:
    line, character = position(text, needle, occurrence)
    return {
        "start": {"line": line, "character": character},
        "end": {"line": line, "character": character + len(needle)},
    }


def test_initialize_announces_the_features(client: LspClient) -> None:
    capabilities = client.initialized["capabilities"]
    assert capabilities["positionEncoding"] == "utf-16"
    for provider in ("hoverProvider", "definitionProvider", "referencesProvider", "documentSymbolProvider",
                     "documentFormattingProvider", "renameProvider", "completionProvider"):  # fmt: skip
        assert capabilities[provider], provider


def test_diagnostics_as_you_type(client: LspClient, workspace: Path) -> None:
    path = workspace / "trial.elig"
    uri = client.open(path, TRIAL, version=1)
    assert client.diagnostics(uri, 1) == []
    broken = TRIAL.replace("status is active", "status is actve")
    client.change(uri, 2, broken)
    [diagnostic] = client.diagnostics(uri, 2)
    assert diagnostic["severity"] == 1 and diagnostic["source"] == "eligo"
    assert diagnostic["message"].startswith("'actve' is not a value of clinical status; did you mean 'active'?")
    assert "\nhint: the values are: active" in diagnostic["message"]
    assert diagnostic["range"] == range_of(broken, "actve")
    client.change(uri, 3, broken.replace("include I4", "include I4 (").replace("latest lib.ecog", "latst lib.ecog"))
    [syntax] = client.diagnostics(uri, 3)
    assert syntax["message"].startswith("unexpected '('"), syntax
    client.change(uri, 4, TRIAL)
    assert client.diagnostics(uri, 4) == []


def test_a_problem_in_an_imported_file_is_shown_on_its_import(client: LspClient, workspace: Path) -> None:
    (workspace / "valuesets" / "bad.elig").write_text(
        'valueset hgb "Haemoglobin"\n  LOINC 718-6 "Hb"\n', encoding="utf-8"
    )
    text = TRIAL.replace(
        'import "valuesets/lib.elig"\n', 'import "valuesets/lib.elig"\n\nimport "valuesets/bad.elig"\n'
    )
    uri = client.open(workspace / "importing.elig", text)
    [problem] = client.diagnostics(uri)
    assert problem["message"] == "in valuesets/bad.elig:2:3: the LOINC check digit of 718-6 should be 7"
    assert problem["range"] == range_of(text, 'import "valuesets/bad.elig"')
    [related] = problem["relatedInformation"]
    assert related["location"]["uri"] == (workspace / "valuesets" / "bad.elig").as_uri()
    assert related["location"]["range"]["start"] == {"line": 1, "character": 2}
    found = client.at("textDocument/definition", uri, *position(text, "bad.elig"))  # an import leads to its file
    assert found["uri"] == (workspace / "valuesets" / "bad.elig").as_uri()


def test_quick_fix_applies_the_did_you_mean(client: LspClient, workspace: Path) -> None:
    text = TRIAL.replace("status is active", "status is actve")
    uri = client.open(workspace / "fix.elig", text)
    diagnostics = client.diagnostics(uri)
    where = diagnostics[0]["range"]
    [action] = client.request(
        "textDocument/codeAction",
        {"textDocument": {"uri": uri}, "range": where, "context": {"diagnostics": diagnostics}},
    )
    assert action["title"] == "Replace 'actve' with 'active'" and action["kind"] == "quickfix"
    assert action["edit"]["changes"][uri] == [{"range": range_of(text, "actve"), "newText": "active"}]


def test_warnings_and_problems_in_imports(client: LspClient, workspace: Path) -> None:
    uri = client.open(
        workspace / "warned.elig",
        TRIAL.replace('import "valuesets/lib.elig"', 'import "valuesets/lib.elig"\n\nattested spare "Unused": boolean'),
    )
    [warning] = client.diagnostics(uri)
    assert warning["severity"] == 2 and warning["message"] == "'spare' is declared but never used"
    missing = TRIAL.replace("lib.elig", "nothing.elig")
    uri = client.open(workspace / "missing.elig", missing)
    problems = client.diagnostics(uri)
    assert problems[0]["message"] == "cannot import 'valuesets/nothing.elig': no such file"
    assert problems[0]["range"] == range_of(missing, 'import "valuesets/nothing.elig"')


@pytest.mark.parametrize(("encodings", "shift"), [(None, 2), (["utf-32"], 1), (["utf-8"], 4)])
def test_positions_count_the_negotiated_code_units(workspace: Path, encodings: list[str] | None, shift: int) -> None:
    """𝔼 (outside the Basic Multilingual Plane) is two UTF-16 code units, one UTF-32, four UTF-8."""
    text = TRIAL.replace('include I1 "Consent"\n  consent is true', 'include I1 "𝔼" consent is tru')
    client = LspClient(workspace, encodings)
    try:
        uri = client.open(workspace / "unicode.elig", text)
        [diagnostic] = client.diagnostics(uri)
        line, column = position(text.replace("𝔼", "E"), "consent is tru", shift=11)
        assert diagnostic["range"]["start"] == {"line": line, "character": column - 1 + shift}
        assert diagnostic["message"].startswith("unknown name 'tru'")
        hover = client.at("textDocument/hover", uri, line, column - 1 + shift - 4)  # on 'consent'
        assert "Signed the informed consent form" in hover["contents"]["value"]
    finally:
        client.close()


def test_hover(client: LspClient, workspace: Path) -> None:
    uri = client.open(workspace / "trial.elig", TRIAL)

    def hover(needle: str, occurrence: int = 0) -> str:
        result = client.at("textDocument/hover", uri, *position(TRIAL, needle, occurrence, shift=1))
        return str(result["contents"]["value"]) if result else ""

    valueset = hover("cscc", 0)
    assert "**value set** `cscc`: Cutaneous squamous cell carcinoma" in valueset
    assert "source: ICD-10-CM FY2025" in valueset and "C44.92" in valueset and "valuesets/lib.elig, line 1" in valueset
    assert "value: a number" in hover("ecog")
    assert "answer: yes or no" in hover("consent", 2) and "Signed the informed consent form" in hover("consent", 2)
    assert "**define** `adult`" in hover("adult", 1) and "Aged 18 years or older on the day of first dose" in hover(
        "adult", 1
    )
    criterion = hover("I2")
    assert "**Inclusion I2**: Adult" in criterion and "> Aged 18 or over." in criterion
    assert "\n\nAdult at first dose.\n\n" in criterion  # the sentence the protocol prints
    assert "**reference date** `first_dose`: Day 1 of cycle 1" in hover("first_dose", 1)
    assert "**field** `status` of a condition: one of active" in hover("status")
    assert hover("A test trial") == ""


def test_hover_shows_units(client: LspClient, workspace: Path) -> None:
    uri = client.open(workspace / "other.elig", OTHER)
    result = client.at("textDocument/hover", uri, *position(OTHER, "hb", shift=1))
    assert "value: a quantity in g/dL" in result["contents"]["value"]


def labels(client: LspClient, uri: str, text: str, needle: str) -> list[str]:
    """The labels completed at the end of ``needle`` (the cursor after it), the first ranked first."""
    line, character = position(text, needle, shift=len(needle))
    result = client.at("textDocument/completion", uri, line, character)
    return [i["label"] for i in sorted(result["items"], key=lambda i: i.get("sortText", i["label"]))]


def test_completion_follows_the_grammar_and_the_context(client: LspClient, workspace: Path) -> None:
    text = TRIAL.replace("exists condition in cscc where status is active", "exists condition in cscc where status is ")
    uri = client.open(workspace / "trial.elig", text)
    after_is = labels(client, uri, text, "where status is ")
    assert after_is[:6] == ["active", "recurrence", "relapse", "inactive", "remission", "resolved"]
    assert "known" in after_is and "not" in after_is
    text = TRIAL.replace("exists condition in cscc where status is active", "exists condition in ")
    client.change(uri, 2, text)
    after_in = labels(client, uri, text, "exists condition in ")
    assert {"cscc", "lib.cscc", "ecog", "hb"} <= set(after_in)
    assert "consent" not in after_in and "adult" not in after_in and "status" not in after_in
    text = TRIAL.replace("exists condition in cscc where status is active", "exists ")
    client.change(uri, 3, text)
    assert {"condition", "medication", "procedure", "observation", "ecog"} <= set(labels(client, uri, text, "exists "))
    text = TRIAL.replace("exists condition in cscc where status is active", "exists condition where ")
    client.change(uri, 4, text)
    where = labels(client, uri, text, "exists condition where ")
    assert {"onset", "extent", "confirmed_by", "sex", "first_dose", "consent", "adult", "not", "latest", "age"} <= set(
        where
    )
    assert "route" not in where  # a medication's field
    text = TRIAL.replace("age at first_dose >= 18 years", "age at first_dose >= 18 ")
    client.change(uri, 5, text)
    amount = labels(client, uri, text, ">= 18 ")
    assert {"years", "months", "days", "g/dL", "10^9/L"} <= set(amount)
    assert labels(client, uri, TRIAL, 'text "Aged 18 ') == [] and labels(client, uri, TRIAL, "import ") == []
    text = TRIAL.replace("include I2", "inc")
    client.change(uri, 6, text)
    assert {"include", "exclude", "define", "valueset"} <= set(labels(client, uri, text, "\ninc"))


def test_definition_across_imports(client: LspClient, workspace: Path) -> None:
    uri = client.open(workspace / "trial.elig", TRIAL)
    library = (workspace / "valuesets" / "lib.elig").resolve().as_uri()
    found = client.at("textDocument/definition", uri, *position(TRIAL, "cscc where", shift=1))
    assert found == {"uri": library, "range": range_of(LIBRARY, "cscc")}
    found = client.at("textDocument/definition", uri, *position(TRIAL, "lib.ecog", shift=5))
    assert found == {"uri": library, "range": range_of(LIBRARY, "ecog")}
    found = client.at("textDocument/definition", uri, *position(TRIAL, "adult", 1, shift=1))
    assert found == {"uri": uri, "range": range_of(TRIAL, "adult", 0)}
    assert client.at("textDocument/definition", uri, *position(TRIAL, "status", shift=1)) is None


def test_references_across_files(client: LspClient, workspace: Path) -> None:
    uri = client.open(workspace / "trial.elig", TRIAL)
    library = (workspace / "valuesets" / "lib.elig").resolve().as_uri()
    other = (workspace / "other.elig").resolve().as_uri()
    found = client.at(
        "textDocument/references", uri, *position(TRIAL, "lib.ecog", shift=5), context={"includeDeclaration": True}
    )
    assert {(r["uri"], r["range"]["start"]["line"]) for r in found} == {
        (library, 5),
        (uri, position(TRIAL, "lib.ecog")[0]),
    }
    lib_uri = client.open(workspace / "valuesets" / "lib.elig", LIBRARY)
    found = client.at(
        "textDocument/references", lib_uri, *position(LIBRARY, "hb", shift=1), context={"includeDeclaration": False}
    )
    assert [r["uri"] for r in found] == [other]


def test_document_symbols(client: LspClient, workspace: Path) -> None:
    uri = client.open(workspace / "trial.elig", TRIAL)
    symbols = client.request("textDocument/documentSymbol", {"textDocument": {"uri": uri}})
    assert [s["name"] for s in symbols] == [
        "trial NCT00000001",
        "consent",
        "adult",
        "include I1",
        "include I2",
        "include I3",
        "include I4",
    ]
    assert [c["name"] for c in symbols[0]["children"]] == ["first_dose"]
    assert symbols[2]["selectionRange"] == range_of(TRIAL, "adult")


def test_formatting(client: LspClient, workspace: Path) -> None:
    messy = TRIAL.replace('include I1 "Consent"\n  consent is true', 'include I1   "Consent" consent   is true # kept')
    uri = client.open(workspace / "trial.elig", messy)
    options = {"tabSize": 2, "insertSpaces": True}
    [edit] = client.request("textDocument/formatting", {"textDocument": {"uri": uri}, "options": options})
    assert edit["newText"] == format_text(messy, "trial.elig") and "# kept" in edit["newText"]
    assert edit["range"]["start"] == {"line": 0, "character": 0}
    client.change(uri, 2, format_text(TRIAL, "trial.elig"))
    assert client.request("textDocument/formatting", {"textDocument": {"uri": uri}, "options": options}) == []
    client.change(uri, 3, TRIAL + "\ninclude I9 (")
    assert client.request("textDocument/formatting", {"textDocument": {"uri": uri}, "options": options}) is None


def test_rename(client: LspClient, workspace: Path) -> None:
    uri = client.open(workspace / "trial.elig", TRIAL)
    edit = client.at("textDocument/rename", uri, *position(TRIAL, "adult", 1), newName="grown_up")
    assert sorted(e["range"]["start"]["line"] for e in edit["changes"][uri]) == [
        position(TRIAL, "adult", i)[0] for i in (0, 1)
    ]
    assert {e["newText"] for e in edit["changes"][uri]} == {"grown_up"}
    # an imported declaration: its file, every file that uses it; a qualified use keeps its prefix
    edit = client.at("textDocument/rename", uri, *position(TRIAL, "lib.ecog", shift=5), newName="performance")
    library = (workspace / "valuesets" / "lib.elig").resolve().as_uri()
    [qualified] = edit["changes"][uri]
    assert qualified["newText"] == "performance" and qualified["range"] == range_of(TRIAL, "ecog")
    assert [e["range"] for e in edit["changes"][library]] == [range_of(LIBRARY, "ecog")]
    edit = client.at("textDocument/rename", uri, *position(TRIAL, "cscc where"), newName="scc")
    assert set(edit["changes"]) == {uri, library}
    with pytest.raises(LspError, match="is a record field"):
        client.at("textDocument/rename", uri, *position(TRIAL, "adult", 1), newName="onset")
    with pytest.raises(LspError, match="already declared"):
        client.at("textDocument/rename", uri, *position(TRIAL, "adult", 1), newName="consent")


def test_items_parsed_one_by_one_make_the_document_parse_text_makes() -> None:
    """The server parses a file item by item (an edit parses again only the item it touched); the
    document is the one the whole text parses to, comments and positions included."""
    for path in ALL_ELIG_FILES:
        text = path.read_text(encoding="utf-8")
        syntax = file_syntax(str(path), text)
        whole = parse_text(text, str(path))
        assert syntax.document == whole and syntax.document.comments == whole.comments, path
        assert [i.span for i in syntax.items] == [i.span for i in whole.items], path
    broken = TRIAL.replace('include I2 "Adult"', 'include I2 "Adult" (')
    syntax = file_syntax("t.elig", broken)
    with pytest.raises(ParseError) as error:
        parse_text(broken, "t.elig")
    assert syntax.errors == error.value.diagnostics
    assert [getattr(i, "id", None) for i in syntax.items if isinstance(i, n.Criterion)] == ["I1", "I3", "I4"]
    huge = file_syntax("huge.elig", "# a comment\n" * 400_000)  # over 4 MiB: refused as eligo check refuses it
    assert [d.message for d in huge.errors] == ["file is too large (a criteria file may hold at most 4 MiB)"]


def test_prepare_rename_and_names_already_taken(client: LspClient, workspace: Path) -> None:
    uri = client.open(workspace / "trial.elig", TRIAL)
    found = client.at("textDocument/prepareRename", uri, *position(TRIAL, "lib.ecog", shift=1))
    assert found == range_of(TRIAL, "ecog")  # the name, not its namespace
    with pytest.raises(LspError, match="only a declared name"):
        client.at("textDocument/prepareRename", uri, *position(TRIAL, "status"))
    with pytest.raises(LspError, match=r"'hb' is already declared in valuesets/lib.elig \(line 9\)"):
        client.at("textDocument/rename", uri, *position(TRIAL, "adult", 1), newName="hb")


def test_hover_on_a_criterion_line_and_completion_of_parameters(client: LspClient, workspace: Path) -> None:
    uri = client.open(workspace / "trial.elig", TRIAL)
    hover = client.at("textDocument/hover", uri, *position(TRIAL, '"Consent"', shift=3))
    assert hover["contents"]["value"].startswith("**Inclusion I1**: Consent\n\nSigned the informed consent form")
    text = TRIAL.replace(
        "define adult", 'define recent(agents: valueset, window: duration) "Recent"\n  exists medication in '
    )
    text = text.replace('exists medication in  "Adult at first dose"', "exists medication in ")
    text = text.replace('"Adult at first dose"\n', "")
    uri = client.open(workspace / "params.elig", text)
    in_query = labels(client, uri, text, "exists medication in ")
    assert "agents" not in in_query  # a parameter is offered where a name may stand, not among value sets
    text = text.replace("exists medication in ", "exists medication in agents where start within ")
    client.change(uri, 2, text)
    assert {"window", "agents"} <= set(labels(client, uri, text, "where start within "))


def test_a_changed_library_is_read_again(client: LspClient, workspace: Path) -> None:
    folder = workspace / "changing"
    (folder / "valuesets").mkdir(parents=True)
    library = folder / "valuesets" / "lib.elig"
    library.write_text(LIBRARY, encoding="utf-8")
    trial = folder / "trial.elig"
    uri = client.open(trial, TRIAL)
    assert client.diagnostics(uri) == []
    library.write_text(LIBRARY.replace("valueset cscc", "valueset scc"), encoding="utf-8")
    stamp = library.stat().st_mtime + 5
    os.utime(library, (stamp, stamp))
    client.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": library.as_uri(), "type": 2}]})
    [problem] = client.diagnostics(uri)
    assert problem["message"] == "undefined value set 'cscc'; did you mean 'scc'?"
    assert problem["range"]["start"]["line"] == position(TRIAL, "cscc")[0]


PARAMETERS = (
    TRIAL
    + """
define recent(agents: valueset, window: duration) "Recent treatment"
  exists medication in agents where start within window before first_dose

include I5 "Recent"
  recent(cscc, 28 days)
"""
)


def test_rename_of_a_parameter_stays_in_its_definition(client: LspClient, workspace: Path) -> None:
    uri = client.open(workspace / "parameters.elig", PARAMETERS)
    assert client.diagnostics(uri) == []
    edit = client.at("textDocument/rename", uri, *position(PARAMETERS, "agents", 1), newName="drugs")
    assert sorted(e["range"]["start"]["line"] for e in edit["changes"][uri]) == [
        position(PARAMETERS, "agents", i)[0] for i in (0, 1)
    ]
    with pytest.raises(LspError, match="'window' is already declared here"):
        client.at("textDocument/rename", uri, *position(PARAMETERS, "agents", 1), newName="window")
    with pytest.raises(LspError, match="'first_dose' is a name the definition 'recent' already uses"):
        client.at("textDocument/rename", uri, *position(PARAMETERS, "agents", 1), newName="first_dose")
    hover = client.at("textDocument/hover", uri, *position(PARAMETERS, "window before", shift=1))
    assert hover["contents"]["value"].startswith("**parameter** `window`: a duration (of `recent`)")


def test_without_the_lsp_extra_the_command_says_what_to_install() -> None:
    script = "import sys; sys.modules['pygls'] = None; from eligo.cli import main; main(['lsp'])"
    env = {**os.environ, "PYTHONPATH": str(PACKAGES)}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 2 and done.stdout == ""
    assert "the language server needs the 'lsp' extra (pygls is missing): pip install 'eligo[lsp]'" in done.stderr


def test_the_latency_benchmark_runs() -> None:
    """bench/lsp_latency.py times every request on a 1,000-line file (here twice each: the figures
    themselves depend on the machine, so only their presence is checked)."""
    env = {**os.environ, "PYTHONPATH": str(PACKAGES)}
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "lsp_latency.py"), "--repeat", "2"],
                          capture_output=True, text=True, env=env, timeout=120)  # fmt: skip
    assert done.returncode in (0, 1), done.stderr  # 1: over the budget on a busy machine
    lines = done.stdout.splitlines()
    assert re.match(r"eligo lsp on a criteria file of 1,\d{3} lines", lines[0]), done.stdout
    for request in ("didChange → diagnostics", "hover", "completion", "definition", "references", "rename",
                    "documentSymbol", "formatting"):  # fmt: skip
        assert any(line.startswith(request) and line.endswith("ms") for line in lines), request


def test_every_name_of_the_shipped_criteria_has_a_hover() -> None:
    """In every criteria file: each name a criterion or definition uses has a hover (its
    declaration, a field or a value), each declared one a definition, and completion at the end
    of every seventh line answers (in-process, on the modules the server runs)."""
    analyzer = Analyzer()
    for path in ALL_ELIG_FILES:
        text = path.read_text(encoding="utf-8")
        analysis = analyzer.analyze(str(path), text)
        assert analysis.program is not None and len(document_symbols(analysis, "utf-16")) > 0, path
        for use in analysis.main.uses:
            symbol, at = analysis.at(analysis.main.path, use.start)
            assert hover_text(analysis, symbol, at, None), f"{path.name}: {use.name}"
            assert symbol is None or definition(analysis, symbol, "utf-16") is not None, f"{path.name}: {use.name}"
        lines = text.split("\n")
        for line in range(0, len(lines), 7):
            completions(analysis, text, lsp.Position(line=line, character=len(lines[line])), "utf-16")


def test_incremental_changes_count_utf16_code_units(client: LspClient, workspace: Path) -> None:
    """An editor sends the range an edit replaced, in UTF-16 code units: after 𝔼, one more."""
    text = TRIAL.replace('include I1 "Consent"\n  consent is true', 'include I1 "𝔼" consent is tru')
    uri = client.open(workspace / "incremental.elig", text, version=1)
    [diagnostic] = client.diagnostics(uri, 1)
    end = diagnostic["range"]["end"]  # just after 'tru', in UTF-16 code units
    change = {"range": {"start": end, "end": end}, "text": "e"}
    client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 2}, "contentChanges": [change]})
    assert client.diagnostics(uri, 2) == []
