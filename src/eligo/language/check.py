"""The checker: names, types, units, codes and value sets, every problem reported at once.

>>> from eligo.language.parse import parse_text
>>> doc = parse_text('trial T1 "t" reference d "day" include I1 "adult" age at d >= 7 days', "t.elig")
>>> try:
...     check(doc)
... except CheckError as error:
...     print(error.diagnostics[0].message)
age is counted in whole years or months; compare it with years or months, not days
"""

from __future__ import annotations

from collections.abc import Iterable

from eligo.errors import CheckError, Diagnostic
from eligo.language import nodes as n
from eligo.language.codes import code_problem, range_problem
from eligo.language.infer import ExpressionChecker
from eligo.language.program import Declaration, Program
from eligo.language.schema import ALL_FIELD_NAMES, ENUMS

#: the columns of the screening results besides the criteria (CSV output and SQL), which no
#: criterion id may take
RESULT_COLUMNS = ("patient_id", "verdict", "fingerprint")


def check(document: n.Document, imports: Iterable[n.Document] = (), sources: dict[str, str] | None = None) -> Program:
    """Check a parsed file and its parsed imports; raise :class:`CheckError` on any error."""
    return Checker(document, tuple(imports), sources or {}).run()


class Checker(ExpressionChecker):
    """One pass over a program; collects diagnostics instead of stopping at the first."""

    # ------------------------------------------------------------------ the program
    def run(self) -> Program:
        trial = self._trial()
        for document in (*self.imports, self.document):
            self._declare(document, imported=document is not self.document)
        for declaration in self.declarations.values():
            self._check_declaration(declaration)
        criteria = tuple(i for i in self.document.items if isinstance(i, n.Criterion))
        self._check_criteria(criteria)
        self._check_unused()
        errors = [d for d in self.diagnostics if d.severity == "error"]
        sources = dict(self.sources)
        if errors:
            raise CheckError(sorted(self.diagnostics, key=_position), sources)
        decls = self.declarations
        return Program(
            document=self.document,
            imports=self.imports,
            sources=sources,
            trial=trial,
            valuesets={k: v for k, v in decls.items() if isinstance(v, (n.ValueSet, n.Measure))},
            measures={k: v for k, v in decls.items() if isinstance(v, n.Measure)},
            attested={k: v for k, v in decls.items() if isinstance(v, n.Attested)},
            defines={k: v for k, v in decls.items() if isinstance(v, n.Define)},
            criteria=criteria,
            warnings=tuple(sorted(self.diagnostics, key=_position)),
        )

    def _trial(self) -> n.Trial | None:
        trials = [i for i in self.document.items if isinstance(i, n.Trial)]
        for extra in trials[1:]:
            self.error(extra, "a file has one trial header; this is a second one")
        has_criteria = any(isinstance(i, n.Criterion) for i in self.document.items)
        if not trials and has_criteria:
            first = next(i for i in self.document.items if isinstance(i, n.Criterion))
            self.error(first, "criteria need a trial header ('trial NCT... \"title\"') before them")
        if not trials:
            return None
        trial = trials[0]
        for reference in trial.references:
            if reference.name in self.references:
                self.error(reference, f"reference date '{reference.name}' is declared twice")
            elif reference.name in ALL_FIELD_NAMES:
                self.error(
                    reference, f"'{reference.name}' is a record field; choose another name for the reference date"
                )
            self.references[reference.name] = reference
        return trial

    def _declare(self, document: n.Document, imported: bool) -> None:
        for item in document.items:
            if imported and isinstance(item, (n.Trial, n.Criterion)):
                what = "a trial header" if isinstance(item, n.Trial) else "criteria"
                self.error(
                    item, f"an imported file holds value sets, measures, attested items and definitions, not {what}"
                )
                continue
            if not isinstance(item, (n.ValueSet, n.Measure, n.Attested, n.Define)):
                continue
            if item.name in self.declarations or item.name in self.references:
                self.error(item, f"'{item.name}' is declared twice")
            elif item.name in ALL_FIELD_NAMES:
                self.error(item, f"'{item.name}' is a record field; choose another name")
            else:
                self.declarations[item.name] = item

    def _check_declaration(self, declaration: Declaration) -> None:
        if isinstance(declaration, (n.ValueSet, n.Measure)):
            self._check_entries(declaration)
        if isinstance(declaration, (n.Measure, n.Attested)):
            self.declared_type(declaration)
        if isinstance(declaration, n.Define):
            self.define_type(declaration)

    def _check_entries(self, vs: n.ValueSet | n.Measure) -> None:
        seen: set[tuple[str, str, str | None]] = set()
        for entry in vs.entries:
            for code in (entry.code, entry.last) if entry.last else (entry.code,):
                problem = code_problem(entry.system, code)
                if problem:
                    self.error(entry, problem)
            if entry.last and not any(code_problem(entry.system, c) for c in (entry.code, entry.last)):
                problem = range_problem(entry.system, entry.code, entry.last)
                if problem:
                    self.error(entry, problem)
            key = (entry.system, entry.code, entry.last)
            if key in seen:
                self.error(entry, f"{entry.system} {entry.code} is listed twice in '{vs.name}'")
            seen.add(key)
        if not any(not e.removed for e in vs.entries):
            what = "value set" if isinstance(vs, n.ValueSet) else "measure"
            self.error(vs, f"{what} '{vs.name}' has no codes", 'list at least one code, such as: LOINC 89247-1 "..."')

    def _check_criteria(self, criteria: tuple[n.Criterion, ...]) -> None:
        seen: dict[str, n.Criterion] = {}  # by the id as SQL reads it: without case
        for criterion in criteria:
            first = seen.get(criterion.id.lower())
            line = first.span.line if first is not None and first.span else None
            if first is not None and first.id == criterion.id:
                where = f" (first at line {line})" if line else ""
                self.error(criterion, f"criterion id '{criterion.id}' is used twice{where}")
            elif first is not None:
                where = f" (line {line})" if line else ""
                self.error(
                    criterion,
                    f"criterion id '{criterion.id}' differs from '{first.id}'{where} only in case",
                    "ids name the columns of the screening results, and SQL names ignore case",
                )
            elif criterion.id.lower() in RESULT_COLUMNS:
                self.error(
                    criterion,
                    f"criterion id '{criterion.id}' is the name of another column of the screening results",
                    f"the results have the columns {', '.join(RESULT_COLUMNS)} and one per criterion id",
                )
            seen.setdefault(criterion.id.lower(), criterion)
            self.expect_bool(criterion.body, (), f"criterion {criterion.id}")
            if criterion.polarity == "exclude" and _negative(criterion.body):
                self.error(
                    criterion.body,
                    f"exclusion {criterion.id} is a double negation: it excludes patients who do not have something",
                    "state it positively: 'exclude ... exists ...', or make it an inclusion criterion",
                )

    def _check_unused(self) -> None:
        """Warn of declarations nothing uses; a library of value sets (no criteria) is exempt."""
        if not any(isinstance(i, n.Criterion) for i in self.document.items):
            return
        for reference in self.references.values():
            if reference.name not in self.used:
                self.warning(reference, f"reference date '{reference.name}' is declared but never used")
        for item in self.document.items:
            if not isinstance(item, (n.ValueSet, n.Measure, n.Attested, n.Define)):
                continue
            if item.name not in self.used and self.declarations.get(item.name) is item:
                self.warning(item, f"'{item.name}' is declared but never used")


def _negative(body: n.Expr) -> bool:
    return isinstance(body, n.Not) or (isinstance(body, n.Exists) and body.quantifier == "no")


def _position(d: Diagnostic) -> tuple[str, int, int]:
    return (d.span.file, d.span.line, d.span.column) if d.span else ("", 0, 0)


__all__ = ["ENUMS", "Checker", "check"]
