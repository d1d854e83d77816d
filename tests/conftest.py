"""Shared paths and helpers for the tests."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CRITERIA = ROOT / "criteria"
TRIAL_FILES = sorted(CRITERIA.glob("*.elig"))
ALL_ELIG_FILES = sorted(CRITERIA.rglob("*.elig"))


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run the test inside a fresh temporary directory."""
    monkeypatch.chdir(tmp_path)
    return tmp_path
