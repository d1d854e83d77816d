"""The language server for ``.elig`` files (``eligo lsp``), on pygls and lsprotocol (the ``lsp`` extra).

:mod:`~eligo.tools.lsp.server` wires the protocol; :mod:`~eligo.tools.lsp.positions` converts
positions (UTF-16 code units); :mod:`~eligo.tools.lsp.syntax` finds where names are declared and
used in one file; :mod:`~eligo.tools.lsp.analysis` puts a file with its imports and the checker's
verdict; :mod:`~eligo.tools.lsp.diagnostics`, :mod:`~eligo.tools.lsp.hover`,
:mod:`~eligo.tools.lsp.completion` and :mod:`~eligo.tools.lsp.navigation` (definition, references,
rename, outline) answer the requests.
"""
