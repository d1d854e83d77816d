WITH outcomes AS (
  SELECT
    pt.patient_id AS "patient_id",
    CASE
      WHEN CASE
        WHEN (
          CASE
            WHEN CASE
              WHEN ref_0.lo >= pt.birth_hi
              THEN (
                EXTRACT(YEAR FROM ref_0.lo) - EXTRACT(YEAR FROM pt.birth_hi)
              ) * 12 + (
                EXTRACT(MONTH FROM ref_0.lo) - EXTRACT(MONTH FROM pt.birth_hi)
              ) - CASE
                WHEN EXTRACT(DAY FROM ref_0.lo) < EXTRACT(DAY FROM pt.birth_hi)
                THEN 1
                ELSE 0
              END
              ELSE (
                EXTRACT(YEAR FROM ref_0.lo) - EXTRACT(YEAR FROM pt.birth_hi)
              ) * 12 + (
                EXTRACT(MONTH FROM ref_0.lo) - EXTRACT(MONTH FROM pt.birth_hi)
              ) + CASE
                WHEN EXTRACT(DAY FROM pt.birth_hi) < EXTRACT(DAY FROM ref_0.lo)
                THEN 1
                ELSE 0
              END
            END >= 0
            THEN FLOOR(
              ABS(
                CASE
                  WHEN ref_0.lo >= pt.birth_hi
                  THEN (
                    EXTRACT(YEAR FROM ref_0.lo) - EXTRACT(YEAR FROM pt.birth_hi)
                  ) * 12 + (
                    EXTRACT(MONTH FROM ref_0.lo) - EXTRACT(MONTH FROM pt.birth_hi)
                  ) - CASE
                    WHEN EXTRACT(DAY FROM ref_0.lo) < EXTRACT(DAY FROM pt.birth_hi)
                    THEN 1
                    ELSE 0
                  END
                  ELSE (
                    EXTRACT(YEAR FROM ref_0.lo) - EXTRACT(YEAR FROM pt.birth_hi)
                  ) * 12 + (
                    EXTRACT(MONTH FROM ref_0.lo) - EXTRACT(MONTH FROM pt.birth_hi)
                  ) + CASE
                    WHEN EXTRACT(DAY FROM pt.birth_hi) < EXTRACT(DAY FROM ref_0.lo)
                    THEN 1
                    ELSE 0
                  END
                END
              ) / CAST(12.0 AS DOUBLE PRECISION)
            )
            ELSE -FLOOR(
              ABS(
                CASE
                  WHEN ref_0.lo >= pt.birth_hi
                  THEN (
                    EXTRACT(YEAR FROM ref_0.lo) - EXTRACT(YEAR FROM pt.birth_hi)
                  ) * 12 + (
                    EXTRACT(MONTH FROM ref_0.lo) - EXTRACT(MONTH FROM pt.birth_hi)
                  ) - CASE
                    WHEN EXTRACT(DAY FROM ref_0.lo) < EXTRACT(DAY FROM pt.birth_hi)
                    THEN 1
                    ELSE 0
                  END
                  ELSE (
                    EXTRACT(YEAR FROM ref_0.lo) - EXTRACT(YEAR FROM pt.birth_hi)
                  ) * 12 + (
                    EXTRACT(MONTH FROM ref_0.lo) - EXTRACT(MONTH FROM pt.birth_hi)
                  ) + CASE
                    WHEN EXTRACT(DAY FROM pt.birth_hi) < EXTRACT(DAY FROM ref_0.lo)
                    THEN 1
                    ELSE 0
                  END
                END
              ) / CAST(12.0 AS DOUBLE PRECISION)
            )
          END >= CAST(18.0 AS DOUBLE PRECISION)
        ) = (
          CASE
            WHEN CASE
              WHEN ref_0.hi >= pt.birth_lo
              THEN (
                EXTRACT(YEAR FROM ref_0.hi) - EXTRACT(YEAR FROM pt.birth_lo)
              ) * 12 + (
                EXTRACT(MONTH FROM ref_0.hi) - EXTRACT(MONTH FROM pt.birth_lo)
              ) - CASE
                WHEN EXTRACT(DAY FROM ref_0.hi) < EXTRACT(DAY FROM pt.birth_lo)
                THEN 1
                ELSE 0
              END
              ELSE (
                EXTRACT(YEAR FROM ref_0.hi) - EXTRACT(YEAR FROM pt.birth_lo)
              ) * 12 + (
                EXTRACT(MONTH FROM ref_0.hi) - EXTRACT(MONTH FROM pt.birth_lo)
              ) + CASE
                WHEN EXTRACT(DAY FROM pt.birth_lo) < EXTRACT(DAY FROM ref_0.hi)
                THEN 1
                ELSE 0
              END
            END >= 0
            THEN FLOOR(
              ABS(
                CASE
                  WHEN ref_0.hi >= pt.birth_lo
                  THEN (
                    EXTRACT(YEAR FROM ref_0.hi) - EXTRACT(YEAR FROM pt.birth_lo)
                  ) * 12 + (
                    EXTRACT(MONTH FROM ref_0.hi) - EXTRACT(MONTH FROM pt.birth_lo)
                  ) - CASE
                    WHEN EXTRACT(DAY FROM ref_0.hi) < EXTRACT(DAY FROM pt.birth_lo)
                    THEN 1
                    ELSE 0
                  END
                  ELSE (
                    EXTRACT(YEAR FROM ref_0.hi) - EXTRACT(YEAR FROM pt.birth_lo)
                  ) * 12 + (
                    EXTRACT(MONTH FROM ref_0.hi) - EXTRACT(MONTH FROM pt.birth_lo)
                  ) + CASE
                    WHEN EXTRACT(DAY FROM pt.birth_lo) < EXTRACT(DAY FROM ref_0.hi)
                    THEN 1
                    ELSE 0
                  END
                END
              ) / CAST(12.0 AS DOUBLE PRECISION)
            )
            ELSE -FLOOR(
              ABS(
                CASE
                  WHEN ref_0.hi >= pt.birth_lo
                  THEN (
                    EXTRACT(YEAR FROM ref_0.hi) - EXTRACT(YEAR FROM pt.birth_lo)
                  ) * 12 + (
                    EXTRACT(MONTH FROM ref_0.hi) - EXTRACT(MONTH FROM pt.birth_lo)
                  ) - CASE
                    WHEN EXTRACT(DAY FROM ref_0.hi) < EXTRACT(DAY FROM pt.birth_lo)
                    THEN 1
                    ELSE 0
                  END
                  ELSE (
                    EXTRACT(YEAR FROM ref_0.hi) - EXTRACT(YEAR FROM pt.birth_lo)
                  ) * 12 + (
                    EXTRACT(MONTH FROM ref_0.hi) - EXTRACT(MONTH FROM pt.birth_lo)
                  ) + CASE
                    WHEN EXTRACT(DAY FROM pt.birth_lo) < EXTRACT(DAY FROM ref_0.hi)
                    THEN 1
                    ELSE 0
                  END
                END
              ) / CAST(12.0 AS DOUBLE PRECISION)
            )
          END >= CAST(18.0 AS DOUBLE PRECISION)
        )
        THEN CASE
          WHEN CASE
            WHEN ref_0.lo >= pt.birth_hi
            THEN (
              EXTRACT(YEAR FROM ref_0.lo) - EXTRACT(YEAR FROM pt.birth_hi)
            ) * 12 + (
              EXTRACT(MONTH FROM ref_0.lo) - EXTRACT(MONTH FROM pt.birth_hi)
            ) - CASE
              WHEN EXTRACT(DAY FROM ref_0.lo) < EXTRACT(DAY FROM pt.birth_hi)
              THEN 1
              ELSE 0
            END
            ELSE (
              EXTRACT(YEAR FROM ref_0.lo) - EXTRACT(YEAR FROM pt.birth_hi)
            ) * 12 + (
              EXTRACT(MONTH FROM ref_0.lo) - EXTRACT(MONTH FROM pt.birth_hi)
            ) + CASE
              WHEN EXTRACT(DAY FROM pt.birth_hi) < EXTRACT(DAY FROM ref_0.lo)
              THEN 1
              ELSE 0
            END
          END >= 0
          THEN FLOOR(
            ABS(
              CASE
                WHEN ref_0.lo >= pt.birth_hi
                THEN (
                  EXTRACT(YEAR FROM ref_0.lo) - EXTRACT(YEAR FROM pt.birth_hi)
                ) * 12 + (
                  EXTRACT(MONTH FROM ref_0.lo) - EXTRACT(MONTH FROM pt.birth_hi)
                ) - CASE
                  WHEN EXTRACT(DAY FROM ref_0.lo) < EXTRACT(DAY FROM pt.birth_hi)
                  THEN 1
                  ELSE 0
                END
                ELSE (
                  EXTRACT(YEAR FROM ref_0.lo) - EXTRACT(YEAR FROM pt.birth_hi)
                ) * 12 + (
                  EXTRACT(MONTH FROM ref_0.lo) - EXTRACT(MONTH FROM pt.birth_hi)
                ) + CASE
                  WHEN EXTRACT(DAY FROM pt.birth_hi) < EXTRACT(DAY FROM ref_0.lo)
                  THEN 1
                  ELSE 0
                END
              END
            ) / CAST(12.0 AS DOUBLE PRECISION)
          )
          ELSE -FLOOR(
            ABS(
              CASE
                WHEN ref_0.lo >= pt.birth_hi
                THEN (
                  EXTRACT(YEAR FROM ref_0.lo) - EXTRACT(YEAR FROM pt.birth_hi)
                ) * 12 + (
                  EXTRACT(MONTH FROM ref_0.lo) - EXTRACT(MONTH FROM pt.birth_hi)
                ) - CASE
                  WHEN EXTRACT(DAY FROM ref_0.lo) < EXTRACT(DAY FROM pt.birth_hi)
                  THEN 1
                  ELSE 0
                END
                ELSE (
                  EXTRACT(YEAR FROM ref_0.lo) - EXTRACT(YEAR FROM pt.birth_hi)
                ) * 12 + (
                  EXTRACT(MONTH FROM ref_0.lo) - EXTRACT(MONTH FROM pt.birth_hi)
                ) + CASE
                  WHEN EXTRACT(DAY FROM pt.birth_hi) < EXTRACT(DAY FROM ref_0.lo)
                  THEN 1
                  ELSE 0
                END
              END
            ) / CAST(12.0 AS DOUBLE PRECISION)
          )
        END >= CAST(18.0 AS DOUBLE PRECISION)
      END IS TRUE
      THEN 'met'
      WHEN CASE
        WHEN (
          CASE
            WHEN CASE
              WHEN ref_0.lo >= pt.birth_hi
              THEN (
                EXTRACT(YEAR FROM ref_0.lo) - EXTRACT(YEAR FROM pt.birth_hi)
              ) * 12 + (
                EXTRACT(MONTH FROM ref_0.lo) - EXTRACT(MONTH FROM pt.birth_hi)
              ) - CASE
                WHEN EXTRACT(DAY FROM ref_0.lo) < EXTRACT(DAY FROM pt.birth_hi)
                THEN 1
                ELSE 0
              END
              ELSE (
                EXTRACT(YEAR FROM ref_0.lo) - EXTRACT(YEAR FROM pt.birth_hi)
              ) * 12 + (
                EXTRACT(MONTH FROM ref_0.lo) - EXTRACT(MONTH FROM pt.birth_hi)
              ) + CASE
                WHEN EXTRACT(DAY FROM pt.birth_hi) < EXTRACT(DAY FROM ref_0.lo)
                THEN 1
                ELSE 0
              END
            END >= 0
            THEN FLOOR(
              ABS(
                CASE
                  WHEN ref_0.lo >= pt.birth_hi
                  THEN (
                    EXTRACT(YEAR FROM ref_0.lo) - EXTRACT(YEAR FROM pt.birth_hi)
                  ) * 12 + (
                    EXTRACT(MONTH FROM ref_0.lo) - EXTRACT(MONTH FROM pt.birth_hi)
                  ) - CASE
                    WHEN EXTRACT(DAY FROM ref_0.lo) < EXTRACT(DAY FROM pt.birth_hi)
                    THEN 1
                    ELSE 0
                  END
                  ELSE (
                    EXTRACT(YEAR FROM ref_0.lo) - EXTRACT(YEAR FROM pt.birth_hi)
                  ) * 12 + (
                    EXTRACT(MONTH FROM ref_0.lo) - EXTRACT(MONTH FROM pt.birth_hi)
                  ) + CASE
                    WHEN EXTRACT(DAY FROM pt.birth_hi) < EXTRACT(DAY FROM ref_0.lo)
                    THEN 1
                    ELSE 0
                  END
                END
              ) / CAST(12.0 AS DOUBLE PRECISION)
            )
            ELSE -FLOOR(
              ABS(
                CASE
                  WHEN ref_0.lo >= pt.birth_hi
                  THEN (
                    EXTRACT(YEAR FROM ref_0.lo) - EXTRACT(YEAR FROM pt.birth_hi)
                  ) * 12 + (
                    EXTRACT(MONTH FROM ref_0.lo) - EXTRACT(MONTH FROM pt.birth_hi)
                  ) - CASE
                    WHEN EXTRACT(DAY FROM ref_0.lo) < EXTRACT(DAY FROM pt.birth_hi)
                    THEN 1
                    ELSE 0
                  END
                  ELSE (
                    EXTRACT(YEAR FROM ref_0.lo) - EXTRACT(YEAR FROM pt.birth_hi)
                  ) * 12 + (
                    EXTRACT(MONTH FROM ref_0.lo) - EXTRACT(MONTH FROM pt.birth_hi)
                  ) + CASE
                    WHEN EXTRACT(DAY FROM pt.birth_hi) < EXTRACT(DAY FROM ref_0.lo)
                    THEN 1
                    ELSE 0
                  END
                END
              ) / CAST(12.0 AS DOUBLE PRECISION)
            )
          END >= CAST(18.0 AS DOUBLE PRECISION)
        ) = (
          CASE
            WHEN CASE
              WHEN ref_0.hi >= pt.birth_lo
              THEN (
                EXTRACT(YEAR FROM ref_0.hi) - EXTRACT(YEAR FROM pt.birth_lo)
              ) * 12 + (
                EXTRACT(MONTH FROM ref_0.hi) - EXTRACT(MONTH FROM pt.birth_lo)
              ) - CASE
                WHEN EXTRACT(DAY FROM ref_0.hi) < EXTRACT(DAY FROM pt.birth_lo)
                THEN 1
                ELSE 0
              END
              ELSE (
                EXTRACT(YEAR FROM ref_0.hi) - EXTRACT(YEAR FROM pt.birth_lo)
              ) * 12 + (
                EXTRACT(MONTH FROM ref_0.hi) - EXTRACT(MONTH FROM pt.birth_lo)
              ) + CASE
                WHEN EXTRACT(DAY FROM pt.birth_lo) < EXTRACT(DAY FROM ref_0.hi)
                THEN 1
                ELSE 0
              END
            END >= 0
            THEN FLOOR(
              ABS(
                CASE
                  WHEN ref_0.hi >= pt.birth_lo
                  THEN (
                    EXTRACT(YEAR FROM ref_0.hi) - EXTRACT(YEAR FROM pt.birth_lo)
                  ) * 12 + (
                    EXTRACT(MONTH FROM ref_0.hi) - EXTRACT(MONTH FROM pt.birth_lo)
                  ) - CASE
                    WHEN EXTRACT(DAY FROM ref_0.hi) < EXTRACT(DAY FROM pt.birth_lo)
                    THEN 1
                    ELSE 0
                  END
                  ELSE (
                    EXTRACT(YEAR FROM ref_0.hi) - EXTRACT(YEAR FROM pt.birth_lo)
                  ) * 12 + (
                    EXTRACT(MONTH FROM ref_0.hi) - EXTRACT(MONTH FROM pt.birth_lo)
                  ) + CASE
                    WHEN EXTRACT(DAY FROM pt.birth_lo) < EXTRACT(DAY FROM ref_0.hi)
                    THEN 1
                    ELSE 0
                  END
                END
              ) / CAST(12.0 AS DOUBLE PRECISION)
            )
            ELSE -FLOOR(
              ABS(
                CASE
                  WHEN ref_0.hi >= pt.birth_lo
                  THEN (
                    EXTRACT(YEAR FROM ref_0.hi) - EXTRACT(YEAR FROM pt.birth_lo)
                  ) * 12 + (
                    EXTRACT(MONTH FROM ref_0.hi) - EXTRACT(MONTH FROM pt.birth_lo)
                  ) - CASE
                    WHEN EXTRACT(DAY FROM ref_0.hi) < EXTRACT(DAY FROM pt.birth_lo)
                    THEN 1
                    ELSE 0
                  END
                  ELSE (
                    EXTRACT(YEAR FROM ref_0.hi) - EXTRACT(YEAR FROM pt.birth_lo)
                  ) * 12 + (
                    EXTRACT(MONTH FROM ref_0.hi) - EXTRACT(MONTH FROM pt.birth_lo)
                  ) + CASE
                    WHEN EXTRACT(DAY FROM pt.birth_lo) < EXTRACT(DAY FROM ref_0.hi)
                    THEN 1
                    ELSE 0
                  END
                END
              ) / CAST(12.0 AS DOUBLE PRECISION)
            )
          END >= CAST(18.0 AS DOUBLE PRECISION)
        )
        THEN CASE
          WHEN CASE
            WHEN ref_0.lo >= pt.birth_hi
            THEN (
              EXTRACT(YEAR FROM ref_0.lo) - EXTRACT(YEAR FROM pt.birth_hi)
            ) * 12 + (
              EXTRACT(MONTH FROM ref_0.lo) - EXTRACT(MONTH FROM pt.birth_hi)
            ) - CASE
              WHEN EXTRACT(DAY FROM ref_0.lo) < EXTRACT(DAY FROM pt.birth_hi)
              THEN 1
              ELSE 0
            END
            ELSE (
              EXTRACT(YEAR FROM ref_0.lo) - EXTRACT(YEAR FROM pt.birth_hi)
            ) * 12 + (
              EXTRACT(MONTH FROM ref_0.lo) - EXTRACT(MONTH FROM pt.birth_hi)
            ) + CASE
              WHEN EXTRACT(DAY FROM pt.birth_hi) < EXTRACT(DAY FROM ref_0.lo)
              THEN 1
              ELSE 0
            END
          END >= 0
          THEN FLOOR(
            ABS(
              CASE
                WHEN ref_0.lo >= pt.birth_hi
                THEN (
                  EXTRACT(YEAR FROM ref_0.lo) - EXTRACT(YEAR FROM pt.birth_hi)
                ) * 12 + (
                  EXTRACT(MONTH FROM ref_0.lo) - EXTRACT(MONTH FROM pt.birth_hi)
                ) - CASE
                  WHEN EXTRACT(DAY FROM ref_0.lo) < EXTRACT(DAY FROM pt.birth_hi)
                  THEN 1
                  ELSE 0
                END
                ELSE (
                  EXTRACT(YEAR FROM ref_0.lo) - EXTRACT(YEAR FROM pt.birth_hi)
                ) * 12 + (
                  EXTRACT(MONTH FROM ref_0.lo) - EXTRACT(MONTH FROM pt.birth_hi)
                ) + CASE
                  WHEN EXTRACT(DAY FROM pt.birth_hi) < EXTRACT(DAY FROM ref_0.lo)
                  THEN 1
                  ELSE 0
                END
              END
            ) / CAST(12.0 AS DOUBLE PRECISION)
          )
          ELSE -FLOOR(
            ABS(
              CASE
                WHEN ref_0.lo >= pt.birth_hi
                THEN (
                  EXTRACT(YEAR FROM ref_0.lo) - EXTRACT(YEAR FROM pt.birth_hi)
                ) * 12 + (
                  EXTRACT(MONTH FROM ref_0.lo) - EXTRACT(MONTH FROM pt.birth_hi)
                ) - CASE
                  WHEN EXTRACT(DAY FROM ref_0.lo) < EXTRACT(DAY FROM pt.birth_hi)
                  THEN 1
                  ELSE 0
                END
                ELSE (
                  EXTRACT(YEAR FROM ref_0.lo) - EXTRACT(YEAR FROM pt.birth_hi)
                ) * 12 + (
                  EXTRACT(MONTH FROM ref_0.lo) - EXTRACT(MONTH FROM pt.birth_hi)
                ) + CASE
                  WHEN EXTRACT(DAY FROM pt.birth_hi) < EXTRACT(DAY FROM ref_0.lo)
                  THEN 1
                  ELSE 0
                END
              END
            ) / CAST(12.0 AS DOUBLE PRECISION)
          )
        END >= CAST(18.0 AS DOUBLE PRECISION)
      END IS FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "I1",
    CASE
      WHEN CASE
        WHEN pt.conditions_collected IS TRUE
        THEN CASE (
            SELECT
              MAX(g)
            FROM (
              SELECT
                COALESCE(
                  CAST(CASE
                    WHEN NOT (
                      NOT r0.confirmed_by IS NULL
                    )
                    THEN CAST(NULL AS BOOLEAN)
                    ELSE (
                      (
                        r0.confirmed_by = 'histopathology'
                      ) OR (
                        r0.confirmed_by = 'cytology'
                      )
                    )
                  END AS INT) * 2,
                  1
                ) AS g
              FROM conditions AS r0
              WHERE
                r0.patient_id = pt.patient_id
                AND (
                  r0.system = 'SNOMED' AND r0.code IN ('254626006')
                )
            ) AS r1
          )
          WHEN 2
          THEN TRUE
          WHEN 1
          THEN CAST(NULL AS BOOLEAN)
          ELSE FALSE
        END
      END IS TRUE
      THEN 'met'
      WHEN CASE
        WHEN pt.conditions_collected IS TRUE
        THEN CASE (
            SELECT
              MAX(g)
            FROM (
              SELECT
                COALESCE(
                  CAST(CASE
                    WHEN NOT (
                      NOT r0.confirmed_by IS NULL
                    )
                    THEN CAST(NULL AS BOOLEAN)
                    ELSE (
                      (
                        r0.confirmed_by = 'histopathology'
                      ) OR (
                        r0.confirmed_by = 'cytology'
                      )
                    )
                  END AS INT) * 2,
                  1
                ) AS g
              FROM conditions AS r0
              WHERE
                r0.patient_id = pt.patient_id
                AND (
                  r0.system = 'SNOMED' AND r0.code IN ('254626006')
                )
            ) AS r1
          )
          WHEN 2
          THEN TRUE
          WHEN 1
          THEN CAST(NULL AS BOOLEAN)
          ELSE FALSE
        END
      END IS FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "I2",
    CASE
      WHEN (
        CASE
          WHEN pt.conditions_collected IS TRUE
          THEN CASE (
              SELECT
                MAX(g)
              FROM (
                SELECT
                  COALESCE(
                    CAST(CASE
                      WHEN NOT (
                        NOT r2.extent IS NULL
                      )
                      THEN CAST(NULL AS BOOLEAN)
                      ELSE (
                        (
                          r2.extent = 'locally_advanced'
                        ) OR (
                          r2.extent = 'metastatic'
                        )
                      )
                    END AS INT) * 2,
                    1
                  ) AS g
                FROM conditions AS r2
                WHERE
                  r2.patient_id = pt.patient_id
                  AND (
                    (
                      r2.system = 'SNOMED' AND r2.code IN ('254637007', '254626006')
                    )
                    OR (
                      r2.system = 'ICD10CM' AND SUBSTRING(r2.code FROM 1 FOR 3) = 'C34'
                    )
                  )
              ) AS r3
            )
            WHEN 2
            THEN TRUE
            WHEN 1
            THEN CAST(NULL AS BOOLEAN)
            ELSE FALSE
          END
        END
        AND (
          NOT att_0.value_bool
        )
      ) IS TRUE
      THEN 'met'
      WHEN (
        CASE
          WHEN pt.conditions_collected IS TRUE
          THEN CASE (
              SELECT
                MAX(g)
              FROM (
                SELECT
                  COALESCE(
                    CAST(CASE
                      WHEN NOT (
                        NOT r2.extent IS NULL
                      )
                      THEN CAST(NULL AS BOOLEAN)
                      ELSE (
                        (
                          r2.extent = 'locally_advanced'
                        ) OR (
                          r2.extent = 'metastatic'
                        )
                      )
                    END AS INT) * 2,
                    1
                  ) AS g
                FROM conditions AS r2
                WHERE
                  r2.patient_id = pt.patient_id
                  AND (
                    (
                      r2.system = 'SNOMED' AND r2.code IN ('254637007', '254626006')
                    )
                    OR (
                      r2.system = 'ICD10CM' AND SUBSTRING(r2.code FROM 1 FOR 3) = 'C34'
                    )
                  )
              ) AS r3
            )
            WHEN 2
            THEN TRUE
            WHEN 1
            THEN CAST(NULL AS BOOLEAN)
            ELSE FALSE
          END
        END
        AND (
          NOT att_0.value_bool
        )
      ) IS FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "I3",
    CASE
      WHEN CASE
        WHEN pt.observations_collected IS TRUE
        THEN CASE (
            SELECT
              MAX(g)
            FROM (
              SELECT
                COALESCE(
                  CAST(CASE
                    WHEN NOT (
                      NOT CASE
                        WHEN COALESCE(r4.value_text, r4.value_code) IN ('exon_19_deletion', 'l858r', 'other_mutation', 'not_detected')
                        THEN COALESCE(r4.value_text, r4.value_code)
                      END IS NULL
                    )
                    THEN CAST(NULL AS BOOLEAN)
                    ELSE (
                      (
                        CASE
                          WHEN COALESCE(r4.value_text, r4.value_code) IN ('exon_19_deletion', 'l858r', 'other_mutation', 'not_detected')
                          THEN COALESCE(r4.value_text, r4.value_code)
                        END = 'exon_19_deletion'
                      )
                      OR (
                        CASE
                          WHEN COALESCE(r4.value_text, r4.value_code) IN ('exon_19_deletion', 'l858r', 'other_mutation', 'not_detected')
                          THEN COALESCE(r4.value_text, r4.value_code)
                        END = 'l858r'
                      )
                    )
                  END AS INT) * 2,
                  1
                ) AS g
              FROM observations AS r4
              WHERE
                r4.patient_id = pt.patient_id
                AND (
                  r4.system = 'LOINC' AND r4.code IN ('21665-5')
                )
            ) AS r5
          )
          WHEN 2
          THEN TRUE
          WHEN 1
          THEN CAST(NULL AS BOOLEAN)
          ELSE FALSE
        END
      END IS TRUE
      THEN 'met'
      WHEN CASE
        WHEN pt.observations_collected IS TRUE
        THEN CASE (
            SELECT
              MAX(g)
            FROM (
              SELECT
                COALESCE(
                  CAST(CASE
                    WHEN NOT (
                      NOT CASE
                        WHEN COALESCE(r4.value_text, r4.value_code) IN ('exon_19_deletion', 'l858r', 'other_mutation', 'not_detected')
                        THEN COALESCE(r4.value_text, r4.value_code)
                      END IS NULL
                    )
                    THEN CAST(NULL AS BOOLEAN)
                    ELSE (
                      (
                        CASE
                          WHEN COALESCE(r4.value_text, r4.value_code) IN ('exon_19_deletion', 'l858r', 'other_mutation', 'not_detected')
                          THEN COALESCE(r4.value_text, r4.value_code)
                        END = 'exon_19_deletion'
                      )
                      OR (
                        CASE
                          WHEN COALESCE(r4.value_text, r4.value_code) IN ('exon_19_deletion', 'l858r', 'other_mutation', 'not_detected')
                          THEN COALESCE(r4.value_text, r4.value_code)
                        END = 'l858r'
                      )
                    )
                  END AS INT) * 2,
                  1
                ) AS g
              FROM observations AS r4
              WHERE
                r4.patient_id = pt.patient_id
                AND (
                  r4.system = 'LOINC' AND r4.code IN ('21665-5')
                )
            ) AS r5
          )
          WHEN 2
          THEN TRUE
          WHEN 1
          THEN CAST(NULL AS BOOLEAN)
          ELSE FALSE
        END
      END IS FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "I4",
    CASE
      WHEN att_1.value_bool IS TRUE
      THEN 'met'
      WHEN att_1.value_bool IS FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "I5",
    CASE
      WHEN (
        (
          NOT CASE
            WHEN pt.medications_collected IS TRUE
            THEN CASE (
                SELECT
                  MAX(g)
                FROM (
                  SELECT
                    COALESCE(
                      CAST((
                        CASE
                          WHEN r6.start_hi < ref_1.lo
                          THEN TRUE
                          WHEN r6.start_lo >= ref_1.hi
                          THEN FALSE
                        END
                        AND CASE
                          WHEN pt.conditions_collected IS TRUE
                          THEN CASE (
                              SELECT
                                MAX(g)
                              FROM (
                                SELECT
                                  COALESCE(
                                    CAST((
                                      CASE
                                        WHEN NOT (
                                          NOT r7.extent IS NULL
                                        )
                                        THEN CAST(NULL AS BOOLEAN)
                                        ELSE (
                                          (
                                            r7.extent = 'locally_advanced'
                                          ) OR (
                                            r7.extent = 'metastatic'
                                          )
                                        )
                                      END
                                      AND CASE
                                        WHEN r7.onset_hi <= r6.start_lo
                                        THEN TRUE
                                        WHEN r7.onset_lo > r6.start_hi
                                        THEN FALSE
                                      END
                                    ) AS INT) * 2,
                                    1
                                  ) AS g
                                FROM conditions AS r7
                                WHERE
                                  r7.patient_id = pt.patient_id
                                  AND (
                                    (
                                      r7.system = 'SNOMED' AND r7.code IN ('254637007', '254626006')
                                    )
                                    OR (
                                      r7.system = 'ICD10CM' AND SUBSTRING(r7.code FROM 1 FOR 3) = 'C34'
                                    )
                                  )
                              ) AS r8
                            )
                            WHEN 2
                            THEN TRUE
                            WHEN 1
                            THEN CAST(NULL AS BOOLEAN)
                            ELSE FALSE
                          END
                        END
                      ) AS INT) * 2,
                      1
                    ) AS g
                  FROM medications AS r6
                  WHERE
                    r6.patient_id = pt.patient_id
                    AND (
                      r6.system = 'ATC' AND SUBSTRING(r6.code FROM 1 FOR 3) = 'L01'
                    )
                ) AS r9
              )
              WHEN 2
              THEN TRUE
              WHEN 1
              THEN CAST(NULL AS BOOLEAN)
              ELSE FALSE
            END
          END
        )
        AND att_2.value_bool
      ) IS TRUE
      THEN 'met'
      WHEN (
        (
          NOT CASE
            WHEN pt.medications_collected IS TRUE
            THEN CASE (
                SELECT
                  MAX(g)
                FROM (
                  SELECT
                    COALESCE(
                      CAST((
                        CASE
                          WHEN r6.start_hi < ref_1.lo
                          THEN TRUE
                          WHEN r6.start_lo >= ref_1.hi
                          THEN FALSE
                        END
                        AND CASE
                          WHEN pt.conditions_collected IS TRUE
                          THEN CASE (
                              SELECT
                                MAX(g)
                              FROM (
                                SELECT
                                  COALESCE(
                                    CAST((
                                      CASE
                                        WHEN NOT (
                                          NOT r7.extent IS NULL
                                        )
                                        THEN CAST(NULL AS BOOLEAN)
                                        ELSE (
                                          (
                                            r7.extent = 'locally_advanced'
                                          ) OR (
                                            r7.extent = 'metastatic'
                                          )
                                        )
                                      END
                                      AND CASE
                                        WHEN r7.onset_hi <= r6.start_lo
                                        THEN TRUE
                                        WHEN r7.onset_lo > r6.start_hi
                                        THEN FALSE
                                      END
                                    ) AS INT) * 2,
                                    1
                                  ) AS g
                                FROM conditions AS r7
                                WHERE
                                  r7.patient_id = pt.patient_id
                                  AND (
                                    (
                                      r7.system = 'SNOMED' AND r7.code IN ('254637007', '254626006')
                                    )
                                    OR (
                                      r7.system = 'ICD10CM' AND SUBSTRING(r7.code FROM 1 FOR 3) = 'C34'
                                    )
                                  )
                              ) AS r8
                            )
                            WHEN 2
                            THEN TRUE
                            WHEN 1
                            THEN CAST(NULL AS BOOLEAN)
                            ELSE FALSE
                          END
                        END
                      ) AS INT) * 2,
                      1
                    ) AS g
                  FROM medications AS r6
                  WHERE
                    r6.patient_id = pt.patient_id
                    AND (
                      r6.system = 'ATC' AND SUBSTRING(r6.code FROM 1 FOR 3) = 'L01'
                    )
                ) AS r9
              )
              WHEN 2
              THEN TRUE
              WHEN 1
              THEN CAST(NULL AS BOOLEAN)
              ELSE FALSE
            END
          END
        )
        AND att_2.value_bool
      ) IS FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "I6",
    CASE
      WHEN att_3.value_bool IS TRUE
      THEN 'met'
      WHEN att_3.value_bool IS FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "I7",
    CASE
      WHEN (
        (
          (
            (
              SELECT
                r10.value_num
              FROM observations AS r10
              WHERE
                r10.patient_id = pt.patient_id
                AND (
                  r10.system = 'LOINC' AND r10.code IN ('89247-1')
                )
                AND CASE
                  WHEN CAST(ref_1.hi - INTERVAL '28 DAY' AS DATE) <= r10.date_lo
                  AND r10.date_hi <= ref_1.lo
                  THEN TRUE
                  WHEN r10.date_hi < CAST(ref_1.lo - INTERVAL '28 DAY' AS DATE)
                  OR r10.date_lo > ref_1.hi
                  THEN FALSE
                END IS TRUE
                AND NOT EXISTS(
                  SELECT
                    1
                  FROM observations AS r11
                  WHERE
                    r11.patient_id = pt.patient_id
                    AND (
                      r11.system = 'LOINC' AND r11.code IN ('89247-1')
                    )
                    AND CASE
                      WHEN CAST(ref_1.hi - INTERVAL '28 DAY' AS DATE) <= r11.date_lo
                      AND r11.date_hi <= ref_1.lo
                      THEN TRUE
                      WHEN r11.date_hi < CAST(ref_1.lo - INTERVAL '28 DAY' AS DATE)
                      OR r11.date_lo > ref_1.hi
                      THEN FALSE
                    END IS TRUE
                    AND (
                      r11.date_lo > r10.date_lo
                      OR (
                        r11.date_lo = r10.date_lo AND r11.seq < r10.seq
                      )
                    )
                )
                AND NOT EXISTS(
                  SELECT
                    1
                  FROM observations AS r12
                  WHERE
                    r12.patient_id = pt.patient_id
                    AND (
                      r12.system = 'LOINC' AND r12.code IN ('89247-1')
                    )
                    AND NOT CASE
                      WHEN CAST(ref_1.hi - INTERVAL '28 DAY' AS DATE) <= r12.date_lo
                      AND r12.date_hi <= ref_1.lo
                      THEN TRUE
                      WHEN r12.date_hi < CAST(ref_1.lo - INTERVAL '28 DAY' AS DATE)
                      OR r12.date_lo > ref_1.hi
                      THEN FALSE
                    END IS FALSE
                    AND r12.seq <> r10.seq
                    AND (
                      r12.date_hi IS NULL OR r12.date_hi > r10.date_lo
                    )
                    AND NOT (
                      (
                        NOT (
                          COALESCE(
                            r12.value_num,
                            CASE
                              WHEN r12.value_bool IS TRUE
                              THEN CAST(1.0 AS DOUBLE PRECISION)
                              WHEN r12.value_bool IS FALSE
                              THEN CAST(0.0 AS DOUBLE PRECISION)
                            END
                          )
                        ) IS NULL
                        AND COALESCE(
                          r12.value_num,
                          CASE
                            WHEN r12.value_bool IS TRUE
                            THEN CAST(1.0 AS DOUBLE PRECISION)
                            WHEN r12.value_bool IS FALSE
                            THEN CAST(0.0 AS DOUBLE PRECISION)
                          END
                        ) IS NOT DISTINCT FROM COALESCE(
                          r10.value_num,
                          CASE
                            WHEN r10.value_bool IS TRUE
                            THEN CAST(1.0 AS DOUBLE PRECISION)
                            WHEN r10.value_bool IS FALSE
                            THEN CAST(0.0 AS DOUBLE PRECISION)
                          END
                        )
                      )
                      OR (
                        NOT r12.value_text IS NULL AND r12.value_text IS NOT DISTINCT FROM r10.value_text
                      )
                      OR (
                        NOT r12.value_code IS NULL
                        AND r12.value_code_system IS NOT DISTINCT FROM r10.value_code_system
                        AND r12.value_code IS NOT DISTINCT FROM r10.value_code
                        AND r12.value_code_display IS NOT DISTINCT FROM r10.value_code_display
                      )
                      OR (
                        (
                          r12.value_num IS NULL
                          AND r12.value_text IS NULL
                          AND r12.value_bool IS NULL
                          AND r12.value_code IS NULL
                        )
                        AND (
                          r10.value_num IS NULL
                          AND r10.value_text IS NULL
                          AND r10.value_bool IS NULL
                          AND r10.value_code IS NULL
                        )
                      )
                    )
                )
            ) >= CAST(0.0 AS DOUBLE PRECISION)
          )
          AND (
            (
              SELECT
                r10.value_num
              FROM observations AS r10
              WHERE
                r10.patient_id = pt.patient_id
                AND (
                  r10.system = 'LOINC' AND r10.code IN ('89247-1')
                )
                AND CASE
                  WHEN CAST(ref_1.hi - INTERVAL '28 DAY' AS DATE) <= r10.date_lo
                  AND r10.date_hi <= ref_1.lo
                  THEN TRUE
                  WHEN r10.date_hi < CAST(ref_1.lo - INTERVAL '28 DAY' AS DATE)
                  OR r10.date_lo > ref_1.hi
                  THEN FALSE
                END IS TRUE
                AND NOT EXISTS(
                  SELECT
                    1
                  FROM observations AS r11
                  WHERE
                    r11.patient_id = pt.patient_id
                    AND (
                      r11.system = 'LOINC' AND r11.code IN ('89247-1')
                    )
                    AND CASE
                      WHEN CAST(ref_1.hi - INTERVAL '28 DAY' AS DATE) <= r11.date_lo
                      AND r11.date_hi <= ref_1.lo
                      THEN TRUE
                      WHEN r11.date_hi < CAST(ref_1.lo - INTERVAL '28 DAY' AS DATE)
                      OR r11.date_lo > ref_1.hi
                      THEN FALSE
                    END IS TRUE
                    AND (
                      r11.date_lo > r10.date_lo
                      OR (
                        r11.date_lo = r10.date_lo AND r11.seq < r10.seq
                      )
                    )
                )
                AND NOT EXISTS(
                  SELECT
                    1
                  FROM observations AS r12
                  WHERE
                    r12.patient_id = pt.patient_id
                    AND (
                      r12.system = 'LOINC' AND r12.code IN ('89247-1')
                    )
                    AND NOT CASE
                      WHEN CAST(ref_1.hi - INTERVAL '28 DAY' AS DATE) <= r12.date_lo
                      AND r12.date_hi <= ref_1.lo
                      THEN TRUE
                      WHEN r12.date_hi < CAST(ref_1.lo - INTERVAL '28 DAY' AS DATE)
                      OR r12.date_lo > ref_1.hi
                      THEN FALSE
                    END IS FALSE
                    AND r12.seq <> r10.seq
                    AND (
                      r12.date_hi IS NULL OR r12.date_hi > r10.date_lo
                    )
                    AND NOT (
                      (
                        NOT (
                          COALESCE(
                            r12.value_num,
                            CASE
                              WHEN r12.value_bool IS TRUE
                              THEN CAST(1.0 AS DOUBLE PRECISION)
                              WHEN r12.value_bool IS FALSE
                              THEN CAST(0.0 AS DOUBLE PRECISION)
                            END
                          )
                        ) IS NULL
                        AND COALESCE(
                          r12.value_num,
                          CASE
                            WHEN r12.value_bool IS TRUE
                            THEN CAST(1.0 AS DOUBLE PRECISION)
                            WHEN r12.value_bool IS FALSE
                            THEN CAST(0.0 AS DOUBLE PRECISION)
                          END
                        ) IS NOT DISTINCT FROM COALESCE(
                          r10.value_num,
                          CASE
                            WHEN r10.value_bool IS TRUE
                            THEN CAST(1.0 AS DOUBLE PRECISION)
                            WHEN r10.value_bool IS FALSE
                            THEN CAST(0.0 AS DOUBLE PRECISION)
                          END
                        )
                      )
                      OR (
                        NOT r12.value_text IS NULL AND r12.value_text IS NOT DISTINCT FROM r10.value_text
                      )
                      OR (
                        NOT r12.value_code IS NULL
                        AND r12.value_code_system IS NOT DISTINCT FROM r10.value_code_system
                        AND r12.value_code IS NOT DISTINCT FROM r10.value_code
                        AND r12.value_code_display IS NOT DISTINCT FROM r10.value_code_display
                      )
                      OR (
                        (
                          r12.value_num IS NULL
                          AND r12.value_text IS NULL
                          AND r12.value_bool IS NULL
                          AND r12.value_code IS NULL
                        )
                        AND (
                          r10.value_num IS NULL
                          AND r10.value_text IS NULL
                          AND r10.value_bool IS NULL
                          AND r10.value_code IS NULL
                        )
                      )
                    )
                )
            ) <= CAST(1.0 AS DOUBLE PRECISION)
          )
        )
        AND (
          NOT att_4.value_bool
        )
        AND CASE
          WHEN att_5.unit IN ('days', 'day')
          THEN CASE
            WHEN (
              (
                CASE
                  WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                  THEN att_5.value_num
                END * CAST(1.0 AS DOUBLE PRECISION)
              ) >= (
                CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
              )
            ) = (
              (
                CASE
                  WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                  THEN att_5.value_num
                END * CAST(1.0 AS DOUBLE PRECISION)
              ) >= (
                CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
              )
            )
            AND (
              (
                CASE
                  WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                  THEN att_5.value_num
                END * CAST(1.0 AS DOUBLE PRECISION)
              ) >= (
                CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
              )
            ) = (
              (
                CASE
                  WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                  THEN att_5.value_num
                END * CAST(1.0 AS DOUBLE PRECISION)
              ) >= (
                CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
              )
            )
            AND (
              (
                CASE
                  WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                  THEN att_5.value_num
                END * CAST(1.0 AS DOUBLE PRECISION)
              ) >= (
                CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
              )
            ) = (
              (
                CASE
                  WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                  THEN att_5.value_num
                END * CAST(1.0 AS DOUBLE PRECISION)
              ) >= (
                CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
              )
            )
            THEN (
              CASE
                WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN att_5.value_num
              END * CAST(1.0 AS DOUBLE PRECISION)
            ) >= (
              CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
            )
          END
          WHEN att_5.unit IN ('weeks', 'week')
          THEN CASE
            WHEN (
              (
                CASE
                  WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                  THEN att_5.value_num
                END * CAST(7.0 AS DOUBLE PRECISION)
              ) >= (
                CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
              )
            ) = (
              (
                CASE
                  WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                  THEN att_5.value_num
                END * CAST(7.0 AS DOUBLE PRECISION)
              ) >= (
                CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
              )
            )
            AND (
              (
                CASE
                  WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                  THEN att_5.value_num
                END * CAST(7.0 AS DOUBLE PRECISION)
              ) >= (
                CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
              )
            ) = (
              (
                CASE
                  WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                  THEN att_5.value_num
                END * CAST(7.0 AS DOUBLE PRECISION)
              ) >= (
                CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
              )
            )
            AND (
              (
                CASE
                  WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                  THEN att_5.value_num
                END * CAST(7.0 AS DOUBLE PRECISION)
              ) >= (
                CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
              )
            ) = (
              (
                CASE
                  WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                  THEN att_5.value_num
                END * CAST(7.0 AS DOUBLE PRECISION)
              ) >= (
                CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
              )
            )
            THEN (
              CASE
                WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN att_5.value_num
              END * CAST(7.0 AS DOUBLE PRECISION)
            ) >= (
              CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
            )
          END
          WHEN att_5.unit IN ('months', 'month')
          THEN CASE
            WHEN (
              (
                CASE
                  WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                  THEN att_5.value_num
                END * CAST(28.0 AS DOUBLE PRECISION)
              ) >= (
                CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
              )
            ) = (
              (
                CASE
                  WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                  THEN att_5.value_num
                END * CAST(28.0 AS DOUBLE PRECISION)
              ) >= (
                CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
              )
            )
            AND (
              (
                CASE
                  WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                  THEN att_5.value_num
                END * CAST(28.0 AS DOUBLE PRECISION)
              ) >= (
                CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
              )
            ) = (
              (
                CASE
                  WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                  THEN att_5.value_num
                END * CAST(31.0 AS DOUBLE PRECISION)
              ) >= (
                CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
              )
            )
            AND (
              (
                CASE
                  WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                  THEN att_5.value_num
                END * CAST(28.0 AS DOUBLE PRECISION)
              ) >= (
                CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
              )
            ) = (
              (
                CASE
                  WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                  THEN att_5.value_num
                END * CAST(31.0 AS DOUBLE PRECISION)
              ) >= (
                CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
              )
            )
            THEN (
              CASE
                WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN att_5.value_num
              END * CAST(28.0 AS DOUBLE PRECISION)
            ) >= (
              CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
            )
          END
          WHEN att_5.unit IN ('years', 'year')
          THEN CASE
            WHEN (
              (
                CASE
                  WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                  THEN att_5.value_num
                END * CAST(365.0 AS DOUBLE PRECISION)
              ) >= (
                CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
              )
            ) = (
              (
                CASE
                  WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                  THEN att_5.value_num
                END * CAST(365.0 AS DOUBLE PRECISION)
              ) >= (
                CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
              )
            )
            AND (
              (
                CASE
                  WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                  THEN att_5.value_num
                END * CAST(365.0 AS DOUBLE PRECISION)
              ) >= (
                CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
              )
            ) = (
              (
                CASE
                  WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                  THEN att_5.value_num
                END * CAST(366.0 AS DOUBLE PRECISION)
              ) >= (
                CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
              )
            )
            AND (
              (
                CASE
                  WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                  THEN att_5.value_num
                END * CAST(365.0 AS DOUBLE PRECISION)
              ) >= (
                CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
              )
            ) = (
              (
                CASE
                  WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                  THEN att_5.value_num
                END * CAST(366.0 AS DOUBLE PRECISION)
              ) >= (
                CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
              )
            )
            THEN (
              CASE
                WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN att_5.value_num
              END * CAST(365.0 AS DOUBLE PRECISION)
            ) >= (
              CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
            )
          END
        END
      ) IS TRUE
      THEN 'met'
      WHEN (
        (
          (
            (
              SELECT
                r10.value_num
              FROM observations AS r10
              WHERE
                r10.patient_id = pt.patient_id
                AND (
                  r10.system = 'LOINC' AND r10.code IN ('89247-1')
                )
                AND CASE
                  WHEN CAST(ref_1.hi - INTERVAL '28 DAY' AS DATE) <= r10.date_lo
                  AND r10.date_hi <= ref_1.lo
                  THEN TRUE
                  WHEN r10.date_hi < CAST(ref_1.lo - INTERVAL '28 DAY' AS DATE)
                  OR r10.date_lo > ref_1.hi
                  THEN FALSE
                END IS TRUE
                AND NOT EXISTS(
                  SELECT
                    1
                  FROM observations AS r11
                  WHERE
                    r11.patient_id = pt.patient_id
                    AND (
                      r11.system = 'LOINC' AND r11.code IN ('89247-1')
                    )
                    AND CASE
                      WHEN CAST(ref_1.hi - INTERVAL '28 DAY' AS DATE) <= r11.date_lo
                      AND r11.date_hi <= ref_1.lo
                      THEN TRUE
                      WHEN r11.date_hi < CAST(ref_1.lo - INTERVAL '28 DAY' AS DATE)
                      OR r11.date_lo > ref_1.hi
                      THEN FALSE
                    END IS TRUE
                    AND (
                      r11.date_lo > r10.date_lo
                      OR (
                        r11.date_lo = r10.date_lo AND r11.seq < r10.seq
                      )
                    )
                )
                AND NOT EXISTS(
                  SELECT
                    1
                  FROM observations AS r12
                  WHERE
                    r12.patient_id = pt.patient_id
                    AND (
                      r12.system = 'LOINC' AND r12.code IN ('89247-1')
                    )
                    AND NOT CASE
                      WHEN CAST(ref_1.hi - INTERVAL '28 DAY' AS DATE) <= r12.date_lo
                      AND r12.date_hi <= ref_1.lo
                      THEN TRUE
                      WHEN r12.date_hi < CAST(ref_1.lo - INTERVAL '28 DAY' AS DATE)
                      OR r12.date_lo > ref_1.hi
                      THEN FALSE
                    END IS FALSE
                    AND r12.seq <> r10.seq
                    AND (
                      r12.date_hi IS NULL OR r12.date_hi > r10.date_lo
                    )
                    AND NOT (
                      (
                        NOT (
                          COALESCE(
                            r12.value_num,
                            CASE
                              WHEN r12.value_bool IS TRUE
                              THEN CAST(1.0 AS DOUBLE PRECISION)
                              WHEN r12.value_bool IS FALSE
                              THEN CAST(0.0 AS DOUBLE PRECISION)
                            END
                          )
                        ) IS NULL
                        AND COALESCE(
                          r12.value_num,
                          CASE
                            WHEN r12.value_bool IS TRUE
                            THEN CAST(1.0 AS DOUBLE PRECISION)
                            WHEN r12.value_bool IS FALSE
                            THEN CAST(0.0 AS DOUBLE PRECISION)
                          END
                        ) IS NOT DISTINCT FROM COALESCE(
                          r10.value_num,
                          CASE
                            WHEN r10.value_bool IS TRUE
                            THEN CAST(1.0 AS DOUBLE PRECISION)
                            WHEN r10.value_bool IS FALSE
                            THEN CAST(0.0 AS DOUBLE PRECISION)
                          END
                        )
                      )
                      OR (
                        NOT r12.value_text IS NULL AND r12.value_text IS NOT DISTINCT FROM r10.value_text
                      )
                      OR (
                        NOT r12.value_code IS NULL
                        AND r12.value_code_system IS NOT DISTINCT FROM r10.value_code_system
                        AND r12.value_code IS NOT DISTINCT FROM r10.value_code
                        AND r12.value_code_display IS NOT DISTINCT FROM r10.value_code_display
                      )
                      OR (
                        (
                          r12.value_num IS NULL
                          AND r12.value_text IS NULL
                          AND r12.value_bool IS NULL
                          AND r12.value_code IS NULL
                        )
                        AND (
                          r10.value_num IS NULL
                          AND r10.value_text IS NULL
                          AND r10.value_bool IS NULL
                          AND r10.value_code IS NULL
                        )
                      )
                    )
                )
            ) >= CAST(0.0 AS DOUBLE PRECISION)
          )
          AND (
            (
              SELECT
                r10.value_num
              FROM observations AS r10
              WHERE
                r10.patient_id = pt.patient_id
                AND (
                  r10.system = 'LOINC' AND r10.code IN ('89247-1')
                )
                AND CASE
                  WHEN CAST(ref_1.hi - INTERVAL '28 DAY' AS DATE) <= r10.date_lo
                  AND r10.date_hi <= ref_1.lo
                  THEN TRUE
                  WHEN r10.date_hi < CAST(ref_1.lo - INTERVAL '28 DAY' AS DATE)
                  OR r10.date_lo > ref_1.hi
                  THEN FALSE
                END IS TRUE
                AND NOT EXISTS(
                  SELECT
                    1
                  FROM observations AS r11
                  WHERE
                    r11.patient_id = pt.patient_id
                    AND (
                      r11.system = 'LOINC' AND r11.code IN ('89247-1')
                    )
                    AND CASE
                      WHEN CAST(ref_1.hi - INTERVAL '28 DAY' AS DATE) <= r11.date_lo
                      AND r11.date_hi <= ref_1.lo
                      THEN TRUE
                      WHEN r11.date_hi < CAST(ref_1.lo - INTERVAL '28 DAY' AS DATE)
                      OR r11.date_lo > ref_1.hi
                      THEN FALSE
                    END IS TRUE
                    AND (
                      r11.date_lo > r10.date_lo
                      OR (
                        r11.date_lo = r10.date_lo AND r11.seq < r10.seq
                      )
                    )
                )
                AND NOT EXISTS(
                  SELECT
                    1
                  FROM observations AS r12
                  WHERE
                    r12.patient_id = pt.patient_id
                    AND (
                      r12.system = 'LOINC' AND r12.code IN ('89247-1')
                    )
                    AND NOT CASE
                      WHEN CAST(ref_1.hi - INTERVAL '28 DAY' AS DATE) <= r12.date_lo
                      AND r12.date_hi <= ref_1.lo
                      THEN TRUE
                      WHEN r12.date_hi < CAST(ref_1.lo - INTERVAL '28 DAY' AS DATE)
                      OR r12.date_lo > ref_1.hi
                      THEN FALSE
                    END IS FALSE
                    AND r12.seq <> r10.seq
                    AND (
                      r12.date_hi IS NULL OR r12.date_hi > r10.date_lo
                    )
                    AND NOT (
                      (
                        NOT (
                          COALESCE(
                            r12.value_num,
                            CASE
                              WHEN r12.value_bool IS TRUE
                              THEN CAST(1.0 AS DOUBLE PRECISION)
                              WHEN r12.value_bool IS FALSE
                              THEN CAST(0.0 AS DOUBLE PRECISION)
                            END
                          )
                        ) IS NULL
                        AND COALESCE(
                          r12.value_num,
                          CASE
                            WHEN r12.value_bool IS TRUE
                            THEN CAST(1.0 AS DOUBLE PRECISION)
                            WHEN r12.value_bool IS FALSE
                            THEN CAST(0.0 AS DOUBLE PRECISION)
                          END
                        ) IS NOT DISTINCT FROM COALESCE(
                          r10.value_num,
                          CASE
                            WHEN r10.value_bool IS TRUE
                            THEN CAST(1.0 AS DOUBLE PRECISION)
                            WHEN r10.value_bool IS FALSE
                            THEN CAST(0.0 AS DOUBLE PRECISION)
                          END
                        )
                      )
                      OR (
                        NOT r12.value_text IS NULL AND r12.value_text IS NOT DISTINCT FROM r10.value_text
                      )
                      OR (
                        NOT r12.value_code IS NULL
                        AND r12.value_code_system IS NOT DISTINCT FROM r10.value_code_system
                        AND r12.value_code IS NOT DISTINCT FROM r10.value_code
                        AND r12.value_code_display IS NOT DISTINCT FROM r10.value_code_display
                      )
                      OR (
                        (
                          r12.value_num IS NULL
                          AND r12.value_text IS NULL
                          AND r12.value_bool IS NULL
                          AND r12.value_code IS NULL
                        )
                        AND (
                          r10.value_num IS NULL
                          AND r10.value_text IS NULL
                          AND r10.value_bool IS NULL
                          AND r10.value_code IS NULL
                        )
                      )
                    )
                )
            ) <= CAST(1.0 AS DOUBLE PRECISION)
          )
        )
        AND (
          NOT att_4.value_bool
        )
        AND CASE
          WHEN att_5.unit IN ('days', 'day')
          THEN CASE
            WHEN (
              (
                CASE
                  WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                  THEN att_5.value_num
                END * CAST(1.0 AS DOUBLE PRECISION)
              ) >= (
                CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
              )
            ) = (
              (
                CASE
                  WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                  THEN att_5.value_num
                END * CAST(1.0 AS DOUBLE PRECISION)
              ) >= (
                CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
              )
            )
            AND (
              (
                CASE
                  WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                  THEN att_5.value_num
                END * CAST(1.0 AS DOUBLE PRECISION)
              ) >= (
                CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
              )
            ) = (
              (
                CASE
                  WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                  THEN att_5.value_num
                END * CAST(1.0 AS DOUBLE PRECISION)
              ) >= (
                CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
              )
            )
            AND (
              (
                CASE
                  WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                  THEN att_5.value_num
                END * CAST(1.0 AS DOUBLE PRECISION)
              ) >= (
                CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
              )
            ) = (
              (
                CASE
                  WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                  THEN att_5.value_num
                END * CAST(1.0 AS DOUBLE PRECISION)
              ) >= (
                CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
              )
            )
            THEN (
              CASE
                WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN att_5.value_num
              END * CAST(1.0 AS DOUBLE PRECISION)
            ) >= (
              CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
            )
          END
          WHEN att_5.unit IN ('weeks', 'week')
          THEN CASE
            WHEN (
              (
                CASE
                  WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                  THEN att_5.value_num
                END * CAST(7.0 AS DOUBLE PRECISION)
              ) >= (
                CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
              )
            ) = (
              (
                CASE
                  WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                  THEN att_5.value_num
                END * CAST(7.0 AS DOUBLE PRECISION)
              ) >= (
                CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
              )
            )
            AND (
              (
                CASE
                  WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                  THEN att_5.value_num
                END * CAST(7.0 AS DOUBLE PRECISION)
              ) >= (
                CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
              )
            ) = (
              (
                CASE
                  WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                  THEN att_5.value_num
                END * CAST(7.0 AS DOUBLE PRECISION)
              ) >= (
                CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
              )
            )
            AND (
              (
                CASE
                  WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                  THEN att_5.value_num
                END * CAST(7.0 AS DOUBLE PRECISION)
              ) >= (
                CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
              )
            ) = (
              (
                CASE
                  WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                  THEN att_5.value_num
                END * CAST(7.0 AS DOUBLE PRECISION)
              ) >= (
                CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
              )
            )
            THEN (
              CASE
                WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN att_5.value_num
              END * CAST(7.0 AS DOUBLE PRECISION)
            ) >= (
              CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
            )
          END
          WHEN att_5.unit IN ('months', 'month')
          THEN CASE
            WHEN (
              (
                CASE
                  WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                  THEN att_5.value_num
                END * CAST(28.0 AS DOUBLE PRECISION)
              ) >= (
                CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
              )
            ) = (
              (
                CASE
                  WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                  THEN att_5.value_num
                END * CAST(28.0 AS DOUBLE PRECISION)
              ) >= (
                CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
              )
            )
            AND (
              (
                CASE
                  WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                  THEN att_5.value_num
                END * CAST(28.0 AS DOUBLE PRECISION)
              ) >= (
                CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
              )
            ) = (
              (
                CASE
                  WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                  THEN att_5.value_num
                END * CAST(31.0 AS DOUBLE PRECISION)
              ) >= (
                CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
              )
            )
            AND (
              (
                CASE
                  WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                  THEN att_5.value_num
                END * CAST(28.0 AS DOUBLE PRECISION)
              ) >= (
                CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
              )
            ) = (
              (
                CASE
                  WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                  THEN att_5.value_num
                END * CAST(31.0 AS DOUBLE PRECISION)
              ) >= (
                CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
              )
            )
            THEN (
              CASE
                WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN att_5.value_num
              END * CAST(28.0 AS DOUBLE PRECISION)
            ) >= (
              CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
            )
          END
          WHEN att_5.unit IN ('years', 'year')
          THEN CASE
            WHEN (
              (
                CASE
                  WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                  THEN att_5.value_num
                END * CAST(365.0 AS DOUBLE PRECISION)
              ) >= (
                CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
              )
            ) = (
              (
                CASE
                  WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                  THEN att_5.value_num
                END * CAST(365.0 AS DOUBLE PRECISION)
              ) >= (
                CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
              )
            )
            AND (
              (
                CASE
                  WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                  THEN att_5.value_num
                END * CAST(365.0 AS DOUBLE PRECISION)
              ) >= (
                CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
              )
            ) = (
              (
                CASE
                  WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                  THEN att_5.value_num
                END * CAST(366.0 AS DOUBLE PRECISION)
              ) >= (
                CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
              )
            )
            AND (
              (
                CASE
                  WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                  THEN att_5.value_num
                END * CAST(365.0 AS DOUBLE PRECISION)
              ) >= (
                CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
              )
            ) = (
              (
                CASE
                  WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                  THEN att_5.value_num
                END * CAST(366.0 AS DOUBLE PRECISION)
              ) >= (
                CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
              )
            )
            THEN (
              CASE
                WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN att_5.value_num
              END * CAST(365.0 AS DOUBLE PRECISION)
            ) >= (
              CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
            )
          END
        END
      ) IS FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "I8",
    CASE
      WHEN CASE
        WHEN pt.medications_collected IS TRUE
        THEN CASE (
            SELECT
              MAX(g)
            FROM (
              SELECT
                COALESCE(
                  CAST((
                    CASE
                      WHEN r13.start_hi < ref_1.lo
                      THEN TRUE
                      WHEN r13.start_lo >= ref_1.hi
                      THEN FALSE
                    END
                    AND CASE
                      WHEN pt.conditions_collected IS TRUE
                      THEN CASE (
                          SELECT
                            MAX(g)
                          FROM (
                            SELECT
                              COALESCE(
                                CAST((
                                  CASE
                                    WHEN NOT (
                                      NOT r14.extent IS NULL
                                    )
                                    THEN CAST(NULL AS BOOLEAN)
                                    ELSE (
                                      (
                                        r14.extent = 'locally_advanced'
                                      ) OR (
                                        r14.extent = 'metastatic'
                                      )
                                    )
                                  END
                                  AND CASE
                                    WHEN r14.onset_hi <= r13.start_lo
                                    THEN TRUE
                                    WHEN r14.onset_lo > r13.start_hi
                                    THEN FALSE
                                  END
                                ) AS INT) * 2,
                                1
                              ) AS g
                            FROM conditions AS r14
                            WHERE
                              r14.patient_id = pt.patient_id
                              AND (
                                (
                                  r14.system = 'SNOMED' AND r14.code IN ('254637007', '254626006')
                                )
                                OR (
                                  r14.system = 'ICD10CM' AND SUBSTRING(r14.code FROM 1 FOR 3) = 'C34'
                                )
                              )
                          ) AS r15
                        )
                        WHEN 2
                        THEN TRUE
                        WHEN 1
                        THEN CAST(NULL AS BOOLEAN)
                        ELSE FALSE
                      END
                    END
                  ) AS INT) * 2,
                  1
                ) AS g
              FROM medications AS r13
              WHERE
                r13.patient_id = pt.patient_id
                AND (
                  r13.system = 'ATC' AND SUBSTRING(r13.code FROM 1 FOR 3) = 'L01'
                )
            ) AS r16
          )
          WHEN 2
          THEN TRUE
          WHEN 1
          THEN CAST(NULL AS BOOLEAN)
          ELSE FALSE
        END
      END IS TRUE
      THEN 'met'
      WHEN CASE
        WHEN pt.medications_collected IS TRUE
        THEN CASE (
            SELECT
              MAX(g)
            FROM (
              SELECT
                COALESCE(
                  CAST((
                    CASE
                      WHEN r13.start_hi < ref_1.lo
                      THEN TRUE
                      WHEN r13.start_lo >= ref_1.hi
                      THEN FALSE
                    END
                    AND CASE
                      WHEN pt.conditions_collected IS TRUE
                      THEN CASE (
                          SELECT
                            MAX(g)
                          FROM (
                            SELECT
                              COALESCE(
                                CAST((
                                  CASE
                                    WHEN NOT (
                                      NOT r14.extent IS NULL
                                    )
                                    THEN CAST(NULL AS BOOLEAN)
                                    ELSE (
                                      (
                                        r14.extent = 'locally_advanced'
                                      ) OR (
                                        r14.extent = 'metastatic'
                                      )
                                    )
                                  END
                                  AND CASE
                                    WHEN r14.onset_hi <= r13.start_lo
                                    THEN TRUE
                                    WHEN r14.onset_lo > r13.start_hi
                                    THEN FALSE
                                  END
                                ) AS INT) * 2,
                                1
                              ) AS g
                            FROM conditions AS r14
                            WHERE
                              r14.patient_id = pt.patient_id
                              AND (
                                (
                                  r14.system = 'SNOMED' AND r14.code IN ('254637007', '254626006')
                                )
                                OR (
                                  r14.system = 'ICD10CM' AND SUBSTRING(r14.code FROM 1 FOR 3) = 'C34'
                                )
                              )
                          ) AS r15
                        )
                        WHEN 2
                        THEN TRUE
                        WHEN 1
                        THEN CAST(NULL AS BOOLEAN)
                        ELSE FALSE
                      END
                    END
                  ) AS INT) * 2,
                  1
                ) AS g
              FROM medications AS r13
              WHERE
                r13.patient_id = pt.patient_id
                AND (
                  r13.system = 'ATC' AND SUBSTRING(r13.code FROM 1 FOR 3) = 'L01'
                )
            ) AS r16
          )
          WHEN 2
          THEN TRUE
          WHEN 1
          THEN CAST(NULL AS BOOLEAN)
          ELSE FALSE
        END
      END IS FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "E1a",
    CASE
      WHEN CASE
        WHEN pt.medications_collected IS TRUE
        THEN CASE (
            SELECT
              MAX(g)
            FROM (
              SELECT
                COALESCE(
                  CAST(CASE
                    WHEN r17.start_hi < ref_1.lo
                    THEN TRUE
                    WHEN r17.start_lo >= ref_1.hi
                    THEN FALSE
                  END AS INT) * 2,
                  1
                ) AS g
              FROM medications AS r17
              WHERE
                r17.patient_id = pt.patient_id
                AND (
                  (
                    r17.system = 'ATC' AND SUBSTRING(r17.code FROM 1 FOR 5) = 'L01EB'
                  )
                  OR (
                    r17.system = 'ATC' AND SUBSTRING(r17.code FROM 1 FOR 7) = 'L01XE02'
                  )
                  OR (
                    r17.system = 'ATC' AND SUBSTRING(r17.code FROM 1 FOR 7) = 'L01XE03'
                  )
                  OR (
                    r17.system = 'ATC' AND SUBSTRING(r17.code FROM 1 FOR 7) = 'L01XE13'
                  )
                  OR (
                    r17.system = 'ATC' AND SUBSTRING(r17.code FROM 1 FOR 7) = 'L01XE35'
                  )
                  OR (
                    r17.system = 'ATC' AND SUBSTRING(r17.code FROM 1 FOR 7) = 'L01XE47'
                  )
                )
            ) AS r18
          )
          WHEN 2
          THEN TRUE
          WHEN 1
          THEN CAST(NULL AS BOOLEAN)
          ELSE FALSE
        END
      END IS TRUE
      THEN 'met'
      WHEN CASE
        WHEN pt.medications_collected IS TRUE
        THEN CASE (
            SELECT
              MAX(g)
            FROM (
              SELECT
                COALESCE(
                  CAST(CASE
                    WHEN r17.start_hi < ref_1.lo
                    THEN TRUE
                    WHEN r17.start_lo >= ref_1.hi
                    THEN FALSE
                  END AS INT) * 2,
                  1
                ) AS g
              FROM medications AS r17
              WHERE
                r17.patient_id = pt.patient_id
                AND (
                  (
                    r17.system = 'ATC' AND SUBSTRING(r17.code FROM 1 FOR 5) = 'L01EB'
                  )
                  OR (
                    r17.system = 'ATC' AND SUBSTRING(r17.code FROM 1 FOR 7) = 'L01XE02'
                  )
                  OR (
                    r17.system = 'ATC' AND SUBSTRING(r17.code FROM 1 FOR 7) = 'L01XE03'
                  )
                  OR (
                    r17.system = 'ATC' AND SUBSTRING(r17.code FROM 1 FOR 7) = 'L01XE13'
                  )
                  OR (
                    r17.system = 'ATC' AND SUBSTRING(r17.code FROM 1 FOR 7) = 'L01XE35'
                  )
                  OR (
                    r17.system = 'ATC' AND SUBSTRING(r17.code FROM 1 FOR 7) = 'L01XE47'
                  )
                )
            ) AS r18
          )
          WHEN 2
          THEN TRUE
          WHEN 1
          THEN CAST(NULL AS BOOLEAN)
          ELSE FALSE
        END
      END IS FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "E1b",
    CASE
      WHEN CASE
        WHEN pt.procedures_collected IS TRUE
        THEN CASE (
            SELECT
              MAX(g)
            FROM (
              SELECT
                COALESCE(
                  CAST((
                    CASE
                      WHEN CAST(ref_1.hi - INTERVAL '28 DAY' AS DATE) <= r19.date_lo
                      AND r19.date_hi <= ref_1.lo
                      THEN TRUE
                      WHEN r19.date_hi < CAST(ref_1.lo - INTERVAL '28 DAY' AS DATE)
                      OR r19.date_lo > ref_1.hi
                      THEN FALSE
                    END
                    AND att_6.value_bool
                  ) AS INT) * 2,
                  1
                ) AS g
              FROM procedures AS r19
              WHERE
                r19.patient_id = pt.patient_id
            ) AS r20
          )
          WHEN 2
          THEN TRUE
          WHEN 1
          THEN CAST(NULL AS BOOLEAN)
          ELSE FALSE
        END
      END IS TRUE
      THEN 'met'
      WHEN CASE
        WHEN pt.procedures_collected IS TRUE
        THEN CASE (
            SELECT
              MAX(g)
            FROM (
              SELECT
                COALESCE(
                  CAST((
                    CASE
                      WHEN CAST(ref_1.hi - INTERVAL '28 DAY' AS DATE) <= r19.date_lo
                      AND r19.date_hi <= ref_1.lo
                      THEN TRUE
                      WHEN r19.date_hi < CAST(ref_1.lo - INTERVAL '28 DAY' AS DATE)
                      OR r19.date_lo > ref_1.hi
                      THEN FALSE
                    END
                    AND att_6.value_bool
                  ) AS INT) * 2,
                  1
                ) AS g
              FROM procedures AS r19
              WHERE
                r19.patient_id = pt.patient_id
            ) AS r20
          )
          WHEN 2
          THEN TRUE
          WHEN 1
          THEN CAST(NULL AS BOOLEAN)
          ELSE FALSE
        END
      END IS FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "E1c",
    CASE
      WHEN CASE
        WHEN pt.procedures_collected IS TRUE
        THEN CASE (
            SELECT
              MAX(g)
            FROM (
              SELECT
                COALESCE(
                  CAST((
                    CASE
                      WHEN CAST(ref_1.hi - INTERVAL '28 DAY' AS DATE) <= r21.date_lo
                      AND r21.date_hi <= ref_1.lo
                      THEN TRUE
                      WHEN r21.date_hi < CAST(ref_1.lo - INTERVAL '28 DAY' AS DATE)
                      OR r21.date_lo > ref_1.hi
                      THEN FALSE
                    END
                    AND att_7.value_bool
                  ) AS INT) * 2,
                  1
                ) AS g
              FROM procedures AS r21
              WHERE
                r21.patient_id = pt.patient_id
                AND (
                  r21.system = 'SNOMED' AND r21.code IN ('108290001', '53438000')
                )
            ) AS r22
          )
          WHEN 2
          THEN TRUE
          WHEN 1
          THEN CAST(NULL AS BOOLEAN)
          ELSE FALSE
        END
      END IS TRUE
      THEN 'met'
      WHEN CASE
        WHEN pt.procedures_collected IS TRUE
        THEN CASE (
            SELECT
              MAX(g)
            FROM (
              SELECT
                COALESCE(
                  CAST((
                    CASE
                      WHEN CAST(ref_1.hi - INTERVAL '28 DAY' AS DATE) <= r21.date_lo
                      AND r21.date_hi <= ref_1.lo
                      THEN TRUE
                      WHEN r21.date_hi < CAST(ref_1.lo - INTERVAL '28 DAY' AS DATE)
                      OR r21.date_lo > ref_1.hi
                      THEN FALSE
                    END
                    AND att_7.value_bool
                  ) AS INT) * 2,
                  1
                ) AS g
              FROM procedures AS r21
              WHERE
                r21.patient_id = pt.patient_id
                AND (
                  r21.system = 'SNOMED' AND r21.code IN ('108290001', '53438000')
                )
            ) AS r22
          )
          WHEN 2
          THEN TRUE
          WHEN 1
          THEN CAST(NULL AS BOOLEAN)
          ELSE FALSE
        END
      END IS FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "E1d",
    CASE
      WHEN CASE
        WHEN pt.medications_collected IS TRUE
        THEN CASE (
            SELECT
              MAX(g)
            FROM (
              SELECT
                COALESCE(
                  CAST((
                    CASE
                      WHEN r23.start_hi <= ref_1.lo
                      THEN TRUE
                      WHEN r23.start_lo > ref_1.hi
                      THEN FALSE
                    END
                    AND (
                      (
                        NOT (
                          NOT r23.end_lo IS NULL
                        )
                      )
                      OR CASE WHEN r23.end_lo >= ref_1.hi THEN TRUE WHEN r23.end_hi < ref_1.lo THEN FALSE END
                    )
                  ) AS INT) * 2,
                  1
                ) AS g
              FROM medications AS r23
              WHERE
                r23.patient_id = pt.patient_id
                AND (
                  (
                    r23.system = 'ATC' AND SUBSTRING(r23.code FROM 1 FOR 7) = 'J04AB02'
                  )
                  OR (
                    r23.system = 'ATC' AND SUBSTRING(r23.code FROM 1 FOR 7) = 'J04AB05'
                  )
                  OR (
                    r23.system = 'ATC' AND SUBSTRING(r23.code FROM 1 FOR 7) = 'N03AF01'
                  )
                  OR (
                    r23.system = 'ATC' AND SUBSTRING(r23.code FROM 1 FOR 7) = 'N03AB02'
                  )
                  OR (
                    r23.system = 'ATC' AND SUBSTRING(r23.code FROM 1 FOR 7) = 'N03AB05'
                  )
                  OR (
                    r23.system = 'ATC' AND SUBSTRING(r23.code FROM 1 FOR 7) = 'N03AA02'
                  )
                  OR (
                    r23.system = 'ATC' AND SUBSTRING(r23.code FROM 1 FOR 7) = 'N03AA03'
                  )
                  OR (
                    r23.system = 'ATC' AND SUBSTRING(r23.code FROM 1 FOR 7) = 'N06AX25'
                  )
                  OR (
                    r23.system = 'ATC' AND SUBSTRING(r23.code FROM 1 FOR 7) = 'L02BB04'
                  )
                  OR (
                    r23.system = 'ATC' AND SUBSTRING(r23.code FROM 1 FOR 7) = 'L02BB05'
                  )
                  OR (
                    r23.system = 'ATC' AND SUBSTRING(r23.code FROM 1 FOR 7) = 'L01XX23'
                  )
                )
            ) AS r24
          )
          WHEN 2
          THEN TRUE
          WHEN 1
          THEN CAST(NULL AS BOOLEAN)
          ELSE FALSE
        END
      END IS TRUE
      THEN 'met'
      WHEN CASE
        WHEN pt.medications_collected IS TRUE
        THEN CASE (
            SELECT
              MAX(g)
            FROM (
              SELECT
                COALESCE(
                  CAST((
                    CASE
                      WHEN r23.start_hi <= ref_1.lo
                      THEN TRUE
                      WHEN r23.start_lo > ref_1.hi
                      THEN FALSE
                    END
                    AND (
                      (
                        NOT (
                          NOT r23.end_lo IS NULL
                        )
                      )
                      OR CASE WHEN r23.end_lo >= ref_1.hi THEN TRUE WHEN r23.end_hi < ref_1.lo THEN FALSE END
                    )
                  ) AS INT) * 2,
                  1
                ) AS g
              FROM medications AS r23
              WHERE
                r23.patient_id = pt.patient_id
                AND (
                  (
                    r23.system = 'ATC' AND SUBSTRING(r23.code FROM 1 FOR 7) = 'J04AB02'
                  )
                  OR (
                    r23.system = 'ATC' AND SUBSTRING(r23.code FROM 1 FOR 7) = 'J04AB05'
                  )
                  OR (
                    r23.system = 'ATC' AND SUBSTRING(r23.code FROM 1 FOR 7) = 'N03AF01'
                  )
                  OR (
                    r23.system = 'ATC' AND SUBSTRING(r23.code FROM 1 FOR 7) = 'N03AB02'
                  )
                  OR (
                    r23.system = 'ATC' AND SUBSTRING(r23.code FROM 1 FOR 7) = 'N03AB05'
                  )
                  OR (
                    r23.system = 'ATC' AND SUBSTRING(r23.code FROM 1 FOR 7) = 'N03AA02'
                  )
                  OR (
                    r23.system = 'ATC' AND SUBSTRING(r23.code FROM 1 FOR 7) = 'N03AA03'
                  )
                  OR (
                    r23.system = 'ATC' AND SUBSTRING(r23.code FROM 1 FOR 7) = 'N06AX25'
                  )
                  OR (
                    r23.system = 'ATC' AND SUBSTRING(r23.code FROM 1 FOR 7) = 'L02BB04'
                  )
                  OR (
                    r23.system = 'ATC' AND SUBSTRING(r23.code FROM 1 FOR 7) = 'L02BB05'
                  )
                  OR (
                    r23.system = 'ATC' AND SUBSTRING(r23.code FROM 1 FOR 7) = 'L01XX23'
                  )
                )
            ) AS r24
          )
          WHEN 2
          THEN TRUE
          WHEN 1
          THEN CAST(NULL AS BOOLEAN)
          ELSE FALSE
        END
      END IS FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "E1e",
    CASE
      WHEN (
        CASE
          WHEN pt.medications_collected IS TRUE
          THEN CASE (
              SELECT
                MAX(g)
              FROM (
                SELECT
                  COALESCE(
                    CAST((
                      CASE
                        WHEN r25.start_hi < ref_1.lo
                        THEN TRUE
                        WHEN r25.start_lo >= ref_1.hi
                        THEN FALSE
                      END
                      AND (
                        (
                          NOT (
                            NOT r25.end_lo IS NULL
                          )
                        )
                        OR CASE WHEN r25.end_lo >= ref_1.hi THEN TRUE WHEN r25.end_hi < ref_1.lo THEN FALSE END
                      )
                    ) AS INT) * 2,
                    1
                  ) AS g
                FROM medications AS r25
                WHERE
                  r25.patient_id = pt.patient_id
                  AND (
                    r25.system = 'ATC' AND SUBSTRING(r25.code FROM 1 FOR 3) = 'L01'
                  )
              ) AS r26
            )
            WHEN 2
            THEN TRUE
            WHEN 1
            THEN CAST(NULL AS BOOLEAN)
            ELSE FALSE
          END
        END
        OR att_8.value_bool
      ) IS TRUE
      THEN 'met'
      WHEN (
        CASE
          WHEN pt.medications_collected IS TRUE
          THEN CASE (
              SELECT
                MAX(g)
              FROM (
                SELECT
                  COALESCE(
                    CAST((
                      CASE
                        WHEN r25.start_hi < ref_1.lo
                        THEN TRUE
                        WHEN r25.start_lo >= ref_1.hi
                        THEN FALSE
                      END
                      AND (
                        (
                          NOT (
                            NOT r25.end_lo IS NULL
                          )
                        )
                        OR CASE WHEN r25.end_lo >= ref_1.hi THEN TRUE WHEN r25.end_hi < ref_1.lo THEN FALSE END
                      )
                    ) AS INT) * 2,
                    1
                  ) AS g
                FROM medications AS r25
                WHERE
                  r25.patient_id = pt.patient_id
                  AND (
                    r25.system = 'ATC' AND SUBSTRING(r25.code FROM 1 FOR 3) = 'L01'
                  )
              ) AS r26
            )
            WHEN 2
            THEN TRUE
            WHEN 1
            THEN CAST(NULL AS BOOLEAN)
            ELSE FALSE
          END
        END
        OR att_8.value_bool
      ) IS FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "E1f",
    CASE
      WHEN att_9.value_bool IS TRUE
      THEN 'met'
      WHEN att_9.value_bool IS FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "E1g",
    CASE
      WHEN CASE
        WHEN pt.conditions_collected IS TRUE
        THEN CASE (
            SELECT
              MAX(g)
            FROM (
              SELECT
                COALESCE(
                  CAST((
                    (
                      NOT (
                        (
                          r27.system = 'SNOMED' AND r27.code IN ('254637007', '254626006')
                        )
                        OR (
                          r27.system = 'ICD10CM' AND SUBSTRING(r27.code FROM 1 FOR 3) = 'C34'
                        )
                      )
                    )
                    AND (
                      NOT (
                        r27.system = 'ICD10CM'
                        AND (
                          'C77' <= SUBSTRING(r27.code FROM 1 FOR 3)
                          AND SUBSTRING(r27.code FROM 1 FOR 3) <= 'C79'
                        )
                      )
                    )
                    AND CASE
                      WHEN NOT (
                        NOT r27.status IS NULL
                      )
                      THEN CAST(NULL AS BOOLEAN)
                      ELSE (
                        (
                          r27.status = 'active'
                        )
                        OR (
                          r27.status = 'recurrence'
                        )
                        OR (
                          r27.status = 'relapse'
                        )
                      )
                    END
                    AND att_10.value_bool
                  ) AS INT) * 2,
                  1
                ) AS g
              FROM conditions AS r27
              WHERE
                r27.patient_id = pt.patient_id
                AND (
                  (
                    (
                      r27.system = 'ICD10CM'
                      AND (
                        'C00' <= SUBSTRING(r27.code FROM 1 FOR 3)
                        AND SUBSTRING(r27.code FROM 1 FOR 3) <= 'C96'
                      )
                    )
                    OR (
                      r27.system = 'ICD10CM'
                      AND (
                        'D00' <= SUBSTRING(r27.code FROM 1 FOR 3)
                        AND SUBSTRING(r27.code FROM 1 FOR 3) <= 'D09'
                      )
                    )
                  )
                  AND NOT (
                    (
                      r27.system = 'ICD10CM'
                      AND (
                        'C77' <= SUBSTRING(r27.code FROM 1 FOR 3)
                        AND SUBSTRING(r27.code FROM 1 FOR 3) <= 'C79'
                      )
                    )
                    OR (
                      r27.system = 'ICD10CM' AND SUBSTRING(r27.code FROM 1 FOR 3) = 'C7B'
                    )
                  )
                )
            ) AS r28
          )
          WHEN 2
          THEN TRUE
          WHEN 1
          THEN CAST(NULL AS BOOLEAN)
          ELSE FALSE
        END
      END IS TRUE
      THEN 'met'
      WHEN CASE
        WHEN pt.conditions_collected IS TRUE
        THEN CASE (
            SELECT
              MAX(g)
            FROM (
              SELECT
                COALESCE(
                  CAST((
                    (
                      NOT (
                        (
                          r27.system = 'SNOMED' AND r27.code IN ('254637007', '254626006')
                        )
                        OR (
                          r27.system = 'ICD10CM' AND SUBSTRING(r27.code FROM 1 FOR 3) = 'C34'
                        )
                      )
                    )
                    AND (
                      NOT (
                        r27.system = 'ICD10CM'
                        AND (
                          'C77' <= SUBSTRING(r27.code FROM 1 FOR 3)
                          AND SUBSTRING(r27.code FROM 1 FOR 3) <= 'C79'
                        )
                      )
                    )
                    AND CASE
                      WHEN NOT (
                        NOT r27.status IS NULL
                      )
                      THEN CAST(NULL AS BOOLEAN)
                      ELSE (
                        (
                          r27.status = 'active'
                        )
                        OR (
                          r27.status = 'recurrence'
                        )
                        OR (
                          r27.status = 'relapse'
                        )
                      )
                    END
                    AND att_10.value_bool
                  ) AS INT) * 2,
                  1
                ) AS g
              FROM conditions AS r27
              WHERE
                r27.patient_id = pt.patient_id
                AND (
                  (
                    (
                      r27.system = 'ICD10CM'
                      AND (
                        'C00' <= SUBSTRING(r27.code FROM 1 FOR 3)
                        AND SUBSTRING(r27.code FROM 1 FOR 3) <= 'C96'
                      )
                    )
                    OR (
                      r27.system = 'ICD10CM'
                      AND (
                        'D00' <= SUBSTRING(r27.code FROM 1 FOR 3)
                        AND SUBSTRING(r27.code FROM 1 FOR 3) <= 'D09'
                      )
                    )
                  )
                  AND NOT (
                    (
                      r27.system = 'ICD10CM'
                      AND (
                        'C77' <= SUBSTRING(r27.code FROM 1 FOR 3)
                        AND SUBSTRING(r27.code FROM 1 FOR 3) <= 'C79'
                      )
                    )
                    OR (
                      r27.system = 'ICD10CM' AND SUBSTRING(r27.code FROM 1 FOR 3) = 'C7B'
                    )
                  )
                )
            ) AS r28
          )
          WHEN 2
          THEN TRUE
          WHEN 1
          THEN CAST(NULL AS BOOLEAN)
          ELSE FALSE
        END
      END IS FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "E2",
    CASE
      WHEN CASE
        WHEN pt.conditions_collected IS TRUE
        THEN CASE (
            SELECT
              MAX(g)
            FROM (
              SELECT
                COALESCE(
                  CAST((
                    (
                      CASE
                        WHEN NOT (
                          NOT r29.status IS NULL
                        )
                        THEN CAST(NULL AS BOOLEAN)
                        ELSE (
                          (
                            r29.status = 'active'
                          )
                          OR (
                            r29.status = 'recurrence'
                          )
                          OR (
                            r29.status = 'relapse'
                          )
                        )
                      END
                      AND (
                        (
                          (
                            r29.system = 'ICD10CM' AND SUBSTRING(r29.code FROM 1 FOR 6) = 'G95.20'
                          )
                          OR (
                            r29.system = 'ICD10CM' AND SUBSTRING(r29.code FROM 1 FOR 6) = 'G95.29'
                          )
                        )
                        OR (
                          (
                            r29.system = 'ICD10CM' AND SUBSTRING(r29.code FROM 1 FOR 6) = 'C79.31'
                          )
                          AND att_11.value_bool
                        )
                      )
                    )
                    AND NOT (
                      att_12.value_bool
                      AND (
                        NOT CASE
                          WHEN pt.medications_collected IS TRUE
                          THEN CASE (
                              SELECT
                                MAX(g)
                              FROM (
                                SELECT
                                  COALESCE(
                                    CAST((
                                      CASE
                                        WHEN r30.start_hi <= ref_1.lo
                                        THEN TRUE
                                        WHEN r30.start_lo > ref_1.hi
                                        THEN FALSE
                                      END
                                      AND (
                                        (
                                          NOT (
                                            NOT r30.end_lo IS NULL
                                          )
                                        )
                                        OR CASE WHEN r30.end_lo >= ref_1.hi THEN TRUE WHEN r30.end_hi < ref_1.lo THEN FALSE END
                                      )
                                    ) AS INT) * 2,
                                    1
                                  ) AS g
                                FROM medications AS r30
                                WHERE
                                  r30.patient_id = pt.patient_id
                                  AND (
                                    r30.system = 'ATC' AND SUBSTRING(r30.code FROM 1 FOR 5) = 'H02AB'
                                  )
                              ) AS r31
                            )
                            WHEN 2
                            THEN TRUE
                            WHEN 1
                            THEN CAST(NULL AS BOOLEAN)
                            ELSE FALSE
                          END
                        END
                      )
                      AND att_13.value_bool
                    )
                  ) AS INT) * 2,
                  1
                ) AS g
              FROM conditions AS r29
              WHERE
                r29.patient_id = pt.patient_id
            ) AS r32
          )
          WHEN 2
          THEN TRUE
          WHEN 1
          THEN CAST(NULL AS BOOLEAN)
          ELSE FALSE
        END
      END IS TRUE
      THEN 'met'
      WHEN CASE
        WHEN pt.conditions_collected IS TRUE
        THEN CASE (
            SELECT
              MAX(g)
            FROM (
              SELECT
                COALESCE(
                  CAST((
                    (
                      CASE
                        WHEN NOT (
                          NOT r29.status IS NULL
                        )
                        THEN CAST(NULL AS BOOLEAN)
                        ELSE (
                          (
                            r29.status = 'active'
                          )
                          OR (
                            r29.status = 'recurrence'
                          )
                          OR (
                            r29.status = 'relapse'
                          )
                        )
                      END
                      AND (
                        (
                          (
                            r29.system = 'ICD10CM' AND SUBSTRING(r29.code FROM 1 FOR 6) = 'G95.20'
                          )
                          OR (
                            r29.system = 'ICD10CM' AND SUBSTRING(r29.code FROM 1 FOR 6) = 'G95.29'
                          )
                        )
                        OR (
                          (
                            r29.system = 'ICD10CM' AND SUBSTRING(r29.code FROM 1 FOR 6) = 'C79.31'
                          )
                          AND att_11.value_bool
                        )
                      )
                    )
                    AND NOT (
                      att_12.value_bool
                      AND (
                        NOT CASE
                          WHEN pt.medications_collected IS TRUE
                          THEN CASE (
                              SELECT
                                MAX(g)
                              FROM (
                                SELECT
                                  COALESCE(
                                    CAST((
                                      CASE
                                        WHEN r30.start_hi <= ref_1.lo
                                        THEN TRUE
                                        WHEN r30.start_lo > ref_1.hi
                                        THEN FALSE
                                      END
                                      AND (
                                        (
                                          NOT (
                                            NOT r30.end_lo IS NULL
                                          )
                                        )
                                        OR CASE WHEN r30.end_lo >= ref_1.hi THEN TRUE WHEN r30.end_hi < ref_1.lo THEN FALSE END
                                      )
                                    ) AS INT) * 2,
                                    1
                                  ) AS g
                                FROM medications AS r30
                                WHERE
                                  r30.patient_id = pt.patient_id
                                  AND (
                                    r30.system = 'ATC' AND SUBSTRING(r30.code FROM 1 FOR 5) = 'H02AB'
                                  )
                              ) AS r31
                            )
                            WHEN 2
                            THEN TRUE
                            WHEN 1
                            THEN CAST(NULL AS BOOLEAN)
                            ELSE FALSE
                          END
                        END
                      )
                      AND att_13.value_bool
                    )
                  ) AS INT) * 2,
                  1
                ) AS g
              FROM conditions AS r29
              WHERE
                r29.patient_id = pt.patient_id
            ) AS r32
          )
          WHEN 2
          THEN TRUE
          WHEN 1
          THEN CAST(NULL AS BOOLEAN)
          ELSE FALSE
        END
      END IS FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "E3",
    CASE
      WHEN (
        att_14.value_bool
        OR att_15.value_bool
        OR att_16.value_bool
        OR att_17.value_bool
        OR CASE
          WHEN pt.conditions_collected IS TRUE
          THEN CASE (
              SELECT
                MAX(g)
              FROM (
                SELECT
                  COALESCE(
                    CAST(CASE
                      WHEN NOT (
                        NOT r33.status IS NULL
                      )
                      THEN CAST(NULL AS BOOLEAN)
                      ELSE (
                        (
                          r33.status = 'active'
                        )
                        OR (
                          r33.status = 'recurrence'
                        )
                        OR (
                          r33.status = 'relapse'
                        )
                      )
                    END AS INT) * 2,
                    1
                  ) AS g
                FROM conditions AS r33
                WHERE
                  r33.patient_id = pt.patient_id
                  AND (
                    (
                      r33.system = 'ICD10CM' AND SUBSTRING(r33.code FROM 1 FOR 3) = 'B16'
                    )
                    OR (
                      r33.system = 'ICD10CM' AND SUBSTRING(r33.code FROM 1 FOR 5) = 'B18.0'
                    )
                    OR (
                      r33.system = 'ICD10CM' AND SUBSTRING(r33.code FROM 1 FOR 5) = 'B18.1'
                    )
                    OR (
                      r33.system = 'ICD10CM' AND SUBSTRING(r33.code FROM 1 FOR 5) = 'B19.1'
                    )
                    OR (
                      r33.system = 'ICD10CM' AND SUBSTRING(r33.code FROM 1 FOR 5) = 'B17.1'
                    )
                    OR (
                      r33.system = 'ICD10CM' AND SUBSTRING(r33.code FROM 1 FOR 5) = 'B18.2'
                    )
                    OR (
                      r33.system = 'ICD10CM' AND SUBSTRING(r33.code FROM 1 FOR 5) = 'B19.2'
                    )
                    OR (
                      r33.system = 'ICD10CM' AND SUBSTRING(r33.code FROM 1 FOR 3) = 'B20'
                    )
                    OR (
                      r33.system = 'ICD10CM' AND SUBSTRING(r33.code FROM 1 FOR 3) = 'Z21'
                    )
                  )
              ) AS r34
            )
            WHEN 2
            THEN TRUE
            WHEN 1
            THEN CAST(NULL AS BOOLEAN)
            ELSE FALSE
          END
        END
      ) IS TRUE
      THEN 'met'
      WHEN (
        att_14.value_bool
        OR att_15.value_bool
        OR att_16.value_bool
        OR att_17.value_bool
        OR CASE
          WHEN pt.conditions_collected IS TRUE
          THEN CASE (
              SELECT
                MAX(g)
              FROM (
                SELECT
                  COALESCE(
                    CAST(CASE
                      WHEN NOT (
                        NOT r33.status IS NULL
                      )
                      THEN CAST(NULL AS BOOLEAN)
                      ELSE (
                        (
                          r33.status = 'active'
                        )
                        OR (
                          r33.status = 'recurrence'
                        )
                        OR (
                          r33.status = 'relapse'
                        )
                      )
                    END AS INT) * 2,
                    1
                  ) AS g
                FROM conditions AS r33
                WHERE
                  r33.patient_id = pt.patient_id
                  AND (
                    (
                      r33.system = 'ICD10CM' AND SUBSTRING(r33.code FROM 1 FOR 3) = 'B16'
                    )
                    OR (
                      r33.system = 'ICD10CM' AND SUBSTRING(r33.code FROM 1 FOR 5) = 'B18.0'
                    )
                    OR (
                      r33.system = 'ICD10CM' AND SUBSTRING(r33.code FROM 1 FOR 5) = 'B18.1'
                    )
                    OR (
                      r33.system = 'ICD10CM' AND SUBSTRING(r33.code FROM 1 FOR 5) = 'B19.1'
                    )
                    OR (
                      r33.system = 'ICD10CM' AND SUBSTRING(r33.code FROM 1 FOR 5) = 'B17.1'
                    )
                    OR (
                      r33.system = 'ICD10CM' AND SUBSTRING(r33.code FROM 1 FOR 5) = 'B18.2'
                    )
                    OR (
                      r33.system = 'ICD10CM' AND SUBSTRING(r33.code FROM 1 FOR 5) = 'B19.2'
                    )
                    OR (
                      r33.system = 'ICD10CM' AND SUBSTRING(r33.code FROM 1 FOR 3) = 'B20'
                    )
                    OR (
                      r33.system = 'ICD10CM' AND SUBSTRING(r33.code FROM 1 FOR 3) = 'Z21'
                    )
                  )
              ) AS r34
            )
            WHEN 2
            THEN TRUE
            WHEN 1
            THEN CAST(NULL AS BOOLEAN)
            ELSE FALSE
          END
        END
      ) IS FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "E4",
    CASE
      WHEN (
        att_18.value_bool OR att_19.value_bool
      ) IS TRUE
      THEN 'met'
      WHEN (
        att_18.value_bool OR att_19.value_bool
      ) IS FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "E5",
    CASE
      WHEN (
        (
          att_20.value_num * CASE
            WHEN att_20.unit = 'ms'
            THEN CAST(1.0 AS DOUBLE PRECISION)
            WHEN att_20.unit = 'msec'
            THEN CAST(1.0 AS DOUBLE PRECISION)
          END
        ) > CAST(470.0 AS DOUBLE PRECISION)
      ) IS TRUE
      THEN 'met'
      WHEN (
        (
          att_20.value_num * CASE
            WHEN att_20.unit = 'ms'
            THEN CAST(1.0 AS DOUBLE PRECISION)
            WHEN att_20.unit = 'msec'
            THEN CAST(1.0 AS DOUBLE PRECISION)
          END
        ) > CAST(470.0 AS DOUBLE PRECISION)
      ) IS FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "E6a",
    CASE
      WHEN att_21.value_bool IS TRUE
      THEN 'met'
      WHEN att_21.value_bool IS FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "E6b",
    CASE
      WHEN (
        att_22.value_bool OR att_23.value_bool OR att_24.value_bool
      ) IS TRUE
      THEN 'met'
      WHEN (
        att_22.value_bool OR att_23.value_bool OR att_24.value_bool
      ) IS FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "E6c",
    CASE
      WHEN (
        CASE
          WHEN pt.conditions_collected IS TRUE
          THEN CASE (
              SELECT
                MAX(g)
              FROM (
                SELECT
                  COALESCE(CAST(TRUE AS INT) * 2, 1) AS g
                FROM conditions AS r35
                WHERE
                  r35.patient_id = pt.patient_id
                  AND (
                    (
                      r35.system = 'ICD10CM' AND SUBSTRING(r35.code FROM 1 FOR 3) = 'J84'
                    )
                    OR (
                      r35.system = 'ICD10CM' AND SUBSTRING(r35.code FROM 1 FOR 5) = 'J70.2'
                    )
                    OR (
                      r35.system = 'ICD10CM' AND SUBSTRING(r35.code FROM 1 FOR 5) = 'J70.3'
                    )
                    OR (
                      r35.system = 'ICD10CM' AND SUBSTRING(r35.code FROM 1 FOR 5) = 'J70.4'
                    )
                  )
              ) AS r36
            )
            WHEN 2
            THEN TRUE
            WHEN 1
            THEN CAST(NULL AS BOOLEAN)
            ELSE FALSE
          END
        END
        OR CASE
          WHEN pt.conditions_collected IS TRUE
          THEN CASE (
              SELECT
                MAX(g)
              FROM (
                SELECT
                  COALESCE(
                    CAST(CASE
                      WHEN pt.medications_collected IS TRUE
                      THEN CASE (
                          SELECT
                            MAX(g)
                          FROM (
                            SELECT
                              COALESCE(
                                CAST((
                                  CASE
                                    WHEN r38.start_lo >= r37.onset_hi
                                    THEN TRUE
                                    WHEN r38.start_hi < r37.onset_lo
                                    THEN FALSE
                                  END
                                  AND (
                                    (
                                      NOT (
                                        NOT r37.abatement_lo IS NULL
                                      )
                                    )
                                    OR CASE
                                      WHEN r38.start_hi <= r37.abatement_lo
                                      THEN TRUE
                                      WHEN r38.start_lo > r37.abatement_hi
                                      THEN FALSE
                                    END
                                  )
                                ) AS INT) * 2,
                                1
                              ) AS g
                            FROM medications AS r38
                            WHERE
                              r38.patient_id = pt.patient_id
                              AND (
                                r38.system = 'ATC' AND SUBSTRING(r38.code FROM 1 FOR 5) = 'H02AB'
                              )
                          ) AS r39
                        )
                        WHEN 2
                        THEN TRUE
                        WHEN 1
                        THEN CAST(NULL AS BOOLEAN)
                        ELSE FALSE
                      END
                    END AS INT) * 2,
                    1
                  ) AS g
                FROM conditions AS r37
                WHERE
                  r37.patient_id = pt.patient_id
                  AND (
                    r37.system = 'ICD10CM' AND SUBSTRING(r37.code FROM 1 FOR 5) = 'J70.0'
                  )
              ) AS r40
            )
            WHEN 2
            THEN TRUE
            WHEN 1
            THEN CAST(NULL AS BOOLEAN)
            ELSE FALSE
          END
        END
        OR att_25.value_bool
      ) IS TRUE
      THEN 'met'
      WHEN (
        CASE
          WHEN pt.conditions_collected IS TRUE
          THEN CASE (
              SELECT
                MAX(g)
              FROM (
                SELECT
                  COALESCE(CAST(TRUE AS INT) * 2, 1) AS g
                FROM conditions AS r35
                WHERE
                  r35.patient_id = pt.patient_id
                  AND (
                    (
                      r35.system = 'ICD10CM' AND SUBSTRING(r35.code FROM 1 FOR 3) = 'J84'
                    )
                    OR (
                      r35.system = 'ICD10CM' AND SUBSTRING(r35.code FROM 1 FOR 5) = 'J70.2'
                    )
                    OR (
                      r35.system = 'ICD10CM' AND SUBSTRING(r35.code FROM 1 FOR 5) = 'J70.3'
                    )
                    OR (
                      r35.system = 'ICD10CM' AND SUBSTRING(r35.code FROM 1 FOR 5) = 'J70.4'
                    )
                  )
              ) AS r36
            )
            WHEN 2
            THEN TRUE
            WHEN 1
            THEN CAST(NULL AS BOOLEAN)
            ELSE FALSE
          END
        END
        OR CASE
          WHEN pt.conditions_collected IS TRUE
          THEN CASE (
              SELECT
                MAX(g)
              FROM (
                SELECT
                  COALESCE(
                    CAST(CASE
                      WHEN pt.medications_collected IS TRUE
                      THEN CASE (
                          SELECT
                            MAX(g)
                          FROM (
                            SELECT
                              COALESCE(
                                CAST((
                                  CASE
                                    WHEN r38.start_lo >= r37.onset_hi
                                    THEN TRUE
                                    WHEN r38.start_hi < r37.onset_lo
                                    THEN FALSE
                                  END
                                  AND (
                                    (
                                      NOT (
                                        NOT r37.abatement_lo IS NULL
                                      )
                                    )
                                    OR CASE
                                      WHEN r38.start_hi <= r37.abatement_lo
                                      THEN TRUE
                                      WHEN r38.start_lo > r37.abatement_hi
                                      THEN FALSE
                                    END
                                  )
                                ) AS INT) * 2,
                                1
                              ) AS g
                            FROM medications AS r38
                            WHERE
                              r38.patient_id = pt.patient_id
                              AND (
                                r38.system = 'ATC' AND SUBSTRING(r38.code FROM 1 FOR 5) = 'H02AB'
                              )
                          ) AS r39
                        )
                        WHEN 2
                        THEN TRUE
                        WHEN 1
                        THEN CAST(NULL AS BOOLEAN)
                        ELSE FALSE
                      END
                    END AS INT) * 2,
                    1
                  ) AS g
                FROM conditions AS r37
                WHERE
                  r37.patient_id = pt.patient_id
                  AND (
                    r37.system = 'ICD10CM' AND SUBSTRING(r37.code FROM 1 FOR 5) = 'J70.0'
                  )
              ) AS r40
            )
            WHEN 2
            THEN TRUE
            WHEN 1
            THEN CAST(NULL AS BOOLEAN)
            ELSE FALSE
          END
        END
        OR att_25.value_bool
      ) IS FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "E7",
    CASE
      WHEN att_26.value_bool IS TRUE
      THEN 'met'
      WHEN att_26.value_bool IS FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "E8"
  FROM patients AS pt
  LEFT JOIN reference_dates AS ref_0
    ON ref_0.patient_id = pt.patient_id AND ref_0.name = 'screening'
  LEFT JOIN reference_dates AS ref_1
    ON ref_1.patient_id = pt.patient_id AND ref_1.name = 'first_dose'
  LEFT JOIN attestations AS att_0
    ON att_0.patient_id = pt.patient_id AND att_0.name = 'amenable_to_curative_therapy'
  LEFT JOIN attestations AS att_1
    ON att_1.patient_id = pt.patient_id AND att_1.name = 'tissue_sample_provided'
  LEFT JOIN attestations AS att_2
    ON att_2.patient_id = pt.patient_id
    AND att_2.name = 'eligible_for_gefitinib_or_erlotinib'
  LEFT JOIN attestations AS att_3
    ON att_3.patient_id = pt.patient_id AND att_3.name = 'informed_consent'
  LEFT JOIN attestations AS att_4
    ON att_4.patient_id = pt.patient_id
    AND att_4.name = 'performance_status_deteriorated'
  LEFT JOIN attestations AS att_5
    ON att_5.patient_id = pt.patient_id AND att_5.name = 'expected_survival'
  LEFT JOIN attestations AS att_6
    ON att_6.patient_id = pt.patient_id
    AND att_6.name = 'recent_procedure_was_major_surgery'
  LEFT JOIN attestations AS att_7
    ON att_7.patient_id = pt.patient_id AND att_7.name = 'recent_radiotherapy_extensive'
  LEFT JOIN attestations AS att_8
    ON att_8.patient_id = pt.patient_id
    AND att_8.name = 'alternative_anticancer_treatment'
  LEFT JOIN attestations AS att_9
    ON att_9.patient_id = pt.patient_id
    AND att_9.name = 'investigational_drug_within_5_half_lives'
  LEFT JOIN attestations AS att_10
    ON att_10.patient_id = pt.patient_id
    AND att_10.name = 'other_malignancy_treated_within_2_years'
  LEFT JOIN attestations AS att_11
    ON att_11.patient_id = pt.patient_id AND att_11.name = 'brain_metastases_unstable'
  LEFT JOIN attestations AS att_12
    ON att_12.patient_id = pt.patient_id
    AND att_12.name = 'cns_definitive_therapy_completed'
  LEFT JOIN attestations AS att_13
    ON att_13.patient_id = pt.patient_id AND att_13.name = 'cns_neurologically_stable'
  LEFT JOIN attestations AS att_14
    ON att_14.patient_id = pt.patient_id
    AND att_14.name = 'severe_uncontrolled_systemic_disease'
  LEFT JOIN attestations AS att_15
    ON att_15.patient_id = pt.patient_id AND att_15.name = 'uncontrolled_hypertension'
  LEFT JOIN attestations AS att_16
    ON att_16.patient_id = pt.patient_id AND att_16.name = 'active_bleeding_diathesis'
  LEFT JOIN attestations AS att_17
    ON att_17.patient_id = pt.patient_id AND att_17.name = 'active_infection'
  LEFT JOIN attestations AS att_18
    ON att_18.patient_id = pt.patient_id
    AND att_18.name = 'gi_condition_precluding_absorption'
  LEFT JOIN attestations AS att_19
    ON att_19.patient_id = pt.patient_id AND att_19.name = 'unable_to_swallow'
  LEFT JOIN attestations AS att_20
    ON att_20.patient_id = pt.patient_id AND att_20.name = 'mean_resting_qtcf'
  LEFT JOIN attestations AS att_21
    ON att_21.patient_id = pt.patient_id AND att_21.name = 'ecg_abnormality'
  LEFT JOIN attestations AS att_22
    ON att_22.patient_id = pt.patient_id AND att_22.name = 'qtc_risk_factors'
  LEFT JOIN attestations AS att_23
    ON att_23.patient_id = pt.patient_id
    AND att_23.name = 'family_sudden_death_under_40'
  LEFT JOIN attestations AS att_24
    ON att_24.patient_id = pt.patient_id AND att_24.name = 'qt_prolonging_medication'
  LEFT JOIN attestations AS att_25
    ON att_25.patient_id = pt.patient_id AND att_25.name = 'active_ild_evidence'
  LEFT JOIN attestations AS att_26
    ON att_26.patient_id = pt.patient_id AND att_26.name = 'involved_in_study'
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
