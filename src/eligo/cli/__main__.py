"""``python -m eligo.cli``: the ``eligo`` command."""

from eligo.cli import main

if __name__ == "__main__":  # pragma: no cover
    main()
