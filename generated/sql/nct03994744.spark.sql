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
    dates.ref_enrolment_lo,
    dates.ref_enrolment_hi,
    attested.att_expected_survival_value_num,
    attested.att_expected_survival_unit,
    attested.att_refused_more_chemotherapy_value_bool,
    attested.att_tumour_tissue_provided_value_bool,
    attested.att_can_swallow_tablets_value_bool,
    attested.att_contraception_agreed_value_bool,
    attested.att_informed_consent_value_bool,
    attested.att_arrhythmia_poorly_controlled_value_bool,
    attested.att_other_uncontrolled_illness_value_bool,
    attested.att_cns_metastases_symptomatic_value_bool,
    attested.att_steroid_dose_over_30_mg_value_bool,
    attested.att_needs_cancer_treatment_during_study_value_bool,
    attested.att_effusion_uncontrollable_value_bool,
    attested.att_earlier_cellular_immunotherapy_value_bool,
    attested.att13_other_checkpoint_or_costimulatio_value_bool,
    attested.att_judged_not_eligible_value_bool
  FROM patients AS p
  LEFT JOIN (
    SELECT
      reference_dates.patient_id,
      MIN(CASE WHEN reference_dates.name = 'enrolment' THEN reference_dates.lo END) AS ref_enrolment_lo,
      MIN(CASE WHEN reference_dates.name = 'enrolment' THEN reference_dates.hi END) AS ref_enrolment_hi
    FROM reference_dates
    GROUP BY
      reference_dates.patient_id
  ) AS dates
    ON dates.patient_id = p.patient_id
  LEFT JOIN (
    SELECT
      attestations.patient_id,
      MIN(
        CASE WHEN attestations.name = 'expected_survival' THEN attestations.value_num END
      ) AS att_expected_survival_value_num,
      MIN(CASE WHEN attestations.name = 'expected_survival' THEN attestations.unit END) AS att_expected_survival_unit,
      BOOL_OR(
        CASE
          WHEN attestations.name = 'refused_more_chemotherapy'
          THEN attestations.value_bool
        END
      ) AS att_refused_more_chemotherapy_value_bool,
      BOOL_OR(
        CASE
          WHEN attestations.name = 'tumour_tissue_provided'
          THEN attestations.value_bool
        END
      ) AS att_tumour_tissue_provided_value_bool,
      BOOL_OR(
        CASE
          WHEN attestations.name = 'can_swallow_tablets'
          THEN attestations.value_bool
        END
      ) AS att_can_swallow_tablets_value_bool,
      BOOL_OR(
        CASE
          WHEN attestations.name = 'contraception_agreed'
          THEN attestations.value_bool
        END
      ) AS att_contraception_agreed_value_bool,
      BOOL_OR(
        CASE WHEN attestations.name = 'informed_consent' THEN attestations.value_bool END
      ) AS att_informed_consent_value_bool,
      BOOL_OR(
        CASE
          WHEN attestations.name = 'arrhythmia_poorly_controlled'
          THEN attestations.value_bool
        END
      ) AS att_arrhythmia_poorly_controlled_value_bool,
      BOOL_OR(
        CASE
          WHEN attestations.name = 'other_uncontrolled_illness'
          THEN attestations.value_bool
        END
      ) AS att_other_uncontrolled_illness_value_bool,
      BOOL_OR(
        CASE
          WHEN attestations.name = 'cns_metastases_symptomatic'
          THEN attestations.value_bool
        END
      ) AS att_cns_metastases_symptomatic_value_bool,
      BOOL_OR(
        CASE
          WHEN attestations.name = 'steroid_dose_over_30_mg'
          THEN attestations.value_bool
        END
      ) AS att_steroid_dose_over_30_mg_value_bool,
      BOOL_OR(
        CASE
          WHEN attestations.name = 'needs_cancer_treatment_during_study'
          THEN attestations.value_bool
        END
      ) AS att_needs_cancer_treatment_during_study_value_bool,
      BOOL_OR(
        CASE
          WHEN attestations.name = 'effusion_uncontrollable'
          THEN attestations.value_bool
        END
      ) AS att_effusion_uncontrollable_value_bool,
      BOOL_OR(
        CASE
          WHEN attestations.name = 'earlier_cellular_immunotherapy'
          THEN attestations.value_bool
        END
      ) AS att_earlier_cellular_immunotherapy_value_bool,
      BOOL_OR(
        CASE
          WHEN attestations.name = 'other_checkpoint_or_costimulation_therapy'
          THEN attestations.value_bool
        END
      ) AS att13_other_checkpoint_or_costimulatio_value_bool,
      BOOL_OR(
        CASE
          WHEN attestations.name = 'judged_not_eligible'
          THEN attestations.value_bool
        END
      ) AS att_judged_not_eligible_value_bool
    FROM attestations
    GROUP BY
      attestations.patient_id
  ) AS attested
    ON attested.patient_id = p.patient_id
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
), in_lung_cancer_code_c0 AS (
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
), in_sclc_code_c0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS c0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('SNOMED', 'ICDO3')
          THEN (
            (
              rc.system = 'SNOMED'
              AND (
                rc.code IN (
                  '254632001',
                  '67811000119102',
                  '67821000119109',
                  '67831000119107',
                  '67841000119103'
                )
              )
            )
            OR (
              rc.system = 'ICDO3' AND (
                rc.code IN ('8041/3', '8042/3', '8043/3', '8044/3')
              )
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('SNOMED', 'ICDO3')
          THEN (
            (
              rc.system = 'SNOMED'
              AND (
                rc.code IN (
                  '254632001',
                  '67811000119102',
                  '67821000119109',
                  '67831000119107',
                  '67841000119103'
                )
              )
            )
            OR (
              rc.system = 'ICDO3' AND (
                rc.code IN ('8041/3', '8042/3', '8043/3', '8044/3')
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
), in_valg_stage_code_o0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS o0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('LOCAL')
          THEN (
            rc.system = 'LOCAL' AND (
              rc.code IN ('valg-stage')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('LOCAL')
          THEN (
            rc.system = 'LOCAL' AND (
              rc.code IN ('valg-stage')
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
), in_platinum_compound_code_m0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS m0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN (
            (
              rc.system = 'ATC' AND (
                SUBSTRING(rc.code, 1, 5) IN ('L01XA')
              )
            )
            OR (
              rc.system = 'RXNORM' AND (
                rc.code IN ('1736854', '597195', '1736776')
              )
            )
            OR (
              rc.system = 'RXNORM' AND rc.code IN ('2555', '40048', '32592')
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
                SUBSTRING(rc.code, 1, 5) IN ('L01XA')
              )
            )
            OR (
              rc.system = 'RXNORM' AND (
                rc.code IN ('1736854', '597195', '1736776')
              )
            )
            OR (
              rc.system = 'RXNORM' AND rc.code IN ('2555', '40048', '32592')
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
), in_brain_topography_body_site_l0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS l0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('ICDO3')
          THEN (
            rc.system = 'ICDO3'
            AND (
              rc.code IN (
                'C71.0',
                'C71.1',
                'C71.2',
                'C71.3',
                'C71.4',
                'C71.5',
                'C71.6',
                'C71.7',
                'C71.8',
                'C71.9'
              )
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('ICDO3')
          THEN (
            rc.system = 'ICDO3'
            AND (
              rc.code IN (
                'C71.0',
                'C71.1',
                'C71.2',
                'C71.3',
                'C71.4',
                'C71.5',
                'C71.6',
                'C71.7',
                'C71.8',
                'C71.9'
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
    rc.record = 'lesions' AND rc.field = 'body_site'
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
), in_pd_l1_tumour_cells_code_o0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS o0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('LOCAL')
          THEN (
            rc.system = 'LOCAL' AND (
              rc.code IN ('pd-l1-tumour-cells-percent')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('LOCAL')
          THEN (
            rc.system = 'LOCAL' AND (
              rc.code IN ('pd-l1-tumour-cells-percent')
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
), in_anc_code_o0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS o0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('LOINC')
          THEN (
            rc.system = 'LOINC' AND (
              rc.code IN ('751-8', '26499-4')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('LOINC')
          THEN (
            rc.system = 'LOINC' AND (
              rc.code IN ('751-8', '26499-4')
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
), in_white_cell_count_code_o0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS o0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('LOINC')
          THEN (
            rc.system = 'LOINC' AND (
              rc.code IN ('6690-2')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('LOINC')
          THEN (
            rc.system = 'LOINC' AND (
              rc.code IN ('6690-2')
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
), in_platelets_code_o0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS o0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('LOINC')
          THEN (
            rc.system = 'LOINC' AND (
              rc.code IN ('777-3', '26515-7')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('LOINC')
          THEN (
            rc.system = 'LOINC' AND (
              rc.code IN ('777-3', '26515-7')
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
), in_haemoglobin_code_o0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS o0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('LOINC')
          THEN (
            rc.system = 'LOINC' AND (
              rc.code IN ('718-7')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('LOINC')
          THEN (
            rc.system = 'LOINC' AND (
              rc.code IN ('718-7')
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
), in_total_bilirubin_code_o0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS o0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('LOINC')
          THEN (
            rc.system = 'LOINC' AND (
              rc.code IN ('1975-2')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('LOINC')
          THEN (
            rc.system = 'LOINC' AND (
              rc.code IN ('1975-2')
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
), in_ast_code_o0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS o0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('LOINC')
          THEN (
            rc.system = 'LOINC' AND (
              rc.code IN ('1920-8')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('LOINC')
          THEN (
            rc.system = 'LOINC' AND (
              rc.code IN ('1920-8')
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
), in_alt_code_o0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS o0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('LOINC')
          THEN (
            rc.system = 'LOINC' AND (
              rc.code IN ('1742-6')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('LOINC')
          THEN (
            rc.system = 'LOINC' AND (
              rc.code IN ('1742-6')
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
), in_albumin_code_o0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS o0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('LOINC')
          THEN (
            rc.system = 'LOINC' AND (
              rc.code IN ('1751-7')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('LOINC')
          THEN (
            rc.system = 'LOINC' AND (
              rc.code IN ('1751-7')
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
), in_creatinine_code_o0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS o0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('LOINC')
          THEN (
            rc.system = 'LOINC' AND (
              rc.code IN ('2160-0', '38483-4')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('LOINC')
          THEN (
            rc.system = 'LOINC' AND (
              rc.code IN ('2160-0', '38483-4')
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
), in_creatinine_clearance_cg_code_o0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS o0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('LOINC')
          THEN (
            rc.system = 'LOINC' AND (
              rc.code IN ('35591-7')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('LOINC')
          THEN (
            rc.system = 'LOINC' AND (
              rc.code IN ('35591-7')
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
), in_metformin_code_m0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS m0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN (
            (
              rc.system = 'ATC' AND (
                SUBSTRING(rc.code, 1, 7) IN ('A10BA02')
              )
            )
            OR (
              rc.system = 'RXNORM' AND (
                rc.code IN ('860975')
              )
            )
            OR (
              rc.system = 'RXNORM' AND rc.code IN ('6809')
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
                SUBSTRING(rc.code, 1, 7) IN ('A10BA02')
              )
            )
            OR (
              rc.system = 'RXNORM' AND (
                rc.code IN ('860975')
              )
            )
            OR (
              rc.system = 'RXNORM' AND rc.code IN ('6809')
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
), in_type_2_diabetes_code_c0 AS (
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
                SUBSTRING(rc.code, 1, 3) IN ('E11')
              )
            )
            OR (
              rc.system = 'SNOMED' AND (
                rc.code IN ('44054006')
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
                SUBSTRING(rc.code, 1, 3) IN ('E11')
              )
            )
            OR (
              rc.system = 'SNOMED' AND (
                rc.code IN ('44054006')
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
), in_pd1_pdl1_inhibitor_code_m0 AS (
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
    ) AS grade
  FROM record_codes AS rc
  WHERE
    rc.record = 'medications' AND rc.field = 'code'
  GROUP BY
    rc.patient_id,
    rc.seq
), in_ctla4_inhibitor_code_m0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS m0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('ATC')
          THEN (
            rc.system = 'ATC' AND (
              SUBSTRING(rc.code, 1, 7) IN ('L01FX04', 'L01XC11')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('ATC')
          THEN (
            rc.system = 'ATC' AND (
              SUBSTRING(rc.code, 1, 7) IN ('L01FX04', 'L01XC11')
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
), in_hbv_dna_copies_code_o0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS o0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('LOINC')
          THEN (
            rc.system = 'LOINC' AND (
              rc.code IN ('29615-2')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('LOINC')
          THEN (
            rc.system = 'LOINC' AND (
              rc.code IN ('29615-2')
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
), in_hbv_dna_iu_code_o0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS o0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('LOINC')
          THEN (
            rc.system = 'LOINC' AND (
              rc.code IN ('42595-9')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('LOINC')
          THEN (
            rc.system = 'LOINC' AND (
              rc.code IN ('42595-9')
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
    ) AS grade
  FROM record_codes AS rc
  WHERE
    rc.record = 'conditions' AND rc.field = 'code'
  GROUP BY
    rc.patient_id,
    rc.seq
), in_hcv_antibody_code_o0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS o0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('LOINC')
          THEN (
            rc.system = 'LOINC' AND (
              rc.code IN ('16128-1')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('LOINC')
          THEN (
            rc.system = 'LOINC' AND (
              rc.code IN ('16128-1')
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
), in_tuberculosis_code_c0 AS (
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
              'A15' <= SUBSTRING(rc.code, 1, 3) AND SUBSTRING(rc.code, 1, 3) <= 'A19'
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('ICD10CM')
          THEN (
            rc.system = 'ICD10CM'
            AND (
              'A15' <= SUBSTRING(rc.code, 1, 3) AND SUBSTRING(rc.code, 1, 3) <= 'A19'
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
), in_heart_failure_code_c0 AS (
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
                SUBSTRING(rc.code, 1, 3) IN ('I50')
              )
            )
            OR (
              rc.system = 'SNOMED' AND (
                rc.code IN ('88805009')
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
                SUBSTRING(rc.code, 1, 3) IN ('I50')
              )
            )
            OR (
              rc.system = 'SNOMED' AND (
                rc.code IN ('88805009')
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
), in_nyha_class_code_o0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS o0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('LOCAL')
          THEN (
            rc.system = 'LOCAL' AND (
              rc.code IN ('nyha-functional-class')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('LOCAL')
          THEN (
            rc.system = 'LOCAL' AND (
              rc.code IN ('nyha-functional-class')
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
), in_cardiac_arrhythmia_code_c0 AS (
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
                'I47' <= SUBSTRING(rc.code, 1, 3) AND SUBSTRING(rc.code, 1, 3) <= 'I49'
              )
            )
            OR (
              rc.system = 'SNOMED' AND (
                rc.code IN ('49436004')
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
                'I47' <= SUBSTRING(rc.code, 1, 3) AND SUBSTRING(rc.code, 1, 3) <= 'I49'
              )
            )
            OR (
              rc.system = 'SNOMED' AND (
                rc.code IN ('49436004')
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
), in_systolic_bp_code_o0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS o0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('LOINC')
          THEN (
            rc.system = 'LOINC' AND (
              rc.code IN ('8480-6')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('LOINC')
          THEN (
            rc.system = 'LOINC' AND (
              rc.code IN ('8480-6')
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
), in_diastolic_bp_code_o0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS o0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('LOINC')
          THEN (
            rc.system = 'LOINC' AND (
              rc.code IN ('8462-4')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('LOINC')
          THEN (
            rc.system = 'LOINC' AND (
              rc.code IN ('8462-4')
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
), in_arterial_thromboembolic_event_code_c0 AS (
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
                SUBSTRING(rc.code, 1, 3) IN ('I24', 'G45', 'I74')
                OR SUBSTRING(rc.code, 1, 5) IN ('I20.0', 'K55.0')
                OR (
                  'I21' <= SUBSTRING(rc.code, 1, 3) AND SUBSTRING(rc.code, 1, 3) <= 'I22'
                )
                OR (
                  'I60' <= SUBSTRING(rc.code, 1, 3) AND SUBSTRING(rc.code, 1, 3) <= 'I63'
                )
              )
            )
            OR (
              rc.system = 'SNOMED' AND (
                rc.code IN ('22298006', '230690007')
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
                SUBSTRING(rc.code, 1, 3) IN ('I24', 'G45', 'I74')
                OR SUBSTRING(rc.code, 1, 5) IN ('I20.0', 'K55.0')
                OR (
                  'I21' <= SUBSTRING(rc.code, 1, 3) AND SUBSTRING(rc.code, 1, 3) <= 'I22'
                )
                OR (
                  'I60' <= SUBSTRING(rc.code, 1, 3) AND SUBSTRING(rc.code, 1, 3) <= 'I63'
                )
              )
            )
            OR (
              rc.system = 'SNOMED' AND (
                rc.code IN ('22298006', '230690007')
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
), in_cns_topography_body_site_l0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS l0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('ICDO3')
          THEN (
            rc.system = 'ICDO3'
            AND (
              rc.code IN (
                'C70.0',
                'C70.1',
                'C70.9',
                'C71.0',
                'C71.1',
                'C71.2',
                'C71.3',
                'C71.4',
                'C71.5',
                'C71.6',
                'C71.7',
                'C71.8',
                'C71.9',
                'C72.0',
                'C72.1',
                'C72.2',
                'C72.3',
                'C72.4',
                'C72.5',
                'C72.8',
                'C72.9'
              )
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('ICDO3')
          THEN (
            rc.system = 'ICDO3'
            AND (
              rc.code IN (
                'C70.0',
                'C70.1',
                'C70.9',
                'C71.0',
                'C71.1',
                'C71.2',
                'C71.3',
                'C71.4',
                'C71.5',
                'C71.6',
                'C71.7',
                'C71.8',
                'C71.9',
                'C72.0',
                'C72.1',
                'C72.2',
                'C72.3',
                'C72.4',
                'C72.5',
                'C72.8',
                'C72.9'
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
    rc.record = 'lesions' AND rc.field = 'body_site'
  GROUP BY
    rc.patient_id,
    rc.seq
), in_intracranial_haemorrhage_code_c0 AS (
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
              'I60' <= SUBSTRING(rc.code, 1, 3) AND SUBSTRING(rc.code, 1, 3) <= 'I62'
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('ICD10CM')
          THEN (
            rc.system = 'ICD10CM'
            AND (
              'I60' <= SUBSTRING(rc.code, 1, 3) AND SUBSTRING(rc.code, 1, 3) <= 'I62'
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
), in_brainstem_cerebellum_or_spinal_cord_body_site AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS c0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('ICDO3')
          THEN (
            rc.system = 'ICDO3' AND (
              rc.code IN ('C71.6', 'C71.7', 'C72.0')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('ICDO3')
          THEN (
            rc.system = 'ICDO3' AND (
              rc.code IN ('C71.6', 'C71.7', 'C72.0')
            )
          )
        END IS NULL
        THEN 1
        ELSE 0
      END
    ) AS grade
  FROM record_codes AS rc
  WHERE
    rc.record = 'conditions' AND rc.field = 'body_site'
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
), in_prednisone_or_prednisolone_code_m0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS m0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN (
            (
              rc.system = 'ATC' AND (
                SUBSTRING(rc.code, 1, 7) IN ('H02AB06', 'H02AB07')
              )
            )
            OR (
              rc.system = 'RXNORM' AND (
                rc.code IN ('312617', '567645', '312615')
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
                SUBSTRING(rc.code, 1, 7) IN ('H02AB06', 'H02AB07')
              )
            )
            OR (
              rc.system = 'RXNORM' AND (
                rc.code IN ('312617', '567645', '312615')
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
), in_methylprednisolone_code_m0 AS (
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
                SUBSTRING(rc.code, 1, 7) IN ('H02AB04')
              )
            )
            OR (
              rc.system = 'RXNORM'
              AND (
                rc.code IN (
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
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('ATC', 'RXNORM')
          THEN (
            (
              rc.system = 'ATC' AND (
                SUBSTRING(rc.code, 1, 7) IN ('H02AB04')
              )
            )
            OR (
              rc.system = 'RXNORM'
              AND (
                rc.code IN (
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
), in_hydrocortisone_code_m0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS m0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('ATC')
          THEN (
            rc.system = 'ATC' AND (
              SUBSTRING(rc.code, 1, 7) IN ('H02AB09')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('ATC')
          THEN (
            rc.system = 'ATC' AND (
              SUBSTRING(rc.code, 1, 7) IN ('H02AB09')
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
), in_dexamethasone_code_m0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS m0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('ATC')
          THEN (
            rc.system = 'ATC' AND (
              SUBSTRING(rc.code, 1, 7) IN ('H02AB02')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('ATC')
          THEN (
            rc.system = 'ATC' AND (
              SUBSTRING(rc.code, 1, 7) IN ('H02AB02')
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
), in_glucocorticoid_with_equivalent_code_m0 AS (
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
                SUBSTRING(rc.code, 1, 7) IN ('H02AB02', 'H02AB04', 'H02AB06', 'H02AB07', 'H02AB09')
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
              rc.system = 'ATC'
              AND (
                SUBSTRING(rc.code, 1, 7) IN ('H02AB02', 'H02AB04', 'H02AB06', 'H02AB07', 'H02AB09')
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
    ) AS grade
  FROM record_codes AS rc
  WHERE
    rc.record = 'medications' AND rc.field = 'code'
  GROUP BY
    rc.patient_id,
    rc.seq
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
), in_non_melanoma_skin_or_allowed_in_situ_code_c0 AS (
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
              SUBSTRING(rc.code, 1, 3) IN ('C44', 'D06', 'D03', 'D05')
              OR SUBSTRING(rc.code, 1, 5) IN ('D09.0', 'D00.2', 'D01.0', 'D07.0')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('ICD10CM')
          THEN (
            rc.system = 'ICD10CM'
            AND (
              SUBSTRING(rc.code, 1, 3) IN ('C44', 'D06', 'D03', 'D05')
              OR SUBSTRING(rc.code, 1, 5) IN ('D09.0', 'D00.2', 'D01.0', 'D07.0')
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
), known_attributed_to_a0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS a0_seq,
    MAX(CASE WHEN TRUE THEN 2 WHEN TRUE IS NULL THEN 1 ELSE 0 END) AS grade
  FROM record_codes AS rc
  WHERE
    rc.record = 'adverse_events' AND rc.field = 'attributed_to'
  GROUP BY
    rc.patient_id,
    rc.seq
), in_serous_effusion_code_c0 AS (
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
                SUBSTRING(rc.code, 1, 3) IN ('J90', 'R18')
                OR SUBSTRING(rc.code, 1, 5) IN ('J91.0', 'J91.8', 'J94.0', 'I31.3')
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
                SUBSTRING(rc.code, 1, 3) IN ('J90', 'R18')
                OR SUBSTRING(rc.code, 1, 5) IN ('J91.0', 'J91.8', 'J94.0', 'I31.3')
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
    ) AS grade
  FROM record_codes AS rc
  WHERE
    rc.record = 'conditions' AND rc.field = 'code'
  GROUP BY
    rc.patient_id,
    rc.seq
), in_autoimmune_disease_code_c0 AS (
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
    ) AS grade
  FROM record_codes AS rc
  WHERE
    rc.record = 'conditions' AND rc.field = 'code'
  GROUP BY
    rc.patient_id,
    rc.seq
), in_asthma_code_c0 AS (
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
                SUBSTRING(rc.code, 1, 3) IN ('J45')
              )
            )
            OR (
              rc.system = 'SNOMED' AND (
                rc.code IN ('195967001', '233678006')
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
                SUBSTRING(rc.code, 1, 3) IN ('J45')
              )
            )
            OR (
              rc.system = 'SNOMED' AND (
                rc.code IN ('195967001', '233678006')
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
), in_vitiligo_code_c0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS c0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('ICD10CM')
          THEN (
            rc.system = 'ICD10CM' AND (
              SUBSTRING(rc.code, 1, 3) IN ('L80')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('ICD10CM')
          THEN (
            rc.system = 'ICD10CM' AND (
              SUBSTRING(rc.code, 1, 3) IN ('L80')
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
), in_hypothyroidism_code_c0 AS (
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
                SUBSTRING(rc.code, 1, 3) IN ('E03') OR SUBSTRING(rc.code, 1, 5) IN ('E06.3')
              )
            )
            OR (
              rc.system = 'SNOMED' AND (
                rc.code IN ('40930008')
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
                SUBSTRING(rc.code, 1, 3) IN ('E03') OR SUBSTRING(rc.code, 1, 5) IN ('E06.3')
              )
            )
            OR (
              rc.system = 'SNOMED' AND (
                rc.code IN ('40930008')
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
), in_solid_organ_by_hierarchy_code_p0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS p0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN (
            (
              rc.system = 'SNOMED' AND (
                rc.code IN ('313039003')
              )
            )
            OR (
              rc.system = 'SNOMED'
              AND rc.code IN ('70536003', '32413006', '18027006', '88039007')
            )
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
            (
              rc.system = 'SNOMED' AND (
                rc.code IN ('313039003')
              )
            )
            OR (
              rc.system = 'SNOMED'
              AND rc.code IN ('70536003', '32413006', '18027006', '88039007')
            )
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
), in_transplant_by_hierarchy_code_p0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS p0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN (
            (
              rc.system = 'SNOMED' AND (
                rc.code IN ('313039003', '278257006')
              )
            )
            OR (
              rc.system = 'SNOMED'
              AND rc.code IN ('70536003', '32413006', '18027006', '88039007', '234336002', '23719005')
            )
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
            (
              rc.system = 'SNOMED' AND (
                rc.code IN ('313039003', '278257006')
              )
            )
            OR (
              rc.system = 'SNOMED'
              AND rc.code IN ('70536003', '32413006', '18027006', '88039007', '234336002', '23719005')
            )
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
), in_solid_organ_transplant_status_code_c0 AS (
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
    ) AS grade
  FROM record_codes AS rc
  WHERE
    rc.record = 'conditions' AND rc.field = 'code'
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
), in_monoclonal_antibody_drug_code_a0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS a0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN (
            (
              rc.system = 'ATC' AND (
                SUBSTRING(rc.code, 1, 4) IN ('L01F')
              )
            )
            OR (
              rc.system = 'RXNORM' AND (
                rc.code IN ('1658084', '2119714')
              )
            )
            OR (
              rc.system = 'RXNORM' AND rc.code IN ('318341', '121191', '1721947', '1147320')
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
                SUBSTRING(rc.code, 1, 4) IN ('L01F')
              )
            )
            OR (
              rc.system = 'RXNORM' AND (
                rc.code IN ('1658084', '2119714')
              )
            )
            OR (
              rc.system = 'RXNORM' AND rc.code IN ('318341', '121191', '1721947', '1147320')
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
), in_metformin_code_a0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS a0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN (
            (
              rc.system = 'ATC' AND (
                SUBSTRING(rc.code, 1, 7) IN ('A10BA02')
              )
            )
            OR (
              rc.system = 'RXNORM' AND (
                rc.code IN ('860975')
              )
            )
            OR (
              rc.system = 'RXNORM' AND rc.code IN ('6809')
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
                SUBSTRING(rc.code, 1, 7) IN ('A10BA02')
              )
            )
            OR (
              rc.system = 'RXNORM' AND (
                rc.code IN ('860975')
              )
            )
            OR (
              rc.system = 'RXNORM' AND rc.code IN ('6809')
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
), in_egfr_code_o0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS o0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('LOINC')
          THEN (
            rc.system = 'LOINC'
            AND (
              rc.code IN ('33914-3', '48642-3', '48643-1', '62238-1', '98979-8')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('LOINC')
          THEN (
            rc.system = 'LOINC'
            AND (
              rc.code IN ('33914-3', '48642-3', '48643-1', '62238-1', '98979-8')
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
), in_metabolic_acidosis_code_c0 AS (
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
              SUBSTRING(rc.code, 1, 5) IN ('E87.2', 'E08.1', 'E09.1', 'E10.1', 'E11.1', 'E13.1')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('ICD10CM')
          THEN (
            rc.system = 'ICD10CM'
            AND (
              SUBSTRING(rc.code, 1, 5) IN ('E87.2', 'E08.1', 'E09.1', 'E10.1', 'E11.1', 'E13.1')
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
      WHEN CAST(DATE_ADD(pt.ref_enrolment_hi, -28) AS DATE) <= o0.date_lo
      AND o0.date_hi <= pt.ref_enrolment_lo
      THEN TRUE
      WHEN o0.date_hi < CAST(DATE_ADD(pt.ref_enrolment_lo, -28) AS DATE)
      OR o0.date_lo > pt.ref_enrolment_hi
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
), observation_queries_per_c0_1 AS (
  SELECT
    r.patient_id,
    r.c0_seq,
    MAX(r.g1) AS valg_stage_grade,
    MAX(r.g2) AS valg_stage_2_grade
  FROM (
    SELECT
      o0.patient_id AS patient_id,
      c0.seq AS c0_seq,
      CASE
        WHEN CASE in_valg_stage_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        THEN COALESCE(
          CAST((
            CASE
              WHEN o0.focus IS NULL OR c0.id IS NULL
              THEN CAST(NULL AS BOOLEAN)
              ELSE ARRAY_CONTAINS(o0.focus, c0.id)
            END
            AND (
              CASE
                WHEN COALESCE(o0.value_text, o0.value_code) IN ('limited', 'extensive')
                THEN COALESCE(o0.value_text, o0.value_code)
              END = 'extensive'
            )
          ) AS INT) * 2,
          1
        )
        WHEN CASE in_valg_stage_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS NULL
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
                  WHEN COALESCE(o0.value_text, o0.value_code) IN ('limited', 'extensive')
                  THEN COALESCE(o0.value_text, o0.value_code)
                END = 'extensive'
              )
            ) AS INT) * 2,
            1
          ),
          1
        )
      END AS g1,
      CASE
        WHEN CASE in_valg_stage_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        THEN COALESCE(
          CAST((
            CASE
              WHEN o0.focus IS NULL OR c0.id IS NULL
              THEN CAST(NULL AS BOOLEAN)
              ELSE ARRAY_CONTAINS(o0.focus, c0.id)
            END
            AND (
              CASE
                WHEN COALESCE(o0.value_text, o0.value_code) IN ('limited', 'extensive')
                THEN COALESCE(o0.value_text, o0.value_code)
              END = 'limited'
            )
          ) AS INT) * 2,
          1
        )
        WHEN CASE in_valg_stage_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS NULL
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
                  WHEN COALESCE(o0.value_text, o0.value_code) IN ('limited', 'extensive')
                  THEN COALESCE(o0.value_text, o0.value_code)
                END = 'limited'
              )
            ) AS INT) * 2,
            1
          ),
          1
        )
      END AS g2
    FROM observations AS o0
    JOIN conditions AS c0
      ON c0.patient_id = o0.patient_id
    LEFT JOIN in_valg_stage_code_o0 AS in_valg_stage_code_o0
      ON in_valg_stage_code_o0.patient_id = o0.patient_id
      AND in_valg_stage_code_o0.o0_seq = o0.seq
    WHERE
      (
        NOT CASE in_valg_stage_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
        OR NOT CASE in_valg_stage_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
      )
      AND (
        o0.status IS NULL OR NOT o0.status IN ('cancelled', 'entered_in_error')
      )
  ) AS r
  GROUP BY
    r.patient_id,
    r.c0_seq
), medication_queries_1 AS (
  SELECT
    r.patient_id,
    MAX(r.g1) AS platinum_compound_grade,
    MAX(r.g2) AS metformin_grade,
    MAX(r.g3) AS any_grade,
    MAX(r.g4) AS systemic_corticosteroid_grade,
    MAX(r.g5) AS immunosuppressant_grade
  FROM (
    SELECT
      m0.patient_id AS patient_id,
      CASE
        WHEN CASE in_platinum_compound_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        THEN COALESCE(
          CAST(CASE
            WHEN m0.start_hi < pt.ref_enrolment_lo
            THEN TRUE
            WHEN m0.start_lo >= pt.ref_enrolment_hi
            THEN FALSE
          END AS INT) * 2,
          1
        )
        WHEN CASE in_platinum_compound_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS NULL
        THEN LEAST(
          COALESCE(
            CAST(CASE
              WHEN m0.start_hi < pt.ref_enrolment_lo
              THEN TRUE
              WHEN m0.start_lo >= pt.ref_enrolment_hi
              THEN FALSE
            END AS INT) * 2,
            1
          ),
          1
        )
      END AS g1,
      CASE
        WHEN CASE in_metformin_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        THEN COALESCE(
          CAST((
            CASE
              WHEN m0.start_hi <= pt.ref_enrolment_lo
              THEN TRUE
              WHEN m0.start_lo > pt.ref_enrolment_hi
              THEN FALSE
            END
            AND (
              (
                (
                  NOT (
                    NOT m0.end_lo IS NULL
                  )
                )
                AND CASE
                  WHEN m0.start_hi <= CAST(DATE_ADD(pt.ref_enrolment_lo, -15) AS DATE)
                  THEN TRUE
                  WHEN m0.start_lo > CAST(DATE_ADD(pt.ref_enrolment_hi, -15) AS DATE)
                  THEN FALSE
                END
              )
              OR (
                (
                  NOT m0.end_lo IS NULL
                )
                AND (
                  (
                    COALESCE(
                      CASE
                        WHEN m0.start_hi <= pt.ref_enrolment_lo
                        THEN TRUE
                        WHEN m0.start_lo > pt.ref_enrolment_hi
                        THEN FALSE
                      END,
                      CASE
                        WHEN CASE
                          WHEN m0.end_hi <= pt.ref_enrolment_lo
                          THEN TRUE
                          WHEN m0.end_lo > pt.ref_enrolment_hi
                          THEN FALSE
                        END IS TRUE
                        THEN TRUE
                      END
                    )
                  )
                  AND (
                    COALESCE(
                      CASE
                        WHEN m0.end_lo >= CAST(ADD_MONTHS(pt.ref_enrolment_hi, -6) AS DATE)
                        THEN TRUE
                        WHEN m0.end_hi < CAST(ADD_MONTHS(pt.ref_enrolment_lo, -6) AS DATE)
                        THEN FALSE
                      END,
                      CASE
                        WHEN CASE
                          WHEN m0.start_lo >= CAST(ADD_MONTHS(pt.ref_enrolment_hi, -6) AS DATE)
                          THEN TRUE
                          WHEN m0.start_hi < CAST(ADD_MONTHS(pt.ref_enrolment_lo, -6) AS DATE)
                          THEN FALSE
                        END IS TRUE
                        THEN TRUE
                      END
                    )
                  )
                )
                AND CASE
                  WHEN m0.end_lo >= CAST(DATE_ADD(m0.start_hi, 15) AS DATE)
                  THEN TRUE
                  WHEN m0.end_hi < CAST(DATE_ADD(m0.start_lo, 15) AS DATE)
                  THEN FALSE
                END
              )
            )
          ) AS INT) * 2,
          1
        )
        WHEN CASE in_metformin_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS NULL
        THEN LEAST(
          COALESCE(
            CAST((
              CASE
                WHEN m0.start_hi <= pt.ref_enrolment_lo
                THEN TRUE
                WHEN m0.start_lo > pt.ref_enrolment_hi
                THEN FALSE
              END
              AND (
                (
                  (
                    NOT (
                      NOT m0.end_lo IS NULL
                    )
                  )
                  AND CASE
                    WHEN m0.start_hi <= CAST(DATE_ADD(pt.ref_enrolment_lo, -15) AS DATE)
                    THEN TRUE
                    WHEN m0.start_lo > CAST(DATE_ADD(pt.ref_enrolment_hi, -15) AS DATE)
                    THEN FALSE
                  END
                )
                OR (
                  (
                    NOT m0.end_lo IS NULL
                  )
                  AND (
                    (
                      COALESCE(
                        CASE
                          WHEN m0.start_hi <= pt.ref_enrolment_lo
                          THEN TRUE
                          WHEN m0.start_lo > pt.ref_enrolment_hi
                          THEN FALSE
                        END,
                        CASE
                          WHEN CASE
                            WHEN m0.end_hi <= pt.ref_enrolment_lo
                            THEN TRUE
                            WHEN m0.end_lo > pt.ref_enrolment_hi
                            THEN FALSE
                          END IS TRUE
                          THEN TRUE
                        END
                      )
                    )
                    AND (
                      COALESCE(
                        CASE
                          WHEN m0.end_lo >= CAST(ADD_MONTHS(pt.ref_enrolment_hi, -6) AS DATE)
                          THEN TRUE
                          WHEN m0.end_hi < CAST(ADD_MONTHS(pt.ref_enrolment_lo, -6) AS DATE)
                          THEN FALSE
                        END,
                        CASE
                          WHEN CASE
                            WHEN m0.start_lo >= CAST(ADD_MONTHS(pt.ref_enrolment_hi, -6) AS DATE)
                            THEN TRUE
                            WHEN m0.start_hi < CAST(ADD_MONTHS(pt.ref_enrolment_lo, -6) AS DATE)
                            THEN FALSE
                          END IS TRUE
                          THEN TRUE
                        END
                      )
                    )
                  )
                  AND CASE
                    WHEN m0.end_lo >= CAST(DATE_ADD(m0.start_hi, 15) AS DATE)
                    THEN TRUE
                    WHEN m0.end_hi < CAST(DATE_ADD(m0.start_lo, 15) AS DATE)
                    THEN FALSE
                  END
                )
              )
            ) AS INT) * 2,
            1
          ),
          1
        )
      END AS g2,
      COALESCE(
        CAST((
          (
            CASE in_pd1_pdl1_inhibitor_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
            OR CASE in_ctla4_inhibitor_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
          )
          AND CASE
            WHEN m0.start_hi < pt.ref_enrolment_lo
            THEN TRUE
            WHEN m0.start_lo >= pt.ref_enrolment_hi
            THEN FALSE
          END
        ) AS INT) * 2,
        1
      ) AS g3,
      CASE
        WHEN CASE in_systemic_corticosteroid_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        THEN COALESCE(
          CAST((
            (
              (
                COALESCE(
                  CASE
                    WHEN m0.start_hi <= pt.ref_enrolment_lo
                    THEN TRUE
                    WHEN m0.start_lo > pt.ref_enrolment_hi
                    THEN FALSE
                  END,
                  CASE
                    WHEN CASE
                      WHEN m0.end_hi <= pt.ref_enrolment_lo
                      THEN TRUE
                      WHEN m0.end_lo > pt.ref_enrolment_hi
                      THEN FALSE
                    END IS TRUE
                    THEN TRUE
                  END
                )
              )
              AND (
                COALESCE(
                  CASE
                    WHEN m0.end_lo >= CAST(DATE_ADD(pt.ref_enrolment_hi, -14) AS DATE)
                    THEN TRUE
                    WHEN m0.end_hi < CAST(DATE_ADD(pt.ref_enrolment_lo, -14) AS DATE)
                    THEN FALSE
                  END,
                  CASE
                    WHEN CASE
                      WHEN m0.start_lo >= CAST(DATE_ADD(pt.ref_enrolment_hi, -14) AS DATE)
                      THEN TRUE
                      WHEN m0.start_hi < CAST(DATE_ADD(pt.ref_enrolment_lo, -14) AS DATE)
                      THEN FALSE
                    END IS TRUE
                    THEN TRUE
                  END
                )
              )
            )
            AND (
              (
                CASE in_prednisone_or_prednisolone_code_m0.grade
                  WHEN 2
                  THEN TRUE
                  WHEN 0
                  THEN FALSE
                END
                AND (
                  (
                    m0.dose * CASE
                      WHEN m0.dose_unit = 'mg'
                      THEN CAST(1.0 AS DOUBLE)
                      WHEN m0.dose_unit = 'g'
                      THEN CAST(1000.0 AS DOUBLE)
                    END
                  ) > CAST(30.0 AS DOUBLE)
                )
              )
              OR (
                CASE in_methylprednisolone_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                AND (
                  (
                    m0.dose * CASE
                      WHEN m0.dose_unit = 'mg'
                      THEN CAST(1.0 AS DOUBLE)
                      WHEN m0.dose_unit = 'g'
                      THEN CAST(1000.0 AS DOUBLE)
                    END
                  ) > CAST(24.0 AS DOUBLE)
                )
              )
              OR (
                CASE in_hydrocortisone_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                AND (
                  (
                    m0.dose * CASE
                      WHEN m0.dose_unit = 'mg'
                      THEN CAST(1.0 AS DOUBLE)
                      WHEN m0.dose_unit = 'g'
                      THEN CAST(1000.0 AS DOUBLE)
                    END
                  ) > CAST(120.0 AS DOUBLE)
                )
              )
              OR (
                CASE in_dexamethasone_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                AND (
                  (
                    m0.dose * CASE
                      WHEN m0.dose_unit = 'mg'
                      THEN CAST(1.0 AS DOUBLE)
                      WHEN m0.dose_unit = 'g'
                      THEN CAST(1000.0 AS DOUBLE)
                    END
                  ) > CAST(4.5 AS DOUBLE)
                )
              )
              OR (
                (
                  NOT CASE in_glucocorticoid_with_equivalent_code_m0.grade
                    WHEN 2
                    THEN TRUE
                    WHEN 0
                    THEN FALSE
                  END
                )
                AND pt.att_steroid_dose_over_30_mg_value_bool
              )
            )
          ) AS INT) * 2,
          1
        )
        WHEN CASE in_systemic_corticosteroid_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS NULL
        THEN LEAST(
          COALESCE(
            CAST((
              (
                (
                  COALESCE(
                    CASE
                      WHEN m0.start_hi <= pt.ref_enrolment_lo
                      THEN TRUE
                      WHEN m0.start_lo > pt.ref_enrolment_hi
                      THEN FALSE
                    END,
                    CASE
                      WHEN CASE
                        WHEN m0.end_hi <= pt.ref_enrolment_lo
                        THEN TRUE
                        WHEN m0.end_lo > pt.ref_enrolment_hi
                        THEN FALSE
                      END IS TRUE
                      THEN TRUE
                    END
                  )
                )
                AND (
                  COALESCE(
                    CASE
                      WHEN m0.end_lo >= CAST(DATE_ADD(pt.ref_enrolment_hi, -14) AS DATE)
                      THEN TRUE
                      WHEN m0.end_hi < CAST(DATE_ADD(pt.ref_enrolment_lo, -14) AS DATE)
                      THEN FALSE
                    END,
                    CASE
                      WHEN CASE
                        WHEN m0.start_lo >= CAST(DATE_ADD(pt.ref_enrolment_hi, -14) AS DATE)
                        THEN TRUE
                        WHEN m0.start_hi < CAST(DATE_ADD(pt.ref_enrolment_lo, -14) AS DATE)
                        THEN FALSE
                      END IS TRUE
                      THEN TRUE
                    END
                  )
                )
              )
              AND (
                (
                  CASE in_prednisone_or_prednisolone_code_m0.grade
                    WHEN 2
                    THEN TRUE
                    WHEN 0
                    THEN FALSE
                  END
                  AND (
                    (
                      m0.dose * CASE
                        WHEN m0.dose_unit = 'mg'
                        THEN CAST(1.0 AS DOUBLE)
                        WHEN m0.dose_unit = 'g'
                        THEN CAST(1000.0 AS DOUBLE)
                      END
                    ) > CAST(30.0 AS DOUBLE)
                  )
                )
                OR (
                  CASE in_methylprednisolone_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                  AND (
                    (
                      m0.dose * CASE
                        WHEN m0.dose_unit = 'mg'
                        THEN CAST(1.0 AS DOUBLE)
                        WHEN m0.dose_unit = 'g'
                        THEN CAST(1000.0 AS DOUBLE)
                      END
                    ) > CAST(24.0 AS DOUBLE)
                  )
                )
                OR (
                  CASE in_hydrocortisone_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                  AND (
                    (
                      m0.dose * CASE
                        WHEN m0.dose_unit = 'mg'
                        THEN CAST(1.0 AS DOUBLE)
                        WHEN m0.dose_unit = 'g'
                        THEN CAST(1000.0 AS DOUBLE)
                      END
                    ) > CAST(120.0 AS DOUBLE)
                  )
                )
                OR (
                  CASE in_dexamethasone_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                  AND (
                    (
                      m0.dose * CASE
                        WHEN m0.dose_unit = 'mg'
                        THEN CAST(1.0 AS DOUBLE)
                        WHEN m0.dose_unit = 'g'
                        THEN CAST(1000.0 AS DOUBLE)
                      END
                    ) > CAST(4.5 AS DOUBLE)
                  )
                )
                OR (
                  (
                    NOT CASE in_glucocorticoid_with_equivalent_code_m0.grade
                      WHEN 2
                      THEN TRUE
                      WHEN 0
                      THEN FALSE
                    END
                  )
                  AND pt.att_steroid_dose_over_30_mg_value_bool
                )
              )
            ) AS INT) * 2,
            1
          ),
          1
        )
      END AS g4,
      CASE
        WHEN CASE in_immunosuppressant_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        THEN COALESCE(
          CAST((
            (
              COALESCE(
                CASE
                  WHEN m0.start_hi <= pt.ref_enrolment_lo
                  THEN TRUE
                  WHEN m0.start_lo > pt.ref_enrolment_hi
                  THEN FALSE
                END,
                CASE
                  WHEN CASE
                    WHEN m0.end_hi <= pt.ref_enrolment_lo
                    THEN TRUE
                    WHEN m0.end_lo > pt.ref_enrolment_hi
                    THEN FALSE
                  END IS TRUE
                  THEN TRUE
                END
              )
            )
            AND (
              COALESCE(
                CASE
                  WHEN m0.end_lo >= CAST(DATE_ADD(pt.ref_enrolment_hi, -14) AS DATE)
                  THEN TRUE
                  WHEN m0.end_hi < CAST(DATE_ADD(pt.ref_enrolment_lo, -14) AS DATE)
                  THEN FALSE
                END,
                CASE
                  WHEN CASE
                    WHEN m0.start_lo >= CAST(DATE_ADD(pt.ref_enrolment_hi, -14) AS DATE)
                    THEN TRUE
                    WHEN m0.start_hi < CAST(DATE_ADD(pt.ref_enrolment_lo, -14) AS DATE)
                    THEN FALSE
                  END IS TRUE
                  THEN TRUE
                END
              )
            )
          ) AS INT) * 2,
          1
        )
        WHEN CASE in_immunosuppressant_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS NULL
        THEN LEAST(
          COALESCE(
            CAST((
              (
                COALESCE(
                  CASE
                    WHEN m0.start_hi <= pt.ref_enrolment_lo
                    THEN TRUE
                    WHEN m0.start_lo > pt.ref_enrolment_hi
                    THEN FALSE
                  END,
                  CASE
                    WHEN CASE
                      WHEN m0.end_hi <= pt.ref_enrolment_lo
                      THEN TRUE
                      WHEN m0.end_lo > pt.ref_enrolment_hi
                      THEN FALSE
                    END IS TRUE
                    THEN TRUE
                  END
                )
              )
              AND (
                COALESCE(
                  CASE
                    WHEN m0.end_lo >= CAST(DATE_ADD(pt.ref_enrolment_hi, -14) AS DATE)
                    THEN TRUE
                    WHEN m0.end_hi < CAST(DATE_ADD(pt.ref_enrolment_lo, -14) AS DATE)
                    THEN FALSE
                  END,
                  CASE
                    WHEN CASE
                      WHEN m0.start_lo >= CAST(DATE_ADD(pt.ref_enrolment_hi, -14) AS DATE)
                      THEN TRUE
                      WHEN m0.start_hi < CAST(DATE_ADD(pt.ref_enrolment_lo, -14) AS DATE)
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
      END AS g5
    FROM medications AS m0
    JOIN patient_facts AS pt
      ON pt.patient_id = m0.patient_id
    LEFT JOIN in_platinum_compound_code_m0 AS in_platinum_compound_code_m0
      ON in_platinum_compound_code_m0.patient_id = m0.patient_id
      AND in_platinum_compound_code_m0.m0_seq = m0.seq
    LEFT JOIN in_metformin_code_m0 AS in_metformin_code_m0
      ON in_metformin_code_m0.patient_id = m0.patient_id
      AND in_metformin_code_m0.m0_seq = m0.seq
    LEFT JOIN in_pd1_pdl1_inhibitor_code_m0 AS in_pd1_pdl1_inhibitor_code_m0
      ON in_pd1_pdl1_inhibitor_code_m0.patient_id = m0.patient_id
      AND in_pd1_pdl1_inhibitor_code_m0.m0_seq = m0.seq
    LEFT JOIN in_ctla4_inhibitor_code_m0 AS in_ctla4_inhibitor_code_m0
      ON in_ctla4_inhibitor_code_m0.patient_id = m0.patient_id
      AND in_ctla4_inhibitor_code_m0.m0_seq = m0.seq
    LEFT JOIN in_systemic_corticosteroid_code_m0 AS in_systemic_corticosteroid_code_m0
      ON in_systemic_corticosteroid_code_m0.patient_id = m0.patient_id
      AND in_systemic_corticosteroid_code_m0.m0_seq = m0.seq
    LEFT JOIN in_prednisone_or_prednisolone_code_m0 AS in_prednisone_or_prednisolone_code_m0
      ON in_prednisone_or_prednisolone_code_m0.patient_id = m0.patient_id
      AND in_prednisone_or_prednisolone_code_m0.m0_seq = m0.seq
    LEFT JOIN in_methylprednisolone_code_m0 AS in_methylprednisolone_code_m0
      ON in_methylprednisolone_code_m0.patient_id = m0.patient_id
      AND in_methylprednisolone_code_m0.m0_seq = m0.seq
    LEFT JOIN in_hydrocortisone_code_m0 AS in_hydrocortisone_code_m0
      ON in_hydrocortisone_code_m0.patient_id = m0.patient_id
      AND in_hydrocortisone_code_m0.m0_seq = m0.seq
    LEFT JOIN in_dexamethasone_code_m0 AS in_dexamethasone_code_m0
      ON in_dexamethasone_code_m0.patient_id = m0.patient_id
      AND in_dexamethasone_code_m0.m0_seq = m0.seq
    LEFT JOIN in_glucocorticoid_with_equivalent_code_m0 AS in_glucocorticoid_with_equivalent_code_m0
      ON in_glucocorticoid_with_equivalent_code_m0.patient_id = m0.patient_id
      AND in_glucocorticoid_with_equivalent_code_m0.m0_seq = m0.seq
    LEFT JOIN in_immunosuppressant_code_m0 AS in_immunosuppressant_code_m0
      ON in_immunosuppressant_code_m0.patient_id = m0.patient_id
      AND in_immunosuppressant_code_m0.m0_seq = m0.seq
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
              WHEN o0.date_lo > m0.start_hi
              THEN TRUE
              WHEN o0.date_hi <= m0.start_lo
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
                WHEN m0.end_hi <= o0.date_lo AND o0.date_hi <= CAST(ADD_MONTHS(m0.end_lo, 6) AS DATE)
                THEN TRUE
                WHEN o0.date_hi < m0.end_lo OR o0.date_lo > CAST(ADD_MONTHS(m0.end_hi, 6) AS DATE)
                THEN FALSE
              END
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
              AND (
                CASE
                  WHEN o0.date_hi <= m0.end_lo
                  THEN TRUE
                  WHEN o0.date_lo > m0.end_hi
                  THEN FALSE
                END
                OR CASE
                  WHEN m0.end_hi <= o0.date_lo AND o0.date_hi <= CAST(ADD_MONTHS(m0.end_lo, 6) AS DATE)
                  THEN TRUE
                  WHEN o0.date_hi < m0.end_lo OR o0.date_lo > CAST(ADD_MONTHS(m0.end_hi, 6) AS DATE)
                  THEN FALSE
                END
              )
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
                WHEN m0.end_hi <= o0.date_lo AND o0.date_hi <= CAST(ADD_MONTHS(m0.end_lo, 6) AS DATE)
                THEN TRUE
                WHEN o0.date_hi < m0.end_lo OR o0.date_lo > CAST(ADD_MONTHS(m0.end_hi, 6) AS DATE)
                THEN FALSE
              END
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
                  WHEN m0.end_hi <= o0.date_lo AND o0.date_hi <= CAST(ADD_MONTHS(m0.end_lo, 6) AS DATE)
                  THEN TRUE
                  WHEN o0.date_hi < m0.end_lo OR o0.date_lo > CAST(ADD_MONTHS(m0.end_hi, 6) AS DATE)
                  THEN FALSE
                END
              )
            ) AS INT) * 2,
            1
          ),
          1
        )
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
), medication_queries_per_p0_per_c0_1 AS (
  SELECT
    r.patient_id,
    r.p0_seq,
    r.c0_seq,
    MAX(r.g1) AS platinum_compound_grade
  FROM (
    SELECT
      m0.patient_id AS patient_id,
      p0.seq AS p0_seq,
      c0.seq AS c0_seq,
      CASE
        WHEN CASE in_platinum_compound_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
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
              WHEN m0.start_hi <= p0.end_lo
              THEN TRUE
              WHEN m0.start_lo > p0.end_hi
              THEN FALSE
            END
            AND (
              (
                NOT (
                  NOT m0.end_lo IS NULL
                )
              )
              OR CASE
                WHEN m0.end_lo >= p0.start_hi
                THEN TRUE
                WHEN m0.end_hi < p0.start_lo
                THEN FALSE
              END
            )
          ) AS INT) * 2,
          1
        )
        WHEN CASE in_platinum_compound_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS NULL
        THEN LEAST(
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
                WHEN m0.start_hi <= p0.end_lo
                THEN TRUE
                WHEN m0.start_lo > p0.end_hi
                THEN FALSE
              END
              AND (
                (
                  NOT (
                    NOT m0.end_lo IS NULL
                  )
                )
                OR CASE
                  WHEN m0.end_lo >= p0.start_hi
                  THEN TRUE
                  WHEN m0.end_hi < p0.start_lo
                  THEN FALSE
                END
              )
            ) AS INT) * 2,
            1
          ),
          1
        )
      END AS g1
    FROM medications AS m0
    JOIN conditions AS c0
      ON c0.patient_id = m0.patient_id
    JOIN procedures AS p0
      ON p0.patient_id = m0.patient_id
    LEFT JOIN in_platinum_compound_code_m0 AS in_platinum_compound_code_m0
      ON in_platinum_compound_code_m0.patient_id = m0.patient_id
      AND in_platinum_compound_code_m0.m0_seq = m0.seq
    WHERE
      NOT CASE in_platinum_compound_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
      AND (
        m0.status IS NULL
        OR NOT m0.status IN ('entered_in_error', 'intended', 'not_taken')
      )
  ) AS r
  GROUP BY
    r.patient_id,
    r.p0_seq,
    r.c0_seq
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
              ELSE ARRAY_CONTAINS(o0.focus, c0.id)
            END
            AND (
              CASE
                WHEN COALESCE(o0.value_text, o0.value_code) IN ('improving', 'stable', 'progressing')
                THEN COALESCE(o0.value_text, o0.value_code)
              END = 'progressing'
            )
            AND CASE
              WHEN o0.date_lo > p0.end_hi
              THEN TRUE
              WHEN o0.date_hi <= p0.end_lo
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
                ELSE ARRAY_CONTAINS(o0.focus, c0.id)
              END
              AND (
                CASE
                  WHEN COALESCE(o0.value_text, o0.value_code) IN ('improving', 'stable', 'progressing')
                  THEN COALESCE(o0.value_text, o0.value_code)
                END = 'progressing'
              )
              AND CASE
                WHEN o0.date_lo > p0.end_hi
                THEN TRUE
                WHEN o0.date_hi <= p0.end_lo
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
), lesion_queries_1 AS (
  SELECT
    r.patient_id,
    MAX(r.g1) AS any_grade,
    MAX(r.g2) AS any_2_grade
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
          AND (
            NOT CASE in_brain_topography_body_site_l0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
          )
          AND CASE
            WHEN CAST(DATE_ADD(pt.ref_enrolment_hi, -28) AS DATE) <= l0.date_lo
            AND l0.date_hi <= pt.ref_enrolment_lo
            THEN TRUE
            WHEN l0.date_hi < CAST(DATE_ADD(pt.ref_enrolment_lo, -28) AS DATE)
            OR l0.date_lo > pt.ref_enrolment_hi
            THEN FALSE
          END
        ) AS INT) * 2,
        1
      ) AS g1,
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
          AND (
            NOT CASE in_cns_topography_body_site_l0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
          )
          AND CASE
            WHEN CAST(DATE_ADD(pt.ref_enrolment_hi, -28) AS DATE) <= l0.date_lo
            AND l0.date_hi <= pt.ref_enrolment_lo
            THEN TRUE
            WHEN l0.date_hi < CAST(DATE_ADD(pt.ref_enrolment_lo, -28) AS DATE)
            OR l0.date_lo > pt.ref_enrolment_hi
            THEN FALSE
          END
        ) AS INT) * 2,
        1
      ) AS g2
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
    LEFT JOIN in_brain_topography_body_site_l0 AS in_brain_topography_body_site_l0
      ON in_brain_topography_body_site_l0.patient_id = l0.patient_id
      AND in_brain_topography_body_site_l0.l0_seq = l0.seq
    LEFT JOIN in_cns_topography_body_site_l0 AS in_cns_topography_body_site_l0
      ON in_cns_topography_body_site_l0.patient_id = l0.patient_id
      AND in_cns_topography_body_site_l0.l0_seq = l0.seq
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
        THEN COALESCE(
          CAST((
            (
              s0.status = 'available'
            )
            AND CASE
              WHEN CAST(ADD_MONTHS(pt.ref_enrolment_hi, -12) AS DATE) <= s0.collected_lo
              AND s0.collected_hi <= pt.ref_enrolment_lo
              THEN TRUE
              WHEN s0.collected_hi < CAST(ADD_MONTHS(pt.ref_enrolment_lo, -12) AS DATE)
              OR s0.collected_lo > pt.ref_enrolment_hi
              THEN FALSE
            END
          ) AS INT) * 2,
          1
        )
        WHEN CASE in_tumour_tissue_specimen_code_s0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS NULL
        THEN LEAST(
          COALESCE(
            CAST((
              (
                s0.status = 'available'
              )
              AND CASE
                WHEN CAST(ADD_MONTHS(pt.ref_enrolment_hi, -12) AS DATE) <= s0.collected_lo
                AND s0.collected_hi <= pt.ref_enrolment_lo
                THEN TRUE
                WHEN s0.collected_hi < CAST(ADD_MONTHS(pt.ref_enrolment_lo, -12) AS DATE)
                OR s0.collected_lo > pt.ref_enrolment_hi
                THEN FALSE
              END
            ) AS INT) * 2,
            1
          ),
          1
        )
      END AS g1
    FROM specimens AS s0
    JOIN patient_facts AS pt
      ON pt.patient_id = s0.patient_id
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
), pd_l1_tumour_cells_latest_candidates AS (
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
    CASE in_pd_l1_tumour_cells_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
    AND CASE
      WHEN o0.date_hi < pt.ref_enrolment_lo
      THEN TRUE
      WHEN o0.date_lo >= pt.ref_enrolment_hi
      THEN FALSE
    END AS inside
  FROM observations AS o0
  JOIN patient_facts AS pt
    ON pt.patient_id = o0.patient_id
  LEFT JOIN in_pd_l1_tumour_cells_code_o0 AS in_pd_l1_tumour_cells_code_o0
    ON in_pd_l1_tumour_cells_code_o0.patient_id = o0.patient_id
    AND in_pd_l1_tumour_cells_code_o0.o0_seq = o0.seq
  WHERE
    (
      o0.status IS NULL OR NOT o0.status IN ('cancelled', 'entered_in_error')
    )
    AND NOT CASE in_pd_l1_tumour_cells_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
), anc_latest_candidates AS (
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
    CASE in_anc_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
    AND CASE
      WHEN CAST(DATE_ADD(pt.ref_enrolment_hi, -14) AS DATE) <= o0.date_lo
      AND o0.date_hi <= pt.ref_enrolment_lo
      THEN TRUE
      WHEN o0.date_hi < CAST(DATE_ADD(pt.ref_enrolment_lo, -14) AS DATE)
      OR o0.date_lo > pt.ref_enrolment_hi
      THEN FALSE
    END AS inside
  FROM observations AS o0
  JOIN patient_facts AS pt
    ON pt.patient_id = o0.patient_id
  LEFT JOIN in_anc_code_o0 AS in_anc_code_o0
    ON in_anc_code_o0.patient_id = o0.patient_id AND in_anc_code_o0.o0_seq = o0.seq
  WHERE
    (
      o0.status IS NULL OR NOT o0.status IN ('cancelled', 'entered_in_error')
    )
    AND NOT CASE in_anc_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
), white_cell_count_latest_candidates AS (
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
    CASE in_white_cell_count_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
    AND CASE
      WHEN CAST(DATE_ADD(pt.ref_enrolment_hi, -14) AS DATE) <= o0.date_lo
      AND o0.date_hi <= pt.ref_enrolment_lo
      THEN TRUE
      WHEN o0.date_hi < CAST(DATE_ADD(pt.ref_enrolment_lo, -14) AS DATE)
      OR o0.date_lo > pt.ref_enrolment_hi
      THEN FALSE
    END AS inside
  FROM observations AS o0
  JOIN patient_facts AS pt
    ON pt.patient_id = o0.patient_id
  LEFT JOIN in_white_cell_count_code_o0 AS in_white_cell_count_code_o0
    ON in_white_cell_count_code_o0.patient_id = o0.patient_id
    AND in_white_cell_count_code_o0.o0_seq = o0.seq
  WHERE
    (
      o0.status IS NULL OR NOT o0.status IN ('cancelled', 'entered_in_error')
    )
    AND NOT CASE in_white_cell_count_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
), platelets_latest_candidates AS (
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
    CASE in_platelets_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
    AND CASE
      WHEN CAST(DATE_ADD(pt.ref_enrolment_hi, -14) AS DATE) <= o0.date_lo
      AND o0.date_hi <= pt.ref_enrolment_lo
      THEN TRUE
      WHEN o0.date_hi < CAST(DATE_ADD(pt.ref_enrolment_lo, -14) AS DATE)
      OR o0.date_lo > pt.ref_enrolment_hi
      THEN FALSE
    END AS inside
  FROM observations AS o0
  JOIN patient_facts AS pt
    ON pt.patient_id = o0.patient_id
  LEFT JOIN in_platelets_code_o0 AS in_platelets_code_o0
    ON in_platelets_code_o0.patient_id = o0.patient_id
    AND in_platelets_code_o0.o0_seq = o0.seq
  WHERE
    (
      o0.status IS NULL OR NOT o0.status IN ('cancelled', 'entered_in_error')
    )
    AND NOT CASE in_platelets_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
), haemoglobin_latest_candidates AS (
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
    CASE in_haemoglobin_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
    AND CASE
      WHEN CAST(DATE_ADD(pt.ref_enrolment_hi, -14) AS DATE) <= o0.date_lo
      AND o0.date_hi <= pt.ref_enrolment_lo
      THEN TRUE
      WHEN o0.date_hi < CAST(DATE_ADD(pt.ref_enrolment_lo, -14) AS DATE)
      OR o0.date_lo > pt.ref_enrolment_hi
      THEN FALSE
    END AS inside
  FROM observations AS o0
  JOIN patient_facts AS pt
    ON pt.patient_id = o0.patient_id
  LEFT JOIN in_haemoglobin_code_o0 AS in_haemoglobin_code_o0
    ON in_haemoglobin_code_o0.patient_id = o0.patient_id
    AND in_haemoglobin_code_o0.o0_seq = o0.seq
  WHERE
    (
      o0.status IS NULL OR NOT o0.status IN ('cancelled', 'entered_in_error')
    )
    AND NOT CASE in_haemoglobin_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
), total_bilirubin_latest_candidates AS (
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
    CASE in_total_bilirubin_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
    AND CASE
      WHEN CAST(DATE_ADD(pt.ref_enrolment_hi, -14) AS DATE) <= o0.date_lo
      AND o0.date_hi <= pt.ref_enrolment_lo
      THEN TRUE
      WHEN o0.date_hi < CAST(DATE_ADD(pt.ref_enrolment_lo, -14) AS DATE)
      OR o0.date_lo > pt.ref_enrolment_hi
      THEN FALSE
    END AS inside
  FROM observations AS o0
  JOIN patient_facts AS pt
    ON pt.patient_id = o0.patient_id
  LEFT JOIN in_total_bilirubin_code_o0 AS in_total_bilirubin_code_o0
    ON in_total_bilirubin_code_o0.patient_id = o0.patient_id
    AND in_total_bilirubin_code_o0.o0_seq = o0.seq
  WHERE
    (
      o0.status IS NULL OR NOT o0.status IN ('cancelled', 'entered_in_error')
    )
    AND NOT CASE in_total_bilirubin_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
), ast_latest_candidates AS (
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
    CASE in_ast_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
    AND CASE
      WHEN CAST(DATE_ADD(pt.ref_enrolment_hi, -14) AS DATE) <= o0.date_lo
      AND o0.date_hi <= pt.ref_enrolment_lo
      THEN TRUE
      WHEN o0.date_hi < CAST(DATE_ADD(pt.ref_enrolment_lo, -14) AS DATE)
      OR o0.date_lo > pt.ref_enrolment_hi
      THEN FALSE
    END AS inside
  FROM observations AS o0
  JOIN patient_facts AS pt
    ON pt.patient_id = o0.patient_id
  LEFT JOIN in_ast_code_o0 AS in_ast_code_o0
    ON in_ast_code_o0.patient_id = o0.patient_id AND in_ast_code_o0.o0_seq = o0.seq
  WHERE
    (
      o0.status IS NULL OR NOT o0.status IN ('cancelled', 'entered_in_error')
    )
    AND NOT CASE in_ast_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
), alt_latest_candidates AS (
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
    CASE in_alt_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
    AND CASE
      WHEN CAST(DATE_ADD(pt.ref_enrolment_hi, -14) AS DATE) <= o0.date_lo
      AND o0.date_hi <= pt.ref_enrolment_lo
      THEN TRUE
      WHEN o0.date_hi < CAST(DATE_ADD(pt.ref_enrolment_lo, -14) AS DATE)
      OR o0.date_lo > pt.ref_enrolment_hi
      THEN FALSE
    END AS inside
  FROM observations AS o0
  JOIN patient_facts AS pt
    ON pt.patient_id = o0.patient_id
  LEFT JOIN in_alt_code_o0 AS in_alt_code_o0
    ON in_alt_code_o0.patient_id = o0.patient_id AND in_alt_code_o0.o0_seq = o0.seq
  WHERE
    (
      o0.status IS NULL OR NOT o0.status IN ('cancelled', 'entered_in_error')
    )
    AND NOT CASE in_alt_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
), albumin_latest_candidates AS (
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
    CASE in_albumin_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
    AND CASE
      WHEN CAST(DATE_ADD(pt.ref_enrolment_hi, -14) AS DATE) <= o0.date_lo
      AND o0.date_hi <= pt.ref_enrolment_lo
      THEN TRUE
      WHEN o0.date_hi < CAST(DATE_ADD(pt.ref_enrolment_lo, -14) AS DATE)
      OR o0.date_lo > pt.ref_enrolment_hi
      THEN FALSE
    END AS inside
  FROM observations AS o0
  JOIN patient_facts AS pt
    ON pt.patient_id = o0.patient_id
  LEFT JOIN in_albumin_code_o0 AS in_albumin_code_o0
    ON in_albumin_code_o0.patient_id = o0.patient_id
    AND in_albumin_code_o0.o0_seq = o0.seq
  WHERE
    (
      o0.status IS NULL OR NOT o0.status IN ('cancelled', 'entered_in_error')
    )
    AND NOT CASE in_albumin_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
), creatinine_latest_candidates AS (
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
    CASE in_creatinine_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
    AND CASE
      WHEN CAST(DATE_ADD(pt.ref_enrolment_hi, -14) AS DATE) <= o0.date_lo
      AND o0.date_hi <= pt.ref_enrolment_lo
      THEN TRUE
      WHEN o0.date_hi < CAST(DATE_ADD(pt.ref_enrolment_lo, -14) AS DATE)
      OR o0.date_lo > pt.ref_enrolment_hi
      THEN FALSE
    END AS inside
  FROM observations AS o0
  JOIN patient_facts AS pt
    ON pt.patient_id = o0.patient_id
  LEFT JOIN in_creatinine_code_o0 AS in_creatinine_code_o0
    ON in_creatinine_code_o0.patient_id = o0.patient_id
    AND in_creatinine_code_o0.o0_seq = o0.seq
  WHERE
    (
      o0.status IS NULL OR NOT o0.status IN ('cancelled', 'entered_in_error')
    )
    AND NOT CASE in_creatinine_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
), creatinine_clearance_cg_latest_candidates AS (
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
    CASE in_creatinine_clearance_cg_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
    AND CASE
      WHEN CAST(DATE_ADD(pt.ref_enrolment_hi, -14) AS DATE) <= o0.date_lo
      AND o0.date_hi <= pt.ref_enrolment_lo
      THEN TRUE
      WHEN o0.date_hi < CAST(DATE_ADD(pt.ref_enrolment_lo, -14) AS DATE)
      OR o0.date_lo > pt.ref_enrolment_hi
      THEN FALSE
    END AS inside
  FROM observations AS o0
  JOIN patient_facts AS pt
    ON pt.patient_id = o0.patient_id
  LEFT JOIN in_creatinine_clearance_cg_code_o0 AS in_creatinine_clearance_cg_code_o0
    ON in_creatinine_clearance_cg_code_o0.patient_id = o0.patient_id
    AND in_creatinine_clearance_cg_code_o0.o0_seq = o0.seq
  WHERE
    (
      o0.status IS NULL OR NOT o0.status IN ('cancelled', 'entered_in_error')
    )
    AND NOT CASE in_creatinine_clearance_cg_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
), condition_queries_1 AS (
  SELECT
    r.patient_id,
    MAX(r.g1) AS lung_cancer_grade,
    MAX(r.g2) AS type_2_diabetes_grade,
    MAX(r.g3) AS infection_grade,
    MAX(r.g4) AS hiv_or_aids_grade,
    MAX(r.g5) AS hepatitis_c_grade,
    MAX(r.g6) AS tuberculosis_grade,
    MAX(r.g7) AS heart_failure_grade,
    MAX(r.g8) AS cardiac_arrhythmia_grade,
    MAX(r.g9) AS arterial_thromboembolic_event_grade,
    MAX(r.g10) AS brain_metastasis_grade,
    MAX(r.g11) AS cns_metastasis_grade,
    MAX(r.g12) AS intracranial_haemorrhage_grade,
    MAX(r.g13) AS cns_metastasis_2_grade,
    MAX(r.g14) AS any_grade,
    MAX(r.g15) AS any_2_grade,
    MAX(r.g16) AS serous_effusion_grade,
    MAX(r.g17) AS any_3_grade,
    MAX(r.g18) AS solid_organ_transplant_status_grade,
    MAX(r.g19) AS pregnant_state_grade,
    MAX(r.g20) AS metabolic_acidosis_grade
  FROM (
    SELECT
      c0.patient_id AS patient_id,
      CASE
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE in_lung_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_lung_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        END
        THEN COALESCE(
          CAST(CASE
            WHEN c0.histology_system IN ('ICDO3')
            THEN (
              c0.histology_system = 'ICDO3' AND (
                c0.histology_code IN ('8045/3')
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
            WHEN CASE in_lung_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_lung_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        END IS NULL
        THEN LEAST(
          COALESCE(
            CAST(CASE
              WHEN c0.histology_system IN ('ICDO3')
              THEN (
                c0.histology_system = 'ICDO3' AND (
                  c0.histology_code IN ('8045/3')
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
            WHEN CASE in_type_2_diabetes_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_type_2_diabetes_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        END
        THEN COALESCE(CAST(TRUE AS INT) * 2, 1)
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE in_type_2_diabetes_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_type_2_diabetes_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        END IS NULL
        THEN LEAST(COALESCE(CAST(TRUE AS INT) * 2, 1), 1)
      END AS g2,
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
      END AS g3,
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
      END AS g4,
      CASE
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE in_hepatitis_c_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_hepatitis_c_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
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
            WHEN CASE in_hepatitis_c_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_hepatitis_c_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
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
      END AS g5,
      CASE
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE in_tuberculosis_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_tuberculosis_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
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
            WHEN CASE in_tuberculosis_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_tuberculosis_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
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
      END AS g6,
      CASE
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE in_heart_failure_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_heart_failure_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
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
            WHEN CASE in_heart_failure_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_heart_failure_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
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
            WHEN CASE in_cardiac_arrhythmia_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_cardiac_arrhythmia_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
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
            AND pt.att_arrhythmia_poorly_controlled_value_bool
          ) AS INT) * 2,
          1
        )
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE in_cardiac_arrhythmia_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_cardiac_arrhythmia_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
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
              AND pt.att_arrhythmia_poorly_controlled_value_bool
            ) AS INT) * 2,
            1
          ),
          1
        )
      END AS g8,
      CASE
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE in_arterial_thromboembolic_event_code_c0.grade
              WHEN 2
              THEN TRUE
              WHEN 0
              THEN FALSE
            END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_arterial_thromboembolic_event_code_c0.grade
            WHEN 2
            THEN TRUE
            WHEN 0
            THEN FALSE
          END
        END
        THEN COALESCE(
          CAST(CASE
            WHEN CAST(ADD_MONTHS(pt.ref_enrolment_hi, -6) AS DATE) <= c0.onset_lo
            AND c0.onset_hi <= pt.ref_enrolment_lo
            THEN TRUE
            WHEN c0.onset_hi < CAST(ADD_MONTHS(pt.ref_enrolment_lo, -6) AS DATE)
            OR c0.onset_lo > pt.ref_enrolment_hi
            THEN FALSE
          END AS INT) * 2,
          1
        )
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE in_arterial_thromboembolic_event_code_c0.grade
              WHEN 2
              THEN TRUE
              WHEN 0
              THEN FALSE
            END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_arterial_thromboembolic_event_code_c0.grade
            WHEN 2
            THEN TRUE
            WHEN 0
            THEN FALSE
          END
        END IS NULL
        THEN LEAST(
          COALESCE(
            CAST(CASE
              WHEN CAST(ADD_MONTHS(pt.ref_enrolment_hi, -6) AS DATE) <= c0.onset_lo
              AND c0.onset_hi <= pt.ref_enrolment_lo
              THEN TRUE
              WHEN c0.onset_hi < CAST(ADD_MONTHS(pt.ref_enrolment_lo, -6) AS DATE)
              OR c0.onset_lo > pt.ref_enrolment_hi
              THEN FALSE
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
            WHEN CASE in_brain_metastasis_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_brain_metastasis_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
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
            WHEN CASE in_brain_metastasis_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_brain_metastasis_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
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
            WHEN CASE in_cns_metastasis_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_cns_metastasis_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        END
        THEN COALESCE(
          CAST((
            (
              NOT CASE in_brain_metastasis_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
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
          THEN CASE
            WHEN CASE in_cns_metastasis_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_cns_metastasis_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        END IS NULL
        THEN LEAST(
          COALESCE(
            CAST((
              (
                NOT CASE in_brain_metastasis_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
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
            WHEN CASE in_intracranial_haemorrhage_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_intracranial_haemorrhage_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        END
        THEN COALESCE(CAST(TRUE AS INT) * 2, 1)
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE in_intracranial_haemorrhage_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_intracranial_haemorrhage_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        END IS NULL
        THEN LEAST(COALESCE(CAST(TRUE AS INT) * 2, 1), 1)
      END AS g12,
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
            AND CASE in_brainstem_cerebellum_or_spinal_cord_body_site.grade
              WHEN 2
              THEN TRUE
              WHEN 0
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
              AND CASE in_brainstem_cerebellum_or_spinal_cord_body_site.grade
                WHEN 2
                THEN TRUE
                WHEN 0
                THEN FALSE
              END
            ) AS INT) * 2,
            1
          ),
          1
        )
      END AS g13,
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
              CASE in_malignancy_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
              AND (
                NOT (
                  (
                    CASE in_lung_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                    AND (
                      CASE
                        WHEN c0.histology_system IN ('ICDO3')
                        THEN (
                          c0.histology_system = 'ICDO3'
                          AND (
                            c0.histology_code IN ('8041/3', '8042/3', '8043/3', '8044/3', '8045/3')
                          )
                        )
                      END
                      OR (
                        NOT (
                          NOT c0.histology_code IS NULL
                        )
                      )
                    )
                  )
                  OR (
                    (
                      NOT CASE in_lung_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                    )
                    AND CASE in_sclc_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                  )
                )
              )
              AND (
                NOT CASE in_secondary_malignant_neoplasm_code_c0.grade
                  WHEN 2
                  THEN TRUE
                  WHEN 0
                  THEN FALSE
                END
              )
              AND (
                NOT CASE in_non_melanoma_skin_or_allowed_in_situ_code_c0.grade
                  WHEN 2
                  THEN TRUE
                  WHEN 0
                  THEN FALSE
                END
              )
            )
            AND NOT (
              CASE
                WHEN NOT (
                  NOT c0.status IS NULL
                )
                THEN CAST(NULL AS BOOLEAN)
                ELSE (
                  (
                    c0.status = 'remission'
                  ) OR (
                    c0.status = 'resolved'
                  )
                )
              END
              AND CASE
                WHEN c0.abatement_hi <= CAST(ADD_MONTHS(pt.ref_enrolment_lo, -60) AS DATE)
                THEN TRUE
                WHEN c0.abatement_lo > CAST(ADD_MONTHS(pt.ref_enrolment_hi, -60) AS DATE)
                THEN FALSE
              END
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
        THEN LEAST(
          COALESCE(
            CAST((
              (
                CASE in_malignancy_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                AND (
                  NOT (
                    (
                      CASE in_lung_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                      AND (
                        CASE
                          WHEN c0.histology_system IN ('ICDO3')
                          THEN (
                            c0.histology_system = 'ICDO3'
                            AND (
                              c0.histology_code IN ('8041/3', '8042/3', '8043/3', '8044/3', '8045/3')
                            )
                          )
                        END
                        OR (
                          NOT (
                            NOT c0.histology_code IS NULL
                          )
                        )
                      )
                    )
                    OR (
                      (
                        NOT CASE in_lung_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                      )
                      AND CASE in_sclc_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                    )
                  )
                )
                AND (
                  NOT CASE in_secondary_malignant_neoplasm_code_c0.grade
                    WHEN 2
                    THEN TRUE
                    WHEN 0
                    THEN FALSE
                  END
                )
                AND (
                  NOT CASE in_non_melanoma_skin_or_allowed_in_situ_code_c0.grade
                    WHEN 2
                    THEN TRUE
                    WHEN 0
                    THEN FALSE
                  END
                )
              )
              AND NOT (
                CASE
                  WHEN NOT (
                    NOT c0.status IS NULL
                  )
                  THEN CAST(NULL AS BOOLEAN)
                  ELSE (
                    (
                      c0.status = 'remission'
                    ) OR (
                      c0.status = 'resolved'
                    )
                  )
                END
                AND CASE
                  WHEN c0.abatement_hi <= CAST(ADD_MONTHS(pt.ref_enrolment_lo, -60) AS DATE)
                  THEN TRUE
                  WHEN c0.abatement_lo > CAST(ADD_MONTHS(pt.ref_enrolment_hi, -60) AS DATE)
                  THEN FALSE
                END
              )
            ) AS INT) * 2,
            1
          ),
          1
        )
      END AS g14,
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
            CASE in_malignancy_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
            AND (
              NOT (
                (
                  CASE in_lung_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                  AND (
                    CASE
                      WHEN c0.histology_system IN ('ICDO3')
                      THEN (
                        c0.histology_system = 'ICDO3'
                        AND (
                          c0.histology_code IN ('8041/3', '8042/3', '8043/3', '8044/3', '8045/3')
                        )
                      )
                    END
                    OR (
                      NOT (
                        NOT c0.histology_code IS NULL
                      )
                    )
                  )
                )
                OR (
                  (
                    NOT CASE in_lung_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                  )
                  AND CASE in_sclc_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                )
              )
            )
            AND (
              NOT CASE in_secondary_malignant_neoplasm_code_c0.grade
                WHEN 2
                THEN TRUE
                WHEN 0
                THEN FALSE
              END
            )
            AND (
              NOT CASE in_non_melanoma_skin_or_allowed_in_situ_code_c0.grade
                WHEN 2
                THEN TRUE
                WHEN 0
                THEN FALSE
              END
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
        THEN LEAST(
          COALESCE(
            CAST((
              CASE in_malignancy_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
              AND (
                NOT (
                  (
                    CASE in_lung_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                    AND (
                      CASE
                        WHEN c0.histology_system IN ('ICDO3')
                        THEN (
                          c0.histology_system = 'ICDO3'
                          AND (
                            c0.histology_code IN ('8041/3', '8042/3', '8043/3', '8044/3', '8045/3')
                          )
                        )
                      END
                      OR (
                        NOT (
                          NOT c0.histology_code IS NULL
                        )
                      )
                    )
                  )
                  OR (
                    (
                      NOT CASE in_lung_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                    )
                    AND CASE in_sclc_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                  )
                )
              )
              AND (
                NOT CASE in_secondary_malignant_neoplasm_code_c0.grade
                  WHEN 2
                  THEN TRUE
                  WHEN 0
                  THEN FALSE
                END
              )
              AND (
                NOT CASE in_non_melanoma_skin_or_allowed_in_situ_code_c0.grade
                  WHEN 2
                  THEN TRUE
                  WHEN 0
                  THEN FALSE
                END
              )
            ) AS INT) * 2,
            1
          ),
          1
        )
      END AS g15,
      CASE
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE in_serous_effusion_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_serous_effusion_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
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
            AND pt.att_effusion_uncontrollable_value_bool
          ) AS INT) * 2,
          1
        )
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE in_serous_effusion_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_serous_effusion_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
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
              AND pt.att_effusion_uncontrollable_value_bool
            ) AS INT) * 2,
            1
          ),
          1
        )
      END AS g16,
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
                CASE in_autoimmune_disease_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                OR CASE in_asthma_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
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
            )
            AND NOT (
              CASE in_vitiligo_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
              OR CASE in_hypothyroidism_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
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
        THEN LEAST(
          COALESCE(
            CAST((
              (
                (
                  CASE in_autoimmune_disease_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                  OR CASE in_asthma_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
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
              )
              AND NOT (
                CASE in_vitiligo_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                OR CASE in_hypothyroidism_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
              )
            ) AS INT) * 2,
            1
          ),
          1
        )
      END AS g17,
      CASE
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE in_solid_organ_transplant_status_code_c0.grade
              WHEN 2
              THEN TRUE
              WHEN 0
              THEN FALSE
            END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_solid_organ_transplant_status_code_c0.grade
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
            WHEN CASE in_solid_organ_transplant_status_code_c0.grade
              WHEN 2
              THEN TRUE
              WHEN 0
              THEN FALSE
            END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_solid_organ_transplant_status_code_c0.grade
            WHEN 2
            THEN TRUE
            WHEN 0
            THEN FALSE
          END
        END IS NULL
        THEN LEAST(COALESCE(CAST(TRUE AS INT) * 2, 1), 1)
      END AS g18,
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
      END AS g19,
      CASE
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE in_metabolic_acidosis_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_metabolic_acidosis_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
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
            WHEN CASE in_metabolic_acidosis_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_metabolic_acidosis_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
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
      END AS g20
    FROM conditions AS c0
    JOIN patient_facts AS pt
      ON pt.patient_id = c0.patient_id
    LEFT JOIN in_lung_cancer_code_c0 AS in_lung_cancer_code_c0
      ON in_lung_cancer_code_c0.patient_id = c0.patient_id
      AND in_lung_cancer_code_c0.c0_seq = c0.seq
    LEFT JOIN in_sclc_code_c0 AS in_sclc_code_c0
      ON in_sclc_code_c0.patient_id = c0.patient_id AND in_sclc_code_c0.c0_seq = c0.seq
    LEFT JOIN in_type_2_diabetes_code_c0 AS in_type_2_diabetes_code_c0
      ON in_type_2_diabetes_code_c0.patient_id = c0.patient_id
      AND in_type_2_diabetes_code_c0.c0_seq = c0.seq
    LEFT JOIN in_infection_code_c0 AS in_infection_code_c0
      ON in_infection_code_c0.patient_id = c0.patient_id
      AND in_infection_code_c0.c0_seq = c0.seq
    LEFT JOIN in_hiv_or_aids_code_c0 AS in_hiv_or_aids_code_c0
      ON in_hiv_or_aids_code_c0.patient_id = c0.patient_id
      AND in_hiv_or_aids_code_c0.c0_seq = c0.seq
    LEFT JOIN in_hepatitis_c_code_c0 AS in_hepatitis_c_code_c0
      ON in_hepatitis_c_code_c0.patient_id = c0.patient_id
      AND in_hepatitis_c_code_c0.c0_seq = c0.seq
    LEFT JOIN in_tuberculosis_code_c0 AS in_tuberculosis_code_c0
      ON in_tuberculosis_code_c0.patient_id = c0.patient_id
      AND in_tuberculosis_code_c0.c0_seq = c0.seq
    LEFT JOIN in_heart_failure_code_c0 AS in_heart_failure_code_c0
      ON in_heart_failure_code_c0.patient_id = c0.patient_id
      AND in_heart_failure_code_c0.c0_seq = c0.seq
    LEFT JOIN in_cardiac_arrhythmia_code_c0 AS in_cardiac_arrhythmia_code_c0
      ON in_cardiac_arrhythmia_code_c0.patient_id = c0.patient_id
      AND in_cardiac_arrhythmia_code_c0.c0_seq = c0.seq
    LEFT JOIN in_arterial_thromboembolic_event_code_c0 AS in_arterial_thromboembolic_event_code_c0
      ON in_arterial_thromboembolic_event_code_c0.patient_id = c0.patient_id
      AND in_arterial_thromboembolic_event_code_c0.c0_seq = c0.seq
    LEFT JOIN in_brain_metastasis_code_c0 AS in_brain_metastasis_code_c0
      ON in_brain_metastasis_code_c0.patient_id = c0.patient_id
      AND in_brain_metastasis_code_c0.c0_seq = c0.seq
    LEFT JOIN in_cns_metastasis_code_c0 AS in_cns_metastasis_code_c0
      ON in_cns_metastasis_code_c0.patient_id = c0.patient_id
      AND in_cns_metastasis_code_c0.c0_seq = c0.seq
    LEFT JOIN in_intracranial_haemorrhage_code_c0 AS in_intracranial_haemorrhage_code_c0
      ON in_intracranial_haemorrhage_code_c0.patient_id = c0.patient_id
      AND in_intracranial_haemorrhage_code_c0.c0_seq = c0.seq
    LEFT JOIN in_brainstem_cerebellum_or_spinal_cord_body_site AS in_brainstem_cerebellum_or_spinal_cord_body_site
      ON in_brainstem_cerebellum_or_spinal_cord_body_site.patient_id = c0.patient_id
      AND in_brainstem_cerebellum_or_spinal_cord_body_site.c0_seq = c0.seq
    LEFT JOIN in_malignancy_code_c0 AS in_malignancy_code_c0
      ON in_malignancy_code_c0.patient_id = c0.patient_id
      AND in_malignancy_code_c0.c0_seq = c0.seq
    LEFT JOIN in_secondary_malignant_neoplasm_code_c0 AS in_secondary_malignant_neoplasm_code_c0
      ON in_secondary_malignant_neoplasm_code_c0.patient_id = c0.patient_id
      AND in_secondary_malignant_neoplasm_code_c0.c0_seq = c0.seq
    LEFT JOIN in_non_melanoma_skin_or_allowed_in_situ_code_c0 AS in_non_melanoma_skin_or_allowed_in_situ_code_c0
      ON in_non_melanoma_skin_or_allowed_in_situ_code_c0.patient_id = c0.patient_id
      AND in_non_melanoma_skin_or_allowed_in_situ_code_c0.c0_seq = c0.seq
    LEFT JOIN in_serous_effusion_code_c0 AS in_serous_effusion_code_c0
      ON in_serous_effusion_code_c0.patient_id = c0.patient_id
      AND in_serous_effusion_code_c0.c0_seq = c0.seq
    LEFT JOIN in_autoimmune_disease_code_c0 AS in_autoimmune_disease_code_c0
      ON in_autoimmune_disease_code_c0.patient_id = c0.patient_id
      AND in_autoimmune_disease_code_c0.c0_seq = c0.seq
    LEFT JOIN in_asthma_code_c0 AS in_asthma_code_c0
      ON in_asthma_code_c0.patient_id = c0.patient_id
      AND in_asthma_code_c0.c0_seq = c0.seq
    LEFT JOIN in_vitiligo_code_c0 AS in_vitiligo_code_c0
      ON in_vitiligo_code_c0.patient_id = c0.patient_id
      AND in_vitiligo_code_c0.c0_seq = c0.seq
    LEFT JOIN in_hypothyroidism_code_c0 AS in_hypothyroidism_code_c0
      ON in_hypothyroidism_code_c0.patient_id = c0.patient_id
      AND in_hypothyroidism_code_c0.c0_seq = c0.seq
    LEFT JOIN in_solid_organ_transplant_status_code_c0 AS in_solid_organ_transplant_status_code_c0
      ON in_solid_organ_transplant_status_code_c0.patient_id = c0.patient_id
      AND in_solid_organ_transplant_status_code_c0.c0_seq = c0.seq
    LEFT JOIN in_pregnant_state_code_c0 AS in_pregnant_state_code_c0
      ON in_pregnant_state_code_c0.patient_id = c0.patient_id
      AND in_pregnant_state_code_c0.c0_seq = c0.seq
    LEFT JOIN in_metabolic_acidosis_code_c0 AS in_metabolic_acidosis_code_c0
      ON in_metabolic_acidosis_code_c0.patient_id = c0.patient_id
      AND in_metabolic_acidosis_code_c0.c0_seq = c0.seq
    WHERE
      NOT CASE
        WHEN c0.verification IN ('entered_in_error', 'refuted')
        THEN FALSE
        WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
        THEN CASE
          WHEN CASE in_lung_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
          THEN FALSE
        END
        ELSE CASE in_lung_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
      END IS FALSE
      OR NOT CASE
        WHEN c0.verification IN ('entered_in_error', 'refuted')
        THEN FALSE
        WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
        THEN CASE
          WHEN CASE in_type_2_diabetes_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
          THEN FALSE
        END
        ELSE CASE in_type_2_diabetes_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
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
          WHEN CASE in_hiv_or_aids_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
          THEN FALSE
        END
        ELSE CASE in_hiv_or_aids_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
      END IS FALSE
      OR NOT CASE
        WHEN c0.verification IN ('entered_in_error', 'refuted')
        THEN FALSE
        WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
        THEN CASE
          WHEN CASE in_hepatitis_c_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
          THEN FALSE
        END
        ELSE CASE in_hepatitis_c_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
      END IS FALSE
      OR NOT CASE
        WHEN c0.verification IN ('entered_in_error', 'refuted')
        THEN FALSE
        WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
        THEN CASE
          WHEN CASE in_tuberculosis_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
          THEN FALSE
        END
        ELSE CASE in_tuberculosis_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
      END IS FALSE
      OR NOT CASE
        WHEN c0.verification IN ('entered_in_error', 'refuted')
        THEN FALSE
        WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
        THEN CASE
          WHEN CASE in_heart_failure_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
          THEN FALSE
        END
        ELSE CASE in_heart_failure_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
      END IS FALSE
      OR NOT CASE
        WHEN c0.verification IN ('entered_in_error', 'refuted')
        THEN FALSE
        WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
        THEN CASE
          WHEN CASE in_cardiac_arrhythmia_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
          THEN FALSE
        END
        ELSE CASE in_cardiac_arrhythmia_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
      END IS FALSE
      OR NOT CASE
        WHEN c0.verification IN ('entered_in_error', 'refuted')
        THEN FALSE
        WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
        THEN CASE
          WHEN CASE in_arterial_thromboembolic_event_code_c0.grade
            WHEN 2
            THEN TRUE
            WHEN 0
            THEN FALSE
          END IS FALSE
          THEN FALSE
        END
        ELSE CASE in_arterial_thromboembolic_event_code_c0.grade
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
          WHEN CASE in_brain_metastasis_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
          THEN FALSE
        END
        ELSE CASE in_brain_metastasis_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
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
      OR NOT CASE
        WHEN c0.verification IN ('entered_in_error', 'refuted')
        THEN FALSE
        WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
        THEN CASE
          WHEN CASE in_intracranial_haemorrhage_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
          THEN FALSE
        END
        ELSE CASE in_intracranial_haemorrhage_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
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
        THEN CASE WHEN TRUE IS FALSE THEN FALSE END
        ELSE TRUE
      END IS FALSE
      OR NOT CASE
        WHEN c0.verification IN ('entered_in_error', 'refuted')
        THEN FALSE
        WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
        THEN CASE
          WHEN CASE in_serous_effusion_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
          THEN FALSE
        END
        ELSE CASE in_serous_effusion_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
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
          WHEN CASE in_solid_organ_transplant_status_code_c0.grade
            WHEN 2
            THEN TRUE
            WHEN 0
            THEN FALSE
          END IS FALSE
          THEN FALSE
        END
        ELSE CASE in_solid_organ_transplant_status_code_c0.grade
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
          WHEN CASE in_metabolic_acidosis_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
          THEN FALSE
        END
        ELSE CASE in_metabolic_acidosis_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
      END IS FALSE
  ) AS r
  GROUP BY
    r.patient_id
), observation_queries_1 AS (
  SELECT
    r.patient_id,
    MAX(r.g1) AS hbv_dna_copies_grade,
    MAX(r.g2) AS hbv_dna_iu_grade,
    MAX(r.g3) AS hbv_dna_copies_2_grade,
    MAX(r.g4) AS hbv_dna_iu_2_grade,
    MAX(r.g5) AS hcv_antibody_grade
  FROM (
    SELECT
      o0.patient_id AS patient_id,
      CASE
        WHEN CASE in_hbv_dna_copies_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        THEN COALESCE(
          CAST(CASE
            WHEN CAST(ADD_MONTHS(pt.ref_enrolment_hi, -3) AS DATE) <= o0.date_lo
            AND o0.date_hi <= pt.ref_enrolment_lo
            THEN TRUE
            WHEN o0.date_hi < CAST(ADD_MONTHS(pt.ref_enrolment_lo, -3) AS DATE)
            OR o0.date_lo > pt.ref_enrolment_hi
            THEN FALSE
          END AS INT) * 2,
          1
        )
        WHEN CASE in_hbv_dna_copies_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS NULL
        THEN LEAST(
          COALESCE(
            CAST(CASE
              WHEN CAST(ADD_MONTHS(pt.ref_enrolment_hi, -3) AS DATE) <= o0.date_lo
              AND o0.date_hi <= pt.ref_enrolment_lo
              THEN TRUE
              WHEN o0.date_hi < CAST(ADD_MONTHS(pt.ref_enrolment_lo, -3) AS DATE)
              OR o0.date_lo > pt.ref_enrolment_hi
              THEN FALSE
            END AS INT) * 2,
            1
          ),
          1
        )
      END AS g1,
      CASE
        WHEN CASE in_hbv_dna_iu_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        THEN COALESCE(
          CAST(CASE
            WHEN CAST(ADD_MONTHS(pt.ref_enrolment_hi, -3) AS DATE) <= o0.date_lo
            AND o0.date_hi <= pt.ref_enrolment_lo
            THEN TRUE
            WHEN o0.date_hi < CAST(ADD_MONTHS(pt.ref_enrolment_lo, -3) AS DATE)
            OR o0.date_lo > pt.ref_enrolment_hi
            THEN FALSE
          END AS INT) * 2,
          1
        )
        WHEN CASE in_hbv_dna_iu_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS NULL
        THEN LEAST(
          COALESCE(
            CAST(CASE
              WHEN CAST(ADD_MONTHS(pt.ref_enrolment_hi, -3) AS DATE) <= o0.date_lo
              AND o0.date_hi <= pt.ref_enrolment_lo
              THEN TRUE
              WHEN o0.date_hi < CAST(ADD_MONTHS(pt.ref_enrolment_lo, -3) AS DATE)
              OR o0.date_lo > pt.ref_enrolment_hi
              THEN FALSE
            END AS INT) * 2,
            1
          ),
          1
        )
      END AS g2,
      CASE
        WHEN CASE in_hbv_dna_copies_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        THEN COALESCE(
          CAST((
            CASE
              WHEN CAST(ADD_MONTHS(pt.ref_enrolment_hi, -3) AS DATE) <= o0.date_lo
              AND o0.date_hi <= pt.ref_enrolment_lo
              THEN TRUE
              WHEN o0.date_hi < CAST(ADD_MONTHS(pt.ref_enrolment_lo, -3) AS DATE)
              OR o0.date_lo > pt.ref_enrolment_hi
              THEN FALSE
            END
            AND (
              CASE
                WHEN o0.unit = 'log10 copies/mL'
                AND o0.value_num BETWEEN CAST(-300.0 AS DOUBLE) AND CAST(300.0 AS DOUBLE)
                THEN POWER(CAST(10.0 AS DOUBLE), o0.value_num) * CAST(1.0 AS DOUBLE)
                ELSE o0.value_num * CASE WHEN o0.unit = 'copies/mL' THEN CAST(1.0 AS DOUBLE) END
              END > CAST(1000.0 AS DOUBLE)
            )
          ) AS INT) * 2,
          1
        )
        WHEN CASE in_hbv_dna_copies_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS NULL
        THEN LEAST(
          COALESCE(
            CAST((
              CASE
                WHEN CAST(ADD_MONTHS(pt.ref_enrolment_hi, -3) AS DATE) <= o0.date_lo
                AND o0.date_hi <= pt.ref_enrolment_lo
                THEN TRUE
                WHEN o0.date_hi < CAST(ADD_MONTHS(pt.ref_enrolment_lo, -3) AS DATE)
                OR o0.date_lo > pt.ref_enrolment_hi
                THEN FALSE
              END
              AND (
                CASE
                  WHEN o0.unit = 'log10 copies/mL'
                  AND o0.value_num BETWEEN CAST(-300.0 AS DOUBLE) AND CAST(300.0 AS DOUBLE)
                  THEN POWER(CAST(10.0 AS DOUBLE), o0.value_num) * CAST(1.0 AS DOUBLE)
                  ELSE o0.value_num * CASE WHEN o0.unit = 'copies/mL' THEN CAST(1.0 AS DOUBLE) END
                END > CAST(1000.0 AS DOUBLE)
              )
            ) AS INT) * 2,
            1
          ),
          1
        )
      END AS g3,
      CASE
        WHEN CASE in_hbv_dna_iu_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        THEN COALESCE(
          CAST((
            CASE
              WHEN CAST(ADD_MONTHS(pt.ref_enrolment_hi, -3) AS DATE) <= o0.date_lo
              AND o0.date_hi <= pt.ref_enrolment_lo
              THEN TRUE
              WHEN o0.date_hi < CAST(ADD_MONTHS(pt.ref_enrolment_lo, -3) AS DATE)
              OR o0.date_lo > pt.ref_enrolment_hi
              THEN FALSE
            END
            AND (
              CASE
                WHEN o0.unit = 'log10 IU/mL'
                AND o0.value_num BETWEEN CAST(-300.0 AS DOUBLE) AND CAST(300.0 AS DOUBLE)
                THEN POWER(CAST(10.0 AS DOUBLE), o0.value_num) * CAST(1.0 AS DOUBLE)
                ELSE o0.value_num * CASE WHEN o0.unit = 'IU/mL' THEN CAST(1.0 AS DOUBLE) END
              END > CAST(200.0 AS DOUBLE)
            )
          ) AS INT) * 2,
          1
        )
        WHEN CASE in_hbv_dna_iu_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS NULL
        THEN LEAST(
          COALESCE(
            CAST((
              CASE
                WHEN CAST(ADD_MONTHS(pt.ref_enrolment_hi, -3) AS DATE) <= o0.date_lo
                AND o0.date_hi <= pt.ref_enrolment_lo
                THEN TRUE
                WHEN o0.date_hi < CAST(ADD_MONTHS(pt.ref_enrolment_lo, -3) AS DATE)
                OR o0.date_lo > pt.ref_enrolment_hi
                THEN FALSE
              END
              AND (
                CASE
                  WHEN o0.unit = 'log10 IU/mL'
                  AND o0.value_num BETWEEN CAST(-300.0 AS DOUBLE) AND CAST(300.0 AS DOUBLE)
                  THEN POWER(CAST(10.0 AS DOUBLE), o0.value_num) * CAST(1.0 AS DOUBLE)
                  ELSE o0.value_num * CASE WHEN o0.unit = 'IU/mL' THEN CAST(1.0 AS DOUBLE) END
                END > CAST(200.0 AS DOUBLE)
              )
            ) AS INT) * 2,
            1
          ),
          1
        )
      END AS g4,
      CASE
        WHEN CASE in_hcv_antibody_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        THEN COALESCE(
          CAST((
            CASE
              WHEN COALESCE(o0.value_text, o0.value_code) IN ('positive', 'negative', 'indeterminate')
              THEN COALESCE(o0.value_text, o0.value_code)
            END = 'positive'
          ) AS INT) * 2,
          1
        )
        WHEN CASE in_hcv_antibody_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS NULL
        THEN LEAST(
          COALESCE(
            CAST((
              CASE
                WHEN COALESCE(o0.value_text, o0.value_code) IN ('positive', 'negative', 'indeterminate')
                THEN COALESCE(o0.value_text, o0.value_code)
              END = 'positive'
            ) AS INT) * 2,
            1
          ),
          1
        )
      END AS g5
    FROM observations AS o0
    JOIN patient_facts AS pt
      ON pt.patient_id = o0.patient_id
    LEFT JOIN in_hbv_dna_copies_code_o0 AS in_hbv_dna_copies_code_o0
      ON in_hbv_dna_copies_code_o0.patient_id = o0.patient_id
      AND in_hbv_dna_copies_code_o0.o0_seq = o0.seq
    LEFT JOIN in_hbv_dna_iu_code_o0 AS in_hbv_dna_iu_code_o0
      ON in_hbv_dna_iu_code_o0.patient_id = o0.patient_id
      AND in_hbv_dna_iu_code_o0.o0_seq = o0.seq
    LEFT JOIN in_hcv_antibody_code_o0 AS in_hcv_antibody_code_o0
      ON in_hcv_antibody_code_o0.patient_id = o0.patient_id
      AND in_hcv_antibody_code_o0.o0_seq = o0.seq
    WHERE
      (
        NOT CASE in_hbv_dna_copies_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
        OR NOT CASE in_hbv_dna_iu_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
        OR NOT CASE in_hbv_dna_copies_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
        OR NOT CASE in_hbv_dna_iu_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
        OR NOT CASE in_hcv_antibody_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
      )
      AND (
        o0.status IS NULL OR NOT o0.status IN ('cancelled', 'entered_in_error')
      )
  ) AS r
  GROUP BY
    r.patient_id
), hbv_dna_copies_latest_candidates AS (
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
    CASE in_hbv_dna_copies_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
    AND CASE
      WHEN CAST(ADD_MONTHS(pt.ref_enrolment_hi, -3) AS DATE) <= o0.date_lo
      AND o0.date_hi <= pt.ref_enrolment_lo
      THEN TRUE
      WHEN o0.date_hi < CAST(ADD_MONTHS(pt.ref_enrolment_lo, -3) AS DATE)
      OR o0.date_lo > pt.ref_enrolment_hi
      THEN FALSE
    END AS inside
  FROM observations AS o0
  JOIN patient_facts AS pt
    ON pt.patient_id = o0.patient_id
  LEFT JOIN in_hbv_dna_copies_code_o0 AS in_hbv_dna_copies_code_o0
    ON in_hbv_dna_copies_code_o0.patient_id = o0.patient_id
    AND in_hbv_dna_copies_code_o0.o0_seq = o0.seq
  WHERE
    (
      o0.status IS NULL OR NOT o0.status IN ('cancelled', 'entered_in_error')
    )
    AND NOT CASE in_hbv_dna_copies_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
), nyha_class_latest_candidates AS (
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
    CASE in_nyha_class_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
    AND CASE
      WHEN CAST(ADD_MONTHS(pt.ref_enrolment_hi, -3) AS DATE) <= o0.date_lo
      AND o0.date_hi <= pt.ref_enrolment_lo
      THEN TRUE
      WHEN o0.date_hi < CAST(ADD_MONTHS(pt.ref_enrolment_lo, -3) AS DATE)
      OR o0.date_lo > pt.ref_enrolment_hi
      THEN FALSE
    END AS inside
  FROM observations AS o0
  JOIN patient_facts AS pt
    ON pt.patient_id = o0.patient_id
  LEFT JOIN in_nyha_class_code_o0 AS in_nyha_class_code_o0
    ON in_nyha_class_code_o0.patient_id = o0.patient_id
    AND in_nyha_class_code_o0.o0_seq = o0.seq
  WHERE
    (
      o0.status IS NULL OR NOT o0.status IN ('cancelled', 'entered_in_error')
    )
    AND NOT CASE in_nyha_class_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
), systolic_bp_latest_candidates AS (
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
    CASE in_systolic_bp_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
    AND CASE
      WHEN CAST(DATE_ADD(pt.ref_enrolment_hi, -14) AS DATE) <= o0.date_lo
      AND o0.date_hi <= pt.ref_enrolment_lo
      THEN TRUE
      WHEN o0.date_hi < CAST(DATE_ADD(pt.ref_enrolment_lo, -14) AS DATE)
      OR o0.date_lo > pt.ref_enrolment_hi
      THEN FALSE
    END AS inside
  FROM observations AS o0
  JOIN patient_facts AS pt
    ON pt.patient_id = o0.patient_id
  LEFT JOIN in_systolic_bp_code_o0 AS in_systolic_bp_code_o0
    ON in_systolic_bp_code_o0.patient_id = o0.patient_id
    AND in_systolic_bp_code_o0.o0_seq = o0.seq
  WHERE
    (
      o0.status IS NULL OR NOT o0.status IN ('cancelled', 'entered_in_error')
    )
    AND NOT CASE in_systolic_bp_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
), diastolic_bp_latest_candidates AS (
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
    CASE in_diastolic_bp_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
    AND CASE
      WHEN CAST(DATE_ADD(pt.ref_enrolment_hi, -14) AS DATE) <= o0.date_lo
      AND o0.date_hi <= pt.ref_enrolment_lo
      THEN TRUE
      WHEN o0.date_hi < CAST(DATE_ADD(pt.ref_enrolment_lo, -14) AS DATE)
      OR o0.date_lo > pt.ref_enrolment_hi
      THEN FALSE
    END AS inside
  FROM observations AS o0
  JOIN patient_facts AS pt
    ON pt.patient_id = o0.patient_id
  LEFT JOIN in_diastolic_bp_code_o0 AS in_diastolic_bp_code_o0
    ON in_diastolic_bp_code_o0.patient_id = o0.patient_id
    AND in_diastolic_bp_code_o0.o0_seq = o0.seq
  WHERE
    (
      o0.status IS NULL OR NOT o0.status IN ('cancelled', 'entered_in_error')
    )
    AND NOT CASE in_diastolic_bp_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
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
                    WHEN m0.start_hi <= pt.ref_enrolment_lo
                    THEN TRUE
                    WHEN m0.start_lo > pt.ref_enrolment_hi
                    THEN FALSE
                  END,
                  CASE
                    WHEN CASE
                      WHEN m0.end_hi <= pt.ref_enrolment_lo
                      THEN TRUE
                      WHEN m0.end_lo > pt.ref_enrolment_hi
                      THEN FALSE
                    END IS TRUE
                    THEN TRUE
                  END
                )
              )
              AND (
                COALESCE(
                  CASE
                    WHEN m0.end_lo >= CAST(DATE_ADD(pt.ref_enrolment_hi, -14) AS DATE)
                    THEN TRUE
                    WHEN m0.end_hi < CAST(DATE_ADD(pt.ref_enrolment_lo, -14) AS DATE)
                    THEN FALSE
                  END,
                  CASE
                    WHEN CASE
                      WHEN m0.start_lo >= CAST(DATE_ADD(pt.ref_enrolment_hi, -14) AS DATE)
                      THEN TRUE
                      WHEN m0.start_hi < CAST(DATE_ADD(pt.ref_enrolment_lo, -14) AS DATE)
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
                      WHEN m0.start_hi <= pt.ref_enrolment_lo
                      THEN TRUE
                      WHEN m0.start_lo > pt.ref_enrolment_hi
                      THEN FALSE
                    END,
                    CASE
                      WHEN CASE
                        WHEN m0.end_hi <= pt.ref_enrolment_lo
                        THEN TRUE
                        WHEN m0.end_lo > pt.ref_enrolment_hi
                        THEN FALSE
                      END IS TRUE
                      THEN TRUE
                    END
                  )
                )
                AND (
                  COALESCE(
                    CASE
                      WHEN m0.end_lo >= CAST(DATE_ADD(pt.ref_enrolment_hi, -14) AS DATE)
                      THEN TRUE
                      WHEN m0.end_hi < CAST(DATE_ADD(pt.ref_enrolment_lo, -14) AS DATE)
                      THEN FALSE
                    END,
                    CASE
                      WHEN CASE
                        WHEN m0.start_lo >= CAST(DATE_ADD(pt.ref_enrolment_hi, -14) AS DATE)
                        THEN TRUE
                        WHEN m0.start_hi < CAST(DATE_ADD(pt.ref_enrolment_lo, -14) AS DATE)
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
      END AS g1
    FROM medications AS m0
    JOIN conditions AS c0
      ON c0.patient_id = m0.patient_id
    JOIN patient_facts AS pt
      ON pt.patient_id = m0.patient_id
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
            NOT CASE known_attributed_to_a0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS NULL
          )
          AND (
            NOT CASE
              WHEN a0.resolved_hi <= pt.ref_enrolment_lo
              THEN TRUE
              WHEN a0.resolved_lo > pt.ref_enrolment_hi
              THEN FALSE
            END
          )
        ) AS INT) * 2,
        1
      ) AS g1
    FROM adverse_events AS a0
    JOIN patient_facts AS pt
      ON pt.patient_id = a0.patient_id
    LEFT JOIN known_attributed_to_a0 AS known_attributed_to_a0
      ON known_attributed_to_a0.patient_id = a0.patient_id
      AND known_attributed_to_a0.a0_seq = a0.seq
  ) AS r
  GROUP BY
    r.patient_id
), procedure_queries_1 AS (
  SELECT
    r.patient_id,
    MAX(r.g1) AS transplant_by_hierarchy_grade
  FROM (
    SELECT
      p0.patient_id AS patient_id,
      CASE
        WHEN CASE in_transplant_by_hierarchy_code_p0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        THEN COALESCE(
          CAST((
            CASE
              WHEN p0.date_hi < pt.ref_enrolment_lo
              THEN TRUE
              WHEN p0.date_lo >= pt.ref_enrolment_hi
              THEN FALSE
            END
            AND (
              CASE in_solid_organ_by_hierarchy_code_p0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
              OR (
                p0.donor = 'allogeneic'
              )
            )
          ) AS INT) * 2,
          1
        )
        WHEN CASE in_transplant_by_hierarchy_code_p0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS NULL
        THEN LEAST(
          COALESCE(
            CAST((
              CASE
                WHEN p0.date_hi < pt.ref_enrolment_lo
                THEN TRUE
                WHEN p0.date_lo >= pt.ref_enrolment_hi
                THEN FALSE
              END
              AND (
                CASE in_solid_organ_by_hierarchy_code_p0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                OR (
                  p0.donor = 'allogeneic'
                )
              )
            ) AS INT) * 2,
            1
          ),
          1
        )
      END AS g1
    FROM procedures AS p0
    JOIN patient_facts AS pt
      ON pt.patient_id = p0.patient_id
    LEFT JOIN in_solid_organ_by_hierarchy_code_p0 AS in_solid_organ_by_hierarchy_code_p0
      ON in_solid_organ_by_hierarchy_code_p0.patient_id = p0.patient_id
      AND in_solid_organ_by_hierarchy_code_p0.p0_seq = p0.seq
    LEFT JOIN in_transplant_by_hierarchy_code_p0 AS in_transplant_by_hierarchy_code_p0
      ON in_transplant_by_hierarchy_code_p0.patient_id = p0.patient_id
      AND in_transplant_by_hierarchy_code_p0.p0_seq = p0.seq
    WHERE
      NOT CASE in_transplant_by_hierarchy_code_p0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
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
      WHEN CAST(DATE_ADD(pt.ref_enrolment_hi, -7) AS DATE) <= o0.date_lo
      AND o0.date_hi <= pt.ref_enrolment_lo
      THEN TRUE
      WHEN o0.date_hi < CAST(DATE_ADD(pt.ref_enrolment_lo, -7) AS DATE)
      OR o0.date_lo > pt.ref_enrolment_hi
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
      WHEN CAST(DATE_ADD(pt.ref_enrolment_hi, -28) AS DATE) <= o0.date_lo
      AND o0.date_hi <= pt.ref_enrolment_lo
      THEN TRUE
      WHEN o0.date_hi < CAST(DATE_ADD(pt.ref_enrolment_lo, -28) AS DATE)
      OR o0.date_lo > pt.ref_enrolment_hi
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
), allergy_queries_1 AS (
  SELECT
    r.patient_id,
    MAX(r.g1) AS monoclonal_antibody_drug_grade,
    MAX(r.g2) AS metformin_grade
  FROM (
    SELECT
      a0.patient_id AS patient_id,
      CASE
        WHEN CASE in_monoclonal_antibody_drug_code_a0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
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
        WHEN CASE in_monoclonal_antibody_drug_code_a0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS NULL
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
      END AS g1,
      CASE
        WHEN CASE in_metformin_code_a0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
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
        WHEN CASE in_metformin_code_a0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS NULL
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
      END AS g2
    FROM allergies AS a0
    LEFT JOIN in_monoclonal_antibody_drug_code_a0 AS in_monoclonal_antibody_drug_code_a0
      ON in_monoclonal_antibody_drug_code_a0.patient_id = a0.patient_id
      AND in_monoclonal_antibody_drug_code_a0.a0_seq = a0.seq
    LEFT JOIN in_metformin_code_a0 AS in_metformin_code_a0
      ON in_metformin_code_a0.patient_id = a0.patient_id
      AND in_metformin_code_a0.a0_seq = a0.seq
    WHERE
      NOT CASE in_monoclonal_antibody_drug_code_a0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
      OR NOT CASE in_metformin_code_a0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
  ) AS r
  GROUP BY
    r.patient_id
), egfr_latest_candidates AS (
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
    CASE in_egfr_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
    AND CASE
      WHEN CAST(DATE_ADD(pt.ref_enrolment_hi, -14) AS DATE) <= o0.date_lo
      AND o0.date_hi <= pt.ref_enrolment_lo
      THEN TRUE
      WHEN o0.date_hi < CAST(DATE_ADD(pt.ref_enrolment_lo, -14) AS DATE)
      OR o0.date_lo > pt.ref_enrolment_hi
      THEN FALSE
    END AS inside
  FROM observations AS o0
  JOIN patient_facts AS pt
    ON pt.patient_id = o0.patient_id
  LEFT JOIN in_egfr_code_o0 AS in_egfr_code_o0
    ON in_egfr_code_o0.patient_id = o0.patient_id AND in_egfr_code_o0.o0_seq = o0.seq
  WHERE
    (
      o0.status IS NULL OR NOT o0.status IN ('cancelled', 'entered_in_error')
    )
    AND NOT CASE in_egfr_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
), ecog_latest AS (
  SELECT
    ch.patient_id AS patient_id,
    CASE WHEN COUNT(*) = COUNT(rv.value_num) THEN MIN(rv.value_num) END AS v0,
    CASE
      WHEN COUNT(*) = COUNT(rv.value_num)
      AND COUNT(*) = COUNT(
        CASE
          WHEN rv.reference_high <> CAST(0.0 AS DOUBLE)
          THEN rv.value_num / rv.reference_high
        END
      )
      THEN MIN(
        CASE
          WHEN rv.reference_high <> CAST(0.0 AS DOUBLE)
          THEN rv.value_num / rv.reference_high
        END
      )
    END AS v1,
    CASE WHEN COUNT(*) = COUNT(rv.value_num) THEN MAX(rv.value_num) END AS v2,
    CASE
      WHEN COUNT(*) = COUNT(rv.value_num)
      AND COUNT(*) = COUNT(
        CASE
          WHEN rv.reference_high <> CAST(0.0 AS DOUBLE)
          THEN rv.value_num / rv.reference_high
        END
      )
      THEN MAX(
        CASE
          WHEN rv.reference_high <> CAST(0.0 AS DOUBLE)
          THEN rv.value_num / rv.reference_high
        END
      )
    END AS v3
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
), condition_queries_2 AS (
  SELECT
    r.patient_id,
    MAX(r.g1) AS any_grade,
    MAX(r.g2) AS brain_metastasis_grade
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
                CASE in_lung_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                AND CASE
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
                AND CASE in_sclc_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
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
            AND (
              (
                c0.extent = 'metastatic'
              )
              OR CASE
                WHEN pt.observations_collected IS TRUE
                THEN CASE COALESCE(observation_queries_per_c0_1.valg_stage_grade, 0)
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
          THEN CASE WHEN TRUE IS FALSE THEN FALSE END
          ELSE TRUE
        END IS NULL
        THEN LEAST(
          COALESCE(
            CAST((
              (
                (
                  CASE in_lung_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                  AND CASE
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
                  AND CASE in_sclc_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
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
              AND (
                (
                  c0.extent = 'metastatic'
                )
                OR CASE
                  WHEN pt.observations_collected IS TRUE
                  THEN CASE COALESCE(observation_queries_per_c0_1.valg_stage_grade, 0)
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
      END AS g1,
      CASE
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE in_brain_metastasis_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_brain_metastasis_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
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
            WHEN CASE in_brain_metastasis_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_brain_metastasis_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
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
      END AS g2
    FROM conditions AS c0
    JOIN patient_facts AS pt
      ON pt.patient_id = c0.patient_id
    LEFT JOIN in_lung_cancer_code_c0 AS in_lung_cancer_code_c0
      ON in_lung_cancer_code_c0.patient_id = c0.patient_id
      AND in_lung_cancer_code_c0.c0_seq = c0.seq
    LEFT JOIN in_sclc_code_c0 AS in_sclc_code_c0
      ON in_sclc_code_c0.patient_id = c0.patient_id AND in_sclc_code_c0.c0_seq = c0.seq
    LEFT JOIN observation_queries_per_c0_1 AS observation_queries_per_c0_1
      ON observation_queries_per_c0_1.patient_id = c0.patient_id
      AND observation_queries_per_c0_1.c0_seq = c0.seq
    LEFT JOIN in_brain_metastasis_code_c0 AS in_brain_metastasis_code_c0
      ON in_brain_metastasis_code_c0.patient_id = c0.patient_id
      AND in_brain_metastasis_code_c0.c0_seq = c0.seq
    LEFT JOIN medication_queries_per_c0_1 AS medication_queries_per_c0_1
      ON medication_queries_per_c0_1.patient_id = c0.patient_id
      AND medication_queries_per_c0_1.c0_seq = c0.seq
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
          WHEN CASE in_brain_metastasis_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
          THEN FALSE
        END
        ELSE CASE in_brain_metastasis_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
      END IS FALSE
  ) AS r
  GROUP BY
    r.patient_id
), medication_queries_per_c0_2 AS (
  SELECT
    r.patient_id,
    r.c0_seq,
    MAX(r.g1) AS platinum_compound_grade,
    MAX(r.g2) AS platinum_compound_2_grade,
    MAX(r.g3) AS antineoplastic_agent_grade
  FROM (
    SELECT
      m0.patient_id AS patient_id,
      c0.seq AS c0_seq,
      CASE
        WHEN CASE in_platinum_compound_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        THEN COALESCE(
          CAST((
            CASE
              WHEN m0.reason IS NULL OR c0.id IS NULL
              THEN CAST(NULL AS BOOLEAN)
              ELSE ARRAY_CONTAINS(m0.reason, c0.id)
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
        WHEN CASE in_platinum_compound_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS NULL
        THEN LEAST(
          COALESCE(
            CAST((
              CASE
                WHEN m0.reason IS NULL OR c0.id IS NULL
                THEN CAST(NULL AS BOOLEAN)
                ELSE ARRAY_CONTAINS(m0.reason, c0.id)
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
      END AS g1,
      CASE
        WHEN CASE in_platinum_compound_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        THEN COALESCE(
          CAST((
            CASE
              WHEN m0.reason IS NULL OR c0.id IS NULL
              THEN CAST(NULL AS BOOLEAN)
              ELSE ARRAY_CONTAINS(m0.reason, c0.id)
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
        WHEN CASE in_platinum_compound_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS NULL
        THEN LEAST(
          COALESCE(
            CAST((
              CASE
                WHEN m0.reason IS NULL OR c0.id IS NULL
                THEN CAST(NULL AS BOOLEAN)
                ELSE ARRAY_CONTAINS(m0.reason, c0.id)
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
              CAST(m0.line AS DOUBLE) >= CAST(2.0 AS DOUBLE)
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
        WHEN CASE in_antineoplastic_agent_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS NULL
        THEN LEAST(
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
      END AS g3
    FROM medications AS m0
    JOIN conditions AS c0
      ON c0.patient_id = m0.patient_id
    JOIN patient_facts AS pt
      ON pt.patient_id = m0.patient_id
    LEFT JOIN in_platinum_compound_code_m0 AS in_platinum_compound_code_m0
      ON in_platinum_compound_code_m0.patient_id = m0.patient_id
      AND in_platinum_compound_code_m0.m0_seq = m0.seq
    LEFT JOIN observation_queries_per_m0_per_c0_1 AS observation_queries_per_m0_per_c0_1
      ON observation_queries_per_m0_per_c0_1.patient_id = m0.patient_id
      AND observation_queries_per_m0_per_c0_1.m0_seq = m0.seq
      AND observation_queries_per_m0_per_c0_1.c0_seq = c0.seq
    LEFT JOIN in_antineoplastic_agent_code_m0 AS in_antineoplastic_agent_code_m0
      ON in_antineoplastic_agent_code_m0.patient_id = m0.patient_id
      AND in_antineoplastic_agent_code_m0.m0_seq = m0.seq
    WHERE
      (
        NOT CASE in_platinum_compound_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
        OR NOT CASE in_platinum_compound_code_m0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
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
), procedure_queries_per_c0_2 AS (
  SELECT
    r.patient_id,
    r.c0_seq,
    MAX(r.g1) AS `lung.radiotherapy_grade`
  FROM (
    SELECT
      p0.patient_id AS patient_id,
      c0.seq AS c0_seq,
      CASE
        WHEN CASE in_lung_radiotherapy_code_p0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        THEN COALESCE(
          CAST((
            CASE
              WHEN p0.reason IS NULL OR c0.id IS NULL
              THEN CAST(NULL AS BOOLEAN)
              ELSE ARRAY_CONTAINS(p0.reason, c0.id)
            END
            AND CASE
              WHEN pt.medications_collected IS TRUE
              THEN CASE COALESCE(medication_queries_per_p0_per_c0_1.platinum_compound_grade, 0)
                WHEN 2
                THEN TRUE
                WHEN 1
                THEN CAST(NULL AS BOOLEAN)
                ELSE FALSE
              END
            END
            AND CASE
              WHEN pt.observations_collected IS TRUE
              THEN CASE COALESCE(observation_queries_per_p0_per_c0_1.disease_status_grade, 0)
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
        WHEN CASE in_lung_radiotherapy_code_p0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS NULL
        THEN LEAST(
          COALESCE(
            CAST((
              CASE
                WHEN p0.reason IS NULL OR c0.id IS NULL
                THEN CAST(NULL AS BOOLEAN)
                ELSE ARRAY_CONTAINS(p0.reason, c0.id)
              END
              AND CASE
                WHEN pt.medications_collected IS TRUE
                THEN CASE COALESCE(medication_queries_per_p0_per_c0_1.platinum_compound_grade, 0)
                  WHEN 2
                  THEN TRUE
                  WHEN 1
                  THEN CAST(NULL AS BOOLEAN)
                  ELSE FALSE
                END
              END
              AND CASE
                WHEN pt.observations_collected IS TRUE
                THEN CASE COALESCE(observation_queries_per_p0_per_c0_1.disease_status_grade, 0)
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
    FROM procedures AS p0
    JOIN conditions AS c0
      ON c0.patient_id = p0.patient_id
    JOIN patient_facts AS pt
      ON pt.patient_id = p0.patient_id
    LEFT JOIN medication_queries_per_p0_per_c0_1 AS medication_queries_per_p0_per_c0_1
      ON medication_queries_per_p0_per_c0_1.patient_id = p0.patient_id
      AND medication_queries_per_p0_per_c0_1.p0_seq = p0.seq
      AND medication_queries_per_p0_per_c0_1.c0_seq = c0.seq
    LEFT JOIN observation_queries_per_p0_per_c0_1 AS observation_queries_per_p0_per_c0_1
      ON observation_queries_per_p0_per_c0_1.patient_id = p0.patient_id
      AND observation_queries_per_p0_per_c0_1.p0_seq = p0.seq
      AND observation_queries_per_p0_per_c0_1.c0_seq = c0.seq
    LEFT JOIN in_lung_radiotherapy_code_p0 AS in_lung_radiotherapy_code_p0
      ON in_lung_radiotherapy_code_p0.patient_id = p0.patient_id
      AND in_lung_radiotherapy_code_p0.p0_seq = p0.seq
    WHERE
      NOT CASE in_lung_radiotherapy_code_p0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
  ) AS r
  GROUP BY
    r.patient_id,
    r.c0_seq
), pd_l1_tumour_cells_latest AS (
  SELECT
    ch.patient_id AS patient_id,
    CASE
      WHEN COUNT(*) = COUNT(rv.value_num * CASE WHEN rv.unit = '%' THEN CAST(1.0 AS DOUBLE) END)
      THEN MIN(rv.value_num * CASE WHEN rv.unit = '%' THEN CAST(1.0 AS DOUBLE) END)
    END AS v0,
    CASE
      WHEN COUNT(*) = COUNT(rv.value_num * CASE WHEN rv.unit = '%' THEN CAST(1.0 AS DOUBLE) END)
      AND COUNT(*) = COUNT(
        CASE
          WHEN NOT CASE WHEN rv.unit = '%' THEN CAST(1.0 AS DOUBLE) END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE)
          THEN rv.value_num / rv.reference_high
        END
      )
      THEN MIN(
        CASE
          WHEN NOT CASE WHEN rv.unit = '%' THEN CAST(1.0 AS DOUBLE) END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE)
          THEN rv.value_num / rv.reference_high
        END
      )
    END AS v1,
    CASE
      WHEN COUNT(*) = COUNT(rv.value_num * CASE WHEN rv.unit = '%' THEN CAST(1.0 AS DOUBLE) END)
      THEN MAX(rv.value_num * CASE WHEN rv.unit = '%' THEN CAST(1.0 AS DOUBLE) END)
    END AS v2,
    CASE
      WHEN COUNT(*) = COUNT(rv.value_num * CASE WHEN rv.unit = '%' THEN CAST(1.0 AS DOUBLE) END)
      AND COUNT(*) = COUNT(
        CASE
          WHEN NOT CASE WHEN rv.unit = '%' THEN CAST(1.0 AS DOUBLE) END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE)
          THEN rv.value_num / rv.reference_high
        END
      )
      THEN MAX(
        CASE
          WHEN NOT CASE WHEN rv.unit = '%' THEN CAST(1.0 AS DOUBLE) END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE)
          THEN rv.value_num / rv.reference_high
        END
      )
    END AS v3
  FROM (
    SELECT
      c.*,
      ROW_NUMBER() OVER (
        PARTITION BY c.patient_id
        ORDER BY CASE WHEN c.inside IS TRUE THEN 0 ELSE 1 END NULLS LAST, c.date_lo DESC, c.seq NULLS LAST
      ) AS recency
    FROM pd_l1_tumour_cells_latest_candidates AS c
    WHERE
      NOT c.inside IS FALSE
  ) AS ch
  JOIN pd_l1_tumour_cells_latest_candidates AS rv
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
), anc_latest AS (
  SELECT
    ch.patient_id AS patient_id,
    CASE
      WHEN COUNT(*) = COUNT(
        rv.value_num * CASE
          WHEN rv.unit = '10^9/L'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = '10^12/L'
          THEN CAST(1000.0 AS DOUBLE)
          WHEN rv.unit = '10^3/µL'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = '/µL'
          THEN CAST(0.001 AS DOUBLE)
          WHEN rv.unit = '/mm3'
          THEN CAST(0.001 AS DOUBLE)
        END
      )
      THEN MIN(
        rv.value_num * CASE
          WHEN rv.unit = '10^9/L'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = '10^12/L'
          THEN CAST(1000.0 AS DOUBLE)
          WHEN rv.unit = '10^3/µL'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = '/µL'
          THEN CAST(0.001 AS DOUBLE)
          WHEN rv.unit = '/mm3'
          THEN CAST(0.001 AS DOUBLE)
        END
      )
    END AS v0,
    CASE
      WHEN COUNT(*) = COUNT(
        rv.value_num * CASE
          WHEN rv.unit = '10^9/L'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = '10^12/L'
          THEN CAST(1000.0 AS DOUBLE)
          WHEN rv.unit = '10^3/µL'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = '/µL'
          THEN CAST(0.001 AS DOUBLE)
          WHEN rv.unit = '/mm3'
          THEN CAST(0.001 AS DOUBLE)
        END
      )
      AND COUNT(*) = COUNT(
        CASE
          WHEN NOT CASE
            WHEN rv.unit = '10^9/L'
            THEN CAST(1.0 AS DOUBLE)
            WHEN rv.unit = '10^12/L'
            THEN CAST(1000.0 AS DOUBLE)
            WHEN rv.unit = '10^3/µL'
            THEN CAST(1.0 AS DOUBLE)
            WHEN rv.unit = '/µL'
            THEN CAST(0.001 AS DOUBLE)
            WHEN rv.unit = '/mm3'
            THEN CAST(0.001 AS DOUBLE)
          END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE)
          THEN rv.value_num / rv.reference_high
        END
      )
      THEN MIN(
        CASE
          WHEN NOT CASE
            WHEN rv.unit = '10^9/L'
            THEN CAST(1.0 AS DOUBLE)
            WHEN rv.unit = '10^12/L'
            THEN CAST(1000.0 AS DOUBLE)
            WHEN rv.unit = '10^3/µL'
            THEN CAST(1.0 AS DOUBLE)
            WHEN rv.unit = '/µL'
            THEN CAST(0.001 AS DOUBLE)
            WHEN rv.unit = '/mm3'
            THEN CAST(0.001 AS DOUBLE)
          END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE)
          THEN rv.value_num / rv.reference_high
        END
      )
    END AS v1,
    CASE
      WHEN COUNT(*) = COUNT(
        rv.value_num * CASE
          WHEN rv.unit = '10^9/L'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = '10^12/L'
          THEN CAST(1000.0 AS DOUBLE)
          WHEN rv.unit = '10^3/µL'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = '/µL'
          THEN CAST(0.001 AS DOUBLE)
          WHEN rv.unit = '/mm3'
          THEN CAST(0.001 AS DOUBLE)
        END
      )
      THEN MAX(
        rv.value_num * CASE
          WHEN rv.unit = '10^9/L'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = '10^12/L'
          THEN CAST(1000.0 AS DOUBLE)
          WHEN rv.unit = '10^3/µL'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = '/µL'
          THEN CAST(0.001 AS DOUBLE)
          WHEN rv.unit = '/mm3'
          THEN CAST(0.001 AS DOUBLE)
        END
      )
    END AS v2,
    CASE
      WHEN COUNT(*) = COUNT(
        rv.value_num * CASE
          WHEN rv.unit = '10^9/L'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = '10^12/L'
          THEN CAST(1000.0 AS DOUBLE)
          WHEN rv.unit = '10^3/µL'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = '/µL'
          THEN CAST(0.001 AS DOUBLE)
          WHEN rv.unit = '/mm3'
          THEN CAST(0.001 AS DOUBLE)
        END
      )
      AND COUNT(*) = COUNT(
        CASE
          WHEN NOT CASE
            WHEN rv.unit = '10^9/L'
            THEN CAST(1.0 AS DOUBLE)
            WHEN rv.unit = '10^12/L'
            THEN CAST(1000.0 AS DOUBLE)
            WHEN rv.unit = '10^3/µL'
            THEN CAST(1.0 AS DOUBLE)
            WHEN rv.unit = '/µL'
            THEN CAST(0.001 AS DOUBLE)
            WHEN rv.unit = '/mm3'
            THEN CAST(0.001 AS DOUBLE)
          END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE)
          THEN rv.value_num / rv.reference_high
        END
      )
      THEN MAX(
        CASE
          WHEN NOT CASE
            WHEN rv.unit = '10^9/L'
            THEN CAST(1.0 AS DOUBLE)
            WHEN rv.unit = '10^12/L'
            THEN CAST(1000.0 AS DOUBLE)
            WHEN rv.unit = '10^3/µL'
            THEN CAST(1.0 AS DOUBLE)
            WHEN rv.unit = '/µL'
            THEN CAST(0.001 AS DOUBLE)
            WHEN rv.unit = '/mm3'
            THEN CAST(0.001 AS DOUBLE)
          END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE)
          THEN rv.value_num / rv.reference_high
        END
      )
    END AS v3
  FROM (
    SELECT
      c.*,
      ROW_NUMBER() OVER (
        PARTITION BY c.patient_id
        ORDER BY CASE WHEN c.inside IS TRUE THEN 0 ELSE 1 END NULLS LAST, c.date_lo DESC, c.seq NULLS LAST
      ) AS recency
    FROM anc_latest_candidates AS c
    WHERE
      NOT c.inside IS FALSE
  ) AS ch
  JOIN anc_latest_candidates AS rv
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
), white_cell_count_latest AS (
  SELECT
    ch.patient_id AS patient_id,
    CASE
      WHEN COUNT(*) = COUNT(
        rv.value_num * CASE
          WHEN rv.unit = '10^9/L'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = '10^12/L'
          THEN CAST(1000.0 AS DOUBLE)
          WHEN rv.unit = '10^3/µL'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = '/µL'
          THEN CAST(0.001 AS DOUBLE)
          WHEN rv.unit = '/mm3'
          THEN CAST(0.001 AS DOUBLE)
        END
      )
      THEN MIN(
        rv.value_num * CASE
          WHEN rv.unit = '10^9/L'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = '10^12/L'
          THEN CAST(1000.0 AS DOUBLE)
          WHEN rv.unit = '10^3/µL'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = '/µL'
          THEN CAST(0.001 AS DOUBLE)
          WHEN rv.unit = '/mm3'
          THEN CAST(0.001 AS DOUBLE)
        END
      )
    END AS v0,
    CASE
      WHEN COUNT(*) = COUNT(
        rv.value_num * CASE
          WHEN rv.unit = '10^9/L'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = '10^12/L'
          THEN CAST(1000.0 AS DOUBLE)
          WHEN rv.unit = '10^3/µL'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = '/µL'
          THEN CAST(0.001 AS DOUBLE)
          WHEN rv.unit = '/mm3'
          THEN CAST(0.001 AS DOUBLE)
        END
      )
      AND COUNT(*) = COUNT(
        CASE
          WHEN NOT CASE
            WHEN rv.unit = '10^9/L'
            THEN CAST(1.0 AS DOUBLE)
            WHEN rv.unit = '10^12/L'
            THEN CAST(1000.0 AS DOUBLE)
            WHEN rv.unit = '10^3/µL'
            THEN CAST(1.0 AS DOUBLE)
            WHEN rv.unit = '/µL'
            THEN CAST(0.001 AS DOUBLE)
            WHEN rv.unit = '/mm3'
            THEN CAST(0.001 AS DOUBLE)
          END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE)
          THEN rv.value_num / rv.reference_high
        END
      )
      THEN MIN(
        CASE
          WHEN NOT CASE
            WHEN rv.unit = '10^9/L'
            THEN CAST(1.0 AS DOUBLE)
            WHEN rv.unit = '10^12/L'
            THEN CAST(1000.0 AS DOUBLE)
            WHEN rv.unit = '10^3/µL'
            THEN CAST(1.0 AS DOUBLE)
            WHEN rv.unit = '/µL'
            THEN CAST(0.001 AS DOUBLE)
            WHEN rv.unit = '/mm3'
            THEN CAST(0.001 AS DOUBLE)
          END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE)
          THEN rv.value_num / rv.reference_high
        END
      )
    END AS v1,
    CASE
      WHEN COUNT(*) = COUNT(
        rv.value_num * CASE
          WHEN rv.unit = '10^9/L'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = '10^12/L'
          THEN CAST(1000.0 AS DOUBLE)
          WHEN rv.unit = '10^3/µL'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = '/µL'
          THEN CAST(0.001 AS DOUBLE)
          WHEN rv.unit = '/mm3'
          THEN CAST(0.001 AS DOUBLE)
        END
      )
      THEN MAX(
        rv.value_num * CASE
          WHEN rv.unit = '10^9/L'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = '10^12/L'
          THEN CAST(1000.0 AS DOUBLE)
          WHEN rv.unit = '10^3/µL'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = '/µL'
          THEN CAST(0.001 AS DOUBLE)
          WHEN rv.unit = '/mm3'
          THEN CAST(0.001 AS DOUBLE)
        END
      )
    END AS v2,
    CASE
      WHEN COUNT(*) = COUNT(
        rv.value_num * CASE
          WHEN rv.unit = '10^9/L'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = '10^12/L'
          THEN CAST(1000.0 AS DOUBLE)
          WHEN rv.unit = '10^3/µL'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = '/µL'
          THEN CAST(0.001 AS DOUBLE)
          WHEN rv.unit = '/mm3'
          THEN CAST(0.001 AS DOUBLE)
        END
      )
      AND COUNT(*) = COUNT(
        CASE
          WHEN NOT CASE
            WHEN rv.unit = '10^9/L'
            THEN CAST(1.0 AS DOUBLE)
            WHEN rv.unit = '10^12/L'
            THEN CAST(1000.0 AS DOUBLE)
            WHEN rv.unit = '10^3/µL'
            THEN CAST(1.0 AS DOUBLE)
            WHEN rv.unit = '/µL'
            THEN CAST(0.001 AS DOUBLE)
            WHEN rv.unit = '/mm3'
            THEN CAST(0.001 AS DOUBLE)
          END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE)
          THEN rv.value_num / rv.reference_high
        END
      )
      THEN MAX(
        CASE
          WHEN NOT CASE
            WHEN rv.unit = '10^9/L'
            THEN CAST(1.0 AS DOUBLE)
            WHEN rv.unit = '10^12/L'
            THEN CAST(1000.0 AS DOUBLE)
            WHEN rv.unit = '10^3/µL'
            THEN CAST(1.0 AS DOUBLE)
            WHEN rv.unit = '/µL'
            THEN CAST(0.001 AS DOUBLE)
            WHEN rv.unit = '/mm3'
            THEN CAST(0.001 AS DOUBLE)
          END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE)
          THEN rv.value_num / rv.reference_high
        END
      )
    END AS v3
  FROM (
    SELECT
      c.*,
      ROW_NUMBER() OVER (
        PARTITION BY c.patient_id
        ORDER BY CASE WHEN c.inside IS TRUE THEN 0 ELSE 1 END NULLS LAST, c.date_lo DESC, c.seq NULLS LAST
      ) AS recency
    FROM white_cell_count_latest_candidates AS c
    WHERE
      NOT c.inside IS FALSE
  ) AS ch
  JOIN white_cell_count_latest_candidates AS rv
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
), platelets_latest AS (
  SELECT
    ch.patient_id AS patient_id,
    CASE
      WHEN COUNT(*) = COUNT(
        rv.value_num * CASE
          WHEN rv.unit = '10^9/L'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = '10^12/L'
          THEN CAST(1000.0 AS DOUBLE)
          WHEN rv.unit = '10^3/µL'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = '/µL'
          THEN CAST(0.001 AS DOUBLE)
          WHEN rv.unit = '/mm3'
          THEN CAST(0.001 AS DOUBLE)
        END
      )
      THEN MIN(
        rv.value_num * CASE
          WHEN rv.unit = '10^9/L'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = '10^12/L'
          THEN CAST(1000.0 AS DOUBLE)
          WHEN rv.unit = '10^3/µL'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = '/µL'
          THEN CAST(0.001 AS DOUBLE)
          WHEN rv.unit = '/mm3'
          THEN CAST(0.001 AS DOUBLE)
        END
      )
    END AS v0,
    CASE
      WHEN COUNT(*) = COUNT(
        rv.value_num * CASE
          WHEN rv.unit = '10^9/L'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = '10^12/L'
          THEN CAST(1000.0 AS DOUBLE)
          WHEN rv.unit = '10^3/µL'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = '/µL'
          THEN CAST(0.001 AS DOUBLE)
          WHEN rv.unit = '/mm3'
          THEN CAST(0.001 AS DOUBLE)
        END
      )
      AND COUNT(*) = COUNT(
        CASE
          WHEN NOT CASE
            WHEN rv.unit = '10^9/L'
            THEN CAST(1.0 AS DOUBLE)
            WHEN rv.unit = '10^12/L'
            THEN CAST(1000.0 AS DOUBLE)
            WHEN rv.unit = '10^3/µL'
            THEN CAST(1.0 AS DOUBLE)
            WHEN rv.unit = '/µL'
            THEN CAST(0.001 AS DOUBLE)
            WHEN rv.unit = '/mm3'
            THEN CAST(0.001 AS DOUBLE)
          END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE)
          THEN rv.value_num / rv.reference_high
        END
      )
      THEN MIN(
        CASE
          WHEN NOT CASE
            WHEN rv.unit = '10^9/L'
            THEN CAST(1.0 AS DOUBLE)
            WHEN rv.unit = '10^12/L'
            THEN CAST(1000.0 AS DOUBLE)
            WHEN rv.unit = '10^3/µL'
            THEN CAST(1.0 AS DOUBLE)
            WHEN rv.unit = '/µL'
            THEN CAST(0.001 AS DOUBLE)
            WHEN rv.unit = '/mm3'
            THEN CAST(0.001 AS DOUBLE)
          END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE)
          THEN rv.value_num / rv.reference_high
        END
      )
    END AS v1,
    CASE
      WHEN COUNT(*) = COUNT(
        rv.value_num * CASE
          WHEN rv.unit = '10^9/L'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = '10^12/L'
          THEN CAST(1000.0 AS DOUBLE)
          WHEN rv.unit = '10^3/µL'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = '/µL'
          THEN CAST(0.001 AS DOUBLE)
          WHEN rv.unit = '/mm3'
          THEN CAST(0.001 AS DOUBLE)
        END
      )
      THEN MAX(
        rv.value_num * CASE
          WHEN rv.unit = '10^9/L'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = '10^12/L'
          THEN CAST(1000.0 AS DOUBLE)
          WHEN rv.unit = '10^3/µL'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = '/µL'
          THEN CAST(0.001 AS DOUBLE)
          WHEN rv.unit = '/mm3'
          THEN CAST(0.001 AS DOUBLE)
        END
      )
    END AS v2,
    CASE
      WHEN COUNT(*) = COUNT(
        rv.value_num * CASE
          WHEN rv.unit = '10^9/L'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = '10^12/L'
          THEN CAST(1000.0 AS DOUBLE)
          WHEN rv.unit = '10^3/µL'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = '/µL'
          THEN CAST(0.001 AS DOUBLE)
          WHEN rv.unit = '/mm3'
          THEN CAST(0.001 AS DOUBLE)
        END
      )
      AND COUNT(*) = COUNT(
        CASE
          WHEN NOT CASE
            WHEN rv.unit = '10^9/L'
            THEN CAST(1.0 AS DOUBLE)
            WHEN rv.unit = '10^12/L'
            THEN CAST(1000.0 AS DOUBLE)
            WHEN rv.unit = '10^3/µL'
            THEN CAST(1.0 AS DOUBLE)
            WHEN rv.unit = '/µL'
            THEN CAST(0.001 AS DOUBLE)
            WHEN rv.unit = '/mm3'
            THEN CAST(0.001 AS DOUBLE)
          END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE)
          THEN rv.value_num / rv.reference_high
        END
      )
      THEN MAX(
        CASE
          WHEN NOT CASE
            WHEN rv.unit = '10^9/L'
            THEN CAST(1.0 AS DOUBLE)
            WHEN rv.unit = '10^12/L'
            THEN CAST(1000.0 AS DOUBLE)
            WHEN rv.unit = '10^3/µL'
            THEN CAST(1.0 AS DOUBLE)
            WHEN rv.unit = '/µL'
            THEN CAST(0.001 AS DOUBLE)
            WHEN rv.unit = '/mm3'
            THEN CAST(0.001 AS DOUBLE)
          END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE)
          THEN rv.value_num / rv.reference_high
        END
      )
    END AS v3
  FROM (
    SELECT
      c.*,
      ROW_NUMBER() OVER (
        PARTITION BY c.patient_id
        ORDER BY CASE WHEN c.inside IS TRUE THEN 0 ELSE 1 END NULLS LAST, c.date_lo DESC, c.seq NULLS LAST
      ) AS recency
    FROM platelets_latest_candidates AS c
    WHERE
      NOT c.inside IS FALSE
  ) AS ch
  JOIN platelets_latest_candidates AS rv
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
), haemoglobin_latest AS (
  SELECT
    ch.patient_id AS patient_id,
    CASE
      WHEN COUNT(*) = COUNT(
        rv.value_num * CASE
          WHEN rv.unit = 'g/dL'
          THEN CAST(10.0 AS DOUBLE)
          WHEN rv.unit = 'g/L'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = 'mg/dL'
          THEN CAST(0.01 AS DOUBLE)
          WHEN rv.unit = 'mg/L'
          THEN CAST(0.001 AS DOUBLE)
        END
      )
      THEN MIN(
        rv.value_num * CASE
          WHEN rv.unit = 'g/dL'
          THEN CAST(10.0 AS DOUBLE)
          WHEN rv.unit = 'g/L'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = 'mg/dL'
          THEN CAST(0.01 AS DOUBLE)
          WHEN rv.unit = 'mg/L'
          THEN CAST(0.001 AS DOUBLE)
        END
      )
    END AS v0,
    CASE
      WHEN COUNT(*) = COUNT(
        rv.value_num * CASE
          WHEN rv.unit = 'g/dL'
          THEN CAST(10.0 AS DOUBLE)
          WHEN rv.unit = 'g/L'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = 'mg/dL'
          THEN CAST(0.01 AS DOUBLE)
          WHEN rv.unit = 'mg/L'
          THEN CAST(0.001 AS DOUBLE)
        END
      )
      AND COUNT(*) = COUNT(
        CASE
          WHEN NOT CASE
            WHEN rv.unit = 'g/dL'
            THEN CAST(10.0 AS DOUBLE)
            WHEN rv.unit = 'g/L'
            THEN CAST(1.0 AS DOUBLE)
            WHEN rv.unit = 'mg/dL'
            THEN CAST(0.01 AS DOUBLE)
            WHEN rv.unit = 'mg/L'
            THEN CAST(0.001 AS DOUBLE)
          END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE)
          THEN rv.value_num / rv.reference_high
        END
      )
      THEN MIN(
        CASE
          WHEN NOT CASE
            WHEN rv.unit = 'g/dL'
            THEN CAST(10.0 AS DOUBLE)
            WHEN rv.unit = 'g/L'
            THEN CAST(1.0 AS DOUBLE)
            WHEN rv.unit = 'mg/dL'
            THEN CAST(0.01 AS DOUBLE)
            WHEN rv.unit = 'mg/L'
            THEN CAST(0.001 AS DOUBLE)
          END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE)
          THEN rv.value_num / rv.reference_high
        END
      )
    END AS v1,
    CASE
      WHEN COUNT(*) = COUNT(
        rv.value_num * CASE
          WHEN rv.unit = 'g/dL'
          THEN CAST(10.0 AS DOUBLE)
          WHEN rv.unit = 'g/L'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = 'mg/dL'
          THEN CAST(0.01 AS DOUBLE)
          WHEN rv.unit = 'mg/L'
          THEN CAST(0.001 AS DOUBLE)
        END
      )
      THEN MAX(
        rv.value_num * CASE
          WHEN rv.unit = 'g/dL'
          THEN CAST(10.0 AS DOUBLE)
          WHEN rv.unit = 'g/L'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = 'mg/dL'
          THEN CAST(0.01 AS DOUBLE)
          WHEN rv.unit = 'mg/L'
          THEN CAST(0.001 AS DOUBLE)
        END
      )
    END AS v2,
    CASE
      WHEN COUNT(*) = COUNT(
        rv.value_num * CASE
          WHEN rv.unit = 'g/dL'
          THEN CAST(10.0 AS DOUBLE)
          WHEN rv.unit = 'g/L'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = 'mg/dL'
          THEN CAST(0.01 AS DOUBLE)
          WHEN rv.unit = 'mg/L'
          THEN CAST(0.001 AS DOUBLE)
        END
      )
      AND COUNT(*) = COUNT(
        CASE
          WHEN NOT CASE
            WHEN rv.unit = 'g/dL'
            THEN CAST(10.0 AS DOUBLE)
            WHEN rv.unit = 'g/L'
            THEN CAST(1.0 AS DOUBLE)
            WHEN rv.unit = 'mg/dL'
            THEN CAST(0.01 AS DOUBLE)
            WHEN rv.unit = 'mg/L'
            THEN CAST(0.001 AS DOUBLE)
          END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE)
          THEN rv.value_num / rv.reference_high
        END
      )
      THEN MAX(
        CASE
          WHEN NOT CASE
            WHEN rv.unit = 'g/dL'
            THEN CAST(10.0 AS DOUBLE)
            WHEN rv.unit = 'g/L'
            THEN CAST(1.0 AS DOUBLE)
            WHEN rv.unit = 'mg/dL'
            THEN CAST(0.01 AS DOUBLE)
            WHEN rv.unit = 'mg/L'
            THEN CAST(0.001 AS DOUBLE)
          END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE)
          THEN rv.value_num / rv.reference_high
        END
      )
    END AS v3
  FROM (
    SELECT
      c.*,
      ROW_NUMBER() OVER (
        PARTITION BY c.patient_id
        ORDER BY CASE WHEN c.inside IS TRUE THEN 0 ELSE 1 END NULLS LAST, c.date_lo DESC, c.seq NULLS LAST
      ) AS recency
    FROM haemoglobin_latest_candidates AS c
    WHERE
      NOT c.inside IS FALSE
  ) AS ch
  JOIN haemoglobin_latest_candidates AS rv
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
), total_bilirubin_latest AS (
  SELECT
    ch.patient_id AS patient_id,
    CASE
      WHEN COUNT(*) = COUNT(
        rv.value_num * CASE
          WHEN rv.unit = 'g/dL'
          THEN CAST(10.0 AS DOUBLE)
          WHEN rv.unit = 'g/L'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = 'mg/dL'
          THEN CAST(0.01 AS DOUBLE)
          WHEN rv.unit = 'mg/L'
          THEN CAST(0.001 AS DOUBLE)
        END
      )
      THEN MIN(
        rv.value_num * CASE
          WHEN rv.unit = 'g/dL'
          THEN CAST(10.0 AS DOUBLE)
          WHEN rv.unit = 'g/L'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = 'mg/dL'
          THEN CAST(0.01 AS DOUBLE)
          WHEN rv.unit = 'mg/L'
          THEN CAST(0.001 AS DOUBLE)
        END
      )
    END AS v0,
    CASE
      WHEN COUNT(*) = COUNT(
        rv.value_num * CASE
          WHEN rv.unit = 'g/dL'
          THEN CAST(10.0 AS DOUBLE)
          WHEN rv.unit = 'g/L'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = 'mg/dL'
          THEN CAST(0.01 AS DOUBLE)
          WHEN rv.unit = 'mg/L'
          THEN CAST(0.001 AS DOUBLE)
        END
      )
      AND COUNT(*) = COUNT(
        CASE
          WHEN NOT CASE
            WHEN rv.unit = 'g/dL'
            THEN CAST(10.0 AS DOUBLE)
            WHEN rv.unit = 'g/L'
            THEN CAST(1.0 AS DOUBLE)
            WHEN rv.unit = 'mg/dL'
            THEN CAST(0.01 AS DOUBLE)
            WHEN rv.unit = 'mg/L'
            THEN CAST(0.001 AS DOUBLE)
          END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE)
          THEN rv.value_num / rv.reference_high
        END
      )
      THEN MIN(
        CASE
          WHEN NOT CASE
            WHEN rv.unit = 'g/dL'
            THEN CAST(10.0 AS DOUBLE)
            WHEN rv.unit = 'g/L'
            THEN CAST(1.0 AS DOUBLE)
            WHEN rv.unit = 'mg/dL'
            THEN CAST(0.01 AS DOUBLE)
            WHEN rv.unit = 'mg/L'
            THEN CAST(0.001 AS DOUBLE)
          END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE)
          THEN rv.value_num / rv.reference_high
        END
      )
    END AS v1,
    CASE
      WHEN COUNT(*) = COUNT(
        rv.value_num * CASE
          WHEN rv.unit = 'g/dL'
          THEN CAST(10.0 AS DOUBLE)
          WHEN rv.unit = 'g/L'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = 'mg/dL'
          THEN CAST(0.01 AS DOUBLE)
          WHEN rv.unit = 'mg/L'
          THEN CAST(0.001 AS DOUBLE)
        END
      )
      THEN MAX(
        rv.value_num * CASE
          WHEN rv.unit = 'g/dL'
          THEN CAST(10.0 AS DOUBLE)
          WHEN rv.unit = 'g/L'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = 'mg/dL'
          THEN CAST(0.01 AS DOUBLE)
          WHEN rv.unit = 'mg/L'
          THEN CAST(0.001 AS DOUBLE)
        END
      )
    END AS v2,
    CASE
      WHEN COUNT(*) = COUNT(
        rv.value_num * CASE
          WHEN rv.unit = 'g/dL'
          THEN CAST(10.0 AS DOUBLE)
          WHEN rv.unit = 'g/L'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = 'mg/dL'
          THEN CAST(0.01 AS DOUBLE)
          WHEN rv.unit = 'mg/L'
          THEN CAST(0.001 AS DOUBLE)
        END
      )
      AND COUNT(*) = COUNT(
        CASE
          WHEN NOT CASE
            WHEN rv.unit = 'g/dL'
            THEN CAST(10.0 AS DOUBLE)
            WHEN rv.unit = 'g/L'
            THEN CAST(1.0 AS DOUBLE)
            WHEN rv.unit = 'mg/dL'
            THEN CAST(0.01 AS DOUBLE)
            WHEN rv.unit = 'mg/L'
            THEN CAST(0.001 AS DOUBLE)
          END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE)
          THEN rv.value_num / rv.reference_high
        END
      )
      THEN MAX(
        CASE
          WHEN NOT CASE
            WHEN rv.unit = 'g/dL'
            THEN CAST(10.0 AS DOUBLE)
            WHEN rv.unit = 'g/L'
            THEN CAST(1.0 AS DOUBLE)
            WHEN rv.unit = 'mg/dL'
            THEN CAST(0.01 AS DOUBLE)
            WHEN rv.unit = 'mg/L'
            THEN CAST(0.001 AS DOUBLE)
          END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE)
          THEN rv.value_num / rv.reference_high
        END
      )
    END AS v3
  FROM (
    SELECT
      c.*,
      ROW_NUMBER() OVER (
        PARTITION BY c.patient_id
        ORDER BY CASE WHEN c.inside IS TRUE THEN 0 ELSE 1 END NULLS LAST, c.date_lo DESC, c.seq NULLS LAST
      ) AS recency
    FROM total_bilirubin_latest_candidates AS c
    WHERE
      NOT c.inside IS FALSE
  ) AS ch
  JOIN total_bilirubin_latest_candidates AS rv
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
), ast_latest AS (
  SELECT
    ch.patient_id AS patient_id,
    CASE
      WHEN COUNT(*) = COUNT(
        rv.value_num * CASE
          WHEN rv.unit = 'U/L'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = 'IU/L'
          THEN CAST(1.0 AS DOUBLE)
        END
      )
      THEN MIN(
        rv.value_num * CASE
          WHEN rv.unit = 'U/L'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = 'IU/L'
          THEN CAST(1.0 AS DOUBLE)
        END
      )
    END AS v0,
    CASE
      WHEN COUNT(*) = COUNT(
        rv.value_num * CASE
          WHEN rv.unit = 'U/L'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = 'IU/L'
          THEN CAST(1.0 AS DOUBLE)
        END
      )
      AND COUNT(*) = COUNT(
        CASE
          WHEN NOT CASE
            WHEN rv.unit = 'U/L'
            THEN CAST(1.0 AS DOUBLE)
            WHEN rv.unit = 'IU/L'
            THEN CAST(1.0 AS DOUBLE)
          END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE)
          THEN rv.value_num / rv.reference_high
        END
      )
      THEN MIN(
        CASE
          WHEN NOT CASE
            WHEN rv.unit = 'U/L'
            THEN CAST(1.0 AS DOUBLE)
            WHEN rv.unit = 'IU/L'
            THEN CAST(1.0 AS DOUBLE)
          END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE)
          THEN rv.value_num / rv.reference_high
        END
      )
    END AS v1,
    CASE
      WHEN COUNT(*) = COUNT(
        rv.value_num * CASE
          WHEN rv.unit = 'U/L'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = 'IU/L'
          THEN CAST(1.0 AS DOUBLE)
        END
      )
      THEN MAX(
        rv.value_num * CASE
          WHEN rv.unit = 'U/L'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = 'IU/L'
          THEN CAST(1.0 AS DOUBLE)
        END
      )
    END AS v2,
    CASE
      WHEN COUNT(*) = COUNT(
        rv.value_num * CASE
          WHEN rv.unit = 'U/L'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = 'IU/L'
          THEN CAST(1.0 AS DOUBLE)
        END
      )
      AND COUNT(*) = COUNT(
        CASE
          WHEN NOT CASE
            WHEN rv.unit = 'U/L'
            THEN CAST(1.0 AS DOUBLE)
            WHEN rv.unit = 'IU/L'
            THEN CAST(1.0 AS DOUBLE)
          END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE)
          THEN rv.value_num / rv.reference_high
        END
      )
      THEN MAX(
        CASE
          WHEN NOT CASE
            WHEN rv.unit = 'U/L'
            THEN CAST(1.0 AS DOUBLE)
            WHEN rv.unit = 'IU/L'
            THEN CAST(1.0 AS DOUBLE)
          END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE)
          THEN rv.value_num / rv.reference_high
        END
      )
    END AS v3
  FROM (
    SELECT
      c.*,
      ROW_NUMBER() OVER (
        PARTITION BY c.patient_id
        ORDER BY CASE WHEN c.inside IS TRUE THEN 0 ELSE 1 END NULLS LAST, c.date_lo DESC, c.seq NULLS LAST
      ) AS recency
    FROM ast_latest_candidates AS c
    WHERE
      NOT c.inside IS FALSE
  ) AS ch
  JOIN ast_latest_candidates AS rv
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
), alt_latest AS (
  SELECT
    ch.patient_id AS patient_id,
    CASE
      WHEN COUNT(*) = COUNT(
        rv.value_num * CASE
          WHEN rv.unit = 'U/L'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = 'IU/L'
          THEN CAST(1.0 AS DOUBLE)
        END
      )
      THEN MIN(
        rv.value_num * CASE
          WHEN rv.unit = 'U/L'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = 'IU/L'
          THEN CAST(1.0 AS DOUBLE)
        END
      )
    END AS v0,
    CASE
      WHEN COUNT(*) = COUNT(
        rv.value_num * CASE
          WHEN rv.unit = 'U/L'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = 'IU/L'
          THEN CAST(1.0 AS DOUBLE)
        END
      )
      AND COUNT(*) = COUNT(
        CASE
          WHEN NOT CASE
            WHEN rv.unit = 'U/L'
            THEN CAST(1.0 AS DOUBLE)
            WHEN rv.unit = 'IU/L'
            THEN CAST(1.0 AS DOUBLE)
          END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE)
          THEN rv.value_num / rv.reference_high
        END
      )
      THEN MIN(
        CASE
          WHEN NOT CASE
            WHEN rv.unit = 'U/L'
            THEN CAST(1.0 AS DOUBLE)
            WHEN rv.unit = 'IU/L'
            THEN CAST(1.0 AS DOUBLE)
          END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE)
          THEN rv.value_num / rv.reference_high
        END
      )
    END AS v1,
    CASE
      WHEN COUNT(*) = COUNT(
        rv.value_num * CASE
          WHEN rv.unit = 'U/L'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = 'IU/L'
          THEN CAST(1.0 AS DOUBLE)
        END
      )
      THEN MAX(
        rv.value_num * CASE
          WHEN rv.unit = 'U/L'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = 'IU/L'
          THEN CAST(1.0 AS DOUBLE)
        END
      )
    END AS v2,
    CASE
      WHEN COUNT(*) = COUNT(
        rv.value_num * CASE
          WHEN rv.unit = 'U/L'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = 'IU/L'
          THEN CAST(1.0 AS DOUBLE)
        END
      )
      AND COUNT(*) = COUNT(
        CASE
          WHEN NOT CASE
            WHEN rv.unit = 'U/L'
            THEN CAST(1.0 AS DOUBLE)
            WHEN rv.unit = 'IU/L'
            THEN CAST(1.0 AS DOUBLE)
          END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE)
          THEN rv.value_num / rv.reference_high
        END
      )
      THEN MAX(
        CASE
          WHEN NOT CASE
            WHEN rv.unit = 'U/L'
            THEN CAST(1.0 AS DOUBLE)
            WHEN rv.unit = 'IU/L'
            THEN CAST(1.0 AS DOUBLE)
          END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE)
          THEN rv.value_num / rv.reference_high
        END
      )
    END AS v3
  FROM (
    SELECT
      c.*,
      ROW_NUMBER() OVER (
        PARTITION BY c.patient_id
        ORDER BY CASE WHEN c.inside IS TRUE THEN 0 ELSE 1 END NULLS LAST, c.date_lo DESC, c.seq NULLS LAST
      ) AS recency
    FROM alt_latest_candidates AS c
    WHERE
      NOT c.inside IS FALSE
  ) AS ch
  JOIN alt_latest_candidates AS rv
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
), albumin_latest AS (
  SELECT
    ch.patient_id AS patient_id,
    CASE
      WHEN COUNT(*) = COUNT(
        rv.value_num * CASE
          WHEN rv.unit = 'g/dL'
          THEN CAST(10.0 AS DOUBLE)
          WHEN rv.unit = 'g/L'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = 'mg/dL'
          THEN CAST(0.01 AS DOUBLE)
          WHEN rv.unit = 'mg/L'
          THEN CAST(0.001 AS DOUBLE)
        END
      )
      THEN MIN(
        rv.value_num * CASE
          WHEN rv.unit = 'g/dL'
          THEN CAST(10.0 AS DOUBLE)
          WHEN rv.unit = 'g/L'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = 'mg/dL'
          THEN CAST(0.01 AS DOUBLE)
          WHEN rv.unit = 'mg/L'
          THEN CAST(0.001 AS DOUBLE)
        END
      )
    END AS v0,
    CASE
      WHEN COUNT(*) = COUNT(
        rv.value_num * CASE
          WHEN rv.unit = 'g/dL'
          THEN CAST(10.0 AS DOUBLE)
          WHEN rv.unit = 'g/L'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = 'mg/dL'
          THEN CAST(0.01 AS DOUBLE)
          WHEN rv.unit = 'mg/L'
          THEN CAST(0.001 AS DOUBLE)
        END
      )
      AND COUNT(*) = COUNT(
        CASE
          WHEN NOT CASE
            WHEN rv.unit = 'g/dL'
            THEN CAST(10.0 AS DOUBLE)
            WHEN rv.unit = 'g/L'
            THEN CAST(1.0 AS DOUBLE)
            WHEN rv.unit = 'mg/dL'
            THEN CAST(0.01 AS DOUBLE)
            WHEN rv.unit = 'mg/L'
            THEN CAST(0.001 AS DOUBLE)
          END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE)
          THEN rv.value_num / rv.reference_high
        END
      )
      THEN MIN(
        CASE
          WHEN NOT CASE
            WHEN rv.unit = 'g/dL'
            THEN CAST(10.0 AS DOUBLE)
            WHEN rv.unit = 'g/L'
            THEN CAST(1.0 AS DOUBLE)
            WHEN rv.unit = 'mg/dL'
            THEN CAST(0.01 AS DOUBLE)
            WHEN rv.unit = 'mg/L'
            THEN CAST(0.001 AS DOUBLE)
          END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE)
          THEN rv.value_num / rv.reference_high
        END
      )
    END AS v1,
    CASE
      WHEN COUNT(*) = COUNT(
        rv.value_num * CASE
          WHEN rv.unit = 'g/dL'
          THEN CAST(10.0 AS DOUBLE)
          WHEN rv.unit = 'g/L'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = 'mg/dL'
          THEN CAST(0.01 AS DOUBLE)
          WHEN rv.unit = 'mg/L'
          THEN CAST(0.001 AS DOUBLE)
        END
      )
      THEN MAX(
        rv.value_num * CASE
          WHEN rv.unit = 'g/dL'
          THEN CAST(10.0 AS DOUBLE)
          WHEN rv.unit = 'g/L'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = 'mg/dL'
          THEN CAST(0.01 AS DOUBLE)
          WHEN rv.unit = 'mg/L'
          THEN CAST(0.001 AS DOUBLE)
        END
      )
    END AS v2,
    CASE
      WHEN COUNT(*) = COUNT(
        rv.value_num * CASE
          WHEN rv.unit = 'g/dL'
          THEN CAST(10.0 AS DOUBLE)
          WHEN rv.unit = 'g/L'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = 'mg/dL'
          THEN CAST(0.01 AS DOUBLE)
          WHEN rv.unit = 'mg/L'
          THEN CAST(0.001 AS DOUBLE)
        END
      )
      AND COUNT(*) = COUNT(
        CASE
          WHEN NOT CASE
            WHEN rv.unit = 'g/dL'
            THEN CAST(10.0 AS DOUBLE)
            WHEN rv.unit = 'g/L'
            THEN CAST(1.0 AS DOUBLE)
            WHEN rv.unit = 'mg/dL'
            THEN CAST(0.01 AS DOUBLE)
            WHEN rv.unit = 'mg/L'
            THEN CAST(0.001 AS DOUBLE)
          END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE)
          THEN rv.value_num / rv.reference_high
        END
      )
      THEN MAX(
        CASE
          WHEN NOT CASE
            WHEN rv.unit = 'g/dL'
            THEN CAST(10.0 AS DOUBLE)
            WHEN rv.unit = 'g/L'
            THEN CAST(1.0 AS DOUBLE)
            WHEN rv.unit = 'mg/dL'
            THEN CAST(0.01 AS DOUBLE)
            WHEN rv.unit = 'mg/L'
            THEN CAST(0.001 AS DOUBLE)
          END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE)
          THEN rv.value_num / rv.reference_high
        END
      )
    END AS v3
  FROM (
    SELECT
      c.*,
      ROW_NUMBER() OVER (
        PARTITION BY c.patient_id
        ORDER BY CASE WHEN c.inside IS TRUE THEN 0 ELSE 1 END NULLS LAST, c.date_lo DESC, c.seq NULLS LAST
      ) AS recency
    FROM albumin_latest_candidates AS c
    WHERE
      NOT c.inside IS FALSE
  ) AS ch
  JOIN albumin_latest_candidates AS rv
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
), creatinine_latest AS (
  SELECT
    ch.patient_id AS patient_id,
    CASE
      WHEN COUNT(*) = COUNT(
        rv.value_num * CASE
          WHEN rv.unit = 'g/dL'
          THEN CAST(10.0 AS DOUBLE)
          WHEN rv.unit = 'g/L'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = 'mg/dL'
          THEN CAST(0.01 AS DOUBLE)
          WHEN rv.unit = 'mg/L'
          THEN CAST(0.001 AS DOUBLE)
        END
      )
      THEN MIN(
        rv.value_num * CASE
          WHEN rv.unit = 'g/dL'
          THEN CAST(10.0 AS DOUBLE)
          WHEN rv.unit = 'g/L'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = 'mg/dL'
          THEN CAST(0.01 AS DOUBLE)
          WHEN rv.unit = 'mg/L'
          THEN CAST(0.001 AS DOUBLE)
        END
      )
    END AS v0,
    CASE
      WHEN COUNT(*) = COUNT(
        rv.value_num * CASE
          WHEN rv.unit = 'g/dL'
          THEN CAST(10.0 AS DOUBLE)
          WHEN rv.unit = 'g/L'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = 'mg/dL'
          THEN CAST(0.01 AS DOUBLE)
          WHEN rv.unit = 'mg/L'
          THEN CAST(0.001 AS DOUBLE)
        END
      )
      AND COUNT(*) = COUNT(
        CASE
          WHEN NOT CASE
            WHEN rv.unit = 'g/dL'
            THEN CAST(10.0 AS DOUBLE)
            WHEN rv.unit = 'g/L'
            THEN CAST(1.0 AS DOUBLE)
            WHEN rv.unit = 'mg/dL'
            THEN CAST(0.01 AS DOUBLE)
            WHEN rv.unit = 'mg/L'
            THEN CAST(0.001 AS DOUBLE)
          END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE)
          THEN rv.value_num / rv.reference_high
        END
      )
      THEN MIN(
        CASE
          WHEN NOT CASE
            WHEN rv.unit = 'g/dL'
            THEN CAST(10.0 AS DOUBLE)
            WHEN rv.unit = 'g/L'
            THEN CAST(1.0 AS DOUBLE)
            WHEN rv.unit = 'mg/dL'
            THEN CAST(0.01 AS DOUBLE)
            WHEN rv.unit = 'mg/L'
            THEN CAST(0.001 AS DOUBLE)
          END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE)
          THEN rv.value_num / rv.reference_high
        END
      )
    END AS v1,
    CASE
      WHEN COUNT(*) = COUNT(
        rv.value_num * CASE
          WHEN rv.unit = 'g/dL'
          THEN CAST(10.0 AS DOUBLE)
          WHEN rv.unit = 'g/L'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = 'mg/dL'
          THEN CAST(0.01 AS DOUBLE)
          WHEN rv.unit = 'mg/L'
          THEN CAST(0.001 AS DOUBLE)
        END
      )
      THEN MAX(
        rv.value_num * CASE
          WHEN rv.unit = 'g/dL'
          THEN CAST(10.0 AS DOUBLE)
          WHEN rv.unit = 'g/L'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = 'mg/dL'
          THEN CAST(0.01 AS DOUBLE)
          WHEN rv.unit = 'mg/L'
          THEN CAST(0.001 AS DOUBLE)
        END
      )
    END AS v2,
    CASE
      WHEN COUNT(*) = COUNT(
        rv.value_num * CASE
          WHEN rv.unit = 'g/dL'
          THEN CAST(10.0 AS DOUBLE)
          WHEN rv.unit = 'g/L'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = 'mg/dL'
          THEN CAST(0.01 AS DOUBLE)
          WHEN rv.unit = 'mg/L'
          THEN CAST(0.001 AS DOUBLE)
        END
      )
      AND COUNT(*) = COUNT(
        CASE
          WHEN NOT CASE
            WHEN rv.unit = 'g/dL'
            THEN CAST(10.0 AS DOUBLE)
            WHEN rv.unit = 'g/L'
            THEN CAST(1.0 AS DOUBLE)
            WHEN rv.unit = 'mg/dL'
            THEN CAST(0.01 AS DOUBLE)
            WHEN rv.unit = 'mg/L'
            THEN CAST(0.001 AS DOUBLE)
          END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE)
          THEN rv.value_num / rv.reference_high
        END
      )
      THEN MAX(
        CASE
          WHEN NOT CASE
            WHEN rv.unit = 'g/dL'
            THEN CAST(10.0 AS DOUBLE)
            WHEN rv.unit = 'g/L'
            THEN CAST(1.0 AS DOUBLE)
            WHEN rv.unit = 'mg/dL'
            THEN CAST(0.01 AS DOUBLE)
            WHEN rv.unit = 'mg/L'
            THEN CAST(0.001 AS DOUBLE)
          END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE)
          THEN rv.value_num / rv.reference_high
        END
      )
    END AS v3
  FROM (
    SELECT
      c.*,
      ROW_NUMBER() OVER (
        PARTITION BY c.patient_id
        ORDER BY CASE WHEN c.inside IS TRUE THEN 0 ELSE 1 END NULLS LAST, c.date_lo DESC, c.seq NULLS LAST
      ) AS recency
    FROM creatinine_latest_candidates AS c
    WHERE
      NOT c.inside IS FALSE
  ) AS ch
  JOIN creatinine_latest_candidates AS rv
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
), creatinine_clearance_cg_latest AS (
  SELECT
    ch.patient_id AS patient_id,
    CASE
      WHEN COUNT(*) = COUNT(rv.value_num * CASE WHEN rv.unit = 'mL/min' THEN CAST(1.0 AS DOUBLE) END)
      THEN MIN(rv.value_num * CASE WHEN rv.unit = 'mL/min' THEN CAST(1.0 AS DOUBLE) END)
    END AS v0,
    CASE
      WHEN COUNT(*) = COUNT(rv.value_num * CASE WHEN rv.unit = 'mL/min' THEN CAST(1.0 AS DOUBLE) END)
      AND COUNT(*) = COUNT(
        CASE
          WHEN NOT CASE WHEN rv.unit = 'mL/min' THEN CAST(1.0 AS DOUBLE) END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE)
          THEN rv.value_num / rv.reference_high
        END
      )
      THEN MIN(
        CASE
          WHEN NOT CASE WHEN rv.unit = 'mL/min' THEN CAST(1.0 AS DOUBLE) END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE)
          THEN rv.value_num / rv.reference_high
        END
      )
    END AS v1,
    CASE
      WHEN COUNT(*) = COUNT(rv.value_num * CASE WHEN rv.unit = 'mL/min' THEN CAST(1.0 AS DOUBLE) END)
      THEN MAX(rv.value_num * CASE WHEN rv.unit = 'mL/min' THEN CAST(1.0 AS DOUBLE) END)
    END AS v2,
    CASE
      WHEN COUNT(*) = COUNT(rv.value_num * CASE WHEN rv.unit = 'mL/min' THEN CAST(1.0 AS DOUBLE) END)
      AND COUNT(*) = COUNT(
        CASE
          WHEN NOT CASE WHEN rv.unit = 'mL/min' THEN CAST(1.0 AS DOUBLE) END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE)
          THEN rv.value_num / rv.reference_high
        END
      )
      THEN MAX(
        CASE
          WHEN NOT CASE WHEN rv.unit = 'mL/min' THEN CAST(1.0 AS DOUBLE) END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE)
          THEN rv.value_num / rv.reference_high
        END
      )
    END AS v3
  FROM (
    SELECT
      c.*,
      ROW_NUMBER() OVER (
        PARTITION BY c.patient_id
        ORDER BY CASE WHEN c.inside IS TRUE THEN 0 ELSE 1 END NULLS LAST, c.date_lo DESC, c.seq NULLS LAST
      ) AS recency
    FROM creatinine_clearance_cg_latest_candidates AS c
    WHERE
      NOT c.inside IS FALSE
  ) AS ch
  JOIN creatinine_clearance_cg_latest_candidates AS rv
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
), hbv_dna_copies_latest AS (
  SELECT
    ch.patient_id AS patient_id,
    CASE
      WHEN COUNT(*) = COUNT(
        CASE
          WHEN rv.unit = 'log10 copies/mL'
          AND rv.value_num BETWEEN CAST(-300.0 AS DOUBLE) AND CAST(300.0 AS DOUBLE)
          THEN POWER(CAST(10.0 AS DOUBLE), rv.value_num) * CAST(1.0 AS DOUBLE)
          ELSE rv.value_num * CASE WHEN rv.unit = 'copies/mL' THEN CAST(1.0 AS DOUBLE) END
        END
      )
      THEN MIN(
        CASE
          WHEN rv.unit = 'log10 copies/mL'
          AND rv.value_num BETWEEN CAST(-300.0 AS DOUBLE) AND CAST(300.0 AS DOUBLE)
          THEN POWER(CAST(10.0 AS DOUBLE), rv.value_num) * CAST(1.0 AS DOUBLE)
          ELSE rv.value_num * CASE WHEN rv.unit = 'copies/mL' THEN CAST(1.0 AS DOUBLE) END
        END
      )
    END AS v0,
    CASE
      WHEN COUNT(*) = COUNT(
        CASE
          WHEN rv.unit = 'log10 copies/mL'
          AND rv.value_num BETWEEN CAST(-300.0 AS DOUBLE) AND CAST(300.0 AS DOUBLE)
          THEN POWER(CAST(10.0 AS DOUBLE), rv.value_num) * CAST(1.0 AS DOUBLE)
          ELSE rv.value_num * CASE WHEN rv.unit = 'copies/mL' THEN CAST(1.0 AS DOUBLE) END
        END
      )
      AND COUNT(*) = COUNT(
        CASE
          WHEN NOT CASE WHEN rv.unit = 'copies/mL' THEN CAST(1.0 AS DOUBLE) END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE)
          THEN rv.value_num / rv.reference_high
        END
      )
      THEN MIN(
        CASE
          WHEN NOT CASE WHEN rv.unit = 'copies/mL' THEN CAST(1.0 AS DOUBLE) END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE)
          THEN rv.value_num / rv.reference_high
        END
      )
    END AS v1,
    CASE
      WHEN COUNT(*) = COUNT(
        CASE
          WHEN rv.unit = 'log10 copies/mL'
          AND rv.value_num BETWEEN CAST(-300.0 AS DOUBLE) AND CAST(300.0 AS DOUBLE)
          THEN POWER(CAST(10.0 AS DOUBLE), rv.value_num) * CAST(1.0 AS DOUBLE)
          ELSE rv.value_num * CASE WHEN rv.unit = 'copies/mL' THEN CAST(1.0 AS DOUBLE) END
        END
      )
      THEN MAX(
        CASE
          WHEN rv.unit = 'log10 copies/mL'
          AND rv.value_num BETWEEN CAST(-300.0 AS DOUBLE) AND CAST(300.0 AS DOUBLE)
          THEN POWER(CAST(10.0 AS DOUBLE), rv.value_num) * CAST(1.0 AS DOUBLE)
          ELSE rv.value_num * CASE WHEN rv.unit = 'copies/mL' THEN CAST(1.0 AS DOUBLE) END
        END
      )
    END AS v2,
    CASE
      WHEN COUNT(*) = COUNT(
        CASE
          WHEN rv.unit = 'log10 copies/mL'
          AND rv.value_num BETWEEN CAST(-300.0 AS DOUBLE) AND CAST(300.0 AS DOUBLE)
          THEN POWER(CAST(10.0 AS DOUBLE), rv.value_num) * CAST(1.0 AS DOUBLE)
          ELSE rv.value_num * CASE WHEN rv.unit = 'copies/mL' THEN CAST(1.0 AS DOUBLE) END
        END
      )
      AND COUNT(*) = COUNT(
        CASE
          WHEN NOT CASE WHEN rv.unit = 'copies/mL' THEN CAST(1.0 AS DOUBLE) END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE)
          THEN rv.value_num / rv.reference_high
        END
      )
      THEN MAX(
        CASE
          WHEN NOT CASE WHEN rv.unit = 'copies/mL' THEN CAST(1.0 AS DOUBLE) END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE)
          THEN rv.value_num / rv.reference_high
        END
      )
    END AS v3
  FROM (
    SELECT
      c.*,
      ROW_NUMBER() OVER (
        PARTITION BY c.patient_id
        ORDER BY CASE WHEN c.inside IS TRUE THEN 0 ELSE 1 END NULLS LAST, c.date_lo DESC, c.seq NULLS LAST
      ) AS recency
    FROM hbv_dna_copies_latest_candidates AS c
    WHERE
      NOT c.inside IS FALSE
  ) AS ch
  JOIN hbv_dna_copies_latest_candidates AS rv
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
), nyha_class_latest AS (
  SELECT
    ch.patient_id AS patient_id,
    CASE
      WHEN COALESCE(ch.value_text, ch.value_code) IN ('class_i', 'class_ii', 'class_iii', 'class_iv')
      THEN COALESCE(ch.value_text, ch.value_code)
    END AS v0
  FROM (
    SELECT
      c.*,
      ROW_NUMBER() OVER (
        PARTITION BY c.patient_id
        ORDER BY CASE WHEN c.inside IS TRUE THEN 0 ELSE 1 END NULLS LAST, c.date_lo DESC, c.seq NULLS LAST
      ) AS recency
    FROM nyha_class_latest_candidates AS c
    WHERE
      NOT c.inside IS FALSE
  ) AS ch
  LEFT JOIN nyha_class_latest_candidates AS rv
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
), systolic_bp_latest AS (
  SELECT
    ch.patient_id AS patient_id,
    CASE
      WHEN COUNT(*) = COUNT(rv.value_num * CASE WHEN rv.unit = 'mmHg' THEN CAST(1.0 AS DOUBLE) END)
      THEN MIN(rv.value_num * CASE WHEN rv.unit = 'mmHg' THEN CAST(1.0 AS DOUBLE) END)
    END AS v0,
    CASE
      WHEN COUNT(*) = COUNT(rv.value_num * CASE WHEN rv.unit = 'mmHg' THEN CAST(1.0 AS DOUBLE) END)
      AND COUNT(*) = COUNT(
        CASE
          WHEN NOT CASE WHEN rv.unit = 'mmHg' THEN CAST(1.0 AS DOUBLE) END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE)
          THEN rv.value_num / rv.reference_high
        END
      )
      THEN MIN(
        CASE
          WHEN NOT CASE WHEN rv.unit = 'mmHg' THEN CAST(1.0 AS DOUBLE) END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE)
          THEN rv.value_num / rv.reference_high
        END
      )
    END AS v1,
    CASE
      WHEN COUNT(*) = COUNT(rv.value_num * CASE WHEN rv.unit = 'mmHg' THEN CAST(1.0 AS DOUBLE) END)
      THEN MAX(rv.value_num * CASE WHEN rv.unit = 'mmHg' THEN CAST(1.0 AS DOUBLE) END)
    END AS v2,
    CASE
      WHEN COUNT(*) = COUNT(rv.value_num * CASE WHEN rv.unit = 'mmHg' THEN CAST(1.0 AS DOUBLE) END)
      AND COUNT(*) = COUNT(
        CASE
          WHEN NOT CASE WHEN rv.unit = 'mmHg' THEN CAST(1.0 AS DOUBLE) END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE)
          THEN rv.value_num / rv.reference_high
        END
      )
      THEN MAX(
        CASE
          WHEN NOT CASE WHEN rv.unit = 'mmHg' THEN CAST(1.0 AS DOUBLE) END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE)
          THEN rv.value_num / rv.reference_high
        END
      )
    END AS v3
  FROM (
    SELECT
      c.*,
      ROW_NUMBER() OVER (
        PARTITION BY c.patient_id
        ORDER BY CASE WHEN c.inside IS TRUE THEN 0 ELSE 1 END NULLS LAST, c.date_lo DESC, c.seq NULLS LAST
      ) AS recency
    FROM systolic_bp_latest_candidates AS c
    WHERE
      NOT c.inside IS FALSE
  ) AS ch
  JOIN systolic_bp_latest_candidates AS rv
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
), diastolic_bp_latest AS (
  SELECT
    ch.patient_id AS patient_id,
    CASE
      WHEN COUNT(*) = COUNT(rv.value_num * CASE WHEN rv.unit = 'mmHg' THEN CAST(1.0 AS DOUBLE) END)
      THEN MIN(rv.value_num * CASE WHEN rv.unit = 'mmHg' THEN CAST(1.0 AS DOUBLE) END)
    END AS v0,
    CASE
      WHEN COUNT(*) = COUNT(rv.value_num * CASE WHEN rv.unit = 'mmHg' THEN CAST(1.0 AS DOUBLE) END)
      AND COUNT(*) = COUNT(
        CASE
          WHEN NOT CASE WHEN rv.unit = 'mmHg' THEN CAST(1.0 AS DOUBLE) END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE)
          THEN rv.value_num / rv.reference_high
        END
      )
      THEN MIN(
        CASE
          WHEN NOT CASE WHEN rv.unit = 'mmHg' THEN CAST(1.0 AS DOUBLE) END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE)
          THEN rv.value_num / rv.reference_high
        END
      )
    END AS v1,
    CASE
      WHEN COUNT(*) = COUNT(rv.value_num * CASE WHEN rv.unit = 'mmHg' THEN CAST(1.0 AS DOUBLE) END)
      THEN MAX(rv.value_num * CASE WHEN rv.unit = 'mmHg' THEN CAST(1.0 AS DOUBLE) END)
    END AS v2,
    CASE
      WHEN COUNT(*) = COUNT(rv.value_num * CASE WHEN rv.unit = 'mmHg' THEN CAST(1.0 AS DOUBLE) END)
      AND COUNT(*) = COUNT(
        CASE
          WHEN NOT CASE WHEN rv.unit = 'mmHg' THEN CAST(1.0 AS DOUBLE) END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE)
          THEN rv.value_num / rv.reference_high
        END
      )
      THEN MAX(
        CASE
          WHEN NOT CASE WHEN rv.unit = 'mmHg' THEN CAST(1.0 AS DOUBLE) END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE)
          THEN rv.value_num / rv.reference_high
        END
      )
    END AS v3
  FROM (
    SELECT
      c.*,
      ROW_NUMBER() OVER (
        PARTITION BY c.patient_id
        ORDER BY CASE WHEN c.inside IS TRUE THEN 0 ELSE 1 END NULLS LAST, c.date_lo DESC, c.seq NULLS LAST
      ) AS recency
    FROM diastolic_bp_latest_candidates AS c
    WHERE
      NOT c.inside IS FALSE
  ) AS ch
  JOIN diastolic_bp_latest_candidates AS rv
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
), egfr_latest AS (
  SELECT
    ch.patient_id AS patient_id,
    CASE
      WHEN COUNT(*) = COUNT(
        rv.value_num * CASE
          WHEN rv.unit = 'mL/min/1.73m^2'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = 'mL/min/1.73m2'
          THEN CAST(1.0 AS DOUBLE)
        END
      )
      THEN MIN(
        rv.value_num * CASE
          WHEN rv.unit = 'mL/min/1.73m^2'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = 'mL/min/1.73m2'
          THEN CAST(1.0 AS DOUBLE)
        END
      )
    END AS v0,
    CASE
      WHEN COUNT(*) = COUNT(
        rv.value_num * CASE
          WHEN rv.unit = 'mL/min/1.73m^2'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = 'mL/min/1.73m2'
          THEN CAST(1.0 AS DOUBLE)
        END
      )
      AND COUNT(*) = COUNT(
        CASE
          WHEN NOT CASE
            WHEN rv.unit = 'mL/min/1.73m^2'
            THEN CAST(1.0 AS DOUBLE)
            WHEN rv.unit = 'mL/min/1.73m2'
            THEN CAST(1.0 AS DOUBLE)
          END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE)
          THEN rv.value_num / rv.reference_high
        END
      )
      THEN MIN(
        CASE
          WHEN NOT CASE
            WHEN rv.unit = 'mL/min/1.73m^2'
            THEN CAST(1.0 AS DOUBLE)
            WHEN rv.unit = 'mL/min/1.73m2'
            THEN CAST(1.0 AS DOUBLE)
          END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE)
          THEN rv.value_num / rv.reference_high
        END
      )
    END AS v1,
    CASE
      WHEN COUNT(*) = COUNT(
        rv.value_num * CASE
          WHEN rv.unit = 'mL/min/1.73m^2'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = 'mL/min/1.73m2'
          THEN CAST(1.0 AS DOUBLE)
        END
      )
      THEN MAX(
        rv.value_num * CASE
          WHEN rv.unit = 'mL/min/1.73m^2'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = 'mL/min/1.73m2'
          THEN CAST(1.0 AS DOUBLE)
        END
      )
    END AS v2,
    CASE
      WHEN COUNT(*) = COUNT(
        rv.value_num * CASE
          WHEN rv.unit = 'mL/min/1.73m^2'
          THEN CAST(1.0 AS DOUBLE)
          WHEN rv.unit = 'mL/min/1.73m2'
          THEN CAST(1.0 AS DOUBLE)
        END
      )
      AND COUNT(*) = COUNT(
        CASE
          WHEN NOT CASE
            WHEN rv.unit = 'mL/min/1.73m^2'
            THEN CAST(1.0 AS DOUBLE)
            WHEN rv.unit = 'mL/min/1.73m2'
            THEN CAST(1.0 AS DOUBLE)
          END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE)
          THEN rv.value_num / rv.reference_high
        END
      )
      THEN MAX(
        CASE
          WHEN NOT CASE
            WHEN rv.unit = 'mL/min/1.73m^2'
            THEN CAST(1.0 AS DOUBLE)
            WHEN rv.unit = 'mL/min/1.73m2'
            THEN CAST(1.0 AS DOUBLE)
          END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE)
          THEN rv.value_num / rv.reference_high
        END
      )
    END AS v3
  FROM (
    SELECT
      c.*,
      ROW_NUMBER() OVER (
        PARTITION BY c.patient_id
        ORDER BY CASE WHEN c.inside IS TRUE THEN 0 ELSE 1 END NULLS LAST, c.date_lo DESC, c.seq NULLS LAST
      ) AS recency
    FROM egfr_latest_candidates AS c
    WHERE
      NOT c.inside IS FALSE
  ) AS ch
  JOIN egfr_latest_candidates AS rv
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
), condition_queries_3 AS (
  SELECT
    r.patient_id,
    MAX(r.g1) AS any_grade,
    MAX(r.g2) AS hepatitis_b_grade
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
                CASE in_lung_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                AND CASE
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
                AND CASE in_sclc_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
              )
            )
            AND (
              CASE
                WHEN pt.medications_collected IS TRUE
                THEN CASE COALESCE(medication_queries_per_c0_2.platinum_compound_grade, 0)
                  WHEN 2
                  THEN TRUE
                  WHEN 1
                  THEN CAST(NULL AS BOOLEAN)
                  ELSE FALSE
                END
              END
              OR (
                CASE
                  WHEN pt.medications_collected IS TRUE
                  THEN CASE COALESCE(medication_queries_per_c0_2.platinum_compound_2_grade, 0)
                    WHEN 2
                    THEN TRUE
                    WHEN 1
                    THEN CAST(NULL AS BOOLEAN)
                    ELSE FALSE
                  END
                END
                AND pt.att_refused_more_chemotherapy_value_bool
              )
              OR CASE
                WHEN pt.medications_collected IS TRUE
                THEN CASE COALESCE(medication_queries_per_c0_2.antineoplastic_agent_grade, 0)
                  WHEN 2
                  THEN TRUE
                  WHEN 1
                  THEN CAST(NULL AS BOOLEAN)
                  ELSE FALSE
                END
              END
              OR (
                (
                  CASE
                    WHEN pt.observations_collected IS TRUE
                    THEN CASE COALESCE(observation_queries_per_c0_1.valg_stage_2_grade, 0)
                      WHEN 2
                      THEN TRUE
                      WHEN 1
                      THEN CAST(NULL AS BOOLEAN)
                      ELSE FALSE
                    END
                  END
                  AND CASE
                    WHEN pt.procedures_collected IS TRUE
                    THEN CASE COALESCE(procedure_queries_per_c0_2.`lung.radiotherapy_grade`, 0)
                      WHEN 2
                      THEN TRUE
                      WHEN 1
                      THEN CAST(NULL AS BOOLEAN)
                      ELSE FALSE
                    END
                  END
                )
                AND pt.att_refused_more_chemotherapy_value_bool
              )
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
        THEN LEAST(
          COALESCE(
            CAST((
              (
                (
                  CASE in_lung_cancer_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                  AND CASE
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
                  AND CASE in_sclc_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
                )
              )
              AND (
                CASE
                  WHEN pt.medications_collected IS TRUE
                  THEN CASE COALESCE(medication_queries_per_c0_2.platinum_compound_grade, 0)
                    WHEN 2
                    THEN TRUE
                    WHEN 1
                    THEN CAST(NULL AS BOOLEAN)
                    ELSE FALSE
                  END
                END
                OR (
                  CASE
                    WHEN pt.medications_collected IS TRUE
                    THEN CASE COALESCE(medication_queries_per_c0_2.platinum_compound_2_grade, 0)
                      WHEN 2
                      THEN TRUE
                      WHEN 1
                      THEN CAST(NULL AS BOOLEAN)
                      ELSE FALSE
                    END
                  END
                  AND pt.att_refused_more_chemotherapy_value_bool
                )
                OR CASE
                  WHEN pt.medications_collected IS TRUE
                  THEN CASE COALESCE(medication_queries_per_c0_2.antineoplastic_agent_grade, 0)
                    WHEN 2
                    THEN TRUE
                    WHEN 1
                    THEN CAST(NULL AS BOOLEAN)
                    ELSE FALSE
                  END
                END
                OR (
                  (
                    CASE
                      WHEN pt.observations_collected IS TRUE
                      THEN CASE COALESCE(observation_queries_per_c0_1.valg_stage_2_grade, 0)
                        WHEN 2
                        THEN TRUE
                        WHEN 1
                        THEN CAST(NULL AS BOOLEAN)
                        ELSE FALSE
                      END
                    END
                    AND CASE
                      WHEN pt.procedures_collected IS TRUE
                      THEN CASE COALESCE(procedure_queries_per_c0_2.`lung.radiotherapy_grade`, 0)
                        WHEN 2
                        THEN TRUE
                        WHEN 1
                        THEN CAST(NULL AS BOOLEAN)
                        ELSE FALSE
                      END
                    END
                  )
                  AND pt.att_refused_more_chemotherapy_value_bool
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
            WHEN CASE in_hepatitis_b_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_hepatitis_b_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
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
            AND (
              (
                (
                  CASE
                    WHEN pt.observations_collected IS TRUE
                    THEN CASE COALESCE(observation_queries_1.hbv_dna_copies_grade, 0)
                      WHEN 2
                      THEN TRUE
                      WHEN 1
                      THEN CAST(NULL AS BOOLEAN)
                      ELSE FALSE
                    END
                  END
                  OR CASE
                    WHEN pt.observations_collected IS TRUE
                    THEN CASE COALESCE(observation_queries_1.hbv_dna_iu_grade, 0)
                      WHEN 2
                      THEN TRUE
                      WHEN 1
                      THEN CAST(NULL AS BOOLEAN)
                      ELSE FALSE
                    END
                  END
                )
                AND (
                  CASE
                    WHEN pt.observations_collected IS TRUE
                    THEN CASE COALESCE(observation_queries_1.hbv_dna_copies_2_grade, 0)
                      WHEN 2
                      THEN TRUE
                      WHEN 1
                      THEN CAST(NULL AS BOOLEAN)
                      ELSE FALSE
                    END
                  END
                  OR CASE
                    WHEN pt.observations_collected IS TRUE
                    THEN CASE COALESCE(observation_queries_1.hbv_dna_iu_2_grade, 0)
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
                NOT (
                  CASE
                    WHEN pt.observations_collected IS TRUE
                    THEN CASE COALESCE(observation_queries_1.hbv_dna_copies_grade, 0)
                      WHEN 2
                      THEN TRUE
                      WHEN 1
                      THEN CAST(NULL AS BOOLEAN)
                      ELSE FALSE
                    END
                  END
                  OR CASE
                    WHEN pt.observations_collected IS TRUE
                    THEN CASE COALESCE(observation_queries_1.hbv_dna_iu_grade, 0)
                      WHEN 2
                      THEN TRUE
                      WHEN 1
                      THEN CAST(NULL AS BOOLEAN)
                      ELSE FALSE
                    END
                  END
                )
                AND CASE
                  WHEN hbv_dna_copies_latest.v0 > CAST(1000.0 AS DOUBLE)
                  THEN TRUE
                  WHEN NOT (
                    hbv_dna_copies_latest.v2 > CAST(1000.0 AS DOUBLE)
                  )
                  THEN FALSE
                END
              )
              OR (
                (
                  CASE
                    WHEN pt.observations_collected IS TRUE
                    THEN CASE COALESCE(observation_queries_1.hbv_dna_copies_2_grade, 0)
                      WHEN 2
                      THEN TRUE
                      WHEN 1
                      THEN CAST(NULL AS BOOLEAN)
                      ELSE FALSE
                    END
                  END
                  OR CASE
                    WHEN pt.observations_collected IS TRUE
                    THEN CASE COALESCE(observation_queries_1.hbv_dna_iu_2_grade, 0)
                      WHEN 2
                      THEN TRUE
                      WHEN 1
                      THEN CAST(NULL AS BOOLEAN)
                      ELSE FALSE
                    END
                  END
                )
                AND CASE
                  WHEN hbv_dna_copies_latest.v0 > CAST(1000.0 AS DOUBLE)
                  THEN TRUE
                  WHEN NOT (
                    hbv_dna_copies_latest.v2 > CAST(1000.0 AS DOUBLE)
                  )
                  THEN FALSE
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
            WHEN CASE in_hepatitis_b_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_hepatitis_b_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
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
              AND (
                (
                  (
                    CASE
                      WHEN pt.observations_collected IS TRUE
                      THEN CASE COALESCE(observation_queries_1.hbv_dna_copies_grade, 0)
                        WHEN 2
                        THEN TRUE
                        WHEN 1
                        THEN CAST(NULL AS BOOLEAN)
                        ELSE FALSE
                      END
                    END
                    OR CASE
                      WHEN pt.observations_collected IS TRUE
                      THEN CASE COALESCE(observation_queries_1.hbv_dna_iu_grade, 0)
                        WHEN 2
                        THEN TRUE
                        WHEN 1
                        THEN CAST(NULL AS BOOLEAN)
                        ELSE FALSE
                      END
                    END
                  )
                  AND (
                    CASE
                      WHEN pt.observations_collected IS TRUE
                      THEN CASE COALESCE(observation_queries_1.hbv_dna_copies_2_grade, 0)
                        WHEN 2
                        THEN TRUE
                        WHEN 1
                        THEN CAST(NULL AS BOOLEAN)
                        ELSE FALSE
                      END
                    END
                    OR CASE
                      WHEN pt.observations_collected IS TRUE
                      THEN CASE COALESCE(observation_queries_1.hbv_dna_iu_2_grade, 0)
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
                  NOT (
                    CASE
                      WHEN pt.observations_collected IS TRUE
                      THEN CASE COALESCE(observation_queries_1.hbv_dna_copies_grade, 0)
                        WHEN 2
                        THEN TRUE
                        WHEN 1
                        THEN CAST(NULL AS BOOLEAN)
                        ELSE FALSE
                      END
                    END
                    OR CASE
                      WHEN pt.observations_collected IS TRUE
                      THEN CASE COALESCE(observation_queries_1.hbv_dna_iu_grade, 0)
                        WHEN 2
                        THEN TRUE
                        WHEN 1
                        THEN CAST(NULL AS BOOLEAN)
                        ELSE FALSE
                      END
                    END
                  )
                  AND CASE
                    WHEN hbv_dna_copies_latest.v0 > CAST(1000.0 AS DOUBLE)
                    THEN TRUE
                    WHEN NOT (
                      hbv_dna_copies_latest.v2 > CAST(1000.0 AS DOUBLE)
                    )
                    THEN FALSE
                  END
                )
                OR (
                  (
                    CASE
                      WHEN pt.observations_collected IS TRUE
                      THEN CASE COALESCE(observation_queries_1.hbv_dna_copies_2_grade, 0)
                        WHEN 2
                        THEN TRUE
                        WHEN 1
                        THEN CAST(NULL AS BOOLEAN)
                        ELSE FALSE
                      END
                    END
                    OR CASE
                      WHEN pt.observations_collected IS TRUE
                      THEN CASE COALESCE(observation_queries_1.hbv_dna_iu_2_grade, 0)
                        WHEN 2
                        THEN TRUE
                        WHEN 1
                        THEN CAST(NULL AS BOOLEAN)
                        ELSE FALSE
                      END
                    END
                  )
                  AND CASE
                    WHEN hbv_dna_copies_latest.v0 > CAST(1000.0 AS DOUBLE)
                    THEN TRUE
                    WHEN NOT (
                      hbv_dna_copies_latest.v2 > CAST(1000.0 AS DOUBLE)
                    )
                    THEN FALSE
                  END
                )
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
    LEFT JOIN in_lung_cancer_code_c0 AS in_lung_cancer_code_c0
      ON in_lung_cancer_code_c0.patient_id = c0.patient_id
      AND in_lung_cancer_code_c0.c0_seq = c0.seq
    LEFT JOIN in_sclc_code_c0 AS in_sclc_code_c0
      ON in_sclc_code_c0.patient_id = c0.patient_id AND in_sclc_code_c0.c0_seq = c0.seq
    LEFT JOIN observation_queries_per_c0_1 AS observation_queries_per_c0_1
      ON observation_queries_per_c0_1.patient_id = c0.patient_id
      AND observation_queries_per_c0_1.c0_seq = c0.seq
    LEFT JOIN medication_queries_per_c0_2 AS medication_queries_per_c0_2
      ON medication_queries_per_c0_2.patient_id = c0.patient_id
      AND medication_queries_per_c0_2.c0_seq = c0.seq
    LEFT JOIN procedure_queries_per_c0_2 AS procedure_queries_per_c0_2
      ON procedure_queries_per_c0_2.patient_id = c0.patient_id
      AND procedure_queries_per_c0_2.c0_seq = c0.seq
    LEFT JOIN observation_queries_1 AS observation_queries_1
      ON observation_queries_1.patient_id = c0.patient_id
    LEFT JOIN hbv_dna_copies_latest AS hbv_dna_copies_latest
      ON hbv_dna_copies_latest.patient_id = c0.patient_id
    LEFT JOIN in_hepatitis_b_code_c0 AS in_hepatitis_b_code_c0
      ON in_hepatitis_b_code_c0.patient_id = c0.patient_id
      AND in_hepatitis_b_code_c0.c0_seq = c0.seq
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
          WHEN CASE in_hepatitis_b_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
          THEN FALSE
        END
        ELSE CASE in_hepatitis_b_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
      END IS FALSE
  ) AS r
  GROUP BY
    r.patient_id
), outcomes AS (
  SELECT
    pt.patient_id AS `patient_id`,
    CASE (
        CASE
          WHEN (
            SIGN(
              (
                1200 * (
                  YEAR(pt.ref_enrolment_lo) - YEAR(pt.birth_hi)
                ) + 100 * (
                  MONTH(pt.ref_enrolment_lo) - MONTH(pt.birth_hi)
                ) + (
                  DAY(pt.ref_enrolment_lo) - DAY(pt.birth_hi)
                )
              )
            ) * FLOOR(
              ABS(
                (
                  1200 * (
                    YEAR(pt.ref_enrolment_lo) - YEAR(pt.birth_hi)
                  ) + 100 * (
                    MONTH(pt.ref_enrolment_lo) - MONTH(pt.birth_hi)
                  ) + (
                    DAY(pt.ref_enrolment_lo) - DAY(pt.birth_hi)
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
                    YEAR(pt.ref_enrolment_hi) - YEAR(pt.birth_lo)
                  ) + 100 * (
                    MONTH(pt.ref_enrolment_hi) - MONTH(pt.birth_lo)
                  ) + (
                    DAY(pt.ref_enrolment_hi) - DAY(pt.birth_lo)
                  )
                )
              ) * FLOOR(
                ABS(
                  (
                    1200 * (
                      YEAR(pt.ref_enrolment_hi) - YEAR(pt.birth_lo)
                    ) + 100 * (
                      MONTH(pt.ref_enrolment_hi) - MONTH(pt.birth_lo)
                    ) + (
                      DAY(pt.ref_enrolment_hi) - DAY(pt.birth_lo)
                    )
                  )
                ) / CAST(1200.0 AS DOUBLE)
              )
            ) >= CAST(18.0 AS DOUBLE)
          )
          THEN FALSE
        END
        AND CASE
          WHEN (
            SIGN(
              (
                1200 * (
                  YEAR(pt.ref_enrolment_hi) - YEAR(pt.birth_lo)
                ) + 100 * (
                  MONTH(pt.ref_enrolment_hi) - MONTH(pt.birth_lo)
                ) + (
                  DAY(pt.ref_enrolment_hi) - DAY(pt.birth_lo)
                )
              )
            ) * FLOOR(
              ABS(
                (
                  1200 * (
                    YEAR(pt.ref_enrolment_hi) - YEAR(pt.birth_lo)
                  ) + 100 * (
                    MONTH(pt.ref_enrolment_hi) - MONTH(pt.birth_lo)
                  ) + (
                    DAY(pt.ref_enrolment_hi) - DAY(pt.birth_lo)
                  )
                )
              ) / CAST(1200.0 AS DOUBLE)
            )
          ) <= CAST(65.0 AS DOUBLE)
          THEN TRUE
          WHEN NOT (
            (
              SIGN(
                (
                  1200 * (
                    YEAR(pt.ref_enrolment_lo) - YEAR(pt.birth_hi)
                  ) + 100 * (
                    MONTH(pt.ref_enrolment_lo) - MONTH(pt.birth_hi)
                  ) + (
                    DAY(pt.ref_enrolment_lo) - DAY(pt.birth_hi)
                  )
                )
              ) * FLOOR(
                ABS(
                  (
                    1200 * (
                      YEAR(pt.ref_enrolment_lo) - YEAR(pt.birth_hi)
                    ) + 100 * (
                      MONTH(pt.ref_enrolment_lo) - MONTH(pt.birth_hi)
                    ) + (
                      DAY(pt.ref_enrolment_lo) - DAY(pt.birth_hi)
                    )
                  )
                ) / CAST(1200.0 AS DOUBLE)
              )
            ) <= CAST(65.0 AS DOUBLE)
          )
          THEN FALSE
        END
      )
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS `I1`,
    CASE (
        CASE
          WHEN ecog_latest.v0 >= CAST(0.0 AS DOUBLE)
          THEN TRUE
          WHEN NOT (
            ecog_latest.v2 >= CAST(0.0 AS DOUBLE)
          )
          THEN FALSE
        END
        AND CASE
          WHEN ecog_latest.v2 <= CAST(2.0 AS DOUBLE)
          THEN TRUE
          WHEN NOT (
            ecog_latest.v0 <= CAST(2.0 AS DOUBLE)
          )
          THEN FALSE
        END
      )
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS `I2`,
    CASE CASE
        WHEN pt.att_expected_survival_unit IN ('days', 'day')
        THEN CASE
          WHEN pt.att_expected_survival_unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
          THEN pt.att_expected_survival_value_num
        END > CAST(84.0 AS DOUBLE)
        WHEN pt.att_expected_survival_unit IN ('weeks', 'week')
        THEN (
          CASE
            WHEN pt.att_expected_survival_unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
            THEN pt.att_expected_survival_value_num
          END * CAST(7.0 AS DOUBLE)
        ) > CAST(84.0 AS DOUBLE)
        WHEN pt.att_expected_survival_unit IN ('months', 'month')
        THEN CASE
          WHEN (
            (
              CASE
                WHEN pt.att_expected_survival_unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN pt.att_expected_survival_value_num
              END * CAST(28.0 AS DOUBLE)
            ) > CAST(84.0 AS DOUBLE)
          ) = (
            (
              CASE
                WHEN pt.att_expected_survival_unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN pt.att_expected_survival_value_num
              END * CAST(31.0 AS DOUBLE)
            ) > CAST(84.0 AS DOUBLE)
          )
          THEN (
            CASE
              WHEN pt.att_expected_survival_unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
              THEN pt.att_expected_survival_value_num
            END * CAST(28.0 AS DOUBLE)
          ) > CAST(84.0 AS DOUBLE)
        END
        WHEN pt.att_expected_survival_unit IN ('years', 'year')
        THEN CASE
          WHEN (
            (
              CASE
                WHEN pt.att_expected_survival_unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN pt.att_expected_survival_value_num
              END * CAST(365.0 AS DOUBLE)
            ) > CAST(84.0 AS DOUBLE)
          ) = (
            (
              CASE
                WHEN pt.att_expected_survival_unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN pt.att_expected_survival_value_num
              END * CAST(366.0 AS DOUBLE)
            ) > CAST(84.0 AS DOUBLE)
          )
          THEN (
            CASE
              WHEN pt.att_expected_survival_unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
              THEN pt.att_expected_survival_value_num
            END * CAST(365.0 AS DOUBLE)
          ) > CAST(84.0 AS DOUBLE)
        END
      END
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS `I3`,
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
    END AS `I4`,
    CASE CASE
        WHEN pt.medications_collected IS TRUE
        THEN CASE COALESCE(medication_queries_1.platinum_compound_grade, 0)
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
    END AS `I5a`,
    CASE CASE
        WHEN pt.conditions_collected IS TRUE
        THEN CASE COALESCE(condition_queries_3.any_grade, 0)
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
    END AS `I5b`,
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
    END AS `I6`,
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
        AND pt.att_tumour_tissue_provided_value_bool
      )
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS `I7a`,
    CASE CASE
        WHEN pd_l1_tumour_cells_latest.v0 > CAST(1.0 AS DOUBLE)
        THEN TRUE
        WHEN NOT (
          pd_l1_tumour_cells_latest.v2 > CAST(1.0 AS DOUBLE)
        )
        THEN FALSE
      END
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS `I7b`,
    CASE pt.att_can_swallow_tablets_value_bool
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS `I8`,
    CASE (
        CASE
          WHEN anc_latest.v0 >= CAST(1.5 AS DOUBLE)
          THEN TRUE
          WHEN NOT (
            anc_latest.v2 >= CAST(1.5 AS DOUBLE)
          )
          THEN FALSE
        END
        OR CASE
          WHEN white_cell_count_latest.v0 > CAST(3.5 AS DOUBLE)
          THEN TRUE
          WHEN NOT (
            white_cell_count_latest.v2 > CAST(3.5 AS DOUBLE)
          )
          THEN FALSE
        END
      )
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS `I9a`,
    CASE CASE
        WHEN platelets_latest.v0 > CAST(80.0 AS DOUBLE)
        THEN TRUE
        WHEN NOT (
          platelets_latest.v2 > CAST(80.0 AS DOUBLE)
        )
        THEN FALSE
      END
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS `I9b`,
    CASE CASE
        WHEN haemoglobin_latest.v0 >= CAST(90.0 AS DOUBLE)
        THEN TRUE
        WHEN NOT (
          haemoglobin_latest.v2 >= CAST(90.0 AS DOUBLE)
        )
        THEN FALSE
      END
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS `I9c`,
    CASE CASE
        WHEN total_bilirubin_latest.v3 <= CAST(1.5 AS DOUBLE)
        THEN TRUE
        WHEN NOT (
          total_bilirubin_latest.v1 <= CAST(1.5 AS DOUBLE)
        )
        THEN FALSE
      END
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS `I9d`,
    CASE (
        CASE
          WHEN ast_latest.v3 <= CAST(2.5 AS DOUBLE)
          THEN TRUE
          WHEN NOT (
            ast_latest.v1 <= CAST(2.5 AS DOUBLE)
          )
          THEN FALSE
        END
        AND CASE
          WHEN alt_latest.v3 <= CAST(2.5 AS DOUBLE)
          THEN TRUE
          WHEN NOT (
            alt_latest.v1 <= CAST(2.5 AS DOUBLE)
          )
          THEN FALSE
        END
      )
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS `I9e`,
    CASE CASE
        WHEN albumin_latest.v0 >= CAST(28.0 AS DOUBLE)
        THEN TRUE
        WHEN NOT (
          albumin_latest.v2 >= CAST(28.0 AS DOUBLE)
        )
        THEN FALSE
      END
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS `I9f`,
    CASE (
        CASE
          WHEN creatinine_latest.v3 <= CAST(1.5 AS DOUBLE)
          THEN TRUE
          WHEN NOT (
            creatinine_latest.v1 <= CAST(1.5 AS DOUBLE)
          )
          THEN FALSE
        END
        OR CASE
          WHEN creatinine_clearance_cg_latest.v0 >= CAST(40.0 AS DOUBLE)
          THEN TRUE
          WHEN NOT (
            creatinine_clearance_cg_latest.v2 >= CAST(40.0 AS DOUBLE)
          )
          THEN FALSE
        END
      )
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS `I9g`,
    CASE pt.att_contraception_agreed_value_bool
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS `I10a`,
    CASE pt.att_informed_consent_value_bool
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS `I10b`,
    CASE CASE
        WHEN pt.conditions_collected IS TRUE
        THEN CASE COALESCE(condition_queries_1.lung_cancer_grade, 0)
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
    END AS `E1`,
    CASE CASE
        WHEN pt.medications_collected IS TRUE
        THEN CASE COALESCE(medication_queries_1.metformin_grade, 0)
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
    END AS `E2a`,
    CASE CASE
        WHEN pt.conditions_collected IS TRUE
        THEN CASE COALESCE(condition_queries_1.type_2_diabetes_grade, 0)
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
    END AS `E2b`,
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
    END AS `E3a`,
    CASE pt.att13_other_checkpoint_or_costimulatio_value_bool
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS `E3b`,
    CASE pt.att_earlier_cellular_immunotherapy_value_bool
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS `E4`,
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
    END AS `E5a`,
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
    END AS `E5b`,
    CASE CASE
        WHEN pt.conditions_collected IS TRUE
        THEN CASE COALESCE(condition_queries_3.hepatitis_b_grade, 0)
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
    END AS `E5c`,
    CASE (
        CASE
          WHEN pt.conditions_collected IS TRUE
          THEN CASE COALESCE(condition_queries_1.hepatitis_c_grade, 0)
            WHEN 2
            THEN TRUE
            WHEN 1
            THEN CAST(NULL AS BOOLEAN)
            ELSE FALSE
          END
        END
        OR CASE
          WHEN pt.observations_collected IS TRUE
          THEN CASE COALESCE(observation_queries_1.hcv_antibody_grade, 0)
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
    END AS `E5d`,
    CASE CASE
        WHEN pt.conditions_collected IS TRUE
        THEN CASE COALESCE(condition_queries_1.tuberculosis_grade, 0)
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
    END AS `E5e`,
    CASE (
        CASE
          WHEN pt.conditions_collected IS TRUE
          THEN CASE COALESCE(condition_queries_1.heart_failure_grade, 0)
            WHEN 2
            THEN TRUE
            WHEN 1
            THEN CAST(NULL AS BOOLEAN)
            ELSE FALSE
          END
        END
        AND CASE
          WHEN NOT (
            NOT nyha_class_latest.v0 IS NULL
          )
          THEN CAST(NULL AS BOOLEAN)
          ELSE (
            (
              nyha_class_latest.v0 = 'class_iii'
            )
            OR (
              nyha_class_latest.v0 = 'class_iv'
            )
          )
        END
      )
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS `E5f`,
    CASE CASE
        WHEN pt.conditions_collected IS TRUE
        THEN CASE COALESCE(condition_queries_1.cardiac_arrhythmia_grade, 0)
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
    END AS `E5g`,
    CASE (
        CASE
          WHEN systolic_bp_latest.v0 >= CAST(160.0 AS DOUBLE)
          THEN TRUE
          WHEN NOT (
            systolic_bp_latest.v2 >= CAST(160.0 AS DOUBLE)
          )
          THEN FALSE
        END
        OR CASE
          WHEN diastolic_bp_latest.v0 >= CAST(100.0 AS DOUBLE)
          THEN TRUE
          WHEN NOT (
            diastolic_bp_latest.v2 >= CAST(100.0 AS DOUBLE)
          )
          THEN FALSE
        END
      )
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS `E5h`,
    CASE CASE
        WHEN pt.conditions_collected IS TRUE
        THEN CASE COALESCE(condition_queries_1.arterial_thromboembolic_event_grade, 0)
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
    END AS `E5i`,
    CASE pt.att_other_uncontrolled_illness_value_bool
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS `E5j`,
    CASE (
        CASE
          WHEN pt.conditions_collected IS TRUE
          THEN CASE COALESCE(condition_queries_1.brain_metastasis_grade, 0)
            WHEN 2
            THEN TRUE
            WHEN 1
            THEN CAST(NULL AS BOOLEAN)
            ELSE FALSE
          END
        END
        AND pt.att_cns_metastases_symptomatic_value_bool
      )
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS `E6a`,
    CASE CASE
        WHEN pt.conditions_collected IS TRUE
        THEN CASE COALESCE(condition_queries_1.cns_metastasis_grade, 0)
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
    CASE (
        CASE
          WHEN pt.conditions_collected IS TRUE
          THEN CASE COALESCE(condition_queries_1.brain_metastasis_grade, 0)
            WHEN 2
            THEN TRUE
            WHEN 1
            THEN CAST(NULL AS BOOLEAN)
            ELSE FALSE
          END
        END
        AND (
          NOT CASE
            WHEN pt.lesions_collected IS TRUE
            THEN CASE COALESCE(lesion_queries_1.any_2_grade, 0)
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
    END AS `E6c`,
    CASE (
        CASE
          WHEN pt.conditions_collected IS TRUE
          THEN CASE COALESCE(condition_queries_1.brain_metastasis_grade, 0)
            WHEN 2
            THEN TRUE
            WHEN 1
            THEN CAST(NULL AS BOOLEAN)
            ELSE FALSE
          END
        END
        AND CASE
          WHEN pt.conditions_collected IS TRUE
          THEN CASE COALESCE(condition_queries_1.intracranial_haemorrhage_grade, 0)
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
    END AS `E6d`,
    CASE CASE
        WHEN pt.conditions_collected IS TRUE
        THEN CASE COALESCE(condition_queries_1.cns_metastasis_2_grade, 0)
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
    END AS `E6e`,
    CASE CASE
        WHEN pt.conditions_collected IS TRUE
        THEN CASE COALESCE(condition_queries_2.brain_metastasis_grade, 0)
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
    END AS `E6f`,
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
    END AS `E7a`,
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
    END AS `E7b`,
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
    END AS `E8a`,
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
        AND pt.att_needs_cancer_treatment_during_study_value_bool
      )
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS `E8b`,
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
    END AS `E9`,
    CASE CASE
        WHEN pt.conditions_collected IS TRUE
        THEN CASE COALESCE(condition_queries_1.serous_effusion_grade, 0)
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
        THEN CASE COALESCE(condition_queries_1.any_3_grade, 0)
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
    CASE (
        CASE
          WHEN pt.procedures_collected IS TRUE
          THEN CASE COALESCE(procedure_queries_1.transplant_by_hierarchy_grade, 0)
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
    END AS `E12`,
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
    END AS `E13a`,
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
    END AS `E13b`,
    CASE CASE
        WHEN pt.allergies_collected IS TRUE
        THEN CASE COALESCE(allergy_queries_1.monoclonal_antibody_drug_grade, 0)
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
    END AS `E14`,
    CASE (
        CASE
          WHEN pt.allergies_collected IS TRUE
          THEN CASE COALESCE(allergy_queries_1.metformin_grade, 0)
            WHEN 2
            THEN TRUE
            WHEN 1
            THEN CAST(NULL AS BOOLEAN)
            ELSE FALSE
          END
        END
        OR CASE
          WHEN egfr_latest.v2 < CAST(30.0 AS DOUBLE)
          THEN TRUE
          WHEN NOT (
            egfr_latest.v0 < CAST(30.0 AS DOUBLE)
          )
          THEN FALSE
        END
        OR CASE
          WHEN pt.conditions_collected IS TRUE
          THEN CASE COALESCE(condition_queries_1.metabolic_acidosis_grade, 0)
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
    END AS `E15`,
    CASE pt.att_judged_not_eligible_value_bool
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS `E16`
  FROM patient_facts AS pt
  LEFT JOIN ecog_latest AS ecog_latest
    ON ecog_latest.patient_id = pt.patient_id
  LEFT JOIN condition_queries_2 AS condition_queries_2
    ON condition_queries_2.patient_id = pt.patient_id
  LEFT JOIN medication_queries_1 AS medication_queries_1
    ON medication_queries_1.patient_id = pt.patient_id
  LEFT JOIN condition_queries_3 AS condition_queries_3
    ON condition_queries_3.patient_id = pt.patient_id
  LEFT JOIN lesion_queries_1 AS lesion_queries_1
    ON lesion_queries_1.patient_id = pt.patient_id
  LEFT JOIN specimen_queries_1 AS specimen_queries_1
    ON specimen_queries_1.patient_id = pt.patient_id
  LEFT JOIN pd_l1_tumour_cells_latest AS pd_l1_tumour_cells_latest
    ON pd_l1_tumour_cells_latest.patient_id = pt.patient_id
  LEFT JOIN anc_latest AS anc_latest
    ON anc_latest.patient_id = pt.patient_id
  LEFT JOIN white_cell_count_latest AS white_cell_count_latest
    ON white_cell_count_latest.patient_id = pt.patient_id
  LEFT JOIN platelets_latest AS platelets_latest
    ON platelets_latest.patient_id = pt.patient_id
  LEFT JOIN haemoglobin_latest AS haemoglobin_latest
    ON haemoglobin_latest.patient_id = pt.patient_id
  LEFT JOIN total_bilirubin_latest AS total_bilirubin_latest
    ON total_bilirubin_latest.patient_id = pt.patient_id
  LEFT JOIN ast_latest AS ast_latest
    ON ast_latest.patient_id = pt.patient_id
  LEFT JOIN alt_latest AS alt_latest
    ON alt_latest.patient_id = pt.patient_id
  LEFT JOIN albumin_latest AS albumin_latest
    ON albumin_latest.patient_id = pt.patient_id
  LEFT JOIN creatinine_latest AS creatinine_latest
    ON creatinine_latest.patient_id = pt.patient_id
  LEFT JOIN creatinine_clearance_cg_latest AS creatinine_clearance_cg_latest
    ON creatinine_clearance_cg_latest.patient_id = pt.patient_id
  LEFT JOIN condition_queries_1 AS condition_queries_1
    ON condition_queries_1.patient_id = pt.patient_id
  LEFT JOIN observation_queries_1 AS observation_queries_1
    ON observation_queries_1.patient_id = pt.patient_id
  LEFT JOIN nyha_class_latest AS nyha_class_latest
    ON nyha_class_latest.patient_id = pt.patient_id
  LEFT JOIN systolic_bp_latest AS systolic_bp_latest
    ON systolic_bp_latest.patient_id = pt.patient_id
  LEFT JOIN diastolic_bp_latest AS diastolic_bp_latest
    ON diastolic_bp_latest.patient_id = pt.patient_id
  LEFT JOIN adverse_event_queries_1 AS adverse_event_queries_1
    ON adverse_event_queries_1.patient_id = pt.patient_id
  LEFT JOIN procedure_queries_1 AS procedure_queries_1
    ON procedure_queries_1.patient_id = pt.patient_id
  LEFT JOIN pregnancy_test_latest AS pregnancy_test_latest
    ON pregnancy_test_latest.patient_id = pt.patient_id
  LEFT JOIN breastfeeding_latest AS breastfeeding_latest
    ON breastfeeding_latest.patient_id = pt.patient_id
  LEFT JOIN allergy_queries_1 AS allergy_queries_1
    ON allergy_queries_1.patient_id = pt.patient_id
  LEFT JOIN egfr_latest AS egfr_latest
    ON egfr_latest.patient_id = pt.patient_id
)
SELECT
  `patient_id`,
  `I1`,
  `I2`,
  `I3`,
  `I4`,
  `I5a`,
  `I5b`,
  `I6`,
  `I7a`,
  `I7b`,
  `I8`,
  `I9a`,
  `I9b`,
  `I9c`,
  `I9d`,
  `I9e`,
  `I9f`,
  `I9g`,
  `I10a`,
  `I10b`,
  `E1`,
  `E2a`,
  `E2b`,
  `E3a`,
  `E3b`,
  `E4`,
  `E5a`,
  `E5b`,
  `E5c`,
  `E5d`,
  `E5e`,
  `E5f`,
  `E5g`,
  `E5h`,
  `E5i`,
  `E5j`,
  `E6a`,
  `E6b`,
  `E6c`,
  `E6d`,
  `E6e`,
  `E6f`,
  `E7a`,
  `E7b`,
  `E8a`,
  `E8b`,
  `E9`,
  `E10`,
  `E11`,
  `E12`,
  `E13a`,
  `E13b`,
  `E14`,
  `E15`,
  `E16`,
  CASE
    WHEN `I1` = 'not_met'
    OR `I2` = 'not_met'
    OR `I3` = 'not_met'
    OR `I4` = 'not_met'
    OR `I5a` = 'not_met'
    OR `I5b` = 'not_met'
    OR `I6` = 'not_met'
    OR `I7a` = 'not_met'
    OR `I7b` = 'not_met'
    OR `I8` = 'not_met'
    OR `I9a` = 'not_met'
    OR `I9b` = 'not_met'
    OR `I9c` = 'not_met'
    OR `I9d` = 'not_met'
    OR `I9e` = 'not_met'
    OR `I9f` = 'not_met'
    OR `I9g` = 'not_met'
    OR `I10a` = 'not_met'
    OR `I10b` = 'not_met'
    OR `E1` = 'met'
    OR `E2a` = 'met'
    OR `E2b` = 'met'
    OR `E3a` = 'met'
    OR `E3b` = 'met'
    OR `E4` = 'met'
    OR `E5a` = 'met'
    OR `E5b` = 'met'
    OR `E5c` = 'met'
    OR `E5d` = 'met'
    OR `E5e` = 'met'
    OR `E5f` = 'met'
    OR `E5g` = 'met'
    OR `E5h` = 'met'
    OR `E5i` = 'met'
    OR `E5j` = 'met'
    OR `E6a` = 'met'
    OR `E6b` = 'met'
    OR `E6c` = 'met'
    OR `E6d` = 'met'
    OR `E6e` = 'met'
    OR `E6f` = 'met'
    OR `E7a` = 'met'
    OR `E7b` = 'met'
    OR `E8a` = 'met'
    OR `E8b` = 'met'
    OR `E9` = 'met'
    OR `E10` = 'met'
    OR `E11` = 'met'
    OR `E12` = 'met'
    OR `E13a` = 'met'
    OR `E13b` = 'met'
    OR `E14` = 'met'
    OR `E15` = 'met'
    OR `E16` = 'met'
    THEN 'ineligible'
    WHEN `I1` = 'unknown'
    OR `I2` = 'unknown'
    OR `I3` = 'unknown'
    OR `I4` = 'unknown'
    OR `I5a` = 'unknown'
    OR `I5b` = 'unknown'
    OR `I6` = 'unknown'
    OR `I7a` = 'unknown'
    OR `I7b` = 'unknown'
    OR `I8` = 'unknown'
    OR `I9a` = 'unknown'
    OR `I9b` = 'unknown'
    OR `I9c` = 'unknown'
    OR `I9d` = 'unknown'
    OR `I9e` = 'unknown'
    OR `I9f` = 'unknown'
    OR `I9g` = 'unknown'
    OR `I10a` = 'unknown'
    OR `I10b` = 'unknown'
    OR `E1` = 'unknown'
    OR `E2a` = 'unknown'
    OR `E2b` = 'unknown'
    OR `E3a` = 'unknown'
    OR `E3b` = 'unknown'
    OR `E4` = 'unknown'
    OR `E5a` = 'unknown'
    OR `E5b` = 'unknown'
    OR `E5c` = 'unknown'
    OR `E5d` = 'unknown'
    OR `E5e` = 'unknown'
    OR `E5f` = 'unknown'
    OR `E5g` = 'unknown'
    OR `E5h` = 'unknown'
    OR `E5i` = 'unknown'
    OR `E5j` = 'unknown'
    OR `E6a` = 'unknown'
    OR `E6b` = 'unknown'
    OR `E6c` = 'unknown'
    OR `E6d` = 'unknown'
    OR `E6e` = 'unknown'
    OR `E6f` = 'unknown'
    OR `E7a` = 'unknown'
    OR `E7b` = 'unknown'
    OR `E8a` = 'unknown'
    OR `E8b` = 'unknown'
    OR `E9` = 'unknown'
    OR `E10` = 'unknown'
    OR `E11` = 'unknown'
    OR `E12` = 'unknown'
    OR `E13a` = 'unknown'
    OR `E13b` = 'unknown'
    OR `E14` = 'unknown'
    OR `E15` = 'unknown'
    OR `E16` = 'unknown'
    THEN 'undetermined'
    ELSE 'eligible'
  END AS `verdict`
FROM outcomes
ORDER BY
  `patient_id`
