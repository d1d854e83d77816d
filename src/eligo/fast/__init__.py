"""Batch screening without evidence, fast: outcomes and verdicts only.

- :mod:`eligo.fast.decode` decodes a JSON Lines record with msgspec into structs that mirror
  :mod:`eligo.records` (same field names); anything it is not sure of goes back to the pydantic
  reader, so errors read exactly as they do there;
- :mod:`eligo.fast.closures` compiles a checked program once into nested Python closures that
  compute each criterion's outcome and the verdict with the semantics of
  :class:`eligo.evaluate.Evaluator` (``explain=False``), reading either a pydantic
  :class:`~eligo.records.Patient` or a decoded struct;
- :mod:`eligo.fast.batch` screens a JSON Lines file in byte ranges on worker processes and
  gives the results back in input order.
"""
