"""Types of expressions: the checker's inference, one ``infer_<kind>`` method per expression
kind, and the checks of values, units, windows and queries inside criteria.

:class:`ExpressionChecker` holds the state of one check (declarations, diagnostics) and the
expression rules; :class:`eligo.language.check.Checker` adds the program-level rules on top.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from eligo.errors import Diagnostic, did_you_mean
from eligo.language import nodes as n
from eligo.language.calls import infer_call
from eligo.language.codes import code_problem
from eligo.language.format import brief
from eligo.language.program import Declaration
from eligo.language.schema import LINK_FIELDS, PATIENT_FIELDS, RECORD_FIELDS, RECORD_PERIOD
from eligo.language.types import (
    AGE_YEARS,
    ANY,
    BOOL,
    CODE,
    DATE,
    NUMBER,
    TEXT,
    DurationT,
    EnumT,
    QuantityT,
    SetT,
    Type,
    ValueSetT,
    a,
    comparable,
    orderable,
)  # fmt: skip
from eligo.language.units import MOLAR_DIMENSIONS, MOLAR_HINT, TIME_UNITS, UNITS, molar_mass_problems

#: the expression kinds whose type does not depend on where they are read
VALUE_TYPES: dict[str, Type] = {"boolean": BOOL, "number": NUMBER, "date": DATE, "text": TEXT}
#: how to give an observation's value a type (it has none without a measure)
#: a declaration's kind in a message, with its article
DECLARATION_WORDS = {"valueset": "a value set", "attested": "an attested item", "define": "a definition"}
UNTYPED_HINT = "declare a measure with the value's type and use 'exists MEASURE where ...'"


@dataclass(frozen=True)
class Scope:
    """The record a ``where`` or ``except`` clause reads."""

    record: str
    measure: n.Measure | None = None


class ExpressionChecker:
    def __init__(self, document: n.Document, imports: tuple[n.Document, ...], sources: dict[str, str]) -> None:
        self.document = document
        self.imports = imports
        self.sources = sources
        self.diagnostics: list[Diagnostic] = []
        #: each declaration by its key (its bare name, or ``ns.name`` where the bare one clashes)
        self.declarations: dict[str, Declaration] = {}
        #: other ways to write a declaration (``ns.name`` of one with a bare key) → its key
        self.aliases: dict[str, str] = {}
        #: bare names of imported declarations that only their qualified names reach → why
        self.hidden: dict[str, str] = {}
        #: each call of a definition with parameters (by ``id``) → the body it stands for
        self.expansions: dict[int, n.Node] = {}
        self.references: dict[str, n.Reference] = {}
        self.parameters: dict[str, n.RunParameter] = {}
        self.used: set[str] = set()
        self.define_types: dict[str, Type] = {}
        self.value_types: dict[str, Type] = {}
        self.checking_defines: list[str] = []

    # ------------------------------------------------------------------ reporting
    def error(self, node: n.Node | None, message: str, hint: str | None = None) -> None:
        self.diagnostics.append(Diagnostic("error", message, node.span if node else None, hint))

    def warning(self, node: n.Node | None, message: str, hint: str | None = None) -> None:
        self.diagnostics.append(Diagnostic("warning", message, node.span if node else None, hint))

    def declared_type(self, declaration: n.Measure | n.Attested) -> Type:
        """The type of a measure's or attested item's value, worked out (and checked) once."""
        if declaration.name not in self.value_types:
            self.value_types[declaration.name] = self.value_type(declaration.value_type, declaration.name)
        return self.value_types[declaration.name]

    def value_type(self, node: n.ValueType, owner: str) -> Type:
        if isinstance(node, n.QuantityType):
            if not self.unit(node, node.unit):
                return ANY
            if node.molar_mass is not None:
                for problem in molar_mass_problems(node.unit, node.molar_mass, node.molar_mass_unit):
                    self.error(node, problem)
            return QuantityT(node.unit)
        if isinstance(node, n.DurationType):
            return DurationT()
        if isinstance(node, n.EnumType):
            if len(set(node.values)) != len(node.values):
                self.error(node, "a value is listed twice in 'one of (...)'")
            return EnumT(owner, node.values)
        return VALUE_TYPES[node.kind]

    def unit(self, node: n.Node, unit: str) -> bool:
        if unit in UNITS:
            return True
        self.error(node, f"unknown unit '{unit}'{did_you_mean(unit, UNITS)}")
        return False

    def define_type(self, define: n.Define) -> Type:
        if define.name in self.define_types:
            return self.define_types[define.name]
        if define.name in self.checking_defines:
            self.error(define, f"definition '{define.name}' refers to itself")
            return ANY
        self.checking_defines.append(define.name)
        scopes = (Scope(define.record),) if define.record else ()
        result = self.infer(define.body, scopes)
        self.checking_defines.pop()
        self.define_types[define.name] = result
        return result

    # ------------------------------------------------------------------ expressions
    def expect_bool(self, expr: n.Expr, scopes: tuple[Scope, ...], what: str) -> None:
        found = self.infer(expr, scopes)
        if found not in (BOOL, ANY):
            self.error(expr, f"{what} must be a yes/no condition, but this is {a(found)}")

    def infer(self, expr: n.Expr, scopes: tuple[Scope, ...]) -> Type:
        method = getattr(self, f"infer_{expr.kind}")
        result: Type = method(expr, scopes)
        return result

    def infer_name(self, expr: n.Name, scopes: tuple[Scope, ...], expected: Type | None = None) -> Type:
        name = expr.name
        for scope in scopes:
            fields = RECORD_FIELDS[scope.record]
            if name in fields:
                return fields[name]
            if name == "value" and scope.record == "observation":
                return self.declared_type(scope.measure) if scope.measure else ANY
        if name in PATIENT_FIELDS:
            return PATIENT_FIELDS[name]
        if name in self.references:
            self.used.add(name)
            return DATE
        if name in self.parameters:
            self.used.add(name)
            return self.value_types.get(f"parameter {name}", ANY)
        declaration = self.lookup(name)
        if declaration is not None:
            return self._declared_type(expr, declaration, scopes)
        element = expected.element if isinstance(expected, SetT) else expected
        if element == ANY:  # the left side is unknown (already reported, or untyped): accept the value
            return ANY
        if isinstance(element, EnumT):
            if name in element.values:
                return element
            self.error(expr, f"'{name}' is not a value of {element}{did_you_mean(name, element.values)}",
                       f"the values are: {', '.join(element.values)}")  # fmt: skip
            return ANY
        if name in self.hidden:
            self.error(expr, f"unknown name '{name}': {self.hidden[name]}")
            return ANY
        linked = next((links[name] for s in scopes if (links := LINK_FIELDS.get(s.record)) and name in links), None)
        if linked is not None:
            self.error(expr, f"'{name}' links to a {linked}: write '{name} is {linked}' inside a query nested in a "
                             f"query over {linked} records")  # fmt: skip
            return ANY
        self.error(expr, f"unknown name '{name}'{did_you_mean(name, self._visible(scopes))}")
        return ANY

    def _declared_type(self, expr: n.Name, declaration: Declaration, scopes: tuple[Scope, ...]) -> Type:
        if isinstance(declaration, n.Attested):
            return self.declared_type(declaration)
        if isinstance(declaration, n.Define) and declaration.parameters:
            names = ", ".join(p.name for p in declaration.parameters)
            self.error(expr, f"'{expr.name}' takes arguments: write {expr.name}({names}) with a value for each")
            return ANY
        if isinstance(declaration, n.Define):
            if declaration.record and not any(s.record == declaration.record for s in scopes):
                self.error(
                    expr,
                    f"'{declaration.name}' describes a {declaration.record}; use it inside a query over {declaration.record} records",
                )
            return self.define_type(declaration)
        return ValueSetT()

    def _visible(self, scopes: tuple[Scope, ...]) -> set[str]:
        names = set(PATIENT_FIELDS) | set(self.references) | set(self.parameters) | set(self.declarations)
        names |= set(self.aliases)
        for scope in scopes:
            names |= set(RECORD_FIELDS[scope.record]) | ({"value"} if scope.record == "observation" else set())
        return names

    def infer_against(self, expr: n.Expr, expected: Type, scopes: tuple[Scope, ...]) -> Type:
        """Infer a right-hand side, where a bare name may be a value of the left side's enum."""
        if isinstance(expr, n.Name):
            return self.infer_name(expr, scopes, expected)
        if isinstance(expr, n.SetLit):
            return SetT(self._set_element(expr, expected, scopes))
        return self.infer(expr, scopes)

    def infer_field_of(self, expr: n.FieldOf, scopes: tuple[Scope, ...]) -> Type:
        if not any(s.record == expr.record for s in scopes):
            self.error(expr, f"'{expr.record}.{expr.field}' is used outside a query over {expr.record} records")
            return ANY
        fields = RECORD_FIELDS[expr.record]
        if expr.field not in fields:
            self.error(expr, f"a {expr.record} has no field '{expr.field}'{did_you_mean(expr.field, fields)}")
            return ANY
        return fields[expr.field]

    def infer_number_lit(self, expr: n.NumberLit, scopes: tuple[Scope, ...]) -> Type:
        return NUMBER

    def infer_quantity_lit(self, expr: n.QuantityLit, scopes: tuple[Scope, ...]) -> Type:
        if expr.unit in TIME_UNITS:
            return DurationT()
        return QuantityT(expr.unit) if self.unit(expr, expr.unit) else ANY

    def infer_string_lit(self, expr: n.StringLit, scopes: tuple[Scope, ...]) -> Type:
        return TEXT

    def infer_date_lit(self, expr: n.DateLit, scopes: tuple[Scope, ...]) -> Type:
        parts = [int(p) for p in expr.value.split("-")]
        try:
            dt.date(parts[0], parts[1], parts[2] if len(parts) > 2 else 1)
        except ValueError:
            self.error(expr, f"{expr.value} is not a date in the calendar")
        return DATE

    def infer_bool_lit(self, expr: n.BoolLit, scopes: tuple[Scope, ...]) -> Type:
        return BOOL

    def infer_code_lit(self, expr: n.CodeLit, scopes: tuple[Scope, ...]) -> Type:
        problem = code_problem(expr.system, expr.code)
        if problem:
            self.error(expr, problem)
        return CODE

    def infer_set_lit(self, expr: n.SetLit, scopes: tuple[Scope, ...]) -> Type:
        return SetT(self._set_element(expr, None, scopes))

    def _set_element(self, expr: n.SetLit, expected: Type | None, scopes: tuple[Scope, ...]) -> Type:
        element = expected.element if isinstance(expected, SetT) else expected
        types = [self.infer_against(i, element, scopes) if element else self.infer(i, scopes) for i in expr.items]
        first = next((t for t in types if t != ANY), ANY)
        for item, t in zip(expr.items, types, strict=False):
            if not comparable(first, t):
                self.error(item, f"a set holds values of one type: this is {a(t)}, the first is {a(first)}")
        return first

    def infer_range_lit(self, expr: n.RangeLit, scopes: tuple[Scope, ...]) -> Type:
        low, high = self.infer(expr.low, scopes), self.infer(expr.high, scopes)
        if not comparable(low, high) or not orderable(low):
            self.error(expr, f"a range runs between two numbers, quantities or dates, not {a(low)} and {a(high)}")
            return ANY
        bounds = _literal_value(expr.low), _literal_value(expr.high)
        low_value, high_value = bounds
        if low_value and high_value and low_value[0] == high_value[0] and _greater(low_value[1], high_value[1]):
            self.error(
                expr,
                f"range {brief(expr.low)}..{brief(expr.high)} is reversed; write {brief(expr.high)}..{brief(expr.low)}",
            )
        return low

    def infer_age(self, expr: n.Age, scopes: tuple[Scope, ...]) -> Type:
        self.expect_date(expr.at, scopes, "'age at' needs a date")
        return AGE_YEARS

    def expect_date(self, expr: n.Expr, scopes: tuple[Scope, ...], what: str) -> None:
        found = self.infer(expr, scopes)
        if found not in (DATE, ANY):
            self.error(expr, f"{what}, but '{brief(expr)}' is {a(found)}")
        elif self._untyped_value(expr, scopes):
            self.error(
                expr, f"{what}, but the value of an observation of no declared measure has no type", UNTYPED_HINT
            )

    def _untyped_value(self, expr: n.Expr, scopes: tuple[Scope, ...]) -> bool:
        """Whether ``expr`` is the ``value`` of an observation query that names no measure (as
        :meth:`infer_name` resolves it): comparable with anything, but not a date or a set."""
        if not isinstance(expr, n.Name) or expr.name != "value":
            return False
        for scope in scopes:
            if expr.name in RECORD_FIELDS[scope.record]:
                return False
            if scope.record == "observation":
                return scope.measure is None
        return False

    def _check_amount(self, amount: n.QuantityLit | n.Name) -> None:
        if isinstance(amount, n.Name):  # a parameter's name left after expansion: not a parameter here
            self.error(
                amount, f"'{amount.name}' is not a parameter here; a window's amount is a duration such as 28 days"
            )
            return
        if amount.unit not in TIME_UNITS:
            self.error(amount, f"a window is measured in days, weeks, months or years, not '{amount.unit}'")
        if amount.value != amount.value.to_integral_value():
            self.error(amount, f"a window counts whole {amount.unit}; write a whole number")
        if amount.value < 0:
            self.error(amount, "a window cannot be negative; use 'before' or 'after' for the direction")

    def check_window(self, window: n.Window, scopes: tuple[Scope, ...]) -> None:
        if isinstance(window, (n.Within, n.AtLeast)):
            self._check_amount(window.amount)
            self.expect_date(window.anchor, scopes, "a window counts from a date")
        elif isinstance(window, n.Relative):
            self.expect_date(window.anchor, scopes, "a window counts from a date")
        else:
            self.expect_date(window.start, scopes, "'between' needs dates")
            self.expect_date(window.end, scopes, "'between' needs dates")
            if (
                isinstance(window.start, n.DateLit)
                and isinstance(window.end, n.DateLit)
                and window.start.value > window.end.value
            ):
                self.error(window, f"'between {window.start.value} and {window.end.value}' is reversed")

    def infer_latest(self, expr: n.Latest, scopes: tuple[Scope, ...]) -> Type:
        self.check_window(expr.window, scopes)
        if expr.of is not None:
            self.check_of(expr, expr.of, scopes)
        measure = self._measure(expr, expr.measure)
        return self.declared_type(measure) if measure else ANY

    def lookup(self, name: str) -> Declaration | None:
        """The declaration a written name (bare or qualified) stands for; marks it used."""
        key = self.aliases.get(name, name)
        declaration = self.declarations.get(key)
        if declaration is not None:
            self.used.add(key)
        return declaration

    def _measure(self, node: n.Node, name: str) -> n.Measure | None:
        declaration = self.lookup(name)
        if isinstance(declaration, n.Measure):
            return declaration
        if declaration is not None:
            self.error(
                node,
                f"'{name}' is {DECLARATION_WORDS.get(declaration.kind, 'a ' + declaration.kind)}, not a measure",
                "declare it with 'measure NAME \"title\": TYPE' and its codes",
            )
        else:
            measures = [k for k, v in self.declarations.items() if isinstance(v, n.Measure)]
            hidden = f": {self.hidden[name]}" if name in self.hidden else did_you_mean(name, measures)
            self.error(node, f"unknown measure '{name}'{hidden}")
        return None

    def check_query(self, query: n.Query, scopes: tuple[Scope, ...]) -> None:
        measure = self._measure(query, query.measure) if query.measure else None
        if query.valueset is not None:
            declaration = self.lookup(query.valueset)
            if not isinstance(declaration, (n.ValueSet, n.Measure)):
                sets = [k for k, v in self.declarations.items() if isinstance(v, (n.ValueSet, n.Measure))]
                name = query.valueset
                hidden = f": {self.hidden[name]}" if name in self.hidden else did_you_mean(name, sets)
                self.error(query, f"undefined value set '{name}'{hidden}")
        inner = (Scope(query.record, measure), *scopes)
        if query.where is not None:
            self.expect_bool(query.where, inner, "a 'where' clause")
        for clause in query.excepts:
            self.expect_bool(clause.condition, inner, "an 'except' clause")

    def infer_count(self, expr: n.Count, scopes: tuple[Scope, ...]) -> Type:
        self.check_query(expr.query, scopes)
        return NUMBER

    def infer_exists(self, expr: n.Exists, scopes: tuple[Scope, ...]) -> Type:
        self.check_query(expr.query, scopes)
        return BOOL

    def infer_compare(self, expr: n.Compare, scopes: tuple[Scope, ...]) -> Type:
        left = self.infer(expr.left, scopes)
        right = self.infer_against(expr.right, left, scopes)
        if expr.op in ("<", "<=", ">", ">=") and not orderable(left):
            self.error(
                expr, f"'{expr.op}' needs numbers, quantities, durations or dates; '{brief(expr.left)}' is {a(left)}"
            )
        else:
            self._comparable(expr, left, right)
        return BOOL

    def _comparable(self, expr: n.Compare | n.Is, left: Type, right: Type) -> None:
        if isinstance(right, QuantityT) and right.unit == "x ULN" and left != ANY:
            self._against_uln(expr, expr.left, left)
        elif isinstance(right, QuantityT) and right.unit == "x ULN" and _is_value(expr.left):
            self.error(
                expr,
                "'× ULN' needs the result of a measure; the value of an observation of no declared measure has no type",
                UNTYPED_HINT,
            )
        # an age compares with years, months, weeks or days (completed ones: an infant's age in days)
        elif isinstance(left, (QuantityT, DurationT)) and right == NUMBER:
            unit = left.unit if isinstance(left, QuantityT) else "days, weeks, months or years"
            self.error(expr.right, f"'{brief(expr.right)}' needs a unit: '{brief(expr.left)}' is measured in {unit}")
        elif not comparable(left, right):
            molar = {getattr(left, "dimension", ""), getattr(right, "dimension", "")} == set(MOLAR_DIMENSIONS)
            hint = MOLAR_HINT.format(unit=getattr(left, "unit", "")) if molar else None
            self.error(
                expr, f"cannot compare '{brief(expr.left)}' ({a(left)}) with '{brief(expr.right)}' ({a(right)})", hint
            )

    def _against_uln(self, expr: n.Node, operand: n.Node, left: Type) -> None:
        """``× ULN`` reads a laboratory result's upper limit of normal (``reference_high``): the
        ``operand`` is the result of a measure whose value is a number (INR) or a quantity."""
        shown = brief(operand)
        if not (left == NUMBER or (isinstance(left, QuantityT) and left.unit != "x ULN")):
            self.error(
                expr, f"'× ULN' compares a number or a quantity with its upper limit of normal; '{shown}' is {a(left)}"
            )
        elif not self._measured(operand):
            self.error(
                expr, f"'× ULN' needs a measure's result, which carries its upper limit of normal; '{shown}' is not one",
                "compare 'latest <measure> ...' or the 'value' of an observation of a measure",
            )  # fmt: skip

    def _measured(self, expr: n.Node) -> bool:
        """Whether an expression is the result of a measure (so may carry an upper limit of normal)."""
        if isinstance(expr, n.Latest):
            return True
        if isinstance(expr, n.Name) and expr.name == "value":
            return True  # typed as a number or a quantity only inside a query over a measure
        declaration = self.lookup(expr.name) if isinstance(expr, n.Name) else None
        return isinstance(declaration, n.Define) and not declaration.parameters and self._measured(declaration.body)

    def infer_is(self, expr: n.Is, scopes: tuple[Scope, ...]) -> Type:
        if isinstance(expr.right, n.Name) and expr.right.name in RECORD_FIELDS:  # the parser's `x is condition`
            self.error(expr, f"only a link field names a record ('reason is {expr.right.name}'); this is not one")
            return BOOL
        left = self.infer(expr.left, scopes)
        right = self.infer_against(expr.right, left, scopes)
        self._comparable(expr, left, right)
        return BOOL

    def infer_is_known(self, expr: n.IsKnown, scopes: tuple[Scope, ...]) -> Type:
        self.infer(expr.operand, scopes)
        return BOOL

    def infer_member(self, expr: n.Member, scopes: tuple[Scope, ...]) -> Type:
        left = self.infer(expr.operand, scopes)
        collection = expr.collection
        declared = self.lookup(collection.name) if isinstance(collection, n.Name) else None
        if isinstance(declared, (n.ValueSet, n.Measure)):
            if left not in (CODE, ANY):
                what = "a value set" if isinstance(declared, n.ValueSet) else "a measure"
                self.error(expr, f"only a code can be in {what}, and '{brief(expr.operand)}' is {a(left)}")
            return BOOL
        if isinstance(collection, n.RangeLit):
            bound = self.infer(collection, scopes)
            if isinstance(bound, QuantityT) and bound.unit == "x ULN" and left != ANY:
                self._against_uln(expr, expr.operand, left)
            elif not comparable(left, bound):
                self.error(
                    expr,
                    f"cannot compare '{brief(expr.operand)}' ({a(left)}) with the range {brief(collection)} ({a(bound)})",
                )
            return BOOL
        found = self.infer_against(collection, SetT(left), scopes)
        if isinstance(found, SetT):
            if not comparable(left, found.element):
                self.error(expr, f"'{brief(expr.operand)}' is {a(left)}; the set holds {a(found.element)} values")
        elif found != ANY:
            self.error(collection, f"'in' needs a set, a range or a value set; '{brief(collection)}' is {a(found)}")
        return BOOL

    def infer_includes(self, expr: n.Includes, scopes: tuple[Scope, ...]) -> Type:
        left = self.infer(expr.operand, scopes)
        if not isinstance(left, SetT):
            if left != ANY:
                self.error(expr, f"'includes' needs a field with several values; '{brief(expr.operand)}' is {a(left)}")
            elif self._untyped_value(expr.operand, scopes):
                self.error(expr, "'includes' needs a field with several values; the value of an observation of "
                           "no declared measure has no type", UNTYPED_HINT)  # fmt: skip
            return BOOL
        item = self.infer_against(expr.item, left.element, scopes)
        if not comparable(left.element, item):
            self.error(
                expr.item, f"'{brief(expr.item)}' is {a(item)}; '{brief(expr.operand)}' holds {a(left.element)} values"
            )
        return BOOL

    def infer_temporal(self, expr: n.Temporal, scopes: tuple[Scope, ...]) -> Type:
        self.expect_date(expr.operand, scopes, "a window applies to a date")
        self.check_window(expr.window, scopes)
        return BOOL

    def infer_active(self, expr: n.Active, scopes: tuple[Scope, ...]) -> Type:
        kinds = ", ".join(RECORD_PERIOD)
        if not scopes:
            self.error(expr, f"'active' reads the period of a record: use it inside a query ({kinds})")
        elif scopes[0].record not in RECORD_PERIOD:
            kind = scopes[0].record
            self.error(expr, f"{'an' if kind[0] in 'aeiou' else 'a'} {kind} has no period: 'active' applies to {kinds}")
        self.check_window(expr.window, scopes)
        return BOOL

    def infer_link(self, expr: n.Link, scopes: tuple[Scope, ...]) -> Type:
        """``reason is condition``: a link field of the innermost query's record, naming a record of an
        enclosing query over the kind the link names."""
        if not scopes:
            self.error(expr, f"'{expr.field} is {expr.record}' reads a record's link: use it inside a query")
            return BOOL
        kind, links = scopes[0].record, LINK_FIELDS.get(scopes[0].record, {})
        article = "an" if kind[0] in "aeiou" else "a"
        if expr.field not in links:
            suggestion = did_you_mean(expr.field, links)
            known = f"; its links are: {', '.join(links)}" if links and not suggestion else ""
            with_links = ", ".join(sorted({k for k, fields in LINK_FIELDS.items() if expr.field in fields}))
            where = f" ('{expr.field}' is a link of {with_links} records)" if with_links else ""
            field_of = f"to compare with the {expr.record}'s {expr.field}, write {expr.record}.{expr.field}"
            hint = field_of if expr.field in RECORD_FIELDS[expr.record] else None
            self.error(expr, f"{article} {kind} has no link '{expr.field}'{suggestion}{known}{where}", hint)
            return BOOL
        target = links[expr.field]
        if expr.record != target:
            self.error(expr, f"{article} {kind}'s {expr.field} names {target} records, not {expr.record} records",
                       f"write '{expr.field} is {target}'")  # fmt: skip
        elif not any(s.record == target for s in scopes[1:]):
            self.error(expr, f"'{expr.field} is {target}' names the record of an enclosing {target} query, and no "
                             f"{target} query encloses this {kind} query",
                       f"nest it: exists {target} in ... where (exists {kind} in ... where {expr.field} is {target})")  # fmt: skip
        return BOOL

    def check_of(self, expr: n.Latest, of: str, scopes: tuple[Scope, ...]) -> None:
        """``latest MEASURE of condition``: an observation's focus names the enclosing record."""
        target = LINK_FIELDS["observation"]["focus"]
        if of != target:
            self.error(expr, f"an observation's focus names {target} records, not {of} records",
                       f"write 'latest {expr.measure} of {target} ...'")  # fmt: skip
        elif not any(s.record == target for s in scopes):
            self.error(expr, f"'latest {expr.measure} of {target}' reads the observations of the record of an "
                             f"enclosing {target} query, and no {target} query encloses it",
                       f"nest it: exists {target} in ... where latest {expr.measure} of {target} ...")  # fmt: skip

    def infer_not(self, expr: n.Not, scopes: tuple[Scope, ...]) -> Type:
        self.expect_bool(expr.operand, scopes, "'not' applies to a yes/no condition; this")
        return BOOL

    def infer_and(self, expr: n.And, scopes: tuple[Scope, ...]) -> Type:
        for operand in expr.operands:
            self.expect_bool(operand, scopes, "each side of 'and'")
        return BOOL

    def infer_or(self, expr: n.Or, scopes: tuple[Scope, ...]) -> Type:
        for operand in expr.operands:
            self.expect_bool(operand, scopes, "each side of 'or'")
        return BOOL

    # ------------------------------------------------------------------ definitions with parameters
    def infer_call(self, expr: n.Call, scopes: tuple[Scope, ...]) -> Type:
        return infer_call(self, expr, scopes)

    def infer_if(self, expr: n.If, scopes: tuple[Scope, ...]) -> Type:
        self.expect_bool(expr.condition, scopes, "the condition of 'if'")
        self.expect_bool(expr.then, scopes, "the 'then' branch")
        if expr.otherwise is not None:
            self.expect_bool(expr.otherwise, scopes, "the 'else' branch")
        return BOOL


def _literal_value(expr: n.Expr) -> tuple[str, Decimal | str] | None:
    """A literal's value, tagged so that only like values are compared."""
    if isinstance(expr, n.NumberLit):
        return ("number", expr.value)
    if isinstance(expr, n.QuantityLit) and expr.unit in UNITS:
        return (UNITS[expr.unit].dimension, expr.value * UNITS[expr.unit].factor)
    if isinstance(expr, n.DateLit):
        return ("date", expr.value)
    return None


def _is_value(expr: n.Node) -> bool:
    return isinstance(expr, n.Name) and expr.name == "value"


def _greater(a: Decimal | str, b: Decimal | str) -> bool:
    return a > b if type(a) is type(b) else False  # type: ignore[operator]
