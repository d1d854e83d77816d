"""The canonical printer: one layout for every ``.elig`` file, comments kept.

``format_text`` is idempotent and ``parse(format_text(x)) == parse(x)``. Layout rules: one
blank line between items; declarations' lines indented by two; a quantifier's ``where`` and
each ``except`` on lines of their own; a long ``and``/``or`` broken before each operator, and
one its author broke kept broken; a long operand laid out in turn, nested quantifiers and
parentheses included, so that expressions keep within ``WIDTH``; long strings wrapped into
adjacent strings. Each comment stays with the line of code it
precedes, or at the end of the line it followed.

>>> print(format_text('include I2 "Adult"   age at first_dose>=18 years', "t.elig"))
include I2 "Adult"
  age at first_dose >= 18 years
<BLANKLINE>
"""

from __future__ import annotations

from dataclasses import dataclass

from eligo.language import nodes as n
from eligo.language.parse import parse_text
from eligo.language.widths import display_columns, is_wide

WIDTH = 100
INDENT = "  "

#: Binding strength of each expression kind; a child weaker than its slot needs parentheses.
PRECEDENCE: dict[str, int] = {"if": 0, "exists": 1, "or": 2, "and": 3, "not": 4}
PREDICATE = 5
OPERAND = 6
for _kind in ("compare", "is", "is_known", "member", "includes", "temporal", "active", "link"):
    PRECEDENCE[_kind] = PREDICATE

SPELLED_UNITS = {"10^9/L": "× 10^9/L", "10^12/L": "× 10^12/L", "10^3/µL": "× 10^3/µL", "x ULN": "× ULN"}
RELATIONS = {"before": "before", "after": "after", "on_or_before": "on or before", "on_or_after": "on or after"}


def precedence(expr: n.Node) -> int:
    return PRECEDENCE.get(getattr(expr, "kind", ""), OPERAND)


# ---------------------------------------------------------------- one-line expressions


def format_expr(expr: n.Node, minimum: int = 0) -> str:
    """An expression on one line, parenthesized if it binds looser than ``minimum``."""
    text = _expr(expr)
    return f"({text})" if precedence(expr) < minimum else text


def _expr(e: n.Node) -> str:  # noqa: C901 - one branch per node kind, as a table would be
    if isinstance(e, n.Name):
        return e.name
    if isinstance(e, n.FieldOf):
        return f"{e.record}.{e.field}"
    if isinstance(e, n.NumberLit):
        return str(e.value)
    if isinstance(e, n.QuantityLit):
        return format_quantity(e)
    if isinstance(e, n.StringLit):
        return quote(e.value)
    if isinstance(e, n.DateLit):
        return e.value
    if isinstance(e, n.BoolLit):
        return "true" if e.value else "false"
    if isinstance(e, n.CodeLit):
        return f"{e.system} {e.code}"
    if isinstance(e, n.SetLit):
        return "(" + ", ".join(format_expr(i, OPERAND) for i in e.items) + ")"
    if isinstance(e, n.RangeLit):
        return f"{_expr(e.low)}..{_expr(e.high)}"
    if isinstance(e, n.Age):
        return f"age at {_expr(e.at)}"
    if isinstance(e, n.Latest):
        return f"latest {e.measure}{f' of {e.of}' if e.of else ''} {format_window(e.window)}"
    if isinstance(e, n.Count):
        return f"count({format_query(e.query)})"
    if isinstance(e, n.Call):
        return f"{e.name}(" + ", ".join(format_expr(a) for a in e.args) + ")"
    if isinstance(e, n.Exists):
        return f"{e.quantifier} {format_query(e.query)}"
    if isinstance(e, n.Compare):
        return f"{format_expr(e.left, OPERAND)} {e.op} {format_expr(e.right, OPERAND)}"
    if isinstance(e, n.Is):
        negation = "not " if e.negated else ""
        return f"{format_expr(e.left, OPERAND)} is {negation}{format_expr(e.right, OPERAND)}"
    if isinstance(e, n.IsKnown):
        return f"{format_expr(e.operand, OPERAND)} is {'not ' if e.negated else ''}known"
    if isinstance(e, n.Member):
        negation = "not " if e.negated else ""
        return f"{format_expr(e.operand, OPERAND)} {negation}in {format_expr(e.collection, OPERAND)}"
    if isinstance(e, n.Includes):
        return f"{format_expr(e.operand, OPERAND)} includes {format_expr(e.item, OPERAND)}"
    if isinstance(e, n.Temporal):
        return f"{format_expr(e.operand, OPERAND)} {format_window(e.window)}"
    if isinstance(e, n.Active):
        if e.on and isinstance(e.window, n.Between):
            return f"active on {_expr(e.window.start)}"
        return f"active {format_window(e.window)}"
    if isinstance(e, n.Link):
        return f"{e.field} is {'not ' if e.negated else ''}{e.record}"
    if isinstance(e, n.Not):
        return f"not {format_expr(e.operand, PRECEDENCE['not'])}"
    if isinstance(e, n.And):
        return " and ".join(format_expr(o, PRECEDENCE["and"] + 1) for o in e.operands)
    if isinstance(e, n.Or):  # an 'and' inside an 'or' keeps parentheses: clearer to a reader
        return " or ".join(format_expr(o, PRECEDENCE["and"] + 1) for o in e.operands)
    if isinstance(e, n.If):
        text = f"if {format_expr(e.condition, PRECEDENCE['or'])} then {format_expr(e.then, PRECEDENCE['exists'])}"
        return text + (f" else {_expr(e.otherwise)}" if e.otherwise is not None else "")
    raise TypeError(f"format: no layout for node kind {getattr(e, 'kind', type(e).__name__)!r}")


def format_quantity(q: n.QuantityLit) -> str:
    unit = SPELLED_UNITS.get(q.unit, q.unit)
    if q.value == 1 and q.unit.endswith("s") and q.unit in ("days", "weeks", "months", "years"):
        unit = q.unit[:-1]
    return f"{q.value}{unit}" if unit.startswith("/") else f"{q.value} {unit}"  # 500/µL


def format_window(w: n.Node) -> str:
    if isinstance(w, n.Within):
        return f"within {_expr(w.amount)} {w.direction} {_expr(w.anchor)}"
    if isinstance(w, n.AtLeast):
        return f"at least {_expr(w.amount)} {w.direction} {_expr(w.anchor)}"
    if isinstance(w, n.Relative):
        return f"{RELATIONS[w.relation]} {_expr(w.anchor)}"
    if isinstance(w, n.Between):
        return f"between {_expr(w.start)} and {_expr(w.end)}"
    raise TypeError(f"format: no layout for window kind {getattr(w, 'kind', type(w).__name__)!r}")


def format_source(q: n.Query) -> str:
    if q.measure is not None:
        return q.measure
    return q.record + (f" in {q.valueset}" if q.valueset else "")


def format_query(q: n.Query) -> str:
    text = format_source(q)
    if q.where is not None:
        text += f" where {format_expr(q.where, PRECEDENCE['or'])}"
    for clause in q.excepts:
        text += f" except {format_expr(clause.condition, PRECEDENCE['or'])}"
    return text


def quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


# ---------------------------------------------------------------- multi-line layout


@dataclass
class Line:
    """One output line and the source line of the code it starts with (for comments)."""

    text: str
    anchor: int | None


def _at(node: n.Node | None) -> int | None:
    return node.span.line if node is not None and node.span is not None else None


def expr_lines(e: n.Node, depth: int, minimum: int = 0, prefix: str = "") -> list[Line]:
    """Lay out an expression at an indentation depth, breaking the constructs that read better so.

    A quantifier with ``where`` or ``except`` always breaks; an ``and``/``or`` breaks before each
    operator when it is too long for the line or when its author broke it (its operands start on
    different source lines), and each operand that is still too long (or was broken by hand) is
    laid out in turn, inside its parentheses, so that nested quantifiers keep to the width too."""
    pad = INDENT * depth
    one = prefix + format_expr(e, minimum)
    if precedence(e) < minimum:  # in parentheses: lay out the inside, close on the last line
        if len(pad + one) <= WIDTH and not _broken(e):
            return [Line(pad + one, _at(e))]
        lines = expr_lines(e, depth, 0, prefix + "(")
        lines[-1].text += ")"
        return lines
    if isinstance(e, n.Exists) and (e.query.where or e.query.excepts):
        return [
            Line(pad + prefix + f"{e.quantifier} {format_source(e.query)}", _at(e)),
            *query_lines(e.query, depth + 1),
        ]
    if isinstance(e, n.If):
        lines = [Line(pad + prefix + f"if {format_expr(e.condition, PRECEDENCE['or'])} then", _at(e))]
        if len(lines[0].text) > WIDTH or _broken(e.condition):
            # laid out a level deeper than the branches, so the condition's lines stand apart
            lines = expr_lines(e.condition, depth + 1, PRECEDENCE["or"], prefix + "if ")
            lines[0] = Line(pad + lines[0].text[len(pad + INDENT) :], _at(e))
            lines[-1].text += " then"
        lines += expr_lines(e.then, depth + 1, PRECEDENCE["exists"])
        if e.otherwise is not None:
            lines.append(Line(pad + "else", None))
            lines += expr_lines(e.otherwise, depth + 1)
        return lines
    if isinstance(e, (n.And, n.Or)) and (len(pad + one) > WIDTH or _hand_broken(e)):
        word = "and" if isinstance(e, n.And) else "or"
        inner = PRECEDENCE["and"] + 1
        first, *rest = e.operands
        # an operand laid out over several lines continues two levels in, below the operators
        lines = _operand_lines(first, depth + 1, inner, prefix)
        lines[0].text = pad + lines[0].text[len(pad + INDENT) :]
        for o in rest:
            lines += _operand_lines(o, depth + 1, inner, f"{word} ")
        return lines
    if isinstance(e, n.Not) and (len(pad + one) > WIDTH or _broken(e)):
        return expr_lines(e.operand, depth, PRECEDENCE["not"], prefix + "not ")
    return [Line(pad + one, _at(e))]


def _operand_lines(o: n.Node, depth: int, minimum: int, prefix: str) -> list[Line]:
    """One operand of a broken ``and``/``or``: on one line when it fits and was not broken by
    hand, else laid out (its continuation lines one level deeper than the operand's line)."""
    pad = INDENT * depth
    one = pad + prefix + format_expr(o, minimum)
    if len(one) <= WIDTH and not _broken(o):
        return [Line(one, _at(o))]
    return expr_lines(o, depth, minimum, prefix)


def _hand_broken(e: n.And | n.Or) -> bool:
    """Whether the author put the operands of an ``and``/``or`` on different lines."""
    return len({o.span.line for o in e.operands if o.span is not None}) > 1


def _broken(e: n.Node) -> bool:
    """Whether a parsed expression holds an ``and``/``or`` its author broke over lines."""
    return any(isinstance(x, (n.And, n.Or)) and _hand_broken(x) for x in e.walk())


def query_lines(q: n.Query, depth: int) -> list[Line]:
    lines: list[Line] = []
    if q.where is not None:
        lines += expr_lines(q.where, depth, PRECEDENCE["or"], prefix="where ")
    for clause in q.excepts:
        clause_lines = expr_lines(clause.condition, depth, PRECEDENCE["or"], prefix="except ")
        clause_lines[0].anchor = _at(clause)
        lines += clause_lines
    return lines


def string_lines(keyword: str, text: str, depth: int, anchor: int | None) -> list[Line]:
    """``keyword "..."``, wrapped at spaces into adjacent strings when it is long."""
    pad = INDENT * depth
    room = max(20, WIDTH - len(pad) - len(keyword) - 3)
    segments = wrap(text, room)
    lines = [Line(f"{pad}{keyword} {quote(segments[0])}", anchor)]
    lines += [Line(f"{pad}{' ' * len(keyword)} {quote(s)}", None) for s in segments[1:]]
    return lines


def wrap(text: str, room: int) -> list[str]:
    """Split text into pieces of at most ``room`` columns, breaking after spaces or between two
    wide (Chinese) characters, which take two columns each (adjacent strings join with nothing between)."""
    pieces: list[str] = []
    while display_columns(text) > room:
        fit = room
        while display_columns(text[:fit]) > room:
            fit -= 1
        cut = text.rfind(" ", 0, fit) + 1
        between = [
            i
            for i in range(max(cut, 1), fit)
            if is_wide(text[i - 1]) and is_wide(text[i]) and text[i] not in "，。；：、）」"
        ]
        cut = max(cut, between[-1] if between else 0)
        if cut <= 1:
            break
        pieces.append(text[:cut])
        text = text[cut:]
    pieces.append(text)
    return pieces


def _entry(e: n.CodeEntry) -> str:
    code = f"{e.code}-{e.last}" if e.last else e.code
    text = f"{'except ' if e.removed else ''}{e.system} {code}{' and descendants' if e.descendants else ''}"
    return text + (f" {quote(e.display)}" if e.display is not None else "")


def _value_type(t: n.Node) -> str:
    if isinstance(t, n.DeclaredType):
        return t.declaration
    if isinstance(t, n.QuantityType):
        molar = f" molar mass {t.molar_mass} {t.molar_mass_unit}" if t.molar_mass is not None else ""
        return t.unit.replace("x ULN", "× ULN") + molar
    if isinstance(t, n.EnumType):
        return "one of (" + ", ".join(t.values) + ")"
    return str(getattr(t, "kind", ""))


def item_lines(item: n.Node) -> list[Line]:  # noqa: C901 - one branch per item kind
    at = _at(item)
    if isinstance(item, n.Trial):
        lines = [Line(f"trial {item.registry_id} {quote(item.title)}", at)]
        lines += [Line(f"  id {i.label} {quote(i.value)}", _at(i)) for i in item.ids]
        if item.sponsor is not None:
            lines.append(Line(f"  sponsor {quote(item.sponsor)}", None))
        if item.phase is not None:
            lines.append(Line(f"  phase {item.phase}", None))
        lines += [Line(f"  reference {r.name} {quote(r.description)}", _at(r)) for r in item.references]
        lines += [
            Line(f"  parameter {p.name} {quote(p.title)}: {_value_type(p.value_type)}", _at(p)) for p in item.parameters
        ]
        return lines
    if isinstance(item, n.Import):
        alias = f" as {item.alias}" if item.alias else ""
        return [Line(f"import {quote(item.path)}{alias}", at)]
    if isinstance(item, (n.ValueSet, n.Measure)):
        head = f"valueset {item.name} {quote(item.title)}"
        if isinstance(item, n.Measure):
            head = f"measure {item.name} {quote(item.title)}: {_value_type(item.value_type)}"
        lines = [Line(head, at)]
        for source in item.sources:
            lines += string_lines("source", source, 1, None)
        for note in item.notes:
            lines += string_lines("note", note, 1, None)
        lines += [Line(INDENT + _entry(e), _at(e)) for e in item.entries]
        return lines
    if isinstance(item, n.Attested):
        lines = [Line(f"attested {item.name} {quote(item.title)}: {_value_type(item.value_type)}", at)]
        for note in item.notes:
            lines += string_lines("note", note, 1, None)
        return lines
    if isinstance(item, n.Define):
        parameters = ", ".join(f"{p.name}: {_value_type(p.type)}" for p in item.parameters)
        head = f"define {item.name}" + (f"({parameters})" if parameters else "") + f" {quote(item.title)}"
        head += f" for {item.record}" if item.record else ""
        lines = [Line(head, at)]
        for note in item.notes:
            lines += string_lines("note", note, 1, None)
        return lines + expr_lines(item.body, 1)
    if isinstance(item, n.Criterion):
        lines = [Line(f"{item.polarity} {item.id} {quote(item.title)}", at)]
        keyword = "summary" if item.wording == "summary" else "text"
        if item.text is not None:
            lines += string_lines(keyword, item.text, 1, None)
        for t in item.translations:  # a translation stays after the English it translates
            if t.note is None or t.note < 0:
                lines += string_lines(f"{t.keyword} {t.lang}", t.value, 1, None)
        for index, note in enumerate(item.notes):
            lines += string_lines("note", note, 1, None)
            lines += [
                x
                for t in item.translations
                if t.note == index
                for x in string_lines(f"note {t.lang}", t.value, 1, None)
            ]
        return lines + expr_lines(item.body, 1)
    raise TypeError(f"format: no layout for item kind {getattr(item, 'kind', type(item).__name__)!r}")


# ---------------------------------------------------------------- whole documents


def format_document(document: n.Document, source: str) -> str:
    """The canonical text of a parsed document; ``source`` is its text, for the comments."""
    source_lines = source.split("\n")
    blocks = [item_lines(item) for item in document.items]
    leading: dict[int, list[n.Comment]] = {}
    trailing: dict[int, list[n.Comment]] = {}
    at_end: list[n.Comment] = []
    flat = [(b, i) for b, block in enumerate(blocks) for i in range(len(block))]
    for comment in document.comments:
        code_before = (
            source_lines[comment.line - 1][: comment.column - 1].strip() if comment.line <= len(source_lines) else ""
        )
        if code_before:
            target = _last_at_or_before(blocks, flat, comment.line)
            if target is not None:
                trailing.setdefault(target, []).append(comment)
                continue
        target = _first_after(blocks, flat, comment.line)
        if target is None:
            at_end.append(comment)
        else:
            leading.setdefault(target, []).append(comment)

    out: list[str] = []
    for position, (b, i) in enumerate(flat):
        line = blocks[b][i]
        if i == 0 and out:
            out.append("")
        indent = line.text[: len(line.text) - len(line.text.lstrip())]
        for comment in leading.get(position, []):
            out.append((indent if i else "") + comment.text.rstrip())
            if i == 0 and _blank_after(source_lines, comment.line):
                out.append("")  # a blank line after a comment at the top level stays
        text = line.text
        for comment in trailing.get(position, []):
            text += "  " + comment.text.rstrip()
        out.append(text)
    if at_end:
        if out:
            out.append("")
        out.extend(c.text.rstrip() for c in at_end)
    return "\n".join(out) + "\n" if out else ""


def _first_after(blocks: list[list[Line]], flat: list[tuple[int, int]], line: int) -> int | None:
    for position, (b, i) in enumerate(flat):
        anchor = blocks[b][i].anchor
        if anchor is not None and anchor > line:
            return position
    return None


def _last_at_or_before(blocks: list[list[Line]], flat: list[tuple[int, int]], line: int) -> int | None:
    found = None
    for position, (b, i) in enumerate(flat):
        anchor = blocks[b][i].anchor
        if anchor is not None and anchor <= line:
            found = position
    return found


def _blank_after(source_lines: list[str], line: int) -> bool:
    return line < len(source_lines) and not source_lines[line].strip()


def format_text(text: str, path: str = "<string>") -> str:
    """Parse and print canonically; raises :class:`~eligo.errors.ParseError` on bad input."""
    return format_document(parse_text(text, path), text)


def brief(expr: n.Node) -> str:
    """Short source-like text of an expression, for messages (at most 60 characters)."""
    text = format_expr(expr)
    return text if len(text) <= 60 else text[:57] + "..."
