"""Generated record parts of issue 12's later features, shared by the differential tests: tumour
lesions (RECIST), per-enrolment parameters (PARAM), specimens (SPECIMEN), family history (FAMHX) and
devices (DEVICE)."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from eligo.language.program import Program
from eligo.records.declared import parameter_values

DATES = ["2026-03-02", "2026-02-02", "2026-02-01", "2026-01", "2025-12-31"]


def codes(pool: list[tuple[str, str]]) -> st.SearchStrategy[Any]:
    """One code, or a list of one or two (the codings of one FHIR CodeableConcept)."""
    one = st.sampled_from(pool).map(lambda c: {"system": c[0], "code": c[1]})
    return one | st.lists(one, min_size=1, max_size=2)


#: issue 12, RECIST: tumour lesions (mCODE Tumor and TumorSize) around RECIST 1.1's thresholds,
#: by CT, MRI, X-ray, clinical examination or a method no value set lists
LESION = st.fixed_dictionaries(
    {"code": st.just({"system": "LOINC", "code": "21889-1"})},
    optional={
        "date": st.sampled_from(DATES),
        "body_site": codes([("ICDO3", "C71.0"), ("ICDO3", "C34.1"), ("ICDO3", "C77.0"), ("SNOMED", "12738006")]),
        "method": codes([("SNOMED", "77477000"), ("SNOMED", "113091000"), ("SNOMED", "363680008"),
                          ("SNOMED", "5880005"), ("LOCAL", "pet")]),
        "longest_diameter": st.sampled_from([9, 9.5, 10, 19, 20, 25]),
        "short_axis": st.sampled_from([10, 14.9, 15, 22]),
        "lymph_node": st.booleans(),
        "bone": st.sampled_from(["lytic", "mixed", "blastic"]),
        "irradiated": st.booleans(),
        "assessor": st.sampled_from(["investigator", "central"]),
        "focus": st.lists(st.sampled_from(["c0", "c1", "x"]), max_size=2, unique=True),
    },
)  # fmt: skip


def parameters_for(draw: st.DrawFn, program: Program) -> dict[str, str]:
    """The trial's per-enrolment parameters (cohort, stage), each given one time in two."""
    return {
        name: draw(st.sampled_from(parameter_values(item)))
        for name, item in program.parameters.items()
        if draw(st.booleans())
    }


#: issue 12 generality, SPECIMEN: specimens (FHIR Specimen) of tumour or other types, taken by
#: biopsy, excision, aspiration or a method no value set lists, in every status
SPECIMEN = st.fixed_dictionaries(
    {"code": codes([("V2SPECIMEN", "TUMOR"), ("V2SPECIMEN", "BLD"), ("SNOMED", "119376003")])},
    optional={
        "collected": st.sampled_from([*DATES, "2025-03-01", "2024-12"]),
        "method": codes([("SNOMED", "129314006"), ("SNOMED", "129304002"), ("SNOMED", "129316008"),
                          ("LOCAL", "punch")]),
        "body_site": codes([("SNOMED", "39607008"), ("ICDO3", "C34.1")]),
        "status": st.sampled_from(["available", "unavailable", "unsatisfactory", "entered_in_error"]),
        "focus": st.lists(st.sampled_from(["c0", "c1", "x"]), max_size=2, unique=True),
    },
)  # fmt: skip

#: FAMHX: one condition of one relative (FHIR FamilyMemberHistory), ages around 40
FAMILY_HISTORY = st.fixed_dictionaries(
    {"code": codes([("ICD10CM", "R96.0"), ("ICD10CM", "R96.1"), ("ICD10CM", "I45.81"), ("ICD10CM", "I21.9")])},
    optional={
        "relationship": codes([("ROLECODE", "NMTH"), ("ROLECODE", "FTH"), ("ROLECODE", "SONC"),
                                ("ROLECODE", "ADOPTMTH"), ("ROLECODE", "GRMTH")]),
        "date": st.sampled_from(DATES),
        "onset_age": st.sampled_from([0, 12.5, 39, 39.9, 40, 41, 70]),
        "contributed_to_death": st.booleans(),
        "deceased_age": st.sampled_from([25, 39.5, 40, 65]),
        "status": st.sampled_from(["partial", "completed", "entered_in_error", "health_unknown"]),
    },
)  # fmt: skip

#: DEVICE: device use (FHIR DeviceUseStatement) with periods around a 4-week window
DEVICE = st.fixed_dictionaries(
    {"code": codes([("LOCAL", "pump"), ("LOCAL", "stent")])},
    optional={
        "start": st.sampled_from([*DATES, "2025-06"]),
        "end": st.sampled_from([*DATES, "2026-01-15"]),
        "status": st.sampled_from(["active", "completed", "entered_in_error", "intended", "stopped", "on_hold"]),
        "body_site": codes([("SNOMED", "39607008")]),
        "investigational": st.booleans(),
    },
)  # fmt: skip
