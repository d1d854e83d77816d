"""Checking a call of a definition with parameters: each argument against its parameter (a value
set, a measure, a duration, a value of a type, or a condition read where the body puts it), then
the body with the arguments in place, checked where the call stands (:mod:`eligo.language.expand`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eligo.errors import did_you_mean
from eligo.language import nodes as n
from eligo.language.expand import substituted
from eligo.language.format import brief
from eligo.language.types import ANY, Type, a, comparable
from eligo.language.units import TIME_UNITS

if TYPE_CHECKING:
    from eligo.language.infer import ExpressionChecker, Scope


def infer_call(checker: ExpressionChecker, expr: n.Call, scopes: tuple[Scope, ...]) -> Type:
    """Check the arguments, put them in place of the parameters, and check the body there."""
    define = checker.lookup(expr.name)
    if not isinstance(define, n.Define) or not define.parameters:
        callable_ = [k for k, v in checker.declarations.items() if isinstance(v, n.Define) and v.parameters]
        what = f"'{expr.name}' is not a definition with parameters" if define else f"unknown definition '{expr.name}'"
        checker.error(expr, what + ("" if define else did_you_mean(expr.name, callable_)))
        return ANY
    parameters = define.parameters
    if len(expr.args) != len(parameters):
        names = ", ".join(p.name for p in parameters)
        checker.error(expr, f"'{expr.name}' takes {len(parameters)} argument{'s' if len(parameters) != 1 else ''}"
                         f" ({names}); this call gives {len(expr.args)}")  # fmt: skip
        return ANY
    if not all(argument_fits(checker, expr.name, p, a, scopes) for p, a in zip(parameters, expr.args, strict=True)):
        return ANY
    key = checker.aliases.get(expr.name, expr.name)
    if key in checker.checking_defines:
        checker.error(expr, f"definition '{expr.name}' refers to itself")
        return ANY
    if define.record and not any(s.record == define.record for s in scopes):
        checker.error(
            expr, f"'{expr.name}' describes a {define.record}; use it inside a query over {define.record} records"
        )
    body = substituted(define.body, {p.name: a for p, a in zip(parameters, expr.args, strict=True)})
    checker.checking_defines.append(key)
    result = checker.infer(body, scopes)
    checker.checking_defines.pop()
    checker.expansions[id(expr)] = body
    return result


def argument_fits(
    checker: ExpressionChecker, name: str, parameter: n.Parameter, argument: n.Expr, scopes: tuple[Scope, ...]
) -> bool:
    """Whether an argument fits its parameter (reported when it does not)."""
    declared = parameter.type
    if isinstance(declared, n.DeclaredType):
        wanted = n.ValueSet if declared.declaration == "valueset" else n.Measure
        named = checker.lookup(argument.name) if isinstance(argument, n.Name) else None
        if isinstance(named, wanted) or (wanted is n.ValueSet and isinstance(named, n.Measure)):
            return True
        what = "a value set" if declared.declaration == "valueset" else "a measure"
        checker.error(argument, f"'{parameter.name}' of {name} is {what}; '{brief(argument)}' is not one")
        return False
    if isinstance(declared, n.DurationType):
        if isinstance(argument, n.QuantityLit) and argument.unit in TIME_UNITS:
            return True
        checker.error(
            argument, f"'{parameter.name}' of {name} is a duration, such as 28 days; '{brief(argument)}' is not"
        )
        return False
    if not isinstance(argument, n.LITERALS):  # read where the body puts it: checked there
        return True
    expected = checker.value_type(declared, parameter.name)
    found = checker.infer(argument, scopes)
    if ANY in (found, expected) or comparable(found, expected):
        return True
    checker.error(argument, f"'{parameter.name}' of {name} is {a(expected)}; '{brief(argument)}' is {a(found)}")
    return False
