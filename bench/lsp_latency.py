"""How fast the language server answers on a 1,000-line criteria file, through the protocol.

Writes a criteria file of at least 1,000 lines (NCT05238363's criteria, repeated under new ids,
with the shared value-set files beside it), starts ``eligo lsp`` as an editor does, and times
every request from the moment it is sent until its response is read: each one on an analysed
document, and hover and completion just after an edit (when the server analyses the new text
first). Diagnostics after an edit are published once edits stop for the debounce delay
(``eligo.tools.lsp.server.DEBOUNCE``); the figure shown is the time after that delay.

    python bench/lsp_latency.py [--lines 1000] [--repeat 20]
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BUDGET_MS = 100.0
#: the first open parses every item and every imported file: not a response to an edit or a request
COLD = "didOpen → diagnostics (cold: all parsed)"


def client_class() -> Any:
    spec = importlib.util.spec_from_file_location("lsp_client", ROOT / "tests" / "lsp_client.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.LspClient


def criteria_file(lines: int) -> str:
    """NCT05238363's criteria, its criteria repeated under new ids until the file has ``lines`` lines."""
    source = (ROOT / "criteria" / "nct05238363.elig").read_text(encoding="utf-8")
    parts = re.split(r"(?m)^(?=include |exclude )", source)
    text, criteria, copy = source, parts[1:], 0
    while text.count("\n") < lines:
        copy += 1
        for criterion in criteria:
            text += re.sub(r"^(include|exclude) (\S+)", rf"\1 \2_{copy}", criterion)
    return text


def timed(action: Callable[[], Any], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    options.add_argument("--lines", type=int, default=1000)
    options.add_argument("--repeat", type=int, default=20)
    args = options.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    from eligo.tools.lsp.server import DEBOUNCE

    folder = Path(tempfile.mkdtemp(prefix="eligo-lsp-bench-"))
    try:
        shutil.copytree(ROOT / "criteria" / "valuesets", folder / "valuesets")
        text = criteria_file(args.lines)
        path = folder / "big.elig"
        path.write_text(text, encoding="utf-8")
        lines = text.split("\n")
        client = client_class()(folder)
        try:
            rows = run(client, path, text, lines, args.repeat, DEBOUNCE)
        finally:
            client.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(f"eligo lsp on a criteria file of {len(lines):,} lines ({len(text):,} characters), {args.repeat} runs each")
    print(f"{'request':<44} {'median':>9} {'p95':>9} {'max':>9}")
    slow = []
    for name, times in rows:
        p95 = sorted(times)[max(0, round(0.95 * len(times)) - 1)]
        print(f"{name:<44} {statistics.median(times):>7.1f}ms {p95:>7.1f}ms {max(times):>7.1f}ms")
        if statistics.median(times) > BUDGET_MS and name != COLD:
            slow.append(name)
    verdict = "every median within" if not slow else f"over the budget: {', '.join(slow)};"
    print(f"{verdict} {BUDGET_MS:.0f} ms (the cold open aside)")
    return 1 if slow else 0


def run(
    client: Any, path: Path, text: str, lines: list[str], repeat: int, debounce: float
) -> list[tuple[str, list[float]]]:
    def where(needle: str, after: str = "", shift: int = 1) -> tuple[int, int]:
        start = text.index(after) if after else 0
        offset = text.index(needle, start) + shift
        return text.count("\n", 0, offset), offset - (text.rfind("\n", 0, offset) + 1)

    start = time.perf_counter()
    uri = client.open(path, text)
    client.diagnostics(uri)
    rows: list[tuple[str, list[float]]] = [(COLD, [(time.perf_counter() - start) * 1000])]
    version = 1

    def edit_and_wait() -> None:
        nonlocal version
        version += 1
        client.change(uri, version, text.replace("Adult", f"Adult {version}", 1))
        client.diagnostics(uri, version)

    edits = timed(edit_and_wait, repeat)
    rows.append(
        (f"didChange → diagnostics (after {debounce * 1000:.0f} ms debounce)", [t - debounce * 1000 for t in edits])
    )
    valueset, criterion = where(" in malignancy", "exclude", 5), where("I2 ")
    member = where(" in (inactive", "define definitively_treated")
    requests: list[tuple[str, str, tuple[int, int], dict[str, Any]]] = [
        ("hover on a value set (codes)", "textDocument/hover", valueset, {}),
        ("hover on a criterion (its sentence)", "textDocument/hover", criterion, {}),
        ("completion (enumerated values in context)", "textDocument/completion", (member[0], member[1] + 4), {}),
        ("definition (in an imported file)", "textDocument/definition", valueset, {}),
        (
            "references (across the workspace)",
            "textDocument/references",
            valueset,
            {"context": {"includeDeclaration": True}},
        ),
        ("rename (across the workspace)", "textDocument/rename", valueset, {"newName": "malignant"}),
    ]
    for name, method, (line, character), extra in requests:
        if not client.at(method, uri, line, character, **extra):  # an empty answer is no answer to time
            raise SystemExit(f"{name}: the server answered nothing at {line + 1}:{character + 1}")
        rows.append(
            (name, timed(lambda m=method, li=line, c=character, e=extra: client.at(m, uri, li, c, **e), repeat))
        )
    rows.append(
        (
            "documentSymbol",
            timed(lambda: client.request("textDocument/documentSymbol", {"textDocument": {"uri": uri}}), repeat),
        )
    )
    formatting = {"textDocument": {"uri": uri}, "options": {"tabSize": 2, "insertSpaces": True}}
    rows.append(("formatting", timed(lambda: client.request("textDocument/formatting", formatting), repeat)))

    def edit_then(method: str, position: tuple[int, int]) -> Callable[[], Any]:
        def action() -> None:
            nonlocal version
            version += 1
            client.change(uri, version, text.replace("Adult", f"Adult {version}", 1))
            client.at(method, uri, *position)

        return action

    rows.append(("hover just after an edit (analyses first)", timed(edit_then("textDocument/hover", valueset), repeat)))
    rows.append(
        (
            "completion just after an edit",
            timed(edit_then("textDocument/completion", (member[0], member[1] + 4)), repeat),
        )
    )
    return rows


if __name__ == "__main__":
    sys.exit(main())
