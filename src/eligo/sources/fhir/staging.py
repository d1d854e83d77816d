"""A cancer's stage group (FHIR ``Condition.stage.summary``, as mCODE records it) read as the
record's ``extent``, through one reviewed table (docs/fhir.md, "Stage groups and extent").

The source is the AJCC Cancer Staging Manual (8th edition, 2017; the 7th edition's stage groups
agree on every row used here). An AJCC stage group says something about extent that holds for
every cancer in only one place: stage 0 (and 0is) is Tis N0 M0, a carcinoma (or melanoma) in
situ, in every chapter that has it. Stage IV means distant metastasis (M1) only in the chapters
whose stage IV is exactly "any T, any N, M1": those are the rows of :data:`STAGE_IV_IS_M1`, the
cancer named by the condition's ICD-10-CM (or ICD-10) category. Elsewhere stage IV also holds
cancers without distant metastasis (cutaneous squamous cell carcinoma of the head and neck,
chapter 15: T4, or N3, M0; prostate IVA: N1 M0; kidney: T4 M0; ...), and stages I to III say
nothing of "localized" against "locally advanced" that every trial would accept, so none of these
is mapped: the extent stays missing data, and the drop is reported with its reason.
"""

from __future__ import annotations

import re
from typing import Any

import msgspec

from eligo.sources.fhir import structs as fhir
from eligo.sources.fhir.context import Context

#: AJCC's code system for stage groups (mCODE's TNMStageGroupMaxVS includes it whole).
AJCC = "http://cancerstaging.org"

#: ICD-10 categories of the AJCC chapters whose stage IV is exactly any T, any N, M1 (8th
#: edition, each chapter's "AJCC prognostic stage groups" table; 7th edition the same):
#: chapter 20 colon and rectum (IVA M1a, IVB M1b, IVC M1c), chapter 28 exocrine pancreas (IV
#: M1), chapter 36 lung (IVA M1a or M1b, IVB M1c), chapter 47 melanoma of the skin (IV M1),
#: chapter 48 breast (anatomic stage IV M1).
STAGE_IV_IS_M1: dict[str, str] = {
    "C18": "colon (AJCC 8th chapter 20)",
    "C19": "rectosigmoid junction (AJCC 8th chapter 20)",
    "C20": "rectum (AJCC 8th chapter 20)",
    "C25": "pancreas (AJCC 8th chapter 28)",
    "C34": "bronchus and lung (AJCC 8th chapter 36)",
    "C43": "melanoma of the skin (AJCC 8th chapter 47)",
    "C50": "breast (AJCC 8th chapter 48)",
}

#: An AJCC stage group as EHRs write it: Roman (``IIIC``, ``IVB``) or Arabic (mCODE's examples:
#: ``3C``), with an optional ``Stage`` before it and a subgroup digit after (lung ``IA1``).
GROUP = re.compile(r"(?:stage\s*)?(0is|0a|0|IV|III|II|I|[1-4])([A-C]\d?)?", re.IGNORECASE)
ROMAN = {"I": "1", "II": "2", "III": "3", "IV": "4"}


def stage_group(code: str) -> str | None:
    """An AJCC stage group's number (``0``, ``0is``, ``0a``, ``1`` to ``4``), or ``None``.

    >>> [stage_group(c) for c in ("IVB", "3C", "Stage II", "0is", "IA1", "V", "IIID")]
    ['4', '3', '2', '0is', '1', None, None]
    """
    found = GROUP.fullmatch(code.strip())
    if found is None:
        return None
    group = found.group(1)
    return ROMAN.get(group.upper(), group.lower())


def cancer_sites(codes: list[dict[str, str]]) -> set[str]:
    """The ICD-10 categories (``C34``) of a condition's ICD-10-CM or ICD-10 codes."""
    return {c["code"][:3].upper() for c in codes if c["system"] in ("ICD10CM", "ICD10")}


def extent_of(group: str, sites: set[str]) -> tuple[str | None, str]:
    """The extent a stage group gives a cancer of these ICD-10 categories, or why none."""
    if group in ("0", "0is"):
        return "in_situ", ""
    if group == "4":
        if not sites:
            return None, "stage IV is metastatic only for some cancers, and no ICD-10-CM code says which this is"
        if len(sites) == 1 and next(iter(sites)) in STAGE_IV_IS_M1:
            return "metastatic", ""
        return None, f"stage IV of {', '.join(sorted(sites))} is not only distant metastasis (AJCC 8th)"
    if group == "0a":
        return None, "stage 0a (Ta, non-invasive papillary) is not a carcinoma in situ"
    return None, f"stage {group} says nothing of localized against locally advanced"


def stage_extent(stages: list[Any], codes: list[dict[str, str]], context: Context) -> str | None:
    """The extent the condition's stages give (``Condition.stage[].summary``, AJCC codes), or
    ``None``; each stage that gives none is reported with its reason, and stages that disagree
    give none."""
    found: set[str] = set()
    sites = cancer_sites(codes)
    for index, raw in enumerate(stages):
        element = f"stage[{index}]"
        try:
            stage = msgspec.convert(raw, fhir.ConditionStage)
        except msgspec.ValidationError as error:
            context.drop(element, f"not a Condition.stage: {error}")
            continue
        codings = stage.summary.coding if stage.summary is not None else []
        ajcc = [c.code for c in codings if c.system == AJCC and c.code is not None]
        if not ajcc:
            what = "no summary" if stage.summary is None else "a summary with no AJCC code (http://cancerstaging.org)"
            context.drop(f"{element}.summary", f"{what}: no extent is read from it")
            continue
        group = stage_group(ajcc[0])
        if group is None:
            context.drop(f"{element}.summary", f"{ajcc[0]!r} is not an AJCC stage group")
            continue
        extent, why = extent_of(group, sites)
        if extent is None:
            context.drop(f"{element}.summary", f"not mapped to extent: {why}")
            continue
        found.add(extent)
    if len(found) > 1:
        context.drop("stage", f"stages that disagree ({', '.join(sorted(found))}): no extent")
        return None
    return found.pop() if found else None
