"""What the evaluator says (reasons, evidence notes, missing data), in English and in a form other
languages can say again.

A :class:`Said` is a ``str``: its value is the English every existing consumer reads (JSON, CSV,
the explain text, the English reports), unchanged. It also keeps its message ``kind`` (a key of
:data:`MESSAGES`, whose English template is the msgid of the other languages' catalogues) and the
``args`` that fill the template, as data: record kinds, field names, dates as written, values as
the evaluator holds them, window nodes, and other :class:`Said` nested. A document in another
language renders the kind and args itself (:mod:`eligo.documents.said_zh`), never translating the
English.

How an argument reads in English follows from its placeholder's name: :data:`ENGLISH` turns the
names it lists into words (a value with :func:`~eligo.evaluate.values.show`, a window with
:func:`~eligo.language.phrases.window_phrase`, ...); any other argument is a ``str`` used as is.
An argument whose name starts with ``_`` is not in the English: it is what another language
reads instead of the placeholder of the same name without the ``_`` (the node behind an English
phrase built elsewhere).

>>> s = said("record_field", field="extent", label=said("record", record="condition", codes="ICD10CM C44.721"))
>>> s, s.kind, s.args["label"].kind
('the extent of condition ICD10CM C44.721', 'record_field', 'record')
"""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping
from contextvars import ContextVar
from typing import Any

from eligo.evaluate.values import show, show_in
from eligo.language.codes import SYSTEM_NAMES
from eligo.language.format import format_expr
from eligo.language.phrases import RECORD_LIST_WORDS, humanize, value_type_words, window_phrase

__all__ = ["ENGLISH", "MESSAGES", "REMEMBERING", "Said", "placeholders", "said"]


class Said(str):
    """English text that remembers what it says: its message ``kind`` and ``args``."""

    kind: str
    args: Mapping[str, Any]

    def __reduce__(self) -> tuple[Any, ...]:  # pickled with its kind and args (a str's own would drop them)
        return (_rebuilt, (str(self), self.kind, dict(self.args)))


def _rebuilt(text: str, kind: str, args: Mapping[str, Any]) -> Said:
    made = Said(text)
    made.kind, made.args = kind, args
    return made


#: Every message of the evaluator: its kind and its English template (the msgid of its translations).
MESSAGES: dict[str, str] = {
    # records as the evidence names them
    "record": "{record} {codes}",
    "record_dated": "{record} {codes} ({date_field} {date})",
    # what the reason says
    "facts": "{facts}",
    "reasons": "{reasons}",
    "needs_vocabulary": "needs a vocabulary to tell whether {code} is a descendant of {ancestor}",
    "not_standard": "{code} is not among the standard concepts of {vocabulary}",
    "because": "{what}: {why}",
    "found": "found {label}",
    "perhaps": "perhaps {label}",
    "excepted": "{label} is excepted ({exception})",
    "expr": "{expr}",
    "is": "{expr} is {value}",
    "code_is": "{code} is {why}",
    "latest_is": "the latest {title} {window} is {measured}",
    "parameter_fact": "{title}: {word}",
    "attested_fact": "{title}: attested {shown}",
    "not_applicable": "applies only if {condition}, which is not the case",
    "none_recorded": "no {record} record recorded",
    "none_recorded_of": "no {record} record of {title} recorded",
    "none_meets": "no {record} record meets the criterion",
    "none_meets_of": "no {record} record of {title} meets the criterion",
    "both_same": "both give the same answer",
    "all_same": "all give the same answer",
    "different": "they give different answers",
    "and_why": "{fact}, and {why}",
    "no_uln": "no upper limit of normal recorded",
    "verification_why": "its verification status is {status}",
    "unlisted": "coded in {coded_in}; the {declaration} lists no {not_listed} codes",
    "same_day": "{results} results on {date} with different values; "
    "without a time of day neither is known to be the latest",
    "same_day_values": "{results} results on {date} with different values ({values}); "
    "without a time of day neither is known to be the latest",
    "imprecise_values": "results with different values ({values}) whose dates are too imprecise to order",
    "imprecise": "dates too imprecise",
    "some_unfocused": "results with different values ({values}), some perhaps not of {label}",
    "rival_says": "{label} may be one, and says something else: {why}",
    "no_id": "{label} has no id",
    "focus_unrecorded": "the focus of {label} is not recorded",
    "result_of": "{title} {shown}",
    # evidence notes
    "matches": "matches",
    "may_match": "may match",
    "spared": "spared by 'except {exception}'",
    "parameter_note": "a parameter of the enrolment",
    "attested_note": "attested",
    "latest_note": "latest {title}",
    "perhaps_latest": "perhaps the latest {title}",
    "yes": "yes",
    "amount": "{raw} {time_unit}",
    "no": "no",
    # missing data
    "patient_field": "the patient's {field}",
    "reference_date": "the date of {reference}",
    "record_field": "the {field} of {label}",
    "record_id": "the id of {label}",
    "period_fields": "the {fields} of {label}",
    "exact_dates": "exact dates of {label}",
    "focus": "the focus of {label}",
    "to_be_attested": "{title} (to be attested)",
    "attested_unusable": "{what}: the recorded value {raw} is not {type}",
    "parameter_missing": "{title} (a parameter of the run: --param {name}=...)",
    "observation_value": "the value of {label}",
    "unusable_value": "a usable value of {label} (recorded: {recorded})",
    "unusable_value_why": "a usable value of {label} (recorded: {recorded}; {why})",
    "not_collected": "{list} (not collected)",
    "whether_in": 'whether {label} is one of "{title}" ({why})',
    "whether_confirmed": "whether {label} is confirmed (verification status {status})",
    "measure_in": "{title} {window}",
    "measure_of_in": "{title} of {label} {window}",
    "latest_in": "the latest {title} {window}",
    "which_latest": "{wanted}: which result is the latest ({why})",
    # a measure's unit
    "no_unit": "no unit recorded; the measure is in {declared}",
    "log_beyond": "a decimal logarithm beyond ±{limit} is no amount",
    "unit_unknown": "{unit} is a unit Eligo does not convert to {declared}",
    "no_molar_mass": "{unit} is a {dimension}, and the measure (in {declared}) declares no molar mass to convert it",
    "no_conversion": "{unit} ({dimension}) does not convert to {declared} ({declared_dimension})",
    "log_converted": "{raw} {unit} = {converted} {amount}",
    "molar_converted": "{raw} {unit} = {converted} {declared} at {mass} g/mol",
}


def _systems(words: str, local: str) -> Callable[[Any], str]:
    def joined(systems: Any) -> str:
        return words.join(SYSTEM_NAMES[s] if s != "LOCAL" else local for s in systems)

    return joined


#: How an argument, by its placeholder's name, reads in English (others are used as they are).
ENGLISH: dict[str, Callable[[Any], str]] = {
    "field": humanize,
    "reference": humanize,
    "word": humanize,
    "fields": lambda fields: " and ".join(humanize(f) for f in fields),
    "facts": "; ".join,
    "reasons": "; ".join,
    "values": ", ".join,
    "value": show,
    "measured": lambda pair: show_in(*pair),
    "window": window_phrase,
    "expr": lambda expr: humanize(format_expr(expr)),
    "type": lambda t: value_type_words(t, for_entry=True),
    "list": RECORD_LIST_WORDS.__getitem__,
    "results": lambda count: "two" if count == 2 else str(count),
    "coded_in": _systems(" and ", "a local code system"),
    "not_listed": _systems(" or ", "local"),
}


def placeholders(kind: str) -> tuple[str, ...]:
    """The named placeholders of a message's template."""
    return tuple(name for _, name, _, _ in string.Formatter().parse(MESSAGES[kind]) if name)


#: per kind, the placeholders whose arguments :data:`ENGLISH` turns into words (computed once:
#: the evaluator says these millions of times on a large cohort)
_CONVERTED = {kind: tuple(name for name in placeholders(kind) if name in ENGLISH) for kind in MESSAGES}
#: the messages without arguments, made once
_CONSTANT: dict[str, Said] = {}


#: whether :func:`said` remembers what it says (a :class:`Said`) or gives the English alone (a
#: ``str``): an evaluator that writes JSON only (``eligo eval --explain``) has no use for the kinds
#: and spares their cost (:class:`~eligo.evaluate.evidence.Evaluator`'s ``remember``)
REMEMBERING: ContextVar[bool] = ContextVar("eligo_said_remembering", default=True)


def said(kind: str, /, **args: Any) -> Said:
    """The message ``kind`` with ``args``: its English, remembering both (only the English, typed
    as a Said for its readers' sake, where :data:`REMEMBERING` is off)."""
    if not REMEMBERING.get():
        return _english(kind, args)  # type: ignore[return-value]
    if not args:
        made = _CONSTANT.get(kind)
        if made is None:
            made = _CONSTANT[kind] = _rebuilt(MESSAGES[kind], kind, {})
        return made
    made = Said(_english(kind, args))
    made.kind = kind
    made.args = args
    return made


def _english(kind: str, args: dict[str, Any]) -> str:
    converted = _CONVERTED[kind]
    if not converted:
        return MESSAGES[kind].format_map(args) if args else MESSAGES[kind]
    english = args.copy()
    for name in converted:
        english[name] = ENGLISH[name](args[name])
    return MESSAGES[kind].format_map(english)
