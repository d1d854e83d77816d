"""Display widths of text with Chinese in it: a wide character takes two columns. The formatter
wraps criteria strings by them, the documents wrap plain text by them.

>>> display_columns("HLX07 首次给药")
14
"""

from __future__ import annotations

import unicodedata

__all__ = ["display_columns", "is_wide"]


def is_wide(character: str) -> bool:
    """Whether a character takes two columns (East Asian wide or full-width)."""
    return unicodedata.east_asian_width(character) in ("W", "F")


def display_columns(text: str) -> int:
    """The display width of text: a wide (Chinese) character takes two columns."""
    return sum(2 if is_wide(c) else 1 for c in text)
