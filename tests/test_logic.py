"""Tests for eligo.language.logic: Kleene three-valued logic."""

from __future__ import annotations

import doctest
import itertools
from collections.abc import Callable, Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eligo.language import logic
from eligo.language.logic import (
    Truth,
    all3,
    and3,
    any3,
    implies3,
    is_false,
    is_true,
    is_unknown,
    not3,
    or3,
    xor3,
)

VALUES: tuple[Truth, ...] = (True, False, None)
SETTINGS = settings(database=None, deadline=None, max_examples=300)
truths = st.sampled_from(VALUES)


def completions(value: Truth) -> tuple[bool, ...]:
    """The definite values an unknown could stand for."""
    return (True, False) if value is None else (value,)


def kleene(results: set[bool]) -> Truth:
    """The definite result if all completions agree, else unknown."""
    return results.pop() if len(results) == 1 else None


def test_doctests() -> None:
    result = doctest.testmod(logic)
    assert result.attempted > 0
    assert result.failed == 0


@pytest.mark.parametrize(
    ("operator", "definite"),
    [
        (and3, lambda a, b: a and b),
        (or3, lambda a, b: a or b),
        (implies3, lambda a, b: (not a) or b),
        (xor3, lambda a, b: a != b),
    ],
    ids=["and3", "or3", "implies3", "xor3"],
)
def test_binary_operators_are_kleene(
    operator: Callable[[Truth, Truth], Truth], definite: Callable[[bool, bool], bool]
) -> None:
    """Every cell of the truth table is what all completions agree on, else unknown."""
    for a, b in itertools.product(VALUES, VALUES):
        expected = kleene({definite(x, y) for x in completions(a) for y in completions(b)})
        assert operator(a, b) is expected, (a, b)


def test_not3() -> None:
    assert [not3(v) for v in VALUES] == [False, True, None]


# SQL / CQL truth tables written out, so a reader can check them at a glance.
AND_TABLE = {
    (True, True): True, (True, False): False, (True, None): None,
    (False, True): False, (False, False): False, (False, None): False,
    (None, True): None, (None, False): False, (None, None): None,
}  # fmt: skip
OR_TABLE = {
    (True, True): True, (True, False): True, (True, None): True,
    (False, True): True, (False, False): False, (False, None): None,
    (None, True): True, (None, False): None, (None, None): None,
}  # fmt: skip
IMPLIES_TABLE = {
    (True, True): True, (True, False): False, (True, None): None,
    (False, True): True, (False, False): True, (False, None): True,
    (None, True): True, (None, False): None, (None, None): None,
}  # fmt: skip


@pytest.mark.parametrize(
    ("operator", "table"),
    [(and3, AND_TABLE), (or3, OR_TABLE), (implies3, IMPLIES_TABLE)],
    ids=["and3", "or3", "implies3"],
)
def test_written_truth_tables(
    operator: Callable[[Truth, Truth], Truth], table: dict[tuple[Truth, Truth], Truth]
) -> None:
    for (a, b), expected in table.items():
        assert operator(a, b) is expected, (a, b)


def test_xor3_is_unknown_with_any_unknown() -> None:
    assert [xor3(True, None), xor3(None, False), xor3(None, None)] == [None, None, None]
    assert [xor3(True, True), xor3(False, True)] == [False, True]


def test_is_predicates_collapse_unknown() -> None:
    assert [is_true(v) for v in VALUES] == [True, False, False]
    assert [is_false(v) for v in VALUES] == [False, True, False]
    assert [is_unknown(v) for v in VALUES] == [False, False, True]


def test_all3_and_any3_on_empty() -> None:
    assert all3([]) is True
    assert any3([]) is False


def _then_fail(values: list[Truth]) -> Iterator[Truth]:
    yield from values
    raise AssertionError("iterated past the deciding value")


def test_all3_stops_at_first_false() -> None:
    assert all3(_then_fail([True, None, False])) is False


def test_any3_stops_at_first_true() -> None:
    assert any3(_then_fail([False, None, True])) is True


@SETTINGS
@given(st.lists(truths, max_size=8))
def test_all3_is_a_fold_of_and3(values: list[Truth]) -> None:
    folded: Truth = True
    for value in values:
        folded = and3(folded, value)
    assert all3(values) is folded
    assert all3(iter(values)) is folded


@SETTINGS
@given(st.lists(truths, max_size=8))
def test_any3_is_a_fold_of_or3(values: list[Truth]) -> None:
    folded: Truth = False
    for value in values:
        folded = or3(folded, value)
    assert any3(values) is folded


@SETTINGS
@given(st.lists(truths, max_size=8))
def test_de_morgan(values: list[Truth]) -> None:
    assert not3(all3(values)) is any3(not3(v) for v in values)


@SETTINGS
@given(truths, truths, truths)
def test_algebraic_laws(a: Truth, b: Truth, c: Truth) -> None:
    assert and3(a, b) is and3(b, a)
    assert or3(a, b) is or3(b, a)
    assert and3(a, and3(b, c)) is and3(and3(a, b), c)
    assert or3(a, and3(b, c)) is and3(or3(a, b), or3(a, c))
    assert not3(and3(a, b)) is or3(not3(a), not3(b))
    assert not3(not3(a)) is a
    assert xor3(a, b) is and3(or3(a, b), not3(and3(a, b)))
