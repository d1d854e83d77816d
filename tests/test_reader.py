"""Reading patient records: every input form, and bad records reported without losing the rest."""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

import pytest

from eligo import reader
from eligo.errors import RecordError, RecordProblem, UsageError
from eligo.reader import Loaded, read_one_patient, read_patients


def ids(path: Path) -> list[str | tuple[int, str | None, str]]:
    return [
        item.patient.id if isinstance(item, Loaded) else (item.line, item.patient_id, item.path)
        for item in read_patients(path)
    ]


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return path


def test_json_lines(tmp_path: Path) -> None:
    assert ids(write(tmp_path, "p.jsonl", '{"id": "A"}\n\n{"id": "B"}\n')) == ["A", "B"]


def test_a_json_array_over_many_lines(tmp_path: Path) -> None:
    text = '[\n  {"id": "A",\n   "sex": "male"},\n  {"id": "B"}\n]\n'
    assert [
        (i.line, i.patient.id) for i in read_patients(write(tmp_path, "p.json", text)) if isinstance(i, Loaded)
    ] == [
        (2, "A"),
        (4, "B"),
    ]


def test_a_single_pretty_printed_object(tmp_path: Path) -> None:
    assert ids(write(tmp_path, "p.json", '{\n  "id": "A",\n  "sex": "female"\n}\n')) == ["A"]


def test_a_directory_of_files(tmp_path: Path) -> None:
    write(tmp_path, "b.json", '{"id": "B"}')
    write(tmp_path, "a.jsonl", '{"id": "A1"}\n{"id": "A2"}\n')
    write(tmp_path, "notes.txt", "not a record")
    assert ids(tmp_path) == ["A1", "A2", "B"]


def test_bom_crlf_and_an_empty_file(tmp_path: Path) -> None:
    assert ids(write(tmp_path, "bom.jsonl", b'\xef\xbb\xbf{"id": "A"}\r\n{"id": "B"}\r\n')) == ["A", "B"]
    assert ids(write(tmp_path, "bom.json", b'\xef\xbb\xbf[{"id": "A"}]')) == ["A"]
    assert ids(write(tmp_path, "empty.jsonl", b"")) == []
    assert ids(write(tmp_path, "blank.jsonl", b"\n \n")) == []


BAD_BATCH = "\n".join(
    [
        '{"id": "P1", "sex": "male"}',
        '{"id": "P2", "sex": "male"',  # invalid JSON
        '{"id": "P3", "conditions": [{"code": {"system": "ICD10CM", "code": "C44.92"}, "onset": 2020}]}',  # wrong type
        '{"id": "P4", "birth_date": "2026-02-30"}',  # impossible date
        '{"id": "P5", "sex": "f"}',  # not a value
        '{"id": "P6", "weight": 80}',  # unknown field
        '{"sex": "male"}',  # no id
        "[1, 2]",  # not an object
        '{"id": 7, "sex": "female"}',  # a number for an id
        '{"id": "P10", "attestations": {"informed_consent": {"value": [1]}}}',
        '{"id": "P11"}',
    ]
)


def test_a_batch_with_broken_records_loses_nothing(tmp_path: Path) -> None:
    items = list(read_patients(write(tmp_path, "batch.jsonl", BAD_BATCH + "\n")))
    assert len(items) == 11
    assert [i.patient.id for i in items if isinstance(i, Loaded)] == ["P1", "P11"]
    problems = {p.line: (p.patient_id, p.path, p.message) for p in items if isinstance(p, RecordProblem)}
    assert problems[2] == (None, "", "invalid JSON: Expecting ',' delimiter (column 27)")
    assert problems[3][:2] == ("P3", "conditions[0].onset")
    assert problems[4] == ("P4", "birth_date", "invalid date '2026-02-30': day 30 is out of range for 2026-02 (1-28)")
    assert problems[5] == ("P5", "sex", "'f' is not one of: female, male, other")
    assert problems[6] == ("P6", "weight", "unknown field (not part of the record format)")
    assert problems[7] == (None, "id", "required field is missing")
    assert problems[8] == (None, "", "a patient record is a JSON object, not an array")
    assert problems[9][:2] == ("7", "id")
    assert problems[10][:2] == ("P10", "attestations.informed_consent.value")
    rendered = next(p for p in items if isinstance(p, RecordProblem) and p.line == 4).render()
    assert (
        rendered
        == f"{tmp_path / 'batch.jsonl'}:4: patient P4: birth_date: invalid date '2026-02-30': day 30 is out of range for 2026-02 (1-28)"
    )


def test_an_array_split_across_tiny_chunks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "CHUNK", 7)
    text = '[{"id": "A\\"}]{"}, 3, {"id": "B", "sex": "f"},\n {"id": "C" "x"}, {"id": "D"}]'
    assert ids(write(tmp_path, "p.json", text)) == ['A"}]{', (1, None, ""), (1, "B", "sex"), (2, None, ""), "D"]


def test_an_unclosed_array_is_reported(tmp_path: Path) -> None:
    assert ids(write(tmp_path, "p.json", '[{"id": "A"}, {"id": "B"')) == ["A", (1, None, ""), (1, None, "")]


def test_an_oversized_record_is_skipped_without_holding_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "MAX_RECORD", 100)
    text = '{"id": "A"}\n{"id": "' + "x" * 500 + '"}\n{"id": "B"}\n'
    items = list(read_patients(write(tmp_path, "p.jsonl", text)))
    assert [i.patient.id for i in items if isinstance(i, Loaded)] == ["A", "B"]
    assert [i.message for i in items if isinstance(i, RecordProblem)] == ["record is larger than the 0 MiB limit"]


def test_read_one_patient(tmp_path: Path) -> None:
    assert read_one_patient(write(tmp_path, "one.json", '{"id": "A"}')).id == "A"
    with pytest.raises(RecordError, match="birth_date"):
        read_one_patient(write(tmp_path, "bad.json", '{"id": "A", "birth_date": "x"}'))
    with pytest.raises(UsageError, match="more than one"):
        read_one_patient(write(tmp_path, "two.jsonl", '{"id": "A"}\n{"id": "B"}\n'))
    with pytest.raises(UsageError, match="no patient record"):
        read_one_patient(write(tmp_path, "none.jsonl", ""))
    with pytest.raises(UsageError, match="no such file"):
        read_one_patient(tmp_path / "missing.json")


def peak_memory(path: Path) -> int:
    tracemalloc.start()
    for _ in read_patients(path):
        pass
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


def test_memory_does_not_grow_with_the_number_of_records(tmp_path: Path) -> None:
    record = json.dumps({"id": "P", "sex": "male", "conditions": [{"code": {"system": "ICD10CM", "code": "C44.92"}}]})
    small = write(tmp_path, "small.jsonl", (record + "\n") * 2_000)
    large = write(tmp_path, "large.jsonl", (record + "\n") * 20_000)
    assert peak_memory(large) < 1.5 * peak_memory(small) + 64_000
