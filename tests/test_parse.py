"""Tables of inputs the language accepts (with the tree they mean) and rejects."""

from __future__ import annotations

import pytest

import eligo
from eligo.errors import ParseError
from eligo.language import nodes as n
from eligo.language.format import format_expr


def body(source: str) -> n.Node:
    """The expression of a one-criterion file."""
    document = eligo.parse_text(f'include I1 "t"\n  {source}\n', "t.elig")
    criterion = document.items[0]
    assert isinstance(criterion, n.Criterion)
    return criterion.body


# source as written -> canonical one-line form (which shows how it was grouped)
ACCEPTED = [
    ("age at first_dose >= 18 years", "age at first_dose >= 18 years"),
    ("age at first_dose ≥ 18 years", "age at first_dose >= 18 years"),
    ("age at first_dose >= 1 year", "age at first_dose >= 1 year"),
    ("sex is female", "sex is female"),
    ("sex is not male", "sex is not male"),
    ("a and b or c", "(a and b) or c"),
    ("a and (b or c)", "a and (b or c)"),
    ("not a and b", "not a and b"),
    ("not (a and b)", "not (a and b)"),
    ("latest ecog within 28 days before first_dose in 0..1", "latest ecog within 28 days before first_dose in 0..1"),
    ("latest anc within 2 weeks before d > 1.5 × 10^9/L", "latest anc within 2 weeks before d > 1.5 × 10^9/L"),
    ("latest anc within 2 weeks before d > 1.5 x 10^9/L", "latest anc within 2 weeks before d > 1.5 × 10^9/L"),
    ("latest ast on or before d < 3 × ULN", "latest ast on or before d < 3 × ULN"),
    (
        "latest crcl between 2024-01-01 and d > 60 mL/min/1.73m^2",
        "latest crcl between 2024-01-01 and d > 60 mL/min/1.73m^2",
    ),
    ("exists condition in cscc", "exists condition in cscc"),
    ("no medication in drugs where start before d", "no medication in drugs where start before d"),
    (
        "exists condition in m where onset within 3 years before d and code not in cscc except code in cis except x",
        "exists condition in m where onset within 3 years before d and code not in cscc except code in cis except x",
    ),
    ("exists ecog where value > 1", "exists ecog where value > 1"),
    (
        "count(procedure in drainage where date within 3 months before d) >= 2",
        "count(procedure in drainage where date within 3 months before d) >= 2",
    ),
    (
        "if sex is female then latest hcg within 7 days before d is negative",
        "if sex is female then latest hcg within 7 days before d is negative",
    ),
    ("if a then b else if c then d else e", "if a then b else if c then d else e"),
    ("if a then exists condition in x where y", "if a then exists condition in x where y"),
    ("(exists condition in x) and y", "(exists condition in x) and y"),
    ("treatment includes surgery", "treatment includes surgery"),
    ("status in (active, relapse)", "status in (active, relapse)"),
    ("status in (active)", "status in (active)"),
    ("end is known", "end is known"),
    ("end is not known", "end is not known"),
    ("start at least 4 weeks before d", "start at least 4 weeks before d"),
    ("date within 2 weeks of d", "date within 2 weeks of d"),
    ("onset on or after 2020-01", "onset on or after 2020-01"),
    ("code is SNOMED 234336002", "code is SNOMED 234336002"),
    ('value = "a \\"quoted\\" word"', 'value = "a \\"quoted\\" word"'),
    ("flag is true or flag is false", "flag is true or flag is false"),
    (
        "exists procedure in p where date after condition.onset",
        "exists procedure in p where date after condition.onset",
    ),
    ("temperature > 38.5 °C", "temperature > 38.5 °C"),
]


@pytest.mark.parametrize(("source", "canonical"), ACCEPTED, ids=[a[0][:50] for a in ACCEPTED])
def test_accepted(source: str, canonical: str) -> None:
    assert format_expr(body(source)) == canonical


def test_grouping_of_and_or() -> None:
    tree = body("a and b or c")
    assert isinstance(tree, n.Or)
    assert isinstance(tree.operands[0], n.And)


def test_where_runs_to_the_end_and_except_belongs_to_the_query() -> None:
    tree = body("exists condition in m where a and b except c")
    assert isinstance(tree, n.Exists)
    assert isinstance(tree.query.where, n.And)
    assert [format_expr(e.condition) for e in tree.query.excepts] == ["c"]


def test_a_code_range_is_split_only_where_the_system_has_ranges() -> None:
    document = eligo.parse_text('valueset v "v"\n  ICD10CM C00-C96\n  LOINC 89247-1\n', "t.elig")
    vs = document.items[0]
    assert isinstance(vs, n.ValueSet)
    assert [(e.code, e.last) for e in vs.entries] == [("C00", "C96"), ("89247-1", None)]


def test_a_text_may_be_split_into_adjacent_strings() -> None:
    document = eligo.parse_text('include I1 "t"\n  text "one " "two"\n  x\n', "t.elig")
    criterion = document.items[0]
    assert isinstance(criterion, n.Criterion)
    assert criterion.text == "one two"


def test_spans_are_not_identity() -> None:
    a = body("sex is female")
    b = eligo.parse_text('\n\n\ninclude I1 "t"   sex   is   female', "other.elig").items[0]
    assert isinstance(b, n.Criterion)
    assert a == b.body
    assert a.span != b.body.span
    assert hash(a) == hash(b.body)


def test_spans_point_at_the_source() -> None:
    tree = body("sex is femle")
    assert isinstance(tree, n.Is)
    assert tree.right.span is not None
    assert (tree.right.span.line, tree.right.span.column, tree.right.span.end_column) == (2, 10, 15)


REJECTED = [
    ("age at >= 18 years", "unexpected '>='"),
    ("a and exists condition in x", "unexpected 'condition'"),
    ("latest ecog in 0..1", "unexpected 'in'"),
    ("sex is", "unexpected end of file"),
    ("x in 1..", "unexpected end of file"),
    ("(a and b", "unexpected end of file; expected ')'"),
    ("a $ b", "unexpected character '$'"),
    ("count(condition", "unexpected end of file"),
    ("age at first_dose >= 18 yeers", "did you mean 'years'?"),
]


@pytest.mark.parametrize(("source", "message"), REJECTED, ids=[r[0] for r in REJECTED])
def test_rejected(source: str, message: str) -> None:
    with pytest.raises(ParseError) as caught:
        body(source)
    assert message in caught.value.diagnostics[0].message


def test_one_syntax_error_per_broken_item_is_reported() -> None:
    text = 'include I1 "a"\n  age at >= 1 year\n\ninclude I2 "b"\n  sex is\n\ninclude I3 "c"\n  sex is female\n\ninclude I4 "d"\n  x in (\n'
    with pytest.raises(ParseError) as caught:
        eligo.parse_text(text, "t.elig")
    assert [d.span.line for d in caught.value.diagnostics if d.span] == [2, 5, 11]


def test_binary_and_non_utf8_input_get_a_clear_error(tmp_path: object) -> None:
    with pytest.raises(ParseError, match="NUL byte"):
        eligo.parse_text("include\x00", "t.elig")
    from eligo.language.parse import decode_source

    with pytest.raises(ParseError, match="not UTF-8"):
        decode_source(b"include I1 \xff\xfe", "t.elig")


def test_a_utf8_bom_and_crlf_line_ends_are_accepted() -> None:
    from eligo.language.parse import decode_source

    text = decode_source('\ufeffinclude I1 "t"\r\n  sex is female\r\n'.encode(), "t.elig")
    assert eligo.parse_text(text, "t.elig").items[0].kind == "criterion"
