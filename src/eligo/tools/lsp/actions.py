"""Quick fixes: the checker's "did you mean 'x'?" applied with one click.

A diagnostic that names what was written and what was probably meant (``'femle' is not a value
of sex; did you mean 'female'?``) offers to replace the written name where it stands in the
diagnostic's range (once there: a range holding it twice is left to the author).
"""

from __future__ import annotations

import re

from lsprotocol import types as lsp

from eligo.tools.lsp.positions import LineIndex

SUGGESTION = re.compile(r"'(?P<written>[^']+)'.*did you mean '(?P<meant>[^']+)'\?")


def quick_fixes(uri: str, text: str, diagnostics: list[lsp.Diagnostic], encoding: str) -> list[lsp.CodeAction]:
    index = LineIndex(text, encoding)
    actions: list[lsp.CodeAction] = []
    for diagnostic in diagnostics:
        found = SUGGESTION.search(diagnostic.message.split("\n")[0])
        if found is None:
            continue
        start, end = index.offset(diagnostic.range.start), index.offset(diagnostic.range.end)
        written, meant = found.group("written"), found.group("meant")
        spots = [m.start() for m in re.finditer(rf"(?<![\w.]){re.escape(written)}(?![\w.])", text[start:end])]
        if len(spots) != 1:
            continue
        where = index.offset_range(start + spots[0], start + spots[0] + len(written))
        edit = lsp.WorkspaceEdit(changes={uri: [lsp.TextEdit(range=where, new_text=meant)]})
        actions.append(
            lsp.CodeAction(
                title=f"Replace '{written}' with '{meant}'",
                kind=lsp.CodeActionKind.QuickFix,
                diagnostics=[diagnostic],
                edit=edit,
                is_preferred=True,
            )
        )
    return actions
