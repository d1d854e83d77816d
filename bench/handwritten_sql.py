"""The DuckDB yardstick: NCT05238363's criteria written by hand as one query over the tables
``eligo import`` writes, with the meaning of ``criteria/nct05238363.elig`` and of the Python
yardstick beside it (``handwritten.py``, whose docstring says what both cover).
"""

from __future__ import annotations

#: The same criteria as one DuckDB query over the tables ``eligo import`` writes: one row per
#: patient with each criterion's answer (NULL is unknown), then whether I7 does not apply. Units are Eligo's words there (the
#: import reads UCUM's codes as them). A value set's membership is NULL for a code of a system it
#: lists no codes of; "exists" over a patient's records is true if any record is true, else
#: unknown if any is unknown.
SCREENED = """
WITH
pt AS (
  SELECT p.*, r.lo AS fd_lo, r.hi AS fd_hi
  FROM patients p LEFT JOIN reference_dates r ON r.patient_id = p.patient_id AND r.name = 'first_dose'
),
att AS (
  SELECT patient_id,
    bool_or(value_bool) FILTER (WHERE name = 'informed_consent') AS consent,
    max(value_num) FILTER (WHERE name = 'expected_survival') AS survival,
    max(unit) FILTER (WHERE name = 'expected_survival') AS survival_unit,
    bool_or(value_bool) FILTER (WHERE name = 'cns_metastases_symptomatic') AS cns_symptomatic,
    max(value_num) FILTER (WHERE name = 'cns_treatment_duration') AS cns_time,
    max(unit) FILTER (WHERE name = 'cns_treatment_duration') AS cns_time_unit,
    bool_or(value_bool) FILTER (WHERE name = 'cns_symptoms_stable') AS cns_symptoms,
    bool_or(value_bool) FILTER (WHERE name = 'active_severe_infection') AS infection,
    bool_or(value_bool) FILTER (WHERE name = 'stem_cell_transplant_allogeneic') AS stem_cell_allogeneic
  FROM attestations GROUP BY patient_id
),
att_d AS (
  -- durations: exact in months and years, else in days with a month of 28 to 31 days
  SELECT *,
    CASE survival_unit
      WHEN 'days' THEN survival >= 84
      WHEN 'weeks' THEN survival * 7 >= 84
      WHEN 'months' THEN CASE WHEN survival * 28 >= 84 THEN TRUE WHEN survival * 31 < 84 THEN FALSE END
      WHEN 'years' THEN CASE WHEN survival * 365 >= 84 THEN TRUE WHEN survival * 366 < 84 THEN FALSE END
    END AS survival_12_weeks,
    CASE cns_time_unit
      WHEN 'months' THEN cns_time > 3
      WHEN 'years' THEN cns_time * 12 > 3
      WHEN 'weeks' THEN CASE WHEN cns_time * 7 > 93 THEN TRUE WHEN cns_time * 7 <= 84 THEN FALSE END
      WHEN 'days' THEN CASE WHEN cns_time > 93 THEN TRUE WHEN cns_time <= 84 THEN FALSE END
    END AS cns_over_3_months
  FROM att
),
c AS (
  SELECT c.*, pt.fd_lo, pt.fd_hi, pt.medications_collected, pt.procedures_collected, pt.observations_collected,
    CASE WHEN c.system = 'ICD10CM' THEN substr(code, 1, 6) IN ('C44.02','C44.12','C44.22','C44.32','C44.42',
      'C44.52','C44.62','C44.72','C44.82','C44.92')
         WHEN c.system = 'SNOMED' THEN code = '254651007' END AS cscc,
    CASE WHEN c.system = 'ICD10CM' THEN (substr(code, 1, 3) BETWEEN 'C00' AND 'C96'
                                         OR substr(code, 1, 3) BETWEEN 'D00' AND 'D09')
                                        AND NOT (substr(code, 1, 3) BETWEEN 'C77' AND 'C79'
                                                 OR substr(code, 1, 3) = 'C7B')
         WHEN c.system = 'SNOMED' THEN code IN ('254637007','254632001','254837009','363406005','93761005',
      '109838007','91861009','254651007','372244006','424132000','425048006','422968005','423121009',
      '67811000119102','67821000119109','67831000119107','67841000119103','188151006','92691004')
    END AS malignancy,
    CASE WHEN c.system = 'ICD10CM' THEN substr(code, 1, 3) = 'D06' END AS cervical_cis,
    CASE WHEN c.system = 'ICD10CM' THEN substr(code, 1, 3) = 'D05' END AS breast_cis,
    CASE WHEN c.system = 'ICD10CM' THEN substr(code, 1, 6) IN ('C44.01','C44.11','C44.21','C44.31','C44.41',
      'C44.51','C44.61','C44.71','C44.81','C44.91')
         WHEN c.system = 'SNOMED' THEN code = '254701007' END AS bcc,
    CASE WHEN c.system = 'ICD10CM' THEN substr(code, 1, 6) IN ('C44.01','C44.11','C44.21','C44.31','C44.41',
      'C44.51','C44.61','C44.71','C44.81','C44.91','C44.13','C44.09','C44.19','C44.29','C44.39','C44.49',
      'C44.59','C44.69','C44.79','C44.89','C44.99')
      OR substr(code, 1, 3) IN ('C43', 'D03', 'C4A', 'D04') OR substr(code, 1, 5) = 'C46.0'
         WHEN c.system = 'SNOMED' THEN code IN ('372244006', '254701007') END AS other_skin,
    CASE WHEN c.system = 'ICD10CM' THEN substr(code, 1, 6) IN ('C79.31', 'C79.32', 'C79.49')
         WHEN c.system = 'SNOMED' THEN code = '94225005' END AS cns,
    CASE WHEN c.system = 'ICD10CM' THEN substr(code, 1, 5) IN ('Z78.0', 'N95.1')
         WHEN c.system = 'SNOMED' THEN code = '76498008' END AS postmenopausal,
    CASE WHEN c.system = 'ICD10CM' THEN substr(code, 1, 7) IN ('Z90.710', 'Z90.711', 'Z90.722') END AS sterile,
    CASE WHEN c.system = 'ICD10CM' THEN substr(code, 1, 3) IN ('J90', 'R18')
      OR substr(code, 1, 5) IN ('J91.0', 'J91.8', 'J94.0', 'I31.3')
         WHEN c.system = 'SNOMED' THEN code = '60046008' END AS effusion,
    CASE WHEN c.system = 'ICD10CM' THEN substr(code, 1, 5) IN ('Z94.0','Z94.1','Z94.2','Z94.3','Z94.4','T86.1',
      'T86.2','T86.3','T86.4') OR substr(code, 1, 6) IN ('Z94.82','Z94.83','T86.81','T86.85')
         WHEN c.system = 'SNOMED' THEN code IN ('161665007', '213150003') END AS organ_status,
    CASE WHEN c.system = 'SNOMED' THEN code IN ('2631000119108', '153351000119102')
         WHEN c.system = 'ICD10CM' THEN substr(code, 1, 6) IN ('Z94.81', 'Z94.84')
                                        OR substr(code, 1, 5) IN ('T86.0', 'T86.5') END AS stem_cell_history,
    status IN ('active', 'recurrence', 'relapse') AS active,
    status IN ('inactive', 'remission', 'resolved') AS settled,
    list_has_any(treatment, ['surgery']) AS surgery,
    list_has_any(treatment, ['radiotherapy']) AS radiotherapy,
    list_has_any(treatment, ['local_ablation']) AS ablation,
    att_d.cns_symptomatic, att_d.stem_cell_allogeneic, att_d.cns_over_3_months, att_d.cns_symptoms
  FROM conditions c JOIN pt USING (patient_id) LEFT JOIN att_d USING (patient_id)
),
c_med AS (
  -- E2: each medication against each condition: given for it (its reason lists the condition's id;
  -- unknown when either is missing), and its period overlapping the 3 years before first dose (a
  -- missing end decides nothing, a missing start neither; an end by the window's last day says
  -- the start is too, a start from its first day says the end is too)
  SELECT c.patient_id, c.seq AS cseq, m.seq AS mseq, m.start_lo, m.start_hi,
    CASE WHEN m.reason IS NOT NULL AND c.id IS NOT NULL THEN list_contains(m.reason, c.id) END AS linked,
    coalesce(CASE WHEN m.start_hi <= c.fd_hi THEN TRUE WHEN m.start_lo > c.fd_hi THEN FALSE END,
             CASE WHEN m.end_hi <= c.fd_hi THEN TRUE END)
      AND coalesce(CASE WHEN m.end_lo >= CAST(c.fd_lo - INTERVAL 3 YEAR AS DATE) THEN TRUE
                        WHEN m.end_hi < CAST(c.fd_lo - INTERVAL 3 YEAR AS DATE) THEN FALSE END,
                   CASE WHEN m.start_lo >= CAST(c.fd_lo - INTERVAL 3 YEAR AS DATE) THEN TRUE END) AS recent
  FROM c JOIN medications m USING (patient_id)
  WHERE c.malignancy IS NOT FALSE
),
c_proc AS (
  -- E2: each procedure against each condition: given for it, its day in the 3 years, and for
  -- cleared_by_surgery_alone an operation with curative intent
  SELECT c.patient_id, c.seq AS cseq, r.seq AS rseq, r.date_lo, r.date_hi,
    CASE WHEN r.reason IS NOT NULL AND c.id IS NOT NULL THEN list_contains(r.reason, c.id) END AS linked,
    CASE WHEN r.date_hi <= c.fd_hi THEN TRUE WHEN r.date_lo > c.fd_hi THEN FALSE END
      AND CASE WHEN r.date_lo >= CAST(c.fd_lo - INTERVAL 3 YEAR AS DATE) THEN TRUE
               WHEN r.date_hi < CAST(c.fd_lo - INTERVAL 3 YEAR AS DATE) THEN FALSE END AS recent,
    r.treatment_intent = 'curative' AS curative
  FROM c JOIN procedures r USING (patient_id)
  WHERE c.malignancy IS NOT FALSE
),
c_drug_after AS (
  -- a drug given for the condition started on or after the operation's day
  SELECT p.patient_id, p.cseq, p.rseq,
    CASE WHEN bool_or(k.after) THEN TRUE WHEN bool_or(k.after IS NULL) THEN NULL ELSE FALSE END AS drug_after
  FROM c_proc p JOIN c_med m ON m.patient_id = p.patient_id AND m.cseq = p.cseq,
  LATERAL (SELECT m.linked AND CASE WHEN m.start_lo >= p.date_hi THEN TRUE WHEN m.start_hi < p.date_lo THEN FALSE END
           AS after) k
  GROUP BY p.patient_id, p.cseq, p.rseq
),
c_treated AS (
  SELECT c.patient_id, c.seq,
    -- treated_within_3_years: a medication or procedure given for it whose period overlaps the 3 years
    CASE WHEN c.medications_collected THEN CASE WHEN med.cseq IS NULL THEN FALSE ELSE med.treated END END
      OR CASE WHEN c.procedures_collected THEN CASE WHEN pr.cseq IS NULL THEN FALSE ELSE pr.treated END END AS treated,
    -- cleared_by_surgery_alone's operation: given for it, curative, and no drug given for it after
    CASE WHEN c.procedures_collected THEN CASE WHEN pr.cseq IS NULL THEN FALSE ELSE pr.operation END END AS operation
  FROM (SELECT * FROM c WHERE malignancy IS NOT FALSE) c
  LEFT JOIN (
    SELECT patient_id, cseq,
      CASE WHEN bool_or(linked AND recent) THEN TRUE WHEN bool_or((linked AND recent) IS NULL) THEN NULL
           ELSE FALSE END AS treated
    FROM c_med GROUP BY patient_id, cseq
  ) med ON med.patient_id = c.patient_id AND med.cseq = c.seq
  LEFT JOIN (
    SELECT p.patient_id, p.cseq,
      CASE WHEN bool_or(p.linked AND p.recent) THEN TRUE WHEN bool_or((p.linked AND p.recent) IS NULL) THEN NULL
           ELSE FALSE END AS treated,
      CASE WHEN bool_or(k.op) THEN TRUE WHEN bool_or(k.op IS NULL) THEN NULL ELSE FALSE END AS operation
    FROM c_proc p JOIN pt USING (patient_id)
    LEFT JOIN c_drug_after d ON d.patient_id = p.patient_id AND d.cseq = p.cseq AND d.rseq = p.rseq,
    LATERAL (SELECT p.linked AND p.curative
                    AND NOT CASE WHEN pt.medications_collected THEN CASE WHEN d.rseq IS NULL THEN FALSE ELSE d.drug_after END END AS op) k
    GROUP BY p.patient_id, p.cseq
  ) pr ON pr.patient_id = c.patient_id AND pr.cseq = c.seq
),
ds AS (
  -- E5: each observation that is or may be a disease status (LOINC 97509-4; another system: perhaps)
  -- focused or perhaps focused (no focus recorded, or a condition without an id) on each brain
  -- or meningeal metastasis, inside or perhaps inside the 4 weeks before first dose
  SELECT c.patient_id, c.seq AS cseq, o.seq, o.date_lo, o.date_hi,
    CASE WHEN o.system = 'LOINC' THEN TRUE END
      AND CASE WHEN o.focus IS NOT NULL AND c.id IS NOT NULL THEN list_contains(o.focus, c.id) END AS listed,
    CASE WHEN o.date_lo >= CAST(c.fd_lo - INTERVAL 28 DAY AS DATE) AND o.date_hi <= c.fd_hi THEN TRUE
         WHEN o.date_hi < CAST(c.fd_lo - INTERVAL 28 DAY AS DATE) OR o.date_lo > c.fd_hi THEN FALSE END AS inside,
    {'n': o.value_num, 't': o.value_text, 'b': o.value_bool, 'u': o.unit, 'r': o.reference_high} AS result
  FROM c JOIN observations o USING (patient_id)
  WHERE c.cns IS NOT FALSE AND (o.system <> 'LOINC' OR o.code = '97509-4')
),
ds_latest AS (
  SELECT patient_id, cseq,
    first(result ORDER BY date_lo DESC, seq ASC) FILTER (WHERE inside AND listed) AS result,
    max(date_lo) FILTER (WHERE inside AND listed) AS latest_lo
  FROM ds GROUP BY patient_id, cseq
),
ds_pick AS (
  -- the latest is unknown when another result, perhaps of it and perhaps inside, differs and may be
  -- as late
  SELECT l.patient_id, l.cseq,
    CASE WHEN bool_or(d.listed IS NOT FALSE AND d.inside IS NOT FALSE
                      AND d.result IS DISTINCT FROM l.result
                      AND (d.date_lo IS NULL OR d.date_hi >= l.latest_lo)) THEN NULL
         ELSE l.result END AS result
  FROM ds_latest l JOIN ds d ON d.patient_id = l.patient_id AND d.cseq = l.cseq
  WHERE l.result IS NOT NULL
  GROUP BY l.patient_id, l.cseq, l.result, l.latest_lo
),
c_flags AS (
  SELECT c.patient_id,
    cscc AND confirmed_by IN ('histopathology', 'cytology') AND extent IN ('locally_advanced', 'metastatic')
      AND active AS i3,
    malignancy AND NOT cscc
      AND ((onset_lo >= CAST(fd_lo - INTERVAL 3 YEAR AS DATE) AND onset_hi <= fd_hi)
           OR CASE WHEN onset_hi < CAST(fd_lo - INTERVAL 3 YEAR AS DATE) OR onset_lo > fd_hi THEN FALSE END
           OR active
           OR t.treated)
      AND NOT ((cervical_cis AND status = 'resolved')
               OR breast_cis
               OR (surgery AND NOT radiotherapy AND NOT ablation AND settled AND t.operation)) AS e2,
    other_skin AND (active OR (bcc AND NOT ((surgery OR radiotherapy) AND settled))) AS e3,
    organ_status AS e4_organ,
    stem_cell_history AND stem_cell_allogeneic AS e4_stem_cell,
    cns AND active AND cns_symptomatic
      AND NOT (cns_over_3_months
               AND CASE WHEN c.observations_collected AND ds_pick.result.t IN ('stable', 'improving', 'progressing')
                        THEN ds_pick.result.t IN ('stable', 'improving') END
               AND cns_symptoms) AS e5,
    effusion AND active AS e6,
    postmenopausal, sterile
  FROM c
  LEFT JOIN c_treated t ON t.patient_id = c.patient_id AND t.seq = c.seq
  LEFT JOIN ds_pick ON ds_pick.patient_id = c.patient_id AND ds_pick.cseq = c.seq
),
c_agg AS (
  SELECT patient_id,
    CASE WHEN bool_or(i3) THEN TRUE WHEN bool_or(i3 IS NULL) THEN NULL ELSE FALSE END AS i3,
    CASE WHEN bool_or(e2) THEN TRUE WHEN bool_or(e2 IS NULL) THEN NULL ELSE FALSE END AS e2,
    CASE WHEN bool_or(e3) THEN TRUE WHEN bool_or(e3 IS NULL) THEN NULL ELSE FALSE END AS e3,
    CASE WHEN bool_or(e4_organ) THEN TRUE WHEN bool_or(e4_organ IS NULL) THEN NULL ELSE FALSE END AS e4_organ,
    CASE WHEN bool_or(e4_stem_cell) THEN TRUE WHEN bool_or(e4_stem_cell IS NULL) THEN NULL ELSE FALSE END
      AS e4_stem_cell,
    CASE WHEN bool_or(e5) THEN TRUE WHEN bool_or(e5 IS NULL) THEN NULL ELSE FALSE END AS e5,
    CASE WHEN bool_or(e6) THEN TRUE WHEN bool_or(e6 IS NULL) THEN NULL ELSE FALSE END AS e6,
    CASE WHEN bool_or(postmenopausal) THEN TRUE WHEN bool_or(postmenopausal IS NULL) THEN NULL ELSE FALSE END
      AS postmenopausal,
    CASE WHEN bool_or(sterile) THEN TRUE WHEN bool_or(sterile IS NULL) THEN NULL ELSE FALSE END AS sterile
  FROM c_flags GROUP BY patient_id
),
m_flags AS (
  SELECT m.patient_id,
    -- RxNorm cetuximab 'and descendants': the ingredient is in the set, another RxNorm code perhaps
    CASE WHEN m.system = 'ATC' OR (m.system = 'RXNORM' AND m.code = '318341') THEN TRUE END
      AND CASE WHEN m.start_hi < pt.fd_lo THEN TRUE WHEN m.start_lo >= pt.fd_hi THEN FALSE END AS e1
  FROM medications m JOIN pt USING (patient_id)
  WHERE m.system <> 'ATC' OR starts_with(m.code, 'L01FE') OR starts_with(m.code, 'L01XC06')
        OR starts_with(m.code, 'L01XC08')
),
m_agg AS (
  SELECT patient_id,
    CASE WHEN bool_or(e1) THEN TRUE WHEN bool_or(e1 IS NULL) THEN NULL ELSE FALSE END AS e1
  FROM m_flags GROUP BY patient_id
),
r_flags AS (
  SELECT r.patient_id,
    CASE WHEN r.system = 'SNOMED' THEN TRUE END
      AND CASE WHEN r.date_hi < pt.fd_lo THEN TRUE WHEN r.date_lo >= pt.fd_hi THEN FALSE END
      AND (CASE WHEN r.system = 'SNOMED' THEN r.code IN ('313039003', '70536003', '32413006', '18027006',
                                                         '88039007') END
           OR r.donor = 'allogeneic') AS e4
  FROM procedures r JOIN pt USING (patient_id)
  WHERE r.system <> 'SNOMED' OR r.code IN ('313039003', '70536003', '32413006', '18027006', '88039007',
                                           '234336002', '278257006', '23719005')
),
r_drain AS (
  -- E6: drainage procedures in the 3 months before first dose, sure and perhaps (the count is
  -- at least 2 when the sure ones are, at most 1 when the sure and perhaps ones are)
  SELECT r.patient_id,
    count(*) FILTER (WHERE k.counts) AS sure,
    count(*) FILTER (WHERE k.counts IS NULL) AS maybe
  FROM procedures r JOIN pt USING (patient_id),
  LATERAL (SELECT CASE WHEN r.system = 'CPT' THEN TRUE END
                  AND CASE WHEN r.date_lo >= CAST(pt.fd_lo - INTERVAL 3 MONTH AS DATE) AND r.date_hi <= pt.fd_hi
                           THEN TRUE
                           WHEN r.date_hi < CAST(pt.fd_lo - INTERVAL 3 MONTH AS DATE) OR r.date_lo > pt.fd_hi
                           THEN FALSE END AS counts) k
  WHERE r.system <> 'CPT' OR r.code IN ('32554', '32555', '32556', '32557', '32550', '49082', '49083', '49418',
                                        '33016', '33017', '33018', '33019')
  GROUP BY r.patient_id
),
r_agg AS (
  SELECT patient_id,
    CASE WHEN bool_or(e4) THEN TRUE WHEN bool_or(e4 IS NULL) THEN NULL ELSE FALSE END AS e4
  FROM r_flags GROUP BY patient_id
),
r_sterile AS (
  -- I7: a hysterectomy or bilateral salpingo-oophorectomy (SNOMED CT and CPT, exact; another system:
  -- perhaps)
  SELECT patient_id,
    CASE WHEN bool_or(k.s) THEN TRUE WHEN bool_or(k.s IS NULL) THEN NULL ELSE FALSE END AS sterilised
  FROM procedures r,
  LATERAL (SELECT CASE WHEN r.system = 'SNOMED' THEN r.code IN ('116140006', '116142003', '116143008',
                         '116144002', '86477000', '35955002', '236888001', '236891001', '307771009', '414575003',
                         '708877008', '767610009', '29827000')
                       WHEN r.system = 'CPT' THEN r.code IN ('58150', '58210', '58260', '58262', '58285', '58290',
                         '58548', '58550', '58570', '58571', '58572', '58573', '58953', '58956') END AS s) k
  GROUP BY patient_id
),
l_agg AS (
  -- I4: a lesion measurable by RECIST 1.1 (recist_measurable: a bone lesion by its soft tissue, a
  -- lymph node by its short axis, another by its longest diameter; with lymph_node unrecorded both
  -- readings must agree), assessed centrally, measured in the 28 days before first dose
  SELECT l.patient_id,
    CASE WHEN bool_or(k.found) THEN TRUE WHEN bool_or(k.found IS NULL) THEN NULL ELSE FALSE END AS i4
  FROM lesions l JOIN pt USING (patient_id)
  LEFT JOIN (SELECT patient_id, seq, system AS m_system, code AS m_code FROM record_codes
             WHERE record = 'lesions' AND field = 'method') mc ON mc.patient_id = l.patient_id AND mc.seq = l.seq,
  LATERAL (SELECT CASE WHEN mc.m_system = 'SNOMED' THEN mc.m_code IN ('77477000', '113091000') END AS cross_sectional,
                  CASE WHEN mc.m_system = 'SNOMED' THEN mc.m_code = '77477000' END AS ct,
                  CASE WHEN mc.m_system = 'SNOMED' THEN mc.m_code = '363680008' END AS radiography,
                  CASE WHEN mc.m_system = 'SNOMED' THEN mc.m_code = '5880005' END AS examination) m,
  LATERAL (SELECT m.ct AND l.short_axis >= 15 AS node,
                  (m.cross_sectional AND l.longest_diameter >= 10) OR (m.examination AND l.longest_diameter >= 10)
                    OR (m.radiography AND l.longest_diameter >= 20) AS other) r,
  LATERAL (SELECT CASE WHEN l.bone IS NOT NULL
                       THEN l.bone IN ('lytic', 'mixed') AND m.cross_sectional AND l.longest_diameter >= 10
                       WHEN l.lymph_node THEN r.node
                       WHEN NOT l.lymph_node THEN r.other
                       WHEN r.node IS NOT DISTINCT FROM r.other THEN r.node END AS measurable) x,
  LATERAL (SELECT x.measurable AND l.assessor = 'central'
                  AND CASE WHEN l.date_lo >= CAST(pt.fd_lo - INTERVAL 28 DAY AS DATE) AND l.date_hi <= pt.fd_hi THEN TRUE
                           WHEN l.date_hi < CAST(pt.fd_lo - INTERVAL 28 DAY AS DATE) OR l.date_lo > pt.fd_hi
                           THEN FALSE END AS found) k
  GROUP BY l.patient_id
),
o AS (
  -- each observation under each measure it is or may be of: a LOINC code of the measure (listed),
  -- or a code of another system (perhaps of it: listed is NULL)
  SELECT o.*, pt.fd_lo, pt.fd_hi, m.measure, m.days,
    CASE WHEN o.system = 'LOINC' THEN TRUE END AS listed,
    {'n': o.value_num, 't': o.value_text, 'b': o.value_bool, 'u': o.unit, 'r': o.reference_high} AS result
  FROM observations o JOIN pt USING (patient_id)
  JOIN (VALUES ('ecog', 28), ('pregnancy', 7)) m(measure, days)
    ON o.system <> 'LOINC'
       OR (m.measure = 'ecog' AND o.code = '89247-1')
       OR (m.measure = 'pregnancy' AND o.code IN ('2106-3', '2118-8'))
),
o_window AS (
  SELECT *,
    CASE WHEN date_lo >= CAST(fd_lo - days * INTERVAL 1 DAY AS DATE) AND date_hi <= fd_hi THEN TRUE
         WHEN date_hi < CAST(fd_lo - days * INTERVAL 1 DAY AS DATE) OR date_lo > fd_hi THEN FALSE END AS inside
  FROM o
),
o_latest AS (
  -- the latest result known to be of the measure and inside the window (the first listed of a day)
  SELECT patient_id, measure,
    first(result ORDER BY date_lo DESC, seq ASC) FILTER (WHERE inside AND listed) AS result,
    max(date_lo) FILTER (WHERE inside AND listed) AS latest_lo
  FROM o_window GROUP BY patient_id, measure
),
o_pick AS (
  -- the latest is unknown when another result, perhaps of the measure and perhaps inside, differs
  -- and may be as late (two results of one day are not ordered), unless they give the same answer:
  -- numbers are read as the range of the candidates' (least and greatest, all of them numbers)
  SELECT l.patient_id, l.measure,
    CASE WHEN bool_or(w.inside IS NOT FALSE
                      AND w.result IS DISTINCT FROM l.result
                      AND (w.date_lo IS NULL OR w.date_hi >= l.latest_lo)) THEN NULL
         ELSE l.result END AS result,
    min(w.result.n) FILTER (WHERE candidate) AS n_lo,
    max(w.result.n) FILTER (WHERE candidate) AS n_hi,
    count(*) FILTER (WHERE candidate) = count(w.result.n) FILTER (WHERE candidate) AS numbers
  FROM o_latest l JOIN o_window w ON w.patient_id = l.patient_id AND w.measure = l.measure,
  LATERAL (SELECT w.inside IS NOT FALSE
                  AND (w.result IS NOT DISTINCT FROM l.result OR w.date_lo IS NULL OR w.date_hi >= l.latest_lo)
           AS candidate) c
  WHERE l.result IS NOT NULL
  GROUP BY l.patient_id, l.measure, l.result, l.latest_lo
)
SELECT pt.patient_id,
  att_d.consent AS i1,
  CASE WHEN pt.birth_lo IS NULL OR pt.fd_lo IS NULL THEN NULL
       WHEN pt.birth_hi <= CAST(pt.fd_lo - INTERVAL 18 YEAR AS DATE) THEN TRUE
       WHEN pt.birth_lo > CAST(pt.fd_hi - INTERVAL 18 YEAR AS DATE) THEN FALSE END AS i2,
  CASE WHEN pt.conditions_collected THEN CASE WHEN c_agg.patient_id IS NULL THEN FALSE ELSE c_agg.i3 END END AS i3,
  CASE WHEN pt.lesions_collected THEN CASE WHEN l_agg.patient_id IS NULL THEN FALSE ELSE l_agg.i4 END END AS i4,
  CASE WHEN pt.observations_collected AND pt.fd_lo IS NOT NULL AND ecog.numbers
       THEN (CASE WHEN ecog.n_lo >= 0 THEN TRUE WHEN ecog.n_hi < 0 THEN FALSE END)
            AND (CASE WHEN ecog.n_hi <= 1 THEN TRUE WHEN ecog.n_lo > 1 THEN FALSE END) END AS i5,
  att_d.survival_12_weeks AS i6,
  CASE WHEN fertile.applies IS FALSE THEN TRUE
       ELSE NOT fertile.applies
            OR CASE WHEN pt.observations_collected AND pt.fd_lo IS NOT NULL
                     AND preg.result.t IN ('positive', 'negative', 'indeterminate')
                    THEN preg.result.t = 'negative' END END AS i7,
  CASE WHEN pt.medications_collected THEN CASE WHEN m_agg.patient_id IS NULL THEN FALSE ELSE m_agg.e1 END END AS e1,
  CASE WHEN pt.conditions_collected THEN CASE WHEN c_agg.patient_id IS NULL THEN FALSE ELSE c_agg.e2 END END AS e2,
  CASE WHEN pt.conditions_collected THEN CASE WHEN c_agg.patient_id IS NULL THEN FALSE ELSE c_agg.e3 END END AS e3,
  CASE WHEN pt.procedures_collected THEN CASE WHEN r_agg.patient_id IS NULL THEN FALSE ELSE r_agg.e4 END END
    OR CASE WHEN pt.conditions_collected THEN CASE WHEN c_agg.patient_id IS NULL THEN FALSE ELSE c_agg.e4_organ END END
    OR CASE WHEN pt.conditions_collected
            THEN CASE WHEN c_agg.patient_id IS NULL THEN FALSE ELSE c_agg.e4_stem_cell END END AS e4,
  CASE WHEN pt.conditions_collected THEN CASE WHEN c_agg.patient_id IS NULL THEN FALSE ELSE c_agg.e5 END END AS e5,
  -- E6's count sits inside the query over conditions: unknown whenever conditions are not collected
  CASE WHEN pt.conditions_collected
       THEN CASE WHEN c_agg.patient_id IS NULL THEN FALSE ELSE c_agg.e6 END
            AND CASE WHEN pt.procedures_collected
                     THEN CASE WHEN coalesce(r_drain.sure, 0) >= 2 THEN TRUE
                               WHEN coalesce(r_drain.sure, 0) + coalesce(r_drain.maybe, 0) < 2 THEN FALSE END END
  END AS e6,
  att_d.infection AS e7,
  -- I7 does not apply (it is then met, and reported not applicable)
  fertile.applies IS FALSE AS i7_na
FROM pt
LEFT JOIN att_d USING (patient_id)
LEFT JOIN c_agg USING (patient_id)
LEFT JOIN m_agg USING (patient_id)
LEFT JOIN r_agg USING (patient_id)
LEFT JOIN r_drain USING (patient_id)
LEFT JOIN r_sterile USING (patient_id)
LEFT JOIN l_agg USING (patient_id),
-- I7 applies to a woman of childbearing potential (CTFG 2020): no menopause or surgical sterility
-- among her conditions, no sterilising procedure
LATERAL (SELECT pt.sex = 'female'
                AND NOT CASE WHEN pt.conditions_collected
                             THEN CASE WHEN c_agg.patient_id IS NULL THEN FALSE ELSE c_agg.postmenopausal END END
                AND NOT CASE WHEN pt.conditions_collected
                             THEN CASE WHEN c_agg.patient_id IS NULL THEN FALSE ELSE c_agg.sterile END END
                AND NOT CASE WHEN pt.procedures_collected THEN CASE WHEN r_sterile.patient_id IS NULL THEN FALSE ELSE r_sterile.sterilised END END
                AS applies) fertile
LEFT JOIN o_pick ecog ON ecog.patient_id = pt.patient_id AND ecog.measure = 'ecog'
LEFT JOIN o_pick preg ON preg.patient_id = pt.patient_id AND preg.measure = 'pregnancy'
"""

#: The verdict counts of :data:`SCREENED`.
QUERY = f"""
WITH screened AS ({SCREENED})
SELECT
  CASE WHEN i1 IS FALSE OR i2 IS FALSE OR i3 IS FALSE OR i4 IS FALSE OR i5 IS FALSE OR i6 IS FALSE
            OR i7 IS FALSE OR e1 OR e2 OR e3 OR e4 OR e5 OR e6 OR e7 THEN 'ineligible'
       WHEN i1 AND i2 AND i3 AND i4 AND i5 AND i6 AND i7 AND NOT e1 AND NOT e2 AND NOT e3 AND NOT e4
            AND NOT e5 AND NOT e6 AND NOT e7 THEN 'eligible'
       ELSE 'undetermined' END AS verdict,
  count(*) AS patients
FROM screened GROUP BY verdict
"""
