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
    dates.ref_lympho_conditioning_lo,
    dates.ref_lympho_conditioning_hi,
    dates.ref_day_1_lo,
    dates.ref_day_1_hi,
    attested.att_her2_test_fda_approved_value_bool,
    attested.att_informed_consent_value_bool,
    attested.att_willing_to_comply_value_bool,
    attested.att_several_accessible_lesions_value_bool,
    attested.att_willing_to_have_biopsy_value_bool,
    attested.att_contraception_agreed_value_bool,
    attested.att_insufficient_organ_function_value_bool,
    attested.att_significant_cardiovascular_disease_value_bool,
    attested.att_likely_to_need_immunosuppression_value_bool,
    params.par_cohort_value
  FROM patients AS p
  LEFT JOIN (
    SELECT
      reference_dates.patient_id,
      MIN(
        CASE WHEN reference_dates.name = 'lympho_conditioning' THEN reference_dates.lo END
      ) AS ref_lympho_conditioning_lo,
      MIN(
        CASE WHEN reference_dates.name = 'lympho_conditioning' THEN reference_dates.hi END
      ) AS ref_lympho_conditioning_hi,
      MIN(CASE WHEN reference_dates.name = 'day_1' THEN reference_dates.lo END) AS ref_day_1_lo,
      MIN(CASE WHEN reference_dates.name = 'day_1' THEN reference_dates.hi END) AS ref_day_1_hi
    FROM reference_dates
    GROUP BY
      reference_dates.patient_id
  ) AS dates
    ON dates.patient_id = p.patient_id
  LEFT JOIN (
    SELECT
      attestations.patient_id,
      BOOL_OR(
        CASE
          WHEN attestations.name = 'her2_test_fda_approved'
          THEN attestations.value_bool
        END
      ) AS att_her2_test_fda_approved_value_bool,
      BOOL_OR(
        CASE WHEN attestations.name = 'informed_consent' THEN attestations.value_bool END
      ) AS att_informed_consent_value_bool,
      BOOL_OR(
        CASE WHEN attestations.name = 'willing_to_comply' THEN attestations.value_bool END
      ) AS att_willing_to_comply_value_bool,
      BOOL_OR(
        CASE
          WHEN attestations.name = 'several_accessible_lesions'
          THEN attestations.value_bool
        END
      ) AS att_several_accessible_lesions_value_bool,
      BOOL_OR(
        CASE
          WHEN attestations.name = 'willing_to_have_biopsy'
          THEN attestations.value_bool
        END
      ) AS att_willing_to_have_biopsy_value_bool,
      BOOL_OR(
        CASE
          WHEN attestations.name = 'contraception_agreed'
          THEN attestations.value_bool
        END
      ) AS att_contraception_agreed_value_bool,
      BOOL_OR(
        CASE
          WHEN attestations.name = 'insufficient_organ_function'
          THEN attestations.value_bool
        END
      ) AS att_insufficient_organ_function_value_bool,
      BOOL_OR(
        CASE
          WHEN attestations.name = 'significant_cardiovascular_disease'
          THEN attestations.value_bool
        END
      ) AS att_significant_cardiovascular_disease_value_bool,
      BOOL_OR(
        CASE
          WHEN attestations.name = 'likely_to_need_immunosuppression'
          THEN attestations.value_bool
        END
      ) AS att_likely_to_need_immunosuppression_value_bool
    FROM attestations
    GROUP BY
      attestations.patient_id
  ) AS attested
    ON attested.patient_id = p.patient_id
  LEFT JOIN (
    SELECT
      parameters.patient_id,
      MIN(CASE WHEN parameters.name = 'cohort' THEN parameters.value END) AS par_cohort_value
    FROM parameters
    GROUP BY
      parameters.patient_id
  ) AS params
    ON params.patient_id = p.patient_id
), in_malignancy_code_c0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS c0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN (
            (
              rc.system = 'ICD10CM'
              AND (
                SUBSTRING(rc.code FROM 1 FOR 3) IN ('C7B')
                OR (
                  'C77' COLLATE "C" <= SUBSTRING(rc.code FROM 1 FOR 3)
                  AND SUBSTRING(rc.code FROM 1 FOR 3) <= 'C79' COLLATE "C"
                )
              )
            )
            OR (
              rc.system = 'SNOMED' AND (
                rc.code IN ('94260004')
              )
            )
          )
          THEN FALSE
          WHEN rc.system IN ('ICD10CM', 'SNOMED')
          THEN (
            (
              rc.system = 'ICD10CM'
              AND (
                (
                  'C00' COLLATE "C" <= SUBSTRING(rc.code FROM 1 FOR 3)
                  AND SUBSTRING(rc.code FROM 1 FOR 3) <= 'C96' COLLATE "C"
                )
                OR (
                  'D00' COLLATE "C" <= SUBSTRING(rc.code FROM 1 FOR 3)
                  AND SUBSTRING(rc.code FROM 1 FOR 3) <= 'D09' COLLATE "C"
                )
              )
            )
            OR (
              rc.system = 'SNOMED'
              AND (
                rc.code IN (
                  '254637007',
                  '254632001',
                  '254837009',
                  '363406005',
                  '93761005',
                  '109838007',
                  '91861009',
                  '254651007',
                  '372244006',
                  '424132000',
                  '425048006',
                  '422968005',
                  '423121009',
                  '67811000119102',
                  '67821000119109',
                  '67831000119107',
                  '67841000119103',
                  '188151006',
                  '92691004'
                )
              )
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN (
            (
              rc.system = 'ICD10CM'
              AND (
                SUBSTRING(rc.code FROM 1 FOR 3) IN ('C7B')
                OR (
                  'C77' COLLATE "C" <= SUBSTRING(rc.code FROM 1 FOR 3)
                  AND SUBSTRING(rc.code FROM 1 FOR 3) <= 'C79' COLLATE "C"
                )
              )
            )
            OR (
              rc.system = 'SNOMED' AND (
                rc.code IN ('94260004')
              )
            )
          )
          THEN FALSE
          WHEN rc.system IN ('ICD10CM', 'SNOMED')
          THEN (
            (
              rc.system = 'ICD10CM'
              AND (
                (
                  'C00' COLLATE "C" <= SUBSTRING(rc.code FROM 1 FOR 3)
                  AND SUBSTRING(rc.code FROM 1 FOR 3) <= 'C96' COLLATE "C"
                )
                OR (
                  'D00' COLLATE "C" <= SUBSTRING(rc.code FROM 1 FOR 3)
                  AND SUBSTRING(rc.code FROM 1 FOR 3) <= 'D09' COLLATE "C"
                )
              )
            )
            OR (
              rc.system = 'SNOMED'
              AND (
                rc.code IN (
                  '254637007',
                  '254632001',
                  '254837009',
                  '363406005',
                  '93761005',
                  '109838007',
                  '91861009',
                  '254651007',
                  '372244006',
                  '424132000',
                  '425048006',
                  '422968005',
                  '423121009',
                  '67811000119102',
                  '67821000119109',
                  '67831000119107',
                  '67841000119103',
                  '188151006',
                  '92691004'
                )
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
                SUBSTRING(rc.code FROM 1 FOR 3) IN ('L01')
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
                SUBSTRING(rc.code FROM 1 FOR 3) IN ('L01')
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
), in_cohort_a_tumour_code_c0 AS (
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
              SUBSTRING(rc.code FROM 1 FOR 3) IN ('C43', 'C34', 'C16', 'C15', 'C53', 'C4A')
              OR SUBSTRING(rc.code FROM 1 FOR 5) IN ('C54.1')
              OR SUBSTRING(rc.code FROM 1 FOR 6) IN (
                'C44.02',
                'C44.12',
                'C44.22',
                'C44.32',
                'C44.42',
                'C44.52',
                'C44.62',
                'C44.72',
                'C44.82',
                'C44.92'
              )
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('ICD10CM')
          THEN (
            rc.system = 'ICD10CM'
            AND (
              SUBSTRING(rc.code FROM 1 FOR 3) IN ('C43', 'C34', 'C16', 'C15', 'C53', 'C4A')
              OR SUBSTRING(rc.code FROM 1 FOR 5) IN ('C54.1')
              OR SUBSTRING(rc.code FROM 1 FOR 6) IN (
                'C44.02',
                'C44.12',
                'C44.22',
                'C44.32',
                'C44.42',
                'C44.52',
                'C44.62',
                'C44.72',
                'C44.82',
                'C44.92'
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
), in_kidney_cancer_code_c0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS c0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('ICD10CM')
          THEN (
            rc.system = 'ICD10CM' AND (
              SUBSTRING(rc.code FROM 1 FOR 3) IN ('C64')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('ICD10CM')
          THEN (
            rc.system = 'ICD10CM' AND (
              SUBSTRING(rc.code FROM 1 FOR 3) IN ('C64')
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
), in_head_and_neck_cancer_code_c0 AS (
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
              (
                'C00' COLLATE "C" <= SUBSTRING(rc.code FROM 1 FOR 3)
                AND SUBSTRING(rc.code FROM 1 FOR 3) <= 'C14' COLLATE "C"
              )
              OR (
                'C30' COLLATE "C" <= SUBSTRING(rc.code FROM 1 FOR 3)
                AND SUBSTRING(rc.code FROM 1 FOR 3) <= 'C32' COLLATE "C"
              )
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('ICD10CM')
          THEN (
            rc.system = 'ICD10CM'
            AND (
              (
                'C00' COLLATE "C" <= SUBSTRING(rc.code FROM 1 FOR 3)
                AND SUBSTRING(rc.code FROM 1 FOR 3) <= 'C14' COLLATE "C"
              )
              OR (
                'C30' COLLATE "C" <= SUBSTRING(rc.code FROM 1 FOR 3)
                AND SUBSTRING(rc.code FROM 1 FOR 3) <= 'C32' COLLATE "C"
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
), in_msi_status_code_o0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS o0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('LOCAL', 'LOINC')
          THEN (
            (
              rc.system = 'LOCAL' AND (
                rc.code IN ('msi-status')
              )
            )
            OR (
              rc.system = 'LOINC' AND (
                rc.code IN ('81695-9')
              )
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('LOCAL', 'LOINC')
          THEN (
            (
              rc.system = 'LOCAL' AND (
                rc.code IN ('msi-status')
              )
            )
            OR (
              rc.system = 'LOINC' AND (
                rc.code IN ('81695-9')
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
    rc.record = 'observations' AND rc.field = 'code'
  GROUP BY
    rc.patient_id,
    rc.seq
), in_mmr_status_code_o0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS o0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('LOCAL')
          THEN (
            rc.system = 'LOCAL' AND (
              rc.code IN ('mmr-status')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('LOCAL')
          THEN (
            rc.system = 'LOCAL' AND (
              rc.code IN ('mmr-status')
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
), in_tmb_code_o0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS o0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('LOCAL', 'LOINC')
          THEN (
            (
              rc.system = 'LOCAL' AND (
                rc.code IN ('tmb-mutations-per-megabase')
              )
            )
            OR (
              rc.system = 'LOINC' AND (
                rc.code IN ('94076-7')
              )
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('LOCAL', 'LOINC')
          THEN (
            (
              rc.system = 'LOCAL' AND (
                rc.code IN ('tmb-mutations-per-megabase')
              )
            )
            OR (
              rc.system = 'LOINC' AND (
                rc.code IN ('94076-7')
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
    rc.record = 'observations' AND rc.field = 'code'
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
                SUBSTRING(rc.code FROM 1 FOR 3) IN ('C50')
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
                SUBSTRING(rc.code FROM 1 FOR 3) IN ('C50')
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
), in_her2_ihc_score_code_o0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS o0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('LOCAL')
          THEN (
            rc.system = 'LOCAL' AND (
              rc.code IN ('her2-ihc-score')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('LOCAL')
          THEN (
            rc.system = 'LOCAL' AND (
              rc.code IN ('her2-ihc-score')
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
), in_her2_ish_copy_number_code_o0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS o0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('LOCAL')
          THEN (
            rc.system = 'LOCAL' AND (
              rc.code IN ('her2-ish-copy-number')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('LOCAL')
          THEN (
            rc.system = 'LOCAL' AND (
              rc.code IN ('her2-ish-copy-number')
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
), in_trastuzumab_code_m0 AS (
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
                SUBSTRING(rc.code FROM 1 FOR 7) IN ('L01FD01', 'L01XC03')
              )
            )
            OR (
              rc.system = 'RXNORM' AND (
                rc.code IN ('2119714')
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
                SUBSTRING(rc.code FROM 1 FOR 7) IN ('L01FD01', 'L01XC03')
              )
            )
            OR (
              rc.system = 'RXNORM' AND (
                rc.code IN ('2119714')
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
), in_pertuzumab_or_her2_adc_code_m0 AS (
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
                SUBSTRING(rc.code FROM 1 FOR 7) IN ('L01FD02', 'L01FD03', 'L01FD04', 'L01XC13', 'L01XC14')
              )
            )
            OR (
              rc.system = 'RXNORM' AND (
                rc.code IN ('1658084')
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
                SUBSTRING(rc.code FROM 1 FOR 7) IN ('L01FD02', 'L01FD03', 'L01FD04', 'L01XC13', 'L01XC14')
              )
            )
            OR (
              rc.system = 'RXNORM' AND (
                rc.code IN ('1658084')
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
), in_gastric_cancer_code_c0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS c0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('ICD10CM')
          THEN (
            rc.system = 'ICD10CM' AND (
              SUBSTRING(rc.code FROM 1 FOR 3) IN ('C16')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('ICD10CM')
          THEN (
            rc.system = 'ICD10CM' AND (
              SUBSTRING(rc.code FROM 1 FOR 3) IN ('C16')
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
), in_colorectal_cancer_code_c0 AS (
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
                'C18' COLLATE "C" <= SUBSTRING(rc.code FROM 1 FOR 3)
                AND SUBSTRING(rc.code FROM 1 FOR 3) <= 'C20' COLLATE "C"
              )
            )
            OR (
              rc.system = 'SNOMED' AND (
                rc.code IN ('363406005', '93761005', '109838007')
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
                'C18' COLLATE "C" <= SUBSTRING(rc.code FROM 1 FOR 3)
                AND SUBSTRING(rc.code FROM 1 FOR 3) <= 'C20' COLLATE "C"
              )
            )
            OR (
              rc.system = 'SNOMED' AND (
                rc.code IN ('363406005', '93761005', '109838007')
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
), in_cetuximab_code_m0 AS (
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
                SUBSTRING(rc.code FROM 1 FOR 7) IN ('L01FE01', 'L01XC06')
              )
            )
            OR (
              rc.system = 'RXNORM' AND rc.code IN ('318341')
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
                SUBSTRING(rc.code FROM 1 FOR 7) IN ('L01FE01', 'L01XC06')
              )
            )
            OR (
              rc.system = 'RXNORM' AND rc.code IN ('318341')
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
), in_ras_mutation_code_o0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS o0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('LOCAL')
          THEN (
            rc.system = 'LOCAL' AND (
              rc.code IN ('kras-nras-mutation')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('LOCAL')
          THEN (
            rc.system = 'LOCAL' AND (
              rc.code IN ('kras-nras-mutation')
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
), in_pregnancy_test_code_o0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS o0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('LOINC')
          THEN (
            rc.system = 'LOINC' AND (
              rc.code IN ('2106-3', '2118-8')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('LOINC')
          THEN (
            rc.system = 'LOINC' AND (
              rc.code IN ('2106-3', '2118-8')
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
), in_pregnant_state_code_c0 AS (
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
                SUBSTRING(rc.code FROM 1 FOR 5) IN ('Z33.1')
              )
            )
            OR (
              rc.system = 'SNOMED' AND (
                rc.code IN ('72892002')
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
                SUBSTRING(rc.code FROM 1 FOR 5) IN ('Z33.1')
              )
            )
            OR (
              rc.system = 'SNOMED' AND (
                rc.code IN ('72892002')
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
), in_breastfeeding_code_o0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS o0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('LOCAL')
          THEN (
            rc.system = 'LOCAL' AND (
              rc.code IN ('breastfeeding-status')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('LOCAL')
          THEN (
            rc.system = 'LOCAL' AND (
              rc.code IN ('breastfeeding-status')
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
), in_lvef_code_o0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS o0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('LOINC')
          THEN (
            rc.system = 'LOINC' AND (
              rc.code IN ('10230-1')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('LOINC')
          THEN (
            rc.system = 'LOINC' AND (
              rc.code IN ('10230-1')
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
), medication_queries AS (
  SELECT
    r.patient_id,
    MAX(r.g1) AS any_grade
  FROM (
    SELECT
      m0.patient_id AS patient_id,
      COALESCE(
        CAST((
          m0.investigational
          AND (
            (
              COALESCE(
                CASE
                  WHEN m0.start_hi <= pt.ref_day_1_lo
                  THEN TRUE
                  WHEN m0.start_lo > pt.ref_day_1_hi
                  THEN FALSE
                END,
                CASE
                  WHEN CASE
                    WHEN m0.end_hi <= pt.ref_day_1_lo
                    THEN TRUE
                    WHEN m0.end_lo > pt.ref_day_1_hi
                    THEN FALSE
                  END IS TRUE
                  THEN TRUE
                END
              )
            )
            AND (
              COALESCE(
                CASE
                  WHEN m0.end_lo >= CAST(pt.ref_day_1_hi - INTERVAL '28 DAY' AS DATE)
                  THEN TRUE
                  WHEN m0.end_hi < CAST(pt.ref_day_1_lo - INTERVAL '28 DAY' AS DATE)
                  THEN FALSE
                END,
                CASE
                  WHEN CASE
                    WHEN m0.start_lo >= CAST(pt.ref_day_1_hi - INTERVAL '28 DAY' AS DATE)
                    THEN TRUE
                    WHEN m0.start_hi < CAST(pt.ref_day_1_lo - INTERVAL '28 DAY' AS DATE)
                    THEN FALSE
                  END IS TRUE
                  THEN TRUE
                END
              )
            )
          )
        ) AS INT) * 2,
        1
      ) AS g1
    FROM medications AS m0
    JOIN patient_facts AS pt
      ON pt.patient_id = m0.patient_id
    WHERE
      (
        m0.status IS NULL
        OR NOT m0.status IN ('entered_in_error', 'intended', 'not_taken')
      )
  ) AS r
  GROUP BY
    r.patient_id
), study_queries AS (
  SELECT
    r.patient_id,
    MAX(r.g1) AS any_grade
  FROM (
    SELECT
      s0.patient_id AS patient_id,
      COALESCE(
        CAST((
          s0.investigational
          AND (
            (
              COALESCE(
                CASE
                  WHEN s0.start_hi <= pt.ref_day_1_lo
                  THEN TRUE
                  WHEN s0.start_lo > pt.ref_day_1_hi
                  THEN FALSE
                END,
                CASE
                  WHEN CASE
                    WHEN s0.end_hi <= pt.ref_day_1_lo
                    THEN TRUE
                    WHEN s0.end_lo > pt.ref_day_1_hi
                    THEN FALSE
                  END IS TRUE
                  THEN TRUE
                END
              )
            )
            AND (
              COALESCE(
                CASE
                  WHEN s0.end_lo >= CAST(pt.ref_day_1_hi - INTERVAL '28 DAY' AS DATE)
                  THEN TRUE
                  WHEN s0.end_hi < CAST(pt.ref_day_1_lo - INTERVAL '28 DAY' AS DATE)
                  THEN FALSE
                END,
                CASE
                  WHEN CASE
                    WHEN s0.start_lo >= CAST(pt.ref_day_1_hi - INTERVAL '28 DAY' AS DATE)
                    THEN TRUE
                    WHEN s0.start_hi < CAST(pt.ref_day_1_lo - INTERVAL '28 DAY' AS DATE)
                    THEN FALSE
                  END IS TRUE
                  THEN TRUE
                END
              )
            )
          )
        ) AS INT) * 2,
        1
      ) AS g1
    FROM studies AS s0
    JOIN patient_facts AS pt
      ON pt.patient_id = s0.patient_id
  ) AS r
  GROUP BY
    r.patient_id
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
                SUBSTRING(rc.code FROM 1 FOR 6) IN ('C79.31', 'C79.32', 'C79.49')
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
                SUBSTRING(rc.code FROM 1 FOR 6) IN ('C79.31', 'C79.32', 'C79.49')
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
), in_non_malignant_cns_disease_code_c0 AS (
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
                SUBSTRING(rc.code FROM 1 FOR 3) IN ('I69', 'G40', 'G10', 'G20', 'G23', 'G30', 'G31')
                OR SUBSTRING(rc.code FROM 1 FOR 5) IN ('I67.7', 'G12.2')
                OR (
                  'I60' COLLATE "C" <= SUBSTRING(rc.code FROM 1 FOR 3)
                  AND SUBSTRING(rc.code FROM 1 FOR 3) <= 'I63' COLLATE "C"
                )
              )
            )
            OR (
              rc.system = 'SNOMED'
              AND (
                rc.code IN ('230690007', '84757009', '128613002', '26929004', '230265002')
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
                SUBSTRING(rc.code FROM 1 FOR 3) IN ('I69', 'G40', 'G10', 'G20', 'G23', 'G30', 'G31')
                OR SUBSTRING(rc.code FROM 1 FOR 5) IN ('I67.7', 'G12.2')
                OR (
                  'I60' COLLATE "C" <= SUBSTRING(rc.code FROM 1 FOR 3)
                  AND SUBSTRING(rc.code FROM 1 FOR 3) <= 'I63' COLLATE "C"
                )
              )
            )
            OR (
              rc.system = 'SNOMED'
              AND (
                rc.code IN ('230690007', '84757009', '128613002', '26929004', '230265002')
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
), medication_queries_per_c0 AS (
  SELECT
    r.patient_id,
    r.c0_seq,
    MAX(r.g1) AS any_grade
  FROM (
    SELECT
      m0.patient_id AS patient_id,
      c0.seq AS c0_seq,
      COALESCE(
        CAST((
          CASE
            WHEN m0.reason IS NULL OR c0.id IS NULL
            THEN CAST(NULL AS BOOLEAN)
            ELSE CASE
              WHEN c0.id IS NULL
              THEN NULL
              ELSE COALESCE(c0.id = ANY(
                m0.reason
              ), FALSE)
            END
          END
          AND (
            (
              COALESCE(
                CASE
                  WHEN m0.start_hi <= pt.ref_lympho_conditioning_lo
                  THEN TRUE
                  WHEN m0.start_lo > pt.ref_lympho_conditioning_hi
                  THEN FALSE
                END,
                CASE
                  WHEN CASE
                    WHEN m0.end_hi <= pt.ref_lympho_conditioning_lo
                    THEN TRUE
                    WHEN m0.end_lo > pt.ref_lympho_conditioning_hi
                    THEN FALSE
                  END IS TRUE
                  THEN TRUE
                END
              )
            )
            AND (
              COALESCE(
                CASE
                  WHEN m0.end_lo >= pt.ref_lympho_conditioning_hi
                  THEN TRUE
                  WHEN m0.end_hi < pt.ref_lympho_conditioning_lo
                  THEN FALSE
                END,
                CASE
                  WHEN CASE
                    WHEN m0.start_lo >= pt.ref_lympho_conditioning_hi
                    THEN TRUE
                    WHEN m0.start_hi < pt.ref_lympho_conditioning_lo
                    THEN FALSE
                  END IS TRUE
                  THEN TRUE
                END
              )
            )
          )
        ) AS INT) * 2,
        1
      ) AS g1
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
), in_immunosuppressant_code_m0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS m0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN (
            (
              rc.system = 'ATC' AND (
                SUBSTRING(rc.code FROM 1 FOR 3) IN ('L04')
              )
            )
            OR (
              rc.system = 'RXNORM'
              AND (
                rc.code IN ('835900', '108515', '1431987', '1664463', '241834', '360110')
              )
            )
            OR (
              rc.system = 'RXNORM'
              AND rc.code IN ('3008', '1256', '7145', '42316', '35302', '68149', '612865', '614391')
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
                SUBSTRING(rc.code FROM 1 FOR 3) IN ('L04')
              )
            )
            OR (
              rc.system = 'RXNORM'
              AND (
                rc.code IN ('835900', '108515', '1431987', '1664463', '241834', '360110')
              )
            )
            OR (
              rc.system = 'RXNORM'
              AND rc.code IN ('3008', '1256', '7145', '42316', '35302', '68149', '612865', '614391')
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
                SUBSTRING(rc.code FROM 1 FOR 5) IN ('H02AB')
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
                SUBSTRING(rc.code FROM 1 FOR 5) IN ('H02AB')
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
), in_infection_code_c0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS c0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN (
            rc.system = 'ICD10CM'
            AND (
              'B90' COLLATE "C" <= SUBSTRING(rc.code FROM 1 FOR 3)
              AND SUBSTRING(rc.code FROM 1 FOR 3) <= 'B94' COLLATE "C"
            )
          )
          THEN FALSE
          WHEN rc.system IN ('ICD10CM', 'SNOMED')
          THEN (
            (
              rc.system = 'ICD10CM'
              AND (
                SUBSTRING(rc.code FROM 1 FOR 3) IN ('L03')
                OR SUBSTRING(rc.code FROM 1 FOR 5) IN ('N39.0')
                OR (
                  'A00' COLLATE "C" <= SUBSTRING(rc.code FROM 1 FOR 3)
                  AND SUBSTRING(rc.code FROM 1 FOR 3) <= 'B99' COLLATE "C"
                )
                OR (
                  'J09' COLLATE "C" <= SUBSTRING(rc.code FROM 1 FOR 3)
                  AND SUBSTRING(rc.code FROM 1 FOR 3) <= 'J22' COLLATE "C"
                )
              )
            )
            OR (
              rc.system = 'SNOMED'
              AND (
                rc.code IN ('10509002', '233604007', '301011002', '197927001', '406602003')
              )
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN (
            rc.system = 'ICD10CM'
            AND (
              'B90' COLLATE "C" <= SUBSTRING(rc.code FROM 1 FOR 3)
              AND SUBSTRING(rc.code FROM 1 FOR 3) <= 'B94' COLLATE "C"
            )
          )
          THEN FALSE
          WHEN rc.system IN ('ICD10CM', 'SNOMED')
          THEN (
            (
              rc.system = 'ICD10CM'
              AND (
                SUBSTRING(rc.code FROM 1 FOR 3) IN ('L03')
                OR SUBSTRING(rc.code FROM 1 FOR 5) IN ('N39.0')
                OR (
                  'A00' COLLATE "C" <= SUBSTRING(rc.code FROM 1 FOR 3)
                  AND SUBSTRING(rc.code FROM 1 FOR 3) <= 'B99' COLLATE "C"
                )
                OR (
                  'J09' COLLATE "C" <= SUBSTRING(rc.code FROM 1 FOR 3)
                  AND SUBSTRING(rc.code FROM 1 FOR 3) <= 'J22' COLLATE "C"
                )
              )
            )
            OR (
              rc.system = 'SNOMED'
              AND (
                rc.code IN ('10509002', '233604007', '301011002', '197927001', '406602003')
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
), in_hepatitis_b_code_c0 AS (
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
                SUBSTRING(rc.code FROM 1 FOR 3) IN ('B16')
                OR SUBSTRING(rc.code FROM 1 FOR 5) IN ('B18.0', 'B18.1', 'B19.1')
              )
            )
            OR (
              rc.system = 'SNOMED' AND (
                rc.code IN ('61977001')
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
                SUBSTRING(rc.code FROM 1 FOR 3) IN ('B16')
                OR SUBSTRING(rc.code FROM 1 FOR 5) IN ('B18.0', 'B18.1', 'B19.1')
              )
            )
            OR (
              rc.system = 'SNOMED' AND (
                rc.code IN ('61977001')
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
), in_hepatitis_c_code_c0 AS (
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
                SUBSTRING(rc.code FROM 1 FOR 5) IN ('B17.1', 'B18.2', 'B19.2')
              )
            )
            OR (
              rc.system = 'SNOMED' AND (
                rc.code IN ('128302006')
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
                SUBSTRING(rc.code FROM 1 FOR 5) IN ('B17.1', 'B18.2', 'B19.2')
              )
            )
            OR (
              rc.system = 'SNOMED' AND (
                rc.code IN ('128302006')
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
), in_hiv_or_aids_code_c0 AS (
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
                SUBSTRING(rc.code FROM 1 FOR 3) IN ('B20', 'Z21')
              )
            )
            OR (
              rc.system = 'SNOMED' AND (
                rc.code IN ('86406008', '62479008')
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
                SUBSTRING(rc.code FROM 1 FOR 3) IN ('B20', 'Z21')
              )
            )
            OR (
              rc.system = 'SNOMED' AND (
                rc.code IN ('86406008', '62479008')
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
), in_live_vaccine_code_m0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS m0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('ATC')
          THEN (
            rc.system = 'ATC'
            AND (
              SUBSTRING(rc.code FROM 1 FOR 5) IN ('J07BD', 'J07BE', 'J07BJ', 'J07BL', 'J07BH')
              OR SUBSTRING(rc.code FROM 1 FOR 7) IN (
                'J07BK01',
                'J07BK02',
                'J07BB03',
                'J07BF01',
                'J07BF02',
                'J07BF04',
                'J07AN01',
                'J07AP01',
                'J07AE02'
              )
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('ATC')
          THEN (
            rc.system = 'ATC'
            AND (
              SUBSTRING(rc.code FROM 1 FOR 5) IN ('J07BD', 'J07BE', 'J07BJ', 'J07BL', 'J07BH')
              OR SUBSTRING(rc.code FROM 1 FOR 7) IN (
                'J07BK01',
                'J07BK02',
                'J07BB03',
                'J07BF01',
                'J07BF02',
                'J07BF04',
                'J07AN01',
                'J07AP01',
                'J07AE02'
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
), in_albumin_or_dmso_code_a0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS a0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN (
            (
              rc.system = 'ATC'
              AND (
                SUBSTRING(rc.code FROM 1 FOR 7) IN ('B05AA01', 'G04BX13')
              )
            )
            OR (
              rc.system = 'RXNORM' AND rc.code IN ('3455')
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
                SUBSTRING(rc.code FROM 1 FOR 7) IN ('B05AA01', 'G04BX13')
              )
            )
            OR (
              rc.system = 'RXNORM' AND rc.code IN ('3455')
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
    rc.record = 'allergies' AND rc.field = 'code'
  GROUP BY
    rc.patient_id,
    rc.seq
), condition_queries_1 AS (
  SELECT
    r.patient_id,
    MAX(r.g1) AS malignancy_grade,
    MAX(r.g2) AS cohort_a_tumour_grade,
    MAX(r.g3) AS kidney_cancer_grade,
    MAX(r.g4) AS head_and_neck_cancer_grade,
    MAX(r.g5) AS breast_cancer_grade,
    MAX(r.g6) AS colorectal_cancer_grade,
    MAX(r.g7) AS pregnant_state_grade,
    MAX(r.g8) AS non_malignant_cns_disease_grade,
    MAX(r.g9) AS non_malignant_cns_disease_2_grade,
    MAX(r.g10) AS infection_grade,
    MAX(r.g11) AS any_grade,
    MAX(r.g12) AS hiv_or_aids_grade
  FROM (
    SELECT
      c0.patient_id AS patient_id,
      CASE
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE in_malignancy_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_malignancy_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        END
        THEN COALESCE(
          CAST(CASE
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
          END AS INT) * 2,
          1
        )
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE in_malignancy_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_malignancy_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        END IS NULL
        THEN LEAST(
          COALESCE(
            CAST(CASE
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
            END AS INT) * 2,
            1
          ),
          1
        )
      END AS g1,
      CASE
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE in_cohort_a_tumour_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_cohort_a_tumour_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        END
        THEN COALESCE(CAST(TRUE AS INT) * 2, 1)
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE in_cohort_a_tumour_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_cohort_a_tumour_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        END IS NULL
        THEN LEAST(COALESCE(CAST(TRUE AS INT) * 2, 1), 1)
      END AS g2,
      CASE
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE in_kidney_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_kidney_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        END
        THEN COALESCE(
          CAST(CASE
            WHEN c0.histology_system IN ('ICDO3')
            THEN (
              c0.histology_system = 'ICDO3'
              AND (
                c0.histology_code IN ('8312/3', '8310/3', '8260/3', '8317/3', '8318/3', '8319/3', '8316/3')
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
            WHEN CASE in_kidney_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_kidney_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        END IS NULL
        THEN LEAST(
          COALESCE(
            CAST(CASE
              WHEN c0.histology_system IN ('ICDO3')
              THEN (
                c0.histology_system = 'ICDO3'
                AND (
                  c0.histology_code IN ('8312/3', '8310/3', '8260/3', '8317/3', '8318/3', '8319/3', '8316/3')
                )
              )
            END AS INT) * 2,
            1
          ),
          1
        )
      END AS g3,
      CASE
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE in_head_and_neck_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_head_and_neck_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        END
        THEN COALESCE(
          CAST(CASE
            WHEN c0.histology_system IN ('ICDO3')
            THEN (
              c0.histology_system = 'ICDO3'
              AND (
                c0.histology_code IN (
                  '8070/3',
                  '8071/3',
                  '8072/3',
                  '8073/3',
                  '8074/3',
                  '8075/3',
                  '8076/3',
                  '8078/3',
                  '8083/3',
                  '8084/3',
                  '8051/3',
                  '8052/3',
                  '8085/3',
                  '8086/3'
                )
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
            WHEN CASE in_head_and_neck_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_head_and_neck_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        END IS NULL
        THEN LEAST(
          COALESCE(
            CAST(CASE
              WHEN c0.histology_system IN ('ICDO3')
              THEN (
                c0.histology_system = 'ICDO3'
                AND (
                  c0.histology_code IN (
                    '8070/3',
                    '8071/3',
                    '8072/3',
                    '8073/3',
                    '8074/3',
                    '8075/3',
                    '8076/3',
                    '8078/3',
                    '8083/3',
                    '8084/3',
                    '8051/3',
                    '8052/3',
                    '8085/3',
                    '8086/3'
                  )
                )
              )
            END AS INT) * 2,
            1
          ),
          1
        )
      END AS g4,
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
        THEN COALESCE(CAST(TRUE AS INT) * 2, 1)
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
        THEN LEAST(COALESCE(CAST(TRUE AS INT) * 2, 1), 1)
      END AS g5,
      CASE
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE in_colorectal_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_colorectal_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        END
        THEN COALESCE(CAST(TRUE AS INT) * 2, 1)
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE in_colorectal_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_colorectal_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        END IS NULL
        THEN LEAST(COALESCE(CAST(TRUE AS INT) * 2, 1), 1)
      END AS g6,
      CASE
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE in_pregnant_state_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_pregnant_state_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        END
        THEN COALESCE(
          CAST(CASE
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
          END AS INT) * 2,
          1
        )
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE in_pregnant_state_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_pregnant_state_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        END IS NULL
        THEN LEAST(
          COALESCE(
            CAST(CASE
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
            END AS INT) * 2,
            1
          ),
          1
        )
      END AS g7,
      CASE
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE in_non_malignant_cns_disease_code_c0.grade
              WHEN 2
              THEN TRUE
              WHEN 0
              THEN FALSE
            END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_non_malignant_cns_disease_code_c0.grade
            WHEN 2
            THEN TRUE
            WHEN 0
            THEN FALSE
          END
        END
        THEN COALESCE(CAST(TRUE AS INT) * 2, 1)
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE in_non_malignant_cns_disease_code_c0.grade
              WHEN 2
              THEN TRUE
              WHEN 0
              THEN FALSE
            END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_non_malignant_cns_disease_code_c0.grade
            WHEN 2
            THEN TRUE
            WHEN 0
            THEN FALSE
          END
        END IS NULL
        THEN LEAST(COALESCE(CAST(TRUE AS INT) * 2, 1), 1)
      END AS g8,
      CASE
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE in_non_malignant_cns_disease_code_c0.grade
              WHEN 2
              THEN TRUE
              WHEN 0
              THEN FALSE
            END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_non_malignant_cns_disease_code_c0.grade
            WHEN 2
            THEN TRUE
            WHEN 0
            THEN FALSE
          END
        END
        THEN COALESCE(
          CAST(CASE
            WHEN pt.medications_collected IS TRUE
            THEN CASE COALESCE(medication_queries_per_c0.any_grade, 0)
              WHEN 2
              THEN TRUE
              WHEN 1
              THEN CAST(NULL AS BOOLEAN)
              ELSE FALSE
            END
          END AS INT) * 2,
          1
        )
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE in_non_malignant_cns_disease_code_c0.grade
              WHEN 2
              THEN TRUE
              WHEN 0
              THEN FALSE
            END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_non_malignant_cns_disease_code_c0.grade
            WHEN 2
            THEN TRUE
            WHEN 0
            THEN FALSE
          END
        END IS NULL
        THEN LEAST(
          COALESCE(
            CAST(CASE
              WHEN pt.medications_collected IS TRUE
              THEN CASE COALESCE(medication_queries_per_c0.any_grade, 0)
                WHEN 2
                THEN TRUE
                WHEN 1
                THEN CAST(NULL AS BOOLEAN)
                ELSE FALSE
              END
            END AS INT) * 2,
            1
          ),
          1
        )
      END AS g9,
      CASE
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE in_infection_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_infection_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        END
        THEN COALESCE(
          CAST(CASE
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
          END AS INT) * 2,
          1
        )
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE in_infection_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_infection_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        END IS NULL
        THEN LEAST(
          COALESCE(
            CAST(CASE
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
            END AS INT) * 2,
            1
          ),
          1
        )
      END AS g10,
      CASE
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE WHEN TRUE IS FALSE THEN FALSE END
          ELSE TRUE
        END
        THEN COALESCE(
          CAST((
            (
              CASE in_hepatitis_b_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
              OR CASE in_hepatitis_c_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
            )
            AND CASE
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
          ) AS INT) * 2,
          1
        )
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE WHEN TRUE IS FALSE THEN FALSE END
          ELSE TRUE
        END IS NULL
        THEN LEAST(
          COALESCE(
            CAST((
              (
                CASE in_hepatitis_b_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                OR CASE in_hepatitis_c_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
              )
              AND CASE
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
            ) AS INT) * 2,
            1
          ),
          1
        )
      END AS g11,
      CASE
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE in_hiv_or_aids_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_hiv_or_aids_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        END
        THEN COALESCE(CAST(TRUE AS INT) * 2, 1)
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE in_hiv_or_aids_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_hiv_or_aids_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        END IS NULL
        THEN LEAST(COALESCE(CAST(TRUE AS INT) * 2, 1), 1)
      END AS g12
    FROM conditions AS c0
    JOIN patient_facts AS pt
      ON pt.patient_id = c0.patient_id
    LEFT JOIN in_malignancy_code_c0 AS in_malignancy_code_c0
      ON in_malignancy_code_c0.patient_id = c0.patient_id
      AND in_malignancy_code_c0.c0_seq = c0.seq
    LEFT JOIN in_cohort_a_tumour_code_c0 AS in_cohort_a_tumour_code_c0
      ON in_cohort_a_tumour_code_c0.patient_id = c0.patient_id
      AND in_cohort_a_tumour_code_c0.c0_seq = c0.seq
    LEFT JOIN in_kidney_cancer_code_c0 AS in_kidney_cancer_code_c0
      ON in_kidney_cancer_code_c0.patient_id = c0.patient_id
      AND in_kidney_cancer_code_c0.c0_seq = c0.seq
    LEFT JOIN in_head_and_neck_cancer_code_c0 AS in_head_and_neck_cancer_code_c0
      ON in_head_and_neck_cancer_code_c0.patient_id = c0.patient_id
      AND in_head_and_neck_cancer_code_c0.c0_seq = c0.seq
    LEFT JOIN in_breast_cancer_code_c0 AS in_breast_cancer_code_c0
      ON in_breast_cancer_code_c0.patient_id = c0.patient_id
      AND in_breast_cancer_code_c0.c0_seq = c0.seq
    LEFT JOIN in_colorectal_cancer_code_c0 AS in_colorectal_cancer_code_c0
      ON in_colorectal_cancer_code_c0.patient_id = c0.patient_id
      AND in_colorectal_cancer_code_c0.c0_seq = c0.seq
    LEFT JOIN in_pregnant_state_code_c0 AS in_pregnant_state_code_c0
      ON in_pregnant_state_code_c0.patient_id = c0.patient_id
      AND in_pregnant_state_code_c0.c0_seq = c0.seq
    LEFT JOIN in_non_malignant_cns_disease_code_c0 AS in_non_malignant_cns_disease_code_c0
      ON in_non_malignant_cns_disease_code_c0.patient_id = c0.patient_id
      AND in_non_malignant_cns_disease_code_c0.c0_seq = c0.seq
    LEFT JOIN medication_queries_per_c0 AS medication_queries_per_c0
      ON medication_queries_per_c0.patient_id = c0.patient_id
      AND medication_queries_per_c0.c0_seq = c0.seq
    LEFT JOIN in_infection_code_c0 AS in_infection_code_c0
      ON in_infection_code_c0.patient_id = c0.patient_id
      AND in_infection_code_c0.c0_seq = c0.seq
    LEFT JOIN in_hepatitis_b_code_c0 AS in_hepatitis_b_code_c0
      ON in_hepatitis_b_code_c0.patient_id = c0.patient_id
      AND in_hepatitis_b_code_c0.c0_seq = c0.seq
    LEFT JOIN in_hepatitis_c_code_c0 AS in_hepatitis_c_code_c0
      ON in_hepatitis_c_code_c0.patient_id = c0.patient_id
      AND in_hepatitis_c_code_c0.c0_seq = c0.seq
    LEFT JOIN in_hiv_or_aids_code_c0 AS in_hiv_or_aids_code_c0
      ON in_hiv_or_aids_code_c0.patient_id = c0.patient_id
      AND in_hiv_or_aids_code_c0.c0_seq = c0.seq
    WHERE
      NOT CASE
        WHEN c0.verification IN ('entered_in_error', 'refuted')
        THEN FALSE
        WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
        THEN CASE
          WHEN CASE in_malignancy_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
          THEN FALSE
        END
        ELSE CASE in_malignancy_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
      END IS FALSE
      OR NOT CASE
        WHEN c0.verification IN ('entered_in_error', 'refuted')
        THEN FALSE
        WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
        THEN CASE
          WHEN CASE in_cohort_a_tumour_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
          THEN FALSE
        END
        ELSE CASE in_cohort_a_tumour_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
      END IS FALSE
      OR NOT CASE
        WHEN c0.verification IN ('entered_in_error', 'refuted')
        THEN FALSE
        WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
        THEN CASE
          WHEN CASE in_kidney_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
          THEN FALSE
        END
        ELSE CASE in_kidney_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
      END IS FALSE
      OR NOT CASE
        WHEN c0.verification IN ('entered_in_error', 'refuted')
        THEN FALSE
        WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
        THEN CASE
          WHEN CASE in_head_and_neck_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
          THEN FALSE
        END
        ELSE CASE in_head_and_neck_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
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
          WHEN CASE in_colorectal_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
          THEN FALSE
        END
        ELSE CASE in_colorectal_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
      END IS FALSE
      OR NOT CASE
        WHEN c0.verification IN ('entered_in_error', 'refuted')
        THEN FALSE
        WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
        THEN CASE
          WHEN CASE in_pregnant_state_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
          THEN FALSE
        END
        ELSE CASE in_pregnant_state_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
      END IS FALSE
      OR NOT CASE
        WHEN c0.verification IN ('entered_in_error', 'refuted')
        THEN FALSE
        WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
        THEN CASE
          WHEN CASE in_non_malignant_cns_disease_code_c0.grade
            WHEN 2
            THEN TRUE
            WHEN 0
            THEN FALSE
          END IS FALSE
          THEN FALSE
        END
        ELSE CASE in_non_malignant_cns_disease_code_c0.grade
          WHEN 2
          THEN TRUE
          WHEN 0
          THEN FALSE
        END
      END IS FALSE
      OR NOT CASE
        WHEN c0.verification IN ('entered_in_error', 'refuted')
        THEN FALSE
        WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
        THEN CASE
          WHEN CASE in_non_malignant_cns_disease_code_c0.grade
            WHEN 2
            THEN TRUE
            WHEN 0
            THEN FALSE
          END IS FALSE
          THEN FALSE
        END
        ELSE CASE in_non_malignant_cns_disease_code_c0.grade
          WHEN 2
          THEN TRUE
          WHEN 0
          THEN FALSE
        END
      END IS FALSE
      OR NOT CASE
        WHEN c0.verification IN ('entered_in_error', 'refuted')
        THEN FALSE
        WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
        THEN CASE
          WHEN CASE in_infection_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
          THEN FALSE
        END
        ELSE CASE in_infection_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
      END IS FALSE
      OR NOT CASE
        WHEN c0.verification IN ('entered_in_error', 'refuted')
        THEN FALSE
        WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
        THEN CASE WHEN TRUE IS FALSE THEN FALSE END
        ELSE TRUE
      END IS FALSE
      OR NOT CASE
        WHEN c0.verification IN ('entered_in_error', 'refuted')
        THEN FALSE
        WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
        THEN CASE
          WHEN CASE in_hiv_or_aids_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
          THEN FALSE
        END
        ELSE CASE in_hiv_or_aids_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
      END IS FALSE
  ) AS r
  GROUP BY
    r.patient_id
), medication_queries_1 AS (
  SELECT
    r.patient_id,
    MAX(r.g1) AS antineoplastic_agent_grade,
    MAX(r.g2) AS antineoplastic_agent_2_grade,
    MAX(r.g3) AS any_grade,
    MAX(r.g4) AS live_vaccine_grade
  FROM (
    SELECT
      m0.patient_id AS patient_id,
      CASE
        WHEN CASE in_antineoplastic_agent_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        THEN COALESCE(
          CAST((
            CASE
              WHEN m0.start_hi < pt.ref_lympho_conditioning_lo
              THEN TRUE
              WHEN m0.start_lo >= pt.ref_lympho_conditioning_hi
              THEN FALSE
            END
            AND (
              CAST(m0.line AS DOUBLE PRECISION) >= CAST(1.0 AS DOUBLE PRECISION)
            )
          ) AS INT) * 2,
          1
        )
        WHEN CASE in_antineoplastic_agent_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS NULL
        THEN LEAST(
          COALESCE(
            CAST((
              CASE
                WHEN m0.start_hi < pt.ref_lympho_conditioning_lo
                THEN TRUE
                WHEN m0.start_lo >= pt.ref_lympho_conditioning_hi
                THEN FALSE
              END
              AND (
                CAST(m0.line AS DOUBLE PRECISION) >= CAST(1.0 AS DOUBLE PRECISION)
              )
            ) AS INT) * 2,
            1
          ),
          1
        )
      END AS g1,
      CASE
        WHEN CASE in_antineoplastic_agent_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        THEN COALESCE(
          CAST((
            (
              (
                COALESCE(
                  CASE
                    WHEN m0.start_hi <= pt.ref_day_1_lo
                    THEN TRUE
                    WHEN m0.start_lo > pt.ref_day_1_hi
                    THEN FALSE
                  END,
                  CASE
                    WHEN CASE
                      WHEN m0.end_hi <= pt.ref_day_1_lo
                      THEN TRUE
                      WHEN m0.end_lo > pt.ref_day_1_hi
                      THEN FALSE
                    END IS TRUE
                    THEN TRUE
                  END
                )
              )
              AND (
                COALESCE(
                  CASE
                    WHEN m0.end_lo >= CAST(pt.ref_day_1_hi - INTERVAL '14 DAY' AS DATE)
                    THEN TRUE
                    WHEN m0.end_hi < CAST(pt.ref_day_1_lo - INTERVAL '14 DAY' AS DATE)
                    THEN FALSE
                  END,
                  CASE
                    WHEN CASE
                      WHEN m0.start_lo >= CAST(pt.ref_day_1_hi - INTERVAL '14 DAY' AS DATE)
                      THEN TRUE
                      WHEN m0.start_hi < CAST(pt.ref_day_1_lo - INTERVAL '14 DAY' AS DATE)
                      THEN FALSE
                    END IS TRUE
                    THEN TRUE
                  END
                )
              )
            )
            AND CASE
              WHEN m0.start_hi < pt.ref_lympho_conditioning_lo
              THEN TRUE
              WHEN m0.start_lo >= pt.ref_lympho_conditioning_hi
              THEN FALSE
            END
          ) AS INT) * 2,
          1
        )
        WHEN CASE in_antineoplastic_agent_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS NULL
        THEN LEAST(
          COALESCE(
            CAST((
              (
                (
                  COALESCE(
                    CASE
                      WHEN m0.start_hi <= pt.ref_day_1_lo
                      THEN TRUE
                      WHEN m0.start_lo > pt.ref_day_1_hi
                      THEN FALSE
                    END,
                    CASE
                      WHEN CASE
                        WHEN m0.end_hi <= pt.ref_day_1_lo
                        THEN TRUE
                        WHEN m0.end_lo > pt.ref_day_1_hi
                        THEN FALSE
                      END IS TRUE
                      THEN TRUE
                    END
                  )
                )
                AND (
                  COALESCE(
                    CASE
                      WHEN m0.end_lo >= CAST(pt.ref_day_1_hi - INTERVAL '14 DAY' AS DATE)
                      THEN TRUE
                      WHEN m0.end_hi < CAST(pt.ref_day_1_lo - INTERVAL '14 DAY' AS DATE)
                      THEN FALSE
                    END,
                    CASE
                      WHEN CASE
                        WHEN m0.start_lo >= CAST(pt.ref_day_1_hi - INTERVAL '14 DAY' AS DATE)
                        THEN TRUE
                        WHEN m0.start_hi < CAST(pt.ref_day_1_lo - INTERVAL '14 DAY' AS DATE)
                        THEN FALSE
                      END IS TRUE
                      THEN TRUE
                    END
                  )
                )
              )
              AND CASE
                WHEN m0.start_hi < pt.ref_lympho_conditioning_lo
                THEN TRUE
                WHEN m0.start_lo >= pt.ref_lympho_conditioning_hi
                THEN FALSE
              END
            ) AS INT) * 2,
            1
          ),
          1
        )
      END AS g2,
      COALESCE(
        CAST((
          (
            CASE in_immunosuppressant_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
            OR CASE in_systemic_corticosteroid_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
          )
          AND (
            (
              COALESCE(
                CASE
                  WHEN m0.start_hi <= pt.ref_lympho_conditioning_lo
                  THEN TRUE
                  WHEN m0.start_lo > pt.ref_lympho_conditioning_hi
                  THEN FALSE
                END,
                CASE
                  WHEN CASE
                    WHEN m0.end_hi <= pt.ref_lympho_conditioning_lo
                    THEN TRUE
                    WHEN m0.end_lo > pt.ref_lympho_conditioning_hi
                    THEN FALSE
                  END IS TRUE
                  THEN TRUE
                END
              )
            )
            AND (
              COALESCE(
                CASE
                  WHEN m0.end_lo >= pt.ref_lympho_conditioning_hi
                  THEN TRUE
                  WHEN m0.end_hi < pt.ref_lympho_conditioning_lo
                  THEN FALSE
                END,
                CASE
                  WHEN CASE
                    WHEN m0.start_lo >= pt.ref_lympho_conditioning_hi
                    THEN TRUE
                    WHEN m0.start_hi < pt.ref_lympho_conditioning_lo
                    THEN FALSE
                  END IS TRUE
                  THEN TRUE
                END
              )
            )
          )
        ) AS INT) * 2,
        1
      ) AS g3,
      CASE
        WHEN CASE in_live_vaccine_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        THEN COALESCE(
          CAST(CASE
            WHEN CAST(pt.ref_lympho_conditioning_hi - INTERVAL '42 DAY' AS DATE) <= m0.start_lo
            AND m0.start_hi <= pt.ref_lympho_conditioning_lo
            THEN TRUE
            WHEN m0.start_hi < CAST(pt.ref_lympho_conditioning_lo - INTERVAL '42 DAY' AS DATE)
            OR m0.start_lo > pt.ref_lympho_conditioning_hi
            THEN FALSE
          END AS INT) * 2,
          1
        )
        WHEN CASE in_live_vaccine_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS NULL
        THEN LEAST(
          COALESCE(
            CAST(CASE
              WHEN CAST(pt.ref_lympho_conditioning_hi - INTERVAL '42 DAY' AS DATE) <= m0.start_lo
              AND m0.start_hi <= pt.ref_lympho_conditioning_lo
              THEN TRUE
              WHEN m0.start_hi < CAST(pt.ref_lympho_conditioning_lo - INTERVAL '42 DAY' AS DATE)
              OR m0.start_lo > pt.ref_lympho_conditioning_hi
              THEN FALSE
            END AS INT) * 2,
            1
          ),
          1
        )
      END AS g4
    FROM medications AS m0
    JOIN patient_facts AS pt
      ON pt.patient_id = m0.patient_id
    LEFT JOIN in_antineoplastic_agent_code_m0 AS in_antineoplastic_agent_code_m0
      ON in_antineoplastic_agent_code_m0.patient_id = m0.patient_id
      AND in_antineoplastic_agent_code_m0.m0_seq = m0.seq
    LEFT JOIN in_immunosuppressant_code_m0 AS in_immunosuppressant_code_m0
      ON in_immunosuppressant_code_m0.patient_id = m0.patient_id
      AND in_immunosuppressant_code_m0.m0_seq = m0.seq
    LEFT JOIN in_systemic_corticosteroid_code_m0 AS in_systemic_corticosteroid_code_m0
      ON in_systemic_corticosteroid_code_m0.patient_id = m0.patient_id
      AND in_systemic_corticosteroid_code_m0.m0_seq = m0.seq
    LEFT JOIN in_live_vaccine_code_m0 AS in_live_vaccine_code_m0
      ON in_live_vaccine_code_m0.patient_id = m0.patient_id
      AND in_live_vaccine_code_m0.m0_seq = m0.seq
    WHERE
      (
        m0.status IS NULL
        OR NOT m0.status IN ('entered_in_error', 'intended', 'not_taken')
      )
  ) AS r
  GROUP BY
    r.patient_id
), observation_queries_per_m0_per_c0_1 AS (
  SELECT
    r.patient_id,
    r.m0_seq,
    r.c0_seq,
    MAX(r.g1) AS disease_status_grade,
    MAX(r.g2) AS disease_status_2_grade
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
              ELSE CASE
                WHEN c0.id IS NULL
                THEN NULL
                ELSE COALESCE(c0.id = ANY(
                  o0.focus
                ), FALSE)
              END
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
            AND CASE
              WHEN o0.date_hi < pt.ref_day_1_lo
              THEN TRUE
              WHEN o0.date_lo >= pt.ref_day_1_hi
              THEN FALSE
            END
          ) AS INT) * 2,
          1
        )
        WHEN CASE in_disease_status_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS NULL
        THEN LEAST(
          COALESCE(
            CAST((
              CASE
                WHEN o0.focus IS NULL OR c0.id IS NULL
                THEN CAST(NULL AS BOOLEAN)
                ELSE CASE
                  WHEN c0.id IS NULL
                  THEN NULL
                  ELSE COALESCE(c0.id = ANY(
                    o0.focus
                  ), FALSE)
                END
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
              AND CASE
                WHEN o0.date_hi < pt.ref_day_1_lo
                THEN TRUE
                WHEN o0.date_lo >= pt.ref_day_1_hi
                THEN FALSE
              END
            ) AS INT) * 2,
            1
          ),
          1
        )
      END AS g1,
      CASE
        WHEN CASE in_disease_status_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        THEN COALESCE(
          CAST((
            CASE
              WHEN o0.focus IS NULL OR c0.id IS NULL
              THEN CAST(NULL AS BOOLEAN)
              ELSE CASE
                WHEN c0.id IS NULL
                THEN NULL
                ELSE COALESCE(c0.id = ANY(
                  o0.focus
                ), FALSE)
              END
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
          ) AS INT) * 2,
          1
        )
        WHEN CASE in_disease_status_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS NULL
        THEN LEAST(
          COALESCE(
            CAST((
              CASE
                WHEN o0.focus IS NULL OR c0.id IS NULL
                THEN CAST(NULL AS BOOLEAN)
                ELSE CASE
                  WHEN c0.id IS NULL
                  THEN NULL
                  ELSE COALESCE(c0.id = ANY(
                    o0.focus
                  ), FALSE)
                END
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
            ) AS INT) * 2,
            1
          ),
          1
        )
      END AS g2
    FROM observations AS o0
    JOIN conditions AS c0
      ON c0.patient_id = o0.patient_id
    JOIN medications AS m0
      ON m0.patient_id = o0.patient_id
    JOIN patient_facts AS pt
      ON pt.patient_id = o0.patient_id
    LEFT JOIN in_disease_status_code_o0 AS in_disease_status_code_o0
      ON in_disease_status_code_o0.patient_id = o0.patient_id
      AND in_disease_status_code_o0.o0_seq = o0.seq
    WHERE
      (
        NOT CASE in_disease_status_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
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
), observation_queries_1 AS (
  SELECT
    r.patient_id,
    MAX(r.g1) AS msi_status_grade,
    MAX(r.g2) AS mmr_status_grade,
    MAX(r.g3) AS ras_mutation_grade
  FROM (
    SELECT
      o0.patient_id AS patient_id,
      CASE
        WHEN CASE in_msi_status_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        THEN COALESCE(
          CAST((
            CASE
              WHEN COALESCE(o0.value_text, o0.value_code) IN ('msi_high', 'msi_low', 'stable')
              THEN COALESCE(o0.value_text, o0.value_code)
            END = 'msi_high'
          ) AS INT) * 2,
          1
        )
        WHEN CASE in_msi_status_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS NULL
        THEN LEAST(
          COALESCE(
            CAST((
              CASE
                WHEN COALESCE(o0.value_text, o0.value_code) IN ('msi_high', 'msi_low', 'stable')
                THEN COALESCE(o0.value_text, o0.value_code)
              END = 'msi_high'
            ) AS INT) * 2,
            1
          ),
          1
        )
      END AS g1,
      CASE
        WHEN CASE in_mmr_status_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        THEN COALESCE(
          CAST((
            CASE
              WHEN COALESCE(o0.value_text, o0.value_code) IN ('deficient', 'proficient')
              THEN COALESCE(o0.value_text, o0.value_code)
            END = 'deficient'
          ) AS INT) * 2,
          1
        )
        WHEN CASE in_mmr_status_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS NULL
        THEN LEAST(
          COALESCE(
            CAST((
              CASE
                WHEN COALESCE(o0.value_text, o0.value_code) IN ('deficient', 'proficient')
                THEN COALESCE(o0.value_text, o0.value_code)
              END = 'deficient'
            ) AS INT) * 2,
            1
          ),
          1
        )
      END AS g2,
      CASE
        WHEN CASE in_ras_mutation_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        THEN COALESCE(
          CAST((
            CASE
              WHEN COALESCE(o0.value_text, o0.value_code) IN ('mutated', 'wild_type')
              THEN COALESCE(o0.value_text, o0.value_code)
            END = 'mutated'
          ) AS INT) * 2,
          1
        )
        WHEN CASE in_ras_mutation_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS NULL
        THEN LEAST(
          COALESCE(
            CAST((
              CASE
                WHEN COALESCE(o0.value_text, o0.value_code) IN ('mutated', 'wild_type')
                THEN COALESCE(o0.value_text, o0.value_code)
              END = 'mutated'
            ) AS INT) * 2,
            1
          ),
          1
        )
      END AS g3
    FROM observations AS o0
    LEFT JOIN in_msi_status_code_o0 AS in_msi_status_code_o0
      ON in_msi_status_code_o0.patient_id = o0.patient_id
      AND in_msi_status_code_o0.o0_seq = o0.seq
    LEFT JOIN in_mmr_status_code_o0 AS in_mmr_status_code_o0
      ON in_mmr_status_code_o0.patient_id = o0.patient_id
      AND in_mmr_status_code_o0.o0_seq = o0.seq
    LEFT JOIN in_ras_mutation_code_o0 AS in_ras_mutation_code_o0
      ON in_ras_mutation_code_o0.patient_id = o0.patient_id
      AND in_ras_mutation_code_o0.o0_seq = o0.seq
    WHERE
      (
        NOT CASE in_msi_status_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
        OR NOT CASE in_mmr_status_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
        OR NOT CASE in_ras_mutation_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
      )
      AND (
        o0.status IS NULL OR NOT o0.status IN ('cancelled', 'entered_in_error')
      )
  ) AS r
  GROUP BY
    r.patient_id
), tmb_latest_candidates AS (
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
    CASE in_tmb_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
    AND CASE
      WHEN o0.date_hi < pt.ref_day_1_lo
      THEN TRUE
      WHEN o0.date_lo >= pt.ref_day_1_hi
      THEN FALSE
    END AS inside
  FROM observations AS o0
  JOIN patient_facts AS pt
    ON pt.patient_id = o0.patient_id
  LEFT JOIN in_tmb_code_o0 AS in_tmb_code_o0
    ON in_tmb_code_o0.patient_id = o0.patient_id AND in_tmb_code_o0.o0_seq = o0.seq
  WHERE
    (
      o0.status IS NULL OR NOT o0.status IN ('cancelled', 'entered_in_error')
    )
    AND NOT CASE in_tmb_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
), er_status_latest_candidates AS (
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
    CASE in_er_status_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
    AND CASE
      WHEN o0.date_hi < pt.ref_day_1_lo
      THEN TRUE
      WHEN o0.date_lo >= pt.ref_day_1_hi
      THEN FALSE
    END AS inside
  FROM observations AS o0
  JOIN patient_facts AS pt
    ON pt.patient_id = o0.patient_id
  LEFT JOIN in_er_status_code_o0 AS in_er_status_code_o0
    ON in_er_status_code_o0.patient_id = o0.patient_id
    AND in_er_status_code_o0.o0_seq = o0.seq
  WHERE
    (
      o0.status IS NULL OR NOT o0.status IN ('cancelled', 'entered_in_error')
    )
    AND NOT CASE in_er_status_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
), pr_status_latest_candidates AS (
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
    CASE in_pr_status_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
    AND CASE
      WHEN o0.date_hi < pt.ref_day_1_lo
      THEN TRUE
      WHEN o0.date_lo >= pt.ref_day_1_hi
      THEN FALSE
    END AS inside
  FROM observations AS o0
  JOIN patient_facts AS pt
    ON pt.patient_id = o0.patient_id
  LEFT JOIN in_pr_status_code_o0 AS in_pr_status_code_o0
    ON in_pr_status_code_o0.patient_id = o0.patient_id
    AND in_pr_status_code_o0.o0_seq = o0.seq
  WHERE
    (
      o0.status IS NULL OR NOT o0.status IN ('cancelled', 'entered_in_error')
    )
    AND NOT CASE in_pr_status_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
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
      WHEN o0.date_hi < pt.ref_day_1_lo
      THEN TRUE
      WHEN o0.date_lo >= pt.ref_day_1_hi
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
), her2_ihc_score_latest_candidates AS (
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
    CASE in_her2_ihc_score_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
    AND CASE
      WHEN o0.date_hi < pt.ref_day_1_lo
      THEN TRUE
      WHEN o0.date_lo >= pt.ref_day_1_hi
      THEN FALSE
    END AS inside
  FROM observations AS o0
  JOIN patient_facts AS pt
    ON pt.patient_id = o0.patient_id
  LEFT JOIN in_her2_ihc_score_code_o0 AS in_her2_ihc_score_code_o0
    ON in_her2_ihc_score_code_o0.patient_id = o0.patient_id
    AND in_her2_ihc_score_code_o0.o0_seq = o0.seq
  WHERE
    (
      o0.status IS NULL OR NOT o0.status IN ('cancelled', 'entered_in_error')
    )
    AND NOT CASE in_her2_ihc_score_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
), her2_ish_copy_number_latest_candidates AS (
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
    CASE in_her2_ish_copy_number_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
    AND CASE
      WHEN o0.date_hi < pt.ref_day_1_lo
      THEN TRUE
      WHEN o0.date_lo >= pt.ref_day_1_hi
      THEN FALSE
    END AS inside
  FROM observations AS o0
  JOIN patient_facts AS pt
    ON pt.patient_id = o0.patient_id
  LEFT JOIN in_her2_ish_copy_number_code_o0 AS in_her2_ish_copy_number_code_o0
    ON in_her2_ish_copy_number_code_o0.patient_id = o0.patient_id
    AND in_her2_ish_copy_number_code_o0.o0_seq = o0.seq
  WHERE
    (
      o0.status IS NULL OR NOT o0.status IN ('cancelled', 'entered_in_error')
    )
    AND NOT CASE in_her2_ish_copy_number_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
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
                      THEN CAST(1.0 AS DOUBLE PRECISION)
                      WHEN 'mm' = 'mm'
                      THEN CAST(0.1 AS DOUBLE PRECISION)
                    END
                  ) >= CAST(1.0 AS DOUBLE PRECISION)
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
                          THEN CAST(1.0 AS DOUBLE PRECISION)
                          WHEN 'mm' = 'mm'
                          THEN CAST(0.1 AS DOUBLE PRECISION)
                        END
                      ) >= CAST(1.5 AS DOUBLE PRECISION)
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
                            THEN CAST(1.0 AS DOUBLE PRECISION)
                            WHEN 'mm' = 'mm'
                            THEN CAST(0.1 AS DOUBLE PRECISION)
                          END
                        ) >= CAST(1.0 AS DOUBLE PRECISION)
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
                            THEN CAST(1.0 AS DOUBLE PRECISION)
                            WHEN 'mm' = 'mm'
                            THEN CAST(0.1 AS DOUBLE PRECISION)
                          END
                        ) >= CAST(1.0 AS DOUBLE PRECISION)
                      )
                    )
                    OR (
                      CASE in_recist_radiography_method_l0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                      AND (
                        (
                          l0.longest_diameter * CASE
                            WHEN 'mm' = 'cm'
                            THEN CAST(1.0 AS DOUBLE PRECISION)
                            WHEN 'mm' = 'mm'
                            THEN CAST(0.1 AS DOUBLE PRECISION)
                          END
                        ) >= CAST(2.0 AS DOUBLE PRECISION)
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
                          THEN CAST(1.0 AS DOUBLE PRECISION)
                          WHEN 'mm' = 'mm'
                          THEN CAST(0.1 AS DOUBLE PRECISION)
                        END
                      ) >= CAST(1.5 AS DOUBLE PRECISION)
                    )
                  )
                  AND (
                    (
                      CASE in_recist_cross_sectional_method_l0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                      AND (
                        (
                          l0.longest_diameter * CASE
                            WHEN 'mm' = 'cm'
                            THEN CAST(1.0 AS DOUBLE PRECISION)
                            WHEN 'mm' = 'mm'
                            THEN CAST(0.1 AS DOUBLE PRECISION)
                          END
                        ) >= CAST(1.0 AS DOUBLE PRECISION)
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
                            THEN CAST(1.0 AS DOUBLE PRECISION)
                            WHEN 'mm' = 'mm'
                            THEN CAST(0.1 AS DOUBLE PRECISION)
                          END
                        ) >= CAST(1.0 AS DOUBLE PRECISION)
                      )
                    )
                    OR (
                      CASE in_recist_radiography_method_l0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                      AND (
                        (
                          l0.longest_diameter * CASE
                            WHEN 'mm' = 'cm'
                            THEN CAST(1.0 AS DOUBLE PRECISION)
                            WHEN 'mm' = 'mm'
                            THEN CAST(0.1 AS DOUBLE PRECISION)
                          END
                        ) >= CAST(2.0 AS DOUBLE PRECISION)
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
                      THEN CAST(1.0 AS DOUBLE PRECISION)
                      WHEN 'mm' = 'mm'
                      THEN CAST(0.1 AS DOUBLE PRECISION)
                    END
                  ) >= CAST(1.0 AS DOUBLE PRECISION)
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
                          THEN CAST(1.0 AS DOUBLE PRECISION)
                          WHEN 'mm' = 'mm'
                          THEN CAST(0.1 AS DOUBLE PRECISION)
                        END
                      ) >= CAST(1.5 AS DOUBLE PRECISION)
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
                            THEN CAST(1.0 AS DOUBLE PRECISION)
                            WHEN 'mm' = 'mm'
                            THEN CAST(0.1 AS DOUBLE PRECISION)
                          END
                        ) >= CAST(1.0 AS DOUBLE PRECISION)
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
                            THEN CAST(1.0 AS DOUBLE PRECISION)
                            WHEN 'mm' = 'mm'
                            THEN CAST(0.1 AS DOUBLE PRECISION)
                          END
                        ) >= CAST(1.0 AS DOUBLE PRECISION)
                      )
                    )
                    OR (
                      CASE in_recist_radiography_method_l0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                      AND (
                        (
                          l0.longest_diameter * CASE
                            WHEN 'mm' = 'cm'
                            THEN CAST(1.0 AS DOUBLE PRECISION)
                            WHEN 'mm' = 'mm'
                            THEN CAST(0.1 AS DOUBLE PRECISION)
                          END
                        ) >= CAST(2.0 AS DOUBLE PRECISION)
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
                          THEN CAST(1.0 AS DOUBLE PRECISION)
                          WHEN 'mm' = 'mm'
                          THEN CAST(0.1 AS DOUBLE PRECISION)
                        END
                      ) >= CAST(1.5 AS DOUBLE PRECISION)
                    )
                  )
                  AND (
                    (
                      CASE in_recist_cross_sectional_method_l0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                      AND (
                        (
                          l0.longest_diameter * CASE
                            WHEN 'mm' = 'cm'
                            THEN CAST(1.0 AS DOUBLE PRECISION)
                            WHEN 'mm' = 'mm'
                            THEN CAST(0.1 AS DOUBLE PRECISION)
                          END
                        ) >= CAST(1.0 AS DOUBLE PRECISION)
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
                            THEN CAST(1.0 AS DOUBLE PRECISION)
                            WHEN 'mm' = 'mm'
                            THEN CAST(0.1 AS DOUBLE PRECISION)
                          END
                        ) >= CAST(1.0 AS DOUBLE PRECISION)
                      )
                    )
                    OR (
                      CASE in_recist_radiography_method_l0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                      AND (
                        (
                          l0.longest_diameter * CASE
                            WHEN 'mm' = 'cm'
                            THEN CAST(1.0 AS DOUBLE PRECISION)
                            WHEN 'mm' = 'mm'
                            THEN CAST(0.1 AS DOUBLE PRECISION)
                          END
                        ) >= CAST(2.0 AS DOUBLE PRECISION)
                      )
                    )
                  )
                )
              )
            )
          )
          AND CASE
            WHEN CAST(pt.ref_day_1_hi - INTERVAL '28 DAY' AS DATE) <= l0.date_lo
            AND l0.date_hi <= pt.ref_day_1_lo
            THEN TRUE
            WHEN l0.date_hi < CAST(pt.ref_day_1_lo - INTERVAL '28 DAY' AS DATE)
            OR l0.date_lo > pt.ref_day_1_hi
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
), pregnancy_test_latest_candidates AS (
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
    CASE in_pregnancy_test_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
    AND CASE
      WHEN CAST(pt.ref_lympho_conditioning_hi - INTERVAL '7 DAY' AS DATE) <= o0.date_lo
      AND o0.date_hi <= pt.ref_lympho_conditioning_lo
      THEN TRUE
      WHEN o0.date_hi < CAST(pt.ref_lympho_conditioning_lo - INTERVAL '7 DAY' AS DATE)
      OR o0.date_lo > pt.ref_lympho_conditioning_hi
      THEN FALSE
    END AS inside
  FROM observations AS o0
  JOIN patient_facts AS pt
    ON pt.patient_id = o0.patient_id
  LEFT JOIN in_pregnancy_test_code_o0 AS in_pregnancy_test_code_o0
    ON in_pregnancy_test_code_o0.patient_id = o0.patient_id
    AND in_pregnancy_test_code_o0.o0_seq = o0.seq
  WHERE
    (
      o0.status IS NULL OR NOT o0.status IN ('cancelled', 'entered_in_error')
    )
    AND NOT CASE in_pregnancy_test_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
), breastfeeding_latest_candidates AS (
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
    CASE in_breastfeeding_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
    AND CASE
      WHEN CAST(pt.ref_lympho_conditioning_hi - INTERVAL '28 DAY' AS DATE) <= o0.date_lo
      AND o0.date_hi <= pt.ref_lympho_conditioning_lo
      THEN TRUE
      WHEN o0.date_hi < CAST(pt.ref_lympho_conditioning_lo - INTERVAL '28 DAY' AS DATE)
      OR o0.date_lo > pt.ref_lympho_conditioning_hi
      THEN FALSE
    END AS inside
  FROM observations AS o0
  JOIN patient_facts AS pt
    ON pt.patient_id = o0.patient_id
  LEFT JOIN in_breastfeeding_code_o0 AS in_breastfeeding_code_o0
    ON in_breastfeeding_code_o0.patient_id = o0.patient_id
    AND in_breastfeeding_code_o0.o0_seq = o0.seq
  WHERE
    (
      o0.status IS NULL OR NOT o0.status IN ('cancelled', 'entered_in_error')
    )
    AND NOT CASE in_breastfeeding_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
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
      WHEN CAST(pt.ref_lympho_conditioning_hi - INTERVAL '28 DAY' AS DATE) <= o0.date_lo
      AND o0.date_hi <= pt.ref_lympho_conditioning_lo
      THEN TRUE
      WHEN o0.date_hi < CAST(pt.ref_lympho_conditioning_lo - INTERVAL '28 DAY' AS DATE)
      OR o0.date_lo > pt.ref_lympho_conditioning_hi
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
), lvef_latest_candidates AS (
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
    CASE in_lvef_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
    AND CASE
      WHEN CAST(pt.ref_lympho_conditioning_hi - INTERVAL '3 MONTH' AS DATE) <= o0.date_lo
      AND o0.date_hi <= pt.ref_lympho_conditioning_lo
      THEN TRUE
      WHEN o0.date_hi < CAST(pt.ref_lympho_conditioning_lo - INTERVAL '3 MONTH' AS DATE)
      OR o0.date_lo > pt.ref_lympho_conditioning_hi
      THEN FALSE
    END AS inside
  FROM observations AS o0
  JOIN patient_facts AS pt
    ON pt.patient_id = o0.patient_id
  LEFT JOIN in_lvef_code_o0 AS in_lvef_code_o0
    ON in_lvef_code_o0.patient_id = o0.patient_id AND in_lvef_code_o0.o0_seq = o0.seq
  WHERE
    (
      o0.status IS NULL OR NOT o0.status IN ('cancelled', 'entered_in_error')
    )
    AND NOT CASE in_lvef_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
), observation_queries_per_p0_per_c0_1 AS (
  SELECT
    r.patient_id,
    r.p0_seq,
    r.c0_seq,
    MAX(r.g1) AS disease_status_grade
  FROM (
    SELECT
      o0.patient_id AS patient_id,
      p0.seq AS p0_seq,
      c0.seq AS c0_seq,
      CASE
        WHEN CASE in_disease_status_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        THEN COALESCE(
          CAST((
            CASE
              WHEN o0.focus IS NULL OR c0.id IS NULL
              THEN CAST(NULL AS BOOLEAN)
              ELSE CASE
                WHEN c0.id IS NULL
                THEN NULL
                ELSE COALESCE(c0.id = ANY(
                  o0.focus
                ), FALSE)
              END
            END
            AND (
              CASE
                WHEN COALESCE(o0.value_text, o0.value_code) IN ('improving', 'stable', 'progressing')
                THEN COALESCE(o0.value_text, o0.value_code)
              END = 'progressing'
            )
            AND (
              (
                (
                  NOT p0.date_lo IS NULL
                )
                AND CASE
                  WHEN o0.date_lo > p0.date_hi
                  THEN TRUE
                  WHEN o0.date_hi <= p0.date_lo
                  THEN FALSE
                END
              )
              OR (
                NOT (
                  NOT p0.date_lo IS NULL
                )
                AND CASE
                  WHEN o0.date_lo > p0.end_hi
                  THEN TRUE
                  WHEN o0.date_hi <= p0.end_lo
                  THEN FALSE
                END
              )
              OR (
                CASE
                  WHEN o0.date_lo > p0.date_hi
                  THEN TRUE
                  WHEN o0.date_hi <= p0.date_lo
                  THEN FALSE
                END
                AND CASE
                  WHEN o0.date_lo > p0.end_hi
                  THEN TRUE
                  WHEN o0.date_hi <= p0.end_lo
                  THEN FALSE
                END
              )
            )
          ) AS INT) * 2,
          1
        )
        WHEN CASE in_disease_status_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS NULL
        THEN LEAST(
          COALESCE(
            CAST((
              CASE
                WHEN o0.focus IS NULL OR c0.id IS NULL
                THEN CAST(NULL AS BOOLEAN)
                ELSE CASE
                  WHEN c0.id IS NULL
                  THEN NULL
                  ELSE COALESCE(c0.id = ANY(
                    o0.focus
                  ), FALSE)
                END
              END
              AND (
                CASE
                  WHEN COALESCE(o0.value_text, o0.value_code) IN ('improving', 'stable', 'progressing')
                  THEN COALESCE(o0.value_text, o0.value_code)
                END = 'progressing'
              )
              AND (
                (
                  (
                    NOT p0.date_lo IS NULL
                  )
                  AND CASE
                    WHEN o0.date_lo > p0.date_hi
                    THEN TRUE
                    WHEN o0.date_hi <= p0.date_lo
                    THEN FALSE
                  END
                )
                OR (
                  NOT (
                    NOT p0.date_lo IS NULL
                  )
                  AND CASE
                    WHEN o0.date_lo > p0.end_hi
                    THEN TRUE
                    WHEN o0.date_hi <= p0.end_lo
                    THEN FALSE
                  END
                )
                OR (
                  CASE
                    WHEN o0.date_lo > p0.date_hi
                    THEN TRUE
                    WHEN o0.date_hi <= p0.date_lo
                    THEN FALSE
                  END
                  AND CASE
                    WHEN o0.date_lo > p0.end_hi
                    THEN TRUE
                    WHEN o0.date_hi <= p0.end_lo
                    THEN FALSE
                  END
                )
              )
            ) AS INT) * 2,
            1
          ),
          1
        )
      END AS g1
    FROM observations AS o0
    JOIN conditions AS c0
      ON c0.patient_id = o0.patient_id
    JOIN procedures AS p0
      ON p0.patient_id = o0.patient_id
    LEFT JOIN in_disease_status_code_o0 AS in_disease_status_code_o0
      ON in_disease_status_code_o0.patient_id = o0.patient_id
      AND in_disease_status_code_o0.o0_seq = o0.seq
    WHERE
      NOT CASE in_disease_status_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
      AND (
        o0.status IS NULL OR NOT o0.status IN ('cancelled', 'entered_in_error')
      )
  ) AS r
  GROUP BY
    r.patient_id,
    r.p0_seq,
    r.c0_seq
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
        ELSE CASE
          WHEN c0.id IS NULL
          THEN NULL
          ELSE COALESCE(c0.id = ANY(
            o0.focus
          ), FALSE)
        END
      END
    )
    AND CASE
      WHEN CAST(pt.ref_day_1_hi - INTERVAL '28 DAY' AS DATE) <= o0.date_lo
      AND o0.date_hi <= pt.ref_day_1_lo
      THEN TRUE
      WHEN o0.date_hi < CAST(pt.ref_day_1_lo - INTERVAL '28 DAY' AS DATE)
      OR o0.date_lo > pt.ref_day_1_hi
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
        ELSE CASE
          WHEN c0.id IS NULL
          THEN NULL
          ELSE COALESCE(c0.id = ANY(
            o0.focus
          ), FALSE)
        END
      END
    ) IS FALSE
), allergy_queries_1 AS (
  SELECT
    r.patient_id,
    MAX(r.g1) AS albumin_or_dmso_grade
  FROM (
    SELECT
      a0.patient_id AS patient_id,
      CASE
        WHEN CASE in_albumin_or_dmso_code_a0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        THEN COALESCE(
          CAST((
            TRUE
            AND NOT CASE
              WHEN NOT (
                NOT a0.status IS NULL
              )
              THEN CAST(NULL AS BOOLEAN)
              ELSE (
                (
                  a0.status = 'inactive'
                ) OR (
                  a0.status = 'resolved'
                )
              )
            END
          ) AS INT) * 2,
          1
        )
        WHEN CASE in_albumin_or_dmso_code_a0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS NULL
        THEN LEAST(
          COALESCE(
            CAST((
              TRUE
              AND NOT CASE
                WHEN NOT (
                  NOT a0.status IS NULL
                )
                THEN CAST(NULL AS BOOLEAN)
                ELSE (
                  (
                    a0.status = 'inactive'
                  ) OR (
                    a0.status = 'resolved'
                  )
                )
              END
            ) AS INT) * 2,
            1
          ),
          1
        )
      END AS g1
    FROM allergies AS a0
    LEFT JOIN in_albumin_or_dmso_code_a0 AS in_albumin_or_dmso_code_a0
      ON in_albumin_or_dmso_code_a0.patient_id = a0.patient_id
      AND in_albumin_or_dmso_code_a0.a0_seq = a0.seq
    WHERE
      NOT CASE in_albumin_or_dmso_code_a0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
  ) AS r
  GROUP BY
    r.patient_id
), medication_queries_per_c0_2 AS (
  SELECT
    r.patient_id,
    r.c0_seq,
    MAX(r.g1) AS antineoplastic_agent_grade,
    MAX(r.g2) AS trastuzumab_grade,
    MAX(r.g3) AS pertuzumab_or_her2_adc_grade,
    MAX(r.g4) AS cetuximab_grade,
    MAX(r.g5) AS antineoplastic_agent_2_grade
  FROM (
    SELECT
      m0.patient_id AS patient_id,
      c0.seq AS c0_seq,
      CASE
        WHEN CASE in_antineoplastic_agent_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        THEN COALESCE(
          CAST((
            CASE
              WHEN m0.reason IS NULL OR c0.id IS NULL
              THEN CAST(NULL AS BOOLEAN)
              ELSE CASE
                WHEN c0.id IS NULL
                THEN NULL
                ELSE COALESCE(c0.id = ANY(
                  m0.reason
                ), FALSE)
              END
            END
            AND CASE
              WHEN m0.start_hi < pt.ref_day_1_lo
              THEN TRUE
              WHEN m0.start_lo >= pt.ref_day_1_hi
              THEN FALSE
            END
            AND (
              CAST(m0.line AS DOUBLE PRECISION) >= CAST(1.0 AS DOUBLE PRECISION)
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
        WHEN CASE in_antineoplastic_agent_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS NULL
        THEN LEAST(
          COALESCE(
            CAST((
              CASE
                WHEN m0.reason IS NULL OR c0.id IS NULL
                THEN CAST(NULL AS BOOLEAN)
                ELSE CASE
                  WHEN c0.id IS NULL
                  THEN NULL
                  ELSE COALESCE(c0.id = ANY(
                    m0.reason
                  ), FALSE)
                END
              END
              AND CASE
                WHEN m0.start_hi < pt.ref_day_1_lo
                THEN TRUE
                WHEN m0.start_lo >= pt.ref_day_1_hi
                THEN FALSE
              END
              AND (
                CAST(m0.line AS DOUBLE PRECISION) >= CAST(1.0 AS DOUBLE PRECISION)
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
      END AS g1,
      CASE
        WHEN CASE in_trastuzumab_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        THEN COALESCE(
          CAST((
            CASE
              WHEN m0.reason IS NULL OR c0.id IS NULL
              THEN CAST(NULL AS BOOLEAN)
              ELSE CASE
                WHEN c0.id IS NULL
                THEN NULL
                ELSE COALESCE(c0.id = ANY(
                  m0.reason
                ), FALSE)
              END
            END
            AND CASE
              WHEN m0.start_hi < pt.ref_day_1_lo
              THEN TRUE
              WHEN m0.start_lo >= pt.ref_day_1_hi
              THEN FALSE
            END
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
        WHEN CASE in_trastuzumab_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS NULL
        THEN LEAST(
          COALESCE(
            CAST((
              CASE
                WHEN m0.reason IS NULL OR c0.id IS NULL
                THEN CAST(NULL AS BOOLEAN)
                ELSE CASE
                  WHEN c0.id IS NULL
                  THEN NULL
                  ELSE COALESCE(c0.id = ANY(
                    m0.reason
                  ), FALSE)
                END
              END
              AND CASE
                WHEN m0.start_hi < pt.ref_day_1_lo
                THEN TRUE
                WHEN m0.start_lo >= pt.ref_day_1_hi
                THEN FALSE
              END
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
      END AS g2,
      CASE
        WHEN CASE in_pertuzumab_or_her2_adc_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        THEN COALESCE(
          CAST((
            CASE
              WHEN m0.reason IS NULL OR c0.id IS NULL
              THEN CAST(NULL AS BOOLEAN)
              ELSE CASE
                WHEN c0.id IS NULL
                THEN NULL
                ELSE COALESCE(c0.id = ANY(
                  m0.reason
                ), FALSE)
              END
            END
            AND CASE
              WHEN m0.start_hi < pt.ref_day_1_lo
              THEN TRUE
              WHEN m0.start_lo >= pt.ref_day_1_hi
              THEN FALSE
            END
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
        WHEN CASE in_pertuzumab_or_her2_adc_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS NULL
        THEN LEAST(
          COALESCE(
            CAST((
              CASE
                WHEN m0.reason IS NULL OR c0.id IS NULL
                THEN CAST(NULL AS BOOLEAN)
                ELSE CASE
                  WHEN c0.id IS NULL
                  THEN NULL
                  ELSE COALESCE(c0.id = ANY(
                    m0.reason
                  ), FALSE)
                END
              END
              AND CASE
                WHEN m0.start_hi < pt.ref_day_1_lo
                THEN TRUE
                WHEN m0.start_lo >= pt.ref_day_1_hi
                THEN FALSE
              END
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
      END AS g3,
      CASE
        WHEN CASE in_cetuximab_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        THEN COALESCE(
          CAST((
            CASE
              WHEN m0.reason IS NULL OR c0.id IS NULL
              THEN CAST(NULL AS BOOLEAN)
              ELSE CASE
                WHEN c0.id IS NULL
                THEN NULL
                ELSE COALESCE(c0.id = ANY(
                  m0.reason
                ), FALSE)
              END
            END
            AND CASE
              WHEN m0.start_hi < pt.ref_day_1_lo
              THEN TRUE
              WHEN m0.start_lo >= pt.ref_day_1_hi
              THEN FALSE
            END
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
        WHEN CASE in_cetuximab_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS NULL
        THEN LEAST(
          COALESCE(
            CAST((
              CASE
                WHEN m0.reason IS NULL OR c0.id IS NULL
                THEN CAST(NULL AS BOOLEAN)
                ELSE CASE
                  WHEN c0.id IS NULL
                  THEN NULL
                  ELSE COALESCE(c0.id = ANY(
                    m0.reason
                  ), FALSE)
                END
              END
              AND CASE
                WHEN m0.start_hi < pt.ref_day_1_lo
                THEN TRUE
                WHEN m0.start_lo >= pt.ref_day_1_hi
                THEN FALSE
              END
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
      END AS g4,
      CASE
        WHEN CASE in_antineoplastic_agent_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        THEN COALESCE(
          CAST((
            CASE
              WHEN m0.reason IS NULL OR c0.id IS NULL
              THEN CAST(NULL AS BOOLEAN)
              ELSE CASE
                WHEN c0.id IS NULL
                THEN NULL
                ELSE COALESCE(c0.id = ANY(
                  m0.reason
                ), FALSE)
              END
            END
            AND CASE
              WHEN m0.end_hi <= CAST(pt.ref_day_1_lo - INTERVAL '3 MONTH' AS DATE)
              THEN TRUE
              WHEN m0.end_lo > CAST(pt.ref_day_1_hi - INTERVAL '3 MONTH' AS DATE)
              THEN FALSE
            END
            AND (
              NOT CASE
                WHEN pt.observations_collected IS TRUE
                THEN CASE COALESCE(observation_queries_per_m0_per_c0_1.disease_status_2_grade, 0)
                  WHEN 2
                  THEN TRUE
                  WHEN 1
                  THEN CAST(NULL AS BOOLEAN)
                  ELSE FALSE
                END
              END
            )
          ) AS INT) * 2,
          1
        )
        WHEN CASE in_antineoplastic_agent_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS NULL
        THEN LEAST(
          COALESCE(
            CAST((
              CASE
                WHEN m0.reason IS NULL OR c0.id IS NULL
                THEN CAST(NULL AS BOOLEAN)
                ELSE CASE
                  WHEN c0.id IS NULL
                  THEN NULL
                  ELSE COALESCE(c0.id = ANY(
                    m0.reason
                  ), FALSE)
                END
              END
              AND CASE
                WHEN m0.end_hi <= CAST(pt.ref_day_1_lo - INTERVAL '3 MONTH' AS DATE)
                THEN TRUE
                WHEN m0.end_lo > CAST(pt.ref_day_1_hi - INTERVAL '3 MONTH' AS DATE)
                THEN FALSE
              END
              AND (
                NOT CASE
                  WHEN pt.observations_collected IS TRUE
                  THEN CASE COALESCE(observation_queries_per_m0_per_c0_1.disease_status_2_grade, 0)
                    WHEN 2
                    THEN TRUE
                    WHEN 1
                    THEN CAST(NULL AS BOOLEAN)
                    ELSE FALSE
                  END
                END
              )
            ) AS INT) * 2,
            1
          ),
          1
        )
      END AS g5
    FROM medications AS m0
    JOIN conditions AS c0
      ON c0.patient_id = m0.patient_id
    JOIN patient_facts AS pt
      ON pt.patient_id = m0.patient_id
    LEFT JOIN in_antineoplastic_agent_code_m0 AS in_antineoplastic_agent_code_m0
      ON in_antineoplastic_agent_code_m0.patient_id = m0.patient_id
      AND in_antineoplastic_agent_code_m0.m0_seq = m0.seq
    LEFT JOIN observation_queries_per_m0_per_c0_1 AS observation_queries_per_m0_per_c0_1
      ON observation_queries_per_m0_per_c0_1.patient_id = m0.patient_id
      AND observation_queries_per_m0_per_c0_1.m0_seq = m0.seq
      AND observation_queries_per_m0_per_c0_1.c0_seq = c0.seq
    LEFT JOIN in_trastuzumab_code_m0 AS in_trastuzumab_code_m0
      ON in_trastuzumab_code_m0.patient_id = m0.patient_id
      AND in_trastuzumab_code_m0.m0_seq = m0.seq
    LEFT JOIN in_pertuzumab_or_her2_adc_code_m0 AS in_pertuzumab_or_her2_adc_code_m0
      ON in_pertuzumab_or_her2_adc_code_m0.patient_id = m0.patient_id
      AND in_pertuzumab_or_her2_adc_code_m0.m0_seq = m0.seq
    LEFT JOIN in_cetuximab_code_m0 AS in_cetuximab_code_m0
      ON in_cetuximab_code_m0.patient_id = m0.patient_id
      AND in_cetuximab_code_m0.m0_seq = m0.seq
    WHERE
      (
        NOT CASE in_antineoplastic_agent_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
        OR NOT CASE in_trastuzumab_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
        OR NOT CASE in_pertuzumab_or_her2_adc_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
        OR NOT CASE in_cetuximab_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
        OR NOT CASE in_antineoplastic_agent_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
      )
      AND (
        m0.status IS NULL
        OR NOT m0.status IN ('entered_in_error', 'intended', 'not_taken')
      )
  ) AS r
  GROUP BY
    r.patient_id,
    r.c0_seq
), tmb_latest AS (
  SELECT
    ch.patient_id AS patient_id,
    CASE WHEN COUNT(*) = COUNT(rv.value_num) THEN MIN(rv.value_num) END AS v0,
    CASE WHEN COUNT(*) = COUNT(rv.value_num) THEN MAX(rv.value_num) END AS v1
  FROM (
    SELECT
      c.*,
      ROW_NUMBER() OVER (
        PARTITION BY c.patient_id
        ORDER BY CASE WHEN c.inside IS TRUE THEN 0 ELSE 1 END, c.date_lo DESC NULLS LAST, c.seq
      ) AS recency
    FROM tmb_latest_candidates AS c
    WHERE
      NOT c.inside IS FALSE
  ) AS ch
  JOIN tmb_latest_candidates AS rv
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
), er_status_latest AS (
  SELECT
    ch.patient_id AS patient_id,
    CASE
      WHEN COALESCE(ch.value_text, ch.value_code) IN ('positive', 'negative')
      THEN COALESCE(ch.value_text, ch.value_code)
    END AS v0
  FROM (
    SELECT
      c.*,
      ROW_NUMBER() OVER (
        PARTITION BY c.patient_id
        ORDER BY CASE WHEN c.inside IS TRUE THEN 0 ELSE 1 END, c.date_lo DESC NULLS LAST, c.seq
      ) AS recency
    FROM er_status_latest_candidates AS c
    WHERE
      NOT c.inside IS FALSE
  ) AS ch
  LEFT JOIN er_status_latest_candidates AS rv
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
), pr_status_latest AS (
  SELECT
    ch.patient_id AS patient_id,
    CASE
      WHEN COALESCE(ch.value_text, ch.value_code) IN ('positive', 'negative')
      THEN COALESCE(ch.value_text, ch.value_code)
    END AS v0
  FROM (
    SELECT
      c.*,
      ROW_NUMBER() OVER (
        PARTITION BY c.patient_id
        ORDER BY CASE WHEN c.inside IS TRUE THEN 0 ELSE 1 END, c.date_lo DESC NULLS LAST, c.seq
      ) AS recency
    FROM pr_status_latest_candidates AS c
    WHERE
      NOT c.inside IS FALSE
  ) AS ch
  LEFT JOIN pr_status_latest_candidates AS rv
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
        ORDER BY CASE WHEN c.inside IS TRUE THEN 0 ELSE 1 END, c.date_lo DESC NULLS LAST, c.seq
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
), her2_ihc_score_latest AS (
  SELECT
    ch.patient_id AS patient_id,
    CASE WHEN COUNT(*) = COUNT(rv.value_num) THEN MIN(rv.value_num) END AS v0,
    CASE WHEN COUNT(*) = COUNT(rv.value_num) THEN MAX(rv.value_num) END AS v1
  FROM (
    SELECT
      c.*,
      ROW_NUMBER() OVER (
        PARTITION BY c.patient_id
        ORDER BY CASE WHEN c.inside IS TRUE THEN 0 ELSE 1 END, c.date_lo DESC NULLS LAST, c.seq
      ) AS recency
    FROM her2_ihc_score_latest_candidates AS c
    WHERE
      NOT c.inside IS FALSE
  ) AS ch
  JOIN her2_ihc_score_latest_candidates AS rv
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
), her2_ish_copy_number_latest AS (
  SELECT
    ch.patient_id AS patient_id,
    CASE WHEN COUNT(*) = COUNT(rv.value_num) THEN MIN(rv.value_num) END AS v0,
    CASE WHEN COUNT(*) = COUNT(rv.value_num) THEN MAX(rv.value_num) END AS v1
  FROM (
    SELECT
      c.*,
      ROW_NUMBER() OVER (
        PARTITION BY c.patient_id
        ORDER BY CASE WHEN c.inside IS TRUE THEN 0 ELSE 1 END, c.date_lo DESC NULLS LAST, c.seq
      ) AS recency
    FROM her2_ish_copy_number_latest_candidates AS c
    WHERE
      NOT c.inside IS FALSE
  ) AS ch
  JOIN her2_ish_copy_number_latest_candidates AS rv
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
), pregnancy_test_latest AS (
  SELECT
    ch.patient_id AS patient_id,
    CASE
      WHEN COALESCE(ch.value_text, ch.value_code) IN ('positive', 'negative', 'indeterminate')
      THEN COALESCE(ch.value_text, ch.value_code)
    END AS v0
  FROM (
    SELECT
      c.*,
      ROW_NUMBER() OVER (
        PARTITION BY c.patient_id
        ORDER BY CASE WHEN c.inside IS TRUE THEN 0 ELSE 1 END, c.date_lo DESC NULLS LAST, c.seq
      ) AS recency
    FROM pregnancy_test_latest_candidates AS c
    WHERE
      NOT c.inside IS FALSE
  ) AS ch
  LEFT JOIN pregnancy_test_latest_candidates AS rv
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
), breastfeeding_latest AS (
  SELECT
    ch.patient_id AS patient_id,
    ch.value_bool AS v0
  FROM (
    SELECT
      c.*,
      ROW_NUMBER() OVER (
        PARTITION BY c.patient_id
        ORDER BY CASE WHEN c.inside IS TRUE THEN 0 ELSE 1 END, c.date_lo DESC NULLS LAST, c.seq
      ) AS recency
    FROM breastfeeding_latest_candidates AS c
    WHERE
      NOT c.inside IS FALSE
  ) AS ch
  LEFT JOIN breastfeeding_latest_candidates AS rv
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
        ORDER BY CASE WHEN c.inside IS TRUE THEN 0 ELSE 1 END, c.date_lo DESC NULLS LAST, c.seq
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
), lvef_latest AS (
  SELECT
    ch.patient_id AS patient_id,
    CASE
      WHEN COUNT(*) = COUNT(rv.value_num * CASE WHEN rv.unit = '%' THEN CAST(1.0 AS DOUBLE PRECISION) END)
      THEN MIN(rv.value_num * CASE WHEN rv.unit = '%' THEN CAST(1.0 AS DOUBLE PRECISION) END)
    END AS v0,
    CASE
      WHEN COUNT(*) = COUNT(rv.value_num * CASE WHEN rv.unit = '%' THEN CAST(1.0 AS DOUBLE PRECISION) END)
      AND COUNT(*) = COUNT(
        CASE
          WHEN NOT CASE WHEN rv.unit = '%' THEN CAST(1.0 AS DOUBLE PRECISION) END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE PRECISION)
          THEN CAST(rv.value_num AS DOUBLE PRECISION) / rv.reference_high
        END
      )
      THEN MIN(
        CASE
          WHEN NOT CASE WHEN rv.unit = '%' THEN CAST(1.0 AS DOUBLE PRECISION) END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE PRECISION)
          THEN CAST(rv.value_num AS DOUBLE PRECISION) / rv.reference_high
        END
      )
    END AS v1,
    CASE
      WHEN COUNT(*) = COUNT(rv.value_num * CASE WHEN rv.unit = '%' THEN CAST(1.0 AS DOUBLE PRECISION) END)
      THEN MAX(rv.value_num * CASE WHEN rv.unit = '%' THEN CAST(1.0 AS DOUBLE PRECISION) END)
    END AS v2,
    CASE
      WHEN COUNT(*) = COUNT(rv.value_num * CASE WHEN rv.unit = '%' THEN CAST(1.0 AS DOUBLE PRECISION) END)
      AND COUNT(*) = COUNT(
        CASE
          WHEN NOT CASE WHEN rv.unit = '%' THEN CAST(1.0 AS DOUBLE PRECISION) END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE PRECISION)
          THEN CAST(rv.value_num AS DOUBLE PRECISION) / rv.reference_high
        END
      )
      THEN MAX(
        CASE
          WHEN NOT CASE WHEN rv.unit = '%' THEN CAST(1.0 AS DOUBLE PRECISION) END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE PRECISION)
          THEN CAST(rv.value_num AS DOUBLE PRECISION) / rv.reference_high
        END
      )
    END AS v3
  FROM (
    SELECT
      c.*,
      ROW_NUMBER() OVER (
        PARTITION BY c.patient_id
        ORDER BY CASE WHEN c.inside IS TRUE THEN 0 ELSE 1 END, c.date_lo DESC NULLS LAST, c.seq
      ) AS recency
    FROM lvef_latest_candidates AS c
    WHERE
      NOT c.inside IS FALSE
  ) AS ch
  JOIN lvef_latest_candidates AS rv
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
), procedure_queries_per_c0_2 AS (
  SELECT
    r.patient_id,
    r.c0_seq,
    MAX(r.g1) AS any_grade
  FROM (
    SELECT
      p0.patient_id AS patient_id,
      c0.seq AS c0_seq,
      COALESCE(
        CAST((
          CASE
            WHEN p0.reason IS NULL OR c0.id IS NULL
            THEN CAST(NULL AS BOOLEAN)
            ELSE CASE
              WHEN c0.id IS NULL
              THEN NULL
              ELSE COALESCE(c0.id = ANY(
                p0.reason
              ), FALSE)
            END
          END
          AND (
            (
              (
                NOT p0.date_lo IS NULL
              )
              AND CASE
                WHEN p0.date_hi <= CAST(pt.ref_day_1_lo - INTERVAL '3 MONTH' AS DATE)
                THEN TRUE
                WHEN p0.date_lo > CAST(pt.ref_day_1_hi - INTERVAL '3 MONTH' AS DATE)
                THEN FALSE
              END
            )
            OR (
              NOT (
                NOT p0.date_lo IS NULL
              )
              AND CASE
                WHEN p0.end_hi <= CAST(pt.ref_day_1_lo - INTERVAL '3 MONTH' AS DATE)
                THEN TRUE
                WHEN p0.end_lo > CAST(pt.ref_day_1_hi - INTERVAL '3 MONTH' AS DATE)
                THEN FALSE
              END
            )
            OR (
              CASE
                WHEN p0.date_hi <= CAST(pt.ref_day_1_lo - INTERVAL '3 MONTH' AS DATE)
                THEN TRUE
                WHEN p0.date_lo > CAST(pt.ref_day_1_hi - INTERVAL '3 MONTH' AS DATE)
                THEN FALSE
              END
              AND CASE
                WHEN p0.end_hi <= CAST(pt.ref_day_1_lo - INTERVAL '3 MONTH' AS DATE)
                THEN TRUE
                WHEN p0.end_lo > CAST(pt.ref_day_1_hi - INTERVAL '3 MONTH' AS DATE)
                THEN FALSE
              END
            )
          )
          AND (
            NOT CASE
              WHEN pt.observations_collected IS TRUE
              THEN CASE COALESCE(observation_queries_per_p0_per_c0_1.disease_status_grade, 0)
                WHEN 2
                THEN TRUE
                WHEN 1
                THEN CAST(NULL AS BOOLEAN)
                ELSE FALSE
              END
            END
          )
        ) AS INT) * 2,
        1
      ) AS g1
    FROM procedures AS p0
    JOIN conditions AS c0
      ON c0.patient_id = p0.patient_id
    JOIN patient_facts AS pt
      ON pt.patient_id = p0.patient_id
    LEFT JOIN observation_queries_per_p0_per_c0_1 AS observation_queries_per_p0_per_c0_1
      ON observation_queries_per_p0_per_c0_1.patient_id = p0.patient_id
      AND observation_queries_per_p0_per_c0_1.p0_seq = p0.seq
      AND observation_queries_per_p0_per_c0_1.c0_seq = c0.seq
  ) AS r
  GROUP BY
    r.patient_id,
    r.c0_seq
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
        ORDER BY CASE WHEN c.inside IS TRUE THEN 0 ELSE 1 END, c.date_lo DESC NULLS LAST, c.seq
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
    MAX(r.g1) AS malignancy_grade,
    MAX(r.g2) AS breast_cancer_grade,
    MAX(r.g3) AS gastric_cancer_grade,
    MAX(r.g4) AS malignancy_2_grade,
    MAX(r.g5) AS colorectal_cancer_grade,
    MAX(r.g6) AS head_and_neck_cancer_grade,
    MAX(r.g7) AS cns_metastasis_grade
  FROM (
    SELECT
      c0.patient_id AS patient_id,
      CASE
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE in_malignancy_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_malignancy_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        END
        THEN COALESCE(
          CAST((
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
            AND CASE
              WHEN pt.medications_collected IS TRUE
              THEN CASE COALESCE(medication_queries_per_c0_2.antineoplastic_agent_grade, 0)
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
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE in_malignancy_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_malignancy_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        END IS NULL
        THEN LEAST(
          COALESCE(
            CAST((
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
              AND CASE
                WHEN pt.medications_collected IS TRUE
                THEN CASE COALESCE(medication_queries_per_c0_2.antineoplastic_agent_grade, 0)
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
          CAST((
            CASE
              WHEN pt.medications_collected IS TRUE
              THEN CASE COALESCE(medication_queries_per_c0_2.trastuzumab_grade, 0)
                WHEN 2
                THEN TRUE
                WHEN 1
                THEN CAST(NULL AS BOOLEAN)
                ELSE FALSE
              END
            END
            AND CASE
              WHEN pt.medications_collected IS TRUE
              THEN CASE COALESCE(medication_queries_per_c0_2.pertuzumab_or_her2_adc_grade, 0)
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
        THEN LEAST(
          COALESCE(
            CAST((
              CASE
                WHEN pt.medications_collected IS TRUE
                THEN CASE COALESCE(medication_queries_per_c0_2.trastuzumab_grade, 0)
                  WHEN 2
                  THEN TRUE
                  WHEN 1
                  THEN CAST(NULL AS BOOLEAN)
                  ELSE FALSE
                END
              END
              AND CASE
                WHEN pt.medications_collected IS TRUE
                THEN CASE COALESCE(medication_queries_per_c0_2.pertuzumab_or_her2_adc_grade, 0)
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
      END AS g2,
      CASE
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE in_gastric_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_gastric_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        END
        THEN COALESCE(
          CAST(CASE
            WHEN pt.medications_collected IS TRUE
            THEN CASE COALESCE(medication_queries_per_c0_2.trastuzumab_grade, 0)
              WHEN 2
              THEN TRUE
              WHEN 1
              THEN CAST(NULL AS BOOLEAN)
              ELSE FALSE
            END
          END AS INT) * 2,
          1
        )
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE in_gastric_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_gastric_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        END IS NULL
        THEN LEAST(
          COALESCE(
            CAST(CASE
              WHEN pt.medications_collected IS TRUE
              THEN CASE COALESCE(medication_queries_per_c0_2.trastuzumab_grade, 0)
                WHEN 2
                THEN TRUE
                WHEN 1
                THEN CAST(NULL AS BOOLEAN)
                ELSE FALSE
              END
            END AS INT) * 2,
            1
          ),
          1
        )
      END AS g3,
      CASE
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE in_malignancy_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_malignancy_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        END
        THEN COALESCE(
          CAST((
            (
              NOT CASE in_breast_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
            )
            AND (
              NOT CASE in_gastric_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
            )
            AND CASE
              WHEN pt.medications_collected IS TRUE
              THEN CASE COALESCE(medication_queries_per_c0_2.antineoplastic_agent_grade, 0)
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
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE in_malignancy_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_malignancy_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        END IS NULL
        THEN LEAST(
          COALESCE(
            CAST((
              (
                NOT CASE in_breast_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
              )
              AND (
                NOT CASE in_gastric_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
              )
              AND CASE
                WHEN pt.medications_collected IS TRUE
                THEN CASE COALESCE(medication_queries_per_c0_2.antineoplastic_agent_grade, 0)
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
      END AS g4,
      CASE
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE in_colorectal_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_colorectal_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        END
        THEN COALESCE(
          CAST(CASE
            WHEN pt.medications_collected IS TRUE
            THEN CASE COALESCE(medication_queries_per_c0_2.cetuximab_grade, 0)
              WHEN 2
              THEN TRUE
              WHEN 1
              THEN CAST(NULL AS BOOLEAN)
              ELSE FALSE
            END
          END AS INT) * 2,
          1
        )
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE in_colorectal_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_colorectal_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        END IS NULL
        THEN LEAST(
          COALESCE(
            CAST(CASE
              WHEN pt.medications_collected IS TRUE
              THEN CASE COALESCE(medication_queries_per_c0_2.cetuximab_grade, 0)
                WHEN 2
                THEN TRUE
                WHEN 1
                THEN CAST(NULL AS BOOLEAN)
                ELSE FALSE
              END
            END AS INT) * 2,
            1
          ),
          1
        )
      END AS g5,
      CASE
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE in_head_and_neck_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_head_and_neck_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        END
        THEN COALESCE(
          CAST((
            CASE
              WHEN c0.histology_system IN ('ICDO3')
              THEN (
                c0.histology_system = 'ICDO3'
                AND (
                  c0.histology_code IN (
                    '8070/3',
                    '8071/3',
                    '8072/3',
                    '8073/3',
                    '8074/3',
                    '8075/3',
                    '8076/3',
                    '8078/3',
                    '8083/3',
                    '8084/3',
                    '8051/3',
                    '8052/3',
                    '8085/3',
                    '8086/3'
                  )
                )
              )
            END
            AND CASE
              WHEN pt.medications_collected IS TRUE
              THEN CASE COALESCE(medication_queries_per_c0_2.cetuximab_grade, 0)
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
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE in_head_and_neck_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_head_and_neck_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        END IS NULL
        THEN LEAST(
          COALESCE(
            CAST((
              CASE
                WHEN c0.histology_system IN ('ICDO3')
                THEN (
                  c0.histology_system = 'ICDO3'
                  AND (
                    c0.histology_code IN (
                      '8070/3',
                      '8071/3',
                      '8072/3',
                      '8073/3',
                      '8074/3',
                      '8075/3',
                      '8076/3',
                      '8078/3',
                      '8083/3',
                      '8084/3',
                      '8051/3',
                      '8052/3',
                      '8085/3',
                      '8086/3'
                    )
                  )
                )
              END
              AND CASE
                WHEN pt.medications_collected IS TRUE
                THEN CASE COALESCE(medication_queries_per_c0_2.cetuximab_grade, 0)
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
      END AS g6,
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
                CASE
                  WHEN pt.procedures_collected IS TRUE
                  THEN CASE COALESCE(procedure_queries_per_c0_2.any_grade, 0)
                    WHEN 2
                    THEN TRUE
                    WHEN 1
                    THEN CAST(NULL AS BOOLEAN)
                    ELSE FALSE
                  END
                END
                OR CASE
                  WHEN pt.medications_collected IS TRUE
                  THEN CASE COALESCE(medication_queries_per_c0_2.antineoplastic_agent_2_grade, 0)
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
        THEN LEAST(
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
                  CASE
                    WHEN pt.procedures_collected IS TRUE
                    THEN CASE COALESCE(procedure_queries_per_c0_2.any_grade, 0)
                      WHEN 2
                      THEN TRUE
                      WHEN 1
                      THEN CAST(NULL AS BOOLEAN)
                      ELSE FALSE
                    END
                  END
                  OR CASE
                    WHEN pt.medications_collected IS TRUE
                    THEN CASE COALESCE(medication_queries_per_c0_2.antineoplastic_agent_2_grade, 0)
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
            ) AS INT) * 2,
            1
          ),
          1
        )
      END AS g7
    FROM conditions AS c0
    JOIN patient_facts AS pt
      ON pt.patient_id = c0.patient_id
    LEFT JOIN in_malignancy_code_c0 AS in_malignancy_code_c0
      ON in_malignancy_code_c0.patient_id = c0.patient_id
      AND in_malignancy_code_c0.c0_seq = c0.seq
    LEFT JOIN medication_queries_per_c0_2 AS medication_queries_per_c0_2
      ON medication_queries_per_c0_2.patient_id = c0.patient_id
      AND medication_queries_per_c0_2.c0_seq = c0.seq
    LEFT JOIN in_head_and_neck_cancer_code_c0 AS in_head_and_neck_cancer_code_c0
      ON in_head_and_neck_cancer_code_c0.patient_id = c0.patient_id
      AND in_head_and_neck_cancer_code_c0.c0_seq = c0.seq
    LEFT JOIN in_breast_cancer_code_c0 AS in_breast_cancer_code_c0
      ON in_breast_cancer_code_c0.patient_id = c0.patient_id
      AND in_breast_cancer_code_c0.c0_seq = c0.seq
    LEFT JOIN in_gastric_cancer_code_c0 AS in_gastric_cancer_code_c0
      ON in_gastric_cancer_code_c0.patient_id = c0.patient_id
      AND in_gastric_cancer_code_c0.c0_seq = c0.seq
    LEFT JOIN in_colorectal_cancer_code_c0 AS in_colorectal_cancer_code_c0
      ON in_colorectal_cancer_code_c0.patient_id = c0.patient_id
      AND in_colorectal_cancer_code_c0.c0_seq = c0.seq
    LEFT JOIN procedure_queries_per_c0_2 AS procedure_queries_per_c0_2
      ON procedure_queries_per_c0_2.patient_id = c0.patient_id
      AND procedure_queries_per_c0_2.c0_seq = c0.seq
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
          WHEN CASE in_malignancy_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
          THEN FALSE
        END
        ELSE CASE in_malignancy_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
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
          WHEN CASE in_gastric_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
          THEN FALSE
        END
        ELSE CASE in_gastric_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
      END IS FALSE
      OR NOT CASE
        WHEN c0.verification IN ('entered_in_error', 'refuted')
        THEN FALSE
        WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
        THEN CASE
          WHEN CASE in_malignancy_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
          THEN FALSE
        END
        ELSE CASE in_malignancy_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
      END IS FALSE
      OR NOT CASE
        WHEN c0.verification IN ('entered_in_error', 'refuted')
        THEN FALSE
        WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
        THEN CASE
          WHEN CASE in_colorectal_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
          THEN FALSE
        END
        ELSE CASE in_colorectal_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
      END IS FALSE
      OR NOT CASE
        WHEN c0.verification IN ('entered_in_error', 'refuted')
        THEN FALSE
        WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
        THEN CASE
          WHEN CASE in_head_and_neck_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
          THEN FALSE
        END
        ELSE CASE in_head_and_neck_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
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
        WHEN pt.conditions_collected IS TRUE
        THEN CASE COALESCE(condition_queries_1.malignancy_grade, 0)
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
    END AS "I1a",
    CASE CASE
        WHEN pt.medications_collected IS TRUE
        THEN CASE COALESCE(medication_queries_1.antineoplastic_agent_grade, 0)
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
    END AS "I1b",
    CASE CASE
        WHEN pt.conditions_collected IS TRUE
        THEN CASE COALESCE(condition_queries_3.malignancy_grade, 0)
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
    END AS "I1c",
    CASE
      WHEN (
        pt.par_cohort_value = 'cohort_a'
      ) IS FALSE
      THEN 'not_applicable'
      ELSE CASE (
          NOT (
            pt.par_cohort_value = 'cohort_a'
          )
          OR (
            CASE
              WHEN pt.conditions_collected IS TRUE
              THEN CASE COALESCE(condition_queries_1.cohort_a_tumour_grade, 0)
                WHEN 2
                THEN TRUE
                WHEN 1
                THEN CAST(NULL AS BOOLEAN)
                ELSE FALSE
              END
            END
            OR CASE
              WHEN pt.conditions_collected IS TRUE
              THEN CASE COALESCE(condition_queries_1.kidney_cancer_grade, 0)
                WHEN 2
                THEN TRUE
                WHEN 1
                THEN CAST(NULL AS BOOLEAN)
                ELSE FALSE
              END
            END
            OR CASE
              WHEN pt.conditions_collected IS TRUE
              THEN CASE COALESCE(condition_queries_1.head_and_neck_cancer_grade, 0)
                WHEN 2
                THEN TRUE
                WHEN 1
                THEN CAST(NULL AS BOOLEAN)
                ELSE FALSE
              END
            END
            OR CASE
              WHEN pt.observations_collected IS TRUE
              THEN CASE COALESCE(observation_queries_1.msi_status_grade, 0)
                WHEN 2
                THEN TRUE
                WHEN 1
                THEN CAST(NULL AS BOOLEAN)
                ELSE FALSE
              END
            END
            OR CASE
              WHEN pt.observations_collected IS TRUE
              THEN CASE COALESCE(observation_queries_1.mmr_status_grade, 0)
                WHEN 2
                THEN TRUE
                WHEN 1
                THEN CAST(NULL AS BOOLEAN)
                ELSE FALSE
              END
            END
            OR CASE
              WHEN tmb_latest.v0 >= CAST(10.0 AS DOUBLE PRECISION)
              THEN TRUE
              WHEN NOT (
                tmb_latest.v1 >= CAST(10.0 AS DOUBLE PRECISION)
              )
              THEN FALSE
            END
            OR (
              CASE
                WHEN pt.conditions_collected IS TRUE
                THEN CASE COALESCE(condition_queries_1.breast_cancer_grade, 0)
                  WHEN 2
                  THEN TRUE
                  WHEN 1
                  THEN CAST(NULL AS BOOLEAN)
                  ELSE FALSE
                END
              END
              AND (
                (
                  er_status_latest.v0 = 'negative'
                )
                AND (
                  pr_status_latest.v0 = 'negative'
                )
                AND (
                  her2_status_latest.v0 = 'negative'
                )
              )
            )
          )
        )
        WHEN TRUE
        THEN 'met'
        WHEN FALSE
        THEN 'not_met'
        ELSE 'unknown'
      END
    END AS "I2",
    CASE
      WHEN (
        pt.par_cohort_value = 'cohort_b'
      ) IS FALSE
      THEN 'not_applicable'
      ELSE CASE (
          NOT (
            pt.par_cohort_value = 'cohort_b'
          )
          OR (
            (
              CASE
                WHEN her2_ihc_score_latest.v0 >= CAST(2.0 AS DOUBLE PRECISION)
                THEN TRUE
                WHEN NOT (
                  her2_ihc_score_latest.v1 >= CAST(2.0 AS DOUBLE PRECISION)
                )
                THEN FALSE
              END
              OR CASE
                WHEN her2_ish_copy_number_latest.v0 >= CAST(4.0 AS DOUBLE PRECISION)
                THEN TRUE
                WHEN NOT (
                  her2_ish_copy_number_latest.v1 >= CAST(4.0 AS DOUBLE PRECISION)
                )
                THEN FALSE
              END
            )
            AND pt.att_her2_test_fda_approved_value_bool
          )
        )
        WHEN TRUE
        THEN 'met'
        WHEN FALSE
        THEN 'not_met'
        ELSE 'unknown'
      END
    END AS "I3",
    CASE
      WHEN (
        pt.par_cohort_value = 'cohort_b'
      ) IS FALSE
      THEN 'not_applicable'
      ELSE CASE (
          NOT (
            pt.par_cohort_value = 'cohort_b'
          )
          OR (
            CASE
              WHEN pt.conditions_collected IS TRUE
              THEN CASE COALESCE(condition_queries_3.breast_cancer_grade, 0)
                WHEN 2
                THEN TRUE
                WHEN 1
                THEN CAST(NULL AS BOOLEAN)
                ELSE FALSE
              END
            END
            OR CASE
              WHEN pt.conditions_collected IS TRUE
              THEN CASE COALESCE(condition_queries_3.gastric_cancer_grade, 0)
                WHEN 2
                THEN TRUE
                WHEN 1
                THEN CAST(NULL AS BOOLEAN)
                ELSE FALSE
              END
            END
            OR CASE
              WHEN pt.conditions_collected IS TRUE
              THEN CASE COALESCE(condition_queries_3.malignancy_2_grade, 0)
                WHEN 2
                THEN TRUE
                WHEN 1
                THEN CAST(NULL AS BOOLEAN)
                ELSE FALSE
              END
            END
          )
        )
        WHEN TRUE
        THEN 'met'
        WHEN FALSE
        THEN 'not_met'
        ELSE 'unknown'
      END
    END AS "I4",
    CASE
      WHEN (
        pt.par_cohort_value = 'cohort_c'
      ) IS FALSE
      THEN 'not_applicable'
      ELSE CASE (
          NOT (
            pt.par_cohort_value = 'cohort_c'
          )
          OR (
            (
              CASE
                WHEN pt.conditions_collected IS TRUE
                THEN CASE COALESCE(condition_queries_1.colorectal_cancer_grade, 0)
                  WHEN 2
                  THEN TRUE
                  WHEN 1
                  THEN CAST(NULL AS BOOLEAN)
                  ELSE FALSE
                END
              END
              AND (
                CASE
                  WHEN pt.conditions_collected IS TRUE
                  THEN CASE COALESCE(condition_queries_3.colorectal_cancer_grade, 0)
                    WHEN 2
                    THEN TRUE
                    WHEN 1
                    THEN CAST(NULL AS BOOLEAN)
                    ELSE FALSE
                  END
                END
                OR CASE
                  WHEN pt.observations_collected IS TRUE
                  THEN CASE COALESCE(observation_queries_1.ras_mutation_grade, 0)
                    WHEN 2
                    THEN TRUE
                    WHEN 1
                    THEN CAST(NULL AS BOOLEAN)
                    ELSE FALSE
                  END
                END
              )
            )
            OR CASE
              WHEN pt.conditions_collected IS TRUE
              THEN CASE COALESCE(condition_queries_3.head_and_neck_cancer_grade, 0)
                WHEN 2
                THEN TRUE
                WHEN 1
                THEN CAST(NULL AS BOOLEAN)
                ELSE FALSE
              END
            END
          )
        )
        WHEN TRUE
        THEN 'met'
        WHEN FALSE
        THEN 'not_met'
        ELSE 'unknown'
      END
    END AS "I5",
    CASE pt.att_informed_consent_value_bool
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "I6",
    CASE CASE
        WHEN (
          SIGN(
            (
              1200 * (
                EXTRACT(YEAR FROM pt.ref_lympho_conditioning_lo) - EXTRACT(YEAR FROM pt.birth_hi)
              ) + 100 * (
                EXTRACT(MONTH FROM pt.ref_lympho_conditioning_lo) - EXTRACT(MONTH FROM pt.birth_hi)
              ) + (
                EXTRACT(DAY FROM pt.ref_lympho_conditioning_lo) - EXTRACT(DAY FROM pt.birth_hi)
              )
            )
          ) * FLOOR(
            ABS(
              (
                1200 * (
                  EXTRACT(YEAR FROM pt.ref_lympho_conditioning_lo) - EXTRACT(YEAR FROM pt.birth_hi)
                ) + 100 * (
                  EXTRACT(MONTH FROM pt.ref_lympho_conditioning_lo) - EXTRACT(MONTH FROM pt.birth_hi)
                ) + (
                  EXTRACT(DAY FROM pt.ref_lympho_conditioning_lo) - EXTRACT(DAY FROM pt.birth_hi)
                )
              )
            ) / CAST(1200.0 AS DOUBLE PRECISION)
          )
        ) >= CAST(18.0 AS DOUBLE PRECISION)
        THEN TRUE
        WHEN NOT (
          (
            SIGN(
              (
                1200 * (
                  EXTRACT(YEAR FROM pt.ref_lympho_conditioning_hi) - EXTRACT(YEAR FROM pt.birth_lo)
                ) + 100 * (
                  EXTRACT(MONTH FROM pt.ref_lympho_conditioning_hi) - EXTRACT(MONTH FROM pt.birth_lo)
                ) + (
                  EXTRACT(DAY FROM pt.ref_lympho_conditioning_hi) - EXTRACT(DAY FROM pt.birth_lo)
                )
              )
            ) * FLOOR(
              ABS(
                (
                  1200 * (
                    EXTRACT(YEAR FROM pt.ref_lympho_conditioning_hi) - EXTRACT(YEAR FROM pt.birth_lo)
                  ) + 100 * (
                    EXTRACT(MONTH FROM pt.ref_lympho_conditioning_hi) - EXTRACT(MONTH FROM pt.birth_lo)
                  ) + (
                    EXTRACT(DAY FROM pt.ref_lympho_conditioning_hi) - EXTRACT(DAY FROM pt.birth_lo)
                  )
                )
              ) / CAST(1200.0 AS DOUBLE PRECISION)
            )
          ) >= CAST(18.0 AS DOUBLE PRECISION)
        )
        THEN FALSE
      END
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "I7",
    CASE pt.att_willing_to_comply_value_bool
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "I8",
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
    END AS "I9",
    CASE
      WHEN pt.att_several_accessible_lesions_value_bool IS FALSE
      THEN 'not_applicable'
      ELSE CASE (
          NOT pt.att_several_accessible_lesions_value_bool
          OR pt.att_willing_to_have_biopsy_value_bool
        )
        WHEN TRUE
        THEN 'met'
        WHEN FALSE
        THEN 'not_met'
        ELSE 'unknown'
      END
    END AS "I10",
    CASE pt.att_contraception_agreed_value_bool
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "I11",
    CASE (
        (
          pt.sex = 'female'
        )
        AND (
          (
            pregnancy_test_latest.v0 = 'positive'
          )
          OR CASE
            WHEN pt.conditions_collected IS TRUE
            THEN CASE COALESCE(condition_queries_1.pregnant_state_grade, 0)
              WHEN 2
              THEN TRUE
              WHEN 1
              THEN CAST(NULL AS BOOLEAN)
              ELSE FALSE
            END
          END
        )
      )
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "E1a",
    CASE (
        (
          pt.sex = 'female'
        ) AND (
          breastfeeding_latest.v0 = TRUE
        )
      )
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "E1b",
    CASE CASE
        WHEN ecog_latest.v0 >= CAST(2.0 AS DOUBLE PRECISION)
        THEN TRUE
        WHEN NOT (
          ecog_latest.v1 >= CAST(2.0 AS DOUBLE PRECISION)
        )
        THEN FALSE
      END
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "E2",
    CASE pt.att_insufficient_organ_function_value_bool
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "E3",
    CASE pt.att_significant_cardiovascular_disease_value_bool
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "E4a",
    CASE CASE
        WHEN lvef_latest.v2 < CAST(45.0 AS DOUBLE PRECISION)
        THEN TRUE
        WHEN NOT (
          lvef_latest.v0 < CAST(45.0 AS DOUBLE PRECISION)
        )
        THEN FALSE
      END
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "E4b",
    CASE CASE
        WHEN pt.medications_collected IS TRUE
        THEN CASE COALESCE(medication_queries_1.antineoplastic_agent_2_grade, 0)
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
    END AS "E5a",
    CASE (
        CASE
          WHEN pt.medications_collected IS TRUE
          THEN CASE COALESCE(medication_queries.any_grade, 0)
            WHEN 2
            THEN TRUE
            WHEN 1
            THEN CAST(NULL AS BOOLEAN)
            ELSE FALSE
          END
        END
        OR CASE
          WHEN pt.studies_collected IS TRUE
          THEN CASE COALESCE(study_queries.any_grade, 0)
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
    END AS "E5b",
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
    END AS "E6",
    CASE CASE
        WHEN pt.conditions_collected IS TRUE
        THEN CASE COALESCE(condition_queries_1.non_malignant_cns_disease_grade, 0)
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
    END AS "E7a",
    CASE CASE
        WHEN pt.conditions_collected IS TRUE
        THEN CASE COALESCE(condition_queries_1.non_malignant_cns_disease_2_grade, 0)
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
    END AS "E7b",
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
    END AS "E8a",
    CASE pt.att_likely_to_need_immunosuppression_value_bool
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "E8b",
    CASE CASE
        WHEN pt.conditions_collected IS TRUE
        THEN CASE COALESCE(condition_queries_1.infection_grade, 0)
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
    END AS "E9a",
    CASE (
        CASE
          WHEN pt.conditions_collected IS TRUE
          THEN CASE COALESCE(condition_queries_1.any_grade, 0)
            WHEN 2
            THEN TRUE
            WHEN 1
            THEN CAST(NULL AS BOOLEAN)
            ELSE FALSE
          END
        END
        OR CASE
          WHEN pt.conditions_collected IS TRUE
          THEN CASE COALESCE(condition_queries_1.hiv_or_aids_grade, 0)
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
    END AS "E9b",
    CASE CASE
        WHEN pt.medications_collected IS TRUE
        THEN CASE COALESCE(medication_queries_1.live_vaccine_grade, 0)
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
    END AS "E10",
    CASE CASE
        WHEN pt.allergies_collected IS TRUE
        THEN CASE COALESCE(allergy_queries_1.albumin_or_dmso_grade, 0)
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
    END AS "E11"
  FROM patient_facts AS pt
  LEFT JOIN condition_queries_1 AS condition_queries_1
    ON condition_queries_1.patient_id = pt.patient_id
  LEFT JOIN medication_queries_1 AS medication_queries_1
    ON medication_queries_1.patient_id = pt.patient_id
  LEFT JOIN condition_queries_3 AS condition_queries_3
    ON condition_queries_3.patient_id = pt.patient_id
  LEFT JOIN observation_queries_1 AS observation_queries_1
    ON observation_queries_1.patient_id = pt.patient_id
  LEFT JOIN tmb_latest AS tmb_latest
    ON tmb_latest.patient_id = pt.patient_id
  LEFT JOIN er_status_latest AS er_status_latest
    ON er_status_latest.patient_id = pt.patient_id
  LEFT JOIN pr_status_latest AS pr_status_latest
    ON pr_status_latest.patient_id = pt.patient_id
  LEFT JOIN her2_status_latest AS her2_status_latest
    ON her2_status_latest.patient_id = pt.patient_id
  LEFT JOIN her2_ihc_score_latest AS her2_ihc_score_latest
    ON her2_ihc_score_latest.patient_id = pt.patient_id
  LEFT JOIN her2_ish_copy_number_latest AS her2_ish_copy_number_latest
    ON her2_ish_copy_number_latest.patient_id = pt.patient_id
  LEFT JOIN lesion_queries_1 AS lesion_queries_1
    ON lesion_queries_1.patient_id = pt.patient_id
  LEFT JOIN pregnancy_test_latest AS pregnancy_test_latest
    ON pregnancy_test_latest.patient_id = pt.patient_id
  LEFT JOIN breastfeeding_latest AS breastfeeding_latest
    ON breastfeeding_latest.patient_id = pt.patient_id
  LEFT JOIN ecog_latest AS ecog_latest
    ON ecog_latest.patient_id = pt.patient_id
  LEFT JOIN lvef_latest AS lvef_latest
    ON lvef_latest.patient_id = pt.patient_id
  LEFT JOIN medication_queries AS medication_queries
    ON medication_queries.patient_id = pt.patient_id
  LEFT JOIN study_queries AS study_queries
    ON study_queries.patient_id = pt.patient_id
  LEFT JOIN allergy_queries_1 AS allergy_queries_1
    ON allergy_queries_1.patient_id = pt.patient_id
)
SELECT
  "patient_id",
  "I1a",
  "I1b",
  "I1c",
  "I2",
  "I3",
  "I4",
  "I5",
  "I6",
  "I7",
  "I8",
  "I9",
  "I10",
  "I11",
  "E1a",
  "E1b",
  "E2",
  "E3",
  "E4a",
  "E4b",
  "E5a",
  "E5b",
  "E6",
  "E7a",
  "E7b",
  "E8a",
  "E8b",
  "E9a",
  "E9b",
  "E10",
  "E11",
  CASE
    WHEN "I1a" = 'not_met'
    OR "I1b" = 'not_met'
    OR "I1c" = 'not_met'
    OR "I2" = 'not_met'
    OR "I3" = 'not_met'
    OR "I4" = 'not_met'
    OR "I5" = 'not_met'
    OR "I6" = 'not_met'
    OR "I7" = 'not_met'
    OR "I8" = 'not_met'
    OR "I9" = 'not_met'
    OR "I10" = 'not_met'
    OR "I11" = 'not_met'
    OR "E1a" = 'met'
    OR "E1b" = 'met'
    OR "E2" = 'met'
    OR "E3" = 'met'
    OR "E4a" = 'met'
    OR "E4b" = 'met'
    OR "E5a" = 'met'
    OR "E5b" = 'met'
    OR "E6" = 'met'
    OR "E7a" = 'met'
    OR "E7b" = 'met'
    OR "E8a" = 'met'
    OR "E8b" = 'met'
    OR "E9a" = 'met'
    OR "E9b" = 'met'
    OR "E10" = 'met'
    OR "E11" = 'met'
    THEN 'ineligible'
    WHEN "I1a" = 'unknown'
    OR "I1b" = 'unknown'
    OR "I1c" = 'unknown'
    OR "I2" = 'unknown'
    OR "I3" = 'unknown'
    OR "I4" = 'unknown'
    OR "I5" = 'unknown'
    OR "I6" = 'unknown'
    OR "I7" = 'unknown'
    OR "I8" = 'unknown'
    OR "I9" = 'unknown'
    OR "I10" = 'unknown'
    OR "I11" = 'unknown'
    OR "E1a" = 'unknown'
    OR "E1b" = 'unknown'
    OR "E2" = 'unknown'
    OR "E3" = 'unknown'
    OR "E4a" = 'unknown'
    OR "E4b" = 'unknown'
    OR "E5a" = 'unknown'
    OR "E5b" = 'unknown'
    OR "E6" = 'unknown'
    OR "E7a" = 'unknown'
    OR "E7b" = 'unknown'
    OR "E8a" = 'unknown'
    OR "E8b" = 'unknown'
    OR "E9a" = 'unknown'
    OR "E9b" = 'unknown'
    OR "E10" = 'unknown'
    OR "E11" = 'unknown'
    THEN 'undetermined'
    ELSE 'eligible'
  END AS "verdict"
FROM outcomes
ORDER BY
  "patient_id"
