WITH patient_facts AS (
  SELECT
    p.patient_id,
    p.birth_lo,
    p.birth_hi,
    p.sex,
    p.conditions_collected,
    p.medications_collected,
    p.procedures_collected,
    p.observations_collected,
    p.adverse_events_collected,
    p.allergies_collected,
    p.studies_collected,
    p.lesions_collected,
    p.specimens_collected,
    p.family_histories_collected,
    p.devices_collected,
    dates.ref_consent_lo,
    dates.ref_consent_hi,
    dates.ref_first_dose_lo,
    dates.ref_first_dose_hi,
    attested.att_informed_consent_value_bool,
    attested.att_curable_locoregional_recurrence_value_bool,
    attested.att_adequate_marrow_and_organ_function_value_bool,
    attested.att_visceral_disease_symptomatic_value_bool,
    attested.att_burden_precludes_endocrine_therapy_value_bool,
    attested.att_significant_uncontrolled_heart_disease_value_bool,
    attested.att_significant_repolarisation_abnormality_value_bool,
    attested.att_herbal_or_supplement_not_stoppable_value_bool
  FROM patients AS p
  LEFT JOIN (
    SELECT
      reference_dates.patient_id,
      MIN(CASE WHEN reference_dates.name = 'consent' THEN reference_dates.lo END) AS ref_consent_lo,
      MIN(CASE WHEN reference_dates.name = 'consent' THEN reference_dates.hi END) AS ref_consent_hi,
      MIN(CASE WHEN reference_dates.name = 'first_dose' THEN reference_dates.lo END) AS ref_first_dose_lo,
      MIN(CASE WHEN reference_dates.name = 'first_dose' THEN reference_dates.hi END) AS ref_first_dose_hi
    FROM reference_dates
    GROUP BY
      reference_dates.patient_id
  ) AS dates
    ON dates.patient_id = p.patient_id
  LEFT JOIN (
    SELECT
      attestations.patient_id,
      BOOL_OR(
        CAST(CASE WHEN attestations.name = 'informed_consent' THEN attestations.value_bool END AS BOOLEAN)
      ) AS att_informed_consent_value_bool,
      BOOL_OR(
        CAST(CASE
          WHEN attestations.name = 'curable_locoregional_recurrence'
          THEN attestations.value_bool
        END AS BOOLEAN)
      ) AS att_curable_locoregional_recurrence_value_bool,
      BOOL_OR(
        CAST(CASE
          WHEN attestations.name = 'adequate_marrow_and_organ_function'
          THEN attestations.value_bool
        END AS BOOLEAN)
      ) AS att_adequate_marrow_and_organ_function_value_bool,
      BOOL_OR(
        CAST(CASE
          WHEN attestations.name = 'visceral_disease_symptomatic'
          THEN attestations.value_bool
        END AS BOOLEAN)
      ) AS att_visceral_disease_symptomatic_value_bool,
      BOOL_OR(
        CAST(CASE
          WHEN attestations.name = 'burden_precludes_endocrine_therapy'
          THEN attestations.value_bool
        END AS BOOLEAN)
      ) AS att_burden_precludes_endocrine_therapy_value_bool,
      BOOL_OR(
        CAST(CASE
          WHEN attestations.name = 'significant_uncontrolled_heart_disease'
          THEN attestations.value_bool
        END AS BOOLEAN)
      ) AS att_significant_uncontrolled_heart_disease_value_bool,
      BOOL_OR(
        CAST(CASE
          WHEN attestations.name = 'significant_repolarisation_abnormality'
          THEN attestations.value_bool
        END AS BOOLEAN)
      ) AS att_significant_repolarisation_abnormality_value_bool,
      BOOL_OR(
        CAST(CASE
          WHEN attestations.name = 'herbal_or_supplement_not_stoppable'
          THEN attestations.value_bool
        END AS BOOLEAN)
      ) AS att_herbal_or_supplement_not_stoppable_value_bool
    FROM attestations
    GROUP BY
      attestations.patient_id
  ) AS attested
    ON attested.patient_id = p.patient_id
), in_postmenopausal_record_code_c0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS c0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('ICD10CM')
          THEN (
            rc.system = 'ICD10CM'
            AND (
              SUBSTRING(rc.code, 1, 5) IN ('Z78.0', 'N95.1')
              OR SUBSTRING(rc.code, 1, 7) IN ('Z90.722')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('ICD10CM')
          THEN (
            rc.system = 'ICD10CM'
            AND (
              SUBSTRING(rc.code, 1, 5) IN ('Z78.0', 'N95.1')
              OR SUBSTRING(rc.code, 1, 7) IN ('Z90.722')
            )
          )
        END IS NULL
        THEN 1
        ELSE 0
      END
    ) AS grade
  FROM record_codes AS rc
  WHERE
    rc.record = 'conditions' AND rc.field = 'code'
  GROUP BY
    rc.patient_id,
    rc.seq
), in_breast_cancer_code_c0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS c0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('ICD10CM', 'SNOMED')
          THEN (
            (
              rc.system = 'ICD10CM' AND (
                SUBSTRING(rc.code, 1, 3) IN ('C50')
              )
            )
            OR (
              rc.system = 'SNOMED' AND (
                rc.code IN ('254837009', '188151006')
              )
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('ICD10CM', 'SNOMED')
          THEN (
            (
              rc.system = 'ICD10CM' AND (
                SUBSTRING(rc.code, 1, 3) IN ('C50')
              )
            )
            OR (
              rc.system = 'SNOMED' AND (
                rc.code IN ('254837009', '188151006')
              )
            )
          )
        END IS NULL
        THEN 1
        ELSE 0
      END
    ) AS grade
  FROM record_codes AS rc
  WHERE
    rc.record = 'conditions' AND rc.field = 'code'
  GROUP BY
    rc.patient_id,
    rc.seq
), in_er_status_code_o0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS o0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('LOINC')
          THEN (
            rc.system = 'LOINC' AND (
              rc.code IN ('16112-5', '85337-4')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('LOINC')
          THEN (
            rc.system = 'LOINC' AND (
              rc.code IN ('16112-5', '85337-4')
            )
          )
        END IS NULL
        THEN 1
        ELSE 0
      END
    ) AS grade
  FROM record_codes AS rc
  WHERE
    rc.record = 'observations' AND rc.field = 'code'
  GROUP BY
    rc.patient_id,
    rc.seq
), in_pr_status_code_o0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS o0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('LOINC')
          THEN (
            rc.system = 'LOINC' AND (
              rc.code IN ('16113-3', '85339-0')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('LOINC')
          THEN (
            rc.system = 'LOINC' AND (
              rc.code IN ('16113-3', '85339-0')
            )
          )
        END IS NULL
        THEN 1
        ELSE 0
      END
    ) AS grade
  FROM record_codes AS rc
  WHERE
    rc.record = 'observations' AND rc.field = 'code'
  GROUP BY
    rc.patient_id,
    rc.seq
), in_her2_status_code_o0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS o0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('LOINC')
          THEN (
            rc.system = 'LOINC' AND (
              rc.code IN ('48676-1', '85319-2', '85318-4')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('LOINC')
          THEN (
            rc.system = 'LOINC' AND (
              rc.code IN ('48676-1', '85319-2', '85318-4')
            )
          )
        END IS NULL
        THEN 1
        ELSE 0
      END
    ) AS grade
  FROM record_codes AS rc
  WHERE
    rc.record = 'observations' AND rc.field = 'code'
  GROUP BY
    rc.patient_id,
    rc.seq
), in_recist_cross_sectional_method_l0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS l0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('SNOMED')
          THEN (
            rc.system = 'SNOMED' AND (
              rc.code IN ('77477000', '113091000')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('SNOMED')
          THEN (
            rc.system = 'SNOMED' AND (
              rc.code IN ('77477000', '113091000')
            )
          )
        END IS NULL
        THEN 1
        ELSE 0
      END
    ) AS grade
  FROM record_codes AS rc
  WHERE
    rc.record = 'lesions' AND rc.field = 'method'
  GROUP BY
    rc.patient_id,
    rc.seq
), in_recist_ct_method_l0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS l0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('SNOMED')
          THEN (
            rc.system = 'SNOMED' AND (
              rc.code IN ('77477000')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('SNOMED')
          THEN (
            rc.system = 'SNOMED' AND (
              rc.code IN ('77477000')
            )
          )
        END IS NULL
        THEN 1
        ELSE 0
      END
    ) AS grade
  FROM record_codes AS rc
  WHERE
    rc.record = 'lesions' AND rc.field = 'method'
  GROUP BY
    rc.patient_id,
    rc.seq
), in_recist_clinical_examination_method_l0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS l0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('SNOMED')
          THEN (
            rc.system = 'SNOMED' AND (
              rc.code IN ('5880005')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('SNOMED')
          THEN (
            rc.system = 'SNOMED' AND (
              rc.code IN ('5880005')
            )
          )
        END IS NULL
        THEN 1
        ELSE 0
      END
    ) AS grade
  FROM record_codes AS rc
  WHERE
    rc.record = 'lesions' AND rc.field = 'method'
  GROUP BY
    rc.patient_id,
    rc.seq
), in_recist_radiography_method_l0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS l0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('SNOMED')
          THEN (
            rc.system = 'SNOMED' AND (
              rc.code IN ('363680008')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('SNOMED')
          THEN (
            rc.system = 'SNOMED' AND (
              rc.code IN ('363680008')
            )
          )
        END IS NULL
        THEN 1
        ELSE 0
      END
    ) AS grade
  FROM record_codes AS rc
  WHERE
    rc.record = 'lesions' AND rc.field = 'method'
  GROUP BY
    rc.patient_id,
    rc.seq
), procedure_queries_per_c0 AS (
  SELECT
    r.patient_id,
    r.c0_seq,
    MAX(r.g1) AS any_grade,
    MAX(r.g2) AS any_2_grade,
    MAX(r.g3) AS any_3_grade
  FROM (
    SELECT
      p0.patient_id AS patient_id,
      c0.seq AS c0_seq,
      COALESCE(
        CAST((
          CASE
            WHEN p0.reason IS NULL OR c0.id IS NULL
            THEN CAST(NULL AS BOOLEAN)
            ELSE ARRAY_CONTAINS(p0.reason, c0.id)
          END
          AND CASE
            WHEN NOT (
              NOT p0.treatment_intent IS NULL
            )
            THEN CAST(NULL AS BOOLEAN)
            ELSE (
              (
                p0.treatment_intent = 'curative'
              )
              OR (
                p0.treatment_intent = 'adjuvant'
              )
              OR (
                p0.treatment_intent = 'neoadjuvant'
              )
            )
          END
        ) AS INT) * 2,
        1
      ) AS g1,
      COALESCE(
        CAST((
          CASE
            WHEN p0.reason IS NULL OR c0.id IS NULL
            THEN CAST(NULL AS BOOLEAN)
            ELSE ARRAY_CONTAINS(p0.reason, c0.id)
          END
          AND (
            (
              (
                NOT p0.date_lo IS NULL
              )
              AND CASE
                WHEN p0.date_hi <= CAST(pt.ref_first_dose_lo - INTERVAL 28 DAY AS DATE)
                THEN TRUE
                WHEN p0.date_lo > CAST(pt.ref_first_dose_hi - INTERVAL 28 DAY AS DATE)
                THEN FALSE
              END
            )
            OR (
              NOT (
                NOT p0.date_lo IS NULL
              )
              AND CASE
                WHEN p0.end_hi <= CAST(pt.ref_first_dose_lo - INTERVAL 28 DAY AS DATE)
                THEN TRUE
                WHEN p0.end_lo > CAST(pt.ref_first_dose_hi - INTERVAL 28 DAY AS DATE)
                THEN FALSE
              END
            )
            OR (
              CASE
                WHEN p0.date_hi <= CAST(pt.ref_first_dose_lo - INTERVAL 28 DAY AS DATE)
                THEN TRUE
                WHEN p0.date_lo > CAST(pt.ref_first_dose_hi - INTERVAL 28 DAY AS DATE)
                THEN FALSE
              END
              AND CASE
                WHEN p0.end_hi <= CAST(pt.ref_first_dose_lo - INTERVAL 28 DAY AS DATE)
                THEN TRUE
                WHEN p0.end_lo > CAST(pt.ref_first_dose_hi - INTERVAL 28 DAY AS DATE)
                THEN FALSE
              END
            )
          )
        ) AS INT) * 2,
        1
      ) AS g2,
      COALESCE(
        CAST((
          CASE
            WHEN p0.reason IS NULL OR c0.id IS NULL
            THEN CAST(NULL AS BOOLEAN)
            ELSE ARRAY_CONTAINS(p0.reason, c0.id)
          END
          AND (
            (
              COALESCE(
                CASE
                  WHEN CASE
                    WHEN p0.start_lo IS NULL AND p0.end_lo IS NULL
                    THEN p0.date_hi
                    ELSE p0.start_hi
                  END <= pt.ref_first_dose_lo
                  THEN TRUE
                  WHEN CASE
                    WHEN p0.start_lo IS NULL AND p0.end_lo IS NULL
                    THEN p0.date_lo
                    ELSE p0.start_lo
                  END > pt.ref_first_dose_hi
                  THEN FALSE
                END,
                CASE
                  WHEN CASE
                    WHEN CASE
                      WHEN p0.start_lo IS NULL AND p0.end_lo IS NULL
                      THEN p0.date_hi
                      ELSE p0.end_hi
                    END <= pt.ref_first_dose_lo
                    THEN TRUE
                    WHEN CASE
                      WHEN p0.start_lo IS NULL AND p0.end_lo IS NULL
                      THEN p0.date_lo
                      ELSE p0.end_lo
                    END > pt.ref_first_dose_hi
                    THEN FALSE
                  END IS TRUE
                  THEN TRUE
                END
              )
            )
            AND (
              COALESCE(
                CASE
                  WHEN CASE
                    WHEN p0.start_lo IS NULL AND p0.end_lo IS NULL
                    THEN p0.date_lo
                    ELSE p0.end_lo
                  END >= CAST(pt.ref_first_dose_hi - INTERVAL 28 DAY AS DATE)
                  THEN TRUE
                  WHEN CASE
                    WHEN p0.start_lo IS NULL AND p0.end_lo IS NULL
                    THEN p0.date_hi
                    ELSE p0.end_hi
                  END < CAST(pt.ref_first_dose_lo - INTERVAL 28 DAY AS DATE)
                  THEN FALSE
                END,
                CASE
                  WHEN CASE
                    WHEN CASE
                      WHEN p0.start_lo IS NULL AND p0.end_lo IS NULL
                      THEN p0.date_lo
                      ELSE p0.start_lo
                    END >= CAST(pt.ref_first_dose_hi - INTERVAL 28 DAY AS DATE)
                    THEN TRUE
                    WHEN CASE
                      WHEN p0.start_lo IS NULL AND p0.end_lo IS NULL
                      THEN p0.date_hi
                      ELSE p0.start_hi
                    END < CAST(pt.ref_first_dose_lo - INTERVAL 28 DAY AS DATE)
                    THEN FALSE
                  END IS TRUE
                  THEN TRUE
                END
              )
            )
          )
        ) AS INT) * 2,
        1
      ) AS g3
    FROM procedures AS p0
    JOIN conditions AS c0
      ON c0.patient_id = p0.patient_id
    JOIN patient_facts AS pt
      ON pt.patient_id = p0.patient_id
  ) AS r
  GROUP BY
    r.patient_id,
    r.c0_seq
), medication_queries_per_c0 AS (
  SELECT
    r.patient_id,
    r.c0_seq,
    MAX(r.g1) AS any_grade,
    MAX(r.g2) AS any_2_grade
  FROM (
    SELECT
      m0.patient_id AS patient_id,
      c0.seq AS c0_seq,
      COALESCE(
        CAST((
          CASE
            WHEN m0.reason IS NULL OR c0.id IS NULL
            THEN CAST(NULL AS BOOLEAN)
            ELSE ARRAY_CONTAINS(m0.reason, c0.id)
          END
          AND CASE
            WHEN NOT (
              NOT m0.treatment_intent IS NULL
            )
            THEN CAST(NULL AS BOOLEAN)
            ELSE (
              (
                m0.treatment_intent = 'curative'
              )
              OR (
                m0.treatment_intent = 'adjuvant'
              )
              OR (
                m0.treatment_intent = 'neoadjuvant'
              )
            )
          END
        ) AS INT) * 2,
        1
      ) AS g1,
      COALESCE(
        CAST((
          CASE
            WHEN m0.reason IS NULL OR c0.id IS NULL
            THEN CAST(NULL AS BOOLEAN)
            ELSE ARRAY_CONTAINS(m0.reason, c0.id)
          END
          AND (
            CAST(m0.line AS DOUBLE) >= CAST(2.0 AS DOUBLE)
          )
          AND CASE
            WHEN m0.start_hi < pt.ref_first_dose_lo
            THEN TRUE
            WHEN m0.start_lo >= pt.ref_first_dose_hi
            THEN FALSE
          END
        ) AS INT) * 2,
        1
      ) AS g2
    FROM medications AS m0
    JOIN conditions AS c0
      ON c0.patient_id = m0.patient_id
    JOIN patient_facts AS pt
      ON pt.patient_id = m0.patient_id
    WHERE
      (
        m0.status IS NULL
        OR NOT m0.status IN ('entered_in_error', 'intended', 'not_taken')
      )
  ) AS r
  GROUP BY
    r.patient_id,
    r.c0_seq
), in_antineoplastic_agent_code_m0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS m0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN (
            (
              rc.system = 'ATC' AND (
                SUBSTRING(rc.code, 1, 3) IN ('L01')
              )
            )
            OR (
              rc.system = 'RXNORM'
              AND (
                rc.code IN (
                  '1736854',
                  '597195',
                  '1736776',
                  '1734919',
                  '1791701',
                  '226719',
                  '583214',
                  '1860480',
                  '1790099',
                  '1732186',
                  '672149',
                  '1940648',
                  '1601380',
                  '1873983',
                  '1946840',
                  '1658084',
                  '2119714'
                )
              )
            )
            OR (
              rc.system = 'RXNORM'
              AND rc.code IN (
                '2555',
                '40048',
                '32592',
                '3002',
                '194000',
                '4492',
                '12574',
                '103',
                '10485',
                '4582',
                '4179',
                '51499',
                '3995',
                '1828',
                '2105',
                '6718',
                '134547',
                '10473',
                '38508',
                '3041',
                '24698',
                '1251',
                '15657',
                '318341',
                '121191',
                '480167',
                '1424911',
                '662281',
                '714438',
                '357977',
                '1543543',
                '282388',
                '475342',
                '1442981',
                '1193326',
                '358258',
                '1721947',
                '1147320'
              )
            )
          )
          THEN TRUE
          WHEN (
            rc.system IN ('RXNORM')
          )
          THEN CAST(NULL AS BOOLEAN)
          WHEN rc.system IN ('ATC', 'RXNORM')
          THEN FALSE
        END
        THEN 2
        WHEN CASE
          WHEN (
            (
              rc.system = 'ATC' AND (
                SUBSTRING(rc.code, 1, 3) IN ('L01')
              )
            )
            OR (
              rc.system = 'RXNORM'
              AND (
                rc.code IN (
                  '1736854',
                  '597195',
                  '1736776',
                  '1734919',
                  '1791701',
                  '226719',
                  '583214',
                  '1860480',
                  '1790099',
                  '1732186',
                  '672149',
                  '1940648',
                  '1601380',
                  '1873983',
                  '1946840',
                  '1658084',
                  '2119714'
                )
              )
            )
            OR (
              rc.system = 'RXNORM'
              AND rc.code IN (
                '2555',
                '40048',
                '32592',
                '3002',
                '194000',
                '4492',
                '12574',
                '103',
                '10485',
                '4582',
                '4179',
                '51499',
                '3995',
                '1828',
                '2105',
                '6718',
                '134547',
                '10473',
                '38508',
                '3041',
                '24698',
                '1251',
                '15657',
                '318341',
                '121191',
                '480167',
                '1424911',
                '662281',
                '714438',
                '357977',
                '1543543',
                '282388',
                '475342',
                '1442981',
                '1193326',
                '358258',
                '1721947',
                '1147320'
              )
            )
          )
          THEN TRUE
          WHEN (
            rc.system IN ('RXNORM')
          )
          THEN CAST(NULL AS BOOLEAN)
          WHEN rc.system IN ('ATC', 'RXNORM')
          THEN FALSE
        END IS NULL
        THEN 1
        ELSE 0
      END
    ) AS grade
  FROM record_codes AS rc
  WHERE
    rc.record = 'medications' AND rc.field = 'code'
  GROUP BY
    rc.patient_id,
    rc.seq
), in_endocrine_therapy_code_m0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS m0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('ATC', 'RXNORM')
          THEN (
            (
              rc.system = 'ATC'
              AND (
                SUBSTRING(rc.code, 1, 5) IN ('L02BA', 'L02BG', 'L02AE')
              )
            )
            OR (
              rc.system = 'RXNORM'
              AND (
                rc.code IN ('198240', '200064', '199224', '310261', '727762')
              )
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('ATC', 'RXNORM')
          THEN (
            (
              rc.system = 'ATC'
              AND (
                SUBSTRING(rc.code, 1, 5) IN ('L02BA', 'L02BG', 'L02AE')
              )
            )
            OR (
              rc.system = 'RXNORM'
              AND (
                rc.code IN ('198240', '200064', '199224', '310261', '727762')
              )
            )
          )
        END IS NULL
        THEN 1
        ELSE 0
      END
    ) AS grade
  FROM record_codes AS rc
  WHERE
    rc.record = 'medications' AND rc.field = 'code'
  GROUP BY
    rc.patient_id,
    rc.seq
), in_disease_status_code_o0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS o0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('LOINC')
          THEN (
            rc.system = 'LOINC' AND (
              rc.code IN ('97509-4')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('LOINC')
          THEN (
            rc.system = 'LOINC' AND (
              rc.code IN ('97509-4')
            )
          )
        END IS NULL
        THEN 1
        ELSE 0
      END
    ) AS grade
  FROM record_codes AS rc
  WHERE
    rc.record = 'observations' AND rc.field = 'code'
  GROUP BY
    rc.patient_id,
    rc.seq
), in_ecog_code_o0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS o0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('LOINC')
          THEN (
            rc.system = 'LOINC' AND (
              rc.code IN ('89247-1')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('LOINC')
          THEN (
            rc.system = 'LOINC' AND (
              rc.code IN ('89247-1')
            )
          )
        END IS NULL
        THEN 1
        ELSE 0
      END
    ) AS grade
  FROM record_codes AS rc
  WHERE
    rc.record = 'observations' AND rc.field = 'code'
  GROUP BY
    rc.patient_id,
    rc.seq
), in_visceral_metastasis_code_c0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS c0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('ICD10CM')
          THEN (
            rc.system = 'ICD10CM'
            AND (
              SUBSTRING(rc.code, 1, 3) IN ('C78') OR SUBSTRING(rc.code, 1, 5) IN ('C79.7')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('ICD10CM')
          THEN (
            rc.system = 'ICD10CM'
            AND (
              SUBSTRING(rc.code, 1, 3) IN ('C78') OR SUBSTRING(rc.code, 1, 5) IN ('C79.7')
            )
          )
        END IS NULL
        THEN 1
        ELSE 0
      END
    ) AS grade
  FROM record_codes AS rc
  WHERE
    rc.record = 'conditions' AND rc.field = 'code'
  GROUP BY
    rc.patient_id,
    rc.seq
), in_cytotoxic_chemotherapy_code_m0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS m0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN (
            (
              rc.system = 'ATC'
              AND (
                SUBSTRING(rc.code, 1, 4) IN ('L01A', 'L01B', 'L01C', 'L01D')
                OR SUBSTRING(rc.code, 1, 5) IN ('L01XA')
              )
            )
            OR (
              rc.system = 'RXNORM'
              AND (
                rc.code IN (
                  '1736854',
                  '597195',
                  '1736776',
                  '1734919',
                  '1791701',
                  '226719',
                  '583214',
                  '1860480',
                  '1790099',
                  '1732186'
                )
              )
            )
            OR (
              rc.system = 'RXNORM'
              AND rc.code IN (
                '2555',
                '40048',
                '32592',
                '3002',
                '194000',
                '4492',
                '12574',
                '103',
                '10485',
                '4582',
                '4179',
                '51499',
                '3995',
                '1828',
                '2105',
                '6718',
                '134547',
                '10473',
                '38508',
                '3041',
                '24698',
                '1251',
                '15657'
              )
            )
          )
          THEN TRUE
          WHEN (
            rc.system IN ('RXNORM')
          )
          THEN CAST(NULL AS BOOLEAN)
          WHEN rc.system IN ('ATC', 'RXNORM')
          THEN FALSE
        END
        THEN 2
        WHEN CASE
          WHEN (
            (
              rc.system = 'ATC'
              AND (
                SUBSTRING(rc.code, 1, 4) IN ('L01A', 'L01B', 'L01C', 'L01D')
                OR SUBSTRING(rc.code, 1, 5) IN ('L01XA')
              )
            )
            OR (
              rc.system = 'RXNORM'
              AND (
                rc.code IN (
                  '1736854',
                  '597195',
                  '1736776',
                  '1734919',
                  '1791701',
                  '226719',
                  '583214',
                  '1860480',
                  '1790099',
                  '1732186'
                )
              )
            )
            OR (
              rc.system = 'RXNORM'
              AND rc.code IN (
                '2555',
                '40048',
                '32592',
                '3002',
                '194000',
                '4492',
                '12574',
                '103',
                '10485',
                '4582',
                '4179',
                '51499',
                '3995',
                '1828',
                '2105',
                '6718',
                '134547',
                '10473',
                '38508',
                '3041',
                '24698',
                '1251',
                '15657'
              )
            )
          )
          THEN TRUE
          WHEN (
            rc.system IN ('RXNORM')
          )
          THEN CAST(NULL AS BOOLEAN)
          WHEN rc.system IN ('ATC', 'RXNORM')
          THEN FALSE
        END IS NULL
        THEN 1
        ELSE 0
      END
    ) AS grade
  FROM record_codes AS rc
  WHERE
    rc.record = 'medications' AND rc.field = 'code'
  GROUP BY
    rc.patient_id,
    rc.seq
), in_fulvestrant_code_m0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS m0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('ATC', 'RXNORM')
          THEN (
            (
              rc.system = 'ATC' AND (
                SUBSTRING(rc.code, 1, 7) IN ('L02BA03')
              )
            )
            OR (
              rc.system = 'RXNORM' AND (
                rc.code IN ('727762')
              )
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('ATC', 'RXNORM')
          THEN (
            (
              rc.system = 'ATC' AND (
                SUBSTRING(rc.code, 1, 7) IN ('L02BA03')
              )
            )
            OR (
              rc.system = 'RXNORM' AND (
                rc.code IN ('727762')
              )
            )
          )
        END IS NULL
        THEN 1
        ELSE 0
      END
    ) AS grade
  FROM record_codes AS rc
  WHERE
    rc.record = 'medications' AND rc.field = 'code'
  GROUP BY
    rc.patient_id,
    rc.seq
), in_cdk46_inhibitor_code_m0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS m0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('ATC', 'RXNORM')
          THEN (
            (
              rc.system = 'ATC'
              AND (
                SUBSTRING(rc.code, 1, 5) IN ('L01EF')
                OR SUBSTRING(rc.code, 1, 7) IN ('L01XE33', 'L01XE42', 'L01XE50')
              )
            )
            OR (
              rc.system = 'RXNORM' AND (
                rc.code IN ('1601380', '1873983', '1946840')
              )
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('ATC', 'RXNORM')
          THEN (
            (
              rc.system = 'ATC'
              AND (
                SUBSTRING(rc.code, 1, 5) IN ('L01EF')
                OR SUBSTRING(rc.code, 1, 7) IN ('L01XE33', 'L01XE42', 'L01XE50')
              )
            )
            OR (
              rc.system = 'RXNORM' AND (
                rc.code IN ('1601380', '1873983', '1946840')
              )
            )
          )
        END IS NULL
        THEN 1
        ELSE 0
      END
    ) AS grade
  FROM record_codes AS rc
  WHERE
    rc.record = 'medications' AND rc.field = 'code'
  GROUP BY
    rc.patient_id,
    rc.seq
), in_systemic_corticosteroid_code_m0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS m0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN (
            (
              rc.system = 'ATC' AND (
                SUBSTRING(rc.code, 1, 5) IN ('H02AB')
              )
            )
            OR (
              rc.system = 'RXNORM'
              AND (
                rc.code IN (
                  '312617',
                  '567645',
                  '312615',
                  '197969',
                  '259966',
                  '197973',
                  '328161',
                  '197971',
                  '199771',
                  '762675',
                  '311659',
                  '1743704',
                  '1743720',
                  '1743726',
                  '1357886'
                )
              )
            )
            OR (
              rc.system = 'RXNORM' AND rc.code IN ('8640')
            )
          )
          THEN TRUE
          WHEN (
            rc.system IN ('RXNORM')
          )
          THEN CAST(NULL AS BOOLEAN)
          WHEN rc.system IN ('ATC', 'RXNORM')
          THEN FALSE
        END
        THEN 2
        WHEN CASE
          WHEN (
            (
              rc.system = 'ATC' AND (
                SUBSTRING(rc.code, 1, 5) IN ('H02AB')
              )
            )
            OR (
              rc.system = 'RXNORM'
              AND (
                rc.code IN (
                  '312617',
                  '567645',
                  '312615',
                  '197969',
                  '259966',
                  '197973',
                  '328161',
                  '197971',
                  '199771',
                  '762675',
                  '311659',
                  '1743704',
                  '1743720',
                  '1743726',
                  '1357886'
                )
              )
            )
            OR (
              rc.system = 'RXNORM' AND rc.code IN ('8640')
            )
          )
          THEN TRUE
          WHEN (
            rc.system IN ('RXNORM')
          )
          THEN CAST(NULL AS BOOLEAN)
          WHEN rc.system IN ('ATC', 'RXNORM')
          THEN FALSE
        END IS NULL
        THEN 1
        ELSE 0
      END
    ) AS grade
  FROM record_codes AS rc
  WHERE
    rc.record = 'medications' AND rc.field = 'code'
  GROUP BY
    rc.patient_id,
    rc.seq
), in_enzyme_inducing_antiepileptic_code_m0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS m0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN (
            (
              rc.system = 'ATC'
              AND (
                SUBSTRING(rc.code, 1, 7) IN ('N03AF01', 'N03AB02', 'N03AA02', 'N03AA03', 'N03AF02', 'N03AB05', 'N03AF04')
              )
            )
            OR (
              rc.system = 'RXNORM' AND (
                rc.code IN ('308971')
              )
            )
            OR (
              rc.system = 'RXNORM' AND rc.code IN ('2002', '8183', '32624')
            )
          )
          THEN TRUE
          WHEN (
            rc.system IN ('RXNORM')
          )
          THEN CAST(NULL AS BOOLEAN)
          WHEN rc.system IN ('ATC', 'RXNORM')
          THEN FALSE
        END
        THEN 2
        WHEN CASE
          WHEN (
            (
              rc.system = 'ATC'
              AND (
                SUBSTRING(rc.code, 1, 7) IN ('N03AF01', 'N03AB02', 'N03AA02', 'N03AA03', 'N03AF02', 'N03AB05', 'N03AF04')
              )
            )
            OR (
              rc.system = 'RXNORM' AND (
                rc.code IN ('308971')
              )
            )
            OR (
              rc.system = 'RXNORM' AND rc.code IN ('2002', '8183', '32624')
            )
          )
          THEN TRUE
          WHEN (
            rc.system IN ('RXNORM')
          )
          THEN CAST(NULL AS BOOLEAN)
          WHEN rc.system IN ('ATC', 'RXNORM')
          THEN FALSE
        END IS NULL
        THEN 1
        ELSE 0
      END
    ) AS grade
  FROM record_codes AS rc
  WHERE
    rc.record = 'medications' AND rc.field = 'code'
  GROUP BY
    rc.patient_id,
    rc.seq
), in_cns_metastasis_code_c0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS c0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('ICD10CM', 'SNOMED')
          THEN (
            (
              rc.system = 'ICD10CM'
              AND (
                SUBSTRING(rc.code, 1, 6) IN ('C79.31', 'C79.32', 'C79.49')
              )
            )
            OR (
              rc.system = 'SNOMED' AND (
                rc.code IN ('94225005')
              )
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('ICD10CM', 'SNOMED')
          THEN (
            (
              rc.system = 'ICD10CM'
              AND (
                SUBSTRING(rc.code, 1, 6) IN ('C79.31', 'C79.32', 'C79.49')
              )
            )
            OR (
              rc.system = 'SNOMED' AND (
                rc.code IN ('94225005')
              )
            )
          )
        END IS NULL
        THEN 1
        ELSE 0
      END
    ) AS grade
  FROM record_codes AS rc
  WHERE
    rc.record = 'conditions' AND rc.field = 'code'
  GROUP BY
    rc.patient_id,
    rc.seq
), in_strong_cyp3a_inducer_code_m0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS m0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN (
            (
              rc.system = 'ATC'
              AND (
                SUBSTRING(rc.code, 1, 7) IN (
                  'L02BB05',
                  'N03AF01',
                  'L02BB04',
                  'L01XX62',
                  'R07AX30',
                  'L01XX23',
                  'N03AB02',
                  'N03AB05',
                  'J04AB02',
                  'N06AX25'
                )
              )
            )
            OR (
              rc.system = 'RXNORM' AND (
                rc.code IN ('308971')
              )
            )
            OR (
              rc.system = 'RXNORM' AND rc.code IN ('2002', '8183')
            )
          )
          THEN TRUE
          WHEN (
            rc.system IN ('RXNORM')
          )
          THEN CAST(NULL AS BOOLEAN)
          WHEN rc.system IN ('ATC', 'RXNORM')
          THEN FALSE
        END
        THEN 2
        WHEN CASE
          WHEN (
            (
              rc.system = 'ATC'
              AND (
                SUBSTRING(rc.code, 1, 7) IN (
                  'L02BB05',
                  'N03AF01',
                  'L02BB04',
                  'L01XX62',
                  'R07AX30',
                  'L01XX23',
                  'N03AB02',
                  'N03AB05',
                  'J04AB02',
                  'N06AX25'
                )
              )
            )
            OR (
              rc.system = 'RXNORM' AND (
                rc.code IN ('308971')
              )
            )
            OR (
              rc.system = 'RXNORM' AND rc.code IN ('2002', '8183')
            )
          )
          THEN TRUE
          WHEN (
            rc.system IN ('RXNORM')
          )
          THEN CAST(NULL AS BOOLEAN)
          WHEN rc.system IN ('ATC', 'RXNORM')
          THEN FALSE
        END IS NULL
        THEN 1
        ELSE 0
      END
    ) AS grade
  FROM record_codes AS rc
  WHERE
    rc.record = 'medications' AND rc.field = 'code'
  GROUP BY
    rc.patient_id,
    rc.seq
), in_strong_cyp3a_inhibitor_code_m0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS m0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN (
            (
              rc.system = 'ATC'
              AND (
                SUBSTRING(rc.code, 1, 7) IN (
                  'J05AE12',
                  'J01FA09',
                  'V03AX03',
                  'C03XA02',
                  'L01EM01',
                  'L01XX47',
                  'J05AE02',
                  'J02AC02',
                  'J02AB02',
                  'J05AR10',
                  'N06AX06',
                  'J05AE04',
                  'J02AC04',
                  'J05AE03',
                  'J05AE01',
                  'J05AE11',
                  'J05AE09',
                  'J01FA15',
                  'J01FA08',
                  'J02AC03',
                  'L01ED02',
                  'L01XE28',
                  'L01EH03'
                )
              )
            )
            OR (
              rc.system = 'RXNORM'
              AND (
                rc.code IN ('197517', '317150', '597730', '310988', '403978', '859863')
              )
            )
            OR (
              rc.system = 'RXNORM' AND rc.code IN ('121243')
            )
          )
          THEN TRUE
          WHEN (
            rc.system IN ('RXNORM')
          )
          THEN CAST(NULL AS BOOLEAN)
          WHEN rc.system IN ('ATC', 'RXNORM')
          THEN FALSE
        END
        THEN 2
        WHEN CASE
          WHEN (
            (
              rc.system = 'ATC'
              AND (
                SUBSTRING(rc.code, 1, 7) IN (
                  'J05AE12',
                  'J01FA09',
                  'V03AX03',
                  'C03XA02',
                  'L01EM01',
                  'L01XX47',
                  'J05AE02',
                  'J02AC02',
                  'J02AB02',
                  'J05AR10',
                  'N06AX06',
                  'J05AE04',
                  'J02AC04',
                  'J05AE03',
                  'J05AE01',
                  'J05AE11',
                  'J05AE09',
                  'J01FA15',
                  'J01FA08',
                  'J02AC03',
                  'L01ED02',
                  'L01XE28',
                  'L01EH03'
                )
              )
            )
            OR (
              rc.system = 'RXNORM'
              AND (
                rc.code IN ('197517', '317150', '597730', '310988', '403978', '859863')
              )
            )
            OR (
              rc.system = 'RXNORM' AND rc.code IN ('121243')
            )
          )
          THEN TRUE
          WHEN (
            rc.system IN ('RXNORM')
          )
          THEN CAST(NULL AS BOOLEAN)
          WHEN rc.system IN ('ATC', 'RXNORM')
          THEN FALSE
        END IS NULL
        THEN 1
        ELSE 0
      END
    ) AS grade
  FROM record_codes AS rc
  WHERE
    rc.record = 'medications' AND rc.field = 'code'
  GROUP BY
    rc.patient_id,
    rc.seq
), in_qt_known_risk_code_m0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS m0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN (
            (
              rc.system = 'ATC'
              AND (
                SUBSTRING(rc.code, 1, 7) IN (
                  'C01BD01',
                  'L01XX35',
                  'L01XX27',
                  'J01FA10',
                  'P01BA01',
                  'N05AA01',
                  'B01AC23',
                  'J01MA02',
                  'A03FA02',
                  'N06AB04',
                  'J01FA09',
                  'C01BA03',
                  'C01BD04',
                  'A03FA03',
                  'N06DA02',
                  'C01BD07',
                  'N05AD08',
                  'J01FA01',
                  'N06AB10',
                  'C01BC04',
                  'J02AC01',
                  'P01BX01',
                  'N05AD01',
                  'P01BA02',
                  'C01BD05',
                  'N05AX12',
                  'J01MA12',
                  'N07BC02',
                  'J01MA14',
                  'A04AA01',
                  'L01XA03',
                  'A03AD01',
                  'P01CX01',
                  'N05AG02',
                  'C01BA02',
                  'N01AX10',
                  'C01BA01',
                  'N01AB08',
                  'C07AA07',
                  'N05AL01',
                  'H01BA04',
                  'N05AC02',
                  'L01EX04',
                  'L01XE12'
                )
              )
            )
            OR (
              rc.system = 'RXNORM'
              AND (
                rc.code IN (
                  '834357',
                  '199885',
                  '1665227',
                  '141962',
                  '308460',
                  '204844',
                  '197517',
                  '997223',
                  '1100184',
                  '1599803',
                  '979092',
                  '864706',
                  '864718',
                  '1740467',
                  '1736776',
                  '1808217',
                  '200243'
                )
              )
            )
            OR (
              rc.system = 'RXNORM'
              AND rc.code IN (
                '2393',
                '2556',
                '135447',
                '321988',
                '4441',
                '5093',
                '5521',
                '6813',
                '26225',
                '32592',
                '8331',
                '9068',
                '36453',
                '10502',
                '703',
                '8782'
              )
            )
          )
          THEN TRUE
          WHEN (
            rc.system IN ('RXNORM')
          )
          THEN CAST(NULL AS BOOLEAN)
          WHEN rc.system IN ('ATC', 'RXNORM')
          THEN FALSE
        END
        THEN 2
        WHEN CASE
          WHEN (
            (
              rc.system = 'ATC'
              AND (
                SUBSTRING(rc.code, 1, 7) IN (
                  'C01BD01',
                  'L01XX35',
                  'L01XX27',
                  'J01FA10',
                  'P01BA01',
                  'N05AA01',
                  'B01AC23',
                  'J01MA02',
                  'A03FA02',
                  'N06AB04',
                  'J01FA09',
                  'C01BA03',
                  'C01BD04',
                  'A03FA03',
                  'N06DA02',
                  'C01BD07',
                  'N05AD08',
                  'J01FA01',
                  'N06AB10',
                  'C01BC04',
                  'J02AC01',
                  'P01BX01',
                  'N05AD01',
                  'P01BA02',
                  'C01BD05',
                  'N05AX12',
                  'J01MA12',
                  'N07BC02',
                  'J01MA14',
                  'A04AA01',
                  'L01XA03',
                  'A03AD01',
                  'P01CX01',
                  'N05AG02',
                  'C01BA02',
                  'N01AX10',
                  'C01BA01',
                  'N01AB08',
                  'C07AA07',
                  'N05AL01',
                  'H01BA04',
                  'N05AC02',
                  'L01EX04',
                  'L01XE12'
                )
              )
            )
            OR (
              rc.system = 'RXNORM'
              AND (
                rc.code IN (
                  '834357',
                  '199885',
                  '1665227',
                  '141962',
                  '308460',
                  '204844',
                  '197517',
                  '997223',
                  '1100184',
                  '1599803',
                  '979092',
                  '864706',
                  '864718',
                  '1740467',
                  '1736776',
                  '1808217',
                  '200243'
                )
              )
            )
            OR (
              rc.system = 'RXNORM'
              AND rc.code IN (
                '2393',
                '2556',
                '135447',
                '321988',
                '4441',
                '5093',
                '5521',
                '6813',
                '26225',
                '32592',
                '8331',
                '9068',
                '36453',
                '10502',
                '703',
                '8782'
              )
            )
          )
          THEN TRUE
          WHEN (
            rc.system IN ('RXNORM')
          )
          THEN CAST(NULL AS BOOLEAN)
          WHEN rc.system IN ('ATC', 'RXNORM')
          THEN FALSE
        END IS NULL
        THEN 1
        ELSE 0
      END
    ) AS grade
  FROM record_codes AS rc
  WHERE
    rc.record = 'medications' AND rc.field = 'code'
  GROUP BY
    rc.patient_id,
    rc.seq
), in_cyp3a_narrow_range_substrate_code_m0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS m0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN (
            (
              rc.system = 'ATC'
              AND (
                SUBSTRING(rc.code, 1, 7) IN (
                  'N01AH02',
                  'A03FA02',
                  'L04AD01',
                  'N02CA01',
                  'N02CA02',
                  'N01AH01',
                  'N02AB03',
                  'N05AG02',
                  'C01BA01',
                  'L04AA10',
                  'L04AD02',
                  'R06AX12'
                )
              )
            )
            OR (
              rc.system = 'RXNORM'
              AND (
                rc.code IN (
                  '1723208',
                  '1735006',
                  '245134',
                  '141918',
                  '360110',
                  '108515',
                  '1431987',
                  '1664463',
                  '241834',
                  '835900'
                )
              )
            )
            OR (
              rc.system = 'RXNORM' AND rc.code IN ('480', '4337', '8331', '9068', '42330')
            )
          )
          THEN TRUE
          WHEN (
            rc.system IN ('RXNORM')
          )
          THEN CAST(NULL AS BOOLEAN)
          WHEN rc.system IN ('ATC', 'RXNORM')
          THEN FALSE
        END
        THEN 2
        WHEN CASE
          WHEN (
            (
              rc.system = 'ATC'
              AND (
                SUBSTRING(rc.code, 1, 7) IN (
                  'N01AH02',
                  'A03FA02',
                  'L04AD01',
                  'N02CA01',
                  'N02CA02',
                  'N01AH01',
                  'N02AB03',
                  'N05AG02',
                  'C01BA01',
                  'L04AA10',
                  'L04AD02',
                  'R06AX12'
                )
              )
            )
            OR (
              rc.system = 'RXNORM'
              AND (
                rc.code IN (
                  '1723208',
                  '1735006',
                  '245134',
                  '141918',
                  '360110',
                  '108515',
                  '1431987',
                  '1664463',
                  '241834',
                  '835900'
                )
              )
            )
            OR (
              rc.system = 'RXNORM' AND rc.code IN ('480', '4337', '8331', '9068', '42330')
            )
          )
          THEN TRUE
          WHEN (
            rc.system IN ('RXNORM')
          )
          THEN CAST(NULL AS BOOLEAN)
          WHEN rc.system IN ('ATC', 'RXNORM')
          THEN FALSE
        END IS NULL
        THEN 1
        ELSE 0
      END
    ) AS grade
  FROM record_codes AS rc
  WHERE
    rc.record = 'medications' AND rc.field = 'code'
  GROUP BY
    rc.patient_id,
    rc.seq
), condition_queries_1 AS (
  SELECT
    r.patient_id,
    MAX(r.g1) AS postmenopausal_record_grade,
    MAX(r.g2) AS breast_cancer_grade,
    MAX(r.g3) AS breast_cancer_2_grade,
    MAX(r.g4) AS breast_cancer_3_grade,
    MAX(r.g5) AS visceral_metastasis_grade,
    MAX(r.g6) AS breast_cancer_4_grade
  FROM (
    SELECT
      c0.patient_id AS patient_id,
      CASE
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE in_postmenopausal_record_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_postmenopausal_record_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        END
        THEN COALESCE(CAST(TRUE AS INT) * 2, 1)
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE in_postmenopausal_record_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_postmenopausal_record_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        END IS NULL
        THEN CASE
          WHEN COALESCE(CAST(TRUE AS INT) * 2, 1) IS NULL OR 1 IS NULL
          THEN NULL
          ELSE LEAST(COALESCE(CAST(TRUE AS INT) * 2, 1), 1)
        END
      END AS g1,
      CASE
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE in_breast_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_breast_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        END
        THEN COALESCE(
          CAST(CASE
            WHEN NOT (
              NOT c0.confirmed_by IS NULL
            )
            THEN CAST(NULL AS BOOLEAN)
            ELSE (
              (
                c0.confirmed_by = 'histopathology'
              ) OR (
                c0.confirmed_by = 'cytology'
              )
            )
          END AS INT) * 2,
          1
        )
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE in_breast_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_breast_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        END IS NULL
        THEN CASE
          WHEN COALESCE(
            CAST(CASE
              WHEN NOT (
                NOT c0.confirmed_by IS NULL
              )
              THEN CAST(NULL AS BOOLEAN)
              ELSE (
                (
                  c0.confirmed_by = 'histopathology'
                ) OR (
                  c0.confirmed_by = 'cytology'
                )
              )
            END AS INT) * 2,
            1
          ) IS NULL
          OR 1 IS NULL
          THEN NULL
          ELSE LEAST(
            COALESCE(
              CAST(CASE
                WHEN NOT (
                  NOT c0.confirmed_by IS NULL
                )
                THEN CAST(NULL AS BOOLEAN)
                ELSE (
                  (
                    c0.confirmed_by = 'histopathology'
                  ) OR (
                    c0.confirmed_by = 'cytology'
                  )
                )
              END AS INT) * 2,
              1
            ),
            1
          )
        END
      END AS g2,
      CASE
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE in_breast_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_breast_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        END
        THEN COALESCE(
          CAST((
            (
              c0.extent = 'metastatic'
            )
            OR CASE
              WHEN NOT (
                NOT c0.status IS NULL
              )
              THEN CAST(NULL AS BOOLEAN)
              ELSE (
                (
                  c0.status = 'recurrence'
                ) OR (
                  c0.status = 'relapse'
                )
              )
            END
          ) AS INT) * 2,
          1
        )
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE in_breast_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_breast_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        END IS NULL
        THEN CASE
          WHEN COALESCE(
            CAST((
              (
                c0.extent = 'metastatic'
              )
              OR CASE
                WHEN NOT (
                  NOT c0.status IS NULL
                )
                THEN CAST(NULL AS BOOLEAN)
                ELSE (
                  (
                    c0.status = 'recurrence'
                  ) OR (
                    c0.status = 'relapse'
                  )
                )
              END
            ) AS INT) * 2,
            1
          ) IS NULL
          OR 1 IS NULL
          THEN NULL
          ELSE LEAST(
            COALESCE(
              CAST((
                (
                  c0.extent = 'metastatic'
                )
                OR CASE
                  WHEN NOT (
                    NOT c0.status IS NULL
                  )
                  THEN CAST(NULL AS BOOLEAN)
                  ELSE (
                    (
                      c0.status = 'recurrence'
                    ) OR (
                      c0.status = 'relapse'
                    )
                  )
                END
              ) AS INT) * 2,
              1
            ),
            1
          )
        END
      END AS g3,
      CASE
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE in_breast_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_breast_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        END
        THEN COALESCE(
          CAST((
            CASE
              WHEN NOT (
                NOT c0.status IS NULL
              )
              THEN CAST(NULL AS BOOLEAN)
              ELSE (
                (
                  c0.status = 'recurrence'
                ) OR (
                  c0.status = 'relapse'
                )
              )
            END
            AND (
              NOT (
                c0.extent = 'metastatic'
              )
            )
          ) AS INT) * 2,
          1
        )
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE in_breast_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_breast_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        END IS NULL
        THEN CASE
          WHEN COALESCE(
            CAST((
              CASE
                WHEN NOT (
                  NOT c0.status IS NULL
                )
                THEN CAST(NULL AS BOOLEAN)
                ELSE (
                  (
                    c0.status = 'recurrence'
                  ) OR (
                    c0.status = 'relapse'
                  )
                )
              END
              AND (
                NOT (
                  c0.extent = 'metastatic'
                )
              )
            ) AS INT) * 2,
            1
          ) IS NULL
          OR 1 IS NULL
          THEN NULL
          ELSE LEAST(
            COALESCE(
              CAST((
                CASE
                  WHEN NOT (
                    NOT c0.status IS NULL
                  )
                  THEN CAST(NULL AS BOOLEAN)
                  ELSE (
                    (
                      c0.status = 'recurrence'
                    ) OR (
                      c0.status = 'relapse'
                    )
                  )
                END
                AND (
                  NOT (
                    c0.extent = 'metastatic'
                  )
                )
              ) AS INT) * 2,
              1
            ),
            1
          )
        END
      END AS g4,
      CASE
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE in_visceral_metastasis_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_visceral_metastasis_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        END
        THEN COALESCE(
          CAST((
            CASE
              WHEN NOT (
                NOT c0.status IS NULL
              )
              THEN CAST(NULL AS BOOLEAN)
              ELSE (
                (
                  c0.status = 'active'
                )
                OR (
                  c0.status = 'recurrence'
                )
                OR (
                  c0.status = 'relapse'
                )
              )
            END
            AND pt.att_visceral_disease_symptomatic_value_bool
          ) AS INT) * 2,
          1
        )
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE in_visceral_metastasis_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_visceral_metastasis_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        END IS NULL
        THEN CASE
          WHEN COALESCE(
            CAST((
              CASE
                WHEN NOT (
                  NOT c0.status IS NULL
                )
                THEN CAST(NULL AS BOOLEAN)
                ELSE (
                  (
                    c0.status = 'active'
                  )
                  OR (
                    c0.status = 'recurrence'
                  )
                  OR (
                    c0.status = 'relapse'
                  )
                )
              END
              AND pt.att_visceral_disease_symptomatic_value_bool
            ) AS INT) * 2,
            1
          ) IS NULL
          OR 1 IS NULL
          THEN NULL
          ELSE LEAST(
            COALESCE(
              CAST((
                CASE
                  WHEN NOT (
                    NOT c0.status IS NULL
                  )
                  THEN CAST(NULL AS BOOLEAN)
                  ELSE (
                    (
                      c0.status = 'active'
                    )
                    OR (
                      c0.status = 'recurrence'
                    )
                    OR (
                      c0.status = 'relapse'
                    )
                  )
                END
                AND pt.att_visceral_disease_symptomatic_value_bool
              ) AS INT) * 2,
              1
            ),
            1
          )
        END
      END AS g5,
      CASE
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE in_breast_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_breast_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        END
        THEN COALESCE(
          CAST((
            CASE
              WHEN NOT (
                NOT c0.status IS NULL
              )
              THEN CAST(NULL AS BOOLEAN)
              ELSE (
                (
                  c0.status = 'active'
                )
                OR (
                  c0.status = 'recurrence'
                )
                OR (
                  c0.status = 'relapse'
                )
              )
            END
            AND CASE
              WHEN c0.histology_system IN ('ICDO3')
              THEN (
                c0.histology_system = 'ICDO3' AND (
                  c0.histology_code IN ('8530/3')
                )
              )
            END
          ) AS INT) * 2,
          1
        )
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE in_breast_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_breast_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        END IS NULL
        THEN CASE
          WHEN COALESCE(
            CAST((
              CASE
                WHEN NOT (
                  NOT c0.status IS NULL
                )
                THEN CAST(NULL AS BOOLEAN)
                ELSE (
                  (
                    c0.status = 'active'
                  )
                  OR (
                    c0.status = 'recurrence'
                  )
                  OR (
                    c0.status = 'relapse'
                  )
                )
              END
              AND CASE
                WHEN c0.histology_system IN ('ICDO3')
                THEN (
                  c0.histology_system = 'ICDO3' AND (
                    c0.histology_code IN ('8530/3')
                  )
                )
              END
            ) AS INT) * 2,
            1
          ) IS NULL
          OR 1 IS NULL
          THEN NULL
          ELSE LEAST(
            COALESCE(
              CAST((
                CASE
                  WHEN NOT (
                    NOT c0.status IS NULL
                  )
                  THEN CAST(NULL AS BOOLEAN)
                  ELSE (
                    (
                      c0.status = 'active'
                    )
                    OR (
                      c0.status = 'recurrence'
                    )
                    OR (
                      c0.status = 'relapse'
                    )
                  )
                END
                AND CASE
                  WHEN c0.histology_system IN ('ICDO3')
                  THEN (
                    c0.histology_system = 'ICDO3' AND (
                      c0.histology_code IN ('8530/3')
                    )
                  )
                END
              ) AS INT) * 2,
              1
            ),
            1
          )
        END
      END AS g6
    FROM conditions AS c0
    JOIN patient_facts AS pt
      ON pt.patient_id = c0.patient_id
    LEFT JOIN in_postmenopausal_record_code_c0 AS in_postmenopausal_record_code_c0
      ON in_postmenopausal_record_code_c0.patient_id = c0.patient_id
      AND in_postmenopausal_record_code_c0.c0_seq = c0.seq
    LEFT JOIN in_breast_cancer_code_c0 AS in_breast_cancer_code_c0
      ON in_breast_cancer_code_c0.patient_id = c0.patient_id
      AND in_breast_cancer_code_c0.c0_seq = c0.seq
    LEFT JOIN in_visceral_metastasis_code_c0 AS in_visceral_metastasis_code_c0
      ON in_visceral_metastasis_code_c0.patient_id = c0.patient_id
      AND in_visceral_metastasis_code_c0.c0_seq = c0.seq
    WHERE
      NOT CASE
        WHEN c0.verification IN ('entered_in_error', 'refuted')
        THEN FALSE
        WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
        THEN CASE
          WHEN CASE in_postmenopausal_record_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
          THEN FALSE
        END
        ELSE CASE in_postmenopausal_record_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
      END IS FALSE
      OR NOT CASE
        WHEN c0.verification IN ('entered_in_error', 'refuted')
        THEN FALSE
        WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
        THEN CASE
          WHEN CASE in_breast_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
          THEN FALSE
        END
        ELSE CASE in_breast_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
      END IS FALSE
      OR NOT CASE
        WHEN c0.verification IN ('entered_in_error', 'refuted')
        THEN FALSE
        WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
        THEN CASE
          WHEN CASE in_breast_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
          THEN FALSE
        END
        ELSE CASE in_breast_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
      END IS FALSE
      OR NOT CASE
        WHEN c0.verification IN ('entered_in_error', 'refuted')
        THEN FALSE
        WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
        THEN CASE
          WHEN CASE in_breast_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
          THEN FALSE
        END
        ELSE CASE in_breast_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
      END IS FALSE
      OR NOT CASE
        WHEN c0.verification IN ('entered_in_error', 'refuted')
        THEN FALSE
        WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
        THEN CASE
          WHEN CASE in_visceral_metastasis_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
          THEN FALSE
        END
        ELSE CASE in_visceral_metastasis_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
      END IS FALSE
      OR NOT CASE
        WHEN c0.verification IN ('entered_in_error', 'refuted')
        THEN FALSE
        WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
        THEN CASE
          WHEN CASE in_breast_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
          THEN FALSE
        END
        ELSE CASE in_breast_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
      END IS FALSE
  ) AS r
  GROUP BY
    r.patient_id
), observation_queries_1 AS (
  SELECT
    r.patient_id,
    MAX(r.g1) AS er_status_grade,
    MAX(r.g2) AS pr_status_grade
  FROM (
    SELECT
      o0.patient_id AS patient_id,
      CASE
        WHEN CASE in_er_status_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        THEN COALESCE(
          CAST((
            CASE
              WHEN COALESCE(o0.value_text, o0.value_code) IN ('positive', 'negative')
              THEN COALESCE(o0.value_text, o0.value_code)
            END = 'positive'
          ) AS INT) * 2,
          1
        )
        WHEN CASE in_er_status_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS NULL
        THEN CASE
          WHEN COALESCE(
            CAST((
              CASE
                WHEN COALESCE(o0.value_text, o0.value_code) IN ('positive', 'negative')
                THEN COALESCE(o0.value_text, o0.value_code)
              END = 'positive'
            ) AS INT) * 2,
            1
          ) IS NULL
          OR 1 IS NULL
          THEN NULL
          ELSE LEAST(
            COALESCE(
              CAST((
                CASE
                  WHEN COALESCE(o0.value_text, o0.value_code) IN ('positive', 'negative')
                  THEN COALESCE(o0.value_text, o0.value_code)
                END = 'positive'
              ) AS INT) * 2,
              1
            ),
            1
          )
        END
      END AS g1,
      CASE
        WHEN CASE in_pr_status_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        THEN COALESCE(
          CAST((
            CASE
              WHEN COALESCE(o0.value_text, o0.value_code) IN ('positive', 'negative')
              THEN COALESCE(o0.value_text, o0.value_code)
            END = 'positive'
          ) AS INT) * 2,
          1
        )
        WHEN CASE in_pr_status_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS NULL
        THEN CASE
          WHEN COALESCE(
            CAST((
              CASE
                WHEN COALESCE(o0.value_text, o0.value_code) IN ('positive', 'negative')
                THEN COALESCE(o0.value_text, o0.value_code)
              END = 'positive'
            ) AS INT) * 2,
            1
          ) IS NULL
          OR 1 IS NULL
          THEN NULL
          ELSE LEAST(
            COALESCE(
              CAST((
                CASE
                  WHEN COALESCE(o0.value_text, o0.value_code) IN ('positive', 'negative')
                  THEN COALESCE(o0.value_text, o0.value_code)
                END = 'positive'
              ) AS INT) * 2,
              1
            ),
            1
          )
        END
      END AS g2
    FROM observations AS o0
    LEFT JOIN in_er_status_code_o0 AS in_er_status_code_o0
      ON in_er_status_code_o0.patient_id = o0.patient_id
      AND in_er_status_code_o0.o0_seq = o0.seq
    LEFT JOIN in_pr_status_code_o0 AS in_pr_status_code_o0
      ON in_pr_status_code_o0.patient_id = o0.patient_id
      AND in_pr_status_code_o0.o0_seq = o0.seq
    WHERE
      (
        NOT CASE in_er_status_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
        OR NOT CASE in_pr_status_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
      )
      AND (
        o0.status IS NULL OR NOT o0.status IN ('cancelled', 'entered_in_error')
      )
  ) AS r
  GROUP BY
    r.patient_id
), her2_status_latest_candidates AS (
  SELECT
    o0.patient_id AS patient_id,
    o0.seq,
    o0.id,
    o0.date_lo,
    o0.date_hi,
    o0.value_num,
    o0.value_text,
    o0.value_bool,
    o0.value_code_system,
    o0.value_code,
    o0.value_code_display,
    o0.value_date_lo,
    o0.value_date_hi,
    o0.unit,
    o0.reference_high,
    o0.status,
    o0.focus,
    o0.reference_low,
    o0.interpretation,
    CASE in_her2_status_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
    AND CASE
      WHEN o0.date_hi < pt.ref_first_dose_lo
      THEN TRUE
      WHEN o0.date_lo >= pt.ref_first_dose_hi
      THEN FALSE
    END AS inside
  FROM observations AS o0
  JOIN patient_facts AS pt
    ON pt.patient_id = o0.patient_id
  LEFT JOIN in_her2_status_code_o0 AS in_her2_status_code_o0
    ON in_her2_status_code_o0.patient_id = o0.patient_id
    AND in_her2_status_code_o0.o0_seq = o0.seq
  WHERE
    (
      o0.status IS NULL OR NOT o0.status IN ('cancelled', 'entered_in_error')
    )
    AND NOT CASE in_her2_status_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
), lesion_queries_1 AS (
  SELECT
    r.patient_id,
    MAX(r.g1) AS any_grade
  FROM (
    SELECT
      l0.patient_id AS patient_id,
      COALESCE(
        CAST((
          (
            (
              (
                (
                  NOT l0.bone IS NULL
                )
                AND (
                  CASE
                    WHEN NOT (
                      NOT l0.bone IS NULL
                    )
                    THEN CAST(NULL AS BOOLEAN)
                    ELSE (
                      (
                        l0.bone = 'lytic'
                      ) OR (
                        l0.bone = 'mixed'
                      )
                    )
                  END
                  AND CASE in_recist_cross_sectional_method_l0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                  AND (
                    (
                      l0.longest_diameter * CASE
                        WHEN 'mm' = 'cm'
                        THEN CAST(1.0 AS DOUBLE)
                        WHEN 'mm' = 'mm'
                        THEN CAST(0.1 AS DOUBLE)
                      END
                    ) >= CAST(1.0 AS DOUBLE)
                  )
                )
              )
              OR (
                NOT (
                  NOT l0.bone IS NULL
                )
                AND (
                  (
                    l0.lymph_node
                    AND (
                      CASE in_recist_ct_method_l0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                      AND (
                        (
                          l0.short_axis * CASE
                            WHEN 'mm' = 'cm'
                            THEN CAST(1.0 AS DOUBLE)
                            WHEN 'mm' = 'mm'
                            THEN CAST(0.1 AS DOUBLE)
                          END
                        ) >= CAST(1.5 AS DOUBLE)
                      )
                    )
                  )
                  OR (
                    NOT l0.lymph_node
                    AND (
                      (
                        CASE in_recist_cross_sectional_method_l0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                        AND (
                          (
                            l0.longest_diameter * CASE
                              WHEN 'mm' = 'cm'
                              THEN CAST(1.0 AS DOUBLE)
                              WHEN 'mm' = 'mm'
                              THEN CAST(0.1 AS DOUBLE)
                            END
                          ) >= CAST(1.0 AS DOUBLE)
                        )
                      )
                      OR (
                        CASE in_recist_clinical_examination_method_l0.grade
                          WHEN 2
                          THEN TRUE
                          WHEN 0
                          THEN FALSE
                        END
                        AND (
                          (
                            l0.longest_diameter * CASE
                              WHEN 'mm' = 'cm'
                              THEN CAST(1.0 AS DOUBLE)
                              WHEN 'mm' = 'mm'
                              THEN CAST(0.1 AS DOUBLE)
                            END
                          ) >= CAST(1.0 AS DOUBLE)
                        )
                      )
                      OR (
                        CASE in_recist_radiography_method_l0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                        AND (
                          (
                            l0.longest_diameter * CASE
                              WHEN 'mm' = 'cm'
                              THEN CAST(1.0 AS DOUBLE)
                              WHEN 'mm' = 'mm'
                              THEN CAST(0.1 AS DOUBLE)
                            END
                          ) >= CAST(2.0 AS DOUBLE)
                        )
                      )
                    )
                  )
                  OR (
                    (
                      CASE in_recist_ct_method_l0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                      AND (
                        (
                          l0.short_axis * CASE
                            WHEN 'mm' = 'cm'
                            THEN CAST(1.0 AS DOUBLE)
                            WHEN 'mm' = 'mm'
                            THEN CAST(0.1 AS DOUBLE)
                          END
                        ) >= CAST(1.5 AS DOUBLE)
                      )
                    )
                    AND (
                      (
                        CASE in_recist_cross_sectional_method_l0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                        AND (
                          (
                            l0.longest_diameter * CASE
                              WHEN 'mm' = 'cm'
                              THEN CAST(1.0 AS DOUBLE)
                              WHEN 'mm' = 'mm'
                              THEN CAST(0.1 AS DOUBLE)
                            END
                          ) >= CAST(1.0 AS DOUBLE)
                        )
                      )
                      OR (
                        CASE in_recist_clinical_examination_method_l0.grade
                          WHEN 2
                          THEN TRUE
                          WHEN 0
                          THEN FALSE
                        END
                        AND (
                          (
                            l0.longest_diameter * CASE
                              WHEN 'mm' = 'cm'
                              THEN CAST(1.0 AS DOUBLE)
                              WHEN 'mm' = 'mm'
                              THEN CAST(0.1 AS DOUBLE)
                            END
                          ) >= CAST(1.0 AS DOUBLE)
                        )
                      )
                      OR (
                        CASE in_recist_radiography_method_l0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                        AND (
                          (
                            l0.longest_diameter * CASE
                              WHEN 'mm' = 'cm'
                              THEN CAST(1.0 AS DOUBLE)
                              WHEN 'mm' = 'mm'
                              THEN CAST(0.1 AS DOUBLE)
                            END
                          ) >= CAST(2.0 AS DOUBLE)
                        )
                      )
                    )
                  )
                )
              )
              OR (
                (
                  CASE
                    WHEN NOT (
                      NOT l0.bone IS NULL
                    )
                    THEN CAST(NULL AS BOOLEAN)
                    ELSE (
                      (
                        l0.bone = 'lytic'
                      ) OR (
                        l0.bone = 'mixed'
                      )
                    )
                  END
                  AND CASE in_recist_cross_sectional_method_l0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                  AND (
                    (
                      l0.longest_diameter * CASE
                        WHEN 'mm' = 'cm'
                        THEN CAST(1.0 AS DOUBLE)
                        WHEN 'mm' = 'mm'
                        THEN CAST(0.1 AS DOUBLE)
                      END
                    ) >= CAST(1.0 AS DOUBLE)
                  )
                )
                AND (
                  (
                    l0.lymph_node
                    AND (
                      CASE in_recist_ct_method_l0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                      AND (
                        (
                          l0.short_axis * CASE
                            WHEN 'mm' = 'cm'
                            THEN CAST(1.0 AS DOUBLE)
                            WHEN 'mm' = 'mm'
                            THEN CAST(0.1 AS DOUBLE)
                          END
                        ) >= CAST(1.5 AS DOUBLE)
                      )
                    )
                  )
                  OR (
                    NOT l0.lymph_node
                    AND (
                      (
                        CASE in_recist_cross_sectional_method_l0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                        AND (
                          (
                            l0.longest_diameter * CASE
                              WHEN 'mm' = 'cm'
                              THEN CAST(1.0 AS DOUBLE)
                              WHEN 'mm' = 'mm'
                              THEN CAST(0.1 AS DOUBLE)
                            END
                          ) >= CAST(1.0 AS DOUBLE)
                        )
                      )
                      OR (
                        CASE in_recist_clinical_examination_method_l0.grade
                          WHEN 2
                          THEN TRUE
                          WHEN 0
                          THEN FALSE
                        END
                        AND (
                          (
                            l0.longest_diameter * CASE
                              WHEN 'mm' = 'cm'
                              THEN CAST(1.0 AS DOUBLE)
                              WHEN 'mm' = 'mm'
                              THEN CAST(0.1 AS DOUBLE)
                            END
                          ) >= CAST(1.0 AS DOUBLE)
                        )
                      )
                      OR (
                        CASE in_recist_radiography_method_l0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                        AND (
                          (
                            l0.longest_diameter * CASE
                              WHEN 'mm' = 'cm'
                              THEN CAST(1.0 AS DOUBLE)
                              WHEN 'mm' = 'mm'
                              THEN CAST(0.1 AS DOUBLE)
                            END
                          ) >= CAST(2.0 AS DOUBLE)
                        )
                      )
                    )
                  )
                  OR (
                    (
                      CASE in_recist_ct_method_l0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                      AND (
                        (
                          l0.short_axis * CASE
                            WHEN 'mm' = 'cm'
                            THEN CAST(1.0 AS DOUBLE)
                            WHEN 'mm' = 'mm'
                            THEN CAST(0.1 AS DOUBLE)
                          END
                        ) >= CAST(1.5 AS DOUBLE)
                      )
                    )
                    AND (
                      (
                        CASE in_recist_cross_sectional_method_l0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                        AND (
                          (
                            l0.longest_diameter * CASE
                              WHEN 'mm' = 'cm'
                              THEN CAST(1.0 AS DOUBLE)
                              WHEN 'mm' = 'mm'
                              THEN CAST(0.1 AS DOUBLE)
                            END
                          ) >= CAST(1.0 AS DOUBLE)
                        )
                      )
                      OR (
                        CASE in_recist_clinical_examination_method_l0.grade
                          WHEN 2
                          THEN TRUE
                          WHEN 0
                          THEN FALSE
                        END
                        AND (
                          (
                            l0.longest_diameter * CASE
                              WHEN 'mm' = 'cm'
                              THEN CAST(1.0 AS DOUBLE)
                              WHEN 'mm' = 'mm'
                              THEN CAST(0.1 AS DOUBLE)
                            END
                          ) >= CAST(1.0 AS DOUBLE)
                        )
                      )
                      OR (
                        CASE in_recist_radiography_method_l0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                        AND (
                          (
                            l0.longest_diameter * CASE
                              WHEN 'mm' = 'cm'
                              THEN CAST(1.0 AS DOUBLE)
                              WHEN 'mm' = 'mm'
                              THEN CAST(0.1 AS DOUBLE)
                            END
                          ) >= CAST(2.0 AS DOUBLE)
                        )
                      )
                    )
                  )
                )
              )
            )
            OR (
              l0.bone = 'lytic'
            )
          )
          AND CASE
            WHEN CAST(pt.ref_first_dose_hi - INTERVAL 28 DAY AS DATE) <= l0.date_lo
            AND l0.date_hi <= pt.ref_first_dose_lo
            THEN TRUE
            WHEN l0.date_hi < CAST(pt.ref_first_dose_lo - INTERVAL 28 DAY AS DATE)
            OR l0.date_lo > pt.ref_first_dose_hi
            THEN FALSE
          END
        ) AS INT) * 2,
        1
      ) AS g1
    FROM lesions AS l0
    JOIN patient_facts AS pt
      ON pt.patient_id = l0.patient_id
    LEFT JOIN in_recist_cross_sectional_method_l0 AS in_recist_cross_sectional_method_l0
      ON in_recist_cross_sectional_method_l0.patient_id = l0.patient_id
      AND in_recist_cross_sectional_method_l0.l0_seq = l0.seq
    LEFT JOIN in_recist_ct_method_l0 AS in_recist_ct_method_l0
      ON in_recist_ct_method_l0.patient_id = l0.patient_id
      AND in_recist_ct_method_l0.l0_seq = l0.seq
    LEFT JOIN in_recist_clinical_examination_method_l0 AS in_recist_clinical_examination_method_l0
      ON in_recist_clinical_examination_method_l0.patient_id = l0.patient_id
      AND in_recist_clinical_examination_method_l0.l0_seq = l0.seq
    LEFT JOIN in_recist_radiography_method_l0 AS in_recist_radiography_method_l0
      ON in_recist_radiography_method_l0.patient_id = l0.patient_id
      AND in_recist_radiography_method_l0.l0_seq = l0.seq
  ) AS r
  GROUP BY
    r.patient_id
), medication_queries_per_c0_1 AS (
  SELECT
    r.patient_id,
    r.c0_seq,
    MAX(r.g1) AS any_grade,
    MAX(r.g2) AS antineoplastic_agent_grade,
    MAX(r.g3) AS antineoplastic_agent_2_grade,
    MAX(r.g4) AS systemic_corticosteroid_grade,
    MAX(r.g5) AS enzyme_inducing_antiepileptic_grade
  FROM (
    SELECT
      m0.patient_id AS patient_id,
      c0.seq AS c0_seq,
      COALESCE(
        CAST((
          (
            (
              CASE in_antineoplastic_agent_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
              OR CASE in_endocrine_therapy_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
            )
            AND CASE
              WHEN m0.reason IS NULL OR c0.id IS NULL
              THEN CAST(NULL AS BOOLEAN)
              ELSE ARRAY_CONTAINS(m0.reason, c0.id)
            END
            AND CASE
              WHEN m0.start_hi < pt.ref_first_dose_lo
              THEN TRUE
              WHEN m0.start_lo >= pt.ref_first_dose_hi
              THEN FALSE
            END
          )
          AND NOT CASE
            WHEN NOT (
              NOT m0.treatment_intent IS NULL
            )
            THEN CAST(NULL AS BOOLEAN)
            ELSE (
              (
                m0.treatment_intent = 'adjuvant'
              )
              OR (
                m0.treatment_intent = 'neoadjuvant'
              )
            )
          END
        ) AS INT) * 2,
        1
      ) AS g1,
      CASE
        WHEN CASE in_antineoplastic_agent_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        THEN COALESCE(
          CAST((
            CASE
              WHEN m0.reason IS NULL OR c0.id IS NULL
              THEN CAST(NULL AS BOOLEAN)
              ELSE ARRAY_CONTAINS(m0.reason, c0.id)
            END
            AND CASE
              WHEN m0.end_hi <= CAST(pt.ref_first_dose_lo - INTERVAL 28 DAY AS DATE)
              THEN TRUE
              WHEN m0.end_lo > CAST(pt.ref_first_dose_hi - INTERVAL 28 DAY AS DATE)
              THEN FALSE
            END
          ) AS INT) * 2,
          1
        )
        WHEN CASE in_antineoplastic_agent_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS NULL
        THEN CASE
          WHEN COALESCE(
            CAST((
              CASE
                WHEN m0.reason IS NULL OR c0.id IS NULL
                THEN CAST(NULL AS BOOLEAN)
                ELSE ARRAY_CONTAINS(m0.reason, c0.id)
              END
              AND CASE
                WHEN m0.end_hi <= CAST(pt.ref_first_dose_lo - INTERVAL 28 DAY AS DATE)
                THEN TRUE
                WHEN m0.end_lo > CAST(pt.ref_first_dose_hi - INTERVAL 28 DAY AS DATE)
                THEN FALSE
              END
            ) AS INT) * 2,
            1
          ) IS NULL
          OR 1 IS NULL
          THEN NULL
          ELSE LEAST(
            COALESCE(
              CAST((
                CASE
                  WHEN m0.reason IS NULL OR c0.id IS NULL
                  THEN CAST(NULL AS BOOLEAN)
                  ELSE ARRAY_CONTAINS(m0.reason, c0.id)
                END
                AND CASE
                  WHEN m0.end_hi <= CAST(pt.ref_first_dose_lo - INTERVAL 28 DAY AS DATE)
                  THEN TRUE
                  WHEN m0.end_lo > CAST(pt.ref_first_dose_hi - INTERVAL 28 DAY AS DATE)
                  THEN FALSE
                END
              ) AS INT) * 2,
              1
            ),
            1
          )
        END
      END AS g2,
      CASE
        WHEN CASE in_antineoplastic_agent_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        THEN COALESCE(
          CAST((
            CASE
              WHEN m0.reason IS NULL OR c0.id IS NULL
              THEN CAST(NULL AS BOOLEAN)
              ELSE ARRAY_CONTAINS(m0.reason, c0.id)
            END
            AND (
              (
                COALESCE(
                  CASE
                    WHEN m0.start_hi <= pt.ref_first_dose_lo
                    THEN TRUE
                    WHEN m0.start_lo > pt.ref_first_dose_hi
                    THEN FALSE
                  END,
                  CASE
                    WHEN CASE
                      WHEN m0.end_hi <= pt.ref_first_dose_lo
                      THEN TRUE
                      WHEN m0.end_lo > pt.ref_first_dose_hi
                      THEN FALSE
                    END IS TRUE
                    THEN TRUE
                  END
                )
              )
              AND (
                COALESCE(
                  CASE
                    WHEN m0.end_lo >= CAST(pt.ref_first_dose_hi - INTERVAL 28 DAY AS DATE)
                    THEN TRUE
                    WHEN m0.end_hi < CAST(pt.ref_first_dose_lo - INTERVAL 28 DAY AS DATE)
                    THEN FALSE
                  END,
                  CASE
                    WHEN CASE
                      WHEN m0.start_lo >= CAST(pt.ref_first_dose_hi - INTERVAL 28 DAY AS DATE)
                      THEN TRUE
                      WHEN m0.start_hi < CAST(pt.ref_first_dose_lo - INTERVAL 28 DAY AS DATE)
                      THEN FALSE
                    END IS TRUE
                    THEN TRUE
                  END
                )
              )
            )
          ) AS INT) * 2,
          1
        )
        WHEN CASE in_antineoplastic_agent_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS NULL
        THEN CASE
          WHEN COALESCE(
            CAST((
              CASE
                WHEN m0.reason IS NULL OR c0.id IS NULL
                THEN CAST(NULL AS BOOLEAN)
                ELSE ARRAY_CONTAINS(m0.reason, c0.id)
              END
              AND (
                (
                  COALESCE(
                    CASE
                      WHEN m0.start_hi <= pt.ref_first_dose_lo
                      THEN TRUE
                      WHEN m0.start_lo > pt.ref_first_dose_hi
                      THEN FALSE
                    END,
                    CASE
                      WHEN CASE
                        WHEN m0.end_hi <= pt.ref_first_dose_lo
                        THEN TRUE
                        WHEN m0.end_lo > pt.ref_first_dose_hi
                        THEN FALSE
                      END IS TRUE
                      THEN TRUE
                    END
                  )
                )
                AND (
                  COALESCE(
                    CASE
                      WHEN m0.end_lo >= CAST(pt.ref_first_dose_hi - INTERVAL 28 DAY AS DATE)
                      THEN TRUE
                      WHEN m0.end_hi < CAST(pt.ref_first_dose_lo - INTERVAL 28 DAY AS DATE)
                      THEN FALSE
                    END,
                    CASE
                      WHEN CASE
                        WHEN m0.start_lo >= CAST(pt.ref_first_dose_hi - INTERVAL 28 DAY AS DATE)
                        THEN TRUE
                        WHEN m0.start_hi < CAST(pt.ref_first_dose_lo - INTERVAL 28 DAY AS DATE)
                        THEN FALSE
                      END IS TRUE
                      THEN TRUE
                    END
                  )
                )
              )
            ) AS INT) * 2,
            1
          ) IS NULL
          OR 1 IS NULL
          THEN NULL
          ELSE LEAST(
            COALESCE(
              CAST((
                CASE
                  WHEN m0.reason IS NULL OR c0.id IS NULL
                  THEN CAST(NULL AS BOOLEAN)
                  ELSE ARRAY_CONTAINS(m0.reason, c0.id)
                END
                AND (
                  (
                    COALESCE(
                      CASE
                        WHEN m0.start_hi <= pt.ref_first_dose_lo
                        THEN TRUE
                        WHEN m0.start_lo > pt.ref_first_dose_hi
                        THEN FALSE
                      END,
                      CASE
                        WHEN CASE
                          WHEN m0.end_hi <= pt.ref_first_dose_lo
                          THEN TRUE
                          WHEN m0.end_lo > pt.ref_first_dose_hi
                          THEN FALSE
                        END IS TRUE
                        THEN TRUE
                      END
                    )
                  )
                  AND (
                    COALESCE(
                      CASE
                        WHEN m0.end_lo >= CAST(pt.ref_first_dose_hi - INTERVAL 28 DAY AS DATE)
                        THEN TRUE
                        WHEN m0.end_hi < CAST(pt.ref_first_dose_lo - INTERVAL 28 DAY AS DATE)
                        THEN FALSE
                      END,
                      CASE
                        WHEN CASE
                          WHEN m0.start_lo >= CAST(pt.ref_first_dose_hi - INTERVAL 28 DAY AS DATE)
                          THEN TRUE
                          WHEN m0.start_hi < CAST(pt.ref_first_dose_lo - INTERVAL 28 DAY AS DATE)
                          THEN FALSE
                        END IS TRUE
                        THEN TRUE
                      END
                    )
                  )
                )
              ) AS INT) * 2,
              1
            ),
            1
          )
        END
      END AS g3,
      CASE
        WHEN CASE in_systemic_corticosteroid_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        THEN COALESCE(
          CAST((
            CASE
              WHEN m0.reason IS NULL OR c0.id IS NULL
              THEN CAST(NULL AS BOOLEAN)
              ELSE ARRAY_CONTAINS(m0.reason, c0.id)
            END
            AND (
              (
                COALESCE(
                  CASE
                    WHEN m0.start_hi <= pt.ref_first_dose_lo
                    THEN TRUE
                    WHEN m0.start_lo > pt.ref_first_dose_hi
                    THEN FALSE
                  END,
                  CASE
                    WHEN CASE
                      WHEN m0.end_hi <= pt.ref_first_dose_lo
                      THEN TRUE
                      WHEN m0.end_lo > pt.ref_first_dose_hi
                      THEN FALSE
                    END IS TRUE
                    THEN TRUE
                  END
                )
              )
              AND (
                COALESCE(
                  CASE
                    WHEN m0.end_lo >= pt.ref_first_dose_hi
                    THEN TRUE
                    WHEN m0.end_hi < pt.ref_first_dose_lo
                    THEN FALSE
                  END,
                  CASE
                    WHEN CASE
                      WHEN m0.start_lo >= pt.ref_first_dose_hi
                      THEN TRUE
                      WHEN m0.start_hi < pt.ref_first_dose_lo
                      THEN FALSE
                    END IS TRUE
                    THEN TRUE
                  END
                )
              )
            )
          ) AS INT) * 2,
          1
        )
        WHEN CASE in_systemic_corticosteroid_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS NULL
        THEN CASE
          WHEN COALESCE(
            CAST((
              CASE
                WHEN m0.reason IS NULL OR c0.id IS NULL
                THEN CAST(NULL AS BOOLEAN)
                ELSE ARRAY_CONTAINS(m0.reason, c0.id)
              END
              AND (
                (
                  COALESCE(
                    CASE
                      WHEN m0.start_hi <= pt.ref_first_dose_lo
                      THEN TRUE
                      WHEN m0.start_lo > pt.ref_first_dose_hi
                      THEN FALSE
                    END,
                    CASE
                      WHEN CASE
                        WHEN m0.end_hi <= pt.ref_first_dose_lo
                        THEN TRUE
                        WHEN m0.end_lo > pt.ref_first_dose_hi
                        THEN FALSE
                      END IS TRUE
                      THEN TRUE
                    END
                  )
                )
                AND (
                  COALESCE(
                    CASE
                      WHEN m0.end_lo >= pt.ref_first_dose_hi
                      THEN TRUE
                      WHEN m0.end_hi < pt.ref_first_dose_lo
                      THEN FALSE
                    END,
                    CASE
                      WHEN CASE
                        WHEN m0.start_lo >= pt.ref_first_dose_hi
                        THEN TRUE
                        WHEN m0.start_hi < pt.ref_first_dose_lo
                        THEN FALSE
                      END IS TRUE
                      THEN TRUE
                    END
                  )
                )
              )
            ) AS INT) * 2,
            1
          ) IS NULL
          OR 1 IS NULL
          THEN NULL
          ELSE LEAST(
            COALESCE(
              CAST((
                CASE
                  WHEN m0.reason IS NULL OR c0.id IS NULL
                  THEN CAST(NULL AS BOOLEAN)
                  ELSE ARRAY_CONTAINS(m0.reason, c0.id)
                END
                AND (
                  (
                    COALESCE(
                      CASE
                        WHEN m0.start_hi <= pt.ref_first_dose_lo
                        THEN TRUE
                        WHEN m0.start_lo > pt.ref_first_dose_hi
                        THEN FALSE
                      END,
                      CASE
                        WHEN CASE
                          WHEN m0.end_hi <= pt.ref_first_dose_lo
                          THEN TRUE
                          WHEN m0.end_lo > pt.ref_first_dose_hi
                          THEN FALSE
                        END IS TRUE
                        THEN TRUE
                      END
                    )
                  )
                  AND (
                    COALESCE(
                      CASE
                        WHEN m0.end_lo >= pt.ref_first_dose_hi
                        THEN TRUE
                        WHEN m0.end_hi < pt.ref_first_dose_lo
                        THEN FALSE
                      END,
                      CASE
                        WHEN CASE
                          WHEN m0.start_lo >= pt.ref_first_dose_hi
                          THEN TRUE
                          WHEN m0.start_hi < pt.ref_first_dose_lo
                          THEN FALSE
                        END IS TRUE
                        THEN TRUE
                      END
                    )
                  )
                )
              ) AS INT) * 2,
              1
            ),
            1
          )
        END
      END AS g4,
      CASE
        WHEN CASE in_enzyme_inducing_antiepileptic_code_m0.grade
          WHEN 2
          THEN TRUE
          WHEN 0
          THEN FALSE
        END
        THEN COALESCE(
          CAST((
            CASE
              WHEN m0.reason IS NULL OR c0.id IS NULL
              THEN CAST(NULL AS BOOLEAN)
              ELSE ARRAY_CONTAINS(m0.reason, c0.id)
            END
            AND (
              (
                COALESCE(
                  CASE
                    WHEN m0.start_hi <= pt.ref_first_dose_lo
                    THEN TRUE
                    WHEN m0.start_lo > pt.ref_first_dose_hi
                    THEN FALSE
                  END,
                  CASE
                    WHEN CASE
                      WHEN m0.end_hi <= pt.ref_first_dose_lo
                      THEN TRUE
                      WHEN m0.end_lo > pt.ref_first_dose_hi
                      THEN FALSE
                    END IS TRUE
                    THEN TRUE
                  END
                )
              )
              AND (
                COALESCE(
                  CASE
                    WHEN m0.end_lo >= pt.ref_first_dose_hi
                    THEN TRUE
                    WHEN m0.end_hi < pt.ref_first_dose_lo
                    THEN FALSE
                  END,
                  CASE
                    WHEN CASE
                      WHEN m0.start_lo >= pt.ref_first_dose_hi
                      THEN TRUE
                      WHEN m0.start_hi < pt.ref_first_dose_lo
                      THEN FALSE
                    END IS TRUE
                    THEN TRUE
                  END
                )
              )
            )
          ) AS INT) * 2,
          1
        )
        WHEN CASE in_enzyme_inducing_antiepileptic_code_m0.grade
          WHEN 2
          THEN TRUE
          WHEN 0
          THEN FALSE
        END IS NULL
        THEN CASE
          WHEN COALESCE(
            CAST((
              CASE
                WHEN m0.reason IS NULL OR c0.id IS NULL
                THEN CAST(NULL AS BOOLEAN)
                ELSE ARRAY_CONTAINS(m0.reason, c0.id)
              END
              AND (
                (
                  COALESCE(
                    CASE
                      WHEN m0.start_hi <= pt.ref_first_dose_lo
                      THEN TRUE
                      WHEN m0.start_lo > pt.ref_first_dose_hi
                      THEN FALSE
                    END,
                    CASE
                      WHEN CASE
                        WHEN m0.end_hi <= pt.ref_first_dose_lo
                        THEN TRUE
                        WHEN m0.end_lo > pt.ref_first_dose_hi
                        THEN FALSE
                      END IS TRUE
                      THEN TRUE
                    END
                  )
                )
                AND (
                  COALESCE(
                    CASE
                      WHEN m0.end_lo >= pt.ref_first_dose_hi
                      THEN TRUE
                      WHEN m0.end_hi < pt.ref_first_dose_lo
                      THEN FALSE
                    END,
                    CASE
                      WHEN CASE
                        WHEN m0.start_lo >= pt.ref_first_dose_hi
                        THEN TRUE
                        WHEN m0.start_hi < pt.ref_first_dose_lo
                        THEN FALSE
                      END IS TRUE
                      THEN TRUE
                    END
                  )
                )
              )
            ) AS INT) * 2,
            1
          ) IS NULL
          OR 1 IS NULL
          THEN NULL
          ELSE LEAST(
            COALESCE(
              CAST((
                CASE
                  WHEN m0.reason IS NULL OR c0.id IS NULL
                  THEN CAST(NULL AS BOOLEAN)
                  ELSE ARRAY_CONTAINS(m0.reason, c0.id)
                END
                AND (
                  (
                    COALESCE(
                      CASE
                        WHEN m0.start_hi <= pt.ref_first_dose_lo
                        THEN TRUE
                        WHEN m0.start_lo > pt.ref_first_dose_hi
                        THEN FALSE
                      END,
                      CASE
                        WHEN CASE
                          WHEN m0.end_hi <= pt.ref_first_dose_lo
                          THEN TRUE
                          WHEN m0.end_lo > pt.ref_first_dose_hi
                          THEN FALSE
                        END IS TRUE
                        THEN TRUE
                      END
                    )
                  )
                  AND (
                    COALESCE(
                      CASE
                        WHEN m0.end_lo >= pt.ref_first_dose_hi
                        THEN TRUE
                        WHEN m0.end_hi < pt.ref_first_dose_lo
                        THEN FALSE
                      END,
                      CASE
                        WHEN CASE
                          WHEN m0.start_lo >= pt.ref_first_dose_hi
                          THEN TRUE
                          WHEN m0.start_hi < pt.ref_first_dose_lo
                          THEN FALSE
                        END IS TRUE
                        THEN TRUE
                      END
                    )
                  )
                )
              ) AS INT) * 2,
              1
            ),
            1
          )
        END
      END AS g5
    FROM medications AS m0
    JOIN conditions AS c0
      ON c0.patient_id = m0.patient_id
    JOIN patient_facts AS pt
      ON pt.patient_id = m0.patient_id
    LEFT JOIN in_antineoplastic_agent_code_m0 AS in_antineoplastic_agent_code_m0
      ON in_antineoplastic_agent_code_m0.patient_id = m0.patient_id
      AND in_antineoplastic_agent_code_m0.m0_seq = m0.seq
    LEFT JOIN in_endocrine_therapy_code_m0 AS in_endocrine_therapy_code_m0
      ON in_endocrine_therapy_code_m0.patient_id = m0.patient_id
      AND in_endocrine_therapy_code_m0.m0_seq = m0.seq
    LEFT JOIN in_systemic_corticosteroid_code_m0 AS in_systemic_corticosteroid_code_m0
      ON in_systemic_corticosteroid_code_m0.patient_id = m0.patient_id
      AND in_systemic_corticosteroid_code_m0.m0_seq = m0.seq
    LEFT JOIN in_enzyme_inducing_antiepileptic_code_m0 AS in_enzyme_inducing_antiepileptic_code_m0
      ON in_enzyme_inducing_antiepileptic_code_m0.patient_id = m0.patient_id
      AND in_enzyme_inducing_antiepileptic_code_m0.m0_seq = m0.seq
    WHERE
      (
        m0.status IS NULL
        OR NOT m0.status IN ('entered_in_error', 'intended', 'not_taken')
      )
  ) AS r
  GROUP BY
    r.patient_id,
    r.c0_seq
), observation_queries_per_m0_per_c0_1 AS (
  SELECT
    r.patient_id,
    r.m0_seq,
    r.c0_seq,
    MAX(r.g1) AS disease_status_grade,
    MAX(r.g2) AS disease_status_2_grade,
    MAX(r.g3) AS disease_status_3_grade
  FROM (
    SELECT
      o0.patient_id AS patient_id,
      m0.seq AS m0_seq,
      c0.seq AS c0_seq,
      CASE
        WHEN CASE in_disease_status_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        THEN COALESCE(
          CAST((
            CASE
              WHEN o0.focus IS NULL OR c0.id IS NULL
              THEN CAST(NULL AS BOOLEAN)
              ELSE ARRAY_CONTAINS(o0.focus, c0.id)
            END
            AND (
              CASE
                WHEN COALESCE(o0.value_text, o0.value_code) IN ('improving', 'stable', 'progressing')
                THEN COALESCE(o0.value_text, o0.value_code)
              END = 'progressing'
            )
            AND CASE
              WHEN o0.date_lo > m0.end_hi
              THEN TRUE
              WHEN o0.date_hi <= m0.end_lo
              THEN FALSE
            END
            AND (
              NOT CASE
                WHEN m0.end_hi <= o0.date_lo
                AND o0.date_hi <= CAST(m0.end_lo + INTERVAL 12 MONTH AS DATE)
                THEN TRUE
                WHEN o0.date_hi < m0.end_lo
                OR o0.date_lo > CAST(m0.end_hi + INTERVAL 12 MONTH AS DATE)
                THEN FALSE
              END
            )
          ) AS INT) * 2,
          1
        )
        WHEN CASE in_disease_status_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS NULL
        THEN CASE
          WHEN COALESCE(
            CAST((
              CASE
                WHEN o0.focus IS NULL OR c0.id IS NULL
                THEN CAST(NULL AS BOOLEAN)
                ELSE ARRAY_CONTAINS(o0.focus, c0.id)
              END
              AND (
                CASE
                  WHEN COALESCE(o0.value_text, o0.value_code) IN ('improving', 'stable', 'progressing')
                  THEN COALESCE(o0.value_text, o0.value_code)
                END = 'progressing'
              )
              AND CASE
                WHEN o0.date_lo > m0.end_hi
                THEN TRUE
                WHEN o0.date_hi <= m0.end_lo
                THEN FALSE
              END
              AND (
                NOT CASE
                  WHEN m0.end_hi <= o0.date_lo
                  AND o0.date_hi <= CAST(m0.end_lo + INTERVAL 12 MONTH AS DATE)
                  THEN TRUE
                  WHEN o0.date_hi < m0.end_lo
                  OR o0.date_lo > CAST(m0.end_hi + INTERVAL 12 MONTH AS DATE)
                  THEN FALSE
                END
              )
            ) AS INT) * 2,
            1
          ) IS NULL
          OR 1 IS NULL
          THEN NULL
          ELSE LEAST(
            COALESCE(
              CAST((
                CASE
                  WHEN o0.focus IS NULL OR c0.id IS NULL
                  THEN CAST(NULL AS BOOLEAN)
                  ELSE ARRAY_CONTAINS(o0.focus, c0.id)
                END
                AND (
                  CASE
                    WHEN COALESCE(o0.value_text, o0.value_code) IN ('improving', 'stable', 'progressing')
                    THEN COALESCE(o0.value_text, o0.value_code)
                  END = 'progressing'
                )
                AND CASE
                  WHEN o0.date_lo > m0.end_hi
                  THEN TRUE
                  WHEN o0.date_hi <= m0.end_lo
                  THEN FALSE
                END
                AND (
                  NOT CASE
                    WHEN m0.end_hi <= o0.date_lo
                    AND o0.date_hi <= CAST(m0.end_lo + INTERVAL 12 MONTH AS DATE)
                    THEN TRUE
                    WHEN o0.date_hi < m0.end_lo
                    OR o0.date_lo > CAST(m0.end_hi + INTERVAL 12 MONTH AS DATE)
                    THEN FALSE
                  END
                )
              ) AS INT) * 2,
              1
            ),
            1
          )
        END
      END AS g1,
      CASE
        WHEN CASE in_disease_status_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        THEN COALESCE(
          CAST((
            CASE
              WHEN o0.focus IS NULL OR c0.id IS NULL
              THEN CAST(NULL AS BOOLEAN)
              ELSE ARRAY_CONTAINS(o0.focus, c0.id)
            END
            AND (
              CASE
                WHEN COALESCE(o0.value_text, o0.value_code) IN ('improving', 'stable', 'progressing')
                THEN COALESCE(o0.value_text, o0.value_code)
              END = 'progressing'
            )
            AND CASE
              WHEN o0.date_lo >= m0.start_hi
              THEN TRUE
              WHEN o0.date_hi < m0.start_lo
              THEN FALSE
            END
            AND (
              CASE
                WHEN o0.date_hi <= m0.end_lo
                THEN TRUE
                WHEN o0.date_lo > m0.end_hi
                THEN FALSE
              END
              OR CASE
                WHEN m0.end_hi <= o0.date_lo
                AND o0.date_hi <= CAST(m0.end_lo + INTERVAL 12 MONTH AS DATE)
                THEN TRUE
                WHEN o0.date_hi < m0.end_lo
                OR o0.date_lo > CAST(m0.end_hi + INTERVAL 12 MONTH AS DATE)
                THEN FALSE
              END
            )
          ) AS INT) * 2,
          1
        )
        WHEN CASE in_disease_status_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS NULL
        THEN CASE
          WHEN COALESCE(
            CAST((
              CASE
                WHEN o0.focus IS NULL OR c0.id IS NULL
                THEN CAST(NULL AS BOOLEAN)
                ELSE ARRAY_CONTAINS(o0.focus, c0.id)
              END
              AND (
                CASE
                  WHEN COALESCE(o0.value_text, o0.value_code) IN ('improving', 'stable', 'progressing')
                  THEN COALESCE(o0.value_text, o0.value_code)
                END = 'progressing'
              )
              AND CASE
                WHEN o0.date_lo >= m0.start_hi
                THEN TRUE
                WHEN o0.date_hi < m0.start_lo
                THEN FALSE
              END
              AND (
                CASE
                  WHEN o0.date_hi <= m0.end_lo
                  THEN TRUE
                  WHEN o0.date_lo > m0.end_hi
                  THEN FALSE
                END
                OR CASE
                  WHEN m0.end_hi <= o0.date_lo
                  AND o0.date_hi <= CAST(m0.end_lo + INTERVAL 12 MONTH AS DATE)
                  THEN TRUE
                  WHEN o0.date_hi < m0.end_lo
                  OR o0.date_lo > CAST(m0.end_hi + INTERVAL 12 MONTH AS DATE)
                  THEN FALSE
                END
              )
            ) AS INT) * 2,
            1
          ) IS NULL
          OR 1 IS NULL
          THEN NULL
          ELSE LEAST(
            COALESCE(
              CAST((
                CASE
                  WHEN o0.focus IS NULL OR c0.id IS NULL
                  THEN CAST(NULL AS BOOLEAN)
                  ELSE ARRAY_CONTAINS(o0.focus, c0.id)
                END
                AND (
                  CASE
                    WHEN COALESCE(o0.value_text, o0.value_code) IN ('improving', 'stable', 'progressing')
                    THEN COALESCE(o0.value_text, o0.value_code)
                  END = 'progressing'
                )
                AND CASE
                  WHEN o0.date_lo >= m0.start_hi
                  THEN TRUE
                  WHEN o0.date_hi < m0.start_lo
                  THEN FALSE
                END
                AND (
                  CASE
                    WHEN o0.date_hi <= m0.end_lo
                    THEN TRUE
                    WHEN o0.date_lo > m0.end_hi
                    THEN FALSE
                  END
                  OR CASE
                    WHEN m0.end_hi <= o0.date_lo
                    AND o0.date_hi <= CAST(m0.end_lo + INTERVAL 12 MONTH AS DATE)
                    THEN TRUE
                    WHEN o0.date_hi < m0.end_lo
                    OR o0.date_lo > CAST(m0.end_hi + INTERVAL 12 MONTH AS DATE)
                    THEN FALSE
                  END
                )
              ) AS INT) * 2,
              1
            ),
            1
          )
        END
      END AS g2,
      CASE
        WHEN CASE in_disease_status_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        THEN COALESCE(
          CAST((
            CASE
              WHEN o0.focus IS NULL OR c0.id IS NULL
              THEN CAST(NULL AS BOOLEAN)
              ELSE ARRAY_CONTAINS(o0.focus, c0.id)
            END
            AND (
              CASE
                WHEN COALESCE(o0.value_text, o0.value_code) IN ('improving', 'stable', 'progressing')
                THEN COALESCE(o0.value_text, o0.value_code)
              END = 'progressing'
            )
            AND CASE
              WHEN o0.date_lo > m0.start_hi
              THEN TRUE
              WHEN o0.date_hi <= m0.start_lo
              THEN FALSE
            END
          ) AS INT) * 2,
          1
        )
        WHEN CASE in_disease_status_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS NULL
        THEN CASE
          WHEN COALESCE(
            CAST((
              CASE
                WHEN o0.focus IS NULL OR c0.id IS NULL
                THEN CAST(NULL AS BOOLEAN)
                ELSE ARRAY_CONTAINS(o0.focus, c0.id)
              END
              AND (
                CASE
                  WHEN COALESCE(o0.value_text, o0.value_code) IN ('improving', 'stable', 'progressing')
                  THEN COALESCE(o0.value_text, o0.value_code)
                END = 'progressing'
              )
              AND CASE
                WHEN o0.date_lo > m0.start_hi
                THEN TRUE
                WHEN o0.date_hi <= m0.start_lo
                THEN FALSE
              END
            ) AS INT) * 2,
            1
          ) IS NULL
          OR 1 IS NULL
          THEN NULL
          ELSE LEAST(
            COALESCE(
              CAST((
                CASE
                  WHEN o0.focus IS NULL OR c0.id IS NULL
                  THEN CAST(NULL AS BOOLEAN)
                  ELSE ARRAY_CONTAINS(o0.focus, c0.id)
                END
                AND (
                  CASE
                    WHEN COALESCE(o0.value_text, o0.value_code) IN ('improving', 'stable', 'progressing')
                    THEN COALESCE(o0.value_text, o0.value_code)
                  END = 'progressing'
                )
                AND CASE
                  WHEN o0.date_lo > m0.start_hi
                  THEN TRUE
                  WHEN o0.date_hi <= m0.start_lo
                  THEN FALSE
                END
              ) AS INT) * 2,
              1
            ),
            1
          )
        END
      END AS g3
    FROM observations AS o0
    JOIN conditions AS c0
      ON c0.patient_id = o0.patient_id
    JOIN medications AS m0
      ON m0.patient_id = o0.patient_id
    LEFT JOIN in_disease_status_code_o0 AS in_disease_status_code_o0
      ON in_disease_status_code_o0.patient_id = o0.patient_id
      AND in_disease_status_code_o0.o0_seq = o0.seq
    WHERE
      (
        NOT CASE in_disease_status_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
        OR NOT CASE in_disease_status_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
        OR NOT CASE in_disease_status_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
      )
      AND (
        o0.status IS NULL OR NOT o0.status IN ('cancelled', 'entered_in_error')
      )
  ) AS r
  GROUP BY
    r.patient_id,
    r.m0_seq,
    r.c0_seq
), ecog_latest_candidates AS (
  SELECT
    o0.patient_id AS patient_id,
    o0.seq,
    o0.id,
    o0.date_lo,
    o0.date_hi,
    o0.value_num,
    o0.value_text,
    o0.value_bool,
    o0.value_code_system,
    o0.value_code,
    o0.value_code_display,
    o0.value_date_lo,
    o0.value_date_hi,
    o0.unit,
    o0.reference_high,
    o0.status,
    o0.focus,
    o0.reference_low,
    o0.interpretation,
    CASE in_ecog_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
    AND CASE
      WHEN CAST(pt.ref_first_dose_hi - INTERVAL 28 DAY AS DATE) <= o0.date_lo
      AND o0.date_hi <= pt.ref_first_dose_lo
      THEN TRUE
      WHEN o0.date_hi < CAST(pt.ref_first_dose_lo - INTERVAL 28 DAY AS DATE)
      OR o0.date_lo > pt.ref_first_dose_hi
      THEN FALSE
    END AS inside
  FROM observations AS o0
  JOIN patient_facts AS pt
    ON pt.patient_id = o0.patient_id
  LEFT JOIN in_ecog_code_o0 AS in_ecog_code_o0
    ON in_ecog_code_o0.patient_id = o0.patient_id AND in_ecog_code_o0.o0_seq = o0.seq
  WHERE
    (
      o0.status IS NULL OR NOT o0.status IN ('cancelled', 'entered_in_error')
    )
    AND NOT CASE in_ecog_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
), medication_queries_1 AS (
  SELECT
    r.patient_id,
    MAX(r.g1) AS cytotoxic_chemotherapy_grade,
    MAX(r.g2) AS fulvestrant_grade,
    MAX(r.g3) AS cdk46_inhibitor_grade,
    MAX(r.g4) AS any_grade,
    MAX(r.g5) AS qt_known_risk_grade,
    MAX(r.g6) AS cyp3a_narrow_range_substrate_grade
  FROM (
    SELECT
      m0.patient_id AS patient_id,
      CASE
        WHEN CASE in_cytotoxic_chemotherapy_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        THEN COALESCE(
          CAST((
            CASE
              WHEN m0.start_hi < pt.ref_first_dose_lo
              THEN TRUE
              WHEN m0.start_lo >= pt.ref_first_dose_hi
              THEN FALSE
            END
            AND (
              NOT CASE
                WHEN NOT (
                  NOT m0.treatment_intent IS NULL
                )
                THEN CAST(NULL AS BOOLEAN)
                ELSE (
                  (
                    m0.treatment_intent = 'adjuvant'
                  )
                  OR (
                    m0.treatment_intent = 'neoadjuvant'
                  )
                )
              END
            )
          ) AS INT) * 2,
          1
        )
        WHEN CASE in_cytotoxic_chemotherapy_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS NULL
        THEN CASE
          WHEN COALESCE(
            CAST((
              CASE
                WHEN m0.start_hi < pt.ref_first_dose_lo
                THEN TRUE
                WHEN m0.start_lo >= pt.ref_first_dose_hi
                THEN FALSE
              END
              AND (
                NOT CASE
                  WHEN NOT (
                    NOT m0.treatment_intent IS NULL
                  )
                  THEN CAST(NULL AS BOOLEAN)
                  ELSE (
                    (
                      m0.treatment_intent = 'adjuvant'
                    )
                    OR (
                      m0.treatment_intent = 'neoadjuvant'
                    )
                  )
                END
              )
            ) AS INT) * 2,
            1
          ) IS NULL
          OR 1 IS NULL
          THEN NULL
          ELSE LEAST(
            COALESCE(
              CAST((
                CASE
                  WHEN m0.start_hi < pt.ref_first_dose_lo
                  THEN TRUE
                  WHEN m0.start_lo >= pt.ref_first_dose_hi
                  THEN FALSE
                END
                AND (
                  NOT CASE
                    WHEN NOT (
                      NOT m0.treatment_intent IS NULL
                    )
                    THEN CAST(NULL AS BOOLEAN)
                    ELSE (
                      (
                        m0.treatment_intent = 'adjuvant'
                      )
                      OR (
                        m0.treatment_intent = 'neoadjuvant'
                      )
                    )
                  END
                )
              ) AS INT) * 2,
              1
            ),
            1
          )
        END
      END AS g1,
      CASE
        WHEN CASE in_fulvestrant_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        THEN COALESCE(
          CAST(CASE
            WHEN m0.start_hi < pt.ref_first_dose_lo
            THEN TRUE
            WHEN m0.start_lo >= pt.ref_first_dose_hi
            THEN FALSE
          END AS INT) * 2,
          1
        )
        WHEN CASE in_fulvestrant_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS NULL
        THEN CASE
          WHEN COALESCE(
            CAST(CASE
              WHEN m0.start_hi < pt.ref_first_dose_lo
              THEN TRUE
              WHEN m0.start_lo >= pt.ref_first_dose_hi
              THEN FALSE
            END AS INT) * 2,
            1
          ) IS NULL
          OR 1 IS NULL
          THEN NULL
          ELSE LEAST(
            COALESCE(
              CAST(CASE
                WHEN m0.start_hi < pt.ref_first_dose_lo
                THEN TRUE
                WHEN m0.start_lo >= pt.ref_first_dose_hi
                THEN FALSE
              END AS INT) * 2,
              1
            ),
            1
          )
        END
      END AS g2,
      CASE
        WHEN CASE in_cdk46_inhibitor_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        THEN COALESCE(
          CAST(CASE
            WHEN m0.start_hi < pt.ref_first_dose_lo
            THEN TRUE
            WHEN m0.start_lo >= pt.ref_first_dose_hi
            THEN FALSE
          END AS INT) * 2,
          1
        )
        WHEN CASE in_cdk46_inhibitor_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS NULL
        THEN CASE
          WHEN COALESCE(
            CAST(CASE
              WHEN m0.start_hi < pt.ref_first_dose_lo
              THEN TRUE
              WHEN m0.start_lo >= pt.ref_first_dose_hi
              THEN FALSE
            END AS INT) * 2,
            1
          ) IS NULL
          OR 1 IS NULL
          THEN NULL
          ELSE LEAST(
            COALESCE(
              CAST(CASE
                WHEN m0.start_hi < pt.ref_first_dose_lo
                THEN TRUE
                WHEN m0.start_lo >= pt.ref_first_dose_hi
                THEN FALSE
              END AS INT) * 2,
              1
            ),
            1
          )
        END
      END AS g3,
      COALESCE(
        CAST((
          (
            CASE in_strong_cyp3a_inducer_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
            OR CASE in_strong_cyp3a_inhibitor_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
          )
          AND (
            (
              COALESCE(
                CASE
                  WHEN m0.start_hi <= pt.ref_first_dose_lo
                  THEN TRUE
                  WHEN m0.start_lo > pt.ref_first_dose_hi
                  THEN FALSE
                END,
                CASE
                  WHEN CASE
                    WHEN m0.end_hi <= pt.ref_first_dose_lo
                    THEN TRUE
                    WHEN m0.end_lo > pt.ref_first_dose_hi
                    THEN FALSE
                  END IS TRUE
                  THEN TRUE
                END
              )
            )
            AND (
              COALESCE(
                CASE
                  WHEN m0.end_lo >= CAST(pt.ref_first_dose_hi - INTERVAL 7 DAY AS DATE)
                  THEN TRUE
                  WHEN m0.end_hi < CAST(pt.ref_first_dose_lo - INTERVAL 7 DAY AS DATE)
                  THEN FALSE
                END,
                CASE
                  WHEN CASE
                    WHEN m0.start_lo >= CAST(pt.ref_first_dose_hi - INTERVAL 7 DAY AS DATE)
                    THEN TRUE
                    WHEN m0.start_hi < CAST(pt.ref_first_dose_lo - INTERVAL 7 DAY AS DATE)
                    THEN FALSE
                  END IS TRUE
                  THEN TRUE
                END
              )
            )
          )
        ) AS INT) * 2,
        1
      ) AS g4,
      CASE
        WHEN CASE in_qt_known_risk_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        THEN COALESCE(
          CAST((
            (
              COALESCE(
                CASE
                  WHEN m0.start_hi <= pt.ref_first_dose_lo
                  THEN TRUE
                  WHEN m0.start_lo > pt.ref_first_dose_hi
                  THEN FALSE
                END,
                CASE
                  WHEN CASE
                    WHEN m0.end_hi <= pt.ref_first_dose_lo
                    THEN TRUE
                    WHEN m0.end_lo > pt.ref_first_dose_hi
                    THEN FALSE
                  END IS TRUE
                  THEN TRUE
                END
              )
            )
            AND (
              COALESCE(
                CASE
                  WHEN m0.end_lo >= CAST(pt.ref_first_dose_hi - INTERVAL 7 DAY AS DATE)
                  THEN TRUE
                  WHEN m0.end_hi < CAST(pt.ref_first_dose_lo - INTERVAL 7 DAY AS DATE)
                  THEN FALSE
                END,
                CASE
                  WHEN CASE
                    WHEN m0.start_lo >= CAST(pt.ref_first_dose_hi - INTERVAL 7 DAY AS DATE)
                    THEN TRUE
                    WHEN m0.start_hi < CAST(pt.ref_first_dose_lo - INTERVAL 7 DAY AS DATE)
                    THEN FALSE
                  END IS TRUE
                  THEN TRUE
                END
              )
            )
          ) AS INT) * 2,
          1
        )
        WHEN CASE in_qt_known_risk_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS NULL
        THEN CASE
          WHEN COALESCE(
            CAST((
              (
                COALESCE(
                  CASE
                    WHEN m0.start_hi <= pt.ref_first_dose_lo
                    THEN TRUE
                    WHEN m0.start_lo > pt.ref_first_dose_hi
                    THEN FALSE
                  END,
                  CASE
                    WHEN CASE
                      WHEN m0.end_hi <= pt.ref_first_dose_lo
                      THEN TRUE
                      WHEN m0.end_lo > pt.ref_first_dose_hi
                      THEN FALSE
                    END IS TRUE
                    THEN TRUE
                  END
                )
              )
              AND (
                COALESCE(
                  CASE
                    WHEN m0.end_lo >= CAST(pt.ref_first_dose_hi - INTERVAL 7 DAY AS DATE)
                    THEN TRUE
                    WHEN m0.end_hi < CAST(pt.ref_first_dose_lo - INTERVAL 7 DAY AS DATE)
                    THEN FALSE
                  END,
                  CASE
                    WHEN CASE
                      WHEN m0.start_lo >= CAST(pt.ref_first_dose_hi - INTERVAL 7 DAY AS DATE)
                      THEN TRUE
                      WHEN m0.start_hi < CAST(pt.ref_first_dose_lo - INTERVAL 7 DAY AS DATE)
                      THEN FALSE
                    END IS TRUE
                    THEN TRUE
                  END
                )
              )
            ) AS INT) * 2,
            1
          ) IS NULL
          OR 1 IS NULL
          THEN NULL
          ELSE LEAST(
            COALESCE(
              CAST((
                (
                  COALESCE(
                    CASE
                      WHEN m0.start_hi <= pt.ref_first_dose_lo
                      THEN TRUE
                      WHEN m0.start_lo > pt.ref_first_dose_hi
                      THEN FALSE
                    END,
                    CASE
                      WHEN CASE
                        WHEN m0.end_hi <= pt.ref_first_dose_lo
                        THEN TRUE
                        WHEN m0.end_lo > pt.ref_first_dose_hi
                        THEN FALSE
                      END IS TRUE
                      THEN TRUE
                    END
                  )
                )
                AND (
                  COALESCE(
                    CASE
                      WHEN m0.end_lo >= CAST(pt.ref_first_dose_hi - INTERVAL 7 DAY AS DATE)
                      THEN TRUE
                      WHEN m0.end_hi < CAST(pt.ref_first_dose_lo - INTERVAL 7 DAY AS DATE)
                      THEN FALSE
                    END,
                    CASE
                      WHEN CASE
                        WHEN m0.start_lo >= CAST(pt.ref_first_dose_hi - INTERVAL 7 DAY AS DATE)
                        THEN TRUE
                        WHEN m0.start_hi < CAST(pt.ref_first_dose_lo - INTERVAL 7 DAY AS DATE)
                        THEN FALSE
                      END IS TRUE
                      THEN TRUE
                    END
                  )
                )
              ) AS INT) * 2,
              1
            ),
            1
          )
        END
      END AS g5,
      CASE
        WHEN CASE in_cyp3a_narrow_range_substrate_code_m0.grade
          WHEN 2
          THEN TRUE
          WHEN 0
          THEN FALSE
        END
        THEN COALESCE(
          CAST((
            (
              COALESCE(
                CASE
                  WHEN m0.start_hi <= pt.ref_first_dose_lo
                  THEN TRUE
                  WHEN m0.start_lo > pt.ref_first_dose_hi
                  THEN FALSE
                END,
                CASE
                  WHEN CASE
                    WHEN m0.end_hi <= pt.ref_first_dose_lo
                    THEN TRUE
                    WHEN m0.end_lo > pt.ref_first_dose_hi
                    THEN FALSE
                  END IS TRUE
                  THEN TRUE
                END
              )
            )
            AND (
              COALESCE(
                CASE
                  WHEN m0.end_lo >= CAST(pt.ref_first_dose_hi - INTERVAL 7 DAY AS DATE)
                  THEN TRUE
                  WHEN m0.end_hi < CAST(pt.ref_first_dose_lo - INTERVAL 7 DAY AS DATE)
                  THEN FALSE
                END,
                CASE
                  WHEN CASE
                    WHEN m0.start_lo >= CAST(pt.ref_first_dose_hi - INTERVAL 7 DAY AS DATE)
                    THEN TRUE
                    WHEN m0.start_hi < CAST(pt.ref_first_dose_lo - INTERVAL 7 DAY AS DATE)
                    THEN FALSE
                  END IS TRUE
                  THEN TRUE
                END
              )
            )
          ) AS INT) * 2,
          1
        )
        WHEN CASE in_cyp3a_narrow_range_substrate_code_m0.grade
          WHEN 2
          THEN TRUE
          WHEN 0
          THEN FALSE
        END IS NULL
        THEN CASE
          WHEN COALESCE(
            CAST((
              (
                COALESCE(
                  CASE
                    WHEN m0.start_hi <= pt.ref_first_dose_lo
                    THEN TRUE
                    WHEN m0.start_lo > pt.ref_first_dose_hi
                    THEN FALSE
                  END,
                  CASE
                    WHEN CASE
                      WHEN m0.end_hi <= pt.ref_first_dose_lo
                      THEN TRUE
                      WHEN m0.end_lo > pt.ref_first_dose_hi
                      THEN FALSE
                    END IS TRUE
                    THEN TRUE
                  END
                )
              )
              AND (
                COALESCE(
                  CASE
                    WHEN m0.end_lo >= CAST(pt.ref_first_dose_hi - INTERVAL 7 DAY AS DATE)
                    THEN TRUE
                    WHEN m0.end_hi < CAST(pt.ref_first_dose_lo - INTERVAL 7 DAY AS DATE)
                    THEN FALSE
                  END,
                  CASE
                    WHEN CASE
                      WHEN m0.start_lo >= CAST(pt.ref_first_dose_hi - INTERVAL 7 DAY AS DATE)
                      THEN TRUE
                      WHEN m0.start_hi < CAST(pt.ref_first_dose_lo - INTERVAL 7 DAY AS DATE)
                      THEN FALSE
                    END IS TRUE
                    THEN TRUE
                  END
                )
              )
            ) AS INT) * 2,
            1
          ) IS NULL
          OR 1 IS NULL
          THEN NULL
          ELSE LEAST(
            COALESCE(
              CAST((
                (
                  COALESCE(
                    CASE
                      WHEN m0.start_hi <= pt.ref_first_dose_lo
                      THEN TRUE
                      WHEN m0.start_lo > pt.ref_first_dose_hi
                      THEN FALSE
                    END,
                    CASE
                      WHEN CASE
                        WHEN m0.end_hi <= pt.ref_first_dose_lo
                        THEN TRUE
                        WHEN m0.end_lo > pt.ref_first_dose_hi
                        THEN FALSE
                      END IS TRUE
                      THEN TRUE
                    END
                  )
                )
                AND (
                  COALESCE(
                    CASE
                      WHEN m0.end_lo >= CAST(pt.ref_first_dose_hi - INTERVAL 7 DAY AS DATE)
                      THEN TRUE
                      WHEN m0.end_hi < CAST(pt.ref_first_dose_lo - INTERVAL 7 DAY AS DATE)
                      THEN FALSE
                    END,
                    CASE
                      WHEN CASE
                        WHEN m0.start_lo >= CAST(pt.ref_first_dose_hi - INTERVAL 7 DAY AS DATE)
                        THEN TRUE
                        WHEN m0.start_hi < CAST(pt.ref_first_dose_lo - INTERVAL 7 DAY AS DATE)
                        THEN FALSE
                      END IS TRUE
                      THEN TRUE
                    END
                  )
                )
              ) AS INT) * 2,
              1
            ),
            1
          )
        END
      END AS g6
    FROM medications AS m0
    JOIN patient_facts AS pt
      ON pt.patient_id = m0.patient_id
    LEFT JOIN in_cytotoxic_chemotherapy_code_m0 AS in_cytotoxic_chemotherapy_code_m0
      ON in_cytotoxic_chemotherapy_code_m0.patient_id = m0.patient_id
      AND in_cytotoxic_chemotherapy_code_m0.m0_seq = m0.seq
    LEFT JOIN in_fulvestrant_code_m0 AS in_fulvestrant_code_m0
      ON in_fulvestrant_code_m0.patient_id = m0.patient_id
      AND in_fulvestrant_code_m0.m0_seq = m0.seq
    LEFT JOIN in_cdk46_inhibitor_code_m0 AS in_cdk46_inhibitor_code_m0
      ON in_cdk46_inhibitor_code_m0.patient_id = m0.patient_id
      AND in_cdk46_inhibitor_code_m0.m0_seq = m0.seq
    LEFT JOIN in_strong_cyp3a_inducer_code_m0 AS in_strong_cyp3a_inducer_code_m0
      ON in_strong_cyp3a_inducer_code_m0.patient_id = m0.patient_id
      AND in_strong_cyp3a_inducer_code_m0.m0_seq = m0.seq
    LEFT JOIN in_strong_cyp3a_inhibitor_code_m0 AS in_strong_cyp3a_inhibitor_code_m0
      ON in_strong_cyp3a_inhibitor_code_m0.patient_id = m0.patient_id
      AND in_strong_cyp3a_inhibitor_code_m0.m0_seq = m0.seq
    LEFT JOIN in_qt_known_risk_code_m0 AS in_qt_known_risk_code_m0
      ON in_qt_known_risk_code_m0.patient_id = m0.patient_id
      AND in_qt_known_risk_code_m0.m0_seq = m0.seq
    LEFT JOIN in_cyp3a_narrow_range_substrate_code_m0 AS in_cyp3a_narrow_range_substrate_code_m0
      ON in_cyp3a_narrow_range_substrate_code_m0.patient_id = m0.patient_id
      AND in_cyp3a_narrow_range_substrate_code_m0.m0_seq = m0.seq
    WHERE
      (
        m0.status IS NULL
        OR NOT m0.status IN ('entered_in_error', 'intended', 'not_taken')
      )
  ) AS r
  GROUP BY
    r.patient_id
), disease_status_latest_per_c0_candidates AS (
  SELECT
    o0.patient_id AS patient_id,
    c0.seq AS c0_seq,
    o0.seq,
    o0.id,
    o0.date_lo,
    o0.date_hi,
    o0.value_num,
    o0.value_text,
    o0.value_bool,
    o0.value_code_system,
    o0.value_code,
    o0.value_code_display,
    o0.value_date_lo,
    o0.value_date_hi,
    o0.unit,
    o0.reference_high,
    o0.status,
    o0.focus,
    o0.reference_low,
    o0.interpretation,
    (
      CASE in_disease_status_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
      AND CASE
        WHEN o0.focus IS NULL OR c0.id IS NULL
        THEN CAST(NULL AS BOOLEAN)
        ELSE ARRAY_CONTAINS(o0.focus, c0.id)
      END
    )
    AND CASE
      WHEN CAST(pt.ref_first_dose_hi - INTERVAL 28 DAY AS DATE) <= o0.date_lo
      AND o0.date_hi <= pt.ref_first_dose_lo
      THEN TRUE
      WHEN o0.date_hi < CAST(pt.ref_first_dose_lo - INTERVAL 28 DAY AS DATE)
      OR o0.date_lo > pt.ref_first_dose_hi
      THEN FALSE
    END AS inside
  FROM observations AS o0
  JOIN conditions AS c0
    ON c0.patient_id = o0.patient_id
  JOIN patient_facts AS pt
    ON pt.patient_id = o0.patient_id
  LEFT JOIN in_disease_status_code_o0 AS in_disease_status_code_o0
    ON in_disease_status_code_o0.patient_id = o0.patient_id
    AND in_disease_status_code_o0.o0_seq = o0.seq
  WHERE
    (
      o0.status IS NULL OR NOT o0.status IN ('cancelled', 'entered_in_error')
    )
    AND NOT (
      CASE in_disease_status_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
      AND CASE
        WHEN o0.focus IS NULL OR c0.id IS NULL
        THEN CAST(NULL AS BOOLEAN)
        ELSE ARRAY_CONTAINS(o0.focus, c0.id)
      END
    ) IS FALSE
), her2_status_latest AS (
  SELECT
    ch.patient_id AS patient_id,
    CASE
      WHEN COALESCE(ch.value_text, ch.value_code) IN ('positive', 'negative', 'equivocal')
      THEN COALESCE(ch.value_text, ch.value_code)
    END AS v0
  FROM (
    SELECT
      c.*,
      ROW_NUMBER() OVER (
        PARTITION BY c.patient_id
        ORDER BY CASE WHEN c.inside IS TRUE THEN 0 ELSE 1 END, c.date_lo DESC, c.seq
      ) AS recency
    FROM her2_status_latest_candidates AS c
    WHERE
      NOT c.inside IS FALSE
  ) AS ch
  LEFT JOIN her2_status_latest_candidates AS rv
    ON rv.patient_id = ch.patient_id
    AND (
      NOT rv.inside IS FALSE
      AND rv.seq <> ch.seq
      AND (
        rv.date_hi IS NULL OR rv.date_hi >= ch.date_lo
      )
      AND NOT (
        rv.value_num IS NOT DISTINCT FROM ch.value_num
        AND rv.value_text IS NOT DISTINCT FROM ch.value_text
        AND rv.value_bool IS NOT DISTINCT FROM ch.value_bool
        AND rv.value_code_system IS NOT DISTINCT FROM ch.value_code_system
        AND rv.value_code IS NOT DISTINCT FROM ch.value_code
        AND rv.value_code_display IS NOT DISTINCT FROM ch.value_code_display
        AND rv.unit IS NOT DISTINCT FROM ch.unit
        AND rv.reference_high IS NOT DISTINCT FROM ch.reference_high
      )
    )
  WHERE
    (
      ch.recency = 1 AND ch.inside IS TRUE
    ) AND rv.seq IS NULL
), medication_queries_per_c0_2 AS (
  SELECT
    r.patient_id,
    r.c0_seq,
    MAX(r.g1) AS endocrine_therapy_grade,
    MAX(r.g2) AS endocrine_therapy_2_grade,
    MAX(r.g3) AS endocrine_therapy_3_grade
  FROM (
    SELECT
      m0.patient_id AS patient_id,
      c0.seq AS c0_seq,
      CASE
        WHEN CASE in_endocrine_therapy_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        THEN COALESCE(
          CAST((
            CASE
              WHEN m0.reason IS NULL OR c0.id IS NULL
              THEN CAST(NULL AS BOOLEAN)
              ELSE ARRAY_CONTAINS(m0.reason, c0.id)
            END
            AND (
              m0.treatment_intent = 'adjuvant'
            )
            AND CASE
              WHEN pt.observations_collected IS TRUE
              THEN CASE COALESCE(observation_queries_per_m0_per_c0_1.disease_status_grade, 0)
                WHEN 2
                THEN TRUE
                WHEN 1
                THEN CAST(NULL AS BOOLEAN)
                ELSE FALSE
              END
            END
          ) AS INT) * 2,
          1
        )
        WHEN CASE in_endocrine_therapy_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS NULL
        THEN CASE
          WHEN COALESCE(
            CAST((
              CASE
                WHEN m0.reason IS NULL OR c0.id IS NULL
                THEN CAST(NULL AS BOOLEAN)
                ELSE ARRAY_CONTAINS(m0.reason, c0.id)
              END
              AND (
                m0.treatment_intent = 'adjuvant'
              )
              AND CASE
                WHEN pt.observations_collected IS TRUE
                THEN CASE COALESCE(observation_queries_per_m0_per_c0_1.disease_status_grade, 0)
                  WHEN 2
                  THEN TRUE
                  WHEN 1
                  THEN CAST(NULL AS BOOLEAN)
                  ELSE FALSE
                END
              END
            ) AS INT) * 2,
            1
          ) IS NULL
          OR 1 IS NULL
          THEN NULL
          ELSE LEAST(
            COALESCE(
              CAST((
                CASE
                  WHEN m0.reason IS NULL OR c0.id IS NULL
                  THEN CAST(NULL AS BOOLEAN)
                  ELSE ARRAY_CONTAINS(m0.reason, c0.id)
                END
                AND (
                  m0.treatment_intent = 'adjuvant'
                )
                AND CASE
                  WHEN pt.observations_collected IS TRUE
                  THEN CASE COALESCE(observation_queries_per_m0_per_c0_1.disease_status_grade, 0)
                    WHEN 2
                    THEN TRUE
                    WHEN 1
                    THEN CAST(NULL AS BOOLEAN)
                    ELSE FALSE
                  END
                END
              ) AS INT) * 2,
              1
            ),
            1
          )
        END
      END AS g1,
      CASE
        WHEN CASE in_endocrine_therapy_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        THEN COALESCE(
          CAST((
            CASE
              WHEN m0.reason IS NULL OR c0.id IS NULL
              THEN CAST(NULL AS BOOLEAN)
              ELSE ARRAY_CONTAINS(m0.reason, c0.id)
            END
            AND CASE
              WHEN NOT (
                NOT m0.treatment_intent IS NULL
              )
              THEN CAST(NULL AS BOOLEAN)
              ELSE (
                (
                  m0.treatment_intent = 'adjuvant'
                )
                OR (
                  m0.treatment_intent = 'neoadjuvant'
                )
              )
            END
            AND CASE
              WHEN pt.observations_collected IS TRUE
              THEN CASE COALESCE(observation_queries_per_m0_per_c0_1.disease_status_2_grade, 0)
                WHEN 2
                THEN TRUE
                WHEN 1
                THEN CAST(NULL AS BOOLEAN)
                ELSE FALSE
              END
            END
          ) AS INT) * 2,
          1
        )
        WHEN CASE in_endocrine_therapy_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS NULL
        THEN CASE
          WHEN COALESCE(
            CAST((
              CASE
                WHEN m0.reason IS NULL OR c0.id IS NULL
                THEN CAST(NULL AS BOOLEAN)
                ELSE ARRAY_CONTAINS(m0.reason, c0.id)
              END
              AND CASE
                WHEN NOT (
                  NOT m0.treatment_intent IS NULL
                )
                THEN CAST(NULL AS BOOLEAN)
                ELSE (
                  (
                    m0.treatment_intent = 'adjuvant'
                  )
                  OR (
                    m0.treatment_intent = 'neoadjuvant'
                  )
                )
              END
              AND CASE
                WHEN pt.observations_collected IS TRUE
                THEN CASE COALESCE(observation_queries_per_m0_per_c0_1.disease_status_2_grade, 0)
                  WHEN 2
                  THEN TRUE
                  WHEN 1
                  THEN CAST(NULL AS BOOLEAN)
                  ELSE FALSE
                END
              END
            ) AS INT) * 2,
            1
          ) IS NULL
          OR 1 IS NULL
          THEN NULL
          ELSE LEAST(
            COALESCE(
              CAST((
                CASE
                  WHEN m0.reason IS NULL OR c0.id IS NULL
                  THEN CAST(NULL AS BOOLEAN)
                  ELSE ARRAY_CONTAINS(m0.reason, c0.id)
                END
                AND CASE
                  WHEN NOT (
                    NOT m0.treatment_intent IS NULL
                  )
                  THEN CAST(NULL AS BOOLEAN)
                  ELSE (
                    (
                      m0.treatment_intent = 'adjuvant'
                    )
                    OR (
                      m0.treatment_intent = 'neoadjuvant'
                    )
                  )
                END
                AND CASE
                  WHEN pt.observations_collected IS TRUE
                  THEN CASE COALESCE(observation_queries_per_m0_per_c0_1.disease_status_2_grade, 0)
                    WHEN 2
                    THEN TRUE
                    WHEN 1
                    THEN CAST(NULL AS BOOLEAN)
                    ELSE FALSE
                  END
                END
              ) AS INT) * 2,
              1
            ),
            1
          )
        END
      END AS g2,
      CASE
        WHEN CASE in_endocrine_therapy_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        THEN COALESCE(
          CAST((
            CASE
              WHEN m0.reason IS NULL OR c0.id IS NULL
              THEN CAST(NULL AS BOOLEAN)
              ELSE ARRAY_CONTAINS(m0.reason, c0.id)
            END
            AND (
              CAST(m0.line AS DOUBLE) = CAST(1.0 AS DOUBLE)
            )
            AND CASE
              WHEN pt.observations_collected IS TRUE
              THEN CASE COALESCE(observation_queries_per_m0_per_c0_1.disease_status_3_grade, 0)
                WHEN 2
                THEN TRUE
                WHEN 1
                THEN CAST(NULL AS BOOLEAN)
                ELSE FALSE
              END
            END
          ) AS INT) * 2,
          1
        )
        WHEN CASE in_endocrine_therapy_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS NULL
        THEN CASE
          WHEN COALESCE(
            CAST((
              CASE
                WHEN m0.reason IS NULL OR c0.id IS NULL
                THEN CAST(NULL AS BOOLEAN)
                ELSE ARRAY_CONTAINS(m0.reason, c0.id)
              END
              AND (
                CAST(m0.line AS DOUBLE) = CAST(1.0 AS DOUBLE)
              )
              AND CASE
                WHEN pt.observations_collected IS TRUE
                THEN CASE COALESCE(observation_queries_per_m0_per_c0_1.disease_status_3_grade, 0)
                  WHEN 2
                  THEN TRUE
                  WHEN 1
                  THEN CAST(NULL AS BOOLEAN)
                  ELSE FALSE
                END
              END
            ) AS INT) * 2,
            1
          ) IS NULL
          OR 1 IS NULL
          THEN NULL
          ELSE LEAST(
            COALESCE(
              CAST((
                CASE
                  WHEN m0.reason IS NULL OR c0.id IS NULL
                  THEN CAST(NULL AS BOOLEAN)
                  ELSE ARRAY_CONTAINS(m0.reason, c0.id)
                END
                AND (
                  CAST(m0.line AS DOUBLE) = CAST(1.0 AS DOUBLE)
                )
                AND CASE
                  WHEN pt.observations_collected IS TRUE
                  THEN CASE COALESCE(observation_queries_per_m0_per_c0_1.disease_status_3_grade, 0)
                    WHEN 2
                    THEN TRUE
                    WHEN 1
                    THEN CAST(NULL AS BOOLEAN)
                    ELSE FALSE
                  END
                END
              ) AS INT) * 2,
              1
            ),
            1
          )
        END
      END AS g3
    FROM medications AS m0
    JOIN conditions AS c0
      ON c0.patient_id = m0.patient_id
    JOIN patient_facts AS pt
      ON pt.patient_id = m0.patient_id
    LEFT JOIN in_endocrine_therapy_code_m0 AS in_endocrine_therapy_code_m0
      ON in_endocrine_therapy_code_m0.patient_id = m0.patient_id
      AND in_endocrine_therapy_code_m0.m0_seq = m0.seq
    LEFT JOIN observation_queries_per_m0_per_c0_1 AS observation_queries_per_m0_per_c0_1
      ON observation_queries_per_m0_per_c0_1.patient_id = m0.patient_id
      AND observation_queries_per_m0_per_c0_1.m0_seq = m0.seq
      AND observation_queries_per_m0_per_c0_1.c0_seq = c0.seq
    WHERE
      (
        NOT CASE in_endocrine_therapy_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
        OR NOT CASE in_endocrine_therapy_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
        OR NOT CASE in_endocrine_therapy_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
      )
      AND (
        m0.status IS NULL
        OR NOT m0.status IN ('entered_in_error', 'intended', 'not_taken')
      )
  ) AS r
  GROUP BY
    r.patient_id,
    r.c0_seq
), ecog_latest AS (
  SELECT
    ch.patient_id AS patient_id,
    CASE WHEN COUNT(*) = COUNT(rv.value_num) THEN MIN(rv.value_num) END AS v0,
    CASE WHEN COUNT(*) = COUNT(rv.value_num) THEN MAX(rv.value_num) END AS v1
  FROM (
    SELECT
      c.*,
      ROW_NUMBER() OVER (
        PARTITION BY c.patient_id
        ORDER BY CASE WHEN c.inside IS TRUE THEN 0 ELSE 1 END, c.date_lo DESC, c.seq
      ) AS recency
    FROM ecog_latest_candidates AS c
    WHERE
      NOT c.inside IS FALSE
  ) AS ch
  JOIN ecog_latest_candidates AS rv
    ON rv.patient_id = ch.patient_id
    AND (
      rv.seq = ch.seq
      OR (
        NOT rv.inside IS FALSE
        AND rv.seq <> ch.seq
        AND (
          rv.date_hi IS NULL OR rv.date_hi >= ch.date_lo
        )
        AND NOT (
          rv.value_num IS NOT DISTINCT FROM ch.value_num
          AND rv.value_text IS NOT DISTINCT FROM ch.value_text
          AND rv.value_bool IS NOT DISTINCT FROM ch.value_bool
          AND rv.value_code_system IS NOT DISTINCT FROM ch.value_code_system
          AND rv.value_code IS NOT DISTINCT FROM ch.value_code
          AND rv.value_code_display IS NOT DISTINCT FROM ch.value_code_display
          AND rv.unit IS NOT DISTINCT FROM ch.unit
          AND rv.reference_high IS NOT DISTINCT FROM ch.reference_high
        )
      )
    )
  WHERE
    ch.recency = 1 AND ch.inside IS TRUE
  GROUP BY
    ch.patient_id
), disease_status_latest_per_c0 AS (
  SELECT
    ch.patient_id AS patient_id,
    ch.c0_seq AS c0_seq,
    CASE
      WHEN COALESCE(ch.value_text, ch.value_code) IN ('improving', 'stable', 'progressing')
      THEN COALESCE(ch.value_text, ch.value_code)
    END AS v0
  FROM (
    SELECT
      c.*,
      ROW_NUMBER() OVER (
        PARTITION BY c.patient_id, c.c0_seq
        ORDER BY CASE WHEN c.inside IS TRUE THEN 0 ELSE 1 END, c.date_lo DESC, c.seq
      ) AS recency
    FROM disease_status_latest_per_c0_candidates AS c
    WHERE
      NOT c.inside IS FALSE
  ) AS ch
  LEFT JOIN disease_status_latest_per_c0_candidates AS rv
    ON rv.patient_id = ch.patient_id
    AND rv.c0_seq = ch.c0_seq
    AND (
      NOT rv.inside IS FALSE
      AND rv.seq <> ch.seq
      AND (
        rv.date_hi IS NULL OR rv.date_hi >= ch.date_lo
      )
      AND NOT (
        rv.value_num IS NOT DISTINCT FROM ch.value_num
        AND rv.value_text IS NOT DISTINCT FROM ch.value_text
        AND rv.value_bool IS NOT DISTINCT FROM ch.value_bool
        AND rv.value_code_system IS NOT DISTINCT FROM ch.value_code_system
        AND rv.value_code IS NOT DISTINCT FROM ch.value_code
        AND rv.value_code_display IS NOT DISTINCT FROM ch.value_code_display
        AND rv.unit IS NOT DISTINCT FROM ch.unit
        AND rv.reference_high IS NOT DISTINCT FROM ch.reference_high
      )
    )
  WHERE
    (
      ch.recency = 1 AND ch.inside IS TRUE
    ) AND rv.seq IS NULL
), condition_queries_3 AS (
  SELECT
    r.patient_id,
    MAX(r.g1) AS breast_cancer_grade,
    MAX(r.g2) AS cns_metastasis_grade
  FROM (
    SELECT
      c0.patient_id AS patient_id,
      CASE
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE in_breast_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_breast_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        END
        THEN COALESCE(
          CAST((
            (
              (
                CASE
                  WHEN NOT (
                    NOT c0.extent IS NULL
                  )
                  THEN CAST(NULL AS BOOLEAN)
                  ELSE (
                    (
                      c0.extent = 'locally_advanced'
                    ) OR (
                      c0.extent = 'metastatic'
                    )
                  )
                END
                AND (
                  NOT CASE
                    WHEN pt.procedures_collected IS TRUE
                    THEN CASE COALESCE(procedure_queries_per_c0.any_grade, 0)
                      WHEN 2
                      THEN TRUE
                      WHEN 1
                      THEN CAST(NULL AS BOOLEAN)
                      ELSE FALSE
                    END
                  END
                )
                AND (
                  NOT CASE
                    WHEN pt.medications_collected IS TRUE
                    THEN CASE COALESCE(medication_queries_per_c0.any_grade, 0)
                      WHEN 2
                      THEN TRUE
                      WHEN 1
                      THEN CAST(NULL AS BOOLEAN)
                      ELSE FALSE
                    END
                  END
                )
              )
              AND (
                NOT CASE
                  WHEN pt.medications_collected IS TRUE
                  THEN CASE COALESCE(medication_queries_per_c0_1.any_grade, 0)
                    WHEN 2
                    THEN TRUE
                    WHEN 1
                    THEN CAST(NULL AS BOOLEAN)
                    ELSE FALSE
                  END
                END
              )
            )
            OR (
              CASE
                WHEN pt.medications_collected IS TRUE
                THEN CASE COALESCE(medication_queries_per_c0_2.endocrine_therapy_grade, 0)
                  WHEN 2
                  THEN TRUE
                  WHEN 1
                  THEN CAST(NULL AS BOOLEAN)
                  ELSE FALSE
                END
              END
              AND (
                NOT CASE
                  WHEN pt.medications_collected IS TRUE
                  THEN CASE COALESCE(medication_queries_per_c0_1.any_grade, 0)
                    WHEN 2
                    THEN TRUE
                    WHEN 1
                    THEN CAST(NULL AS BOOLEAN)
                    ELSE FALSE
                  END
                END
              )
            )
            OR (
              CASE
                WHEN pt.medications_collected IS TRUE
                THEN CASE COALESCE(medication_queries_per_c0_2.endocrine_therapy_2_grade, 0)
                  WHEN 2
                  THEN TRUE
                  WHEN 1
                  THEN CAST(NULL AS BOOLEAN)
                  ELSE FALSE
                END
              END
              AND (
                NOT CASE
                  WHEN pt.medications_collected IS TRUE
                  THEN CASE COALESCE(medication_queries_per_c0_1.any_grade, 0)
                    WHEN 2
                    THEN TRUE
                    WHEN 1
                    THEN CAST(NULL AS BOOLEAN)
                    ELSE FALSE
                  END
                END
              )
            )
            OR (
              CASE
                WHEN pt.medications_collected IS TRUE
                THEN CASE COALESCE(medication_queries_per_c0_2.endocrine_therapy_grade, 0)
                  WHEN 2
                  THEN TRUE
                  WHEN 1
                  THEN CAST(NULL AS BOOLEAN)
                  ELSE FALSE
                END
              END
              AND (
                CASE
                  WHEN pt.medications_collected IS TRUE
                  THEN CASE COALESCE(medication_queries_per_c0_2.endocrine_therapy_3_grade, 0)
                    WHEN 2
                    THEN TRUE
                    WHEN 1
                    THEN CAST(NULL AS BOOLEAN)
                    ELSE FALSE
                  END
                END
                AND (
                  NOT CASE
                    WHEN pt.medications_collected IS TRUE
                    THEN CASE COALESCE(medication_queries_per_c0.any_2_grade, 0)
                      WHEN 2
                      THEN TRUE
                      WHEN 1
                      THEN CAST(NULL AS BOOLEAN)
                      ELSE FALSE
                    END
                  END
                )
              )
            )
            OR (
              (
                CASE
                  WHEN NOT (
                    NOT c0.extent IS NULL
                  )
                  THEN CAST(NULL AS BOOLEAN)
                  ELSE (
                    (
                      c0.extent = 'locally_advanced'
                    ) OR (
                      c0.extent = 'metastatic'
                    )
                  )
                END
                AND (
                  NOT CASE
                    WHEN pt.procedures_collected IS TRUE
                    THEN CASE COALESCE(procedure_queries_per_c0.any_grade, 0)
                      WHEN 2
                      THEN TRUE
                      WHEN 1
                      THEN CAST(NULL AS BOOLEAN)
                      ELSE FALSE
                    END
                  END
                )
                AND (
                  NOT CASE
                    WHEN pt.medications_collected IS TRUE
                    THEN CASE COALESCE(medication_queries_per_c0.any_grade, 0)
                      WHEN 2
                      THEN TRUE
                      WHEN 1
                      THEN CAST(NULL AS BOOLEAN)
                      ELSE FALSE
                    END
                  END
                )
              )
              AND (
                CASE
                  WHEN pt.medications_collected IS TRUE
                  THEN CASE COALESCE(medication_queries_per_c0_2.endocrine_therapy_3_grade, 0)
                    WHEN 2
                    THEN TRUE
                    WHEN 1
                    THEN CAST(NULL AS BOOLEAN)
                    ELSE FALSE
                  END
                END
                AND (
                  NOT CASE
                    WHEN pt.medications_collected IS TRUE
                    THEN CASE COALESCE(medication_queries_per_c0.any_2_grade, 0)
                      WHEN 2
                      THEN TRUE
                      WHEN 1
                      THEN CAST(NULL AS BOOLEAN)
                      ELSE FALSE
                    END
                  END
                )
              )
            )
          ) AS INT) * 2,
          1
        )
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE in_breast_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_breast_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        END IS NULL
        THEN CASE
          WHEN COALESCE(
            CAST((
              (
                (
                  CASE
                    WHEN NOT (
                      NOT c0.extent IS NULL
                    )
                    THEN CAST(NULL AS BOOLEAN)
                    ELSE (
                      (
                        c0.extent = 'locally_advanced'
                      ) OR (
                        c0.extent = 'metastatic'
                      )
                    )
                  END
                  AND (
                    NOT CASE
                      WHEN pt.procedures_collected IS TRUE
                      THEN CASE COALESCE(procedure_queries_per_c0.any_grade, 0)
                        WHEN 2
                        THEN TRUE
                        WHEN 1
                        THEN CAST(NULL AS BOOLEAN)
                        ELSE FALSE
                      END
                    END
                  )
                  AND (
                    NOT CASE
                      WHEN pt.medications_collected IS TRUE
                      THEN CASE COALESCE(medication_queries_per_c0.any_grade, 0)
                        WHEN 2
                        THEN TRUE
                        WHEN 1
                        THEN CAST(NULL AS BOOLEAN)
                        ELSE FALSE
                      END
                    END
                  )
                )
                AND (
                  NOT CASE
                    WHEN pt.medications_collected IS TRUE
                    THEN CASE COALESCE(medication_queries_per_c0_1.any_grade, 0)
                      WHEN 2
                      THEN TRUE
                      WHEN 1
                      THEN CAST(NULL AS BOOLEAN)
                      ELSE FALSE
                    END
                  END
                )
              )
              OR (
                CASE
                  WHEN pt.medications_collected IS TRUE
                  THEN CASE COALESCE(medication_queries_per_c0_2.endocrine_therapy_grade, 0)
                    WHEN 2
                    THEN TRUE
                    WHEN 1
                    THEN CAST(NULL AS BOOLEAN)
                    ELSE FALSE
                  END
                END
                AND (
                  NOT CASE
                    WHEN pt.medications_collected IS TRUE
                    THEN CASE COALESCE(medication_queries_per_c0_1.any_grade, 0)
                      WHEN 2
                      THEN TRUE
                      WHEN 1
                      THEN CAST(NULL AS BOOLEAN)
                      ELSE FALSE
                    END
                  END
                )
              )
              OR (
                CASE
                  WHEN pt.medications_collected IS TRUE
                  THEN CASE COALESCE(medication_queries_per_c0_2.endocrine_therapy_2_grade, 0)
                    WHEN 2
                    THEN TRUE
                    WHEN 1
                    THEN CAST(NULL AS BOOLEAN)
                    ELSE FALSE
                  END
                END
                AND (
                  NOT CASE
                    WHEN pt.medications_collected IS TRUE
                    THEN CASE COALESCE(medication_queries_per_c0_1.any_grade, 0)
                      WHEN 2
                      THEN TRUE
                      WHEN 1
                      THEN CAST(NULL AS BOOLEAN)
                      ELSE FALSE
                    END
                  END
                )
              )
              OR (
                CASE
                  WHEN pt.medications_collected IS TRUE
                  THEN CASE COALESCE(medication_queries_per_c0_2.endocrine_therapy_grade, 0)
                    WHEN 2
                    THEN TRUE
                    WHEN 1
                    THEN CAST(NULL AS BOOLEAN)
                    ELSE FALSE
                  END
                END
                AND (
                  CASE
                    WHEN pt.medications_collected IS TRUE
                    THEN CASE COALESCE(medication_queries_per_c0_2.endocrine_therapy_3_grade, 0)
                      WHEN 2
                      THEN TRUE
                      WHEN 1
                      THEN CAST(NULL AS BOOLEAN)
                      ELSE FALSE
                    END
                  END
                  AND (
                    NOT CASE
                      WHEN pt.medications_collected IS TRUE
                      THEN CASE COALESCE(medication_queries_per_c0.any_2_grade, 0)
                        WHEN 2
                        THEN TRUE
                        WHEN 1
                        THEN CAST(NULL AS BOOLEAN)
                        ELSE FALSE
                      END
                    END
                  )
                )
              )
              OR (
                (
                  CASE
                    WHEN NOT (
                      NOT c0.extent IS NULL
                    )
                    THEN CAST(NULL AS BOOLEAN)
                    ELSE (
                      (
                        c0.extent = 'locally_advanced'
                      ) OR (
                        c0.extent = 'metastatic'
                      )
                    )
                  END
                  AND (
                    NOT CASE
                      WHEN pt.procedures_collected IS TRUE
                      THEN CASE COALESCE(procedure_queries_per_c0.any_grade, 0)
                        WHEN 2
                        THEN TRUE
                        WHEN 1
                        THEN CAST(NULL AS BOOLEAN)
                        ELSE FALSE
                      END
                    END
                  )
                  AND (
                    NOT CASE
                      WHEN pt.medications_collected IS TRUE
                      THEN CASE COALESCE(medication_queries_per_c0.any_grade, 0)
                        WHEN 2
                        THEN TRUE
                        WHEN 1
                        THEN CAST(NULL AS BOOLEAN)
                        ELSE FALSE
                      END
                    END
                  )
                )
                AND (
                  CASE
                    WHEN pt.medications_collected IS TRUE
                    THEN CASE COALESCE(medication_queries_per_c0_2.endocrine_therapy_3_grade, 0)
                      WHEN 2
                      THEN TRUE
                      WHEN 1
                      THEN CAST(NULL AS BOOLEAN)
                      ELSE FALSE
                    END
                  END
                  AND (
                    NOT CASE
                      WHEN pt.medications_collected IS TRUE
                      THEN CASE COALESCE(medication_queries_per_c0.any_2_grade, 0)
                        WHEN 2
                        THEN TRUE
                        WHEN 1
                        THEN CAST(NULL AS BOOLEAN)
                        ELSE FALSE
                      END
                    END
                  )
                )
              )
            ) AS INT) * 2,
            1
          ) IS NULL
          OR 1 IS NULL
          THEN NULL
          ELSE LEAST(
            COALESCE(
              CAST((
                (
                  (
                    CASE
                      WHEN NOT (
                        NOT c0.extent IS NULL
                      )
                      THEN CAST(NULL AS BOOLEAN)
                      ELSE (
                        (
                          c0.extent = 'locally_advanced'
                        ) OR (
                          c0.extent = 'metastatic'
                        )
                      )
                    END
                    AND (
                      NOT CASE
                        WHEN pt.procedures_collected IS TRUE
                        THEN CASE COALESCE(procedure_queries_per_c0.any_grade, 0)
                          WHEN 2
                          THEN TRUE
                          WHEN 1
                          THEN CAST(NULL AS BOOLEAN)
                          ELSE FALSE
                        END
                      END
                    )
                    AND (
                      NOT CASE
                        WHEN pt.medications_collected IS TRUE
                        THEN CASE COALESCE(medication_queries_per_c0.any_grade, 0)
                          WHEN 2
                          THEN TRUE
                          WHEN 1
                          THEN CAST(NULL AS BOOLEAN)
                          ELSE FALSE
                        END
                      END
                    )
                  )
                  AND (
                    NOT CASE
                      WHEN pt.medications_collected IS TRUE
                      THEN CASE COALESCE(medication_queries_per_c0_1.any_grade, 0)
                        WHEN 2
                        THEN TRUE
                        WHEN 1
                        THEN CAST(NULL AS BOOLEAN)
                        ELSE FALSE
                      END
                    END
                  )
                )
                OR (
                  CASE
                    WHEN pt.medications_collected IS TRUE
                    THEN CASE COALESCE(medication_queries_per_c0_2.endocrine_therapy_grade, 0)
                      WHEN 2
                      THEN TRUE
                      WHEN 1
                      THEN CAST(NULL AS BOOLEAN)
                      ELSE FALSE
                    END
                  END
                  AND (
                    NOT CASE
                      WHEN pt.medications_collected IS TRUE
                      THEN CASE COALESCE(medication_queries_per_c0_1.any_grade, 0)
                        WHEN 2
                        THEN TRUE
                        WHEN 1
                        THEN CAST(NULL AS BOOLEAN)
                        ELSE FALSE
                      END
                    END
                  )
                )
                OR (
                  CASE
                    WHEN pt.medications_collected IS TRUE
                    THEN CASE COALESCE(medication_queries_per_c0_2.endocrine_therapy_2_grade, 0)
                      WHEN 2
                      THEN TRUE
                      WHEN 1
                      THEN CAST(NULL AS BOOLEAN)
                      ELSE FALSE
                    END
                  END
                  AND (
                    NOT CASE
                      WHEN pt.medications_collected IS TRUE
                      THEN CASE COALESCE(medication_queries_per_c0_1.any_grade, 0)
                        WHEN 2
                        THEN TRUE
                        WHEN 1
                        THEN CAST(NULL AS BOOLEAN)
                        ELSE FALSE
                      END
                    END
                  )
                )
                OR (
                  CASE
                    WHEN pt.medications_collected IS TRUE
                    THEN CASE COALESCE(medication_queries_per_c0_2.endocrine_therapy_grade, 0)
                      WHEN 2
                      THEN TRUE
                      WHEN 1
                      THEN CAST(NULL AS BOOLEAN)
                      ELSE FALSE
                    END
                  END
                  AND (
                    CASE
                      WHEN pt.medications_collected IS TRUE
                      THEN CASE COALESCE(medication_queries_per_c0_2.endocrine_therapy_3_grade, 0)
                        WHEN 2
                        THEN TRUE
                        WHEN 1
                        THEN CAST(NULL AS BOOLEAN)
                        ELSE FALSE
                      END
                    END
                    AND (
                      NOT CASE
                        WHEN pt.medications_collected IS TRUE
                        THEN CASE COALESCE(medication_queries_per_c0.any_2_grade, 0)
                          WHEN 2
                          THEN TRUE
                          WHEN 1
                          THEN CAST(NULL AS BOOLEAN)
                          ELSE FALSE
                        END
                      END
                    )
                  )
                )
                OR (
                  (
                    CASE
                      WHEN NOT (
                        NOT c0.extent IS NULL
                      )
                      THEN CAST(NULL AS BOOLEAN)
                      ELSE (
                        (
                          c0.extent = 'locally_advanced'
                        ) OR (
                          c0.extent = 'metastatic'
                        )
                      )
                    END
                    AND (
                      NOT CASE
                        WHEN pt.procedures_collected IS TRUE
                        THEN CASE COALESCE(procedure_queries_per_c0.any_grade, 0)
                          WHEN 2
                          THEN TRUE
                          WHEN 1
                          THEN CAST(NULL AS BOOLEAN)
                          ELSE FALSE
                        END
                      END
                    )
                    AND (
                      NOT CASE
                        WHEN pt.medications_collected IS TRUE
                        THEN CASE COALESCE(medication_queries_per_c0.any_grade, 0)
                          WHEN 2
                          THEN TRUE
                          WHEN 1
                          THEN CAST(NULL AS BOOLEAN)
                          ELSE FALSE
                        END
                      END
                    )
                  )
                  AND (
                    CASE
                      WHEN pt.medications_collected IS TRUE
                      THEN CASE COALESCE(medication_queries_per_c0_2.endocrine_therapy_3_grade, 0)
                        WHEN 2
                        THEN TRUE
                        WHEN 1
                        THEN CAST(NULL AS BOOLEAN)
                        ELSE FALSE
                      END
                    END
                    AND (
                      NOT CASE
                        WHEN pt.medications_collected IS TRUE
                        THEN CASE COALESCE(medication_queries_per_c0.any_2_grade, 0)
                          WHEN 2
                          THEN TRUE
                          WHEN 1
                          THEN CAST(NULL AS BOOLEAN)
                          ELSE FALSE
                        END
                      END
                    )
                  )
                )
              ) AS INT) * 2,
              1
            ),
            1
          )
        END
      END AS g1,
      CASE
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE in_cns_metastasis_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_cns_metastasis_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        END
        THEN COALESCE(
          CAST((
            CASE
              WHEN NOT (
                NOT c0.status IS NULL
              )
              THEN CAST(NULL AS BOOLEAN)
              ELSE (
                (
                  c0.status = 'active'
                )
                OR (
                  c0.status = 'recurrence'
                )
                OR (
                  c0.status = 'relapse'
                )
              )
            END
            AND NOT (
              (
                (
                  CASE
                    WHEN pt.procedures_collected IS TRUE
                    THEN CASE COALESCE(procedure_queries_per_c0.any_2_grade, 0)
                      WHEN 2
                      THEN TRUE
                      WHEN 1
                      THEN CAST(NULL AS BOOLEAN)
                      ELSE FALSE
                    END
                  END
                  OR CASE
                    WHEN pt.medications_collected IS TRUE
                    THEN CASE COALESCE(medication_queries_per_c0_1.antineoplastic_agent_grade, 0)
                      WHEN 2
                      THEN TRUE
                      WHEN 1
                      THEN CAST(NULL AS BOOLEAN)
                      ELSE FALSE
                    END
                  END
                )
                AND (
                  NOT CASE
                    WHEN pt.procedures_collected IS TRUE
                    THEN CASE COALESCE(procedure_queries_per_c0.any_3_grade, 0)
                      WHEN 2
                      THEN TRUE
                      WHEN 1
                      THEN CAST(NULL AS BOOLEAN)
                      ELSE FALSE
                    END
                  END
                )
                AND (
                  NOT CASE
                    WHEN pt.medications_collected IS TRUE
                    THEN CASE COALESCE(medication_queries_per_c0_1.antineoplastic_agent_2_grade, 0)
                      WHEN 2
                      THEN TRUE
                      WHEN 1
                      THEN CAST(NULL AS BOOLEAN)
                      ELSE FALSE
                    END
                  END
                )
                AND CASE
                  WHEN NOT (
                    NOT disease_status_latest_per_c0.v0 IS NULL
                  )
                  THEN CAST(NULL AS BOOLEAN)
                  ELSE (
                    (
                      disease_status_latest_per_c0.v0 = 'stable'
                    )
                    OR (
                      disease_status_latest_per_c0.v0 = 'improving'
                    )
                  )
                END
              )
              AND (
                NOT CASE
                  WHEN pt.medications_collected IS TRUE
                  THEN CASE COALESCE(medication_queries_per_c0_1.systemic_corticosteroid_grade, 0)
                    WHEN 2
                    THEN TRUE
                    WHEN 1
                    THEN CAST(NULL AS BOOLEAN)
                    ELSE FALSE
                  END
                END
              )
              AND (
                NOT CASE
                  WHEN pt.medications_collected IS TRUE
                  THEN CASE COALESCE(medication_queries_per_c0_1.enzyme_inducing_antiepileptic_grade, 0)
                    WHEN 2
                    THEN TRUE
                    WHEN 1
                    THEN CAST(NULL AS BOOLEAN)
                    ELSE FALSE
                  END
                END
              )
            )
          ) AS INT) * 2,
          1
        )
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE in_cns_metastasis_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_cns_metastasis_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        END IS NULL
        THEN CASE
          WHEN COALESCE(
            CAST((
              CASE
                WHEN NOT (
                  NOT c0.status IS NULL
                )
                THEN CAST(NULL AS BOOLEAN)
                ELSE (
                  (
                    c0.status = 'active'
                  )
                  OR (
                    c0.status = 'recurrence'
                  )
                  OR (
                    c0.status = 'relapse'
                  )
                )
              END
              AND NOT (
                (
                  (
                    CASE
                      WHEN pt.procedures_collected IS TRUE
                      THEN CASE COALESCE(procedure_queries_per_c0.any_2_grade, 0)
                        WHEN 2
                        THEN TRUE
                        WHEN 1
                        THEN CAST(NULL AS BOOLEAN)
                        ELSE FALSE
                      END
                    END
                    OR CASE
                      WHEN pt.medications_collected IS TRUE
                      THEN CASE COALESCE(medication_queries_per_c0_1.antineoplastic_agent_grade, 0)
                        WHEN 2
                        THEN TRUE
                        WHEN 1
                        THEN CAST(NULL AS BOOLEAN)
                        ELSE FALSE
                      END
                    END
                  )
                  AND (
                    NOT CASE
                      WHEN pt.procedures_collected IS TRUE
                      THEN CASE COALESCE(procedure_queries_per_c0.any_3_grade, 0)
                        WHEN 2
                        THEN TRUE
                        WHEN 1
                        THEN CAST(NULL AS BOOLEAN)
                        ELSE FALSE
                      END
                    END
                  )
                  AND (
                    NOT CASE
                      WHEN pt.medications_collected IS TRUE
                      THEN CASE COALESCE(medication_queries_per_c0_1.antineoplastic_agent_2_grade, 0)
                        WHEN 2
                        THEN TRUE
                        WHEN 1
                        THEN CAST(NULL AS BOOLEAN)
                        ELSE FALSE
                      END
                    END
                  )
                  AND CASE
                    WHEN NOT (
                      NOT disease_status_latest_per_c0.v0 IS NULL
                    )
                    THEN CAST(NULL AS BOOLEAN)
                    ELSE (
                      (
                        disease_status_latest_per_c0.v0 = 'stable'
                      )
                      OR (
                        disease_status_latest_per_c0.v0 = 'improving'
                      )
                    )
                  END
                )
                AND (
                  NOT CASE
                    WHEN pt.medications_collected IS TRUE
                    THEN CASE COALESCE(medication_queries_per_c0_1.systemic_corticosteroid_grade, 0)
                      WHEN 2
                      THEN TRUE
                      WHEN 1
                      THEN CAST(NULL AS BOOLEAN)
                      ELSE FALSE
                    END
                  END
                )
                AND (
                  NOT CASE
                    WHEN pt.medications_collected IS TRUE
                    THEN CASE COALESCE(medication_queries_per_c0_1.enzyme_inducing_antiepileptic_grade, 0)
                      WHEN 2
                      THEN TRUE
                      WHEN 1
                      THEN CAST(NULL AS BOOLEAN)
                      ELSE FALSE
                    END
                  END
                )
              )
            ) AS INT) * 2,
            1
          ) IS NULL
          OR 1 IS NULL
          THEN NULL
          ELSE LEAST(
            COALESCE(
              CAST((
                CASE
                  WHEN NOT (
                    NOT c0.status IS NULL
                  )
                  THEN CAST(NULL AS BOOLEAN)
                  ELSE (
                    (
                      c0.status = 'active'
                    )
                    OR (
                      c0.status = 'recurrence'
                    )
                    OR (
                      c0.status = 'relapse'
                    )
                  )
                END
                AND NOT (
                  (
                    (
                      CASE
                        WHEN pt.procedures_collected IS TRUE
                        THEN CASE COALESCE(procedure_queries_per_c0.any_2_grade, 0)
                          WHEN 2
                          THEN TRUE
                          WHEN 1
                          THEN CAST(NULL AS BOOLEAN)
                          ELSE FALSE
                        END
                      END
                      OR CASE
                        WHEN pt.medications_collected IS TRUE
                        THEN CASE COALESCE(medication_queries_per_c0_1.antineoplastic_agent_grade, 0)
                          WHEN 2
                          THEN TRUE
                          WHEN 1
                          THEN CAST(NULL AS BOOLEAN)
                          ELSE FALSE
                        END
                      END
                    )
                    AND (
                      NOT CASE
                        WHEN pt.procedures_collected IS TRUE
                        THEN CASE COALESCE(procedure_queries_per_c0.any_3_grade, 0)
                          WHEN 2
                          THEN TRUE
                          WHEN 1
                          THEN CAST(NULL AS BOOLEAN)
                          ELSE FALSE
                        END
                      END
                    )
                    AND (
                      NOT CASE
                        WHEN pt.medications_collected IS TRUE
                        THEN CASE COALESCE(medication_queries_per_c0_1.antineoplastic_agent_2_grade, 0)
                          WHEN 2
                          THEN TRUE
                          WHEN 1
                          THEN CAST(NULL AS BOOLEAN)
                          ELSE FALSE
                        END
                      END
                    )
                    AND CASE
                      WHEN NOT (
                        NOT disease_status_latest_per_c0.v0 IS NULL
                      )
                      THEN CAST(NULL AS BOOLEAN)
                      ELSE (
                        (
                          disease_status_latest_per_c0.v0 = 'stable'
                        )
                        OR (
                          disease_status_latest_per_c0.v0 = 'improving'
                        )
                      )
                    END
                  )
                  AND (
                    NOT CASE
                      WHEN pt.medications_collected IS TRUE
                      THEN CASE COALESCE(medication_queries_per_c0_1.systemic_corticosteroid_grade, 0)
                        WHEN 2
                        THEN TRUE
                        WHEN 1
                        THEN CAST(NULL AS BOOLEAN)
                        ELSE FALSE
                      END
                    END
                  )
                  AND (
                    NOT CASE
                      WHEN pt.medications_collected IS TRUE
                      THEN CASE COALESCE(medication_queries_per_c0_1.enzyme_inducing_antiepileptic_grade, 0)
                        WHEN 2
                        THEN TRUE
                        WHEN 1
                        THEN CAST(NULL AS BOOLEAN)
                        ELSE FALSE
                      END
                    END
                  )
                )
              ) AS INT) * 2,
              1
            ),
            1
          )
        END
      END AS g2
    FROM conditions AS c0
    JOIN patient_facts AS pt
      ON pt.patient_id = c0.patient_id
    LEFT JOIN in_breast_cancer_code_c0 AS in_breast_cancer_code_c0
      ON in_breast_cancer_code_c0.patient_id = c0.patient_id
      AND in_breast_cancer_code_c0.c0_seq = c0.seq
    LEFT JOIN procedure_queries_per_c0 AS procedure_queries_per_c0
      ON procedure_queries_per_c0.patient_id = c0.patient_id
      AND procedure_queries_per_c0.c0_seq = c0.seq
    LEFT JOIN medication_queries_per_c0 AS medication_queries_per_c0
      ON medication_queries_per_c0.patient_id = c0.patient_id
      AND medication_queries_per_c0.c0_seq = c0.seq
    LEFT JOIN medication_queries_per_c0_1 AS medication_queries_per_c0_1
      ON medication_queries_per_c0_1.patient_id = c0.patient_id
      AND medication_queries_per_c0_1.c0_seq = c0.seq
    LEFT JOIN medication_queries_per_c0_2 AS medication_queries_per_c0_2
      ON medication_queries_per_c0_2.patient_id = c0.patient_id
      AND medication_queries_per_c0_2.c0_seq = c0.seq
    LEFT JOIN disease_status_latest_per_c0 AS disease_status_latest_per_c0
      ON disease_status_latest_per_c0.patient_id = c0.patient_id
      AND disease_status_latest_per_c0.c0_seq = c0.seq
    LEFT JOIN in_cns_metastasis_code_c0 AS in_cns_metastasis_code_c0
      ON in_cns_metastasis_code_c0.patient_id = c0.patient_id
      AND in_cns_metastasis_code_c0.c0_seq = c0.seq
    WHERE
      NOT CASE
        WHEN c0.verification IN ('entered_in_error', 'refuted')
        THEN FALSE
        WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
        THEN CASE
          WHEN CASE in_breast_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
          THEN FALSE
        END
        ELSE CASE in_breast_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
      END IS FALSE
      OR NOT CASE
        WHEN c0.verification IN ('entered_in_error', 'refuted')
        THEN FALSE
        WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
        THEN CASE
          WHEN CASE in_cns_metastasis_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
          THEN FALSE
        END
        ELSE CASE in_cns_metastasis_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
      END IS FALSE
  ) AS r
  GROUP BY
    r.patient_id
), outcomes AS (
  SELECT
    pt.patient_id AS "patient_id",
    CASE CASE
        WHEN (
          SIGN(
            (
              1200 * (
                YEAR(pt.ref_consent_lo) - YEAR(pt.birth_hi)
              ) + 100 * (
                MONTH(pt.ref_consent_lo) - MONTH(pt.birth_hi)
              ) + (
                DAY(pt.ref_consent_lo) - DAY(pt.birth_hi)
              )
            )
          ) * FLOOR(
            ABS(
              (
                1200 * (
                  YEAR(pt.ref_consent_lo) - YEAR(pt.birth_hi)
                ) + 100 * (
                  MONTH(pt.ref_consent_lo) - MONTH(pt.birth_hi)
                ) + (
                  DAY(pt.ref_consent_lo) - DAY(pt.birth_hi)
                )
              )
            ) / CAST(1200.0 AS DOUBLE)
          )
        ) >= CAST(18.0 AS DOUBLE)
        THEN TRUE
        WHEN NOT (
          (
            SIGN(
              (
                1200 * (
                  YEAR(pt.ref_consent_hi) - YEAR(pt.birth_lo)
                ) + 100 * (
                  MONTH(pt.ref_consent_hi) - MONTH(pt.birth_lo)
                ) + (
                  DAY(pt.ref_consent_hi) - DAY(pt.birth_lo)
                )
              )
            ) * FLOOR(
              ABS(
                (
                  1200 * (
                    YEAR(pt.ref_consent_hi) - YEAR(pt.birth_lo)
                  ) + 100 * (
                    MONTH(pt.ref_consent_hi) - MONTH(pt.birth_lo)
                  ) + (
                    DAY(pt.ref_consent_hi) - DAY(pt.birth_lo)
                  )
                )
              ) / CAST(1200.0 AS DOUBLE)
            )
          ) >= CAST(18.0 AS DOUBLE)
        )
        THEN FALSE
      END
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "I1a",
    CASE pt.att_informed_consent_value_bool
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "I1b",
    CASE
      WHEN (
        pt.sex = 'female'
      ) IS FALSE
      THEN 'not_applicable'
      ELSE CASE (
          NOT (
            pt.sex = 'female'
          )
          OR (
            CASE
              WHEN pt.conditions_collected IS TRUE
              THEN CASE COALESCE(condition_queries_1.postmenopausal_record_grade, 0)
                WHEN 2
                THEN TRUE
                WHEN 1
                THEN CAST(NULL AS BOOLEAN)
                ELSE FALSE
              END
            END
            OR CASE
              WHEN (
                SIGN(
                  (
                    1200 * (
                      YEAR(pt.ref_consent_lo) - YEAR(pt.birth_hi)
                    ) + 100 * (
                      MONTH(pt.ref_consent_lo) - MONTH(pt.birth_hi)
                    ) + (
                      DAY(pt.ref_consent_lo) - DAY(pt.birth_hi)
                    )
                  )
                ) * FLOOR(
                  ABS(
                    (
                      1200 * (
                        YEAR(pt.ref_consent_lo) - YEAR(pt.birth_hi)
                      ) + 100 * (
                        MONTH(pt.ref_consent_lo) - MONTH(pt.birth_hi)
                      ) + (
                        DAY(pt.ref_consent_lo) - DAY(pt.birth_hi)
                      )
                    )
                  ) / CAST(1200.0 AS DOUBLE)
                )
              ) >= CAST(60.0 AS DOUBLE)
              THEN TRUE
              WHEN NOT (
                (
                  SIGN(
                    (
                      1200 * (
                        YEAR(pt.ref_consent_hi) - YEAR(pt.birth_lo)
                      ) + 100 * (
                        MONTH(pt.ref_consent_hi) - MONTH(pt.birth_lo)
                      ) + (
                        DAY(pt.ref_consent_hi) - DAY(pt.birth_lo)
                      )
                    )
                  ) * FLOOR(
                    ABS(
                      (
                        1200 * (
                          YEAR(pt.ref_consent_hi) - YEAR(pt.birth_lo)
                        ) + 100 * (
                          MONTH(pt.ref_consent_hi) - MONTH(pt.birth_lo)
                        ) + (
                          DAY(pt.ref_consent_hi) - DAY(pt.birth_lo)
                        )
                      )
                    ) / CAST(1200.0 AS DOUBLE)
                  )
                ) >= CAST(60.0 AS DOUBLE)
              )
              THEN FALSE
            END
          )
        )
        WHEN TRUE
        THEN 'met'
        WHEN FALSE
        THEN 'not_met'
        ELSE 'unknown'
      END
    END AS "I1c",
    CASE CASE
        WHEN pt.conditions_collected IS TRUE
        THEN CASE COALESCE(condition_queries_1.breast_cancer_grade, 0)
          WHEN 2
          THEN TRUE
          WHEN 1
          THEN CAST(NULL AS BOOLEAN)
          ELSE FALSE
        END
      END
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "I2a",
    CASE (
        CASE
          WHEN pt.observations_collected IS TRUE
          THEN CASE COALESCE(observation_queries_1.er_status_grade, 0)
            WHEN 2
            THEN TRUE
            WHEN 1
            THEN CAST(NULL AS BOOLEAN)
            ELSE FALSE
          END
        END
        OR CASE
          WHEN pt.observations_collected IS TRUE
          THEN CASE COALESCE(observation_queries_1.pr_status_grade, 0)
            WHEN 2
            THEN TRUE
            WHEN 1
            THEN CAST(NULL AS BOOLEAN)
            ELSE FALSE
          END
        END
      )
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "I2b",
    CASE (
        her2_status_latest.v0 = 'negative'
      )
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "I2c",
    CASE CASE
        WHEN pt.lesions_collected IS TRUE
        THEN CASE COALESCE(lesion_queries_1.any_grade, 0)
          WHEN 2
          THEN TRUE
          WHEN 1
          THEN CAST(NULL AS BOOLEAN)
          ELSE FALSE
        END
      END
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "I3",
    CASE CASE
        WHEN pt.conditions_collected IS TRUE
        THEN CASE COALESCE(condition_queries_1.breast_cancer_2_grade, 0)
          WHEN 2
          THEN TRUE
          WHEN 1
          THEN CAST(NULL AS BOOLEAN)
          ELSE FALSE
        END
      END
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "I4a",
    CASE
      WHEN CASE
        WHEN pt.conditions_collected IS TRUE
        THEN CASE COALESCE(condition_queries_1.breast_cancer_3_grade, 0)
          WHEN 2
          THEN TRUE
          WHEN 1
          THEN CAST(NULL AS BOOLEAN)
          ELSE FALSE
        END
      END IS FALSE
      THEN 'not_applicable'
      ELSE CASE (
          NOT CASE
            WHEN pt.conditions_collected IS TRUE
            THEN CASE COALESCE(condition_queries_1.breast_cancer_3_grade, 0)
              WHEN 2
              THEN TRUE
              WHEN 1
              THEN CAST(NULL AS BOOLEAN)
              ELSE FALSE
            END
          END
          OR (
            NOT pt.att_curable_locoregional_recurrence_value_bool
          )
        )
        WHEN TRUE
        THEN 'met'
        WHEN FALSE
        THEN 'not_met'
        ELSE 'unknown'
      END
    END AS "I4b",
    CASE CASE
        WHEN pt.conditions_collected IS TRUE
        THEN CASE COALESCE(condition_queries_3.breast_cancer_grade, 0)
          WHEN 2
          THEN TRUE
          WHEN 1
          THEN CAST(NULL AS BOOLEAN)
          ELSE FALSE
        END
      END
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "I4c",
    CASE (
        CASE
          WHEN ecog_latest.v0 >= CAST(0.0 AS DOUBLE)
          THEN TRUE
          WHEN NOT (
            ecog_latest.v1 >= CAST(0.0 AS DOUBLE)
          )
          THEN FALSE
        END
        AND CASE
          WHEN ecog_latest.v1 <= CAST(1.0 AS DOUBLE)
          THEN TRUE
          WHEN NOT (
            ecog_latest.v0 <= CAST(1.0 AS DOUBLE)
          )
          THEN FALSE
        END
      )
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "I5",
    CASE pt.att_adequate_marrow_and_organ_function_value_bool
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "I6",
    CASE CASE
        WHEN pt.conditions_collected IS TRUE
        THEN CASE COALESCE(condition_queries_1.visceral_metastasis_grade, 0)
          WHEN 2
          THEN TRUE
          WHEN 1
          THEN CAST(NULL AS BOOLEAN)
          ELSE FALSE
        END
      END
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "E1a",
    CASE pt.att_burden_precludes_endocrine_therapy_value_bool
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "E1b",
    CASE CASE
        WHEN pt.medications_collected IS TRUE
        THEN CASE COALESCE(medication_queries_1.cytotoxic_chemotherapy_grade, 0)
          WHEN 2
          THEN TRUE
          WHEN 1
          THEN CAST(NULL AS BOOLEAN)
          ELSE FALSE
        END
      END
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "E2a",
    CASE CASE
        WHEN pt.medications_collected IS TRUE
        THEN CASE COALESCE(medication_queries_1.fulvestrant_grade, 0)
          WHEN 2
          THEN TRUE
          WHEN 1
          THEN CAST(NULL AS BOOLEAN)
          ELSE FALSE
        END
      END
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "E2b",
    CASE CASE
        WHEN pt.medications_collected IS TRUE
        THEN CASE COALESCE(medication_queries_1.cdk46_inhibitor_grade, 0)
          WHEN 2
          THEN TRUE
          WHEN 1
          THEN CAST(NULL AS BOOLEAN)
          ELSE FALSE
        END
      END
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "E2c",
    CASE CASE
        WHEN pt.conditions_collected IS TRUE
        THEN CASE COALESCE(condition_queries_1.breast_cancer_4_grade, 0)
          WHEN 2
          THEN TRUE
          WHEN 1
          THEN CAST(NULL AS BOOLEAN)
          ELSE FALSE
        END
      END
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "E3",
    CASE CASE
        WHEN pt.conditions_collected IS TRUE
        THEN CASE COALESCE(condition_queries_3.cns_metastasis_grade, 0)
          WHEN 2
          THEN TRUE
          WHEN 1
          THEN CAST(NULL AS BOOLEAN)
          ELSE FALSE
        END
      END
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "E4",
    CASE pt.att_significant_uncontrolled_heart_disease_value_bool
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "E5a",
    CASE pt.att_significant_repolarisation_abnormality_value_bool
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "E5b",
    CASE CASE
        WHEN pt.medications_collected IS TRUE
        THEN CASE COALESCE(medication_queries_1.any_grade, 0)
          WHEN 2
          THEN TRUE
          WHEN 1
          THEN CAST(NULL AS BOOLEAN)
          ELSE FALSE
        END
      END
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "E6a",
    CASE CASE
        WHEN pt.medications_collected IS TRUE
        THEN CASE COALESCE(medication_queries_1.qt_known_risk_grade, 0)
          WHEN 2
          THEN TRUE
          WHEN 1
          THEN CAST(NULL AS BOOLEAN)
          ELSE FALSE
        END
      END
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "E6b",
    CASE CASE
        WHEN pt.medications_collected IS TRUE
        THEN CASE COALESCE(medication_queries_1.cyp3a_narrow_range_substrate_grade, 0)
          WHEN 2
          THEN TRUE
          WHEN 1
          THEN CAST(NULL AS BOOLEAN)
          ELSE FALSE
        END
      END
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "E6c",
    CASE pt.att_herbal_or_supplement_not_stoppable_value_bool
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "E6d"
  FROM patient_facts AS pt
  LEFT JOIN condition_queries_1 AS condition_queries_1
    ON condition_queries_1.patient_id = pt.patient_id
  LEFT JOIN observation_queries_1 AS observation_queries_1
    ON observation_queries_1.patient_id = pt.patient_id
  LEFT JOIN her2_status_latest AS her2_status_latest
    ON her2_status_latest.patient_id = pt.patient_id
  LEFT JOIN lesion_queries_1 AS lesion_queries_1
    ON lesion_queries_1.patient_id = pt.patient_id
  LEFT JOIN condition_queries_3 AS condition_queries_3
    ON condition_queries_3.patient_id = pt.patient_id
  LEFT JOIN ecog_latest AS ecog_latest
    ON ecog_latest.patient_id = pt.patient_id
  LEFT JOIN medication_queries_1 AS medication_queries_1
    ON medication_queries_1.patient_id = pt.patient_id
)
SELECT
  "patient_id",
  "I1a",
  "I1b",
  "I1c",
  "I2a",
  "I2b",
  "I2c",
  "I3",
  "I4a",
  "I4b",
  "I4c",
  "I5",
  "I6",
  "E1a",
  "E1b",
  "E2a",
  "E2b",
  "E2c",
  "E3",
  "E4",
  "E5a",
  "E5b",
  "E6a",
  "E6b",
  "E6c",
  "E6d",
  CASE
    WHEN "I1a" = 'not_met'
    OR "I1b" = 'not_met'
    OR "I1c" = 'not_met'
    OR "I2a" = 'not_met'
    OR "I2b" = 'not_met'
    OR "I2c" = 'not_met'
    OR "I3" = 'not_met'
    OR "I4a" = 'not_met'
    OR "I4b" = 'not_met'
    OR "I4c" = 'not_met'
    OR "I5" = 'not_met'
    OR "I6" = 'not_met'
    OR "E1a" = 'met'
    OR "E1b" = 'met'
    OR "E2a" = 'met'
    OR "E2b" = 'met'
    OR "E2c" = 'met'
    OR "E3" = 'met'
    OR "E4" = 'met'
    OR "E5a" = 'met'
    OR "E5b" = 'met'
    OR "E6a" = 'met'
    OR "E6b" = 'met'
    OR "E6c" = 'met'
    OR "E6d" = 'met'
    THEN 'ineligible'
    WHEN "I1a" = 'unknown'
    OR "I1b" = 'unknown'
    OR "I1c" = 'unknown'
    OR "I2a" = 'unknown'
    OR "I2b" = 'unknown'
    OR "I2c" = 'unknown'
    OR "I3" = 'unknown'
    OR "I4a" = 'unknown'
    OR "I4b" = 'unknown'
    OR "I4c" = 'unknown'
    OR "I5" = 'unknown'
    OR "I6" = 'unknown'
    OR "E1a" = 'unknown'
    OR "E1b" = 'unknown'
    OR "E2a" = 'unknown'
    OR "E2b" = 'unknown'
    OR "E2c" = 'unknown'
    OR "E3" = 'unknown'
    OR "E4" = 'unknown'
    OR "E5a" = 'unknown'
    OR "E5b" = 'unknown'
    OR "E6a" = 'unknown'
    OR "E6b" = 'unknown'
    OR "E6c" = 'unknown'
    OR "E6d" = 'unknown'
    THEN 'undetermined'
    ELSE 'eligible'
  END AS "verdict"
FROM outcomes
ORDER BY
  "patient_id"
