"""FHIR code-system URIs as Eligo's code systems: one reviewed table.

Each URI is the one the system's publisher (and HL7's terminology pages,
https://terminology.hl7.org/external_terminologies.html) gives, with the OID form some EHRs
still send (``urn:oid:...``, from the same pages). A coding in a system this table does not
list is *unknown*: when the concept has another coding in a known system, that coding says the
same thing and the unknown one is left out; when it has none, the concept is kept as one
``LOCAL`` code ``<uri>|<code>``, which no value set of another system matches and which the
evaluators read as *unknown* for any value set that lists no such code, so the record is never
lost and never taken for "not in the value set". Either way the run reports each unknown
system once (:class:`~eligo.sources.fhir.accounting.FhirReading`).
"""

from __future__ import annotations

from dataclasses import dataclass

from eligo.sources.fhir.structs import CodeableConcept

#: FHIR system URI → Eligo's code system.
SYSTEMS: dict[str, str] = {
    "http://snomed.info/sct": "SNOMED",
    "urn:oid:2.16.840.1.113883.6.96": "SNOMED",
    "http://loinc.org": "LOINC",
    "urn:oid:2.16.840.1.113883.6.1": "LOINC",
    "http://www.nlm.nih.gov/research/umls/rxnorm": "RXNORM",
    "urn:oid:2.16.840.1.113883.6.88": "RXNORM",
    "http://hl7.org/fhir/sid/icd-10-cm": "ICD10CM",
    "urn:oid:2.16.840.1.113883.6.90": "ICD10CM",
    "http://hl7.org/fhir/sid/icd-10": "ICD10",
    "urn:oid:2.16.840.1.113883.6.3": "ICD10",
    "http://terminology.hl7.org/CodeSystem/icd-o-3": "ICDO3",
    "urn:oid:2.16.840.1.113883.6.43.1": "ICDO3",
    "http://www.whocc.no/atc": "ATC",
    "urn:oid:2.16.840.1.113883.6.73": "ATC",
    "http://ncicb.nci.nih.gov/xml/owl/EVS/Thesaurus.owl": "NCIT",
    "urn:oid:2.16.840.1.113883.3.26.1.1": "NCIT",
    "http://www.ama-assn.org/go/cpt": "CPT",
    "urn:oid:2.16.840.1.113883.6.12": "CPT",
    "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets": "HCPCS",
    "urn:oid:2.16.840.1.113883.6.285": "HCPCS",
    "http://terminology.hl7.org/CodeSystem/v3-RoleCode": "ROLECODE",
    "http://terminology.hl7.org/CodeSystem/v2-0487": "V2SPECIMEN",
}


@dataclass(frozen=True, slots=True)
class Concept:
    """A CodeableConcept as Eligo's codes (JSON-like dicts), and the unknown systems it held."""

    codes: list[dict[str, str]]
    unknown: tuple[str, ...]


def concept(value: CodeableConcept | None) -> Concept:
    """The codes of a concept: its codings in known systems; or, when there are none, each
    coding as a LOCAL ``<system>|<code>``, or its text as LOCAL ``text|<text>``; none at all
    when it holds neither codings nor text.

    >>> from eligo.sources.fhir.structs import Coding
    >>> concept(CodeableConcept([Coding("http://snomed.info/sct", "254651007", "Squamous cell carcinoma"), Coding("http://x.org/local", "7")]))
    Concept(codes=[{'system': 'SNOMED', 'code': '254651007', 'display': 'Squamous cell carcinoma'}], unknown=('http://x.org/local',))
    >>> concept(CodeableConcept([Coding("http://x.org/local", "7")])).codes
    [{'system': 'LOCAL', 'code': 'http://x.org/local|7'}]
    """
    if value is None:
        return Concept([], ())
    known: list[dict[str, str]] = []
    local: list[dict[str, str]] = []
    unknown: list[str] = []
    for coding in value.coding:
        if not coding.code or not coding.code.strip():
            continue
        system = SYSTEMS.get(coding.system or "")
        if system is not None:
            code = {"system": system, "code": coding.code}
            if coding.display and coding.display.strip():
                code["display"] = coding.display.strip()
            if all((c["system"], c["code"]) != (system, coding.code) for c in known):
                known.append(code)
        else:
            unknown.append(coding.system or "(no system)")
            local.append({"system": "LOCAL", "code": f"{coding.system or ''}|{coding.code}"})
    if known:
        return Concept(known, tuple(unknown))
    if not local and value.text and value.text.strip():
        local.append({"system": "LOCAL", "code": f"text|{value.text.strip()}"})
    return Concept(local, tuple(unknown))


def code_value(codes: list[dict[str, str]]) -> dict[str, str] | list[dict[str, str]]:
    """A record's code field: one code as an object, several as a list (a concept's codings)."""
    return codes[0] if len(codes) == 1 else codes


def plain_code(value: CodeableConcept | None, system: str) -> str | None:
    """The code of the first coding of ``value`` in ``system`` (a FHIR URI), or a bare code."""
    if value is None:
        return None
    for coding in value.coding:
        if coding.code and (coding.system == system or coding.system is None):
            return coding.code
    return None
