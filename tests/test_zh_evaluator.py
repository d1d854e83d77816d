"""The evaluator's reasons, evidence notes and missing data in Simplified Chinese: every message
kind has a Chinese form, every value reads in Chinese, and the Chinese checklists and cohort
report hold no English fallback, while the English stays as it was."""

from __future__ import annotations

import datetime
import json
import pickle
import random
import re
from typing import Any

import pytest

from eligo.documents.checklist import patient_context, render_patient_report
from eligo.documents.cohort import render_cohort_report
from eligo.documents.said_zh import SaidZh, catalogue_messages, show_zh
from eligo.documents.summary import summarize
from eligo.evaluate.results import Evidence
from eligo.evaluate.said import MESSAGES, Said, placeholders, said
from eligo.evaluate.trial import CompiledTrial
from eligo.evaluate.values import AgeAt, Between, Dur, Qty, QtyBetween, UlnNumber
from eligo.language import nodes as n
from eligo.language.load import load_program
from eligo.language.messages import translated
from eligo.language.temporal import PartialDate
from eligo.records.model import Code

from .conftest import ROOT, bench_module
from .test_zh import CRITERIA, english_words

TRIAL = ROOT / "criteria" / "nct05238363.elig"
EXAMPLES = sorted((ROOT / "examples" / "nct05238363").glob("*.json"))
UNTRANSLATED = "［未翻译］"
DAY = datetime.date(2026, 3, 2)
WINDOW = n.Within(amount=n.QuantityLit(value=28, unit="days"), direction="before", anchor=n.Name(name="first_dose"))
LABEL = said("record_dated", record="condition", codes="ICD10CM C44.721", date_field="onset", date="2025-12-01")


@pytest.fixture(scope="module")
def program() -> Any:
    return load_program(TRIAL)


def samples(program: Any) -> dict[str, Any]:
    """An argument for every placeholder name the messages use (a new name without one fails)."""
    attested = next(iter(program.attested.values()))
    return {
        "record": "condition", "codes": "ICD10CM C44.721", "date_field": "onset", "date": "2025-12-01",
        "facts": (LABEL, said("no_uln")), "reasons": (said("imprecise"),), "ancestor": "SNOMED 23719005", "vocabulary": "OMOP", "what": LABEL, "why": said("imprecise"), "label": LABEL,
        "exception": "code in cis", "_exception": (n.Name(name="cervical_carcinoma_in_situ"), "condition"),
        "expr": n.Age(at=n.Name(name="first_dose")), "value": AgeAt(PartialDate.parse("2008-03"), DAY),
        "code": "CPT 49083", "title": "ECOG performance status", "window": WINDOW,
        "measured": (Qty(0.114, "mass concentration"), n.QuantityType(unit="g/dL")), "word": "cohort_a",
        "shown": said("yes"), "condition": "sex is female", "_condition": n.Name(name="sex"),
        "fact": said("both_same"), "status": "provisional", "coded_in": ("CPT", "LOCAL"),
        "declaration": "value set", "not_listed": ("CPT", "LOCAL"), "results": 3, "values": (LABEL, LABEL),
        "raw": "'1,5'", "time_unit": "weeks", "field": "extent", "reference": "first_dose",
        "fields": ("onset", "abatement"), "type": attested.value_type, "name": "cohort",
        "recorded": "'1,5' g/dL", "list": "medication", "wanted": said("measure_in", title="ECOG", window=WINDOW),
        "declared": "g/dL", "limit": "308", "unit": "mmol/L", "dimension": "substance concentration",
        "declared_dimension": "mass concentration", "converted": "11.4", "amount": "IU/mL", "mass": "16114",
    }  # fmt: skip


@pytest.mark.parametrize("kind", sorted(MESSAGES))
def test_every_message_kind_reads_in_chinese_without_english(kind: str, program: Any) -> None:
    sample = samples(program)
    names = placeholders(kind)
    args = {name: sample[name] for name in names} | {f"_{m}": sample[f"_{m}"] for m in names if f"_{m}" in sample}
    made = said(kind, **args)
    assert isinstance(made, Said) and made.kind == kind and made.args == args
    text = SaidZh(program).text(made)
    assert UNTRANSLATED not in text and "[not translated]" not in text
    assert not english_words(text), (kind, text)
    assert text != str(made) or not english_words(str(made)), (kind, text)


def test_every_evidence_message_has_a_chinese_translation_with_the_same_placeholders() -> None:
    for context, msgid in catalogue_messages():
        chinese = translated("zh", msgid, context)
        assert chinese is not None, f"add ({context!r}, {msgid!r}) to eligo.po"
        assert placeholders_of(chinese) == placeholders_of(msgid), (msgid, chinese)


def placeholders_of(text: str) -> set[str]:
    return set(re.findall(r"\{(\w*)\}", text))


VALUES = [
    True, False, UlnNumber(2.5, 1.4), 17.0, AgeAt(PartialDate.parse("2008-03"), DAY),
    AgeAt(PartialDate.parse("2000-01-01"), DAY), AgeAt(PartialDate.parse("2000"), PartialDate.parse("2026")),
    Dur(3, "months"), Qty(1.2, "mass concentration"), Qty(1.2, "uln", 1.5), Code(system="ICD10CM", code="C44.721"),
    (Code(system="ICD10CM", code="C44.721"), "female"), (), Between(0, 1), Between(1, 2, 1.1, 2.2),
    QtyBetween(1, 2, "mass concentration"), QtyBetween(1, 2, "uln", 1.5, 2.5), PartialDate.parse("2025-12"),
    "female", "metastatic",
]  # fmt: skip


@pytest.mark.parametrize("value", VALUES, ids=[type(v).__name__ for v in VALUES])
def test_every_value_reads_in_chinese(value: Any) -> None:
    text = show_zh(value)
    assert text and not english_words(text), text


def test_a_plain_string_in_a_chinese_document_is_marked_never_passed_as_chinese(program: Any) -> None:
    assert SaidZh(program).text("the patient's shoe size") == "［未翻译］the patient's shoe size"
    assert SaidZh(program).text("") == ""


def test_a_said_is_its_english_for_every_consumer() -> None:
    made = said("record_field", field="birth_date", label=LABEL)
    assert made == "the birth date of condition ICD10CM C44.721 (onset 2025-12-01)"
    assert json.dumps(made) == json.dumps(str(made))
    copied = pickle.loads(pickle.dumps(made))
    assert copied == made and copied.kind == "record_field" and copied.args["label"].kind == "record_dated"
    evidence = Evidence.model_construct(record="condition", note=said("matches"))
    assert evidence.model_dump(mode="json")["note"] == "matches"


def _generated_sentences(context: dict[str, Any]) -> list[str]:
    """What the evaluator said, as a Chinese checklist shows it: reasons, missing data, evidence notes."""
    found = list(context["missing"])
    for criterion in context["sections"][0]["criteria"] + context["sections"][1]["criteria"]:
        found += [criterion["reason"], *criterion["missing"], *(e["note"] for e in criterion["evidence"])]
        found += [e["record"] for e in criterion["evidence"]] + [e["date"] for e in criterion["evidence"]]
    return [s for s in found if s]


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_the_chinese_checklist_of_every_example_patient_has_no_english_fallback(path: Any, program: Any) -> None:
    trial = CompiledTrial(program)
    record = json.loads(path.read_text(encoding="utf-8"))
    result = trial.evaluate(record)
    context = patient_context(result, program, DAY, lang="zh")
    for sentence in _generated_sentences(context):
        assert UNTRANSLATED not in sentence and not english_words(sentence), sentence
    for fmt in ("md", "html"):
        assert UNTRANSLATED not in render_patient_report(result, program, fmt, DAY, lang="zh")  # type: ignore[arg-type]


def test_the_chinese_cohort_report_has_no_english_fallback(program: Any) -> None:
    summary = summarize(CompiledTrial(program), ROOT / "examples" / "nct05238363")
    for fmt in ("md", "html"):
        report = render_cohort_report(summary, program, fmt, lang="zh")  # type: ignore[arg-type]
        assert UNTRANSLATED not in report
    items = [SaidZh(program).text(item) for item, _ in summary.top_missing(10)]
    assert items and all(not english_words(item) for item in items), items


@pytest.mark.parametrize("criteria", CRITERIA, ids=[c.stem for c in CRITERIA])
def test_synthetic_patients_read_in_chinese_against_every_trial(criteria: Any) -> None:
    """Bench patients (missing fields, unlisted code systems, ties, partial dates) against every
    trial: every sentence the evaluator says of them has its Chinese."""
    generate = bench_module("generate")
    program = load_program(criteria)
    trial = CompiledTrial(program)
    rng = random.Random(7)
    kinds: set[str] = set()
    for index in range(120):
        record = generate.patient(rng, index)
        if criteria != TRIAL:  # the bench's reference dates and attested items are NCT05238363's
            record.pop("dates", None), record.pop("attestations", None)
        result = trial.evaluate(record, {name: "2026-03-02" for name in program.references})
        context = patient_context(result, program, DAY, lang="zh")
        for sentence in _generated_sentences(context):
            assert UNTRANSLATED not in sentence and not english_words(sentence), sentence
        kinds |= {s.kind for c in result.criteria for s in (c.reason, *c.missing) if isinstance(s, Said)}
    assert "facts" in kinds


def test_english_output_is_unchanged_by_said(program: Any) -> None:
    """The English checklist reads the Said as the plain text it always was (no kinds leak)."""
    record = json.loads(EXAMPLES[4].read_text(encoding="utf-8"))
    result = CompiledTrial(program).evaluate(record)
    text = render_patient_report(result, program, "md", DAY)
    assert "the extent of condition ICD10CM C44.721 (onset 2025-12-01)" in text
    assert "perhaps condition ICD10CM C44.721 (onset 2025-12-01)" in text
