"""The OMOP yardstick (issue 14): NCT05238363's criteria written by hand as one DuckDB query over
the OMOP CDM tables themselves (``person``, ``observation_period``, ``condition_occurrence``,
``drug_exposure``, ``procedure_occurrence``, ``measurement``, ``observation``, ``concept``), for
``bench/omop.py``.

    python bench/omop_hand.py OMOP.duckdb -o OUT.jsonl --fingerprint F [--reference-dates TABLE]

It writes what ``eligo screen bench/omop_criteria/nct05238363.elig --omop OMOP.duckdb
--reference-dates TABLE --format jsonl -o OUT.jsonl`` writes, byte for byte: one line per person
in id order (as text), every criterion's outcome and the verdict. The criteria are the FROZEN copy
under ``bench/omop_criteria/`` (the live ``criteria/nct05238363.elig`` may change without this
query changing with it), read with Eligo's OMOP mapping (docs/omop.md, "The mapping") on a CDM
v5.3 database as ``bench/omop.py build`` writes it (``procedure_date`` is a procedure's day).

What a speed-minded engineer writes knowing what OMOP holds: the value sets are tested once per
concept (a small table), and each record reads its concept's and source concept's answers by
two hash joins; each OMOP table is read once. OMOP holds no attested item, no clinical status,
extent, confirmation method, treatment or donor, so the criteria that read them are unknown
wherever they matter (I1, I4, I6 and E7 always; I3, E2, E3, E5 and E6 when a record may count:
the comment beside each says why). Three-valued logic is SQL's: NULL is unknown.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import duckdb

sys.path.insert(0, str(Path(__file__).resolve().parent))

from yardsticks import IDS, line_maker

#: A value set's test of one concept (``vocabulary_id``, ``concept_code``): TRUE, FALSE, or NULL
#: for a vocabulary the set lists no codes of (OMOP's CPT4 is Eligo's CPT). ICD-10-CM and ATC
#: entries cover the codes below them; SNOMED CT, LOINC and CPT entries match exactly.
VALUE_SETS = {
    "cscc": """CASE vocabulary_id
        WHEN 'ICD10CM' THEN substr(concept_code, 1, 6) IN ('C44.02', 'C44.12', 'C44.22', 'C44.32', 'C44.42',
                                                          'C44.52', 'C44.62', 'C44.72', 'C44.82', 'C44.92')
        WHEN 'SNOMED' THEN concept_code = '254651007' END""",
    "malignancy": """CASE vocabulary_id
        WHEN 'ICD10CM' THEN (substr(concept_code, 1, 3) BETWEEN 'C00' AND 'C96'
                             OR substr(concept_code, 1, 3) BETWEEN 'D00' AND 'D09')
                            AND NOT (substr(concept_code, 1, 3) BETWEEN 'C77' AND 'C79'
                                     OR substr(concept_code, 1, 3) = 'C7B')
        WHEN 'SNOMED' THEN concept_code IN ('254637007', '254632001', '254837009', '363406005', '93761005',
            '109838007', '91861009', '254651007', '372244006', '424132000', '425048006', '422968005', '423121009',
            '67811000119102', '67821000119109', '67831000119107', '67841000119103', '188151006', '92691004') END""",
    "breast_cis": "CASE vocabulary_id WHEN 'ICD10CM' THEN substr(concept_code, 1, 3) = 'D05' END",
    "other_skin": """CASE vocabulary_id
        WHEN 'ICD10CM' THEN substr(concept_code, 1, 6) IN ('C44.01', 'C44.11', 'C44.21', 'C44.31', 'C44.41',
            'C44.51', 'C44.61', 'C44.71', 'C44.81', 'C44.91', 'C44.13', 'C44.09', 'C44.19', 'C44.29', 'C44.39',
            'C44.49', 'C44.59', 'C44.69', 'C44.79', 'C44.89', 'C44.99')
          OR substr(concept_code, 1, 3) IN ('C43', 'D03', 'C4A', 'D04') OR substr(concept_code, 1, 5) = 'C46.0'
        WHEN 'SNOMED' THEN concept_code = '372244006' END""",
    "cns": """CASE vocabulary_id
        WHEN 'ICD10CM' THEN substr(concept_code, 1, 6) IN ('C79.31', 'C79.32', 'C79.49')
        WHEN 'SNOMED' THEN concept_code = '94225005' END""",
    "effusion": """CASE vocabulary_id
        WHEN 'ICD10CM' THEN substr(concept_code, 1, 3) IN ('J90', 'R18')
                            OR substr(concept_code, 1, 5) IN ('J91.0', 'J91.8', 'J94.0', 'I31.3')
        WHEN 'SNOMED' THEN concept_code = '60046008' END""",
    "organ_status": """CASE vocabulary_id
        WHEN 'ICD10CM' THEN substr(concept_code, 1, 5) IN ('Z94.0', 'Z94.1', 'Z94.2', 'Z94.3', 'Z94.4', 'T86.1',
                                                          'T86.2', 'T86.3', 'T86.4')
                            OR substr(concept_code, 1, 6) IN ('Z94.82', 'Z94.83', 'T86.81', 'T86.85') END""",
    "stem_cell_history": """CASE vocabulary_id
        WHEN 'SNOMED' THEN concept_code IN ('2631000119108', '153351000119102')
        WHEN 'ICD10CM' THEN substr(concept_code, 1, 6) IN ('Z94.81', 'Z94.84')
                            OR substr(concept_code, 1, 5) IN ('T86.0', 'T86.5') END""",
    "not_fertile": """CASE vocabulary_id
        WHEN 'ICD10CM' THEN substr(concept_code, 1, 5) IN ('Z78.0', 'N95.1')
                            OR substr(concept_code, 1, 7) IN ('Z90.710', 'Z90.711', 'Z90.722') END""",
    "anti_egfr": """CASE vocabulary_id
        WHEN 'ATC' THEN substr(concept_code, 1, 5) = 'L01FE' OR substr(concept_code, 1, 7) IN ('L01XC06', 'L01XC08')
        END""",
    "transplant": """CASE vocabulary_id
        WHEN 'SNOMED' THEN concept_code IN ('313039003', '70536003', '32413006', '18027006', '88039007',
                                            '234336002', '278257006', '23719005') END""",
    "solid_organ": """CASE vocabulary_id
        WHEN 'SNOMED' THEN concept_code IN ('313039003', '70536003', '32413006', '18027006', '88039007') END""",
    "drainage": """CASE vocabulary_id
        WHEN 'CPT4' THEN concept_code IN ('32554', '32555', '32556', '32557', '32550', '49082', '49083', '49418',
                                          '33016', '33017', '33018', '33019') END""",
    "ecog": "CASE vocabulary_id WHEN 'LOINC' THEN concept_code = '89247-1' END",
    "pregnancy": "CASE vocabulary_id WHEN 'LOINC' THEN concept_code IN ('2106-3', '2118-8') END",
}


def member(name: str) -> str:
    """Whether a record (its concept ``c`` and source concept ``s``, joined from ``vs``) is in a
    value set: TRUE if either code is, else NULL if either is unknown, else FALSE; NULL for a
    record with neither concept in ``concept`` (Eligo's code ``OMOP <id>``: unknown membership)."""
    known = "CASE WHEN {0}.concept_id IS NULL THEN FALSE ELSE {0}.{1} END"
    either = f"({known.format('c', name)}) OR ({known.format('s', name)})"
    return f"CASE WHEN c.concept_id IS NULL AND s.concept_id IS NULL THEN NULL ELSE {either} END"


def condition_member(name: str) -> str:
    """A condition's candidacy (evaluate.verified): a provisional diagnosis (32899) is perhaps in
    the set unless surely not in it; a confirmed one or one without status as its codes say."""
    return f"CASE WHEN x.condition_status_concept_id = 32899 THEN CASE WHEN ({member(name)}) IS FALSE THEN FALSE END ELSE {member(name)} END"  # fmt: skip


def any_of(value: str) -> str:
    """``exists`` over a person's records: TRUE if any record's value is, else NULL if any is unknown."""
    return f"CASE WHEN bool_or({value}) THEN TRUE WHEN bool_or(({value}) IS NULL) THEN NULL ELSE FALSE END"


#: The records' per-person answers, one CTE per OMOP table.
CONDITIONS = f"""
SELECT x.person_id,
  -- I3: every cscc record may count (confirmation, extent and status are not in OMOP)
  bool_or(({condition_member("cscc")}) IS NOT FALSE) AS i3_maybe,
  -- E2: a malignancy that is not cscc nor breast carcinoma in situ may count (status and
  -- treatment unknown: within 3 years or active, and the surgery spare, are unknown)
  bool_or((({condition_member("malignancy")}) AND NOT ({member("cscc")}) AND NOT ({member("breast_cis")})) IS NOT FALSE)
    AS e2_maybe,
  -- E3: an other skin cancer may count (its status, and a basal cell's treatment, unknown)
  bool_or(({condition_member("other_skin")}) IS NOT FALSE) AS e3_maybe,
  {any_of(condition_member("organ_status"))} AS e4_organ,
  -- E4: a stem cell transplant history counts if allogeneic (attested: unknown)
  bool_or(({condition_member("stem_cell_history")}) IS NOT FALSE) AS e4_stem_cell_maybe,
  -- E5: a CNS metastasis may count (status and symptoms unknown)
  bool_or(({condition_member("cns")}) IS NOT FALSE) AS e5_maybe,
  -- E6: an effusion may count (status unknown) if the drainages may be 2 or more
  bool_or(({condition_member("effusion")}) IS NOT FALSE) AS e6_maybe,
  {any_of(condition_member("not_fertile"))} AS not_fertile
FROM condition_occurrence AS x
LEFT JOIN vs AS c ON c.concept_id = x.condition_concept_id
LEFT JOIN vs AS s ON s.concept_id = x.condition_source_concept_id
GROUP BY x.person_id
"""

DRUGS = f"""
SELECT x.person_id,
  {any_of(f"({member('anti_egfr')}) AND x.drug_exposure_start_date < pt.fd")} AS e1
FROM drug_exposure AS x JOIN pt ON pt.person_id = x.person_id
LEFT JOIN vs AS c ON c.concept_id = x.drug_concept_id
LEFT JOIN vs AS s ON s.concept_id = x.drug_source_concept_id
GROUP BY x.person_id
"""

PROCEDURES = f"""
SELECT x.person_id,
  -- E4: a transplant before first dose, allogeneic when a solid organ (the donor is not in OMOP)
  {any_of(f"({member('transplant')}) AND x.procedure_date < pt.fd AND (({member('solid_organ')}) OR NULL)")} AS e4,
  -- E6: drainages within 3 months before first dose, sure and perhaps
  count(*) FILTER (WHERE (({member("drainage")}) AND x.procedure_date BETWEEN CAST(pt.fd - INTERVAL 3 MONTH AS DATE)
                                                                       AND pt.fd) IS TRUE) AS drained,
  count(*) FILTER (WHERE (({member("drainage")}) AND x.procedure_date BETWEEN CAST(pt.fd - INTERVAL 3 MONTH AS DATE)
                                                                       AND pt.fd) IS NOT FALSE) AS drained_maybe
FROM procedure_occurrence AS x JOIN pt ON pt.person_id = x.person_id
LEFT JOIN vs AS c ON c.concept_id = x.procedure_concept_id
LEFT JOIN vs AS s ON s.concept_id = x.procedure_source_concept_id
GROUP BY x.person_id
"""

#: Results that are, or may be, an ECOG score or a pregnancy test: measurements then observations
#: (``seq`` orders a day's results), each under each measure it may be of, with the window's answer.
RESULTS = f"""
SELECT r.*, m.measure,
  CASE m.measure WHEN 'ecog' THEN r.ecog ELSE r.pregnancy END AND r.day BETWEEN
    CAST(pt.fd - m.days * INTERVAL 1 DAY AS DATE) AND pt.fd AS inside
FROM (
  SELECT x.person_id, 0 AS kind, x.measurement_id AS id, x.measurement_date AS day,
    CASE WHEN coalesce(x.operator_concept_id, 0) IN (0, 4172703) THEN CAST(x.value_as_number AS DOUBLE) END AS n,
    CAST(NULL AS VARCHAR) AS t, nullif(x.value_as_concept_id, 0) AS v, nullif(x.unit_concept_id, 0) AS u,
    CAST(x.range_high AS DOUBLE) AS r, {member("ecog")} AS ecog, {member("pregnancy")} AS pregnancy
  FROM measurement AS x
  LEFT JOIN vs AS c ON c.concept_id = x.measurement_concept_id
  LEFT JOIN vs AS s ON s.concept_id = x.measurement_source_concept_id
  UNION ALL
  SELECT x.person_id, 1, x.observation_id, x.observation_date, CAST(x.value_as_number AS DOUBLE), x.value_as_string,
    nullif(x.value_as_concept_id, 0), nullif(x.unit_concept_id, 0), NULL, {member("ecog")}, {member("pregnancy")}
  FROM observation AS x
  LEFT JOIN vs AS c ON c.concept_id = x.observation_concept_id
  LEFT JOIN vs AS s ON s.concept_id = x.observation_source_concept_id
) AS r
JOIN pt ON pt.person_id = r.person_id
JOIN (VALUES ('ecog', 28), ('pregnancy', 7)) AS m(measure, days)
  ON (CASE m.measure WHEN 'ecog' THEN r.ecog ELSE r.pregnancy END) IS NOT FALSE
"""

SCREENED = f"""
WITH
held AS (
  -- a list whose OMOP tables hold no row at all is not collected, for anyone
  SELECT EXISTS (SELECT 1 FROM condition_occurrence) AS c, EXISTS (SELECT 1 FROM drug_exposure) AS m,
         EXISTS (SELECT 1 FROM procedure_occurrence) AS p,
         EXISTS (SELECT 1 FROM measurement) OR EXISTS (SELECT 1 FROM observation) AS o
),
pt AS (
  SELECT p.person_id,
    CASE WHEN p.year_of_birth IS NOT NULL
         THEN make_date(p.year_of_birth, coalesce(p.month_of_birth, 1), coalesce(p.day_of_birth, 1)) END AS birth_lo,
    CASE WHEN p.year_of_birth IS NULL THEN NULL
         WHEN p.month_of_birth IS NULL THEN make_date(p.year_of_birth, 12, 31)
         WHEN p.day_of_birth IS NULL
         THEN CAST(make_date(p.year_of_birth, p.month_of_birth, 1) + INTERVAL 1 MONTH - INTERVAL 1 DAY AS DATE)
         ELSE make_date(p.year_of_birth, p.month_of_birth, p.day_of_birth) END AS birth_hi,
    CASE p.gender_concept_id WHEN 8532 THEN TRUE WHEN 8507 THEN FALSE WHEN 8521 THEN FALSE END AS female,
    op.person_id IS NOT NULL AS observed,
    d.reference_date AS fd
  FROM person AS p
  LEFT JOIN (SELECT DISTINCT person_id FROM observation_period) AS op ON op.person_id = p.person_id
  LEFT JOIN {{references}} AS d ON d.person_id = p.person_id AND d.name = 'first_dose'
),
vs AS (
  SELECT concept_id, {", ".join(f"{test} AS {name}" for name, test in VALUE_SETS.items())}
  FROM concept WHERE concept_id <> 0
),
cond AS ({CONDITIONS}),
drug AS ({DRUGS}),
proc AS ({PROCEDURES}),
results AS ({RESULTS}),
latest AS (
  -- per person and measure, the latest result surely of it and surely in the window (the first
  -- of its day by seq): its value, and whether a result that may be as late says otherwise
  SELECT person_id, measure, first(struct_pack(n, t, v, u, r) ORDER BY day DESC, kind, id) AS result,
    max(day) AS day
  FROM results WHERE inside GROUP BY person_id, measure
),
picked AS (
  SELECT l.person_id, l.measure,
    bool_or(w.day >= l.day AND struct_pack(w.n, w.t, w.v, w.u, w.r) IS DISTINCT FROM l.result) AS rivalled,
    -- a number reads as the range of the values that may be the latest (each unknown if any is)
    CASE WHEN count(*) = count(w.n) THEN min(w.n) END AS n_lo, CASE WHEN count(*) = count(w.n) THEN max(w.n) END AS n_hi,
    any_value(l.result) AS result
  FROM latest AS l JOIN results AS w ON w.person_id = l.person_id AND w.measure = l.measure
    AND w.inside IS NOT FALSE AND (w.day >= l.day OR struct_pack(w.n, w.t, w.v, w.u, w.r) IS NOT DISTINCT FROM l.result)
  GROUP BY l.person_id, l.measure
),
pregnancy AS (
  -- a one-of result: the text, else the value concept's code, if one of the three
  SELECT p.person_id, CASE WHEN p.rivalled THEN NULL ELSE coalesce(p.result.t, vc.concept_code) END AS answer
  FROM picked AS p LEFT JOIN concept AS vc ON vc.concept_id = p.result.v
  WHERE p.measure = 'pregnancy'
),
answers AS (
  SELECT pt.person_id,
    pt.observed AND held.c AS conditions, pt.observed AND held.m AS drugs, pt.observed AND held.p AS procedures,
    pt.observed AND held.o AS results,
    pt.female, pt.birth_lo, pt.birth_hi, pt.fd,
    cond.person_id IS NOT NULL AS any_condition, drug.person_id IS NOT NULL AS any_drug,
    proc.person_id IS NOT NULL AS any_procedure,
    cond.* EXCLUDE (person_id), drug.e1, proc.e4, proc.drained, proc.drained_maybe,
    ecog.n_lo AS ecog_lo, ecog.n_hi AS ecog_hi,
    CASE WHEN pregnancy.answer IN ('positive', 'negative', 'indeterminate') THEN pregnancy.answer END AS pregnancy
  FROM pt CROSS JOIN held
  LEFT JOIN cond ON cond.person_id = pt.person_id
  LEFT JOIN drug ON drug.person_id = pt.person_id
  LEFT JOIN proc ON proc.person_id = pt.person_id
  LEFT JOIN picked AS ecog ON ecog.person_id = pt.person_id AND ecog.measure = 'ecog'
  LEFT JOIN pregnancy ON pregnancy.person_id = pt.person_id
),
decided AS (
  -- "exists" over a list: not collected is unknown, collected without a record is false
  SELECT *,
    female AND NOT CASE WHEN conditions THEN CASE WHEN any_condition THEN not_fertile ELSE FALSE END END AS fertile
  FROM answers
)
SELECT CAST(person_id AS VARCHAR) AS patient_id,
  {{columns}},
  fertile IS FALSE AS i7_na
FROM decided
ORDER BY patient_id
"""

#: Each criterion's answer (SQL over ``decided``'s columns), in the order of :data:`IDS`.
CRITERIA = {
    "I1": "CAST(NULL AS BOOLEAN)",  # attested: OMOP holds none
    "I2": """CASE WHEN birth_lo IS NULL OR fd IS NULL THEN NULL
                  WHEN birth_hi <= CAST(fd - INTERVAL 18 YEAR AS DATE) THEN TRUE
                  WHEN birth_lo > CAST(fd - INTERVAL 18 YEAR AS DATE) THEN FALSE END""",
    "I3": "CASE WHEN conditions THEN CASE WHEN i3_maybe THEN NULL ELSE FALSE END END",
    "I4": "CAST(NULL AS BOOLEAN)",  # attested
    "I5": """CASE WHEN results AND fd IS NOT NULL
                  THEN (CASE WHEN ecog_lo >= 0 THEN TRUE WHEN ecog_hi < 0 THEN FALSE END)
                       AND (CASE WHEN ecog_hi <= 1 THEN TRUE WHEN ecog_lo > 1 THEN FALSE END) END""",
    "I6": "CAST(NULL AS BOOLEAN)",  # attested
    "I7": """NOT fertile OR CASE WHEN results AND fd IS NOT NULL THEN pregnancy = 'negative' END""",
    "E1": "CASE WHEN drugs THEN CASE WHEN any_drug THEN e1 ELSE FALSE END END",
    "E2": "CASE WHEN conditions THEN CASE WHEN e2_maybe THEN NULL ELSE FALSE END END",
    "E3": "CASE WHEN conditions THEN CASE WHEN e3_maybe THEN NULL ELSE FALSE END END",
    "E4": """CASE WHEN procedures THEN CASE WHEN any_procedure THEN e4 ELSE FALSE END END
             OR CASE WHEN conditions THEN CASE WHEN any_condition THEN e4_organ ELSE FALSE END END
             OR CASE WHEN conditions THEN CASE WHEN e4_stem_cell_maybe THEN NULL ELSE FALSE END END""",
    "E5": "CASE WHEN conditions THEN CASE WHEN e5_maybe THEN NULL ELSE FALSE END END",
    "E6": """CASE WHEN conditions
                  THEN CASE WHEN e6_maybe
                            THEN NULL AND CASE WHEN procedures
                                               THEN CASE WHEN coalesce(drained, 0) >= 2 THEN TRUE
                                                         WHEN coalesce(drained_maybe, 0) < 2 THEN FALSE END END
                            ELSE FALSE END END""",
    "E7": "CAST(NULL AS BOOLEAN)",  # attested
}


def query(references: str) -> str:
    """The whole query: one row per person, each criterion's answer (NULL: unknown), and
    whether I7 does not apply."""
    columns = ",\n  ".join(f"{CRITERIA[c]} AS {c.lower()}" for c in IDS)
    return SCREENED.format(references=references, columns=columns)


def write(database: Path, out: Path, fingerprint: str, references: str, batch: int = 100_000) -> None:
    """``eligo screen --format jsonl``'s lines for every person of ``database``, from Arrow batches."""
    line = line_maker(fingerprint)
    with duckdb.connect(str(database), read_only=True) as con, out.open("w", encoding="utf-8") as sink:
        reader = con.sql(query(references)).to_arrow_reader(batch)
        for record_batch in reader:
            columns = [column.to_pylist() for column in record_batch.columns]
            ids, answers, not_applicable = columns[0], list(zip(*columns[1:-1], strict=True)), columns[-1]
            sink.write("".join(map(line, ids, answers, not_applicable)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("database", type=Path, help="an OMOP CDM v5.3 DuckDB file (bench/omop.py build)")
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--fingerprint", required=True, help="the criteria's fingerprint (as Eligo writes it)")
    parser.add_argument("--reference-dates", default="eligo_reference_dates")
    args = parser.parse_args()
    write(args.database, args.output, args.fingerprint, args.reference_dates)
    return 0


if __name__ == "__main__":
    sys.exit(main())
