"""The documents committed under ``generated/``, made by one function (``eligo render --all``).

A test re-makes them in memory and compares, so a stale file fails the build.
"""

from __future__ import annotations

from pathlib import Path

from eligo.load import load_program
from eligo.render import FORMATS, render_protocol


def expected_documents(root: Path) -> dict[Path, str]:
    """Every generated file (relative to ``root``) and the text it must hold."""
    documents: dict[Path, str] = {}
    for criteria in sorted((root / "criteria").glob("*.elig")):
        program = load_program(criteria)
        for fmt in FORMATS:
            documents[Path("generated") / f"{criteria.stem}.{fmt}"] = render_protocol(program, fmt)
    return documents


def generate_all(root: Path) -> list[Path]:
    """Write every generated document; returns the paths written."""
    written = []
    for relative, text in expected_documents(root).items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{path.name}.partial")
        temporary.write_text(text, encoding="utf-8")
        temporary.replace(path)
        written.append(path)
    return written
