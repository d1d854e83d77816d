"""Wording in Simplified Chinese: the same phrases as :mod:`eligo.language.phrases`, from the catalogue.

Every piece of wording is a whole template with named placeholders in the message catalogue
(``eligo/locale/zh/LC_MESSAGES/eligo.po``), never English fragments joined: Chinese puts a window's
anchor first ("首次给药前28天内", within 28 days before first dose), the record before its
qualifiers, the date before an age. The structure (which criteria read as one sentence, which as
lettered lists) is the English phraser's: a Chinese document has the same items as the English one.

Names the author wrote in English (value sets, measures, attested items, definitions) stay as
written, between corner brackets 「…」, so a reader sees they are the protocol's own names and not
a translation; reference dates with a conventional name (first dose, screening) read in Chinese.

>>> window_phrase_zh(n.Within(amount=n.QuantityLit(value=28, unit="days"), direction="before", anchor=n.Name(name="first_dose")))
'首次给药前28天内'
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from babel.units import format_unit

from eligo.language import nodes as n
from eligo.language.format import SPELLED_UNITS
from eligo.language.layout import Block, Layout, Section, first_line, prefixed, sections_of
from eligo.language.messages import LOCALES, TIME_UNITS, date_text, message, number, translated
from eligo.language.phrases import (
    COMPARISONS,
    COUNT_LEADS,
    LEADS,
    RECORD_NOUNS,
    Phraser,
    ends_open,
    qualified_query_in,
    spliced,
)

LANG = "zh"


def _(msgid: str, **values: str) -> str:
    """A template of the Chinese catalogue, filled in (``_`` marks msgids for extraction)."""
    return message(LANG, msgid, **values)


def _p(context: str, msgid: str, **values: str) -> str:
    """A word of a kind (``field``, ``value``, ``reference``, ``record``) from the Chinese catalogue."""
    return message(LANG, msgid, context, **values)


def quoted(name: str) -> str:
    """An author's own name, kept as written: 「cutaneous squamous cell carcinoma」."""
    return f"「{name}」"


def amount_zh(q: n.QuantityLit, *, age: bool = False) -> str:
    """A quantity in Chinese: durations in the locale's words (28天, 3个月; an age in years: 18岁),
    other units as their symbols after the number (9 g/dL)."""
    value = number(LANG, q.value)
    unit = q.unit.rstrip("s") if q.unit in ("days", "weeks", "months", "years") else q.unit
    if age and unit == "year":
        return _("{n} years of age", n=value)
    if unit in TIME_UNITS:  # the locale's own words for durations (CLDR, through Babel)
        return format_unit(q.value, TIME_UNITS[unit], length="long", locale=LOCALES[LANG])
    spelled = SPELLED_UNITS.get(q.unit, q.unit)
    return f"{value}{spelled}" if spelled.startswith("/") else f"{value} {spelled}"


def value_zh(name: str) -> str:
    """A value of an enumerated field in Chinese; a value the author declared (an attested item's
    ``one of (...)``) stays as written, quoted."""
    words = translated(LANG, name, "value")
    return words if words else quoted(name.replace("_", " "))


def reference_zh(name: str) -> str:
    """A reference date's name: in Chinese where the catalogue knows it, else as written, quoted."""
    words = translated(LANG, name, "reference")
    return words if words else quoted(name.replace("_", " "))


def point_phrase_zh(expr: n.Node) -> str:
    """A date expression in Chinese."""
    if isinstance(expr, n.Name):
        return reference_zh(expr.name)
    if isinstance(expr, n.FieldOf):
        return _("the {field} of that {record}", field=_p("field", expr.field), record=_p("record", expr.record))
    if isinstance(expr, n.DateLit):
        return date_text(LANG, expr.value)
    raise TypeError(f"phrases: no wording for a date given as {getattr(expr, 'kind', type(expr).__name__)!r}")


#: Windows: the anchor first, then the amount (首次给药前28天内).
WITHIN = {
    "before": "within {amount} before {anchor}",
    "after": "within {amount} after {anchor}",
    "of": "within {amount} of {anchor}",
}
AT_LEAST = {
    "before": "at least {amount} before {anchor}",
    "after": "at least {amount} after {anchor}",
    "of": "at least {amount} away from {anchor}",
}
RELATIONS_ZH = {
    "before": "before {anchor}",
    "after": "after {anchor}",
    "on_or_before": "on or before {anchor}",
    "on_or_after": "on or after {anchor}",
}


def window_phrase_zh(window: n.Node) -> str:
    """A window in Chinese."""
    if isinstance(window, n.Within):
        return _(WITHIN[window.direction], amount=amount_zh(n.amount_of(window)), anchor=point_phrase_zh(window.anchor))
    if isinstance(window, n.AtLeast):
        return _(
            AT_LEAST[window.direction], amount=amount_zh(n.amount_of(window)), anchor=point_phrase_zh(window.anchor)
        )
    if isinstance(window, n.Relative):
        return _(RELATIONS_ZH[window.relation], anchor=point_phrase_zh(window.anchor))
    if isinstance(window, n.Between):
        return _("between {start} and {end}", start=point_phrase_zh(window.start), end=point_phrase_zh(window.end))
    raise TypeError(f"phrases: no wording for window kind {getattr(window, 'kind', type(window).__name__)!r}")


def join_zh(items: list[str], word: Literal["and", "or"]) -> str:
    """``a``, ``a且b``, ``a，b或c``: the last two joined by the connective, the others by commas."""
    if len(items) <= 1:
        return "".join(items)
    return _(
        "{items} and {last}" if word == "and" else "{items} or {last}", items="，".join(items[:-1]), last=items[-1]
    )


def join_values(items: list[str]) -> str:
    """Values one of which is meant: ``A、B或C``."""
    if len(items) <= 1:
        return "".join(items)
    return _("{items} or {last}", items="、".join(items[:-1]), last=items[-1])


#: How the items under a lead combine (the same keys as the English leads).
LEADS_ZH = {
    "and": "all of the following:",
    "or": "any of the following:",
    "not_and": "not all of the following:",
    "not_or": "none of the following:",
}
AGE_COMPARISONS_ZH = {
    ">=": "aged {b} or older on {at}",
    ">": "older than {b} on {at}",
    "<=": "aged {b} or younger on {at}",
    "<": "younger than {b} on {at}",
    "=": "aged {b} on {at}",
    "!=": "not aged {b} on {at}",
}
#: a record field compared with a value: 剂量至少为200 mg
FIELD_COMPARISONS_ZH = {
    ">=": "with a {field} of at least {b}",
    ">": "with a {field} of more than {b}",
    "<=": "with a {field} of at most {b}",
    "<": "with a {field} of less than {b}",
    "=": "with a {field} of {b}",
    "!=": "with a {field} other than {b}",
}
#: fields a record is said to be of (the English FIELD_IS), as whole templates
FIELD_IS_ZH = {
    "code": "coded {v}",
    "status": "with status {v}",
    "confirmed_by": "confirmed by {v}",
    "extent": "of extent {v}",
    "route": "given by the {v} route",
    "donor": "from {v} donor",
    "verification": "verified as {v}",
    "cancer": "as a {v} cancer",
    "histology": "of histology {v}",
    "body_site": "at the site {v}",
    "interpretation": "interpreted as {v}",
    "method": "by the method {v}",
    "treatment_intent": "given with {v} intent",
    "termination_reason": "stopped for {v}",
    "criticality": "of {v} criticality",
    "severity": "with {v} reactions",
    "sex": "sex {v}",
}
YES_NO_ZH = {"investigational": ("investigational", "not investigational"), "serious": ("serious", "not serious")}
#: a date field in a window: 诊断时间在首次给药前3年内
DATE_FIELDS = ("onset", "abatement", "start", "end", "date", "birth_date", "resolved", "recorded")
LINK_VERBS_ZH = {"medication": "given for {target}", "procedure": "performed for {target}", "": "recorded for {target}"}
TYPE_WORDS_ZH = {
    "boolean": "yes or no",
    "number": "a number",
    "date": "a date",
    "text": "text",
    "duration": "a duration",
}


def value_type_words_zh(t: n.Node) -> str:
    """A declared value type in Chinese (以g/dL计的数值)."""
    if isinstance(t, n.QuantityType):
        words = _("a quantity in {unit}", unit=t.unit)
        if t.molar_mass is not None:
            words += _(" (or its molar equivalent, at {mass} g/mol)", mass=number(LANG, t.molar_mass))
        return words
    if isinstance(t, n.EnumType):
        return _("one of {values}", values="、".join(value_zh(v) for v in t.values))
    kind = getattr(t, "kind", "text")
    return _(TYPE_WORDS_ZH[kind]) if kind in TYPE_WORDS_ZH else quoted(kind)


def sentence_zh(p: Layout) -> Layout:
    """A phrase as the body of a criterion: where it ends on text, a full stop (。)."""
    sections = list(sections_of(p))
    last = sections[-1]
    if not last.items and not last.text.endswith(("。", "：", "？", "！")):
        sections[-1] = Section(last.text + "。", ())
    return sections[-1].text if len(sections) == 1 and not sections[0].items else Block(tuple(sections))


class ZhPhraser:
    """Expressions in protocol Chinese, one method per node kind (``zh_<kind>``); a kind without
    one fails at construction, as the English phraser does."""

    def __init__(
        self, titles: dict[str, str], attested: frozenset[str] = frozenset(), references: frozenset[str] = frozenset()
    ) -> None:
        self.titles = titles
        self.attested = attested
        self.references = references
        self.english = Phraser(titles, attested)  # the structure: which phrases are lists
        self.rules: dict[str, Callable[..., Layout]] = {}
        self._queries = 0
        for node_type in n.EXPR_TYPES:
            kind = node_type.model_fields["kind"].default
            self.rules[kind] = getattr(self, f"zh_{kind}")

    def layout(self, expr: n.Node, record: str | None = None) -> Layout:
        result: Layout = self.rules[expr.kind](expr, record)  # type: ignore[attr-defined]
        return result

    def text(self, expr: n.Node, record: str | None = None) -> str:
        p = self.layout(expr, record)
        assert isinstance(p, str), "a value's words hold no lists"
        return p

    def title(self, name: str) -> str:
        return quoted(self.titles.get(name, name.replace("_", " ")))

    # -- names and literals
    def zh_name(self, e: n.Name, record: str | None) -> str:
        if e.name in self.attested:
            return _("{item} [attested]", item=self.title(e.name))
        if e.name in self.references or e.name not in self.titles:
            return reference_zh(e.name)
        return self.title(e.name)

    def zh_field_of(self, e: n.FieldOf, record: str | None) -> str:
        return _("the {field} of that {record}", field=_p("field", e.field), record=_p("record", e.record))

    def zh_number_lit(self, e: n.NumberLit, record: str | None) -> str:
        return number(LANG, e.value)

    def zh_quantity_lit(self, e: n.QuantityLit, record: str | None) -> str:
        return amount_zh(e)

    def zh_string_lit(self, e: n.StringLit, record: str | None) -> str:
        return f"“{e.value}”"

    def zh_date_lit(self, e: n.DateLit, record: str | None) -> str:
        return date_text(LANG, e.value)

    def zh_bool_lit(self, e: n.BoolLit, record: str | None) -> str:
        return _("yes") if e.value else _("no")

    def zh_code_lit(self, e: n.CodeLit, record: str | None) -> str:
        return f"{e.system} {e.code}"

    def zh_set_lit(self, e: n.SetLit, record: str | None) -> str:
        return join_values([self.value(i, record) for i in e.items])

    def zh_range_lit(self, e: n.RangeLit, record: str | None) -> str:
        return _("between {low} and {high}", low=self.value(e.low, record), high=self.value(e.high, record))

    def value(self, e: n.Node, record: str | None) -> str:
        """A value on the right of a comparison: enumeration values in Chinese words."""
        if isinstance(e, n.Name) and e.name not in self.titles:
            return value_zh(e.name)
        return self.text(e, record)

    # -- patient values
    def zh_age(self, e: n.Age, record: str | None) -> str:
        return _("age on {at}", at=point_phrase_zh(e.at))

    def zh_latest(self, e: n.Latest, record: str | None) -> str:
        if e.of:
            return _(
                "the most recent {measure} of that {record} {window}",
                measure=self.title(e.measure), record=_p("record", e.of), window=window_phrase_zh(e.window),
            )  # fmt: skip
        return _("the most recent {measure} {window}", measure=self.title(e.measure), window=window_phrase_zh(e.window))

    def noun(self, q: n.Query) -> str:
        name = q.valueset or q.measure
        with_set, without = RECORD_NOUNS[q.record]
        return _(with_set.replace("{}", "{name}"), name=self.title(name)) if name else _(without)

    def query(self, q: n.Query) -> Layout:
        """A query: the same structure as the English phraser's, in Chinese templates."""
        noun = self.noun(q)
        self._queries += 1
        try:
            where = None if q.where is None else self.layout(q.where, q.record)
            excepts = [self.layout(x.condition, q.record) for x in q.excepts]
        finally:
            self._queries -= 1
        result: Layout = noun
        if q.where is not None and where is not None:
            if isinstance(where, Block) or qualified_query_in(q.where):
                result = Block((self._listed("{noun} that meets", noun, where),))
            else:
                result = _("{noun}, {where}", noun=noun, where=where)
        if not excepts:
            return result
        one = excepts[0]
        if len(excepts) == 1 and isinstance(one, str) and not qualified_query_in(q.excepts[0].condition):
            if isinstance(result, str):
                return _("{records}, except {exception}", records=result, exception=one)
            return Block((*result.sections, Section(_("except {exception}", exception=one))))
        if len(excepts) == 1:
            section = self._listed("except one that meets", "", one)
        else:
            section = Section(_("except any of the following:"), tuple(excepts))
        if isinstance(result, str):
            return Block(
                (Section(_("{records}, {exceptions}", records=result, exceptions=section.text), section.items),)
            )
        return Block((*result.sections, section))

    @staticmethod
    def _listed(lead: str, noun: str, p: Layout) -> Section:
        """``p`` under a lead, as the English phraser's ``_listed``."""
        leads = {LEADS[k]: k for k in LEADS}
        if (
            isinstance(p, Block)
            and len(p.sections) == 1
            and p.sections[0].text in [_(LEADS_ZH[k]) for k in leads.values()]
        ):
            which = next(k for k in LEADS_ZH if _(LEADS_ZH[k]) == p.sections[0].text)
            return Section(_(lead + " " + LEADS_ZH[which], noun=noun), p.sections[0].items)
        return Section(_(lead + " the following:", noun=noun), (p,))

    def zh_count(self, e: n.Count, record: str | None) -> Layout:
        return first_line(self.query(e.query), lambda s: _("the number of records of {records}", records=s))

    def zh_exists(self, e: n.Exists, record: str | None) -> Layout:
        text = self.query(e.query)
        found = e.quantifier == "exists"
        if self._queries:  # inside another query's condition it qualifies that record
            return first_line(text, lambda s: _("with {records}" if found else "with no {records}", records=s))
        return first_line(text, lambda s: _("has {records}" if found else "has no {records}", records=s))

    # -- predicates
    def zh_compare(self, e: n.Compare, record: str | None) -> Layout:
        if isinstance(e.left, n.Age):
            right = amount_zh(e.right, age=True) if isinstance(e.right, n.QuantityLit) else self.value(e.right, record)
            return _(AGE_COMPARISONS_ZH[e.op], b=right, at=point_phrase_zh(e.left.at))
        right = self.value(e.right, record)
        if isinstance(e.left, n.Count):
            query = self.query(e.left.query)
            if e.op == ">=" or isinstance(query, Block) or ends_open(e.left):
                lead = COUNT_LEADS[e.op].format("{n}", "records").strip()
                return prefixed(_(lead, n=right), query)
            return _(COMPARISONS[e.op], a=_("the number of records of {records}", records=query), b=right)
        if record is not None and isinstance(e.left, n.Name) and e.left.name not in self.titles:
            return _(FIELD_COMPARISONS_ZH[e.op], field=_p("field", e.left.name), b=right)
        return _(COMPARISONS[e.op], a=self.subject(e.left, record), b=right)

    def subject(self, e: n.Node, record: str | None) -> str:
        if isinstance(e, n.Name) and record is not None and e.name not in self.titles:
            return _p("field", e.name)
        return self.text(e, record)

    def zh_is(self, e: n.Is, record: str | None) -> str:
        if isinstance(e.left, n.Name) and e.left.name in YES_NO_ZH and isinstance(e.right, n.BoolLit):
            return _(YES_NO_ZH[e.left.name][e.right.value is e.negated])
        right = self.value(e.right, record)
        if isinstance(e.left, n.Name) and e.left.name in FIELD_IS_ZH:
            words = _(FIELD_IS_ZH[e.left.name], v=right)
            return _("not {words}", words=words) if e.negated else words
        return _("{a} is not {b}" if e.negated else "{a} is {b}", a=self.subject(e.left, record), b=right)

    def zh_is_known(self, e: n.IsKnown, record: str | None) -> str:
        if record is not None and isinstance(e.operand, n.Name) and e.operand.name not in self.titles:
            return _(
                "with no {field} recorded" if e.negated else "with {field} recorded", field=_p("field", e.operand.name)
            )
        return _("{a} is not recorded" if e.negated else "{a} is recorded", a=self.subject(e.operand, record))

    def zh_member(self, e: n.Member, record: str | None) -> str:
        collection, operand = e.collection, e.operand
        field = operand.name if isinstance(operand, n.Name) else None
        if isinstance(collection, n.Name) and field == "code":
            return (
                _("other than {name}", name=self.title(collection.name)) if e.negated else self.title(collection.name)
            )
        values = self.value(collection, record) if not isinstance(collection, n.Name) else self.title(collection.name)
        if isinstance(collection, n.Name) and field == "attributed_to":
            return _("not attributed to {name}" if e.negated else "attributed to {name}", name=values)
        if isinstance(collection, n.Name) and field == "method":
            return _("not by a method of {name}" if e.negated else "by a method of {name}", name=values)
        if isinstance(collection, n.Name) and field == "reason_code":
            verb = LINK_VERBS_ZH.get(record or "", LINK_VERBS_ZH[""])
            words = _(verb, target=values)
            return _("not {words}", words=words) if e.negated else words
        if field in FIELD_IS_ZH and isinstance(collection, n.SetLit):
            words = _(FIELD_IS_ZH[field], v=values)
            return _("not {words}", words=words) if e.negated else words
        if field is not None and self.english.field_test(e, record):
            words = _p("field", field)
            if isinstance(collection, n.RangeLit):
                return _(
                    "with a {field} not {values}" if e.negated else "with a {field} {values}",
                    field=words,
                    values=values,
                )
            return _(
                "with a {field} other than {values}" if e.negated else "with a {field} of {values}",
                field=words,
                values=values,
            )
        listed = isinstance(collection, (n.SetLit, n.RangeLit))
        if listed:
            return _("{a} is not {b}" if e.negated else "{a} is {b}", a=self.subject(operand, record), b=values)
        return _("{a} is not in {b}" if e.negated else "{a} is in {b}", a=self.subject(operand, record), b=values)

    def zh_includes(self, e: n.Includes, record: str | None) -> str:
        item = self.value(e.item, record)
        if isinstance(e.operand, n.Name) and e.operand.name == "treatment":
            return _("treated with {item}", item=item)
        return _("{a} includes {item}", a=self.subject(e.operand, record), item=item)

    def zh_temporal(self, e: n.Temporal, record: str | None) -> str:
        if isinstance(e.operand, n.Name) and e.operand.name in DATE_FIELDS and e.operand.name not in self.titles:
            subject = _p("field", e.operand.name)
        else:
            subject = self.subject(e.operand, record)
        return _("{subject} {window}", subject=subject, window=window_phrase_zh(e.window))

    def zh_active(self, e: n.Active, record: str | None) -> str:
        if e.on and isinstance(e.window, n.Between):
            return _("ongoing on {at}", at=point_phrase_zh(e.window.start))
        return _("ongoing at any time {window}", window=window_phrase_zh(e.window))

    def zh_link(self, e: n.Link, record: str | None) -> str:
        target = _("that {record}", record=_p("record", e.record))
        words = _(LINK_VERBS_ZH.get(record or "", LINK_VERBS_ZH[""]), target=target)
        return _("not {words}", words=words) if e.negated else words

    # -- logic
    def zh_not(self, e: n.Not, record: str | None) -> Layout:
        inner = e.operand
        if isinstance(inner, n.Name) and inner.name in self.attested:
            return _("{item}: no", item=self.text(inner, record))
        if isinstance(inner, n.Exists):  # "not (exists X)" reads as "no X" (无…), and the other way round
            return self.zh_exists(
                inner.model_copy(update={"quantifier": "no" if inner.quantifier == "exists" else "exists"}), record
            )
        if isinstance(inner, n.Includes) and isinstance(inner.operand, n.Name) and inner.operand.name == "treatment":
            return _("not treated with {item}", item=self.value(inner.item, record))
        if isinstance(inner, (n.And, n.Or)):
            lead = _(LEADS_ZH["not_and" if isinstance(inner, n.And) else "not_or"])
            return Block((Section(lead, tuple(self.layout(o, record) for o in spliced(inner))),))
        return first_line(self.layout(inner, record), lambda s: _("not {words}", words=s))

    def _logic(self, e: n.And | n.Or, record: str | None, word: Literal["and", "or"]) -> Layout:
        """Lists where the English phraser lists (the same structure); else one sentence."""
        operands = spliced(e)
        parts = [self.layout(o, record) for o in operands]
        if isinstance(self.english.layout(e, record), Block):
            return Block((Section(_(LEADS_ZH[word]), tuple(parts)),))
        texts = [p for p in parts if isinstance(p, str)]
        if word == "and" and len(texts) == 2 and self.english.field_test(operands[1], record):
            return _("{record} {qualifier}", record=texts[0], qualifier=texts[1])
        return join_zh(texts, word)

    def zh_and(self, e: n.And, record: str | None) -> Layout:
        return self._logic(e, record, "and")

    def zh_or(self, e: n.Or, record: str | None) -> Layout:
        return self._logic(e, record, "or")

    def zh_if(self, e: n.If, record: str | None) -> Layout:
        condition = self.layout(e.condition, record)
        then = self.layout(e.then, record)
        otherwise = None if e.otherwise is None else self.layout(e.otherwise, record)
        if isinstance(condition, str) and isinstance(then, str) and not isinstance(otherwise, Block):
            text = _("if {condition}: {then}", condition=condition, then=then)
            return text if otherwise is None else _("{text}; otherwise {otherwise}", text=text, otherwise=otherwise)
        if isinstance(condition, str):
            sections = sections_of(prefixed(_("if {condition}: ", condition=condition), then))
        else:
            sections = (*sections_of(prefixed(_("if "), condition)), *sections_of(prefixed(_("then "), then)))
        if otherwise is not None:
            sections = (*sections, *sections_of(prefixed(_("otherwise "), otherwise)))
        return Block(sections)


def zh_phraser_for(program: Any) -> ZhPhraser:
    """A Chinese phraser that knows the titles of a checked program's declarations."""
    titles: dict[str, str] = {}
    for group in (program.valuesets, program.attested, program.defines):
        titles.update({name: decl.title for name, decl in group.items()})
    for name in program.references:
        titles.setdefault(name, name.replace("_", " "))
    return ZhPhraser(titles, frozenset(program.attested), frozenset(program.references))


#: Reference dates with a conventional name; others read as written, quoted (see :func:`reference_zh`).
CONVENTIONAL_REFERENCES = ("first_dose", "screening", "enrolment", "randomisation", "consent", "lympho_conditioning")
#: the enumerated fields' values, the record fields and the record kinds, each a word of the catalogue
RECORD_KINDS: tuple[str, ...] = (
    "condition",
    "medication",
    "procedure",
    "observation",
    "adverse_event",
    "allergy",
    "study",
)
RECORD_KINDS += ("specimen", "family_history", "device")


def catalogue_messages() -> list[tuple[str | None, str]]:
    """Every (context, msgid) the Chinese phraser may ask for by a computed name, beyond the
    literal ``_("...")`` calls: the tests check each has a translation, so that a new field, value,
    record kind or table entry without Chinese fails there rather than in a document."""
    from eligo.language.schema import ALL_FIELD_NAMES, ENUMS

    found: list[tuple[str | None, str]] = []
    tables: list[dict[str, str]] = [WITHIN, AT_LEAST, RELATIONS_ZH, LEADS_ZH, AGE_COMPARISONS_ZH, FIELD_COMPARISONS_ZH]
    tables += [FIELD_IS_ZH, LINK_VERBS_ZH, TYPE_WORDS_ZH, COMPARISONS]
    found += [(None, template) for table in tables for template in table.values()]
    found += [(None, words) for pair in YES_NO_ZH.values() for words in pair]
    found += [(None, with_set.replace("{}", "{name}")) for with_set, _without in RECORD_NOUNS.values()]
    found += [(None, without) for _with_set, without in RECORD_NOUNS.values()]
    found += [(None, lead.format("{n}", "records").strip()) for lead in COUNT_LEADS.values()]
    for lead in ("{noun} that meets", "except one that meets"):
        found += [(None, f"{lead} {LEADS_ZH[k]}") for k in ("and", "or")] + [(None, f"{lead} the following:")]
    found += [("field", field) for field in sorted(ALL_FIELD_NAMES)]
    found += [("value", value) for enum in ENUMS.values() for value in enum.values]
    found += [("record", kind) for kind in RECORD_KINDS]
    found += [("reference", name) for name in CONVENTIONAL_REFERENCES]
    return list(dict.fromkeys(found))
