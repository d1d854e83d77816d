"""The example patients of NCT05238363: expected verdicts and every criterion's outcome.

Between them the examples take every criterion to met (M), not met (N) and unknown (U), and
I7 to not applicable (A); the last test checks that coverage, so the table cannot shrink
silently.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import eligo

from .conftest import CRITERIA, ROOT

EXAMPLES = ROOT / "examples" / "nct05238363"
IDS = ["I1", "I2", "I3", "I4", "I5", "I6", "I7", "E1", "E2", "E3", "E4", "E5", "E6", "E7"]
CODES = {"M": "met", "N": "not_met", "U": "unknown", "A": "not_applicable"}

#                 file                                         verdict         I1..I7   E1..E7
TABLE = [
    ("p01-eligible-man.json", "eligible", "MMMMMMA NNNNNNN"),
    ("p02-eligible-woman-with-exceptions.json", "eligible", "MMMMMMM NNNNNNN"),
    ("p03-ineligible-on-everything.json", "ineligible", "NNNNNNN MMMMMMM"),
    ("p04-undetermined-nothing-collected.json", "undetermined", "UUUUUUU UUUUUUU"),
    ("p05-undetermined-partial-data.json", "undetermined", "UUUUUUU UUUUUUU"),
    ("p06-ineligible-prior-panitumumab.json", "ineligible", "MMMMMMA MNNNNNN"),
]


@pytest.fixture(scope="module")
def trial() -> eligo.CompiledTrial:
    return eligo.load(CRITERIA / "nct05238363.elig")


def expected_outcomes(codes: str) -> dict[str, str]:
    return dict(zip(IDS, (CODES[c] for c in codes.replace(" ", "")), strict=True))


@pytest.mark.parametrize(("name", "verdict", "codes"), TABLE, ids=[t[0] for t in TABLE])
def test_example_patient(trial: eligo.CompiledTrial, name: str, verdict: str, codes: str) -> None:
    result = trial.evaluate(json.loads((EXAMPLES / name).read_text()))
    assert {c.id: c.outcome for c in result.criteria} == expected_outcomes(codes)
    assert result.verdict == verdict


def test_the_examples_cover_every_outcome_of_every_criterion() -> None:
    seen: dict[str, set[str]] = {i: set() for i in IDS}
    for _, _, codes in TABLE:
        for criterion, outcome in expected_outcomes(codes).items():
            seen[criterion].add(outcome)
    for criterion, outcomes in seen.items():
        assert {"met", "not_met", "unknown"} <= outcomes, criterion
    assert "not_applicable" in seen["I7"]


def test_every_example_file_is_in_the_table() -> None:
    assert sorted(p.name for p in EXAMPLES.glob("*.json")) == sorted(t[0] for t in TABLE)


def test_the_exceptions_show_in_the_evidence(trial: eligo.CompiledTrial) -> None:
    result = trial.evaluate(json.loads((EXAMPLES / "p02-eligible-woman-with-exceptions.json").read_text()))
    e2 = next(c for c in result.criteria if c.id == "E2")
    spared = {e.code: e.note for e in e2.evidence}
    assert spared["ICD10CM D06.1"] == "spared by 'except code in cervical_carcinoma_in_situ and status is resolved'"
    assert spared["ICD10CM C44.91"] == "spared by 'except cleared_by_surgery_alone'"
    e5 = next(c for c in result.criteria if c.id == "E5")
    assert [e.note for e in e5.evidence if e.record == "condition"] == [
        "spared by 'except cns_treatment_duration > 3 months and latest disease_status of condition within 4 "
        "weeks before first_dose in (stable, improving) and cns_symptoms_stable'"
    ]


def test_an_undetermined_patient_names_the_missing_data(trial: eligo.CompiledTrial) -> None:
    result = trial.evaluate(json.loads((EXAMPLES / "p05-undetermined-partial-data.json").read_text()))
    assert "ECOG performance status within 28 days before first dose" in result.missing
    assert "the extent of condition ICD10CM C44.721 (onset 2025-12-01)" in result.missing
    i2 = next(c for c in result.criteria if c.id == "I2")
    assert i2.outcome == "unknown"  # born in 2008: 17 or 18 on 2026-03-02


def test_the_readme_states_the_verdicts_of_the_table() -> None:
    """examples/nct05238363/README.md tells each patient's intended verdict: the table above keeps it."""
    rows = re.findall(r"^\| (p\d\d-[\w-]+\.json) \| (\w+) \|", (EXAMPLES / "README.md").read_text(), re.MULTILINE)
    assert sorted(rows) == sorted((name, verdict) for name, verdict, _ in TABLE)


def test_the_data_terms_decide_i4_e2_e5_and_i7(trial: eligo.CompiledTrial) -> None:
    """I4, E2's spare, E5's spare and I7 are read from lesions, reason links, disease statuses and
    the CTFG definition; taking one record away from an eligible patient undoes each answer."""
    p02 = json.loads((EXAMPLES / "p02-eligible-woman-with-exceptions.json").read_text())

    def outcomes(change: Callable[[dict[str, Any]], None]) -> dict[str, str]:
        record = copy.deepcopy(p02)
        change(record)
        return {c.id: c.outcome for c in trial.evaluate(record).criteria}

    def only_investigator_lesions(r: dict[str, Any]) -> None:
        for lesion in r["lesions"]:
            lesion["assessor"] = "investigator"

    def drug_after_the_excision(r: dict[str, Any]) -> None:
        r["medications"] = [{"code": {"system": "ATC", "code": "L01BC06"}, "start": "2026-01-05", "reason": ["c3"]}]

    def drug_before_the_excision(r: dict[str, Any]) -> None:
        r["medications"] = [{"code": {"system": "ATC", "code": "L01BC06"}, "start": "2025-12-02", "reason": ["c3"]}]

    def progressing_metastasis(r: dict[str, Any]) -> None:
        r["observations"].append(
            {
                "code": {"system": "LOINC", "code": "97509-4"},
                "date": "2026-02-26",
                "value": "progressing",
                "focus": ["c4"],
            }
        )

    def hysterectomy(r: dict[str, Any]) -> None:
        r["procedures"].append({"code": {"system": "SNOMED", "code": "116140006"}, "date": "2019-04-02"})

    assert outcomes(only_investigator_lesions)["I4"] == "not_met"
    assert outcomes(drug_after_the_excision)["E2"] == "met"
    assert outcomes(drug_before_the_excision)["E2"] == "not_met"
    assert outcomes(progressing_metastasis)["E5"] == "met"
    assert outcomes(hysterectomy)["I7"] == "not_applicable"


def test_examples_are_in_the_documented_record_format() -> None:
    for path in EXAMPLES.glob("*.json"):
        eligo.Patient.model_validate_json(Path(path).read_text())
