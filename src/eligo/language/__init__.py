"""The language: grammar, parser, syntax tree, checker, formatter, types, units, codes, and the
meaning of its values (three-valued logic, partial dates, calendar arithmetic, phrases).

May import: :mod:`eligo.errors` only. Knows nothing of patient records, sources or back ends.
"""
