"""Documents from the criteria: the protocol's eligibility section as Markdown, HTML or text.

Sentences come from :mod:`eligo.language.phrases`; this module gathers them into a plain context and the
Jinja templates in ``eligo/templates`` arrange it. Templates are the project's own; HTML is
autoescaped, Markdown escapes its own special characters, and undefined names are errors.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from eligo.language import nodes as n
from eligo.language.codes import SYSTEM_NAMES
from eligo.language.layout import Layout, label, sections_of
from eligo.language.phrases import humanize, laid_out_sentence, phraser_for, value_type_words
from eligo.language.program import Program
from eligo.records.declared import parameter_values

FORMATS = ("md", "html", "txt")
INCLUSION_INTRO = "A patient may enter the trial only if all of the following apply."
EXCLUSION_INTRO = "A patient may not enter the trial if any of the following applies."


def markdown_escape(text: object) -> str:
    """Text safe inside Markdown: raw HTML becomes entities, emphasis and link characters are escaped.

    >>> print(markdown_escape("<b>*x*</b> | R&D"))
    &lt;b&gt;\\*x\\*&lt;/b&gt; \\| R&amp;D
    """
    escaped = str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return re.sub(r"([\\`*_\[\]|])", r"\\\1", escaped)


@functools.cache
def environment() -> Environment:
    """The one Jinja environment (templates compile once per process)."""
    env = Environment(
        loader=PackageLoader("eligo.documents", "templates"),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=select_autoescape(
            enabled_extensions=("html", "html.j2", "svg.j2"), default_for_string=False, default=False
        ),
    )
    env.filters["md"] = markdown_escape
    return env


def _code_rows(entries: tuple[n.CodeEntry, ...]) -> list[dict[str, Any]]:
    return [
        {
            "system": SYSTEM_NAMES[e.system],
            "code": f"{e.code}–{e.last}" if e.last else e.code,
            "display": e.display or "",
            "removed": e.removed,
        }
        for e in entries
    ]


#: how a criterion's ``text`` is introduced: the protocol's words, or the author's short wording
TEXT_LABELS = {"protocol": "Protocol wording", "summary": "Registry item, in short"}


def logic_context(p: Layout, depth: int = 1) -> list[dict[str, Any]]:
    """A laid-out phrase as template data, nested (for HTML): its lines, each with the items
    listed under it (``listed``: a label and the item's own lines)."""
    return [
        {
            "text": s.text,
            "listed": [
                {"label": label(depth, i), "sections": logic_context(item, depth + 1)} for i, item in enumerate(s.items)
            ],
        }
        for s in sections_of(p)
    ]


def logic_lines(p: Layout, depth: int = 0, tag: str = "") -> list[dict[str, Any]]:
    """A laid-out phrase as template data, one entry a line (for Markdown and text): its ``depth``
    (0: the criterion's own level), the ``label`` of an item's first line (empty on the lines that
    continue an item or the criterion after a list), and the ``text``."""
    lines: list[dict[str, Any]] = []
    for number, s in enumerate(sections_of(p)):
        lines.append({"depth": depth, "label": "" if number else tag, "text": s.text})
        for i, item in enumerate(s.items):
            lines += logic_lines(item, depth + 1, label(depth + 1, i))
    return lines


def _laid_out(p: Layout) -> dict[str, Any]:
    body = laid_out_sentence(p)
    return {"sentence": logic_context(body), "lines": logic_lines(body)}


def protocol_context(program: Program) -> dict[str, Any]:
    """Everything a protocol template shows, as plain data."""
    phraser = phraser_for(program)
    trial = program.trial

    def criterion(c: n.Criterion, number: int) -> dict[str, Any]:
        return {
            "number": number,
            "id": c.id,
            "title": c.title,
            **_laid_out(phraser.layout(c.body)),
            "text": c.text,
            "text_label": TEXT_LABELS[c.wording],
            "notes": list(c.notes),
            "attested": [program.attested[name].title for name in program.attested_in(c.body)],
        }

    return {
        "trial": {
            "registry_id": trial.registry_id if trial else "",
            "title": trial.title if trial else program.document.path,
            "sponsor": trial.sponsor if trial else None,
            "phase": trial.phase if trial else None,
            "ids": [{"label": humanize(i.label), "value": i.value} for i in (trial.ids if trial else ())],
            "references": [
                {"name": humanize(r.name), "description": r.description} for r in (trial.references if trial else ())
            ],
            "parameters": [
                {"name": p.title, "choices": ", ".join(humanize(v) for v in parameter_values(p))}
                for p in (trial.parameters if trial else ())
            ],
        },
        "sections": [
            {"heading": heading, "intro": intro, "items": [criterion(c, i) for i, c in enumerate(criteria, 1)]}
            for heading, intro, criteria in (
                ("Inclusion criteria", INCLUSION_INTRO, program.inclusions),
                ("Exclusion criteria", EXCLUSION_INTRO, program.exclusions),
            )
        ],
        "attested": [
            {"title": a.title, "type": value_type_words(a.value_type), "notes": list(a.notes)}
            for a in program.attested.values()
        ],
        "definitions": [
            {"title": d.title, **_laid_out(phraser.layout(d.body, d.record)), "notes": list(d.notes)}
            for d in program.defines.values()
        ],
        "valuesets": [
            {
                "title": v.title,
                "kind": "measure" if isinstance(v, n.Measure) else "value set",
                "value_type": value_type_words(v.value_type) if isinstance(v, n.Measure) else None,
                "sources": list(v.sources),
                "notes": list(v.notes),
                "codes": _code_rows(v.entries),
            }
            for v in _used_valuesets(program)
        ],
        "fingerprint": program.fingerprint,
    }


def _used_valuesets(program: Program) -> list[n.ValueSet | n.Measure]:
    """The value sets and measures the criteria use (directly or through definitions), in file order."""
    used = {name for c in program.criteria for name in program.used_names(c.body)}
    return [v for name, v in program.valuesets.items() if name in used]


def render_protocol(program: Program, fmt: str) -> str:
    """The eligibility section of the protocol in ``md``, ``html`` or ``txt``."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    template = environment().get_template(f"protocol.{fmt}.j2")
    return template.render(**protocol_context(program))
