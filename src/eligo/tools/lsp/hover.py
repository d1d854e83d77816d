"""Hover: what a name stands for, in Markdown.

A value set shows its codes and their source, a measure its unit, an attested item the question a
clinician answers, a definition or a criterion the sentence the protocol prints for it
(:mod:`eligo.language.phrases`), a field its type and values.
"""

from __future__ import annotations

from eligo.language import nodes as n
from eligo.language.codes import SYSTEM_NAMES
from eligo.language.layout import Layout, label, sections_of
from eligo.language.phrases import humanize, laid_out_sentence, phraser_for, value_type_words
from eligo.language.program import Program
from eligo.language.schema import ENUMS, LINK_FIELDS, PATIENT_FIELDS, RECORD_FIELDS
from eligo.language.types import EnumT, SetT, Type
from eligo.tools.lsp.analysis import Analysis, Symbol
from eligo.tools.lsp.syntax import Declared, Use

#: codes shown in a hover; a longer value set says how many more it has
SHOWN_CODES = 40


def markdown_layout(p: Layout, depth: int = 1) -> list[str]:
    """A laid-out phrase as Markdown lines: a sentence, or lines with their lettered lists.

    >>> from eligo.language.layout import Block, Section
    >>> print("\\n".join(markdown_layout(Block((Section("all of:", ("a", "b_1")), Section("except c"))))))
    all of:
    - (a) a
    - (b) b\\_1
    <BLANKLINE>
    except c
    """
    lines: list[str] = []
    indent = "  " * (depth - 1)
    listed = False
    for section in sections_of(p):
        if listed:  # a line after a list starts a paragraph of its own, not the list's last item
            lines.append("")
        lines.append(escape(section.text))
        listed = bool(section.items)
        for index, item in enumerate(section.items):
            inner = markdown_layout(item, depth + 1)
            lines.append(f"{indent}- {label(depth, index)} {inner[0]}")
            lines.extend(f"{indent}  {line}" for line in inner[1:])
    return lines


def escape(text: str) -> str:
    """Text safe in Markdown: the characters that would format it are escaped."""
    return "".join("\\" + c if c in "\\`*_[]<>|#" else c for c in text)


def hover_text(
    analysis: Analysis, symbol: Symbol | None, at: Declared | Use | None, last_good: Program | None
) -> str | None:
    """The hover of the name ``at``, which refers to ``symbol`` (when it is declared)."""
    program = analysis.program or last_good
    if isinstance(at, Declared) and at.kind == "criterion":
        assert isinstance(at.node, n.Criterion)
        return criterion_hover(at.node, program, analysis.program is not None)
    if symbol is not None:
        declared = analysis.declaration(symbol)
        if declared is not None:
            where = _where(analysis, symbol, declared)
            return "\n\n".join([*declaration_hover(declared, program), where])
    if isinstance(at, Use):
        return field_hover(at) or declared_value_hover(analysis, at.name)
    return None


#: what a declaration whose value is one of a list is called in a hover
VALUE_OWNERS = {n.Measure: "measure", n.Attested: "attested item", n.RunParameter: "parameter of enrolment"}


def declared_value_hover(analysis: Analysis, name: str) -> str | None:
    """A value of a declared enumerated measure, attested item or parameter (``one of (...)``)."""
    owners = [
        f"{VALUE_OWNERS[type(d.node)]} `{d.name}`"
        for syntax in analysis.files()
        for d in syntax.declarations().values()
        if isinstance(d.node, n.Measure | n.Attested | n.RunParameter)
        and isinstance(d.node.value_type, n.EnumType)
        and name in d.node.value_type.values
    ]
    return f"**value** `{name}` of " + ", ".join(owners) if owners else None


def _where(analysis: Analysis, symbol: Symbol, declared: Declared) -> str:
    syntax = analysis.file(symbol.file)
    line = syntax.text.count("\n", 0, declared.start) + 1 if syntax else 0
    name = syntax.path if syntax and syntax is not analysis.main else "this file"
    return f"*declared in {escape(name)}, line {line}*"


def declaration_hover(declared: Declared, program: Program | None) -> list[str]:
    node = declared.node
    if isinstance(node, n.ValueSet | n.Measure):
        what = "value set" if isinstance(node, n.ValueSet) else "measure"
        lines = [f"**{what}** `{node.name}`: {escape(node.title)}"]
        if isinstance(node, n.Measure):
            lines.append(f"value: {escape(value_type_words(node.value_type))}")
        lines.extend(f"source: {escape(s)}" for s in node.sources)
        lines.extend(f"note: {escape(s)}" for s in node.notes)
        lines.append(codes_table(node.entries))
        return lines
    if isinstance(node, n.Attested):
        lines = [
            f"**attested** `{node.name}`: {escape(node.title)}",
            f"answer: {escape(value_type_words(node.value_type))}",
        ]
        lines.extend(f"note: {escape(s)}" for s in node.notes)
        return lines
    if isinstance(node, n.Define):
        params = ", ".join(f"{p.name}: {_parameter_type(p.type)}" for p in node.parameters)
        head = f"**define** `{node.name}{f'({params})' if params else ''}`: {escape(node.title)}"
        lines = [head + (f" (for a {node.record})" if node.record else "")]
        checked = program.defines.get(node.name) if program is not None else None
        if program is not None and checked is not None and checked.span == node.span:  # this one, not a namesake
            sentence = laid_out_sentence(phraser_for(program).layout(checked.body, checked.record))
            lines.append("\n".join(markdown_layout(sentence)))
        lines.extend(f"note: {escape(s)}" for s in node.notes)
        return lines
    if isinstance(node, n.Reference):
        return [f"**reference date** `{node.name}`: {escape(node.description)}"]
    if isinstance(node, n.RunParameter):
        return [
            f"**parameter of enrolment** `{node.name}`: {escape(node.title)}",
            f"answer: {escape(value_type_words(node.value_type))} (given per patient, or per run with --param)",
        ]
    if isinstance(node, n.Parameter):
        return [f"**parameter** `{node.name}`: {_parameter_type(node.type)} (of `{declared.scope}`)"]
    return [f"`{declared.name}`"]


def _parameter_type(t: n.Node) -> str:
    if isinstance(t, n.DeclaredType):
        return t.declaration
    return value_type_words(t)


def codes_table(entries: tuple[n.CodeEntry, ...]) -> str:
    rows = ["| | system | code | display |", "|---|---|---|---|"]
    for e in entries[:SHOWN_CODES]:
        code = (f"{e.code}–{e.last}" if e.last else e.code) + (" and descendants" if e.descendants else "")
        system = SYSTEM_NAMES.get(e.system, e.system)
        rows.append(
            f"| {'except' if e.removed else ''} | {escape(system)} | {escape(code)} | {escape(e.display or '')} |"
        )
    if len(entries) > SHOWN_CODES:
        rows.append(f"\n*and {len(entries) - SHOWN_CODES} more*")
    return "\n".join(rows)


def criterion_hover(criterion: n.Criterion, program: Program | None, fresh: bool) -> str:
    """A criterion's title, the sentence the protocol prints for it, its protocol text and notes."""
    polarity = "Inclusion" if criterion.polarity == "include" else "Exclusion"
    lines = [f"**{polarity} {escape(criterion.id)}**: {escape(criterion.title)}"]
    checked = next((c for c in program.criteria if c.id == criterion.id), None) if program else None
    if checked is not None and program is not None:
        sentence = "\n".join(markdown_layout(laid_out_sentence(phraser_for(program).layout(checked.body))))
        lines.append(sentence if fresh else f"*(as last checked)* {sentence}")
    else:
        lines.append("*(no sentence: the criteria do not check yet)*")
    if criterion.text:
        lines.append(f"> {escape(criterion.text)}")
    lines.extend(f"note: {escape(s)}" for s in criterion.notes)
    return "\n\n".join(lines)


def field_hover(use: Use) -> str | None:
    """A field of the patient or of the record a query reads, or a value of an enumerated field."""
    fields: dict[str, Type] = dict(PATIENT_FIELDS)
    if use.record is not None:
        fields.update(RECORD_FIELDS.get(use.record, {}))
        if use.name in LINK_FIELDS.get(use.record, {}):
            return f"**link** `{use.name}` of a {humanize(use.record)}: the ids of the {LINK_FIELDS[use.record][use.name]}s it names"
    if use.name == "value" and use.record == "observation":
        return "**field** `value` of an observation: its result, of the type its measure declares"
    if use.name in fields:
        t = fields[use.name]
        owner = f"a {humanize(use.record)}" if use.name not in PATIENT_FIELDS and use.record else "the patient"
        return f"**field** `{use.name}` of {owner}: {_type_words(t)}"
    enums = [e for e in ENUMS.values() if use.name in e.values]
    if enums:
        return f"**value** `{use.name}` of " + ", ".join(humanize(e.name) for e in enums)
    return None


def _type_words(t: Type) -> str:
    if isinstance(t, EnumT):
        return "one of " + ", ".join(t.values)
    if isinstance(t, SetT) and isinstance(t.element, EnumT):
        return "a set of " + ", ".join(t.element.values)
    return t.name
