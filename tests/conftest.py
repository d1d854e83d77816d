"""Shared paths and helpers for the tests."""

from __future__ import annotations

import functools
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
CRITERIA = ROOT / "criteria"
TRIAL_FILES = sorted(CRITERIA.glob("*.elig"))
ALL_ELIG_FILES = sorted(CRITERIA.rglob("*.elig"))


@functools.cache
def bench_module(name: str) -> ModuleType:
    """A script of bench/ (``generate``, ``handwritten``) imported as a module, once."""
    spec = importlib.util.spec_from_file_location(f"bench_{name}", ROOT / "bench" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run the test inside a fresh temporary directory."""
    monkeypatch.chdir(tmp_path)
    return tmp_path
