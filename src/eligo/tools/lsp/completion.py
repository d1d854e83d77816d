"""Completion: what the grammar accepts at the cursor, and the names that fit there.

The item being written is fed to Lark's interactive parser up to the word under the cursor;
``accepts()`` gives the terminals that may come next. Keywords among them are offered as they
are; where a name may come, the names in scope are offered: the fields of the record the
enclosing query reads (or the patient's), the values of an enumerated field being compared,
the declared names (only value sets and measures after ``in``, only measures after ``latest``),
reference dates and the enclosing definition's parameters; where a unit may come, the units
Eligo knows.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from lark import Token, Tree
from lark.exceptions import LarkError
from lark.lexer import PatternStr
from lsprotocol import types as lsp

from eligo.language import nodes as n
from eligo.language.grammar import parser
from eligo.language.parse import ITEM_START
from eligo.language.schema import LINK_FIELDS, PATIENT_FIELDS, RECORD_FIELDS
from eligo.language.types import EnumT, SetT, Type
from eligo.language.units import UNITS
from eligo.tools.lsp.analysis import Analysis
from eligo.tools.lsp.positions import LineIndex

WORD_BEFORE = re.compile(r"[A-Za-z0-9_.]*\Z")
OPERATORS = frozenset({"IS", "IN", "INCLUDES", "COMPARATOR"})
#: what may stand between an operator and the cursor: ``status in (active, `` or ``sex is not ``
BETWEEN = frozenset({"LPAR", "COMMA", "NOT"})
KINDS = {
    "valueset": lsp.CompletionItemKind.Enum,
    "measure": lsp.CompletionItemKind.Struct,
    "attested": lsp.CompletionItemKind.Variable,
    "define": lsp.CompletionItemKind.Function,
    "reference": lsp.CompletionItemKind.Constant,
    "run_parameter": lsp.CompletionItemKind.Constant,
    "parameter": lsp.CompletionItemKind.TypeParameter,
}


@functools.cache
def literal_terminals() -> dict[str, str]:
    """Terminal name → its fixed text, for the grammar's fixed words and signs."""
    return {t.name: t.pattern.value for t in parser().terminals if isinstance(t.pattern, PatternStr)}


@functools.cache
def keyword_words() -> frozenset[str]:
    """The grammar's keywords (its fixed words)."""
    return frozenset(v for v in literal_terminals().values() if v.isidentifier())


class Context:
    """What the parser state says about the cursor's place."""

    def __init__(self, stack: list[Any]) -> None:
        self.stack = stack

    def record(self) -> str | None:
        """The kind of record the innermost enclosing query (or ``define ... for``) reads."""
        for value in reversed(self.stack):
            if isinstance(value, Tree) and value.data in ("kind_source", "for_kind"):
                return _kind_of(value.children[0])
            if isinstance(value, Tree) and value.data == "measure_source":
                return "observation"
        return None

    def parameters(self) -> list[str]:
        for value in self.stack:
            if isinstance(value, Tree) and value.data == "parameters":
                return [str(p.children[0]) for p in value.children if isinstance(p, Tree)]
        return []

    def wanted(self) -> tuple[str, ...] | None:
        """The kinds of declaration a name here must be (None: any)."""
        top = self.stack[-1] if self.stack else None
        if isinstance(top, Token) and top.type == "IN" and len(self.stack) > 1:
            before = self.stack[-2]
            if isinstance(before, Tree) and before.data == "kind":
                return ("valueset", "measure")
        if isinstance(top, Token) and top.type == "LATEST":
            return ("measure",)
        return None

    def compared(self) -> Tree[Token] | None:
        """The operand an operator before the cursor compares (``status`` in ``status in (active, ``)."""
        seen_operator = False
        for value in reversed(self.stack[-12:]):
            if isinstance(value, Token) and value.type in OPERATORS:
                seen_operator = True
            elif (isinstance(value, Token) and value.type in BETWEEN) or (
                isinstance(value, Tree) and value.data == "negation"
            ):
                continue
            elif isinstance(value, Tree) and value.data in ("name", "latest", "latest_of"):
                if seen_operator:
                    return value
                continue
            else:
                return None
        return None


def _kind_of(node: Any) -> str | None:
    if isinstance(node, Tree) and node.children:
        return str(node.children[0])
    return str(node) if isinstance(node, Token) else None


def completions(analysis: Analysis, text: str, position: lsp.Position, encoding: str) -> list[lsp.CompletionItem]:
    index = LineIndex(text, encoding)
    cursor = index.offset(position)
    if in_string_or_comment(index.line_text(position.line)[: index.column(position.line, position.character)]):
        return []
    prefix = WORD_BEFORE.search(text, 0, cursor)
    word_start = prefix.start() if prefix else cursor
    starts = [m.start() for m in ITEM_START.finditer(text, 0, word_start)]
    chunk = text[starts[-1] : word_start] if starts else text[:word_start]
    replace = index.offset_range(word_start, cursor)
    try:
        interactive = parser().parse_interactive(chunk)
        interactive.exhaust_lexer()
        accepted: set[str] = interactive.accepts()  # type: ignore[no-untyped-call]
        context = Context(list(interactive.parser_state.value_stack))
    except LarkError:
        return []
    items: list[lsp.CompletionItem] = []
    literals = literal_terminals()
    for terminal in sorted(accepted):
        word = literals.get(terminal)
        if word is not None and word.isidentifier():
            items.append(_item(word, lsp.CompletionItemKind.Keyword, replace, "keyword", "3"))
    if "NAME" in accepted or "QNAME" in accepted:
        items.extend(names(analysis, context, replace))
    if "UNIT" in accepted:
        items.extend(_item(u.symbol, lsp.CompletionItemKind.Unit, replace, u.words, "2") for u in UNITS.values()
                     if u.dimension not in ("time", "calendar time"))  # fmt: skip
    return items


def in_string_or_comment(line: str) -> bool:
    """Whether the end of a line's text is inside a string or a comment (no completion there).

    >>> in_string_or_comment('  text "Aged ≥ 18'), in_string_or_comment('  age # over 18'), in_string_or_comment('x "a" ')
    (True, True, False)
    """
    quoted = False
    escaped = False
    for char in line:
        if quoted:
            quoted = escaped or char != '"'
            escaped = not escaped and char == "\\"
        elif char == '"':
            quoted = True
        elif char == "#":
            return True
    return quoted


def _item(label: str, kind: lsp.CompletionItemKind, replace: lsp.Range, detail: str, rank: str) -> lsp.CompletionItem:
    return lsp.CompletionItem(
        label=label, kind=kind, detail=detail, sort_text=f"{rank}{label}",
        text_edit=lsp.TextEdit(range=replace, new_text=label),
    )  # fmt: skip


def names(analysis: Analysis, context: Context, replace: lsp.Range) -> list[lsp.CompletionItem]:
    """The names that may stand at the cursor, the likeliest first."""
    items: list[lsp.CompletionItem] = []
    wanted = context.wanted()
    record = context.record()
    compared = context.compared()
    if compared is not None:
        for order, value in enumerate(enum_values(compared, record, analysis)):  # in the field's own order
            items.append(_item(value, lsp.CompletionItemKind.EnumMember, replace, "value", f"0{order:03d}"))
    if wanted is None:
        fields: dict[str, Type] = dict(PATIENT_FIELDS)
        if record is not None:
            fields.update(RECORD_FIELDS.get(record, {}))
            fields.update({f: Type(f"link to a {k}") for f, k in LINK_FIELDS.get(record, {}).items()})
            if record == "observation":
                fields["value"] = Type("the result")
        items.extend(_item(f, lsp.CompletionItemKind.Field, replace, str(t), "1") for f, t in fields.items())
        items.extend(_item(p, KINDS["parameter"], replace, "parameter", "1") for p in context.parameters())
    for name, kind, detail in declared_names(analysis):
        if wanted is None or kind in wanted:
            items.append(_item(name, KINDS[kind], replace, detail, "2"))
    return items


def declared_names(analysis: Analysis) -> list[tuple[str, str, str]]:
    """(name as written, kind, title) of every declaration in scope: the file's own, its trial's
    reference dates, and each imported one by its qualified name (and its bare one when unique)."""
    found: list[tuple[str, str, str]] = []
    for d in analysis.main.declared:
        if d.kind not in ("criterion", "parameter"):
            found.append((d.name, d.kind, _title(d.node)))
    local = {name for name, _, _ in found}
    counts: dict[str, int] = {}
    for syntax in analysis.imports:
        for name in syntax.declarations():
            counts[name] = counts.get(name, 0) + 1
    for syntax in analysis.imports:
        space = analysis.spaces.get(syntax.absolute)
        for name, d in syntax.declarations().items():
            if space:
                found.append((f"{space}.{name}", d.kind, _title(d.node)))
            if counts[name] == 1 and name not in local:
                found.append((name, d.kind, _title(d.node)))
    return found


def _title(node: n.Node) -> str:
    return str(getattr(node, "title", None) or getattr(node, "description", ""))


def enum_values(operand: Tree[Token], record: str | None, analysis: Analysis) -> tuple[str, ...]:
    """The values of the enumerated field, attested item or measure an operand names."""
    name = str(operand.children[0])
    if operand.data == "name":
        fields: dict[str, Type] = dict(PATIENT_FIELDS)
        if record is not None:
            fields.update(RECORD_FIELDS.get(record, {}))
        t = fields.get(name)
        if isinstance(t, SetT):
            t = t.element
        if isinstance(t, EnumT):
            return t.values
    for syntax in analysis.files():
        d = syntax.declarations().get(name.rpartition(".")[2])
        value_type = getattr(d.node, "value_type", None) if d else None
        if isinstance(value_type, n.EnumType):
            return value_type.values
    return ()
