"""The formatter: canonical, idempotent, meaning-preserving, and it keeps every comment."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import eligo
from eligo.language.format import format_text

from .conftest import ALL_ELIG_FILES
from .strategies import programs


def comments_of(text: str, path: str = "t.elig") -> list[str]:
    return [c.text.rstrip() for c in eligo.parse_text(text, path).comments]


@pytest.mark.parametrize("path", ALL_ELIG_FILES, ids=lambda p: p.name)
def test_every_criteria_file_is_already_canonical(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert format_text(text, str(path)) == text


@pytest.mark.parametrize("path", ALL_ELIG_FILES, ids=lambda p: p.name)
def test_round_trip_on_a_scrambled_layout(path: Path) -> None:
    """Collapse the layout (all indentation gone, items run together) and format it back."""
    text = path.read_text(encoding="utf-8")
    scrambled = "\n".join(line.strip() for line in text.splitlines() if line.strip()) + "\n"
    formatted = format_text(scrambled, str(path))
    assert eligo.parse_text(formatted, str(path)) == eligo.parse_text(text, str(path))
    assert format_text(formatted, str(path)) == formatted
    assert comments_of(formatted) == comments_of(text)


def test_comments_stay_with_their_code() -> None:
    source = (
        "# file header\n\n"
        'trial T1 "t"   # trailing on the header\n'
        '  reference d "day"\n'
        "# before the value set\n"
        'valueset v "v"\n'
        "    # inside, before a code\n"
        '    ICD10CM C44.92 "x"   # after a code\n'
        'include I1 "a" exists condition in v\n'
        "   # before where\n"
        "   where onset before d   # after where\n"
        "# at the end\n"
    )
    expected = (
        "# file header\n\n"
        'trial T1 "t"  # trailing on the header\n'
        '  reference d "day"\n\n'
        "# before the value set\n"
        'valueset v "v"\n'
        "  # inside, before a code\n"
        '  ICD10CM C44.92 "x"  # after a code\n\n'
        'include I1 "a"\n'
        "  exists condition in v\n"
        "    # before where\n"
        "    where onset before d  # after where\n\n"
        "# at the end\n"
    )
    assert format_text(source) == expected
    assert format_text(expected) == expected


def test_long_conjunctions_break_before_each_operator() -> None:
    source = 'include I1 "t" ' + " and ".join(f"attested_item_number_{i}" for i in range(6))
    formatted = format_text(source)
    assert formatted.splitlines()[2].startswith("    and attested_item_number_1")
    assert eligo.parse_text(formatted) == eligo.parse_text(source)


def test_long_strings_are_wrapped_and_rejoined() -> None:
    words = " ".join(["word"] * 60)
    formatted = format_text(f'include I1 "t"\n  text "{words}"\n  x\n')
    assert max(len(line) for line in formatted.splitlines()) <= 100
    criterion = eligo.parse_text(formatted).items[0]
    assert getattr(criterion, "text", None) == words


@settings(max_examples=150, deadline=None)
@given(programs())
def test_format_preserves_meaning_and_is_idempotent(source: str) -> None:
    once = format_text(source)
    assert eligo.parse_text(once) == eligo.parse_text(source)
    assert format_text(once) == once


@settings(max_examples=100, deadline=None)
@given(programs(), st.lists(st.text(alphabet="abc xyz#", max_size=20), max_size=4), st.randoms(use_true_random=False))
def test_every_comment_survives(source: str, comments: list[str], rng: object) -> None:
    lines = source.splitlines()
    for comment in comments:
        position = rng.randrange(len(lines) + 1)  # type: ignore[attr-defined]
        lines.insert(position, "# " + comment.replace("\n", " "))
    text = "\n".join(lines) + "\n"
    formatted = format_text(text)
    assert sorted(comments_of(formatted)) == sorted(comments_of(text))
    assert format_text(formatted) == formatted


NESTED = (
    'include I1 "t"\n  exists medication in endocrine_therapy where reason is condition and line = 1 and '
    "(exists disease_status where focus is condition and value is progressing and date after medication.start)\n"
)


def test_nested_quantifiers_keep_within_the_width() -> None:
    formatted = format_text(NESTED)
    assert formatted == (
        'include I1 "t"\n'
        "  exists medication in endocrine_therapy\n"
        "    where reason is condition\n"
        "      and line = 1\n"
        "      and (exists disease_status\n"
        "        where focus is condition and value is progressing and date after medication.start)\n"
    )
    assert eligo.parse_text(formatted) == eligo.parse_text(NESTED)
    assert format_text(formatted) == formatted


def test_a_long_condition_of_if_is_laid_out_before_then() -> None:
    source = (
        'include I1 "t"\n  if (exists condition in breast_cancer where status in (recurrence, relapse) '
        "and extent is not metastatic) then x\n"
    )
    formatted = format_text(source)
    assert formatted == (
        'include I1 "t"\n'
        "  if (exists condition in breast_cancer\n"
        "      where status in (recurrence, relapse) and extent is not metastatic) then\n"
        "    x\n"
    )
    assert max(len(line) for line in formatted.splitlines()) <= 100
    assert eligo.parse_text(formatted) == eligo.parse_text(source)
    assert format_text(formatted) == formatted


def test_hand_made_line_breaks_are_kept() -> None:
    broken = 'include I1 "t"\n  age at d >= 18 years\n    and sex is female\n    and (x or y)\n'
    assert format_text(broken) == broken
    inside = 'include I1 "t"\n  a\n    and (x\n      or y)\n'
    assert format_text(inside) == inside
    joined = 'include I1 "t"\n  age at d >= 18 years and sex is female\n'
    assert format_text(joined) == joined
