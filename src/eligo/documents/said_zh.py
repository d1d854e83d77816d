"""The evaluator's reasons, evidence notes and missing data in Simplified Chinese.

The evaluator says each of them as a :class:`~eligo.evaluate.said.Said`: English text that keeps
its message kind and arguments. Here the kind's English template is looked up in the Chinese
catalogue (``eligo/locale/zh/LC_MESSAGES/eligo.po``, context ``evidence``), a whole template with
named placeholders as the protocol's phrases are (:mod:`eligo.language.phrases_zh`), and the
arguments are said the Chinese way: record kinds and fields as the catalogue's words (诊断,
诊断日期), dates in the locale's format (2025年12月1日), windows anchor first (首次给药前28天内),
values in Chinese (17或18岁（日期不完整）), the author's names kept as written between 「」.
Nothing is translated from the English: a kind without a Chinese template is an error
(:class:`~eligo.language.messages.TranslationMissing`), and a string that is no Said (none should
reach a document) is shown marked as untranslated.
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Callable
from typing import Any

from babel.units import format_unit

from eligo.documents.render import author_text
from eligo.evaluate.said import MESSAGES, Said, placeholders
from eligo.evaluate.values import AgeAt, Between, Dur, Qty, QtyBetween, UlnNumber, age_range
from eligo.language import nodes as n
from eligo.language.codes import SYSTEM_NAMES
from eligo.language.layout import Layout, label
from eligo.language.messages import LOCALES, TIME_UNITS, date_text, message, number
from eligo.language.phrases import RECORD_LIST_WORDS
from eligo.language.phrases_zh import (
    ZhPhraser,
    join_values,
    join_zh,
    reference_zh,
    value_type_words_zh,
    value_zh,
    window_phrase_zh,
    zh_phraser_for,
)
from eligo.language.program import Program
from eligo.language.schema import PATIENT_FIELDS
from eligo.language.temporal import PartialDate
from eligo.language.units import TIME_UNITS as DURATION_UNITS
from eligo.language.units import UNITS
from eligo.records.model import Code

__all__ = ["EVIDENCE_RECORDS", "SaidZh", "catalogue_messages"]

LANG = "zh"
CONTEXT = "evidence"

#: the kinds of record an evidence row names, beyond those of the criteria (context ``record``)
EVIDENCE_RECORDS = ("lesion", "attestation", "parameter")
#: values as a person reads them (:func:`eligo.evaluate.values.show` in English)
VALUE_MESSAGES = (
    "{n} years",
    "{low} or {high} years (a date is partial)",
    "{low} to {high} years",
    "{n} ({uln} × ULN)",
    "{uln} × ULN",
    "{n} (in {dimension} base units)",
    "between {low} and {high}",
    "between {low} and {high} ({uln_low} to {uln_high} × ULN)",
    "between {low} and {high} × ULN",
    "between {low} and {high} (in {dimension} base units)",
    "between {low} and {high} {unit}",
    "none",
    "a local code system",
    "local",
)


def _(msgid: str, **values: str) -> str:
    """An evidence template of the Chinese catalogue, filled in."""
    return message(LANG, msgid, CONTEXT, **values)


def _g(value: float) -> str:
    return f"{value:g}"


def show_zh(value: Any) -> str:
    """A value as a person reads it, in Chinese (:func:`eligo.evaluate.values.show`'s cases)."""
    if isinstance(value, bool):
        return _(MESSAGES["yes" if value else "no"])
    if isinstance(value, UlnNumber):
        return _("{n} ({uln} × ULN)", n=_g(value), uln=f"{value.uln:.2g}")
    if isinstance(value, float):
        return _g(value)
    if isinstance(value, AgeAt):
        return _age_zh(value)
    if isinstance(value, Dur):
        return format_unit(value.amount, TIME_UNITS[value.unit.rstrip("s")], length="long", locale=LOCALES[LANG])
    if isinstance(value, Qty):
        if value.uln is not None:
            return _("{uln} × ULN", uln=f"{value.uln:.2g}")
        return _("{n} (in {dimension} base units)", n=_g(value.value), dimension=dimension_zh(value.dimension))
    if isinstance(value, Code):
        return f"{value.system} {value.code}"
    if isinstance(value, tuple):
        return "、".join(show_zh(v) for v in value) or _("none")
    if isinstance(value, Between | QtyBetween):
        return _range_zh(value)
    if isinstance(value, PartialDate | datetime.date):
        return date_text(LANG, str(value))
    return value_zh(value) if isinstance(value, str) else str(value)


def _age_zh(age: AgeAt) -> str:
    youngest, oldest = age_range(age, "years")
    if youngest == oldest:
        return _("{n} years", n=_g(youngest))
    words = "{low} or {high} years (a date is partial)" if oldest - youngest == 1 else "{low} to {high} years"
    return _(words, low=_g(youngest), high=_g(oldest))


def _range_zh(value: Between | QtyBetween) -> str:
    low, high = _g(value.lo), _g(value.hi)
    if isinstance(value, Between):
        if value.uln_lo is None or value.uln_hi is None:
            return _("between {low} and {high}", low=low, high=high)
        return _(
            "between {low} and {high} ({uln_low} to {uln_high} × ULN)",
            low=low, high=high, uln_low=f"{value.uln_lo:.2g}", uln_high=f"{value.uln_hi:.2g}",
        )  # fmt: skip
    if value.uln_lo is not None and value.uln_hi is not None:
        return _("between {low} and {high} × ULN", low=f"{value.uln_lo:.2g}", high=f"{value.uln_hi:.2g}")
    dimension = dimension_zh(value.dimension)
    return _("between {low} and {high} (in {dimension} base units)", low=low, high=high, dimension=dimension)


def show_in_zh(pair: tuple[Any, n.Node]) -> str:
    """A measure's result in the measure's unit (:func:`eligo.evaluate.values.show_in`), in Chinese."""
    value, value_type = pair
    unit = getattr(value_type, "unit", None)
    if unit not in UNITS or getattr(value, "dimension", None) != UNITS[unit].dimension:
        return show_zh(value)
    factor = float(UNITS[unit].factor)
    if isinstance(value, Qty) and value.uln is None:
        return f"{value.value / factor:.6g} {unit}"
    if isinstance(value, QtyBetween) and value.uln_lo is None:
        return _(
            "between {low} and {high} {unit}",
            low=f"{value.lo / factor:.6g}",
            high=f"{value.hi / factor:.6g}",
            unit=unit,
        )
    return show_zh(value)


def flat_zh(p: Layout, depth: int = 1) -> str:
    """A laid-out Chinese phrase on one line: each list's items labelled in turn, joined by ；
    (:func:`eligo.language.layout.flat`, with Chinese punctuation)."""
    if isinstance(p, str):
        return p
    parts = []
    for s in p.sections:
        listed = "；".join(f"{label(depth, i)}{flat_zh(item, depth + 1)}" for i, item in enumerate(s.items))
        parts.append(f"{s.text}{listed}" if s.items else s.text)
    return "；".join(parts)


def dimension_zh(dimension: str) -> str:
    """A unit's dimension (质量浓度) from the catalogue (context ``dimension``)."""
    return message(LANG, dimension, "dimension")


def record_zh(kind: str) -> str:
    """A kind of record (诊断, 检查结果) from the catalogue (context ``record``)."""
    return message(LANG, kind, "record")


def field_zh(name: str) -> str:
    """A record's or the patient's field (诊断日期) from the catalogue (context ``field``)."""
    return message(LANG, name, "field")


def _systems(systems: Any, local: str) -> list[str]:
    """Code systems by name; a local one in the catalogue's words (``local``'s translation)."""
    return [SYSTEM_NAMES[s] if s != "LOCAL" else _(local) for s in systems]


class SaidZh:
    """Says the evaluator's :class:`Said` again in Chinese, for one checked program (whose names
    its expressions use)."""

    def __init__(self, program: Program) -> None:
        self.phraser: ZhPhraser = zh_phraser_for(program)
        #: how an argument reads, by its placeholder's name (others: a Said said again, else as written)
        self.readers: dict[str, Callable[[Any], str]] = {
            "record": record_zh,
            "field": field_zh,
            "date_field": field_zh,
            "fields": lambda fields: join_zh([field_zh(f) for f in fields], "and"),
            "date": lambda when: date_text(LANG, when),
            "reference": reference_zh,
            "word": value_zh,
            "status": value_zh,
            "facts": lambda facts: "；".join(self.text(f) for f in facts),
            "reasons": lambda reasons: "；".join(self.text(r) for r in reasons),
            "values": lambda values: "，".join(self.text(v) for v in values),
            "value": show_zh,
            "measured": show_in_zh,
            "window": window_phrase_zh,
            "expr": self.expression,
            "condition": lambda condition: flat_zh(self.phraser.layout(condition)),
            "exception": lambda where: flat_zh(self.phraser.layout(*where)),
            "time_unit": lambda unit: message(LANG, unit, "time unit"),
            "type": value_type_words_zh,
            "list": lambda kind: _(RECORD_LIST_WORDS[kind]),
            "results": lambda count: number(LANG, count),
            "coded_in": lambda systems: "、".join(_systems(systems, "a local code system")),
            "not_listed": lambda systems: join_values(_systems(systems, "local")),
            "declaration": lambda what: message(LANG, what, "document"),
            "dimension": dimension_zh,
            "declared_dimension": dimension_zh,
        }

    def expression(self, expr: n.Node) -> str:
        """What a fact is about (age at first dose, sex), in the protocol's Chinese words."""
        if isinstance(expr, n.Name) and expr.name in PATIENT_FIELDS:
            return field_zh(expr.name)
        return flat_zh(self.phraser.layout(expr))

    def text(self, what: str) -> str:
        """``what`` in Chinese: a Said from its kind and arguments; anything else is shown as
        written, marked as untranslated (nothing is machine-translated)."""
        if not isinstance(what, Said):
            return author_text(what, None, LANG) if what else what
        args = what.args
        values = {name: self.argument(name, args.get("_" + name, args.get(name))) for name in _placeholders(what.kind)}
        return _(MESSAGES[what.kind], **values)

    def argument(self, name: str, value: Any) -> str:
        if isinstance(value, Said):
            return self.text(value)
        reader = self.readers.get(name)
        if reader is not None:
            return reader(value)
        return "" if value is None else str(value)


@functools.cache
def _placeholders(kind: str) -> tuple[str, ...]:
    return placeholders(kind)


def catalogue_messages() -> list[tuple[str, str]]:
    """Every (context, msgid) the Chinese evaluator's words may ask for: each message kind, the
    record lists, values, dimensions and record kinds (the tests check each has a translation)."""
    found = [(CONTEXT, template) for template in MESSAGES.values()]
    found += [(CONTEXT, words) for words in RECORD_LIST_WORDS.values()]
    found += [(CONTEXT, words) for words in VALUE_MESSAGES]
    found += [("dimension", dimension) for dimension in sorted({u.dimension for u in UNITS.values()})]
    found += [("record", kind) for kind in EVIDENCE_RECORDS]
    found += [("time unit", unit) for unit in DURATION_UNITS]
    return list(dict.fromkeys(found))
