"""Protocol text in Simplified Chinese: every phrase kind and every catalogue message has Chinese,
no generated sentence falls back to English, translations beside the criteria check and format."""

from __future__ import annotations

import ast
import datetime
import re
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner
from jinja2.ext import babel_extract

import eligo
from eligo.cli import main
from eligo.documents.checklist import CHECKLIST_MESSAGES, render_patient_report
from eligo.documents.cohort import COHORT_MESSAGES, render_cohort_report
from eligo.documents.render import DOCUMENT_MESSAGES, TEXT_LABELS, protocol_context, render_protocol
from eligo.documents.said_zh import catalogue_messages as evidence_messages
from eligo.documents.summary import summarize
from eligo.errors import CheckError
from eligo.evaluate.trial import CompiledTrial
from eligo.language import nodes as n
from eligo.language.codes import SYSTEM_NAMES
from eligo.language.format import WIDTH, format_text
from eligo.language.layout import Layout, flat
from eligo.language.messages import TranslationMissing, catalogue, message, translated
from eligo.language.phrases_zh import ZhPhraser, catalogue_messages, sentence_zh, window_phrase_zh, zh_phraser_for
from eligo.language.units import UNITS
from eligo.sources.reader import read_one_patient

from .conftest import ROOT
from .htmlcheck import check_html
from .test_phrases import GOLDEN, HEADER
from .test_render import hostile_program

SOURCE = ROOT / "src" / "eligo"
CRITERIA = sorted((ROOT / "criteria").glob("*.elig"))
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z']+")
#: Latin words a Chinese sentence may hold: code systems and the symbols of units (g/dL, mL/min, × ULN)
ALLOWED = {w for name in (*SYSTEM_NAMES, *SYSTEM_NAMES.values()) for w in LATIN_WORD.findall(name)}
ALLOWED |= {w for unit in UNITS for w in LATIN_WORD.findall(unit)} | {"ULN"}


def english_words(text: str) -> list[str]:
    """Latin words outside names quoted as written (「…」, “…”), codes and unit symbols."""
    text = re.sub(r"「[^」]*」|“[^”]*”", "", text)
    text = re.sub(r"\b(?:" + "|".join(SYSTEM_NAMES) + r") \S+", "", text)
    return [w for w in LATIN_WORD.findall(text) if w not in ALLOWED]


def zh(source: str) -> Layout:
    program = eligo.check(eligo.parse_text(HEADER + f'include X "x"\n  {source}\n', "t.elig"))
    return sentence_zh(zh_phraser_for(program).layout(program.criteria[0].body))


# ---------------------------------------------------------------- every phrase kind, every message


def test_every_expression_kind_has_its_own_chinese_method() -> None:
    for node_type in n.EXPR_TYPES:
        kind = node_type.model_fields["kind"].default
        assert callable(getattr(ZhPhraser, f"zh_{kind}", None)), f"no Chinese wording for {kind!r}"


@pytest.mark.parametrize(("source", "english"), GOLDEN, ids=[g[0][:60] for g in GOLDEN])
def test_every_golden_construct_reads_in_chinese_without_english(source: str, english: str) -> None:
    # GOLDEN covers every expression kind and window (test_phrases checks that): each reads in Chinese
    text = flat(zh(source))
    assert not english_words(text), (text, english_words(text))
    assert text.endswith(("。", "：", "]"))


def python_messages(path: Path) -> set[tuple[str | None, str]]:
    """The literal msgids of ``_("...")`` and ``_p("context", "...")`` calls (both arms of an ``x if c else y``)."""
    found: set[tuple[str | None, str]] = set()

    def literals(node: ast.expr) -> list[str]:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return [node.value]
        if isinstance(node, ast.IfExp):
            return literals(node.body) + literals(node.orelse)
        return []

    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.args:
            if node.func.id == "_":
                found |= {(None, m) for m in literals(node.args[0])}
            elif node.func.id == "_p" and len(node.args) > 1 and isinstance(node.args[0], ast.Constant):
                found |= {(str(node.args[0].value), m) for m in literals(node.args[1])}
    return found


def document_messages() -> set[str]:
    found = set(DOCUMENT_MESSAGES) | set(TEXT_LABELS.values()) | set(CHECKLIST_MESSAGES) | set(COHORT_MESSAGES)
    for template in (SOURCE / "documents" / "templates").glob("*.j2"):
        with template.open("rb") as f:
            for _line, _function, msgid, _comments in babel_extract(f, ("_",), [], {}):
                found.add(msgid[0] if isinstance(msgid, tuple) else msgid)
    return found


def placeholders(text: str) -> set[str]:
    return set(re.findall(r"\{(\w*)\}", text))


def test_every_message_has_a_chinese_translation_with_the_same_placeholders() -> None:
    wanted = python_messages(SOURCE / "language" / "phrases_zh.py") | set(catalogue_messages())
    wanted |= {("document", m) for m in document_messages()}
    wanted |= set(evidence_messages())  # the evaluator's words (tests/test_zh_evaluator.py checks them)
    assert len(wanted) > 250
    missing = [(c, m) for c, m in sorted(wanted, key=str) if translated("zh", m, c) is None]
    assert not missing, f"add these to eligo/locale/zh/LC_MESSAGES/eligo.po: {missing}"
    wrong = [m for c, m in wanted if placeholders(translated("zh", m, c) or "") != placeholders(m)]
    assert not wrong, f"translations whose placeholders differ from the msgid's: {wrong}"
    unused = [(e.context, e.id) for e in catalogue("zh") if e.id and (e.context, e.id) not in wanted]
    assert not unused, f"catalogue entries nothing asks for: {unused}"


def test_a_message_without_translation_is_an_error_not_english() -> None:
    with pytest.raises(TranslationMissing, match="no Simplified Chinese translation of 'no such words'"):
        message("zh", "no such words")


# ---------------------------------------------------------------- golden Chinese


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("age at first_dose >= 18 years", "首次给药当日年满18岁。"),
        (
            "latest ecog within 28 days before first_dose in 0..1",
            "首次给药前28天内最近一次的「ECOG performance status」为0至1。",
        ),
        (
            "exists medication in egfr where active within 7 days before first_dose",
            "有「Anti-EGFR antibodies」治疗，在首次给药前7天内的任何时间处于进行中。",
        ),
        (
            "no condition in cscc where onset within 3 months before first_dose",
            "无「Cutaneous squamous cell carcinoma」的诊断，诊断日期在首次给药前3个月内。",
        ),
        ("exists medication where route is intravenous", "有任一用药，经静脉途径给药。"),
        ("latest anc within 7 days before first_dose >= 1500/µL", "首次给药前7天内最近一次的「ANC」至少为1,500/µL。"),
        (
            "consent or sex is female or sex is other",
            "「Signed the informed consent form」［由临床医生确认］，性别为女性或性别为其他。",
        ),
        ("count(procedure in transplant) >= 2", "至少2条以下记录：「Transplant」。"),
        (
            "exists condition where onset between 2020-02 and 2024-02-29",
            "有任一诊断，诊断日期在2020年2月至2024年2月29日之间。",
        ),
        ("latest inr within 2 weeks of first_dose <= 12000", "首次给药前后2周内最近一次的「INR」至多为12,000。"),
    ],
)
def test_golden_chinese(source: str, expected: str) -> None:
    assert flat(zh(source)) == expected


def test_lists_keep_the_english_structure() -> None:
    layout = zh("consent and (sex is female or sex is other)")
    assert (
        flat(layout)
        == "满足以下所有条件： [(a) 「Signed the informed consent form」［由临床医生确认］; (b) 性别为女性或性别为其他]"
    )


def test_windows_put_the_anchor_first() -> None:
    anchor = n.Name(name="first_dose")
    amount = n.QuantityLit(value=28, unit="days")
    assert window_phrase_zh(n.Within(amount=amount, direction="before", anchor=anchor)) == "首次给药前28天内"
    assert window_phrase_zh(n.AtLeast(amount=amount, direction="after", anchor=anchor)) == "首次给药后至少28天"
    assert window_phrase_zh(n.Relative(relation="on_or_before", anchor=n.Name(name="day_x"))) == "「day x」当日或之前"


# ---------------------------------------------------------------- documents of every trial


@pytest.mark.parametrize("path", CRITERIA, ids=[p.stem for p in CRITERIA])
def test_chinese_document_of_every_trial_has_no_english_in_generated_words(path: Path) -> None:
    context = protocol_context(eligo.load_program(path), "zh")
    generated = [section[key] for section in context["sections"] for key in ("heading", "intro")]
    for item in (*[c for s in context["sections"] for c in s["items"]], *context["definitions"]):
        generated += [line["text"] for line in item["lines"]]
    generated += [a["type"] for a in context["attested"]] + [v["value_type"] or v["kind"] for v in context["valuesets"]]
    leaks = {text: english_words(text) for text in generated if english_words(text)}
    assert not leaks, leaks
    for fmt in ("md", "html", "txt"):
        document = render_protocol(eligo.load_program(path), fmt, "zh")
        assert "入选标准" in document and "排除标准" in document


def test_untranslated_author_text_is_marked_and_never_machine_translated() -> None:
    translated_trial = render_protocol(eligo.load_program(ROOT / "criteria" / "nct05238363.elig"), "md", "zh")
    assert "方案原文: 年龄≥18岁。" in translated_trial
    assert "皮肤鳞状细胞癌（CSCC）" in translated_trial
    criteria_part = translated_trial.split("## 入选标准")[1].split("## 由临床医生确认的项目")[0]
    assert "［未翻译］" not in criteria_part  # every text and note of its criteria has Chinese
    other = render_protocol(eligo.load_program(ROOT / "criteria" / "nct01288573.elig"), "md", "zh")
    assert re.search(r"> (方案原文|注册条目（摘要）): ［未翻译］", other)


def test_chinese_html_escapes_every_string_from_the_criteria(tmp_path: Path) -> None:
    text = render_protocol(hostile_program(tmp_path), "html", "zh")
    assert "<script" not in text and "<img" not in text and "&lt;script&gt;" in text
    assert "{{ 7*7 }}" in text
    check_html(text)
    markdown = render_protocol(hostile_program(tmp_path), "md", "zh")
    assert "<script" not in markdown


def test_cli_renders_chinese_html() -> None:
    result = CliRunner().invoke(
        main, ["render", str(ROOT / "criteria" / "nct05238363.elig"), "--lang", "zh", "--format", "html"]
    )
    assert result.exit_code == 0, result.output
    assert '<html lang="zh-Hans">' in result.output and "首次给药当日年满18岁。" in result.output


def test_checklist_and_cohort_report_in_chinese() -> None:
    program = eligo.load_program(ROOT / "criteria" / "nct05238363.elig")
    trial = CompiledTrial(program)
    examples = ROOT / "examples" / "nct05238363"
    summary = summarize(trial, examples, source="examples/nct05238363")
    on = datetime.date(2026, 3, 2)
    for fmt in ("md", "html"):
        report = render_cohort_report(summary, program, fmt, evaluated_on=on, lang="zh")
        assert "筛选漏斗" in report and "2026年3月2日" in report and "已筛选患者" in report
        assert not re.search(r"Attrition|Patients screened|Step|Verdict", report)
    patient = read_one_patient(examples / "p01-eligible-man.json", program=program)
    result = trial.evaluate(patient)
    for fmt in ("md", "html"):
        checklist = render_patient_report(result, program, fmt, on, patient=patient, lang="zh")
        assert "合格" in checklist and "年龄≥18岁。" in checklist and "Verdict" not in checklist


# ---------------------------------------------------------------- text zh / note zh in the language

TRIAL = 'trial T1 "Test"\n  reference first_dose "Day 1"\n\n'


def check_errors(criterion: str) -> str:
    with pytest.raises(CheckError) as error:
        eligo.check(eligo.parse_text(TRIAL + criterion, "t.elig"))
    return str(error.value.render({"t.elig": TRIAL + criterion}))


def test_translations_parse_check_and_format_round_trip() -> None:
    source = (
        TRIAL + 'include I2 "Adult"\n  text "Aged ≥ 18 years."\n  text zh "年龄≥18岁。"\n'
        '  note "first"\n  note "second"\n  note zh "第二条"\n  age at first_dose >= 18 years\n'
    )
    criterion = eligo.check(eligo.parse_text(source, "t.elig")).criteria[0]
    assert criterion.translated_text("zh") == "年龄≥18岁。"
    assert (criterion.translated_note(0, "zh"), criterion.translated_note(1, "zh")) == (None, "第二条")
    formatted = format_text(source, "t.elig")
    assert formatted == source and format_text(formatted, "t.elig") == formatted
    again = eligo.parse_text(formatted, "t.elig").items[-1]
    assert isinstance(again, n.Criterion) and again.translations == criterion.translations


def test_unknown_language_is_an_error_with_did_you_mean() -> None:
    message_text = check_errors(
        'include I2 "Adult"\n  text "Aged 18."\n  text zn "年龄"\n  age at first_dose >= 18 years\n'
    )
    assert "unknown language 'zn'; did you mean 'zh'?" in message_text and "t.elig:6:3" in message_text


def test_a_translation_without_its_english_is_an_error() -> None:
    assert "a 'zh' text without an English text" in check_errors(
        'include I2 "Adult"\n  text zh "年龄"\n  age at first_dose >= 18 years\n'
    )
    assert "a 'zh' note without an English note before it" in check_errors(
        'include I2 "Adult"\n  note zh "注释"\n  age at first_dose >= 18 years\n'
    )
    assert "a second 'zh' translation of the same text" in check_errors(
        'include I2 "Adult"\n  text "A."\n  text zh "甲"\n  text zh "乙"\n  age at first_dose >= 18 years\n'
    )
    assert "a 'zh' summary translates a text" in check_errors(
        'include I2 "Adult"\n  text "A."\n  summary zh "甲"\n  age at first_dose >= 18 years\n'
    )


def test_translations_are_wording_not_meaning() -> None:
    plain = TRIAL + 'include I2 "Adult"\n  text "A."\n  age at first_dose >= 18 years\n'
    translated_source = plain.replace('  text "A."\n', '  text "A."\n  text zh "甲"\n')
    fingerprints = {eligo.check(eligo.parse_text(s, "t.elig")).fingerprint for s in (plain, translated_source)}
    assert len(fingerprints) == 1


def test_a_translation_outside_a_criterion_is_a_syntax_error_that_says_where_they_go() -> None:
    source = TRIAL + 'valueset v "V"\n  note "x"\n  note zh "y"\n  ICD10CM C44.92 "SCC"\n'
    with pytest.raises(eligo.ParseError) as error:
        eligo.parse_text(source, "t.elig")
    assert "follows a criterion's own text or note" in error.value.render({"t.elig": source})


def test_the_formatter_wraps_chinese_between_characters_and_keeps_the_text() -> None:
    long = "有生育能力依据编码数据判断，无绝经、子宫切除或双侧卵巢切除疾病记录的女性。" * 3
    source = TRIAL + f'include I2 "Adult"\n  text "A."\n  text zh "{long}"\n  age at first_dose >= 18 years\n'
    formatted = format_text(source, "t.elig")
    width = max(
        sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line) for line in formatted.splitlines()
    )
    assert width <= WIDTH
    criterion = eligo.parse_text(formatted, "t.elig").items[-1]
    assert isinstance(criterion, n.Criterion) and criterion.translated_text("zh") == long
    assert not any(line.lstrip().startswith(('"，', '"。')) for line in formatted.splitlines())
