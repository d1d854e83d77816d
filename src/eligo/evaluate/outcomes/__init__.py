"""The outcomes-only evaluator: a checked program compiled once into Python closures that
compute each criterion's outcome and the verdict with the evidence evaluator's semantics,
skipping the evidence.

- :mod:`.compiler` (base, frames, typed values), :mod:`.predicates` (comparisons, sets, ages),
  :mod:`.queries` (record queries, ``latest``, counts), :mod:`.closures` (criteria and verdict);
- :mod:`.codegen`: the same outcomes from the source of one Python function per trial, which
  calls the closure of any node it has no rule for (what ``eligo eval`` runs);
- :mod:`eligo.evaluate.batch` runs it over a JSON Lines file on worker processes.
"""
