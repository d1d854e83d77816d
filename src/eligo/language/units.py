"""Units of measure Eligo knows: their dimension and factor to the dimension's base unit.

Clinical criteria use a small, closed set of units, and comparisons need exact conversions
between the spellings laboratories use (10^9/L and 10^3/µL are the same count), so a table
reviewed by a person serves better here than a general units library.

Records write units as laboratory feeds and FHIR do: in UCUM's case-sensitive codes (``10*9/L``,
``umol/L``, ``mm[Hg]``) or with a Greek mu (U+03BC) where Eligo's table has the micro sign
(U+00B5). :func:`record_unit` turns such a spelling into Eligo's symbol through one reviewed
table, :data:`ALIASES`, when the record is read, so every back end sees one symbol; a unit Eligo
does not know but UCUM defines (``fL``, ``ng/mL``) is kept as written (a criterion comparing it is
unknown, with the reason), and a text that is no unit at all (``furlongs``) is refused.

>>> convert(Decimal("9"), "g/dL", "g/L")
Decimal('90')
>>> record_unit("10*9/L"), record_unit("μmol/L"), record_unit("mL/min/{1.73_m2}"), record_unit("wk")
('10^9/L', 'µmol/L', 'mL/min/1.73m^2', 'weeks')
>>> record_unit("fL")
'fL'
>>> record_unit("furlongs")
Traceback (most recent call last):
...
ValueError: unknown unit 'furlongs': neither a unit Eligo knows nor a UCUM code
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import Decimal

from eligo.errors import did_you_mean, printable


@dataclass(frozen=True)
class Unit:
    """A unit: what it measures and how many base units one of it is."""

    symbol: str
    dimension: str
    factor: Decimal
    words: str


def _u(symbol: str, dimension: str, factor: str, words: str) -> Unit:
    return Unit(symbol, dimension, Decimal(factor), words)


UNITS: dict[str, Unit] = {
    u.symbol: u
    for u in (
        # time; months and years are calendar units, compared by calendar arithmetic
        _u("days", "time", "1", "days"),
        _u("weeks", "time", "7", "weeks"),
        _u("months", "calendar time", "1", "months"),
        _u("years", "calendar time", "12", "years"),
        # mass concentration, base g/L
        _u("g/dL", "mass concentration", "10", "g/dL"),
        _u("g/L", "mass concentration", "1", "g/L"),
        _u("mg/dL", "mass concentration", "0.01", "mg/dL"),
        _u("mg/L", "mass concentration", "0.001", "mg/L"),
        # substance concentration, base µmol/L
        _u("µmol/L", "substance concentration", "1", "µmol/L"),
        _u("mmol/L", "substance concentration", "1000", "mmol/L"),
        # number concentration (cell counts), base 10^9/L
        _u("10^9/L", "number concentration", "1", "× 10^9/L"),
        _u("10^12/L", "number concentration", "1000", "× 10^12/L"),
        _u("10^3/µL", "number concentration", "1", "× 10^3/µL"),
        _u("/µL", "number concentration", "0.001", "per µL"),
        _u("/mm3", "number concentration", "0.001", "per mm³"),
        # renal function
        _u("mL/min", "volume rate", "1", "mL/min"),
        _u("mL/min/1.73m^2", "volume rate per area", "1", "mL/min/1.73 m²"),
        _u("mL/min/1.73m2", "volume rate per area", "1", "mL/min/1.73 m²"),
        # catalytic activity
        _u("U/L", "catalytic concentration", "1", "U/L"),
        _u("IU/L", "catalytic concentration", "1", "IU/L"),
        # viral loads (FHIR Observation.valueQuantity of an HIV, HBV or HCV viral load): the WHO
        # International Unit is defined per analyte by its international standard and a copy is one
        # genome, so IU/mL and copies/mL are not converted into each other (nor IU/mL into the
        # enzymes' IU/L), and a comparison across them is unknown
        _u("IU/mL", "viral load (IU)", "1", "IU/mL"),
        _u("copies/mL", "viral load (copies)", "1", "copies/mL"),
        # multiples of the laboratory's upper limit of normal
        _u("x ULN", "uln", "1", "× the upper limit of normal"),
        # others
        _u("%", "fraction", "1", "%"),
        _u("mmHg", "pressure", "1", "mmHg"),
        _u("ms", "duration (ms)", "1", "ms"),
        _u("msec", "duration (ms)", "1", "ms"),
        _u("s", "duration (ms)", "1000", "s"),  # clotting times (PT, aPTT) are reported in seconds
        _u("°C", "temperature", "1", "°C"),
        _u("kg", "mass", "1", "kg"),
        _u("cm", "length", "1", "cm"),
        _u("mm", "length", "0.1", "mm"),  # tumour sizes (RECIST 1.1 measures in millimetres)
        _u("bpm", "rate", "1", "beats per minute"),
        # radiotherapy: absorbed dose, base Gy (mCODE RadiotherapyCourseSummary doses are in cGy or Gy)
        _u("Gy", "absorbed dose", "1", "Gy"),
        _u("cGy", "absorbed dose", "0.01", "cGy"),
        # medication doses (FHIR Dosage.doseAndRate.doseQuantity), base mg
        _u("mg", "drug mass", "1", "mg"),
        _u("g", "drug mass", "1000", "g"),
        _u("mg/m^2", "dose per body surface", "1", "mg/m²"),
        _u("mg/kg", "dose per body weight", "1", "mg/kg"),
    )
}

TIME_UNITS = ("days", "weeks", "months", "years")

#: Viral loads reported as the decimal logarithm of their amount (LOINC's "[Log #/volume]" results,
#: written ``{Log_IU}/mL`` or ``{Log_copies}/mL``) → the unit of that amount: 3.3 log10 IU/mL is
#: 10^3.3 IU/mL. Kept out of :data:`UNITS`, whose factors are linear, and read only as a result
#: of a measure in the amount's unit (criteria write limits in IU/mL or copies/mL).
LOG10_UNITS: dict[str, str] = {"log10 IU/mL": "IU/mL", "log10 copies/mL": "copies/mL"}
_LOG10_SPELLINGS: dict[str, str] = {
    spelling: symbol
    for symbol, spellings in (
        ("log10 IU/mL", ("{Log_IU}/mL", "{log_IU}/mL", "{Log_IU}/ml", "{log_IU}/ml")),
        ("log10 copies/mL", ("{Log_copies}/mL", "{log_copies}/mL", "{Log_copies}/ml", "{log_copies}/ml")),
    )
    for spelling in spellings
}
#: the largest decimal logarithm read as an amount (10^300 is near the largest float)
LOG10_LIMIT = 300


def convert(value: Decimal, unit: str, to: str) -> Decimal:
    """Convert between two units of the same dimension (not for calendar time)."""
    a, b = UNITS[unit], UNITS[to]
    if a.dimension != b.dimension:
        raise ValueError(f"cannot convert {unit} to {to}")
    return value * a.factor / b.factor


#: the two kinds of concentration a molar mass (g/mol) converts between, in their base units g/L
#: and µmol/L: c (g/L) = c (µmol/L) × M (g/mol) / 10^6
MOLAR_DIMENSIONS = ("mass concentration", "substance concentration")


#: the checker's hint when a limit is of the other kind of concentration than its measure
MOLAR_HINT = (
    "write the limit in {unit}; results recorded in the other kind of concentration convert when the "
    "measure declares its analyte's molar mass ('{unit} molar mass ... g/mol')"
)


def molar_mass_problems(unit: str, molar_mass: Decimal | None, written_in: str | None) -> list[str]:
    """What is wrong with a measure's ``molar mass`` (written in ``written_in``) for its ``unit``.

    >>> molar_mass_problems("g/dL", Decimal("16114"), "g/mol")
    []
    """
    problems = [] if written_in == "g/mol" else [f"a molar mass is written in g/mol, not '{written_in}'"]
    if molar_mass is not None and molar_mass <= 0:
        problems.append(f"a molar mass is greater than 0, not {molar_mass}")
    if UNITS[unit].dimension not in MOLAR_DIMENSIONS:
        problems.append(
            "a molar mass converts between mass and substance concentrations (g/dL, mmol/L); "
            f"'{unit}' is a {UNITS[unit].dimension}"
        )
    return problems


@functools.lru_cache(maxsize=256)
def factors_to_base(unit: str, molar_mass: Decimal | None = None) -> tuple[tuple[str, Decimal], ...]:
    """The units a value of a measure declared in ``unit`` may be recorded in, each with its factor
    to the base unit of ``unit``'s dimension; given the analyte's molar mass (g/mol), a mass
    concentration's measure also reads substance concentrations, and the other way round.

    >>> float(dict(factors_to_base("g/dL", Decimal("16114")))["mmol/L"])  # 1 mmol/L of haemoglobin: 16.114 g/L
    16.114
    >>> sorted(dict(factors_to_base("mmol/L")))
    ['mmol/L', 'µmol/L']
    """
    dimension = UNITS[unit].dimension
    found = [(u.symbol, u.factor) for u in UNITS.values() if u.dimension == dimension]
    if molar_mass is not None and molar_mass > 0 and dimension in MOLAR_DIMENSIONS:
        mass = dimension == MOLAR_DIMENSIONS[0]
        other = MOLAR_DIMENSIONS[1] if mass else MOLAR_DIMENSIONS[0]
        per = molar_mass / 10**6 if mass else 10**6 / molar_mass
        found += [(u.symbol, u.factor * per) for u in UNITS.values() if u.dimension == other]
    return tuple(found)


@functools.lru_cache(maxsize=1024)
def factor_to_base(declared: str, molar_mass: Decimal | None, unit: str) -> float | None:
    """The factor from a result's ``unit`` to the base unit of a measure declared in ``declared``
    (:func:`factors_to_base`), as a float; ``None`` when that unit does not convert."""
    factor = dict(factors_to_base(declared, molar_mass)).get(unit)
    return None if factor is None else float(factor)


# --- the spellings records use ------------------------------------------------------------------

#: UCUM's case-sensitive codes (and a few plain words) for the units of :data:`UNITS`, reviewed one
#: by one: each names exactly the same unit as the symbol it maps to. UCUM writes micro as ``u``
#: and powers of ten as ``10*n``; ``{...}`` is an annotation, which UCUM reads as 1 but which here
#: may carry the dimension (``{1.73_m2}``: per body surface area), so annotations are never dropped
#: by a rule: each annotated spelling is listed. UCUM also writes the litre as ``l``: those
#: spellings are added below (:func:`_litre_spellings`).
_SPELLINGS: dict[str, tuple[str, ...]] = {
    # UCUM's mo and a are the mean Julian month and year (30.4375 and 365.25 days); a duration a
    # clinician records as "6 mo" or "2 a" means six calendar months or two years, so they read as
    # Eligo's calendar months and years (a clinical reading, not UCUM's arithmetic).
    "days": ("d", "day"),
    "weeks": ("wk", "week"),
    "months": ("mo", "month"),
    "years": ("a", "year"),
    "µmol/L": ("umol/L",),
    "10^9/L": ("10*9/L",),
    "10^12/L": ("10*12/L", "10*6/uL"),  # 10^6 per µL is 10^12 per L exactly
    "10^3/µL": ("10*3/uL", "10^3/uL"),
    "/µL": ("/uL", "{cells}/uL"),  # {cells} names what is counted: no change of dimension
    "mL/min/1.73m^2": ("mL/min/{1.73_m2}", "mL/min/{1.73m2}"),  # eGFR per 1.73 m² of body surface
    "IU/L": ("[iU]/L", "[IU]/L"),
    "°C": ("Cel",),
    "mmHg": ("mm[Hg]",),
    "bpm": ("/min", "{beats}/min"),  # a heart rate; {beats} names what is counted
    "mg/m^2": ("mg/m2",),  # UCUM writes the square as a trailing 2
    "IU/mL": ("[IU]/mL", "[iU]/mL"),
    "copies/mL": ("{copies}/mL",),  # {copies} names what is counted: no change of dimension
}

_LITRE = re.compile(r"(?<![A-Za-z])([mudµ]?)L(?![A-Za-z])")


def _litre_spellings(text: str) -> str:
    """``text`` with the litre written ``l``, as UCUM also allows (``mg/dl``, ``10*9/l``)."""
    return _LITRE.sub(r"\1l", text)


def _aliases() -> dict[str, str]:
    found: dict[str, str] = {}
    for symbol, spellings in _SPELLINGS.items():
        assert symbol in UNITS, symbol
        for spelling in spellings:
            found[spelling] = symbol
    for spelling, symbol in [*((s, s) for s in UNITS), *found.items()]:
        found.setdefault(_litre_spellings(spelling), symbol)
    for spelling in [s for s in found if found[s] == s]:
        del found[spelling]
    return found


#: Another spelling of a unit → Eligo's symbol in :data:`UNITS`.
ALIASES: dict[str, str] = _aliases()

GREEK_MU, MICRO_SIGN = "\u03bc", "\u00b5"


def record_unit(text: str) -> str:
    """The unit a record wrote, as Eligo's symbol when it is one of :data:`UNITS` in any spelling
    of :data:`ALIASES` (a Greek mu read as the micro sign); any other UCUM unit as written.

    Raises ``ValueError`` (with the words a user reads) for text that is no unit."""
    return _record_unit(text)


@functools.lru_cache(maxsize=4096)
def _record_unit(text: str) -> str:
    unit = text.replace(GREEK_MU, MICRO_SIGN)
    if unit in UNITS or unit in LOG10_UNITS:
        return unit
    if unit in _LOG10_SPELLINGS:
        return _LOG10_SPELLINGS[unit]
    ucum = unit.replace(MICRO_SIGN, "u")  # UCUM's micro; a record may mix it with ``10*3``
    for spelling in (unit, ucum):
        if spelling in ALIASES:
            return ALIASES[spelling]
    if unit in _TIME_WORDS or is_ucum(ucum):
        return unit
    if not unit.strip():
        raise ValueError("a unit is not empty; leave the unit out when the value has none")
    shown = printable(text if len(text) <= 40 else text[:37] + "...")
    raise ValueError(f"unknown unit '{shown}': neither a unit Eligo knows nor a UCUM code{did_you_mean(unit, UNITS)}")


#: Words for lengths of time Eligo has no unit for; a value in them is kept, and compares as unknown.
_TIME_WORDS = frozenset({"hour", "hours", "minute", "minutes", "second", "seconds"})


# --- UCUM's syntax -------------------------------------------------------------------------------
# The Unified Code for Units of Measure (https://ucum.org/ucum, "c/s" codes): prefixes, and the
# atoms clinical records use, from its table (ucum-essence.xml); metric atoms take a prefix.


def _atoms(text: str) -> frozenset[str]:
    """The atoms of a space-separated list."""
    return frozenset(text.split())


_PREFIXES = ("da", "Ki", "Mi", "Gi", "Ti", *"YZEPTGMkhdcmunpfazy")
_METRIC = _atoms(
    "m s g rad K C cd mol sr Hz N Pa J W A V F Ohm S Wb Cel T H lm lx Bq Gy Sv l L ar t bar u eV pc "
    "[c] [h] [k] [eps_0] [mu_0] [e] [m_e] [m_p] [G] [g] [ly] gf Ky Gal dyn erg P Bi St Mx G Gb Oe sb Lmb "
    "ph Ci R RAD REM cal cal_[15] cal_[20] cal_m cal_IT cal_th eq osm g% kat U [iU] [IU] bit By Bd Np B "
    "B[SPL] B[V] B[mV] B[uV] B[10.nV] B[W] B[kW] st mho m[Hg] m[H2O] [CFU] [PFU] [FFU] [S] bit_s"
)
_OTHER = _atoms(
    "10* 10^ [pi] % [ppth] [ppm] [ppb] [pptr] min h d a_t a_j a_g a wk mo_s mo_j mo_g mo deg gon ' '' "
    "[in_i] [ft_i] [yd_i] [mi_i] [fth_i] [nmi_i] [kn_i] [sin_i] [sft_i] [syd_i] [cin_i] [cft_i] [cyd_i] "
    "[bf_i] [cr_i] [mil_i] [cml_i] [hd_i] [ft_us] [yd_us] [in_us] [rd_us] [ch_us] [fur_us] [mi_us] "
    "[acr_us] [gal_us] [bbl_us] [qt_us] [pt_us] [gil_us] [foz_us] [fdr_us] [min_us] [crd_us] [bu_us] "
    "[gal_wi] [pk_us] [dqt_us] [dpt_us] [tbs_us] [tsp_us] [cup_us] [foz_m] [cup_m] [tsp_m] [tbs_m] "
    "[gal_br] [pk_br] [bu_br] [qt_br] [pt_br] [gil_br] [foz_br] [fdr_br] [min_br] [gr] [lb_av] [oz_av] "
    "[dr_av] [scwt_av] [lcwt_av] [ston_av] [lton_av] [stone_av] [pwt_tr] [oz_tr] [lb_tr] [sc_ap] "
    "[dr_ap] [oz_ap] [lb_ap] [oz_m] [degF] [degR] [degRe] [Cal] [Btu] [HP] tex [den] [in_i'Hg] "
    "[in_i'H2O] [PRU] [wood'U] [diop] [p'diop] %[slope] [mesh_i] [Ch] [drp] [hnsf'U] [MET] [pH] [HPF] "
    "[LPF] [arb'U] [USP'U] [GPL'U] [MPL'U] [APL'U] [beth'U] [anti'Xa'U] [todd'U] [dye'U] [smgy'U] "
    "[bdsk'U] [ka'U] [knk'U] [mclg'U] [tb'U] [CCID_50] [TCID_50] [EID_50] [BAU] [AU] [Amb'a'1'U] [PNU] "
    "[Lf] [D'ag'U] [FEU] [ELU] [EU] [IR] Ao b att [psi] circ sph [car_m] [car_Au] [smoot]"
)
_ANNOTATED = re.compile(r"(?P<unit>.*?)(?P<note>\{[!-z|~]*\})?")  # UCUM: ASCII 33-126 but braces
_EXPONENT = re.compile(r"(?P<atom>.*?)(?P<power>[+-]?\d+)?")


def is_ucum(text: str) -> bool:
    """Whether ``text`` is a well-formed UCUM unit (case-sensitive codes) of atoms Eligo lists.

    >>> is_ucum("10*3/uL"), is_ucum("mL/min/{1.73_m2}"), is_ucum("kg.m-2"), is_ucum("furlongs")
    (True, True, True, False)
    """
    if not text or text.isspace() or any(c.isspace() for c in text):
        return False
    return _term(text[1:] if text.startswith("/") else text, 0)


def _term(text: str, depth: int) -> bool:
    """A term: components joined by ``.`` and ``/`` (outside brackets, braces and parentheses)."""
    if depth > 8:
        return False
    parts: list[str] = []
    level, start = 0, 0
    for index, char in enumerate(text):
        if char in "([{":
            level += 1
        elif char in ")]}":
            level -= 1
            if level < 0:
                return False
        elif char in "./" and level == 0:
            parts.append(text[start:index])
            start = index + 1
    parts.append(text[start:])
    return level == 0 and all(_component(part, depth) for part in parts)


def _component(text: str, depth: int) -> bool:
    if text.startswith("(") and text.endswith(")"):
        return _term(text[1:-1], depth + 1)
    annotated = _ANNOTATED.fullmatch(text)
    if annotated is None:
        return False
    unit = annotated["unit"]
    if not unit:
        return annotated["note"] is not None
    if unit.isdigit():
        return True
    parts = _EXPONENT.fullmatch(unit)
    atom = parts["atom"] if parts else ""
    if not atom:
        return False
    if atom in _METRIC or atom in _OTHER:
        return True
    return any(atom.startswith(p) and atom[len(p) :] in _METRIC for p in _PREFIXES)
