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
from eligo.language.messages import LOCALES, message
from eligo.language.phrases import humanize, laid_out_sentence, phraser_for, value_type_words
from eligo.language.phrases_zh import quoted, reference_zh, sentence_zh, value_type_words_zh, zh_phraser_for
from eligo.language.program import Program
from eligo.language.widths import display_columns
from eligo.records.declared import parameter_values

FORMATS = ("md", "html", "txt")
#: the languages a document is written in (``--lang``); English is the criteria's own
LANGUAGES = tuple(LOCALES)
#: the language tag of an HTML document
HTML_LANG = {"en": "en", "zh": "zh-Hans"}
INCLUSION_INTRO = "A patient may enter the trial only if all of the following apply."
EXCLUSION_INTRO = "A patient may not enter the trial if any of the following applies."
#: an author's string with no translation in the document's language: shown as written, marked
UNTRANSLATED = "{text} [not translated]"
#: the words of the documents chosen in Python (the templates' own words are their ``_("...")`` calls)
DOCUMENT_MESSAGES = (
    INCLUSION_INTRO, EXCLUSION_INTRO, UNTRANSLATED, "Inclusion criteria", "Exclusion criteria",
    "Protocol wording", "Registry item, in short", "measure", "value set",
)  # fmt: skip


def markdown_escape(text: object) -> str:
    """Text safe inside Markdown: raw HTML becomes entities, emphasis and link characters are escaped.

    >>> print(markdown_escape("<b>*x*</b> | R&D"))
    &lt;b&gt;\\*x\\*&lt;/b&gt; \\| R&amp;D
    """
    escaped = str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return re.sub(r"([\\`*_\[\]|])", r"\\\1", escaped)


def words(lang: str, msgid: str, **values: str) -> str:
    """A document's words in ``lang``: the English template ``msgid`` from the catalogue (context
    ``document``), its named placeholders filled in."""
    return message(lang, msgid, "document", **values) if lang != "en" else msgid.format(**values)


def author_text(text: str, translation: str | None, lang: str) -> str:
    """An author's string in ``lang``: its translation, else the English marked as untranslated
    (never machine-translated)."""
    if lang == "en":
        return text
    return translation if translation is not None else words(lang, UNTRANSLATED, text=text)


#: characters a line must not start with (Chinese line breaking keeps them after what they close)
NO_LINE_START = "，。；：、）」』！？”’"
#: ... nor end with an opening one
NO_LINE_END = "（「『“‘"


def display_wrap(
    text: str,
    width: int = 79,
    break_long_words: bool = True,
    wrapstring: str | None = None,
    break_on_hyphens: bool = True,
) -> str:
    """Jinja's ``wordwrap`` for text with Chinese in it: widths in display columns (a wide
    character takes two), lines broken at spaces or between two wide characters, never before
    closing punctuation.

    >>> print(display_wrap("首次给药前28天内最近一次的结果，为阴性。", 20))
    首次给药前28天内最近
    一次的结果，为阴性。
    """
    lines: list[str] = []
    for paragraph in str(text).splitlines() or [""]:
        line, used = "", 0
        for token in _tokens(paragraph):
            if token.isspace():
                line, used = (line + " ", used + 1) if line else (line, used)
                continue
            size = columns(token)
            if used + size > width and line.strip() and token not in NO_LINE_START:
                carried = line[-1] if line[-1] in NO_LINE_END and len(line) > 1 else ""  # an opening bracket goes along
                lines.append(line[: len(line) - len(carried)].rstrip())
                line, used = carried, 2 * len(carried)
            line, used = line + token, used + size
        lines.append(line.rstrip())
    return (wrapstring or "\n").join(lines)


def _tokens(text: str) -> list[str]:
    """Runs of space, single wide characters, and runs of other characters (a Latin word, a number)."""
    return re.findall(
        r"\s+|[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]|[^\s\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]+",
        text,
    )


def columns(text: str) -> int:
    """The display width of text (a template filter: anything printable)."""
    return display_columns(str(text))


@functools.cache
def environment(lang: str = "en") -> Environment:
    """The Jinja environment of a language (templates compile once per process); ``_("...")`` in
    a template is a message of that language's catalogue."""
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
    env.filters["columns"] = columns
    env.globals["_"] = functools.partial(words, lang)
    if lang != "en":  # English keeps Jinja's own wrapping, byte for byte
        env.filters["wordwrap"] = display_wrap
    env.globals["lang"] = lang
    env.globals["html_lang"] = HTML_LANG[lang]
    return env


def _code_rows(entries: tuple[n.CodeEntry, ...]) -> list[dict[str, Any]]:
    return [
        {
            "system": SYSTEM_NAMES[e.system],
            "code": f"{e.code}–{e.last}" if e.last else e.code,
            "display": e.display or "",
            "removed": e.removed,
            "descendants": e.descendants,
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


def _laid_out(p: Layout, lang: str = "en") -> dict[str, Any]:
    body = laid_out_sentence(p) if lang == "en" else sentence_zh(p)
    return {"sentence": logic_context(body), "lines": logic_lines(body)}


def protocol_context(program: Program, lang: str = "en") -> dict[str, Any]:
    """Everything a protocol template shows, as plain data, in ``lang``."""
    phraser = phraser_for(program) if lang == "en" else zh_phraser_for(program)
    type_words = value_type_words if lang == "en" else value_type_words_zh
    trial = program.trial

    def criterion(c: n.Criterion, number: int) -> dict[str, Any]:
        return {
            "number": number,
            "id": c.id,
            "title": c.title,
            **_laid_out(phraser.layout(c.body), lang),
            "text": None if c.text is None else author_text(c.text, c.translated_text(lang), lang),
            "text_label": words(lang, TEXT_LABELS[c.wording]),
            "notes": [author_text(note, c.translated_note(i, lang), lang) for i, note in enumerate(c.notes)],
            "attested": [name_as_written(program.attested[name].title) for name in program.attested_in(c.body)],
        }

    def name_as_written(title: str) -> str:
        return title if lang == "en" else quoted(title)

    def notes(texts: tuple[str, ...]) -> list[str]:  # notes outside criteria carry no translations
        return [author_text(note, None, lang) for note in texts]

    def reference(name: str) -> str:
        return humanize(name) if lang == "en" else reference_zh(name)

    return {
        "trial": {
            "registry_id": trial.registry_id if trial else "",
            "title": trial.title if trial else program.document.path,
            "sponsor": trial.sponsor if trial else None,
            "phase": trial.phase if trial else None,
            "ids": [{"label": humanize(i.label), "value": i.value} for i in (trial.ids if trial else ())],
            "references": [
                {"name": reference(r.name), "description": author_text(r.description, None, lang)}
                for r in (trial.references if trial else ())
            ],
            "parameters": [
                {"name": p.title, "choices": ", ".join(humanize(v) for v in parameter_values(p))}
                for p in (trial.parameters if trial else ())
            ],
        },
        "sections": [
            {
                "heading": words(lang, heading),
                "intro": words(lang, intro),
                "items": [criterion(c, i) for i, c in enumerate(criteria, 1)],
            }
            for heading, intro, criteria in (
                ("Inclusion criteria", INCLUSION_INTRO, program.inclusions),
                ("Exclusion criteria", EXCLUSION_INTRO, program.exclusions),
            )
        ],
        "attested": [
            {"title": a.title, "type": type_words(a.value_type), "notes": notes(a.notes)}
            for a in program.attested.values()
        ],
        "definitions": [
            {"title": d.title, **_laid_out(phraser.layout(d.body, d.record), lang), "notes": notes(d.notes)}
            for d in program.defines.values()
        ],
        "valuesets": [
            {
                "title": v.title,
                "kind": words(lang, "measure" if isinstance(v, n.Measure) else "value set"),
                "value_type": type_words(v.value_type) if isinstance(v, n.Measure) else None,
                "sources": list(v.sources),
                "notes": notes(v.notes),
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


def render_protocol(program: Program, fmt: str, lang: str = "en") -> str:
    """The eligibility section of the protocol in ``md``, ``html`` or ``txt``, in ``lang`` (``en``, ``zh``)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; choose one of {', '.join(LANGUAGES)}")
    template = environment(lang).get_template(f"protocol.{fmt}.j2")
    return template.render(**protocol_context(program, lang))
