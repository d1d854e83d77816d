"""Screening reports: the patient checklist and the cohort summary, in HTML and Markdown.

The HTML is parsed by a strict checker (every element closed, in order); text from criteria
files and patient records must come out escaped; the cohort's counts must agree with screening
each patient directly, and the attrition funnel must add up.
"""

from __future__ import annotations

import itertools
import json
import re
from collections import Counter
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any, Literal

import pytest
from markupsafe import escape

import eligo
from eligo.documents.checklist import render_patient_report
from eligo.documents.cohort import render_cohort_report
from eligo.documents.render import markdown_escape
from eligo.documents.report import VERDICT_WORDS
from eligo.documents.summary import CohortSummary, HeavyHitters, summarize
from eligo.evaluate.results import PatientResult
from eligo.sources.reader import Loaded, read_one_patient, read_patients

from .conftest import CRITERIA, ROOT, bench_module
from .htmlcheck import StrictHTMLChecker, check_html

EXAMPLES = ROOT / "examples" / "nct05238363"
EXAMPLE_FILES = sorted(EXAMPLES.glob("*.json"))
EVALUATED_ON = date(2026, 3, 2)
SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'


def text_of(checker: StrictHTMLChecker) -> str:
    return " ".join(" ".join(checker.text).split())


@pytest.fixture(scope="module")
def trial() -> eligo.CompiledTrial:
    return eligo.load(CRITERIA / "nct05238363.elig")


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    return bench_module("generate")


def assert_funnel_adds_up(summary: CohortSummary) -> None:
    steps = summary.funnel()
    assert len(steps) == len(summary.criteria) + 1
    assert steps[0].criterion_id is None
    assert steps[0].remaining == summary.evaluated
    assert [s.criterion_id for s in steps[1:]] == [cid for cid, _, _ in summary.criteria]
    polarities = [s.polarity for s in steps[1:]]
    assert polarities == sorted(polarities, key=lambda p: p != "include"), "inclusions come first"
    for before, step in itertools.pairwise(steps):
        assert step.removed + step.remaining == before.remaining
        assert 0 <= step.undetermined <= step.remaining
    assert steps[-1].remaining == summary.eligible + summary.undetermined
    assert steps[-1].undetermined == summary.undetermined
    assert sum(s.removed for s in steps) == summary.ineligible
    assert summary.total == summary.eligible + summary.ineligible + summary.undetermined + summary.rejected


def naive_summary(results: list[PatientResult], order: list[str]) -> dict[str, Any]:
    """The funnel and the 'alone' counts, computed the obvious way over all results in memory."""
    remaining = list(results)
    funnel: list[tuple[int, int, int]] = []
    applied: list[str] = []

    def fails(r: PatientResult, cid: str) -> bool:
        c = next(c for c in r.criteria if c.id == cid)
        return (c.polarity, c.outcome) in {("include", "not_met"), ("exclude", "met")}

    def unknown(r: PatientResult, cid: str) -> bool:
        return r.outcome(cid) == "unknown"

    for cid in order:
        applied.append(cid)
        kept = [r for r in remaining if not fails(r, cid)]
        undetermined = sum(1 for r in kept if any(unknown(r, a) for a in applied))
        funnel.append((len(remaining) - len(kept), len(kept), undetermined))
        remaining = kept
    alone = {
        cid: sum(
            1
            for r in results
            if fails(r, cid) and all(not fails(r, o) and not unknown(r, o) for o in order if o != cid)
        )
        for cid in order
    }
    return {"funnel": funnel, "alone": alone}


# --- the patient checklist ------------------------------------------------------------------


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=[p.name for p in EXAMPLE_FILES])
def test_patient_report_in_html(trial: eligo.CompiledTrial, path: Path) -> None:
    patient = read_one_patient(path)
    result = trial.evaluate(patient)
    document = render_patient_report(result, trial.program, "html", EVALUATED_ON, patient=patient)
    checker = check_html(document)
    text = text_of(checker)
    assert VERDICT_WORDS[result.verdict] in text
    assert f"verdict-{result.verdict}" in document
    for c in result.criteria:
        assert c.id in text
        assert c.title in text
    assert "☐" in text
    assert result.fingerprint in text and "2026-03-02" in text
    assert "Signature" in text
    # the checklist lists inclusions before exclusions, each in protocol order
    ids = [attrs["id"] for attrs in checker.tags("div") if (attrs.get("id") or "").startswith("c-")]
    assert ids == [f"c-{c.id}" for c in (*trial.program.inclusions, *trial.program.exclusions)]


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=[p.name for p in EXAMPLE_FILES])
def test_patient_report_in_markdown(trial: eligo.CompiledTrial, path: Path) -> None:
    result = trial.evaluate(read_one_patient(path))
    document = render_patient_report(result, trial.program, "md", EVALUATED_ON)
    assert f"## Verdict: {VERDICT_WORDS[result.verdict].upper()}" in document
    for c in result.criteria:
        assert f"### {markdown_escape(c.id)}. " in document
    assert "☐" in document
    assert result.fingerprint in document
    assert "<" not in document


def test_patient_report_explains_exclusions_and_exceptions(trial: eligo.CompiledTrial) -> None:
    spared = trial.evaluate(read_one_patient(EXAMPLES / "p02-eligible-woman-with-exceptions.json"))
    document = render_patient_report(spared, trial.program, "html", EVALUATED_ON)
    text = text_of(check_html(document))
    assert "Carcinoma in situ of exocervix" in text
    assert "spared by 'except code in cervical_carcinoma_in_situ and status is resolved'" in text
    assert 'class="spared"' in document
    assert "“met” means the patient has what excludes them" in text

    excluded = trial.evaluate(read_one_patient(EXAMPLES / "p06-ineligible-prior-panitumumab.json"))
    text = text_of(check_html(render_patient_report(excluded, trial.program, "html", EVALUATED_ON)))
    assert "E1 Prior anti-EGFR antibody: met: the patient is excluded" in text
    assert "Met: the patient is excluded" in text
    assert "panitumumab" in text


def test_patient_report_lists_the_data_to_collect_and_the_attested_items(trial: eligo.CompiledTrial) -> None:
    patient = read_one_patient(EXAMPLES / "p05-undetermined-partial-data.json")
    result = trial.evaluate(patient)
    document = render_patient_report(result, trial.program, "md", EVALUATED_ON, patient=patient)
    assert "## Data to collect" in document
    for item in result.missing:
        assert f"- {markdown_escape(item)}" in document
    assert "| ☐ | Brain or meningeal metastases cause symptoms (yes or no) | E5 | yes | Recorded |" in document
    assert (
        "| ☐ | Active, clinically severe infection (yes or no) | E7 |  | Not recorded: needed to decide |" in document
    )
    unusable = {
        **patient.model_dump(mode="json", exclude_none=True),
        "attestations": {"informed_consent": {"value": "yes"}},
    }
    from eligo.evaluate.evidence import Evaluator  # the API and the CLI refuse such a record (RecordError):

    # the checklist of a result evaluated from a record read without the trial still says it is unusable
    result = Evaluator(trial.program, explain=True).evaluate(eligo.Patient.model_validate(unusable))
    document = render_patient_report(
        result, trial.program, "md", EVALUATED_ON, patient=eligo.Patient.model_validate(unusable)
    )
    assert "| ☐ | Signed the informed consent form" in document
    assert "| I1 | yes | Recorded, but not usable: record it again |" in document
    # without the record, the values the screening used are shown
    result = trial.evaluate(patient)
    without = render_patient_report(result, trial.program, "md", EVALUATED_ON)
    assert "| ☐ | Brain or meningeal metastases cause symptoms (yes or no) | E5 | yes | Recorded |" in without


def test_patient_report_escapes_patient_data(trial: eligo.CompiledTrial) -> None:
    patient = {
        "id": SCRIPT,
        "sex": "female",
        "dates": {"first_dose": "2026-03-02"},
        "conditions": [
            {"code": {"system": "ICD10CM", "code": "C44.621", "display": IMG}, "onset": "2025-06-01"},
            {"code": {"system": "ICD10CM", "code": "D06.1", "display": SCRIPT}, "status": "resolved"},
        ],
        "attestations": {"informed_consent": {"value": True, "recorded_by": IMG}},
    }
    result = trial.evaluate(patient)
    record = eligo.Patient.model_validate(patient)
    document = render_patient_report(result, trial.program, "html", EVALUATED_ON, patient=record)
    checker = check_html(document)
    assert "<script" not in document.lower() and "<img" not in document.lower()
    assert str(escape(SCRIPT)) in document and str(escape(IMG)) in document
    text = " ".join(checker.text)
    assert SCRIPT in text and IMG in text  # shown to the reader as written
    markdown = render_patient_report(result, trial.program, "md", EVALUATED_ON, patient=record)
    assert "<script" not in markdown and "<img" not in markdown
    assert markdown_escape(SCRIPT) in markdown and markdown_escape(IMG) in markdown


TINY = """\
trial T1 "Tiny <script>alert(1)</script> trial"

attested a "A <b>bold</b>": boolean
attested b "B \\"><img src=x onerror=alert(1)>": boolean
attested c "C": boolean
attested e "E": boolean

include I1 "Has <script>alert(1)</script>"
  a

include I2 "Has B"
  b

include I3 "Women: A"
  if sex is female then a

exclude E1 "Has C"
  c

exclude E2 "Has E"
  e
"""


@pytest.fixture
def tiny(tmp_path: Path) -> eligo.CompiledTrial:
    path = tmp_path / "tiny.elig"
    path.write_text(TINY)
    return eligo.load(path)


def tiny_patient(name: str, sex: str = "male", **answers: bool) -> dict[str, Any]:
    return {"id": name, "sex": sex, "attestations": {k: {"value": v} for k, v in answers.items()}}


def test_criteria_text_is_escaped(tiny: eligo.CompiledTrial) -> None:
    results = [
        tiny.evaluate(tiny_patient(SCRIPT, a=False, b=True, c=False, e=False)),
        tiny.evaluate(tiny_patient(IMG, c=True)),
    ]
    summary = CohortSummary(tiny.program, source=IMG)
    summary.extend(results)
    documents = [render_patient_report(r, tiny.program, "html", EVALUATED_ON) for r in results]
    documents.append(render_cohort_report(summary, tiny.program, "html"))
    for document in documents:
        check_html(document)
        assert "<script" not in document.lower() and "<img" not in document.lower() and "<b>" not in document
        assert str(escape("<script>alert(1)</script>")) in document
    markdowns = [render_patient_report(r, tiny.program, "md", EVALUATED_ON) for r in results]
    markdowns.append(render_cohort_report(summary, tiny.program, "md"))
    for markdown in markdowns:
        assert "<script" not in markdown and "<img" not in markdown and "<b>" not in markdown
        assert markdown_escape("Has <script>alert(1)</script>") in markdown


def test_a_report_needs_the_criteria_it_was_screened_with(
    trial: eligo.CompiledTrial, tiny: eligo.CompiledTrial
) -> None:
    result = tiny.evaluate(tiny_patient("P1"))
    with pytest.raises(ValueError, match="not with these"):
        render_patient_report(result, trial.program, "html", EVALUATED_ON)
    with pytest.raises(ValueError, match="other criteria"):
        CohortSummary(trial.program).add(result)
    with pytest.raises(ValueError, match="unknown report format"):
        render_patient_report(result, tiny.program, "txt", EVALUATED_ON)  # type: ignore[arg-type]


# --- the cohort -------------------------------------------------------------------------------


def test_cohort_summary_agrees_with_screening_each_example(trial: eligo.CompiledTrial) -> None:
    summary = summarize(trial, EXAMPLES)
    direct = [trial.evaluate(json.loads(p.read_text())) for p in EXAMPLE_FILES]
    assert summary.rejected == 0
    assert summary.evaluated == len(EXAMPLE_FILES)
    verdicts = Counter(r.verdict for r in direct)
    assert (summary.eligible, summary.ineligible, summary.undetermined) == (
        verdicts["eligible"],
        verdicts["ineligible"],
        verdicts["undetermined"],
    )
    for cid, _, _ in summary.criteria:
        assert summary.outcomes[cid] == Counter(r.outcome(cid) for r in direct), cid
    assert_funnel_adds_up(summary)
    steps = summary.funnel()
    # P03 fails everything and leaves at I1; P06 leaves at E1, which alone excludes it
    assert {s.criterion_id: s.removed for s in steps if s.removed} == {"I1": 1, "E1": 1}
    assert [s.remaining for s in steps] == [6] + [5] * 7 + [4] * 7
    assert [s.undetermined for s in steps] == [0] + [2] * 14
    alone = summary.excluded_alone()
    assert alone == {cid: int(cid == "E1") for cid, _, _ in summary.criteria}
    naive = naive_summary(direct, [cid for cid, _, _ in summary.criteria])
    assert [(s.removed, s.remaining, s.undetermined) for s in steps[1:]] == naive["funnel"]
    assert alone == naive["alone"]
    rows = {row.patient_id: row for row in summary.rows}
    assert rows["P06"].deciding == ("E1",)
    assert rows["P01"].deciding == ()
    assert len(rows["P04"].deciding) == 14


def test_funnel_and_counts_on_a_generated_batch(trial: eligo.CompiledTrial, bench: ModuleType, tmp_path: Path) -> None:
    path = tmp_path / "cohort.jsonl"
    bench.write_cohort(300, path, seed=7, broken=0.05)
    lines = sum(1 for line in path.read_text().splitlines() if line.strip())
    summary = summarize(trial, path, row_limit=100)
    assert summary.rejected > 0
    assert summary.eligible + summary.ineligible + summary.undetermined + summary.rejected == lines == 300
    assert_funnel_adds_up(summary)
    direct = [trial.evaluate(item.patient) for item in read_patients(path) if isinstance(item, Loaded)]
    assert len(direct) == summary.evaluated
    for cid, _, _ in summary.criteria:
        assert summary.outcomes[cid] == Counter(r.outcome(cid) for r in direct), cid
    naive = naive_summary(direct, [cid for cid, _, _ in summary.criteria])
    assert [(s.removed, s.remaining, s.undetermined) for s in summary.funnel()[1:]] == naive["funnel"]
    assert summary.excluded_alone() == naive["alone"]
    missing = Counter(m for r in direct for m in dict.fromkeys(r.missing))
    assert summary.missing_error == 0
    assert summary.top_missing(10) == sorted(missing.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
    # the table of patients is capped, and says how many it leaves out
    assert len(summary.rows) == 100 and summary.rows_left_out == summary.evaluated - 100
    assert len(summary.problems) == min(summary.rejected, 20)
    document = render_cohort_report(summary, trial.program, "html", evaluated_on=EVALUATED_ON)
    text = text_of(check_html(document))
    assert f"{summary.evaluated - 100} more patients are counted above but not listed" in text
    assert "Rejected records" in text
    markdown = render_cohort_report(summary, trial.program, "md")
    assert f"*{summary.evaluated - 100} more patients are counted above but not listed.*" in markdown


def test_excluded_by_this_criterion_alone(tiny: eligo.CompiledTrial) -> None:
    patients = [
        tiny_patient("only-I1", a=False, b=True, c=False, e=False),  # I1 alone (I3 not applicable)
        tiny_patient("I1-and-I2", a=False, b=False, c=False, e=False),  # two failures: no one alone
        tiny_patient("only-E1", a=True, b=True, c=True, e=False),  # E1 alone
        tiny_patient("E1-and-unknown", a=True, b=True, c=True),  # E1 fails, E unknown: not alone
        tiny_patient("eligible", a=True, b=True, c=False, e=False),
        tiny_patient("E2-after-unknown", b=True, c=False, e=True),  # I1 unknown, then out at E2
        tiny_patient("nothing"),  # undetermined
        tiny_patient("woman-I3", sex="female", a=False, b=True, c=False, e=False),  # fails I1 and I3
    ]
    results = [tiny.evaluate(p) for p in patients]
    summary = CohortSummary(tiny.program)
    summary.extend(results)
    assert summary.excluded_alone() == {"I1": 1, "I2": 0, "I3": 0, "E1": 1, "E2": 0}
    assert [(s.criterion_id, s.removed, s.remaining, s.undetermined) for s in summary.funnel()] == [
        (None, 0, 8, 0),
        ("I1", 3, 5, 2),
        ("I2", 0, 5, 2),
        ("I3", 0, 5, 2),
        ("E1", 2, 3, 2),
        ("E2", 1, 2, 1),
    ]
    assert (summary.eligible, summary.ineligible, summary.undetermined) == (1, 6, 1)
    assert summary.outcomes["I3"]["not_applicable"] == 7
    assert_funnel_adds_up(summary)
    rows = {row.patient_id: row.deciding for row in summary.rows}
    assert rows["woman-I3"] == ("I1", "I3")
    assert rows["E2-after-unknown"] == ("E2",)
    assert rows["nothing"] == ("I1", "I2", "E1", "E2")


def test_the_cohort_report_draws_the_funnel(trial: eligo.CompiledTrial) -> None:
    summary = summarize(trial, EXAMPLES)
    document = render_cohort_report(summary, trial.program, "html", evaluated_on=EVALUATED_ON)
    checker = check_html(document)
    assert len(checker.tags("svg")) == 1
    bars = [attrs for attrs in checker.tags("rect") if "bar" in (attrs.get("class") or "").split()]
    steps = summary.funnel()
    assert len(bars) == len(steps)
    widths = [float(attrs["width"] or 0) for attrs in bars]
    assert widths == sorted(widths, reverse=True) and widths[0] > 0
    text = text_of(checker)
    for cid, _, title in summary.criteria:
        assert f"{cid} {title}" in text
    assert "Alone excludes" in text
    markdown = render_cohort_report(summary, trial.program, "md")
    assert "<svg" not in markdown
    funnel_rows = [line for line in markdown.splitlines() if line.startswith("| ") and "(inclusion)" in line]
    assert len(funnel_rows) == 2 * len(trial.program.inclusions)  # the funnel and the outcome tables
    assert "| 8 | **E1** Prior anti-EGFR antibody (exclusion) | 1 | 4 | 66.7% | 2 | 1 |" in markdown


def test_an_empty_cohort_renders(trial: eligo.CompiledTrial) -> None:
    summary = CohortSummary(trial.program)
    summary.add_rejected()
    assert_funnel_adds_up(summary)
    check_html(render_cohort_report(summary, trial.program, "html"))
    assert "Records read: 1 (0 screened, 1 rejected)" in render_cohort_report(summary, trial.program, "md")


def test_missing_items_are_counted_in_bounded_memory() -> None:
    counter = HeavyHitters(capacity=8)
    stream = [f"rare {i}" for i in range(200)] + ["common"] * 50 + ["often"] * 30
    stream = [item for pair in zip(stream, reversed(stream), strict=True) for item in pair]
    for item in stream:
        counter.add(item)
    assert len(counter.counts) <= 8
    truth = Counter(stream)
    for item, count in counter.counts.items():
        assert count <= truth[item] <= count + counter.error
    assert [item for item, _ in counter.most_common(2)] == ["common", "often"]
    exact = HeavyHitters(capacity=100)
    for item in ["x", "y", "x"]:
        exact.add(item)
    assert exact.most_common(5) == [("x", 2), ("y", 1)] and exact.error == 0


# --- grouping (issue 10) in the checklist: the reason a conditional criterion does not apply


GROUPED = """\
trial T1 "Grouping"
  reference first_dose "Day 1"

attested consent "Signed the informed consent form": boolean

valueset cscc "Cutaneous squamous cell carcinoma"
  ICD10CM C44.92 "SCC"

valueset bcc "Basal cell carcinoma"
  ICD10CM C44.91 "BCC"

valueset transplant "Transplant"
  SNOMED 234336002 "HSCT"

include X "x"
  if ({condition}) then consent
"""
NESTED = "exists procedure in transplant where date after condition.onset"


@pytest.mark.parametrize("fmt", ["md", "html"])
@pytest.mark.parametrize(
    ("one", "other"),
    [
        (f"exists condition in cscc where ({NESTED}) except code in bcc", f"exists condition in cscc where ({NESTED} except code in bcc)"),
        ("(exists condition in cscc where status is resolved) and consent", "exists condition in cscc where status is resolved and consent"),
    ],
)  # fmt: skip
def test_a_checklist_tells_apart_conditions_that_differ_in_grouping(
    one: str, other: str, fmt: Literal["md", "html"], tmp_path: Path
) -> None:
    reasons = []
    for condition in (one, other):
        path = tmp_path / "grouped.elig"
        path.write_text(GROUPED.format(condition=condition), encoding="utf-8")
        trial = eligo.load(path)
        patient = {"id": "P1", "sex": "female", "conditions": [], "procedures": []}
        result = trial.evaluate(patient, {"first_dose": "2026-03-02"})
        assert result.criteria[0].outcome == "not_applicable"
        document = render_patient_report(result, trial.program, fmt, EVALUATED_ON)
        if fmt == "html":
            check_html(document)
        why = re.search(r"Why:(?:</span>|\*\*) (.+)", document)
        assert why is not None
        reasons.append(why.group(1))
    assert reasons[0] != reasons[1], reasons
