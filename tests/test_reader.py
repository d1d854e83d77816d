"""Reading patient records: every input form, and bad records reported without losing the rest."""

from __future__ import annotations

import io
import json
import re
import tempfile
import tracemalloc
from collections.abc import Generator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eligo.errors import InputError, RecordError, RecordProblem, UsageError, size_text
from eligo.records.model import Patient
from eligo.sources import reader
from eligo.sources.reader import Loaded, read_one_patient, read_patients
from eligo.sources.seen_ids import SeenIds

Summary = str | tuple[int, str | None, str]


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return path


def summary(path: Path) -> list[Summary]:
    """Each record read: the patient's id, or (line, patient id, field path) of the problem."""
    return [
        item.patient.id if isinstance(item, Loaded) else (item.line, item.patient_id, item.path)
        for item in read_patients(path)
    ]


def lines(path: Path) -> list[tuple[int, str]]:
    """(line, id) of the patients loaded; (line, message) of the problems."""
    return [(item.line, item.patient.id if isinstance(item, Loaded) else item.message) for item in read_patients(path)]


def problems(path: Path) -> list[RecordProblem]:
    return [item for item in read_patients(path) if isinstance(item, RecordProblem)]


# --- the input forms ---------------------------------------------------------------------------


def test_json_lines_skip_blank_lines_and_count_them(tmp_path: Path) -> None:
    path = write(tmp_path, "p.jsonl", '{"id": "A"}\n\n  \n{"id": "B", "sex": "male"}\n')
    assert lines(path) == [(1, "A"), (4, "B")]
    loaded = next(iter(read_patients(path)))
    assert isinstance(loaded, Loaded)
    assert loaded == Loaded(str(path), 1, loaded.patient)


@pytest.mark.parametrize("name", ["p.json", "p.ndjson", "p", "p.txt"])
def test_json_lines_are_found_by_name_or_content(tmp_path: Path, name: str) -> None:
    assert summary(write(tmp_path, name, '{"id": "A"}\n{"id": "B"}\n{"id": "C"}')) == ["A", "B", "C"]


def test_a_jsonl_file_is_json_lines_whatever_its_first_line(tmp_path: Path) -> None:
    assert summary(write(tmp_path, "p.jsonl", '[{"id": "A"}]\n{"id": "B"}\n{\n')) == [(1, None, ""), "B", (3, None, "")]


def test_json_lines_whose_first_line_is_broken(tmp_path: Path) -> None:
    # The next line starting a record shows these are JSON Lines, not one object over many lines.
    assert summary(write(tmp_path, "p.json", '{"id": "A",\n{"id": "B"}\n')) == [(1, None, ""), "B"]


def test_a_json_array_over_many_lines(tmp_path: Path) -> None:
    text = '[\n  {"id": "A",\n   "sex": "male"},\n\n  {"id": "B"}\n]\n'
    assert lines(write(tmp_path, "p.json", text)) == [(2, "A"), (5, "B")]


def test_a_compact_json_array(tmp_path: Path) -> None:
    assert summary(write(tmp_path, "p.json", '[{"id": "A"},{"id": "B"}]')) == ["A", "B"]
    assert summary(write(tmp_path, "empty.json", "[]")) == []
    assert summary(write(tmp_path, "blank.json", " [ \n ] \n")) == []


def test_a_single_pretty_printed_object(tmp_path: Path) -> None:
    text = '\n\n{\n  "id": "A",\n  "conditions": [\n    {"code": {"system": "ICD10CM", "code": "C44.92"}}\n  ]\n}\n'
    assert lines(write(tmp_path, "p.json", text)) == [(3, "A")]


def test_a_single_compact_object(tmp_path: Path) -> None:
    assert lines(write(tmp_path, "p.json", '{"id": "A"}')) == [(1, "A")]


def test_pretty_printed_objects_one_after_another(tmp_path: Path) -> None:
    text = '{\n  "id": "A"\n}\n{\n  "id": "B"\n}\n'
    assert lines(write(tmp_path, "p.json", text)) == [(1, "A"), (4, "B")]


def test_a_directory_of_files(tmp_path: Path) -> None:
    write(tmp_path, "b.json", '[{"id": "B1"}, {"id": "B2"}]')
    write(tmp_path, "a.jsonl", '{"id": "A1"}\n{"id": "A2"}\n')
    write(tmp_path, "c.json", '{\n  "id": "C"\n}\n')
    write(tmp_path, "notes.txt", "not a record")
    (tmp_path / "nested").mkdir()
    write(tmp_path / "nested", "d.json", '{"id": "D"}')
    items = list(read_patients(tmp_path))
    assert [(Path(i.source).name, i.line, i.patient.id) for i in items if isinstance(i, Loaded)] == [
        ("a.jsonl", 1, "A1"),
        ("a.jsonl", 2, "A2"),
        ("b.json", 1, "B1"),
        ("b.json", 1, "B2"),
        ("c.json", 1, "C"),
    ]
    assert items[0].source == str(tmp_path / "a.jsonl")


def test_an_empty_directory(tmp_path: Path) -> None:
    assert summary(tmp_path) == []


def test_a_directory_name_as_given_prefixes_the_sources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "batch").mkdir()
    write(tmp_path / "batch", "x.json", '{"id": "X"}')
    assert [i.source for i in read_patients("batch")] == ["batch/x.json"]


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("bom.jsonl", b'\xef\xbb\xbf{"id": "A"}\r\n{"id": "B"}\r\n'),
        ("bom.json", b'\xef\xbb\xbf[{"id": "A"},\r\n {"id": "B"}]'),
        ("crlf.json", b'[\r\n  {\r\n    "id": "A"\r\n  },\r\n  {"id": "B"}\r\n]\r\n'),
        ("lines.json", b'\xef\xbb\xbf\r\n  {"id": "A"}\r\n\r\n{"id": "B"}'),
    ],
)
def test_a_byte_order_mark_and_crlf_line_ends(tmp_path: Path, name: str, content: bytes) -> None:
    assert summary(write(tmp_path, name, content)) == ["A", "B"]


def test_a_single_object_with_a_byte_order_mark_and_crlf(tmp_path: Path) -> None:
    text = b'\xef\xbb\xbf{\r\n  "id": "A",\r\n  "sex": "f"\r\n}\r\n'
    assert lines(write(tmp_path, "p.json", text)) == [(1, "'f' is not one of: female, male, other")]


@pytest.mark.parametrize("content", [b"", b"\n\n", b" \r\n\t\n", b"\xef\xbb\xbf", b"\xef\xbb\xbf\n"])
@pytest.mark.parametrize("name", ["p.json", "p.jsonl"])
def test_an_empty_file_holds_nothing(tmp_path: Path, name: str, content: bytes) -> None:
    assert summary(write(tmp_path, name, content)) == []


def test_a_missing_path_is_a_usage_error_at_once(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="no such file"):
        read_patients(tmp_path / "missing.jsonl")


def test_a_utf16_file_is_an_input_error(tmp_path: Path) -> None:
    """A file that exists but cannot be read as UTF-8 is a problem in the input (exit 1), not a usage error."""
    path = write(tmp_path, "p.json", '{"id": "A"}'.encode("utf-16"))
    with pytest.raises(InputError, match="UTF-16") as raised:
        list(read_patients(path))
    assert not isinstance(raised.value, UsageError)


def test_a_utf16_file_in_a_directory_is_reported_and_the_others_are_read(tmp_path: Path) -> None:
    write(tmp_path, "a.json", b'{"id": "A"}')
    write(tmp_path, "b.json", '{"id": "B"}'.encode("utf-16"))
    write(tmp_path, "c.json", b'{"id": "C"}')
    items = list(read_patients(tmp_path))
    assert [i.patient.id for i in items if isinstance(i, Loaded)] == ["A", "C"]
    (problem,) = [i for i in items if isinstance(i, RecordProblem)]
    assert problem.render() == f"{tmp_path / 'b.json'}:1: the file is UTF-16 or UTF-32 encoded; save it as UTF-8"
    assert not problem.counts_as_record


# --- bad records ---------------------------------------------------------------------------------

GOOD = '{"id": "P1", "sex": "male", "conditions": [{"code": {"system": "ICD10CM", "code": "C44.92"}}]}'
BAD_RECORDS = [
    # (record, patient id, field path, message)
    ('{"id": "P2" "sex": "male"}', None, "", "invalid JSON: Expecting ',' delimiter (column 13)"),
    (
        '{"id": "P3", "conditions": [{"code": {"system": "ICD10CM", "code": "C1"}}, {"code": {"system": "ICD10CM", "code": 5}}]}',
        "P3",
        "conditions[1].code.code",
        "expected a string, got the number 5",
    ),
    (
        '{"id": "P4", "birth_date": "2026-02-30"}',
        "P4",
        "birth_date",
        "invalid date '2026-02-30': day 30 is out of range for 2026-02 (1-28)",
    ),
    ('{"id": "P5", "sex": "f"}', "P5", "sex", "'f' is not one of: female, male, other"),
    ('{"id": "P6", "weight": 80}', "P6", "weight", "unknown field (not part of the record format)"),
    ('{"sex": "male"}', None, "id", "required field is missing"),
    ("42", None, "", "a patient record is a JSON object, not the number 42"),
    ('{"id": 7, "sex": "female"}', "7", "id", "expected a string, got the number 7"),
    (
        '{"id": "P9", "attestations": {"informed_consent": {"value": [1]}}}',
        "P9",
        "attestations.informed_consent.value",
        "expected true or false, a number or a string, got an array",
    ),
    (
        '{"id": "P10", "conditions": [{"code": {"system": "ICD10CM", "code": "C44"}, "onset": 2020}]}',
        "P10",
        "conditions[0].onset",
        "a date is written as a string: YYYY, YYYY-MM or YYYY-MM-DD",
    ),
]


def batch_lines() -> list[str]:
    """Good and bad records interleaved: good ones on the odd lines."""
    out: list[str] = []
    for index, (record, *_) in enumerate(BAD_RECORDS):
        out += [GOOD.replace("P1", f"G{index}"), record]
    return out


def check_batch(
    items: list[Loaded | RecordProblem], record_lines: list[int], expected: list[tuple[str | None, str, str]]
) -> None:
    assert len(items) == len(record_lines)  # the counts add up to the number of records
    good_lines, bad_lines = record_lines[0::2], record_lines[1::2]
    assert [(i.line, i.patient.id) for i in items if isinstance(i, Loaded)] == [
        (line, f"G{index}") for index, line in enumerate(good_lines)
    ]
    found = [(p.line, p.patient_id, p.path, p.message) for p in items if isinstance(p, RecordProblem)]
    assert found == [(line, *problem) for line, problem in zip(bad_lines, expected, strict=True)]


EXPECTED = [(patient_id, path, message) for _, patient_id, path, message in BAD_RECORDS]


def test_a_json_lines_batch_with_bad_records_loses_nothing(tmp_path: Path) -> None:
    path = write(tmp_path, "batch.jsonl", "\n".join(batch_lines()) + "\n")
    check_batch(list(read_patients(path)), list(range(1, 2 * len(BAD_RECORDS) + 1)), EXPECTED)


def test_a_json_array_batch_with_bad_records_loses_nothing(tmp_path: Path) -> None:
    # Each element on two lines: the reported line is the one where the element starts.
    elements = [record.replace(", ", ",\n   ", 1) if record.startswith("{") else record for record in batch_lines()]
    path = write(tmp_path, "batch.json", "[\n  " + ",\n  ".join(elements) + "\n]\n")
    starts = []
    line = 2
    for element in elements:
        starts.append(line)
        line += element.count("\n") + 1
    # The column of invalid JSON counts from the start of the line, not of the element.
    expected = [(None, "", "invalid JSON: Expecting ',' delimiter (column 15)"), *EXPECTED[1:]]
    check_batch(list(read_patients(path)), starts, expected)


def test_a_problem_renders_with_file_line_patient_and_field(tmp_path: Path) -> None:
    path = write(tmp_path, "batch.jsonl", '{"id": "P1"}\n{"id": "P4", "birth_date": "2026-02-30"}\n')
    (problem,) = problems(path)
    assert problem.render() == (
        f"{path}:2: patient P4: birth_date: invalid date '2026-02-30': day 30 is out of range for 2026-02 (1-28)"
    )


def test_several_errors_in_one_record_make_one_problem(tmp_path: Path) -> None:
    path = write(tmp_path, "p.jsonl", '{"id": "", "sex": 5, "x": 1}\n{"id": "P", "sex": "m", "y": 2}\n')
    assert [(p.path, p.message) for p in problems(path)] == [
        ("id", "must not be empty (and 2 more problems)"),
        ("sex", "'m' is not one of: female, male, other (and 1 more problem)"),
    ]


def test_a_code_object_that_is_not_valid_where_a_value_may_be_a_code(tmp_path: Path) -> None:
    record = {
        "id": "P",
        "observations": [{"code": {"system": "LOINC", "code": "1"}, "value": {"system": "X", "code": "2"}}],
    }
    (problem,) = problems(write(tmp_path, "p.jsonl", json.dumps(record)))
    assert problem.path == "observations[0].value.system"
    assert problem.message.startswith("'X' is not one of: ICD10CM, ICD10, ICDO3")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[1, 2]", "a patient record is a JSON object, not an array"),
        ('"P1"', "a patient record is a JSON object, not the string 'P1'"),
        ("null", "a patient record is a JSON object, not null"),
        ("{id: 1}", "invalid JSON: Expecting property name enclosed in double quotes (column 2)"),
        ("hello", "invalid JSON: Expecting value (column 1)"),
        ('{"id": "P\xff"}', "invalid JSON: the text is not valid UTF-8"),
        ('{"id": "A"} {"id": "B"}', "invalid JSON: Extra data (column 13)"),
    ],
)
def test_what_is_not_a_record(tmp_path: Path, text: str, message: str) -> None:
    path = write(tmp_path, "p.jsonl", text.encode("latin-1") + b"\n")
    assert [(p.line, p.patient_id, p.path, p.message) for p in problems(path)] == [(1, None, "", message)]


def test_a_json_array_element_that_is_a_number(tmp_path: Path) -> None:
    path = write(tmp_path, "p.json", '[\n  {"id": "A"},\n  3.5,\n  {"id": "B"}\n]')
    assert lines(path) == [(2, "A"), (3, "a patient record is a JSON object, not the number 3.5"), (4, "B")]


def test_a_multi_line_element_reports_where_its_json_is_wrong(tmp_path: Path) -> None:
    path = write(tmp_path, "p.json", '[\n  {"id": "A",\n   "sex": "female",\n   "x" 1}\n]')
    assert lines(path) == [(2, "invalid JSON: Expecting ':' delimiter (line 4, column 8)")]
    path = write(tmp_path, "q.json", '[\n   {"id": "A" "sex": "female"}\n]')
    assert lines(path) == [(2, "invalid JSON: Expecting ',' delimiter (column 15)")]


def test_broken_array_structure_is_reported(tmp_path: Path) -> None:
    assert summary(write(tmp_path, "a.json", '[{"id": "A"}, {"id": "B"}')) == ["A", "B", (1, None, "")]
    assert summary(write(tmp_path, "b.json", '[{"id": "A"}, {"id": "B"')) == ["A", (1, None, ""), (1, None, "")]
    assert summary(write(tmp_path, "c.json", '[{"id": "A"},\n]')) == ["A", (2, None, "")]
    assert summary(write(tmp_path, "d.json", '[{"id": "A"},,{"id": "B"}]')) == ["A", (1, None, ""), "B"]
    assert summary(write(tmp_path, "e.json", '[{"id": "A"}]\n\n[{"id": "B"}]')) == ["A", (3, None, "")]
    assert [p.message for p in problems(tmp_path / "c.json")] == [
        "invalid JSON: a ',' is followed by ']' (trailing comma)"
    ]
    assert [p.message for p in problems(tmp_path / "e.json")] == [
        "invalid JSON: there is more text after the end of the array"
    ]


# --- chunks and sizes ----------------------------------------------------------------------------

TRICKY_ARRAY = (
    '[{"id": "A\\"}]{\\"\\\\"},  3, {"id": "B", "sex": "f"},\n'
    ' {"id": "C" "x"}, {"id": "D[,{", "attestations": {"k\\\\": {"value": "} ] \\u00e9 é ü 😀"}}},\n'
    ' {"id": "E\\\\", "observations": [{"code": {"system": "LOCAL", "code": "{["}, "value": 1.5e3}]}]'
)
TRICKY_EXPECTED: list[Summary] = ['A"}]{"\\', (1, None, ""), (1, "B", "sex"), (2, None, ""), "D[,{", "E\\"]


@pytest.mark.parametrize("chunk", [1, 2, 3, 5, 7, 11, 64])
def test_an_array_split_across_tiny_chunks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk: int) -> None:
    # Element boundaries fall across chunks and inside strings, between a backslash and what it
    # escapes, inside multi-byte characters.
    monkeypatch.setattr(reader, "CHUNK_SIZE", chunk)
    path = write(tmp_path, "p.json", TRICKY_ARRAY)
    assert summary(path) == TRICKY_EXPECTED
    patients = [i.patient for i in read_patients(path) if isinstance(i, Loaded)]
    assert patients[1].attestations["k\\"].value == "} ] é é ü 😀"


def test_the_tricky_array_reads_the_same_in_one_chunk(tmp_path: Path) -> None:
    assert summary(write(tmp_path, "p.json", TRICKY_ARRAY)) == TRICKY_EXPECTED


@pytest.mark.parametrize("chunk", [1, 3, 7])
def test_a_pretty_printed_object_split_across_tiny_chunks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk: int
) -> None:
    monkeypatch.setattr(reader, "CHUNK_SIZE", chunk)
    record = {"id": 'A"{', "attestations": {"x": {"value": "\\}"}}}
    assert lines(write(tmp_path, "p.json", "\n" + json.dumps(record, indent=2))) == [(2, 'A"{')]


def test_an_oversized_json_lines_record_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "MAX_RECORD_BYTES", 100)
    monkeypatch.setattr(reader, "CHUNK_SIZE", 16)
    text = '{"id": "A"}\n{"id": "' + "x" * 500 + '"}\n{"id": "B"}\n{"id": "' + "y" * 90 + '"}\n'
    assert lines(write(tmp_path, "p.jsonl", text)) == [
        (1, "A"),
        (2, "record is larger than the 100 bytes limit"),
        (3, "B"),
        (4, "y" * 90),
    ]


def test_an_oversized_array_element_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "MAX_RECORD_BYTES", 100)
    monkeypatch.setattr(reader, "CHUNK_SIZE", 16)
    text = '[{"id": "A"},\n {"id": "' + "x" * 500 + '",\n "sex": "x"},\n {"id": "B"}]'
    assert lines(write(tmp_path, "p.json", text)) == [
        (1, "A"),
        (2, "record is larger than the 100 bytes limit"),
        (4, "B"),
    ]


def test_the_default_limit_is_64_mib() -> None:
    assert reader.MAX_RECORD_BYTES == 64 * 1024 * 1024
    assert size_text(reader.MAX_RECORD_BYTES) == "64 MiB"


@pytest.mark.parametrize(("name", "text"), [("p.jsonl", '{"id": "%s"}\n'), ("p.json", '[{"id": "%s"}]')])
def test_an_oversized_record_is_never_held(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str
) -> None:
    monkeypatch.setattr(reader, "MAX_RECORD_BYTES", 100_000)
    monkeypatch.setattr(reader, "CHUNK_SIZE", 64 * 1024)
    monkeypatch.setattr(reader, "BUFFER_SIZE", 64 * 1024)
    path = write(tmp_path, name, text % ("x" * 8_000_000))
    tracemalloc.start()
    try:
        found = lines(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert found == [(1, "record is larger than the 100000 bytes limit")]
    assert peak < 1_000_000


# --- one patient ---------------------------------------------------------------------------------


def drained(items: Generator[tuple[int, Any], None, int]) -> tuple[list[tuple[int, Any]], int]:
    """What a generator yields, and what it returns."""
    found: list[tuple[int, Any]] = []
    while True:
        try:
            found.append(next(items))
        except StopIteration as stop:
            return found, stop.value


def test_json_lines_in_a_byte_range_with_a_decoder_tried_first() -> None:
    """What the screening workers read: lines counted from where the reading starts, a record the
    decoder takes as it is, the others judged by pydantic, the size limit, the lines counted."""
    data = b'{"id": "A"}\n{"id": "B", "sex": "x"}\n\n{"id": "' + b"x" * 50 + b'"}\n{"id": "C"}\n\n'
    tried: list[bytes] = []

    def decode(line: bytes) -> Any:
        tried.append(line)
        return ("decoded", line) if b'"A"' in line else None

    items, count = drained(reader.read_json_lines(io.BytesIO(data), "s.jsonl", decode=decode, limit=40))
    assert count == 6
    assert [(n, f if isinstance(f, tuple) else f.id if isinstance(f, Patient) else f.render()) for n, f in items] == [
        (1, ("decoded", b'{"id": "A"}\n')),
        (2, "s.jsonl:2: patient B: sex: 'x' is not one of: female, male, other"),
        (4, "s.jsonl:4: record is larger than the 40 bytes limit"),
        (5, "C"),
    ]
    assert not any(b"xxx" in line for line in tried)  # an oversized line is never decoded
    start, end = data.index(b'{"id": "B"'), data.index(b'{"id": "C"')
    file = io.BytesIO(data)
    file.seek(start)
    items, count = drained(reader.read_json_lines(file, "s.jsonl", size=end - start, limit=40))
    assert count == 3 and [n for n, _ in items] == [1, 3]  # B, a blank line, the oversized line; not C
    assert file.tell() == end


def test_a_repeated_id_is_rejected_only_in_a_valid_record() -> None:
    seen = SeenIds()
    assert seen.check(None, "a.jsonl", 1, loaded=True) is None
    assert seen.check("P1", "a.jsonl", 2, loaded=False) is None  # an invalid record's id still counts
    assert seen.check("P1", "a.jsonl", 3, loaded=True) == RecordProblem(
        "a.jsonl", 3, "P1", "id", "patient id 'P1' already appeared at line 2"
    )
    assert seen.check("P1", "a.jsonl", 4, loaded=False) is None  # reported for what is wrong with it instead
    assert seen.check("P2", "b.jsonl", 5, loaded=True) is None and len(seen) == 2


def test_read_one_patient(tmp_path: Path) -> None:
    assert read_one_patient(write(tmp_path, "one.json", '{"id": "A"}')).id == "A"
    assert read_one_patient(str(write(tmp_path, "pretty.json", '{\n  "id": "B"\n}\n'))).id == "B"
    assert read_one_patient(write(tmp_path, "array.json", '[{"id": "C"}]')).id == "C"
    assert read_one_patient(write(tmp_path, "line.jsonl", '\n{"id": "D"}\n\n')).id == "D"


def test_read_one_patient_with_a_bad_record(tmp_path: Path) -> None:
    with pytest.raises(RecordError, match="birth_date") as caught:
        read_one_patient(write(tmp_path, "bad.json", '{"id": "A", "birth_date": "x"}'))
    assert (caught.value.problem.line, caught.value.problem.patient_id) == (1, "A")
    with pytest.raises(RecordError, match="invalid JSON"):
        read_one_patient(write(tmp_path, "broken.json", '{"id": "A",}'))
    with pytest.raises(RecordError, match="not closed"):
        read_one_patient(write(tmp_path, "open.json", '[{"id": "A"}'))
    with pytest.raises(RecordError, match="Expecting ',' delimiter"):
        read_one_patient(write(tmp_path, "cut.json", '[{"id": "A"'))


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("two.jsonl", '{"id": "A"}\n{"id": "B"}\n', "more than one"),
        ("two.json", '[{"id": "A"}, {"id": "B", "sex": 1}]', "more than one"),
        ("none.jsonl", "", "no patient record"),
        ("empty.json", "[]", "no patient record"),
    ],
)
def test_read_one_patient_usage_errors(tmp_path: Path, name: str, content: str, message: str) -> None:
    with pytest.raises(UsageError, match=message):
        read_one_patient(write(tmp_path, name, content))


def test_read_one_patient_needs_a_file(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="no such file"):
        read_one_patient(tmp_path / "missing.json")
    with pytest.raises(UsageError, match="is a directory"):
        read_one_patient(tmp_path)
    with pytest.raises(UsageError, match="no patient file"):
        read_one_patient("")


# --- any records, any layout ----------------------------------------------------------------------

TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=12)
RECORDS = st.lists(
    st.fixed_dictionaries(
        {"id": TEXT.filter(bool)},
        optional={
            "sex": st.sampled_from(["female", "male", "other", "f", 'm"}']),
            "attestations": st.dictionaries(TEXT, st.fixed_dictionaries({"value": st.one_of(st.booleans(), TEXT)})),
            "conditions": st.lists(
                st.fixed_dictionaries({"code": st.fixed_dictionaries({"system": st.just("LOCAL"), "code": TEXT})}),
                max_size=2,
            ),
        },
    ),
    max_size=6,
)


@settings(max_examples=60, deadline=None)
@given(records=RECORDS, indent=st.sampled_from([None, 0, 2]), ascii_only=st.booleans(), chunk=st.integers(1, 40))
def test_an_array_reads_like_the_same_records_as_json_lines(
    records: list[dict[str, Any]], indent: int | None, ascii_only: bool, chunk: int
) -> None:
    as_lines = "".join(json.dumps(r, ensure_ascii=ascii_only) + "\n" for r in records)
    as_array = json.dumps(records, indent=indent, ensure_ascii=ascii_only)

    def read(path: Path) -> list[object]:
        # Where a message names a line (of invalid JSON, of an id's first record), the forms differ.
        return [
            i.patient
            if isinstance(i, Loaded)
            else (i.patient_id, i.path, re.sub(r" \(column.*| at line \d+", "", i.message))
            for i in read_patients(path)
        ]

    with tempfile.TemporaryDirectory() as folder, pytest.MonkeyPatch.context() as patch:
        expected = read(write(Path(folder), "p.jsonl", as_lines))
        patch.setattr(reader, "CHUNK_SIZE", chunk)
        assert read(write(Path(folder), "p.json", as_array)) == expected


# --- memory ----------------------------------------------------------------------------------------


def peak_memory(path: Path, unique_ids: bool = False) -> int:
    tracemalloc.start()
    try:
        count = sum(1 for _ in read_patients(path, unique_ids=unique_ids))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert count > 0
    return peak


@pytest.mark.parametrize("form", ["jsonl", "json"])
def test_memory_does_not_grow_with_the_number_of_records(tmp_path: Path, form: str) -> None:
    record = {
        "id": "P",
        "sex": "male",
        "birth_date": "1960-01-31",
        "conditions": [{"code": {"system": "ICD10CM", "code": "C44.92"}, "onset": "2024-02"}],
    }

    def generate(name: str, count: int) -> Path:
        path = tmp_path / name
        with path.open("w") as out:
            if form == "jsonl":
                for index in range(count):
                    out.write(json.dumps({**record, "id": f"P{index}"}) + "\n")
            else:
                out.write("[\n")
                for index in range(count):
                    out.write(("" if index == 0 else ",\n") + json.dumps({**record, "id": f"P{index}"}, indent=2))
                out.write("\n]\n")
        return path

    small = peak_memory(generate(f"small.{form}", 2_000))
    large = peak_memory(generate(f"large.{form}", 20_000))
    assert large <= 1.5 * small
    assert large < 8 * 1024 * 1024
    # Finding repeated ids keeps an index that grows (tests/test_hostile_records.py measures it).
    assert peak_memory(tmp_path / f"large.{form}", unique_ids=True) < 8 * 1024 * 1024
