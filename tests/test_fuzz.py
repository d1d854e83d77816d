"""Random and mutated input never produces anything but Eligo's own errors.

Whatever bytes a criteria file holds, parsing and checking either succeed or raise an
:class:`~eligo.errors.EligoError` whose diagnostics carry positions; never a Python exception,
never a hang. Whatever bytes a patient file holds, every record comes out once, loaded or
reported with a reason, and every loaded record screens. The long run
(``ELIGO_FUZZ_EXAMPLES=20000``) is documented in docs/robustness.md.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import eligo
from eligo.errors import EligoError, InputError, RecordProblem, SourceError
from eligo.language.parse import decode_source
from eligo.sources.reader import Loaded, read_patients

from .conftest import ALL_ELIG_FILES, CRITERIA, ROOT
from .strategies import programs

EXAMPLES = int(os.environ.get("ELIGO_FUZZ_EXAMPLES", "200"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SEEDS = [p.read_text(encoding="utf-8") for p in ALL_ELIG_FILES]


def parse_and_check(data: bytes) -> None:
    """Run the front end; fail the test on anything but a well-formed Eligo error."""
    try:
        text = decode_source(data, "fuzz.elig")
        eligo.check(eligo.parse_text(text, "fuzz.elig"), (), {"fuzz.elig": text})
    except SourceError as error:
        assert error.diagnostics, "an error without diagnostics"
        for diagnostic in error.diagnostics:
            assert diagnostic.span is not None and diagnostic.span.line >= 1
            assert diagnostic.message
        error.render()
    except EligoError:
        pass


@FUZZ
@given(st.binary(max_size=400))
def test_random_bytes(data: bytes) -> None:
    parse_and_check(data)


@FUZZ
@given(st.text(max_size=300))
def test_random_unicode(text: str) -> None:
    parse_and_check(text.encode("utf-8", "surrogatepass") if False else text.encode("utf-8", "replace"))


@FUZZ
@given(st.sampled_from(SEEDS), st.data())
def test_truncated_and_mutated_criteria_files(seed: str, data: st.DataObject) -> None:
    text = seed
    for _ in range(data.draw(st.integers(1, 4))):
        cut = data.draw(st.integers(0, len(text)))
        action = data.draw(st.sampled_from(["truncate", "delete", "insert", "duplicate"]))
        if action == "truncate":
            text = text[:cut]
        elif action == "delete":
            text = text[:cut] + text[cut + data.draw(st.integers(1, 40)) :]
        elif action == "insert":
            text = (
                text[:cut]
                + data.draw(st.sampled_from(["(", ")", '"', "and", " not ", "..", "#", "\n", "exists", "€", "\t"]))
                + text[cut:]
            )
        else:
            text = text[:cut] + text[cut : cut + 60] + text[cut:]
    parse_and_check(text.encode())


@FUZZ
@given(programs())
def test_grammar_shaped_programs(source: str) -> None:
    parse_and_check(source.encode())


@pytest.mark.parametrize(
    "text",
    [
        'include I1 "t"\n  ' + "(" * 10_000 + "a" + ")" * 10_000,
        'include I1 "t"\n  ' + " and ".join(["a"] * 20_000),
        'include I1 "t"\n  x > ' + "9" * 100_000,
        'include I1 "' + "t" * 200_000 + '"\n  a',
        'include I1 "t"\n  ' + "not " * 5_000 + "a",
    ],
    ids=["deep-parentheses", "long-conjunction", "huge-number", "long-line", "deep-not"],
)
def test_pathological_inputs_end_in_errors_not_crashes(text: str) -> None:
    parse_and_check(text.encode())


def test_a_file_of_many_megabytes(tmp_path: Path) -> None:
    item = 'include I{0} "t"\n  sex is female\n\n'
    text = 'trial T "t"\n' + "".join(item.format(i) for i in range(60_000))
    parse_and_check(text.encode())


# --- patient records ----------------------------------------------------------------------------

TRIAL = eligo.load(CRITERIA / "nct05238363.elig")
RECORDS = [json.loads(p.read_text()) for p in sorted((ROOT / "examples" / "nct05238363").glob("*.json"))]
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12)
    | st.sampled_from(["2026-02-30", "0000-01-01", "1726", "LOINC", "89247-1", "female", "", "2026-03-02"]),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3),
    max_leaves=8,
)  # fmt: skip


def read_all(data: bytes, name: str) -> list[Loaded | RecordProblem]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        try:
            items = list(read_patients(path, program=TRIAL.program))  # as eligo eval reads them
        except InputError as error:  # the file as a whole: UTF-16, say
            assert "UTF-16" in str(error)
            return []
    for item in items:
        assert isinstance(item, Loaded | RecordProblem)
        if isinstance(item, RecordProblem):
            assert item.line >= 1 and item.message and "\n" not in item.render()
        else:
            TRIAL.evaluate(item.patient, explain=True)  # every loaded record screens
    return items


@FUZZ
@given(st.binary(max_size=400))
def test_random_bytes_as_patient_records(data: bytes) -> None:
    items = read_all(data, "p.jsonl")
    body = data.removeprefix(b"\xef\xbb\xbf")
    if not body.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
        assert len(items) == sum(1 for line in body.split(b"\n") if line and not line.isspace())
    read_all(data, "p.json")


def _mutated(record: Any, data: st.DataObject) -> Any:
    """The record with one value somewhere in it replaced, removed or added."""
    if isinstance(record, dict) and record:
        key = data.draw(st.sampled_from(sorted(record)))
        action = data.draw(st.sampled_from(["replace", "descend", "descend", "remove", "add"]))
        if action == "remove":
            return {k: v for k, v in record.items() if k != key}
        if action == "add":
            return {**record, data.draw(st.text(max_size=8)): data.draw(JSON_VALUES)}
        value = data.draw(JSON_VALUES) if action == "replace" else _mutated(record[key], data)
        return {**record, key: value}
    if isinstance(record, list) and record:
        index = data.draw(st.integers(0, len(record) - 1))
        return [*record[:index], _mutated(record[index], data), *record[index + 1 :]]
    return data.draw(JSON_VALUES)


@FUZZ
@given(st.data())
def test_mutated_patient_records(data: st.DataObject) -> None:
    records = [_mutated(data.draw(st.sampled_from(RECORDS)), data) for _ in range(data.draw(st.integers(1, 3)))]
    lines = [json.dumps(record) for record in records]
    assert len(read_all(("\n".join(lines) + "\n").encode(), "p.jsonl")) == len(lines)
    assert len(read_all(json.dumps(records, indent=data.draw(st.sampled_from([None, 2]))).encode(), "p.json")) == len(
        records
    )
