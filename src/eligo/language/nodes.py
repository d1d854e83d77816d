"""The Eligo syntax tree: frozen pydantic models, one class per construct.

Every node has a ``kind`` tag (the discriminator of the unions below) and a source ``span``.
Spans are attributes, not identity: two nodes that differ only in position are equal, and
spans are left out of the JSON form unless asked for.

>>> a = Name(name="ecog", span=Span(file="a.elig", line=1, column=1, end_line=1, end_column=5))
>>> a == Name(name="ecog")
True
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Annotated, Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field

from eligo.errors import Span as Span  # spans are part of the tree; defined with the errors that show them


class Node(BaseModel):
    """Base of every syntax node: frozen, compared by structure without positions."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    span: Span | None = Field(default=None, exclude=True, repr=False)

    def _structure(self) -> dict[str, Any]:
        return self.model_dump(mode="python")

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, Node)
        return self._structure() == other._structure()

    def __hash__(self) -> int:
        return hash(repr(self._structure()))

    def children(self) -> Iterator[Node]:
        """The direct child nodes, in source order."""
        for name in type(self).model_fields:
            value = getattr(self, name)
            if isinstance(value, Node):
                yield value
            elif isinstance(value, tuple):
                yield from (v for v in value if isinstance(v, Node))

    def walk(self) -> Iterator[Node]:
        """This node and all its descendants, depth first, in source order."""
        stack: list[Node] = [self]
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed(list(node.children())))


# ------------------------------------------------------------------------- types

RecordKind = Literal[
    "condition",
    "medication",
    "procedure",
    "observation",
    "adverse_event",
    "allergy",
    "study",
    "lesion",
    "specimen",
    "family_history",
    "device",
]
#: the record kinds, as written in criteria
RECORD_KINDS: tuple[str, ...] = get_args(RecordKind)
TimeUnit = Literal["days", "weeks", "months", "years"]


class BooleanType(Node):
    """yes or no."""

    kind: Literal["boolean"] = "boolean"


class NumberType(Node):
    """A plain number (a score, a count)."""

    kind: Literal["number"] = "number"


class DateType(Node):
    """A calendar date, possibly partial."""

    kind: Literal["date"] = "date"


class TextType(Node):
    """Free text."""

    kind: Literal["text"] = "text"


class DurationType(Node):
    """A length of time in days, weeks, months or years."""

    kind: Literal["duration"] = "duration"


class QuantityType(Node):
    """A measured amount in a unit of measure (g/dL, 10^9/L, ...)."""

    kind: Literal["quantity"] = "quantity"
    unit: str
    #: a measure's analyte's molar mass in g/mol (``molar mass 16114 g/mol``): records in a mass
    #: concentration (g/dL) and in a substance concentration (mmol/L) then convert
    molar_mass: Decimal | None = None
    #: the unit the molar mass was written in (the checker accepts g/mol)
    molar_mass_unit: str | None = None


class EnumType(Node):
    """One of a fixed list of named values."""

    kind: Literal["enum"] = "enum"
    values: tuple[str, ...]


ValueType = Annotated[
    BooleanType | NumberType | DateType | TextType | DurationType | QuantityType | EnumType,
    Field(discriminator="kind"),
]


# ------------------------------------------------------------------- expressions


class Name(Node):
    """A name: a record field, a reference date, an attested item, a definition, a value."""

    kind: Literal["name"] = "name"
    name: str


class FieldOf(Node):
    """A field of the record of an enclosing query: ``condition.onset``."""

    kind: Literal["field_of"] = "field_of"
    record: RecordKind
    field: str


class NumberLit(Node):
    """A number: ``2``, ``0.75``."""

    kind: Literal["number_lit"] = "number_lit"
    value: Decimal


class QuantityLit(Node):
    """A number with a unit: ``18 years``, ``9 g/dL``."""

    kind: Literal["quantity_lit"] = "quantity_lit"
    value: Decimal
    unit: str


class StringLit(Node):
    """A quoted string."""

    kind: Literal["string_lit"] = "string_lit"
    value: str


class DateLit(Node):
    """A date, full or partial: ``2024-03-01``, ``2024-03``."""

    kind: Literal["date_lit"] = "date_lit"
    value: str


class BoolLit(Node):
    """``true`` or ``false``."""

    kind: Literal["bool_lit"] = "bool_lit"
    value: bool


class CodeLit(Node):
    """A code with its system: ``SNOMED 254651007``."""

    kind: Literal["code_lit"] = "code_lit"
    system: str
    code: str


class SetLit(Node):
    """A set of values: ``(histopathology, cytology)``."""

    kind: Literal["set_lit"] = "set_lit"
    items: tuple[Expr, ...]


class RangeLit(Node):
    """An inclusive range: ``0..1``."""

    kind: Literal["range_lit"] = "range_lit"
    low: Expr
    high: Expr


class Age(Node):
    """The patient's age in completed years (or months) at a date: ``age at first_dose``."""

    kind: Literal["age"] = "age"
    at: Expr


class Within(Node):
    """Within an amount of time before, after or either side of an anchor date. The amount is
    a :class:`Name` only inside a definition with parameters; checked criteria hold durations."""

    kind: Literal["within"] = "within"
    amount: QuantityLit | Name
    direction: Literal["before", "after", "of"]
    anchor: Expr


class AtLeast(Node):
    """At least an amount of time before or after an anchor date (the amount as in :class:`Within`)."""

    kind: Literal["at_least"] = "at_least"
    amount: QuantityLit | Name
    direction: Literal["before", "after", "of"]
    anchor: Expr


class Relative(Node):
    """Before, after, on or before, on or after an anchor date."""

    kind: Literal["relative"] = "relative"
    relation: Literal["before", "after", "on_or_before", "on_or_after"]
    anchor: Expr


class Between(Node):
    """Between two dates, both included."""

    kind: Literal["between"] = "between"
    start: Expr
    end: Expr


Window = Annotated[Within | AtLeast | Relative | Between, Field(discriminator="kind")]


def amount_of(window: Within | AtLeast) -> QuantityLit:
    """The duration of a window of a checked program (the checker puts a parameter's argument in
    place of its name, so back ends only meet durations)."""
    if not isinstance(window.amount, QuantityLit):
        raise TypeError(f"the amount of this window is the parameter {window.amount.name!r}: check the program first")
    return window.amount


class Latest(Node):
    """The value of the most recent observation of a measure in a window; ``of``: of the enclosing
    query's record (the observations whose focus names it: ``latest gleason of condition ...``)."""

    kind: Literal["latest"] = "latest"
    measure: str
    window: Window
    of: RecordKind | None = None


class Except(Node):
    """A record that matches this condition is spared by its query (first-class exception)."""

    kind: Literal["except"] = "except"
    condition: Expr


class Query(Node):
    """Records of one kind, filtered by value set, measure, ``where`` and ``except`` clauses."""

    kind: Literal["query"] = "query"
    record: RecordKind
    valueset: str | None = None
    measure: str | None = None
    where: Expr | None = None
    excepts: tuple[Except, ...] = ()


class Count(Node):
    """How many records a query finds."""

    kind: Literal["count"] = "count"
    query: Query


class Exists(Node):
    """``exists`` (some record matches) or ``no`` (no record matches)."""

    kind: Literal["exists"] = "exists"
    quantifier: Literal["exists", "no"]
    query: Query


class Compare(Node):
    """An ordering or equality comparison: ``<``, ``<=``, ``>``, ``>=``, ``=``, ``!=``."""

    kind: Literal["compare"] = "compare"
    op: Literal["<", "<=", ">", ">=", "=", "!="]
    left: Expr
    right: Expr


class Is(Node):
    """``x is y`` / ``x is not y``: equality read aloud."""

    kind: Literal["is"] = "is"
    left: Expr
    right: Expr
    negated: bool = False


class IsKnown(Node):
    """``x is known`` / ``x is not known``: never unknown itself."""

    kind: Literal["is_known"] = "is_known"
    operand: Expr
    negated: bool = False


class Member(Node):
    """Membership in a set, a range or a value set: ``x in 0..1``, ``code not in cscc``."""

    kind: Literal["member"] = "member"
    operand: Expr
    collection: Expr
    negated: bool = False


class Includes(Node):
    """A many-valued field holds a value: ``treatment includes surgery``."""

    kind: Literal["includes"] = "includes"
    operand: Expr
    item: Expr


class Temporal(Node):
    """A date lies in a window: ``onset within 3 years before first_dose``."""

    kind: Literal["temporal"] = "temporal"
    operand: Expr
    window: Window


class Active(Node):
    """The record's period overlaps a window: ``active within 7 days before first_dose`` (inside a
    query over a record kind with a start and an end: schema.RECORD_PERIOD). ``active on X`` is
    written ``on`` and held as the window ``between X and X``."""

    kind: Literal["active"] = "active"
    window: Window
    on: bool = False


class Link(Node):
    """A record's link names the record of an enclosing query: ``reason is condition`` (inside a
    query over a kind with the link field, schema.LINK_FIELDS, nested in a query over ``record``)."""

    kind: Literal["link"] = "link"
    field: str
    record: RecordKind
    negated: bool = False


class Not(Node):
    """Negation (Kleene: not unknown is unknown)."""

    kind: Literal["not"] = "not"
    operand: Expr


class And(Node):
    """Conjunction of two or more operands (Kleene)."""

    kind: Literal["and"] = "and"
    operands: tuple[Expr, ...]


class Or(Node):
    """Disjunction of two or more operands (Kleene)."""

    kind: Literal["or"] = "or"
    operands: tuple[Expr, ...]


class Call(Node):
    """A call of a definition with parameters: ``received(anti_egfr, 28 days)``. The checker
    replaces each call by the definition's body with the arguments in place of the parameters,
    so no back end meets one."""

    kind: Literal["call"] = "call"
    name: str
    args: tuple[Expr, ...]


class If(Node):
    """A conditional; at the top of a criterion, a false condition makes it not applicable."""

    kind: Literal["if"] = "if"
    condition: Expr
    then: Expr
    otherwise: Expr | None = None


Expr = Annotated[
    Name | FieldOf | NumberLit | QuantityLit | StringLit | DateLit | BoolLit | CodeLit | SetLit | RangeLit | Age
    | Latest | Count | Exists | Compare | Is | IsKnown | Member | Includes | Temporal | Active | Link | Not | And | Or
    | If | Call,
    Field(discriminator="kind"),
]  # fmt: skip


# ------------------------------------------------------------------- declarations


class TrialId(Node):
    """Another identifier of the trial: ``id protocol "HLX07-CSCC201"``."""

    kind: Literal["trial_id"] = "trial_id"
    label: str
    value: str


class Reference(Node):
    """A named reference date that windows count from: ``reference first_dose "..."``."""

    kind: Literal["reference"] = "reference"
    name: str
    description: str


class RunParameter(Node):
    """A per-enrolment parameter (cohort, stage, arm), given per patient or per run: ``parameter``."""

    kind: Literal["run_parameter"] = "run_parameter"
    name: str
    title: str
    value_type: ValueType


class Trial(Node):
    """The trial header."""

    kind: Literal["trial"] = "trial"
    registry_id: str
    title: str
    ids: tuple[TrialId, ...] = ()
    sponsor: str | None = None
    phase: str | None = None
    references: tuple[Reference, ...] = ()
    parameters: tuple[RunParameter, ...] = ()


class Import(Node):
    """Import the declarations of a value-set file, relative to this file."""

    kind: Literal["import"] = "import"
    path: str
    alias: str | None = None


class CodeEntry(Node):
    """One line of a value set: a code or an inclusive code range, kept or removed; with
    ``descendants``, the concept and every concept under it in its system's hierarchy."""

    kind: Literal["code_entry"] = "code_entry"
    system: str
    code: str
    last: str | None = None
    display: str | None = None
    removed: bool = False
    descendants: bool = False


class ValueSet(Node):
    """A named, reviewable list of codes."""

    kind: Literal["valueset"] = "valueset"
    name: str
    title: str
    sources: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    entries: tuple[CodeEntry, ...] = ()


class Measure(Node):
    """A kind of observation: the codes that identify it and the type of its value."""

    kind: Literal["measure"] = "measure"
    name: str
    title: str
    value_type: ValueType
    sources: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    entries: tuple[CodeEntry, ...] = ()


class Attested(Node):
    """A fact a clinician attests, which no data source holds; unknown until recorded."""

    kind: Literal["attested"] = "attested"
    name: str
    title: str
    value_type: ValueType
    notes: tuple[str, ...] = ()


class DeclaredType(Node):
    """The type of a parameter that names a declaration: ``valueset`` or ``measure``."""

    kind: Literal["declared_type"] = "declared_type"
    declaration: Literal["valueset", "measure"]


class Parameter(Node):
    """A parameter of a definition: ``agents: valueset``, ``window: duration``, ``limit: g/dL``."""

    kind: Literal["parameter"] = "parameter"
    name: str
    type: ValueType | DeclaredType


class Define(Node):
    """A named expression, reused by criteria; ``for`` a record kind, it reads that record. With
    parameters, it is written once and called with arguments (:class:`Call`)."""

    kind: Literal["define"] = "define"
    name: str
    parameters: tuple[Parameter, ...] = ()
    title: str
    record: RecordKind | None = None
    notes: tuple[str, ...] = ()
    body: Expr


#: The languages a criterion's text and notes may be translated into (``text zh "..."``).
TRANSLATION_LANGUAGES = {"zh": "Simplified Chinese"}


class Translation(Node):
    """A translation of a criterion's ``text`` (or ``summary``) or of one of its notes, written
    beside it: ``text zh "..."``, ``note zh "..."``. ``note`` is the index of the note it
    translates (None for the text)."""

    kind: Literal["translation"] = "translation"
    lang: str
    keyword: Literal["text", "summary", "note"]
    note: int | None = None
    value: str


class Criterion(Node):
    """An inclusion or exclusion criterion."""

    kind: Literal["criterion"] = "criterion"
    polarity: Literal["include", "exclude"]
    id: str
    title: str
    text: str | None = None
    #: ``text`` is the protocol's own words (``text``), or a short wording of the author's own
    #: (``summary``) where the protocol's may not be reproduced
    wording: Literal["protocol", "summary"] = "protocol"
    notes: tuple[str, ...] = ()
    #: translations of the text and notes: wording, not meaning, so outside the structure (and the fingerprint)
    translations: tuple[Translation, ...] = Field(default=(), exclude=True)
    body: Expr

    def translated_text(self, lang: str) -> str | None:
        """The text in ``lang``, or None where it has no translation."""
        return next((t.value for t in self.translations if t.lang == lang and t.note is None), None)

    def translated_note(self, index: int, lang: str) -> str | None:
        """Note ``index`` in ``lang``, or None where it has no translation."""
        return next((t.value for t in self.translations if t.lang == lang and t.note == index), None)


Item = Annotated[
    Trial | Import | ValueSet | Measure | Attested | Define | Criterion,
    Field(discriminator="kind"),
]


class Comment(BaseModel):
    """A ``#`` comment and where it stood; kept by the formatter."""

    model_config = ConfigDict(frozen=True)

    text: str
    line: int
    column: int


class Document(Node):
    """One parsed ``.elig`` file. Comments are kept but, like spans, are not identity."""

    kind: Literal["document"] = "document"
    path: str
    items: tuple[Item, ...] = ()
    comments: tuple[Comment, ...] = Field(default=(), exclude=True, repr=False)

    def _structure(self) -> dict[str, Any]:
        data = self.model_dump(mode="python")
        data.pop("path", None)
        return data


for _model in list(globals().values()):
    if isinstance(_model, type) and issubclass(_model, Node) and _model is not Node:
        _model.model_rebuild()

#: the literal kinds of expression (a value as written)
LITERALS = (NumberLit, QuantityLit, StringLit, DateLit, BoolLit, CodeLit, SetLit, RangeLit)
EXPR_TYPES: tuple[type[Node], ...] = (
    Name, FieldOf, NumberLit, QuantityLit, StringLit, DateLit, BoolLit, CodeLit, SetLit,
    RangeLit, Age, Latest, Count, Exists, Compare, Is, IsKnown, Member, Includes, Temporal,
    Active, Link, Not, And, Or, If,
)  # fmt: skip
"""The expression kinds of a checked program, which every back end handles. :class:`Call` is
not one of them: it exists only in parsed files (the checker expands it)."""
WINDOW_TYPES: tuple[type[Node], ...] = (Within, AtLeast, Relative, Between)
ITEM_TYPES: tuple[type[Node], ...] = (Trial, Import, ValueSet, Measure, Attested, Define, Criterion)
