"""From source text to the syntax tree: Lark parse tree → :mod:`eligo.language.nodes`.

Lark's errors are translated here into :class:`~eligo.errors.ParseError` with positions and
expectations in words. When a file has a syntax error, each top-level item is parsed again on
its own, so that one run reports the syntax errors of every broken item, not just the first.

>>> doc = parse_text('include I2 "Adult" age at first_dose >= 18 years', "t.elig")
>>> doc.items[0].body.kind, doc.items[0].body.op
('compare', '>=')
"""

from __future__ import annotations

import bisect
import itertools
import re
from decimal import Decimal
from pathlib import Path
from typing import Any, cast

from lark import Token, Transformer, Tree, v_args
from lark.exceptions import UnexpectedCharacters, UnexpectedEOF, UnexpectedInput, UnexpectedToken, VisitError

from eligo.errors import Diagnostic, EligoError, ParseError, UsageError, size_text
from eligo.language import nodes as n
from eligo.language.grammar import collecting_comments, parser
from eligo.language.syntax_words import describe_expected, describe_token, keyword_suggestion

#: The largest criteria file read. Hand-written criteria and value sets are far smaller (the
#: largest shipped file is 20 kB); parsing takes about 5 seconds per MiB, so a file at the limit
#: is refused at once rather than parsed for minutes.
MAX_SOURCE_BYTES = 4 * 1024 * 1024
#: Deeper trees than this are not criteria anyone can review; refusing them keeps every later
#: pass (all recursive over the tree) far from Python's recursion limit.
MAX_DEPTH = 100
#: Syntax errors reported at most for one file: a file that is not Eligo at all gets a screenful.
MAX_SYNTAX_ERRORS = 100
ITEM_START = re.compile(r"^(trial|import|valueset|measure|attested|define|include|exclude)\b", re.M)


def parse_file(path: str | Path) -> n.Document:
    """Parse one ``.elig`` file (imports are resolved later, by :mod:`eligo.language.load`)."""
    return parse_text(read_source(path), str(path))


def read_source(path: str | Path) -> str:
    """The text of a criteria file, or a :class:`UsageError` / :class:`ParseError` saying why not."""
    try:
        data = read_source_bytes(path)
    except FileNotFoundError:
        raise UsageError(f"{path}: no such file or directory") from None
    except OSError as error:
        raise UsageError(f"{path}: cannot read: {error.strerror or error}") from None
    return decode_source(data, str(path))


def read_source_bytes(path: str | Path) -> bytes:
    """The bytes of a criteria file, never more than one past :data:`MAX_SOURCE_BYTES` (a huge
    file or an endless device is not read whole); raises :class:`OSError`."""
    with open(path, "rb") as file:
        return file.read(MAX_SOURCE_BYTES + 1)


def decode_source(data: bytes, name: str) -> str:
    """Bytes of a criteria file as text, or a :class:`ParseError` that says what is wrong."""
    if len(data) > MAX_SOURCE_BYTES:
        limit = size_text(MAX_SOURCE_BYTES)
        raise _single_error(name, "", 1, 1, f"file is too large (a criteria file may hold at most {limit})")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        raise _single_error(name, "", line, column, "the file is not UTF-8 text") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def parse_text(text: str, path: str = "<string>") -> n.Document:
    """Parse Eligo source text into a :class:`~eligo.language.nodes.Document`."""
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise _single_error(path, text, line, 1, "the file contains a NUL byte; is it a binary file?")
    try:
        items, comments = _parse_chunk(text, path, 0)
    except UnexpectedInput as error:
        raise ParseError(_recover(text, path, error.line), {path: text}) from None
    return n.Document(path=path, items=tuple(items), comments=tuple(comments))


def _parse_chunk(text: str, path: str, line_offset: int) -> tuple[list[Any], list[n.Comment]]:
    with collecting_comments() as tokens:
        tree = parser().parse(text)
    _check_depth(tree, path, line_offset, text)
    comments = [n.Comment(text=str(t), line=(t.line or 1) + line_offset, column=t.column or 1) for t in tokens]
    try:
        items = ToAst(path, line_offset).transform(tree)
    except VisitError as error:  # an error raised inside a transformer method
        if isinstance(error.orig_exc, EligoError):
            raise error.orig_exc from None
        raise
    assert isinstance(items, list)
    return items, comments


def _check_depth(tree: Tree[Token], path: str, line_offset: int, text: str) -> None:
    """Refuse absurdly nested expressions with a positioned error (iteratively: no recursion)."""
    stack: list[tuple[Tree[Token], int]] = [(tree, 0)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            line = getattr(node.meta, "line", 1) + line_offset
            column = getattr(node.meta, "column", 1)
            message = f"expression nested too deeply (more than {MAX_DEPTH} levels); split it into definitions"
            raise _single_error(path, text, line, column, message)
        stack.extend((child, depth + 1) for child in node.children if isinstance(child, Tree))


def _recover(text: str, path: str, first_error_line: int = 0) -> list[Diagnostic]:
    """Parse each top-level item alone and collect one syntax error per broken item.

    The whole file parsed up to ``first_error_line``, so the items ending before the item just
    before it are parsed once, together, for what a failed parse leaves unchecked (nesting
    depth); only if that finds something are they taken item by item too.
    """
    starts = [m.start() for m in ITEM_START.finditer(text)]
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    # lines[i]: the newlines before item i
    lines = list(itertools.accumulate(text.count("\n", a, b) for a, b in itertools.pairwise([0, *starts])))
    first = max(0, bisect.bisect_right(lines, first_error_line - 1) - 2) if first_error_line > 0 else 0
    if first:
        try:
            _parse_chunk(text[: starts[first]], path, 0)
        except (ParseError, UnexpectedInput):  # an item there has its own error: recover from the start
            first = 0
    diagnostics: list[Diagnostic] = []
    for index in range(first, len(starts)):
        begin, end = starts[index], starts[index + 1] if index + 1 < len(starts) else len(text)
        chunk, offset = text[begin:end], lines[index]
        if len(diagnostics) >= MAX_SYNTAX_ERRORS:
            span = n.Span(file=path, line=offset + 1, column=1, end_line=offset + 1, end_column=2)
            message = f"stopped after {MAX_SYNTAX_ERRORS} syntax errors; fix these and check again"
            diagnostics.append(Diagnostic("error", message, span))
            break
        try:
            _parse_chunk(chunk, path, offset)
        except UnexpectedInput as error:
            diagnostics.append(_syntax_diagnostic(error, path, offset, chunk))
        except ParseError as error:
            diagnostics.extend(error.diagnostics)
    if not diagnostics:  # the items parse alone but not together: report the whole-file error
        try:
            _parse_chunk(text, path, 0)
        except UnexpectedInput as error:
            diagnostics.append(_syntax_diagnostic(error, path, 0, text))
    return diagnostics


def _syntax_diagnostic(error: UnexpectedInput, path: str, line_offset: int, text: str) -> Diagnostic:
    line = (error.line if error.line and error.line > 0 else text.count("\n") + 1) + line_offset
    column = error.column if error.column and error.column > 0 else 1
    width = 1
    if isinstance(error, UnexpectedToken) and error.token.type != "$END":
        found = describe_token(error.token)
        width = max(1, len(str(error.token)))
        expected = describe_expected(error.accepts or error.expected)
        message = f"unexpected {found}; expected {expected}"
        suggestion = keyword_suggestion(error.token, error.accepts or error.expected)
        if suggestion:
            message += f"; did you mean '{suggestion}'?"
    elif isinstance(error, UnexpectedCharacters) and error.char == '"':
        # a quote the string pattern cannot take: nothing closes it before the end of its line
        rest = (
            text.split("\n")[line - line_offset - 1][column - 1 :] if line - line_offset <= text.count("\n") + 1 else ""
        )
        width = max(1, len(rest.rstrip()))
        message = "unterminated string: the quote opened here is not closed on its line"
        span = n.Span(file=path, line=line, column=column, end_line=line, end_column=column + width)
        hint = 'close it with " before the end of the line; a long text is written as adjacent strings, one per line'
        return Diagnostic("error", message, span, hint)
    elif isinstance(error, UnexpectedCharacters):
        char = error.char
        message = f"unexpected character {char!r}"
        if error.allowed:
            message += f"; expected {describe_expected(error.allowed)}"
    elif isinstance(error, (UnexpectedEOF, UnexpectedToken)):
        expected_set = error.expected if isinstance(error, UnexpectedEOF) else (error.accepts or error.expected)
        message = f"unexpected end of file; expected {describe_expected(expected_set)}"
        line, column = _end_position(text, line_offset)
    else:  # pragma: no cover - Lark has no other kinds
        message = "syntax error"
    span = n.Span(file=path, line=line, column=column, end_line=line, end_column=column + width)
    return Diagnostic("error", message, span, _hint(error, text, line - line_offset))


def _end_position(text: str, line_offset: int) -> tuple[int, int]:
    stripped = text.rstrip()
    lines = stripped.split("\n") or [""]
    return len(lines) + line_offset, len(lines[-1]) + 1


def _hint(error: UnexpectedInput, text: str, line: int) -> str | None:
    """Advice for the one mistake the grammar's precedence makes easy."""
    lines = text.split("\n")
    if not isinstance(error, UnexpectedToken) or not 1 <= line <= len(lines):
        return None
    before = lines[line - 1][: max(0, (error.column or 1) - 1)]
    found = re.search(r"\b(exists|no|if)\s*$", before)
    if found or str(error.token) in {"exists", "if"}:
        word = found.group(1) if found else str(error.token)
        return f"put '{word} ...' in parentheses when it is part of 'and', 'or' or 'not'"
    if re.fullmatch(r"\s*(note|text|summary|source)\s*", before) and re.fullmatch(r"[a-z]{2,3}", str(error.token)):
        return 'a translation (note zh "...", text zh "...") follows a criterion\'s own text or note, nowhere else'
    if str(error.token) == "molar" and not before.lstrip().startswith("measure"):
        return "a molar mass belongs to a measure: 'measure hb \"Haemoglobin\": g/dL molar mass 16114 g/mol'"
    return None


def _single_error(path: str, text: str, line: int, column: int, message: str) -> ParseError:
    span = n.Span(file=path, line=line, column=column, end_line=line, end_column=column + 1)
    return ParseError([Diagnostic("error", message, span)], {path: text} if text else {})  # no text: no excerpt


# ---------------------------------------------------------------------------- tree → AST

Meta = Any


def _join(tokens: list[Token]) -> str:
    return "".join(_unquote(t) for t in tokens)


#: the marker of a value-set entry written ``... and descendants``
DESCENDANTS = object()


def _unquote(token: Token) -> str:
    """The value of a STRING token, with its escapes (\\" and \\\\) undone."""
    return re.sub(r"\\(.)", r"\1", str(token)[1:-1])


@v_args(meta=True)
class ToAst(Transformer[Token, Any]):
    """Builds nodes bottom-up; one method per grammar rule or alias."""

    def __init__(self, path: str, line_offset: int = 0) -> None:
        super().__init__()
        self.path = path
        self.line_offset = line_offset

    def _span(self, meta: Meta) -> n.Span | None:
        if getattr(meta, "empty", True):
            return None
        return n.Span(
            file=self.path,
            line=meta.line + self.line_offset,
            column=meta.column,
            end_line=meta.end_line + self.line_offset,
            end_column=meta.end_column,
        )

    def _token_span(self, token: Token) -> n.Span:
        return n.Span(
            file=self.path,
            line=(token.line or 1) + self.line_offset,
            column=token.column or 1,
            end_line=(token.end_line or token.line or 1) + self.line_offset,
            end_column=token.end_column or (token.column or 1) + len(token),
        )

    # -- keywords kept by `!rules`: plain strings
    def _word(self, meta: Meta, children: list[Token]) -> str:
        return " ".join(str(c) for c in children)

    kind = quantifier = criterion_kind = direction = system = _word

    def time_unit(self, meta: Meta, children: list[Token]) -> str:
        word = str(children[0])
        return word if word.endswith("s") else word + "s"

    def relation(self, meta: Meta, children: list[Token]) -> str:
        return "_".join(str(c) for c in children)

    def negation(self, meta: Meta, children: list[Token]) -> bool:
        return True

    def start(self, meta: Meta, children: list[Any]) -> list[Any]:
        return children

    # -- trial header
    def trial(self, meta: Meta, children: list[Any]) -> n.Trial:
        registry_id, title, *fields = children
        ids = tuple(f for f in fields if isinstance(f, n.TrialId))
        references = tuple(f for f in fields if isinstance(f, n.Reference))
        parameters = tuple(f for f in fields if isinstance(f, n.RunParameter))
        sponsor = next((f[1] for f in fields if isinstance(f, tuple) and f[0] == "sponsor"), None)
        phase = next((f[1] for f in fields if isinstance(f, tuple) and f[0] == "phase"), None)
        return n.Trial(
            registry_id=str(registry_id), title=_unquote(title), ids=ids, sponsor=sponsor,
            phase=phase, references=references, parameters=parameters, span=self._span(meta),
        )  # fmt: skip

    def trial_id(self, meta: Meta, children: list[Token]) -> n.TrialId:
        return n.TrialId(label=str(children[0]), value=_unquote(children[1]), span=self._span(meta))

    def sponsor(self, meta: Meta, children: list[Token]) -> tuple[str, str]:
        return ("sponsor", _unquote(children[0]))

    def phase(self, meta: Meta, children: list[Token]) -> tuple[str, str]:
        return ("phase", str(children[0]))

    def reference(self, meta: Meta, children: list[Token]) -> n.Reference:
        return n.Reference(name=str(children[0]), description=_unquote(children[1]), span=self._span(meta))

    def run_parameter(self, meta: Meta, children: list[Any]) -> n.RunParameter:
        name, title, value_type = children
        return n.RunParameter(name=str(name), title=_unquote(title), value_type=value_type, span=self._span(meta))

    def import_(self, meta: Meta, children: list[Token]) -> n.Import:
        alias = str(children[1]) if len(children) > 1 else None
        return n.Import(path=_unquote(children[0]), alias=alias, span=self._span(meta))

    # -- value sets and measures
    def source(self, meta: Meta, children: list[Token]) -> tuple[str, str]:
        return ("source", _join(children))

    def note(self, meta: Meta, children: list[Token]) -> tuple[str, str]:
        return ("note", _join(children))

    def _entry(self, meta: Meta, children: list[Any], removed: bool) -> n.CodeEntry:
        system, code_token, *rest = children
        descendants = bool(rest) and rest[0] is DESCENDANTS
        display = rest[1:] if descendants else rest
        code, last = split_range(system, str(code_token))
        return n.CodeEntry(
            system=system, code=code, last=last, display=_unquote(display[0]) if display else None,
            removed=removed, descendants=descendants, span=self._span(meta),
        )  # fmt: skip

    def descendants(self, meta: Meta, children: list[Any]) -> object:
        return DESCENDANTS

    def code_entry(self, meta: Meta, children: list[Any]) -> n.CodeEntry:
        return self._entry(meta, children, removed=False)

    def code_removed(self, meta: Meta, children: list[Any]) -> n.CodeEntry:
        return self._entry(meta, children, removed=True)

    @staticmethod
    def _lines(lines: list[Any]) -> dict[str, Any]:
        return {
            "sources": tuple(v for k, v in (x for x in lines if isinstance(x, tuple)) if k == "source"),
            "notes": tuple(v for k, v in (x for x in lines if isinstance(x, tuple)) if k == "note"),
            "entries": tuple(x for x in lines if isinstance(x, n.CodeEntry)),
        }

    def valueset(self, meta: Meta, children: list[Any]) -> n.ValueSet:
        name, title, *lines = children
        return n.ValueSet(name=str(name), title=_unquote(title), span=self._span(meta), **self._lines(lines))

    def measure(self, meta: Meta, children: list[Any]) -> n.Measure:
        name, title, value_type, *lines = children
        return n.Measure(
            name=str(name), title=_unquote(title), value_type=value_type, span=self._span(meta),
            **self._lines(lines),
        )  # fmt: skip

    def attested(self, meta: Meta, children: list[Any]) -> n.Attested:
        name, title, value_type, *notes = children
        return n.Attested(
            name=str(name), title=_unquote(title), value_type=value_type,
            notes=tuple(v for _, v in notes), span=self._span(meta),
        )  # fmt: skip

    def type_boolean(self, meta: Meta, children: list[Any]) -> n.BooleanType:
        return n.BooleanType(span=self._span(meta))

    def type_number(self, meta: Meta, children: list[Any]) -> n.NumberType:
        return n.NumberType(span=self._span(meta))

    def type_date(self, meta: Meta, children: list[Any]) -> n.DateType:
        return n.DateType(span=self._span(meta))

    def type_text(self, meta: Meta, children: list[Any]) -> n.TextType:
        return n.TextType(span=self._span(meta))

    def type_duration(self, meta: Meta, children: list[Any]) -> n.DurationType:
        return n.DurationType(span=self._span(meta))

    def type_quantity(self, meta: Meta, children: list[Token]) -> n.QuantityType:
        return n.QuantityType(unit=normalize_unit(str(children[0])), span=self._span(meta))

    def molar_quantity(self, meta: Meta, children: list[Token]) -> n.QuantityType:
        unit, mass, mass_unit = children
        return n.QuantityType(
            unit=normalize_unit(str(unit)), molar_mass=Decimal(str(mass)), molar_mass_unit=str(mass_unit),
            span=self._span(meta),
        )  # fmt: skip

    def type_enum(self, meta: Meta, children: list[Token]) -> n.EnumType:
        return n.EnumType(values=tuple(str(c) for c in children), span=self._span(meta))

    # -- definitions and criteria
    def for_kind(self, meta: Meta, children: list[str]) -> tuple[str, str]:
        return ("for", children[0])

    def define(self, meta: Meta, children: list[Any]) -> n.Define:
        name, *rest = children
        parameters: tuple[n.Parameter, ...] = ()
        if isinstance(rest[0], tuple) and rest[0] and isinstance(rest[0][0], n.Parameter):
            parameters, *rest = rest
        title, *rest = rest
        record = next((v for k, v in rest[:-1] if k == "for"), None)
        notes = tuple(v for k, v in rest[:-1] if k == "note")
        return n.Define(
            name=str(name), parameters=parameters, title=_unquote(title), record=record, notes=notes,
            body=rest[-1], span=self._span(meta),
        )  # fmt: skip

    def parameters(self, meta: Meta, children: list[n.Parameter]) -> tuple[n.Parameter, ...]:
        return tuple(children)

    def parameter(self, meta: Meta, children: list[Any]) -> n.Parameter:
        return n.Parameter(name=str(children[0]), type=children[1], span=self._span(meta))

    def type_valueset(self, meta: Meta, children: list[Any]) -> n.DeclaredType:
        return n.DeclaredType(declaration="valueset", span=self._span(meta))

    def type_measure(self, meta: Meta, children: list[Any]) -> n.DeclaredType:
        return n.DeclaredType(declaration="measure", span=self._span(meta))

    def call(self, meta: Meta, children: list[Any]) -> n.Call:
        name, *args = children
        return n.Call(name=str(name), args=tuple(args), span=self._span(meta))

    def verbatim(self, meta: Meta, children: list[Token]) -> tuple[str, str]:
        return ("text", _join(children))

    def summary(self, meta: Meta, children: list[Token]) -> tuple[str, str]:
        return ("summary", _join(children))

    def text_translation(self, meta: Meta, children: list[Token]) -> n.Translation:
        keyword, lang, *strings = children
        return n.Translation(
            lang=str(lang), keyword="summary" if str(keyword) == "summary" else "text", value=_join(strings),
            span=self._span(meta),
        )  # fmt: skip

    def note_translation(self, meta: Meta, children: list[Token]) -> n.Translation:
        lang, *strings = children
        return n.Translation(lang=str(lang), keyword="note", value=_join(strings), span=self._span(meta))

    def criterion(self, meta: Meta, children: list[Any]) -> n.Criterion:
        polarity, ident, title, *rest = children
        lines = rest[:-1]
        wording, text = next(
            ((x[0], x[1]) for x in lines if isinstance(x, tuple) and x[0] in ("text", "summary")), ("text", None)
        )
        notes = tuple(x[1] for x in lines if isinstance(x, tuple) and x[0] == "note")
        translations: list[n.Translation] = []
        note = -1  # a note's translation follows it; -1: no note before it (the checker says so)
        for x in lines:
            if isinstance(x, tuple) and x[0] == "note":
                note += 1
            elif isinstance(x, n.Translation):
                translations.append(x.model_copy(update={"note": note}) if x.keyword == "note" else x)
        return n.Criterion(
            polarity=polarity, id=str(ident), title=_unquote(title), text=text,
            wording="summary" if wording == "summary" else "protocol", notes=notes, translations=tuple(translations),
            body=rest[-1], span=self._span(meta),
        )  # fmt: skip

    # -- expressions
    def conditional(self, meta: Meta, children: list[Any]) -> n.If:
        otherwise = children[2] if len(children) > 2 else None
        return n.If(condition=children[0], then=children[1], otherwise=otherwise, span=self._span(meta))

    def quantified(self, meta: Meta, children: list[Any]) -> n.Exists:
        return n.Exists(quantifier=children[0], query=children[1], span=self._span(meta))

    def query(self, meta: Meta, children: list[Any]) -> n.Query:
        source, *rest = children
        excepts = tuple(c for c in rest if isinstance(c, n.Except))
        where = next((c for c in rest if not isinstance(c, n.Except)), None)
        return n.Query(**source, where=where, excepts=excepts, span=self._span(meta))

    def kind_source(self, meta: Meta, children: list[Any]) -> dict[str, Any]:
        return {"record": children[0], "valueset": str(children[1]) if len(children) > 1 else None}

    def measure_source(self, meta: Meta, children: list[Token]) -> dict[str, Any]:
        return {"record": "observation", "measure": str(children[0])}

    def except_clause(self, meta: Meta, children: list[Any]) -> n.Except:
        return n.Except(condition=children[0], span=self._span(meta))

    def or_expr(self, meta: Meta, children: list[Any]) -> n.Or:
        return n.Or(operands=tuple(children), span=self._span(meta))

    def and_expr(self, meta: Meta, children: list[Any]) -> n.And:
        return n.And(operands=tuple(children), span=self._span(meta))

    def not_(self, meta: Meta, children: list[Any]) -> n.Not:
        return n.Not(operand=children[0], span=self._span(meta))

    def compare(self, meta: Meta, children: list[Any]) -> n.Compare:
        op = COMPARATORS[str(children[1])]
        return n.Compare(op=op, left=children[0], right=children[2], span=self._span(meta))

    def is_(self, meta: Meta, children: list[Any]) -> n.Is:
        negated = len(children) == 3
        return n.Is(left=children[0], right=children[-1], negated=negated, span=self._span(meta))

    def is_link(self, meta: Meta, children: list[Any]) -> n.Link | n.Is:
        negated = len(children) == 3
        operand, record = children[0], children[-1]
        if not isinstance(operand, n.Name):  # only a link field names a record: the checker says so
            return n.Is(left=operand, right=n.Name(name=record, span=self._span(meta)), negated=negated,
                        span=self._span(meta))  # fmt: skip
        return n.Link(field=operand.name, record=record, negated=negated, span=self._span(meta))

    def is_known(self, meta: Meta, children: list[Any]) -> n.IsKnown:
        return n.IsKnown(operand=children[0], negated=len(children) == 2, span=self._span(meta))

    def member(self, meta: Meta, children: list[Any]) -> n.Member:
        negated = len(children) == 3
        return n.Member(operand=children[0], collection=children[-1], negated=negated, span=self._span(meta))

    def includes(self, meta: Meta, children: list[Any]) -> n.Includes:
        return n.Includes(operand=children[0], item=children[1], span=self._span(meta))

    def temporal(self, meta: Meta, children: list[Any]) -> n.Temporal:
        return n.Temporal(operand=children[0], window=children[1], span=self._span(meta))

    def active(self, meta: Meta, children: list[Any]) -> n.Active:
        return n.Active(window=children[0], span=self._span(meta))

    def active_on(self, meta: Meta, children: list[Any]) -> n.Active:
        day = children[0]
        return n.Active(window=n.Between(start=day, end=day, span=self._span(meta)), on=True, span=self._span(meta))

    def within(self, meta: Meta, children: list[Any]) -> n.Within:
        return n.Within(amount=children[0], direction=children[1], anchor=children[2], span=self._span(meta))

    def at_least(self, meta: Meta, children: list[Any]) -> n.AtLeast:
        return n.AtLeast(amount=children[0], direction=children[1], anchor=children[2], span=self._span(meta))

    def relative(self, meta: Meta, children: list[Any]) -> n.Relative:
        return n.Relative(relation=children[0], anchor=children[1], span=self._span(meta))

    def between(self, meta: Meta, children: list[Any]) -> n.Between:
        return n.Between(start=children[0], end=children[1], span=self._span(meta))

    def age(self, meta: Meta, children: list[Any]) -> n.Age:
        return n.Age(at=children[0], span=self._span(meta))

    def latest(self, meta: Meta, children: list[Any]) -> n.Latest:
        return n.Latest(measure=str(children[0]), window=children[1], span=self._span(meta))

    def latest_of(self, meta: Meta, children: list[Any]) -> n.Latest:
        return n.Latest(measure=str(children[0]), of=children[1], window=children[2], span=self._span(meta))

    def count(self, meta: Meta, children: list[Any]) -> n.Count:
        return n.Count(query=children[0], span=self._span(meta))

    def name(self, meta: Meta, children: list[Token]) -> n.Name:
        return n.Name(name=str(children[0]), span=self._token_span(children[0]))

    def qualified(self, meta: Meta, children: list[Token]) -> n.Name | n.FieldOf:
        """``oncology.malignancy`` (a declaration of an imported file) or ``condition.onset``."""
        token = children[0]
        prefix, _, name = str(token).partition(".")
        if prefix in n.RECORD_KINDS:
            return n.FieldOf(record=cast(n.RecordKind, prefix), field=name, span=self._token_span(token))
        return n.Name(name=str(token), span=self._token_span(token))

    def field_of(self, meta: Meta, children: list[Any]) -> n.FieldOf:
        return n.FieldOf(record=children[0], field=str(children[1]), span=self._span(meta))

    def date(self, meta: Meta, children: list[Token]) -> n.DateLit:
        return n.DateLit(value=str(children[0]), span=self._token_span(children[0]))

    def number(self, meta: Meta, children: list[Token]) -> n.NumberLit:
        return n.NumberLit(value=Decimal(str(children[0])), span=self._token_span(children[0]))

    def quantity(self, meta: Meta, children: list[Any]) -> n.QuantityLit:
        unit = children[1] if isinstance(children[1], str) and not isinstance(children[1], Token) else None
        unit = unit or normalize_unit(str(children[1]))
        return n.QuantityLit(value=Decimal(str(children[0])), unit=unit, span=self._span(meta))

    def string(self, meta: Meta, children: list[Token]) -> n.StringLit:
        return n.StringLit(value=_unquote(children[0]), span=self._token_span(children[0]))

    def true(self, meta: Meta, children: list[Any]) -> n.BoolLit:
        return n.BoolLit(value=True, span=self._span(meta))

    def false(self, meta: Meta, children: list[Any]) -> n.BoolLit:
        return n.BoolLit(value=False, span=self._span(meta))

    def code(self, meta: Meta, children: list[Any]) -> n.CodeLit:
        return n.CodeLit(system=children[0], code=str(children[1]), span=self._span(meta))

    def set_(self, meta: Meta, children: list[Any]) -> n.SetLit:
        return n.SetLit(items=tuple(children), span=self._span(meta))

    def range_(self, meta: Meta, children: list[Any]) -> n.RangeLit:
        return n.RangeLit(low=children[0], high=children[1], span=self._span(meta))


COMPARATORS = {"<": "<", "<=": "<=", ">": ">", ">=": ">=", "=": "=", "!=": "!=", "≤": "<=", "≥": ">=", "≠": "!="}

#: Code systems whose codes never contain a hyphen, so ``A-B`` there is a range. CPT codes are
#: five characters numbered in sections (radiation oncology 77261-77799), so a range of them
#: holds every code between its ends, in character order, as ICD-10-CM's do.
RANGE_SYSTEMS = frozenset({"ICD10CM", "ICD10", "ATC", "CPT"})


def split_range(system: str, code: str) -> tuple[str, str | None]:
    """``("C00", "C96")`` for ICD-10-CM ``C00-C96``; LOINC ``89247-1`` is one code."""
    if system in RANGE_SYSTEMS and code.count("-") == 1:
        first, last = code.split("-")
        return first, last
    return code, None


def normalize_unit(unit: str) -> str:
    """One spelling per unit: ``× 10^9/L`` → ``10^9/L``, ``x ULN`` → ``x ULN``, ``μ`` (Greek mu)
    and the ``u`` of a per-microlitre count (``/uL``, ``10^3/uL``) → ``µ`` (the micro sign)."""
    unit = unit.replace("μ", "µ")
    unit = re.sub(r"(?<=/)uL$", "µL", unit)
    unit = re.sub(r"^[×x] ?(?=10\^)", "", unit)
    return re.sub(r"^[×x] ?ULN$", "x ULN", unit)
