"""Turning pydantic's validation errors into problems a person can read.

One record that does not validate gives one :class:`~eligo.errors.RecordProblem`: where it is,
whose it is (the record's ``id`` when it can be read), the path of the first field that is wrong
(``conditions[2].onset``; the tags pydantic gives the members of a union left out) and what is
wrong there, in the words of the JSON record format ("expected a string, got the number 5"), with
how many more problems the record has. Values are quoted short, with control characters escaped.
"""

from __future__ import annotations

import json
import re
import types
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from eligo.errors import RecordProblem, printable
from eligo.records.model import Patient
from eligo.records.plausibility import LONG_NUMBER_BITS, number_text

__all__ = ["json_kind", "object_problem", "record_problem", "validation_problem"]


def record_problem(source: str, line: int, patient_id: str | None, issues: list[tuple[str, str]]) -> RecordProblem:
    """The problem of one record from its (field path, message) issues: the first, and how many more."""
    path, message = issues[0]
    if len(issues) > 1:
        more = len(issues) - 1
        message += f" (and {more} more problem{'s' if more > 1 else ''})"
    return RecordProblem(source, line, patient_id, path, message)


def validation_problem(text: bytes, error: ValidationError, source: str, line: int, column: int) -> RecordProblem:
    """The problem with one record that did not validate; ``line``/``column`` is where it starts."""
    errors = error.errors(include_url=False)
    first = errors[0]
    if first["type"] == "json_invalid":
        return RecordProblem(source, line, None, "", _invalid_json(text, first, line, column))
    if first["type"] == "model_type" and not first["loc"]:
        return RecordProblem(
            source, line, None, "", f"a patient record is a JSON object, not {json_kind(first['input'])}"
        )
    return record_problem(source, line, _patient_id(text), _issues(errors))


def object_problem(data: Any, error: ValidationError, source: str, line: int) -> RecordProblem:
    """The problem with one record given as a Python object (a ``dict`` read from JSON) that did
    not validate; ``source`` and ``line`` say where it is, as the caller names it."""
    errors = error.errors(include_url=False)
    first = errors[0]
    if first["type"] in ("model_type", "model_attributes_type") and not first["loc"]:
        return RecordProblem(source, line, None, "", f"a patient record is a JSON object, not {json_kind(data)}")
    return record_problem(source, line, _id_of(data), _issues(errors))


def _invalid_json(text: bytes, first: ErrorDetails, line: int, column: int) -> str:
    try:
        json.loads(text)
    except json.JSONDecodeError as error:
        if error.lineno == 1:
            where = f"column {column + error.colno - 1}"
        else:
            where = f"line {line + error.lineno - 1}, column {error.colno}"
        return f"invalid JSON: {error.msg} ({where})"
    except UnicodeDecodeError:
        return "invalid JSON: the text is not valid UTF-8"
    except RecursionError:
        return "invalid JSON: nested too deeply"
    except ValueError:  # a number Python will not convert (more than 4300 digits): jiter's words
        pass
    return "invalid JSON: " + first["msg"].removeprefix("Invalid JSON: ")


def _patient_id(text: bytes) -> str | None:
    """The record's ``id``, when it has a usable one."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None
    return _id_of(data)


def _id_of(data: Any) -> str | None:
    """The ``id`` of a record given as an object, when it has a usable one."""
    value = data.get("id") if isinstance(data, dict) else None
    if isinstance(value, str) and value:
        return printable(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return number_text(value)
    return None


def _issues(errors: list[ErrorDetails]) -> list[tuple[str, str]]:
    """One (path, message) per problem; the failed alternatives of a union make one problem."""
    issues: list[tuple[str, str] | list[tuple[ErrorDetails, list[str | int]]]] = []
    unions: dict[tuple[str | int, ...], list[tuple[ErrorDetails, list[str | int]]]] = {}
    for error in errors:
        parts, union_at = _field_path(error["loc"])
        if union_at is None:
            issues.append((_path(parts), _message(error)))
            continue
        key = tuple(parts[:union_at])
        if key not in unions:
            unions[key] = []
            issues.append(unions[key])
        unions[key].append((error, parts))
    result: list[tuple[str, str]] = []
    for issue in issues:
        result.extend([issue] if isinstance(issue, tuple) else _union_issues(issue))
    return result


def _union_issues(group: list[tuple[ErrorDetails, list[str | int]]]) -> list[tuple[str, str]]:
    """The problems of a value that matched none of the alternatives of a union.

    When one alternative is an object type and the value is an object, its errors are the ones
    that matter; otherwise the value simply has none of the allowed kinds.
    """
    union_path = min((parts for _, parts in group), key=len)
    deeper = [(error, parts) for error, parts in group if len(parts) > len(union_path)]
    if deeper:
        return [(_path(parts), _message(error)) for error, parts in deeper]
    kinds: list[str] = []
    for error, _ in group:
        kind = _UNION_KINDS.get(error["type"]) or _message(error)
        if kind not in kinds:
            kinds.append(kind)
    alternatives = kinds[0] if len(kinds) == 1 else ", ".join(kinds[:-1]) + " or " + kinds[-1]
    return [(_path(union_path), f"expected {alternatives}, got {json_kind(group[0][0]['input'])}")]


def _field_path(loc: tuple[str | int, ...]) -> tuple[list[str | int], int | None]:
    """A pydantic error location as field names and indexes, without the tags of union members.

    Returns the parts and, when the location went through a union, how many parts lead to it.
    """
    annotation: Any = Patient
    parts: list[str | int] = []
    union_at: int | None = None
    for item in loc:
        members = _union_members(annotation)
        if members and isinstance(item, str) and item in members:
            annotation = members[item]
            union_at = len(parts)
            continue
        parts.append(item)
        annotation = _child(annotation, item)
    return parts, union_at


def _union_members(annotation: Any) -> dict[str, Any]:
    """The alternatives of a union type by the tag pydantic gives them (their type name)."""
    members = _alternatives(annotation)
    if len(members) < 2:
        return {}
    return {_tag(member): member for member in members}


def _alternatives(annotation: Any) -> list[Any]:
    """The types a value of ``annotation`` may have, other than None: optional and annotated
    unions (``Codes | None``, where ``Codes`` is an annotated ``Code | list[Code]``) flattened."""
    if get_origin(annotation) is Annotated:
        return _alternatives(get_args(annotation)[0])
    if get_origin(annotation) not in (Union, types.UnionType):
        return [annotation]
    return [member for arg in get_args(annotation) if arg is not type(None) for member in _alternatives(arg)]


def _tag(member: Any) -> str:
    """The tag pydantic gives a member of a union: its type name, ``list[Code]`` for a list."""
    if get_origin(member) is list:
        return f"list[{', '.join(_tag(arg) for arg in get_args(member))}]"
    return str(getattr(member, "__name__", member))


def _child(annotation: Any, item: str | int) -> Any:
    """The type found at ``item`` (a field name, index or key) inside a value of ``annotation``."""
    members = _alternatives(annotation)
    annotation = members[0] if len(members) == 1 else None
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        field = annotation.model_fields.get(item) if isinstance(item, str) else None
        return field.annotation if field is not None else None
    origin, args = get_origin(annotation), get_args(annotation)
    if origin is list and isinstance(item, int) and args:
        return args[0]
    if origin is dict and isinstance(item, str) and len(args) == 2:
        return args[1]
    return None


def _path(parts: list[str | int]) -> str:
    """Field names joined with dots, indexes in brackets: ``conditions[2].onset``."""
    path = ""
    for part in parts:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path += f".{part}" if path else part
    return path


# What a value of the type an error names is called, in terms of JSON.
_EXPECTED = {
    "string_type": "a string",
    "bool_type": "true or false",
    "bool_parsing": "true or false",
    "int_type": "a whole number",
    "int_parsing": "a whole number",
    "int_from_float": "a whole number",
    "float_type": "a number",
    "float_parsing": "a number",
    "finite_number": "a finite number",
    "list_type": "an array",
    "dict_type": "an object",
    "model_type": "an object",
    "model_attributes_type": "an object",
}
_UNION_KINDS = {**_EXPECTED, "int_type": "a number", "int_parsing": "a number"}


def _message(error: ErrorDetails) -> str:
    """Pydantic's message for one error, in the words of the record format."""
    kind = error["type"]
    context = error.get("ctx") or {}
    if kind == "missing":
        return "required field is missing"
    if kind == "extra_forbidden":
        return "unknown field (not part of the record format)"
    if kind == "value_error":
        return error["msg"].removeprefix("Value error, ")
    if kind == "literal_error":
        allowed = re.findall(r"'((?:[^'\\]|\\.)*)'", str(context.get("expected", "")))
        return f"{_shown(error['input'])} is not one of: {', '.join(allowed)}"
    if kind == "string_too_short":
        least = context.get("min_length", 1)
        return "must not be empty" if least == 1 else f"must have at least {least} characters"
    if kind == "string_pattern_mismatch":  # the one pattern of the record format: a record id
        return f"{_shown(error['input'])} is not a record id: 1 to 64 letters, digits, '-' or '.' (a FHIR id)"
    if kind in _EXPECTED:
        return f"expected {_EXPECTED[kind]}, got {json_kind(error['input'])}"
    message = error["msg"]
    return message[:1].lower() + message[1:]


def json_kind(value: Any) -> str:
    """A JSON value described in words: ``the number 5``, ``an array``."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int) and value.bit_length() > LONG_NUMBER_BITS:
        return number_text(value)
    if isinstance(value, int | float):
        return f"the number {number_text(value)}"
    if isinstance(value, str):
        return f"the string {_shown(value)}"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _shown(value: Any) -> str:
    """A value as written in a message: strings quoted, long ones cut, control characters escaped."""
    if isinstance(value, str):
        text = printable(value if len(value) <= 60 else value[:57] + "...")
        return f"'{text}'"
    if isinstance(value, int | float) and not isinstance(value, bool):
        return number_text(value)
    try:
        text = json.dumps(value)
    except (TypeError, ValueError):
        text = repr(value)
    return printable(text if len(text) <= 60 else text[:57] + "...")
