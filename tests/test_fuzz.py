"""Random and mutated input never produces anything but Eligo's own errors.

Whatever bytes a criteria file holds, parsing and checking either succeed or raise an
:class:`~eligo.errors.EligoError` whose diagnostics carry positions; never a Python exception,
never a hang. The long run (``ELIGO_FUZZ_EXAMPLES=20000``) is documented in the README.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import eligo
from eligo.errors import EligoError, SourceError
from eligo.parse import decode_source

from .conftest import ALL_ELIG_FILES
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
