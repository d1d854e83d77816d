"""Message catalogues: the words of the documents in languages other than English.

The catalogues are gettext ``.po`` files kept in the package (``eligo/locale/<lang>/LC_MESSAGES/
eligo.po``) and read at run time through Babel; a message is an English template with named
placeholders (the msgid), optionally with a context that says what kind of word it is (``value``
for a value of an enumerated field, ``field`` for a record field, ``reference`` for a reference
date's name). English needs no catalogue: the msgid is the English.

A message without a translation is an error, never an English fallback: a document in Chinese
either has every generated word in Chinese or is not written.

>>> message("zh", "{a} is at least {b}", a="甲", b="乙")
'甲至少为乙'
>>> message("en", "{a} is at least {b}", a="x", b="y")
'x is at least y'
"""

from __future__ import annotations

import datetime
import functools
import re
from decimal import Decimal
from importlib import resources

from babel.core import Locale
from babel.dates import format_date, format_skeleton
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po
from babel.numbers import format_decimal

from eligo.errors import EligoError

#: The document languages, with the Babel locale whose number and date formats they use.
LOCALES = {"en": "en_GB", "zh": "zh_Hans_CN"}
LANGUAGE_NAMES = {"en": "English", "zh": "Simplified Chinese"}


class TranslationMissing(EligoError):
    """A message has no translation in a document's language."""


@functools.cache
def catalogue(lang: str) -> Catalog:
    """The message catalogue of ``lang``, read once from the package's ``.po`` source."""
    if lang not in LOCALES or lang == "en":
        raise TranslationMissing(
            f"no message catalogue for the language {lang!r}; the languages are: {', '.join(LOCALES)}"
        )
    path = resources.files("eligo") / "locale" / lang / "LC_MESSAGES" / "eligo.po"
    with path.open("rb") as f:
        return read_po(f, locale=Locale.parse(LOCALES[lang]), domain="eligo")


def translated(lang: str, msgid: str, context: str | None = None) -> str | None:
    """The translation of ``msgid`` (in ``context``), or None where the catalogue has none (or a fuzzy one)."""
    if lang == "en":
        return msgid
    entry = catalogue(lang).get(msgid, context=context)
    if entry is None or entry.fuzzy or not isinstance(entry.string, str) or not entry.string:
        return None
    return entry.string


def message(lang: str, msgid: str, context: str | None = None, **values: str) -> str:
    """The template ``msgid`` in ``lang``, its named placeholders filled in."""
    template = translated(lang, msgid, context)
    if template is None:
        where = f" (context {context!r})" if context else ""
        raise TranslationMissing(f"no {LANGUAGE_NAMES.get(lang, lang)} translation of {msgid!r}{where} in eligo.po")
    return template.format(**values)


def number(lang: str, value: Decimal | int | float) -> str:
    """A number in the locale's format (grouping of thousands, decimal sign)."""
    return format_decimal(value, locale=LOCALES[lang])


#: Eligo's time units and their CLDR unit names (Babel formats them in the locale's words).
TIME_UNITS = {"day": "duration-day", "week": "duration-week", "month": "duration-month", "year": "duration-year"}


def date_text(lang: str, value: str) -> str:
    """A date, full (``2024-02-29``) or partial (``2024-02``, ``2024``), in the locale's format."""
    match = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value)
    if match is None:
        return value
    year, month, day = (int(g) if g else None for g in match.groups())
    assert year is not None
    when = datetime.date(year, month or 1, day or 1)
    if day is not None:
        return format_date(when, "long", locale=LOCALES[lang])
    return format_skeleton("yMMM" if month else "y", when, locale=LOCALES[lang])
