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
    dates.ref_first_dose_lo,
    dates.ref_first_dose_hi,
    attested.att_informed_consent_value_bool,
    attested.att_expected_survival_value_num,
    attested.att_expected_survival_unit,
    attested.att_cns_metastases_symptomatic_value_bool,
    attested.att_cns_treatment_duration_value_num,
    attested.att_cns_treatment_duration_unit,
    attested.att_cns_symptoms_stable_value_bool,
    attested.att_active_severe_infection_value_bool,
    attested.att_stem_cell_transplant_allogeneic_value_bool
  FROM patients AS p
  LEFT JOIN (
    SELECT
      reference_dates.patient_id,
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
        CASE WHEN attestations.name = 'informed_consent' THEN attestations.value_bool END
      ) AS att_informed_consent_value_bool,
      MIN(
        CASE WHEN attestations.name = 'expected_survival' THEN attestations.value_num END
      ) AS att_expected_survival_value_num,
      MIN(CASE WHEN attestations.name = 'expected_survival' THEN attestations.unit END) AS att_expected_survival_unit,
      BOOL_OR(
        CASE
          WHEN attestations.name = 'cns_metastases_symptomatic'
          THEN attestations.value_bool
        END
      ) AS att_cns_metastases_symptomatic_value_bool,
      MIN(
        CASE
          WHEN attestations.name = 'cns_treatment_duration'
          THEN attestations.value_num
        END
      ) AS att_cns_treatment_duration_value_num,
      MIN(
        CASE WHEN attestations.name = 'cns_treatment_duration' THEN attestations.unit END
      ) AS att_cns_treatment_duration_unit,
      BOOL_OR(
        CASE
          WHEN attestations.name = 'cns_symptoms_stable'
          THEN attestations.value_bool
        END
      ) AS att_cns_symptoms_stable_value_bool,
      BOOL_OR(
        CASE
          WHEN attestations.name = 'active_severe_infection'
          THEN attestations.value_bool
        END
      ) AS att_active_severe_infection_value_bool,
      BOOL_OR(
        CASE
          WHEN attestations.name = 'stem_cell_transplant_allogeneic'
          THEN attestations.value_bool
        END
      ) AS att_stem_cell_transplant_allogeneic_value_bool
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
          WHEN rc.system IN ('ICD10CM', 'SNOMED')
          THEN (
            (
              rc.system = 'ICD10CM'
              AND (
                SUBSTRING(rc.code FROM 1 FOR 6) IN (
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
                SUBSTRING(rc.code FROM 1 FOR 6) IN (
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
          WHEN rc.system IN ('ICD10CM', 'SNOMED')
          THEN (
            (
              rc.system = 'ICD10CM'
              AND (
                SUBSTRING(rc.code FROM 1 FOR 5) IN ('Z78.0', 'N95.1')
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
              rc.system = 'ICD10CM'
              AND (
                SUBSTRING(rc.code FROM 1 FOR 5) IN ('Z78.0', 'N95.1')
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
              SUBSTRING(rc.code FROM 1 FOR 7) IN ('Z90.710', 'Z90.711', 'Z90.722')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('ICD10CM')
          THEN (
            rc.system = 'ICD10CM'
            AND (
              SUBSTRING(rc.code FROM 1 FOR 7) IN ('Z90.710', 'Z90.711', 'Z90.722')
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
            rc.system = 'ICD10CM' AND (
              SUBSTRING(rc.code FROM 1 FOR 3) IN ('D06')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('ICD10CM')
          THEN (
            rc.system = 'ICD10CM' AND (
              SUBSTRING(rc.code FROM 1 FOR 3) IN ('D06')
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
              SUBSTRING(rc.code FROM 1 FOR 3) IN ('D05')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('ICD10CM')
          THEN (
            rc.system = 'ICD10CM' AND (
              SUBSTRING(rc.code FROM 1 FOR 3) IN ('D05')
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
    ) AS in_malignancy_grade,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('ICD10CM', 'SNOMED')
          THEN (
            (
              rc.system = 'ICD10CM'
              AND (
                SUBSTRING(rc.code FROM 1 FOR 6) IN (
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
                SUBSTRING(rc.code FROM 1 FOR 6) IN (
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
                SUBSTRING(rc.code FROM 1 FOR 3) IN ('C43', 'D03', 'C4A', 'D04')
                OR SUBSTRING(rc.code FROM 1 FOR 5) IN ('C46.0')
                OR SUBSTRING(rc.code FROM 1 FOR 6) IN (
                  'C44.01',
                  'C44.11',
                  'C44.21',
                  'C44.31',
                  'C44.41',
                  'C44.51',
                  'C44.61',
                  'C44.71',
                  'C44.81',
                  'C44.91',
                  'C44.13',
                  'C44.09',
                  'C44.19',
                  'C44.29',
                  'C44.39',
                  'C44.49',
                  'C44.59',
                  'C44.69',
                  'C44.79',
                  'C44.89',
                  'C44.99'
                )
              )
            )
            OR (
              rc.system = 'SNOMED' AND (
                rc.code IN ('372244006', '254701007')
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
                SUBSTRING(rc.code FROM 1 FOR 3) IN ('C43', 'D03', 'C4A', 'D04')
                OR SUBSTRING(rc.code FROM 1 FOR 5) IN ('C46.0')
                OR SUBSTRING(rc.code FROM 1 FOR 6) IN (
                  'C44.01',
                  'C44.11',
                  'C44.21',
                  'C44.31',
                  'C44.41',
                  'C44.51',
                  'C44.61',
                  'C44.71',
                  'C44.81',
                  'C44.91',
                  'C44.13',
                  'C44.09',
                  'C44.19',
                  'C44.29',
                  'C44.39',
                  'C44.49',
                  'C44.59',
                  'C44.69',
                  'C44.79',
                  'C44.89',
                  'C44.99'
                )
              )
            )
            OR (
              rc.system = 'SNOMED' AND (
                rc.code IN ('372244006', '254701007')
              )
            )
          )
        END IS NULL
        THEN 1
        ELSE 0
      END
    ) AS in_other_skin_cancer_grade,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('ICD10CM', 'SNOMED')
          THEN (
            (
              rc.system = 'ICD10CM'
              AND (
                SUBSTRING(rc.code FROM 1 FOR 5) IN ('Z94.0', 'Z94.1', 'Z94.2', 'Z94.3', 'Z94.4', 'T86.1', 'T86.2', 'T86.3', 'T86.4')
                OR SUBSTRING(rc.code FROM 1 FOR 6) IN ('Z94.82', 'Z94.83', 'T86.81', 'T86.85')
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
                SUBSTRING(rc.code FROM 1 FOR 5) IN ('Z94.0', 'Z94.1', 'Z94.2', 'Z94.3', 'Z94.4', 'T86.1', 'T86.2', 'T86.3', 'T86.4')
                OR SUBSTRING(rc.code FROM 1 FOR 6) IN ('Z94.82', 'Z94.83', 'T86.81', 'T86.85')
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
          WHEN rc.system IN ('SNOMED', 'ICD10CM')
          THEN (
            (
              rc.system = 'SNOMED' AND (
                rc.code IN ('2631000119108', '153351000119102')
              )
            )
            OR (
              rc.system = 'ICD10CM'
              AND (
                SUBSTRING(rc.code FROM 1 FOR 5) IN ('T86.0', 'T86.5')
                OR SUBSTRING(rc.code FROM 1 FOR 6) IN ('Z94.81', 'Z94.84')
              )
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('SNOMED', 'ICD10CM')
          THEN (
            (
              rc.system = 'SNOMED' AND (
                rc.code IN ('2631000119108', '153351000119102')
              )
            )
            OR (
              rc.system = 'ICD10CM'
              AND (
                SUBSTRING(rc.code FROM 1 FOR 5) IN ('T86.0', 'T86.5')
                OR SUBSTRING(rc.code FROM 1 FOR 6) IN ('Z94.81', 'Z94.84')
              )
            )
          )
        END IS NULL
        THEN 1
        ELSE 0
      END
    ) AS in_stem_cell_transplant_history_grade,
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
    ) AS in_cns_metastasis_grade,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('ICD10CM', 'SNOMED')
          THEN (
            (
              rc.system = 'ICD10CM'
              AND (
                SUBSTRING(rc.code FROM 1 FOR 3) IN ('J90', 'R18')
                OR SUBSTRING(rc.code FROM 1 FOR 5) IN ('J91.0', 'J91.8', 'J94.0', 'I31.3')
              )
            )
            OR (
              rc.system = 'SNOMED' AND (
                rc.code IN ('60046008')
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
                SUBSTRING(rc.code FROM 1 FOR 3) IN ('J90', 'R18')
                OR SUBSTRING(rc.code FROM 1 FOR 5) IN ('J91.0', 'J91.8', 'J94.0', 'I31.3')
              )
            )
            OR (
              rc.system = 'SNOMED' AND (
                rc.code IN ('60046008')
              )
            )
          )
        END IS NULL
        THEN 1
        ELSE 0
      END
    ) AS in_serous_effusion_grade
  FROM record_codes AS rc
  WHERE
    rc.record = 'conditions' AND rc.field = 'code'
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
    ) AS in_disease_status_grade
  FROM record_codes AS rc
  WHERE
    rc.record = 'observations' AND rc.field = 'code'
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
    ) AS in_transplant_procedure_grade,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('CPT')
          THEN (
            rc.system = 'CPT'
            AND (
              rc.code IN (
                '32554',
                '32555',
                '32556',
                '32557',
                '32550',
                '49082',
                '49083',
                '49418',
                '33016',
                '33017',
                '33018',
                '33019'
              )
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('CPT')
          THEN (
            rc.system = 'CPT'
            AND (
              rc.code IN (
                '32554',
                '32555',
                '32556',
                '32557',
                '32550',
                '49082',
                '49083',
                '49418',
                '33016',
                '33017',
                '33018',
                '33019'
              )
            )
          )
        END IS NULL
        THEN 1
        ELSE 0
      END
    ) AS in_effusion_drainage_grade
  FROM record_codes AS rc
  WHERE
    rc.record = 'procedures' AND rc.field = 'code'
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
              rc.system = 'ATC'
              AND (
                SUBSTRING(rc.code FROM 1 FOR 5) IN ('L01FE')
                OR SUBSTRING(rc.code FROM 1 FOR 7) IN ('L01XC06', 'L01XC08')
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
                SUBSTRING(rc.code FROM 1 FOR 5) IN ('L01FE')
                OR SUBSTRING(rc.code FROM 1 FOR 7) IN ('L01XC06', 'L01XC08')
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
    ) AS in_anti_egfr_antibody_grade
  FROM record_codes AS rc
  WHERE
    rc.record = 'medications' AND rc.field = 'code'
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
                  WHEN m0.end_lo >= CAST(pt.ref_first_dose_hi - INTERVAL '36 MONTH' AS DATE)
                  THEN TRUE
                  WHEN m0.end_hi < CAST(pt.ref_first_dose_lo - INTERVAL '36 MONTH' AS DATE)
                  THEN FALSE
                END,
                CASE
                  WHEN CASE
                    WHEN m0.start_lo >= CAST(pt.ref_first_dose_hi - INTERVAL '36 MONTH' AS DATE)
                    THEN TRUE
                    WHEN m0.start_hi < CAST(pt.ref_first_dose_lo - INTERVAL '36 MONTH' AS DATE)
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
), procedure_queries_per_c0 AS (
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
                  END >= CAST(pt.ref_first_dose_hi - INTERVAL '36 MONTH' AS DATE)
                  THEN TRUE
                  WHEN CASE
                    WHEN p0.start_lo IS NULL AND p0.end_lo IS NULL
                    THEN p0.date_hi
                    ELSE p0.end_hi
                  END < CAST(pt.ref_first_dose_lo - INTERVAL '36 MONTH' AS DATE)
                  THEN FALSE
                END,
                CASE
                  WHEN CASE
                    WHEN CASE
                      WHEN p0.start_lo IS NULL AND p0.end_lo IS NULL
                      THEN p0.date_lo
                      ELSE p0.start_lo
                    END >= CAST(pt.ref_first_dose_hi - INTERVAL '36 MONTH' AS DATE)
                    THEN TRUE
                    WHEN CASE
                      WHEN p0.start_lo IS NULL AND p0.end_lo IS NULL
                      THEN p0.date_hi
                      ELSE p0.start_hi
                    END < CAST(pt.ref_first_dose_lo - INTERVAL '36 MONTH' AS DATE)
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
    FROM procedures AS p0
    JOIN conditions AS c0
      ON c0.patient_id = p0.patient_id
    JOIN patient_facts AS pt
      ON pt.patient_id = p0.patient_id
  ) AS r
  GROUP BY
    r.patient_id,
    r.c0_seq
), medication_queries_per_p0_per_c0 AS (
  SELECT
    r.patient_id,
    r.p0_seq,
    r.c0_seq,
    MAX(r.g1) AS any_grade
  FROM (
    SELECT
      m0.patient_id AS patient_id,
      p0.seq AS p0_seq,
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
          AND CASE
            WHEN m0.start_lo >= p0.date_hi
            THEN TRUE
            WHEN m0.start_hi < p0.date_lo
            THEN FALSE
          END
        ) AS INT) * 2,
        1
      ) AS g1
    FROM medications AS m0
    JOIN conditions AS c0
      ON c0.patient_id = m0.patient_id
    JOIN procedures AS p0
      ON p0.patient_id = m0.patient_id
    WHERE
      (
        m0.status IS NULL
        OR NOT m0.status IN ('entered_in_error', 'intended', 'not_taken')
      )
  ) AS r
  GROUP BY
    r.patient_id,
    r.p0_seq,
    r.c0_seq
), condition_queries_1 AS (
  SELECT
    r.patient_id,
    MAX(r.g1) AS cscc_grade,
    MAX(r.g2) AS postmenopausal_state_grade,
    MAX(r.g3) AS surgical_sterility_status_grade,
    MAX(r.g4) AS other_skin_cancer_grade,
    MAX(r.g5) AS solid_organ_transplant_status_grade,
    MAX(r.g6) AS stem_cell_transplant_history_grade
  FROM (
    SELECT
      c0.patient_id AS patient_id,
      CASE
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE conditions_code_c0.in_cscc_grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE conditions_code_c0.in_cscc_grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
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
          THEN CASE
            WHEN CASE conditions_code_c0.in_cscc_grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE conditions_code_c0.in_cscc_grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
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
      END AS g1,
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
      END AS g2,
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
      END AS g3,
      CASE
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE conditions_code_c0.in_other_skin_cancer_grade
              WHEN 2
              THEN TRUE
              WHEN 0
              THEN FALSE
            END IS FALSE
            THEN FALSE
          END
          ELSE CASE conditions_code_c0.in_other_skin_cancer_grade
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
            OR (
              CASE conditions_code_c0.in_basal_cell_carcinoma_grade
                WHEN 2
                THEN TRUE
                WHEN 0
                THEN FALSE
              END
              AND (
                NOT (
                  (
                    CASE
                      WHEN c0.treatment IS NULL OR 'surgery' IS NULL
                      THEN CAST(NULL AS BOOLEAN)
                      ELSE CASE
                        WHEN 'surgery' IS NULL
                        THEN NULL
                        ELSE COALESCE('surgery' = ANY(
                          c0.treatment
                        ), FALSE)
                      END
                    END
                    OR CASE
                      WHEN c0.treatment IS NULL OR 'radiotherapy' IS NULL
                      THEN CAST(NULL AS BOOLEAN)
                      ELSE CASE
                        WHEN 'radiotherapy' IS NULL
                        THEN NULL
                        ELSE COALESCE('radiotherapy' = ANY(
                          c0.treatment
                        ), FALSE)
                      END
                    END
                  )
                  AND CASE
                    WHEN NOT (
                      NOT c0.status IS NULL
                    )
                    THEN CAST(NULL AS BOOLEAN)
                    ELSE (
                      (
                        c0.status = 'inactive'
                      )
                      OR (
                        c0.status = 'remission'
                      )
                      OR (
                        c0.status = 'resolved'
                      )
                    )
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
            WHEN CASE conditions_code_c0.in_other_skin_cancer_grade
              WHEN 2
              THEN TRUE
              WHEN 0
              THEN FALSE
            END IS FALSE
            THEN FALSE
          END
          ELSE CASE conditions_code_c0.in_other_skin_cancer_grade
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
              OR (
                CASE conditions_code_c0.in_basal_cell_carcinoma_grade
                  WHEN 2
                  THEN TRUE
                  WHEN 0
                  THEN FALSE
                END
                AND (
                  NOT (
                    (
                      CASE
                        WHEN c0.treatment IS NULL OR 'surgery' IS NULL
                        THEN CAST(NULL AS BOOLEAN)
                        ELSE CASE
                          WHEN 'surgery' IS NULL
                          THEN NULL
                          ELSE COALESCE('surgery' = ANY(
                            c0.treatment
                          ), FALSE)
                        END
                      END
                      OR CASE
                        WHEN c0.treatment IS NULL OR 'radiotherapy' IS NULL
                        THEN CAST(NULL AS BOOLEAN)
                        ELSE CASE
                          WHEN 'radiotherapy' IS NULL
                          THEN NULL
                          ELSE COALESCE('radiotherapy' = ANY(
                            c0.treatment
                          ), FALSE)
                        END
                      END
                    )
                    AND CASE
                      WHEN NOT (
                        NOT c0.status IS NULL
                      )
                      THEN CAST(NULL AS BOOLEAN)
                      ELSE (
                        (
                          c0.status = 'inactive'
                        )
                        OR (
                          c0.status = 'remission'
                        )
                        OR (
                          c0.status = 'resolved'
                        )
                      )
                    END
                  )
                )
              )
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
      END AS g5,
      CASE
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE conditions_code_c0.in_stem_cell_transplant_history_grade
              WHEN 2
              THEN TRUE
              WHEN 0
              THEN FALSE
            END IS FALSE
            THEN FALSE
          END
          ELSE CASE conditions_code_c0.in_stem_cell_transplant_history_grade
            WHEN 2
            THEN TRUE
            WHEN 0
            THEN FALSE
          END
        END
        THEN COALESCE(CAST(pt.att_stem_cell_transplant_allogeneic_value_bool AS INT) * 2, 1)
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE conditions_code_c0.in_stem_cell_transplant_history_grade
              WHEN 2
              THEN TRUE
              WHEN 0
              THEN FALSE
            END IS FALSE
            THEN FALSE
          END
          ELSE CASE conditions_code_c0.in_stem_cell_transplant_history_grade
            WHEN 2
            THEN TRUE
            WHEN 0
            THEN FALSE
          END
        END IS NULL
        THEN LEAST(COALESCE(CAST(pt.att_stem_cell_transplant_allogeneic_value_bool AS INT) * 2, 1), 1)
      END AS g6
    FROM conditions AS c0
    JOIN patient_facts AS pt
      ON pt.patient_id = c0.patient_id
    LEFT JOIN conditions_code_c0 AS conditions_code_c0
      ON conditions_code_c0.patient_id = c0.patient_id
      AND conditions_code_c0.c0_seq = c0.seq
    WHERE
      NOT CASE
        WHEN c0.verification IN ('entered_in_error', 'refuted')
        THEN FALSE
        WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
        THEN CASE
          WHEN CASE conditions_code_c0.in_cscc_grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
          THEN FALSE
        END
        ELSE CASE conditions_code_c0.in_cscc_grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
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
          WHEN CASE conditions_code_c0.in_other_skin_cancer_grade
            WHEN 2
            THEN TRUE
            WHEN 0
            THEN FALSE
          END IS FALSE
          THEN FALSE
        END
        ELSE CASE conditions_code_c0.in_other_skin_cancer_grade
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
          WHEN CASE conditions_code_c0.in_stem_cell_transplant_history_grade
            WHEN 2
            THEN TRUE
            WHEN 0
            THEN FALSE
          END IS FALSE
          THEN FALSE
        END
        ELSE CASE conditions_code_c0.in_stem_cell_transplant_history_grade
          WHEN 2
          THEN TRUE
          WHEN 0
          THEN FALSE
        END
      END IS FALSE
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
                    CASE lesions_method_l0.in_recist_ct_grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
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
                            THEN CAST(1.0 AS DOUBLE PRECISION)
                            WHEN 'mm' = 'mm'
                            THEN CAST(0.1 AS DOUBLE PRECISION)
                          END
                        ) >= CAST(1.0 AS DOUBLE PRECISION)
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
                            THEN CAST(1.0 AS DOUBLE PRECISION)
                            WHEN 'mm' = 'mm'
                            THEN CAST(0.1 AS DOUBLE PRECISION)
                          END
                        ) >= CAST(1.0 AS DOUBLE PRECISION)
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
                    CASE lesions_method_l0.in_recist_ct_grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
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
                            THEN CAST(1.0 AS DOUBLE PRECISION)
                            WHEN 'mm' = 'mm'
                            THEN CAST(0.1 AS DOUBLE PRECISION)
                          END
                        ) >= CAST(1.0 AS DOUBLE PRECISION)
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
                            THEN CAST(1.0 AS DOUBLE PRECISION)
                            WHEN 'mm' = 'mm'
                            THEN CAST(0.1 AS DOUBLE PRECISION)
                          END
                        ) >= CAST(1.0 AS DOUBLE PRECISION)
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
                    CASE lesions_method_l0.in_recist_ct_grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
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
                            THEN CAST(1.0 AS DOUBLE PRECISION)
                            WHEN 'mm' = 'mm'
                            THEN CAST(0.1 AS DOUBLE PRECISION)
                          END
                        ) >= CAST(1.0 AS DOUBLE PRECISION)
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
                            THEN CAST(1.0 AS DOUBLE PRECISION)
                            WHEN 'mm' = 'mm'
                            THEN CAST(0.1 AS DOUBLE PRECISION)
                          END
                        ) >= CAST(1.0 AS DOUBLE PRECISION)
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
                    CASE lesions_method_l0.in_recist_ct_grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
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
                            THEN CAST(1.0 AS DOUBLE PRECISION)
                            WHEN 'mm' = 'mm'
                            THEN CAST(0.1 AS DOUBLE PRECISION)
                          END
                        ) >= CAST(1.0 AS DOUBLE PRECISION)
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
                            THEN CAST(1.0 AS DOUBLE PRECISION)
                            WHEN 'mm' = 'mm'
                            THEN CAST(0.1 AS DOUBLE PRECISION)
                          END
                        ) >= CAST(1.0 AS DOUBLE PRECISION)
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
          AND (
            l0.assessor = 'central'
          )
          AND CASE
            WHEN CAST(pt.ref_first_dose_hi - INTERVAL '28 DAY' AS DATE) <= l0.date_lo
            AND l0.date_hi <= pt.ref_first_dose_lo
            THEN TRUE
            WHEN l0.date_hi < CAST(pt.ref_first_dose_lo - INTERVAL '28 DAY' AS DATE)
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
      WHEN CAST(pt.ref_first_dose_hi - INTERVAL '28 DAY' AS DATE) <= o0.date_lo
      AND o0.date_hi <= pt.ref_first_dose_lo
      THEN TRUE
      WHEN o0.date_hi < CAST(pt.ref_first_dose_lo - INTERVAL '28 DAY' AS DATE)
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
), procedure_queries_1 AS (
  SELECT
    r.patient_id,
    MAX(r.g1) AS permanent_sterilisation_procedure_grade,
    MAX(r.g2) AS transplant_procedure_grade,
    SUM(CASE WHEN r.g3 = 2 THEN 1 ELSE 0 END) AS effusion_drainage_sure,
    SUM(CASE WHEN r.g3 > 0 THEN 1 ELSE 0 END) AS effusion_drainage_maybe
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
      END AS g2,
      CASE
        WHEN CASE procedures_code_p0.in_effusion_drainage_grade
          WHEN 2
          THEN TRUE
          WHEN 0
          THEN FALSE
        END
        THEN COALESCE(
          CAST(CASE
            WHEN CAST(pt.ref_first_dose_hi - INTERVAL '3 MONTH' AS DATE) <= p0.date_lo
            AND p0.date_hi <= pt.ref_first_dose_lo
            THEN TRUE
            WHEN p0.date_hi < CAST(pt.ref_first_dose_lo - INTERVAL '3 MONTH' AS DATE)
            OR p0.date_lo > pt.ref_first_dose_hi
            THEN FALSE
          END AS INT) * 2,
          1
        )
        WHEN CASE procedures_code_p0.in_effusion_drainage_grade
          WHEN 2
          THEN TRUE
          WHEN 0
          THEN FALSE
        END IS NULL
        THEN LEAST(
          COALESCE(
            CAST(CASE
              WHEN CAST(pt.ref_first_dose_hi - INTERVAL '3 MONTH' AS DATE) <= p0.date_lo
              AND p0.date_hi <= pt.ref_first_dose_lo
              THEN TRUE
              WHEN p0.date_hi < CAST(pt.ref_first_dose_lo - INTERVAL '3 MONTH' AS DATE)
              OR p0.date_lo > pt.ref_first_dose_hi
              THEN FALSE
            END AS INT) * 2,
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
      OR NOT CASE procedures_code_p0.in_transplant_procedure_grade
        WHEN 2
        THEN TRUE
        WHEN 0
        THEN FALSE
      END IS FALSE
      OR NOT CASE procedures_code_p0.in_effusion_drainage_grade
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
      WHEN CAST(pt.ref_first_dose_hi - INTERVAL '7 DAY' AS DATE) <= o0.date_lo
      AND o0.date_hi <= pt.ref_first_dose_lo
      THEN TRUE
      WHEN o0.date_hi < CAST(pt.ref_first_dose_lo - INTERVAL '7 DAY' AS DATE)
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
), medication_queries_1 AS (
  SELECT
    r.patient_id,
    MAX(r.g1) AS anti_egfr_antibody_grade
  FROM (
    SELECT
      m0.patient_id AS patient_id,
      CASE
        WHEN CASE medications_code_m0.in_anti_egfr_antibody_grade
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
        WHEN CASE medications_code_m0.in_anti_egfr_antibody_grade
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
      END AS g1
    FROM medications AS m0
    JOIN patient_facts AS pt
      ON pt.patient_id = m0.patient_id
    LEFT JOIN medications_code_m0 AS medications_code_m0
      ON medications_code_m0.patient_id = m0.patient_id
      AND medications_code_m0.m0_seq = m0.seq
    WHERE
      NOT CASE medications_code_m0.in_anti_egfr_antibody_grade
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
    r.patient_id
), procedure_queries_per_c0_1 AS (
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
            p0.treatment_intent = 'curative'
          )
          AND (
            NOT CASE
              WHEN pt.medications_collected IS TRUE
              THEN CASE COALESCE(medication_queries_per_p0_per_c0.any_grade, 0)
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
    LEFT JOIN medication_queries_per_p0_per_c0 AS medication_queries_per_p0_per_c0
      ON medication_queries_per_p0_per_c0.patient_id = p0.patient_id
      AND medication_queries_per_p0_per_c0.p0_seq = p0.seq
      AND medication_queries_per_p0_per_c0.c0_seq = c0.seq
  ) AS r
  GROUP BY
    r.patient_id,
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
      CASE observations_code_o0.in_disease_status_grade
        WHEN 2
        THEN TRUE
        WHEN 0
        THEN FALSE
      END
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
      WHEN CAST(pt.ref_first_dose_hi - INTERVAL '28 DAY' AS DATE) <= o0.date_lo
      AND o0.date_hi <= pt.ref_first_dose_lo
      THEN TRUE
      WHEN o0.date_hi < CAST(pt.ref_first_dose_lo - INTERVAL '28 DAY' AS DATE)
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
        ELSE CASE
          WHEN c0.id IS NULL
          THEN NULL
          ELSE COALESCE(c0.id = ANY(
            o0.focus
          ), FALSE)
        END
      END
    ) IS FALSE
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
), condition_queries_2 AS (
  SELECT
    r.patient_id,
    MAX(r.g1) AS malignancy_grade,
    MAX(r.g2) AS serous_effusion_grade
  FROM (
    SELECT
      c0.patient_id AS patient_id,
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
                NOT CASE conditions_code_c0.in_cscc_grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
              )
              AND (
                CASE
                  WHEN CAST(pt.ref_first_dose_hi - INTERVAL '36 MONTH' AS DATE) <= c0.onset_lo
                  AND c0.onset_hi <= pt.ref_first_dose_lo
                  THEN TRUE
                  WHEN c0.onset_hi < CAST(pt.ref_first_dose_lo - INTERVAL '36 MONTH' AS DATE)
                  OR c0.onset_lo > pt.ref_first_dose_hi
                  THEN FALSE
                END
                OR CASE
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
                CASE conditions_code_c0.in_cervical_carcinoma_in_situ_grade
                  WHEN 2
                  THEN TRUE
                  WHEN 0
                  THEN FALSE
                END
                AND (
                  c0.status = 'resolved'
                )
              )
              OR CASE conditions_code_c0.in_breast_carcinoma_in_situ_grade
                WHEN 2
                THEN TRUE
                WHEN 0
                THEN FALSE
              END
              OR (
                CASE
                  WHEN c0.treatment IS NULL OR 'surgery' IS NULL
                  THEN CAST(NULL AS BOOLEAN)
                  ELSE CASE
                    WHEN 'surgery' IS NULL
                    THEN NULL
                    ELSE COALESCE('surgery' = ANY(
                      c0.treatment
                    ), FALSE)
                  END
                END
                AND (
                  NOT CASE
                    WHEN c0.treatment IS NULL OR 'radiotherapy' IS NULL
                    THEN CAST(NULL AS BOOLEAN)
                    ELSE CASE
                      WHEN 'radiotherapy' IS NULL
                      THEN NULL
                      ELSE COALESCE('radiotherapy' = ANY(
                        c0.treatment
                      ), FALSE)
                    END
                  END
                )
                AND (
                  NOT CASE
                    WHEN c0.treatment IS NULL OR 'local_ablation' IS NULL
                    THEN CAST(NULL AS BOOLEAN)
                    ELSE CASE
                      WHEN 'local_ablation' IS NULL
                      THEN NULL
                      ELSE COALESCE('local_ablation' = ANY(
                        c0.treatment
                      ), FALSE)
                    END
                  END
                )
                AND CASE
                  WHEN NOT (
                    NOT c0.status IS NULL
                  )
                  THEN CAST(NULL AS BOOLEAN)
                  ELSE (
                    (
                      c0.status = 'inactive'
                    )
                    OR (
                      c0.status = 'remission'
                    )
                    OR (
                      c0.status = 'resolved'
                    )
                  )
                END
                AND CASE
                  WHEN pt.procedures_collected IS TRUE
                  THEN CASE COALESCE(procedure_queries_per_c0_1.any_grade, 0)
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
                  NOT CASE conditions_code_c0.in_cscc_grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                )
                AND (
                  CASE
                    WHEN CAST(pt.ref_first_dose_hi - INTERVAL '36 MONTH' AS DATE) <= c0.onset_lo
                    AND c0.onset_hi <= pt.ref_first_dose_lo
                    THEN TRUE
                    WHEN c0.onset_hi < CAST(pt.ref_first_dose_lo - INTERVAL '36 MONTH' AS DATE)
                    OR c0.onset_lo > pt.ref_first_dose_hi
                    THEN FALSE
                  END
                  OR CASE
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
                  CASE conditions_code_c0.in_cervical_carcinoma_in_situ_grade
                    WHEN 2
                    THEN TRUE
                    WHEN 0
                    THEN FALSE
                  END
                  AND (
                    c0.status = 'resolved'
                  )
                )
                OR CASE conditions_code_c0.in_breast_carcinoma_in_situ_grade
                  WHEN 2
                  THEN TRUE
                  WHEN 0
                  THEN FALSE
                END
                OR (
                  CASE
                    WHEN c0.treatment IS NULL OR 'surgery' IS NULL
                    THEN CAST(NULL AS BOOLEAN)
                    ELSE CASE
                      WHEN 'surgery' IS NULL
                      THEN NULL
                      ELSE COALESCE('surgery' = ANY(
                        c0.treatment
                      ), FALSE)
                    END
                  END
                  AND (
                    NOT CASE
                      WHEN c0.treatment IS NULL OR 'radiotherapy' IS NULL
                      THEN CAST(NULL AS BOOLEAN)
                      ELSE CASE
                        WHEN 'radiotherapy' IS NULL
                        THEN NULL
                        ELSE COALESCE('radiotherapy' = ANY(
                          c0.treatment
                        ), FALSE)
                      END
                    END
                  )
                  AND (
                    NOT CASE
                      WHEN c0.treatment IS NULL OR 'local_ablation' IS NULL
                      THEN CAST(NULL AS BOOLEAN)
                      ELSE CASE
                        WHEN 'local_ablation' IS NULL
                        THEN NULL
                        ELSE COALESCE('local_ablation' = ANY(
                          c0.treatment
                        ), FALSE)
                      END
                    END
                  )
                  AND CASE
                    WHEN NOT (
                      NOT c0.status IS NULL
                    )
                    THEN CAST(NULL AS BOOLEAN)
                    ELSE (
                      (
                        c0.status = 'inactive'
                      )
                      OR (
                        c0.status = 'remission'
                      )
                      OR (
                        c0.status = 'resolved'
                      )
                    )
                  END
                  AND CASE
                    WHEN pt.procedures_collected IS TRUE
                    THEN CASE COALESCE(procedure_queries_per_c0_1.any_grade, 0)
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
      END AS g1,
      CASE
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE conditions_code_c0.in_serous_effusion_grade
              WHEN 2
              THEN TRUE
              WHEN 0
              THEN FALSE
            END IS FALSE
            THEN FALSE
          END
          ELSE CASE conditions_code_c0.in_serous_effusion_grade
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
              WHEN CASE
                WHEN pt.procedures_collected IS TRUE
                THEN COALESCE(procedure_queries_1.effusion_drainage_sure, 0)
              END >= CAST(2.0 AS DOUBLE PRECISION)
              THEN TRUE
              WHEN NOT (
                CASE
                  WHEN pt.procedures_collected IS TRUE
                  THEN COALESCE(procedure_queries_1.effusion_drainage_maybe, 0)
                END >= CAST(2.0 AS DOUBLE PRECISION)
              )
              THEN FALSE
            END
          ) AS INT) * 2,
          1
        )
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE conditions_code_c0.in_serous_effusion_grade
              WHEN 2
              THEN TRUE
              WHEN 0
              THEN FALSE
            END IS FALSE
            THEN FALSE
          END
          ELSE CASE conditions_code_c0.in_serous_effusion_grade
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
                WHEN CASE
                  WHEN pt.procedures_collected IS TRUE
                  THEN COALESCE(procedure_queries_1.effusion_drainage_sure, 0)
                END >= CAST(2.0 AS DOUBLE PRECISION)
                THEN TRUE
                WHEN NOT (
                  CASE
                    WHEN pt.procedures_collected IS TRUE
                    THEN COALESCE(procedure_queries_1.effusion_drainage_maybe, 0)
                  END >= CAST(2.0 AS DOUBLE PRECISION)
                )
                THEN FALSE
              END
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
    LEFT JOIN procedure_queries_1 AS procedure_queries_1
      ON procedure_queries_1.patient_id = c0.patient_id
    LEFT JOIN medication_queries_per_c0 AS medication_queries_per_c0
      ON medication_queries_per_c0.patient_id = c0.patient_id
      AND medication_queries_per_c0.c0_seq = c0.seq
    LEFT JOIN procedure_queries_per_c0 AS procedure_queries_per_c0
      ON procedure_queries_per_c0.patient_id = c0.patient_id
      AND procedure_queries_per_c0.c0_seq = c0.seq
    LEFT JOIN procedure_queries_per_c0_1 AS procedure_queries_per_c0_1
      ON procedure_queries_per_c0_1.patient_id = c0.patient_id
      AND procedure_queries_per_c0_1.c0_seq = c0.seq
    WHERE
      NOT CASE
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
          WHEN CASE conditions_code_c0.in_serous_effusion_grade
            WHEN 2
            THEN TRUE
            WHEN 0
            THEN FALSE
          END IS FALSE
          THEN FALSE
        END
        ELSE CASE conditions_code_c0.in_serous_effusion_grade
          WHEN 2
          THEN TRUE
          WHEN 0
          THEN FALSE
        END
      END IS FALSE
  ) AS r
  GROUP BY
    r.patient_id
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
    MAX(r.g1) AS cns_metastasis_grade
  FROM (
    SELECT
      c0.patient_id AS patient_id,
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
            (
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
              AND pt.att_cns_metastases_symptomatic_value_bool
            )
            AND NOT (
              CASE
                WHEN pt.att_cns_treatment_duration_unit IN ('days', 'day')
                THEN CASE
                  WHEN (
                    CASE
                      WHEN pt.att_cns_treatment_duration_unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                      THEN pt.att_cns_treatment_duration_value_num
                    END > CAST(84.0 AS DOUBLE PRECISION)
                  ) = (
                    CASE
                      WHEN pt.att_cns_treatment_duration_unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                      THEN pt.att_cns_treatment_duration_value_num
                    END > CAST(93.0 AS DOUBLE PRECISION)
                  )
                  THEN CASE
                    WHEN pt.att_cns_treatment_duration_unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                    THEN pt.att_cns_treatment_duration_value_num
                  END > CAST(84.0 AS DOUBLE PRECISION)
                END
                WHEN pt.att_cns_treatment_duration_unit IN ('weeks', 'week')
                THEN CASE
                  WHEN (
                    (
                      CASE
                        WHEN pt.att_cns_treatment_duration_unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                        THEN pt.att_cns_treatment_duration_value_num
                      END * CAST(7.0 AS DOUBLE PRECISION)
                    ) > CAST(84.0 AS DOUBLE PRECISION)
                  ) = (
                    (
                      CASE
                        WHEN pt.att_cns_treatment_duration_unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                        THEN pt.att_cns_treatment_duration_value_num
                      END * CAST(7.0 AS DOUBLE PRECISION)
                    ) > CAST(93.0 AS DOUBLE PRECISION)
                  )
                  THEN (
                    CASE
                      WHEN pt.att_cns_treatment_duration_unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                      THEN pt.att_cns_treatment_duration_value_num
                    END * CAST(7.0 AS DOUBLE PRECISION)
                  ) > CAST(84.0 AS DOUBLE PRECISION)
                END
                WHEN pt.att_cns_treatment_duration_unit IN ('months', 'month')
                THEN CASE
                  WHEN pt.att_cns_treatment_duration_unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                  THEN pt.att_cns_treatment_duration_value_num
                END > CAST(3.0 AS DOUBLE PRECISION)
                WHEN pt.att_cns_treatment_duration_unit IN ('years', 'year')
                THEN (
                  CASE
                    WHEN pt.att_cns_treatment_duration_unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                    THEN pt.att_cns_treatment_duration_value_num
                  END * CAST(12.0 AS DOUBLE PRECISION)
                ) > CAST(3.0 AS DOUBLE PRECISION)
              END
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
              AND pt.att_cns_symptoms_stable_value_bool
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
              (
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
                AND pt.att_cns_metastases_symptomatic_value_bool
              )
              AND NOT (
                CASE
                  WHEN pt.att_cns_treatment_duration_unit IN ('days', 'day')
                  THEN CASE
                    WHEN (
                      CASE
                        WHEN pt.att_cns_treatment_duration_unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                        THEN pt.att_cns_treatment_duration_value_num
                      END > CAST(84.0 AS DOUBLE PRECISION)
                    ) = (
                      CASE
                        WHEN pt.att_cns_treatment_duration_unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                        THEN pt.att_cns_treatment_duration_value_num
                      END > CAST(93.0 AS DOUBLE PRECISION)
                    )
                    THEN CASE
                      WHEN pt.att_cns_treatment_duration_unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                      THEN pt.att_cns_treatment_duration_value_num
                    END > CAST(84.0 AS DOUBLE PRECISION)
                  END
                  WHEN pt.att_cns_treatment_duration_unit IN ('weeks', 'week')
                  THEN CASE
                    WHEN (
                      (
                        CASE
                          WHEN pt.att_cns_treatment_duration_unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                          THEN pt.att_cns_treatment_duration_value_num
                        END * CAST(7.0 AS DOUBLE PRECISION)
                      ) > CAST(84.0 AS DOUBLE PRECISION)
                    ) = (
                      (
                        CASE
                          WHEN pt.att_cns_treatment_duration_unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                          THEN pt.att_cns_treatment_duration_value_num
                        END * CAST(7.0 AS DOUBLE PRECISION)
                      ) > CAST(93.0 AS DOUBLE PRECISION)
                    )
                    THEN (
                      CASE
                        WHEN pt.att_cns_treatment_duration_unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                        THEN pt.att_cns_treatment_duration_value_num
                      END * CAST(7.0 AS DOUBLE PRECISION)
                    ) > CAST(84.0 AS DOUBLE PRECISION)
                  END
                  WHEN pt.att_cns_treatment_duration_unit IN ('months', 'month')
                  THEN CASE
                    WHEN pt.att_cns_treatment_duration_unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                    THEN pt.att_cns_treatment_duration_value_num
                  END > CAST(3.0 AS DOUBLE PRECISION)
                  WHEN pt.att_cns_treatment_duration_unit IN ('years', 'year')
                  THEN (
                    CASE
                      WHEN pt.att_cns_treatment_duration_unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                      THEN pt.att_cns_treatment_duration_value_num
                    END * CAST(12.0 AS DOUBLE PRECISION)
                  ) > CAST(3.0 AS DOUBLE PRECISION)
                END
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
                AND pt.att_cns_symptoms_stable_value_bool
              )
            ) AS INT) * 2,
            1
          ),
          1
        )
      END AS g1
    FROM conditions AS c0
    JOIN patient_facts AS pt
      ON pt.patient_id = c0.patient_id
    LEFT JOIN conditions_code_c0 AS conditions_code_c0
      ON conditions_code_c0.patient_id = c0.patient_id
      AND conditions_code_c0.c0_seq = c0.seq
    LEFT JOIN disease_status_latest_per_c0 AS disease_status_latest_per_c0
      ON disease_status_latest_per_c0.patient_id = c0.patient_id
      AND disease_status_latest_per_c0.c0_seq = c0.seq
    WHERE
      NOT CASE
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
    pt.patient_id AS "patient_id",
    CASE pt.att_informed_consent_value_bool
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "I1",
    CASE CASE
        WHEN (
          SIGN(
            (
              1200 * (
                EXTRACT(YEAR FROM pt.ref_first_dose_lo) - EXTRACT(YEAR FROM pt.birth_hi)
              ) + 100 * (
                EXTRACT(MONTH FROM pt.ref_first_dose_lo) - EXTRACT(MONTH FROM pt.birth_hi)
              ) + (
                EXTRACT(DAY FROM pt.ref_first_dose_lo) - EXTRACT(DAY FROM pt.birth_hi)
              )
            )
          ) * FLOOR(
            ABS(
              (
                1200 * (
                  EXTRACT(YEAR FROM pt.ref_first_dose_lo) - EXTRACT(YEAR FROM pt.birth_hi)
                ) + 100 * (
                  EXTRACT(MONTH FROM pt.ref_first_dose_lo) - EXTRACT(MONTH FROM pt.birth_hi)
                ) + (
                  EXTRACT(DAY FROM pt.ref_first_dose_lo) - EXTRACT(DAY FROM pt.birth_hi)
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
                  EXTRACT(YEAR FROM pt.ref_first_dose_hi) - EXTRACT(YEAR FROM pt.birth_lo)
                ) + 100 * (
                  EXTRACT(MONTH FROM pt.ref_first_dose_hi) - EXTRACT(MONTH FROM pt.birth_lo)
                ) + (
                  EXTRACT(DAY FROM pt.ref_first_dose_hi) - EXTRACT(DAY FROM pt.birth_lo)
                )
              )
            ) * FLOOR(
              ABS(
                (
                  1200 * (
                    EXTRACT(YEAR FROM pt.ref_first_dose_hi) - EXTRACT(YEAR FROM pt.birth_lo)
                  ) + 100 * (
                    EXTRACT(MONTH FROM pt.ref_first_dose_hi) - EXTRACT(MONTH FROM pt.birth_lo)
                  ) + (
                    EXTRACT(DAY FROM pt.ref_first_dose_hi) - EXTRACT(DAY FROM pt.birth_lo)
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
    END AS "I2",
    CASE CASE
        WHEN pt.conditions_collected IS TRUE
        THEN CASE COALESCE(condition_queries_1.cscc_grade, 0)
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
    END AS "I4",
    CASE (
        CASE
          WHEN ecog_latest.v0 >= CAST(0.0 AS DOUBLE PRECISION)
          THEN TRUE
          WHEN NOT (
            ecog_latest.v1 >= CAST(0.0 AS DOUBLE PRECISION)
          )
          THEN FALSE
        END
        AND CASE
          WHEN ecog_latest.v1 <= CAST(1.0 AS DOUBLE PRECISION)
          THEN TRUE
          WHEN NOT (
            ecog_latest.v0 <= CAST(1.0 AS DOUBLE PRECISION)
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
    CASE CASE
        WHEN pt.att_expected_survival_unit IN ('days', 'day')
        THEN CASE
          WHEN pt.att_expected_survival_unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
          THEN pt.att_expected_survival_value_num
        END >= CAST(84.0 AS DOUBLE PRECISION)
        WHEN pt.att_expected_survival_unit IN ('weeks', 'week')
        THEN (
          CASE
            WHEN pt.att_expected_survival_unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
            THEN pt.att_expected_survival_value_num
          END * CAST(7.0 AS DOUBLE PRECISION)
        ) >= CAST(84.0 AS DOUBLE PRECISION)
        WHEN pt.att_expected_survival_unit IN ('months', 'month')
        THEN CASE
          WHEN (
            (
              CASE
                WHEN pt.att_expected_survival_unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN pt.att_expected_survival_value_num
              END * CAST(28.0 AS DOUBLE PRECISION)
            ) >= CAST(84.0 AS DOUBLE PRECISION)
          ) = (
            (
              CASE
                WHEN pt.att_expected_survival_unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN pt.att_expected_survival_value_num
              END * CAST(31.0 AS DOUBLE PRECISION)
            ) >= CAST(84.0 AS DOUBLE PRECISION)
          )
          THEN (
            CASE
              WHEN pt.att_expected_survival_unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
              THEN pt.att_expected_survival_value_num
            END * CAST(28.0 AS DOUBLE PRECISION)
          ) >= CAST(84.0 AS DOUBLE PRECISION)
        END
        WHEN pt.att_expected_survival_unit IN ('years', 'year')
        THEN CASE
          WHEN (
            (
              CASE
                WHEN pt.att_expected_survival_unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN pt.att_expected_survival_value_num
              END * CAST(365.0 AS DOUBLE PRECISION)
            ) >= CAST(84.0 AS DOUBLE PRECISION)
          ) = (
            (
              CASE
                WHEN pt.att_expected_survival_unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN pt.att_expected_survival_value_num
              END * CAST(366.0 AS DOUBLE PRECISION)
            ) >= CAST(84.0 AS DOUBLE PRECISION)
          )
          THEN (
            CASE
              WHEN pt.att_expected_survival_unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
              THEN pt.att_expected_survival_value_num
            END * CAST(365.0 AS DOUBLE PRECISION)
          ) >= CAST(84.0 AS DOUBLE PRECISION)
        END
      END
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "I6",
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
    END AS "I7",
    CASE CASE
        WHEN pt.medications_collected IS TRUE
        THEN CASE COALESCE(medication_queries_1.anti_egfr_antibody_grade, 0)
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
    END AS "E1",
    CASE CASE
        WHEN pt.conditions_collected IS TRUE
        THEN CASE COALESCE(condition_queries_2.malignancy_grade, 0)
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
    END AS "E2",
    CASE CASE
        WHEN pt.conditions_collected IS TRUE
        THEN CASE COALESCE(condition_queries_1.other_skin_cancer_grade, 0)
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
        OR CASE
          WHEN pt.conditions_collected IS TRUE
          THEN CASE COALESCE(condition_queries_1.stem_cell_transplant_history_grade, 0)
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
    END AS "E4",
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
    END AS "E5",
    CASE CASE
        WHEN pt.conditions_collected IS TRUE
        THEN CASE COALESCE(condition_queries_2.serous_effusion_grade, 0)
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
    CASE pt.att_active_severe_infection_value_bool
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "E7"
  FROM patient_facts AS pt
  LEFT JOIN condition_queries_1 AS condition_queries_1
    ON condition_queries_1.patient_id = pt.patient_id
  LEFT JOIN lesion_queries_1 AS lesion_queries_1
    ON lesion_queries_1.patient_id = pt.patient_id
  LEFT JOIN ecog_latest AS ecog_latest
    ON ecog_latest.patient_id = pt.patient_id
  LEFT JOIN procedure_queries_1 AS procedure_queries_1
    ON procedure_queries_1.patient_id = pt.patient_id
  LEFT JOIN pregnancy_test_latest AS pregnancy_test_latest
    ON pregnancy_test_latest.patient_id = pt.patient_id
  LEFT JOIN medication_queries_1 AS medication_queries_1
    ON medication_queries_1.patient_id = pt.patient_id
  LEFT JOIN condition_queries_2 AS condition_queries_2
    ON condition_queries_2.patient_id = pt.patient_id
  LEFT JOIN condition_queries_3 AS condition_queries_3
    ON condition_queries_3.patient_id = pt.patient_id
)
SELECT
  "patient_id",
  "I1",
  "I2",
  "I3",
  "I4",
  "I5",
  "I6",
  "I7",
  "E1",
  "E2",
  "E3",
  "E4",
  "E5",
  "E6",
  "E7",
  CASE
    WHEN "I1" = 'not_met'
    OR "I2" = 'not_met'
    OR "I3" = 'not_met'
    OR "I4" = 'not_met'
    OR "I5" = 'not_met'
    OR "I6" = 'not_met'
    OR "I7" = 'not_met'
    OR "E1" = 'met'
    OR "E2" = 'met'
    OR "E3" = 'met'
    OR "E4" = 'met'
    OR "E5" = 'met'
    OR "E6" = 'met'
    OR "E7" = 'met'
    THEN 'ineligible'
    WHEN "I1" = 'unknown'
    OR "I2" = 'unknown'
    OR "I3" = 'unknown'
    OR "I4" = 'unknown'
    OR "I5" = 'unknown'
    OR "I6" = 'unknown'
    OR "I7" = 'unknown'
    OR "E1" = 'unknown'
    OR "E2" = 'unknown'
    OR "E3" = 'unknown'
    OR "E4" = 'unknown'
    OR "E5" = 'unknown'
    OR "E6" = 'unknown'
    OR "E7" = 'unknown'
    THEN 'undetermined'
    ELSE 'eligible'
  END AS "verdict"
FROM outcomes
ORDER BY
  "patient_id"
