"""``python -m eligo.cli``: the ``eligo`` command."""

from eligo.cli import main

main()
