"""The parallel batch against the sequential reader and evaluator: the same records, ids,
outcomes, verdicts and error messages (with line numbers), in the same order, in one process
and on two; and ``eligo eval`` writes what it wrote before, whatever the number of jobs."""

from __future__ import annotations

import io
import itertools
import json
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from eligo.cli import main
from eligo.errors import InputError, RecordProblem, UsageError
from eligo.evaluate import batch
from eligo.evaluate.batch import screen_file
from eligo.evaluate.evidence import Evaluator
from eligo.evaluate.output import CsvWriter, JsonLinesWriter, TableWriter
from eligo.language.load import load_program
from eligo.language.temporal import DateLike
from eligo.sources import reader
from eligo.sources.reader import read_patients

from .conftest import CRITERIA, ROOT, bench_module

TRIAL = CRITERIA / "nct05238363.elig"
PROGRAM = load_program(TRIAL)
LIMIT = 4096  # the largest record, for these tests


def _hostile() -> list[bytes]:
    """Lines the generator does not write: repeats, blanks, CRLF, implausible and oversized records."""
    good = {"id": "S0000001", "sex": "female", "birth_date": "1970-01-01", "dates": {"first_dose": "2026-03-02"},
            "conditions": [], "medications": [], "observations": [
                {"code": {"system": "LOINC", "code": "2106-3"}, "date": "2026-03-01",
                 "value": {"system": "LOCAL", "code": "negative"}}]}  # fmt: skip
    return [
        json.dumps(good).encode(),  # repeats an id of the cohort
        b"",
        b"   ",
        json.dumps({**good, "id": "CRLF"}).encode() + b"\r",  # with the newline: a CRLF line end
        json.dumps({**good, "id": "LATE", "birth_date": "2026-03-05", "dates": {}}).encode(),  # born after --index-date
        json.dumps({**good, "id": "LATE", "birth_date": "2026-03-06", "dates": {}}).encode(),  # a repeated id first
        json.dumps(
            {**good, "id": "ECOG9", "observations": [{"code": {"system": "LOINC", "code": "89247-1"}, "value": 9}]}
        ).encode(),
        json.dumps({**good, "id": "BIG", "display": "x" * LIMIT}).encode(),  # over the size limit
        b'{"id": "S0000002", "sex": 1}',  # invalid, with an id seen before: reported as invalid
        json.dumps({**good, "id": "S0000002"}).encode(),  # ...and its id counts as seen
        b'{"id": "DUPKEY", "id": [1], "sex": "male"}',
        json.dumps({**good, "id": "LAST"}).encode(),  # the last line has no newline
    ]


@pytest.fixture(scope="module")
def cohort(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("batch") / "cohort.jsonl"
    bench_module("generate").write_cohort(2500, path, seed=5, broken=0.05)
    text = b"\xef\xbb\xbf" + path.read_bytes() + b"\n".join(_hostile())
    path.write_bytes(text)
    return path


@pytest.fixture(autouse=True)
def small_records(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "MAX_RECORD_BYTES", LIMIT)


Row = tuple[int, str | None, str | None, tuple[str, ...], str | None]


def sequential(path: Path, index_dates: dict[str, DateLike]) -> list[Row]:
    """What the reader and the evaluator (without evidence) say, record by record."""
    evaluator = Evaluator(PROGRAM, explain=False)
    rows: list[Row] = []
    for item in read_patients(path, index_dates=index_dates):
        if isinstance(item, RecordProblem):
            rows.append((item.line, item.patient_id, None, (), item.render()))
        else:
            result = evaluator.evaluate(item.patient, index_dates)
            rows.append((item.line, item.patient.id, result.verdict, tuple(c.outcome for c in result.criteria), None))
    return rows


def screened(path: Path, jobs: int, index_dates: dict[str, DateLike]) -> list[Row]:
    return [
        (s.line, s.patient_id, s.verdict, s.outcomes, s.problem.render() if s.problem else None)
        for s in screen_file(PROGRAM, path, jobs=jobs, index_dates=index_dates, range_bytes=64 << 10)
    ]


@pytest.mark.parametrize("index_dates", [{}, {"first_dose": date(2026, 3, 2)}], ids=["own dates", "index date"])
@pytest.mark.parametrize("jobs", [1, 2])
def test_the_batch_gives_what_the_reader_and_the_evaluator_give(
    cohort: Path, jobs: int, index_dates: dict[str, DateLike]
) -> None:
    expected = sequential(cohort, index_dates)
    got = screened(cohort, jobs, index_dates)
    assert got == expected
    kinds = Counter("rejected" if row[4] else row[2] for row in got)
    assert kinds["rejected"] > 100 and kinds["ineligible"] > 1000 and kinds["undetermined"] > 100
    problems = "\n".join(row[4] for row in got if row[4])
    for words in ("already appeared at line", "record is larger than", "invalid JSON", "ECOG", "sex: 1 is not one"):
        assert words in problems
    assert got[-1][1] == "LAST" and got[0][0] == 1


def test_ranges_start_at_line_starts_and_cover_the_file(cohort: Path) -> None:
    ranges = list(batch._ranges(str(cohort), 10_000))
    data = cohort.read_bytes()
    assert ranges[0][0] == 3 and ranges[-1][1] == len(data)  # after the byte order mark
    for (_, end), (start, _) in itertools.pairwise(ranges):
        assert end == start and data[start - 1 : start] == b"\n"


def test_other_inputs_are_read_by_the_reader(tmp_path: Path) -> None:
    array = tmp_path / "patients.json"
    array.write_text('[{"id": "A", "sex": "male"}, {"id": "B", "sex": "x"}, {"id": "A"}]')
    got = [(s.line, s.patient_id, s.verdict, s.problem is not None) for s in screen_file(PROGRAM, array, jobs=2)]
    assert got == [(1, "A", "undetermined", False), (1, "B", None, True), (1, "A", None, True)]
    assert [s.verdict for s in screen_file(PROGRAM, ROOT / "examples" / "nct05238363")] == [
        "eligible", "eligible", "ineligible", "undetermined", "undetermined", "ineligible",
    ]  # fmt: skip


def test_a_missing_file_is_a_usage_error_an_unreadable_one_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="no such file"):
        list(screen_file(PROGRAM, tmp_path / "none.jsonl"))
    utf16 = tmp_path / "wide.jsonl"
    utf16.write_bytes('{"id": "A"}\n'.encode("utf-16"))
    for jobs in (1, 2):  # as the sequential reader has it
        with pytest.raises(InputError, match="UTF-16"):
            list(screen_file(PROGRAM, utf16, jobs=jobs))
    blank = tmp_path / "blank.jsonl"
    blank.write_text("\n  \n")
    assert list(screen_file(PROGRAM, blank)) == []


# --- eligo eval -----------------------------------------------------------------------------------


def before(path: Path, fmt: str, index_dates: dict[str, DateLike]) -> tuple[str, list[str]]:
    """What ``eligo eval`` wrote before the batch: the writer over the evaluator's results, and on
    stderr each rejected record and the summary."""
    evaluator = Evaluator(PROGRAM, explain=False)
    out = io.StringIO()
    writer: Any = {"jsonl": lambda: JsonLinesWriter(out, False), "csv": lambda: CsvWriter(out, PROGRAM),
                   "table": lambda: TableWriter(out, PROGRAM)}[fmt]()  # fmt: skip
    err: list[str] = []
    counts: Counter[str] = Counter()
    for item in read_patients(path, index_dates=index_dates):
        if isinstance(item, RecordProblem):
            err.append(f"rejected: {item.render()}")
            counts["rejected"] += 1
        else:
            result = evaluator.evaluate(item.patient, index_dates)
            writer.write(result)
            counts[result.verdict] += 1
    evaluated = counts["eligible"] + counts["ineligible"] + counts["undetermined"]
    err.append(
        f"{evaluated + counts['rejected']} records: {evaluated} evaluated ({counts['eligible']} eligible, "
        f"{counts['ineligible']} ineligible, {counts['undetermined']} undetermined), {counts['rejected']} rejected"
    )
    return out.getvalue(), err


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "table"])
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_eval_writes_what_it_wrote_before(cohort: Path, jobs: str, fmt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "RANGE_BYTES", 256 << 10)  # several ranges: the workers are used
    result = CliRunner().invoke(
        main, ["eval", str(TRIAL), str(cohort), "--format", fmt, "--jobs", jobs, "--index-date", "2026-03-02"]
    )
    expected_out, expected_err = before(cohort, fmt, {"first_dose": date(2026, 3, 2)})
    assert result.exit_code == 1
    assert result.stdout == expected_out
    assert result.stderr.splitlines() == expected_err


def test_jobs_and_explain_do_not_go_together(cohort: Path) -> None:
    result = CliRunner().invoke(main, ["eval", str(TRIAL), str(cohort), "--explain", "--jobs", "2"])
    assert result.exit_code == 2
    assert "--jobs screens without evidence" in result.stderr


def test_two_jobs_use_two_processes(cohort: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With two jobs, ranges are screened in two other processes."""
    import os

    pids: set[int] = set()
    original = batch._State.screen

    def screen(self: batch._State, start: int, end: int) -> Any:
        count, items = original(self, start, end)
        return count, [*items, (0, "pid", os.getpid())]

    monkeypatch.setattr(batch._State, "screen", screen)
    monkeypatch.setattr(batch, "_merged", lambda items, *a: iter(pids.add(i[2]) for i in items if i[1] == "pid"))
    for _ in screen_file(PROGRAM, cohort, jobs=2, range_bytes=64 << 10):
        pass
    assert len(pids) == 2 and os.getpid() not in pids


def test_the_python_api_screens_without_evidence_as_the_evaluator(cohort: Path) -> None:
    """``CompiledTrial.evaluate(..., explain=False)`` is the evaluator's result without evidence,
    and ``CompiledTrial.screen`` gives every record of a file, as ``screen_file`` does."""
    import eligo
    from eligo.sources.reader import Loaded

    trial = eligo.load(TRIAL)
    evaluator = Evaluator(PROGRAM, explain=False)
    patients = [item.patient for item in read_patients(cohort) if isinstance(item, Loaded)][:300]
    dates = {"first_dose": date(2026, 3, 1)}
    assert list(trial.evaluate_many(patients, dates, explain=False)) == [evaluator.evaluate(p, dates) for p in patients]
    assert trial.evaluate(patients[0], explain=False).criteria[0].evidence == ()
    assert trial.evaluate(patients[0]).criteria[0].evidence != ()  # with evidence by default
    screened = [(s.line, s.verdict) for s in trial.screen(cohort, jobs=1)]
    assert screened == [(s.line, s.verdict) for s in screen_file(PROGRAM, cohort, jobs=2, range_bytes=64 << 10)]


@pytest.mark.parametrize("method", ["spawn", "forkserver"])
def test_workers_started_afresh_screen_the_same(cohort: Path, method: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Where workers cannot be forked (another thread runs, or no fork on the platform) they start
    in a fresh interpreter, compile the criteria again, and give the same results."""
    monkeypatch.setattr(batch, "_start_method", lambda: method)
    index_dates: dict[str, DateLike] = {"first_dose": date(2026, 3, 2)}
    assert screened(cohort, 2, index_dates) == sequential(cohort, index_dates)


def test_the_default_is_one_worker_per_core_this_process_may_use(monkeypatch: pytest.MonkeyPatch) -> None:
    """A container or ``taskset`` that leaves the process one core gets one worker, not one per
    core of the machine; without an affinity call (macOS, Windows), one per core."""
    import os

    monkeypatch.setattr(os, "cpu_count", lambda: 64)
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {3}, raising=False)
    assert batch.default_jobs() == 1
    monkeypatch.delattr(os, "sched_getaffinity")
    assert batch.default_jobs() == 64


@pytest.mark.parametrize("jobs", [1, 2])
def test_screening_starts_before_the_file_is_cut_up(cohort: Path, jobs: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ranges are found as they are needed: the first results come before the last range of a
    large file has been looked for."""
    found: list[tuple[int, int]] = []
    original = batch._ranges

    def ranges(source: str, size: int) -> Any:
        for span in original(source, size):
            found.append(span)
            yield span

    monkeypatch.setattr(batch, "_ranges", ranges)
    everything = list(original(str(cohort), 16 << 10))
    results = screen_file(PROGRAM, cohort, jobs=jobs, range_bytes=16 << 10)
    next(results)
    assert len(found) <= 2 * jobs + 2 < len(everything)
    results.close()


def test_eval_explain_on_two_workers_writes_what_it_wrote_before(
    cohort: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``eval --explain`` screens a JSON Lines file on the workers too (records read by pydantic,
    explained there): the same lines, reasons and evidence included, and the same messages."""
    lines = cohort.read_bytes().splitlines(keepends=True)
    few = tmp_path / "few.jsonl"
    few.write_bytes(b"".join(lines[:400] + lines[-len(_hostile()) :]))
    monkeypatch.setattr(batch, "RANGE_BYTES", 64 << 10)  # several ranges: the workers are used
    monkeypatch.setattr(batch, "default_jobs", lambda: 2)
    result = CliRunner().invoke(main, ["eval", "--explain", str(TRIAL), str(few), "--index-date", "2026-03-02"])
    dates: dict[str, DateLike] = {"first_dose": date(2026, 3, 2)}
    evaluator, out, err = Evaluator(PROGRAM, explain=True), io.StringIO(), []
    writer = JsonLinesWriter(out, explain=True)
    for item in read_patients(few, index_dates=dates):
        if isinstance(item, RecordProblem):
            err.append(f"rejected: {item.render()}")
        else:
            writer.write(evaluator.evaluate(item.patient, dates))
    assert result.exit_code == 1
    assert result.stdout == out.getvalue() and '"evidence": [{' in result.stdout
    assert result.stderr.splitlines()[:-1] == err
