"""The README's Python example runs and prints what its comments say."""

from __future__ import annotations

import contextlib
import io
import os
import re

from .conftest import ROOT


def test_the_python_example_runs() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"### From Python\n\n```python\n(.*?)```", readme, re.S)
    assert block is not None
    output = io.StringIO()
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        with contextlib.redirect_stdout(output):
            exec(compile(block.group(1), "README.md", "exec"), {})
    finally:
        os.chdir(cwd)
    lines = output.getvalue().splitlines()
    assert lines[:2] == ["undetermined", "met"]
    assert lines[2].startswith("Signed the informed consent form")
    assert lines[3] == "P01 eligible"
    assert len(lines) == 3 + 6 + 3
    assert lines[9] == "P7 undetermined"
    assert lines[10] == (
        "records:2: patient P8: attestations.informed_concent: the trial has no attested item 'informed_concent'; "
        "did you mean 'informed_consent'?"
    )
    assert lines[11].startswith("record:1: patient P9: observations[0].value: ECOG performance status")
