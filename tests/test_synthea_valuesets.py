"""The value sets' SNOMED CT and RxNorm expansions (issue 13) on the six Synthea bundles of the
team's shared folder (``../shared/fhir/`` beside the project, or ``$ELIGO_SHARED/fhir``, read there
and never copied). Synthea codes conditions in SNOMED CT and medications in RxNorm only: with value
sets of ICD-10-CM and ATC codes, every such record's membership was unknown. Each trial is screened
twice, with its value sets as written and with their SNOMED CT and RxNorm codes taken out (what
they were before the expansions): the outcomes that were unknown because of the code system must
now be decided where the patients' codes are covered, and no outcome decided before may change.
"""

from __future__ import annotations

import dataclasses
import os
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from eligo.evaluate.evidence import Evaluator
from eligo.evaluate.results import PatientResult
from eligo.language import nodes as n
from eligo.language.codes import CodeMatcher
from eligo.language.load import load_program
from eligo.language.program import Program
from eligo.records.model import Patient, code_list
from eligo.sources.reader import Loaded, read_patients

from .conftest import CRITERIA

SHARED = Path(os.environ.get("ELIGO_SHARED", Path(__file__).resolve().parents[2] / "shared"))
BUNDLES = sorted((SHARED / "fhir").glob("*.json"))

if not BUNDLES:
    pytest.skip(
        f"the Synthea bundles are not here ({SHARED / 'fhir'}): they live in the team's shared folder,"
        " beside the project (set ELIGO_SHARED to its path)",
        allow_module_level=True,
    )

TRIALS = sorted(CRITERIA.glob("*.elig"))
INDEX_DAY = date(2024, 1, 1)
#: the systems Synthea codes conditions and medications in, and the ones the value sets had
ADDED = frozenset({"SNOMED", "RXNORM"})
BEFORE = frozenset({"ICD10CM", "ATC"})
WHY = "the value set lists no"


def load_patients() -> list[Patient]:
    patients = []
    for bundle in BUNDLES:
        items = list(read_patients(bundle))
        assert all(isinstance(item, Loaded) for item in items), items
        patients += [item.patient for item in items if isinstance(item, Loaded)]
    return patients


PATIENTS = load_patients()


def without_expansions(program: Program) -> Program:
    """The program with the SNOMED CT and RxNorm codes taken out of every value set that also lists
    ICD-10-CM or ATC codes: the value sets as they were before issue 13."""

    def strip(declared: n.ValueSet | n.Measure) -> n.ValueSet | n.Measure:
        if not any(e.system in BEFORE for e in declared.entries):
            return declared
        return declared.model_copy(update={"entries": tuple(e for e in declared.entries if e.system not in ADDED)})

    valuesets = {name: strip(declared) for name, declared in program.valuesets.items()}
    return dataclasses.replace(program, valuesets=valuesets)


def screen(program: Program) -> list[PatientResult]:
    evaluator = Evaluator(program)
    dates = dict.fromkeys(program.references, INDEX_DAY)
    return [evaluator.evaluate(patient, dates) for patient in PATIENTS]


def unknown_by_code_system(criterion: object) -> bool:
    outcome, reason, missing = (getattr(criterion, a) for a in ("outcome", "reason", "missing"))
    return outcome == "unknown" and (WHY in reason or any(WHY in m for m in missing))


def moves(program: Program) -> Counter[tuple[str, str, str]]:
    """(criterion, outcome before, outcome after) for every outcome the expansions changed."""
    moved: Counter[tuple[str, str, str]] = Counter()
    for before, after in zip(screen(without_expansions(program)), screen(program), strict=True):
        for old, new in zip(before.criteria, after.criteria, strict=True):
            if old.outcome != new.outcome:
                moved[(old.id, old.outcome, new.outcome)] += 1
                assert unknown_by_code_system(old), (before.patient_id, old.id, old.outcome, new.outcome)
    return moved


def test_six_patients_were_read() -> None:
    assert len(PATIENTS) == len(BUNDLES) == 6
    assert all(p.conditions and p.medications for p in PATIENTS)


def test_nct05238363_decides_the_diagnoses_synthea_codes() -> None:
    """The CSCC trial: the diagnosis (I3), other cancers (E2), other skin cancers (E3) and brain
    metastases (E5) are no longer unknown because of the code system; none of these patients has
    a cancer, so each is not met."""
    program = load_program(CRITERIA / "nct05238363.elig")
    for result in screen(program):
        outcomes = {c.id: c for c in result.criteria}
        for criterion in ("I3", "E2", "E3", "E5"):
            assert not unknown_by_code_system(outcomes[criterion]), (result.patient_id, criterion)
            assert outcomes[criterion].outcome == "not_met", (result.patient_id, criterion)
    moved = moves(program)
    print(f"\nNCT05238363: {sum(moved.values())} outcomes decided by the expansions: {dict(moved)}")
    assert {(c, before, after) for c, before, after in moved} >= {
        ("I3", "unknown", "not_met"),
        ("E2", "unknown", "not_met"),
        ("E3", "unknown", "not_met"),
        ("E5", "unknown", "not_met"),
    }


def test_every_trial_moves_from_unknown_only_and_the_count_is_printed() -> None:
    """Over the seven trials: every changed outcome was unknown because of the code system and is
    now met or not met (checked in ``moves``); the counts are printed for the report."""
    total: Counter[str] = Counter()
    for path in TRIALS:
        moved = moves(load_program(path))
        total[path.stem] = sum(moved.values())
        assert all(after in ("met", "not_met") for _, _, after in moved), (path.stem, moved)
    print(f"\noutcomes moved from unknown to met or not met: {dict(total)}, in all {sum(total.values())}")
    # RxNorm ingredients are listed 'and descendants': a product not listed stays unknown without a
    # vocabulary, so only listed products and SNOMED CT codes decide outcomes here (283 measured).
    assert sum(total.values()) >= 280
    assert all(total[path.stem] > 0 for path in TRIALS)


def matcher(program: Program, name: str) -> CodeMatcher:
    return CodeMatcher([(e.system, e.code, e.last, e.removed) for e in program.valuesets[name].entries])


def test_the_patients_codes_now_match_or_clearly_do_not() -> None:
    """Membership of each Synthea condition and medication code is decided (never None) in the
    value sets that list SNOMED CT or RxNorm codes now, and the codes that belong are in."""
    program = load_program(CRITERIA / "nct05069935.elig")  # imports nearly every shared file
    conditions = {(c.system, c.code) for p in PATIENTS for r in p.conditions or () for c in code_list(r.code)}
    medications = {(c.system, c.code) for p in PATIENTS for r in p.medications or () for c in code_list(r.code)}
    assert {system for system, _ in conditions} == {"SNOMED"} and {system for system, _ in medications} == {"RXNORM"}
    for name in ("malignancy", "cscc", "other_skin_cancer", "infection", "pregnant_state", "breast_cancer"):
        decided = {code: matcher(program, name).matches(*code) for code in conditions}
        assert None not in decided.values(), name
    for name in (
        "systemic_antiinfective",
        "systemic_corticosteroid",
        "immunosuppressant",
        "antineoplastic_agent",
        "anti_egfr_antibody",
        "cns_disease_medication",
    ):
        decided = {code: matcher(program, name).matches(*code) for code in medications}
        assert None not in decided.values(), name
    in_set = {
        "pregnant_state": ("SNOMED", "72892002"),  # Normal pregnancy
        "infection": ("SNOMED", "10509002"),  # Acute bronchitis (J20)
        "systemic_antiinfective": ("RXNORM", "562251"),  # Amoxicillin 250 MG / Clavulanate 125 MG
    }
    for name, code in in_set.items():
        assert code in conditions | medications and matcher(program, name).matches(*code) is True, name
    assert matcher(program, "systemic_antiinfective").matches("RXNORM", "834061") is True  # penicillin V
    assert matcher(program, "infection").matches("SNOMED", "444814009") is False  # viral sinusitis (J01)
    assert matcher(program, "systemic_corticosteroid").matches("RXNORM", "896209") is False  # inhaled
    assert matcher(program, "malignancy").matches("SNOMED", "68496003") is False  # polyp of colon
    assert matcher(program, "antineoplastic_agent").matches("RXNORM", "314231") is False  # simvastatin


def test_synthea_s_drug_products_are_in_the_classes_of_their_ingredients() -> None:
    """The RxNorm products Synthea prescribes are matched by the drug classes they belong to, and
    the ones deliberately left out are not: methotrexate (rheumatoid arthritis in Synthea, L04AX03
    as much as L01BA01), leucovorin (V03AF), inhaled and topical glucocorticoids."""
    programs = {path.stem: load_program(path) for path in TRIALS}
    valuesets = {name: declared for program in programs.values() for name, declared in program.valuesets.items()}

    def member(name: str, code: str) -> bool | None:
        entries = [(e.system, e.code, e.last, e.removed) for e in valuesets[name].entries]
        return CodeMatcher(entries).matches("RXNORM", code)

    cases = {
        ("platinum_compound", "1736854"): True,  # Cisplatin 50 MG Injection (lung_cancer.json)
        ("cytotoxic_chemotherapy", "583214"): True,  # Paclitaxel 100 MG Injection
        ("antineoplastic_agent", "1601380"): True,  # palbociclib 100 MG Oral Capsule
        ("chemotherapy_agent", "1736776"): True,  # 10 ML oxaliplatin 5 MG/ML Injection
        ("metformin", "860975"): True,  # 24 HR Metformin hydrochloride 500 MG
        ("cns_disease_medication", "308971"): True,  # carbamazepine suspension (epilepsy.json)
        ("enzyme_inducing_antiepileptic", "308971"): True,
        ("qt_known_risk", "997223"): True,  # donepezil 10 MG (dementia.json)
        ("strong_cyp3a_inhibitor", "597730"): True,  # lopinavir / ritonavir
        ("autoimmune_treatment", "105585"): True,  # methotrexate 2.5 MG (rheumatoid_arthritis.json)
        ("methylprednisolone", "259966"): True,  # methylprednisolone 4 MG Oral Tablet
        ("antineoplastic_agent", "105585"): False,  # methotrexate: not read as anti-cancer
        ("cytotoxic_chemotherapy", "1803932"): False,  # leucovorin 100 MG Injection
        ("systemic_corticosteroid", "106258"): False,  # hydrocortisone topical cream
        ("cyp3a_narrow_range_substrate", "42316"): False,  # tacrolimus ingredient: names the ointment too
    }
    assert {case: member(*case) for case in cases} == cases
