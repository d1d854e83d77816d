"""Outside data stays outside: nothing the team's shared folder brought from other repositories
(the CQL vectors, the Synthea bundles, the other trials' registry wording) is copied into the
project. Only the seed trial's wording (NCT05238363, from its own record) is quoted."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
from pathlib import Path

import pytest

from .conftest import ROOT

SHARED = Path(os.environ.get("ELIGO_SHARED", ROOT.parent / "shared"))
pytestmark = pytest.mark.skipif(
    not (SHARED / "trials").is_dir(),
    reason=f"the team's shared folder is not beside the project ({SHARED}); set ELIGO_SHARED to its path",
)

#: a run of this many words in a row, copied from a registry's criteria, is a quote
RUN = 10
WORD = re.compile(r"[^\W_]+")


def tracked_files() -> list[Path]:
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    return [ROOT / name for name in listed.decode().split("\0") if name and (ROOT / name).is_file()]


def test_no_file_of_the_shared_folder_is_copied_into_the_project() -> None:
    def digest(path: Path) -> str:
        return hashlib.sha256(path.read_bytes()).hexdigest()

    shared = {digest(p): p for p in SHARED.rglob("*") if p.is_file() and "hooks" not in p.parts}
    copies = [f"{p.relative_to(ROOT)} is {shared[d]}" for p in tracked_files() if (d := digest(p)) in shared]
    assert copies == []


def registry_runs() -> dict[tuple[str, ...], str]:
    """Every run of RUN words of the other trials' registry criteria → the trial it comes from."""
    runs: dict[tuple[str, ...], str] = {}
    for path in sorted((SHARED / "trials").glob("*.txt")):
        words = WORD.findall(path.read_text(encoding="utf-8").lower())
        for i in range(len(words) - RUN + 1):
            runs.setdefault(tuple(words[i : i + RUN]), path.stem)
    return runs


def test_no_registry_wording_of_another_trial_is_quoted() -> None:
    runs = registry_runs()
    found = []
    for path in tracked_files():
        if path.suffix not in (".elig", ".md", ".html", ".txt", ".py", ".j2"):
            continue
        words = WORD.findall(path.read_text(encoding="utf-8", errors="replace").lower())
        for i in range(len(words) - RUN + 1):
            trial = runs.get(tuple(words[i : i + RUN]))
            if trial:
                found.append(f"{path.relative_to(ROOT)}: {' '.join(words[i : i + RUN])} ({trial})")
                break
    assert found == []
