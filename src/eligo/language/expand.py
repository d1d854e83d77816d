"""Definitions with parameters: a call is the definition's body with the arguments in place of
the parameters, as written (the way a macro is expanded), so back ends never meet a call.

A parameter's name may stand wherever a value may (``value >= limit``), for a value set or a
measure (``medication in agents``, ``latest marker within ...``), and for a window's amount
(``within window before first_dose``). An argument is read where the body puts it: a condition
passed to ``where`` reads the record of that query.

>>> body = n.Exists(quantifier="exists", query=n.Query(record="medication", valueset="agents"))
>>> substituted(body, {"agents": n.Name(name="anti_egfr")}).query.valueset
'anti_egfr'
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from eligo.language import nodes as n

NodeT = TypeVar("NodeT", bound=n.Node)


def substituted(body: NodeT, arguments: Mapping[str, n.Node]) -> NodeT:
    """``body`` with each parameter's name replaced by its argument."""
    changes: dict[str, Any] = {}
    for field in type(body).model_fields:
        value = getattr(body, field)
        new = _substituted_value(value, arguments)
        if field in ("valueset", "measure") and isinstance(value, str) and value in arguments:
            argument = arguments[value]
            new = argument.name if isinstance(argument, n.Name) else value
        if new is not value:
            changes[field] = new
    return body.model_copy(update=changes) if changes else body


def _substituted_value(value: Any, arguments: Mapping[str, n.Node]) -> Any:
    if isinstance(value, n.Name) and value.name in arguments:
        return arguments[value.name]
    if isinstance(value, n.Node):
        return substituted(value, arguments)
    if isinstance(value, tuple):
        items = tuple(_substituted_value(v, arguments) for v in value)
        return items if any(a is not b for a, b in zip(items, value, strict=True)) else value
    return value


def expanded(node: NodeT, expansions: Mapping[int, n.Node]) -> NodeT:
    """``node`` with every call replaced by its expansion (``expansions``: by the call's ``id``)."""
    changes: dict[str, Any] = {}
    for field in type(node).model_fields:
        value = getattr(node, field)
        new = _expanded_value(value, expansions)
        if new is not value:
            changes[field] = new
    return node.model_copy(update=changes) if changes else node


def _expanded_value(value: Any, expansions: Mapping[int, n.Node]) -> Any:
    if isinstance(value, n.Call):
        return _expanded_value(expansions[id(value)], expansions)
    if isinstance(value, n.Node):
        return expanded(value, expansions)
    if isinstance(value, tuple):
        items = tuple(_expanded_value(v, expansions) for v in value)
        return items if any(a is not b for a, b in zip(items, value, strict=True)) else value
    return value
