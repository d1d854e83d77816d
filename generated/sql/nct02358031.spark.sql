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
    dates.ref_randomisation_lo,
    dates.ref_randomisation_hi,
    dates.ref_first_dose_lo,
    dates.ref_first_dose_hi,
    attested.att_curable_by_local_therapy_value_bool,
    attested.att_adequate_organ_function_value_bool,
    attested.att_contraception_agreed_value_bool,
    attested.att_other_local_therapy_within_2_weeks_value_bool,
    attested.att_expected_survival_value_num,
    attested.att_expected_survival_unit,
    attested.att_rapidly_progressing_disease_value_bool,
    attested.att_psychiatric_disorder_interferes_value_bool,
    attested.att_plans_conception_value_bool,
    attested.att_previous_mk3475_trial_value_bool
  FROM patients AS p
  LEFT JOIN (
    SELECT
      reference_dates.patient_id,
      MIN(CASE WHEN reference_dates.name = 'randomisation' THEN reference_dates.lo END) AS ref_randomisation_lo,
      MIN(CASE WHEN reference_dates.name = 'randomisation' THEN reference_dates.hi END) AS ref_randomisation_hi,
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
        CASE
          WHEN attestations.name = 'curable_by_local_therapy'
          THEN attestations.value_bool
        END
      ) AS att_curable_by_local_therapy_value_bool,
      BOOL_OR(
        CASE
          WHEN attestations.name = 'adequate_organ_function'
          THEN attestations.value_bool
        END
      ) AS att_adequate_organ_function_value_bool,
      BOOL_OR(
        CASE
          WHEN attestations.name = 'contraception_agreed'
          THEN attestations.value_bool
        END
      ) AS att_contraception_agreed_value_bool,
      BOOL_OR(
        CASE
          WHEN attestations.name = 'other_local_therapy_within_2_weeks'
          THEN attestations.value_bool
        END
      ) AS att_other_local_therapy_within_2_weeks_value_bool,
      MIN(
        CASE WHEN attestations.name = 'expected_survival' THEN attestations.value_num END
      ) AS att_expected_survival_value_num,
      MIN(CASE WHEN attestations.name = 'expected_survival' THEN attestations.unit END) AS att_expected_survival_unit,
      BOOL_OR(
        CASE
          WHEN attestations.name = 'rapidly_progressing_disease'
          THEN attestations.value_bool
        END
      ) AS att_rapidly_progressing_disease_value_bool,
      BOOL_OR(
        CASE
          WHEN attestations.name = 'psychiatric_disorder_interferes'
          THEN attestations.value_bool
        END
      ) AS att_psychiatric_disorder_interferes_value_bool,
      BOOL_OR(
        CASE WHEN attestations.name = 'plans_conception' THEN attestations.value_bool END
      ) AS att_plans_conception_value_bool,
      BOOL_OR(
        CASE
          WHEN attestations.name = 'previous_mk3475_trial'
          THEN attestations.value_bool
        END
      ) AS att_previous_mk3475_trial_value_bool
    FROM attestations
    GROUP BY
      attestations.patient_id
  ) AS attested
    ON attested.patient_id = p.patient_id
), conditions_code_c0 AS (
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
              SUBSTRING(rc.code, 1, 3) IN ('C32')
              OR (
                'C01' <= SUBSTRING(rc.code, 1, 3) AND SUBSTRING(rc.code, 1, 3) <= 'C06'
              )
              OR (
                'C09' <= SUBSTRING(rc.code, 1, 3) AND SUBSTRING(rc.code, 1, 3) <= 'C10'
              )
              OR (
                'C12' <= SUBSTRING(rc.code, 1, 3) AND SUBSTRING(rc.code, 1, 3) <= 'C13'
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
              SUBSTRING(rc.code, 1, 3) IN ('C32')
              OR (
                'C01' <= SUBSTRING(rc.code, 1, 3) AND SUBSTRING(rc.code, 1, 3) <= 'C06'
              )
              OR (
                'C09' <= SUBSTRING(rc.code, 1, 3) AND SUBSTRING(rc.code, 1, 3) <= 'C10'
              )
              OR (
                'C12' <= SUBSTRING(rc.code, 1, 3) AND SUBSTRING(rc.code, 1, 3) <= 'C13'
              )
            )
          )
        END IS NULL
        THEN 1
        ELSE 0
      END
    ) AS in_hnscc_primary_site_grade,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('ICD10CM')
          THEN (
            rc.system = 'ICD10CM' AND (
              SUBSTRING(rc.code, 1, 3) IN ('C11')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('ICD10CM')
          THEN (
            rc.system = 'ICD10CM' AND (
              SUBSTRING(rc.code, 1, 3) IN ('C11')
            )
          )
        END IS NULL
        THEN 1
        ELSE 0
      END
    ) AS in_nasopharyngeal_cancer_grade,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('ICD10CM')
          THEN (
            rc.system = 'ICD10CM'
            AND (
              SUBSTRING(rc.code, 1, 3) IN ('C01', 'C09', 'C10')
              OR SUBSTRING(rc.code, 1, 5) IN ('C05.1', 'C05.2')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('ICD10CM')
          THEN (
            rc.system = 'ICD10CM'
            AND (
              SUBSTRING(rc.code, 1, 3) IN ('C01', 'C09', 'C10')
              OR SUBSTRING(rc.code, 1, 5) IN ('C05.1', 'C05.2')
            )
          )
        END IS NULL
        THEN 1
        ELSE 0
      END
    ) AS in_oropharyngeal_cancer_grade,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('ICD10CM', 'SNOMED')
          THEN (
            (
              rc.system = 'ICD10CM' AND (
                SUBSTRING(rc.code, 1, 5) IN ('Z78.0', 'N95.1')
              )
            )
            OR (
              rc.system = 'SNOMED' AND (
                rc.code IN ('76498008')
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
                SUBSTRING(rc.code, 1, 5) IN ('Z78.0', 'N95.1')
              )
            )
            OR (
              rc.system = 'SNOMED' AND (
                rc.code IN ('76498008')
              )
            )
          )
        END IS NULL
        THEN 1
        ELSE 0
      END
    ) AS in_postmenopausal_state_grade,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('ICD10CM')
          THEN (
            rc.system = 'ICD10CM'
            AND (
              SUBSTRING(rc.code, 1, 7) IN ('Z90.710', 'Z90.711', 'Z90.722')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('ICD10CM')
          THEN (
            rc.system = 'ICD10CM'
            AND (
              SUBSTRING(rc.code, 1, 7) IN ('Z90.710', 'Z90.711', 'Z90.722')
            )
          )
        END IS NULL
        THEN 1
        ELSE 0
      END
    ) AS in_surgical_sterility_status_grade,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('ICD10CM')
          THEN (
            rc.system = 'ICD10CM'
            AND (
              (
                'C00' <= SUBSTRING(rc.code, 1, 3) AND SUBSTRING(rc.code, 1, 3) <= 'C14'
              )
              OR (
                'C30' <= SUBSTRING(rc.code, 1, 3) AND SUBSTRING(rc.code, 1, 3) <= 'C32'
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
                'C00' <= SUBSTRING(rc.code, 1, 3) AND SUBSTRING(rc.code, 1, 3) <= 'C14'
              )
              OR (
                'C30' <= SUBSTRING(rc.code, 1, 3) AND SUBSTRING(rc.code, 1, 3) <= 'C32'
              )
            )
          )
        END IS NULL
        THEN 1
        ELSE 0
      END
    ) AS in_head_and_neck_cancer_grade,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('ICD10CM')
          THEN (
            rc.system = 'ICD10CM'
            AND (
              'D80' <= SUBSTRING(rc.code, 1, 3) AND SUBSTRING(rc.code, 1, 3) <= 'D84'
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('ICD10CM')
          THEN (
            rc.system = 'ICD10CM'
            AND (
              'D80' <= SUBSTRING(rc.code, 1, 3) AND SUBSTRING(rc.code, 1, 3) <= 'D84'
            )
          )
        END IS NULL
        THEN 1
        ELSE 0
      END
    ) AS in_immunodeficiency_grade,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('ICD10CM', 'SNOMED')
          THEN (
            (
              rc.system = 'ICD10CM'
              AND (
                'C77' <= SUBSTRING(rc.code, 1, 3) AND SUBSTRING(rc.code, 1, 3) <= 'C79'
              )
            )
            OR (
              rc.system = 'SNOMED' AND (
                rc.code IN ('94260004', '94225005')
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
                'C77' <= SUBSTRING(rc.code, 1, 3) AND SUBSTRING(rc.code, 1, 3) <= 'C79'
              )
            )
            OR (
              rc.system = 'SNOMED' AND (
                rc.code IN ('94260004', '94225005')
              )
            )
          )
        END IS NULL
        THEN 1
        ELSE 0
      END
    ) AS in_secondary_malignant_neoplasm_grade,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('ICD10CM', 'SNOMED')
          THEN (
            (
              rc.system = 'ICD10CM'
              AND (
                SUBSTRING(rc.code, 1, 6) IN (
                  'C44.01',
                  'C44.11',
                  'C44.21',
                  'C44.31',
                  'C44.41',
                  'C44.51',
                  'C44.61',
                  'C44.71',
                  'C44.81',
                  'C44.91'
                )
              )
            )
            OR (
              rc.system = 'SNOMED' AND (
                rc.code IN ('254701007')
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
                SUBSTRING(rc.code, 1, 6) IN (
                  'C44.01',
                  'C44.11',
                  'C44.21',
                  'C44.31',
                  'C44.41',
                  'C44.51',
                  'C44.61',
                  'C44.71',
                  'C44.81',
                  'C44.91'
                )
              )
            )
            OR (
              rc.system = 'SNOMED' AND (
                rc.code IN ('254701007')
              )
            )
          )
        END IS NULL
        THEN 1
        ELSE 0
      END
    ) AS in_basal_cell_carcinoma_grade,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('ICD10CM', 'SNOMED')
          THEN (
            (
              rc.system = 'ICD10CM'
              AND (
                SUBSTRING(rc.code, 1, 6) IN (
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
            OR (
              rc.system = 'SNOMED' AND (
                rc.code IN ('254651007')
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
                SUBSTRING(rc.code, 1, 6) IN (
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
            OR (
              rc.system = 'SNOMED' AND (
                rc.code IN ('254651007')
              )
            )
          )
        END IS NULL
        THEN 1
        ELSE 0
      END
    ) AS in_cscc_grade,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('ICD10CM')
          THEN (
            rc.system = 'ICD10CM' AND (
              SUBSTRING(rc.code, 1, 3) IN ('D06')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('ICD10CM')
          THEN (
            rc.system = 'ICD10CM' AND (
              SUBSTRING(rc.code, 1, 3) IN ('D06')
            )
          )
        END IS NULL
        THEN 1
        ELSE 0
      END
    ) AS in_cervical_carcinoma_in_situ_grade,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('ICD10CM')
          THEN (
            rc.system = 'ICD10CM' AND (
              SUBSTRING(rc.code, 1, 3) IN ('D05')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('ICD10CM')
          THEN (
            rc.system = 'ICD10CM' AND (
              SUBSTRING(rc.code, 1, 3) IN ('D05')
            )
          )
        END IS NULL
        THEN 1
        ELSE 0
      END
    ) AS in_breast_carcinoma_in_situ_grade,
    MAX(
      CASE
        WHEN CASE
          WHEN (
            (
              rc.system = 'ICD10CM'
              AND (
                SUBSTRING(rc.code, 1, 3) IN ('C7B')
                OR (
                  'C77' <= SUBSTRING(rc.code, 1, 3) AND SUBSTRING(rc.code, 1, 3) <= 'C79'
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
                  'C00' <= SUBSTRING(rc.code, 1, 3) AND SUBSTRING(rc.code, 1, 3) <= 'C96'
                )
                OR (
                  'D00' <= SUBSTRING(rc.code, 1, 3) AND SUBSTRING(rc.code, 1, 3) <= 'D09'
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
                SUBSTRING(rc.code, 1, 3) IN ('C7B')
                OR (
                  'C77' <= SUBSTRING(rc.code, 1, 3) AND SUBSTRING(rc.code, 1, 3) <= 'C79'
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
                  'C00' <= SUBSTRING(rc.code, 1, 3) AND SUBSTRING(rc.code, 1, 3) <= 'C96'
                )
                OR (
                  'D00' <= SUBSTRING(rc.code, 1, 3) AND SUBSTRING(rc.code, 1, 3) <= 'D09'
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
    ) AS in_malignancy_grade,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('ICD10CM', 'SNOMED')
          THEN (
            (
              rc.system = 'ICD10CM'
              AND (
                SUBSTRING(rc.code, 1, 5) IN ('Z94.0', 'Z94.1', 'Z94.2', 'Z94.3', 'Z94.4', 'T86.1', 'T86.2', 'T86.3', 'T86.4')
                OR SUBSTRING(rc.code, 1, 6) IN ('Z94.82', 'Z94.83', 'T86.81', 'T86.85')
              )
            )
            OR (
              rc.system = 'SNOMED' AND (
                rc.code IN ('161665007', '213150003')
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
                SUBSTRING(rc.code, 1, 5) IN ('Z94.0', 'Z94.1', 'Z94.2', 'Z94.3', 'Z94.4', 'T86.1', 'T86.2', 'T86.3', 'T86.4')
                OR SUBSTRING(rc.code, 1, 6) IN ('Z94.82', 'Z94.83', 'T86.81', 'T86.85')
              )
            )
            OR (
              rc.system = 'SNOMED' AND (
                rc.code IN ('161665007', '213150003')
              )
            )
          )
        END IS NULL
        THEN 1
        ELSE 0
      END
    ) AS in_solid_organ_transplant_status_grade,
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
    ) AS in_cns_metastasis_grade,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('ICD10CM', 'SNOMED')
          THEN (
            (
              rc.system = 'ICD10CM'
              AND (
                SUBSTRING(rc.code, 1, 3) IN (
                  'M08',
                  'M32',
                  'L93',
                  'M33',
                  'M34',
                  'M45',
                  'K50',
                  'K51',
                  'L40',
                  'L10',
                  'L12',
                  'L80',
                  'E10',
                  'G35'
                )
                OR SUBSTRING(rc.code, 1, 5) IN (
                  'M35.0',
                  'M30.0',
                  'M31.3',
                  'K90.0',
                  'K75.4',
                  'K74.3',
                  'E05.0',
                  'E06.3',
                  'E27.1',
                  'G70.0',
                  'G61.0',
                  'D69.3',
                  'D59.1',
                  'D51.0'
                )
                OR (
                  'M05' <= SUBSTRING(rc.code, 1, 3) AND SUBSTRING(rc.code, 1, 3) <= 'M06'
                )
                OR (
                  'M31.5' <= SUBSTRING(rc.code, 1, 5) AND SUBSTRING(rc.code, 1, 5) <= 'M31.6'
                )
              )
            )
            OR (
              rc.system = 'SNOMED' AND (
                rc.code IN ('69896004', '64766004')
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
                SUBSTRING(rc.code, 1, 3) IN (
                  'M08',
                  'M32',
                  'L93',
                  'M33',
                  'M34',
                  'M45',
                  'K50',
                  'K51',
                  'L40',
                  'L10',
                  'L12',
                  'L80',
                  'E10',
                  'G35'
                )
                OR SUBSTRING(rc.code, 1, 5) IN (
                  'M35.0',
                  'M30.0',
                  'M31.3',
                  'K90.0',
                  'K75.4',
                  'K74.3',
                  'E05.0',
                  'E06.3',
                  'E27.1',
                  'G70.0',
                  'G61.0',
                  'D69.3',
                  'D59.1',
                  'D51.0'
                )
                OR (
                  'M05' <= SUBSTRING(rc.code, 1, 3) AND SUBSTRING(rc.code, 1, 3) <= 'M06'
                )
                OR (
                  'M31.5' <= SUBSTRING(rc.code, 1, 5) AND SUBSTRING(rc.code, 1, 5) <= 'M31.6'
                )
              )
            )
            OR (
              rc.system = 'SNOMED' AND (
                rc.code IN ('69896004', '64766004')
              )
            )
          )
        END IS NULL
        THEN 1
        ELSE 0
      END
    ) AS in_autoimmune_disease_grade,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('ICD10CM')
          THEN (
            rc.system = 'ICD10CM'
            AND (
              SUBSTRING(rc.code, 1, 3) IN ('J67', 'J84')
              OR SUBSTRING(rc.code, 1, 5) IN ('J70.0')
              OR (
                'J70.2' <= SUBSTRING(rc.code, 1, 5) AND SUBSTRING(rc.code, 1, 5) <= 'J70.4'
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
              SUBSTRING(rc.code, 1, 3) IN ('J67', 'J84')
              OR SUBSTRING(rc.code, 1, 5) IN ('J70.0')
              OR (
                'J70.2' <= SUBSTRING(rc.code, 1, 5) AND SUBSTRING(rc.code, 1, 5) <= 'J70.4'
              )
            )
          )
        END IS NULL
        THEN 1
        ELSE 0
      END
    ) AS in_noninfectious_pneumonitis_grade,
    MAX(
      CASE
        WHEN CASE
          WHEN (
            rc.system = 'ICD10CM'
            AND (
              'B90' <= SUBSTRING(rc.code, 1, 3) AND SUBSTRING(rc.code, 1, 3) <= 'B94'
            )
          )
          THEN FALSE
          WHEN rc.system IN ('ICD10CM', 'SNOMED')
          THEN (
            (
              rc.system = 'ICD10CM'
              AND (
                SUBSTRING(rc.code, 1, 3) IN ('L03')
                OR SUBSTRING(rc.code, 1, 5) IN ('N39.0')
                OR (
                  'A00' <= SUBSTRING(rc.code, 1, 3) AND SUBSTRING(rc.code, 1, 3) <= 'B99'
                )
                OR (
                  'J09' <= SUBSTRING(rc.code, 1, 3) AND SUBSTRING(rc.code, 1, 3) <= 'J22'
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
              'B90' <= SUBSTRING(rc.code, 1, 3) AND SUBSTRING(rc.code, 1, 3) <= 'B94'
            )
          )
          THEN FALSE
          WHEN rc.system IN ('ICD10CM', 'SNOMED')
          THEN (
            (
              rc.system = 'ICD10CM'
              AND (
                SUBSTRING(rc.code, 1, 3) IN ('L03')
                OR SUBSTRING(rc.code, 1, 5) IN ('N39.0')
                OR (
                  'A00' <= SUBSTRING(rc.code, 1, 3) AND SUBSTRING(rc.code, 1, 3) <= 'B99'
                )
                OR (
                  'J09' <= SUBSTRING(rc.code, 1, 3) AND SUBSTRING(rc.code, 1, 3) <= 'J22'
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
    ) AS in_infection_grade,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('ICD10CM', 'SNOMED')
          THEN (
            (
              rc.system = 'ICD10CM'
              AND (
                'F01' <= SUBSTRING(rc.code, 1, 3) AND SUBSTRING(rc.code, 1, 3) <= 'F99'
              )
            )
            OR (
              rc.system = 'SNOMED' AND (
                rc.code IN ('192127007', '370143000')
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
                'F01' <= SUBSTRING(rc.code, 1, 3) AND SUBSTRING(rc.code, 1, 3) <= 'F99'
              )
            )
            OR (
              rc.system = 'SNOMED' AND (
                rc.code IN ('192127007', '370143000')
              )
            )
          )
        END IS NULL
        THEN 1
        ELSE 0
      END
    ) AS in_mental_or_substance_disorder_grade,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('ICD10CM', 'SNOMED')
          THEN (
            (
              rc.system = 'ICD10CM' AND (
                SUBSTRING(rc.code, 1, 5) IN ('Z33.1')
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
                SUBSTRING(rc.code, 1, 5) IN ('Z33.1')
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
    ) AS in_pregnant_state_grade,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('ICD10CM', 'SNOMED')
          THEN (
            (
              rc.system = 'ICD10CM' AND (
                SUBSTRING(rc.code, 1, 3) IN ('B20', 'Z21')
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
                SUBSTRING(rc.code, 1, 3) IN ('B20', 'Z21')
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
    ) AS in_hiv_or_aids_grade,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('ICD10CM', 'SNOMED')
          THEN (
            (
              rc.system = 'ICD10CM'
              AND (
                SUBSTRING(rc.code, 1, 3) IN ('B16')
                OR SUBSTRING(rc.code, 1, 5) IN ('B18.0', 'B18.1', 'B19.1')
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
                SUBSTRING(rc.code, 1, 3) IN ('B16')
                OR SUBSTRING(rc.code, 1, 5) IN ('B18.0', 'B18.1', 'B19.1')
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
    ) AS in_hepatitis_b_grade,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('ICD10CM', 'SNOMED')
          THEN (
            (
              rc.system = 'ICD10CM'
              AND (
                SUBSTRING(rc.code, 1, 5) IN ('B17.1', 'B18.2', 'B19.2')
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
                SUBSTRING(rc.code, 1, 5) IN ('B17.1', 'B18.2', 'B19.2')
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
    ) AS in_hepatitis_c_grade
  FROM record_codes AS rc
  WHERE
    rc.record = 'conditions' AND rc.field = 'code'
  GROUP BY
    rc.patient_id,
    rc.seq
), medications_code_m0 AS (
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
    ) AS in_antineoplastic_agent_grade,
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
    ) AS in_systemic_corticosteroid_grade,
    MAX(
      CASE
        WHEN CASE
          WHEN (
            (
              rc.system = 'ATC' AND (
                SUBSTRING(rc.code, 1, 3) IN ('L04')
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
                SUBSTRING(rc.code, 1, 3) IN ('L04')
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
    ) AS in_immunosuppressant_grade,
    MAX(
      CASE
        WHEN CASE
          WHEN (
            (
              rc.system = 'ATC'
              AND (
                SUBSTRING(rc.code, 1, 3) IN ('L04')
                OR SUBSTRING(rc.code, 1, 5) IN ('H02AB')
                OR SUBSTRING(rc.code, 1, 7) IN ('P01BA02', 'A07EC01', 'L01BA01')
              )
            )
            OR (
              rc.system = 'RXNORM'
              AND (
                rc.code IN (
                  '108515',
                  '1431987',
                  '1664463',
                  '241834',
                  '360110',
                  '835900',
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
                  '1357886',
                  '105585',
                  '979092',
                  '105586'
                )
              )
            )
            OR (
              rc.system = 'RXNORM'
              AND rc.code IN (
                '1256',
                '7145',
                '42316',
                '35302',
                '3008',
                '68149',
                '612865',
                '614391',
                '8640',
                '6851',
                '5521',
                '9524'
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
                SUBSTRING(rc.code, 1, 3) IN ('L04')
                OR SUBSTRING(rc.code, 1, 5) IN ('H02AB')
                OR SUBSTRING(rc.code, 1, 7) IN ('P01BA02', 'A07EC01', 'L01BA01')
              )
            )
            OR (
              rc.system = 'RXNORM'
              AND (
                rc.code IN (
                  '108515',
                  '1431987',
                  '1664463',
                  '241834',
                  '360110',
                  '835900',
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
                  '1357886',
                  '105585',
                  '979092',
                  '105586'
                )
              )
            )
            OR (
              rc.system = 'RXNORM'
              AND rc.code IN (
                '1256',
                '7145',
                '42316',
                '35302',
                '3008',
                '68149',
                '612865',
                '614391',
                '8640',
                '6851',
                '5521',
                '9524'
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
    ) AS in_autoimmune_treatment_grade,
    MAX(
      CASE
        WHEN CASE
          WHEN (
            (
              rc.system = 'ATC'
              AND (
                SUBSTRING(rc.code, 1, 3) IN ('J01', 'J02', 'J04', 'J05')
              )
            )
            OR (
              rc.system = 'RXNORM'
              AND (
                rc.code IN (
                  '308182',
                  '308192',
                  '562251',
                  '789980',
                  '105078',
                  '834061',
                  '834102',
                  '309045',
                  '309043',
                  '309097',
                  '1650142',
                  '1652673',
                  '311989',
                  '311995',
                  '1659149'
                )
              )
            )
            OR (
              rc.system = 'RXNORM'
              AND rc.code IN ('723', '733', '7980', '7984', '2176', '2194', '3640', '7454', '8339')
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
                SUBSTRING(rc.code, 1, 3) IN ('J01', 'J02', 'J04', 'J05')
              )
            )
            OR (
              rc.system = 'RXNORM'
              AND (
                rc.code IN (
                  '308182',
                  '308192',
                  '562251',
                  '789980',
                  '105078',
                  '834061',
                  '834102',
                  '309045',
                  '309043',
                  '309097',
                  '1650142',
                  '1652673',
                  '311989',
                  '311995',
                  '1659149'
                )
              )
            )
            OR (
              rc.system = 'RXNORM'
              AND rc.code IN ('723', '733', '7980', '7984', '2176', '2194', '3640', '7454', '8339')
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
    ) AS in_systemic_antiinfective_grade,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('ATC')
          THEN (
            rc.system = 'ATC'
            AND (
              SUBSTRING(rc.code, 1, 5) IN ('L01FF')
              OR SUBSTRING(rc.code, 1, 7) IN ('L01XC17', 'L01XC18', 'L01XC28', 'L01XC31', 'L01XC32', 'L01XC33')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('ATC')
          THEN (
            rc.system = 'ATC'
            AND (
              SUBSTRING(rc.code, 1, 5) IN ('L01FF')
              OR SUBSTRING(rc.code, 1, 7) IN ('L01XC17', 'L01XC18', 'L01XC28', 'L01XC31', 'L01XC32', 'L01XC33')
            )
          )
        END IS NULL
        THEN 1
        ELSE 0
      END
    ) AS in_pd1_pdl1_inhibitor_grade,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('ATC')
          THEN (
            rc.system = 'ATC'
            AND (
              SUBSTRING(rc.code, 1, 5) IN ('J07BD', 'J07BE', 'J07BJ', 'J07BL', 'J07BH')
              OR SUBSTRING(rc.code, 1, 7) IN (
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
              SUBSTRING(rc.code, 1, 5) IN ('J07BD', 'J07BE', 'J07BJ', 'J07BL', 'J07BH')
              OR SUBSTRING(rc.code, 1, 7) IN (
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
    ) AS in_live_vaccine_grade
  FROM record_codes AS rc
  WHERE
    rc.record = 'medications' AND rc.field = 'code'
  GROUP BY
    rc.patient_id,
    rc.seq
), lesions_method_l0 AS (
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
    ) AS in_recist_cross_sectional_grade,
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
    ) AS in_recist_ct_grade,
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
    ) AS in_recist_clinical_examination_grade,
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
    ) AS in_recist_radiography_grade
  FROM record_codes AS rc
  WHERE
    rc.record = 'lesions' AND rc.field = 'method'
  GROUP BY
    rc.patient_id,
    rc.seq
), observations_code_o0 AS (
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
    ) AS in_ecog_grade,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('LOCAL')
          THEN (
            rc.system = 'LOCAL' AND (
              rc.code IN ('hpv-status-oropharynx')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('LOCAL')
          THEN (
            rc.system = 'LOCAL' AND (
              rc.code IN ('hpv-status-oropharynx')
            )
          )
        END IS NULL
        THEN 1
        ELSE 0
      END
    ) AS in_hpv_status_grade,
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
    ) AS in_pregnancy_test_grade,
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
    ) AS in_disease_status_grade,
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
    ) AS in_breastfeeding_grade
  FROM record_codes AS rc
  WHERE
    rc.record = 'observations' AND rc.field = 'code'
  GROUP BY
    rc.patient_id,
    rc.seq
), specimens_method_s0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS s0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('SNOMED')
          THEN (
            rc.system = 'SNOMED' AND (
              rc.code IN ('129314006', '129304002')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('SNOMED')
          THEN (
            rc.system = 'SNOMED' AND (
              rc.code IN ('129314006', '129304002')
            )
          )
        END IS NULL
        THEN 1
        ELSE 0
      END
    ) AS in_core_or_excisional_biopsy_grade
  FROM record_codes AS rc
  WHERE
    rc.record = 'specimens' AND rc.field = 'method'
  GROUP BY
    rc.patient_id,
    rc.seq
), specimens_code_s0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS s0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('V2SPECIMEN')
          THEN (
            rc.system = 'V2SPECIMEN' AND (
              rc.code IN ('TUMOR')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('V2SPECIMEN')
          THEN (
            rc.system = 'V2SPECIMEN' AND (
              rc.code IN ('TUMOR')
            )
          )
        END IS NULL
        THEN 1
        ELSE 0
      END
    ) AS in_tumour_tissue_specimen_grade
  FROM record_codes AS rc
  WHERE
    rc.record = 'specimens' AND rc.field = 'code'
  GROUP BY
    rc.patient_id,
    rc.seq
), procedures_code_p0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS p0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('SNOMED', 'CPT')
          THEN (
            (
              rc.system = 'SNOMED'
              AND (
                rc.code IN (
                  '116140006',
                  '116142003',
                  '116143008',
                  '116144002',
                  '86477000',
                  '35955002',
                  '236888001',
                  '236891001',
                  '307771009',
                  '414575003',
                  '708877008',
                  '767610009',
                  '29827000'
                )
              )
            )
            OR (
              rc.system = 'CPT'
              AND (
                rc.code IN (
                  '58150',
                  '58210',
                  '58260',
                  '58262',
                  '58285',
                  '58290',
                  '58548',
                  '58550',
                  '58570',
                  '58571',
                  '58572',
                  '58573',
                  '58953',
                  '58956'
                )
              )
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('SNOMED', 'CPT')
          THEN (
            (
              rc.system = 'SNOMED'
              AND (
                rc.code IN (
                  '116140006',
                  '116142003',
                  '116143008',
                  '116144002',
                  '86477000',
                  '35955002',
                  '236888001',
                  '236891001',
                  '307771009',
                  '414575003',
                  '708877008',
                  '767610009',
                  '29827000'
                )
              )
            )
            OR (
              rc.system = 'CPT'
              AND (
                rc.code IN (
                  '58150',
                  '58210',
                  '58260',
                  '58262',
                  '58285',
                  '58290',
                  '58548',
                  '58550',
                  '58570',
                  '58571',
                  '58572',
                  '58573',
                  '58953',
                  '58956'
                )
              )
            )
          )
        END IS NULL
        THEN 1
        ELSE 0
      END
    ) AS in_permanent_sterilisation_procedure_grade,
    MAX(
      CASE
        WHEN CASE
          WHEN (
            rc.system = 'SNOMED' AND rc.code IN ('108290001', '53438000')
          )
          THEN TRUE
          WHEN (
            rc.system IN ('SNOMED')
          )
          THEN CAST(NULL AS BOOLEAN)
          WHEN rc.system IN ('SNOMED')
          THEN FALSE
        END
        THEN 2
        WHEN CASE
          WHEN (
            rc.system = 'SNOMED' AND rc.code IN ('108290001', '53438000')
          )
          THEN TRUE
          WHEN (
            rc.system IN ('SNOMED')
          )
          THEN CAST(NULL AS BOOLEAN)
          WHEN rc.system IN ('SNOMED')
          THEN FALSE
        END IS NULL
        THEN 1
        ELSE 0
      END
    ) AS in_lung_radiotherapy_grade,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('SNOMED')
          THEN (
            rc.system = 'SNOMED'
            AND (
              rc.code IN ('313039003', '70536003', '32413006', '18027006', '88039007')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('SNOMED')
          THEN (
            rc.system = 'SNOMED'
            AND (
              rc.code IN ('313039003', '70536003', '32413006', '18027006', '88039007')
            )
          )
        END IS NULL
        THEN 1
        ELSE 0
      END
    ) AS in_solid_organ_transplant_grade,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('SNOMED')
          THEN (
            rc.system = 'SNOMED'
            AND (
              rc.code IN (
                '313039003',
                '70536003',
                '32413006',
                '18027006',
                '88039007',
                '234336002',
                '278257006',
                '23719005'
              )
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('SNOMED')
          THEN (
            rc.system = 'SNOMED'
            AND (
              rc.code IN (
                '313039003',
                '70536003',
                '32413006',
                '18027006',
                '88039007',
                '234336002',
                '278257006',
                '23719005'
              )
            )
          )
        END IS NULL
        THEN 1
        ELSE 0
      END
    ) AS in_transplant_procedure_grade
  FROM record_codes AS rc
  WHERE
    rc.record = 'procedures' AND rc.field = 'code'
  GROUP BY
    rc.patient_id,
    rc.seq
), adverse_events_attributed_to_a0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS a0_seq,
    MAX(CASE WHEN TRUE THEN 2 WHEN TRUE IS NULL THEN 1 ELSE 0 END) AS known_grade
  FROM record_codes AS rc
  WHERE
    rc.record = 'adverse_events' AND rc.field = 'attributed_to'
  GROUP BY
    rc.patient_id,
    rc.seq
), study_queries AS (
  SELECT
    r.patient_id,
    MAX(r.g1) AS any_grade,
    MAX(r.g2) AS any_2_grade
  FROM (
    SELECT
      s0.patient_id AS patient_id,
      COALESCE(
        CAST((
          (
            s0.status = 'on_study'
          )
          AND (
            (
              COALESCE(
                CASE
                  WHEN s0.start_hi <= pt.ref_first_dose_lo
                  THEN TRUE
                  WHEN s0.start_lo > pt.ref_first_dose_hi
                  THEN FALSE
                END,
                CASE
                  WHEN CASE
                    WHEN s0.end_hi <= pt.ref_first_dose_lo
                    THEN TRUE
                    WHEN s0.end_lo > pt.ref_first_dose_hi
                    THEN FALSE
                  END IS TRUE
                  THEN TRUE
                END
              )
            )
            AND (
              COALESCE(
                CASE
                  WHEN s0.end_lo >= pt.ref_first_dose_hi
                  THEN TRUE
                  WHEN s0.end_hi < pt.ref_first_dose_lo
                  THEN FALSE
                END,
                CASE
                  WHEN CASE
                    WHEN s0.start_lo >= pt.ref_first_dose_hi
                    THEN TRUE
                    WHEN s0.start_hi < pt.ref_first_dose_lo
                    THEN FALSE
                  END IS TRUE
                  THEN TRUE
                END
              )
            )
          )
        ) AS INT) * 2,
        1
      ) AS g1,
      COALESCE(
        CAST((
          s0.investigational
          AND (
            (
              COALESCE(
                CASE
                  WHEN s0.start_hi <= pt.ref_first_dose_lo
                  THEN TRUE
                  WHEN s0.start_lo > pt.ref_first_dose_hi
                  THEN FALSE
                END,
                CASE
                  WHEN CASE
                    WHEN s0.end_hi <= pt.ref_first_dose_lo
                    THEN TRUE
                    WHEN s0.end_lo > pt.ref_first_dose_hi
                    THEN FALSE
                  END IS TRUE
                  THEN TRUE
                END
              )
            )
            AND (
              COALESCE(
                CASE
                  WHEN s0.end_lo >= CAST(DATE_ADD(pt.ref_first_dose_hi, -28) AS DATE)
                  THEN TRUE
                  WHEN s0.end_hi < CAST(DATE_ADD(pt.ref_first_dose_lo, -28) AS DATE)
                  THEN FALSE
                END,
                CASE
                  WHEN CASE
                    WHEN s0.start_lo >= CAST(DATE_ADD(pt.ref_first_dose_hi, -28) AS DATE)
                    THEN TRUE
                    WHEN s0.start_hi < CAST(DATE_ADD(pt.ref_first_dose_lo, -28) AS DATE)
                    THEN FALSE
                  END IS TRUE
                  THEN TRUE
                END
              )
            )
          )
        ) AS INT) * 2,
        1
      ) AS g2
    FROM studies AS s0
    JOIN patient_facts AS pt
      ON pt.patient_id = s0.patient_id
  ) AS r
  GROUP BY
    r.patient_id
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
                  WHEN m0.end_lo >= CAST(DATE_ADD(pt.ref_first_dose_hi, -28) AS DATE)
                  THEN TRUE
                  WHEN m0.end_hi < CAST(DATE_ADD(pt.ref_first_dose_lo, -28) AS DATE)
                  THEN FALSE
                END,
                CASE
                  WHEN CASE
                    WHEN m0.start_lo >= CAST(DATE_ADD(pt.ref_first_dose_hi, -28) AS DATE)
                    THEN TRUE
                    WHEN m0.start_hi < CAST(DATE_ADD(pt.ref_first_dose_lo, -28) AS DATE)
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
), device_queries AS (
  SELECT
    r.patient_id,
    MAX(r.g1) AS any_grade
  FROM (
    SELECT
      d0.patient_id AS patient_id,
      COALESCE(
        CAST((
          d0.investigational
          AND (
            (
              COALESCE(
                CASE
                  WHEN d0.start_hi <= pt.ref_first_dose_lo
                  THEN TRUE
                  WHEN d0.start_lo > pt.ref_first_dose_hi
                  THEN FALSE
                END,
                CASE
                  WHEN CASE
                    WHEN d0.end_hi <= pt.ref_first_dose_lo
                    THEN TRUE
                    WHEN d0.end_lo > pt.ref_first_dose_hi
                    THEN FALSE
                  END IS TRUE
                  THEN TRUE
                END
              )
            )
            AND (
              COALESCE(
                CASE
                  WHEN d0.end_lo >= CAST(DATE_ADD(pt.ref_first_dose_hi, -28) AS DATE)
                  THEN TRUE
                  WHEN d0.end_hi < CAST(DATE_ADD(pt.ref_first_dose_lo, -28) AS DATE)
                  THEN FALSE
                END,
                CASE
                  WHEN CASE
                    WHEN d0.start_lo >= CAST(DATE_ADD(pt.ref_first_dose_hi, -28) AS DATE)
                    THEN TRUE
                    WHEN d0.start_hi < CAST(DATE_ADD(pt.ref_first_dose_lo, -28) AS DATE)
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
    FROM devices AS d0
    JOIN patient_facts AS pt
      ON pt.patient_id = d0.patient_id
    WHERE
      (
        d0.status IS NULL OR NOT d0.status IN ('entered_in_error', 'intended')
      )
  ) AS r
  GROUP BY
    r.patient_id
), medication_queries_per_c0 AS (
  SELECT
    r.patient_id,
    r.c0_seq,
    MAX(r.g1) AS any_grade,
    MAX(r.g2) AS any_2_grade,
    MAX(r.g3) AS any_3_grade
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
          AND (
            (
              COALESCE(
                CASE
                  WHEN m0.start_hi <= pt.ref_randomisation_lo
                  THEN TRUE
                  WHEN m0.start_lo > pt.ref_randomisation_hi
                  THEN FALSE
                END,
                CASE
                  WHEN CASE
                    WHEN m0.end_hi <= pt.ref_randomisation_lo
                    THEN TRUE
                    WHEN m0.end_lo > pt.ref_randomisation_hi
                    THEN FALSE
                  END IS TRUE
                  THEN TRUE
                END
              )
            )
            AND (
              COALESCE(
                CASE
                  WHEN m0.end_lo >= CAST(ADD_MONTHS(pt.ref_randomisation_hi, -60) AS DATE)
                  THEN TRUE
                  WHEN m0.end_hi < CAST(ADD_MONTHS(pt.ref_randomisation_lo, -60) AS DATE)
                  THEN FALSE
                END,
                CASE
                  WHEN CASE
                    WHEN m0.start_lo >= CAST(ADD_MONTHS(pt.ref_randomisation_hi, -60) AS DATE)
                    THEN TRUE
                    WHEN m0.start_hi < CAST(ADD_MONTHS(pt.ref_randomisation_lo, -60) AS DATE)
                    THEN FALSE
                  END IS TRUE
                  THEN TRUE
                END
              )
            )
          )
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
            m0.treatment_intent = 'curative'
          )
        ) AS INT) * 2,
        1
      ) AS g2,
      COALESCE(
        CAST((
          CASE
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
        ) AS INT) * 2,
        1
      ) AS g3
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
          AND (
            (
              COALESCE(
                CASE
                  WHEN CASE
                    WHEN p0.start_lo IS NULL AND p0.end_lo IS NULL
                    THEN p0.date_hi
                    ELSE p0.start_hi
                  END <= pt.ref_randomisation_lo
                  THEN TRUE
                  WHEN CASE
                    WHEN p0.start_lo IS NULL AND p0.end_lo IS NULL
                    THEN p0.date_lo
                    ELSE p0.start_lo
                  END > pt.ref_randomisation_hi
                  THEN FALSE
                END,
                CASE
                  WHEN CASE
                    WHEN CASE
                      WHEN p0.start_lo IS NULL AND p0.end_lo IS NULL
                      THEN p0.date_hi
                      ELSE p0.end_hi
                    END <= pt.ref_randomisation_lo
                    THEN TRUE
                    WHEN CASE
                      WHEN p0.start_lo IS NULL AND p0.end_lo IS NULL
                      THEN p0.date_lo
                      ELSE p0.end_lo
                    END > pt.ref_randomisation_hi
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
                  END >= CAST(ADD_MONTHS(pt.ref_randomisation_hi, -60) AS DATE)
                  THEN TRUE
                  WHEN CASE
                    WHEN p0.start_lo IS NULL AND p0.end_lo IS NULL
                    THEN p0.date_hi
                    ELSE p0.end_hi
                  END < CAST(ADD_MONTHS(pt.ref_randomisation_lo, -60) AS DATE)
                  THEN FALSE
                END,
                CASE
                  WHEN CASE
                    WHEN CASE
                      WHEN p0.start_lo IS NULL AND p0.end_lo IS NULL
                      THEN p0.date_lo
                      ELSE p0.start_lo
                    END >= CAST(ADD_MONTHS(pt.ref_randomisation_hi, -60) AS DATE)
                    THEN TRUE
                    WHEN CASE
                      WHEN p0.start_lo IS NULL AND p0.end_lo IS NULL
                      THEN p0.date_hi
                      ELSE p0.start_hi
                    END < CAST(ADD_MONTHS(pt.ref_randomisation_lo, -60) AS DATE)
                    THEN FALSE
                  END IS TRUE
                  THEN TRUE
                END
              )
            )
          )
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
            p0.treatment_intent = 'curative'
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
              (
                NOT p0.date_lo IS NULL
              )
              AND CASE
                WHEN p0.date_hi < pt.ref_first_dose_lo
                THEN TRUE
                WHEN p0.date_lo >= pt.ref_first_dose_hi
                THEN FALSE
              END
            )
            OR (
              NOT (
                NOT p0.date_lo IS NULL
              )
              AND CASE
                WHEN p0.start_hi < pt.ref_first_dose_lo
                THEN TRUE
                WHEN p0.start_lo >= pt.ref_first_dose_hi
                THEN FALSE
              END
            )
            OR (
              CASE
                WHEN p0.date_hi < pt.ref_first_dose_lo
                THEN TRUE
                WHEN p0.date_lo >= pt.ref_first_dose_hi
                THEN FALSE
              END
              AND CASE
                WHEN p0.start_hi < pt.ref_first_dose_lo
                THEN TRUE
                WHEN p0.start_lo >= pt.ref_first_dose_hi
                THEN FALSE
              END
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
), condition_queries_1 AS (
  SELECT
    r.patient_id,
    MAX(r.g1) AS hnscc_primary_site_grade,
    MAX(r.g2) AS nasopharyngeal_cancer_grade,
    MAX(r.g3) AS oropharyngeal_cancer_grade,
    MAX(r.g4) AS postmenopausal_state_grade,
    MAX(r.g5) AS surgical_sterility_status_grade,
    MAX(r.g6) AS immunodeficiency_grade,
    MAX(r.g7) AS malignancy_grade,
    MAX(r.g8) AS solid_organ_transplant_status_grade,
    MAX(r.g9) AS mental_or_substance_disorder_grade,
    MAX(r.g10) AS pregnant_state_grade,
    MAX(r.g11) AS hiv_or_aids_grade,
    MAX(r.g12) AS any_grade
  FROM (
    SELECT
      c0.patient_id AS patient_id,
      CASE
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE conditions_code_c0.in_hnscc_primary_site_grade
              WHEN 2
              THEN TRUE
              WHEN 0
              THEN FALSE
            END IS FALSE
            THEN FALSE
          END
          ELSE CASE conditions_code_c0.in_hnscc_primary_site_grade
            WHEN 2
            THEN TRUE
            WHEN 0
            THEN FALSE
          END
        END
        THEN COALESCE(
          CAST((
            CASE
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
            END
            AND CASE
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
            AND (
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
            )
          ) AS INT) * 2,
          1
        )
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE conditions_code_c0.in_hnscc_primary_site_grade
              WHEN 2
              THEN TRUE
              WHEN 0
              THEN FALSE
            END IS FALSE
            THEN FALSE
          END
          ELSE CASE conditions_code_c0.in_hnscc_primary_site_grade
            WHEN 2
            THEN TRUE
            WHEN 0
            THEN FALSE
          END
        END IS NULL
        THEN LEAST(
          COALESCE(
            CAST((
              CASE
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
              END
              AND CASE
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
              AND (
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
              )
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
            WHEN CASE conditions_code_c0.in_nasopharyngeal_cancer_grade
              WHEN 2
              THEN TRUE
              WHEN 0
              THEN FALSE
            END IS FALSE
            THEN FALSE
          END
          ELSE CASE conditions_code_c0.in_nasopharyngeal_cancer_grade
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
            WHEN CASE conditions_code_c0.in_nasopharyngeal_cancer_grade
              WHEN 2
              THEN TRUE
              WHEN 0
              THEN FALSE
            END IS FALSE
            THEN FALSE
          END
          ELSE CASE conditions_code_c0.in_nasopharyngeal_cancer_grade
            WHEN 2
            THEN TRUE
            WHEN 0
            THEN FALSE
          END
        END IS NULL
        THEN LEAST(COALESCE(CAST(TRUE AS INT) * 2, 1), 1)
      END AS g2,
      CASE
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE conditions_code_c0.in_oropharyngeal_cancer_grade
              WHEN 2
              THEN TRUE
              WHEN 0
              THEN FALSE
            END IS FALSE
            THEN FALSE
          END
          ELSE CASE conditions_code_c0.in_oropharyngeal_cancer_grade
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
            WHEN CASE conditions_code_c0.in_oropharyngeal_cancer_grade
              WHEN 2
              THEN TRUE
              WHEN 0
              THEN FALSE
            END IS FALSE
            THEN FALSE
          END
          ELSE CASE conditions_code_c0.in_oropharyngeal_cancer_grade
            WHEN 2
            THEN TRUE
            WHEN 0
            THEN FALSE
          END
        END IS NULL
        THEN LEAST(COALESCE(CAST(TRUE AS INT) * 2, 1), 1)
      END AS g3,
      CASE
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE conditions_code_c0.in_postmenopausal_state_grade
              WHEN 2
              THEN TRUE
              WHEN 0
              THEN FALSE
            END IS FALSE
            THEN FALSE
          END
          ELSE CASE conditions_code_c0.in_postmenopausal_state_grade
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
            WHEN CASE conditions_code_c0.in_postmenopausal_state_grade
              WHEN 2
              THEN TRUE
              WHEN 0
              THEN FALSE
            END IS FALSE
            THEN FALSE
          END
          ELSE CASE conditions_code_c0.in_postmenopausal_state_grade
            WHEN 2
            THEN TRUE
            WHEN 0
            THEN FALSE
          END
        END IS NULL
        THEN LEAST(COALESCE(CAST(TRUE AS INT) * 2, 1), 1)
      END AS g4,
      CASE
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE conditions_code_c0.in_surgical_sterility_status_grade
              WHEN 2
              THEN TRUE
              WHEN 0
              THEN FALSE
            END IS FALSE
            THEN FALSE
          END
          ELSE CASE conditions_code_c0.in_surgical_sterility_status_grade
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
            WHEN CASE conditions_code_c0.in_surgical_sterility_status_grade
              WHEN 2
              THEN TRUE
              WHEN 0
              THEN FALSE
            END IS FALSE
            THEN FALSE
          END
          ELSE CASE conditions_code_c0.in_surgical_sterility_status_grade
            WHEN 2
            THEN TRUE
            WHEN 0
            THEN FALSE
          END
        END IS NULL
        THEN LEAST(COALESCE(CAST(TRUE AS INT) * 2, 1), 1)
      END AS g5,
      CASE
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE conditions_code_c0.in_immunodeficiency_grade
              WHEN 2
              THEN TRUE
              WHEN 0
              THEN FALSE
            END IS FALSE
            THEN FALSE
          END
          ELSE CASE conditions_code_c0.in_immunodeficiency_grade
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
            WHEN CASE conditions_code_c0.in_immunodeficiency_grade
              WHEN 2
              THEN TRUE
              WHEN 0
              THEN FALSE
            END IS FALSE
            THEN FALSE
          END
          ELSE CASE conditions_code_c0.in_immunodeficiency_grade
            WHEN 2
            THEN TRUE
            WHEN 0
            THEN FALSE
          END
        END IS NULL
        THEN LEAST(COALESCE(CAST(TRUE AS INT) * 2, 1), 1)
      END AS g6,
      CASE
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE conditions_code_c0.in_malignancy_grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE conditions_code_c0.in_malignancy_grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        END
        THEN COALESCE(
          CAST((
            (
              (
                NOT CASE conditions_code_c0.in_head_and_neck_cancer_grade
                  WHEN 2
                  THEN TRUE
                  WHEN 0
                  THEN FALSE
                END
              )
              AND (
                NOT CASE conditions_code_c0.in_secondary_malignant_neoplasm_grade
                  WHEN 2
                  THEN TRUE
                  WHEN 0
                  THEN FALSE
                END
              )
              AND (
                CASE
                  WHEN CAST(ADD_MONTHS(pt.ref_randomisation_hi, -60) AS DATE) <= c0.onset_lo
                  AND c0.onset_hi <= pt.ref_randomisation_lo
                  THEN TRUE
                  WHEN c0.onset_hi < CAST(ADD_MONTHS(pt.ref_randomisation_lo, -60) AS DATE)
                  OR c0.onset_lo > pt.ref_randomisation_hi
                  THEN FALSE
                END
                OR (
                  CASE
                    WHEN pt.medications_collected IS TRUE
                    THEN CASE COALESCE(medication_queries_per_c0.any_grade, 0)
                      WHEN 2
                      THEN TRUE
                      WHEN 1
                      THEN CAST(NULL AS BOOLEAN)
                      ELSE FALSE
                    END
                  END
                  OR CASE
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
              )
            )
            AND NOT (
              (
                (
                  CASE conditions_code_c0.in_basal_cell_carcinoma_grade
                    WHEN 2
                    THEN TRUE
                    WHEN 0
                    THEN FALSE
                  END
                  OR CASE conditions_code_c0.in_cscc_grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                )
                AND (
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
              OR (
                (
                  CASE conditions_code_c0.in_cervical_carcinoma_in_situ_grade
                    WHEN 2
                    THEN TRUE
                    WHEN 0
                    THEN FALSE
                  END
                  OR CASE conditions_code_c0.in_breast_carcinoma_in_situ_grade
                    WHEN 2
                    THEN TRUE
                    WHEN 0
                    THEN FALSE
                  END
                )
                AND (
                  CASE
                    WHEN c0.treatment IS NULL OR 'surgery' IS NULL
                    THEN CAST(NULL AS BOOLEAN)
                    ELSE ARRAY_CONTAINS(c0.treatment, 'surgery')
                  END
                  AND CASE
                    WHEN pt.procedures_collected IS TRUE
                    THEN CASE COALESCE(procedure_queries_per_c0.any_2_grade, 0)
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
            WHEN CASE conditions_code_c0.in_malignancy_grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE conditions_code_c0.in_malignancy_grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        END IS NULL
        THEN LEAST(
          COALESCE(
            CAST((
              (
                (
                  NOT CASE conditions_code_c0.in_head_and_neck_cancer_grade
                    WHEN 2
                    THEN TRUE
                    WHEN 0
                    THEN FALSE
                  END
                )
                AND (
                  NOT CASE conditions_code_c0.in_secondary_malignant_neoplasm_grade
                    WHEN 2
                    THEN TRUE
                    WHEN 0
                    THEN FALSE
                  END
                )
                AND (
                  CASE
                    WHEN CAST(ADD_MONTHS(pt.ref_randomisation_hi, -60) AS DATE) <= c0.onset_lo
                    AND c0.onset_hi <= pt.ref_randomisation_lo
                    THEN TRUE
                    WHEN c0.onset_hi < CAST(ADD_MONTHS(pt.ref_randomisation_lo, -60) AS DATE)
                    OR c0.onset_lo > pt.ref_randomisation_hi
                    THEN FALSE
                  END
                  OR (
                    CASE
                      WHEN pt.medications_collected IS TRUE
                      THEN CASE COALESCE(medication_queries_per_c0.any_grade, 0)
                        WHEN 2
                        THEN TRUE
                        WHEN 1
                        THEN CAST(NULL AS BOOLEAN)
                        ELSE FALSE
                      END
                    END
                    OR CASE
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
                )
              )
              AND NOT (
                (
                  (
                    CASE conditions_code_c0.in_basal_cell_carcinoma_grade
                      WHEN 2
                      THEN TRUE
                      WHEN 0
                      THEN FALSE
                    END
                    OR CASE conditions_code_c0.in_cscc_grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                  )
                  AND (
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
                OR (
                  (
                    CASE conditions_code_c0.in_cervical_carcinoma_in_situ_grade
                      WHEN 2
                      THEN TRUE
                      WHEN 0
                      THEN FALSE
                    END
                    OR CASE conditions_code_c0.in_breast_carcinoma_in_situ_grade
                      WHEN 2
                      THEN TRUE
                      WHEN 0
                      THEN FALSE
                    END
                  )
                  AND (
                    CASE
                      WHEN c0.treatment IS NULL OR 'surgery' IS NULL
                      THEN CAST(NULL AS BOOLEAN)
                      ELSE ARRAY_CONTAINS(c0.treatment, 'surgery')
                    END
                    AND CASE
                      WHEN pt.procedures_collected IS TRUE
                      THEN CASE COALESCE(procedure_queries_per_c0.any_2_grade, 0)
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
      END AS g7,
      CASE
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE conditions_code_c0.in_solid_organ_transplant_status_grade
              WHEN 2
              THEN TRUE
              WHEN 0
              THEN FALSE
            END IS FALSE
            THEN FALSE
          END
          ELSE CASE conditions_code_c0.in_solid_organ_transplant_status_grade
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
            WHEN CASE conditions_code_c0.in_solid_organ_transplant_status_grade
              WHEN 2
              THEN TRUE
              WHEN 0
              THEN FALSE
            END IS FALSE
            THEN FALSE
          END
          ELSE CASE conditions_code_c0.in_solid_organ_transplant_status_grade
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
            WHEN CASE conditions_code_c0.in_mental_or_substance_disorder_grade
              WHEN 2
              THEN TRUE
              WHEN 0
              THEN FALSE
            END IS FALSE
            THEN FALSE
          END
          ELSE CASE conditions_code_c0.in_mental_or_substance_disorder_grade
            WHEN 2
            THEN TRUE
            WHEN 0
            THEN FALSE
          END
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
            AND pt.att_psychiatric_disorder_interferes_value_bool
          ) AS INT) * 2,
          1
        )
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE conditions_code_c0.in_mental_or_substance_disorder_grade
              WHEN 2
              THEN TRUE
              WHEN 0
              THEN FALSE
            END IS FALSE
            THEN FALSE
          END
          ELSE CASE conditions_code_c0.in_mental_or_substance_disorder_grade
            WHEN 2
            THEN TRUE
            WHEN 0
            THEN FALSE
          END
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
              AND pt.att_psychiatric_disorder_interferes_value_bool
            ) AS INT) * 2,
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
            WHEN CASE conditions_code_c0.in_pregnant_state_grade
              WHEN 2
              THEN TRUE
              WHEN 0
              THEN FALSE
            END IS FALSE
            THEN FALSE
          END
          ELSE CASE conditions_code_c0.in_pregnant_state_grade
            WHEN 2
            THEN TRUE
            WHEN 0
            THEN FALSE
          END
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
            WHEN CASE conditions_code_c0.in_pregnant_state_grade
              WHEN 2
              THEN TRUE
              WHEN 0
              THEN FALSE
            END IS FALSE
            THEN FALSE
          END
          ELSE CASE conditions_code_c0.in_pregnant_state_grade
            WHEN 2
            THEN TRUE
            WHEN 0
            THEN FALSE
          END
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
          THEN CASE
            WHEN CASE conditions_code_c0.in_hiv_or_aids_grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE conditions_code_c0.in_hiv_or_aids_grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        END
        THEN COALESCE(CAST(TRUE AS INT) * 2, 1)
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE conditions_code_c0.in_hiv_or_aids_grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE conditions_code_c0.in_hiv_or_aids_grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        END IS NULL
        THEN LEAST(COALESCE(CAST(TRUE AS INT) * 2, 1), 1)
      END AS g11,
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
              CASE conditions_code_c0.in_hepatitis_b_grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
              OR CASE conditions_code_c0.in_hepatitis_c_grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
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
                CASE conditions_code_c0.in_hepatitis_b_grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                OR CASE conditions_code_c0.in_hepatitis_c_grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
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
      END AS g12
    FROM conditions AS c0
    JOIN patient_facts AS pt
      ON pt.patient_id = c0.patient_id
    LEFT JOIN conditions_code_c0 AS conditions_code_c0
      ON conditions_code_c0.patient_id = c0.patient_id
      AND conditions_code_c0.c0_seq = c0.seq
    LEFT JOIN medication_queries_per_c0 AS medication_queries_per_c0
      ON medication_queries_per_c0.patient_id = c0.patient_id
      AND medication_queries_per_c0.c0_seq = c0.seq
    LEFT JOIN procedure_queries_per_c0 AS procedure_queries_per_c0
      ON procedure_queries_per_c0.patient_id = c0.patient_id
      AND procedure_queries_per_c0.c0_seq = c0.seq
    WHERE
      NOT CASE
        WHEN c0.verification IN ('entered_in_error', 'refuted')
        THEN FALSE
        WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
        THEN CASE
          WHEN CASE conditions_code_c0.in_hnscc_primary_site_grade
            WHEN 2
            THEN TRUE
            WHEN 0
            THEN FALSE
          END IS FALSE
          THEN FALSE
        END
        ELSE CASE conditions_code_c0.in_hnscc_primary_site_grade
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
          WHEN CASE conditions_code_c0.in_nasopharyngeal_cancer_grade
            WHEN 2
            THEN TRUE
            WHEN 0
            THEN FALSE
          END IS FALSE
          THEN FALSE
        END
        ELSE CASE conditions_code_c0.in_nasopharyngeal_cancer_grade
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
          WHEN CASE conditions_code_c0.in_oropharyngeal_cancer_grade
            WHEN 2
            THEN TRUE
            WHEN 0
            THEN FALSE
          END IS FALSE
          THEN FALSE
        END
        ELSE CASE conditions_code_c0.in_oropharyngeal_cancer_grade
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
          WHEN CASE conditions_code_c0.in_postmenopausal_state_grade
            WHEN 2
            THEN TRUE
            WHEN 0
            THEN FALSE
          END IS FALSE
          THEN FALSE
        END
        ELSE CASE conditions_code_c0.in_postmenopausal_state_grade
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
          WHEN CASE conditions_code_c0.in_surgical_sterility_status_grade
            WHEN 2
            THEN TRUE
            WHEN 0
            THEN FALSE
          END IS FALSE
          THEN FALSE
        END
        ELSE CASE conditions_code_c0.in_surgical_sterility_status_grade
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
          WHEN CASE conditions_code_c0.in_immunodeficiency_grade
            WHEN 2
            THEN TRUE
            WHEN 0
            THEN FALSE
          END IS FALSE
          THEN FALSE
        END
        ELSE CASE conditions_code_c0.in_immunodeficiency_grade
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
          WHEN CASE conditions_code_c0.in_malignancy_grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
          THEN FALSE
        END
        ELSE CASE conditions_code_c0.in_malignancy_grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
      END IS FALSE
      OR NOT CASE
        WHEN c0.verification IN ('entered_in_error', 'refuted')
        THEN FALSE
        WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
        THEN CASE
          WHEN CASE conditions_code_c0.in_solid_organ_transplant_status_grade
            WHEN 2
            THEN TRUE
            WHEN 0
            THEN FALSE
          END IS FALSE
          THEN FALSE
        END
        ELSE CASE conditions_code_c0.in_solid_organ_transplant_status_grade
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
          WHEN CASE conditions_code_c0.in_mental_or_substance_disorder_grade
            WHEN 2
            THEN TRUE
            WHEN 0
            THEN FALSE
          END IS FALSE
          THEN FALSE
        END
        ELSE CASE conditions_code_c0.in_mental_or_substance_disorder_grade
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
          WHEN CASE conditions_code_c0.in_pregnant_state_grade
            WHEN 2
            THEN TRUE
            WHEN 0
            THEN FALSE
          END IS FALSE
          THEN FALSE
        END
        ELSE CASE conditions_code_c0.in_pregnant_state_grade
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
          WHEN CASE conditions_code_c0.in_hiv_or_aids_grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
          THEN FALSE
        END
        ELSE CASE conditions_code_c0.in_hiv_or_aids_grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
      END IS FALSE
      OR NOT CASE
        WHEN c0.verification IN ('entered_in_error', 'refuted')
        THEN FALSE
        WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
        THEN CASE WHEN TRUE IS FALSE THEN FALSE END
        ELSE TRUE
      END IS FALSE
  ) AS r
  GROUP BY
    r.patient_id
), medication_queries_1 AS (
  SELECT
    r.patient_id,
    MAX(r.g1) AS any_grade,
    MAX(r.g2) AS systemic_corticosteroid_grade,
    MAX(r.g3) AS immunosuppressant_grade,
    MAX(r.g4) AS pd1_pdl1_inhibitor_grade,
    MAX(r.g5) AS live_vaccine_grade
  FROM (
    SELECT
      m0.patient_id AS patient_id,
      COALESCE(
        CAST((
          (
            CASE medications_code_m0.in_antineoplastic_agent_grade
              WHEN 2
              THEN TRUE
              WHEN 0
              THEN FALSE
            END
            AND CASE
              WHEN m0.start_hi < pt.ref_first_dose_lo
              THEN TRUE
              WHEN m0.start_lo >= pt.ref_first_dose_hi
              THEN FALSE
            END
          )
          AND NOT (
            CASE
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
            AND (
              CASE
                WHEN m0.end_hi < pt.ref_first_dose_lo
                THEN TRUE
                WHEN m0.end_lo >= pt.ref_first_dose_hi
                THEN FALSE
              END
              AND (
                NOT CASE
                  WHEN CAST(ADD_MONTHS(pt.ref_first_dose_hi, -6) AS DATE) <= m0.end_lo
                  AND m0.end_hi <= pt.ref_first_dose_lo
                  THEN TRUE
                  WHEN m0.end_hi < CAST(ADD_MONTHS(pt.ref_first_dose_lo, -6) AS DATE)
                  OR m0.end_lo > pt.ref_first_dose_hi
                  THEN FALSE
                END
              )
            )
          )
        ) AS INT) * 2,
        1
      ) AS g1,
      CASE
        WHEN CASE medications_code_m0.in_systemic_corticosteroid_grade
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
                  WHEN m0.end_lo >= CAST(DATE_ADD(pt.ref_first_dose_hi, -7) AS DATE)
                  THEN TRUE
                  WHEN m0.end_hi < CAST(DATE_ADD(pt.ref_first_dose_lo, -7) AS DATE)
                  THEN FALSE
                END,
                CASE
                  WHEN CASE
                    WHEN m0.start_lo >= CAST(DATE_ADD(pt.ref_first_dose_hi, -7) AS DATE)
                    THEN TRUE
                    WHEN m0.start_hi < CAST(DATE_ADD(pt.ref_first_dose_lo, -7) AS DATE)
                    THEN FALSE
                  END IS TRUE
                  THEN TRUE
                END
              )
            )
          ) AS INT) * 2,
          1
        )
        WHEN CASE medications_code_m0.in_systemic_corticosteroid_grade
          WHEN 2
          THEN TRUE
          WHEN 0
          THEN FALSE
        END IS NULL
        THEN LEAST(
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
                    WHEN m0.end_lo >= CAST(DATE_ADD(pt.ref_first_dose_hi, -7) AS DATE)
                    THEN TRUE
                    WHEN m0.end_hi < CAST(DATE_ADD(pt.ref_first_dose_lo, -7) AS DATE)
                    THEN FALSE
                  END,
                  CASE
                    WHEN CASE
                      WHEN m0.start_lo >= CAST(DATE_ADD(pt.ref_first_dose_hi, -7) AS DATE)
                      THEN TRUE
                      WHEN m0.start_hi < CAST(DATE_ADD(pt.ref_first_dose_lo, -7) AS DATE)
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
      END AS g2,
      CASE
        WHEN CASE medications_code_m0.in_immunosuppressant_grade
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
                  WHEN m0.end_lo >= CAST(DATE_ADD(pt.ref_first_dose_hi, -7) AS DATE)
                  THEN TRUE
                  WHEN m0.end_hi < CAST(DATE_ADD(pt.ref_first_dose_lo, -7) AS DATE)
                  THEN FALSE
                END,
                CASE
                  WHEN CASE
                    WHEN m0.start_lo >= CAST(DATE_ADD(pt.ref_first_dose_hi, -7) AS DATE)
                    THEN TRUE
                    WHEN m0.start_hi < CAST(DATE_ADD(pt.ref_first_dose_lo, -7) AS DATE)
                    THEN FALSE
                  END IS TRUE
                  THEN TRUE
                END
              )
            )
          ) AS INT) * 2,
          1
        )
        WHEN CASE medications_code_m0.in_immunosuppressant_grade
          WHEN 2
          THEN TRUE
          WHEN 0
          THEN FALSE
        END IS NULL
        THEN LEAST(
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
                    WHEN m0.end_lo >= CAST(DATE_ADD(pt.ref_first_dose_hi, -7) AS DATE)
                    THEN TRUE
                    WHEN m0.end_hi < CAST(DATE_ADD(pt.ref_first_dose_lo, -7) AS DATE)
                    THEN FALSE
                  END,
                  CASE
                    WHEN CASE
                      WHEN m0.start_lo >= CAST(DATE_ADD(pt.ref_first_dose_hi, -7) AS DATE)
                      THEN TRUE
                      WHEN m0.start_hi < CAST(DATE_ADD(pt.ref_first_dose_lo, -7) AS DATE)
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
      END AS g3,
      CASE
        WHEN CASE medications_code_m0.in_pd1_pdl1_inhibitor_grade
          WHEN 2
          THEN TRUE
          WHEN 0
          THEN FALSE
        END
        THEN COALESCE(
          CAST(CASE
            WHEN m0.start_hi < pt.ref_first_dose_lo
            THEN TRUE
            WHEN m0.start_lo >= pt.ref_first_dose_hi
            THEN FALSE
          END AS INT) * 2,
          1
        )
        WHEN CASE medications_code_m0.in_pd1_pdl1_inhibitor_grade
          WHEN 2
          THEN TRUE
          WHEN 0
          THEN FALSE
        END IS NULL
        THEN LEAST(
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
      END AS g4,
      CASE
        WHEN CASE medications_code_m0.in_live_vaccine_grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        THEN COALESCE(
          CAST(CASE
            WHEN CAST(DATE_ADD(pt.ref_first_dose_hi, -30) AS DATE) <= m0.start_lo
            AND m0.start_hi <= pt.ref_first_dose_lo
            THEN TRUE
            WHEN m0.start_hi < CAST(DATE_ADD(pt.ref_first_dose_lo, -30) AS DATE)
            OR m0.start_lo > pt.ref_first_dose_hi
            THEN FALSE
          END AS INT) * 2,
          1
        )
        WHEN CASE medications_code_m0.in_live_vaccine_grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS NULL
        THEN LEAST(
          COALESCE(
            CAST(CASE
              WHEN CAST(DATE_ADD(pt.ref_first_dose_hi, -30) AS DATE) <= m0.start_lo
              AND m0.start_hi <= pt.ref_first_dose_lo
              THEN TRUE
              WHEN m0.start_hi < CAST(DATE_ADD(pt.ref_first_dose_lo, -30) AS DATE)
              OR m0.start_lo > pt.ref_first_dose_hi
              THEN FALSE
            END AS INT) * 2,
            1
          ),
          1
        )
      END AS g5
    FROM medications AS m0
    JOIN patient_facts AS pt
      ON pt.patient_id = m0.patient_id
    LEFT JOIN medications_code_m0 AS medications_code_m0
      ON medications_code_m0.patient_id = m0.patient_id
      AND medications_code_m0.m0_seq = m0.seq
    WHERE
      (
        m0.status IS NULL
        OR NOT m0.status IN ('entered_in_error', 'intended', 'not_taken')
      )
  ) AS r
  GROUP BY
    r.patient_id
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
                AND CASE lesions_method_l0.in_recist_cross_sectional_grade
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
            )
            OR (
              NOT (
                NOT l0.bone IS NULL
              )
              AND (
                (
                  l0.lymph_node
                  AND (
                    CASE lesions_method_l0.in_recist_ct_grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
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
                      CASE lesions_method_l0.in_recist_cross_sectional_grade
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
                      CASE lesions_method_l0.in_recist_clinical_examination_grade
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
                      CASE lesions_method_l0.in_recist_radiography_grade
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
                        ) >= CAST(2.0 AS DOUBLE)
                      )
                    )
                  )
                )
                OR (
                  (
                    CASE lesions_method_l0.in_recist_ct_grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
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
                      CASE lesions_method_l0.in_recist_cross_sectional_grade
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
                      CASE lesions_method_l0.in_recist_clinical_examination_grade
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
                      CASE lesions_method_l0.in_recist_radiography_grade
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
                AND CASE lesions_method_l0.in_recist_cross_sectional_grade
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
              AND (
                (
                  l0.lymph_node
                  AND (
                    CASE lesions_method_l0.in_recist_ct_grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
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
                      CASE lesions_method_l0.in_recist_cross_sectional_grade
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
                      CASE lesions_method_l0.in_recist_clinical_examination_grade
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
                      CASE lesions_method_l0.in_recist_radiography_grade
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
                        ) >= CAST(2.0 AS DOUBLE)
                      )
                    )
                  )
                )
                OR (
                  (
                    CASE lesions_method_l0.in_recist_ct_grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
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
                      CASE lesions_method_l0.in_recist_cross_sectional_grade
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
                      CASE lesions_method_l0.in_recist_clinical_examination_grade
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
                      CASE lesions_method_l0.in_recist_radiography_grade
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
                        ) >= CAST(2.0 AS DOUBLE)
                      )
                    )
                  )
                )
              )
            )
          )
          AND CASE
            WHEN CAST(DATE_ADD(pt.ref_first_dose_hi, -28) AS DATE) <= l0.date_lo
            AND l0.date_hi <= pt.ref_first_dose_lo
            THEN TRUE
            WHEN l0.date_hi < CAST(DATE_ADD(pt.ref_first_dose_lo, -28) AS DATE)
            OR l0.date_lo > pt.ref_first_dose_hi
            THEN FALSE
          END
        ) AS INT) * 2,
        1
      ) AS g1
    FROM lesions AS l0
    JOIN patient_facts AS pt
      ON pt.patient_id = l0.patient_id
    LEFT JOIN lesions_method_l0 AS lesions_method_l0
      ON lesions_method_l0.patient_id = l0.patient_id
      AND lesions_method_l0.l0_seq = l0.seq
  ) AS r
  GROUP BY
    r.patient_id
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
    CASE observations_code_o0.in_ecog_grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
    AND CASE
      WHEN CAST(DATE_ADD(pt.ref_first_dose_hi, -28) AS DATE) <= o0.date_lo
      AND o0.date_hi <= pt.ref_first_dose_lo
      THEN TRUE
      WHEN o0.date_hi < CAST(DATE_ADD(pt.ref_first_dose_lo, -28) AS DATE)
      OR o0.date_lo > pt.ref_first_dose_hi
      THEN FALSE
    END AS inside
  FROM observations AS o0
  JOIN patient_facts AS pt
    ON pt.patient_id = o0.patient_id
  LEFT JOIN observations_code_o0 AS observations_code_o0
    ON observations_code_o0.patient_id = o0.patient_id
    AND observations_code_o0.o0_seq = o0.seq
  WHERE
    (
      o0.status IS NULL OR NOT o0.status IN ('cancelled', 'entered_in_error')
    )
    AND NOT CASE observations_code_o0.in_ecog_grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
), specimen_queries_1 AS (
  SELECT
    r.patient_id,
    MAX(r.g1) AS tumour_tissue_specimen_grade
  FROM (
    SELECT
      s0.patient_id AS patient_id,
      CASE
        WHEN CASE specimens_code_s0.in_tumour_tissue_specimen_grade
          WHEN 2
          THEN TRUE
          WHEN 0
          THEN FALSE
        END
        THEN COALESCE(
          CAST((
            CASE specimens_method_s0.in_core_or_excisional_biopsy_grade
              WHEN 2
              THEN TRUE
              WHEN 0
              THEN FALSE
            END
            AND (
              s0.status = 'available'
            )
          ) AS INT) * 2,
          1
        )
        WHEN CASE specimens_code_s0.in_tumour_tissue_specimen_grade
          WHEN 2
          THEN TRUE
          WHEN 0
          THEN FALSE
        END IS NULL
        THEN LEAST(
          COALESCE(
            CAST((
              CASE specimens_method_s0.in_core_or_excisional_biopsy_grade
                WHEN 2
                THEN TRUE
                WHEN 0
                THEN FALSE
              END
              AND (
                s0.status = 'available'
              )
            ) AS INT) * 2,
            1
          ),
          1
        )
      END AS g1
    FROM specimens AS s0
    LEFT JOIN specimens_method_s0 AS specimens_method_s0
      ON specimens_method_s0.patient_id = s0.patient_id
      AND specimens_method_s0.s0_seq = s0.seq
    LEFT JOIN specimens_code_s0 AS specimens_code_s0
      ON specimens_code_s0.patient_id = s0.patient_id
      AND specimens_code_s0.s0_seq = s0.seq
    WHERE
      NOT CASE specimens_code_s0.in_tumour_tissue_specimen_grade
        WHEN 2
        THEN TRUE
        WHEN 0
        THEN FALSE
      END IS FALSE
      AND (
        s0.status IS NULL OR NOT s0.status IN ('entered_in_error')
      )
  ) AS r
  GROUP BY
    r.patient_id
), observation_queries_1 AS (
  SELECT
    r.patient_id,
    MAX(r.g1) AS hpv_status_grade
  FROM (
    SELECT
      o0.patient_id AS patient_id,
      CASE
        WHEN CASE observations_code_o0.in_hpv_status_grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        THEN COALESCE(CAST(TRUE AS INT) * 2, 1)
        WHEN CASE observations_code_o0.in_hpv_status_grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS NULL
        THEN LEAST(COALESCE(CAST(TRUE AS INT) * 2, 1), 1)
      END AS g1
    FROM observations AS o0
    LEFT JOIN observations_code_o0 AS observations_code_o0
      ON observations_code_o0.patient_id = o0.patient_id
      AND observations_code_o0.o0_seq = o0.seq
    WHERE
      NOT CASE observations_code_o0.in_hpv_status_grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
      AND (
        o0.status IS NULL OR NOT o0.status IN ('cancelled', 'entered_in_error')
      )
  ) AS r
  GROUP BY
    r.patient_id
), procedure_queries_1 AS (
  SELECT
    r.patient_id,
    MAX(r.g1) AS permanent_sterilisation_procedure_grade,
    MAX(r.g2) AS `lung.radiotherapy_grade`,
    MAX(r.g3) AS transplant_procedure_grade
  FROM (
    SELECT
      p0.patient_id AS patient_id,
      CASE
        WHEN CASE procedures_code_p0.in_permanent_sterilisation_procedure_grade
          WHEN 2
          THEN TRUE
          WHEN 0
          THEN FALSE
        END
        THEN COALESCE(CAST(TRUE AS INT) * 2, 1)
        WHEN CASE procedures_code_p0.in_permanent_sterilisation_procedure_grade
          WHEN 2
          THEN TRUE
          WHEN 0
          THEN FALSE
        END IS NULL
        THEN LEAST(COALESCE(CAST(TRUE AS INT) * 2, 1), 1)
      END AS g1,
      CASE
        WHEN CASE procedures_code_p0.in_lung_radiotherapy_grade
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
                  WHEN CASE
                    WHEN p0.start_lo IS NULL AND p0.end_lo IS NULL
                    THEN p0.date_hi
                    ELSE p0.start_hi
                  END <= pt.ref_randomisation_lo
                  THEN TRUE
                  WHEN CASE
                    WHEN p0.start_lo IS NULL AND p0.end_lo IS NULL
                    THEN p0.date_lo
                    ELSE p0.start_lo
                  END > pt.ref_randomisation_hi
                  THEN FALSE
                END,
                CASE
                  WHEN CASE
                    WHEN CASE
                      WHEN p0.start_lo IS NULL AND p0.end_lo IS NULL
                      THEN p0.date_hi
                      ELSE p0.end_hi
                    END <= pt.ref_randomisation_lo
                    THEN TRUE
                    WHEN CASE
                      WHEN p0.start_lo IS NULL AND p0.end_lo IS NULL
                      THEN p0.date_lo
                      ELSE p0.end_lo
                    END > pt.ref_randomisation_hi
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
                  END >= CAST(DATE_ADD(pt.ref_randomisation_hi, -14) AS DATE)
                  THEN TRUE
                  WHEN CASE
                    WHEN p0.start_lo IS NULL AND p0.end_lo IS NULL
                    THEN p0.date_hi
                    ELSE p0.end_hi
                  END < CAST(DATE_ADD(pt.ref_randomisation_lo, -14) AS DATE)
                  THEN FALSE
                END,
                CASE
                  WHEN CASE
                    WHEN CASE
                      WHEN p0.start_lo IS NULL AND p0.end_lo IS NULL
                      THEN p0.date_lo
                      ELSE p0.start_lo
                    END >= CAST(DATE_ADD(pt.ref_randomisation_hi, -14) AS DATE)
                    THEN TRUE
                    WHEN CASE
                      WHEN p0.start_lo IS NULL AND p0.end_lo IS NULL
                      THEN p0.date_hi
                      ELSE p0.start_hi
                    END < CAST(DATE_ADD(pt.ref_randomisation_lo, -14) AS DATE)
                    THEN FALSE
                  END IS TRUE
                  THEN TRUE
                END
              )
            )
          ) AS INT) * 2,
          1
        )
        WHEN CASE procedures_code_p0.in_lung_radiotherapy_grade
          WHEN 2
          THEN TRUE
          WHEN 0
          THEN FALSE
        END IS NULL
        THEN LEAST(
          COALESCE(
            CAST((
              (
                COALESCE(
                  CASE
                    WHEN CASE
                      WHEN p0.start_lo IS NULL AND p0.end_lo IS NULL
                      THEN p0.date_hi
                      ELSE p0.start_hi
                    END <= pt.ref_randomisation_lo
                    THEN TRUE
                    WHEN CASE
                      WHEN p0.start_lo IS NULL AND p0.end_lo IS NULL
                      THEN p0.date_lo
                      ELSE p0.start_lo
                    END > pt.ref_randomisation_hi
                    THEN FALSE
                  END,
                  CASE
                    WHEN CASE
                      WHEN CASE
                        WHEN p0.start_lo IS NULL AND p0.end_lo IS NULL
                        THEN p0.date_hi
                        ELSE p0.end_hi
                      END <= pt.ref_randomisation_lo
                      THEN TRUE
                      WHEN CASE
                        WHEN p0.start_lo IS NULL AND p0.end_lo IS NULL
                        THEN p0.date_lo
                        ELSE p0.end_lo
                      END > pt.ref_randomisation_hi
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
                    END >= CAST(DATE_ADD(pt.ref_randomisation_hi, -14) AS DATE)
                    THEN TRUE
                    WHEN CASE
                      WHEN p0.start_lo IS NULL AND p0.end_lo IS NULL
                      THEN p0.date_hi
                      ELSE p0.end_hi
                    END < CAST(DATE_ADD(pt.ref_randomisation_lo, -14) AS DATE)
                    THEN FALSE
                  END,
                  CASE
                    WHEN CASE
                      WHEN CASE
                        WHEN p0.start_lo IS NULL AND p0.end_lo IS NULL
                        THEN p0.date_lo
                        ELSE p0.start_lo
                      END >= CAST(DATE_ADD(pt.ref_randomisation_hi, -14) AS DATE)
                      THEN TRUE
                      WHEN CASE
                        WHEN p0.start_lo IS NULL AND p0.end_lo IS NULL
                        THEN p0.date_hi
                        ELSE p0.start_hi
                      END < CAST(DATE_ADD(pt.ref_randomisation_lo, -14) AS DATE)
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
      END AS g2,
      CASE
        WHEN CASE procedures_code_p0.in_transplant_procedure_grade
          WHEN 2
          THEN TRUE
          WHEN 0
          THEN FALSE
        END
        THEN COALESCE(
          CAST((
            CASE
              WHEN p0.date_hi < pt.ref_first_dose_lo
              THEN TRUE
              WHEN p0.date_lo >= pt.ref_first_dose_hi
              THEN FALSE
            END
            AND (
              CASE procedures_code_p0.in_solid_organ_transplant_grade
                WHEN 2
                THEN TRUE
                WHEN 0
                THEN FALSE
              END
              OR (
                p0.donor = 'allogeneic'
              )
            )
          ) AS INT) * 2,
          1
        )
        WHEN CASE procedures_code_p0.in_transplant_procedure_grade
          WHEN 2
          THEN TRUE
          WHEN 0
          THEN FALSE
        END IS NULL
        THEN LEAST(
          COALESCE(
            CAST((
              CASE
                WHEN p0.date_hi < pt.ref_first_dose_lo
                THEN TRUE
                WHEN p0.date_lo >= pt.ref_first_dose_hi
                THEN FALSE
              END
              AND (
                CASE procedures_code_p0.in_solid_organ_transplant_grade
                  WHEN 2
                  THEN TRUE
                  WHEN 0
                  THEN FALSE
                END
                OR (
                  p0.donor = 'allogeneic'
                )
              )
            ) AS INT) * 2,
            1
          ),
          1
        )
      END AS g3
    FROM procedures AS p0
    JOIN patient_facts AS pt
      ON pt.patient_id = p0.patient_id
    LEFT JOIN procedures_code_p0 AS procedures_code_p0
      ON procedures_code_p0.patient_id = p0.patient_id
      AND procedures_code_p0.p0_seq = p0.seq
    WHERE
      NOT CASE procedures_code_p0.in_permanent_sterilisation_procedure_grade
        WHEN 2
        THEN TRUE
        WHEN 0
        THEN FALSE
      END IS FALSE
      OR NOT CASE procedures_code_p0.in_lung_radiotherapy_grade
        WHEN 2
        THEN TRUE
        WHEN 0
        THEN FALSE
      END IS FALSE
      OR NOT CASE procedures_code_p0.in_transplant_procedure_grade
        WHEN 2
        THEN TRUE
        WHEN 0
        THEN FALSE
      END IS FALSE
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
    CASE observations_code_o0.in_pregnancy_test_grade
      WHEN 2
      THEN TRUE
      WHEN 0
      THEN FALSE
    END
    AND CASE
      WHEN CAST(DATE_ADD(pt.ref_first_dose_hi, -3) AS DATE) <= o0.date_lo
      AND o0.date_hi <= pt.ref_first_dose_lo
      THEN TRUE
      WHEN o0.date_hi < CAST(DATE_ADD(pt.ref_first_dose_lo, -3) AS DATE)
      OR o0.date_lo > pt.ref_first_dose_hi
      THEN FALSE
    END AS inside
  FROM observations AS o0
  JOIN patient_facts AS pt
    ON pt.patient_id = o0.patient_id
  LEFT JOIN observations_code_o0 AS observations_code_o0
    ON observations_code_o0.patient_id = o0.patient_id
    AND observations_code_o0.o0_seq = o0.seq
  WHERE
    (
      o0.status IS NULL OR NOT o0.status IN ('cancelled', 'entered_in_error')
    )
    AND NOT CASE observations_code_o0.in_pregnancy_test_grade
      WHEN 2
      THEN TRUE
      WHEN 0
      THEN FALSE
    END IS FALSE
), observation_queries_per_m0_per_c0_1 AS (
  SELECT
    r.patient_id,
    r.m0_seq,
    r.c0_seq,
    MAX(r.g1) AS disease_status_grade
  FROM (
    SELECT
      o0.patient_id AS patient_id,
      m0.seq AS m0_seq,
      c0.seq AS c0_seq,
      CASE
        WHEN CASE observations_code_o0.in_disease_status_grade
          WHEN 2
          THEN TRUE
          WHEN 0
          THEN FALSE
        END
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
              WHEN m0.end_hi <= o0.date_lo AND o0.date_hi <= CAST(ADD_MONTHS(m0.end_lo, 6) AS DATE)
              THEN TRUE
              WHEN o0.date_hi < m0.end_lo OR o0.date_lo > CAST(ADD_MONTHS(m0.end_hi, 6) AS DATE)
              THEN FALSE
            END
          ) AS INT) * 2,
          1
        )
        WHEN CASE observations_code_o0.in_disease_status_grade
          WHEN 2
          THEN TRUE
          WHEN 0
          THEN FALSE
        END IS NULL
        THEN LEAST(
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
                WHEN m0.end_hi <= o0.date_lo AND o0.date_hi <= CAST(ADD_MONTHS(m0.end_lo, 6) AS DATE)
                THEN TRUE
                WHEN o0.date_hi < m0.end_lo OR o0.date_lo > CAST(ADD_MONTHS(m0.end_hi, 6) AS DATE)
                THEN FALSE
              END
            ) AS INT) * 2,
            1
          ),
          1
        )
      END AS g1
    FROM observations AS o0
    JOIN conditions AS c0
      ON c0.patient_id = o0.patient_id
    JOIN medications AS m0
      ON m0.patient_id = o0.patient_id
    LEFT JOIN observations_code_o0 AS observations_code_o0
      ON observations_code_o0.patient_id = o0.patient_id
      AND observations_code_o0.o0_seq = o0.seq
    WHERE
      NOT CASE observations_code_o0.in_disease_status_grade
        WHEN 2
        THEN TRUE
        WHEN 0
        THEN FALSE
      END IS FALSE
      AND (
        o0.status IS NULL OR NOT o0.status IN ('cancelled', 'entered_in_error')
      )
  ) AS r
  GROUP BY
    r.patient_id,
    r.m0_seq,
    r.c0_seq
), adverse_event_queries_1 AS (
  SELECT
    r.patient_id,
    MAX(r.g1) AS any_grade
  FROM (
    SELECT
      a0.patient_id AS patient_id,
      COALESCE(
        CAST((
          (
            CAST(a0.grade AS DOUBLE) >= CAST(2.0 AS DOUBLE)
          )
          AND (
            NOT CASE adverse_events_attributed_to_a0.known_grade
              WHEN 2
              THEN TRUE
              WHEN 0
              THEN FALSE
            END IS NULL
          )
          AND (
            NOT CASE
              WHEN a0.resolved_hi <= pt.ref_first_dose_lo
              THEN TRUE
              WHEN a0.resolved_lo > pt.ref_first_dose_hi
              THEN FALSE
            END
          )
        ) AS INT) * 2,
        1
      ) AS g1
    FROM adverse_events AS a0
    JOIN patient_facts AS pt
      ON pt.patient_id = a0.patient_id
    LEFT JOIN adverse_events_attributed_to_a0 AS adverse_events_attributed_to_a0
      ON adverse_events_attributed_to_a0.patient_id = a0.patient_id
      AND adverse_events_attributed_to_a0.a0_seq = a0.seq
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
      CASE observations_code_o0.in_disease_status_grade
        WHEN 2
        THEN TRUE
        WHEN 0
        THEN FALSE
      END
      AND CASE
        WHEN o0.focus IS NULL OR c0.id IS NULL
        THEN CAST(NULL AS BOOLEAN)
        ELSE ARRAY_CONTAINS(o0.focus, c0.id)
      END
    )
    AND CASE
      WHEN CAST(DATE_ADD(pt.ref_first_dose_hi, -28) AS DATE) <= o0.date_lo
      AND o0.date_hi <= pt.ref_first_dose_lo
      THEN TRUE
      WHEN o0.date_hi < CAST(DATE_ADD(pt.ref_first_dose_lo, -28) AS DATE)
      OR o0.date_lo > pt.ref_first_dose_hi
      THEN FALSE
    END AS inside
  FROM observations AS o0
  JOIN conditions AS c0
    ON c0.patient_id = o0.patient_id
  JOIN patient_facts AS pt
    ON pt.patient_id = o0.patient_id
  LEFT JOIN observations_code_o0 AS observations_code_o0
    ON observations_code_o0.patient_id = o0.patient_id
    AND observations_code_o0.o0_seq = o0.seq
  WHERE
    (
      o0.status IS NULL OR NOT o0.status IN ('cancelled', 'entered_in_error')
    )
    AND NOT (
      CASE observations_code_o0.in_disease_status_grade
        WHEN 2
        THEN TRUE
        WHEN 0
        THEN FALSE
      END
      AND CASE
        WHEN o0.focus IS NULL OR c0.id IS NULL
        THEN CAST(NULL AS BOOLEAN)
        ELSE ARRAY_CONTAINS(o0.focus, c0.id)
      END
    ) IS FALSE
), medication_queries_per_c0_1 AS (
  SELECT
    r.patient_id,
    r.c0_seq,
    MAX(r.g1) AS autoimmune_treatment_grade,
    MAX(r.g2) AS systemic_corticosteroid_grade,
    MAX(r.g3) AS systemic_antiinfective_grade
  FROM (
    SELECT
      m0.patient_id AS patient_id,
      c0.seq AS c0_seq,
      CASE
        WHEN CASE medications_code_m0.in_autoimmune_treatment_grade
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
                    WHEN m0.end_lo >= CAST(ADD_MONTHS(pt.ref_first_dose_hi, -24) AS DATE)
                    THEN TRUE
                    WHEN m0.end_hi < CAST(ADD_MONTHS(pt.ref_first_dose_lo, -24) AS DATE)
                    THEN FALSE
                  END,
                  CASE
                    WHEN CASE
                      WHEN m0.start_lo >= CAST(ADD_MONTHS(pt.ref_first_dose_hi, -24) AS DATE)
                      THEN TRUE
                      WHEN m0.start_hi < CAST(ADD_MONTHS(pt.ref_first_dose_lo, -24) AS DATE)
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
        WHEN CASE medications_code_m0.in_autoimmune_treatment_grade
          WHEN 2
          THEN TRUE
          WHEN 0
          THEN FALSE
        END IS NULL
        THEN LEAST(
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
                      WHEN m0.end_lo >= CAST(ADD_MONTHS(pt.ref_first_dose_hi, -24) AS DATE)
                      THEN TRUE
                      WHEN m0.end_hi < CAST(ADD_MONTHS(pt.ref_first_dose_lo, -24) AS DATE)
                      THEN FALSE
                    END,
                    CASE
                      WHEN CASE
                        WHEN m0.start_lo >= CAST(ADD_MONTHS(pt.ref_first_dose_hi, -24) AS DATE)
                        THEN TRUE
                        WHEN m0.start_hi < CAST(ADD_MONTHS(pt.ref_first_dose_lo, -24) AS DATE)
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
      END AS g1,
      CASE
        WHEN CASE medications_code_m0.in_systemic_corticosteroid_grade
          WHEN 2
          THEN TRUE
          WHEN 0
          THEN FALSE
        END
        THEN COALESCE(
          CAST(CASE
            WHEN m0.reason IS NULL OR c0.id IS NULL
            THEN CAST(NULL AS BOOLEAN)
            ELSE ARRAY_CONTAINS(m0.reason, c0.id)
          END AS INT) * 2,
          1
        )
        WHEN CASE medications_code_m0.in_systemic_corticosteroid_grade
          WHEN 2
          THEN TRUE
          WHEN 0
          THEN FALSE
        END IS NULL
        THEN LEAST(
          COALESCE(
            CAST(CASE
              WHEN m0.reason IS NULL OR c0.id IS NULL
              THEN CAST(NULL AS BOOLEAN)
              ELSE ARRAY_CONTAINS(m0.reason, c0.id)
            END AS INT) * 2,
            1
          ),
          1
        )
      END AS g2,
      CASE
        WHEN CASE medications_code_m0.in_systemic_antiinfective_grade
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
        WHEN CASE medications_code_m0.in_systemic_antiinfective_grade
          WHEN 2
          THEN TRUE
          WHEN 0
          THEN FALSE
        END IS NULL
        THEN LEAST(
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
      END AS g3
    FROM medications AS m0
    JOIN conditions AS c0
      ON c0.patient_id = m0.patient_id
    JOIN patient_facts AS pt
      ON pt.patient_id = m0.patient_id
    LEFT JOIN medications_code_m0 AS medications_code_m0
      ON medications_code_m0.patient_id = m0.patient_id
      AND medications_code_m0.m0_seq = m0.seq
    WHERE
      (
        NOT CASE medications_code_m0.in_autoimmune_treatment_grade
          WHEN 2
          THEN TRUE
          WHEN 0
          THEN FALSE
        END IS FALSE
        OR NOT CASE medications_code_m0.in_systemic_corticosteroid_grade
          WHEN 2
          THEN TRUE
          WHEN 0
          THEN FALSE
        END IS FALSE
        OR NOT CASE medications_code_m0.in_systemic_antiinfective_grade
          WHEN 2
          THEN TRUE
          WHEN 0
          THEN FALSE
        END IS FALSE
      )
      AND (
        m0.status IS NULL
        OR NOT m0.status IN ('entered_in_error', 'intended', 'not_taken')
      )
  ) AS r
  GROUP BY
    r.patient_id,
    r.c0_seq
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
    CASE observations_code_o0.in_breastfeeding_grade
      WHEN 2
      THEN TRUE
      WHEN 0
      THEN FALSE
    END
    AND CASE
      WHEN CAST(DATE_ADD(pt.ref_first_dose_hi, -28) AS DATE) <= o0.date_lo
      AND o0.date_hi <= pt.ref_first_dose_lo
      THEN TRUE
      WHEN o0.date_hi < CAST(DATE_ADD(pt.ref_first_dose_lo, -28) AS DATE)
      OR o0.date_lo > pt.ref_first_dose_hi
      THEN FALSE
    END AS inside
  FROM observations AS o0
  JOIN patient_facts AS pt
    ON pt.patient_id = o0.patient_id
  LEFT JOIN observations_code_o0 AS observations_code_o0
    ON observations_code_o0.patient_id = o0.patient_id
    AND observations_code_o0.o0_seq = o0.seq
  WHERE
    (
      o0.status IS NULL OR NOT o0.status IN ('cancelled', 'entered_in_error')
    )
    AND NOT CASE observations_code_o0.in_breastfeeding_grade
      WHEN 2
      THEN TRUE
      WHEN 0
      THEN FALSE
    END IS FALSE
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
        ORDER BY CASE WHEN c.inside IS TRUE THEN 0 ELSE 1 END NULLS LAST, c.date_lo DESC, c.seq NULLS LAST
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
        ORDER BY CASE WHEN c.inside IS TRUE THEN 0 ELSE 1 END NULLS LAST, c.date_lo DESC, c.seq NULLS LAST
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
), medication_queries_per_c0_2 AS (
  SELECT
    r.patient_id,
    r.c0_seq,
    MAX(r.g1) AS antineoplastic_agent_grade
  FROM (
    SELECT
      m0.patient_id AS patient_id,
      c0.seq AS c0_seq,
      CASE
        WHEN CASE medications_code_m0.in_antineoplastic_agent_grade
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
              m0.treatment_intent = 'curative'
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
        WHEN CASE medications_code_m0.in_antineoplastic_agent_grade
          WHEN 2
          THEN TRUE
          WHEN 0
          THEN FALSE
        END IS NULL
        THEN LEAST(
          COALESCE(
            CAST((
              CASE
                WHEN m0.reason IS NULL OR c0.id IS NULL
                THEN CAST(NULL AS BOOLEAN)
                ELSE ARRAY_CONTAINS(m0.reason, c0.id)
              END
              AND (
                m0.treatment_intent = 'curative'
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
      END AS g1
    FROM medications AS m0
    JOIN conditions AS c0
      ON c0.patient_id = m0.patient_id
    JOIN patient_facts AS pt
      ON pt.patient_id = m0.patient_id
    LEFT JOIN medications_code_m0 AS medications_code_m0
      ON medications_code_m0.patient_id = m0.patient_id
      AND medications_code_m0.m0_seq = m0.seq
    LEFT JOIN observation_queries_per_m0_per_c0_1 AS observation_queries_per_m0_per_c0_1
      ON observation_queries_per_m0_per_c0_1.patient_id = m0.patient_id
      AND observation_queries_per_m0_per_c0_1.m0_seq = m0.seq
      AND observation_queries_per_m0_per_c0_1.c0_seq = c0.seq
    WHERE
      NOT CASE medications_code_m0.in_antineoplastic_agent_grade
        WHEN 2
        THEN TRUE
        WHEN 0
        THEN FALSE
      END IS FALSE
      AND (
        m0.status IS NULL
        OR NOT m0.status IN ('entered_in_error', 'intended', 'not_taken')
      )
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
        ORDER BY CASE WHEN c.inside IS TRUE THEN 0 ELSE 1 END NULLS LAST, c.date_lo DESC, c.seq NULLS LAST
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
), condition_queries_2 AS (
  SELECT
    r.patient_id,
    MAX(r.g1) AS autoimmune_disease_grade,
    MAX(r.g2) AS noninfectious_pneumonitis_grade,
    MAX(r.g3) AS infection_grade
  FROM (
    SELECT
      c0.patient_id AS patient_id,
      CASE
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE conditions_code_c0.in_autoimmune_disease_grade
              WHEN 2
              THEN TRUE
              WHEN 0
              THEN FALSE
            END IS FALSE
            THEN FALSE
          END
          ELSE CASE conditions_code_c0.in_autoimmune_disease_grade
            WHEN 2
            THEN TRUE
            WHEN 0
            THEN FALSE
          END
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
              WHEN pt.medications_collected IS TRUE
              THEN CASE COALESCE(medication_queries_per_c0_1.autoimmune_treatment_grade, 0)
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
            WHEN CASE conditions_code_c0.in_autoimmune_disease_grade
              WHEN 2
              THEN TRUE
              WHEN 0
              THEN FALSE
            END IS FALSE
            THEN FALSE
          END
          ELSE CASE conditions_code_c0.in_autoimmune_disease_grade
            WHEN 2
            THEN TRUE
            WHEN 0
            THEN FALSE
          END
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
              AND CASE
                WHEN pt.medications_collected IS TRUE
                THEN CASE COALESCE(medication_queries_per_c0_1.autoimmune_treatment_grade, 0)
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
            WHEN CASE conditions_code_c0.in_noninfectious_pneumonitis_grade
              WHEN 2
              THEN TRUE
              WHEN 0
              THEN FALSE
            END IS FALSE
            THEN FALSE
          END
          ELSE CASE conditions_code_c0.in_noninfectious_pneumonitis_grade
            WHEN 2
            THEN TRUE
            WHEN 0
            THEN FALSE
          END
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
            OR CASE
              WHEN pt.medications_collected IS TRUE
              THEN CASE COALESCE(medication_queries_per_c0_1.systemic_corticosteroid_grade, 0)
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
            WHEN CASE conditions_code_c0.in_noninfectious_pneumonitis_grade
              WHEN 2
              THEN TRUE
              WHEN 0
              THEN FALSE
            END IS FALSE
            THEN FALSE
          END
          ELSE CASE conditions_code_c0.in_noninfectious_pneumonitis_grade
            WHEN 2
            THEN TRUE
            WHEN 0
            THEN FALSE
          END
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
              OR CASE
                WHEN pt.medications_collected IS TRUE
                THEN CASE COALESCE(medication_queries_per_c0_1.systemic_corticosteroid_grade, 0)
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
            WHEN CASE conditions_code_c0.in_infection_grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE conditions_code_c0.in_infection_grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
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
              WHEN pt.medications_collected IS TRUE
              THEN CASE COALESCE(medication_queries_per_c0_1.systemic_antiinfective_grade, 0)
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
            WHEN CASE conditions_code_c0.in_infection_grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE conditions_code_c0.in_infection_grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
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
              AND CASE
                WHEN pt.medications_collected IS TRUE
                THEN CASE COALESCE(medication_queries_per_c0_1.systemic_antiinfective_grade, 0)
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
      END AS g3
    FROM conditions AS c0
    JOIN patient_facts AS pt
      ON pt.patient_id = c0.patient_id
    LEFT JOIN conditions_code_c0 AS conditions_code_c0
      ON conditions_code_c0.patient_id = c0.patient_id
      AND conditions_code_c0.c0_seq = c0.seq
    LEFT JOIN medication_queries_per_c0_1 AS medication_queries_per_c0_1
      ON medication_queries_per_c0_1.patient_id = c0.patient_id
      AND medication_queries_per_c0_1.c0_seq = c0.seq
    WHERE
      NOT CASE
        WHEN c0.verification IN ('entered_in_error', 'refuted')
        THEN FALSE
        WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
        THEN CASE
          WHEN CASE conditions_code_c0.in_autoimmune_disease_grade
            WHEN 2
            THEN TRUE
            WHEN 0
            THEN FALSE
          END IS FALSE
          THEN FALSE
        END
        ELSE CASE conditions_code_c0.in_autoimmune_disease_grade
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
          WHEN CASE conditions_code_c0.in_noninfectious_pneumonitis_grade
            WHEN 2
            THEN TRUE
            WHEN 0
            THEN FALSE
          END IS FALSE
          THEN FALSE
        END
        ELSE CASE conditions_code_c0.in_noninfectious_pneumonitis_grade
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
          WHEN CASE conditions_code_c0.in_infection_grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
          THEN FALSE
        END
        ELSE CASE conditions_code_c0.in_infection_grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
      END IS FALSE
  ) AS r
  GROUP BY
    r.patient_id
), breastfeeding_latest AS (
  SELECT
    ch.patient_id AS patient_id,
    ch.value_bool AS v0
  FROM (
    SELECT
      c.*,
      ROW_NUMBER() OVER (
        PARTITION BY c.patient_id
        ORDER BY CASE WHEN c.inside IS TRUE THEN 0 ELSE 1 END NULLS LAST, c.date_lo DESC, c.seq NULLS LAST
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
), condition_queries_3 AS (
  SELECT
    r.patient_id,
    MAX(r.g1) AS head_and_neck_cancer_grade,
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
            WHEN CASE conditions_code_c0.in_head_and_neck_cancer_grade
              WHEN 2
              THEN TRUE
              WHEN 0
              THEN FALSE
            END IS FALSE
            THEN FALSE
          END
          ELSE CASE conditions_code_c0.in_head_and_neck_cancer_grade
            WHEN 2
            THEN TRUE
            WHEN 0
            THEN FALSE
          END
        END
        THEN COALESCE(
          CAST(CASE
            WHEN pt.medications_collected IS TRUE
            THEN CASE COALESCE(medication_queries_per_c0_2.antineoplastic_agent_grade, 0)
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
            WHEN CASE conditions_code_c0.in_head_and_neck_cancer_grade
              WHEN 2
              THEN TRUE
              WHEN 0
              THEN FALSE
            END IS FALSE
            THEN FALSE
          END
          ELSE CASE conditions_code_c0.in_head_and_neck_cancer_grade
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
              THEN CASE COALESCE(medication_queries_per_c0_2.antineoplastic_agent_grade, 0)
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
      END AS g1,
      CASE
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE conditions_code_c0.in_cns_metastasis_grade
              WHEN 2
              THEN TRUE
              WHEN 0
              THEN FALSE
            END IS FALSE
            THEN FALSE
          END
          ELSE CASE conditions_code_c0.in_cns_metastasis_grade
            WHEN 2
            THEN TRUE
            WHEN 0
            THEN FALSE
          END
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
                  THEN CASE COALESCE(procedure_queries_per_c0.any_3_grade, 0)
                    WHEN 2
                    THEN TRUE
                    WHEN 1
                    THEN CAST(NULL AS BOOLEAN)
                    ELSE FALSE
                  END
                END
                OR CASE
                  WHEN pt.medications_collected IS TRUE
                  THEN CASE COALESCE(medication_queries_per_c0.any_3_grade, 0)
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
            WHEN CASE conditions_code_c0.in_cns_metastasis_grade
              WHEN 2
              THEN TRUE
              WHEN 0
              THEN FALSE
            END IS FALSE
            THEN FALSE
          END
          ELSE CASE conditions_code_c0.in_cns_metastasis_grade
            WHEN 2
            THEN TRUE
            WHEN 0
            THEN FALSE
          END
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
                    THEN CASE COALESCE(procedure_queries_per_c0.any_3_grade, 0)
                      WHEN 2
                      THEN TRUE
                      WHEN 1
                      THEN CAST(NULL AS BOOLEAN)
                      ELSE FALSE
                    END
                  END
                  OR CASE
                    WHEN pt.medications_collected IS TRUE
                    THEN CASE COALESCE(medication_queries_per_c0.any_3_grade, 0)
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
      END AS g2
    FROM conditions AS c0
    JOIN patient_facts AS pt
      ON pt.patient_id = c0.patient_id
    LEFT JOIN conditions_code_c0 AS conditions_code_c0
      ON conditions_code_c0.patient_id = c0.patient_id
      AND conditions_code_c0.c0_seq = c0.seq
    LEFT JOIN medication_queries_per_c0_2 AS medication_queries_per_c0_2
      ON medication_queries_per_c0_2.patient_id = c0.patient_id
      AND medication_queries_per_c0_2.c0_seq = c0.seq
    LEFT JOIN medication_queries_per_c0 AS medication_queries_per_c0
      ON medication_queries_per_c0.patient_id = c0.patient_id
      AND medication_queries_per_c0.c0_seq = c0.seq
    LEFT JOIN procedure_queries_per_c0 AS procedure_queries_per_c0
      ON procedure_queries_per_c0.patient_id = c0.patient_id
      AND procedure_queries_per_c0.c0_seq = c0.seq
    LEFT JOIN disease_status_latest_per_c0 AS disease_status_latest_per_c0
      ON disease_status_latest_per_c0.patient_id = c0.patient_id
      AND disease_status_latest_per_c0.c0_seq = c0.seq
    WHERE
      NOT CASE
        WHEN c0.verification IN ('entered_in_error', 'refuted')
        THEN FALSE
        WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
        THEN CASE
          WHEN CASE conditions_code_c0.in_head_and_neck_cancer_grade
            WHEN 2
            THEN TRUE
            WHEN 0
            THEN FALSE
          END IS FALSE
          THEN FALSE
        END
        ELSE CASE conditions_code_c0.in_head_and_neck_cancer_grade
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
          WHEN CASE conditions_code_c0.in_cns_metastasis_grade
            WHEN 2
            THEN TRUE
            WHEN 0
            THEN FALSE
          END IS FALSE
          THEN FALSE
        END
        ELSE CASE conditions_code_c0.in_cns_metastasis_grade
          WHEN 2
          THEN TRUE
          WHEN 0
          THEN FALSE
        END
      END IS FALSE
  ) AS r
  GROUP BY
    r.patient_id
), outcomes AS (
  SELECT
    pt.patient_id AS `patient_id`,
    CASE CASE
        WHEN pt.conditions_collected IS TRUE
        THEN CASE COALESCE(condition_queries_1.hnscc_primary_site_grade, 0)
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
    END AS `I1`,
    CASE (
        NOT CASE
          WHEN pt.medications_collected IS TRUE
          THEN CASE COALESCE(medication_queries_1.any_grade, 0)
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
    END AS `I2`,
    CASE (
        NOT CASE
          WHEN pt.conditions_collected IS TRUE
          THEN CASE COALESCE(condition_queries_1.nasopharyngeal_cancer_grade, 0)
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
    END AS `I3`,
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
    END AS `I4`,
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
    END AS `I5`,
    CASE pt.att_adequate_organ_function_value_bool
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS `I6`,
    CASE CASE
        WHEN pt.specimens_collected IS TRUE
        THEN CASE COALESCE(specimen_queries_1.tumour_tissue_specimen_grade, 0)
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
    END AS `I7`,
    CASE
      WHEN CASE
        WHEN pt.conditions_collected IS TRUE
        THEN CASE COALESCE(condition_queries_1.oropharyngeal_cancer_grade, 0)
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
            THEN CASE COALESCE(condition_queries_1.oropharyngeal_cancer_grade, 0)
              WHEN 2
              THEN TRUE
              WHEN 1
              THEN CAST(NULL AS BOOLEAN)
              ELSE FALSE
            END
          END
          OR CASE
            WHEN pt.observations_collected IS TRUE
            THEN CASE COALESCE(observation_queries_1.hpv_status_grade, 0)
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
      END
    END AS `I8`,
    CASE
      WHEN (
        (
          pt.sex = 'female'
        )
        AND (
          NOT CASE
            WHEN pt.conditions_collected IS TRUE
            THEN CASE COALESCE(condition_queries_1.postmenopausal_state_grade, 0)
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
            WHEN pt.conditions_collected IS TRUE
            THEN CASE COALESCE(condition_queries_1.surgical_sterility_status_grade, 0)
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
            THEN CASE COALESCE(procedure_queries_1.permanent_sterilisation_procedure_grade, 0)
              WHEN 2
              THEN TRUE
              WHEN 1
              THEN CAST(NULL AS BOOLEAN)
              ELSE FALSE
            END
          END
        )
      ) IS FALSE
      THEN 'not_applicable'
      ELSE CASE (
          NOT (
            (
              pt.sex = 'female'
            )
            AND (
              NOT CASE
                WHEN pt.conditions_collected IS TRUE
                THEN CASE COALESCE(condition_queries_1.postmenopausal_state_grade, 0)
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
                WHEN pt.conditions_collected IS TRUE
                THEN CASE COALESCE(condition_queries_1.surgical_sterility_status_grade, 0)
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
                THEN CASE COALESCE(procedure_queries_1.permanent_sterilisation_procedure_grade, 0)
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
            pregnancy_test_latest.v0 = 'negative'
          )
        )
        WHEN TRUE
        THEN 'met'
        WHEN FALSE
        THEN 'not_met'
        ELSE 'unknown'
      END
    END AS `I9a`,
    CASE
      WHEN (
        (
          pt.sex = 'female'
        )
        AND (
          NOT CASE
            WHEN pt.conditions_collected IS TRUE
            THEN CASE COALESCE(condition_queries_1.postmenopausal_state_grade, 0)
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
            WHEN pt.conditions_collected IS TRUE
            THEN CASE COALESCE(condition_queries_1.surgical_sterility_status_grade, 0)
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
            THEN CASE COALESCE(procedure_queries_1.permanent_sterilisation_procedure_grade, 0)
              WHEN 2
              THEN TRUE
              WHEN 1
              THEN CAST(NULL AS BOOLEAN)
              ELSE FALSE
            END
          END
        )
      ) IS FALSE
      THEN 'not_applicable'
      ELSE CASE (
          NOT (
            (
              pt.sex = 'female'
            )
            AND (
              NOT CASE
                WHEN pt.conditions_collected IS TRUE
                THEN CASE COALESCE(condition_queries_1.postmenopausal_state_grade, 0)
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
                WHEN pt.conditions_collected IS TRUE
                THEN CASE COALESCE(condition_queries_1.surgical_sterility_status_grade, 0)
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
                THEN CASE COALESCE(procedure_queries_1.permanent_sterilisation_procedure_grade, 0)
                  WHEN 2
                  THEN TRUE
                  WHEN 1
                  THEN CAST(NULL AS BOOLEAN)
                  ELSE FALSE
                END
              END
            )
          )
          OR pt.att_contraception_agreed_value_bool
        )
        WHEN TRUE
        THEN 'met'
        WHEN FALSE
        THEN 'not_met'
        ELSE 'unknown'
      END
    END AS `I9b`,
    CASE
      WHEN (
        pt.sex = 'male'
      ) IS FALSE
      THEN 'not_applicable'
      ELSE CASE (
          NOT (
            pt.sex = 'male'
          ) OR pt.att_contraception_agreed_value_bool
        )
        WHEN TRUE
        THEN 'met'
        WHEN FALSE
        THEN 'not_met'
        ELSE 'unknown'
      END
    END AS `I10`,
    CASE pt.att_curable_by_local_therapy_value_bool
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS `E1`,
    CASE CASE
        WHEN pt.conditions_collected IS TRUE
        THEN CASE COALESCE(condition_queries_3.head_and_neck_cancer_grade, 0)
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
    END AS `E2`,
    CASE (
        CASE
          WHEN pt.procedures_collected IS TRUE
          THEN CASE COALESCE(procedure_queries_1.`lung.radiotherapy_grade`, 0)
            WHEN 2
            THEN TRUE
            WHEN 1
            THEN CAST(NULL AS BOOLEAN)
            ELSE FALSE
          END
        END
        OR pt.att_other_local_therapy_within_2_weeks_value_bool
      )
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS `E3a`,
    CASE CASE
        WHEN pt.adverse_events_collected IS TRUE
        THEN CASE COALESCE(adverse_event_queries_1.any_grade, 0)
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
    END AS `E3b`,
    CASE CASE
        WHEN pt.studies_collected IS TRUE
        THEN CASE COALESCE(study_queries.any_grade, 0)
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
    END AS `E4a`,
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
          THEN CASE COALESCE(study_queries.any_2_grade, 0)
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
    END AS `E4b`,
    CASE CASE
        WHEN pt.devices_collected IS TRUE
        THEN CASE COALESCE(device_queries.any_grade, 0)
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
    END AS `E4c`,
    CASE CASE
        WHEN pt.att_expected_survival_unit IN ('days', 'day')
        THEN CASE
          WHEN (
            CASE
              WHEN pt.att_expected_survival_unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
              THEN pt.att_expected_survival_value_num
            END < CAST(84.0 AS DOUBLE)
          ) = (
            CASE
              WHEN pt.att_expected_survival_unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
              THEN pt.att_expected_survival_value_num
            END < CAST(93.0 AS DOUBLE)
          )
          THEN CASE
            WHEN pt.att_expected_survival_unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
            THEN pt.att_expected_survival_value_num
          END < CAST(84.0 AS DOUBLE)
        END
        WHEN pt.att_expected_survival_unit IN ('weeks', 'week')
        THEN CASE
          WHEN (
            (
              CASE
                WHEN pt.att_expected_survival_unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN pt.att_expected_survival_value_num
              END * CAST(7.0 AS DOUBLE)
            ) < CAST(84.0 AS DOUBLE)
          ) = (
            (
              CASE
                WHEN pt.att_expected_survival_unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN pt.att_expected_survival_value_num
              END * CAST(7.0 AS DOUBLE)
            ) < CAST(93.0 AS DOUBLE)
          )
          THEN (
            CASE
              WHEN pt.att_expected_survival_unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
              THEN pt.att_expected_survival_value_num
            END * CAST(7.0 AS DOUBLE)
          ) < CAST(84.0 AS DOUBLE)
        END
        WHEN pt.att_expected_survival_unit IN ('months', 'month')
        THEN CASE
          WHEN pt.att_expected_survival_unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
          THEN pt.att_expected_survival_value_num
        END < CAST(3.0 AS DOUBLE)
        WHEN pt.att_expected_survival_unit IN ('years', 'year')
        THEN (
          CASE
            WHEN pt.att_expected_survival_unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
            THEN pt.att_expected_survival_value_num
          END * CAST(12.0 AS DOUBLE)
        ) < CAST(3.0 AS DOUBLE)
      END
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS `E5a`,
    CASE pt.att_rapidly_progressing_disease_value_bool
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS `E5b`,
    CASE CASE
        WHEN pt.conditions_collected IS TRUE
        THEN CASE COALESCE(condition_queries_1.immunodeficiency_grade, 0)
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
    END AS `E6a`,
    CASE CASE
        WHEN pt.medications_collected IS TRUE
        THEN CASE COALESCE(medication_queries_1.systemic_corticosteroid_grade, 0)
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
    END AS `E6b`,
    CASE CASE
        WHEN pt.medications_collected IS TRUE
        THEN CASE COALESCE(medication_queries_1.immunosuppressant_grade, 0)
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
    END AS `E6c`,
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
    END AS `E7`,
    CASE (
        CASE
          WHEN pt.procedures_collected IS TRUE
          THEN CASE COALESCE(procedure_queries_1.transplant_procedure_grade, 0)
            WHEN 2
            THEN TRUE
            WHEN 1
            THEN CAST(NULL AS BOOLEAN)
            ELSE FALSE
          END
        END
        OR CASE
          WHEN pt.conditions_collected IS TRUE
          THEN CASE COALESCE(condition_queries_1.solid_organ_transplant_status_grade, 0)
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
    END AS `E8`,
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
    END AS `E9`,
    CASE CASE
        WHEN pt.conditions_collected IS TRUE
        THEN CASE COALESCE(condition_queries_2.autoimmune_disease_grade, 0)
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
    END AS `E10`,
    CASE CASE
        WHEN pt.conditions_collected IS TRUE
        THEN CASE COALESCE(condition_queries_2.noninfectious_pneumonitis_grade, 0)
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
    END AS `E11`,
    CASE CASE
        WHEN pt.conditions_collected IS TRUE
        THEN CASE COALESCE(condition_queries_2.infection_grade, 0)
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
    END AS `E12`,
    CASE CASE
        WHEN pt.conditions_collected IS TRUE
        THEN CASE COALESCE(condition_queries_1.mental_or_substance_disorder_grade, 0)
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
    END AS `E13`,
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
    END AS `E14a`,
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
    END AS `E14b`,
    CASE pt.att_plans_conception_value_bool
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS `E14c`,
    CASE CASE
        WHEN pt.medications_collected IS TRUE
        THEN CASE COALESCE(medication_queries_1.pd1_pdl1_inhibitor_grade, 0)
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
    END AS `E15a`,
    CASE pt.att_previous_mk3475_trial_value_bool
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS `E15b`,
    CASE CASE
        WHEN pt.conditions_collected IS TRUE
        THEN CASE COALESCE(condition_queries_1.hiv_or_aids_grade, 0)
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
    END AS `E16`,
    CASE CASE
        WHEN pt.conditions_collected IS TRUE
        THEN CASE COALESCE(condition_queries_1.any_grade, 0)
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
    END AS `E17`,
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
    END AS `E18`
  FROM patient_facts AS pt
  LEFT JOIN condition_queries_1 AS condition_queries_1
    ON condition_queries_1.patient_id = pt.patient_id
  LEFT JOIN medication_queries_1 AS medication_queries_1
    ON medication_queries_1.patient_id = pt.patient_id
  LEFT JOIN lesion_queries_1 AS lesion_queries_1
    ON lesion_queries_1.patient_id = pt.patient_id
  LEFT JOIN ecog_latest AS ecog_latest
    ON ecog_latest.patient_id = pt.patient_id
  LEFT JOIN specimen_queries_1 AS specimen_queries_1
    ON specimen_queries_1.patient_id = pt.patient_id
  LEFT JOIN observation_queries_1 AS observation_queries_1
    ON observation_queries_1.patient_id = pt.patient_id
  LEFT JOIN procedure_queries_1 AS procedure_queries_1
    ON procedure_queries_1.patient_id = pt.patient_id
  LEFT JOIN pregnancy_test_latest AS pregnancy_test_latest
    ON pregnancy_test_latest.patient_id = pt.patient_id
  LEFT JOIN condition_queries_3 AS condition_queries_3
    ON condition_queries_3.patient_id = pt.patient_id
  LEFT JOIN adverse_event_queries_1 AS adverse_event_queries_1
    ON adverse_event_queries_1.patient_id = pt.patient_id
  LEFT JOIN study_queries AS study_queries
    ON study_queries.patient_id = pt.patient_id
  LEFT JOIN medication_queries AS medication_queries
    ON medication_queries.patient_id = pt.patient_id
  LEFT JOIN device_queries AS device_queries
    ON device_queries.patient_id = pt.patient_id
  LEFT JOIN condition_queries_2 AS condition_queries_2
    ON condition_queries_2.patient_id = pt.patient_id
  LEFT JOIN breastfeeding_latest AS breastfeeding_latest
    ON breastfeeding_latest.patient_id = pt.patient_id
)
SELECT
  `patient_id`,
  `I1`,
  `I2`,
  `I3`,
  `I4`,
  `I5`,
  `I6`,
  `I7`,
  `I8`,
  `I9a`,
  `I9b`,
  `I10`,
  `E1`,
  `E2`,
  `E3a`,
  `E3b`,
  `E4a`,
  `E4b`,
  `E4c`,
  `E5a`,
  `E5b`,
  `E6a`,
  `E6b`,
  `E6c`,
  `E7`,
  `E8`,
  `E9`,
  `E10`,
  `E11`,
  `E12`,
  `E13`,
  `E14a`,
  `E14b`,
  `E14c`,
  `E15a`,
  `E15b`,
  `E16`,
  `E17`,
  `E18`,
  CASE
    WHEN `I1` = 'not_met'
    OR `I2` = 'not_met'
    OR `I3` = 'not_met'
    OR `I4` = 'not_met'
    OR `I5` = 'not_met'
    OR `I6` = 'not_met'
    OR `I7` = 'not_met'
    OR `I8` = 'not_met'
    OR `I9a` = 'not_met'
    OR `I9b` = 'not_met'
    OR `I10` = 'not_met'
    OR `E1` = 'met'
    OR `E2` = 'met'
    OR `E3a` = 'met'
    OR `E3b` = 'met'
    OR `E4a` = 'met'
    OR `E4b` = 'met'
    OR `E4c` = 'met'
    OR `E5a` = 'met'
    OR `E5b` = 'met'
    OR `E6a` = 'met'
    OR `E6b` = 'met'
    OR `E6c` = 'met'
    OR `E7` = 'met'
    OR `E8` = 'met'
    OR `E9` = 'met'
    OR `E10` = 'met'
    OR `E11` = 'met'
    OR `E12` = 'met'
    OR `E13` = 'met'
    OR `E14a` = 'met'
    OR `E14b` = 'met'
    OR `E14c` = 'met'
    OR `E15a` = 'met'
    OR `E15b` = 'met'
    OR `E16` = 'met'
    OR `E17` = 'met'
    OR `E18` = 'met'
    THEN 'ineligible'
    WHEN `I1` = 'unknown'
    OR `I2` = 'unknown'
    OR `I3` = 'unknown'
    OR `I4` = 'unknown'
    OR `I5` = 'unknown'
    OR `I6` = 'unknown'
    OR `I7` = 'unknown'
    OR `I8` = 'unknown'
    OR `I9a` = 'unknown'
    OR `I9b` = 'unknown'
    OR `I10` = 'unknown'
    OR `E1` = 'unknown'
    OR `E2` = 'unknown'
    OR `E3a` = 'unknown'
    OR `E3b` = 'unknown'
    OR `E4a` = 'unknown'
    OR `E4b` = 'unknown'
    OR `E4c` = 'unknown'
    OR `E5a` = 'unknown'
    OR `E5b` = 'unknown'
    OR `E6a` = 'unknown'
    OR `E6b` = 'unknown'
    OR `E6c` = 'unknown'
    OR `E7` = 'unknown'
    OR `E8` = 'unknown'
    OR `E9` = 'unknown'
    OR `E10` = 'unknown'
    OR `E11` = 'unknown'
    OR `E12` = 'unknown'
    OR `E13` = 'unknown'
    OR `E14a` = 'unknown'
    OR `E14b` = 'unknown'
    OR `E14c` = 'unknown'
    OR `E15a` = 'unknown'
    OR `E15b` = 'unknown'
    OR `E16` = 'unknown'
    OR `E17` = 'unknown'
    OR `E18` = 'unknown'
    THEN 'undetermined'
    ELSE 'eligible'
  END AS `verdict`
FROM outcomes
ORDER BY
  `patient_id`
