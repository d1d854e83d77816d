"""Wording: criteria, names, dates, windows and records in the words of a protocol.

Wording lives here, in Python tables and one visitor with a method per node kind; the Jinja
templates only arrange the sentences. Tests hold golden sentences for every node kind.

Grouping is never left to the reader. A criterion reads as one sentence while its logic is
simple: one connective (all ``and`` or all ``or``, no operand whose words hold the other one), at
most one ``except``, no query with its own ``where`` or ``except`` where more words follow it, no
comma (or colon) inside an operand of a list that commas separate. Anything else is laid out as a :class:`Block`:
a lead that says how the items combine ("all of the following:", "any of the following:",
"except any of the following:") and the items, lettered by depth ((a), (i), (A), (1)), so that
``a and (b or c)`` and ``(a and b) or c`` can never read alike. :meth:`Phraser.layout` gives the
laid-out phrase (the documents lay it out as nested lists), :meth:`Phraser.phrase` the same on one
line (:func:`flat`: each list in brackets, its items labelled in turn).

>>> humanize("first_dose")
'first dose'
>>> window_phrase(n.Within(amount=n.QuantityLit(value=28, unit="days"), direction="before", anchor=n.Name(name="first_dose")))
'within 28 days before first dose'
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from eligo.language import nodes as n
from eligo.language.format import format_quantity
from eligo.language.layout import Block, Layout, Section, first_line, flat, prefixed, sections_of

DIRECTIONS = {"before": "before", "after": "after", "of": "of"}
RELATIONS = {"before": "before", "after": "after", "on_or_before": "on or before", "on_or_after": "on or after"}
COMPARISONS = {
    ">=": "{a} is at least {b}",
    ">": "{a} is more than {b}",
    "<=": "{a} is at most {b}",
    "<": "{a} is less than {b}",
    "=": "{a} is {b}",
    "!=": "{a} is not {b}",
}
AGE_COMPARISONS = {
    ">=": "aged {b} or older",
    ">": "older than {b}",
    "<=": "aged {b} or younger",
    "<": "younger than {b}",
    "=": "aged {b}",
    "!=": "not aged {b}",
}
#: How a record kind is introduced, with and without a value set.
RECORD_NOUNS = {
    "condition": ("a diagnosis of {}", "a diagnosis"),
    "medication": ("treatment with {}", "a medication"),
    "procedure": ("{}", "a procedure"),
    "observation": ("a result of {}", "an observation"),
    "adverse_event": ("an adverse event of {}", "an adverse event"),
    "allergy": ("an allergy to {}", "an allergy"),
    "study": ("participation in {}", "participation in a research study"),
    "lesion": ("a tumour lesion of {}", "a tumour lesion"),
    "specimen": ("a specimen of {}", "a specimen"),
    "family_history": ("a family history of {}", "a family history"),
    "device": ("use of {}", "use of a device"),
}
#: Record fields in the words a protocol uses; ``{}`` is the value.
FIELD_IS = {
    "code": "coded {}",
    "status": "with status {}",
    "confirmed_by": "confirmed by {}",
    "extent": "{}",
    "route": "given by the {} route",
    "donor": "from {} donor",
    "verification": "verified as {}",
    "cancer": "as a {} cancer",
    "histology": "of histology {}",
    "body_site": "at the site {}",
    "interpretation": "interpreted as {}",
    "method": "by the method {}",
    "treatment_intent": "given with {} intent",
    "termination_reason": "stopped for {}",
    "criticality": "of {} criticality",
    "severity": "with {} reactions",
    "bone": "a {} bone lesion",
    "assessor": "read by {} review",
    "relationship": "in a relative who is {}",
    "sex": "{}",
}
#: yes/no record fields compared with true or false: (when true, when false)
YES_NO_FIELDS = {
    "investigational": ("investigational", "not investigational"),
    "serious": ("serious", "not serious"),
    "lymph_node": ("a lymph node", "not a lymph node"),
    "irradiated": ("in a field irradiated before", "not in a field irradiated before"),
    "contributed_to_death": (
        "that contributed to the relative's death",
        "that did not contribute to the relative's death",
    ),
}
FIELD_NAMES = {
    "onset": "diagnosed",
    "abatement": "resolved",
    "start": "started",
    "end": "stopped",
    "date": "performed",
    "birth_date": "born",
    "resolved": "resolved",
    "recorded": "recorded",
    "collected": "collected",
}
#: A record field compared with a value: "with a value of more than 1".
FIELD_COMPARISONS = {
    ">=": "of at least",
    ">": "of more than",
    "<=": "of at most",
    "<": "of less than",
    "=": "of",
    "!=": "other than",
}
VALUE_WORDS = {"allogeneic": "an allogeneic", "autologous": "an autologous", "syngeneic": "a syngeneic"}


TYPE_WORDS = {"boolean": "yes or no", "number": "a number", "date": "a date", "text": "text", "duration": "a duration"}
#: what a person recording a value needs to hear beyond the type's name
ENTRY_HINTS = {
    "boolean": " (true/false)",
    "quantity": " (with its unit)",
    "duration": " with a unit (days, weeks, months or years)",
}


def value_type_words(t: n.Node, *, for_entry: bool = False) -> str:
    """A declared value type in words (``a quantity in g/dL``); ``for_entry`` adds how to record it.

    >>> value_type_words(n.QuantityType(unit="g/dL")), value_type_words(n.QuantityType(unit="g/dL"), for_entry=True)
    ('a quantity in g/dL', 'a quantity in g/dL (with its unit)')
    """
    kind = getattr(t, "kind", "text")
    if isinstance(t, n.QuantityType):
        words = f"a quantity in {t.unit}"
        if t.molar_mass is not None:  # results in the other kind of concentration convert
            words += f" (or its molar equivalent, at {t.molar_mass} g/mol)"
    elif isinstance(t, n.EnumType):
        words = "one of " + ", ".join(humanize(v) for v in t.values)
    else:
        words = TYPE_WORDS.get(kind, kind)
    return words + ENTRY_HINTS.get(kind, "") if for_entry else words


def humanize(name: str) -> str:
    """A name as words: ``first_dose`` → ``first dose``."""
    return name.replace("_", " ")


def point_phrase(expr: n.Node) -> str:
    """A date expression in words."""
    if isinstance(expr, n.Name):
        return humanize(expr.name)
    if isinstance(expr, n.FieldOf):
        field = humanize(expr.field)
        return f"the {expr.record}'s {field}" if expr.field == "date" else f"the {expr.record}'s {field} date"
    if isinstance(expr, n.DateLit):
        return expr.value
    raise TypeError(f"phrases: no wording for a date given as {getattr(expr, 'kind', type(expr).__name__)!r}")


def window_phrase(window: n.Node) -> str:
    """A window in words: ``within 28 days before first dose``."""
    if isinstance(window, n.Within):
        return f"within {format_quantity(n.amount_of(window))} {DIRECTIONS[window.direction]} {point_phrase(window.anchor)}"
    if isinstance(window, n.AtLeast):
        return f"at least {format_quantity(n.amount_of(window))} {DIRECTIONS[window.direction]} {point_phrase(window.anchor)}"
    if isinstance(window, n.Relative):
        return f"{RELATIONS[window.relation]} {point_phrase(window.anchor)}"
    if isinstance(window, n.Between):
        return f"between {point_phrase(window.start)} and {point_phrase(window.end)}"
    raise TypeError(f"phrases: no wording for window kind {getattr(window, 'kind', type(window).__name__)!r}")


RECORD_LIST_WORDS = {
    "condition": "the condition history (diagnoses)",
    "medication": "the medication history",
    "procedure": "the procedure history",
    "observation": "observations (measurements and test results)",
    "adverse_event": "the adverse event history",
    "allergy": "the allergy history",
    "study": "the history of research studies",
    "lesion": "the tumour assessments (lesions measured on imaging)",
    "specimen": "the specimens (samples taken)",
    "family_history": "the family history",
    "device": "the history of device use",
}


def sentence(phrase: str) -> str:
    """A phrase as a sentence: first letter up (the rest untouched: codes keep their case), a full stop."""
    phrase = phrase.strip()
    if not phrase:
        return phrase
    phrase = phrase[0].upper() + phrase[1:]
    return phrase if phrase.endswith((".", "?", "!")) else phrase + "."


def lower_first(text: str) -> str:
    """``Signed the form`` → ``signed the form``, but ``ECOG`` and ``RECIST`` stay as they are."""
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():
        return text[0].lower() + text[1:]
    return text


def join(items: list[str], word: str) -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {word} " + items[-1]


#: How the items under a lead combine; each lead ends with a colon, the items follow.
LEADS = {
    "and": "all of the following:",
    "or": "any of the following:",
    "not_and": "not all of the following:",
    "not_or": "none of the following:",
}
#: The count of records compared with a number, when the query cannot sit inside the sentence.
COUNT_LEADS = {
    ">": "more than {0} {1} of ",
    ">=": "at least {0} {1} of ",
    "<=": "at most {0} {1} of ",
    "<": "fewer than {0} {1} of ",
    "=": "exactly {0} {1} of ",
    "!=": "a number of records other than {0}, of ",
}


def laid_out_sentence(p: Layout) -> Layout:
    """A phrase as the body of a criterion: first letter up and, where it ends on text, a full stop."""
    if isinstance(p, str):
        return sentence(p)
    sections = list(p.sections)
    first = sections[0]
    text = first.text.strip()
    sections[0] = Section(text[:1].upper() + text[1:], first.items)
    last = sections[-1]
    if not last.items and not last.text.endswith((".", "?", "!", ":")):
        sections[-1] = Section(last.text + ".", ())
    return Block(tuple(sections))


#: How a record is said to be for a condition (``reason is condition``), by kind.
LINK_VERBS = {"medication": "given", "procedure": "performed"}


class Phraser:
    """Turns expressions into protocol English, one method per node kind.

    ``titles`` names what each declared name stands for (value sets, measures, attested
    items, definitions, reference dates); ``attested`` is the set of names a clinician attests.
    """

    def __init__(self, titles: dict[str, str], attested: frozenset[str] = frozenset()) -> None:
        self.titles = titles
        self.attested = attested
        self.rules: dict[str, Callable[..., Layout]] = {}
        self._queries = 0  # how many queries' conditions are being phrased around the current node
        for node_type in n.EXPR_TYPES:  # a kind without its phrase_<kind> method fails here, at once
            kind = node_type.model_fields["kind"].default
            self.rules[kind] = getattr(self, f"phrase_{kind}")

    def phrase(self, expr: n.Node, record: str | None = None) -> str:
        """An expression as a phrase on one line; ``record`` is the kind of record a ``where`` reads."""
        return flat(self.layout(expr, record))

    def layout(self, expr: n.Node, record: str | None = None) -> Layout:
        """An expression as a sentence, or, where its grouping needs it, as lists (see the module's docstring)."""
        result: Layout = self.rules[expr.kind](expr, record)  # type: ignore[attr-defined]
        return result

    def text(self, expr: n.Node, record: str | None = None) -> str:
        """A phrase of a node whose words hold no logic (a value, a date): always one line."""
        return flat(self.layout(expr, record))

    def title(self, name: str) -> str:
        return lower_first(self.titles.get(name, humanize(name)))

    # -- names and literals
    def phrase_name(self, e: n.Name, record: str | None) -> str:
        if e.name in self.attested:
            return f"{self.title(e.name)} [attested]"
        if e.name in self.titles:
            return self.title(e.name)
        return humanize(e.name)

    def phrase_field_of(self, e: n.FieldOf, record: str | None) -> str:
        return f"the {e.record}'s {humanize(e.field)}"

    def phrase_number_lit(self, e: n.NumberLit, record: str | None) -> str:
        return str(e.value)

    def phrase_quantity_lit(self, e: n.QuantityLit, record: str | None) -> str:
        return format_quantity(e)

    def phrase_string_lit(self, e: n.StringLit, record: str | None) -> str:
        return f"“{e.value}”"

    def phrase_date_lit(self, e: n.DateLit, record: str | None) -> str:
        return e.value

    def phrase_bool_lit(self, e: n.BoolLit, record: str | None) -> str:
        return "yes" if e.value else "no"

    def phrase_code_lit(self, e: n.CodeLit, record: str | None) -> str:
        return f"{e.system} {e.code}"

    def phrase_set_lit(self, e: n.SetLit, record: str | None) -> str:
        return join([self.value(i, record) for i in e.items], "or")

    def phrase_range_lit(self, e: n.RangeLit, record: str | None) -> str:
        return f"between {self.value(e.low, record)} and {self.value(e.high, record)}"

    def value(self, e: n.Node, record: str | None) -> str:
        """A value on the right of a comparison: enumeration values read as words."""
        if isinstance(e, n.Name) and e.name not in self.titles:
            return VALUE_WORDS.get(e.name, humanize(e.name))
        return self.text(e, record)

    # -- patient values
    def phrase_age(self, e: n.Age, record: str | None) -> str:
        return f"age on the day of {point_phrase(e.at)}"

    def phrase_latest(self, e: n.Latest, record: str | None) -> str:
        of = f" of that {'diagnosis' if e.of == 'condition' else humanize(e.of)}" if e.of else ""
        return f"the most recent {self.title(e.measure)}{of} {window_phrase(e.window)}"

    def query(self, q: n.Query) -> Layout:
        """A query: its records, then its ``where`` and ``except`` inline while that cannot be
        misread, else as lists: the ``where`` under "that meets ...", several exceptions (or one
        with lists, or one holding a query of its own) under "except ...", each lettered."""
        name = q.valueset or q.measure
        with_set, without = RECORD_NOUNS[q.record]
        noun = with_set.format(self.title(name)) if name else without
        self._queries += 1
        try:
            where = None if q.where is None else self.layout(q.where, q.record)
            excepts = [self.layout(x.condition, q.record) for x in q.excepts]
        finally:
            self._queries -= 1
        result: Layout = noun
        if q.where is not None and where is not None:
            if isinstance(where, Block) or qualified_query_in(q.where):
                result = Block((self._listed(f"{noun} that meets", where),))
            else:
                result = f"{noun}, {where}"
        if not excepts:
            return result
        one = excepts[0]
        if len(excepts) == 1 and isinstance(one, str) and not qualified_query_in(q.excepts[0].condition):
            if isinstance(result, str):
                return f"{result}, except {one}"
            return Block((*result.sections, Section(f"except {one}")))
        if len(excepts) == 1:
            section = self._listed("except one that meets", one)
        else:
            section = Section("except any of the following:", tuple(excepts))
        if isinstance(result, str):
            return Block((Section(f"{result}, {section.text}", section.items),))
        return Block((*result.sections, section))

    @staticmethod
    def _listed(lead: str, p: Layout) -> Section:
        """``p`` under a lead: an and/or list takes the lead's place ("... that meets all of the
        following:"), anything else is the one item of "... the following:"."""
        if isinstance(p, Block) and len(p.sections) == 1 and p.sections[0].text in LEADS.values():
            return Section(f"{lead} {p.sections[0].text}", p.sections[0].items)
        return Section(f"{lead} the following:", (p,))

    def phrase_count(self, e: n.Count, record: str | None) -> Layout:
        return prefixed("the number of records of ", self.query(e.query))

    def phrase_exists(self, e: n.Exists, record: str | None) -> Layout:
        text = self.query(e.query)
        if e.quantifier != "exists":
            text = first_line(text, lambda s: "no " + s.removeprefix("a ").removeprefix("an "))
        # inside another query's condition it qualifies that record: "a biopsy, with a diagnosis ..."
        return prefixed("with ", text) if self._queries else text

    # -- predicates
    def phrase_compare(self, e: n.Compare, record: str | None) -> Layout:
        right = self.value(e.right, record)
        if isinstance(e.left, n.Age):
            return AGE_COMPARISONS[e.op].format(b=right) + f" on the day of {point_phrase(e.left.at)}"
        if isinstance(e.left, n.Count):
            query = self.query(e.left.query)
            if e.op == ">=" or isinstance(query, Block) or ends_open(e.left):  # the query last: nothing follows it
                return prefixed(COUNT_LEADS[e.op].format(right, "record" if right == "1" else "records"), query)
            return COMPARISONS[e.op].format(a=f"the number of records of {query}", b=right)
        if record is not None and isinstance(e.left, n.Name) and e.left.name not in self.titles:
            return f"with {'a ' if e.left.name == 'value' else ''}{humanize(e.left.name)} {FIELD_COMPARISONS[e.op]} {right}"
        return COMPARISONS[e.op].format(a=self.subject(e.left, record), b=right)

    def subject(self, e: n.Node, record: str | None) -> str:
        """The left side of a predicate: a record field reads as itself (``status``)."""
        if isinstance(e, n.Name) and record is not None and e.name not in self.titles:
            return f"the {humanize(e.name)}"
        return self.text(e, record)

    def phrase_is(self, e: n.Is, record: str | None) -> str:
        if isinstance(e.left, n.Name) and e.left.name in YES_NO_FIELDS and isinstance(e.right, n.BoolLit):
            return YES_NO_FIELDS[e.left.name][e.right.value is e.negated]
        right = self.value(e.right, record)
        if isinstance(e.left, n.Name) and e.left.name in FIELD_IS:
            words = FIELD_IS[e.left.name].format(right)
            return f"not {words}" if e.negated else words
        return f"{self.subject(e.left, record)} is {'not ' if e.negated else ''}{right}"

    def phrase_is_known(self, e: n.IsKnown, record: str | None) -> str:
        if record is not None and isinstance(e.operand, n.Name) and e.operand.name not in self.titles:
            what = humanize(e.operand.name) + (" date" if e.operand.name in FIELD_NAMES else "")
            return f"with {'no ' if e.negated else ''}{what} recorded"
        return f"{self.subject(e.operand, record)} is {'not ' if e.negated else ''}recorded"

    def phrase_member(self, e: n.Member, record: str | None) -> str:
        collection = e.collection
        if isinstance(collection, n.Name) and isinstance(e.operand, n.Name) and e.operand.name == "code":
            return f"{'other than ' if e.negated else ''}{self.title(collection.name)}"
        values = self.value(collection, record) if not isinstance(collection, n.Name) else self.title(collection.name)
        if isinstance(e.operand, n.Name) and e.operand.name == "attributed_to" and isinstance(collection, n.Name):
            return f"{'not ' if e.negated else ''}attributed to {self.title(collection.name)}"
        if isinstance(e.operand, n.Name) and e.operand.name == "method" and isinstance(collection, n.Name):
            return f"{'not ' if e.negated else ''}by a method of {self.title(collection.name)}"
        if isinstance(e.operand, n.Name) and e.operand.name == "relationship" and isinstance(collection, n.Name):
            return f"{'not ' if e.negated else ''}in a relative among {self.title(collection.name)}"
        if isinstance(e.operand, n.Name) and e.operand.name == "reason_code" and isinstance(collection, n.Name):
            verb = LINK_VERBS.get(record or "", "recorded")
            return f"{'not ' if e.negated else ''}{verb} for {self.title(collection.name)}"
        if isinstance(e.operand, n.Name) and e.operand.name in FIELD_IS and isinstance(collection, n.SetLit):
            words = FIELD_IS[e.operand.name].format(values)
            return f"not {words}" if e.negated else words
        if self.field_test(e, record):  # a field of the record the query is about
            article = "a " if isinstance(e.operand, n.Name) and e.operand.name == "value" else ""
            if isinstance(collection, n.RangeLit):
                joined = f"not {values}" if e.negated else values
            else:
                joined = f"other than {values}" if e.negated else f"of {values}"
            return f"with {article}{humanize(getattr(e.operand, 'name', ''))} {joined}"
        listed = isinstance(collection, (n.SetLit, n.RangeLit))  # "is 0..1", "is A or B"; else "is in <set>"
        verb = "is not" if e.negated else "is"
        return f"{self.subject(e.operand, record)} {verb} {values if listed else f'in {values}'}"

    def phrase_includes(self, e: n.Includes, record: str | None) -> str:
        item = self.value(e.item, record)
        if isinstance(e.operand, n.Name) and e.operand.name == "treatment":
            return f"treated with {item}"
        return f"{self.subject(e.operand, record)} includes {item}"

    def phrase_temporal(self, e: n.Temporal, record: str | None) -> str:
        if isinstance(e.operand, n.Name) and e.operand.name in FIELD_NAMES:
            return f"{FIELD_NAMES[e.operand.name]} {window_phrase(e.window)}"
        return f"{self.subject(e.operand, record)} {window_phrase(e.window)}"

    def phrase_active(self, e: n.Active, record: str | None) -> str:
        if e.on and isinstance(e.window, n.Between):
            return f"ongoing on {point_phrase(e.window.start)}"
        return f"ongoing at any time {window_phrase(e.window)}"

    def phrase_link(self, e: n.Link, record: str | None) -> str:
        """``reason is condition``: what the record was for (the enclosing query's record)."""
        verb = LINK_VERBS.get(record or "", "recorded")
        target = "diagnosis" if e.record == "condition" else humanize(e.record)
        return f"{'not ' if e.negated else ''}{verb} for that {target}"

    # -- logic
    def phrase_not(self, e: n.Not, record: str | None) -> Layout:
        inner = e.operand
        if isinstance(inner, n.Name) and inner.name in self.attested:  # titles are clauses: answer them
            return f"{self.phrase(inner, record)}: no"
        if isinstance(inner, (n.And, n.Or)):  # "not (a or b)" is a list: none of the following
            lead = LEADS["not_and" if isinstance(inner, n.And) else "not_or"]
            return Block((Section(lead, tuple(self.layout(o, record) for o in spliced(inner))),))
        return prefixed("not ", self.layout(inner, record))

    def _logic(self, e: n.And | n.Or, record: str | None, word: Literal["and", "or"]) -> Layout:
        """One sentence while the grouping is plain; else a list under "all/any of the following:"."""
        operands = spliced(e)
        parts = [self.layout(o, record) for o in operands]
        other = " or " if word == "and" else " and "
        listed = (
            any(isinstance(p, Block) for p in parts)
            or any(isinstance(o, (n.And, n.Or)) for o in operands)  # mixed connectives
            or any(ends_open(o) for o in operands[:-1])  # a query's where/except with more words after it
            or any(other in unlisted(p) for p in parts if isinstance(p, str))  # "x and y or z": the other word inside
            or (len(parts) > 2 and any("," in p or ":" in p for p in parts if isinstance(p, str)))  # a comma inside
        )
        if listed:
            return Block((Section(LEADS[word], tuple(parts)),))
        texts = [p for p in parts if isinstance(p, str)]
        if word == "and" and len(texts) == 2 and self.field_test(operands[1], record) and texts[1].startswith("with "):
            return f"{texts[0]} {texts[1]}"  # "carcinoma in situ with status resolved"
        return join(texts, word)

    def phrase_and(self, e: n.And, record: str | None) -> Layout:
        return self._logic(e, record, "and")

    def field_test(self, e: n.Node, record: str | None) -> bool:
        """Whether ``e`` tests a field of the record a query is about (not an attested item or a define)."""
        tested = getattr(e, "left", None) or getattr(e, "operand", None)
        return record is not None and isinstance(tested, n.Name) and tested.name not in self.titles

    def phrase_or(self, e: n.Or, record: str | None) -> Layout:
        return self._logic(e, record, "or")

    def phrase_if(self, e: n.If, record: str | None) -> Layout:
        condition = self.layout(e.condition, record)
        then = self.layout(e.then, record)
        otherwise = None if e.otherwise is None else self.layout(e.otherwise, record)
        if isinstance(condition, str) and isinstance(then, str) and not isinstance(otherwise, Block):
            text = f"if {condition}: {then}"
            return text if otherwise is None else f"{text}; otherwise {otherwise}"
        if isinstance(condition, str):
            sections = sections_of(prefixed(f"if {condition}: ", then))
        else:
            sections = (*sections_of(prefixed("if ", condition)), *sections_of(prefixed("then ", then)))
        if otherwise is not None:
            sections = (*sections, *sections_of(prefixed("otherwise ", otherwise)))
        return Block(sections)


#: "or" that joins no conditions: "aged 18 years or older"
FIXED_OR = (" or older", " or younger")


def unlisted(text: str) -> str:
    """A phrase without the fixed phrases whose "or" joins no conditions."""
    for fixed in FIXED_OR:
        text = text.replace(fixed, "")
    return text


def spliced(e: n.And | n.Or) -> list[n.Node]:
    """The operands of an and (or) with those of nested ands (ors) taken in: ``a and (b and c)`` has three."""
    operands: list[n.Node] = []
    for o in e.operands:
        operands.extend(spliced(o) if isinstance(o, (n.And, n.Or)) and type(o) is type(e) else [o])
    return operands


def ends_open(e: n.Node) -> bool:
    """Whether an expression's sentence ends with a query's ``where`` or ``except``: words put after
    it could be read as part of that query."""
    if isinstance(e, (n.Exists, n.Count)):
        return e.query.where is not None or bool(e.query.excepts)
    if isinstance(e, n.Compare):
        return ends_open(e.left)
    if isinstance(e, n.Not):
        return ends_open(e.operand)
    if isinstance(e, (n.And, n.Or)):
        return ends_open(e.operands[-1])
    if isinstance(e, n.If):
        return ends_open(e.otherwise if e.otherwise is not None else e.then)
    return False


def qualified_query_in(e: n.Node) -> bool:
    """Whether a condition holds a query with a ``where`` or ``except`` of its own: inside another
    query's condition, its words could be read as the outer query's, so the condition is listed."""
    return any(isinstance(node, n.Query) and (node.where is not None or node.excepts) for node in e.walk())


def phraser_for(program: Any) -> Phraser:
    """A phraser that knows the titles of a checked program's declarations."""
    titles: dict[str, str] = {}
    for group in (program.valuesets, program.attested, program.defines):
        titles.update({name: decl.title for name, decl in group.items()})
    for name in program.references:
        titles.setdefault(name, humanize(name))
    for name, parameter in program.parameters.items():
        titles.setdefault(name, f"the {parameter.title[:1].lower()}{parameter.title[1:]}")
    return Phraser(titles, frozenset(program.attested))
