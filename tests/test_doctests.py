"""The examples in the docstrings of every module run and say what they show."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import eligo

MODULES = sorted(m.name for m in pkgutil.walk_packages(eligo.__path__, "eligo."))


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0
