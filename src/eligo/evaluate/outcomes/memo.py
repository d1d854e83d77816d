"""Remembering the answers of pure functions of dates, by the identity of their arguments.

The fast decoder keeps one :class:`~eligo.language.temporal.PartialDate` object per date text, so the
same birth date or window anchor recurs as the same object across patients: a table keyed by
``id()`` finds an earlier answer without hashing dates. Each entry holds its arguments, so an id
cannot be reused by another object while its entry lives, and a hit is checked by identity.
Tables are cleared when full: memory stays bounded, whatever the input.

>>> calls = []
>>> def slow(a: object, b: object) -> int:
...     calls.append((a, b))
...     return 42
>>> fast = memo2(slow)
>>> x, y = object(), object()
>>> fast(x, y), fast(x, y), len(calls)
(42, 42, 1)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["MEMO_SIZE", "memo2", "memo3"]

T = TypeVar("T")

#: Entries a table holds before it is cleared.
MEMO_SIZE = 1 << 15


def memo2(function: Callable[[Any, Any], T], size: int = MEMO_SIZE) -> Callable[[Any, Any], T]:
    """``function(a, b)``, remembered by the identities of ``a`` and ``b``."""
    table: dict[tuple[int, int], tuple[Any, Any, T]] = {}
    get = table.get

    def remembered(a: Any, b: Any) -> T:
        key = (id(a), id(b))
        hit = get(key)
        if hit is not None and hit[0] is a and hit[1] is b:
            return hit[2]
        result = function(a, b)
        if len(table) >= size:
            table.clear()
        table[key] = (a, b, result)
        return result

    return remembered


def memo3(function: Callable[[Any, Any, Any], T], size: int = MEMO_SIZE) -> Callable[[Any, Any, Any], T]:
    """``function(a, b, c)``, remembered by the identities of its arguments."""
    table: dict[tuple[int, int, int], tuple[Any, Any, Any, T]] = {}
    get = table.get

    def remembered(a: Any, b: Any, c: Any) -> T:
        key = (id(a), id(b), id(c))
        hit = get(key)
        if hit is not None and hit[0] is a and hit[1] is b and hit[2] is c:
            return hit[3]
        result = function(a, b, c)
        if len(table) >= size:
            table.clear()
        table[key] = (a, b, c, result)
        return result

    return remembered
