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
    dates.ref_screening_lo,
    dates.ref_screening_hi,
    dates.ref_first_dose_lo,
    dates.ref_first_dose_hi,
    attested.att_amenable_to_curative_therapy_value_bool,
    attested.att_tissue_sample_provided_value_bool,
    attested.att_eligible_for_gefitinib_or_erlotinib_value_bool,
    attested.att_informed_consent_value_bool,
    attested.att_performance_status_deteriorated_value_bool,
    attested.att_expected_survival_value_num,
    attested.att_expected_survival_unit,
    attested.att_recent_procedure_was_major_surgery_value_bool,
    attested.att_recent_radiotherapy_extensive_value_bool,
    attested.att_alternative_anticancer_treatment_value_bool,
    attested.att_investigational_drug_within_5_half_lives_value_bool,
    attested.att_brain_metastases_unstable_value_bool,
    attested.att_cns_neurologically_stable_value_bool,
    attested.att_severe_uncontrolled_systemic_disease_value_bool,
    attested.att_uncontrolled_hypertension_value_bool,
    attested.att_gi_condition_precluding_absorption_value_bool,
    attested.att_unable_to_swallow_value_bool,
    attested.att_mean_resting_qtcf_value_num,
    attested.att_mean_resting_qtcf_unit,
    attested.att_ecg_abnormality_value_bool,
    attested.att_qtc_risk_factors_value_bool,
    attested.att_active_ild_evidence_value_bool,
    attested.att_involved_in_study_value_bool
  FROM patients AS p
  LEFT JOIN (
    SELECT
      reference_dates.patient_id,
      MIN(CASE WHEN reference_dates.name = 'screening' THEN reference_dates.lo END) AS ref_screening_lo,
      MIN(CASE WHEN reference_dates.name = 'screening' THEN reference_dates.hi END) AS ref_screening_hi,
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
        CAST(CASE
          WHEN attestations.name = 'amenable_to_curative_therapy'
          THEN attestations.value_bool
        END AS BOOLEAN)
      ) AS att_amenable_to_curative_therapy_value_bool,
      BOOL_OR(
        CAST(CASE
          WHEN attestations.name = 'tissue_sample_provided'
          THEN attestations.value_bool
        END AS BOOLEAN)
      ) AS att_tissue_sample_provided_value_bool,
      BOOL_OR(
        CAST(CASE
          WHEN attestations.name = 'eligible_for_gefitinib_or_erlotinib'
          THEN attestations.value_bool
        END AS BOOLEAN)
      ) AS att_eligible_for_gefitinib_or_erlotinib_value_bool,
      BOOL_OR(
        CAST(CASE WHEN attestations.name = 'informed_consent' THEN attestations.value_bool END AS BOOLEAN)
      ) AS att_informed_consent_value_bool,
      BOOL_OR(
        CAST(CASE
          WHEN attestations.name = 'performance_status_deteriorated'
          THEN attestations.value_bool
        END AS BOOLEAN)
      ) AS att_performance_status_deteriorated_value_bool,
      MIN(
        CASE WHEN attestations.name = 'expected_survival' THEN attestations.value_num END
      ) AS att_expected_survival_value_num,
      MIN(CASE WHEN attestations.name = 'expected_survival' THEN attestations.unit END) AS att_expected_survival_unit,
      BOOL_OR(
        CAST(CASE
          WHEN attestations.name = 'recent_procedure_was_major_surgery'
          THEN attestations.value_bool
        END AS BOOLEAN)
      ) AS att_recent_procedure_was_major_surgery_value_bool,
      BOOL_OR(
        CAST(CASE
          WHEN attestations.name = 'recent_radiotherapy_extensive'
          THEN attestations.value_bool
        END AS BOOLEAN)
      ) AS att_recent_radiotherapy_extensive_value_bool,
      BOOL_OR(
        CAST(CASE
          WHEN attestations.name = 'alternative_anticancer_treatment'
          THEN attestations.value_bool
        END AS BOOLEAN)
      ) AS att_alternative_anticancer_treatment_value_bool,
      BOOL_OR(
        CAST(CASE
          WHEN attestations.name = 'investigational_drug_within_5_half_lives'
          THEN attestations.value_bool
        END AS BOOLEAN)
      ) AS att_investigational_drug_within_5_half_lives_value_bool,
      BOOL_OR(
        CAST(CASE
          WHEN attestations.name = 'brain_metastases_unstable'
          THEN attestations.value_bool
        END AS BOOLEAN)
      ) AS att_brain_metastases_unstable_value_bool,
      BOOL_OR(
        CAST(CASE
          WHEN attestations.name = 'cns_neurologically_stable'
          THEN attestations.value_bool
        END AS BOOLEAN)
      ) AS att_cns_neurologically_stable_value_bool,
      BOOL_OR(
        CAST(CASE
          WHEN attestations.name = 'severe_uncontrolled_systemic_disease'
          THEN attestations.value_bool
        END AS BOOLEAN)
      ) AS att_severe_uncontrolled_systemic_disease_value_bool,
      BOOL_OR(
        CAST(CASE
          WHEN attestations.name = 'uncontrolled_hypertension'
          THEN attestations.value_bool
        END AS BOOLEAN)
      ) AS att_uncontrolled_hypertension_value_bool,
      BOOL_OR(
        CAST(CASE
          WHEN attestations.name = 'gi_condition_precluding_absorption'
          THEN attestations.value_bool
        END AS BOOLEAN)
      ) AS att_gi_condition_precluding_absorption_value_bool,
      BOOL_OR(
        CAST(CASE WHEN attestations.name = 'unable_to_swallow' THEN attestations.value_bool END AS BOOLEAN)
      ) AS att_unable_to_swallow_value_bool,
      MIN(
        CASE WHEN attestations.name = 'mean_resting_qtcf' THEN attestations.value_num END
      ) AS att_mean_resting_qtcf_value_num,
      MIN(CASE WHEN attestations.name = 'mean_resting_qtcf' THEN attestations.unit END) AS att_mean_resting_qtcf_unit,
      BOOL_OR(
        CAST(CASE WHEN attestations.name = 'ecg_abnormality' THEN attestations.value_bool END AS BOOLEAN)
      ) AS att_ecg_abnormality_value_bool,
      BOOL_OR(
        CAST(CASE WHEN attestations.name = 'qtc_risk_factors' THEN attestations.value_bool END AS BOOLEAN)
      ) AS att_qtc_risk_factors_value_bool,
      BOOL_OR(
        CAST(CASE
          WHEN attestations.name = 'active_ild_evidence'
          THEN attestations.value_bool
        END AS BOOLEAN)
      ) AS att_active_ild_evidence_value_bool,
      BOOL_OR(
        CAST(CASE WHEN attestations.name = 'involved_in_study' THEN attestations.value_bool END AS BOOLEAN)
      ) AS att_involved_in_study_value_bool
    FROM attestations
    GROUP BY
      attestations.patient_id
  ) AS attested
    ON attested.patient_id = p.patient_id
), in_bronchus_and_lung_code_c0 AS (
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
                SUBSTRING(rc.code, 1, 3) IN ('C34')
              )
            )
            OR (
              rc.system = 'SNOMED'
              AND (
                rc.code IN (
                  '254637007',
                  '254632001',
                  '424132000',
                  '425048006',
                  '422968005',
                  '423121009',
                  '67811000119102',
                  '67821000119109',
                  '67831000119107',
                  '67841000119103'
                )
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
                SUBSTRING(rc.code, 1, 3) IN ('C34')
              )
            )
            OR (
              rc.system = 'SNOMED'
              AND (
                rc.code IN (
                  '254637007',
                  '254632001',
                  '424132000',
                  '425048006',
                  '422968005',
                  '423121009',
                  '67811000119102',
                  '67821000119109',
                  '67831000119107',
                  '67841000119103'
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
), in_lung_adenocarcinoma_code_c0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS c0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('SNOMED')
          THEN (
            rc.system = 'SNOMED' AND (
              rc.code IN ('254626006')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('SNOMED')
          THEN (
            rc.system = 'SNOMED' AND (
              rc.code IN ('254626006')
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
), in_nsclc_code_c0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS c0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('SNOMED', 'ICD10CM')
          THEN (
            (
              rc.system = 'SNOMED'
              AND (
                rc.code IN ('254637007', '254626006', '424132000', '425048006', '422968005', '423121009')
              )
            )
            OR (
              rc.system = 'ICD10CM' AND (
                SUBSTRING(rc.code, 1, 3) IN ('C34')
              )
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('SNOMED', 'ICD10CM')
          THEN (
            (
              rc.system = 'SNOMED'
              AND (
                rc.code IN ('254637007', '254626006', '424132000', '425048006', '422968005', '423121009')
              )
            )
            OR (
              rc.system = 'ICD10CM' AND (
                SUBSTRING(rc.code, 1, 3) IN ('C34')
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
), in_nsclc_concept_code_c0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS c0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('SNOMED')
          THEN (
            rc.system = 'SNOMED' AND (
              rc.code IN ('254637007', '254626006')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('SNOMED')
          THEN (
            rc.system = 'SNOMED' AND (
              rc.code IN ('254637007', '254626006')
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
), in_egfr_mutation_code_o0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS o0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('LOINC')
          THEN (
            rc.system = 'LOINC' AND (
              rc.code IN ('21665-5')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('LOINC')
          THEN (
            rc.system = 'LOINC' AND (
              rc.code IN ('21665-5')
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
), in_tumour_tissue_specimen_code_s0 AS (
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
    ) AS grade
  FROM record_codes AS rc
  WHERE
    rc.record = 'specimens' AND rc.field = 'code'
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
), in_egfr_tki_code_m0 AS (
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
              SUBSTRING(rc.code, 1, 5) IN ('L01EB')
              OR SUBSTRING(rc.code, 1, 7) IN ('L01XE02', 'L01XE03', 'L01XE13', 'L01XE35', 'L01XE47')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('ATC')
          THEN (
            rc.system = 'ATC'
            AND (
              SUBSTRING(rc.code, 1, 5) IN ('L01EB')
              OR SUBSTRING(rc.code, 1, 7) IN ('L01XE02', 'L01XE03', 'L01XE13', 'L01XE35', 'L01XE47')
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
), procedure_queries AS (
  SELECT
    r.patient_id,
    MAX(r.g1) AS any_grade
  FROM (
    SELECT
      p0.patient_id AS patient_id,
      COALESCE(
        CAST((
          CASE
            WHEN CAST(pt.ref_first_dose_hi - INTERVAL 28 DAY AS DATE) <= p0.date_lo
            AND p0.date_hi <= pt.ref_first_dose_lo
            THEN TRUE
            WHEN p0.date_hi < CAST(pt.ref_first_dose_lo - INTERVAL 28 DAY AS DATE)
            OR p0.date_lo > pt.ref_first_dose_hi
            THEN FALSE
          END
          AND pt.att_recent_procedure_was_major_surgery_value_bool
        ) AS INT) * 2,
        1
      ) AS g1
    FROM procedures AS p0
    JOIN patient_facts AS pt
      ON pt.patient_id = p0.patient_id
  ) AS r
  GROUP BY
    r.patient_id
), in_lung_radiotherapy_code_p0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS p0_seq,
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
    ) AS grade
  FROM record_codes AS rc
  WHERE
    rc.record = 'procedures' AND rc.field = 'code'
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
), in_secondary_malignant_neoplasm_code_c0 AS (
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
                  WHEN m0.end_lo >= CAST(pt.ref_first_dose_hi - INTERVAL 24 MONTH AS DATE)
                  THEN TRUE
                  WHEN m0.end_hi < CAST(pt.ref_first_dose_lo - INTERVAL 24 MONTH AS DATE)
                  THEN FALSE
                END,
                CASE
                  WHEN CASE
                    WHEN m0.start_lo >= CAST(pt.ref_first_dose_hi - INTERVAL 24 MONTH AS DATE)
                    THEN TRUE
                    WHEN m0.start_hi < CAST(pt.ref_first_dose_lo - INTERVAL 24 MONTH AS DATE)
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
          AND CASE
            WHEN m0.end_hi < pt.ref_first_dose_lo
            THEN TRUE
            WHEN m0.end_lo >= pt.ref_first_dose_hi
            THEN FALSE
          END
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
                  END >= CAST(pt.ref_first_dose_hi - INTERVAL 24 MONTH AS DATE)
                  THEN TRUE
                  WHEN CASE
                    WHEN p0.start_lo IS NULL AND p0.end_lo IS NULL
                    THEN p0.date_hi
                    ELSE p0.end_hi
                  END < CAST(pt.ref_first_dose_lo - INTERVAL 24 MONTH AS DATE)
                  THEN FALSE
                END,
                CASE
                  WHEN CASE
                    WHEN CASE
                      WHEN p0.start_lo IS NULL AND p0.end_lo IS NULL
                      THEN p0.date_lo
                      ELSE p0.start_lo
                    END >= CAST(pt.ref_first_dose_hi - INTERVAL 24 MONTH AS DATE)
                    THEN TRUE
                    WHEN CASE
                      WHEN p0.start_lo IS NULL AND p0.end_lo IS NULL
                      THEN p0.date_hi
                      ELSE p0.start_hi
                    END < CAST(pt.ref_first_dose_lo - INTERVAL 24 MONTH AS DATE)
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
                WHEN p0.end_hi < pt.ref_first_dose_lo
                THEN TRUE
                WHEN p0.end_lo >= pt.ref_first_dose_hi
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
                WHEN p0.end_hi < pt.ref_first_dose_lo
                THEN TRUE
                WHEN p0.end_lo >= pt.ref_first_dose_hi
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
                  END >= pt.ref_first_dose_hi
                  THEN TRUE
                  WHEN CASE
                    WHEN p0.start_lo IS NULL AND p0.end_lo IS NULL
                    THEN p0.date_hi
                    ELSE p0.end_hi
                  END < pt.ref_first_dose_lo
                  THEN FALSE
                END,
                CASE
                  WHEN CASE
                    WHEN CASE
                      WHEN p0.start_lo IS NULL AND p0.end_lo IS NULL
                      THEN p0.date_lo
                      ELSE p0.start_lo
                    END >= pt.ref_first_dose_hi
                    THEN TRUE
                    WHEN CASE
                      WHEN p0.start_lo IS NULL AND p0.end_lo IS NULL
                      THEN p0.date_hi
                      ELSE p0.start_hi
                    END < pt.ref_first_dose_lo
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
    ) AS grade
  FROM record_codes AS rc
  WHERE
    rc.record = 'conditions' AND rc.field = 'code'
  GROUP BY
    rc.patient_id,
    rc.seq
), in_cord_compression_code_c0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS c0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('ICD10CM')
          THEN (
            rc.system = 'ICD10CM' AND (
              SUBSTRING(rc.code, 1, 6) IN ('G95.20', 'G95.29')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('ICD10CM')
          THEN (
            rc.system = 'ICD10CM' AND (
              SUBSTRING(rc.code, 1, 6) IN ('G95.20', 'G95.29')
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
), in_brain_metastasis_code_c0 AS (
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
                SUBSTRING(rc.code, 1, 6) IN ('C79.31')
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
              rc.system = 'ICD10CM' AND (
                SUBSTRING(rc.code, 1, 6) IN ('C79.31')
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
), in_bleeding_disorder_code_c0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS c0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN (
            rc.system = 'ICD10CM' AND (
              SUBSTRING(rc.code, 1, 5) IN ('D68.5', 'D68.6')
            )
          )
          THEN FALSE
          WHEN rc.system IN ('ICD10CM', 'SNOMED')
          THEN (
            (
              rc.system = 'ICD10CM'
              AND (
                'D65' <= SUBSTRING(rc.code, 1, 3) AND SUBSTRING(rc.code, 1, 3) <= 'D69'
              )
            )
            OR (
              rc.system = 'SNOMED' AND (
                rc.code IN ('234466008')
              )
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN (
            rc.system = 'ICD10CM' AND (
              SUBSTRING(rc.code, 1, 5) IN ('D68.5', 'D68.6')
            )
          )
          THEN FALSE
          WHEN rc.system IN ('ICD10CM', 'SNOMED')
          THEN (
            (
              rc.system = 'ICD10CM'
              AND (
                'D65' <= SUBSTRING(rc.code, 1, 3) AND SUBSTRING(rc.code, 1, 3) <= 'D69'
              )
            )
            OR (
              rc.system = 'SNOMED' AND (
                rc.code IN ('234466008')
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
    ) AS grade
  FROM record_codes AS rc
  WHERE
    rc.record = 'conditions' AND rc.field = 'code'
  GROUP BY
    rc.patient_id,
    rc.seq
), in_hiv_infection_code_c0 AS (
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
    ) AS grade
  FROM record_codes AS rc
  WHERE
    rc.record = 'conditions' AND rc.field = 'code'
  GROUP BY
    rc.patient_id,
    rc.seq
), in_hbv_hcv_hiv_code_c0 AS (
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
                SUBSTRING(rc.code, 1, 3) IN ('B16', 'B20', 'Z21')
                OR SUBSTRING(rc.code, 1, 5) IN ('B18.0', 'B18.1', 'B19.1', 'B17.1', 'B18.2', 'B19.2')
              )
            )
            OR (
              rc.system = 'SNOMED'
              AND (
                rc.code IN ('86406008', '62479008', '61977001', '128302006')
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
                SUBSTRING(rc.code, 1, 3) IN ('B16', 'B20', 'Z21')
                OR SUBSTRING(rc.code, 1, 5) IN ('B18.0', 'B18.1', 'B19.1', 'B17.1', 'B18.2', 'B19.2')
              )
            )
            OR (
              rc.system = 'SNOMED'
              AND (
                rc.code IN ('86406008', '62479008', '61977001', '128302006')
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
), in_first_degree_relative_relationship_f0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS f0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('ROLECODE')
          THEN (
            rc.system = 'ROLECODE'
            AND (
              rc.code IN (
                'NPRN',
                'NMTH',
                'NFTH',
                'NSIB',
                'NBRO',
                'NSIS',
                'NCHILD',
                'SON',
                'DAU',
                'PRN',
                'MTH',
                'FTH',
                'SIB',
                'BRO',
                'SIS',
                'TWIN',
                'TWINBRO',
                'TWINSIS',
                'CHILD',
                'SONC',
                'DAUC'
              )
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('ROLECODE')
          THEN (
            rc.system = 'ROLECODE'
            AND (
              rc.code IN (
                'NPRN',
                'NMTH',
                'NFTH',
                'NSIB',
                'NBRO',
                'NSIS',
                'NCHILD',
                'SON',
                'DAU',
                'PRN',
                'MTH',
                'FTH',
                'SIB',
                'BRO',
                'SIS',
                'TWIN',
                'TWINBRO',
                'TWINSIS',
                'CHILD',
                'SONC',
                'DAUC'
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
    rc.record = 'family_histories' AND rc.field = 'relationship'
  GROUP BY
    rc.patient_id,
    rc.seq
), in_unexplained_sudden_death_code_f0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS f0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('ICD10CM')
          THEN (
            rc.system = 'ICD10CM' AND (
              SUBSTRING(rc.code, 1, 3) IN ('R96')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('ICD10CM')
          THEN (
            rc.system = 'ICD10CM' AND (
              SUBSTRING(rc.code, 1, 3) IN ('R96')
            )
          )
        END IS NULL
        THEN 1
        ELSE 0
      END
    ) AS grade
  FROM record_codes AS rc
  WHERE
    rc.record = 'family_histories' AND rc.field = 'code'
  GROUP BY
    rc.patient_id,
    rc.seq
), in_long_qt_syndrome_code_f0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS f0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('ICD10CM')
          THEN (
            rc.system = 'ICD10CM' AND (
              SUBSTRING(rc.code, 1, 6) IN ('I45.81')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('ICD10CM')
          THEN (
            rc.system = 'ICD10CM' AND (
              SUBSTRING(rc.code, 1, 6) IN ('I45.81')
            )
          )
        END IS NULL
        THEN 1
        ELSE 0
      END
    ) AS grade
  FROM record_codes AS rc
  WHERE
    rc.record = 'family_histories' AND rc.field = 'code'
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
), in_interstitial_lung_disease_code_c0 AS (
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
              SUBSTRING(rc.code, 1, 3) IN ('J84', 'J67')
              OR SUBSTRING(rc.code, 1, 5) IN ('J70.2', 'J70.3', 'J70.4', 'D86.0', 'D86.2')
              OR (
                'J60' <= SUBSTRING(rc.code, 1, 3) AND SUBSTRING(rc.code, 1, 3) <= 'J65'
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
              SUBSTRING(rc.code, 1, 3) IN ('J84', 'J67')
              OR SUBSTRING(rc.code, 1, 5) IN ('J70.2', 'J70.3', 'J70.4', 'D86.0', 'D86.2')
              OR (
                'J60' <= SUBSTRING(rc.code, 1, 3) AND SUBSTRING(rc.code, 1, 3) <= 'J65'
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
), in_radiation_pneumonitis_code_c0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS c0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('ICD10CM')
          THEN (
            rc.system = 'ICD10CM' AND (
              SUBSTRING(rc.code, 1, 5) IN ('J70.0')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('ICD10CM')
          THEN (
            rc.system = 'ICD10CM' AND (
              SUBSTRING(rc.code, 1, 5) IN ('J70.0')
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
), condition_queries_1 AS (
  SELECT
    r.patient_id,
    MAX(r.g1) AS any_grade,
    MAX(r.g2) AS any_2_grade,
    MAX(r.g3) AS malignancy_grade,
    MAX(r.g4) AS bleeding_disorder_grade,
    MAX(r.g5) AS infection_grade,
    MAX(r.g6) AS hbv_hcv_hiv_grade,
    MAX(r.g7) AS interstitial_lung_disease_grade
  FROM (
    SELECT
      c0.patient_id AS patient_id,
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
              (
                CASE in_bronchus_and_lung_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                AND CASE
                  WHEN c0.histology_system IN ('ICDO3')
                  THEN (
                    c0.histology_system = 'ICDO3'
                    AND (
                      c0.histology_code IN (
                        '8140/3',
                        '8250/3',
                        '8551/3',
                        '8260/3',
                        '8265/3',
                        '8230/3',
                        '8253/3',
                        '8254/3',
                        '8480/3',
                        '8333/3',
                        '8144/3',
                        '8255/3'
                      )
                    )
                  )
                END
              )
              OR (
                (
                  NOT (
                    NOT c0.histology_code IS NULL
                  )
                )
                AND CASE in_lung_adenocarcinoma_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
              )
            )
            AND CASE
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
        THEN CASE
          WHEN COALESCE(
            CAST((
              (
                (
                  CASE in_bronchus_and_lung_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                  AND CASE
                    WHEN c0.histology_system IN ('ICDO3')
                    THEN (
                      c0.histology_system = 'ICDO3'
                      AND (
                        c0.histology_code IN (
                          '8140/3',
                          '8250/3',
                          '8551/3',
                          '8260/3',
                          '8265/3',
                          '8230/3',
                          '8253/3',
                          '8254/3',
                          '8480/3',
                          '8333/3',
                          '8144/3',
                          '8255/3'
                        )
                      )
                    )
                  END
                )
                OR (
                  (
                    NOT (
                      NOT c0.histology_code IS NULL
                    )
                  )
                  AND CASE in_lung_adenocarcinoma_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                )
              )
              AND CASE
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
                    CASE in_bronchus_and_lung_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                    AND CASE
                      WHEN c0.histology_system IN ('ICDO3')
                      THEN (
                        c0.histology_system = 'ICDO3'
                        AND (
                          c0.histology_code IN (
                            '8140/3',
                            '8250/3',
                            '8551/3',
                            '8260/3',
                            '8265/3',
                            '8230/3',
                            '8253/3',
                            '8254/3',
                            '8480/3',
                            '8333/3',
                            '8144/3',
                            '8255/3'
                          )
                        )
                      )
                    END
                  )
                  OR (
                    (
                      NOT (
                        NOT c0.histology_code IS NULL
                      )
                    )
                    AND CASE in_lung_adenocarcinoma_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                  )
                )
                AND CASE
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
          THEN CASE WHEN TRUE IS FALSE THEN FALSE END
          ELSE TRUE
        END
        THEN COALESCE(
          CAST((
            (
              CASE in_nsclc_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
              AND (
                (
                  NOT CASE
                    WHEN c0.histology_system IN ('ICDO3')
                    THEN (
                      c0.histology_system = 'ICDO3'
                      AND (
                        c0.histology_code IN ('8041/3', '8042/3', '8043/3', '8044/3', '8045/3')
                      )
                    )
                  END
                )
                OR (
                  (
                    NOT (
                      NOT c0.histology_code IS NULL
                    )
                  )
                  AND CASE in_nsclc_concept_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                )
              )
            )
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
          THEN CASE WHEN TRUE IS FALSE THEN FALSE END
          ELSE TRUE
        END IS NULL
        THEN CASE
          WHEN COALESCE(
            CAST((
              (
                CASE in_nsclc_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                AND (
                  (
                    NOT CASE
                      WHEN c0.histology_system IN ('ICDO3')
                      THEN (
                        c0.histology_system = 'ICDO3'
                        AND (
                          c0.histology_code IN ('8041/3', '8042/3', '8043/3', '8044/3', '8045/3')
                        )
                      )
                    END
                  )
                  OR (
                    (
                      NOT (
                        NOT c0.histology_code IS NULL
                      )
                    )
                    AND CASE in_nsclc_concept_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                  )
                )
              )
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
          ) IS NULL
          OR 1 IS NULL
          THEN NULL
          ELSE LEAST(
            COALESCE(
              CAST((
                (
                  CASE in_nsclc_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                  AND (
                    (
                      NOT CASE
                        WHEN c0.histology_system IN ('ICDO3')
                        THEN (
                          c0.histology_system = 'ICDO3'
                          AND (
                            c0.histology_code IN ('8041/3', '8042/3', '8043/3', '8044/3', '8045/3')
                          )
                        )
                      END
                    )
                    OR (
                      (
                        NOT (
                          NOT c0.histology_code IS NULL
                        )
                      )
                      AND CASE in_nsclc_concept_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                    )
                  )
                )
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
        END
      END AS g2,
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
              NOT CASE in_nsclc_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
            )
            AND (
              NOT CASE in_secondary_malignant_neoplasm_code_c0.grade
                WHEN 2
                THEN TRUE
                WHEN 0
                THEN FALSE
              END
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
            AND (
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
        THEN CASE
          WHEN COALESCE(
            CAST((
              (
                NOT CASE in_nsclc_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
              )
              AND (
                NOT CASE in_secondary_malignant_neoplasm_code_c0.grade
                  WHEN 2
                  THEN TRUE
                  WHEN 0
                  THEN FALSE
                END
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
              AND (
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
            ) AS INT) * 2,
            1
          ) IS NULL
          OR 1 IS NULL
          THEN NULL
          ELSE LEAST(
            COALESCE(
              CAST((
                (
                  NOT CASE in_nsclc_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                )
                AND (
                  NOT CASE in_secondary_malignant_neoplasm_code_c0.grade
                    WHEN 2
                    THEN TRUE
                    WHEN 0
                    THEN FALSE
                  END
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
                AND (
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
            WHEN CASE in_bleeding_disorder_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_bleeding_disorder_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
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
            WHEN CASE in_bleeding_disorder_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_bleeding_disorder_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        END IS NULL
        THEN CASE
          WHEN COALESCE(
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
          ) IS NULL
          OR 1 IS NULL
          THEN NULL
          ELSE LEAST(
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
        END
      END AS g4,
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
        THEN CASE
          WHEN COALESCE(
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
          ) IS NULL
          OR 1 IS NULL
          THEN NULL
          ELSE LEAST(
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
        END
      END AS g5,
      CASE
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE in_hbv_hcv_hiv_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_hbv_hcv_hiv_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
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
            OR CASE in_hiv_infection_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
          ) AS INT) * 2,
          1
        )
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE in_hbv_hcv_hiv_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_hbv_hcv_hiv_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
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
              OR CASE in_hiv_infection_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
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
                OR CASE in_hiv_infection_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
              ) AS INT) * 2,
              1
            ),
            1
          )
        END
      END AS g6,
      CASE
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE in_interstitial_lung_disease_code_c0.grade
              WHEN 2
              THEN TRUE
              WHEN 0
              THEN FALSE
            END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_interstitial_lung_disease_code_c0.grade
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
            WHEN CASE in_interstitial_lung_disease_code_c0.grade
              WHEN 2
              THEN TRUE
              WHEN 0
              THEN FALSE
            END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_interstitial_lung_disease_code_c0.grade
            WHEN 2
            THEN TRUE
            WHEN 0
            THEN FALSE
          END
        END IS NULL
        THEN CASE
          WHEN COALESCE(CAST(TRUE AS INT) * 2, 1) IS NULL OR 1 IS NULL
          THEN NULL
          ELSE LEAST(COALESCE(CAST(TRUE AS INT) * 2, 1), 1)
        END
      END AS g7
    FROM conditions AS c0
    JOIN patient_facts AS pt
      ON pt.patient_id = c0.patient_id
    LEFT JOIN in_bronchus_and_lung_code_c0 AS in_bronchus_and_lung_code_c0
      ON in_bronchus_and_lung_code_c0.patient_id = c0.patient_id
      AND in_bronchus_and_lung_code_c0.c0_seq = c0.seq
    LEFT JOIN in_lung_adenocarcinoma_code_c0 AS in_lung_adenocarcinoma_code_c0
      ON in_lung_adenocarcinoma_code_c0.patient_id = c0.patient_id
      AND in_lung_adenocarcinoma_code_c0.c0_seq = c0.seq
    LEFT JOIN in_nsclc_code_c0 AS in_nsclc_code_c0
      ON in_nsclc_code_c0.patient_id = c0.patient_id AND in_nsclc_code_c0.c0_seq = c0.seq
    LEFT JOIN in_nsclc_concept_code_c0 AS in_nsclc_concept_code_c0
      ON in_nsclc_concept_code_c0.patient_id = c0.patient_id
      AND in_nsclc_concept_code_c0.c0_seq = c0.seq
    LEFT JOIN in_secondary_malignant_neoplasm_code_c0 AS in_secondary_malignant_neoplasm_code_c0
      ON in_secondary_malignant_neoplasm_code_c0.patient_id = c0.patient_id
      AND in_secondary_malignant_neoplasm_code_c0.c0_seq = c0.seq
    LEFT JOIN medication_queries_per_c0 AS medication_queries_per_c0
      ON medication_queries_per_c0.patient_id = c0.patient_id
      AND medication_queries_per_c0.c0_seq = c0.seq
    LEFT JOIN procedure_queries_per_c0 AS procedure_queries_per_c0
      ON procedure_queries_per_c0.patient_id = c0.patient_id
      AND procedure_queries_per_c0.c0_seq = c0.seq
    LEFT JOIN in_malignancy_code_c0 AS in_malignancy_code_c0
      ON in_malignancy_code_c0.patient_id = c0.patient_id
      AND in_malignancy_code_c0.c0_seq = c0.seq
    LEFT JOIN in_bleeding_disorder_code_c0 AS in_bleeding_disorder_code_c0
      ON in_bleeding_disorder_code_c0.patient_id = c0.patient_id
      AND in_bleeding_disorder_code_c0.c0_seq = c0.seq
    LEFT JOIN in_infection_code_c0 AS in_infection_code_c0
      ON in_infection_code_c0.patient_id = c0.patient_id
      AND in_infection_code_c0.c0_seq = c0.seq
    LEFT JOIN in_hiv_infection_code_c0 AS in_hiv_infection_code_c0
      ON in_hiv_infection_code_c0.patient_id = c0.patient_id
      AND in_hiv_infection_code_c0.c0_seq = c0.seq
    LEFT JOIN in_hbv_hcv_hiv_code_c0 AS in_hbv_hcv_hiv_code_c0
      ON in_hbv_hcv_hiv_code_c0.patient_id = c0.patient_id
      AND in_hbv_hcv_hiv_code_c0.c0_seq = c0.seq
    LEFT JOIN in_interstitial_lung_disease_code_c0 AS in_interstitial_lung_disease_code_c0
      ON in_interstitial_lung_disease_code_c0.patient_id = c0.patient_id
      AND in_interstitial_lung_disease_code_c0.c0_seq = c0.seq
    WHERE
      NOT CASE
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
        THEN CASE WHEN TRUE IS FALSE THEN FALSE END
        ELSE TRUE
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
          WHEN CASE in_bleeding_disorder_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
          THEN FALSE
        END
        ELSE CASE in_bleeding_disorder_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
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
        THEN CASE
          WHEN CASE in_hbv_hcv_hiv_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
          THEN FALSE
        END
        ELSE CASE in_hbv_hcv_hiv_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
      END IS FALSE
      OR NOT CASE
        WHEN c0.verification IN ('entered_in_error', 'refuted')
        THEN FALSE
        WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
        THEN CASE
          WHEN CASE in_interstitial_lung_disease_code_c0.grade
            WHEN 2
            THEN TRUE
            WHEN 0
            THEN FALSE
          END IS FALSE
          THEN FALSE
        END
        ELSE CASE in_interstitial_lung_disease_code_c0.grade
          WHEN 2
          THEN TRUE
          WHEN 0
          THEN FALSE
        END
      END IS FALSE
  ) AS r
  GROUP BY
    r.patient_id
), observation_queries_1 AS (
  SELECT
    r.patient_id,
    MAX(r.g1) AS egfr_mutation_grade
  FROM (
    SELECT
      o0.patient_id AS patient_id,
      CASE
        WHEN CASE in_egfr_mutation_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        THEN COALESCE(
          CAST(CASE
            WHEN NOT (
              NOT CASE
                WHEN COALESCE(o0.value_text, o0.value_code) IN ('exon_19_deletion', 'l858r', 'other_mutation', 'not_detected')
                THEN COALESCE(o0.value_text, o0.value_code)
              END IS NULL
            )
            THEN CAST(NULL AS BOOLEAN)
            ELSE (
              (
                CASE
                  WHEN COALESCE(o0.value_text, o0.value_code) IN ('exon_19_deletion', 'l858r', 'other_mutation', 'not_detected')
                  THEN COALESCE(o0.value_text, o0.value_code)
                END = 'exon_19_deletion'
              )
              OR (
                CASE
                  WHEN COALESCE(o0.value_text, o0.value_code) IN ('exon_19_deletion', 'l858r', 'other_mutation', 'not_detected')
                  THEN COALESCE(o0.value_text, o0.value_code)
                END = 'l858r'
              )
            )
          END AS INT) * 2,
          1
        )
        WHEN CASE in_egfr_mutation_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS NULL
        THEN CASE
          WHEN COALESCE(
            CAST(CASE
              WHEN NOT (
                NOT CASE
                  WHEN COALESCE(o0.value_text, o0.value_code) IN ('exon_19_deletion', 'l858r', 'other_mutation', 'not_detected')
                  THEN COALESCE(o0.value_text, o0.value_code)
                END IS NULL
              )
              THEN CAST(NULL AS BOOLEAN)
              ELSE (
                (
                  CASE
                    WHEN COALESCE(o0.value_text, o0.value_code) IN ('exon_19_deletion', 'l858r', 'other_mutation', 'not_detected')
                    THEN COALESCE(o0.value_text, o0.value_code)
                  END = 'exon_19_deletion'
                )
                OR (
                  CASE
                    WHEN COALESCE(o0.value_text, o0.value_code) IN ('exon_19_deletion', 'l858r', 'other_mutation', 'not_detected')
                    THEN COALESCE(o0.value_text, o0.value_code)
                  END = 'l858r'
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
                  NOT CASE
                    WHEN COALESCE(o0.value_text, o0.value_code) IN ('exon_19_deletion', 'l858r', 'other_mutation', 'not_detected')
                    THEN COALESCE(o0.value_text, o0.value_code)
                  END IS NULL
                )
                THEN CAST(NULL AS BOOLEAN)
                ELSE (
                  (
                    CASE
                      WHEN COALESCE(o0.value_text, o0.value_code) IN ('exon_19_deletion', 'l858r', 'other_mutation', 'not_detected')
                      THEN COALESCE(o0.value_text, o0.value_code)
                    END = 'exon_19_deletion'
                  )
                  OR (
                    CASE
                      WHEN COALESCE(o0.value_text, o0.value_code) IN ('exon_19_deletion', 'l858r', 'other_mutation', 'not_detected')
                      THEN COALESCE(o0.value_text, o0.value_code)
                    END = 'l858r'
                  )
                )
              END AS INT) * 2,
              1
            ),
            1
          )
        END
      END AS g1
    FROM observations AS o0
    LEFT JOIN in_egfr_mutation_code_o0 AS in_egfr_mutation_code_o0
      ON in_egfr_mutation_code_o0.patient_id = o0.patient_id
      AND in_egfr_mutation_code_o0.o0_seq = o0.seq
    WHERE
      NOT CASE in_egfr_mutation_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
      AND (
        o0.status IS NULL OR NOT o0.status IN ('cancelled', 'entered_in_error')
      )
  ) AS r
  GROUP BY
    r.patient_id
), specimen_queries_1 AS (
  SELECT
    r.patient_id,
    MAX(r.g1) AS tumour_tissue_specimen_grade
  FROM (
    SELECT
      s0.patient_id AS patient_id,
      CASE
        WHEN CASE in_tumour_tissue_specimen_code_s0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        THEN COALESCE(CAST((
          s0.status = 'available'
        ) AS INT) * 2, 1)
        WHEN CASE in_tumour_tissue_specimen_code_s0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS NULL
        THEN CASE
          WHEN COALESCE(CAST((
            s0.status = 'available'
          ) AS INT) * 2, 1) IS NULL OR 1 IS NULL
          THEN NULL
          ELSE LEAST(COALESCE(CAST((
            s0.status = 'available'
          ) AS INT) * 2, 1), 1)
        END
      END AS g1
    FROM specimens AS s0
    LEFT JOIN in_tumour_tissue_specimen_code_s0 AS in_tumour_tissue_specimen_code_s0
      ON in_tumour_tissue_specimen_code_s0.patient_id = s0.patient_id
      AND in_tumour_tissue_specimen_code_s0.s0_seq = s0.seq
    WHERE
      NOT CASE in_tumour_tissue_specimen_code_s0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
      AND (
        s0.status IS NULL OR NOT s0.status IN ('entered_in_error')
      )
  ) AS r
  GROUP BY
    r.patient_id
), medication_queries_1 AS (
  SELECT
    r.patient_id,
    MAX(r.g1) AS antineoplastic_agent_grade,
    MAX(r.g2) AS egfr_tki_grade,
    MAX(r.g3) AS strong_cyp3a_inducer_grade,
    MAX(r.g4) AS antineoplastic_agent_2_grade,
    MAX(r.g5) AS systemic_corticosteroid_grade,
    MAX(r.g6) AS qt_known_risk_grade
  FROM (
    SELECT
      m0.patient_id AS patient_id,
      CASE
        WHEN CASE in_antineoplastic_agent_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        THEN COALESCE(
          CAST((
            CASE
              WHEN m0.start_hi < pt.ref_first_dose_lo
              THEN TRUE
              WHEN m0.start_lo >= pt.ref_first_dose_hi
              THEN FALSE
            END
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
        )
        WHEN CASE in_antineoplastic_agent_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS NULL
        THEN CASE
          WHEN COALESCE(
            CAST((
              CASE
                WHEN m0.start_hi < pt.ref_first_dose_lo
                THEN TRUE
                WHEN m0.start_lo >= pt.ref_first_dose_hi
                THEN FALSE
              END
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
            ),
            1
          )
        END
      END AS g1,
      CASE
        WHEN CASE in_egfr_tki_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        THEN COALESCE(
          CAST(CASE
            WHEN m0.start_hi < pt.ref_first_dose_lo
            THEN TRUE
            WHEN m0.start_lo >= pt.ref_first_dose_hi
            THEN FALSE
          END AS INT) * 2,
          1
        )
        WHEN CASE in_egfr_tki_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS NULL
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
        WHEN CASE in_strong_cyp3a_inducer_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
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
          ) AS INT) * 2,
          1
        )
        WHEN CASE in_strong_cyp3a_inducer_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS NULL
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
              ) AS INT) * 2,
              1
            ),
            1
          )
        END
      END AS g3,
      CASE
        WHEN CASE in_antineoplastic_agent_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        THEN COALESCE(
          CAST((
            CASE
              WHEN m0.start_hi < pt.ref_first_dose_lo
              THEN TRUE
              WHEN m0.start_lo >= pt.ref_first_dose_hi
              THEN FALSE
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
        WHEN CASE in_antineoplastic_agent_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS NULL
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
                  WHEN m0.start_hi < pt.ref_first_dose_lo
                  THEN TRUE
                  WHEN m0.start_lo >= pt.ref_first_dose_hi
                  THEN FALSE
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
        WHEN CASE in_systemic_corticosteroid_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
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
          ) AS INT) * 2,
          1
        )
        WHEN CASE in_systemic_corticosteroid_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS NULL
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
              ) AS INT) * 2,
              1
            ),
            1
          )
        END
      END AS g5,
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
    LEFT JOIN in_antineoplastic_agent_code_m0 AS in_antineoplastic_agent_code_m0
      ON in_antineoplastic_agent_code_m0.patient_id = m0.patient_id
      AND in_antineoplastic_agent_code_m0.m0_seq = m0.seq
    LEFT JOIN in_egfr_tki_code_m0 AS in_egfr_tki_code_m0
      ON in_egfr_tki_code_m0.patient_id = m0.patient_id
      AND in_egfr_tki_code_m0.m0_seq = m0.seq
    LEFT JOIN in_strong_cyp3a_inducer_code_m0 AS in_strong_cyp3a_inducer_code_m0
      ON in_strong_cyp3a_inducer_code_m0.patient_id = m0.patient_id
      AND in_strong_cyp3a_inducer_code_m0.m0_seq = m0.seq
    LEFT JOIN in_systemic_corticosteroid_code_m0 AS in_systemic_corticosteroid_code_m0
      ON in_systemic_corticosteroid_code_m0.patient_id = m0.patient_id
      AND in_systemic_corticosteroid_code_m0.m0_seq = m0.seq
    LEFT JOIN in_qt_known_risk_code_m0 AS in_qt_known_risk_code_m0
      ON in_qt_known_risk_code_m0.patient_id = m0.patient_id
      AND in_qt_known_risk_code_m0.m0_seq = m0.seq
    WHERE
      (
        NOT CASE in_antineoplastic_agent_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
        OR NOT CASE in_egfr_tki_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
        OR NOT CASE in_strong_cyp3a_inducer_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
        OR NOT CASE in_antineoplastic_agent_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
        OR NOT CASE in_systemic_corticosteroid_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
        OR NOT CASE in_qt_known_risk_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
      )
      AND (
        m0.status IS NULL
        OR NOT m0.status IN ('entered_in_error', 'intended', 'not_taken')
      )
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
), procedure_queries_1 AS (
  SELECT
    r.patient_id,
    MAX(r.g1) AS "lung.radiotherapy_grade"
  FROM (
    SELECT
      p0.patient_id AS patient_id,
      CASE
        WHEN CASE in_lung_radiotherapy_code_p0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        THEN COALESCE(
          CAST((
            (
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
            AND pt.att_recent_radiotherapy_extensive_value_bool
          ) AS INT) * 2,
          1
        )
        WHEN CASE in_lung_radiotherapy_code_p0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS NULL
        THEN CASE
          WHEN COALESCE(
            CAST((
              (
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
              AND pt.att_recent_radiotherapy_extensive_value_bool
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
                AND pt.att_recent_radiotherapy_extensive_value_bool
              ) AS INT) * 2,
              1
            ),
            1
          )
        END
      END AS g1
    FROM procedures AS p0
    JOIN patient_facts AS pt
      ON pt.patient_id = p0.patient_id
    LEFT JOIN in_lung_radiotherapy_code_p0 AS in_lung_radiotherapy_code_p0
      ON in_lung_radiotherapy_code_p0.patient_id = p0.patient_id
      AND in_lung_radiotherapy_code_p0.p0_seq = p0.seq
    WHERE
      NOT CASE in_lung_radiotherapy_code_p0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
  ) AS r
  GROUP BY
    r.patient_id
), family_history_queries_1 AS (
  SELECT
    r.patient_id,
    MAX(r.g1) AS unexplained_sudden_death_grade,
    MAX(r.g2) AS long_qt_syndrome_grade
  FROM (
    SELECT
      f0.patient_id AS patient_id,
      CASE
        WHEN CASE in_unexplained_sudden_death_code_f0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        THEN COALESCE(
          CAST((
            CASE in_first_degree_relative_relationship_f0.grade
              WHEN 2
              THEN TRUE
              WHEN 0
              THEN FALSE
            END
            AND (
              (
                (
                  NOT CAST(f0.deceased_age AS DOUBLE) IS NULL
                )
                AND (
                  CAST(f0.deceased_age AS DOUBLE) < CAST(40.0 AS DOUBLE)
                )
              )
              OR (
                NOT (
                  NOT CAST(f0.deceased_age AS DOUBLE) IS NULL
                )
                AND (
                  CAST(f0.onset_age AS DOUBLE) < CAST(40.0 AS DOUBLE)
                )
              )
              OR (
                (
                  CAST(f0.deceased_age AS DOUBLE) < CAST(40.0 AS DOUBLE)
                )
                AND (
                  CAST(f0.onset_age AS DOUBLE) < CAST(40.0 AS DOUBLE)
                )
              )
            )
          ) AS INT) * 2,
          1
        )
        WHEN CASE in_unexplained_sudden_death_code_f0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS NULL
        THEN CASE
          WHEN COALESCE(
            CAST((
              CASE in_first_degree_relative_relationship_f0.grade
                WHEN 2
                THEN TRUE
                WHEN 0
                THEN FALSE
              END
              AND (
                (
                  (
                    NOT CAST(f0.deceased_age AS DOUBLE) IS NULL
                  )
                  AND (
                    CAST(f0.deceased_age AS DOUBLE) < CAST(40.0 AS DOUBLE)
                  )
                )
                OR (
                  NOT (
                    NOT CAST(f0.deceased_age AS DOUBLE) IS NULL
                  )
                  AND (
                    CAST(f0.onset_age AS DOUBLE) < CAST(40.0 AS DOUBLE)
                  )
                )
                OR (
                  (
                    CAST(f0.deceased_age AS DOUBLE) < CAST(40.0 AS DOUBLE)
                  )
                  AND (
                    CAST(f0.onset_age AS DOUBLE) < CAST(40.0 AS DOUBLE)
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
                CASE in_first_degree_relative_relationship_f0.grade
                  WHEN 2
                  THEN TRUE
                  WHEN 0
                  THEN FALSE
                END
                AND (
                  (
                    (
                      NOT CAST(f0.deceased_age AS DOUBLE) IS NULL
                    )
                    AND (
                      CAST(f0.deceased_age AS DOUBLE) < CAST(40.0 AS DOUBLE)
                    )
                  )
                  OR (
                    NOT (
                      NOT CAST(f0.deceased_age AS DOUBLE) IS NULL
                    )
                    AND (
                      CAST(f0.onset_age AS DOUBLE) < CAST(40.0 AS DOUBLE)
                    )
                  )
                  OR (
                    (
                      CAST(f0.deceased_age AS DOUBLE) < CAST(40.0 AS DOUBLE)
                    )
                    AND (
                      CAST(f0.onset_age AS DOUBLE) < CAST(40.0 AS DOUBLE)
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
        WHEN CASE in_long_qt_syndrome_code_f0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        THEN COALESCE(
          CAST(CASE in_first_degree_relative_relationship_f0.grade
            WHEN 2
            THEN TRUE
            WHEN 0
            THEN FALSE
          END AS INT) * 2,
          1
        )
        WHEN CASE in_long_qt_syndrome_code_f0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS NULL
        THEN CASE
          WHEN COALESCE(
            CAST(CASE in_first_degree_relative_relationship_f0.grade
              WHEN 2
              THEN TRUE
              WHEN 0
              THEN FALSE
            END AS INT) * 2,
            1
          ) IS NULL
          OR 1 IS NULL
          THEN NULL
          ELSE LEAST(
            COALESCE(
              CAST(CASE in_first_degree_relative_relationship_f0.grade
                WHEN 2
                THEN TRUE
                WHEN 0
                THEN FALSE
              END AS INT) * 2,
              1
            ),
            1
          )
        END
      END AS g2
    FROM family_histories AS f0
    LEFT JOIN in_first_degree_relative_relationship_f0 AS in_first_degree_relative_relationship_f0
      ON in_first_degree_relative_relationship_f0.patient_id = f0.patient_id
      AND in_first_degree_relative_relationship_f0.f0_seq = f0.seq
    LEFT JOIN in_unexplained_sudden_death_code_f0 AS in_unexplained_sudden_death_code_f0
      ON in_unexplained_sudden_death_code_f0.patient_id = f0.patient_id
      AND in_unexplained_sudden_death_code_f0.f0_seq = f0.seq
    LEFT JOIN in_long_qt_syndrome_code_f0 AS in_long_qt_syndrome_code_f0
      ON in_long_qt_syndrome_code_f0.patient_id = f0.patient_id
      AND in_long_qt_syndrome_code_f0.f0_seq = f0.seq
    WHERE
      (
        NOT CASE in_unexplained_sudden_death_code_f0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
        OR NOT CASE in_long_qt_syndrome_code_f0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
      )
      AND (
        f0.status IS NULL OR NOT f0.status IN ('entered_in_error')
      )
  ) AS r
  GROUP BY
    r.patient_id
), medication_queries_per_c0_1 AS (
  SELECT
    r.patient_id,
    r.c0_seq,
    MAX(r.g1) AS systemic_corticosteroid_grade
  FROM (
    SELECT
      m0.patient_id AS patient_id,
      c0.seq AS c0_seq,
      CASE
        WHEN CASE in_systemic_corticosteroid_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        THEN COALESCE(
          CAST(CASE
            WHEN m0.reason IS NULL OR c0.id IS NULL
            THEN CAST(NULL AS BOOLEAN)
            ELSE ARRAY_CONTAINS(m0.reason, c0.id)
          END AS INT) * 2,
          1
        )
        WHEN CASE in_systemic_corticosteroid_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS NULL
        THEN CASE
          WHEN COALESCE(
            CAST(CASE
              WHEN m0.reason IS NULL OR c0.id IS NULL
              THEN CAST(NULL AS BOOLEAN)
              ELSE ARRAY_CONTAINS(m0.reason, c0.id)
            END AS INT) * 2,
            1
          ) IS NULL
          OR 1 IS NULL
          THEN NULL
          ELSE LEAST(
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
        END
      END AS g1
    FROM medications AS m0
    JOIN conditions AS c0
      ON c0.patient_id = m0.patient_id
    LEFT JOIN in_systemic_corticosteroid_code_m0 AS in_systemic_corticosteroid_code_m0
      ON in_systemic_corticosteroid_code_m0.patient_id = m0.patient_id
      AND in_systemic_corticosteroid_code_m0.m0_seq = m0.seq
    WHERE
      NOT CASE in_systemic_corticosteroid_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
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
), condition_queries_2 AS (
  SELECT
    r.patient_id,
    MAX(r.g1) AS any_grade,
    MAX(r.g2) AS radiation_pneumonitis_grade
  FROM (
    SELECT
      c0.patient_id AS patient_id,
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
              AND (
                CASE in_cord_compression_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                OR (
                  CASE in_brain_metastasis_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                  AND pt.att_brain_metastases_unstable_value_bool
                )
              )
            )
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
                    THEN CASE COALESCE(medication_queries_per_c0.any_2_grade, 0)
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
                    THEN CASE COALESCE(medication_queries_per_c0.any_3_grade, 0)
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
                  THEN CASE COALESCE(medication_queries_1.systemic_corticosteroid_grade, 0)
                    WHEN 2
                    THEN TRUE
                    WHEN 1
                    THEN CAST(NULL AS BOOLEAN)
                    ELSE FALSE
                  END
                END
              )
              AND pt.att_cns_neurologically_stable_value_bool
            )
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
        THEN CASE
          WHEN COALESCE(
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
                AND (
                  CASE in_cord_compression_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                  OR (
                    CASE in_brain_metastasis_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                    AND pt.att_brain_metastases_unstable_value_bool
                  )
                )
              )
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
                      THEN CASE COALESCE(medication_queries_per_c0.any_2_grade, 0)
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
                      THEN CASE COALESCE(medication_queries_per_c0.any_3_grade, 0)
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
                    THEN CASE COALESCE(medication_queries_1.systemic_corticosteroid_grade, 0)
                      WHEN 2
                      THEN TRUE
                      WHEN 1
                      THEN CAST(NULL AS BOOLEAN)
                      ELSE FALSE
                    END
                  END
                )
                AND pt.att_cns_neurologically_stable_value_bool
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
                  AND (
                    CASE in_cord_compression_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                    OR (
                      CASE in_brain_metastasis_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                      AND pt.att_brain_metastases_unstable_value_bool
                    )
                  )
                )
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
                        THEN CASE COALESCE(medication_queries_per_c0.any_2_grade, 0)
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
                        THEN CASE COALESCE(medication_queries_per_c0.any_3_grade, 0)
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
                      THEN CASE COALESCE(medication_queries_1.systemic_corticosteroid_grade, 0)
                        WHEN 2
                        THEN TRUE
                        WHEN 1
                        THEN CAST(NULL AS BOOLEAN)
                        ELSE FALSE
                      END
                    END
                  )
                  AND pt.att_cns_neurologically_stable_value_bool
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
            WHEN CASE in_radiation_pneumonitis_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_radiation_pneumonitis_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        END
        THEN COALESCE(
          CAST(CASE
            WHEN pt.medications_collected IS TRUE
            THEN CASE COALESCE(medication_queries_per_c0_1.systemic_corticosteroid_grade, 0)
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
            WHEN CASE in_radiation_pneumonitis_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_radiation_pneumonitis_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        END IS NULL
        THEN CASE
          WHEN COALESCE(
            CAST(CASE
              WHEN pt.medications_collected IS TRUE
              THEN CASE COALESCE(medication_queries_per_c0_1.systemic_corticosteroid_grade, 0)
                WHEN 2
                THEN TRUE
                WHEN 1
                THEN CAST(NULL AS BOOLEAN)
                ELSE FALSE
              END
            END AS INT) * 2,
            1
          ) IS NULL
          OR 1 IS NULL
          THEN NULL
          ELSE LEAST(
            COALESCE(
              CAST(CASE
                WHEN pt.medications_collected IS TRUE
                THEN CASE COALESCE(medication_queries_per_c0_1.systemic_corticosteroid_grade, 0)
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
        END
      END AS g2
    FROM conditions AS c0
    JOIN patient_facts AS pt
      ON pt.patient_id = c0.patient_id
    LEFT JOIN medication_queries_1 AS medication_queries_1
      ON medication_queries_1.patient_id = c0.patient_id
    LEFT JOIN medication_queries_per_c0 AS medication_queries_per_c0
      ON medication_queries_per_c0.patient_id = c0.patient_id
      AND medication_queries_per_c0.c0_seq = c0.seq
    LEFT JOIN procedure_queries_per_c0 AS procedure_queries_per_c0
      ON procedure_queries_per_c0.patient_id = c0.patient_id
      AND procedure_queries_per_c0.c0_seq = c0.seq
    LEFT JOIN in_cord_compression_code_c0 AS in_cord_compression_code_c0
      ON in_cord_compression_code_c0.patient_id = c0.patient_id
      AND in_cord_compression_code_c0.c0_seq = c0.seq
    LEFT JOIN in_brain_metastasis_code_c0 AS in_brain_metastasis_code_c0
      ON in_brain_metastasis_code_c0.patient_id = c0.patient_id
      AND in_brain_metastasis_code_c0.c0_seq = c0.seq
    LEFT JOIN medication_queries_per_c0_1 AS medication_queries_per_c0_1
      ON medication_queries_per_c0_1.patient_id = c0.patient_id
      AND medication_queries_per_c0_1.c0_seq = c0.seq
    LEFT JOIN in_radiation_pneumonitis_code_c0 AS in_radiation_pneumonitis_code_c0
      ON in_radiation_pneumonitis_code_c0.patient_id = c0.patient_id
      AND in_radiation_pneumonitis_code_c0.c0_seq = c0.seq
    WHERE
      NOT CASE
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
          WHEN CASE in_radiation_pneumonitis_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
          THEN FALSE
        END
        ELSE CASE in_radiation_pneumonitis_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
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
                YEAR(pt.ref_screening_lo) - YEAR(pt.birth_hi)
              ) + 100 * (
                MONTH(pt.ref_screening_lo) - MONTH(pt.birth_hi)
              ) + (
                DAY(pt.ref_screening_lo) - DAY(pt.birth_hi)
              )
            )
          ) * FLOOR(
            ABS(
              (
                1200 * (
                  YEAR(pt.ref_screening_lo) - YEAR(pt.birth_hi)
                ) + 100 * (
                  MONTH(pt.ref_screening_lo) - MONTH(pt.birth_hi)
                ) + (
                  DAY(pt.ref_screening_lo) - DAY(pt.birth_hi)
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
                  YEAR(pt.ref_screening_hi) - YEAR(pt.birth_lo)
                ) + 100 * (
                  MONTH(pt.ref_screening_hi) - MONTH(pt.birth_lo)
                ) + (
                  DAY(pt.ref_screening_hi) - DAY(pt.birth_lo)
                )
              )
            ) * FLOOR(
              ABS(
                (
                  1200 * (
                    YEAR(pt.ref_screening_hi) - YEAR(pt.birth_lo)
                  ) + 100 * (
                    MONTH(pt.ref_screening_hi) - MONTH(pt.birth_lo)
                  ) + (
                    DAY(pt.ref_screening_hi) - DAY(pt.birth_lo)
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
    END AS "I1",
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
    END AS "I2",
    CASE (
        CASE
          WHEN pt.conditions_collected IS TRUE
          THEN CASE COALESCE(condition_queries_1.any_2_grade, 0)
            WHEN 2
            THEN TRUE
            WHEN 1
            THEN CAST(NULL AS BOOLEAN)
            ELSE FALSE
          END
        END
        AND (
          NOT pt.att_amenable_to_curative_therapy_value_bool
        )
      )
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "I3",
    CASE CASE
        WHEN pt.observations_collected IS TRUE
        THEN CASE COALESCE(observation_queries_1.egfr_mutation_grade, 0)
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
          WHEN pt.specimens_collected IS TRUE
          THEN CASE COALESCE(specimen_queries_1.tumour_tissue_specimen_grade, 0)
            WHEN 2
            THEN TRUE
            WHEN 1
            THEN CAST(NULL AS BOOLEAN)
            ELSE FALSE
          END
        END
        AND pt.att_tissue_sample_provided_value_bool
      )
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "I5",
    CASE (
        (
          NOT CASE
            WHEN pt.medications_collected IS TRUE
            THEN CASE COALESCE(medication_queries_1.antineoplastic_agent_grade, 0)
              WHEN 2
              THEN TRUE
              WHEN 1
              THEN CAST(NULL AS BOOLEAN)
              ELSE FALSE
            END
          END
        )
        AND pt.att_eligible_for_gefitinib_or_erlotinib_value_bool
      )
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "I6",
    CASE pt.att_informed_consent_value_bool
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "I7",
    CASE (
        (
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
        AND (
          NOT pt.att_performance_status_deteriorated_value_bool
        )
        AND CASE
          WHEN pt.att_expected_survival_unit IN ('days', 'day')
          THEN CASE
            WHEN pt.att_expected_survival_unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
            THEN pt.att_expected_survival_value_num
          END >= CAST(84.0 AS DOUBLE)
          WHEN pt.att_expected_survival_unit IN ('weeks', 'week')
          THEN (
            CASE
              WHEN pt.att_expected_survival_unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
              THEN pt.att_expected_survival_value_num
            END * CAST(7.0 AS DOUBLE)
          ) >= CAST(84.0 AS DOUBLE)
          WHEN pt.att_expected_survival_unit IN ('months', 'month')
          THEN CASE
            WHEN (
              (
                CASE
                  WHEN pt.att_expected_survival_unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                  THEN pt.att_expected_survival_value_num
                END * CAST(28.0 AS DOUBLE)
              ) >= CAST(84.0 AS DOUBLE)
            ) = (
              (
                CASE
                  WHEN pt.att_expected_survival_unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                  THEN pt.att_expected_survival_value_num
                END * CAST(31.0 AS DOUBLE)
              ) >= CAST(84.0 AS DOUBLE)
            )
            THEN (
              CASE
                WHEN pt.att_expected_survival_unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN pt.att_expected_survival_value_num
              END * CAST(28.0 AS DOUBLE)
            ) >= CAST(84.0 AS DOUBLE)
          END
          WHEN pt.att_expected_survival_unit IN ('years', 'year')
          THEN CASE
            WHEN (
              (
                CASE
                  WHEN pt.att_expected_survival_unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                  THEN pt.att_expected_survival_value_num
                END * CAST(365.0 AS DOUBLE)
              ) >= CAST(84.0 AS DOUBLE)
            ) = (
              (
                CASE
                  WHEN pt.att_expected_survival_unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                  THEN pt.att_expected_survival_value_num
                END * CAST(366.0 AS DOUBLE)
              ) >= CAST(84.0 AS DOUBLE)
            )
            THEN (
              CASE
                WHEN pt.att_expected_survival_unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN pt.att_expected_survival_value_num
              END * CAST(365.0 AS DOUBLE)
            ) >= CAST(84.0 AS DOUBLE)
          END
        END
      )
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "I8",
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
    END AS "E1a",
    CASE CASE
        WHEN pt.medications_collected IS TRUE
        THEN CASE COALESCE(medication_queries_1.egfr_tki_grade, 0)
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
    END AS "E1b",
    CASE CASE
        WHEN pt.procedures_collected IS TRUE
        THEN CASE COALESCE(procedure_queries.any_grade, 0)
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
    END AS "E1c",
    CASE CASE
        WHEN pt.procedures_collected IS TRUE
        THEN CASE COALESCE(procedure_queries_1."lung.radiotherapy_grade", 0)
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
    END AS "E1d",
    CASE CASE
        WHEN pt.medications_collected IS TRUE
        THEN CASE COALESCE(medication_queries_1.strong_cyp3a_inducer_grade, 0)
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
    END AS "E1e",
    CASE (
        CASE
          WHEN pt.medications_collected IS TRUE
          THEN CASE COALESCE(medication_queries_1.antineoplastic_agent_2_grade, 0)
            WHEN 2
            THEN TRUE
            WHEN 1
            THEN CAST(NULL AS BOOLEAN)
            ELSE FALSE
          END
        END
        OR pt.att_alternative_anticancer_treatment_value_bool
      )
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "E1f",
    CASE pt.att_investigational_drug_within_5_half_lives_value_bool
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "E1g",
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
    END AS "E2",
    CASE CASE
        WHEN pt.conditions_collected IS TRUE
        THEN CASE COALESCE(condition_queries_2.any_grade, 0)
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
        pt.att_severe_uncontrolled_systemic_disease_value_bool
        OR pt.att_uncontrolled_hypertension_value_bool
        OR CASE
          WHEN pt.conditions_collected IS TRUE
          THEN CASE COALESCE(condition_queries_1.bleeding_disorder_grade, 0)
            WHEN 2
            THEN TRUE
            WHEN 1
            THEN CAST(NULL AS BOOLEAN)
            ELSE FALSE
          END
        END
        OR CASE
          WHEN pt.conditions_collected IS TRUE
          THEN CASE COALESCE(condition_queries_1.infection_grade, 0)
            WHEN 2
            THEN TRUE
            WHEN 1
            THEN CAST(NULL AS BOOLEAN)
            ELSE FALSE
          END
        END
        OR CASE
          WHEN pt.conditions_collected IS TRUE
          THEN CASE COALESCE(condition_queries_1.hbv_hcv_hiv_grade, 0)
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
    CASE (
        pt.att_gi_condition_precluding_absorption_value_bool
        OR pt.att_unable_to_swallow_value_bool
      )
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "E5",
    CASE (
        (
          pt.att_mean_resting_qtcf_value_num * CASE
            WHEN pt.att_mean_resting_qtcf_unit = 'ms'
            THEN CAST(1.0 AS DOUBLE)
            WHEN pt.att_mean_resting_qtcf_unit = 'msec'
            THEN CAST(1.0 AS DOUBLE)
            WHEN pt.att_mean_resting_qtcf_unit = 's'
            THEN CAST(1000.0 AS DOUBLE)
          END
        ) > CAST(470.0 AS DOUBLE)
      )
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "E6a",
    CASE pt.att_ecg_abnormality_value_bool
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "E6b",
    CASE (
        pt.att_qtc_risk_factors_value_bool
        OR CASE
          WHEN pt.family_histories_collected IS TRUE
          THEN CASE COALESCE(family_history_queries_1.unexplained_sudden_death_grade, 0)
            WHEN 2
            THEN TRUE
            WHEN 1
            THEN CAST(NULL AS BOOLEAN)
            ELSE FALSE
          END
        END
        OR CASE
          WHEN pt.family_histories_collected IS TRUE
          THEN CASE COALESCE(family_history_queries_1.long_qt_syndrome_grade, 0)
            WHEN 2
            THEN TRUE
            WHEN 1
            THEN CAST(NULL AS BOOLEAN)
            ELSE FALSE
          END
        END
        OR CASE
          WHEN pt.medications_collected IS TRUE
          THEN CASE COALESCE(medication_queries_1.qt_known_risk_grade, 0)
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
    END AS "E6c",
    CASE (
        CASE
          WHEN pt.conditions_collected IS TRUE
          THEN CASE COALESCE(condition_queries_1.interstitial_lung_disease_grade, 0)
            WHEN 2
            THEN TRUE
            WHEN 1
            THEN CAST(NULL AS BOOLEAN)
            ELSE FALSE
          END
        END
        OR CASE
          WHEN pt.conditions_collected IS TRUE
          THEN CASE COALESCE(condition_queries_2.radiation_pneumonitis_grade, 0)
            WHEN 2
            THEN TRUE
            WHEN 1
            THEN CAST(NULL AS BOOLEAN)
            ELSE FALSE
          END
        END
        OR pt.att_active_ild_evidence_value_bool
      )
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "E7",
    CASE pt.att_involved_in_study_value_bool
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "E8"
  FROM patient_facts AS pt
  LEFT JOIN condition_queries_1 AS condition_queries_1
    ON condition_queries_1.patient_id = pt.patient_id
  LEFT JOIN observation_queries_1 AS observation_queries_1
    ON observation_queries_1.patient_id = pt.patient_id
  LEFT JOIN specimen_queries_1 AS specimen_queries_1
    ON specimen_queries_1.patient_id = pt.patient_id
  LEFT JOIN medication_queries_1 AS medication_queries_1
    ON medication_queries_1.patient_id = pt.patient_id
  LEFT JOIN ecog_latest AS ecog_latest
    ON ecog_latest.patient_id = pt.patient_id
  LEFT JOIN procedure_queries AS procedure_queries
    ON procedure_queries.patient_id = pt.patient_id
  LEFT JOIN procedure_queries_1 AS procedure_queries_1
    ON procedure_queries_1.patient_id = pt.patient_id
  LEFT JOIN condition_queries_2 AS condition_queries_2
    ON condition_queries_2.patient_id = pt.patient_id
  LEFT JOIN family_history_queries_1 AS family_history_queries_1
    ON family_history_queries_1.patient_id = pt.patient_id
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
  "I8",
  "E1a",
  "E1b",
  "E1c",
  "E1d",
  "E1e",
  "E1f",
  "E1g",
  "E2",
  "E3",
  "E4",
  "E5",
  "E6a",
  "E6b",
  "E6c",
  "E7",
  "E8",
  CASE
    WHEN "I1" = 'not_met'
    OR "I2" = 'not_met'
    OR "I3" = 'not_met'
    OR "I4" = 'not_met'
    OR "I5" = 'not_met'
    OR "I6" = 'not_met'
    OR "I7" = 'not_met'
    OR "I8" = 'not_met'
    OR "E1a" = 'met'
    OR "E1b" = 'met'
    OR "E1c" = 'met'
    OR "E1d" = 'met'
    OR "E1e" = 'met'
    OR "E1f" = 'met'
    OR "E1g" = 'met'
    OR "E2" = 'met'
    OR "E3" = 'met'
    OR "E4" = 'met'
    OR "E5" = 'met'
    OR "E6a" = 'met'
    OR "E6b" = 'met'
    OR "E6c" = 'met'
    OR "E7" = 'met'
    OR "E8" = 'met'
    THEN 'ineligible'
    WHEN "I1" = 'unknown'
    OR "I2" = 'unknown'
    OR "I3" = 'unknown'
    OR "I4" = 'unknown'
    OR "I5" = 'unknown'
    OR "I6" = 'unknown'
    OR "I7" = 'unknown'
    OR "I8" = 'unknown'
    OR "E1a" = 'unknown'
    OR "E1b" = 'unknown'
    OR "E1c" = 'unknown'
    OR "E1d" = 'unknown'
    OR "E1e" = 'unknown'
    OR "E1f" = 'unknown'
    OR "E1g" = 'unknown'
    OR "E2" = 'unknown'
    OR "E3" = 'unknown'
    OR "E4" = 'unknown'
    OR "E5" = 'unknown'
    OR "E6a" = 'unknown'
    OR "E6b" = 'unknown'
    OR "E6c" = 'unknown'
    OR "E7" = 'unknown'
    OR "E8" = 'unknown'
    THEN 'undetermined'
    ELSE 'eligible'
  END AS "verdict"
FROM outcomes
ORDER BY
  "patient_id"
