"""Three-valued (Kleene) logic, as in SQL ``NULL`` and CQL.

A truth value is ``True``, ``False`` or ``None`` (unknown). ``None`` means
"could be either": an operator returns a definite answer whenever every way of
filling in the unknowns gives the same answer, and ``None`` otherwise.

>>> and3(False, None), or3(True, None), not3(None)
(False, True, None)
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeAlias

__all__ = [
    "Truth",
    "all3",
    "and3",
    "any3",
    "implies3",
    "is_false",
    "is_true",
    "is_unknown",
    "not3",
    "or3",
    "xor3",
]

Truth: TypeAlias = bool | None
"""A three-valued truth value; ``None`` is *unknown*."""


def not3(a: Truth) -> Truth:
    """Negation; unknown stays unknown.

    >>> not3(True), not3(False), not3(None)
    (False, True, None)
    """
    return None if a is None else not a


def and3(a: Truth, b: Truth) -> Truth:
    """Conjunction: ``False`` wins over unknown.

    >>> and3(True, True), and3(True, None), and3(None, False)
    (True, None, False)
    """
    if a is False or b is False:
        return False
    if a is None or b is None:
        return None
    return True


def or3(a: Truth, b: Truth) -> Truth:
    """Disjunction: ``True`` wins over unknown.

    >>> or3(False, False), or3(False, None), or3(None, True)
    (False, None, True)
    """
    if a is True or b is True:
        return True
    if a is None or b is None:
        return None
    return False


def implies3(a: Truth, b: Truth) -> Truth:
    """Material implication, ``(not a) or b``.

    >>> implies3(False, None), implies3(None, True), implies3(None, False)
    (True, True, None)
    """
    return or3(not3(a), b)


def xor3(a: Truth, b: Truth) -> Truth:
    """Exclusive or; unknown if either side is unknown.

    >>> xor3(True, False), xor3(True, True), xor3(True, None)
    (True, False, None)
    """
    if a is None or b is None:
        return None
    return a != b


def all3(values: Iterable[Truth]) -> Truth:
    """Conjunction of many values: any ``False`` gives ``False`` (stopping there),
    else any unknown gives ``None``, else ``True`` (also for no values).

    >>> all3([True, None, True]), all3([None, False]), all3([])
    (None, False, True)
    """
    unknown = False
    for value in values:
        if value is False:
            return False
        if value is None:
            unknown = True
    return None if unknown else True


def any3(values: Iterable[Truth]) -> Truth:
    """Disjunction of many values: any ``True`` gives ``True`` (stopping there),
    else any unknown gives ``None``, else ``False`` (also for no values).

    >>> any3([False, None]), any3([None, True]), any3([])
    (None, True, False)
    """
    unknown = False
    for value in values:
        if value is True:
            return True
        if value is None:
            unknown = True
    return None if unknown else False


def is_true(a: Truth) -> bool:
    """``True`` only for a definite ``True`` (SQL ``IS TRUE``, CQL ``IsTrue``).

    >>> is_true(True), is_true(None)
    (True, False)
    """
    return a is True


def is_false(a: Truth) -> bool:
    """``True`` only for a definite ``False`` (SQL ``IS FALSE``, CQL ``IsFalse``).

    >>> is_false(False), is_false(None)
    (True, False)
    """
    return a is False


def is_unknown(a: Truth) -> bool:
    """``True`` only for unknown (SQL ``IS UNKNOWN``, CQL ``IsNull``).

    >>> is_unknown(None), is_unknown(False)
    (True, False)
    """
    return a is None
