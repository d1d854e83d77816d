"""The checker: names, types, units, codes and value sets, every problem reported at once.

>>> from eligo.language.parse import parse_text
>>> doc = parse_text('trial T1 "t" reference d "day" include I1 "adult" age at d >= 7 g/dL', "t.elig")
>>> try:
...     check(doc)
... except CheckError as error:
...     print(error.diagnostics[0].message)
cannot compare 'age at d' (an age) with '7 g/dL' (a quantity in g/dL)
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from typing import TypeVar

from eligo.errors import CheckError, Diagnostic
from eligo.language import nodes as n
from eligo.language.codes import code_problem, descendants_problem, range_problem
from eligo.language.expand import expanded
from eligo.language.infer import ExpressionChecker
from eligo.language.names import ENUM_VALUES, key_of, namespaces, renamed
from eligo.language.program import Declaration, Program
from eligo.language.schema import ALL_FIELD_NAMES, ENUMS

#: the columns of the screening results besides the criteria (CSV output and SQL), which no
#: criterion id may take
RESULT_COLUMNS = ("patient_id", "verdict", "fingerprint")

NodeT = TypeVar("NodeT", bound=n.Node)


def check(document: n.Document, imports: Iterable[n.Document] = (), sources: dict[str, str] | None = None) -> Program:
    """Check a parsed file and its parsed imports; raise :class:`CheckError` on any error."""
    return Checker(document, tuple(imports), sources or {}).run()


class Checker(ExpressionChecker):
    """One pass over a program; collects diagnostics instead of stopping at the first."""

    # ------------------------------------------------------------------ the program
    def run(self) -> Program:
        trial = self._trial()
        self._declare()
        for declaration in self.declarations.values():
            self._check_declaration(declaration)
        criteria = tuple(i for i in self.document.items if isinstance(i, n.Criterion))
        self._check_criteria(criteria)
        self._check_unused()
        errors = [d for d in self.diagnostics if d.severity == "error"]
        sources = dict(self.sources)
        if errors:
            raise CheckError(_in_order(self.diagnostics), sources)
        decls = self.declarations
        return Program(
            document=self.document,
            imports=self.imports,
            sources=sources,
            trial=trial,
            valuesets={k: v for k, v in decls.items() if isinstance(v, (n.ValueSet, n.Measure))},
            measures={k: v for k, v in decls.items() if isinstance(v, n.Measure)},
            attested={k: v for k, v in decls.items() if isinstance(v, n.Attested)},
            defines={k: self._checked(v) for k, v in decls.items() if isinstance(v, n.Define) and not v.parameters},
            criteria=tuple(self._checked(c) for c in criteria),
            warnings=tuple(_in_order(self.diagnostics)),
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
                earlier = self.references[reference.name].span
                at = f" (first declared at {earlier})" if earlier else ""
                self.error(reference, f"reference date '{reference.name}' is declared twice{at}")
            elif reference.name in ALL_FIELD_NAMES:
                self.error(
                    reference, f"'{reference.name}' is a record field; choose another name for the reference date"
                )
            self.references[reference.name] = reference
        for parameter in trial.parameters:
            self._check_run_parameter(parameter)
        return trial

    def _check_run_parameter(self, parameter: n.RunParameter) -> None:
        """A per-enrolment parameter: a fresh name, and one of a list of named values."""
        if parameter.name in self.parameters or parameter.name in self.references:
            self.error(parameter, f"'{parameter.name}' is declared twice in the trial header")
            return
        if parameter.name in ALL_FIELD_NAMES or parameter.name in ENUM_VALUES:
            what = "a record field" if parameter.name in ALL_FIELD_NAMES else "a value of a record field"
            self.error(parameter, f"'{parameter.name}' is {what}; choose another name for the parameter",
                       "a study's 'arm' is a field of study records: call the parameter 'assigned_arm'")  # fmt: skip
            return
        if not isinstance(parameter.value_type, n.EnumType):
            self.error(
                parameter.value_type, "a parameter is one of a list of named values",
                "write its values: parameter cohort \"Cohort\": one of (cohort_a, cohort_b)",
            )  # fmt: skip
            return
        self.parameters[parameter.name] = parameter
        self.value_types[f"parameter {parameter.name}"] = self.value_type(parameter.value_type, parameter.name)

    def _checked(self, node: NodeT) -> NodeT:
        """A criterion or definition as back ends read it: calls of definitions with parameters
        expanded, and every name written as its declaration's key (``ns.x`` → ``x`` when ``x``
        is the key)."""
        return renamed(expanded(node, self.expansions), self.aliases)

    def _declare(self) -> None:
        """Give every declaration its key (see :mod:`eligo.language.names`)."""
        local = self._declare_local()
        spaces = namespaces(self.document, self.imports)
        bare: dict[str, list[tuple[str | None, Declaration, str]]] = {}
        for document in self.imports:
            namespace = spaces.get(document.path)
            for item in self._declarations_of(document, imported=True):
                if item.name in ALL_FIELD_NAMES:
                    self.error(item, f"'{item.name}' is a record field; choose another name")
                    continue
                qualified = key_of(namespace, item.name) if namespace else None
                if qualified is not None and any(q == qualified for q, _, _ in bare.get(item.name, [])):
                    self.error(item, f"'{qualified}' is declared twice{self._first_at(item.name, bare)}")
                    continue
                bare.setdefault(item.name, []).append((qualified, item, document.path))
        for name, found in bare.items():
            clash = self._bare_clash(name, found, local)
            if clash is None:
                qualified, item, _ = found[0]
                self.declarations[name] = item
                if qualified is not None:
                    self.aliases[qualified] = name
                continue
            self.hidden[name] = clash
            for qualified, item, path in found:
                if qualified is None:
                    self.error(item, f"'{name}' of {path} cannot be reached: {clash}",
                               f"give its import a name: import \"...\" as NAME, then write NAME.{name}")  # fmt: skip
                else:
                    self.declarations[qualified] = item
            if name in local:
                where = ", ".join(q for q, _, _ in found if q)
                self.warning(local[name], f"'{name}' here hides the declaration of the same name imported as {where}",
                             f"write {where} for the imported one, or rename this one")  # fmt: skip
        for name, item in local.items():
            self.declarations[name] = item

    def _declare_local(self) -> dict[str, Declaration]:
        """The importing file's own declarations, by their bare names."""
        local: dict[str, Declaration] = {}
        for item in self._declarations_of(self.document, imported=False):
            if item.name in local or item.name in self.references or item.name in self.parameters:
                first = local.get(item.name) or self.references.get(item.name) or self.parameters[item.name]
                at = f" (first declared at {first.span})" if first.span else ""
                self.error(item, f"'{item.name}' is declared twice{at}")
            elif item.name in ALL_FIELD_NAMES:
                self.error(item, f"'{item.name}' is a record field; choose another name")
            elif item.name in ENUM_VALUES and self._has_criteria():  # a library's is reached qualified
                self.error(item, f"'{item.name}' is a value of the field '{ENUM_VALUES[item.name]}'; choose another name",
                           "a criterion could not tell the declaration from the value")  # fmt: skip
            else:
                local[item.name] = item
        return local

    def _has_criteria(self) -> bool:
        return any(isinstance(i, n.Criterion) for i in self.document.items)

    def _declarations_of(self, document: n.Document, imported: bool) -> list[Declaration]:
        found: list[Declaration] = []
        for item in document.items:
            if imported and isinstance(item, (n.Trial, n.Criterion)):
                what = "a trial header" if isinstance(item, n.Trial) else "criteria"
                self.error(
                    item, f"an imported file holds value sets, measures, attested items and definitions, not {what}"
                )
            elif isinstance(item, (n.ValueSet, n.Measure, n.Attested, n.Define)):
                found.append(item)
        return found

    def _bare_clash(
        self, name: str, found: list[tuple[str | None, Declaration, str]], local: dict[str, Declaration]
    ) -> str | None:
        """Why an imported declaration's bare name cannot be its key, or None when it can."""
        qualified = " or ".join(q for q, _, _ in found if q) or "a qualified name"
        if len(found) > 1:
            files = " and ".join(path for _, _, path in found)
            return f"'{name}' is declared in {files}; write {qualified}"
        if name in local:
            return f"'{name}' is also declared in this file; write {qualified} for the imported one"
        if name in ENUM_VALUES:
            return f"'{name}' is a value of the field '{ENUM_VALUES[name]}'; the imported declaration is {qualified}"
        if name in self.references:
            return f"'{name}' is a reference date of this trial; the imported declaration is {qualified}"
        if name in self.parameters:
            return f"'{name}' is a parameter of this trial; the imported declaration is {qualified}"
        return None

    @staticmethod
    def _first_at(name: str, bare: dict[str, list[tuple[str | None, Declaration, str]]]) -> str:
        first = bare[name][0][1]
        return f" (first declared at {first.span})" if first.span else ""

    def _check_declaration(self, declaration: Declaration) -> None:
        if isinstance(declaration, (n.ValueSet, n.Measure)):
            self._check_entries(declaration)
        if isinstance(declaration, (n.Measure, n.Attested)):
            self.declared_type(declaration)
        if isinstance(declaration, n.Define) and declaration.parameters:
            self._check_parameters(declaration)
        elif isinstance(declaration, n.Define):
            self.define_type(declaration)

    def _check_parameters(self, define: n.Define) -> None:
        """A definition with parameters is checked where it is called; here, its parameters."""
        seen: set[str] = set()
        for parameter in define.parameters:
            if parameter.name in seen:
                self.error(parameter, f"parameter '{parameter.name}' is listed twice")
            elif (
                parameter.name in ALL_FIELD_NAMES
                or parameter.name in self.references
                or parameter.name in self.parameters
            ):
                what = "a record field" if parameter.name in ALL_FIELD_NAMES else "a name of the trial header"
                self.error(parameter, f"parameter '{parameter.name}' is {what}; choose another name")
            seen.add(parameter.name)
            if not isinstance(parameter.type, n.DeclaredType):
                self.value_type(parameter.type, parameter.name)

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
            if entry.descendants:
                problem = descendants_problem(entry.system, entry.last)
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
                where = f" (first at {first.span})" if first.span else ""
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
            self._check_translations(criterion)
            self.expect_bool(criterion.body, (), f"criterion {criterion.id}")
            if criterion.polarity == "exclude" and _negative(criterion.body):
                self.error(
                    criterion.body,
                    f"exclusion {criterion.id} is a double negation: it excludes patients who do not have something",
                    "state it positively: 'exclude ... exists ...', or make it an inclusion criterion",
                )

    def _check_translations(self, criterion: n.Criterion) -> None:
        """Each translation names a known language and follows the English it translates, once."""
        seen: set[tuple[str, int | None]] = set()
        for t in criterion.translations:
            what = "note" if t.keyword == "note" else t.keyword
            if t.lang not in n.TRANSLATION_LANGUAGES:
                known = ", ".join(f"{k} ({v})" for k, v in n.TRANSLATION_LANGUAGES.items())
                close = difflib.get_close_matches(
                    t.lang.lower(), n.TRANSLATION_LANGUAGES, n=1, cutoff=0.5
                )  # tags are short
                suggestion = f"; did you mean '{close[0]}'?" if close else ""
                self.error(t, f"unknown language '{t.lang}'{suggestion}", f"the languages are: {known}")
            elif t.keyword == "note" and t.note == -1:
                self.error(
                    t,
                    f"a '{t.lang}' note without an English note before it",
                    f'write the note first: note "..." then note {t.lang} "..."',
                )
            elif t.keyword != "note" and criterion.text is None:
                self.error(
                    t,
                    f"a '{t.lang}' {what} without an English {what}",
                    f'write the English first: {what} "..." then {what} {t.lang} "..."',
                )
            elif t.keyword != "note" and t.keyword != ("summary" if criterion.wording == "summary" else "text"):
                other = "summary" if t.keyword == "text" else "text"
                self.error(t, f"a '{t.lang}' {what} translates a {other}", f'write it as {other} {t.lang} "..."')
            elif (t.lang, t.note) in seen:
                self.error(t, f"a second '{t.lang}' translation of the same {what}")
            seen.add((t.lang, t.note))

    def _check_unused(self) -> None:
        """Warn of declarations nothing uses; a library of value sets (no criteria) is exempt."""
        if not any(isinstance(i, n.Criterion) for i in self.document.items):
            return
        for reference in self.references.values():
            if reference.name not in self.used:
                self.warning(reference, f"reference date '{reference.name}' is declared but never used")
        for parameter in self.parameters.values():
            if parameter.name not in self.used:
                self.warning(parameter, f"parameter '{parameter.name}' is declared but never used")
        for item in self.document.items:
            if not isinstance(item, (n.ValueSet, n.Measure, n.Attested, n.Define)):
                continue
            if item.name not in self.used and self.declarations.get(item.name) is item:
                self.warning(item, f"'{item.name}' is declared but never used")


def _negative(body: n.Expr) -> bool:
    return isinstance(body, n.Not) or (isinstance(body, n.Exists) and body.quantifier == "no")


def _in_order(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """Diagnostics in source order, each once (the body of a definition with parameters is
    checked at every call, and says the same thing each time)."""
    return sorted(dict.fromkeys(diagnostics), key=_position)


def _position(d: Diagnostic) -> tuple[str, int, int]:
    return (d.span.file, d.span.line, d.span.column) if d.span else ("", 0, 0)


__all__ = ["ENUMS", "Checker", "check"]
