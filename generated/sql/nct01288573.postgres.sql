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
    attested.att_needs_hdct_with_autologous_rescue_value_bool,
    attested.att_eligible_for_autologous_transplant_value_bool,
    attested.att_recovered_from_chemotherapy_toxicity_value_bool,
    attested.att_informed_consent_value_bool,
    attested.att_sexually_active_value_bool,
    attested.att_contraception_agreed_value_bool,
    attested.att_high_risk_comorbidity_value_bool,
    attested.att_persistent_marrow_involvement_value_bool,
    attested.att_infection_ruled_out_as_fever_cause_value_bool,
    attested.att_post_pubertal_value_bool,
    attested.att_cardiac_abnormality_value_bool,
    attested.att_investigational_drug_recent_value_bool,
    attested.att_unable_to_adhere_value_bool,
    params.par_study_stage_value
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
      BOOL_OR(
        CASE
          WHEN attestations.name = 'needs_hdct_with_autologous_rescue'
          THEN attestations.value_bool
        END
      ) AS att_needs_hdct_with_autologous_rescue_value_bool,
      BOOL_OR(
        CASE
          WHEN attestations.name = 'eligible_for_autologous_transplant'
          THEN attestations.value_bool
        END
      ) AS att_eligible_for_autologous_transplant_value_bool,
      BOOL_OR(
        CASE
          WHEN attestations.name = 'recovered_from_chemotherapy_toxicity'
          THEN attestations.value_bool
        END
      ) AS att_recovered_from_chemotherapy_toxicity_value_bool,
      BOOL_OR(
        CASE WHEN attestations.name = 'informed_consent' THEN attestations.value_bool END
      ) AS att_informed_consent_value_bool,
      BOOL_OR(CASE WHEN attestations.name = 'sexually_active' THEN attestations.value_bool END) AS att_sexually_active_value_bool,
      BOOL_OR(
        CASE
          WHEN attestations.name = 'contraception_agreed'
          THEN attestations.value_bool
        END
      ) AS att_contraception_agreed_value_bool,
      BOOL_OR(
        CASE
          WHEN attestations.name = 'high_risk_comorbidity'
          THEN attestations.value_bool
        END
      ) AS att_high_risk_comorbidity_value_bool,
      BOOL_OR(
        CASE
          WHEN attestations.name = 'persistent_marrow_involvement'
          THEN attestations.value_bool
        END
      ) AS att_persistent_marrow_involvement_value_bool,
      BOOL_OR(
        CASE
          WHEN attestations.name = 'infection_ruled_out_as_fever_cause'
          THEN attestations.value_bool
        END
      ) AS att_infection_ruled_out_as_fever_cause_value_bool,
      BOOL_OR(CASE WHEN attestations.name = 'post_pubertal' THEN attestations.value_bool END) AS att_post_pubertal_value_bool,
      BOOL_OR(
        CASE
          WHEN attestations.name = 'cardiac_abnormality'
          THEN attestations.value_bool
        END
      ) AS att_cardiac_abnormality_value_bool,
      BOOL_OR(
        CASE
          WHEN attestations.name = 'investigational_drug_recent'
          THEN attestations.value_bool
        END
      ) AS att_investigational_drug_recent_value_bool,
      BOOL_OR(
        CASE WHEN attestations.name = 'unable_to_adhere' THEN attestations.value_bool END
      ) AS att_unable_to_adhere_value_bool
    FROM attestations
    GROUP BY
      attestations.patient_id
  ) AS attested
    ON attested.patient_id = p.patient_id
  LEFT JOIN (
    SELECT
      parameters.patient_id,
      MIN(CASE WHEN parameters.name = 'study_stage' THEN parameters.value END) AS par_study_stage_value
    FROM parameters
    GROUP BY
      parameters.patient_id
  ) AS params
    ON params.patient_id = p.patient_id
), in_leukaemia_code_c0 AS (
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
                SUBSTRING(rc.code FROM 1 FOR 5) IN ('C90.1')
                OR (
                  'C91' COLLATE "C" <= SUBSTRING(rc.code FROM 1 FOR 3)
                  AND SUBSTRING(rc.code FROM 1 FOR 3) <= 'C95' COLLATE "C"
                )
              )
            )
            OR (
              rc.system = 'SNOMED' AND (
                rc.code IN ('91861009')
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
                SUBSTRING(rc.code FROM 1 FOR 5) IN ('C90.1')
                OR (
                  'C91' COLLATE "C" <= SUBSTRING(rc.code FROM 1 FOR 3)
                  AND SUBSTRING(rc.code FROM 1 FOR 3) <= 'C95' COLLATE "C"
                )
              )
            )
            OR (
              rc.system = 'SNOMED' AND (
                rc.code IN ('91861009')
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
), in_karnofsky_code_o0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS o0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('LOINC')
          THEN (
            rc.system = 'LOINC' AND (
              rc.code IN ('89243-0')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('LOINC')
          THEN (
            rc.system = 'LOINC' AND (
              rc.code IN ('89243-0')
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
), in_lansky_code_o0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS o0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('LOCAL')
          THEN (
            rc.system = 'LOCAL' AND (
              rc.code IN ('lansky-play-performance')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('LOCAL')
          THEN (
            rc.system = 'LOCAL' AND (
              rc.code IN ('lansky-play-performance')
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
), in_gfr_schwartz_code_o0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS o0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('LOINC')
          THEN (
            rc.system = 'LOINC' AND (
              rc.code IN ('50384-7')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('LOINC')
          THEN (
            rc.system = 'LOINC' AND (
              rc.code IN ('50384-7')
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
), in_hsct_procedure_code_p0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS p0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN (
            (
              rc.system = 'SNOMED' AND (
                rc.code IN ('234336002', '278257006')
              )
            )
            OR (
              rc.system = 'SNOMED' AND rc.code IN ('1269349006', '23719005')
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
                rc.code IN ('234336002', '278257006')
              )
            )
            OR (
              rc.system = 'SNOMED' AND rc.code IN ('1269349006', '23719005')
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
), in_stem_cell_transplant_history_code_c0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS c0_seq,
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
    ) AS grade
  FROM record_codes AS rc
  WHERE
    rc.record = 'conditions' AND rc.field = 'code'
  GROUP BY
    rc.patient_id,
    rc.seq
), in_chemotherapy_agent_attributed_to_a0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS a0_seq,
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
    rc.record = 'adverse_events' AND rc.field = 'attributed_to'
  GROUP BY
    rc.patient_id,
    rc.seq
), in_alopecia_code_a0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS a0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('SNOMED', 'ICD10CM')
          THEN (
            (
              rc.system = 'SNOMED' AND (
                rc.code IN ('56317004')
              )
            )
            OR (
              rc.system = 'ICD10CM' AND (
                SUBSTRING(rc.code FROM 1 FOR 5) IN ('L65.9')
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
                rc.code IN ('56317004')
              )
            )
            OR (
              rc.system = 'ICD10CM' AND (
                SUBSTRING(rc.code FROM 1 FOR 5) IN ('L65.9')
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
    rc.record = 'adverse_events' AND rc.field = 'code'
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
), in_body_temperature_code_o0 AS (
  SELECT
    rc.patient_id AS patient_id,
    rc.seq AS o0_seq,
    MAX(
      CASE
        WHEN CASE
          WHEN rc.system IN ('LOINC')
          THEN (
            rc.system = 'LOINC' AND (
              rc.code IN ('8310-5', '8331-1')
            )
          )
        END
        THEN 2
        WHEN CASE
          WHEN rc.system IN ('LOINC')
          THEN (
            rc.system = 'LOINC' AND (
              rc.code IN ('8310-5', '8331-1')
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
), condition_queries_1 AS (
  SELECT
    r.patient_id,
    MAX(r.g1) AS malignancy_grade,
    MAX(r.g2) AS leukaemia_grade,
    MAX(r.g3) AS stem_cell_transplant_history_grade,
    MAX(r.g4) AS infection_grade,
    MAX(r.g5) AS hiv_or_aids_grade,
    MAX(r.g6) AS hepatitis_c_grade,
    MAX(r.g7) AS hepatitis_b_grade
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
            NOT CASE in_leukaemia_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
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
              NOT CASE in_leukaemia_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
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
            WHEN CASE in_leukaemia_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_leukaemia_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        END
        THEN COALESCE(CAST(TRUE AS INT) * 2, 1)
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE in_leukaemia_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_leukaemia_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        END IS NULL
        THEN LEAST(COALESCE(CAST(TRUE AS INT) * 2, 1), 1)
      END AS g2,
      CASE
        WHEN CASE
          WHEN c0.verification IN ('entered_in_error', 'refuted')
          THEN FALSE
          WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
          THEN CASE
            WHEN CASE in_stem_cell_transplant_history_code_c0.grade
              WHEN 2
              THEN TRUE
              WHEN 0
              THEN FALSE
            END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_stem_cell_transplant_history_code_c0.grade
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
            WHEN CASE in_stem_cell_transplant_history_code_c0.grade
              WHEN 2
              THEN TRUE
              WHEN 0
              THEN FALSE
            END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_stem_cell_transplant_history_code_c0.grade
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
      END AS g4,
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
      END AS g5,
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
      END AS g6,
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
            WHEN CASE in_hepatitis_b_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
            THEN FALSE
          END
          ELSE CASE in_hepatitis_b_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
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
      END AS g7
    FROM conditions AS c0
    LEFT JOIN in_leukaemia_code_c0 AS in_leukaemia_code_c0
      ON in_leukaemia_code_c0.patient_id = c0.patient_id
      AND in_leukaemia_code_c0.c0_seq = c0.seq
    LEFT JOIN in_malignancy_code_c0 AS in_malignancy_code_c0
      ON in_malignancy_code_c0.patient_id = c0.patient_id
      AND in_malignancy_code_c0.c0_seq = c0.seq
    LEFT JOIN in_stem_cell_transplant_history_code_c0 AS in_stem_cell_transplant_history_code_c0
      ON in_stem_cell_transplant_history_code_c0.patient_id = c0.patient_id
      AND in_stem_cell_transplant_history_code_c0.c0_seq = c0.seq
    LEFT JOIN in_infection_code_c0 AS in_infection_code_c0
      ON in_infection_code_c0.patient_id = c0.patient_id
      AND in_infection_code_c0.c0_seq = c0.seq
    LEFT JOIN in_hiv_or_aids_code_c0 AS in_hiv_or_aids_code_c0
      ON in_hiv_or_aids_code_c0.patient_id = c0.patient_id
      AND in_hiv_or_aids_code_c0.c0_seq = c0.seq
    LEFT JOIN in_hepatitis_c_code_c0 AS in_hepatitis_c_code_c0
      ON in_hepatitis_c_code_c0.patient_id = c0.patient_id
      AND in_hepatitis_c_code_c0.c0_seq = c0.seq
    LEFT JOIN in_hepatitis_b_code_c0 AS in_hepatitis_b_code_c0
      ON in_hepatitis_b_code_c0.patient_id = c0.patient_id
      AND in_hepatitis_b_code_c0.c0_seq = c0.seq
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
          WHEN CASE in_leukaemia_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
          THEN FALSE
        END
        ELSE CASE in_leukaemia_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
      END IS FALSE
      OR NOT CASE
        WHEN c0.verification IN ('entered_in_error', 'refuted')
        THEN FALSE
        WHEN c0.verification IN ('differential', 'provisional', 'unconfirmed')
        THEN CASE
          WHEN CASE in_stem_cell_transplant_history_code_c0.grade
            WHEN 2
            THEN TRUE
            WHEN 0
            THEN FALSE
          END IS FALSE
          THEN FALSE
        END
        ELSE CASE in_stem_cell_transplant_history_code_c0.grade
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
          WHEN CASE in_hepatitis_b_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
          THEN FALSE
        END
        ELSE CASE in_hepatitis_b_code_c0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
      END IS FALSE
  ) AS r
  GROUP BY
    r.patient_id
), karnofsky_latest_candidates AS (
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
    CASE in_karnofsky_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
    AND CASE
      WHEN CAST(pt.ref_enrolment_hi - INTERVAL '14 DAY' AS DATE) <= o0.date_lo
      AND o0.date_hi <= pt.ref_enrolment_lo
      THEN TRUE
      WHEN o0.date_hi < CAST(pt.ref_enrolment_lo - INTERVAL '14 DAY' AS DATE)
      OR o0.date_lo > pt.ref_enrolment_hi
      THEN FALSE
    END AS inside
  FROM observations AS o0
  JOIN patient_facts AS pt
    ON pt.patient_id = o0.patient_id
  LEFT JOIN in_karnofsky_code_o0 AS in_karnofsky_code_o0
    ON in_karnofsky_code_o0.patient_id = o0.patient_id
    AND in_karnofsky_code_o0.o0_seq = o0.seq
  WHERE
    (
      o0.status IS NULL OR NOT o0.status IN ('cancelled', 'entered_in_error')
    )
    AND NOT CASE in_karnofsky_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
), lansky_latest_candidates AS (
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
    CASE in_lansky_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
    AND CASE
      WHEN CAST(pt.ref_enrolment_hi - INTERVAL '14 DAY' AS DATE) <= o0.date_lo
      AND o0.date_hi <= pt.ref_enrolment_lo
      THEN TRUE
      WHEN o0.date_hi < CAST(pt.ref_enrolment_lo - INTERVAL '14 DAY' AS DATE)
      OR o0.date_lo > pt.ref_enrolment_hi
      THEN FALSE
    END AS inside
  FROM observations AS o0
  JOIN patient_facts AS pt
    ON pt.patient_id = o0.patient_id
  LEFT JOIN in_lansky_code_o0 AS in_lansky_code_o0
    ON in_lansky_code_o0.patient_id = o0.patient_id
    AND in_lansky_code_o0.o0_seq = o0.seq
  WHERE
    (
      o0.status IS NULL OR NOT o0.status IN ('cancelled', 'entered_in_error')
    )
    AND NOT CASE in_lansky_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
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
      WHEN CAST(pt.ref_enrolment_hi - INTERVAL '14 DAY' AS DATE) <= o0.date_lo
      AND o0.date_hi <= pt.ref_enrolment_lo
      THEN TRUE
      WHEN o0.date_hi < CAST(pt.ref_enrolment_lo - INTERVAL '14 DAY' AS DATE)
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
      WHEN CAST(pt.ref_enrolment_hi - INTERVAL '14 DAY' AS DATE) <= o0.date_lo
      AND o0.date_hi <= pt.ref_enrolment_lo
      THEN TRUE
      WHEN o0.date_hi < CAST(pt.ref_enrolment_lo - INTERVAL '14 DAY' AS DATE)
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
), gfr_schwartz_latest_candidates AS (
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
    CASE in_gfr_schwartz_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
    AND CASE
      WHEN CAST(pt.ref_enrolment_hi - INTERVAL '14 DAY' AS DATE) <= o0.date_lo
      AND o0.date_hi <= pt.ref_enrolment_lo
      THEN TRUE
      WHEN o0.date_hi < CAST(pt.ref_enrolment_lo - INTERVAL '14 DAY' AS DATE)
      OR o0.date_lo > pt.ref_enrolment_hi
      THEN FALSE
    END AS inside
  FROM observations AS o0
  JOIN patient_facts AS pt
    ON pt.patient_id = o0.patient_id
  LEFT JOIN in_gfr_schwartz_code_o0 AS in_gfr_schwartz_code_o0
    ON in_gfr_schwartz_code_o0.patient_id = o0.patient_id
    AND in_gfr_schwartz_code_o0.o0_seq = o0.seq
  WHERE
    (
      o0.status IS NULL OR NOT o0.status IN ('cancelled', 'entered_in_error')
    )
    AND NOT CASE in_gfr_schwartz_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
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
      WHEN CAST(pt.ref_enrolment_hi - INTERVAL '14 DAY' AS DATE) <= o0.date_lo
      AND o0.date_hi <= pt.ref_enrolment_lo
      THEN TRUE
      WHEN o0.date_hi < CAST(pt.ref_enrolment_lo - INTERVAL '14 DAY' AS DATE)
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
      WHEN CAST(pt.ref_enrolment_hi - INTERVAL '14 DAY' AS DATE) <= o0.date_lo
      AND o0.date_hi <= pt.ref_enrolment_lo
      THEN TRUE
      WHEN o0.date_hi < CAST(pt.ref_enrolment_lo - INTERVAL '14 DAY' AS DATE)
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
      WHEN CAST(pt.ref_enrolment_hi - INTERVAL '14 DAY' AS DATE) <= o0.date_lo
      AND o0.date_hi <= pt.ref_enrolment_lo
      THEN TRUE
      WHEN o0.date_hi < CAST(pt.ref_enrolment_lo - INTERVAL '14 DAY' AS DATE)
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
), procedure_queries_1 AS (
  SELECT
    r.patient_id,
    MAX(r.g1) AS hsct_procedure_grade
  FROM (
    SELECT
      p0.patient_id AS patient_id,
      CASE
        WHEN CASE in_hsct_procedure_code_p0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        THEN COALESCE(
          CAST(CASE
            WHEN p0.date_hi < pt.ref_enrolment_lo
            THEN TRUE
            WHEN p0.date_lo >= pt.ref_enrolment_hi
            THEN FALSE
          END AS INT) * 2,
          1
        )
        WHEN CASE in_hsct_procedure_code_p0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS NULL
        THEN LEAST(
          COALESCE(
            CAST(CASE
              WHEN p0.date_hi < pt.ref_enrolment_lo
              THEN TRUE
              WHEN p0.date_lo >= pt.ref_enrolment_hi
              THEN FALSE
            END AS INT) * 2,
            1
          ),
          1
        )
      END AS g1
    FROM procedures AS p0
    JOIN patient_facts AS pt
      ON pt.patient_id = p0.patient_id
    LEFT JOIN in_hsct_procedure_code_p0 AS in_hsct_procedure_code_p0
      ON in_hsct_procedure_code_p0.patient_id = p0.patient_id
      AND in_hsct_procedure_code_p0.p0_seq = p0.seq
    WHERE
      NOT CASE in_hsct_procedure_code_p0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
  ) AS r
  GROUP BY
    r.patient_id
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
            (
              CAST(a0.grade AS DOUBLE PRECISION) >= CAST(2.0 AS DOUBLE PRECISION)
            )
            AND CASE in_chemotherapy_agent_attributed_to_a0.grade
              WHEN 2
              THEN TRUE
              WHEN 0
              THEN FALSE
            END
            AND (
              NOT CASE
                WHEN a0.resolved_hi <= pt.ref_enrolment_lo
                THEN TRUE
                WHEN a0.resolved_lo > pt.ref_enrolment_hi
                THEN FALSE
              END
            )
          )
          AND NOT CASE in_alopecia_code_a0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
        ) AS INT) * 2,
        1
      ) AS g1
    FROM adverse_events AS a0
    JOIN patient_facts AS pt
      ON pt.patient_id = a0.patient_id
    LEFT JOIN in_chemotherapy_agent_attributed_to_a0 AS in_chemotherapy_agent_attributed_to_a0
      ON in_chemotherapy_agent_attributed_to_a0.patient_id = a0.patient_id
      AND in_chemotherapy_agent_attributed_to_a0.a0_seq = a0.seq
    LEFT JOIN in_alopecia_code_a0 AS in_alopecia_code_a0
      ON in_alopecia_code_a0.patient_id = a0.patient_id
      AND in_alopecia_code_a0.a0_seq = a0.seq
  ) AS r
  GROUP BY
    r.patient_id
), body_temperature_latest_candidates AS (
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
    CASE in_body_temperature_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END
    AND CASE
      WHEN CAST(pt.ref_enrolment_hi - INTERVAL '1 DAY' AS DATE) <= o0.date_lo
      AND o0.date_hi <= pt.ref_enrolment_lo
      THEN TRUE
      WHEN o0.date_hi < CAST(pt.ref_enrolment_lo - INTERVAL '1 DAY' AS DATE)
      OR o0.date_lo > pt.ref_enrolment_hi
      THEN FALSE
    END AS inside
  FROM observations AS o0
  JOIN patient_facts AS pt
    ON pt.patient_id = o0.patient_id
  LEFT JOIN in_body_temperature_code_o0 AS in_body_temperature_code_o0
    ON in_body_temperature_code_o0.patient_id = o0.patient_id
    AND in_body_temperature_code_o0.o0_seq = o0.seq
  WHERE
    (
      o0.status IS NULL OR NOT o0.status IN ('cancelled', 'entered_in_error')
    )
    AND NOT CASE in_body_temperature_code_o0.grade WHEN 2 THEN TRUE WHEN 0 THEN FALSE END IS FALSE
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
      WHEN CAST(pt.ref_enrolment_hi - INTERVAL '7 DAY' AS DATE) <= o0.date_lo
      AND o0.date_hi <= pt.ref_enrolment_lo
      THEN TRUE
      WHEN o0.date_hi < CAST(pt.ref_enrolment_lo - INTERVAL '7 DAY' AS DATE)
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
), karnofsky_latest AS (
  SELECT
    ch.patient_id AS patient_id,
    CASE WHEN COUNT(*) = COUNT(rv.value_num) THEN MIN(rv.value_num) END AS v0,
    CASE
      WHEN COUNT(*) = COUNT(rv.value_num)
      AND COUNT(*) = COUNT(
        CASE
          WHEN rv.reference_high <> CAST(0.0 AS DOUBLE PRECISION)
          THEN CAST(rv.value_num AS DOUBLE PRECISION) / rv.reference_high
        END
      )
      THEN MIN(
        CASE
          WHEN rv.reference_high <> CAST(0.0 AS DOUBLE PRECISION)
          THEN CAST(rv.value_num AS DOUBLE PRECISION) / rv.reference_high
        END
      )
    END AS v1,
    CASE WHEN COUNT(*) = COUNT(rv.value_num) THEN MAX(rv.value_num) END AS v2,
    CASE
      WHEN COUNT(*) = COUNT(rv.value_num)
      AND COUNT(*) = COUNT(
        CASE
          WHEN rv.reference_high <> CAST(0.0 AS DOUBLE PRECISION)
          THEN CAST(rv.value_num AS DOUBLE PRECISION) / rv.reference_high
        END
      )
      THEN MAX(
        CASE
          WHEN rv.reference_high <> CAST(0.0 AS DOUBLE PRECISION)
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
    FROM karnofsky_latest_candidates AS c
    WHERE
      NOT c.inside IS FALSE
  ) AS ch
  JOIN karnofsky_latest_candidates AS rv
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
), lansky_latest AS (
  SELECT
    ch.patient_id AS patient_id,
    CASE WHEN COUNT(*) = COUNT(rv.value_num) THEN MIN(rv.value_num) END AS v0,
    CASE
      WHEN COUNT(*) = COUNT(rv.value_num)
      AND COUNT(*) = COUNT(
        CASE
          WHEN rv.reference_high <> CAST(0.0 AS DOUBLE PRECISION)
          THEN CAST(rv.value_num AS DOUBLE PRECISION) / rv.reference_high
        END
      )
      THEN MIN(
        CASE
          WHEN rv.reference_high <> CAST(0.0 AS DOUBLE PRECISION)
          THEN CAST(rv.value_num AS DOUBLE PRECISION) / rv.reference_high
        END
      )
    END AS v1,
    CASE WHEN COUNT(*) = COUNT(rv.value_num) THEN MAX(rv.value_num) END AS v2,
    CASE
      WHEN COUNT(*) = COUNT(rv.value_num)
      AND COUNT(*) = COUNT(
        CASE
          WHEN rv.reference_high <> CAST(0.0 AS DOUBLE PRECISION)
          THEN CAST(rv.value_num AS DOUBLE PRECISION) / rv.reference_high
        END
      )
      THEN MAX(
        CASE
          WHEN rv.reference_high <> CAST(0.0 AS DOUBLE PRECISION)
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
    FROM lansky_latest_candidates AS c
    WHERE
      NOT c.inside IS FALSE
  ) AS ch
  JOIN lansky_latest_candidates AS rv
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
          THEN CAST(1.0 AS DOUBLE PRECISION)
          WHEN rv.unit = '10^12/L'
          THEN CAST(1000.0 AS DOUBLE PRECISION)
          WHEN rv.unit = '10^3/µL'
          THEN CAST(1.0 AS DOUBLE PRECISION)
          WHEN rv.unit = '/µL'
          THEN CAST(0.001 AS DOUBLE PRECISION)
          WHEN rv.unit = '/mm3'
          THEN CAST(0.001 AS DOUBLE PRECISION)
        END
      )
      THEN MIN(
        rv.value_num * CASE
          WHEN rv.unit = '10^9/L'
          THEN CAST(1.0 AS DOUBLE PRECISION)
          WHEN rv.unit = '10^12/L'
          THEN CAST(1000.0 AS DOUBLE PRECISION)
          WHEN rv.unit = '10^3/µL'
          THEN CAST(1.0 AS DOUBLE PRECISION)
          WHEN rv.unit = '/µL'
          THEN CAST(0.001 AS DOUBLE PRECISION)
          WHEN rv.unit = '/mm3'
          THEN CAST(0.001 AS DOUBLE PRECISION)
        END
      )
    END AS v0,
    CASE
      WHEN COUNT(*) = COUNT(
        rv.value_num * CASE
          WHEN rv.unit = '10^9/L'
          THEN CAST(1.0 AS DOUBLE PRECISION)
          WHEN rv.unit = '10^12/L'
          THEN CAST(1000.0 AS DOUBLE PRECISION)
          WHEN rv.unit = '10^3/µL'
          THEN CAST(1.0 AS DOUBLE PRECISION)
          WHEN rv.unit = '/µL'
          THEN CAST(0.001 AS DOUBLE PRECISION)
          WHEN rv.unit = '/mm3'
          THEN CAST(0.001 AS DOUBLE PRECISION)
        END
      )
      AND COUNT(*) = COUNT(
        CASE
          WHEN NOT CASE
            WHEN rv.unit = '10^9/L'
            THEN CAST(1.0 AS DOUBLE PRECISION)
            WHEN rv.unit = '10^12/L'
            THEN CAST(1000.0 AS DOUBLE PRECISION)
            WHEN rv.unit = '10^3/µL'
            THEN CAST(1.0 AS DOUBLE PRECISION)
            WHEN rv.unit = '/µL'
            THEN CAST(0.001 AS DOUBLE PRECISION)
            WHEN rv.unit = '/mm3'
            THEN CAST(0.001 AS DOUBLE PRECISION)
          END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE PRECISION)
          THEN CAST(rv.value_num AS DOUBLE PRECISION) / rv.reference_high
        END
      )
      THEN MIN(
        CASE
          WHEN NOT CASE
            WHEN rv.unit = '10^9/L'
            THEN CAST(1.0 AS DOUBLE PRECISION)
            WHEN rv.unit = '10^12/L'
            THEN CAST(1000.0 AS DOUBLE PRECISION)
            WHEN rv.unit = '10^3/µL'
            THEN CAST(1.0 AS DOUBLE PRECISION)
            WHEN rv.unit = '/µL'
            THEN CAST(0.001 AS DOUBLE PRECISION)
            WHEN rv.unit = '/mm3'
            THEN CAST(0.001 AS DOUBLE PRECISION)
          END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE PRECISION)
          THEN CAST(rv.value_num AS DOUBLE PRECISION) / rv.reference_high
        END
      )
    END AS v1,
    CASE
      WHEN COUNT(*) = COUNT(
        rv.value_num * CASE
          WHEN rv.unit = '10^9/L'
          THEN CAST(1.0 AS DOUBLE PRECISION)
          WHEN rv.unit = '10^12/L'
          THEN CAST(1000.0 AS DOUBLE PRECISION)
          WHEN rv.unit = '10^3/µL'
          THEN CAST(1.0 AS DOUBLE PRECISION)
          WHEN rv.unit = '/µL'
          THEN CAST(0.001 AS DOUBLE PRECISION)
          WHEN rv.unit = '/mm3'
          THEN CAST(0.001 AS DOUBLE PRECISION)
        END
      )
      THEN MAX(
        rv.value_num * CASE
          WHEN rv.unit = '10^9/L'
          THEN CAST(1.0 AS DOUBLE PRECISION)
          WHEN rv.unit = '10^12/L'
          THEN CAST(1000.0 AS DOUBLE PRECISION)
          WHEN rv.unit = '10^3/µL'
          THEN CAST(1.0 AS DOUBLE PRECISION)
          WHEN rv.unit = '/µL'
          THEN CAST(0.001 AS DOUBLE PRECISION)
          WHEN rv.unit = '/mm3'
          THEN CAST(0.001 AS DOUBLE PRECISION)
        END
      )
    END AS v2,
    CASE
      WHEN COUNT(*) = COUNT(
        rv.value_num * CASE
          WHEN rv.unit = '10^9/L'
          THEN CAST(1.0 AS DOUBLE PRECISION)
          WHEN rv.unit = '10^12/L'
          THEN CAST(1000.0 AS DOUBLE PRECISION)
          WHEN rv.unit = '10^3/µL'
          THEN CAST(1.0 AS DOUBLE PRECISION)
          WHEN rv.unit = '/µL'
          THEN CAST(0.001 AS DOUBLE PRECISION)
          WHEN rv.unit = '/mm3'
          THEN CAST(0.001 AS DOUBLE PRECISION)
        END
      )
      AND COUNT(*) = COUNT(
        CASE
          WHEN NOT CASE
            WHEN rv.unit = '10^9/L'
            THEN CAST(1.0 AS DOUBLE PRECISION)
            WHEN rv.unit = '10^12/L'
            THEN CAST(1000.0 AS DOUBLE PRECISION)
            WHEN rv.unit = '10^3/µL'
            THEN CAST(1.0 AS DOUBLE PRECISION)
            WHEN rv.unit = '/µL'
            THEN CAST(0.001 AS DOUBLE PRECISION)
            WHEN rv.unit = '/mm3'
            THEN CAST(0.001 AS DOUBLE PRECISION)
          END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE PRECISION)
          THEN CAST(rv.value_num AS DOUBLE PRECISION) / rv.reference_high
        END
      )
      THEN MAX(
        CASE
          WHEN NOT CASE
            WHEN rv.unit = '10^9/L'
            THEN CAST(1.0 AS DOUBLE PRECISION)
            WHEN rv.unit = '10^12/L'
            THEN CAST(1000.0 AS DOUBLE PRECISION)
            WHEN rv.unit = '10^3/µL'
            THEN CAST(1.0 AS DOUBLE PRECISION)
            WHEN rv.unit = '/µL'
            THEN CAST(0.001 AS DOUBLE PRECISION)
            WHEN rv.unit = '/mm3'
            THEN CAST(0.001 AS DOUBLE PRECISION)
          END IS NULL
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
), platelets_latest AS (
  SELECT
    ch.patient_id AS patient_id,
    CASE
      WHEN COUNT(*) = COUNT(
        rv.value_num * CASE
          WHEN rv.unit = '10^9/L'
          THEN CAST(1.0 AS DOUBLE PRECISION)
          WHEN rv.unit = '10^12/L'
          THEN CAST(1000.0 AS DOUBLE PRECISION)
          WHEN rv.unit = '10^3/µL'
          THEN CAST(1.0 AS DOUBLE PRECISION)
          WHEN rv.unit = '/µL'
          THEN CAST(0.001 AS DOUBLE PRECISION)
          WHEN rv.unit = '/mm3'
          THEN CAST(0.001 AS DOUBLE PRECISION)
        END
      )
      THEN MIN(
        rv.value_num * CASE
          WHEN rv.unit = '10^9/L'
          THEN CAST(1.0 AS DOUBLE PRECISION)
          WHEN rv.unit = '10^12/L'
          THEN CAST(1000.0 AS DOUBLE PRECISION)
          WHEN rv.unit = '10^3/µL'
          THEN CAST(1.0 AS DOUBLE PRECISION)
          WHEN rv.unit = '/µL'
          THEN CAST(0.001 AS DOUBLE PRECISION)
          WHEN rv.unit = '/mm3'
          THEN CAST(0.001 AS DOUBLE PRECISION)
        END
      )
    END AS v0,
    CASE
      WHEN COUNT(*) = COUNT(
        rv.value_num * CASE
          WHEN rv.unit = '10^9/L'
          THEN CAST(1.0 AS DOUBLE PRECISION)
          WHEN rv.unit = '10^12/L'
          THEN CAST(1000.0 AS DOUBLE PRECISION)
          WHEN rv.unit = '10^3/µL'
          THEN CAST(1.0 AS DOUBLE PRECISION)
          WHEN rv.unit = '/µL'
          THEN CAST(0.001 AS DOUBLE PRECISION)
          WHEN rv.unit = '/mm3'
          THEN CAST(0.001 AS DOUBLE PRECISION)
        END
      )
      AND COUNT(*) = COUNT(
        CASE
          WHEN NOT CASE
            WHEN rv.unit = '10^9/L'
            THEN CAST(1.0 AS DOUBLE PRECISION)
            WHEN rv.unit = '10^12/L'
            THEN CAST(1000.0 AS DOUBLE PRECISION)
            WHEN rv.unit = '10^3/µL'
            THEN CAST(1.0 AS DOUBLE PRECISION)
            WHEN rv.unit = '/µL'
            THEN CAST(0.001 AS DOUBLE PRECISION)
            WHEN rv.unit = '/mm3'
            THEN CAST(0.001 AS DOUBLE PRECISION)
          END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE PRECISION)
          THEN CAST(rv.value_num AS DOUBLE PRECISION) / rv.reference_high
        END
      )
      THEN MIN(
        CASE
          WHEN NOT CASE
            WHEN rv.unit = '10^9/L'
            THEN CAST(1.0 AS DOUBLE PRECISION)
            WHEN rv.unit = '10^12/L'
            THEN CAST(1000.0 AS DOUBLE PRECISION)
            WHEN rv.unit = '10^3/µL'
            THEN CAST(1.0 AS DOUBLE PRECISION)
            WHEN rv.unit = '/µL'
            THEN CAST(0.001 AS DOUBLE PRECISION)
            WHEN rv.unit = '/mm3'
            THEN CAST(0.001 AS DOUBLE PRECISION)
          END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE PRECISION)
          THEN CAST(rv.value_num AS DOUBLE PRECISION) / rv.reference_high
        END
      )
    END AS v1,
    CASE
      WHEN COUNT(*) = COUNT(
        rv.value_num * CASE
          WHEN rv.unit = '10^9/L'
          THEN CAST(1.0 AS DOUBLE PRECISION)
          WHEN rv.unit = '10^12/L'
          THEN CAST(1000.0 AS DOUBLE PRECISION)
          WHEN rv.unit = '10^3/µL'
          THEN CAST(1.0 AS DOUBLE PRECISION)
          WHEN rv.unit = '/µL'
          THEN CAST(0.001 AS DOUBLE PRECISION)
          WHEN rv.unit = '/mm3'
          THEN CAST(0.001 AS DOUBLE PRECISION)
        END
      )
      THEN MAX(
        rv.value_num * CASE
          WHEN rv.unit = '10^9/L'
          THEN CAST(1.0 AS DOUBLE PRECISION)
          WHEN rv.unit = '10^12/L'
          THEN CAST(1000.0 AS DOUBLE PRECISION)
          WHEN rv.unit = '10^3/µL'
          THEN CAST(1.0 AS DOUBLE PRECISION)
          WHEN rv.unit = '/µL'
          THEN CAST(0.001 AS DOUBLE PRECISION)
          WHEN rv.unit = '/mm3'
          THEN CAST(0.001 AS DOUBLE PRECISION)
        END
      )
    END AS v2,
    CASE
      WHEN COUNT(*) = COUNT(
        rv.value_num * CASE
          WHEN rv.unit = '10^9/L'
          THEN CAST(1.0 AS DOUBLE PRECISION)
          WHEN rv.unit = '10^12/L'
          THEN CAST(1000.0 AS DOUBLE PRECISION)
          WHEN rv.unit = '10^3/µL'
          THEN CAST(1.0 AS DOUBLE PRECISION)
          WHEN rv.unit = '/µL'
          THEN CAST(0.001 AS DOUBLE PRECISION)
          WHEN rv.unit = '/mm3'
          THEN CAST(0.001 AS DOUBLE PRECISION)
        END
      )
      AND COUNT(*) = COUNT(
        CASE
          WHEN NOT CASE
            WHEN rv.unit = '10^9/L'
            THEN CAST(1.0 AS DOUBLE PRECISION)
            WHEN rv.unit = '10^12/L'
            THEN CAST(1000.0 AS DOUBLE PRECISION)
            WHEN rv.unit = '10^3/µL'
            THEN CAST(1.0 AS DOUBLE PRECISION)
            WHEN rv.unit = '/µL'
            THEN CAST(0.001 AS DOUBLE PRECISION)
            WHEN rv.unit = '/mm3'
            THEN CAST(0.001 AS DOUBLE PRECISION)
          END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE PRECISION)
          THEN CAST(rv.value_num AS DOUBLE PRECISION) / rv.reference_high
        END
      )
      THEN MAX(
        CASE
          WHEN NOT CASE
            WHEN rv.unit = '10^9/L'
            THEN CAST(1.0 AS DOUBLE PRECISION)
            WHEN rv.unit = '10^12/L'
            THEN CAST(1000.0 AS DOUBLE PRECISION)
            WHEN rv.unit = '10^3/µL'
            THEN CAST(1.0 AS DOUBLE PRECISION)
            WHEN rv.unit = '/µL'
            THEN CAST(0.001 AS DOUBLE PRECISION)
            WHEN rv.unit = '/mm3'
            THEN CAST(0.001 AS DOUBLE PRECISION)
          END IS NULL
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
), gfr_schwartz_latest AS (
  SELECT
    ch.patient_id AS patient_id,
    CASE
      WHEN COUNT(*) = COUNT(
        rv.value_num * CASE
          WHEN rv.unit = 'mL/min/1.73m^2'
          THEN CAST(1.0 AS DOUBLE PRECISION)
          WHEN rv.unit = 'mL/min/1.73m2'
          THEN CAST(1.0 AS DOUBLE PRECISION)
        END
      )
      THEN MIN(
        rv.value_num * CASE
          WHEN rv.unit = 'mL/min/1.73m^2'
          THEN CAST(1.0 AS DOUBLE PRECISION)
          WHEN rv.unit = 'mL/min/1.73m2'
          THEN CAST(1.0 AS DOUBLE PRECISION)
        END
      )
    END AS v0,
    CASE
      WHEN COUNT(*) = COUNT(
        rv.value_num * CASE
          WHEN rv.unit = 'mL/min/1.73m^2'
          THEN CAST(1.0 AS DOUBLE PRECISION)
          WHEN rv.unit = 'mL/min/1.73m2'
          THEN CAST(1.0 AS DOUBLE PRECISION)
        END
      )
      AND COUNT(*) = COUNT(
        CASE
          WHEN NOT CASE
            WHEN rv.unit = 'mL/min/1.73m^2'
            THEN CAST(1.0 AS DOUBLE PRECISION)
            WHEN rv.unit = 'mL/min/1.73m2'
            THEN CAST(1.0 AS DOUBLE PRECISION)
          END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE PRECISION)
          THEN CAST(rv.value_num AS DOUBLE PRECISION) / rv.reference_high
        END
      )
      THEN MIN(
        CASE
          WHEN NOT CASE
            WHEN rv.unit = 'mL/min/1.73m^2'
            THEN CAST(1.0 AS DOUBLE PRECISION)
            WHEN rv.unit = 'mL/min/1.73m2'
            THEN CAST(1.0 AS DOUBLE PRECISION)
          END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE PRECISION)
          THEN CAST(rv.value_num AS DOUBLE PRECISION) / rv.reference_high
        END
      )
    END AS v1,
    CASE
      WHEN COUNT(*) = COUNT(
        rv.value_num * CASE
          WHEN rv.unit = 'mL/min/1.73m^2'
          THEN CAST(1.0 AS DOUBLE PRECISION)
          WHEN rv.unit = 'mL/min/1.73m2'
          THEN CAST(1.0 AS DOUBLE PRECISION)
        END
      )
      THEN MAX(
        rv.value_num * CASE
          WHEN rv.unit = 'mL/min/1.73m^2'
          THEN CAST(1.0 AS DOUBLE PRECISION)
          WHEN rv.unit = 'mL/min/1.73m2'
          THEN CAST(1.0 AS DOUBLE PRECISION)
        END
      )
    END AS v2,
    CASE
      WHEN COUNT(*) = COUNT(
        rv.value_num * CASE
          WHEN rv.unit = 'mL/min/1.73m^2'
          THEN CAST(1.0 AS DOUBLE PRECISION)
          WHEN rv.unit = 'mL/min/1.73m2'
          THEN CAST(1.0 AS DOUBLE PRECISION)
        END
      )
      AND COUNT(*) = COUNT(
        CASE
          WHEN NOT CASE
            WHEN rv.unit = 'mL/min/1.73m^2'
            THEN CAST(1.0 AS DOUBLE PRECISION)
            WHEN rv.unit = 'mL/min/1.73m2'
            THEN CAST(1.0 AS DOUBLE PRECISION)
          END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE PRECISION)
          THEN CAST(rv.value_num AS DOUBLE PRECISION) / rv.reference_high
        END
      )
      THEN MAX(
        CASE
          WHEN NOT CASE
            WHEN rv.unit = 'mL/min/1.73m^2'
            THEN CAST(1.0 AS DOUBLE PRECISION)
            WHEN rv.unit = 'mL/min/1.73m2'
            THEN CAST(1.0 AS DOUBLE PRECISION)
          END IS NULL
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
    FROM gfr_schwartz_latest_candidates AS c
    WHERE
      NOT c.inside IS FALSE
  ) AS ch
  JOIN gfr_schwartz_latest_candidates AS rv
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
          THEN CAST(1.0 AS DOUBLE PRECISION)
          WHEN rv.unit = 'IU/L'
          THEN CAST(1.0 AS DOUBLE PRECISION)
        END
      )
      THEN MIN(
        rv.value_num * CASE
          WHEN rv.unit = 'U/L'
          THEN CAST(1.0 AS DOUBLE PRECISION)
          WHEN rv.unit = 'IU/L'
          THEN CAST(1.0 AS DOUBLE PRECISION)
        END
      )
    END AS v0,
    CASE
      WHEN COUNT(*) = COUNT(
        rv.value_num * CASE
          WHEN rv.unit = 'U/L'
          THEN CAST(1.0 AS DOUBLE PRECISION)
          WHEN rv.unit = 'IU/L'
          THEN CAST(1.0 AS DOUBLE PRECISION)
        END
      )
      AND COUNT(*) = COUNT(
        CASE
          WHEN NOT CASE
            WHEN rv.unit = 'U/L'
            THEN CAST(1.0 AS DOUBLE PRECISION)
            WHEN rv.unit = 'IU/L'
            THEN CAST(1.0 AS DOUBLE PRECISION)
          END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE PRECISION)
          THEN CAST(rv.value_num AS DOUBLE PRECISION) / rv.reference_high
        END
      )
      THEN MIN(
        CASE
          WHEN NOT CASE
            WHEN rv.unit = 'U/L'
            THEN CAST(1.0 AS DOUBLE PRECISION)
            WHEN rv.unit = 'IU/L'
            THEN CAST(1.0 AS DOUBLE PRECISION)
          END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE PRECISION)
          THEN CAST(rv.value_num AS DOUBLE PRECISION) / rv.reference_high
        END
      )
    END AS v1,
    CASE
      WHEN COUNT(*) = COUNT(
        rv.value_num * CASE
          WHEN rv.unit = 'U/L'
          THEN CAST(1.0 AS DOUBLE PRECISION)
          WHEN rv.unit = 'IU/L'
          THEN CAST(1.0 AS DOUBLE PRECISION)
        END
      )
      THEN MAX(
        rv.value_num * CASE
          WHEN rv.unit = 'U/L'
          THEN CAST(1.0 AS DOUBLE PRECISION)
          WHEN rv.unit = 'IU/L'
          THEN CAST(1.0 AS DOUBLE PRECISION)
        END
      )
    END AS v2,
    CASE
      WHEN COUNT(*) = COUNT(
        rv.value_num * CASE
          WHEN rv.unit = 'U/L'
          THEN CAST(1.0 AS DOUBLE PRECISION)
          WHEN rv.unit = 'IU/L'
          THEN CAST(1.0 AS DOUBLE PRECISION)
        END
      )
      AND COUNT(*) = COUNT(
        CASE
          WHEN NOT CASE
            WHEN rv.unit = 'U/L'
            THEN CAST(1.0 AS DOUBLE PRECISION)
            WHEN rv.unit = 'IU/L'
            THEN CAST(1.0 AS DOUBLE PRECISION)
          END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE PRECISION)
          THEN CAST(rv.value_num AS DOUBLE PRECISION) / rv.reference_high
        END
      )
      THEN MAX(
        CASE
          WHEN NOT CASE
            WHEN rv.unit = 'U/L'
            THEN CAST(1.0 AS DOUBLE PRECISION)
            WHEN rv.unit = 'IU/L'
            THEN CAST(1.0 AS DOUBLE PRECISION)
          END IS NULL
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
          THEN CAST(1.0 AS DOUBLE PRECISION)
          WHEN rv.unit = 'IU/L'
          THEN CAST(1.0 AS DOUBLE PRECISION)
        END
      )
      THEN MIN(
        rv.value_num * CASE
          WHEN rv.unit = 'U/L'
          THEN CAST(1.0 AS DOUBLE PRECISION)
          WHEN rv.unit = 'IU/L'
          THEN CAST(1.0 AS DOUBLE PRECISION)
        END
      )
    END AS v0,
    CASE
      WHEN COUNT(*) = COUNT(
        rv.value_num * CASE
          WHEN rv.unit = 'U/L'
          THEN CAST(1.0 AS DOUBLE PRECISION)
          WHEN rv.unit = 'IU/L'
          THEN CAST(1.0 AS DOUBLE PRECISION)
        END
      )
      AND COUNT(*) = COUNT(
        CASE
          WHEN NOT CASE
            WHEN rv.unit = 'U/L'
            THEN CAST(1.0 AS DOUBLE PRECISION)
            WHEN rv.unit = 'IU/L'
            THEN CAST(1.0 AS DOUBLE PRECISION)
          END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE PRECISION)
          THEN CAST(rv.value_num AS DOUBLE PRECISION) / rv.reference_high
        END
      )
      THEN MIN(
        CASE
          WHEN NOT CASE
            WHEN rv.unit = 'U/L'
            THEN CAST(1.0 AS DOUBLE PRECISION)
            WHEN rv.unit = 'IU/L'
            THEN CAST(1.0 AS DOUBLE PRECISION)
          END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE PRECISION)
          THEN CAST(rv.value_num AS DOUBLE PRECISION) / rv.reference_high
        END
      )
    END AS v1,
    CASE
      WHEN COUNT(*) = COUNT(
        rv.value_num * CASE
          WHEN rv.unit = 'U/L'
          THEN CAST(1.0 AS DOUBLE PRECISION)
          WHEN rv.unit = 'IU/L'
          THEN CAST(1.0 AS DOUBLE PRECISION)
        END
      )
      THEN MAX(
        rv.value_num * CASE
          WHEN rv.unit = 'U/L'
          THEN CAST(1.0 AS DOUBLE PRECISION)
          WHEN rv.unit = 'IU/L'
          THEN CAST(1.0 AS DOUBLE PRECISION)
        END
      )
    END AS v2,
    CASE
      WHEN COUNT(*) = COUNT(
        rv.value_num * CASE
          WHEN rv.unit = 'U/L'
          THEN CAST(1.0 AS DOUBLE PRECISION)
          WHEN rv.unit = 'IU/L'
          THEN CAST(1.0 AS DOUBLE PRECISION)
        END
      )
      AND COUNT(*) = COUNT(
        CASE
          WHEN NOT CASE
            WHEN rv.unit = 'U/L'
            THEN CAST(1.0 AS DOUBLE PRECISION)
            WHEN rv.unit = 'IU/L'
            THEN CAST(1.0 AS DOUBLE PRECISION)
          END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE PRECISION)
          THEN CAST(rv.value_num AS DOUBLE PRECISION) / rv.reference_high
        END
      )
      THEN MAX(
        CASE
          WHEN NOT CASE
            WHEN rv.unit = 'U/L'
            THEN CAST(1.0 AS DOUBLE PRECISION)
            WHEN rv.unit = 'IU/L'
            THEN CAST(1.0 AS DOUBLE PRECISION)
          END IS NULL
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
), total_bilirubin_latest AS (
  SELECT
    ch.patient_id AS patient_id,
    CASE
      WHEN COUNT(*) = COUNT(
        rv.value_num * CASE
          WHEN rv.unit = 'g/dL'
          THEN CAST(10.0 AS DOUBLE PRECISION)
          WHEN rv.unit = 'g/L'
          THEN CAST(1.0 AS DOUBLE PRECISION)
          WHEN rv.unit = 'mg/dL'
          THEN CAST(0.01 AS DOUBLE PRECISION)
          WHEN rv.unit = 'mg/L'
          THEN CAST(0.001 AS DOUBLE PRECISION)
        END
      )
      THEN MIN(
        rv.value_num * CASE
          WHEN rv.unit = 'g/dL'
          THEN CAST(10.0 AS DOUBLE PRECISION)
          WHEN rv.unit = 'g/L'
          THEN CAST(1.0 AS DOUBLE PRECISION)
          WHEN rv.unit = 'mg/dL'
          THEN CAST(0.01 AS DOUBLE PRECISION)
          WHEN rv.unit = 'mg/L'
          THEN CAST(0.001 AS DOUBLE PRECISION)
        END
      )
    END AS v0,
    CASE
      WHEN COUNT(*) = COUNT(
        rv.value_num * CASE
          WHEN rv.unit = 'g/dL'
          THEN CAST(10.0 AS DOUBLE PRECISION)
          WHEN rv.unit = 'g/L'
          THEN CAST(1.0 AS DOUBLE PRECISION)
          WHEN rv.unit = 'mg/dL'
          THEN CAST(0.01 AS DOUBLE PRECISION)
          WHEN rv.unit = 'mg/L'
          THEN CAST(0.001 AS DOUBLE PRECISION)
        END
      )
      AND COUNT(*) = COUNT(
        CASE
          WHEN NOT CASE
            WHEN rv.unit = 'g/dL'
            THEN CAST(10.0 AS DOUBLE PRECISION)
            WHEN rv.unit = 'g/L'
            THEN CAST(1.0 AS DOUBLE PRECISION)
            WHEN rv.unit = 'mg/dL'
            THEN CAST(0.01 AS DOUBLE PRECISION)
            WHEN rv.unit = 'mg/L'
            THEN CAST(0.001 AS DOUBLE PRECISION)
          END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE PRECISION)
          THEN CAST(rv.value_num AS DOUBLE PRECISION) / rv.reference_high
        END
      )
      THEN MIN(
        CASE
          WHEN NOT CASE
            WHEN rv.unit = 'g/dL'
            THEN CAST(10.0 AS DOUBLE PRECISION)
            WHEN rv.unit = 'g/L'
            THEN CAST(1.0 AS DOUBLE PRECISION)
            WHEN rv.unit = 'mg/dL'
            THEN CAST(0.01 AS DOUBLE PRECISION)
            WHEN rv.unit = 'mg/L'
            THEN CAST(0.001 AS DOUBLE PRECISION)
          END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE PRECISION)
          THEN CAST(rv.value_num AS DOUBLE PRECISION) / rv.reference_high
        END
      )
    END AS v1,
    CASE
      WHEN COUNT(*) = COUNT(
        rv.value_num * CASE
          WHEN rv.unit = 'g/dL'
          THEN CAST(10.0 AS DOUBLE PRECISION)
          WHEN rv.unit = 'g/L'
          THEN CAST(1.0 AS DOUBLE PRECISION)
          WHEN rv.unit = 'mg/dL'
          THEN CAST(0.01 AS DOUBLE PRECISION)
          WHEN rv.unit = 'mg/L'
          THEN CAST(0.001 AS DOUBLE PRECISION)
        END
      )
      THEN MAX(
        rv.value_num * CASE
          WHEN rv.unit = 'g/dL'
          THEN CAST(10.0 AS DOUBLE PRECISION)
          WHEN rv.unit = 'g/L'
          THEN CAST(1.0 AS DOUBLE PRECISION)
          WHEN rv.unit = 'mg/dL'
          THEN CAST(0.01 AS DOUBLE PRECISION)
          WHEN rv.unit = 'mg/L'
          THEN CAST(0.001 AS DOUBLE PRECISION)
        END
      )
    END AS v2,
    CASE
      WHEN COUNT(*) = COUNT(
        rv.value_num * CASE
          WHEN rv.unit = 'g/dL'
          THEN CAST(10.0 AS DOUBLE PRECISION)
          WHEN rv.unit = 'g/L'
          THEN CAST(1.0 AS DOUBLE PRECISION)
          WHEN rv.unit = 'mg/dL'
          THEN CAST(0.01 AS DOUBLE PRECISION)
          WHEN rv.unit = 'mg/L'
          THEN CAST(0.001 AS DOUBLE PRECISION)
        END
      )
      AND COUNT(*) = COUNT(
        CASE
          WHEN NOT CASE
            WHEN rv.unit = 'g/dL'
            THEN CAST(10.0 AS DOUBLE PRECISION)
            WHEN rv.unit = 'g/L'
            THEN CAST(1.0 AS DOUBLE PRECISION)
            WHEN rv.unit = 'mg/dL'
            THEN CAST(0.01 AS DOUBLE PRECISION)
            WHEN rv.unit = 'mg/L'
            THEN CAST(0.001 AS DOUBLE PRECISION)
          END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE PRECISION)
          THEN CAST(rv.value_num AS DOUBLE PRECISION) / rv.reference_high
        END
      )
      THEN MAX(
        CASE
          WHEN NOT CASE
            WHEN rv.unit = 'g/dL'
            THEN CAST(10.0 AS DOUBLE PRECISION)
            WHEN rv.unit = 'g/L'
            THEN CAST(1.0 AS DOUBLE PRECISION)
            WHEN rv.unit = 'mg/dL'
            THEN CAST(0.01 AS DOUBLE PRECISION)
            WHEN rv.unit = 'mg/L'
            THEN CAST(0.001 AS DOUBLE PRECISION)
          END IS NULL
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
), body_temperature_latest AS (
  SELECT
    ch.patient_id AS patient_id,
    CASE
      WHEN COUNT(*) = COUNT(rv.value_num * CASE WHEN rv.unit = '°C' THEN CAST(1.0 AS DOUBLE PRECISION) END)
      THEN MIN(rv.value_num * CASE WHEN rv.unit = '°C' THEN CAST(1.0 AS DOUBLE PRECISION) END)
    END AS v0,
    CASE
      WHEN COUNT(*) = COUNT(rv.value_num * CASE WHEN rv.unit = '°C' THEN CAST(1.0 AS DOUBLE PRECISION) END)
      AND COUNT(*) = COUNT(
        CASE
          WHEN NOT CASE WHEN rv.unit = '°C' THEN CAST(1.0 AS DOUBLE PRECISION) END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE PRECISION)
          THEN CAST(rv.value_num AS DOUBLE PRECISION) / rv.reference_high
        END
      )
      THEN MIN(
        CASE
          WHEN NOT CASE WHEN rv.unit = '°C' THEN CAST(1.0 AS DOUBLE PRECISION) END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE PRECISION)
          THEN CAST(rv.value_num AS DOUBLE PRECISION) / rv.reference_high
        END
      )
    END AS v1,
    CASE
      WHEN COUNT(*) = COUNT(rv.value_num * CASE WHEN rv.unit = '°C' THEN CAST(1.0 AS DOUBLE PRECISION) END)
      THEN MAX(rv.value_num * CASE WHEN rv.unit = '°C' THEN CAST(1.0 AS DOUBLE PRECISION) END)
    END AS v2,
    CASE
      WHEN COUNT(*) = COUNT(rv.value_num * CASE WHEN rv.unit = '°C' THEN CAST(1.0 AS DOUBLE PRECISION) END)
      AND COUNT(*) = COUNT(
        CASE
          WHEN NOT CASE WHEN rv.unit = '°C' THEN CAST(1.0 AS DOUBLE PRECISION) END IS NULL
          AND rv.reference_high <> CAST(0.0 AS DOUBLE PRECISION)
          THEN CAST(rv.value_num AS DOUBLE PRECISION) / rv.reference_high
        END
      )
      THEN MAX(
        CASE
          WHEN NOT CASE WHEN rv.unit = '°C' THEN CAST(1.0 AS DOUBLE PRECISION) END IS NULL
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
    FROM body_temperature_latest_candidates AS c
    WHERE
      NOT c.inside IS FALSE
  ) AS ch
  JOIN body_temperature_latest_candidates AS rv
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
), outcomes AS (
  SELECT
    pt.patient_id AS "patient_id",
    CASE (
        (
          (
            pt.par_study_stage_value = 'stage_1'
          )
          AND (
            CASE
              WHEN (
                SIGN(
                  (
                    1200 * (
                      EXTRACT(YEAR FROM pt.ref_enrolment_lo) - EXTRACT(YEAR FROM pt.birth_hi)
                    ) + 100 * (
                      EXTRACT(MONTH FROM pt.ref_enrolment_lo) - EXTRACT(MONTH FROM pt.birth_hi)
                    ) + (
                      EXTRACT(DAY FROM pt.ref_enrolment_lo) - EXTRACT(DAY FROM pt.birth_hi)
                    )
                  )
                ) * FLOOR(
                  ABS(
                    (
                      1200 * (
                        EXTRACT(YEAR FROM pt.ref_enrolment_lo) - EXTRACT(YEAR FROM pt.birth_hi)
                      ) + 100 * (
                        EXTRACT(MONTH FROM pt.ref_enrolment_lo) - EXTRACT(MONTH FROM pt.birth_hi)
                      ) + (
                        EXTRACT(DAY FROM pt.ref_enrolment_lo) - EXTRACT(DAY FROM pt.birth_hi)
                      )
                    )
                  ) / CAST(1200.0 AS DOUBLE PRECISION)
                )
              ) >= CAST(2.0 AS DOUBLE PRECISION)
              THEN TRUE
              WHEN NOT (
                (
                  SIGN(
                    (
                      1200 * (
                        EXTRACT(YEAR FROM pt.ref_enrolment_hi) - EXTRACT(YEAR FROM pt.birth_lo)
                      ) + 100 * (
                        EXTRACT(MONTH FROM pt.ref_enrolment_hi) - EXTRACT(MONTH FROM pt.birth_lo)
                      ) + (
                        EXTRACT(DAY FROM pt.ref_enrolment_hi) - EXTRACT(DAY FROM pt.birth_lo)
                      )
                    )
                  ) * FLOOR(
                    ABS(
                      (
                        1200 * (
                          EXTRACT(YEAR FROM pt.ref_enrolment_hi) - EXTRACT(YEAR FROM pt.birth_lo)
                        ) + 100 * (
                          EXTRACT(MONTH FROM pt.ref_enrolment_hi) - EXTRACT(MONTH FROM pt.birth_lo)
                        ) + (
                          EXTRACT(DAY FROM pt.ref_enrolment_hi) - EXTRACT(DAY FROM pt.birth_lo)
                        )
                      )
                    ) / CAST(1200.0 AS DOUBLE PRECISION)
                  )
                ) >= CAST(2.0 AS DOUBLE PRECISION)
              )
              THEN FALSE
            END
            AND CASE
              WHEN (
                SIGN(
                  (
                    1200 * (
                      EXTRACT(YEAR FROM pt.ref_enrolment_hi) - EXTRACT(YEAR FROM pt.birth_lo)
                    ) + 100 * (
                      EXTRACT(MONTH FROM pt.ref_enrolment_hi) - EXTRACT(MONTH FROM pt.birth_lo)
                    ) + (
                      EXTRACT(DAY FROM pt.ref_enrolment_hi) - EXTRACT(DAY FROM pt.birth_lo)
                    )
                  )
                ) * FLOOR(
                  ABS(
                    (
                      1200 * (
                        EXTRACT(YEAR FROM pt.ref_enrolment_hi) - EXTRACT(YEAR FROM pt.birth_lo)
                      ) + 100 * (
                        EXTRACT(MONTH FROM pt.ref_enrolment_hi) - EXTRACT(MONTH FROM pt.birth_lo)
                      ) + (
                        EXTRACT(DAY FROM pt.ref_enrolment_hi) - EXTRACT(DAY FROM pt.birth_lo)
                      )
                    )
                  ) / CAST(1200.0 AS DOUBLE PRECISION)
                )
              ) < CAST(18.0 AS DOUBLE PRECISION)
              THEN TRUE
              WHEN NOT (
                (
                  SIGN(
                    (
                      1200 * (
                        EXTRACT(YEAR FROM pt.ref_enrolment_lo) - EXTRACT(YEAR FROM pt.birth_hi)
                      ) + 100 * (
                        EXTRACT(MONTH FROM pt.ref_enrolment_lo) - EXTRACT(MONTH FROM pt.birth_hi)
                      ) + (
                        EXTRACT(DAY FROM pt.ref_enrolment_lo) - EXTRACT(DAY FROM pt.birth_hi)
                      )
                    )
                  ) * FLOOR(
                    ABS(
                      (
                        1200 * (
                          EXTRACT(YEAR FROM pt.ref_enrolment_lo) - EXTRACT(YEAR FROM pt.birth_hi)
                        ) + 100 * (
                          EXTRACT(MONTH FROM pt.ref_enrolment_lo) - EXTRACT(MONTH FROM pt.birth_hi)
                        ) + (
                          EXTRACT(DAY FROM pt.ref_enrolment_lo) - EXTRACT(DAY FROM pt.birth_hi)
                        )
                      )
                    ) / CAST(1200.0 AS DOUBLE PRECISION)
                  )
                ) < CAST(18.0 AS DOUBLE PRECISION)
              )
              THEN FALSE
            END
          )
        )
        OR (
          NOT (
            pt.par_study_stage_value = 'stage_1'
          )
          AND (
            CASE
              WHEN (
                SIGN(
                  (
                    1200 * (
                      EXTRACT(YEAR FROM pt.ref_enrolment_lo) - EXTRACT(YEAR FROM pt.birth_hi)
                    ) + 100 * (
                      EXTRACT(MONTH FROM pt.ref_enrolment_lo) - EXTRACT(MONTH FROM pt.birth_hi)
                    ) + (
                      EXTRACT(DAY FROM pt.ref_enrolment_lo) - EXTRACT(DAY FROM pt.birth_hi)
                    )
                  )
                ) * FLOOR(
                  ABS(
                    (
                      1200 * (
                        EXTRACT(YEAR FROM pt.ref_enrolment_lo) - EXTRACT(YEAR FROM pt.birth_hi)
                      ) + 100 * (
                        EXTRACT(MONTH FROM pt.ref_enrolment_lo) - EXTRACT(MONTH FROM pt.birth_hi)
                      ) + (
                        EXTRACT(DAY FROM pt.ref_enrolment_lo) - EXTRACT(DAY FROM pt.birth_hi)
                      )
                    )
                  ) / CAST(1200.0 AS DOUBLE PRECISION)
                )
              ) >= CAST(1.0 AS DOUBLE PRECISION)
              THEN TRUE
              WHEN NOT (
                (
                  SIGN(
                    (
                      1200 * (
                        EXTRACT(YEAR FROM pt.ref_enrolment_hi) - EXTRACT(YEAR FROM pt.birth_lo)
                      ) + 100 * (
                        EXTRACT(MONTH FROM pt.ref_enrolment_hi) - EXTRACT(MONTH FROM pt.birth_lo)
                      ) + (
                        EXTRACT(DAY FROM pt.ref_enrolment_hi) - EXTRACT(DAY FROM pt.birth_lo)
                      )
                    )
                  ) * FLOOR(
                    ABS(
                      (
                        1200 * (
                          EXTRACT(YEAR FROM pt.ref_enrolment_hi) - EXTRACT(YEAR FROM pt.birth_lo)
                        ) + 100 * (
                          EXTRACT(MONTH FROM pt.ref_enrolment_hi) - EXTRACT(MONTH FROM pt.birth_lo)
                        ) + (
                          EXTRACT(DAY FROM pt.ref_enrolment_hi) - EXTRACT(DAY FROM pt.birth_lo)
                        )
                      )
                    ) / CAST(1200.0 AS DOUBLE PRECISION)
                  )
                ) >= CAST(1.0 AS DOUBLE PRECISION)
              )
              THEN FALSE
            END
            AND CASE
              WHEN (
                SIGN(
                  (
                    1200 * (
                      EXTRACT(YEAR FROM pt.ref_enrolment_hi) - EXTRACT(YEAR FROM pt.birth_lo)
                    ) + 100 * (
                      EXTRACT(MONTH FROM pt.ref_enrolment_hi) - EXTRACT(MONTH FROM pt.birth_lo)
                    ) + (
                      EXTRACT(DAY FROM pt.ref_enrolment_hi) - EXTRACT(DAY FROM pt.birth_lo)
                    )
                  )
                ) * FLOOR(
                  ABS(
                    (
                      1200 * (
                        EXTRACT(YEAR FROM pt.ref_enrolment_hi) - EXTRACT(YEAR FROM pt.birth_lo)
                      ) + 100 * (
                        EXTRACT(MONTH FROM pt.ref_enrolment_hi) - EXTRACT(MONTH FROM pt.birth_lo)
                      ) + (
                        EXTRACT(DAY FROM pt.ref_enrolment_hi) - EXTRACT(DAY FROM pt.birth_lo)
                      )
                    )
                  ) / CAST(1200.0 AS DOUBLE PRECISION)
                )
              ) < CAST(18.0 AS DOUBLE PRECISION)
              THEN TRUE
              WHEN NOT (
                (
                  SIGN(
                    (
                      1200 * (
                        EXTRACT(YEAR FROM pt.ref_enrolment_lo) - EXTRACT(YEAR FROM pt.birth_hi)
                      ) + 100 * (
                        EXTRACT(MONTH FROM pt.ref_enrolment_lo) - EXTRACT(MONTH FROM pt.birth_hi)
                      ) + (
                        EXTRACT(DAY FROM pt.ref_enrolment_lo) - EXTRACT(DAY FROM pt.birth_hi)
                      )
                    )
                  ) * FLOOR(
                    ABS(
                      (
                        1200 * (
                          EXTRACT(YEAR FROM pt.ref_enrolment_lo) - EXTRACT(YEAR FROM pt.birth_hi)
                        ) + 100 * (
                          EXTRACT(MONTH FROM pt.ref_enrolment_lo) - EXTRACT(MONTH FROM pt.birth_hi)
                        ) + (
                          EXTRACT(DAY FROM pt.ref_enrolment_lo) - EXTRACT(DAY FROM pt.birth_hi)
                        )
                      )
                    ) / CAST(1200.0 AS DOUBLE PRECISION)
                  )
                ) < CAST(18.0 AS DOUBLE PRECISION)
              )
              THEN FALSE
            END
          )
        )
        OR (
          (
            CASE
              WHEN (
                SIGN(
                  (
                    1200 * (
                      EXTRACT(YEAR FROM pt.ref_enrolment_lo) - EXTRACT(YEAR FROM pt.birth_hi)
                    ) + 100 * (
                      EXTRACT(MONTH FROM pt.ref_enrolment_lo) - EXTRACT(MONTH FROM pt.birth_hi)
                    ) + (
                      EXTRACT(DAY FROM pt.ref_enrolment_lo) - EXTRACT(DAY FROM pt.birth_hi)
                    )
                  )
                ) * FLOOR(
                  ABS(
                    (
                      1200 * (
                        EXTRACT(YEAR FROM pt.ref_enrolment_lo) - EXTRACT(YEAR FROM pt.birth_hi)
                      ) + 100 * (
                        EXTRACT(MONTH FROM pt.ref_enrolment_lo) - EXTRACT(MONTH FROM pt.birth_hi)
                      ) + (
                        EXTRACT(DAY FROM pt.ref_enrolment_lo) - EXTRACT(DAY FROM pt.birth_hi)
                      )
                    )
                  ) / CAST(1200.0 AS DOUBLE PRECISION)
                )
              ) >= CAST(2.0 AS DOUBLE PRECISION)
              THEN TRUE
              WHEN NOT (
                (
                  SIGN(
                    (
                      1200 * (
                        EXTRACT(YEAR FROM pt.ref_enrolment_hi) - EXTRACT(YEAR FROM pt.birth_lo)
                      ) + 100 * (
                        EXTRACT(MONTH FROM pt.ref_enrolment_hi) - EXTRACT(MONTH FROM pt.birth_lo)
                      ) + (
                        EXTRACT(DAY FROM pt.ref_enrolment_hi) - EXTRACT(DAY FROM pt.birth_lo)
                      )
                    )
                  ) * FLOOR(
                    ABS(
                      (
                        1200 * (
                          EXTRACT(YEAR FROM pt.ref_enrolment_hi) - EXTRACT(YEAR FROM pt.birth_lo)
                        ) + 100 * (
                          EXTRACT(MONTH FROM pt.ref_enrolment_hi) - EXTRACT(MONTH FROM pt.birth_lo)
                        ) + (
                          EXTRACT(DAY FROM pt.ref_enrolment_hi) - EXTRACT(DAY FROM pt.birth_lo)
                        )
                      )
                    ) / CAST(1200.0 AS DOUBLE PRECISION)
                  )
                ) >= CAST(2.0 AS DOUBLE PRECISION)
              )
              THEN FALSE
            END
            AND CASE
              WHEN (
                SIGN(
                  (
                    1200 * (
                      EXTRACT(YEAR FROM pt.ref_enrolment_hi) - EXTRACT(YEAR FROM pt.birth_lo)
                    ) + 100 * (
                      EXTRACT(MONTH FROM pt.ref_enrolment_hi) - EXTRACT(MONTH FROM pt.birth_lo)
                    ) + (
                      EXTRACT(DAY FROM pt.ref_enrolment_hi) - EXTRACT(DAY FROM pt.birth_lo)
                    )
                  )
                ) * FLOOR(
                  ABS(
                    (
                      1200 * (
                        EXTRACT(YEAR FROM pt.ref_enrolment_hi) - EXTRACT(YEAR FROM pt.birth_lo)
                      ) + 100 * (
                        EXTRACT(MONTH FROM pt.ref_enrolment_hi) - EXTRACT(MONTH FROM pt.birth_lo)
                      ) + (
                        EXTRACT(DAY FROM pt.ref_enrolment_hi) - EXTRACT(DAY FROM pt.birth_lo)
                      )
                    )
                  ) / CAST(1200.0 AS DOUBLE PRECISION)
                )
              ) < CAST(18.0 AS DOUBLE PRECISION)
              THEN TRUE
              WHEN NOT (
                (
                  SIGN(
                    (
                      1200 * (
                        EXTRACT(YEAR FROM pt.ref_enrolment_lo) - EXTRACT(YEAR FROM pt.birth_hi)
                      ) + 100 * (
                        EXTRACT(MONTH FROM pt.ref_enrolment_lo) - EXTRACT(MONTH FROM pt.birth_hi)
                      ) + (
                        EXTRACT(DAY FROM pt.ref_enrolment_lo) - EXTRACT(DAY FROM pt.birth_hi)
                      )
                    )
                  ) * FLOOR(
                    ABS(
                      (
                        1200 * (
                          EXTRACT(YEAR FROM pt.ref_enrolment_lo) - EXTRACT(YEAR FROM pt.birth_hi)
                        ) + 100 * (
                          EXTRACT(MONTH FROM pt.ref_enrolment_lo) - EXTRACT(MONTH FROM pt.birth_hi)
                        ) + (
                          EXTRACT(DAY FROM pt.ref_enrolment_lo) - EXTRACT(DAY FROM pt.birth_hi)
                        )
                      )
                    ) / CAST(1200.0 AS DOUBLE PRECISION)
                  )
                ) < CAST(18.0 AS DOUBLE PRECISION)
              )
              THEN FALSE
            END
          )
          AND (
            CASE
              WHEN (
                SIGN(
                  (
                    1200 * (
                      EXTRACT(YEAR FROM pt.ref_enrolment_lo) - EXTRACT(YEAR FROM pt.birth_hi)
                    ) + 100 * (
                      EXTRACT(MONTH FROM pt.ref_enrolment_lo) - EXTRACT(MONTH FROM pt.birth_hi)
                    ) + (
                      EXTRACT(DAY FROM pt.ref_enrolment_lo) - EXTRACT(DAY FROM pt.birth_hi)
                    )
                  )
                ) * FLOOR(
                  ABS(
                    (
                      1200 * (
                        EXTRACT(YEAR FROM pt.ref_enrolment_lo) - EXTRACT(YEAR FROM pt.birth_hi)
                      ) + 100 * (
                        EXTRACT(MONTH FROM pt.ref_enrolment_lo) - EXTRACT(MONTH FROM pt.birth_hi)
                      ) + (
                        EXTRACT(DAY FROM pt.ref_enrolment_lo) - EXTRACT(DAY FROM pt.birth_hi)
                      )
                    )
                  ) / CAST(1200.0 AS DOUBLE PRECISION)
                )
              ) >= CAST(1.0 AS DOUBLE PRECISION)
              THEN TRUE
              WHEN NOT (
                (
                  SIGN(
                    (
                      1200 * (
                        EXTRACT(YEAR FROM pt.ref_enrolment_hi) - EXTRACT(YEAR FROM pt.birth_lo)
                      ) + 100 * (
                        EXTRACT(MONTH FROM pt.ref_enrolment_hi) - EXTRACT(MONTH FROM pt.birth_lo)
                      ) + (
                        EXTRACT(DAY FROM pt.ref_enrolment_hi) - EXTRACT(DAY FROM pt.birth_lo)
                      )
                    )
                  ) * FLOOR(
                    ABS(
                      (
                        1200 * (
                          EXTRACT(YEAR FROM pt.ref_enrolment_hi) - EXTRACT(YEAR FROM pt.birth_lo)
                        ) + 100 * (
                          EXTRACT(MONTH FROM pt.ref_enrolment_hi) - EXTRACT(MONTH FROM pt.birth_lo)
                        ) + (
                          EXTRACT(DAY FROM pt.ref_enrolment_hi) - EXTRACT(DAY FROM pt.birth_lo)
                        )
                      )
                    ) / CAST(1200.0 AS DOUBLE PRECISION)
                  )
                ) >= CAST(1.0 AS DOUBLE PRECISION)
              )
              THEN FALSE
            END
            AND CASE
              WHEN (
                SIGN(
                  (
                    1200 * (
                      EXTRACT(YEAR FROM pt.ref_enrolment_hi) - EXTRACT(YEAR FROM pt.birth_lo)
                    ) + 100 * (
                      EXTRACT(MONTH FROM pt.ref_enrolment_hi) - EXTRACT(MONTH FROM pt.birth_lo)
                    ) + (
                      EXTRACT(DAY FROM pt.ref_enrolment_hi) - EXTRACT(DAY FROM pt.birth_lo)
                    )
                  )
                ) * FLOOR(
                  ABS(
                    (
                      1200 * (
                        EXTRACT(YEAR FROM pt.ref_enrolment_hi) - EXTRACT(YEAR FROM pt.birth_lo)
                      ) + 100 * (
                        EXTRACT(MONTH FROM pt.ref_enrolment_hi) - EXTRACT(MONTH FROM pt.birth_lo)
                      ) + (
                        EXTRACT(DAY FROM pt.ref_enrolment_hi) - EXTRACT(DAY FROM pt.birth_lo)
                      )
                    )
                  ) / CAST(1200.0 AS DOUBLE PRECISION)
                )
              ) < CAST(18.0 AS DOUBLE PRECISION)
              THEN TRUE
              WHEN NOT (
                (
                  SIGN(
                    (
                      1200 * (
                        EXTRACT(YEAR FROM pt.ref_enrolment_lo) - EXTRACT(YEAR FROM pt.birth_hi)
                      ) + 100 * (
                        EXTRACT(MONTH FROM pt.ref_enrolment_lo) - EXTRACT(MONTH FROM pt.birth_hi)
                      ) + (
                        EXTRACT(DAY FROM pt.ref_enrolment_lo) - EXTRACT(DAY FROM pt.birth_hi)
                      )
                    )
                  ) * FLOOR(
                    ABS(
                      (
                        1200 * (
                          EXTRACT(YEAR FROM pt.ref_enrolment_lo) - EXTRACT(YEAR FROM pt.birth_hi)
                        ) + 100 * (
                          EXTRACT(MONTH FROM pt.ref_enrolment_lo) - EXTRACT(MONTH FROM pt.birth_hi)
                        ) + (
                          EXTRACT(DAY FROM pt.ref_enrolment_lo) - EXTRACT(DAY FROM pt.birth_hi)
                        )
                      )
                    ) / CAST(1200.0 AS DOUBLE PRECISION)
                  )
                ) < CAST(18.0 AS DOUBLE PRECISION)
              )
              THEN FALSE
            END
          )
        )
      )
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "I1",
    CASE (
        CASE
          WHEN pt.conditions_collected IS TRUE
          THEN CASE COALESCE(condition_queries_1.malignancy_grade, 0)
            WHEN 2
            THEN TRUE
            WHEN 1
            THEN CAST(NULL AS BOOLEAN)
            ELSE FALSE
          END
        END
        AND pt.att_needs_hdct_with_autologous_rescue_value_bool
      )
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "I2",
    CASE pt.att_eligible_for_autologous_transplant_value_bool
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "I3",
    CASE pt.att_recovered_from_chemotherapy_toxicity_value_bool
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "I4",
    CASE (
        (
          CASE
            WHEN (
              SIGN(
                (
                  1200 * (
                    EXTRACT(YEAR FROM pt.ref_enrolment_lo) - EXTRACT(YEAR FROM pt.birth_hi)
                  ) + 100 * (
                    EXTRACT(MONTH FROM pt.ref_enrolment_lo) - EXTRACT(MONTH FROM pt.birth_hi)
                  ) + (
                    EXTRACT(DAY FROM pt.ref_enrolment_lo) - EXTRACT(DAY FROM pt.birth_hi)
                  )
                )
              ) * FLOOR(
                ABS(
                  (
                    1200 * (
                      EXTRACT(YEAR FROM pt.ref_enrolment_lo) - EXTRACT(YEAR FROM pt.birth_hi)
                    ) + 100 * (
                      EXTRACT(MONTH FROM pt.ref_enrolment_lo) - EXTRACT(MONTH FROM pt.birth_hi)
                    ) + (
                      EXTRACT(DAY FROM pt.ref_enrolment_lo) - EXTRACT(DAY FROM pt.birth_hi)
                    )
                  )
                ) / CAST(1200.0 AS DOUBLE PRECISION)
              )
            ) >= CAST(16.0 AS DOUBLE PRECISION)
            THEN TRUE
            WHEN NOT (
              (
                SIGN(
                  (
                    1200 * (
                      EXTRACT(YEAR FROM pt.ref_enrolment_hi) - EXTRACT(YEAR FROM pt.birth_lo)
                    ) + 100 * (
                      EXTRACT(MONTH FROM pt.ref_enrolment_hi) - EXTRACT(MONTH FROM pt.birth_lo)
                    ) + (
                      EXTRACT(DAY FROM pt.ref_enrolment_hi) - EXTRACT(DAY FROM pt.birth_lo)
                    )
                  )
                ) * FLOOR(
                  ABS(
                    (
                      1200 * (
                        EXTRACT(YEAR FROM pt.ref_enrolment_hi) - EXTRACT(YEAR FROM pt.birth_lo)
                      ) + 100 * (
                        EXTRACT(MONTH FROM pt.ref_enrolment_hi) - EXTRACT(MONTH FROM pt.birth_lo)
                      ) + (
                        EXTRACT(DAY FROM pt.ref_enrolment_hi) - EXTRACT(DAY FROM pt.birth_lo)
                      )
                    )
                  ) / CAST(1200.0 AS DOUBLE PRECISION)
                )
              ) >= CAST(16.0 AS DOUBLE PRECISION)
            )
            THEN FALSE
          END
          AND CASE
            WHEN karnofsky_latest.v0 > CAST(60.0 AS DOUBLE PRECISION)
            THEN TRUE
            WHEN NOT (
              karnofsky_latest.v2 > CAST(60.0 AS DOUBLE PRECISION)
            )
            THEN FALSE
          END
        )
        OR (
          NOT CASE
            WHEN (
              SIGN(
                (
                  1200 * (
                    EXTRACT(YEAR FROM pt.ref_enrolment_lo) - EXTRACT(YEAR FROM pt.birth_hi)
                  ) + 100 * (
                    EXTRACT(MONTH FROM pt.ref_enrolment_lo) - EXTRACT(MONTH FROM pt.birth_hi)
                  ) + (
                    EXTRACT(DAY FROM pt.ref_enrolment_lo) - EXTRACT(DAY FROM pt.birth_hi)
                  )
                )
              ) * FLOOR(
                ABS(
                  (
                    1200 * (
                      EXTRACT(YEAR FROM pt.ref_enrolment_lo) - EXTRACT(YEAR FROM pt.birth_hi)
                    ) + 100 * (
                      EXTRACT(MONTH FROM pt.ref_enrolment_lo) - EXTRACT(MONTH FROM pt.birth_hi)
                    ) + (
                      EXTRACT(DAY FROM pt.ref_enrolment_lo) - EXTRACT(DAY FROM pt.birth_hi)
                    )
                  )
                ) / CAST(1200.0 AS DOUBLE PRECISION)
              )
            ) >= CAST(16.0 AS DOUBLE PRECISION)
            THEN TRUE
            WHEN NOT (
              (
                SIGN(
                  (
                    1200 * (
                      EXTRACT(YEAR FROM pt.ref_enrolment_hi) - EXTRACT(YEAR FROM pt.birth_lo)
                    ) + 100 * (
                      EXTRACT(MONTH FROM pt.ref_enrolment_hi) - EXTRACT(MONTH FROM pt.birth_lo)
                    ) + (
                      EXTRACT(DAY FROM pt.ref_enrolment_hi) - EXTRACT(DAY FROM pt.birth_lo)
                    )
                  )
                ) * FLOOR(
                  ABS(
                    (
                      1200 * (
                        EXTRACT(YEAR FROM pt.ref_enrolment_hi) - EXTRACT(YEAR FROM pt.birth_lo)
                      ) + 100 * (
                        EXTRACT(MONTH FROM pt.ref_enrolment_hi) - EXTRACT(MONTH FROM pt.birth_lo)
                      ) + (
                        EXTRACT(DAY FROM pt.ref_enrolment_hi) - EXTRACT(DAY FROM pt.birth_lo)
                      )
                    )
                  ) / CAST(1200.0 AS DOUBLE PRECISION)
                )
              ) >= CAST(16.0 AS DOUBLE PRECISION)
            )
            THEN FALSE
          END
          AND CASE
            WHEN lansky_latest.v0 > CAST(60.0 AS DOUBLE PRECISION)
            THEN TRUE
            WHEN NOT (
              lansky_latest.v2 > CAST(60.0 AS DOUBLE PRECISION)
            )
            THEN FALSE
          END
        )
        OR (
          CASE
            WHEN karnofsky_latest.v0 > CAST(60.0 AS DOUBLE PRECISION)
            THEN TRUE
            WHEN NOT (
              karnofsky_latest.v2 > CAST(60.0 AS DOUBLE PRECISION)
            )
            THEN FALSE
          END
          AND CASE
            WHEN lansky_latest.v0 > CAST(60.0 AS DOUBLE PRECISION)
            THEN TRUE
            WHEN NOT (
              lansky_latest.v2 > CAST(60.0 AS DOUBLE PRECISION)
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
    END AS "I5",
    CASE CASE
        WHEN anc_latest.v0 > CAST(0.75 AS DOUBLE PRECISION)
        THEN TRUE
        WHEN NOT (
          anc_latest.v2 > CAST(0.75 AS DOUBLE PRECISION)
        )
        THEN FALSE
      END
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "I6",
    CASE CASE
        WHEN platelets_latest.v0 > CAST(50.0 AS DOUBLE PRECISION)
        THEN TRUE
        WHEN NOT (
          platelets_latest.v2 > CAST(50.0 AS DOUBLE PRECISION)
        )
        THEN FALSE
      END
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "I7",
    CASE (
        (
          (
            pt.par_study_stage_value = 'stage_1'
          )
          AND CASE
            WHEN gfr_schwartz_latest.v0 > CAST(80.0 AS DOUBLE PRECISION)
            THEN TRUE
            WHEN NOT (
              gfr_schwartz_latest.v2 > CAST(80.0 AS DOUBLE PRECISION)
            )
            THEN FALSE
          END
        )
        OR (
          NOT (
            pt.par_study_stage_value = 'stage_1'
          )
          AND CASE
            WHEN gfr_schwartz_latest.v0 > CAST(60.0 AS DOUBLE PRECISION)
            THEN TRUE
            WHEN NOT (
              gfr_schwartz_latest.v2 > CAST(60.0 AS DOUBLE PRECISION)
            )
            THEN FALSE
          END
        )
        OR (
          CASE
            WHEN gfr_schwartz_latest.v0 > CAST(80.0 AS DOUBLE PRECISION)
            THEN TRUE
            WHEN NOT (
              gfr_schwartz_latest.v2 > CAST(80.0 AS DOUBLE PRECISION)
            )
            THEN FALSE
          END
          AND CASE
            WHEN gfr_schwartz_latest.v0 > CAST(60.0 AS DOUBLE PRECISION)
            THEN TRUE
            WHEN NOT (
              gfr_schwartz_latest.v2 > CAST(60.0 AS DOUBLE PRECISION)
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
    END AS "I8",
    CASE (
        CASE
          WHEN ast_latest.v3 < CAST(3.0 AS DOUBLE PRECISION)
          THEN TRUE
          WHEN NOT (
            ast_latest.v1 < CAST(3.0 AS DOUBLE PRECISION)
          )
          THEN FALSE
        END
        AND CASE
          WHEN alt_latest.v3 < CAST(3.0 AS DOUBLE PRECISION)
          THEN TRUE
          WHEN NOT (
            alt_latest.v1 < CAST(3.0 AS DOUBLE PRECISION)
          )
          THEN FALSE
        END
        AND CASE
          WHEN total_bilirubin_latest.v3 < CAST(3.0 AS DOUBLE PRECISION)
          THEN TRUE
          WHEN NOT (
            total_bilirubin_latest.v1 < CAST(3.0 AS DOUBLE PRECISION)
          )
          THEN FALSE
        END
      )
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "I9",
    CASE pt.att_informed_consent_value_bool
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "I10",
    CASE
      WHEN pt.att_sexually_active_value_bool IS FALSE
      THEN 'not_applicable'
      ELSE CASE (
          NOT pt.att_sexually_active_value_bool OR pt.att_contraception_agreed_value_bool
        )
        WHEN TRUE
        THEN 'met'
        WHEN FALSE
        THEN 'not_met'
        ELSE 'unknown'
      END
    END AS "I11",
    CASE CASE
        WHEN pt.conditions_collected IS TRUE
        THEN CASE COALESCE(condition_queries_1.leukaemia_grade, 0)
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
    CASE pt.att_high_risk_comorbidity_value_bool
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "E2",
    CASE (
        CASE
          WHEN pt.procedures_collected IS TRUE
          THEN CASE COALESCE(procedure_queries_1.hsct_procedure_grade, 0)
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
    END AS "E3",
    CASE pt.att_persistent_marrow_involvement_value_bool
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "E4",
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
    END AS "E5",
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
    END AS "E6",
    CASE (
        CASE
          WHEN body_temperature_latest.v0 > CAST(38.5 AS DOUBLE PRECISION)
          THEN TRUE
          WHEN NOT (
            body_temperature_latest.v2 > CAST(38.5 AS DOUBLE PRECISION)
          )
          THEN FALSE
        END
        OR (
          (
            CASE
              WHEN body_temperature_latest.v0 >= CAST(37.0 AS DOUBLE PRECISION)
              THEN TRUE
              WHEN NOT (
                body_temperature_latest.v2 >= CAST(37.0 AS DOUBLE PRECISION)
              )
              THEN FALSE
            END
            AND CASE
              WHEN body_temperature_latest.v2 <= CAST(38.5 AS DOUBLE PRECISION)
              THEN TRUE
              WHEN NOT (
                body_temperature_latest.v0 <= CAST(38.5 AS DOUBLE PRECISION)
              )
              THEN FALSE
            END
          )
          AND (
            NOT pt.att_infection_ruled_out_as_fever_cause_value_bool
          )
        )
      )
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "E7",
    CASE (
        CASE
          WHEN pt.conditions_collected IS TRUE
          THEN CASE COALESCE(condition_queries_1.hiv_or_aids_grade, 0)
            WHEN 2
            THEN TRUE
            WHEN 1
            THEN CAST(NULL AS BOOLEAN)
            ELSE FALSE
          END
        END
        OR CASE
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
          WHEN pt.conditions_collected IS TRUE
          THEN CASE COALESCE(condition_queries_1.hepatitis_b_grade, 0)
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
    END AS "E8",
    CASE (
        (
          pt.sex = 'female'
        )
        AND pt.att_post_pubertal_value_bool
        AND (
          pregnancy_test_latest.v0 = 'positive'
        )
      )
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "E9",
    CASE pt.att_cardiac_abnormality_value_bool
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "E10",
    CASE pt.att_investigational_drug_recent_value_bool
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "E11",
    CASE pt.att_unable_to_adhere_value_bool
      WHEN TRUE
      THEN 'met'
      WHEN FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "E12"
  FROM patient_facts AS pt
  LEFT JOIN condition_queries_1 AS condition_queries_1
    ON condition_queries_1.patient_id = pt.patient_id
  LEFT JOIN karnofsky_latest AS karnofsky_latest
    ON karnofsky_latest.patient_id = pt.patient_id
  LEFT JOIN lansky_latest AS lansky_latest
    ON lansky_latest.patient_id = pt.patient_id
  LEFT JOIN anc_latest AS anc_latest
    ON anc_latest.patient_id = pt.patient_id
  LEFT JOIN platelets_latest AS platelets_latest
    ON platelets_latest.patient_id = pt.patient_id
  LEFT JOIN gfr_schwartz_latest AS gfr_schwartz_latest
    ON gfr_schwartz_latest.patient_id = pt.patient_id
  LEFT JOIN ast_latest AS ast_latest
    ON ast_latest.patient_id = pt.patient_id
  LEFT JOIN alt_latest AS alt_latest
    ON alt_latest.patient_id = pt.patient_id
  LEFT JOIN total_bilirubin_latest AS total_bilirubin_latest
    ON total_bilirubin_latest.patient_id = pt.patient_id
  LEFT JOIN procedure_queries_1 AS procedure_queries_1
    ON procedure_queries_1.patient_id = pt.patient_id
  LEFT JOIN adverse_event_queries_1 AS adverse_event_queries_1
    ON adverse_event_queries_1.patient_id = pt.patient_id
  LEFT JOIN body_temperature_latest AS body_temperature_latest
    ON body_temperature_latest.patient_id = pt.patient_id
  LEFT JOIN pregnancy_test_latest AS pregnancy_test_latest
    ON pregnancy_test_latest.patient_id = pt.patient_id
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
  "I9",
  "I10",
  "I11",
  "E1",
  "E2",
  "E3",
  "E4",
  "E5",
  "E6",
  "E7",
  "E8",
  "E9",
  "E10",
  "E11",
  "E12",
  CASE
    WHEN "I1" = 'not_met'
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
    OR "E1" = 'met'
    OR "E2" = 'met'
    OR "E3" = 'met'
    OR "E4" = 'met'
    OR "E5" = 'met'
    OR "E6" = 'met'
    OR "E7" = 'met'
    OR "E8" = 'met'
    OR "E9" = 'met'
    OR "E10" = 'met'
    OR "E11" = 'met'
    OR "E12" = 'met'
    THEN 'ineligible'
    WHEN "I1" = 'unknown'
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
    OR "E1" = 'unknown'
    OR "E2" = 'unknown'
    OR "E3" = 'unknown'
    OR "E4" = 'unknown'
    OR "E5" = 'unknown'
    OR "E6" = 'unknown'
    OR "E7" = 'unknown'
    OR "E8" = 'unknown'
    OR "E9" = 'unknown'
    OR "E10" = 'unknown'
    OR "E11" = 'unknown'
    OR "E12" = 'unknown'
    THEN 'undetermined'
    ELSE 'eligible'
  END AS "verdict"
FROM outcomes
ORDER BY
  "patient_id"
