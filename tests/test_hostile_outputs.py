"""Interrupted runs never leave a result file that looks complete, and ``-o`` writes what it names
as a shell's ``>`` would, never half.

``eligo eval -o FILE`` writes into a hidden ``.FILE.*.partial`` beside FILE and renames it onto
FILE only at the end. Ctrl-C, SIGTERM or SIGHUP mid-run leaves FILE as it was (absent, or the
previous complete version), removes the partial file and exits 128 plus the signal's number
(130, 143, 129); a crash that gives Python no chance to clean up (SIGKILL) also leaves FILE as it
was, with at most the hidden partial file beside it. A device or a named pipe is written to as the
run goes; a symbolic link's target is replaced, not the link; a path that cannot be written is
one line naming it and the reason, exit 2.
"""

from __future__ import annotations

import errno
import json
import os
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from eligo.cli import main

from .conftest import CRITERIA, ROOT

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


TRIAL = str(CRITERIA / "nct05238363.elig")
EXAMPLES = str(ROOT / "examples" / "nct05238363")
SIGNALS = [signal.SIGINT, signal.SIGTERM, signal.SIGHUP]
#: what an interrupted run says last on stderr
SAID = {signal.SIGINT: "eligo: interrupted (Ctrl-C)", signal.SIGTERM: "eligo: interrupted (SIGTERM)",
        signal.SIGHUP: "eligo: interrupted (SIGHUP)"}  # fmt: skip


def interrupted(
    folder: Path, arguments: list[str], partial: str, how: signal.Signals, size: int = 0, *, group: bool = True
) -> tuple[int, str]:
    """Start ``eligo ARGUMENTS`` in ``folder``, send ``how`` (to its whole process group, as a
    terminal does, or to the main process only) once a hidden file matching ``partial`` holds more
    than ``size`` bytes, and return its exit code and stderr."""
    command = [sys.executable, "-c", "from eligo.cli import main; main()", *arguments]
    process = subprocess.Popen(
        command, cwd=folder, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True
    )
    try:
        deadline = time.monotonic() + 120
        while not [p for p in folder.glob(partial) if p.stat().st_size > size]:
            assert process.poll() is None, (
                "the run ended before it could be interrupted: " + process.stderr.read().decode()
            )  # type: ignore[union-attr]
            assert time.monotonic() < deadline, "the run never started writing"
            time.sleep(0.02)
        if group:  # Ctrl-C reaches the whole foreground process group, workers included
            os.killpg(process.pid, how)
        else:  # kill PID, a service manager stopping the run
            os.kill(process.pid, how)
        _, err = process.communicate(timeout=15)
    finally:
        if process.poll() is None:  # hung: end it, so that the test fails instead of waiting forever
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    return process.returncode, err.decode()


def interrupt(folder: Path, cohort: Path, how: signal.Signals, *options: str, group: bool = True) -> tuple[int, str]:
    """``eligo eval -o results.jsonl`` sent ``how`` once it has written a good part."""
    arguments = ["eval", TRIAL, str(cohort), "-o", "results.jsonl", *options]
    return interrupted(folder, arguments, ".results.jsonl.*.partial", how, 20_000, group=group)


@pytest.mark.parametrize("how", SIGNALS, ids=[s.name for s in SIGNALS])
@pytest.mark.parametrize(
    "options",
    [(), ("--jobs", "1"), ("--explain",)],
    ids=["parallel", "one-process", "explain"],
)
def test_an_interrupted_run_leaves_the_previous_file_and_no_partial_file(
    tmp_path: Path, cohort: Path, options: tuple[str], how: signal.Signals
) -> None:
    previous = tmp_path / "results.jsonl"
    previous.write_text('{"patient_id": "OLD", "verdict": "eligible"}\n')
    code, err = interrupt(tmp_path, cohort, how, *options)
    assert code == 128 + how
    assert "Traceback" not in err and err.strip().endswith(SAID[how])
    assert previous.read_text() == '{"patient_id": "OLD", "verdict": "eligible"}\n'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["results.jsonl"]


@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGHUP], ids=["SIGTERM", "SIGHUP"])
def test_a_signal_to_the_main_process_alone_ends_the_workers_too(
    tmp_path: Path, cohort: Path, how: signal.Signals
) -> None:
    """``kill PID`` reaches the main process only: it removes its partial file and ends its workers."""
    code, err = interrupt(tmp_path, cohort, how, group=False)
    assert (code, err.strip().splitlines()[-1]) == (128 + how, SAID[how])
    assert list(tmp_path.iterdir()) == []
    workers = subprocess.run(["pgrep", "-f", str(cohort)], capture_output=True, text=True, check=False)
    assert workers.stdout == ""


def test_ctrl_c_before_the_first_complete_file_leaves_no_file(tmp_path: Path, cohort: Path) -> None:
    code, _ = interrupt(tmp_path, cohort, signal.SIGINT, "--jobs", "1")
    assert code == 130
    assert list(tmp_path.iterdir()) == []


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("imported") / "data"
    result = CliRunner().invoke(main, ["import", EXAMPLES, "--to", str(data)])
    assert result.exit_code == 0, result.stderr
    return data


#: Every command that writes -o, with an input that is read only once the output is open: a named
#: pipe nobody writes to, where the run waits until it is interrupted.
WAITING = {
    "render": ["render", "waiting.elig", "-o", "out.txt"],
    "report": ["report", TRIAL, "waiting.jsonl", "-o", "out.txt"],
    "screen": ["screen", "waiting.elig", "{imported}", "-o", "out.txt"],
    "eval": ["eval", "waiting.elig", EXAMPLES, "-o", "out.txt"],
}


@pytest.mark.parametrize("how", SIGNALS, ids=[s.name for s in SIGNALS])
@pytest.mark.parametrize("command", sorted(WAITING))
def test_every_command_that_writes_removes_its_partial_file_when_interrupted(
    tmp_path: Path, imported: Path, command: str, how: signal.Signals
) -> None:
    arguments = [a.format(imported=imported) for a in WAITING[command]]
    for name in arguments:
        if name.startswith("waiting."):
            os.mkfifo(tmp_path / name)
    (tmp_path / "out.txt").write_text("previous\n")
    code, err = interrupted(tmp_path, arguments, ".out.txt.*.partial", how, -1)
    assert (code, err.strip().splitlines()[-1]) == (128 + how, SAID[how])
    assert "Traceback" not in err
    assert (tmp_path / "out.txt").read_text() == "previous\n"
    assert not list(tmp_path.glob(".*partial"))


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


# ----------------------------------------------------------------------------- what -o names


def cli(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    assert "Traceback" not in result.stdout + result.stderr, result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.stdout, result.stderr


#: every command that writes -o, and a word its output holds
WRITERS = {
    "eval": (["eval", TRIAL, EXAMPLES], '"patient_id": "P01"'),
    "report": (["report", TRIAL, EXAMPLES, "--format", "md"], "Attrition funnel"),
    "render": (["render", TRIAL], "Inclusion criteria"),
    "screen": (["screen", TRIAL, "{imported}"], "Attrition funnel"),
}


def writer(command: str, imported: Path, output: Path | str) -> list[str]:
    return [a.format(imported=imported) for a in WRITERS[command][0]] + ["-o", str(output)]


def partial_files(*folders: Path) -> list[Path]:
    return [p for folder in folders for p in folder.iterdir() if p.name.endswith(".partial")]


@pytest.mark.skipif(os.geteuid() != 0, reason="making a device node needs root")
@pytest.mark.parametrize("command", sorted(WRITERS))
def test_a_device_is_written_to_and_stays_a_device(tmp_path: Path, imported: Path, command: str) -> None:
    """/dev/null's device numbers, made in a temporary directory (never the real /dev/null)."""
    null = tmp_path / "null"
    os.mknod(null, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    code, out, _ = cli(*writer(command, imported, null))
    assert (code, out) == (0, "")
    assert stat.S_ISCHR(null.stat().st_mode) and null.stat().st_rdev == os.makedev(1, 3)
    assert partial_files(tmp_path) == []


@pytest.mark.parametrize("command", sorted(WRITERS))
def test_a_named_pipe_is_written_to_and_stays_a_pipe(tmp_path: Path, imported: Path, command: str) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()), daemon=True)
    reader.start()
    code, out, _ = cli(*writer(command, imported, pipe))
    reader.join(timeout=30)
    assert (code, out) == (0, "")
    assert stat.S_ISFIFO(pipe.stat().st_mode)
    assert WRITERS[command][1] in received[0].decode()
    assert partial_files(tmp_path) == []


@pytest.mark.parametrize("command", sorted(WRITERS))
def test_a_symbolic_link_keeps_pointing_at_its_file_which_is_replaced(
    tmp_path: Path, imported: Path, command: str
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    target = elsewhere / "results.txt"
    target.write_text("previous\n")
    target.chmod(0o640)
    link = tmp_path / "link"
    link.symlink_to(target)
    code, out, _ = cli(*writer(command, imported, link))
    assert (code, out) == (0, "")
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert WRITERS[command][1] in target.read_text()
    assert target.stat().st_mode & 0o777 == 0o640
    assert partial_files(tmp_path, elsewhere) == []
    dangling = tmp_path / "dangling"
    dangling.symlink_to(elsewhere / "new.txt")  # a link to a file not made yet: the file is made
    assert cli(*writer(command, imported, dangling))[0] == 0
    assert dangling.is_symlink() and WRITERS[command][1] in (elsewhere / "new.txt").read_text()


@pytest.mark.parametrize("command", sorted(WRITERS))
def test_a_path_that_cannot_be_written_is_one_line_and_a_usage_error(
    tmp_path: Path, imported: Path, command: str
) -> None:
    (tmp_path / "file.txt").write_text("")
    cases = {
        tmp_path / "missing" / "out.txt": "cannot write: no such directory",
        tmp_path / "file.txt" / "out.txt": "cannot write: a part of the path is not a directory",
    }
    for output, reason in cases.items():
        code, out, err = cli(*writer(command, imported, output))
        assert (code, out, err) == (2, "", f"eligo: error: {output}: {reason}\n")
    code, out, err = cli(*writer(command, imported, ""))
    assert (code, out) == (2, "")
    assert err.splitlines()[-1] == "Error: Invalid value for '-o' / '--output': an empty path names no file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file.txt"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a directory whatever its permissions")
def test_a_directory_without_write_permission(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o555)
    code, out, err = cli("render", TRIAL, "-o", str(locked / "out.md"))
    assert (code, out, err) == (2, "", f"eligo: error: {locked / 'out.md'}: cannot write: permission denied\n")


def test_a_read_only_place_and_a_full_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Simulated (a real read-only mount or full disk needs privileges a test does not take): the
    system's refusals as it gives them, creating the file and writing it."""
    real_open = os.open

    def read_only(path: str, flags: int, mode: int = 0o777) -> int:
        if flags & os.O_CREAT:
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), path)
        return real_open(path, flags, mode)

    with monkeypatch.context() as patch:
        patch.setattr(os, "open", read_only)
        code, out, err = cli("render", TRIAL, "-o", str(tmp_path / "out.md"))
    assert (code, out, err) == (2, "", f"eligo: error: {tmp_path / 'out.md'}: cannot write: read-only file system\n")
    if not os.path.exists("/dev/full"):
        return
    full = tmp_path / "full"  # /dev/full's device numbers: every write fails with ENOSPC
    if os.geteuid() == 0:
        os.mknod(full, stat.S_IFCHR | 0o666, os.makedev(1, 7))
    else:
        full.symlink_to("/dev/full")
    code, out, err = cli("render", TRIAL, "-o", str(full))
    assert (code, out, err) == (2, "", f"eligo: error: {full}: cannot write: no space left on device\n")
