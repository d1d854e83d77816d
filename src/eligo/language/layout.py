"""Laid-out phrases: a sentence, or lines with lettered items listed under them.

:mod:`eligo.language.phrases` lays out a criterion whose grouping one sentence would blur as a
:class:`Block`; documents lay a block out as nested lists, :func:`flat` puts it on one line.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["Block", "Layout", "Section", "first_line", "flat", "label", "prefixed", "sections_of"]


@dataclass(frozen=True, slots=True)
class Section:
    """A line of a laid-out phrase and the items listed under it (none: a line of text only)."""

    text: str
    items: tuple[Layout, ...] = ()


@dataclass(frozen=True, slots=True)
class Block:
    """A phrase too tangled for one sentence: lines, each with the items listed under it."""

    sections: tuple[Section, ...]


#: A phrase: one sentence, or lines with their lists.
Layout = str | Block

ROMAN = (("x", 10), ("ix", 9), ("v", 5), ("iv", 4), ("i", 1))


def label(depth: int, index: int) -> str:
    """The label of the ``index``-th item (from 0) of a list at ``depth`` (from 1): (a), (i), (A), (1), then again.

    >>> [label(1, 0), label(1, 27), label(2, 3), label(3, 1), label(4, 0), label(5, 2)]
    ['(a)', '(ab)', '(iv)', '(B)', '(1)', '(c)']
    """
    number = index + 1
    style = (depth - 1) % 4
    if style == 3:
        return f"({number})"
    if style == 1:
        words = ""
        for letters, value in ROMAN * 4:  # enough for the lists of a criterion (up to 39 items)
            while number >= value:
                words, number = words + letters, number - value
        return f"({words or index + 1})"
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("a") + rest) + letters
    return f"({letters.upper() if style == 2 else letters})"


def sections_of(p: Layout) -> tuple[Section, ...]:
    """The lines of a phrase (a sentence is one line with nothing listed under it)."""
    return (Section(p),) if isinstance(p, str) else p.sections


def prefixed(text: str, p: Layout) -> Layout:
    """``text`` put before a phrase (on its first line)."""
    if isinstance(p, str):
        return text + p
    first, *rest = p.sections
    return Block((Section(text + first.text, first.items), *rest))


def first_line(p: Layout, change: Callable[[str], str]) -> Layout:
    """A phrase with its first line changed."""
    if isinstance(p, str):
        return change(p)
    first, *rest = p.sections
    return Block((Section(change(first.text), first.items), *rest))


def flat(p: Layout, depth: int = 1) -> str:
    """A laid-out phrase on one line: each list in brackets (whatever follows it stays outside),
    its items labelled in turn.

    >>> flat(Block((Section("all of the following:", ("a", Block((Section("any of the following:", ("b", "c")),)))),)))
    'all of the following: [(a) a; (b) any of the following: [(i) b; (ii) c]]'
    >>> flat(Block((Section("x, any of the following:", ("a", "b")), Section("except c"))))
    'x, any of the following: [(a) a; (b) b]; except c'
    """
    if isinstance(p, str):
        return p
    lines = []
    for s in p.sections:
        listed = "; ".join(f"{label(depth, i)} {flat(item, depth + 1)}" for i, item in enumerate(s.items))
        lines.append(f"{s.text} [{listed}]" if s.items else s.text)
    return "; ".join(lines)
