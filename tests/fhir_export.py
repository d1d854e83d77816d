"""Writing FHIR Bulk Data exports for the tests: the resources of our test Bundles (or copies of
them under new ids, for any number of patients), one NDJSON file per resource type, each file in
a shuffled order (a Bulk export is not sorted by patient)."""

from __future__ import annotations

import json
import random
from collections.abc import Iterable
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data" / "fhir"


def bundle_resources() -> list[dict[str, Any]]:
    """Every resource of the test Bundles, in order."""
    found: list[dict[str, Any]] = []
    for path in sorted(DATA.glob("*.json")):
        found += [entry["resource"] for entry in json.loads(path.read_text())["entry"]]
    return found


def renamed(resource: dict[str, Any], suffix: str) -> dict[str, Any]:
    """A copy of a resource whose id, and every reference it makes (but to a contained resource), end in ``suffix``."""

    def walk(value: Any, top: bool) -> Any:
        if isinstance(value, dict):
            copy = {key: walk(item, False) for key, item in value.items()}
            if top and "id" in copy:
                copy["id"] = f"{copy['id']}{suffix}"
            reference = copy.get("reference")
            if isinstance(reference, str) and not reference.startswith("#"):
                copy["reference"] = f"{reference}{suffix}"
            return copy
        if isinstance(value, list):
            return [walk(item, False) for item in value]
        return value

    return walk(resource, True)  # type: ignore[no-any-return]


def write_export(folder: Path, resources: Iterable[dict[str, Any]], seed: int = 13) -> list[Path]:
    """Write ``resources`` as a Bulk export under ``folder``: ``<Type>.ndjson`` files, shuffled."""
    by_type: dict[str, list[str]] = {}
    for resource in resources:
        by_type.setdefault(resource["resourceType"], []).append(json.dumps(resource, separators=(",", ":")))
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    written = []
    for resource_type, lines in sorted(by_type.items()):
        rng.shuffle(lines)
        path = folder / f"{resource_type}.ndjson"
        path.write_text("\n".join(lines) + "\n")
        written.append(path)
    return written


def copies(count: int) -> Iterable[dict[str, Any]]:
    """The test resources ``count`` times over, each copy under its own ids (``-0``, ``-1``, ...)."""
    resources = bundle_resources()
    for number in range(count):
        for resource in resources:
            yield renamed(resource, f"-{number}")
