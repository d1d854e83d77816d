"""The documents committed under ``generated/``, made by one function (``eligo render --all``).

A test re-makes them in memory and compares, so a stale file fails the build.
"""

from __future__ import annotations

from pathlib import Path

from eligo.documents.cohort import render_cohort_report
from eligo.documents.render import FORMATS, LANGUAGES, render_protocol
from eligo.documents.report import REPORT_FORMATS
from eligo.documents.summary import summarize
from eligo.evaluate.output import write_atomically
from eligo.evaluate.trial import CompiledTrial
from eligo.language.load import load_program
from eligo.sql.compile import DIALECTS, to_sql


def expected_documents(root: Path) -> dict[Path, str]:
    """Every generated file (relative to ``root``) and the text it must hold."""
    documents: dict[Path, str] = {}
    for criteria in sorted((root / "criteria").glob("*.elig")):
        program = load_program(criteria)
        for fmt in FORMATS:
            documents[Path("generated") / f"{criteria.stem}.{fmt}"] = render_protocol(program, fmt)
        for lang in LANGUAGES[1:]:  # the protocol's section in every other language: <trial>.zh.md
            for fmt in FORMATS:
                documents[Path("generated") / f"{criteria.stem}.{lang}.{fmt}"] = render_protocol(program, fmt, lang)
        for dialect in DIALECTS:
            documents[Path("generated") / "sql" / f"{criteria.stem}.{dialect}.sql"] = (
                to_sql(program, dialect, pretty=True) + "\n"
            )
        examples = root / "examples" / criteria.stem
        if examples.is_dir():  # the cohort report of the trial's example patients (no date: reproducible)
            # named relative to the project, so that the file is the same wherever it is made
            summary = summarize(CompiledTrial(program), examples, source=examples.relative_to(root).as_posix())
            for lang in LANGUAGES:  # in English, and beside it in every other language: <trial>-examples-report.zh.md
                suffix = "" if lang == "en" else f".{lang}"
                for fmt in REPORT_FORMATS:
                    report = render_cohort_report(summary, program, fmt, lang=lang)
                    documents[Path("generated") / f"{criteria.stem}-examples-report{suffix}.{fmt}"] = report
    return documents


def generate_all(root: Path) -> list[Path]:
    """Write every generated document; returns the paths written."""
    written = []
    for relative, text in expected_documents(root).items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, text)
        written.append(path)
    return written
