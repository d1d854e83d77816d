"""A checked program: one trial's criteria file with everything it imports, names resolved.

Back ends (evaluation, rendering, SQL) take a :class:`Program` and may assume it is well formed.
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass, field
from typing import Any

from eligo.errors import Diagnostic
from eligo.language import nodes as n
from eligo.language.codes import Hierarchy

Declaration = n.ValueSet | n.Measure | n.Attested | n.Define


@dataclass(frozen=True)
class Program:
    """The checked criteria of one trial."""

    document: n.Document
    imports: tuple[n.Document, ...]
    sources: dict[str, str]
    trial: n.Trial | None
    valuesets: dict[str, n.ValueSet | n.Measure] = field(default_factory=dict)
    measures: dict[str, n.Measure] = field(default_factory=dict)
    attested: dict[str, n.Attested] = field(default_factory=dict)
    defines: dict[str, n.Define] = field(default_factory=dict)
    criteria: tuple[n.Criterion, ...] = ()
    warnings: tuple[Diagnostic, ...] = ()
    #: the vocabulary that tells which concepts lie under a ``descendants`` entry (an OMOP
    #: vocabulary given per run: ``eligo.sources.vocabulary``); None when none is given
    vocabulary: Hierarchy | None = None

    @functools.cached_property
    def references(self) -> dict[str, n.Reference]:
        return {r.name: r for r in self.trial.references} if self.trial else {}

    @functools.cached_property
    def parameters(self) -> dict[str, n.RunParameter]:
        """The trial's per-enrolment parameters (cohort, stage, arm), by name."""
        return {p.name: p for p in self.trial.parameters} if self.trial else {}

    @property
    def inclusions(self) -> tuple[n.Criterion, ...]:
        return tuple(c for c in self.criteria if c.polarity == "include")

    @property
    def exclusions(self) -> tuple[n.Criterion, ...]:
        return tuple(c for c in self.criteria if c.polarity == "exclude")

    @functools.cached_property
    def fingerprint(self) -> str:
        """A short hash of the criteria's meaning (not their layout or comments)."""
        parts = [d.model_dump_json(exclude=_unchanged(d)) for d in (self.document, *self.imports)]
        return "sha256:" + hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]

    def used_names(self, expr: n.Node, _seen: frozenset[str] = frozenset()) -> list[str]:
        """The declared names an expression uses (attested items, value sets, measures, definitions,
        reference dates), directly or through the definitions it uses, in order of first use."""
        names: dict[str, None] = {}
        for node in expr.walk():
            if isinstance(node, n.Query):
                names.update(dict.fromkeys(x for x in (node.valueset, node.measure) if x))
            elif isinstance(node, n.Latest):
                names[node.measure] = None
            elif isinstance(node, n.Name):
                names[node.name] = None
                if node.name in self.defines and node.name not in _seen:
                    inner = self.used_names(self.defines[node.name].body, _seen | {node.name})
                    names.update(dict.fromkeys(inner))
        return list(names)

    def attested_in(self, expr: n.Node) -> list[str]:
        """The attested items an expression reads, directly or through definitions, in order of use."""
        return [name for name in self.used_names(expr) if name in self.attested]


def _unchanged(document: n.Document) -> dict[str, Any]:
    """What a document's fingerprint leaves out: its path, a trial header's parameters when it
    has none (a trial without them keeps the fingerprint it had before they existed), and a code
    entry's ``descendants`` when it has none (likewise)."""
    items: dict[int, Any] = {}
    for i, item in enumerate(document.items):
        if isinstance(item, n.Trial) and not item.parameters:
            items[i] = {"parameters": True}
        elif isinstance(item, n.ValueSet | n.Measure):
            plain = {j: {"descendants": True} for j, e in enumerate(item.entries) if not e.descendants}
            if plain:
                items[i] = {"entries": plain}
    return {"path": True, "items": items} if items else {"path": True}
