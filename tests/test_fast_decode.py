"""The fast decoder accepts only what the pydantic reader accepts, with the same content.

Random records (valid ones, and ones with a field replaced by another JSON value, a field
dropped or added, a repeated key, a character inserted or deleted): whenever the fast decoder
takes a record, pydantic validates it to an equal record, and :mod:`eligo.records.plausibility` finds
nothing in it. The structs are also checked against the pydantic models field by field.
"""

from __future__ import annotations

import json
from typing import Annotated, Any, Literal, get_args, get_origin

import msgspec
import pytest
from annotated_types import MinLen
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import AfterValidator, BaseModel, BeforeValidator, PlainSerializer, ValidationError, WithJsonSchema
from pydantic.fields import FieldInfo

from eligo.language.temporal import PartialDate
from eligo.records import model as records
from eligo.records.plausibility import decoded_has_problems, has_problems, problems
from eligo.sources import decode as fast

from .conftest import ROOT
from .test_fast_closures import PROGRAMS, patients_for

PAIRS: list[tuple[type[BaseModel], type[msgspec.Struct]]] = [
    (records.Patient, fast.FastPatient),
    (records.Condition, fast.FastCondition),
    (records.Medication, fast.FastMedication),
    (records.Procedure, fast.FastProcedure),
    (records.Observation, fast.FastObservation),
    (records.Attestation, fast.FastAttestation),
    (records.AdverseEvent, fast.FastAdverseEvent),
    (records.Allergy, fast.FastAllergy),
    (records.Study, fast.FastStudy),
    (records.Lesion, fast.FastLesion),
    (records.Specimen, fast.FastSpecimen),
    (records.FamilyHistory, fast.FastFamilyHistory),
    (records.Device, fast.FastDevice),
    (records.Code, fast.FastCode),
    (records.Component, fast.FastComponent),
]


def _literals(annotation: Any) -> set[str]:
    """Every allowed text of the Literal types inside an annotation."""
    if get_origin(annotation) is Literal:
        return set(get_args(annotation))
    return {value for arg in get_args(annotation) for value in _literals(arg)}


def _constraints(annotation: Any, info: FieldInfo | None = None) -> list[Any]:
    """The pydantic constraints and validators on a field, however deeply annotated."""
    found = list(info.metadata) if info is not None else []
    if get_origin(annotation) is Annotated:  # Annotated[T, Field(...), AfterValidator(...)]
        for item in annotation.__metadata__:
            found.extend(item.metadata if isinstance(item, FieldInfo) else [item])
        return found + _constraints(annotation.__origin__)
    for arg in get_args(annotation):  # the members of a union, the items of a list
        if not isinstance(arg, str | int | float):
            found.extend(_constraints(arg))
    return found


@pytest.mark.parametrize(("model", "struct"), PAIRS, ids=lambda x: x.__name__)
def test_structs_mirror_the_records(model: type[BaseModel], struct: type[msgspec.Struct]) -> None:
    fields = {f.name: f for f in msgspec.structs.fields(struct)}
    assert list(fields) == list(model.model_fields)
    for name, info in model.model_fields.items():
        mirror = fields[name]
        assert mirror.required == info.is_required(), name
        if not info.is_required():
            default = info.get_default(call_default_factory=True)
            ours = mirror.default_factory() if mirror.default is msgspec.NODEFAULT else mirror.default
            assert ours == default, name
        assert _literals(mirror.type) == _literals(info.annotation), name


def _validates(item: Any) -> bool:
    """Whether a piece of metadata takes part in validation (not serialising, not the schema)."""
    return not isinstance(item, PlainSerializer | WithJsonSchema)


def _name(item: Any) -> str:
    if isinstance(item, AfterValidator):
        return "AfterValidator"
    if isinstance(item, BeforeValidator):
        return f"BeforeValidator({item.func.__name__})"
    return repr(item)


def _mentions_date(annotation: Any) -> bool:
    return annotation is records.Date or any(_mentions_date(arg) for arg in get_args(annotation))


#: issue 12's fields of one code or several (decode._some_codes refuses an empty list)
ISSUE_12_CODE_LISTS = (
    (records.Procedure, "body_site"),
    (records.AdverseEvent, "code"),
    (records.AdverseEvent, "attributed_to"),
    (records.Allergy, "code"),
    (records.Study, "code"),
    (records.Medication, "reason_code"),
    (records.Procedure, "reason_code"),
    (records.Observation, "method"),
    (records.Component, "code"),
)
#: issue 12's record ids and links: a FHIR id's pattern (decode.RecordId keeps it)
RECORD_ID_PATTERN = "_PydanticGeneralMetadata(pattern='^[A-Za-z0-9.\\\\-]{1,64}$')"
ISSUE_12_IDS = (
    *(
        (model, "id")
        for model in (
            records.Condition,
            records.Medication,
            records.Procedure,
            records.Observation,
            records.AdverseEvent,
            records.Allergy,
            records.Study,
        )
    ),
    (records.Medication, "reason"),
    (records.Procedure, "reason"),
    (records.Observation, "focus"),
)


def test_every_pydantic_constraint_is_one_the_decoder_keeps() -> None:
    """A constraint added to the records (a length, a pattern, a validator) must be mirrored by
    the decoder; this lists the ones it mirrors, so a new one makes this test fail."""
    mirrored = {
        (records.Patient, "id"): {"MinLen(min_length=1)", "AfterValidator"},
        (records.Code, "code"): {"MinLen(min_length=1)"},
        # a list of codes is never empty (decode._some_codes in each struct's __post_init__)
        **{
            (model, "code"): {"AfterValidator"}
            for model in (records.Condition, records.Medication, records.Procedure, records.Observation)
        },
        (records.Condition, "body_site"): {"AfterValidator"},
        (records.Observation, "value"): {"AfterValidator"},
        (records.Attestation, "value"): {"AfterValidator"},
        (records.Observation, "unit"): {"AfterValidator"},  # the unit as Eligo's symbol, or refused
        (records.Attestation, "unit"): {"AfterValidator"},
        # msgspec refuses a string for a float, and a number too large for a float
        (records.Observation, "reference_high"): {"Strict(strict=True)", "AfterValidator"},
        (records.Observation, "reference_low"): {"Strict(strict=True)", "AfterValidator"},
        (records.Component, "value"): {"AfterValidator"},
        (records.Component, "unit"): {"AfterValidator"},  # the unit as Eligo's symbol, or refused
        # issue 12: msgspec's int refuses booleans and floats, and Meta(ge=, le=) keeps the bounds
        (records.Medication, "line"): {"Strict(strict=True)", "Ge(ge=1)"},
        (records.Procedure, "fractions"): {"Strict(strict=True)", "Ge(ge=1)"},
        (records.AdverseEvent, "grade"): {"Strict(strict=True)", "Ge(ge=1)", "Le(le=5)"},
        (records.Medication, "dose"): {"Strict(strict=True)", "Ge(ge=0)", "AfterValidator"},
        (records.Procedure, "dose"): {"Strict(strict=True)", "Ge(ge=0)", "AfterValidator"},
        (records.Medication, "dose_unit"): {"AfterValidator"},  # the unit as Eligo's symbol, or refused
        **{key: {"AfterValidator"} for key in ISSUE_12_CODE_LISTS},
        **{key: {RECORD_ID_PATTERN} for key in ISSUE_12_IDS},
        # lesions, specimens, family history, devices: lists of codes never empty (_some_codes), ids
        # and links a FHIR id's pattern, sizes and ages numbers from 0 (decode.Dose, _DOSE_CHECKS)
        **{
            (model, name): {"AfterValidator"}
            for model, names in (
                (records.Lesion, ("code", "body_site", "method")),
                (records.Specimen, ("code", "method", "body_site")),
                (records.FamilyHistory, ("code", "relationship")),
                (records.Device, ("code", "body_site")),
            )
            for name in names
        },
        **{
            (model, name): {RECORD_ID_PATTERN}
            for model, name in (
                (records.Lesion, "id"),
                (records.Lesion, "focus"),
                (records.Specimen, "id"),
                (records.Specimen, "focus"),
                (records.FamilyHistory, "id"),
                (records.Device, "id"),
            )
        },
        **{
            (model, name): {"Strict(strict=True)", "Ge(ge=0)", "AfterValidator"}
            for model, name in (
                (records.Lesion, "longest_diameter"),
                (records.Lesion, "short_axis"),
                (records.FamilyHistory, "onset_age"),
                (records.FamilyHistory, "deceased_age"),
            )
        },
    }
    dates = {"BeforeValidator(_partial_date)"}  # the decoder parses every date with PartialDate.parse
    for model, _ in PAIRS:
        for name, info in model.model_fields.items():
            found = {_name(item) for item in _constraints(info.annotation, info) if _validates(item)}
            expected = mirrored.get((model, name), set()) | (dates if _mentions_date(info.annotation) else set())
            assert found == expected, (model.__name__, name, found)
    checks = {(records.Patient, "id"): fast._ID_CHECKS, (records.Observation, "value"): fast._OBSERVATION_VALUE_CHECKS,
              (records.Attestation, "value"): fast._ATTESTATION_VALUE_CHECKS,
              (records.Observation, "unit"): fast._OBSERVATION_UNIT_CHECKS,
              (records.Attestation, "unit"): fast._ATTESTATION_UNIT_CHECKS}  # fmt: skip
    for (model, name), functions in checks.items():
        assert functions and all(callable(f) for f in functions), (model.__name__, name)
    assert isinstance(_constraints(int, None), list) and MinLen(1) in records.Patient.model_fields["id"].metadata


def contents(value: Any) -> Any:
    """A record's content, the same whichever decoder made it; numbers keep their type."""
    if isinstance(value, PartialDate):
        return ("date", str(value))
    if isinstance(value, BaseModel):
        return {name: contents(getattr(value, name)) for name in type(value).model_fields}
    if isinstance(value, msgspec.Struct):
        return {f.name: contents(getattr(value, f.name)) for f in msgspec.structs.fields(value)}
    if isinstance(value, list):
        return [contents(v) for v in value]
    if isinstance(value, dict):
        return {k: contents(v) for k, v in value.items()}
    if isinstance(value, bool | int | float):
        return (type(value).__name__, value)
    return value


def agrees(text: bytes) -> bool:
    """The property: if the fast decoder takes ``text``, pydantic takes it with equal content and
    nothing implausible in it. Returns whether the fast decoder took it."""
    decoded = fast.decode(text)
    if decoded is None:
        return False
    try:
        patient = records.Patient.model_validate_json(text)
    except ValidationError as error:
        raise AssertionError(f"the fast decoder took a record pydantic refuses: {text!r}\n{error}") from None
    assert contents(decoded) == contents(patient), text
    assert problems(patient) == []
    return True


# --- random JSON values and mutations ------------------------------------------------------------

ODD_VALUES = [
    None, True, False, 0, -0.0, 1, 1.0, 40, 10**30, 2**63, 2**64, -(2**63) - 1, 1e308, 1.5e-320, 1e15 + 0.5,
    "", " ", "2026-02-30", "2024-02-29", "2024-02", "2024", "24-02-29", "2024-2-9", "٢٠٢٤", "female", "metastatic",
    "surgery", "LOINC", "C44.92", "a\u0000b", "a\nb", "x\u202ey", "\ud7ff", "é", "😀", [], {}, ["surgery"],
    {"system": "LOCAL", "code": ""}, {"system": "LOCAL", "code": "x", "extra": 1}, {"system": "LOINC", "code": "1-1"},
    {"value": True}, {"value": 12, "unit": "weeks"}, {"first_dose": "2026-03-02"},
    "10*9/L", "10*3/\u03bcL", "umol/L", "mL/min/{1.73_m2}", "wk", "furlongs", "mg /dL", "fL",
]  # fmt: skip
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=6,
)
NEW_VALUES = st.sampled_from(ODD_VALUES) | JSON_VALUES


@st.composite
def mutated(draw: st.DrawFn, record: dict[str, Any]) -> bytes:
    """``record`` as JSON, with one structural change and perhaps one change to the text."""
    record = json.loads(json.dumps(record))
    node: Any = record
    for _ in range(draw(st.integers(0, 4))):  # walk down to a random container
        children = list(node.items()) if isinstance(node, dict) else list(enumerate(node))
        children = [(k, v) for k, v in children if isinstance(v, dict | list) and v]
        if not children:
            break
        node = draw(st.sampled_from(children))[1]
    action = draw(st.sampled_from(["replace", "replace", "drop", "add", "none"]))
    keys = list(node) if isinstance(node, dict) else list(range(len(node)))
    if action == "replace" and keys:
        node[draw(st.sampled_from(keys))] = draw(NEW_VALUES)
    elif action == "drop" and keys:
        del node[draw(st.sampled_from(keys))]
    elif action == "add" and isinstance(node, dict):
        node[draw(st.sampled_from(["weight", "id", "value", "Onset", "code", "date"]))] = draw(NEW_VALUES)
    text = json.dumps(record, ensure_ascii=draw(st.booleans()))
    edit = draw(st.sampled_from(["none", "none", "insert", "delete", "repeat_key", "wrap"]))
    if edit in ("insert", "delete") and text:
        at = draw(st.integers(0, len(text) - 1))
        piece = draw(st.sampled_from(["", ",", "}", "\\", '"', "\\ud800", "\t", "NaN", "Infinity", "1e400", "\ufeff"]))
        text = text[:at] + piece + text[at + (1 if edit == "delete" else 0) :]
    elif edit == "repeat_key" and text.startswith("{"):
        text = '{"id": ' + json.dumps(draw(NEW_VALUES)) + ", " + text[1:]
    elif edit == "wrap":
        text = draw(st.sampled_from([" ", "\ufeff", "\r\n", "\n "])) + text + draw(st.sampled_from(["", "\r\n", " "]))
    return text.encode("utf-8", "surrogatepass")


SETTINGS = settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)


@SETTINGS
@given(
    st.sampled_from([PROGRAMS[name] for name in sorted(PROGRAMS)])
    .flatmap(patients_for)
    .flatmap(lambda r: mutated({"id": "P1", **r}))
)
def test_the_fast_decoder_accepts_only_what_pydantic_accepts(text: bytes) -> None:
    agrees(text)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from([PROGRAMS[name] for name in sorted(PROGRAMS)]).flatmap(patients_for))
def test_valid_records_read_the_same_both_ways(record: dict[str, Any]) -> None:
    text = json.dumps({"id": "P1", **{k: v for k, v in record.items() if v is not None}}).encode()
    try:
        patient = records.Patient.model_validate_json(text)
    except ValidationError:
        return
    took = agrees(text)
    assert took or problems(patient), text  # a valid, plausible record is never sent back


@pytest.mark.parametrize(
    "text",
    [
        b'{"id": "a\\u0000b"}', b'{"id": "a\\u202eb"}', b'{"id": ""}', b'{"id": 5}', b'{"id": "P", "birth_date": "2026-02-30"}',
        b'{"id": "P", "birth_date": 2024}', b'{"id": "P", "sex": "f"}', b'{"id": "P", "dates": null}',
        b'{"id": "P", "weight": 80}', b'[{"id": "P"}]', b'{"id": "P",}', b'{"id": "P"',
        b'{"id": "P", "observations": [{"code": {"system": "LOINC", "code": "1-1"}, "reference_high": "40"}]}',
        b'{"id": "P", "observations": [{"code": {"system": "LOINC", "code": "1-1"}, "value": 1e400}]}',
        b'{"id": "P", "observations": [{"code": {"system": "LOINC", "code": "89247-1"}, "value": 9}]}',
        b'{"id": "P", "attestations": {"a": {"value": ' + b"9" * 400 + b"}}}",
        b'{"id": "P", "birth_date": "2030-01-01", "dates": {"first_dose": "2026-03-02"}}',
        b'{"id": "P", "conditions": [{"code": {"system": "ICD10CM", "code": "C44.92"}, "onset": "2026-03", "abatement": "2025"}]}',
        b'\xef\xbb\xbf{"id": "P"}', b'{"id": "\xff"}', b'{"id": "\\udc00"}',
    ],
)  # fmt: skip
def test_records_the_pydantic_reader_must_judge(text: bytes) -> None:
    """Invalid, implausible or doubtful records go back to the pydantic reader."""
    assert fast.decode(text) is None


def test_the_decoder_takes_every_record_of_the_examples_and_a_cohort() -> None:
    lines = [
        json.dumps(json.loads(p.read_text())).encode()
        for p in sorted((ROOT / "examples" / "nct05238363").glob("*.json"))
    ]
    lines += [json.dumps({"id": f"S{i}", "birth_date": "1960-02-29", "dates": {"first_dose": "2026-03-02"},
                          "observations": [{"code": {"system": "LOINC", "code": "2106-3"}, "date": "2026-03-01",
                                            "value": {"system": "LOCAL", "code": "negative"}}]}).encode() for i in range(3)]  # fmt: skip
    for line in lines:
        assert agrees(line), line
    decoded = fast.decode(lines[-1])
    assert decoded is not None and isinstance(decoded.observations[0].value, records.Code)  # type: ignore[index]


def test_dates_are_parsed_once_and_shared() -> None:
    a = fast.decode(b'{"id": "A", "birth_date": "1963-07-14", "dates": {"first_dose": "2026-03-02"}}')
    b = fast.decode(b'{"id": "B", "birth_date": "1963-07-14"}')
    assert a is not None and b is not None
    assert a.birth_date is b.birth_date and a.birth_date == PartialDate(1963, 7, 14)


@pytest.mark.parametrize(
    ("value", "kind"),
    [("1", int), ("-7", int), ("1.0", float), ("2.5e3", float), ("-0.0", float), ("true", bool), ("false", bool),
     ('"x"', str), ('"1"', str), ('"true"', str), ('{"system": "LOCAL", "code": "negative"}', records.Code),
     ("null", type(None))],
)  # fmt: skip
def test_values_keep_their_json_types(value: str, kind: type) -> None:
    """An observation's or attestation's value decodes to the Python type and value pydantic gives
    it: a JSON integer stays an int, a number with a point a float, true a bool (not 1), a string a
    string, an object a Code."""
    observation = '{"code": {"system": "LOINC", "code": "2106-3"}, "value": ' + value + "}"
    attested = kind not in (records.Code, type(None))  # an attestation's value is never an object or null
    attestation = ', "attestations": {"k": {"value": ' + value + "}}" if attested else ""
    text = ('{"id": "A", "observations": [' + observation + "]" + attestation + "}").encode()
    decoded, validated = fast.decode(text), records.Patient.model_validate_json(text)
    assert decoded is not None and decoded.observations is not None and validated.observations is not None
    pairs = [(decoded.observations[0].value, validated.observations[0].value)]
    if attested:
        pairs.append((decoded.attestations["k"].value, validated.attestations["k"].value))
    for got, expected in pairs:
        assert type(got) is kind and type(expected) is kind and got == expected


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(
    st.sampled_from([PROGRAMS[name] for name in sorted(PROGRAMS)])
    .flatmap(patients_for)
    .flatmap(lambda r: mutated({"id": "P1", **r}))
)
def test_the_quick_plausibility_check_finds_what_the_full_one_finds(text: bytes) -> None:
    """``has_problems`` is ``bool(problems(...))`` (which words them); so is ``decoded_has_problems``
    (asked of every decoded record) for a record whose structs decoded (they refuse a reversed period
    themselves)."""
    try:
        patient = msgspec.json.decode(text, type=fast.FastPatient)
    except Exception:
        return
    assert has_problems(patient) == bool(problems(patient)), text
    assert decoded_has_problems(patient) == bool(problems(patient)), text


@pytest.mark.parametrize(
    "record",
    [
        {"birth_date": "2030-01-01", "dates": {"first_dose": "2026-03-02"}},
        {"birth_date": "1726-01-01", "dates": {"first_dose": "2026-03-02"}},
        {"birth_date": "1963-07", "dates": {"first_dose": "2026-03-02", "x": "1963-07"}},
        {"conditions": [{"code": {"system": "ICD10CM", "code": "C44.92"}, "onset": "2026-03", "abatement": "2025"}]},
        {"medications": [{"code": {"system": "ATC", "code": "L01"}, "id": "a"}, {"code": {"system": "ATC", "code": "L01"}, "id": "a"}]},
        {"observations": [{"code": {"system": "LOINC", "code": "1-1"}, "id": "a"}, {"code": {"system": "LOINC", "code": "1-1"}, "id": "a"}]},
        {"allergies": [{"code": {"system": "SNOMED", "code": "1"}, "id": "b"}, {"code": {"system": "SNOMED", "code": "1"}, "id": "b"}]},
        {"observations": [{"code": {"system": "LOINC", "code": "89247-1"}, "value": 9}]},
        {"observations": [{"code": {"system": "LOINC", "code": "89247-1"}, "value": 1.5}]},
        {"observations": [{"code": {"system": "LOINC", "code": "751-8"}, "value": -1}]},
        {"observations": [{"code": {"system": "LOINC", "code": "751-8"}, "value": 2, "reference_low": -1}]},
        {"observations": [{"code": {"system": "LOINC", "code": "1-1"}, "value": 2, "reference_low": 5, "reference_high": 1}]},
        {"observations": [{"code": {"system": "LOINC", "code": "89247-1"}, "value": 1}]},
        {"observations": [{"code": {"system": "LOINC", "code": "89247-1"}, "value": "yes"}]},
    ],
)  # fmt: skip
def test_the_quick_plausibility_check_on_each_kind_of_problem(record: dict[str, Any]) -> None:
    text = json.dumps({"id": "P", **record}).encode()
    validated = records.Patient.model_validate_json(text)
    assert has_problems(validated) == bool(problems(validated))
    # the decoder refuses exactly the records with a problem (the pydantic reader words it): its
    # structs refuse a reversed period, the rest is decoded_has_problems
    assert (fast.decode(text) is None) == bool(problems(validated))
    try:
        patient = msgspec.json.decode(text, type=fast.FastPatient)
    except msgspec.ValidationError:
        assert problems(validated)
        return
    assert has_problems(patient) == bool(problems(patient)) == decoded_has_problems(patient)
