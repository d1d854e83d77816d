"""Declared names across files: the key of each declaration, qualified names of imported ones,
and the renaming of a checked tree to those keys.

A criteria file's own declarations are written by their bare name. A declaration of an imported
file is also reachable as ``ns.name``, where ``ns`` is the ``as`` name of its import or else the
file's stem (``import "valuesets/oncology.elig"`` → ``oncology.malignancy``). Its bare name
works too, unless it would hide something: a value of a record field (``radiotherapy`` of
``treatment``), a declaration of the importing file, or a declaration of the same name in
another imported file. Then only the qualified name reaches it, and the checker says so where the
bare name is used; nothing is shadowed silently.

>>> key_of("oncology", "malignancy")
'oncology.malignancy'
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, TypeVar

from eligo.language import nodes as n
from eligo.language.schema import ENUMS

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")

#: every value of an enumerated record field → the fields' names, for messages
ENUM_VALUES: dict[str, str] = {}
for _enum in ENUMS.values():
    for _value in _enum.values:
        ENUM_VALUES.setdefault(_value, _enum.name)


def key_of(namespace: str, name: str) -> str:
    """The qualified name of a declaration of an imported file."""
    return f"{namespace}.{name}"


def namespaces(document: n.Document, imports: tuple[n.Document, ...]) -> dict[str, str | None]:
    """Each imported document's path → the name its declarations are qualified by (``None``
    when its file name is not a name and no import gives it one with ``as``)."""
    by_path = {_where(d.path): d.path for d in imports}
    found: dict[str, str | None] = {}
    for doc in (document, *imports):
        for item in doc.items:
            if isinstance(item, n.Import):
                target = by_path.get(_where(str(Path(doc.path).parent / item.path)))
                if target is not None and (item.alias or target not in found):
                    found[target] = item.alias or _stem(target)
    for doc in imports:
        found.setdefault(doc.path, _stem(doc.path))
    return found


def _where(path: str) -> str:
    try:
        return str(Path(path).resolve())
    except (OSError, RuntimeError, ValueError):
        return path


def _stem(path: str) -> str | None:
    stem = Path(path).stem
    return stem if _NAME.match(stem) else None


NodeT = TypeVar("NodeT", bound=n.Node)


def renamed(node: NodeT, keys: Mapping[str, str]) -> NodeT:
    """``node`` with every written name of a declaration replaced by its key (positions kept)."""
    if not keys:
        return node
    changes: dict[str, Any] = {}
    for field in type(node).model_fields:
        value = getattr(node, field)
        new = _renamed_value(value, keys)
        if (field in ("valueset", "measure") and isinstance(value, str) and value in keys) or (
            field == "name" and isinstance(node, n.Name) and value in keys
        ):
            new = keys[value]
        if new is not value:
            changes[field] = new
    return node.model_copy(update=changes) if changes else node


def _renamed_value(value: Any, keys: Mapping[str, str]) -> Any:
    if isinstance(value, n.Node):
        return renamed(value, keys)
    if isinstance(value, tuple):
        items = tuple(_renamed_value(v, keys) for v in value)
        return items if any(a is not b for a, b in zip(items, value, strict=True)) else value
    return value
