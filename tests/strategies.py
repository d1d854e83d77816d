"""Hypothesis strategies that write random, syntactically valid Eligo programs."""

from __future__ import annotations

from hypothesis import strategies as st

NAMES = st.sampled_from(["a", "b", "flag", "sex", "onset", "status", "first_dose", "x_1"])
DATES = st.sampled_from(["2024-02-29", "2020-01", "1999-12-31"])
UNITS = st.sampled_from(
    [
        "days",
        "weeks",
        "months",
        "years",
        "g/dL",
        "mmol/L",
        "× 10^9/L",
        "/µL",
        "/uL",
        "× ULN",
        "%",
        "s",
        "IU/mL",
        "copies/mL",
    ]
)
NUMBERS = st.decimals(min_value=-1000, max_value=1000, places=2, allow_nan=False, allow_infinity=False).map(str)


def _operand() -> st.SearchStrategy[str]:
    return st.one_of(
        NAMES,
        NAMES.map(lambda n: f"age at {n}"),
        st.builds(
            lambda m, q, u, d: f"latest {m} within {q} {u} before {d}",
            NAMES,
            st.integers(0, 99),
            st.sampled_from(["days", "weeks"]),
            NAMES,
        ),
        st.builds(lambda k, v: f"count({k} in {v})", st.sampled_from(["condition", "procedure"]), NAMES),
    )


def _value() -> st.SearchStrategy[str]:
    return st.one_of(
        _operand(),
        NUMBERS,
        st.builds(lambda n, u: f"{n} {u}", NUMBERS, UNITS),
        DATES,
        st.sampled_from(['"text"', "true", "false", "SNOMED 234336002", "ICD10CM C44.92"]),
    )


def _predicate() -> st.SearchStrategy[str]:
    return st.one_of(
        _operand(),
        st.builds(
            lambda a, op, b: f"{a} {op} {b}",
            _operand(),
            st.sampled_from(["<", "<=", ">", ">=", "=", "!=", "≥"]),
            _value(),
        ),
        st.builds(lambda a, neg, b: f"{a} is {neg}{b}", _operand(), st.sampled_from(["", "not "]), _value()),
        st.builds(
            lambda a, neg, b: f"{a} {neg}in {b}",
            _operand(),
            st.sampled_from(["", "not "]),
            st.one_of(
                NAMES,
                st.lists(_value(), min_size=1, max_size=3).map(lambda v: "(" + ", ".join(v) + ")"),
                st.just("0..1"),
            ),
        ),
        st.builds(
            lambda a, w: f"{a} {w}",
            _operand(),
            st.one_of(
                st.builds(
                    lambda q, d, x: f"within {q} days {d} {x}",
                    st.integers(0, 30),
                    st.sampled_from(["before", "after", "of"]),
                    NAMES,
                ),
                st.builds(lambda x: f"on or before {x}", NAMES),
                st.builds(lambda x, y: f"between {x} and {y}", DATES, NAMES),
            ),
        ),
    )


@st.composite
def expressions(draw: st.DrawFn, depth: int = 2) -> str:
    if depth == 0:
        return draw(_predicate())
    sub = expressions(depth - 1)
    choice = draw(st.integers(0, 5))
    if choice == 0:
        return draw(_predicate())
    if choice == 1:
        return " and ".join(draw(st.lists(sub, min_size=2, max_size=3)))
    if choice == 2:
        return " or ".join(draw(st.lists(sub, min_size=2, max_size=3)))
    if choice == 3:
        return f"not ({draw(sub)})"
    if choice == 4:
        kind = draw(
            st.sampled_from(["condition in v", "medication", "ecog", "specimen", "family_history in v", "device"])
        )
        where = draw(st.one_of(st.just(""), sub.map(lambda e: f" where ({e})")))
        excepts = "".join(f" except ({e})" for e in draw(st.lists(sub, max_size=2)))
        return f"({draw(st.sampled_from(['exists', 'no']))} {kind}{where}{excepts})"
    return f"(if ({draw(sub)}) then ({draw(sub)}) else ({draw(sub)}))"


@st.composite
def programs(draw: st.DrawFn) -> str:
    items = [
        'trial T1 "A trial"\n  reference first_dose "Day 1"',
        'valueset v "V"\n  ICD10CM C00-C96 "Malignant"\n  except ICD10CM C44 "Skin"',
    ]
    for i, expr in enumerate(draw(st.lists(expressions(), min_size=1, max_size=4))):
        polarity = draw(st.sampled_from(["include", "exclude"]))
        items.append(f'{polarity} C{i} "Criterion {i}"\n  {expr}')
    return "\n\n".join(items) + "\n"
