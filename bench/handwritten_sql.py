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
    bool_or(value_bool) FILTER (WHERE name = 'measurable_disease') AS measurable,
    max(value_num) FILTER (WHERE name = 'expected_survival') AS survival,
    max(unit) FILTER (WHERE name = 'expected_survival') AS survival_unit,
    bool_or(value_bool) FILTER (WHERE name = 'cns_metastases_symptomatic') AS cns_symptomatic,
    max(value_num) FILTER (WHERE name = 'cns_treatment_duration') AS cns_time,
    max(unit) FILTER (WHERE name = 'cns_treatment_duration') AS cns_time_unit,
    bool_or(value_bool) FILTER (WHERE name = 'cns_imaging_stable') AS cns_imaging,
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
  SELECT c.*, pt.fd_lo, pt.fd_hi,
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
      'C44.51','C44.61','C44.71','C44.81','C44.91') END AS bcc,
    CASE WHEN c.system = 'ICD10CM' THEN substr(code, 1, 6) IN ('C44.01','C44.11','C44.21','C44.31','C44.41',
      'C44.51','C44.61','C44.71','C44.81','C44.91','C44.13','C44.09','C44.19','C44.29','C44.39','C44.49',
      'C44.59','C44.69','C44.79','C44.89','C44.99')
      OR substr(code, 1, 3) IN ('C43', 'D03', 'C4A', 'D04') OR substr(code, 1, 5) = 'C46.0'
         WHEN c.system = 'SNOMED' THEN code = '372244006' END AS other_skin,
    CASE WHEN c.system = 'ICD10CM' THEN substr(code, 1, 6) IN ('C79.31', 'C79.32', 'C79.49')
         WHEN c.system = 'SNOMED' THEN code = '94225005' END AS cns,
    CASE WHEN c.system = 'ICD10CM' THEN substr(code, 1, 5) IN ('Z78.0', 'N95.1')
      OR substr(code, 1, 7) IN ('Z90.710', 'Z90.711', 'Z90.722') END AS not_fertile,
    CASE WHEN c.system = 'ICD10CM' THEN substr(code, 1, 3) IN ('J90', 'R18')
      OR substr(code, 1, 5) IN ('J91.0', 'J91.8', 'J94.0', 'I31.3')
         WHEN c.system = 'SNOMED' THEN code = '60046008' END AS effusion,
    CASE WHEN c.system = 'ICD10CM' THEN substr(code, 1, 5) IN ('Z94.0','Z94.1','Z94.2','Z94.3','Z94.4','T86.1',
      'T86.2','T86.3','T86.4') OR substr(code, 1, 6) IN ('Z94.82','Z94.83','T86.81','T86.85') END AS organ_status,
    CASE WHEN c.system = 'SNOMED' THEN code IN ('2631000119108', '153351000119102')
         WHEN c.system = 'ICD10CM' THEN substr(code, 1, 6) IN ('Z94.81', 'Z94.84')
                                        OR substr(code, 1, 5) IN ('T86.0', 'T86.5') END AS stem_cell_history,
    status IN ('active', 'recurrence', 'relapse') AS active,
    status IN ('inactive', 'remission', 'resolved') AS settled,
    list_has_any(treatment, ['surgery']) AS surgery,
    list_has_any(treatment, ['radiotherapy']) AS radiotherapy,
    list_has_any(treatment, ['systemic_therapy']) AS systemic,
    list_has_any(treatment, ['local_ablation']) AS ablation,
    att_d.cns_symptomatic, att_d.stem_cell_allogeneic,
    att_d.cns_over_3_months AND att_d.cns_imaging AND att_d.cns_symptoms AS cns_spared
  FROM conditions c JOIN pt USING (patient_id) LEFT JOIN att_d USING (patient_id)
),
c_flags AS (
  SELECT patient_id,
    cscc AND confirmed_by IN ('histopathology', 'cytology') AND extent IN ('locally_advanced', 'metastatic')
      AND active AS i3,
    malignancy AND NOT cscc
      AND ((onset_lo >= CAST(fd_lo - INTERVAL 3 YEAR AS DATE) AND onset_hi <= fd_hi)
           OR CASE WHEN onset_hi < CAST(fd_lo - INTERVAL 3 YEAR AS DATE) OR onset_lo > fd_hi THEN FALSE END
           OR active)
      AND NOT ((cervical_cis AND status = 'resolved')
               OR breast_cis
               OR (surgery AND NOT radiotherapy AND NOT systemic AND NOT ablation AND settled)) AS e2,
    other_skin AND (active OR (bcc AND NOT ((surgery OR radiotherapy) AND settled))) AS e3,
    organ_status AS e4_organ,
    stem_cell_history AND stem_cell_allogeneic AS e4_stem_cell,
    cns AND active AND cns_symptomatic AND NOT cns_spared AS e5,
    effusion AND active AS e6,
    not_fertile
  FROM c
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
    CASE WHEN bool_or(not_fertile) THEN TRUE WHEN bool_or(not_fertile IS NULL) THEN NULL ELSE FALSE END
      AS not_fertile
  FROM c_flags GROUP BY patient_id
),
m_flags AS (
  SELECT m.patient_id,
    CASE WHEN m.system = 'ATC' THEN TRUE END
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
  att_d.measurable AS i4,
  CASE WHEN pt.observations_collected AND pt.fd_lo IS NOT NULL AND ecog.numbers
       THEN (CASE WHEN ecog.n_lo >= 0 THEN TRUE WHEN ecog.n_hi < 0 THEN FALSE END)
            AND (CASE WHEN ecog.n_hi <= 1 THEN TRUE WHEN ecog.n_lo > 1 THEN FALSE END) END AS i5,
  att_d.survival_12_weeks AS i6,
  CASE WHEN (pt.sex = 'female' AND NOT fertile.not_fertile) IS FALSE THEN TRUE
       ELSE NOT (pt.sex = 'female' AND NOT fertile.not_fertile)
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
  (pt.sex = 'female' AND NOT fertile.not_fertile) IS FALSE AS i7_na
FROM pt
LEFT JOIN att_d USING (patient_id)
LEFT JOIN c_agg USING (patient_id)
LEFT JOIN m_agg USING (patient_id)
LEFT JOIN r_agg USING (patient_id)
LEFT JOIN r_drain USING (patient_id),
LATERAL (SELECT CASE WHEN pt.conditions_collected
                     THEN CASE WHEN c_agg.patient_id IS NULL THEN FALSE ELSE c_agg.not_fertile END END
                AS not_fertile) fertile
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
