WITH outcomes AS (
  SELECT
    pt.patient_id AS "patient_id",
    CASE
      WHEN att_0.value_bool IS TRUE
      THEN 'met'
      WHEN att_0.value_bool IS FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "I1",
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
    END AS "I2",
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
                    CASE
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
                    END
                    AND CASE
                      WHEN NOT (
                        NOT r0.extent IS NULL
                      )
                      THEN CAST(NULL AS BOOLEAN)
                      ELSE (
                        (
                          r0.extent = 'locally_advanced'
                        ) OR (
                          r0.extent = 'metastatic'
                        )
                      )
                    END
                  ) AS INT) * 2,
                  1
                ) AS g
              FROM conditions AS r0
              WHERE
                r0.patient_id = pt.patient_id
                AND (
                  (
                    r0.system = 'ICD10CM' AND SUBSTRING(r0.code FROM 1 FOR 6) = 'C44.02'
                  )
                  OR (
                    r0.system = 'ICD10CM' AND SUBSTRING(r0.code FROM 1 FOR 6) = 'C44.12'
                  )
                  OR (
                    r0.system = 'ICD10CM' AND SUBSTRING(r0.code FROM 1 FOR 6) = 'C44.22'
                  )
                  OR (
                    r0.system = 'ICD10CM' AND SUBSTRING(r0.code FROM 1 FOR 6) = 'C44.32'
                  )
                  OR (
                    r0.system = 'ICD10CM' AND SUBSTRING(r0.code FROM 1 FOR 6) = 'C44.42'
                  )
                  OR (
                    r0.system = 'ICD10CM' AND SUBSTRING(r0.code FROM 1 FOR 6) = 'C44.52'
                  )
                  OR (
                    r0.system = 'ICD10CM' AND SUBSTRING(r0.code FROM 1 FOR 6) = 'C44.62'
                  )
                  OR (
                    r0.system = 'ICD10CM' AND SUBSTRING(r0.code FROM 1 FOR 6) = 'C44.72'
                  )
                  OR (
                    r0.system = 'ICD10CM' AND SUBSTRING(r0.code FROM 1 FOR 6) = 'C44.82'
                  )
                  OR (
                    r0.system = 'ICD10CM' AND SUBSTRING(r0.code FROM 1 FOR 6) = 'C44.92'
                  )
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
                  CAST((
                    CASE
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
                    END
                    AND CASE
                      WHEN NOT (
                        NOT r0.extent IS NULL
                      )
                      THEN CAST(NULL AS BOOLEAN)
                      ELSE (
                        (
                          r0.extent = 'locally_advanced'
                        ) OR (
                          r0.extent = 'metastatic'
                        )
                      )
                    END
                  ) AS INT) * 2,
                  1
                ) AS g
              FROM conditions AS r0
              WHERE
                r0.patient_id = pt.patient_id
                AND (
                  (
                    r0.system = 'ICD10CM' AND SUBSTRING(r0.code FROM 1 FOR 6) = 'C44.02'
                  )
                  OR (
                    r0.system = 'ICD10CM' AND SUBSTRING(r0.code FROM 1 FOR 6) = 'C44.12'
                  )
                  OR (
                    r0.system = 'ICD10CM' AND SUBSTRING(r0.code FROM 1 FOR 6) = 'C44.22'
                  )
                  OR (
                    r0.system = 'ICD10CM' AND SUBSTRING(r0.code FROM 1 FOR 6) = 'C44.32'
                  )
                  OR (
                    r0.system = 'ICD10CM' AND SUBSTRING(r0.code FROM 1 FOR 6) = 'C44.42'
                  )
                  OR (
                    r0.system = 'ICD10CM' AND SUBSTRING(r0.code FROM 1 FOR 6) = 'C44.52'
                  )
                  OR (
                    r0.system = 'ICD10CM' AND SUBSTRING(r0.code FROM 1 FOR 6) = 'C44.62'
                  )
                  OR (
                    r0.system = 'ICD10CM' AND SUBSTRING(r0.code FROM 1 FOR 6) = 'C44.72'
                  )
                  OR (
                    r0.system = 'ICD10CM' AND SUBSTRING(r0.code FROM 1 FOR 6) = 'C44.82'
                  )
                  OR (
                    r0.system = 'ICD10CM' AND SUBSTRING(r0.code FROM 1 FOR 6) = 'C44.92'
                  )
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
    END AS "I3",
    CASE
      WHEN att_1.value_bool IS TRUE
      THEN 'met'
      WHEN att_1.value_bool IS FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "I4",
    CASE
      WHEN (
        (
          (
            SELECT
              r2.value_num
            FROM observations AS r2
            WHERE
              r2.patient_id = pt.patient_id
              AND (
                r2.system = 'LOINC' AND r2.code IN ('89247-1')
              )
              AND CASE
                WHEN CAST(ref_0.hi - INTERVAL '28 DAY' AS DATE) <= r2.date_lo
                AND r2.date_hi <= ref_0.lo
                THEN TRUE
                WHEN r2.date_hi < CAST(ref_0.lo - INTERVAL '28 DAY' AS DATE) OR r2.date_lo > ref_0.hi
                THEN FALSE
              END IS TRUE
              AND NOT EXISTS(
                SELECT
                  1
                FROM observations AS r3
                WHERE
                  r3.patient_id = pt.patient_id
                  AND (
                    r3.system = 'LOINC' AND r3.code IN ('89247-1')
                  )
                  AND CASE
                    WHEN CAST(ref_0.hi - INTERVAL '28 DAY' AS DATE) <= r3.date_lo
                    AND r3.date_hi <= ref_0.lo
                    THEN TRUE
                    WHEN r3.date_hi < CAST(ref_0.lo - INTERVAL '28 DAY' AS DATE) OR r3.date_lo > ref_0.hi
                    THEN FALSE
                  END IS TRUE
                  AND (
                    r3.date_lo > r2.date_lo OR (
                      r3.date_lo = r2.date_lo AND r3.seq < r2.seq
                    )
                  )
              )
              AND NOT EXISTS(
                SELECT
                  1
                FROM observations AS r4
                WHERE
                  r4.patient_id = pt.patient_id
                  AND (
                    r4.system = 'LOINC' AND r4.code IN ('89247-1')
                  )
                  AND NOT CASE
                    WHEN CAST(ref_0.hi - INTERVAL '28 DAY' AS DATE) <= r4.date_lo
                    AND r4.date_hi <= ref_0.lo
                    THEN TRUE
                    WHEN r4.date_hi < CAST(ref_0.lo - INTERVAL '28 DAY' AS DATE) OR r4.date_lo > ref_0.hi
                    THEN FALSE
                  END IS FALSE
                  AND r4.seq <> r2.seq
                  AND (
                    r4.date_hi IS NULL OR r4.date_hi > r2.date_lo
                  )
                  AND NOT (
                    (
                      NOT (
                        COALESCE(
                          r4.value_num,
                          CASE
                            WHEN r4.value_bool IS TRUE
                            THEN CAST(1.0 AS DOUBLE PRECISION)
                            WHEN r4.value_bool IS FALSE
                            THEN CAST(0.0 AS DOUBLE PRECISION)
                          END
                        )
                      ) IS NULL
                      AND COALESCE(
                        r4.value_num,
                        CASE
                          WHEN r4.value_bool IS TRUE
                          THEN CAST(1.0 AS DOUBLE PRECISION)
                          WHEN r4.value_bool IS FALSE
                          THEN CAST(0.0 AS DOUBLE PRECISION)
                        END
                      ) IS NOT DISTINCT FROM COALESCE(
                        r2.value_num,
                        CASE
                          WHEN r2.value_bool IS TRUE
                          THEN CAST(1.0 AS DOUBLE PRECISION)
                          WHEN r2.value_bool IS FALSE
                          THEN CAST(0.0 AS DOUBLE PRECISION)
                        END
                      )
                    )
                    OR (
                      NOT r4.value_text IS NULL AND r4.value_text IS NOT DISTINCT FROM r2.value_text
                    )
                    OR (
                      NOT r4.value_code IS NULL
                      AND r4.value_code_system IS NOT DISTINCT FROM r2.value_code_system
                      AND r4.value_code IS NOT DISTINCT FROM r2.value_code
                      AND r4.value_code_display IS NOT DISTINCT FROM r2.value_code_display
                    )
                    OR (
                      (
                        r4.value_num IS NULL
                        AND r4.value_text IS NULL
                        AND r4.value_bool IS NULL
                        AND r4.value_code IS NULL
                      )
                      AND (
                        r2.value_num IS NULL
                        AND r2.value_text IS NULL
                        AND r2.value_bool IS NULL
                        AND r2.value_code IS NULL
                      )
                    )
                  )
              )
          ) >= CAST(0.0 AS DOUBLE PRECISION)
        )
        AND (
          (
            SELECT
              r2.value_num
            FROM observations AS r2
            WHERE
              r2.patient_id = pt.patient_id
              AND (
                r2.system = 'LOINC' AND r2.code IN ('89247-1')
              )
              AND CASE
                WHEN CAST(ref_0.hi - INTERVAL '28 DAY' AS DATE) <= r2.date_lo
                AND r2.date_hi <= ref_0.lo
                THEN TRUE
                WHEN r2.date_hi < CAST(ref_0.lo - INTERVAL '28 DAY' AS DATE) OR r2.date_lo > ref_0.hi
                THEN FALSE
              END IS TRUE
              AND NOT EXISTS(
                SELECT
                  1
                FROM observations AS r3
                WHERE
                  r3.patient_id = pt.patient_id
                  AND (
                    r3.system = 'LOINC' AND r3.code IN ('89247-1')
                  )
                  AND CASE
                    WHEN CAST(ref_0.hi - INTERVAL '28 DAY' AS DATE) <= r3.date_lo
                    AND r3.date_hi <= ref_0.lo
                    THEN TRUE
                    WHEN r3.date_hi < CAST(ref_0.lo - INTERVAL '28 DAY' AS DATE) OR r3.date_lo > ref_0.hi
                    THEN FALSE
                  END IS TRUE
                  AND (
                    r3.date_lo > r2.date_lo OR (
                      r3.date_lo = r2.date_lo AND r3.seq < r2.seq
                    )
                  )
              )
              AND NOT EXISTS(
                SELECT
                  1
                FROM observations AS r4
                WHERE
                  r4.patient_id = pt.patient_id
                  AND (
                    r4.system = 'LOINC' AND r4.code IN ('89247-1')
                  )
                  AND NOT CASE
                    WHEN CAST(ref_0.hi - INTERVAL '28 DAY' AS DATE) <= r4.date_lo
                    AND r4.date_hi <= ref_0.lo
                    THEN TRUE
                    WHEN r4.date_hi < CAST(ref_0.lo - INTERVAL '28 DAY' AS DATE) OR r4.date_lo > ref_0.hi
                    THEN FALSE
                  END IS FALSE
                  AND r4.seq <> r2.seq
                  AND (
                    r4.date_hi IS NULL OR r4.date_hi > r2.date_lo
                  )
                  AND NOT (
                    (
                      NOT (
                        COALESCE(
                          r4.value_num,
                          CASE
                            WHEN r4.value_bool IS TRUE
                            THEN CAST(1.0 AS DOUBLE PRECISION)
                            WHEN r4.value_bool IS FALSE
                            THEN CAST(0.0 AS DOUBLE PRECISION)
                          END
                        )
                      ) IS NULL
                      AND COALESCE(
                        r4.value_num,
                        CASE
                          WHEN r4.value_bool IS TRUE
                          THEN CAST(1.0 AS DOUBLE PRECISION)
                          WHEN r4.value_bool IS FALSE
                          THEN CAST(0.0 AS DOUBLE PRECISION)
                        END
                      ) IS NOT DISTINCT FROM COALESCE(
                        r2.value_num,
                        CASE
                          WHEN r2.value_bool IS TRUE
                          THEN CAST(1.0 AS DOUBLE PRECISION)
                          WHEN r2.value_bool IS FALSE
                          THEN CAST(0.0 AS DOUBLE PRECISION)
                        END
                      )
                    )
                    OR (
                      NOT r4.value_text IS NULL AND r4.value_text IS NOT DISTINCT FROM r2.value_text
                    )
                    OR (
                      NOT r4.value_code IS NULL
                      AND r4.value_code_system IS NOT DISTINCT FROM r2.value_code_system
                      AND r4.value_code IS NOT DISTINCT FROM r2.value_code
                      AND r4.value_code_display IS NOT DISTINCT FROM r2.value_code_display
                    )
                    OR (
                      (
                        r4.value_num IS NULL
                        AND r4.value_text IS NULL
                        AND r4.value_bool IS NULL
                        AND r4.value_code IS NULL
                      )
                      AND (
                        r2.value_num IS NULL
                        AND r2.value_text IS NULL
                        AND r2.value_bool IS NULL
                        AND r2.value_code IS NULL
                      )
                    )
                  )
              )
          ) <= CAST(1.0 AS DOUBLE PRECISION)
        )
      ) IS TRUE
      THEN 'met'
      WHEN (
        (
          (
            SELECT
              r2.value_num
            FROM observations AS r2
            WHERE
              r2.patient_id = pt.patient_id
              AND (
                r2.system = 'LOINC' AND r2.code IN ('89247-1')
              )
              AND CASE
                WHEN CAST(ref_0.hi - INTERVAL '28 DAY' AS DATE) <= r2.date_lo
                AND r2.date_hi <= ref_0.lo
                THEN TRUE
                WHEN r2.date_hi < CAST(ref_0.lo - INTERVAL '28 DAY' AS DATE) OR r2.date_lo > ref_0.hi
                THEN FALSE
              END IS TRUE
              AND NOT EXISTS(
                SELECT
                  1
                FROM observations AS r3
                WHERE
                  r3.patient_id = pt.patient_id
                  AND (
                    r3.system = 'LOINC' AND r3.code IN ('89247-1')
                  )
                  AND CASE
                    WHEN CAST(ref_0.hi - INTERVAL '28 DAY' AS DATE) <= r3.date_lo
                    AND r3.date_hi <= ref_0.lo
                    THEN TRUE
                    WHEN r3.date_hi < CAST(ref_0.lo - INTERVAL '28 DAY' AS DATE) OR r3.date_lo > ref_0.hi
                    THEN FALSE
                  END IS TRUE
                  AND (
                    r3.date_lo > r2.date_lo OR (
                      r3.date_lo = r2.date_lo AND r3.seq < r2.seq
                    )
                  )
              )
              AND NOT EXISTS(
                SELECT
                  1
                FROM observations AS r4
                WHERE
                  r4.patient_id = pt.patient_id
                  AND (
                    r4.system = 'LOINC' AND r4.code IN ('89247-1')
                  )
                  AND NOT CASE
                    WHEN CAST(ref_0.hi - INTERVAL '28 DAY' AS DATE) <= r4.date_lo
                    AND r4.date_hi <= ref_0.lo
                    THEN TRUE
                    WHEN r4.date_hi < CAST(ref_0.lo - INTERVAL '28 DAY' AS DATE) OR r4.date_lo > ref_0.hi
                    THEN FALSE
                  END IS FALSE
                  AND r4.seq <> r2.seq
                  AND (
                    r4.date_hi IS NULL OR r4.date_hi > r2.date_lo
                  )
                  AND NOT (
                    (
                      NOT (
                        COALESCE(
                          r4.value_num,
                          CASE
                            WHEN r4.value_bool IS TRUE
                            THEN CAST(1.0 AS DOUBLE PRECISION)
                            WHEN r4.value_bool IS FALSE
                            THEN CAST(0.0 AS DOUBLE PRECISION)
                          END
                        )
                      ) IS NULL
                      AND COALESCE(
                        r4.value_num,
                        CASE
                          WHEN r4.value_bool IS TRUE
                          THEN CAST(1.0 AS DOUBLE PRECISION)
                          WHEN r4.value_bool IS FALSE
                          THEN CAST(0.0 AS DOUBLE PRECISION)
                        END
                      ) IS NOT DISTINCT FROM COALESCE(
                        r2.value_num,
                        CASE
                          WHEN r2.value_bool IS TRUE
                          THEN CAST(1.0 AS DOUBLE PRECISION)
                          WHEN r2.value_bool IS FALSE
                          THEN CAST(0.0 AS DOUBLE PRECISION)
                        END
                      )
                    )
                    OR (
                      NOT r4.value_text IS NULL AND r4.value_text IS NOT DISTINCT FROM r2.value_text
                    )
                    OR (
                      NOT r4.value_code IS NULL
                      AND r4.value_code_system IS NOT DISTINCT FROM r2.value_code_system
                      AND r4.value_code IS NOT DISTINCT FROM r2.value_code
                      AND r4.value_code_display IS NOT DISTINCT FROM r2.value_code_display
                    )
                    OR (
                      (
                        r4.value_num IS NULL
                        AND r4.value_text IS NULL
                        AND r4.value_bool IS NULL
                        AND r4.value_code IS NULL
                      )
                      AND (
                        r2.value_num IS NULL
                        AND r2.value_text IS NULL
                        AND r2.value_bool IS NULL
                        AND r2.value_code IS NULL
                      )
                    )
                  )
              )
          ) >= CAST(0.0 AS DOUBLE PRECISION)
        )
        AND (
          (
            SELECT
              r2.value_num
            FROM observations AS r2
            WHERE
              r2.patient_id = pt.patient_id
              AND (
                r2.system = 'LOINC' AND r2.code IN ('89247-1')
              )
              AND CASE
                WHEN CAST(ref_0.hi - INTERVAL '28 DAY' AS DATE) <= r2.date_lo
                AND r2.date_hi <= ref_0.lo
                THEN TRUE
                WHEN r2.date_hi < CAST(ref_0.lo - INTERVAL '28 DAY' AS DATE) OR r2.date_lo > ref_0.hi
                THEN FALSE
              END IS TRUE
              AND NOT EXISTS(
                SELECT
                  1
                FROM observations AS r3
                WHERE
                  r3.patient_id = pt.patient_id
                  AND (
                    r3.system = 'LOINC' AND r3.code IN ('89247-1')
                  )
                  AND CASE
                    WHEN CAST(ref_0.hi - INTERVAL '28 DAY' AS DATE) <= r3.date_lo
                    AND r3.date_hi <= ref_0.lo
                    THEN TRUE
                    WHEN r3.date_hi < CAST(ref_0.lo - INTERVAL '28 DAY' AS DATE) OR r3.date_lo > ref_0.hi
                    THEN FALSE
                  END IS TRUE
                  AND (
                    r3.date_lo > r2.date_lo OR (
                      r3.date_lo = r2.date_lo AND r3.seq < r2.seq
                    )
                  )
              )
              AND NOT EXISTS(
                SELECT
                  1
                FROM observations AS r4
                WHERE
                  r4.patient_id = pt.patient_id
                  AND (
                    r4.system = 'LOINC' AND r4.code IN ('89247-1')
                  )
                  AND NOT CASE
                    WHEN CAST(ref_0.hi - INTERVAL '28 DAY' AS DATE) <= r4.date_lo
                    AND r4.date_hi <= ref_0.lo
                    THEN TRUE
                    WHEN r4.date_hi < CAST(ref_0.lo - INTERVAL '28 DAY' AS DATE) OR r4.date_lo > ref_0.hi
                    THEN FALSE
                  END IS FALSE
                  AND r4.seq <> r2.seq
                  AND (
                    r4.date_hi IS NULL OR r4.date_hi > r2.date_lo
                  )
                  AND NOT (
                    (
                      NOT (
                        COALESCE(
                          r4.value_num,
                          CASE
                            WHEN r4.value_bool IS TRUE
                            THEN CAST(1.0 AS DOUBLE PRECISION)
                            WHEN r4.value_bool IS FALSE
                            THEN CAST(0.0 AS DOUBLE PRECISION)
                          END
                        )
                      ) IS NULL
                      AND COALESCE(
                        r4.value_num,
                        CASE
                          WHEN r4.value_bool IS TRUE
                          THEN CAST(1.0 AS DOUBLE PRECISION)
                          WHEN r4.value_bool IS FALSE
                          THEN CAST(0.0 AS DOUBLE PRECISION)
                        END
                      ) IS NOT DISTINCT FROM COALESCE(
                        r2.value_num,
                        CASE
                          WHEN r2.value_bool IS TRUE
                          THEN CAST(1.0 AS DOUBLE PRECISION)
                          WHEN r2.value_bool IS FALSE
                          THEN CAST(0.0 AS DOUBLE PRECISION)
                        END
                      )
                    )
                    OR (
                      NOT r4.value_text IS NULL AND r4.value_text IS NOT DISTINCT FROM r2.value_text
                    )
                    OR (
                      NOT r4.value_code IS NULL
                      AND r4.value_code_system IS NOT DISTINCT FROM r2.value_code_system
                      AND r4.value_code IS NOT DISTINCT FROM r2.value_code
                      AND r4.value_code_display IS NOT DISTINCT FROM r2.value_code_display
                    )
                    OR (
                      (
                        r4.value_num IS NULL
                        AND r4.value_text IS NULL
                        AND r4.value_bool IS NULL
                        AND r4.value_code IS NULL
                      )
                      AND (
                        r2.value_num IS NULL
                        AND r2.value_text IS NULL
                        AND r2.value_bool IS NULL
                        AND r2.value_code IS NULL
                      )
                    )
                  )
              )
          ) <= CAST(1.0 AS DOUBLE PRECISION)
        )
      ) IS FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "I5",
    CASE
      WHEN CASE
        WHEN att_2.unit IN ('days', 'day')
        THEN CASE
          WHEN (
            (
              CASE
                WHEN att_2.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN att_2.value_num
              END * CAST(1.0 AS DOUBLE PRECISION)
            ) >= (
              CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
            )
          ) = (
            (
              CASE
                WHEN att_2.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN att_2.value_num
              END * CAST(1.0 AS DOUBLE PRECISION)
            ) >= (
              CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
            )
          )
          AND (
            (
              CASE
                WHEN att_2.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN att_2.value_num
              END * CAST(1.0 AS DOUBLE PRECISION)
            ) >= (
              CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
            )
          ) = (
            (
              CASE
                WHEN att_2.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN att_2.value_num
              END * CAST(1.0 AS DOUBLE PRECISION)
            ) >= (
              CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
            )
          )
          AND (
            (
              CASE
                WHEN att_2.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN att_2.value_num
              END * CAST(1.0 AS DOUBLE PRECISION)
            ) >= (
              CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
            )
          ) = (
            (
              CASE
                WHEN att_2.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN att_2.value_num
              END * CAST(1.0 AS DOUBLE PRECISION)
            ) >= (
              CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
            )
          )
          THEN (
            CASE
              WHEN att_2.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
              THEN att_2.value_num
            END * CAST(1.0 AS DOUBLE PRECISION)
          ) >= (
            CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
          )
        END
        WHEN att_2.unit IN ('weeks', 'week')
        THEN CASE
          WHEN (
            (
              CASE
                WHEN att_2.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN att_2.value_num
              END * CAST(7.0 AS DOUBLE PRECISION)
            ) >= (
              CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
            )
          ) = (
            (
              CASE
                WHEN att_2.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN att_2.value_num
              END * CAST(7.0 AS DOUBLE PRECISION)
            ) >= (
              CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
            )
          )
          AND (
            (
              CASE
                WHEN att_2.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN att_2.value_num
              END * CAST(7.0 AS DOUBLE PRECISION)
            ) >= (
              CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
            )
          ) = (
            (
              CASE
                WHEN att_2.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN att_2.value_num
              END * CAST(7.0 AS DOUBLE PRECISION)
            ) >= (
              CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
            )
          )
          AND (
            (
              CASE
                WHEN att_2.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN att_2.value_num
              END * CAST(7.0 AS DOUBLE PRECISION)
            ) >= (
              CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
            )
          ) = (
            (
              CASE
                WHEN att_2.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN att_2.value_num
              END * CAST(7.0 AS DOUBLE PRECISION)
            ) >= (
              CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
            )
          )
          THEN (
            CASE
              WHEN att_2.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
              THEN att_2.value_num
            END * CAST(7.0 AS DOUBLE PRECISION)
          ) >= (
            CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
          )
        END
        WHEN att_2.unit IN ('months', 'month')
        THEN CASE
          WHEN (
            (
              CASE
                WHEN att_2.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN att_2.value_num
              END * CAST(28.0 AS DOUBLE PRECISION)
            ) >= (
              CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
            )
          ) = (
            (
              CASE
                WHEN att_2.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN att_2.value_num
              END * CAST(28.0 AS DOUBLE PRECISION)
            ) >= (
              CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
            )
          )
          AND (
            (
              CASE
                WHEN att_2.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN att_2.value_num
              END * CAST(28.0 AS DOUBLE PRECISION)
            ) >= (
              CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
            )
          ) = (
            (
              CASE
                WHEN att_2.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN att_2.value_num
              END * CAST(31.0 AS DOUBLE PRECISION)
            ) >= (
              CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
            )
          )
          AND (
            (
              CASE
                WHEN att_2.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN att_2.value_num
              END * CAST(28.0 AS DOUBLE PRECISION)
            ) >= (
              CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
            )
          ) = (
            (
              CASE
                WHEN att_2.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN att_2.value_num
              END * CAST(31.0 AS DOUBLE PRECISION)
            ) >= (
              CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
            )
          )
          THEN (
            CASE
              WHEN att_2.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
              THEN att_2.value_num
            END * CAST(28.0 AS DOUBLE PRECISION)
          ) >= (
            CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
          )
        END
        WHEN att_2.unit IN ('years', 'year')
        THEN CASE
          WHEN (
            (
              CASE
                WHEN att_2.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN att_2.value_num
              END * CAST(365.0 AS DOUBLE PRECISION)
            ) >= (
              CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
            )
          ) = (
            (
              CASE
                WHEN att_2.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN att_2.value_num
              END * CAST(365.0 AS DOUBLE PRECISION)
            ) >= (
              CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
            )
          )
          AND (
            (
              CASE
                WHEN att_2.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN att_2.value_num
              END * CAST(365.0 AS DOUBLE PRECISION)
            ) >= (
              CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
            )
          ) = (
            (
              CASE
                WHEN att_2.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN att_2.value_num
              END * CAST(366.0 AS DOUBLE PRECISION)
            ) >= (
              CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
            )
          )
          AND (
            (
              CASE
                WHEN att_2.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN att_2.value_num
              END * CAST(365.0 AS DOUBLE PRECISION)
            ) >= (
              CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
            )
          ) = (
            (
              CASE
                WHEN att_2.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN att_2.value_num
              END * CAST(366.0 AS DOUBLE PRECISION)
            ) >= (
              CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
            )
          )
          THEN (
            CASE
              WHEN att_2.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
              THEN att_2.value_num
            END * CAST(365.0 AS DOUBLE PRECISION)
          ) >= (
            CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
          )
        END
      END IS TRUE
      THEN 'met'
      WHEN CASE
        WHEN att_2.unit IN ('days', 'day')
        THEN CASE
          WHEN (
            (
              CASE
                WHEN att_2.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN att_2.value_num
              END * CAST(1.0 AS DOUBLE PRECISION)
            ) >= (
              CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
            )
          ) = (
            (
              CASE
                WHEN att_2.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN att_2.value_num
              END * CAST(1.0 AS DOUBLE PRECISION)
            ) >= (
              CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
            )
          )
          AND (
            (
              CASE
                WHEN att_2.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN att_2.value_num
              END * CAST(1.0 AS DOUBLE PRECISION)
            ) >= (
              CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
            )
          ) = (
            (
              CASE
                WHEN att_2.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN att_2.value_num
              END * CAST(1.0 AS DOUBLE PRECISION)
            ) >= (
              CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
            )
          )
          AND (
            (
              CASE
                WHEN att_2.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN att_2.value_num
              END * CAST(1.0 AS DOUBLE PRECISION)
            ) >= (
              CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
            )
          ) = (
            (
              CASE
                WHEN att_2.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN att_2.value_num
              END * CAST(1.0 AS DOUBLE PRECISION)
            ) >= (
              CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
            )
          )
          THEN (
            CASE
              WHEN att_2.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
              THEN att_2.value_num
            END * CAST(1.0 AS DOUBLE PRECISION)
          ) >= (
            CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
          )
        END
        WHEN att_2.unit IN ('weeks', 'week')
        THEN CASE
          WHEN (
            (
              CASE
                WHEN att_2.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN att_2.value_num
              END * CAST(7.0 AS DOUBLE PRECISION)
            ) >= (
              CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
            )
          ) = (
            (
              CASE
                WHEN att_2.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN att_2.value_num
              END * CAST(7.0 AS DOUBLE PRECISION)
            ) >= (
              CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
            )
          )
          AND (
            (
              CASE
                WHEN att_2.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN att_2.value_num
              END * CAST(7.0 AS DOUBLE PRECISION)
            ) >= (
              CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
            )
          ) = (
            (
              CASE
                WHEN att_2.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN att_2.value_num
              END * CAST(7.0 AS DOUBLE PRECISION)
            ) >= (
              CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
            )
          )
          AND (
            (
              CASE
                WHEN att_2.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN att_2.value_num
              END * CAST(7.0 AS DOUBLE PRECISION)
            ) >= (
              CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
            )
          ) = (
            (
              CASE
                WHEN att_2.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN att_2.value_num
              END * CAST(7.0 AS DOUBLE PRECISION)
            ) >= (
              CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
            )
          )
          THEN (
            CASE
              WHEN att_2.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
              THEN att_2.value_num
            END * CAST(7.0 AS DOUBLE PRECISION)
          ) >= (
            CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
          )
        END
        WHEN att_2.unit IN ('months', 'month')
        THEN CASE
          WHEN (
            (
              CASE
                WHEN att_2.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN att_2.value_num
              END * CAST(28.0 AS DOUBLE PRECISION)
            ) >= (
              CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
            )
          ) = (
            (
              CASE
                WHEN att_2.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN att_2.value_num
              END * CAST(28.0 AS DOUBLE PRECISION)
            ) >= (
              CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
            )
          )
          AND (
            (
              CASE
                WHEN att_2.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN att_2.value_num
              END * CAST(28.0 AS DOUBLE PRECISION)
            ) >= (
              CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
            )
          ) = (
            (
              CASE
                WHEN att_2.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN att_2.value_num
              END * CAST(31.0 AS DOUBLE PRECISION)
            ) >= (
              CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
            )
          )
          AND (
            (
              CASE
                WHEN att_2.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN att_2.value_num
              END * CAST(28.0 AS DOUBLE PRECISION)
            ) >= (
              CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
            )
          ) = (
            (
              CASE
                WHEN att_2.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN att_2.value_num
              END * CAST(31.0 AS DOUBLE PRECISION)
            ) >= (
              CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
            )
          )
          THEN (
            CASE
              WHEN att_2.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
              THEN att_2.value_num
            END * CAST(28.0 AS DOUBLE PRECISION)
          ) >= (
            CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
          )
        END
        WHEN att_2.unit IN ('years', 'year')
        THEN CASE
          WHEN (
            (
              CASE
                WHEN att_2.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN att_2.value_num
              END * CAST(365.0 AS DOUBLE PRECISION)
            ) >= (
              CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
            )
          ) = (
            (
              CASE
                WHEN att_2.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN att_2.value_num
              END * CAST(365.0 AS DOUBLE PRECISION)
            ) >= (
              CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
            )
          )
          AND (
            (
              CASE
                WHEN att_2.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN att_2.value_num
              END * CAST(365.0 AS DOUBLE PRECISION)
            ) >= (
              CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
            )
          ) = (
            (
              CASE
                WHEN att_2.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN att_2.value_num
              END * CAST(366.0 AS DOUBLE PRECISION)
            ) >= (
              CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
            )
          )
          AND (
            (
              CASE
                WHEN att_2.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN att_2.value_num
              END * CAST(365.0 AS DOUBLE PRECISION)
            ) >= (
              CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
            )
          ) = (
            (
              CASE
                WHEN att_2.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                THEN att_2.value_num
              END * CAST(366.0 AS DOUBLE PRECISION)
            ) >= (
              CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
            )
          )
          THEN (
            CASE
              WHEN att_2.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
              THEN att_2.value_num
            END * CAST(365.0 AS DOUBLE PRECISION)
          ) >= (
            CAST(12.0 AS DOUBLE PRECISION) * CAST(7.0 AS DOUBLE PRECISION)
          )
        END
      END IS FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "I6",
    CASE
      WHEN (
        (
          pt.sex = 'female'
        ) AND att_3.value_bool
      ) IS FALSE
      THEN 'not_applicable'
      WHEN (
        NOT (
          (
            pt.sex = 'female'
          ) AND att_3.value_bool
        )
        OR (
          (
            SELECT
              CASE
                WHEN COALESCE(r5.value_text, r5.value_code) IN ('positive', 'negative', 'indeterminate')
                THEN COALESCE(r5.value_text, r5.value_code)
              END
            FROM observations AS r5
            WHERE
              r5.patient_id = pt.patient_id
              AND (
                r5.system = 'LOINC' AND r5.code IN ('2106-3', '2118-8')
              )
              AND CASE
                WHEN CAST(ref_0.hi - INTERVAL '7 DAY' AS DATE) <= r5.date_lo
                AND r5.date_hi <= ref_0.lo
                THEN TRUE
                WHEN r5.date_hi < CAST(ref_0.lo - INTERVAL '7 DAY' AS DATE) OR r5.date_lo > ref_0.hi
                THEN FALSE
              END IS TRUE
              AND NOT EXISTS(
                SELECT
                  1
                FROM observations AS r6
                WHERE
                  r6.patient_id = pt.patient_id
                  AND (
                    r6.system = 'LOINC' AND r6.code IN ('2106-3', '2118-8')
                  )
                  AND CASE
                    WHEN CAST(ref_0.hi - INTERVAL '7 DAY' AS DATE) <= r6.date_lo
                    AND r6.date_hi <= ref_0.lo
                    THEN TRUE
                    WHEN r6.date_hi < CAST(ref_0.lo - INTERVAL '7 DAY' AS DATE) OR r6.date_lo > ref_0.hi
                    THEN FALSE
                  END IS TRUE
                  AND (
                    r6.date_lo > r5.date_lo OR (
                      r6.date_lo = r5.date_lo AND r6.seq < r5.seq
                    )
                  )
              )
              AND NOT EXISTS(
                SELECT
                  1
                FROM observations AS r7
                WHERE
                  r7.patient_id = pt.patient_id
                  AND (
                    r7.system = 'LOINC' AND r7.code IN ('2106-3', '2118-8')
                  )
                  AND NOT CASE
                    WHEN CAST(ref_0.hi - INTERVAL '7 DAY' AS DATE) <= r7.date_lo
                    AND r7.date_hi <= ref_0.lo
                    THEN TRUE
                    WHEN r7.date_hi < CAST(ref_0.lo - INTERVAL '7 DAY' AS DATE) OR r7.date_lo > ref_0.hi
                    THEN FALSE
                  END IS FALSE
                  AND r7.seq <> r5.seq
                  AND (
                    r7.date_hi IS NULL OR r7.date_hi > r5.date_lo
                  )
                  AND NOT (
                    (
                      NOT (
                        COALESCE(
                          r7.value_num,
                          CASE
                            WHEN r7.value_bool IS TRUE
                            THEN CAST(1.0 AS DOUBLE PRECISION)
                            WHEN r7.value_bool IS FALSE
                            THEN CAST(0.0 AS DOUBLE PRECISION)
                          END
                        )
                      ) IS NULL
                      AND COALESCE(
                        r7.value_num,
                        CASE
                          WHEN r7.value_bool IS TRUE
                          THEN CAST(1.0 AS DOUBLE PRECISION)
                          WHEN r7.value_bool IS FALSE
                          THEN CAST(0.0 AS DOUBLE PRECISION)
                        END
                      ) IS NOT DISTINCT FROM COALESCE(
                        r5.value_num,
                        CASE
                          WHEN r5.value_bool IS TRUE
                          THEN CAST(1.0 AS DOUBLE PRECISION)
                          WHEN r5.value_bool IS FALSE
                          THEN CAST(0.0 AS DOUBLE PRECISION)
                        END
                      )
                    )
                    OR (
                      NOT r7.value_text IS NULL AND r7.value_text IS NOT DISTINCT FROM r5.value_text
                    )
                    OR (
                      NOT r7.value_code IS NULL
                      AND r7.value_code_system IS NOT DISTINCT FROM r5.value_code_system
                      AND r7.value_code IS NOT DISTINCT FROM r5.value_code
                      AND r7.value_code_display IS NOT DISTINCT FROM r5.value_code_display
                    )
                    OR (
                      (
                        r7.value_num IS NULL
                        AND r7.value_text IS NULL
                        AND r7.value_bool IS NULL
                        AND r7.value_code IS NULL
                      )
                      AND (
                        r5.value_num IS NULL
                        AND r5.value_text IS NULL
                        AND r5.value_bool IS NULL
                        AND r5.value_code IS NULL
                      )
                    )
                  )
              )
          ) = 'negative'
        )
      ) IS TRUE
      THEN 'met'
      WHEN (
        NOT (
          (
            pt.sex = 'female'
          ) AND att_3.value_bool
        )
        OR (
          (
            SELECT
              CASE
                WHEN COALESCE(r5.value_text, r5.value_code) IN ('positive', 'negative', 'indeterminate')
                THEN COALESCE(r5.value_text, r5.value_code)
              END
            FROM observations AS r5
            WHERE
              r5.patient_id = pt.patient_id
              AND (
                r5.system = 'LOINC' AND r5.code IN ('2106-3', '2118-8')
              )
              AND CASE
                WHEN CAST(ref_0.hi - INTERVAL '7 DAY' AS DATE) <= r5.date_lo
                AND r5.date_hi <= ref_0.lo
                THEN TRUE
                WHEN r5.date_hi < CAST(ref_0.lo - INTERVAL '7 DAY' AS DATE) OR r5.date_lo > ref_0.hi
                THEN FALSE
              END IS TRUE
              AND NOT EXISTS(
                SELECT
                  1
                FROM observations AS r6
                WHERE
                  r6.patient_id = pt.patient_id
                  AND (
                    r6.system = 'LOINC' AND r6.code IN ('2106-3', '2118-8')
                  )
                  AND CASE
                    WHEN CAST(ref_0.hi - INTERVAL '7 DAY' AS DATE) <= r6.date_lo
                    AND r6.date_hi <= ref_0.lo
                    THEN TRUE
                    WHEN r6.date_hi < CAST(ref_0.lo - INTERVAL '7 DAY' AS DATE) OR r6.date_lo > ref_0.hi
                    THEN FALSE
                  END IS TRUE
                  AND (
                    r6.date_lo > r5.date_lo OR (
                      r6.date_lo = r5.date_lo AND r6.seq < r5.seq
                    )
                  )
              )
              AND NOT EXISTS(
                SELECT
                  1
                FROM observations AS r7
                WHERE
                  r7.patient_id = pt.patient_id
                  AND (
                    r7.system = 'LOINC' AND r7.code IN ('2106-3', '2118-8')
                  )
                  AND NOT CASE
                    WHEN CAST(ref_0.hi - INTERVAL '7 DAY' AS DATE) <= r7.date_lo
                    AND r7.date_hi <= ref_0.lo
                    THEN TRUE
                    WHEN r7.date_hi < CAST(ref_0.lo - INTERVAL '7 DAY' AS DATE) OR r7.date_lo > ref_0.hi
                    THEN FALSE
                  END IS FALSE
                  AND r7.seq <> r5.seq
                  AND (
                    r7.date_hi IS NULL OR r7.date_hi > r5.date_lo
                  )
                  AND NOT (
                    (
                      NOT (
                        COALESCE(
                          r7.value_num,
                          CASE
                            WHEN r7.value_bool IS TRUE
                            THEN CAST(1.0 AS DOUBLE PRECISION)
                            WHEN r7.value_bool IS FALSE
                            THEN CAST(0.0 AS DOUBLE PRECISION)
                          END
                        )
                      ) IS NULL
                      AND COALESCE(
                        r7.value_num,
                        CASE
                          WHEN r7.value_bool IS TRUE
                          THEN CAST(1.0 AS DOUBLE PRECISION)
                          WHEN r7.value_bool IS FALSE
                          THEN CAST(0.0 AS DOUBLE PRECISION)
                        END
                      ) IS NOT DISTINCT FROM COALESCE(
                        r5.value_num,
                        CASE
                          WHEN r5.value_bool IS TRUE
                          THEN CAST(1.0 AS DOUBLE PRECISION)
                          WHEN r5.value_bool IS FALSE
                          THEN CAST(0.0 AS DOUBLE PRECISION)
                        END
                      )
                    )
                    OR (
                      NOT r7.value_text IS NULL AND r7.value_text IS NOT DISTINCT FROM r5.value_text
                    )
                    OR (
                      NOT r7.value_code IS NULL
                      AND r7.value_code_system IS NOT DISTINCT FROM r5.value_code_system
                      AND r7.value_code IS NOT DISTINCT FROM r5.value_code
                      AND r7.value_code_display IS NOT DISTINCT FROM r5.value_code_display
                    )
                    OR (
                      (
                        r7.value_num IS NULL
                        AND r7.value_text IS NULL
                        AND r7.value_bool IS NULL
                        AND r7.value_code IS NULL
                      )
                      AND (
                        r5.value_num IS NULL
                        AND r5.value_text IS NULL
                        AND r5.value_bool IS NULL
                        AND r5.value_code IS NULL
                      )
                    )
                  )
              )
          ) = 'negative'
        )
      ) IS FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "I7",
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
                    WHEN r8.start_hi < ref_0.lo
                    THEN TRUE
                    WHEN r8.start_lo >= ref_0.hi
                    THEN FALSE
                  END AS INT) * 2,
                  1
                ) AS g
              FROM medications AS r8
              WHERE
                r8.patient_id = pt.patient_id
                AND (
                  (
                    r8.system = 'ATC' AND SUBSTRING(r8.code FROM 1 FOR 5) = 'L01FE'
                  )
                  OR (
                    r8.system = 'ATC' AND SUBSTRING(r8.code FROM 1 FOR 7) = 'L01XC06'
                  )
                  OR (
                    r8.system = 'ATC' AND SUBSTRING(r8.code FROM 1 FOR 7) = 'L01XC08'
                  )
                )
            ) AS r9
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
                    WHEN r8.start_hi < ref_0.lo
                    THEN TRUE
                    WHEN r8.start_lo >= ref_0.hi
                    THEN FALSE
                  END AS INT) * 2,
                  1
                ) AS g
              FROM medications AS r8
              WHERE
                r8.patient_id = pt.patient_id
                AND (
                  (
                    r8.system = 'ATC' AND SUBSTRING(r8.code FROM 1 FOR 5) = 'L01FE'
                  )
                  OR (
                    r8.system = 'ATC' AND SUBSTRING(r8.code FROM 1 FOR 7) = 'L01XC06'
                  )
                  OR (
                    r8.system = 'ATC' AND SUBSTRING(r8.code FROM 1 FOR 7) = 'L01XC08'
                  )
                )
            ) AS r9
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
    END AS "E1",
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
                      (
                        NOT (
                          (
                            r10.system = 'ICD10CM' AND SUBSTRING(r10.code FROM 1 FOR 6) = 'C44.02'
                          )
                          OR (
                            r10.system = 'ICD10CM' AND SUBSTRING(r10.code FROM 1 FOR 6) = 'C44.12'
                          )
                          OR (
                            r10.system = 'ICD10CM' AND SUBSTRING(r10.code FROM 1 FOR 6) = 'C44.22'
                          )
                          OR (
                            r10.system = 'ICD10CM' AND SUBSTRING(r10.code FROM 1 FOR 6) = 'C44.32'
                          )
                          OR (
                            r10.system = 'ICD10CM' AND SUBSTRING(r10.code FROM 1 FOR 6) = 'C44.42'
                          )
                          OR (
                            r10.system = 'ICD10CM' AND SUBSTRING(r10.code FROM 1 FOR 6) = 'C44.52'
                          )
                          OR (
                            r10.system = 'ICD10CM' AND SUBSTRING(r10.code FROM 1 FOR 6) = 'C44.62'
                          )
                          OR (
                            r10.system = 'ICD10CM' AND SUBSTRING(r10.code FROM 1 FOR 6) = 'C44.72'
                          )
                          OR (
                            r10.system = 'ICD10CM' AND SUBSTRING(r10.code FROM 1 FOR 6) = 'C44.82'
                          )
                          OR (
                            r10.system = 'ICD10CM' AND SUBSTRING(r10.code FROM 1 FOR 6) = 'C44.92'
                          )
                        )
                      )
                      AND (
                        CASE
                          WHEN CAST(ref_0.hi - INTERVAL '36 MONTH' AS DATE) <= r10.onset_lo
                          AND r10.onset_hi <= ref_0.lo
                          THEN TRUE
                          WHEN r10.onset_hi < CAST(ref_0.lo - INTERVAL '36 MONTH' AS DATE)
                          OR r10.onset_lo > ref_0.hi
                          THEN FALSE
                        END
                        OR CASE
                          WHEN NOT (
                            NOT r10.status IS NULL
                          )
                          THEN CAST(NULL AS BOOLEAN)
                          ELSE (
                            (
                              r10.status = 'active'
                            )
                            OR (
                              r10.status = 'recurrence'
                            )
                            OR (
                              r10.status = 'relapse'
                            )
                          )
                        END
                      )
                    )
                    AND NOT (
                      (
                        (
                          r10.system = 'ICD10CM' AND SUBSTRING(r10.code FROM 1 FOR 3) = 'D06'
                        )
                        AND (
                          r10.status = 'resolved'
                        )
                      )
                      OR (
                        r10.system = 'ICD10CM' AND SUBSTRING(r10.code FROM 1 FOR 3) = 'D05'
                      )
                      OR (
                        CASE
                          WHEN r10.treatment IS NULL OR 'surgery' IS NULL
                          THEN CAST(NULL AS BOOLEAN)
                          ELSE CASE
                            WHEN 'surgery' IS NULL
                            THEN NULL
                            ELSE COALESCE('surgery' = ANY(
                              r10.treatment
                            ), FALSE)
                          END
                        END
                        AND (
                          r10.status = 'resolved'
                        )
                      )
                    )
                  ) AS INT) * 2,
                  1
                ) AS g
              FROM conditions AS r10
              WHERE
                r10.patient_id = pt.patient_id
                AND (
                  (
                    (
                      r10.system = 'ICD10CM'
                      AND (
                        'C00' <= SUBSTRING(r10.code FROM 1 FOR 3)
                        AND SUBSTRING(r10.code FROM 1 FOR 3) <= 'C96'
                      )
                    )
                    OR (
                      r10.system = 'ICD10CM'
                      AND (
                        'D00' <= SUBSTRING(r10.code FROM 1 FOR 3)
                        AND SUBSTRING(r10.code FROM 1 FOR 3) <= 'D09'
                      )
                    )
                  )
                  AND NOT (
                    (
                      r10.system = 'ICD10CM'
                      AND (
                        'C77' <= SUBSTRING(r10.code FROM 1 FOR 3)
                        AND SUBSTRING(r10.code FROM 1 FOR 3) <= 'C79'
                      )
                    )
                    OR (
                      r10.system = 'ICD10CM' AND SUBSTRING(r10.code FROM 1 FOR 3) = 'C7B'
                    )
                  )
                )
            ) AS r11
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
                      (
                        NOT (
                          (
                            r10.system = 'ICD10CM' AND SUBSTRING(r10.code FROM 1 FOR 6) = 'C44.02'
                          )
                          OR (
                            r10.system = 'ICD10CM' AND SUBSTRING(r10.code FROM 1 FOR 6) = 'C44.12'
                          )
                          OR (
                            r10.system = 'ICD10CM' AND SUBSTRING(r10.code FROM 1 FOR 6) = 'C44.22'
                          )
                          OR (
                            r10.system = 'ICD10CM' AND SUBSTRING(r10.code FROM 1 FOR 6) = 'C44.32'
                          )
                          OR (
                            r10.system = 'ICD10CM' AND SUBSTRING(r10.code FROM 1 FOR 6) = 'C44.42'
                          )
                          OR (
                            r10.system = 'ICD10CM' AND SUBSTRING(r10.code FROM 1 FOR 6) = 'C44.52'
                          )
                          OR (
                            r10.system = 'ICD10CM' AND SUBSTRING(r10.code FROM 1 FOR 6) = 'C44.62'
                          )
                          OR (
                            r10.system = 'ICD10CM' AND SUBSTRING(r10.code FROM 1 FOR 6) = 'C44.72'
                          )
                          OR (
                            r10.system = 'ICD10CM' AND SUBSTRING(r10.code FROM 1 FOR 6) = 'C44.82'
                          )
                          OR (
                            r10.system = 'ICD10CM' AND SUBSTRING(r10.code FROM 1 FOR 6) = 'C44.92'
                          )
                        )
                      )
                      AND (
                        CASE
                          WHEN CAST(ref_0.hi - INTERVAL '36 MONTH' AS DATE) <= r10.onset_lo
                          AND r10.onset_hi <= ref_0.lo
                          THEN TRUE
                          WHEN r10.onset_hi < CAST(ref_0.lo - INTERVAL '36 MONTH' AS DATE)
                          OR r10.onset_lo > ref_0.hi
                          THEN FALSE
                        END
                        OR CASE
                          WHEN NOT (
                            NOT r10.status IS NULL
                          )
                          THEN CAST(NULL AS BOOLEAN)
                          ELSE (
                            (
                              r10.status = 'active'
                            )
                            OR (
                              r10.status = 'recurrence'
                            )
                            OR (
                              r10.status = 'relapse'
                            )
                          )
                        END
                      )
                    )
                    AND NOT (
                      (
                        (
                          r10.system = 'ICD10CM' AND SUBSTRING(r10.code FROM 1 FOR 3) = 'D06'
                        )
                        AND (
                          r10.status = 'resolved'
                        )
                      )
                      OR (
                        r10.system = 'ICD10CM' AND SUBSTRING(r10.code FROM 1 FOR 3) = 'D05'
                      )
                      OR (
                        CASE
                          WHEN r10.treatment IS NULL OR 'surgery' IS NULL
                          THEN CAST(NULL AS BOOLEAN)
                          ELSE CASE
                            WHEN 'surgery' IS NULL
                            THEN NULL
                            ELSE COALESCE('surgery' = ANY(
                              r10.treatment
                            ), FALSE)
                          END
                        END
                        AND (
                          r10.status = 'resolved'
                        )
                      )
                    )
                  ) AS INT) * 2,
                  1
                ) AS g
              FROM conditions AS r10
              WHERE
                r10.patient_id = pt.patient_id
                AND (
                  (
                    (
                      r10.system = 'ICD10CM'
                      AND (
                        'C00' <= SUBSTRING(r10.code FROM 1 FOR 3)
                        AND SUBSTRING(r10.code FROM 1 FOR 3) <= 'C96'
                      )
                    )
                    OR (
                      r10.system = 'ICD10CM'
                      AND (
                        'D00' <= SUBSTRING(r10.code FROM 1 FOR 3)
                        AND SUBSTRING(r10.code FROM 1 FOR 3) <= 'D09'
                      )
                    )
                  )
                  AND NOT (
                    (
                      r10.system = 'ICD10CM'
                      AND (
                        'C77' <= SUBSTRING(r10.code FROM 1 FOR 3)
                        AND SUBSTRING(r10.code FROM 1 FOR 3) <= 'C79'
                      )
                    )
                    OR (
                      r10.system = 'ICD10CM' AND SUBSTRING(r10.code FROM 1 FOR 3) = 'C7B'
                    )
                  )
                )
            ) AS r11
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
                    CASE
                      WHEN NOT (
                        NOT r12.status IS NULL
                      )
                      THEN CAST(NULL AS BOOLEAN)
                      ELSE (
                        (
                          r12.status = 'active'
                        )
                        OR (
                          r12.status = 'recurrence'
                        )
                        OR (
                          r12.status = 'relapse'
                        )
                      )
                    END
                    AND NOT (
                      (
                        (
                          r12.system = 'ICD10CM' AND SUBSTRING(r12.code FROM 1 FOR 6) = 'C44.01'
                        )
                        OR (
                          r12.system = 'ICD10CM' AND SUBSTRING(r12.code FROM 1 FOR 6) = 'C44.11'
                        )
                        OR (
                          r12.system = 'ICD10CM' AND SUBSTRING(r12.code FROM 1 FOR 6) = 'C44.21'
                        )
                        OR (
                          r12.system = 'ICD10CM' AND SUBSTRING(r12.code FROM 1 FOR 6) = 'C44.31'
                        )
                        OR (
                          r12.system = 'ICD10CM' AND SUBSTRING(r12.code FROM 1 FOR 6) = 'C44.41'
                        )
                        OR (
                          r12.system = 'ICD10CM' AND SUBSTRING(r12.code FROM 1 FOR 6) = 'C44.51'
                        )
                        OR (
                          r12.system = 'ICD10CM' AND SUBSTRING(r12.code FROM 1 FOR 6) = 'C44.61'
                        )
                        OR (
                          r12.system = 'ICD10CM' AND SUBSTRING(r12.code FROM 1 FOR 6) = 'C44.71'
                        )
                        OR (
                          r12.system = 'ICD10CM' AND SUBSTRING(r12.code FROM 1 FOR 6) = 'C44.81'
                        )
                        OR (
                          r12.system = 'ICD10CM' AND SUBSTRING(r12.code FROM 1 FOR 6) = 'C44.91'
                        )
                      )
                      AND (
                        CASE
                          WHEN r12.treatment IS NULL OR 'surgery' IS NULL
                          THEN CAST(NULL AS BOOLEAN)
                          ELSE CASE
                            WHEN 'surgery' IS NULL
                            THEN NULL
                            ELSE COALESCE('surgery' = ANY(
                              r12.treatment
                            ), FALSE)
                          END
                        END
                        OR CASE
                          WHEN r12.treatment IS NULL OR 'radiotherapy' IS NULL
                          THEN CAST(NULL AS BOOLEAN)
                          ELSE CASE
                            WHEN 'radiotherapy' IS NULL
                            THEN NULL
                            ELSE COALESCE('radiotherapy' = ANY(
                              r12.treatment
                            ), FALSE)
                          END
                        END
                      )
                    )
                  ) AS INT) * 2,
                  1
                ) AS g
              FROM conditions AS r12
              WHERE
                r12.patient_id = pt.patient_id
                AND (
                  (
                    r12.system = 'ICD10CM' AND SUBSTRING(r12.code FROM 1 FOR 6) = 'C44.01'
                  )
                  OR (
                    r12.system = 'ICD10CM' AND SUBSTRING(r12.code FROM 1 FOR 6) = 'C44.11'
                  )
                  OR (
                    r12.system = 'ICD10CM' AND SUBSTRING(r12.code FROM 1 FOR 6) = 'C44.21'
                  )
                  OR (
                    r12.system = 'ICD10CM' AND SUBSTRING(r12.code FROM 1 FOR 6) = 'C44.31'
                  )
                  OR (
                    r12.system = 'ICD10CM' AND SUBSTRING(r12.code FROM 1 FOR 6) = 'C44.41'
                  )
                  OR (
                    r12.system = 'ICD10CM' AND SUBSTRING(r12.code FROM 1 FOR 6) = 'C44.51'
                  )
                  OR (
                    r12.system = 'ICD10CM' AND SUBSTRING(r12.code FROM 1 FOR 6) = 'C44.61'
                  )
                  OR (
                    r12.system = 'ICD10CM' AND SUBSTRING(r12.code FROM 1 FOR 6) = 'C44.71'
                  )
                  OR (
                    r12.system = 'ICD10CM' AND SUBSTRING(r12.code FROM 1 FOR 6) = 'C44.81'
                  )
                  OR (
                    r12.system = 'ICD10CM' AND SUBSTRING(r12.code FROM 1 FOR 6) = 'C44.91'
                  )
                  OR (
                    r12.system = 'ICD10CM' AND SUBSTRING(r12.code FROM 1 FOR 3) = 'C43'
                  )
                  OR (
                    r12.system = 'ICD10CM' AND SUBSTRING(r12.code FROM 1 FOR 3) = 'C4A'
                  )
                  OR (
                    r12.system = 'ICD10CM' AND SUBSTRING(r12.code FROM 1 FOR 3) = 'D04'
                  )
                )
            ) AS r13
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
                    CASE
                      WHEN NOT (
                        NOT r12.status IS NULL
                      )
                      THEN CAST(NULL AS BOOLEAN)
                      ELSE (
                        (
                          r12.status = 'active'
                        )
                        OR (
                          r12.status = 'recurrence'
                        )
                        OR (
                          r12.status = 'relapse'
                        )
                      )
                    END
                    AND NOT (
                      (
                        (
                          r12.system = 'ICD10CM' AND SUBSTRING(r12.code FROM 1 FOR 6) = 'C44.01'
                        )
                        OR (
                          r12.system = 'ICD10CM' AND SUBSTRING(r12.code FROM 1 FOR 6) = 'C44.11'
                        )
                        OR (
                          r12.system = 'ICD10CM' AND SUBSTRING(r12.code FROM 1 FOR 6) = 'C44.21'
                        )
                        OR (
                          r12.system = 'ICD10CM' AND SUBSTRING(r12.code FROM 1 FOR 6) = 'C44.31'
                        )
                        OR (
                          r12.system = 'ICD10CM' AND SUBSTRING(r12.code FROM 1 FOR 6) = 'C44.41'
                        )
                        OR (
                          r12.system = 'ICD10CM' AND SUBSTRING(r12.code FROM 1 FOR 6) = 'C44.51'
                        )
                        OR (
                          r12.system = 'ICD10CM' AND SUBSTRING(r12.code FROM 1 FOR 6) = 'C44.61'
                        )
                        OR (
                          r12.system = 'ICD10CM' AND SUBSTRING(r12.code FROM 1 FOR 6) = 'C44.71'
                        )
                        OR (
                          r12.system = 'ICD10CM' AND SUBSTRING(r12.code FROM 1 FOR 6) = 'C44.81'
                        )
                        OR (
                          r12.system = 'ICD10CM' AND SUBSTRING(r12.code FROM 1 FOR 6) = 'C44.91'
                        )
                      )
                      AND (
                        CASE
                          WHEN r12.treatment IS NULL OR 'surgery' IS NULL
                          THEN CAST(NULL AS BOOLEAN)
                          ELSE CASE
                            WHEN 'surgery' IS NULL
                            THEN NULL
                            ELSE COALESCE('surgery' = ANY(
                              r12.treatment
                            ), FALSE)
                          END
                        END
                        OR CASE
                          WHEN r12.treatment IS NULL OR 'radiotherapy' IS NULL
                          THEN CAST(NULL AS BOOLEAN)
                          ELSE CASE
                            WHEN 'radiotherapy' IS NULL
                            THEN NULL
                            ELSE COALESCE('radiotherapy' = ANY(
                              r12.treatment
                            ), FALSE)
                          END
                        END
                      )
                    )
                  ) AS INT) * 2,
                  1
                ) AS g
              FROM conditions AS r12
              WHERE
                r12.patient_id = pt.patient_id
                AND (
                  (
                    r12.system = 'ICD10CM' AND SUBSTRING(r12.code FROM 1 FOR 6) = 'C44.01'
                  )
                  OR (
                    r12.system = 'ICD10CM' AND SUBSTRING(r12.code FROM 1 FOR 6) = 'C44.11'
                  )
                  OR (
                    r12.system = 'ICD10CM' AND SUBSTRING(r12.code FROM 1 FOR 6) = 'C44.21'
                  )
                  OR (
                    r12.system = 'ICD10CM' AND SUBSTRING(r12.code FROM 1 FOR 6) = 'C44.31'
                  )
                  OR (
                    r12.system = 'ICD10CM' AND SUBSTRING(r12.code FROM 1 FOR 6) = 'C44.41'
                  )
                  OR (
                    r12.system = 'ICD10CM' AND SUBSTRING(r12.code FROM 1 FOR 6) = 'C44.51'
                  )
                  OR (
                    r12.system = 'ICD10CM' AND SUBSTRING(r12.code FROM 1 FOR 6) = 'C44.61'
                  )
                  OR (
                    r12.system = 'ICD10CM' AND SUBSTRING(r12.code FROM 1 FOR 6) = 'C44.71'
                  )
                  OR (
                    r12.system = 'ICD10CM' AND SUBSTRING(r12.code FROM 1 FOR 6) = 'C44.81'
                  )
                  OR (
                    r12.system = 'ICD10CM' AND SUBSTRING(r12.code FROM 1 FOR 6) = 'C44.91'
                  )
                  OR (
                    r12.system = 'ICD10CM' AND SUBSTRING(r12.code FROM 1 FOR 3) = 'C43'
                  )
                  OR (
                    r12.system = 'ICD10CM' AND SUBSTRING(r12.code FROM 1 FOR 3) = 'C4A'
                  )
                  OR (
                    r12.system = 'ICD10CM' AND SUBSTRING(r12.code FROM 1 FOR 3) = 'D04'
                  )
                )
            ) AS r13
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
                      WHEN r14.date_hi < ref_0.lo
                      THEN TRUE
                      WHEN r14.date_lo >= ref_0.hi
                      THEN FALSE
                    END
                    AND (
                      (
                        r14.system = 'SNOMED'
                        AND r14.code IN ('313039003', '70536003', '32413006', '18027006', '88039007')
                      )
                      OR (
                        r14.donor = 'allogeneic'
                      )
                    )
                  ) AS INT) * 2,
                  1
                ) AS g
              FROM procedures AS r14
              WHERE
                r14.patient_id = pt.patient_id
                AND (
                  r14.system = 'SNOMED'
                  AND r14.code IN (
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
            ) AS r15
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
                      WHEN r14.date_hi < ref_0.lo
                      THEN TRUE
                      WHEN r14.date_lo >= ref_0.hi
                      THEN FALSE
                    END
                    AND (
                      (
                        r14.system = 'SNOMED'
                        AND r14.code IN ('313039003', '70536003', '32413006', '18027006', '88039007')
                      )
                      OR (
                        r14.donor = 'allogeneic'
                      )
                    )
                  ) AS INT) * 2,
                  1
                ) AS g
              FROM procedures AS r14
              WHERE
                r14.patient_id = pt.patient_id
                AND (
                  r14.system = 'SNOMED'
                  AND r14.code IN (
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
            ) AS r15
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
    END AS "E4",
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
                          NOT r16.status IS NULL
                        )
                        THEN CAST(NULL AS BOOLEAN)
                        ELSE (
                          (
                            r16.status = 'active'
                          )
                          OR (
                            r16.status = 'recurrence'
                          )
                          OR (
                            r16.status = 'relapse'
                          )
                        )
                      END
                      AND att_4.value_bool
                    )
                    AND NOT (
                      CASE
                        WHEN att_5.unit IN ('days', 'day')
                        THEN CASE
                          WHEN (
                            (
                              CASE
                                WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                                THEN att_5.value_num
                              END * CAST(1.0 AS DOUBLE PRECISION)
                            ) > (
                              CAST(3.0 AS DOUBLE PRECISION) * CAST(28.0 AS DOUBLE PRECISION)
                            )
                          ) = (
                            (
                              CASE
                                WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                                THEN att_5.value_num
                              END * CAST(1.0 AS DOUBLE PRECISION)
                            ) > (
                              CAST(3.0 AS DOUBLE PRECISION) * CAST(31.0 AS DOUBLE PRECISION)
                            )
                          )
                          AND (
                            (
                              CASE
                                WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                                THEN att_5.value_num
                              END * CAST(1.0 AS DOUBLE PRECISION)
                            ) > (
                              CAST(3.0 AS DOUBLE PRECISION) * CAST(28.0 AS DOUBLE PRECISION)
                            )
                          ) = (
                            (
                              CASE
                                WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                                THEN att_5.value_num
                              END * CAST(1.0 AS DOUBLE PRECISION)
                            ) > (
                              CAST(3.0 AS DOUBLE PRECISION) * CAST(28.0 AS DOUBLE PRECISION)
                            )
                          )
                          AND (
                            (
                              CASE
                                WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                                THEN att_5.value_num
                              END * CAST(1.0 AS DOUBLE PRECISION)
                            ) > (
                              CAST(3.0 AS DOUBLE PRECISION) * CAST(28.0 AS DOUBLE PRECISION)
                            )
                          ) = (
                            (
                              CASE
                                WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                                THEN att_5.value_num
                              END * CAST(1.0 AS DOUBLE PRECISION)
                            ) > (
                              CAST(3.0 AS DOUBLE PRECISION) * CAST(31.0 AS DOUBLE PRECISION)
                            )
                          )
                          THEN (
                            CASE
                              WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                              THEN att_5.value_num
                            END * CAST(1.0 AS DOUBLE PRECISION)
                          ) > (
                            CAST(3.0 AS DOUBLE PRECISION) * CAST(28.0 AS DOUBLE PRECISION)
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
                            ) > (
                              CAST(3.0 AS DOUBLE PRECISION) * CAST(28.0 AS DOUBLE PRECISION)
                            )
                          ) = (
                            (
                              CASE
                                WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                                THEN att_5.value_num
                              END * CAST(7.0 AS DOUBLE PRECISION)
                            ) > (
                              CAST(3.0 AS DOUBLE PRECISION) * CAST(31.0 AS DOUBLE PRECISION)
                            )
                          )
                          AND (
                            (
                              CASE
                                WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                                THEN att_5.value_num
                              END * CAST(7.0 AS DOUBLE PRECISION)
                            ) > (
                              CAST(3.0 AS DOUBLE PRECISION) * CAST(28.0 AS DOUBLE PRECISION)
                            )
                          ) = (
                            (
                              CASE
                                WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                                THEN att_5.value_num
                              END * CAST(7.0 AS DOUBLE PRECISION)
                            ) > (
                              CAST(3.0 AS DOUBLE PRECISION) * CAST(28.0 AS DOUBLE PRECISION)
                            )
                          )
                          AND (
                            (
                              CASE
                                WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                                THEN att_5.value_num
                              END * CAST(7.0 AS DOUBLE PRECISION)
                            ) > (
                              CAST(3.0 AS DOUBLE PRECISION) * CAST(28.0 AS DOUBLE PRECISION)
                            )
                          ) = (
                            (
                              CASE
                                WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                                THEN att_5.value_num
                              END * CAST(7.0 AS DOUBLE PRECISION)
                            ) > (
                              CAST(3.0 AS DOUBLE PRECISION) * CAST(31.0 AS DOUBLE PRECISION)
                            )
                          )
                          THEN (
                            CASE
                              WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                              THEN att_5.value_num
                            END * CAST(7.0 AS DOUBLE PRECISION)
                          ) > (
                            CAST(3.0 AS DOUBLE PRECISION) * CAST(28.0 AS DOUBLE PRECISION)
                          )
                        END
                        WHEN att_5.unit IN ('months', 'month')
                        THEN (
                          CASE
                            WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                            THEN att_5.value_num
                          END * CAST(1.0 AS DOUBLE PRECISION)
                        ) > (
                          CAST(3.0 AS DOUBLE PRECISION) * CAST(1.0 AS DOUBLE PRECISION)
                        )
                        WHEN att_5.unit IN ('years', 'year')
                        THEN (
                          CASE
                            WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                            THEN att_5.value_num
                          END * CAST(12.0 AS DOUBLE PRECISION)
                        ) > (
                          CAST(3.0 AS DOUBLE PRECISION) * CAST(1.0 AS DOUBLE PRECISION)
                        )
                      END
                      AND att_6.value_bool
                      AND att_7.value_bool
                    )
                  ) AS INT) * 2,
                  1
                ) AS g
              FROM conditions AS r16
              WHERE
                r16.patient_id = pt.patient_id
                AND (
                  (
                    r16.system = 'ICD10CM' AND SUBSTRING(r16.code FROM 1 FOR 6) = 'C79.31'
                  )
                  OR (
                    r16.system = 'ICD10CM' AND SUBSTRING(r16.code FROM 1 FOR 6) = 'C79.32'
                  )
                  OR (
                    r16.system = 'ICD10CM' AND SUBSTRING(r16.code FROM 1 FOR 6) = 'C79.49'
                  )
                )
            ) AS r17
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
                          NOT r16.status IS NULL
                        )
                        THEN CAST(NULL AS BOOLEAN)
                        ELSE (
                          (
                            r16.status = 'active'
                          )
                          OR (
                            r16.status = 'recurrence'
                          )
                          OR (
                            r16.status = 'relapse'
                          )
                        )
                      END
                      AND att_4.value_bool
                    )
                    AND NOT (
                      CASE
                        WHEN att_5.unit IN ('days', 'day')
                        THEN CASE
                          WHEN (
                            (
                              CASE
                                WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                                THEN att_5.value_num
                              END * CAST(1.0 AS DOUBLE PRECISION)
                            ) > (
                              CAST(3.0 AS DOUBLE PRECISION) * CAST(28.0 AS DOUBLE PRECISION)
                            )
                          ) = (
                            (
                              CASE
                                WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                                THEN att_5.value_num
                              END * CAST(1.0 AS DOUBLE PRECISION)
                            ) > (
                              CAST(3.0 AS DOUBLE PRECISION) * CAST(31.0 AS DOUBLE PRECISION)
                            )
                          )
                          AND (
                            (
                              CASE
                                WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                                THEN att_5.value_num
                              END * CAST(1.0 AS DOUBLE PRECISION)
                            ) > (
                              CAST(3.0 AS DOUBLE PRECISION) * CAST(28.0 AS DOUBLE PRECISION)
                            )
                          ) = (
                            (
                              CASE
                                WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                                THEN att_5.value_num
                              END * CAST(1.0 AS DOUBLE PRECISION)
                            ) > (
                              CAST(3.0 AS DOUBLE PRECISION) * CAST(28.0 AS DOUBLE PRECISION)
                            )
                          )
                          AND (
                            (
                              CASE
                                WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                                THEN att_5.value_num
                              END * CAST(1.0 AS DOUBLE PRECISION)
                            ) > (
                              CAST(3.0 AS DOUBLE PRECISION) * CAST(28.0 AS DOUBLE PRECISION)
                            )
                          ) = (
                            (
                              CASE
                                WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                                THEN att_5.value_num
                              END * CAST(1.0 AS DOUBLE PRECISION)
                            ) > (
                              CAST(3.0 AS DOUBLE PRECISION) * CAST(31.0 AS DOUBLE PRECISION)
                            )
                          )
                          THEN (
                            CASE
                              WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                              THEN att_5.value_num
                            END * CAST(1.0 AS DOUBLE PRECISION)
                          ) > (
                            CAST(3.0 AS DOUBLE PRECISION) * CAST(28.0 AS DOUBLE PRECISION)
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
                            ) > (
                              CAST(3.0 AS DOUBLE PRECISION) * CAST(28.0 AS DOUBLE PRECISION)
                            )
                          ) = (
                            (
                              CASE
                                WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                                THEN att_5.value_num
                              END * CAST(7.0 AS DOUBLE PRECISION)
                            ) > (
                              CAST(3.0 AS DOUBLE PRECISION) * CAST(31.0 AS DOUBLE PRECISION)
                            )
                          )
                          AND (
                            (
                              CASE
                                WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                                THEN att_5.value_num
                              END * CAST(7.0 AS DOUBLE PRECISION)
                            ) > (
                              CAST(3.0 AS DOUBLE PRECISION) * CAST(28.0 AS DOUBLE PRECISION)
                            )
                          ) = (
                            (
                              CASE
                                WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                                THEN att_5.value_num
                              END * CAST(7.0 AS DOUBLE PRECISION)
                            ) > (
                              CAST(3.0 AS DOUBLE PRECISION) * CAST(28.0 AS DOUBLE PRECISION)
                            )
                          )
                          AND (
                            (
                              CASE
                                WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                                THEN att_5.value_num
                              END * CAST(7.0 AS DOUBLE PRECISION)
                            ) > (
                              CAST(3.0 AS DOUBLE PRECISION) * CAST(28.0 AS DOUBLE PRECISION)
                            )
                          ) = (
                            (
                              CASE
                                WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                                THEN att_5.value_num
                              END * CAST(7.0 AS DOUBLE PRECISION)
                            ) > (
                              CAST(3.0 AS DOUBLE PRECISION) * CAST(31.0 AS DOUBLE PRECISION)
                            )
                          )
                          THEN (
                            CASE
                              WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                              THEN att_5.value_num
                            END * CAST(7.0 AS DOUBLE PRECISION)
                          ) > (
                            CAST(3.0 AS DOUBLE PRECISION) * CAST(28.0 AS DOUBLE PRECISION)
                          )
                        END
                        WHEN att_5.unit IN ('months', 'month')
                        THEN (
                          CASE
                            WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                            THEN att_5.value_num
                          END * CAST(1.0 AS DOUBLE PRECISION)
                        ) > (
                          CAST(3.0 AS DOUBLE PRECISION) * CAST(1.0 AS DOUBLE PRECISION)
                        )
                        WHEN att_5.unit IN ('years', 'year')
                        THEN (
                          CASE
                            WHEN att_5.unit IN ('days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year')
                            THEN att_5.value_num
                          END * CAST(12.0 AS DOUBLE PRECISION)
                        ) > (
                          CAST(3.0 AS DOUBLE PRECISION) * CAST(1.0 AS DOUBLE PRECISION)
                        )
                      END
                      AND att_6.value_bool
                      AND att_7.value_bool
                    )
                  ) AS INT) * 2,
                  1
                ) AS g
              FROM conditions AS r16
              WHERE
                r16.patient_id = pt.patient_id
                AND (
                  (
                    r16.system = 'ICD10CM' AND SUBSTRING(r16.code FROM 1 FOR 6) = 'C79.31'
                  )
                  OR (
                    r16.system = 'ICD10CM' AND SUBSTRING(r16.code FROM 1 FOR 6) = 'C79.32'
                  )
                  OR (
                    r16.system = 'ICD10CM' AND SUBSTRING(r16.code FROM 1 FOR 6) = 'C79.49'
                  )
                )
            ) AS r17
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
    END AS "E5",
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
                    CASE
                      WHEN NOT (
                        NOT r18.status IS NULL
                      )
                      THEN CAST(NULL AS BOOLEAN)
                      ELSE (
                        (
                          r18.status = 'active'
                        )
                        OR (
                          r18.status = 'recurrence'
                        )
                        OR (
                          r18.status = 'relapse'
                        )
                      )
                    END
                    AND att_8.value_bool
                  ) AS INT) * 2,
                  1
                ) AS g
              FROM conditions AS r18
              WHERE
                r18.patient_id = pt.patient_id
                AND (
                  (
                    r18.system = 'ICD10CM' AND SUBSTRING(r18.code FROM 1 FOR 5) = 'J91.0'
                  )
                  OR (
                    r18.system = 'ICD10CM' AND SUBSTRING(r18.code FROM 1 FOR 5) = 'I31.3'
                  )
                  OR (
                    r18.system = 'ICD10CM' AND SUBSTRING(r18.code FROM 1 FOR 3) = 'R18'
                  )
                )
            ) AS r19
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
                    CASE
                      WHEN NOT (
                        NOT r18.status IS NULL
                      )
                      THEN CAST(NULL AS BOOLEAN)
                      ELSE (
                        (
                          r18.status = 'active'
                        )
                        OR (
                          r18.status = 'recurrence'
                        )
                        OR (
                          r18.status = 'relapse'
                        )
                      )
                    END
                    AND att_8.value_bool
                  ) AS INT) * 2,
                  1
                ) AS g
              FROM conditions AS r18
              WHERE
                r18.patient_id = pt.patient_id
                AND (
                  (
                    r18.system = 'ICD10CM' AND SUBSTRING(r18.code FROM 1 FOR 5) = 'J91.0'
                  )
                  OR (
                    r18.system = 'ICD10CM' AND SUBSTRING(r18.code FROM 1 FOR 5) = 'I31.3'
                  )
                  OR (
                    r18.system = 'ICD10CM' AND SUBSTRING(r18.code FROM 1 FOR 3) = 'R18'
                  )
                )
            ) AS r19
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
    END AS "E6",
    CASE
      WHEN att_9.value_bool IS TRUE
      THEN 'met'
      WHEN att_9.value_bool IS FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "E7"
  FROM patients AS pt
  LEFT JOIN reference_dates AS ref_0
    ON ref_0.patient_id = pt.patient_id AND ref_0.name = 'first_dose'
  LEFT JOIN attestations AS att_0
    ON att_0.patient_id = pt.patient_id AND att_0.name = 'informed_consent'
  LEFT JOIN attestations AS att_1
    ON att_1.patient_id = pt.patient_id AND att_1.name = 'measurable_disease'
  LEFT JOIN attestations AS att_2
    ON att_2.patient_id = pt.patient_id AND att_2.name = 'expected_survival'
  LEFT JOIN attestations AS att_3
    ON att_3.patient_id = pt.patient_id AND att_3.name = 'childbearing_potential'
  LEFT JOIN attestations AS att_4
    ON att_4.patient_id = pt.patient_id AND att_4.name = 'cns_metastases_symptomatic'
  LEFT JOIN attestations AS att_5
    ON att_5.patient_id = pt.patient_id AND att_5.name = 'cns_treatment_duration'
  LEFT JOIN attestations AS att_6
    ON att_6.patient_id = pt.patient_id AND att_6.name = 'cns_imaging_stable'
  LEFT JOIN attestations AS att_7
    ON att_7.patient_id = pt.patient_id AND att_7.name = 'cns_symptoms_stable'
  LEFT JOIN attestations AS att_8
    ON att_8.patient_id = pt.patient_id
    AND att_8.name = 'effusion_needs_repeated_drainage'
  LEFT JOIN attestations AS att_9
    ON att_9.patient_id = pt.patient_id AND att_9.name = 'active_severe_infection'
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
