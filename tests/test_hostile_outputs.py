"""Interrupted runs never leave a result file that looks complete.

``eligo eval -o FILE`` writes into a hidden ``.FILE.*.partial`` beside FILE and renames it onto
FILE only at the end. Ctrl-C mid-run leaves FILE as it was (absent, or the previous complete
version) and removes the partial file; a crash that gives Python no chance to clean up (SIGKILL)
also leaves FILE as it was, with at most the hidden partial file beside it.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import CRITERIA

pytestmark = pytest.mark.skipif(not hasattr(os, "killpg"), reason="needs POSIX process groups")

RECORD = {
    "sex": "female",
    "birth_date": "1960-04-01",
    "dates": {"first_dose": "2026-03-02"},
    "conditions": [
        {"code": {"system": "ICD10CM", "code": "C44.92"}, "onset": "2025-06-01", "status": "active", "treatment": []}
    ],
    "medications": [],
    "observations": [{"code": {"system": "LOINC", "code": "89247-1"}, "date": "2026-02-20", "value": 1}],
    "attestations": {"informed_consent": {"value": True}},
}


@pytest.fixture(scope="module")
def cohort(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cohort") / "cohort.jsonl"
    with path.open("w") as out:
        for index in range(150_000):
            out.write(json.dumps({"id": f"P{index:06d}", **RECORD}) + "\n")
    return path


def interrupt(folder: Path, cohort: Path, how: signal.Signals, *options: str) -> tuple[int, str]:
    """Start ``eligo eval -o FILE``, send ``how`` to its process group once it is writing, and
    return its exit code and stderr."""
    command = [sys.executable, "-c", "from eligo.cli import main; main()", "eval"]
    command += [str(CRITERIA / "nct05238363.elig"), str(cohort), "-o", "results.jsonl", *options]
    process = subprocess.Popen(
        command, cwd=folder, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True
    )
    try:
        deadline = time.monotonic() + 120
        while not [p for p in folder.glob(".results.jsonl.*.partial") if p.stat().st_size > 20_000]:
            assert process.poll() is None, "the run ended before it could be interrupted; give it more records"
            assert time.monotonic() < deadline, "the run never started writing"
            time.sleep(0.02)
        os.killpg(process.pid, how)  # Ctrl-C reaches the whole foreground process group, workers included
        _, err = process.communicate(timeout=15)
    finally:
        if process.poll() is None:  # hung: end it, so that the test fails instead of waiting forever
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    return process.returncode, err.decode()


@pytest.mark.parametrize(
    "options",
    [(), ("--jobs", "1"), ("--explain",)],
    ids=["parallel", "one-process", "explain"],
)
def test_ctrl_c_leaves_the_previous_file_and_no_partial_file(tmp_path: Path, cohort: Path, options: tuple[str]) -> None:
    previous = tmp_path / "results.jsonl"
    previous.write_text('{"patient_id": "OLD", "verdict": "eligible"}\n')
    code, err = interrupt(tmp_path, cohort, signal.SIGINT, *options)
    assert code == 1
    assert "Traceback" not in err and err.strip().endswith("Aborted!")
    assert previous.read_text() == '{"patient_id": "OLD", "verdict": "eligible"}\n'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["results.jsonl"]


def test_ctrl_c_before_the_first_complete_file_leaves_no_file(tmp_path: Path, cohort: Path) -> None:
    code, _ = interrupt(tmp_path, cohort, signal.SIGINT, "--jobs", "1")
    assert code == 1
    assert list(tmp_path.iterdir()) == []


def test_a_killed_run_leaves_the_previous_file_whole(tmp_path: Path, cohort: Path) -> None:
    previous = tmp_path / "results.jsonl"
    previous.write_text('{"patient_id": "OLD", "verdict": "eligible"}\n')
    code, _ = interrupt(tmp_path, cohort, signal.SIGKILL, "--jobs", "1")
    assert code == -signal.SIGKILL
    assert previous.read_text() == '{"patient_id": "OLD", "verdict": "eligible"}\n'
    leftovers = [p.name for p in tmp_path.iterdir() if p.name != "results.jsonl"]
    assert all(name.startswith(".results.jsonl.") and name.endswith(".partial") for name in leftovers)


def test_result_files_get_the_permissions_a_plain_write_gives(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A new file gets 0o666 less the umask (not the 0o600 of a temporary file); a replaced file
    keeps its own mode; and the process's umask is never changed on the way, so that another
    thread creating files meanwhile is not affected."""
    import io

    from eligo.evaluate.output import atomic_output, write_atomically

    previous = os.umask(0o027)
    try:

        def no_umask(mask: int) -> int:
            raise AssertionError("the process umask was changed")

        monkeypatch.setattr(os, "umask", no_umask)
        new = tmp_path / "new.jsonl"
        with atomic_output(new, io.StringIO()) as stream:
            stream.write("x\n")
        assert new.read_text() == "x\n" and new.stat().st_mode & 0o777 == 0o640
        old = tmp_path / "old.jsonl"
        old.write_text("a\n")
        old.chmod(0o604)
        write_atomically(old, "b\n")
        assert old.read_text() == "b\n" and old.stat().st_mode & 0o777 == 0o604
        assert sorted(p.name for p in tmp_path.iterdir()) == ["new.jsonl", "old.jsonl"]
    finally:
        monkeypatch.undo()
        os.umask(previous)
