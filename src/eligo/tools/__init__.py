"""Tools for authors and maintainers built on every stage above: regenerating ``generated/``
(and, to come, the language server and the semantic diff of amendments).

May import: every stage (:mod:`eligo.language` … :mod:`eligo.sql`); no stage imports tools.
"""
