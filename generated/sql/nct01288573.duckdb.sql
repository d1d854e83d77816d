WITH outcomes AS (
  SELECT
    pt.patient_id AS "patient_id",
    CASE
      WHEN CASE
        WHEN (
          CASE WHEN att_0.value_text IN ('stage_1', 'stage_2') THEN att_0.value_text END = 'stage_1'
        ) IS TRUE
        THEN (
          CASE
            WHEN (
              CASE
                WHEN CASE
                  WHEN ref_0.lo >= pt.birth_hi
                  THEN (
                    YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                  ) * 12 + (
                    MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                  ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                  ELSE (
                    YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                  ) * 12 + (
                    MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                  ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                END >= 0
                THEN FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.lo >= pt.birth_hi
                      THEN (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
                ELSE -FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.lo >= pt.birth_hi
                      THEN (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
              END >= CAST(2.0 AS DOUBLE)
            ) = (
              CASE
                WHEN CASE
                  WHEN ref_0.hi >= pt.birth_lo
                  THEN (
                    YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                  ) * 12 + (
                    MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                  ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                  ELSE (
                    YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                  ) * 12 + (
                    MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                  ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                END >= 0
                THEN FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.hi >= pt.birth_lo
                      THEN (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
                ELSE -FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.hi >= pt.birth_lo
                      THEN (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
              END >= CAST(2.0 AS DOUBLE)
            )
            THEN CASE
              WHEN CASE
                WHEN ref_0.lo >= pt.birth_hi
                THEN (
                  YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                ) * 12 + (
                  MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                ELSE (
                  YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                ) * 12 + (
                  MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
              END >= 0
              THEN FLOOR(
                ABS(
                  CASE
                    WHEN ref_0.lo >= pt.birth_hi
                    THEN (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                    ELSE (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                  END
                ) / CAST(12.0 AS DOUBLE)
              )
              ELSE -FLOOR(
                ABS(
                  CASE
                    WHEN ref_0.lo >= pt.birth_hi
                    THEN (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                    ELSE (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                  END
                ) / CAST(12.0 AS DOUBLE)
              )
            END >= CAST(2.0 AS DOUBLE)
          END
          AND CASE
            WHEN (
              CASE
                WHEN CASE
                  WHEN ref_0.lo >= pt.birth_hi
                  THEN (
                    YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                  ) * 12 + (
                    MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                  ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                  ELSE (
                    YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                  ) * 12 + (
                    MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                  ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                END >= 0
                THEN FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.lo >= pt.birth_hi
                      THEN (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
                ELSE -FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.lo >= pt.birth_hi
                      THEN (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
              END < CAST(18.0 AS DOUBLE)
            ) = (
              CASE
                WHEN CASE
                  WHEN ref_0.hi >= pt.birth_lo
                  THEN (
                    YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                  ) * 12 + (
                    MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                  ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                  ELSE (
                    YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                  ) * 12 + (
                    MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                  ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                END >= 0
                THEN FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.hi >= pt.birth_lo
                      THEN (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
                ELSE -FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.hi >= pt.birth_lo
                      THEN (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
              END < CAST(18.0 AS DOUBLE)
            )
            THEN CASE
              WHEN CASE
                WHEN ref_0.lo >= pt.birth_hi
                THEN (
                  YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                ) * 12 + (
                  MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                ELSE (
                  YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                ) * 12 + (
                  MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
              END >= 0
              THEN FLOOR(
                ABS(
                  CASE
                    WHEN ref_0.lo >= pt.birth_hi
                    THEN (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                    ELSE (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                  END
                ) / CAST(12.0 AS DOUBLE)
              )
              ELSE -FLOOR(
                ABS(
                  CASE
                    WHEN ref_0.lo >= pt.birth_hi
                    THEN (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                    ELSE (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                  END
                ) / CAST(12.0 AS DOUBLE)
              )
            END < CAST(18.0 AS DOUBLE)
          END
        )
        WHEN (
          CASE WHEN att_0.value_text IN ('stage_1', 'stage_2') THEN att_0.value_text END = 'stage_1'
        ) IS FALSE
        THEN (
          CASE
            WHEN (
              CASE
                WHEN CASE
                  WHEN ref_0.lo >= pt.birth_hi
                  THEN (
                    YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                  ) * 12 + (
                    MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                  ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                  ELSE (
                    YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                  ) * 12 + (
                    MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                  ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                END >= 0
                THEN FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.lo >= pt.birth_hi
                      THEN (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
                ELSE -FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.lo >= pt.birth_hi
                      THEN (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
              END >= CAST(1.0 AS DOUBLE)
            ) = (
              CASE
                WHEN CASE
                  WHEN ref_0.hi >= pt.birth_lo
                  THEN (
                    YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                  ) * 12 + (
                    MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                  ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                  ELSE (
                    YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                  ) * 12 + (
                    MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                  ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                END >= 0
                THEN FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.hi >= pt.birth_lo
                      THEN (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
                ELSE -FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.hi >= pt.birth_lo
                      THEN (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
              END >= CAST(1.0 AS DOUBLE)
            )
            THEN CASE
              WHEN CASE
                WHEN ref_0.lo >= pt.birth_hi
                THEN (
                  YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                ) * 12 + (
                  MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                ELSE (
                  YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                ) * 12 + (
                  MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
              END >= 0
              THEN FLOOR(
                ABS(
                  CASE
                    WHEN ref_0.lo >= pt.birth_hi
                    THEN (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                    ELSE (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                  END
                ) / CAST(12.0 AS DOUBLE)
              )
              ELSE -FLOOR(
                ABS(
                  CASE
                    WHEN ref_0.lo >= pt.birth_hi
                    THEN (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                    ELSE (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                  END
                ) / CAST(12.0 AS DOUBLE)
              )
            END >= CAST(1.0 AS DOUBLE)
          END
          AND CASE
            WHEN (
              CASE
                WHEN CASE
                  WHEN ref_0.lo >= pt.birth_hi
                  THEN (
                    YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                  ) * 12 + (
                    MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                  ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                  ELSE (
                    YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                  ) * 12 + (
                    MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                  ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                END >= 0
                THEN FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.lo >= pt.birth_hi
                      THEN (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
                ELSE -FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.lo >= pt.birth_hi
                      THEN (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
              END < CAST(18.0 AS DOUBLE)
            ) = (
              CASE
                WHEN CASE
                  WHEN ref_0.hi >= pt.birth_lo
                  THEN (
                    YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                  ) * 12 + (
                    MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                  ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                  ELSE (
                    YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                  ) * 12 + (
                    MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                  ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                END >= 0
                THEN FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.hi >= pt.birth_lo
                      THEN (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
                ELSE -FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.hi >= pt.birth_lo
                      THEN (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
              END < CAST(18.0 AS DOUBLE)
            )
            THEN CASE
              WHEN CASE
                WHEN ref_0.lo >= pt.birth_hi
                THEN (
                  YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                ) * 12 + (
                  MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                ELSE (
                  YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                ) * 12 + (
                  MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
              END >= 0
              THEN FLOOR(
                ABS(
                  CASE
                    WHEN ref_0.lo >= pt.birth_hi
                    THEN (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                    ELSE (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                  END
                ) / CAST(12.0 AS DOUBLE)
              )
              ELSE -FLOOR(
                ABS(
                  CASE
                    WHEN ref_0.lo >= pt.birth_hi
                    THEN (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                    ELSE (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                  END
                ) / CAST(12.0 AS DOUBLE)
              )
            END < CAST(18.0 AS DOUBLE)
          END
        )
        WHEN (
          CASE
            WHEN (
              CASE
                WHEN CASE
                  WHEN ref_0.lo >= pt.birth_hi
                  THEN (
                    YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                  ) * 12 + (
                    MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                  ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                  ELSE (
                    YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                  ) * 12 + (
                    MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                  ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                END >= 0
                THEN FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.lo >= pt.birth_hi
                      THEN (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
                ELSE -FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.lo >= pt.birth_hi
                      THEN (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
              END >= CAST(2.0 AS DOUBLE)
            ) = (
              CASE
                WHEN CASE
                  WHEN ref_0.hi >= pt.birth_lo
                  THEN (
                    YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                  ) * 12 + (
                    MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                  ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                  ELSE (
                    YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                  ) * 12 + (
                    MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                  ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                END >= 0
                THEN FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.hi >= pt.birth_lo
                      THEN (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
                ELSE -FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.hi >= pt.birth_lo
                      THEN (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
              END >= CAST(2.0 AS DOUBLE)
            )
            THEN CASE
              WHEN CASE
                WHEN ref_0.lo >= pt.birth_hi
                THEN (
                  YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                ) * 12 + (
                  MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                ELSE (
                  YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                ) * 12 + (
                  MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
              END >= 0
              THEN FLOOR(
                ABS(
                  CASE
                    WHEN ref_0.lo >= pt.birth_hi
                    THEN (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                    ELSE (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                  END
                ) / CAST(12.0 AS DOUBLE)
              )
              ELSE -FLOOR(
                ABS(
                  CASE
                    WHEN ref_0.lo >= pt.birth_hi
                    THEN (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                    ELSE (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                  END
                ) / CAST(12.0 AS DOUBLE)
              )
            END >= CAST(2.0 AS DOUBLE)
          END
          AND CASE
            WHEN (
              CASE
                WHEN CASE
                  WHEN ref_0.lo >= pt.birth_hi
                  THEN (
                    YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                  ) * 12 + (
                    MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                  ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                  ELSE (
                    YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                  ) * 12 + (
                    MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                  ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                END >= 0
                THEN FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.lo >= pt.birth_hi
                      THEN (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
                ELSE -FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.lo >= pt.birth_hi
                      THEN (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
              END < CAST(18.0 AS DOUBLE)
            ) = (
              CASE
                WHEN CASE
                  WHEN ref_0.hi >= pt.birth_lo
                  THEN (
                    YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                  ) * 12 + (
                    MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                  ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                  ELSE (
                    YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                  ) * 12 + (
                    MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                  ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                END >= 0
                THEN FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.hi >= pt.birth_lo
                      THEN (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
                ELSE -FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.hi >= pt.birth_lo
                      THEN (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
              END < CAST(18.0 AS DOUBLE)
            )
            THEN CASE
              WHEN CASE
                WHEN ref_0.lo >= pt.birth_hi
                THEN (
                  YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                ) * 12 + (
                  MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                ELSE (
                  YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                ) * 12 + (
                  MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
              END >= 0
              THEN FLOOR(
                ABS(
                  CASE
                    WHEN ref_0.lo >= pt.birth_hi
                    THEN (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                    ELSE (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                  END
                ) / CAST(12.0 AS DOUBLE)
              )
              ELSE -FLOOR(
                ABS(
                  CASE
                    WHEN ref_0.lo >= pt.birth_hi
                    THEN (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                    ELSE (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                  END
                ) / CAST(12.0 AS DOUBLE)
              )
            END < CAST(18.0 AS DOUBLE)
          END
        ) = (
          CASE
            WHEN (
              CASE
                WHEN CASE
                  WHEN ref_0.lo >= pt.birth_hi
                  THEN (
                    YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                  ) * 12 + (
                    MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                  ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                  ELSE (
                    YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                  ) * 12 + (
                    MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                  ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                END >= 0
                THEN FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.lo >= pt.birth_hi
                      THEN (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
                ELSE -FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.lo >= pt.birth_hi
                      THEN (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
              END >= CAST(1.0 AS DOUBLE)
            ) = (
              CASE
                WHEN CASE
                  WHEN ref_0.hi >= pt.birth_lo
                  THEN (
                    YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                  ) * 12 + (
                    MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                  ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                  ELSE (
                    YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                  ) * 12 + (
                    MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                  ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                END >= 0
                THEN FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.hi >= pt.birth_lo
                      THEN (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
                ELSE -FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.hi >= pt.birth_lo
                      THEN (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
              END >= CAST(1.0 AS DOUBLE)
            )
            THEN CASE
              WHEN CASE
                WHEN ref_0.lo >= pt.birth_hi
                THEN (
                  YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                ) * 12 + (
                  MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                ELSE (
                  YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                ) * 12 + (
                  MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
              END >= 0
              THEN FLOOR(
                ABS(
                  CASE
                    WHEN ref_0.lo >= pt.birth_hi
                    THEN (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                    ELSE (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                  END
                ) / CAST(12.0 AS DOUBLE)
              )
              ELSE -FLOOR(
                ABS(
                  CASE
                    WHEN ref_0.lo >= pt.birth_hi
                    THEN (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                    ELSE (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                  END
                ) / CAST(12.0 AS DOUBLE)
              )
            END >= CAST(1.0 AS DOUBLE)
          END
          AND CASE
            WHEN (
              CASE
                WHEN CASE
                  WHEN ref_0.lo >= pt.birth_hi
                  THEN (
                    YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                  ) * 12 + (
                    MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                  ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                  ELSE (
                    YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                  ) * 12 + (
                    MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                  ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                END >= 0
                THEN FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.lo >= pt.birth_hi
                      THEN (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
                ELSE -FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.lo >= pt.birth_hi
                      THEN (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
              END < CAST(18.0 AS DOUBLE)
            ) = (
              CASE
                WHEN CASE
                  WHEN ref_0.hi >= pt.birth_lo
                  THEN (
                    YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                  ) * 12 + (
                    MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                  ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                  ELSE (
                    YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                  ) * 12 + (
                    MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                  ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                END >= 0
                THEN FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.hi >= pt.birth_lo
                      THEN (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
                ELSE -FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.hi >= pt.birth_lo
                      THEN (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
              END < CAST(18.0 AS DOUBLE)
            )
            THEN CASE
              WHEN CASE
                WHEN ref_0.lo >= pt.birth_hi
                THEN (
                  YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                ) * 12 + (
                  MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                ELSE (
                  YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                ) * 12 + (
                  MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
              END >= 0
              THEN FLOOR(
                ABS(
                  CASE
                    WHEN ref_0.lo >= pt.birth_hi
                    THEN (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                    ELSE (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                  END
                ) / CAST(12.0 AS DOUBLE)
              )
              ELSE -FLOOR(
                ABS(
                  CASE
                    WHEN ref_0.lo >= pt.birth_hi
                    THEN (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                    ELSE (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                  END
                ) / CAST(12.0 AS DOUBLE)
              )
            END < CAST(18.0 AS DOUBLE)
          END
        )
        THEN (
          CASE
            WHEN (
              CASE
                WHEN CASE
                  WHEN ref_0.lo >= pt.birth_hi
                  THEN (
                    YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                  ) * 12 + (
                    MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                  ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                  ELSE (
                    YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                  ) * 12 + (
                    MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                  ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                END >= 0
                THEN FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.lo >= pt.birth_hi
                      THEN (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
                ELSE -FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.lo >= pt.birth_hi
                      THEN (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
              END >= CAST(2.0 AS DOUBLE)
            ) = (
              CASE
                WHEN CASE
                  WHEN ref_0.hi >= pt.birth_lo
                  THEN (
                    YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                  ) * 12 + (
                    MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                  ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                  ELSE (
                    YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                  ) * 12 + (
                    MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                  ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                END >= 0
                THEN FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.hi >= pt.birth_lo
                      THEN (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
                ELSE -FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.hi >= pt.birth_lo
                      THEN (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
              END >= CAST(2.0 AS DOUBLE)
            )
            THEN CASE
              WHEN CASE
                WHEN ref_0.lo >= pt.birth_hi
                THEN (
                  YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                ) * 12 + (
                  MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                ELSE (
                  YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                ) * 12 + (
                  MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
              END >= 0
              THEN FLOOR(
                ABS(
                  CASE
                    WHEN ref_0.lo >= pt.birth_hi
                    THEN (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                    ELSE (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                  END
                ) / CAST(12.0 AS DOUBLE)
              )
              ELSE -FLOOR(
                ABS(
                  CASE
                    WHEN ref_0.lo >= pt.birth_hi
                    THEN (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                    ELSE (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                  END
                ) / CAST(12.0 AS DOUBLE)
              )
            END >= CAST(2.0 AS DOUBLE)
          END
          AND CASE
            WHEN (
              CASE
                WHEN CASE
                  WHEN ref_0.lo >= pt.birth_hi
                  THEN (
                    YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                  ) * 12 + (
                    MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                  ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                  ELSE (
                    YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                  ) * 12 + (
                    MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                  ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                END >= 0
                THEN FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.lo >= pt.birth_hi
                      THEN (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
                ELSE -FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.lo >= pt.birth_hi
                      THEN (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
              END < CAST(18.0 AS DOUBLE)
            ) = (
              CASE
                WHEN CASE
                  WHEN ref_0.hi >= pt.birth_lo
                  THEN (
                    YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                  ) * 12 + (
                    MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                  ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                  ELSE (
                    YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                  ) * 12 + (
                    MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                  ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                END >= 0
                THEN FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.hi >= pt.birth_lo
                      THEN (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
                ELSE -FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.hi >= pt.birth_lo
                      THEN (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
              END < CAST(18.0 AS DOUBLE)
            )
            THEN CASE
              WHEN CASE
                WHEN ref_0.lo >= pt.birth_hi
                THEN (
                  YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                ) * 12 + (
                  MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                ELSE (
                  YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                ) * 12 + (
                  MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
              END >= 0
              THEN FLOOR(
                ABS(
                  CASE
                    WHEN ref_0.lo >= pt.birth_hi
                    THEN (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                    ELSE (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                  END
                ) / CAST(12.0 AS DOUBLE)
              )
              ELSE -FLOOR(
                ABS(
                  CASE
                    WHEN ref_0.lo >= pt.birth_hi
                    THEN (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                    ELSE (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                  END
                ) / CAST(12.0 AS DOUBLE)
              )
            END < CAST(18.0 AS DOUBLE)
          END
        )
      END IS TRUE
      THEN 'met'
      WHEN CASE
        WHEN (
          CASE WHEN att_0.value_text IN ('stage_1', 'stage_2') THEN att_0.value_text END = 'stage_1'
        ) IS TRUE
        THEN (
          CASE
            WHEN (
              CASE
                WHEN CASE
                  WHEN ref_0.lo >= pt.birth_hi
                  THEN (
                    YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                  ) * 12 + (
                    MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                  ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                  ELSE (
                    YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                  ) * 12 + (
                    MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                  ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                END >= 0
                THEN FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.lo >= pt.birth_hi
                      THEN (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
                ELSE -FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.lo >= pt.birth_hi
                      THEN (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
              END >= CAST(2.0 AS DOUBLE)
            ) = (
              CASE
                WHEN CASE
                  WHEN ref_0.hi >= pt.birth_lo
                  THEN (
                    YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                  ) * 12 + (
                    MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                  ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                  ELSE (
                    YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                  ) * 12 + (
                    MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                  ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                END >= 0
                THEN FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.hi >= pt.birth_lo
                      THEN (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
                ELSE -FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.hi >= pt.birth_lo
                      THEN (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
              END >= CAST(2.0 AS DOUBLE)
            )
            THEN CASE
              WHEN CASE
                WHEN ref_0.lo >= pt.birth_hi
                THEN (
                  YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                ) * 12 + (
                  MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                ELSE (
                  YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                ) * 12 + (
                  MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
              END >= 0
              THEN FLOOR(
                ABS(
                  CASE
                    WHEN ref_0.lo >= pt.birth_hi
                    THEN (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                    ELSE (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                  END
                ) / CAST(12.0 AS DOUBLE)
              )
              ELSE -FLOOR(
                ABS(
                  CASE
                    WHEN ref_0.lo >= pt.birth_hi
                    THEN (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                    ELSE (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                  END
                ) / CAST(12.0 AS DOUBLE)
              )
            END >= CAST(2.0 AS DOUBLE)
          END
          AND CASE
            WHEN (
              CASE
                WHEN CASE
                  WHEN ref_0.lo >= pt.birth_hi
                  THEN (
                    YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                  ) * 12 + (
                    MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                  ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                  ELSE (
                    YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                  ) * 12 + (
                    MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                  ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                END >= 0
                THEN FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.lo >= pt.birth_hi
                      THEN (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
                ELSE -FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.lo >= pt.birth_hi
                      THEN (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
              END < CAST(18.0 AS DOUBLE)
            ) = (
              CASE
                WHEN CASE
                  WHEN ref_0.hi >= pt.birth_lo
                  THEN (
                    YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                  ) * 12 + (
                    MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                  ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                  ELSE (
                    YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                  ) * 12 + (
                    MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                  ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                END >= 0
                THEN FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.hi >= pt.birth_lo
                      THEN (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
                ELSE -FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.hi >= pt.birth_lo
                      THEN (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
              END < CAST(18.0 AS DOUBLE)
            )
            THEN CASE
              WHEN CASE
                WHEN ref_0.lo >= pt.birth_hi
                THEN (
                  YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                ) * 12 + (
                  MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                ELSE (
                  YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                ) * 12 + (
                  MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
              END >= 0
              THEN FLOOR(
                ABS(
                  CASE
                    WHEN ref_0.lo >= pt.birth_hi
                    THEN (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                    ELSE (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                  END
                ) / CAST(12.0 AS DOUBLE)
              )
              ELSE -FLOOR(
                ABS(
                  CASE
                    WHEN ref_0.lo >= pt.birth_hi
                    THEN (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                    ELSE (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                  END
                ) / CAST(12.0 AS DOUBLE)
              )
            END < CAST(18.0 AS DOUBLE)
          END
        )
        WHEN (
          CASE WHEN att_0.value_text IN ('stage_1', 'stage_2') THEN att_0.value_text END = 'stage_1'
        ) IS FALSE
        THEN (
          CASE
            WHEN (
              CASE
                WHEN CASE
                  WHEN ref_0.lo >= pt.birth_hi
                  THEN (
                    YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                  ) * 12 + (
                    MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                  ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                  ELSE (
                    YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                  ) * 12 + (
                    MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                  ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                END >= 0
                THEN FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.lo >= pt.birth_hi
                      THEN (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
                ELSE -FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.lo >= pt.birth_hi
                      THEN (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
              END >= CAST(1.0 AS DOUBLE)
            ) = (
              CASE
                WHEN CASE
                  WHEN ref_0.hi >= pt.birth_lo
                  THEN (
                    YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                  ) * 12 + (
                    MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                  ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                  ELSE (
                    YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                  ) * 12 + (
                    MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                  ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                END >= 0
                THEN FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.hi >= pt.birth_lo
                      THEN (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
                ELSE -FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.hi >= pt.birth_lo
                      THEN (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
              END >= CAST(1.0 AS DOUBLE)
            )
            THEN CASE
              WHEN CASE
                WHEN ref_0.lo >= pt.birth_hi
                THEN (
                  YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                ) * 12 + (
                  MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                ELSE (
                  YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                ) * 12 + (
                  MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
              END >= 0
              THEN FLOOR(
                ABS(
                  CASE
                    WHEN ref_0.lo >= pt.birth_hi
                    THEN (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                    ELSE (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                  END
                ) / CAST(12.0 AS DOUBLE)
              )
              ELSE -FLOOR(
                ABS(
                  CASE
                    WHEN ref_0.lo >= pt.birth_hi
                    THEN (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                    ELSE (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                  END
                ) / CAST(12.0 AS DOUBLE)
              )
            END >= CAST(1.0 AS DOUBLE)
          END
          AND CASE
            WHEN (
              CASE
                WHEN CASE
                  WHEN ref_0.lo >= pt.birth_hi
                  THEN (
                    YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                  ) * 12 + (
                    MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                  ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                  ELSE (
                    YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                  ) * 12 + (
                    MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                  ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                END >= 0
                THEN FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.lo >= pt.birth_hi
                      THEN (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
                ELSE -FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.lo >= pt.birth_hi
                      THEN (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
              END < CAST(18.0 AS DOUBLE)
            ) = (
              CASE
                WHEN CASE
                  WHEN ref_0.hi >= pt.birth_lo
                  THEN (
                    YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                  ) * 12 + (
                    MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                  ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                  ELSE (
                    YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                  ) * 12 + (
                    MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                  ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                END >= 0
                THEN FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.hi >= pt.birth_lo
                      THEN (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
                ELSE -FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.hi >= pt.birth_lo
                      THEN (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
              END < CAST(18.0 AS DOUBLE)
            )
            THEN CASE
              WHEN CASE
                WHEN ref_0.lo >= pt.birth_hi
                THEN (
                  YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                ) * 12 + (
                  MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                ELSE (
                  YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                ) * 12 + (
                  MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
              END >= 0
              THEN FLOOR(
                ABS(
                  CASE
                    WHEN ref_0.lo >= pt.birth_hi
                    THEN (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                    ELSE (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                  END
                ) / CAST(12.0 AS DOUBLE)
              )
              ELSE -FLOOR(
                ABS(
                  CASE
                    WHEN ref_0.lo >= pt.birth_hi
                    THEN (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                    ELSE (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                  END
                ) / CAST(12.0 AS DOUBLE)
              )
            END < CAST(18.0 AS DOUBLE)
          END
        )
        WHEN (
          CASE
            WHEN (
              CASE
                WHEN CASE
                  WHEN ref_0.lo >= pt.birth_hi
                  THEN (
                    YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                  ) * 12 + (
                    MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                  ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                  ELSE (
                    YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                  ) * 12 + (
                    MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                  ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                END >= 0
                THEN FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.lo >= pt.birth_hi
                      THEN (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
                ELSE -FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.lo >= pt.birth_hi
                      THEN (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
              END >= CAST(2.0 AS DOUBLE)
            ) = (
              CASE
                WHEN CASE
                  WHEN ref_0.hi >= pt.birth_lo
                  THEN (
                    YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                  ) * 12 + (
                    MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                  ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                  ELSE (
                    YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                  ) * 12 + (
                    MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                  ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                END >= 0
                THEN FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.hi >= pt.birth_lo
                      THEN (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
                ELSE -FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.hi >= pt.birth_lo
                      THEN (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
              END >= CAST(2.0 AS DOUBLE)
            )
            THEN CASE
              WHEN CASE
                WHEN ref_0.lo >= pt.birth_hi
                THEN (
                  YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                ) * 12 + (
                  MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                ELSE (
                  YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                ) * 12 + (
                  MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
              END >= 0
              THEN FLOOR(
                ABS(
                  CASE
                    WHEN ref_0.lo >= pt.birth_hi
                    THEN (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                    ELSE (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                  END
                ) / CAST(12.0 AS DOUBLE)
              )
              ELSE -FLOOR(
                ABS(
                  CASE
                    WHEN ref_0.lo >= pt.birth_hi
                    THEN (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                    ELSE (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                  END
                ) / CAST(12.0 AS DOUBLE)
              )
            END >= CAST(2.0 AS DOUBLE)
          END
          AND CASE
            WHEN (
              CASE
                WHEN CASE
                  WHEN ref_0.lo >= pt.birth_hi
                  THEN (
                    YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                  ) * 12 + (
                    MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                  ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                  ELSE (
                    YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                  ) * 12 + (
                    MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                  ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                END >= 0
                THEN FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.lo >= pt.birth_hi
                      THEN (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
                ELSE -FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.lo >= pt.birth_hi
                      THEN (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
              END < CAST(18.0 AS DOUBLE)
            ) = (
              CASE
                WHEN CASE
                  WHEN ref_0.hi >= pt.birth_lo
                  THEN (
                    YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                  ) * 12 + (
                    MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                  ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                  ELSE (
                    YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                  ) * 12 + (
                    MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                  ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                END >= 0
                THEN FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.hi >= pt.birth_lo
                      THEN (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
                ELSE -FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.hi >= pt.birth_lo
                      THEN (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
              END < CAST(18.0 AS DOUBLE)
            )
            THEN CASE
              WHEN CASE
                WHEN ref_0.lo >= pt.birth_hi
                THEN (
                  YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                ) * 12 + (
                  MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                ELSE (
                  YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                ) * 12 + (
                  MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
              END >= 0
              THEN FLOOR(
                ABS(
                  CASE
                    WHEN ref_0.lo >= pt.birth_hi
                    THEN (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                    ELSE (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                  END
                ) / CAST(12.0 AS DOUBLE)
              )
              ELSE -FLOOR(
                ABS(
                  CASE
                    WHEN ref_0.lo >= pt.birth_hi
                    THEN (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                    ELSE (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                  END
                ) / CAST(12.0 AS DOUBLE)
              )
            END < CAST(18.0 AS DOUBLE)
          END
        ) = (
          CASE
            WHEN (
              CASE
                WHEN CASE
                  WHEN ref_0.lo >= pt.birth_hi
                  THEN (
                    YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                  ) * 12 + (
                    MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                  ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                  ELSE (
                    YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                  ) * 12 + (
                    MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                  ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                END >= 0
                THEN FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.lo >= pt.birth_hi
                      THEN (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
                ELSE -FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.lo >= pt.birth_hi
                      THEN (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
              END >= CAST(1.0 AS DOUBLE)
            ) = (
              CASE
                WHEN CASE
                  WHEN ref_0.hi >= pt.birth_lo
                  THEN (
                    YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                  ) * 12 + (
                    MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                  ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                  ELSE (
                    YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                  ) * 12 + (
                    MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                  ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                END >= 0
                THEN FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.hi >= pt.birth_lo
                      THEN (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
                ELSE -FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.hi >= pt.birth_lo
                      THEN (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
              END >= CAST(1.0 AS DOUBLE)
            )
            THEN CASE
              WHEN CASE
                WHEN ref_0.lo >= pt.birth_hi
                THEN (
                  YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                ) * 12 + (
                  MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                ELSE (
                  YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                ) * 12 + (
                  MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
              END >= 0
              THEN FLOOR(
                ABS(
                  CASE
                    WHEN ref_0.lo >= pt.birth_hi
                    THEN (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                    ELSE (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                  END
                ) / CAST(12.0 AS DOUBLE)
              )
              ELSE -FLOOR(
                ABS(
                  CASE
                    WHEN ref_0.lo >= pt.birth_hi
                    THEN (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                    ELSE (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                  END
                ) / CAST(12.0 AS DOUBLE)
              )
            END >= CAST(1.0 AS DOUBLE)
          END
          AND CASE
            WHEN (
              CASE
                WHEN CASE
                  WHEN ref_0.lo >= pt.birth_hi
                  THEN (
                    YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                  ) * 12 + (
                    MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                  ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                  ELSE (
                    YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                  ) * 12 + (
                    MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                  ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                END >= 0
                THEN FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.lo >= pt.birth_hi
                      THEN (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
                ELSE -FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.lo >= pt.birth_hi
                      THEN (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
              END < CAST(18.0 AS DOUBLE)
            ) = (
              CASE
                WHEN CASE
                  WHEN ref_0.hi >= pt.birth_lo
                  THEN (
                    YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                  ) * 12 + (
                    MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                  ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                  ELSE (
                    YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                  ) * 12 + (
                    MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                  ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                END >= 0
                THEN FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.hi >= pt.birth_lo
                      THEN (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
                ELSE -FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.hi >= pt.birth_lo
                      THEN (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
              END < CAST(18.0 AS DOUBLE)
            )
            THEN CASE
              WHEN CASE
                WHEN ref_0.lo >= pt.birth_hi
                THEN (
                  YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                ) * 12 + (
                  MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                ELSE (
                  YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                ) * 12 + (
                  MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
              END >= 0
              THEN FLOOR(
                ABS(
                  CASE
                    WHEN ref_0.lo >= pt.birth_hi
                    THEN (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                    ELSE (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                  END
                ) / CAST(12.0 AS DOUBLE)
              )
              ELSE -FLOOR(
                ABS(
                  CASE
                    WHEN ref_0.lo >= pt.birth_hi
                    THEN (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                    ELSE (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                  END
                ) / CAST(12.0 AS DOUBLE)
              )
            END < CAST(18.0 AS DOUBLE)
          END
        )
        THEN (
          CASE
            WHEN (
              CASE
                WHEN CASE
                  WHEN ref_0.lo >= pt.birth_hi
                  THEN (
                    YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                  ) * 12 + (
                    MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                  ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                  ELSE (
                    YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                  ) * 12 + (
                    MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                  ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                END >= 0
                THEN FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.lo >= pt.birth_hi
                      THEN (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
                ELSE -FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.lo >= pt.birth_hi
                      THEN (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
              END >= CAST(2.0 AS DOUBLE)
            ) = (
              CASE
                WHEN CASE
                  WHEN ref_0.hi >= pt.birth_lo
                  THEN (
                    YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                  ) * 12 + (
                    MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                  ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                  ELSE (
                    YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                  ) * 12 + (
                    MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                  ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                END >= 0
                THEN FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.hi >= pt.birth_lo
                      THEN (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
                ELSE -FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.hi >= pt.birth_lo
                      THEN (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
              END >= CAST(2.0 AS DOUBLE)
            )
            THEN CASE
              WHEN CASE
                WHEN ref_0.lo >= pt.birth_hi
                THEN (
                  YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                ) * 12 + (
                  MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                ELSE (
                  YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                ) * 12 + (
                  MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
              END >= 0
              THEN FLOOR(
                ABS(
                  CASE
                    WHEN ref_0.lo >= pt.birth_hi
                    THEN (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                    ELSE (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                  END
                ) / CAST(12.0 AS DOUBLE)
              )
              ELSE -FLOOR(
                ABS(
                  CASE
                    WHEN ref_0.lo >= pt.birth_hi
                    THEN (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                    ELSE (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                  END
                ) / CAST(12.0 AS DOUBLE)
              )
            END >= CAST(2.0 AS DOUBLE)
          END
          AND CASE
            WHEN (
              CASE
                WHEN CASE
                  WHEN ref_0.lo >= pt.birth_hi
                  THEN (
                    YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                  ) * 12 + (
                    MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                  ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                  ELSE (
                    YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                  ) * 12 + (
                    MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                  ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                END >= 0
                THEN FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.lo >= pt.birth_hi
                      THEN (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
                ELSE -FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.lo >= pt.birth_hi
                      THEN (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                      ) * 12 + (
                        MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                      ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
              END < CAST(18.0 AS DOUBLE)
            ) = (
              CASE
                WHEN CASE
                  WHEN ref_0.hi >= pt.birth_lo
                  THEN (
                    YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                  ) * 12 + (
                    MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                  ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                  ELSE (
                    YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                  ) * 12 + (
                    MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                  ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                END >= 0
                THEN FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.hi >= pt.birth_lo
                      THEN (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
                ELSE -FLOOR(
                  ABS(
                    CASE
                      WHEN ref_0.hi >= pt.birth_lo
                      THEN (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                      ELSE (
                        YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                      ) * 12 + (
                        MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                      ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                    END
                  ) / CAST(12.0 AS DOUBLE)
                )
              END < CAST(18.0 AS DOUBLE)
            )
            THEN CASE
              WHEN CASE
                WHEN ref_0.lo >= pt.birth_hi
                THEN (
                  YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                ) * 12 + (
                  MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                ELSE (
                  YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                ) * 12 + (
                  MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
              END >= 0
              THEN FLOOR(
                ABS(
                  CASE
                    WHEN ref_0.lo >= pt.birth_hi
                    THEN (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                    ELSE (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                  END
                ) / CAST(12.0 AS DOUBLE)
              )
              ELSE -FLOOR(
                ABS(
                  CASE
                    WHEN ref_0.lo >= pt.birth_hi
                    THEN (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                    ELSE (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                  END
                ) / CAST(12.0 AS DOUBLE)
              )
            END < CAST(18.0 AS DOUBLE)
          END
        )
      END IS FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "I1",
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
                    CAST((
                      NOT (
                        (
                          r0.system = 'ICD10CM'
                          AND (
                            'C91' <= SUBSTRING(r0.code, 1, 3) AND SUBSTRING(r0.code, 1, 3) <= 'C95'
                          )
                        )
                        OR (
                          r0.system = 'ICD10CM' AND SUBSTRING(r0.code, 1, 5) = 'C90.1'
                        )
                      )
                    ) AS INT) * 2,
                    1
                  ) AS g
                FROM conditions AS r0
                WHERE
                  r0.patient_id = pt.patient_id
                  AND (
                    (
                      (
                        r0.system = 'ICD10CM'
                        AND (
                          'C00' <= SUBSTRING(r0.code, 1, 3) AND SUBSTRING(r0.code, 1, 3) <= 'C96'
                        )
                      )
                      OR (
                        r0.system = 'ICD10CM'
                        AND (
                          'D00' <= SUBSTRING(r0.code, 1, 3) AND SUBSTRING(r0.code, 1, 3) <= 'D09'
                        )
                      )
                    )
                    AND NOT (
                      (
                        r0.system = 'ICD10CM'
                        AND (
                          'C77' <= SUBSTRING(r0.code, 1, 3) AND SUBSTRING(r0.code, 1, 3) <= 'C79'
                        )
                      )
                      OR (
                        r0.system = 'ICD10CM' AND SUBSTRING(r0.code, 1, 3) = 'C7B'
                      )
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
        END
        AND att_1.value_bool
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
                    CAST((
                      NOT (
                        (
                          r0.system = 'ICD10CM'
                          AND (
                            'C91' <= SUBSTRING(r0.code, 1, 3) AND SUBSTRING(r0.code, 1, 3) <= 'C95'
                          )
                        )
                        OR (
                          r0.system = 'ICD10CM' AND SUBSTRING(r0.code, 1, 5) = 'C90.1'
                        )
                      )
                    ) AS INT) * 2,
                    1
                  ) AS g
                FROM conditions AS r0
                WHERE
                  r0.patient_id = pt.patient_id
                  AND (
                    (
                      (
                        r0.system = 'ICD10CM'
                        AND (
                          'C00' <= SUBSTRING(r0.code, 1, 3) AND SUBSTRING(r0.code, 1, 3) <= 'C96'
                        )
                      )
                      OR (
                        r0.system = 'ICD10CM'
                        AND (
                          'D00' <= SUBSTRING(r0.code, 1, 3) AND SUBSTRING(r0.code, 1, 3) <= 'D09'
                        )
                      )
                    )
                    AND NOT (
                      (
                        r0.system = 'ICD10CM'
                        AND (
                          'C77' <= SUBSTRING(r0.code, 1, 3) AND SUBSTRING(r0.code, 1, 3) <= 'C79'
                        )
                      )
                      OR (
                        r0.system = 'ICD10CM' AND SUBSTRING(r0.code, 1, 3) = 'C7B'
                      )
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
        END
        AND att_1.value_bool
      ) IS FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "I2",
    CASE
      WHEN att_2.value_bool IS TRUE
      THEN 'met'
      WHEN att_2.value_bool IS FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "I3",
    CASE
      WHEN att_3.value_bool IS TRUE
      THEN 'met'
      WHEN att_3.value_bool IS FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "I4",
    CASE
      WHEN CASE
        WHEN CASE
          WHEN (
            CASE
              WHEN CASE
                WHEN ref_0.lo >= pt.birth_hi
                THEN (
                  YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                ) * 12 + (
                  MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                ELSE (
                  YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                ) * 12 + (
                  MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
              END >= 0
              THEN FLOOR(
                ABS(
                  CASE
                    WHEN ref_0.lo >= pt.birth_hi
                    THEN (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                    ELSE (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                  END
                ) / CAST(12.0 AS DOUBLE)
              )
              ELSE -FLOOR(
                ABS(
                  CASE
                    WHEN ref_0.lo >= pt.birth_hi
                    THEN (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                    ELSE (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                  END
                ) / CAST(12.0 AS DOUBLE)
              )
            END >= CAST(16.0 AS DOUBLE)
          ) = (
            CASE
              WHEN CASE
                WHEN ref_0.hi >= pt.birth_lo
                THEN (
                  YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                ) * 12 + (
                  MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                ELSE (
                  YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                ) * 12 + (
                  MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
              END >= 0
              THEN FLOOR(
                ABS(
                  CASE
                    WHEN ref_0.hi >= pt.birth_lo
                    THEN (
                      YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                    ) * 12 + (
                      MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                    ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                    ELSE (
                      YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                    ) * 12 + (
                      MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                    ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                  END
                ) / CAST(12.0 AS DOUBLE)
              )
              ELSE -FLOOR(
                ABS(
                  CASE
                    WHEN ref_0.hi >= pt.birth_lo
                    THEN (
                      YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                    ) * 12 + (
                      MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                    ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                    ELSE (
                      YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                    ) * 12 + (
                      MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                    ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                  END
                ) / CAST(12.0 AS DOUBLE)
              )
            END >= CAST(16.0 AS DOUBLE)
          )
          THEN CASE
            WHEN CASE
              WHEN ref_0.lo >= pt.birth_hi
              THEN (
                YEAR(ref_0.lo) - YEAR(pt.birth_hi)
              ) * 12 + (
                MONTH(ref_0.lo) - MONTH(pt.birth_hi)
              ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
              ELSE (
                YEAR(ref_0.lo) - YEAR(pt.birth_hi)
              ) * 12 + (
                MONTH(ref_0.lo) - MONTH(pt.birth_hi)
              ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
            END >= 0
            THEN FLOOR(
              ABS(
                CASE
                  WHEN ref_0.lo >= pt.birth_hi
                  THEN (
                    YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                  ) * 12 + (
                    MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                  ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                  ELSE (
                    YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                  ) * 12 + (
                    MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                  ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                END
              ) / CAST(12.0 AS DOUBLE)
            )
            ELSE -FLOOR(
              ABS(
                CASE
                  WHEN ref_0.lo >= pt.birth_hi
                  THEN (
                    YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                  ) * 12 + (
                    MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                  ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                  ELSE (
                    YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                  ) * 12 + (
                    MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                  ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                END
              ) / CAST(12.0 AS DOUBLE)
            )
          END >= CAST(16.0 AS DOUBLE)
        END IS TRUE
        THEN (
          SELECT
            r2.value_num
          FROM observations AS r2
          WHERE
            r2.patient_id = pt.patient_id
            AND (
              r2.system = 'LOINC' AND r2.code IN ('89243-0')
            )
            AND CASE
              WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r2.date_lo AND r2.date_hi <= ref_0.lo
              THEN TRUE
              WHEN r2.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r2.date_lo > ref_0.hi
              THEN FALSE
            END IS TRUE
            AND NOT EXISTS(
              SELECT
                1
              FROM observations AS r3
              WHERE
                r3.patient_id = pt.patient_id
                AND (
                  r3.system = 'LOINC' AND r3.code IN ('89243-0')
                )
                AND CASE
                  WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r3.date_lo AND r3.date_hi <= ref_0.lo
                  THEN TRUE
                  WHEN r3.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r3.date_lo > ref_0.hi
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
                  r4.system = 'LOINC' AND r4.code IN ('89243-0')
                )
                AND NOT CASE
                  WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r4.date_lo AND r4.date_hi <= ref_0.lo
                  THEN TRUE
                  WHEN r4.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r4.date_lo > ref_0.hi
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
                          THEN CAST(1.0 AS DOUBLE)
                          WHEN r4.value_bool IS FALSE
                          THEN CAST(0.0 AS DOUBLE)
                        END
                      )
                    ) IS NULL
                    AND COALESCE(
                      r4.value_num,
                      CASE
                        WHEN r4.value_bool IS TRUE
                        THEN CAST(1.0 AS DOUBLE)
                        WHEN r4.value_bool IS FALSE
                        THEN CAST(0.0 AS DOUBLE)
                      END
                    ) IS NOT DISTINCT FROM COALESCE(
                      r2.value_num,
                      CASE
                        WHEN r2.value_bool IS TRUE
                        THEN CAST(1.0 AS DOUBLE)
                        WHEN r2.value_bool IS FALSE
                        THEN CAST(0.0 AS DOUBLE)
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
        ) > CAST(60.0 AS DOUBLE)
        WHEN CASE
          WHEN (
            CASE
              WHEN CASE
                WHEN ref_0.lo >= pt.birth_hi
                THEN (
                  YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                ) * 12 + (
                  MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                ELSE (
                  YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                ) * 12 + (
                  MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
              END >= 0
              THEN FLOOR(
                ABS(
                  CASE
                    WHEN ref_0.lo >= pt.birth_hi
                    THEN (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                    ELSE (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                  END
                ) / CAST(12.0 AS DOUBLE)
              )
              ELSE -FLOOR(
                ABS(
                  CASE
                    WHEN ref_0.lo >= pt.birth_hi
                    THEN (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                    ELSE (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                  END
                ) / CAST(12.0 AS DOUBLE)
              )
            END >= CAST(16.0 AS DOUBLE)
          ) = (
            CASE
              WHEN CASE
                WHEN ref_0.hi >= pt.birth_lo
                THEN (
                  YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                ) * 12 + (
                  MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                ELSE (
                  YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                ) * 12 + (
                  MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
              END >= 0
              THEN FLOOR(
                ABS(
                  CASE
                    WHEN ref_0.hi >= pt.birth_lo
                    THEN (
                      YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                    ) * 12 + (
                      MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                    ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                    ELSE (
                      YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                    ) * 12 + (
                      MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                    ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                  END
                ) / CAST(12.0 AS DOUBLE)
              )
              ELSE -FLOOR(
                ABS(
                  CASE
                    WHEN ref_0.hi >= pt.birth_lo
                    THEN (
                      YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                    ) * 12 + (
                      MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                    ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                    ELSE (
                      YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                    ) * 12 + (
                      MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                    ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                  END
                ) / CAST(12.0 AS DOUBLE)
              )
            END >= CAST(16.0 AS DOUBLE)
          )
          THEN CASE
            WHEN CASE
              WHEN ref_0.lo >= pt.birth_hi
              THEN (
                YEAR(ref_0.lo) - YEAR(pt.birth_hi)
              ) * 12 + (
                MONTH(ref_0.lo) - MONTH(pt.birth_hi)
              ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
              ELSE (
                YEAR(ref_0.lo) - YEAR(pt.birth_hi)
              ) * 12 + (
                MONTH(ref_0.lo) - MONTH(pt.birth_hi)
              ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
            END >= 0
            THEN FLOOR(
              ABS(
                CASE
                  WHEN ref_0.lo >= pt.birth_hi
                  THEN (
                    YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                  ) * 12 + (
                    MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                  ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                  ELSE (
                    YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                  ) * 12 + (
                    MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                  ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                END
              ) / CAST(12.0 AS DOUBLE)
            )
            ELSE -FLOOR(
              ABS(
                CASE
                  WHEN ref_0.lo >= pt.birth_hi
                  THEN (
                    YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                  ) * 12 + (
                    MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                  ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                  ELSE (
                    YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                  ) * 12 + (
                    MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                  ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                END
              ) / CAST(12.0 AS DOUBLE)
            )
          END >= CAST(16.0 AS DOUBLE)
        END IS FALSE
        THEN (
          SELECT
            r5.value_num
          FROM observations AS r5
          WHERE
            r5.patient_id = pt.patient_id
            AND (
              r5.system = 'LOCAL' AND r5.code IN ('lansky-play-performance')
            )
            AND CASE
              WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r5.date_lo AND r5.date_hi <= ref_0.lo
              THEN TRUE
              WHEN r5.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r5.date_lo > ref_0.hi
              THEN FALSE
            END IS TRUE
            AND NOT EXISTS(
              SELECT
                1
              FROM observations AS r6
              WHERE
                r6.patient_id = pt.patient_id
                AND (
                  r6.system = 'LOCAL' AND r6.code IN ('lansky-play-performance')
                )
                AND CASE
                  WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r6.date_lo AND r6.date_hi <= ref_0.lo
                  THEN TRUE
                  WHEN r6.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r6.date_lo > ref_0.hi
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
                  r7.system = 'LOCAL' AND r7.code IN ('lansky-play-performance')
                )
                AND NOT CASE
                  WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r7.date_lo AND r7.date_hi <= ref_0.lo
                  THEN TRUE
                  WHEN r7.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r7.date_lo > ref_0.hi
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
                          THEN CAST(1.0 AS DOUBLE)
                          WHEN r7.value_bool IS FALSE
                          THEN CAST(0.0 AS DOUBLE)
                        END
                      )
                    ) IS NULL
                    AND COALESCE(
                      r7.value_num,
                      CASE
                        WHEN r7.value_bool IS TRUE
                        THEN CAST(1.0 AS DOUBLE)
                        WHEN r7.value_bool IS FALSE
                        THEN CAST(0.0 AS DOUBLE)
                      END
                    ) IS NOT DISTINCT FROM COALESCE(
                      r5.value_num,
                      CASE
                        WHEN r5.value_bool IS TRUE
                        THEN CAST(1.0 AS DOUBLE)
                        WHEN r5.value_bool IS FALSE
                        THEN CAST(0.0 AS DOUBLE)
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
        ) > CAST(60.0 AS DOUBLE)
        WHEN (
          (
            SELECT
              r2.value_num
            FROM observations AS r2
            WHERE
              r2.patient_id = pt.patient_id
              AND (
                r2.system = 'LOINC' AND r2.code IN ('89243-0')
              )
              AND CASE
                WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r2.date_lo AND r2.date_hi <= ref_0.lo
                THEN TRUE
                WHEN r2.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r2.date_lo > ref_0.hi
                THEN FALSE
              END IS TRUE
              AND NOT EXISTS(
                SELECT
                  1
                FROM observations AS r3
                WHERE
                  r3.patient_id = pt.patient_id
                  AND (
                    r3.system = 'LOINC' AND r3.code IN ('89243-0')
                  )
                  AND CASE
                    WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r3.date_lo AND r3.date_hi <= ref_0.lo
                    THEN TRUE
                    WHEN r3.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r3.date_lo > ref_0.hi
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
                    r4.system = 'LOINC' AND r4.code IN ('89243-0')
                  )
                  AND NOT CASE
                    WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r4.date_lo AND r4.date_hi <= ref_0.lo
                    THEN TRUE
                    WHEN r4.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r4.date_lo > ref_0.hi
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
                            THEN CAST(1.0 AS DOUBLE)
                            WHEN r4.value_bool IS FALSE
                            THEN CAST(0.0 AS DOUBLE)
                          END
                        )
                      ) IS NULL
                      AND COALESCE(
                        r4.value_num,
                        CASE
                          WHEN r4.value_bool IS TRUE
                          THEN CAST(1.0 AS DOUBLE)
                          WHEN r4.value_bool IS FALSE
                          THEN CAST(0.0 AS DOUBLE)
                        END
                      ) IS NOT DISTINCT FROM COALESCE(
                        r2.value_num,
                        CASE
                          WHEN r2.value_bool IS TRUE
                          THEN CAST(1.0 AS DOUBLE)
                          WHEN r2.value_bool IS FALSE
                          THEN CAST(0.0 AS DOUBLE)
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
          ) > CAST(60.0 AS DOUBLE)
        ) = (
          (
            SELECT
              r5.value_num
            FROM observations AS r5
            WHERE
              r5.patient_id = pt.patient_id
              AND (
                r5.system = 'LOCAL' AND r5.code IN ('lansky-play-performance')
              )
              AND CASE
                WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r5.date_lo AND r5.date_hi <= ref_0.lo
                THEN TRUE
                WHEN r5.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r5.date_lo > ref_0.hi
                THEN FALSE
              END IS TRUE
              AND NOT EXISTS(
                SELECT
                  1
                FROM observations AS r6
                WHERE
                  r6.patient_id = pt.patient_id
                  AND (
                    r6.system = 'LOCAL' AND r6.code IN ('lansky-play-performance')
                  )
                  AND CASE
                    WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r6.date_lo AND r6.date_hi <= ref_0.lo
                    THEN TRUE
                    WHEN r6.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r6.date_lo > ref_0.hi
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
                    r7.system = 'LOCAL' AND r7.code IN ('lansky-play-performance')
                  )
                  AND NOT CASE
                    WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r7.date_lo AND r7.date_hi <= ref_0.lo
                    THEN TRUE
                    WHEN r7.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r7.date_lo > ref_0.hi
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
                            THEN CAST(1.0 AS DOUBLE)
                            WHEN r7.value_bool IS FALSE
                            THEN CAST(0.0 AS DOUBLE)
                          END
                        )
                      ) IS NULL
                      AND COALESCE(
                        r7.value_num,
                        CASE
                          WHEN r7.value_bool IS TRUE
                          THEN CAST(1.0 AS DOUBLE)
                          WHEN r7.value_bool IS FALSE
                          THEN CAST(0.0 AS DOUBLE)
                        END
                      ) IS NOT DISTINCT FROM COALESCE(
                        r5.value_num,
                        CASE
                          WHEN r5.value_bool IS TRUE
                          THEN CAST(1.0 AS DOUBLE)
                          WHEN r5.value_bool IS FALSE
                          THEN CAST(0.0 AS DOUBLE)
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
          ) > CAST(60.0 AS DOUBLE)
        )
        THEN (
          SELECT
            r2.value_num
          FROM observations AS r2
          WHERE
            r2.patient_id = pt.patient_id
            AND (
              r2.system = 'LOINC' AND r2.code IN ('89243-0')
            )
            AND CASE
              WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r2.date_lo AND r2.date_hi <= ref_0.lo
              THEN TRUE
              WHEN r2.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r2.date_lo > ref_0.hi
              THEN FALSE
            END IS TRUE
            AND NOT EXISTS(
              SELECT
                1
              FROM observations AS r3
              WHERE
                r3.patient_id = pt.patient_id
                AND (
                  r3.system = 'LOINC' AND r3.code IN ('89243-0')
                )
                AND CASE
                  WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r3.date_lo AND r3.date_hi <= ref_0.lo
                  THEN TRUE
                  WHEN r3.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r3.date_lo > ref_0.hi
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
                  r4.system = 'LOINC' AND r4.code IN ('89243-0')
                )
                AND NOT CASE
                  WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r4.date_lo AND r4.date_hi <= ref_0.lo
                  THEN TRUE
                  WHEN r4.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r4.date_lo > ref_0.hi
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
                          THEN CAST(1.0 AS DOUBLE)
                          WHEN r4.value_bool IS FALSE
                          THEN CAST(0.0 AS DOUBLE)
                        END
                      )
                    ) IS NULL
                    AND COALESCE(
                      r4.value_num,
                      CASE
                        WHEN r4.value_bool IS TRUE
                        THEN CAST(1.0 AS DOUBLE)
                        WHEN r4.value_bool IS FALSE
                        THEN CAST(0.0 AS DOUBLE)
                      END
                    ) IS NOT DISTINCT FROM COALESCE(
                      r2.value_num,
                      CASE
                        WHEN r2.value_bool IS TRUE
                        THEN CAST(1.0 AS DOUBLE)
                        WHEN r2.value_bool IS FALSE
                        THEN CAST(0.0 AS DOUBLE)
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
        ) > CAST(60.0 AS DOUBLE)
      END IS TRUE
      THEN 'met'
      WHEN CASE
        WHEN CASE
          WHEN (
            CASE
              WHEN CASE
                WHEN ref_0.lo >= pt.birth_hi
                THEN (
                  YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                ) * 12 + (
                  MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                ELSE (
                  YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                ) * 12 + (
                  MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
              END >= 0
              THEN FLOOR(
                ABS(
                  CASE
                    WHEN ref_0.lo >= pt.birth_hi
                    THEN (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                    ELSE (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                  END
                ) / CAST(12.0 AS DOUBLE)
              )
              ELSE -FLOOR(
                ABS(
                  CASE
                    WHEN ref_0.lo >= pt.birth_hi
                    THEN (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                    ELSE (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                  END
                ) / CAST(12.0 AS DOUBLE)
              )
            END >= CAST(16.0 AS DOUBLE)
          ) = (
            CASE
              WHEN CASE
                WHEN ref_0.hi >= pt.birth_lo
                THEN (
                  YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                ) * 12 + (
                  MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                ELSE (
                  YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                ) * 12 + (
                  MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
              END >= 0
              THEN FLOOR(
                ABS(
                  CASE
                    WHEN ref_0.hi >= pt.birth_lo
                    THEN (
                      YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                    ) * 12 + (
                      MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                    ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                    ELSE (
                      YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                    ) * 12 + (
                      MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                    ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                  END
                ) / CAST(12.0 AS DOUBLE)
              )
              ELSE -FLOOR(
                ABS(
                  CASE
                    WHEN ref_0.hi >= pt.birth_lo
                    THEN (
                      YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                    ) * 12 + (
                      MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                    ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                    ELSE (
                      YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                    ) * 12 + (
                      MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                    ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                  END
                ) / CAST(12.0 AS DOUBLE)
              )
            END >= CAST(16.0 AS DOUBLE)
          )
          THEN CASE
            WHEN CASE
              WHEN ref_0.lo >= pt.birth_hi
              THEN (
                YEAR(ref_0.lo) - YEAR(pt.birth_hi)
              ) * 12 + (
                MONTH(ref_0.lo) - MONTH(pt.birth_hi)
              ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
              ELSE (
                YEAR(ref_0.lo) - YEAR(pt.birth_hi)
              ) * 12 + (
                MONTH(ref_0.lo) - MONTH(pt.birth_hi)
              ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
            END >= 0
            THEN FLOOR(
              ABS(
                CASE
                  WHEN ref_0.lo >= pt.birth_hi
                  THEN (
                    YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                  ) * 12 + (
                    MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                  ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                  ELSE (
                    YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                  ) * 12 + (
                    MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                  ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                END
              ) / CAST(12.0 AS DOUBLE)
            )
            ELSE -FLOOR(
              ABS(
                CASE
                  WHEN ref_0.lo >= pt.birth_hi
                  THEN (
                    YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                  ) * 12 + (
                    MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                  ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                  ELSE (
                    YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                  ) * 12 + (
                    MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                  ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                END
              ) / CAST(12.0 AS DOUBLE)
            )
          END >= CAST(16.0 AS DOUBLE)
        END IS TRUE
        THEN (
          SELECT
            r2.value_num
          FROM observations AS r2
          WHERE
            r2.patient_id = pt.patient_id
            AND (
              r2.system = 'LOINC' AND r2.code IN ('89243-0')
            )
            AND CASE
              WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r2.date_lo AND r2.date_hi <= ref_0.lo
              THEN TRUE
              WHEN r2.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r2.date_lo > ref_0.hi
              THEN FALSE
            END IS TRUE
            AND NOT EXISTS(
              SELECT
                1
              FROM observations AS r3
              WHERE
                r3.patient_id = pt.patient_id
                AND (
                  r3.system = 'LOINC' AND r3.code IN ('89243-0')
                )
                AND CASE
                  WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r3.date_lo AND r3.date_hi <= ref_0.lo
                  THEN TRUE
                  WHEN r3.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r3.date_lo > ref_0.hi
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
                  r4.system = 'LOINC' AND r4.code IN ('89243-0')
                )
                AND NOT CASE
                  WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r4.date_lo AND r4.date_hi <= ref_0.lo
                  THEN TRUE
                  WHEN r4.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r4.date_lo > ref_0.hi
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
                          THEN CAST(1.0 AS DOUBLE)
                          WHEN r4.value_bool IS FALSE
                          THEN CAST(0.0 AS DOUBLE)
                        END
                      )
                    ) IS NULL
                    AND COALESCE(
                      r4.value_num,
                      CASE
                        WHEN r4.value_bool IS TRUE
                        THEN CAST(1.0 AS DOUBLE)
                        WHEN r4.value_bool IS FALSE
                        THEN CAST(0.0 AS DOUBLE)
                      END
                    ) IS NOT DISTINCT FROM COALESCE(
                      r2.value_num,
                      CASE
                        WHEN r2.value_bool IS TRUE
                        THEN CAST(1.0 AS DOUBLE)
                        WHEN r2.value_bool IS FALSE
                        THEN CAST(0.0 AS DOUBLE)
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
        ) > CAST(60.0 AS DOUBLE)
        WHEN CASE
          WHEN (
            CASE
              WHEN CASE
                WHEN ref_0.lo >= pt.birth_hi
                THEN (
                  YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                ) * 12 + (
                  MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                ELSE (
                  YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                ) * 12 + (
                  MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
              END >= 0
              THEN FLOOR(
                ABS(
                  CASE
                    WHEN ref_0.lo >= pt.birth_hi
                    THEN (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                    ELSE (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                  END
                ) / CAST(12.0 AS DOUBLE)
              )
              ELSE -FLOOR(
                ABS(
                  CASE
                    WHEN ref_0.lo >= pt.birth_hi
                    THEN (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                    ELSE (
                      YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                    ) * 12 + (
                      MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                    ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                  END
                ) / CAST(12.0 AS DOUBLE)
              )
            END >= CAST(16.0 AS DOUBLE)
          ) = (
            CASE
              WHEN CASE
                WHEN ref_0.hi >= pt.birth_lo
                THEN (
                  YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                ) * 12 + (
                  MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                ELSE (
                  YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                ) * 12 + (
                  MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
              END >= 0
              THEN FLOOR(
                ABS(
                  CASE
                    WHEN ref_0.hi >= pt.birth_lo
                    THEN (
                      YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                    ) * 12 + (
                      MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                    ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                    ELSE (
                      YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                    ) * 12 + (
                      MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                    ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                  END
                ) / CAST(12.0 AS DOUBLE)
              )
              ELSE -FLOOR(
                ABS(
                  CASE
                    WHEN ref_0.hi >= pt.birth_lo
                    THEN (
                      YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                    ) * 12 + (
                      MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                    ) - CASE WHEN DAY(ref_0.hi) < DAY(pt.birth_lo) THEN 1 ELSE 0 END
                    ELSE (
                      YEAR(ref_0.hi) - YEAR(pt.birth_lo)
                    ) * 12 + (
                      MONTH(ref_0.hi) - MONTH(pt.birth_lo)
                    ) + CASE WHEN DAY(pt.birth_lo) < DAY(ref_0.hi) THEN 1 ELSE 0 END
                  END
                ) / CAST(12.0 AS DOUBLE)
              )
            END >= CAST(16.0 AS DOUBLE)
          )
          THEN CASE
            WHEN CASE
              WHEN ref_0.lo >= pt.birth_hi
              THEN (
                YEAR(ref_0.lo) - YEAR(pt.birth_hi)
              ) * 12 + (
                MONTH(ref_0.lo) - MONTH(pt.birth_hi)
              ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
              ELSE (
                YEAR(ref_0.lo) - YEAR(pt.birth_hi)
              ) * 12 + (
                MONTH(ref_0.lo) - MONTH(pt.birth_hi)
              ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
            END >= 0
            THEN FLOOR(
              ABS(
                CASE
                  WHEN ref_0.lo >= pt.birth_hi
                  THEN (
                    YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                  ) * 12 + (
                    MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                  ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                  ELSE (
                    YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                  ) * 12 + (
                    MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                  ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                END
              ) / CAST(12.0 AS DOUBLE)
            )
            ELSE -FLOOR(
              ABS(
                CASE
                  WHEN ref_0.lo >= pt.birth_hi
                  THEN (
                    YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                  ) * 12 + (
                    MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                  ) - CASE WHEN DAY(ref_0.lo) < DAY(pt.birth_hi) THEN 1 ELSE 0 END
                  ELSE (
                    YEAR(ref_0.lo) - YEAR(pt.birth_hi)
                  ) * 12 + (
                    MONTH(ref_0.lo) - MONTH(pt.birth_hi)
                  ) + CASE WHEN DAY(pt.birth_hi) < DAY(ref_0.lo) THEN 1 ELSE 0 END
                END
              ) / CAST(12.0 AS DOUBLE)
            )
          END >= CAST(16.0 AS DOUBLE)
        END IS FALSE
        THEN (
          SELECT
            r5.value_num
          FROM observations AS r5
          WHERE
            r5.patient_id = pt.patient_id
            AND (
              r5.system = 'LOCAL' AND r5.code IN ('lansky-play-performance')
            )
            AND CASE
              WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r5.date_lo AND r5.date_hi <= ref_0.lo
              THEN TRUE
              WHEN r5.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r5.date_lo > ref_0.hi
              THEN FALSE
            END IS TRUE
            AND NOT EXISTS(
              SELECT
                1
              FROM observations AS r6
              WHERE
                r6.patient_id = pt.patient_id
                AND (
                  r6.system = 'LOCAL' AND r6.code IN ('lansky-play-performance')
                )
                AND CASE
                  WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r6.date_lo AND r6.date_hi <= ref_0.lo
                  THEN TRUE
                  WHEN r6.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r6.date_lo > ref_0.hi
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
                  r7.system = 'LOCAL' AND r7.code IN ('lansky-play-performance')
                )
                AND NOT CASE
                  WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r7.date_lo AND r7.date_hi <= ref_0.lo
                  THEN TRUE
                  WHEN r7.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r7.date_lo > ref_0.hi
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
                          THEN CAST(1.0 AS DOUBLE)
                          WHEN r7.value_bool IS FALSE
                          THEN CAST(0.0 AS DOUBLE)
                        END
                      )
                    ) IS NULL
                    AND COALESCE(
                      r7.value_num,
                      CASE
                        WHEN r7.value_bool IS TRUE
                        THEN CAST(1.0 AS DOUBLE)
                        WHEN r7.value_bool IS FALSE
                        THEN CAST(0.0 AS DOUBLE)
                      END
                    ) IS NOT DISTINCT FROM COALESCE(
                      r5.value_num,
                      CASE
                        WHEN r5.value_bool IS TRUE
                        THEN CAST(1.0 AS DOUBLE)
                        WHEN r5.value_bool IS FALSE
                        THEN CAST(0.0 AS DOUBLE)
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
        ) > CAST(60.0 AS DOUBLE)
        WHEN (
          (
            SELECT
              r2.value_num
            FROM observations AS r2
            WHERE
              r2.patient_id = pt.patient_id
              AND (
                r2.system = 'LOINC' AND r2.code IN ('89243-0')
              )
              AND CASE
                WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r2.date_lo AND r2.date_hi <= ref_0.lo
                THEN TRUE
                WHEN r2.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r2.date_lo > ref_0.hi
                THEN FALSE
              END IS TRUE
              AND NOT EXISTS(
                SELECT
                  1
                FROM observations AS r3
                WHERE
                  r3.patient_id = pt.patient_id
                  AND (
                    r3.system = 'LOINC' AND r3.code IN ('89243-0')
                  )
                  AND CASE
                    WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r3.date_lo AND r3.date_hi <= ref_0.lo
                    THEN TRUE
                    WHEN r3.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r3.date_lo > ref_0.hi
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
                    r4.system = 'LOINC' AND r4.code IN ('89243-0')
                  )
                  AND NOT CASE
                    WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r4.date_lo AND r4.date_hi <= ref_0.lo
                    THEN TRUE
                    WHEN r4.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r4.date_lo > ref_0.hi
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
                            THEN CAST(1.0 AS DOUBLE)
                            WHEN r4.value_bool IS FALSE
                            THEN CAST(0.0 AS DOUBLE)
                          END
                        )
                      ) IS NULL
                      AND COALESCE(
                        r4.value_num,
                        CASE
                          WHEN r4.value_bool IS TRUE
                          THEN CAST(1.0 AS DOUBLE)
                          WHEN r4.value_bool IS FALSE
                          THEN CAST(0.0 AS DOUBLE)
                        END
                      ) IS NOT DISTINCT FROM COALESCE(
                        r2.value_num,
                        CASE
                          WHEN r2.value_bool IS TRUE
                          THEN CAST(1.0 AS DOUBLE)
                          WHEN r2.value_bool IS FALSE
                          THEN CAST(0.0 AS DOUBLE)
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
          ) > CAST(60.0 AS DOUBLE)
        ) = (
          (
            SELECT
              r5.value_num
            FROM observations AS r5
            WHERE
              r5.patient_id = pt.patient_id
              AND (
                r5.system = 'LOCAL' AND r5.code IN ('lansky-play-performance')
              )
              AND CASE
                WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r5.date_lo AND r5.date_hi <= ref_0.lo
                THEN TRUE
                WHEN r5.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r5.date_lo > ref_0.hi
                THEN FALSE
              END IS TRUE
              AND NOT EXISTS(
                SELECT
                  1
                FROM observations AS r6
                WHERE
                  r6.patient_id = pt.patient_id
                  AND (
                    r6.system = 'LOCAL' AND r6.code IN ('lansky-play-performance')
                  )
                  AND CASE
                    WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r6.date_lo AND r6.date_hi <= ref_0.lo
                    THEN TRUE
                    WHEN r6.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r6.date_lo > ref_0.hi
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
                    r7.system = 'LOCAL' AND r7.code IN ('lansky-play-performance')
                  )
                  AND NOT CASE
                    WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r7.date_lo AND r7.date_hi <= ref_0.lo
                    THEN TRUE
                    WHEN r7.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r7.date_lo > ref_0.hi
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
                            THEN CAST(1.0 AS DOUBLE)
                            WHEN r7.value_bool IS FALSE
                            THEN CAST(0.0 AS DOUBLE)
                          END
                        )
                      ) IS NULL
                      AND COALESCE(
                        r7.value_num,
                        CASE
                          WHEN r7.value_bool IS TRUE
                          THEN CAST(1.0 AS DOUBLE)
                          WHEN r7.value_bool IS FALSE
                          THEN CAST(0.0 AS DOUBLE)
                        END
                      ) IS NOT DISTINCT FROM COALESCE(
                        r5.value_num,
                        CASE
                          WHEN r5.value_bool IS TRUE
                          THEN CAST(1.0 AS DOUBLE)
                          WHEN r5.value_bool IS FALSE
                          THEN CAST(0.0 AS DOUBLE)
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
          ) > CAST(60.0 AS DOUBLE)
        )
        THEN (
          SELECT
            r2.value_num
          FROM observations AS r2
          WHERE
            r2.patient_id = pt.patient_id
            AND (
              r2.system = 'LOINC' AND r2.code IN ('89243-0')
            )
            AND CASE
              WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r2.date_lo AND r2.date_hi <= ref_0.lo
              THEN TRUE
              WHEN r2.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r2.date_lo > ref_0.hi
              THEN FALSE
            END IS TRUE
            AND NOT EXISTS(
              SELECT
                1
              FROM observations AS r3
              WHERE
                r3.patient_id = pt.patient_id
                AND (
                  r3.system = 'LOINC' AND r3.code IN ('89243-0')
                )
                AND CASE
                  WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r3.date_lo AND r3.date_hi <= ref_0.lo
                  THEN TRUE
                  WHEN r3.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r3.date_lo > ref_0.hi
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
                  r4.system = 'LOINC' AND r4.code IN ('89243-0')
                )
                AND NOT CASE
                  WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r4.date_lo AND r4.date_hi <= ref_0.lo
                  THEN TRUE
                  WHEN r4.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r4.date_lo > ref_0.hi
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
                          THEN CAST(1.0 AS DOUBLE)
                          WHEN r4.value_bool IS FALSE
                          THEN CAST(0.0 AS DOUBLE)
                        END
                      )
                    ) IS NULL
                    AND COALESCE(
                      r4.value_num,
                      CASE
                        WHEN r4.value_bool IS TRUE
                        THEN CAST(1.0 AS DOUBLE)
                        WHEN r4.value_bool IS FALSE
                        THEN CAST(0.0 AS DOUBLE)
                      END
                    ) IS NOT DISTINCT FROM COALESCE(
                      r2.value_num,
                      CASE
                        WHEN r2.value_bool IS TRUE
                        THEN CAST(1.0 AS DOUBLE)
                        WHEN r2.value_bool IS FALSE
                        THEN CAST(0.0 AS DOUBLE)
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
        ) > CAST(60.0 AS DOUBLE)
      END IS FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "I5",
    CASE
      WHEN (
        (
          SELECT
            r8.value_num * CASE
              WHEN r8.unit = '10^9/L'
              THEN CAST(1.0 AS DOUBLE)
              WHEN r8.unit = '10^12/L'
              THEN CAST(1000.0 AS DOUBLE)
              WHEN r8.unit = '10^3/µL'
              THEN CAST(1.0 AS DOUBLE)
              WHEN r8.unit = '/µL'
              THEN CAST(0.001 AS DOUBLE)
              WHEN r8.unit = '/mm3'
              THEN CAST(0.001 AS DOUBLE)
            END
          FROM observations AS r8
          WHERE
            r8.patient_id = pt.patient_id
            AND (
              r8.system = 'LOINC' AND r8.code IN ('751-8', '26499-4')
            )
            AND CASE
              WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r8.date_lo AND r8.date_hi <= ref_0.lo
              THEN TRUE
              WHEN r8.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r8.date_lo > ref_0.hi
              THEN FALSE
            END IS TRUE
            AND NOT EXISTS(
              SELECT
                1
              FROM observations AS r9
              WHERE
                r9.patient_id = pt.patient_id
                AND (
                  r9.system = 'LOINC' AND r9.code IN ('751-8', '26499-4')
                )
                AND CASE
                  WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r9.date_lo AND r9.date_hi <= ref_0.lo
                  THEN TRUE
                  WHEN r9.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r9.date_lo > ref_0.hi
                  THEN FALSE
                END IS TRUE
                AND (
                  r9.date_lo > r8.date_lo OR (
                    r9.date_lo = r8.date_lo AND r9.seq < r8.seq
                  )
                )
            )
            AND NOT EXISTS(
              SELECT
                1
              FROM observations AS r10
              WHERE
                r10.patient_id = pt.patient_id
                AND (
                  r10.system = 'LOINC' AND r10.code IN ('751-8', '26499-4')
                )
                AND NOT CASE
                  WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r10.date_lo
                  AND r10.date_hi <= ref_0.lo
                  THEN TRUE
                  WHEN r10.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r10.date_lo > ref_0.hi
                  THEN FALSE
                END IS FALSE
                AND r10.seq <> r8.seq
                AND (
                  r10.date_hi IS NULL OR r10.date_hi > r8.date_lo
                )
                AND NOT (
                  (
                    NOT (
                      COALESCE(
                        r10.value_num,
                        CASE
                          WHEN r10.value_bool IS TRUE
                          THEN CAST(1.0 AS DOUBLE)
                          WHEN r10.value_bool IS FALSE
                          THEN CAST(0.0 AS DOUBLE)
                        END
                      )
                    ) IS NULL
                    AND COALESCE(
                      r10.value_num,
                      CASE
                        WHEN r10.value_bool IS TRUE
                        THEN CAST(1.0 AS DOUBLE)
                        WHEN r10.value_bool IS FALSE
                        THEN CAST(0.0 AS DOUBLE)
                      END
                    ) IS NOT DISTINCT FROM COALESCE(
                      r8.value_num,
                      CASE
                        WHEN r8.value_bool IS TRUE
                        THEN CAST(1.0 AS DOUBLE)
                        WHEN r8.value_bool IS FALSE
                        THEN CAST(0.0 AS DOUBLE)
                      END
                    )
                  )
                  OR (
                    NOT r10.value_text IS NULL AND r10.value_text IS NOT DISTINCT FROM r8.value_text
                  )
                  OR (
                    NOT r10.value_code IS NULL
                    AND r10.value_code_system IS NOT DISTINCT FROM r8.value_code_system
                    AND r10.value_code IS NOT DISTINCT FROM r8.value_code
                    AND r10.value_code_display IS NOT DISTINCT FROM r8.value_code_display
                  )
                  OR (
                    (
                      r10.value_num IS NULL
                      AND r10.value_text IS NULL
                      AND r10.value_bool IS NULL
                      AND r10.value_code IS NULL
                    )
                    AND (
                      r8.value_num IS NULL
                      AND r8.value_text IS NULL
                      AND r8.value_bool IS NULL
                      AND r8.value_code IS NULL
                    )
                  )
                )
            )
        ) > CAST(0.75 AS DOUBLE)
      ) IS TRUE
      THEN 'met'
      WHEN (
        (
          SELECT
            r8.value_num * CASE
              WHEN r8.unit = '10^9/L'
              THEN CAST(1.0 AS DOUBLE)
              WHEN r8.unit = '10^12/L'
              THEN CAST(1000.0 AS DOUBLE)
              WHEN r8.unit = '10^3/µL'
              THEN CAST(1.0 AS DOUBLE)
              WHEN r8.unit = '/µL'
              THEN CAST(0.001 AS DOUBLE)
              WHEN r8.unit = '/mm3'
              THEN CAST(0.001 AS DOUBLE)
            END
          FROM observations AS r8
          WHERE
            r8.patient_id = pt.patient_id
            AND (
              r8.system = 'LOINC' AND r8.code IN ('751-8', '26499-4')
            )
            AND CASE
              WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r8.date_lo AND r8.date_hi <= ref_0.lo
              THEN TRUE
              WHEN r8.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r8.date_lo > ref_0.hi
              THEN FALSE
            END IS TRUE
            AND NOT EXISTS(
              SELECT
                1
              FROM observations AS r9
              WHERE
                r9.patient_id = pt.patient_id
                AND (
                  r9.system = 'LOINC' AND r9.code IN ('751-8', '26499-4')
                )
                AND CASE
                  WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r9.date_lo AND r9.date_hi <= ref_0.lo
                  THEN TRUE
                  WHEN r9.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r9.date_lo > ref_0.hi
                  THEN FALSE
                END IS TRUE
                AND (
                  r9.date_lo > r8.date_lo OR (
                    r9.date_lo = r8.date_lo AND r9.seq < r8.seq
                  )
                )
            )
            AND NOT EXISTS(
              SELECT
                1
              FROM observations AS r10
              WHERE
                r10.patient_id = pt.patient_id
                AND (
                  r10.system = 'LOINC' AND r10.code IN ('751-8', '26499-4')
                )
                AND NOT CASE
                  WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r10.date_lo
                  AND r10.date_hi <= ref_0.lo
                  THEN TRUE
                  WHEN r10.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r10.date_lo > ref_0.hi
                  THEN FALSE
                END IS FALSE
                AND r10.seq <> r8.seq
                AND (
                  r10.date_hi IS NULL OR r10.date_hi > r8.date_lo
                )
                AND NOT (
                  (
                    NOT (
                      COALESCE(
                        r10.value_num,
                        CASE
                          WHEN r10.value_bool IS TRUE
                          THEN CAST(1.0 AS DOUBLE)
                          WHEN r10.value_bool IS FALSE
                          THEN CAST(0.0 AS DOUBLE)
                        END
                      )
                    ) IS NULL
                    AND COALESCE(
                      r10.value_num,
                      CASE
                        WHEN r10.value_bool IS TRUE
                        THEN CAST(1.0 AS DOUBLE)
                        WHEN r10.value_bool IS FALSE
                        THEN CAST(0.0 AS DOUBLE)
                      END
                    ) IS NOT DISTINCT FROM COALESCE(
                      r8.value_num,
                      CASE
                        WHEN r8.value_bool IS TRUE
                        THEN CAST(1.0 AS DOUBLE)
                        WHEN r8.value_bool IS FALSE
                        THEN CAST(0.0 AS DOUBLE)
                      END
                    )
                  )
                  OR (
                    NOT r10.value_text IS NULL AND r10.value_text IS NOT DISTINCT FROM r8.value_text
                  )
                  OR (
                    NOT r10.value_code IS NULL
                    AND r10.value_code_system IS NOT DISTINCT FROM r8.value_code_system
                    AND r10.value_code IS NOT DISTINCT FROM r8.value_code
                    AND r10.value_code_display IS NOT DISTINCT FROM r8.value_code_display
                  )
                  OR (
                    (
                      r10.value_num IS NULL
                      AND r10.value_text IS NULL
                      AND r10.value_bool IS NULL
                      AND r10.value_code IS NULL
                    )
                    AND (
                      r8.value_num IS NULL
                      AND r8.value_text IS NULL
                      AND r8.value_bool IS NULL
                      AND r8.value_code IS NULL
                    )
                  )
                )
            )
        ) > CAST(0.75 AS DOUBLE)
      ) IS FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "I6",
    CASE
      WHEN (
        (
          SELECT
            r11.value_num * CASE
              WHEN r11.unit = '10^9/L'
              THEN CAST(1.0 AS DOUBLE)
              WHEN r11.unit = '10^12/L'
              THEN CAST(1000.0 AS DOUBLE)
              WHEN r11.unit = '10^3/µL'
              THEN CAST(1.0 AS DOUBLE)
              WHEN r11.unit = '/µL'
              THEN CAST(0.001 AS DOUBLE)
              WHEN r11.unit = '/mm3'
              THEN CAST(0.001 AS DOUBLE)
            END
          FROM observations AS r11
          WHERE
            r11.patient_id = pt.patient_id
            AND (
              r11.system = 'LOINC' AND r11.code IN ('777-3', '26515-7')
            )
            AND CASE
              WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r11.date_lo
              AND r11.date_hi <= ref_0.lo
              THEN TRUE
              WHEN r11.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r11.date_lo > ref_0.hi
              THEN FALSE
            END IS TRUE
            AND NOT EXISTS(
              SELECT
                1
              FROM observations AS r12
              WHERE
                r12.patient_id = pt.patient_id
                AND (
                  r12.system = 'LOINC' AND r12.code IN ('777-3', '26515-7')
                )
                AND CASE
                  WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r12.date_lo
                  AND r12.date_hi <= ref_0.lo
                  THEN TRUE
                  WHEN r12.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r12.date_lo > ref_0.hi
                  THEN FALSE
                END IS TRUE
                AND (
                  r12.date_lo > r11.date_lo
                  OR (
                    r12.date_lo = r11.date_lo AND r12.seq < r11.seq
                  )
                )
            )
            AND NOT EXISTS(
              SELECT
                1
              FROM observations AS r13
              WHERE
                r13.patient_id = pt.patient_id
                AND (
                  r13.system = 'LOINC' AND r13.code IN ('777-3', '26515-7')
                )
                AND NOT CASE
                  WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r13.date_lo
                  AND r13.date_hi <= ref_0.lo
                  THEN TRUE
                  WHEN r13.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r13.date_lo > ref_0.hi
                  THEN FALSE
                END IS FALSE
                AND r13.seq <> r11.seq
                AND (
                  r13.date_hi IS NULL OR r13.date_hi > r11.date_lo
                )
                AND NOT (
                  (
                    NOT (
                      COALESCE(
                        r13.value_num,
                        CASE
                          WHEN r13.value_bool IS TRUE
                          THEN CAST(1.0 AS DOUBLE)
                          WHEN r13.value_bool IS FALSE
                          THEN CAST(0.0 AS DOUBLE)
                        END
                      )
                    ) IS NULL
                    AND COALESCE(
                      r13.value_num,
                      CASE
                        WHEN r13.value_bool IS TRUE
                        THEN CAST(1.0 AS DOUBLE)
                        WHEN r13.value_bool IS FALSE
                        THEN CAST(0.0 AS DOUBLE)
                      END
                    ) IS NOT DISTINCT FROM COALESCE(
                      r11.value_num,
                      CASE
                        WHEN r11.value_bool IS TRUE
                        THEN CAST(1.0 AS DOUBLE)
                        WHEN r11.value_bool IS FALSE
                        THEN CAST(0.0 AS DOUBLE)
                      END
                    )
                  )
                  OR (
                    NOT r13.value_text IS NULL AND r13.value_text IS NOT DISTINCT FROM r11.value_text
                  )
                  OR (
                    NOT r13.value_code IS NULL
                    AND r13.value_code_system IS NOT DISTINCT FROM r11.value_code_system
                    AND r13.value_code IS NOT DISTINCT FROM r11.value_code
                    AND r13.value_code_display IS NOT DISTINCT FROM r11.value_code_display
                  )
                  OR (
                    (
                      r13.value_num IS NULL
                      AND r13.value_text IS NULL
                      AND r13.value_bool IS NULL
                      AND r13.value_code IS NULL
                    )
                    AND (
                      r11.value_num IS NULL
                      AND r11.value_text IS NULL
                      AND r11.value_bool IS NULL
                      AND r11.value_code IS NULL
                    )
                  )
                )
            )
        ) > CAST(50.0 AS DOUBLE)
      ) IS TRUE
      THEN 'met'
      WHEN (
        (
          SELECT
            r11.value_num * CASE
              WHEN r11.unit = '10^9/L'
              THEN CAST(1.0 AS DOUBLE)
              WHEN r11.unit = '10^12/L'
              THEN CAST(1000.0 AS DOUBLE)
              WHEN r11.unit = '10^3/µL'
              THEN CAST(1.0 AS DOUBLE)
              WHEN r11.unit = '/µL'
              THEN CAST(0.001 AS DOUBLE)
              WHEN r11.unit = '/mm3'
              THEN CAST(0.001 AS DOUBLE)
            END
          FROM observations AS r11
          WHERE
            r11.patient_id = pt.patient_id
            AND (
              r11.system = 'LOINC' AND r11.code IN ('777-3', '26515-7')
            )
            AND CASE
              WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r11.date_lo
              AND r11.date_hi <= ref_0.lo
              THEN TRUE
              WHEN r11.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r11.date_lo > ref_0.hi
              THEN FALSE
            END IS TRUE
            AND NOT EXISTS(
              SELECT
                1
              FROM observations AS r12
              WHERE
                r12.patient_id = pt.patient_id
                AND (
                  r12.system = 'LOINC' AND r12.code IN ('777-3', '26515-7')
                )
                AND CASE
                  WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r12.date_lo
                  AND r12.date_hi <= ref_0.lo
                  THEN TRUE
                  WHEN r12.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r12.date_lo > ref_0.hi
                  THEN FALSE
                END IS TRUE
                AND (
                  r12.date_lo > r11.date_lo
                  OR (
                    r12.date_lo = r11.date_lo AND r12.seq < r11.seq
                  )
                )
            )
            AND NOT EXISTS(
              SELECT
                1
              FROM observations AS r13
              WHERE
                r13.patient_id = pt.patient_id
                AND (
                  r13.system = 'LOINC' AND r13.code IN ('777-3', '26515-7')
                )
                AND NOT CASE
                  WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r13.date_lo
                  AND r13.date_hi <= ref_0.lo
                  THEN TRUE
                  WHEN r13.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r13.date_lo > ref_0.hi
                  THEN FALSE
                END IS FALSE
                AND r13.seq <> r11.seq
                AND (
                  r13.date_hi IS NULL OR r13.date_hi > r11.date_lo
                )
                AND NOT (
                  (
                    NOT (
                      COALESCE(
                        r13.value_num,
                        CASE
                          WHEN r13.value_bool IS TRUE
                          THEN CAST(1.0 AS DOUBLE)
                          WHEN r13.value_bool IS FALSE
                          THEN CAST(0.0 AS DOUBLE)
                        END
                      )
                    ) IS NULL
                    AND COALESCE(
                      r13.value_num,
                      CASE
                        WHEN r13.value_bool IS TRUE
                        THEN CAST(1.0 AS DOUBLE)
                        WHEN r13.value_bool IS FALSE
                        THEN CAST(0.0 AS DOUBLE)
                      END
                    ) IS NOT DISTINCT FROM COALESCE(
                      r11.value_num,
                      CASE
                        WHEN r11.value_bool IS TRUE
                        THEN CAST(1.0 AS DOUBLE)
                        WHEN r11.value_bool IS FALSE
                        THEN CAST(0.0 AS DOUBLE)
                      END
                    )
                  )
                  OR (
                    NOT r13.value_text IS NULL AND r13.value_text IS NOT DISTINCT FROM r11.value_text
                  )
                  OR (
                    NOT r13.value_code IS NULL
                    AND r13.value_code_system IS NOT DISTINCT FROM r11.value_code_system
                    AND r13.value_code IS NOT DISTINCT FROM r11.value_code
                    AND r13.value_code_display IS NOT DISTINCT FROM r11.value_code_display
                  )
                  OR (
                    (
                      r13.value_num IS NULL
                      AND r13.value_text IS NULL
                      AND r13.value_bool IS NULL
                      AND r13.value_code IS NULL
                    )
                    AND (
                      r11.value_num IS NULL
                      AND r11.value_text IS NULL
                      AND r11.value_bool IS NULL
                      AND r11.value_code IS NULL
                    )
                  )
                )
            )
        ) > CAST(50.0 AS DOUBLE)
      ) IS FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "I7",
    CASE
      WHEN CASE
        WHEN (
          CASE WHEN att_0.value_text IN ('stage_1', 'stage_2') THEN att_0.value_text END = 'stage_1'
        ) IS TRUE
        THEN (
          SELECT
            r14.value_num * CASE
              WHEN r14.unit = 'mL/min/1.73m^2'
              THEN CAST(1.0 AS DOUBLE)
              WHEN r14.unit = 'mL/min/1.73m2'
              THEN CAST(1.0 AS DOUBLE)
            END
          FROM observations AS r14
          WHERE
            r14.patient_id = pt.patient_id
            AND (
              r14.system = 'LOINC' AND r14.code IN ('50384-7')
            )
            AND CASE
              WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r14.date_lo
              AND r14.date_hi <= ref_0.lo
              THEN TRUE
              WHEN r14.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r14.date_lo > ref_0.hi
              THEN FALSE
            END IS TRUE
            AND NOT EXISTS(
              SELECT
                1
              FROM observations AS r15
              WHERE
                r15.patient_id = pt.patient_id
                AND (
                  r15.system = 'LOINC' AND r15.code IN ('50384-7')
                )
                AND CASE
                  WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r15.date_lo
                  AND r15.date_hi <= ref_0.lo
                  THEN TRUE
                  WHEN r15.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r15.date_lo > ref_0.hi
                  THEN FALSE
                END IS TRUE
                AND (
                  r15.date_lo > r14.date_lo
                  OR (
                    r15.date_lo = r14.date_lo AND r15.seq < r14.seq
                  )
                )
            )
            AND NOT EXISTS(
              SELECT
                1
              FROM observations AS r16
              WHERE
                r16.patient_id = pt.patient_id
                AND (
                  r16.system = 'LOINC' AND r16.code IN ('50384-7')
                )
                AND NOT CASE
                  WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r16.date_lo
                  AND r16.date_hi <= ref_0.lo
                  THEN TRUE
                  WHEN r16.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r16.date_lo > ref_0.hi
                  THEN FALSE
                END IS FALSE
                AND r16.seq <> r14.seq
                AND (
                  r16.date_hi IS NULL OR r16.date_hi > r14.date_lo
                )
                AND NOT (
                  (
                    NOT (
                      COALESCE(
                        r16.value_num,
                        CASE
                          WHEN r16.value_bool IS TRUE
                          THEN CAST(1.0 AS DOUBLE)
                          WHEN r16.value_bool IS FALSE
                          THEN CAST(0.0 AS DOUBLE)
                        END
                      )
                    ) IS NULL
                    AND COALESCE(
                      r16.value_num,
                      CASE
                        WHEN r16.value_bool IS TRUE
                        THEN CAST(1.0 AS DOUBLE)
                        WHEN r16.value_bool IS FALSE
                        THEN CAST(0.0 AS DOUBLE)
                      END
                    ) IS NOT DISTINCT FROM COALESCE(
                      r14.value_num,
                      CASE
                        WHEN r14.value_bool IS TRUE
                        THEN CAST(1.0 AS DOUBLE)
                        WHEN r14.value_bool IS FALSE
                        THEN CAST(0.0 AS DOUBLE)
                      END
                    )
                  )
                  OR (
                    NOT r16.value_text IS NULL AND r16.value_text IS NOT DISTINCT FROM r14.value_text
                  )
                  OR (
                    NOT r16.value_code IS NULL
                    AND r16.value_code_system IS NOT DISTINCT FROM r14.value_code_system
                    AND r16.value_code IS NOT DISTINCT FROM r14.value_code
                    AND r16.value_code_display IS NOT DISTINCT FROM r14.value_code_display
                  )
                  OR (
                    (
                      r16.value_num IS NULL
                      AND r16.value_text IS NULL
                      AND r16.value_bool IS NULL
                      AND r16.value_code IS NULL
                    )
                    AND (
                      r14.value_num IS NULL
                      AND r14.value_text IS NULL
                      AND r14.value_bool IS NULL
                      AND r14.value_code IS NULL
                    )
                  )
                )
            )
        ) > CAST(80.0 AS DOUBLE)
        WHEN (
          CASE WHEN att_0.value_text IN ('stage_1', 'stage_2') THEN att_0.value_text END = 'stage_1'
        ) IS FALSE
        THEN (
          SELECT
            r17.value_num * CASE
              WHEN r17.unit = 'mL/min/1.73m^2'
              THEN CAST(1.0 AS DOUBLE)
              WHEN r17.unit = 'mL/min/1.73m2'
              THEN CAST(1.0 AS DOUBLE)
            END
          FROM observations AS r17
          WHERE
            r17.patient_id = pt.patient_id
            AND (
              r17.system = 'LOINC' AND r17.code IN ('50384-7')
            )
            AND CASE
              WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r17.date_lo
              AND r17.date_hi <= ref_0.lo
              THEN TRUE
              WHEN r17.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r17.date_lo > ref_0.hi
              THEN FALSE
            END IS TRUE
            AND NOT EXISTS(
              SELECT
                1
              FROM observations AS r18
              WHERE
                r18.patient_id = pt.patient_id
                AND (
                  r18.system = 'LOINC' AND r18.code IN ('50384-7')
                )
                AND CASE
                  WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r18.date_lo
                  AND r18.date_hi <= ref_0.lo
                  THEN TRUE
                  WHEN r18.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r18.date_lo > ref_0.hi
                  THEN FALSE
                END IS TRUE
                AND (
                  r18.date_lo > r17.date_lo
                  OR (
                    r18.date_lo = r17.date_lo AND r18.seq < r17.seq
                  )
                )
            )
            AND NOT EXISTS(
              SELECT
                1
              FROM observations AS r19
              WHERE
                r19.patient_id = pt.patient_id
                AND (
                  r19.system = 'LOINC' AND r19.code IN ('50384-7')
                )
                AND NOT CASE
                  WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r19.date_lo
                  AND r19.date_hi <= ref_0.lo
                  THEN TRUE
                  WHEN r19.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r19.date_lo > ref_0.hi
                  THEN FALSE
                END IS FALSE
                AND r19.seq <> r17.seq
                AND (
                  r19.date_hi IS NULL OR r19.date_hi > r17.date_lo
                )
                AND NOT (
                  (
                    NOT (
                      COALESCE(
                        r19.value_num,
                        CASE
                          WHEN r19.value_bool IS TRUE
                          THEN CAST(1.0 AS DOUBLE)
                          WHEN r19.value_bool IS FALSE
                          THEN CAST(0.0 AS DOUBLE)
                        END
                      )
                    ) IS NULL
                    AND COALESCE(
                      r19.value_num,
                      CASE
                        WHEN r19.value_bool IS TRUE
                        THEN CAST(1.0 AS DOUBLE)
                        WHEN r19.value_bool IS FALSE
                        THEN CAST(0.0 AS DOUBLE)
                      END
                    ) IS NOT DISTINCT FROM COALESCE(
                      r17.value_num,
                      CASE
                        WHEN r17.value_bool IS TRUE
                        THEN CAST(1.0 AS DOUBLE)
                        WHEN r17.value_bool IS FALSE
                        THEN CAST(0.0 AS DOUBLE)
                      END
                    )
                  )
                  OR (
                    NOT r19.value_text IS NULL AND r19.value_text IS NOT DISTINCT FROM r17.value_text
                  )
                  OR (
                    NOT r19.value_code IS NULL
                    AND r19.value_code_system IS NOT DISTINCT FROM r17.value_code_system
                    AND r19.value_code IS NOT DISTINCT FROM r17.value_code
                    AND r19.value_code_display IS NOT DISTINCT FROM r17.value_code_display
                  )
                  OR (
                    (
                      r19.value_num IS NULL
                      AND r19.value_text IS NULL
                      AND r19.value_bool IS NULL
                      AND r19.value_code IS NULL
                    )
                    AND (
                      r17.value_num IS NULL
                      AND r17.value_text IS NULL
                      AND r17.value_bool IS NULL
                      AND r17.value_code IS NULL
                    )
                  )
                )
            )
        ) > CAST(60.0 AS DOUBLE)
        WHEN (
          (
            SELECT
              r14.value_num * CASE
                WHEN r14.unit = 'mL/min/1.73m^2'
                THEN CAST(1.0 AS DOUBLE)
                WHEN r14.unit = 'mL/min/1.73m2'
                THEN CAST(1.0 AS DOUBLE)
              END
            FROM observations AS r14
            WHERE
              r14.patient_id = pt.patient_id
              AND (
                r14.system = 'LOINC' AND r14.code IN ('50384-7')
              )
              AND CASE
                WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r14.date_lo
                AND r14.date_hi <= ref_0.lo
                THEN TRUE
                WHEN r14.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r14.date_lo > ref_0.hi
                THEN FALSE
              END IS TRUE
              AND NOT EXISTS(
                SELECT
                  1
                FROM observations AS r15
                WHERE
                  r15.patient_id = pt.patient_id
                  AND (
                    r15.system = 'LOINC' AND r15.code IN ('50384-7')
                  )
                  AND CASE
                    WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r15.date_lo
                    AND r15.date_hi <= ref_0.lo
                    THEN TRUE
                    WHEN r15.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r15.date_lo > ref_0.hi
                    THEN FALSE
                  END IS TRUE
                  AND (
                    r15.date_lo > r14.date_lo
                    OR (
                      r15.date_lo = r14.date_lo AND r15.seq < r14.seq
                    )
                  )
              )
              AND NOT EXISTS(
                SELECT
                  1
                FROM observations AS r16
                WHERE
                  r16.patient_id = pt.patient_id
                  AND (
                    r16.system = 'LOINC' AND r16.code IN ('50384-7')
                  )
                  AND NOT CASE
                    WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r16.date_lo
                    AND r16.date_hi <= ref_0.lo
                    THEN TRUE
                    WHEN r16.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r16.date_lo > ref_0.hi
                    THEN FALSE
                  END IS FALSE
                  AND r16.seq <> r14.seq
                  AND (
                    r16.date_hi IS NULL OR r16.date_hi > r14.date_lo
                  )
                  AND NOT (
                    (
                      NOT (
                        COALESCE(
                          r16.value_num,
                          CASE
                            WHEN r16.value_bool IS TRUE
                            THEN CAST(1.0 AS DOUBLE)
                            WHEN r16.value_bool IS FALSE
                            THEN CAST(0.0 AS DOUBLE)
                          END
                        )
                      ) IS NULL
                      AND COALESCE(
                        r16.value_num,
                        CASE
                          WHEN r16.value_bool IS TRUE
                          THEN CAST(1.0 AS DOUBLE)
                          WHEN r16.value_bool IS FALSE
                          THEN CAST(0.0 AS DOUBLE)
                        END
                      ) IS NOT DISTINCT FROM COALESCE(
                        r14.value_num,
                        CASE
                          WHEN r14.value_bool IS TRUE
                          THEN CAST(1.0 AS DOUBLE)
                          WHEN r14.value_bool IS FALSE
                          THEN CAST(0.0 AS DOUBLE)
                        END
                      )
                    )
                    OR (
                      NOT r16.value_text IS NULL AND r16.value_text IS NOT DISTINCT FROM r14.value_text
                    )
                    OR (
                      NOT r16.value_code IS NULL
                      AND r16.value_code_system IS NOT DISTINCT FROM r14.value_code_system
                      AND r16.value_code IS NOT DISTINCT FROM r14.value_code
                      AND r16.value_code_display IS NOT DISTINCT FROM r14.value_code_display
                    )
                    OR (
                      (
                        r16.value_num IS NULL
                        AND r16.value_text IS NULL
                        AND r16.value_bool IS NULL
                        AND r16.value_code IS NULL
                      )
                      AND (
                        r14.value_num IS NULL
                        AND r14.value_text IS NULL
                        AND r14.value_bool IS NULL
                        AND r14.value_code IS NULL
                      )
                    )
                  )
              )
          ) > CAST(80.0 AS DOUBLE)
        ) = (
          (
            SELECT
              r17.value_num * CASE
                WHEN r17.unit = 'mL/min/1.73m^2'
                THEN CAST(1.0 AS DOUBLE)
                WHEN r17.unit = 'mL/min/1.73m2'
                THEN CAST(1.0 AS DOUBLE)
              END
            FROM observations AS r17
            WHERE
              r17.patient_id = pt.patient_id
              AND (
                r17.system = 'LOINC' AND r17.code IN ('50384-7')
              )
              AND CASE
                WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r17.date_lo
                AND r17.date_hi <= ref_0.lo
                THEN TRUE
                WHEN r17.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r17.date_lo > ref_0.hi
                THEN FALSE
              END IS TRUE
              AND NOT EXISTS(
                SELECT
                  1
                FROM observations AS r18
                WHERE
                  r18.patient_id = pt.patient_id
                  AND (
                    r18.system = 'LOINC' AND r18.code IN ('50384-7')
                  )
                  AND CASE
                    WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r18.date_lo
                    AND r18.date_hi <= ref_0.lo
                    THEN TRUE
                    WHEN r18.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r18.date_lo > ref_0.hi
                    THEN FALSE
                  END IS TRUE
                  AND (
                    r18.date_lo > r17.date_lo
                    OR (
                      r18.date_lo = r17.date_lo AND r18.seq < r17.seq
                    )
                  )
              )
              AND NOT EXISTS(
                SELECT
                  1
                FROM observations AS r19
                WHERE
                  r19.patient_id = pt.patient_id
                  AND (
                    r19.system = 'LOINC' AND r19.code IN ('50384-7')
                  )
                  AND NOT CASE
                    WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r19.date_lo
                    AND r19.date_hi <= ref_0.lo
                    THEN TRUE
                    WHEN r19.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r19.date_lo > ref_0.hi
                    THEN FALSE
                  END IS FALSE
                  AND r19.seq <> r17.seq
                  AND (
                    r19.date_hi IS NULL OR r19.date_hi > r17.date_lo
                  )
                  AND NOT (
                    (
                      NOT (
                        COALESCE(
                          r19.value_num,
                          CASE
                            WHEN r19.value_bool IS TRUE
                            THEN CAST(1.0 AS DOUBLE)
                            WHEN r19.value_bool IS FALSE
                            THEN CAST(0.0 AS DOUBLE)
                          END
                        )
                      ) IS NULL
                      AND COALESCE(
                        r19.value_num,
                        CASE
                          WHEN r19.value_bool IS TRUE
                          THEN CAST(1.0 AS DOUBLE)
                          WHEN r19.value_bool IS FALSE
                          THEN CAST(0.0 AS DOUBLE)
                        END
                      ) IS NOT DISTINCT FROM COALESCE(
                        r17.value_num,
                        CASE
                          WHEN r17.value_bool IS TRUE
                          THEN CAST(1.0 AS DOUBLE)
                          WHEN r17.value_bool IS FALSE
                          THEN CAST(0.0 AS DOUBLE)
                        END
                      )
                    )
                    OR (
                      NOT r19.value_text IS NULL AND r19.value_text IS NOT DISTINCT FROM r17.value_text
                    )
                    OR (
                      NOT r19.value_code IS NULL
                      AND r19.value_code_system IS NOT DISTINCT FROM r17.value_code_system
                      AND r19.value_code IS NOT DISTINCT FROM r17.value_code
                      AND r19.value_code_display IS NOT DISTINCT FROM r17.value_code_display
                    )
                    OR (
                      (
                        r19.value_num IS NULL
                        AND r19.value_text IS NULL
                        AND r19.value_bool IS NULL
                        AND r19.value_code IS NULL
                      )
                      AND (
                        r17.value_num IS NULL
                        AND r17.value_text IS NULL
                        AND r17.value_bool IS NULL
                        AND r17.value_code IS NULL
                      )
                    )
                  )
              )
          ) > CAST(60.0 AS DOUBLE)
        )
        THEN (
          SELECT
            r14.value_num * CASE
              WHEN r14.unit = 'mL/min/1.73m^2'
              THEN CAST(1.0 AS DOUBLE)
              WHEN r14.unit = 'mL/min/1.73m2'
              THEN CAST(1.0 AS DOUBLE)
            END
          FROM observations AS r14
          WHERE
            r14.patient_id = pt.patient_id
            AND (
              r14.system = 'LOINC' AND r14.code IN ('50384-7')
            )
            AND CASE
              WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r14.date_lo
              AND r14.date_hi <= ref_0.lo
              THEN TRUE
              WHEN r14.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r14.date_lo > ref_0.hi
              THEN FALSE
            END IS TRUE
            AND NOT EXISTS(
              SELECT
                1
              FROM observations AS r15
              WHERE
                r15.patient_id = pt.patient_id
                AND (
                  r15.system = 'LOINC' AND r15.code IN ('50384-7')
                )
                AND CASE
                  WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r15.date_lo
                  AND r15.date_hi <= ref_0.lo
                  THEN TRUE
                  WHEN r15.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r15.date_lo > ref_0.hi
                  THEN FALSE
                END IS TRUE
                AND (
                  r15.date_lo > r14.date_lo
                  OR (
                    r15.date_lo = r14.date_lo AND r15.seq < r14.seq
                  )
                )
            )
            AND NOT EXISTS(
              SELECT
                1
              FROM observations AS r16
              WHERE
                r16.patient_id = pt.patient_id
                AND (
                  r16.system = 'LOINC' AND r16.code IN ('50384-7')
                )
                AND NOT CASE
                  WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r16.date_lo
                  AND r16.date_hi <= ref_0.lo
                  THEN TRUE
                  WHEN r16.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r16.date_lo > ref_0.hi
                  THEN FALSE
                END IS FALSE
                AND r16.seq <> r14.seq
                AND (
                  r16.date_hi IS NULL OR r16.date_hi > r14.date_lo
                )
                AND NOT (
                  (
                    NOT (
                      COALESCE(
                        r16.value_num,
                        CASE
                          WHEN r16.value_bool IS TRUE
                          THEN CAST(1.0 AS DOUBLE)
                          WHEN r16.value_bool IS FALSE
                          THEN CAST(0.0 AS DOUBLE)
                        END
                      )
                    ) IS NULL
                    AND COALESCE(
                      r16.value_num,
                      CASE
                        WHEN r16.value_bool IS TRUE
                        THEN CAST(1.0 AS DOUBLE)
                        WHEN r16.value_bool IS FALSE
                        THEN CAST(0.0 AS DOUBLE)
                      END
                    ) IS NOT DISTINCT FROM COALESCE(
                      r14.value_num,
                      CASE
                        WHEN r14.value_bool IS TRUE
                        THEN CAST(1.0 AS DOUBLE)
                        WHEN r14.value_bool IS FALSE
                        THEN CAST(0.0 AS DOUBLE)
                      END
                    )
                  )
                  OR (
                    NOT r16.value_text IS NULL AND r16.value_text IS NOT DISTINCT FROM r14.value_text
                  )
                  OR (
                    NOT r16.value_code IS NULL
                    AND r16.value_code_system IS NOT DISTINCT FROM r14.value_code_system
                    AND r16.value_code IS NOT DISTINCT FROM r14.value_code
                    AND r16.value_code_display IS NOT DISTINCT FROM r14.value_code_display
                  )
                  OR (
                    (
                      r16.value_num IS NULL
                      AND r16.value_text IS NULL
                      AND r16.value_bool IS NULL
                      AND r16.value_code IS NULL
                    )
                    AND (
                      r14.value_num IS NULL
                      AND r14.value_text IS NULL
                      AND r14.value_bool IS NULL
                      AND r14.value_code IS NULL
                    )
                  )
                )
            )
        ) > CAST(80.0 AS DOUBLE)
      END IS TRUE
      THEN 'met'
      WHEN CASE
        WHEN (
          CASE WHEN att_0.value_text IN ('stage_1', 'stage_2') THEN att_0.value_text END = 'stage_1'
        ) IS TRUE
        THEN (
          SELECT
            r14.value_num * CASE
              WHEN r14.unit = 'mL/min/1.73m^2'
              THEN CAST(1.0 AS DOUBLE)
              WHEN r14.unit = 'mL/min/1.73m2'
              THEN CAST(1.0 AS DOUBLE)
            END
          FROM observations AS r14
          WHERE
            r14.patient_id = pt.patient_id
            AND (
              r14.system = 'LOINC' AND r14.code IN ('50384-7')
            )
            AND CASE
              WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r14.date_lo
              AND r14.date_hi <= ref_0.lo
              THEN TRUE
              WHEN r14.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r14.date_lo > ref_0.hi
              THEN FALSE
            END IS TRUE
            AND NOT EXISTS(
              SELECT
                1
              FROM observations AS r15
              WHERE
                r15.patient_id = pt.patient_id
                AND (
                  r15.system = 'LOINC' AND r15.code IN ('50384-7')
                )
                AND CASE
                  WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r15.date_lo
                  AND r15.date_hi <= ref_0.lo
                  THEN TRUE
                  WHEN r15.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r15.date_lo > ref_0.hi
                  THEN FALSE
                END IS TRUE
                AND (
                  r15.date_lo > r14.date_lo
                  OR (
                    r15.date_lo = r14.date_lo AND r15.seq < r14.seq
                  )
                )
            )
            AND NOT EXISTS(
              SELECT
                1
              FROM observations AS r16
              WHERE
                r16.patient_id = pt.patient_id
                AND (
                  r16.system = 'LOINC' AND r16.code IN ('50384-7')
                )
                AND NOT CASE
                  WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r16.date_lo
                  AND r16.date_hi <= ref_0.lo
                  THEN TRUE
                  WHEN r16.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r16.date_lo > ref_0.hi
                  THEN FALSE
                END IS FALSE
                AND r16.seq <> r14.seq
                AND (
                  r16.date_hi IS NULL OR r16.date_hi > r14.date_lo
                )
                AND NOT (
                  (
                    NOT (
                      COALESCE(
                        r16.value_num,
                        CASE
                          WHEN r16.value_bool IS TRUE
                          THEN CAST(1.0 AS DOUBLE)
                          WHEN r16.value_bool IS FALSE
                          THEN CAST(0.0 AS DOUBLE)
                        END
                      )
                    ) IS NULL
                    AND COALESCE(
                      r16.value_num,
                      CASE
                        WHEN r16.value_bool IS TRUE
                        THEN CAST(1.0 AS DOUBLE)
                        WHEN r16.value_bool IS FALSE
                        THEN CAST(0.0 AS DOUBLE)
                      END
                    ) IS NOT DISTINCT FROM COALESCE(
                      r14.value_num,
                      CASE
                        WHEN r14.value_bool IS TRUE
                        THEN CAST(1.0 AS DOUBLE)
                        WHEN r14.value_bool IS FALSE
                        THEN CAST(0.0 AS DOUBLE)
                      END
                    )
                  )
                  OR (
                    NOT r16.value_text IS NULL AND r16.value_text IS NOT DISTINCT FROM r14.value_text
                  )
                  OR (
                    NOT r16.value_code IS NULL
                    AND r16.value_code_system IS NOT DISTINCT FROM r14.value_code_system
                    AND r16.value_code IS NOT DISTINCT FROM r14.value_code
                    AND r16.value_code_display IS NOT DISTINCT FROM r14.value_code_display
                  )
                  OR (
                    (
                      r16.value_num IS NULL
                      AND r16.value_text IS NULL
                      AND r16.value_bool IS NULL
                      AND r16.value_code IS NULL
                    )
                    AND (
                      r14.value_num IS NULL
                      AND r14.value_text IS NULL
                      AND r14.value_bool IS NULL
                      AND r14.value_code IS NULL
                    )
                  )
                )
            )
        ) > CAST(80.0 AS DOUBLE)
        WHEN (
          CASE WHEN att_0.value_text IN ('stage_1', 'stage_2') THEN att_0.value_text END = 'stage_1'
        ) IS FALSE
        THEN (
          SELECT
            r17.value_num * CASE
              WHEN r17.unit = 'mL/min/1.73m^2'
              THEN CAST(1.0 AS DOUBLE)
              WHEN r17.unit = 'mL/min/1.73m2'
              THEN CAST(1.0 AS DOUBLE)
            END
          FROM observations AS r17
          WHERE
            r17.patient_id = pt.patient_id
            AND (
              r17.system = 'LOINC' AND r17.code IN ('50384-7')
            )
            AND CASE
              WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r17.date_lo
              AND r17.date_hi <= ref_0.lo
              THEN TRUE
              WHEN r17.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r17.date_lo > ref_0.hi
              THEN FALSE
            END IS TRUE
            AND NOT EXISTS(
              SELECT
                1
              FROM observations AS r18
              WHERE
                r18.patient_id = pt.patient_id
                AND (
                  r18.system = 'LOINC' AND r18.code IN ('50384-7')
                )
                AND CASE
                  WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r18.date_lo
                  AND r18.date_hi <= ref_0.lo
                  THEN TRUE
                  WHEN r18.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r18.date_lo > ref_0.hi
                  THEN FALSE
                END IS TRUE
                AND (
                  r18.date_lo > r17.date_lo
                  OR (
                    r18.date_lo = r17.date_lo AND r18.seq < r17.seq
                  )
                )
            )
            AND NOT EXISTS(
              SELECT
                1
              FROM observations AS r19
              WHERE
                r19.patient_id = pt.patient_id
                AND (
                  r19.system = 'LOINC' AND r19.code IN ('50384-7')
                )
                AND NOT CASE
                  WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r19.date_lo
                  AND r19.date_hi <= ref_0.lo
                  THEN TRUE
                  WHEN r19.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r19.date_lo > ref_0.hi
                  THEN FALSE
                END IS FALSE
                AND r19.seq <> r17.seq
                AND (
                  r19.date_hi IS NULL OR r19.date_hi > r17.date_lo
                )
                AND NOT (
                  (
                    NOT (
                      COALESCE(
                        r19.value_num,
                        CASE
                          WHEN r19.value_bool IS TRUE
                          THEN CAST(1.0 AS DOUBLE)
                          WHEN r19.value_bool IS FALSE
                          THEN CAST(0.0 AS DOUBLE)
                        END
                      )
                    ) IS NULL
                    AND COALESCE(
                      r19.value_num,
                      CASE
                        WHEN r19.value_bool IS TRUE
                        THEN CAST(1.0 AS DOUBLE)
                        WHEN r19.value_bool IS FALSE
                        THEN CAST(0.0 AS DOUBLE)
                      END
                    ) IS NOT DISTINCT FROM COALESCE(
                      r17.value_num,
                      CASE
                        WHEN r17.value_bool IS TRUE
                        THEN CAST(1.0 AS DOUBLE)
                        WHEN r17.value_bool IS FALSE
                        THEN CAST(0.0 AS DOUBLE)
                      END
                    )
                  )
                  OR (
                    NOT r19.value_text IS NULL AND r19.value_text IS NOT DISTINCT FROM r17.value_text
                  )
                  OR (
                    NOT r19.value_code IS NULL
                    AND r19.value_code_system IS NOT DISTINCT FROM r17.value_code_system
                    AND r19.value_code IS NOT DISTINCT FROM r17.value_code
                    AND r19.value_code_display IS NOT DISTINCT FROM r17.value_code_display
                  )
                  OR (
                    (
                      r19.value_num IS NULL
                      AND r19.value_text IS NULL
                      AND r19.value_bool IS NULL
                      AND r19.value_code IS NULL
                    )
                    AND (
                      r17.value_num IS NULL
                      AND r17.value_text IS NULL
                      AND r17.value_bool IS NULL
                      AND r17.value_code IS NULL
                    )
                  )
                )
            )
        ) > CAST(60.0 AS DOUBLE)
        WHEN (
          (
            SELECT
              r14.value_num * CASE
                WHEN r14.unit = 'mL/min/1.73m^2'
                THEN CAST(1.0 AS DOUBLE)
                WHEN r14.unit = 'mL/min/1.73m2'
                THEN CAST(1.0 AS DOUBLE)
              END
            FROM observations AS r14
            WHERE
              r14.patient_id = pt.patient_id
              AND (
                r14.system = 'LOINC' AND r14.code IN ('50384-7')
              )
              AND CASE
                WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r14.date_lo
                AND r14.date_hi <= ref_0.lo
                THEN TRUE
                WHEN r14.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r14.date_lo > ref_0.hi
                THEN FALSE
              END IS TRUE
              AND NOT EXISTS(
                SELECT
                  1
                FROM observations AS r15
                WHERE
                  r15.patient_id = pt.patient_id
                  AND (
                    r15.system = 'LOINC' AND r15.code IN ('50384-7')
                  )
                  AND CASE
                    WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r15.date_lo
                    AND r15.date_hi <= ref_0.lo
                    THEN TRUE
                    WHEN r15.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r15.date_lo > ref_0.hi
                    THEN FALSE
                  END IS TRUE
                  AND (
                    r15.date_lo > r14.date_lo
                    OR (
                      r15.date_lo = r14.date_lo AND r15.seq < r14.seq
                    )
                  )
              )
              AND NOT EXISTS(
                SELECT
                  1
                FROM observations AS r16
                WHERE
                  r16.patient_id = pt.patient_id
                  AND (
                    r16.system = 'LOINC' AND r16.code IN ('50384-7')
                  )
                  AND NOT CASE
                    WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r16.date_lo
                    AND r16.date_hi <= ref_0.lo
                    THEN TRUE
                    WHEN r16.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r16.date_lo > ref_0.hi
                    THEN FALSE
                  END IS FALSE
                  AND r16.seq <> r14.seq
                  AND (
                    r16.date_hi IS NULL OR r16.date_hi > r14.date_lo
                  )
                  AND NOT (
                    (
                      NOT (
                        COALESCE(
                          r16.value_num,
                          CASE
                            WHEN r16.value_bool IS TRUE
                            THEN CAST(1.0 AS DOUBLE)
                            WHEN r16.value_bool IS FALSE
                            THEN CAST(0.0 AS DOUBLE)
                          END
                        )
                      ) IS NULL
                      AND COALESCE(
                        r16.value_num,
                        CASE
                          WHEN r16.value_bool IS TRUE
                          THEN CAST(1.0 AS DOUBLE)
                          WHEN r16.value_bool IS FALSE
                          THEN CAST(0.0 AS DOUBLE)
                        END
                      ) IS NOT DISTINCT FROM COALESCE(
                        r14.value_num,
                        CASE
                          WHEN r14.value_bool IS TRUE
                          THEN CAST(1.0 AS DOUBLE)
                          WHEN r14.value_bool IS FALSE
                          THEN CAST(0.0 AS DOUBLE)
                        END
                      )
                    )
                    OR (
                      NOT r16.value_text IS NULL AND r16.value_text IS NOT DISTINCT FROM r14.value_text
                    )
                    OR (
                      NOT r16.value_code IS NULL
                      AND r16.value_code_system IS NOT DISTINCT FROM r14.value_code_system
                      AND r16.value_code IS NOT DISTINCT FROM r14.value_code
                      AND r16.value_code_display IS NOT DISTINCT FROM r14.value_code_display
                    )
                    OR (
                      (
                        r16.value_num IS NULL
                        AND r16.value_text IS NULL
                        AND r16.value_bool IS NULL
                        AND r16.value_code IS NULL
                      )
                      AND (
                        r14.value_num IS NULL
                        AND r14.value_text IS NULL
                        AND r14.value_bool IS NULL
                        AND r14.value_code IS NULL
                      )
                    )
                  )
              )
          ) > CAST(80.0 AS DOUBLE)
        ) = (
          (
            SELECT
              r17.value_num * CASE
                WHEN r17.unit = 'mL/min/1.73m^2'
                THEN CAST(1.0 AS DOUBLE)
                WHEN r17.unit = 'mL/min/1.73m2'
                THEN CAST(1.0 AS DOUBLE)
              END
            FROM observations AS r17
            WHERE
              r17.patient_id = pt.patient_id
              AND (
                r17.system = 'LOINC' AND r17.code IN ('50384-7')
              )
              AND CASE
                WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r17.date_lo
                AND r17.date_hi <= ref_0.lo
                THEN TRUE
                WHEN r17.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r17.date_lo > ref_0.hi
                THEN FALSE
              END IS TRUE
              AND NOT EXISTS(
                SELECT
                  1
                FROM observations AS r18
                WHERE
                  r18.patient_id = pt.patient_id
                  AND (
                    r18.system = 'LOINC' AND r18.code IN ('50384-7')
                  )
                  AND CASE
                    WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r18.date_lo
                    AND r18.date_hi <= ref_0.lo
                    THEN TRUE
                    WHEN r18.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r18.date_lo > ref_0.hi
                    THEN FALSE
                  END IS TRUE
                  AND (
                    r18.date_lo > r17.date_lo
                    OR (
                      r18.date_lo = r17.date_lo AND r18.seq < r17.seq
                    )
                  )
              )
              AND NOT EXISTS(
                SELECT
                  1
                FROM observations AS r19
                WHERE
                  r19.patient_id = pt.patient_id
                  AND (
                    r19.system = 'LOINC' AND r19.code IN ('50384-7')
                  )
                  AND NOT CASE
                    WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r19.date_lo
                    AND r19.date_hi <= ref_0.lo
                    THEN TRUE
                    WHEN r19.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r19.date_lo > ref_0.hi
                    THEN FALSE
                  END IS FALSE
                  AND r19.seq <> r17.seq
                  AND (
                    r19.date_hi IS NULL OR r19.date_hi > r17.date_lo
                  )
                  AND NOT (
                    (
                      NOT (
                        COALESCE(
                          r19.value_num,
                          CASE
                            WHEN r19.value_bool IS TRUE
                            THEN CAST(1.0 AS DOUBLE)
                            WHEN r19.value_bool IS FALSE
                            THEN CAST(0.0 AS DOUBLE)
                          END
                        )
                      ) IS NULL
                      AND COALESCE(
                        r19.value_num,
                        CASE
                          WHEN r19.value_bool IS TRUE
                          THEN CAST(1.0 AS DOUBLE)
                          WHEN r19.value_bool IS FALSE
                          THEN CAST(0.0 AS DOUBLE)
                        END
                      ) IS NOT DISTINCT FROM COALESCE(
                        r17.value_num,
                        CASE
                          WHEN r17.value_bool IS TRUE
                          THEN CAST(1.0 AS DOUBLE)
                          WHEN r17.value_bool IS FALSE
                          THEN CAST(0.0 AS DOUBLE)
                        END
                      )
                    )
                    OR (
                      NOT r19.value_text IS NULL AND r19.value_text IS NOT DISTINCT FROM r17.value_text
                    )
                    OR (
                      NOT r19.value_code IS NULL
                      AND r19.value_code_system IS NOT DISTINCT FROM r17.value_code_system
                      AND r19.value_code IS NOT DISTINCT FROM r17.value_code
                      AND r19.value_code_display IS NOT DISTINCT FROM r17.value_code_display
                    )
                    OR (
                      (
                        r19.value_num IS NULL
                        AND r19.value_text IS NULL
                        AND r19.value_bool IS NULL
                        AND r19.value_code IS NULL
                      )
                      AND (
                        r17.value_num IS NULL
                        AND r17.value_text IS NULL
                        AND r17.value_bool IS NULL
                        AND r17.value_code IS NULL
                      )
                    )
                  )
              )
          ) > CAST(60.0 AS DOUBLE)
        )
        THEN (
          SELECT
            r14.value_num * CASE
              WHEN r14.unit = 'mL/min/1.73m^2'
              THEN CAST(1.0 AS DOUBLE)
              WHEN r14.unit = 'mL/min/1.73m2'
              THEN CAST(1.0 AS DOUBLE)
            END
          FROM observations AS r14
          WHERE
            r14.patient_id = pt.patient_id
            AND (
              r14.system = 'LOINC' AND r14.code IN ('50384-7')
            )
            AND CASE
              WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r14.date_lo
              AND r14.date_hi <= ref_0.lo
              THEN TRUE
              WHEN r14.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r14.date_lo > ref_0.hi
              THEN FALSE
            END IS TRUE
            AND NOT EXISTS(
              SELECT
                1
              FROM observations AS r15
              WHERE
                r15.patient_id = pt.patient_id
                AND (
                  r15.system = 'LOINC' AND r15.code IN ('50384-7')
                )
                AND CASE
                  WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r15.date_lo
                  AND r15.date_hi <= ref_0.lo
                  THEN TRUE
                  WHEN r15.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r15.date_lo > ref_0.hi
                  THEN FALSE
                END IS TRUE
                AND (
                  r15.date_lo > r14.date_lo
                  OR (
                    r15.date_lo = r14.date_lo AND r15.seq < r14.seq
                  )
                )
            )
            AND NOT EXISTS(
              SELECT
                1
              FROM observations AS r16
              WHERE
                r16.patient_id = pt.patient_id
                AND (
                  r16.system = 'LOINC' AND r16.code IN ('50384-7')
                )
                AND NOT CASE
                  WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r16.date_lo
                  AND r16.date_hi <= ref_0.lo
                  THEN TRUE
                  WHEN r16.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r16.date_lo > ref_0.hi
                  THEN FALSE
                END IS FALSE
                AND r16.seq <> r14.seq
                AND (
                  r16.date_hi IS NULL OR r16.date_hi > r14.date_lo
                )
                AND NOT (
                  (
                    NOT (
                      COALESCE(
                        r16.value_num,
                        CASE
                          WHEN r16.value_bool IS TRUE
                          THEN CAST(1.0 AS DOUBLE)
                          WHEN r16.value_bool IS FALSE
                          THEN CAST(0.0 AS DOUBLE)
                        END
                      )
                    ) IS NULL
                    AND COALESCE(
                      r16.value_num,
                      CASE
                        WHEN r16.value_bool IS TRUE
                        THEN CAST(1.0 AS DOUBLE)
                        WHEN r16.value_bool IS FALSE
                        THEN CAST(0.0 AS DOUBLE)
                      END
                    ) IS NOT DISTINCT FROM COALESCE(
                      r14.value_num,
                      CASE
                        WHEN r14.value_bool IS TRUE
                        THEN CAST(1.0 AS DOUBLE)
                        WHEN r14.value_bool IS FALSE
                        THEN CAST(0.0 AS DOUBLE)
                      END
                    )
                  )
                  OR (
                    NOT r16.value_text IS NULL AND r16.value_text IS NOT DISTINCT FROM r14.value_text
                  )
                  OR (
                    NOT r16.value_code IS NULL
                    AND r16.value_code_system IS NOT DISTINCT FROM r14.value_code_system
                    AND r16.value_code IS NOT DISTINCT FROM r14.value_code
                    AND r16.value_code_display IS NOT DISTINCT FROM r14.value_code_display
                  )
                  OR (
                    (
                      r16.value_num IS NULL
                      AND r16.value_text IS NULL
                      AND r16.value_bool IS NULL
                      AND r16.value_code IS NULL
                    )
                    AND (
                      r14.value_num IS NULL
                      AND r14.value_text IS NULL
                      AND r14.value_bool IS NULL
                      AND r14.value_code IS NULL
                    )
                  )
                )
            )
        ) > CAST(80.0 AS DOUBLE)
      END IS FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "I8",
    CASE
      WHEN (
        (
          (
            SELECT
              CASE
                WHEN NOT CASE
                  WHEN r20.unit = 'U/L'
                  THEN CAST(1.0 AS DOUBLE)
                  WHEN r20.unit = 'IU/L'
                  THEN CAST(1.0 AS DOUBLE)
                END IS NULL
                AND r20.reference_high <> CAST(0.0 AS DOUBLE)
                THEN r20.value_num / r20.reference_high
              END
            FROM observations AS r20
            WHERE
              r20.patient_id = pt.patient_id
              AND (
                r20.system = 'LOINC' AND r20.code IN ('1920-8')
              )
              AND CASE
                WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r20.date_lo
                AND r20.date_hi <= ref_0.lo
                THEN TRUE
                WHEN r20.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r20.date_lo > ref_0.hi
                THEN FALSE
              END IS TRUE
              AND NOT EXISTS(
                SELECT
                  1
                FROM observations AS r21
                WHERE
                  r21.patient_id = pt.patient_id
                  AND (
                    r21.system = 'LOINC' AND r21.code IN ('1920-8')
                  )
                  AND CASE
                    WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r21.date_lo
                    AND r21.date_hi <= ref_0.lo
                    THEN TRUE
                    WHEN r21.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r21.date_lo > ref_0.hi
                    THEN FALSE
                  END IS TRUE
                  AND (
                    r21.date_lo > r20.date_lo
                    OR (
                      r21.date_lo = r20.date_lo AND r21.seq < r20.seq
                    )
                  )
              )
              AND NOT EXISTS(
                SELECT
                  1
                FROM observations AS r22
                WHERE
                  r22.patient_id = pt.patient_id
                  AND (
                    r22.system = 'LOINC' AND r22.code IN ('1920-8')
                  )
                  AND NOT CASE
                    WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r22.date_lo
                    AND r22.date_hi <= ref_0.lo
                    THEN TRUE
                    WHEN r22.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r22.date_lo > ref_0.hi
                    THEN FALSE
                  END IS FALSE
                  AND r22.seq <> r20.seq
                  AND (
                    r22.date_hi IS NULL OR r22.date_hi > r20.date_lo
                  )
                  AND NOT (
                    (
                      NOT (
                        COALESCE(
                          r22.value_num,
                          CASE
                            WHEN r22.value_bool IS TRUE
                            THEN CAST(1.0 AS DOUBLE)
                            WHEN r22.value_bool IS FALSE
                            THEN CAST(0.0 AS DOUBLE)
                          END
                        )
                      ) IS NULL
                      AND COALESCE(
                        r22.value_num,
                        CASE
                          WHEN r22.value_bool IS TRUE
                          THEN CAST(1.0 AS DOUBLE)
                          WHEN r22.value_bool IS FALSE
                          THEN CAST(0.0 AS DOUBLE)
                        END
                      ) IS NOT DISTINCT FROM COALESCE(
                        r20.value_num,
                        CASE
                          WHEN r20.value_bool IS TRUE
                          THEN CAST(1.0 AS DOUBLE)
                          WHEN r20.value_bool IS FALSE
                          THEN CAST(0.0 AS DOUBLE)
                        END
                      )
                    )
                    OR (
                      NOT r22.value_text IS NULL AND r22.value_text IS NOT DISTINCT FROM r20.value_text
                    )
                    OR (
                      NOT r22.value_code IS NULL
                      AND r22.value_code_system IS NOT DISTINCT FROM r20.value_code_system
                      AND r22.value_code IS NOT DISTINCT FROM r20.value_code
                      AND r22.value_code_display IS NOT DISTINCT FROM r20.value_code_display
                    )
                    OR (
                      (
                        r22.value_num IS NULL
                        AND r22.value_text IS NULL
                        AND r22.value_bool IS NULL
                        AND r22.value_code IS NULL
                      )
                      AND (
                        r20.value_num IS NULL
                        AND r20.value_text IS NULL
                        AND r20.value_bool IS NULL
                        AND r20.value_code IS NULL
                      )
                    )
                  )
              )
          ) < CAST(3.0 AS DOUBLE)
        )
        AND (
          (
            SELECT
              CASE
                WHEN NOT CASE
                  WHEN r23.unit = 'U/L'
                  THEN CAST(1.0 AS DOUBLE)
                  WHEN r23.unit = 'IU/L'
                  THEN CAST(1.0 AS DOUBLE)
                END IS NULL
                AND r23.reference_high <> CAST(0.0 AS DOUBLE)
                THEN r23.value_num / r23.reference_high
              END
            FROM observations AS r23
            WHERE
              r23.patient_id = pt.patient_id
              AND (
                r23.system = 'LOINC' AND r23.code IN ('1742-6')
              )
              AND CASE
                WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r23.date_lo
                AND r23.date_hi <= ref_0.lo
                THEN TRUE
                WHEN r23.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r23.date_lo > ref_0.hi
                THEN FALSE
              END IS TRUE
              AND NOT EXISTS(
                SELECT
                  1
                FROM observations AS r24
                WHERE
                  r24.patient_id = pt.patient_id
                  AND (
                    r24.system = 'LOINC' AND r24.code IN ('1742-6')
                  )
                  AND CASE
                    WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r24.date_lo
                    AND r24.date_hi <= ref_0.lo
                    THEN TRUE
                    WHEN r24.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r24.date_lo > ref_0.hi
                    THEN FALSE
                  END IS TRUE
                  AND (
                    r24.date_lo > r23.date_lo
                    OR (
                      r24.date_lo = r23.date_lo AND r24.seq < r23.seq
                    )
                  )
              )
              AND NOT EXISTS(
                SELECT
                  1
                FROM observations AS r25
                WHERE
                  r25.patient_id = pt.patient_id
                  AND (
                    r25.system = 'LOINC' AND r25.code IN ('1742-6')
                  )
                  AND NOT CASE
                    WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r25.date_lo
                    AND r25.date_hi <= ref_0.lo
                    THEN TRUE
                    WHEN r25.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r25.date_lo > ref_0.hi
                    THEN FALSE
                  END IS FALSE
                  AND r25.seq <> r23.seq
                  AND (
                    r25.date_hi IS NULL OR r25.date_hi > r23.date_lo
                  )
                  AND NOT (
                    (
                      NOT (
                        COALESCE(
                          r25.value_num,
                          CASE
                            WHEN r25.value_bool IS TRUE
                            THEN CAST(1.0 AS DOUBLE)
                            WHEN r25.value_bool IS FALSE
                            THEN CAST(0.0 AS DOUBLE)
                          END
                        )
                      ) IS NULL
                      AND COALESCE(
                        r25.value_num,
                        CASE
                          WHEN r25.value_bool IS TRUE
                          THEN CAST(1.0 AS DOUBLE)
                          WHEN r25.value_bool IS FALSE
                          THEN CAST(0.0 AS DOUBLE)
                        END
                      ) IS NOT DISTINCT FROM COALESCE(
                        r23.value_num,
                        CASE
                          WHEN r23.value_bool IS TRUE
                          THEN CAST(1.0 AS DOUBLE)
                          WHEN r23.value_bool IS FALSE
                          THEN CAST(0.0 AS DOUBLE)
                        END
                      )
                    )
                    OR (
                      NOT r25.value_text IS NULL AND r25.value_text IS NOT DISTINCT FROM r23.value_text
                    )
                    OR (
                      NOT r25.value_code IS NULL
                      AND r25.value_code_system IS NOT DISTINCT FROM r23.value_code_system
                      AND r25.value_code IS NOT DISTINCT FROM r23.value_code
                      AND r25.value_code_display IS NOT DISTINCT FROM r23.value_code_display
                    )
                    OR (
                      (
                        r25.value_num IS NULL
                        AND r25.value_text IS NULL
                        AND r25.value_bool IS NULL
                        AND r25.value_code IS NULL
                      )
                      AND (
                        r23.value_num IS NULL
                        AND r23.value_text IS NULL
                        AND r23.value_bool IS NULL
                        AND r23.value_code IS NULL
                      )
                    )
                  )
              )
          ) < CAST(3.0 AS DOUBLE)
        )
        AND (
          (
            SELECT
              CASE
                WHEN NOT CASE
                  WHEN r26.unit = 'g/dL'
                  THEN CAST(10.0 AS DOUBLE)
                  WHEN r26.unit = 'g/L'
                  THEN CAST(1.0 AS DOUBLE)
                  WHEN r26.unit = 'mg/dL'
                  THEN CAST(0.01 AS DOUBLE)
                  WHEN r26.unit = 'mg/L'
                  THEN CAST(0.001 AS DOUBLE)
                END IS NULL
                AND r26.reference_high <> CAST(0.0 AS DOUBLE)
                THEN r26.value_num / r26.reference_high
              END
            FROM observations AS r26
            WHERE
              r26.patient_id = pt.patient_id
              AND (
                r26.system = 'LOINC' AND r26.code IN ('1975-2')
              )
              AND CASE
                WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r26.date_lo
                AND r26.date_hi <= ref_0.lo
                THEN TRUE
                WHEN r26.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r26.date_lo > ref_0.hi
                THEN FALSE
              END IS TRUE
              AND NOT EXISTS(
                SELECT
                  1
                FROM observations AS r27
                WHERE
                  r27.patient_id = pt.patient_id
                  AND (
                    r27.system = 'LOINC' AND r27.code IN ('1975-2')
                  )
                  AND CASE
                    WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r27.date_lo
                    AND r27.date_hi <= ref_0.lo
                    THEN TRUE
                    WHEN r27.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r27.date_lo > ref_0.hi
                    THEN FALSE
                  END IS TRUE
                  AND (
                    r27.date_lo > r26.date_lo
                    OR (
                      r27.date_lo = r26.date_lo AND r27.seq < r26.seq
                    )
                  )
              )
              AND NOT EXISTS(
                SELECT
                  1
                FROM observations AS r28
                WHERE
                  r28.patient_id = pt.patient_id
                  AND (
                    r28.system = 'LOINC' AND r28.code IN ('1975-2')
                  )
                  AND NOT CASE
                    WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r28.date_lo
                    AND r28.date_hi <= ref_0.lo
                    THEN TRUE
                    WHEN r28.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r28.date_lo > ref_0.hi
                    THEN FALSE
                  END IS FALSE
                  AND r28.seq <> r26.seq
                  AND (
                    r28.date_hi IS NULL OR r28.date_hi > r26.date_lo
                  )
                  AND NOT (
                    (
                      NOT (
                        COALESCE(
                          r28.value_num,
                          CASE
                            WHEN r28.value_bool IS TRUE
                            THEN CAST(1.0 AS DOUBLE)
                            WHEN r28.value_bool IS FALSE
                            THEN CAST(0.0 AS DOUBLE)
                          END
                        )
                      ) IS NULL
                      AND COALESCE(
                        r28.value_num,
                        CASE
                          WHEN r28.value_bool IS TRUE
                          THEN CAST(1.0 AS DOUBLE)
                          WHEN r28.value_bool IS FALSE
                          THEN CAST(0.0 AS DOUBLE)
                        END
                      ) IS NOT DISTINCT FROM COALESCE(
                        r26.value_num,
                        CASE
                          WHEN r26.value_bool IS TRUE
                          THEN CAST(1.0 AS DOUBLE)
                          WHEN r26.value_bool IS FALSE
                          THEN CAST(0.0 AS DOUBLE)
                        END
                      )
                    )
                    OR (
                      NOT r28.value_text IS NULL AND r28.value_text IS NOT DISTINCT FROM r26.value_text
                    )
                    OR (
                      NOT r28.value_code IS NULL
                      AND r28.value_code_system IS NOT DISTINCT FROM r26.value_code_system
                      AND r28.value_code IS NOT DISTINCT FROM r26.value_code
                      AND r28.value_code_display IS NOT DISTINCT FROM r26.value_code_display
                    )
                    OR (
                      (
                        r28.value_num IS NULL
                        AND r28.value_text IS NULL
                        AND r28.value_bool IS NULL
                        AND r28.value_code IS NULL
                      )
                      AND (
                        r26.value_num IS NULL
                        AND r26.value_text IS NULL
                        AND r26.value_bool IS NULL
                        AND r26.value_code IS NULL
                      )
                    )
                  )
              )
          ) < CAST(3.0 AS DOUBLE)
        )
      ) IS TRUE
      THEN 'met'
      WHEN (
        (
          (
            SELECT
              CASE
                WHEN NOT CASE
                  WHEN r20.unit = 'U/L'
                  THEN CAST(1.0 AS DOUBLE)
                  WHEN r20.unit = 'IU/L'
                  THEN CAST(1.0 AS DOUBLE)
                END IS NULL
                AND r20.reference_high <> CAST(0.0 AS DOUBLE)
                THEN r20.value_num / r20.reference_high
              END
            FROM observations AS r20
            WHERE
              r20.patient_id = pt.patient_id
              AND (
                r20.system = 'LOINC' AND r20.code IN ('1920-8')
              )
              AND CASE
                WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r20.date_lo
                AND r20.date_hi <= ref_0.lo
                THEN TRUE
                WHEN r20.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r20.date_lo > ref_0.hi
                THEN FALSE
              END IS TRUE
              AND NOT EXISTS(
                SELECT
                  1
                FROM observations AS r21
                WHERE
                  r21.patient_id = pt.patient_id
                  AND (
                    r21.system = 'LOINC' AND r21.code IN ('1920-8')
                  )
                  AND CASE
                    WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r21.date_lo
                    AND r21.date_hi <= ref_0.lo
                    THEN TRUE
                    WHEN r21.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r21.date_lo > ref_0.hi
                    THEN FALSE
                  END IS TRUE
                  AND (
                    r21.date_lo > r20.date_lo
                    OR (
                      r21.date_lo = r20.date_lo AND r21.seq < r20.seq
                    )
                  )
              )
              AND NOT EXISTS(
                SELECT
                  1
                FROM observations AS r22
                WHERE
                  r22.patient_id = pt.patient_id
                  AND (
                    r22.system = 'LOINC' AND r22.code IN ('1920-8')
                  )
                  AND NOT CASE
                    WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r22.date_lo
                    AND r22.date_hi <= ref_0.lo
                    THEN TRUE
                    WHEN r22.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r22.date_lo > ref_0.hi
                    THEN FALSE
                  END IS FALSE
                  AND r22.seq <> r20.seq
                  AND (
                    r22.date_hi IS NULL OR r22.date_hi > r20.date_lo
                  )
                  AND NOT (
                    (
                      NOT (
                        COALESCE(
                          r22.value_num,
                          CASE
                            WHEN r22.value_bool IS TRUE
                            THEN CAST(1.0 AS DOUBLE)
                            WHEN r22.value_bool IS FALSE
                            THEN CAST(0.0 AS DOUBLE)
                          END
                        )
                      ) IS NULL
                      AND COALESCE(
                        r22.value_num,
                        CASE
                          WHEN r22.value_bool IS TRUE
                          THEN CAST(1.0 AS DOUBLE)
                          WHEN r22.value_bool IS FALSE
                          THEN CAST(0.0 AS DOUBLE)
                        END
                      ) IS NOT DISTINCT FROM COALESCE(
                        r20.value_num,
                        CASE
                          WHEN r20.value_bool IS TRUE
                          THEN CAST(1.0 AS DOUBLE)
                          WHEN r20.value_bool IS FALSE
                          THEN CAST(0.0 AS DOUBLE)
                        END
                      )
                    )
                    OR (
                      NOT r22.value_text IS NULL AND r22.value_text IS NOT DISTINCT FROM r20.value_text
                    )
                    OR (
                      NOT r22.value_code IS NULL
                      AND r22.value_code_system IS NOT DISTINCT FROM r20.value_code_system
                      AND r22.value_code IS NOT DISTINCT FROM r20.value_code
                      AND r22.value_code_display IS NOT DISTINCT FROM r20.value_code_display
                    )
                    OR (
                      (
                        r22.value_num IS NULL
                        AND r22.value_text IS NULL
                        AND r22.value_bool IS NULL
                        AND r22.value_code IS NULL
                      )
                      AND (
                        r20.value_num IS NULL
                        AND r20.value_text IS NULL
                        AND r20.value_bool IS NULL
                        AND r20.value_code IS NULL
                      )
                    )
                  )
              )
          ) < CAST(3.0 AS DOUBLE)
        )
        AND (
          (
            SELECT
              CASE
                WHEN NOT CASE
                  WHEN r23.unit = 'U/L'
                  THEN CAST(1.0 AS DOUBLE)
                  WHEN r23.unit = 'IU/L'
                  THEN CAST(1.0 AS DOUBLE)
                END IS NULL
                AND r23.reference_high <> CAST(0.0 AS DOUBLE)
                THEN r23.value_num / r23.reference_high
              END
            FROM observations AS r23
            WHERE
              r23.patient_id = pt.patient_id
              AND (
                r23.system = 'LOINC' AND r23.code IN ('1742-6')
              )
              AND CASE
                WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r23.date_lo
                AND r23.date_hi <= ref_0.lo
                THEN TRUE
                WHEN r23.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r23.date_lo > ref_0.hi
                THEN FALSE
              END IS TRUE
              AND NOT EXISTS(
                SELECT
                  1
                FROM observations AS r24
                WHERE
                  r24.patient_id = pt.patient_id
                  AND (
                    r24.system = 'LOINC' AND r24.code IN ('1742-6')
                  )
                  AND CASE
                    WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r24.date_lo
                    AND r24.date_hi <= ref_0.lo
                    THEN TRUE
                    WHEN r24.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r24.date_lo > ref_0.hi
                    THEN FALSE
                  END IS TRUE
                  AND (
                    r24.date_lo > r23.date_lo
                    OR (
                      r24.date_lo = r23.date_lo AND r24.seq < r23.seq
                    )
                  )
              )
              AND NOT EXISTS(
                SELECT
                  1
                FROM observations AS r25
                WHERE
                  r25.patient_id = pt.patient_id
                  AND (
                    r25.system = 'LOINC' AND r25.code IN ('1742-6')
                  )
                  AND NOT CASE
                    WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r25.date_lo
                    AND r25.date_hi <= ref_0.lo
                    THEN TRUE
                    WHEN r25.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r25.date_lo > ref_0.hi
                    THEN FALSE
                  END IS FALSE
                  AND r25.seq <> r23.seq
                  AND (
                    r25.date_hi IS NULL OR r25.date_hi > r23.date_lo
                  )
                  AND NOT (
                    (
                      NOT (
                        COALESCE(
                          r25.value_num,
                          CASE
                            WHEN r25.value_bool IS TRUE
                            THEN CAST(1.0 AS DOUBLE)
                            WHEN r25.value_bool IS FALSE
                            THEN CAST(0.0 AS DOUBLE)
                          END
                        )
                      ) IS NULL
                      AND COALESCE(
                        r25.value_num,
                        CASE
                          WHEN r25.value_bool IS TRUE
                          THEN CAST(1.0 AS DOUBLE)
                          WHEN r25.value_bool IS FALSE
                          THEN CAST(0.0 AS DOUBLE)
                        END
                      ) IS NOT DISTINCT FROM COALESCE(
                        r23.value_num,
                        CASE
                          WHEN r23.value_bool IS TRUE
                          THEN CAST(1.0 AS DOUBLE)
                          WHEN r23.value_bool IS FALSE
                          THEN CAST(0.0 AS DOUBLE)
                        END
                      )
                    )
                    OR (
                      NOT r25.value_text IS NULL AND r25.value_text IS NOT DISTINCT FROM r23.value_text
                    )
                    OR (
                      NOT r25.value_code IS NULL
                      AND r25.value_code_system IS NOT DISTINCT FROM r23.value_code_system
                      AND r25.value_code IS NOT DISTINCT FROM r23.value_code
                      AND r25.value_code_display IS NOT DISTINCT FROM r23.value_code_display
                    )
                    OR (
                      (
                        r25.value_num IS NULL
                        AND r25.value_text IS NULL
                        AND r25.value_bool IS NULL
                        AND r25.value_code IS NULL
                      )
                      AND (
                        r23.value_num IS NULL
                        AND r23.value_text IS NULL
                        AND r23.value_bool IS NULL
                        AND r23.value_code IS NULL
                      )
                    )
                  )
              )
          ) < CAST(3.0 AS DOUBLE)
        )
        AND (
          (
            SELECT
              CASE
                WHEN NOT CASE
                  WHEN r26.unit = 'g/dL'
                  THEN CAST(10.0 AS DOUBLE)
                  WHEN r26.unit = 'g/L'
                  THEN CAST(1.0 AS DOUBLE)
                  WHEN r26.unit = 'mg/dL'
                  THEN CAST(0.01 AS DOUBLE)
                  WHEN r26.unit = 'mg/L'
                  THEN CAST(0.001 AS DOUBLE)
                END IS NULL
                AND r26.reference_high <> CAST(0.0 AS DOUBLE)
                THEN r26.value_num / r26.reference_high
              END
            FROM observations AS r26
            WHERE
              r26.patient_id = pt.patient_id
              AND (
                r26.system = 'LOINC' AND r26.code IN ('1975-2')
              )
              AND CASE
                WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r26.date_lo
                AND r26.date_hi <= ref_0.lo
                THEN TRUE
                WHEN r26.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r26.date_lo > ref_0.hi
                THEN FALSE
              END IS TRUE
              AND NOT EXISTS(
                SELECT
                  1
                FROM observations AS r27
                WHERE
                  r27.patient_id = pt.patient_id
                  AND (
                    r27.system = 'LOINC' AND r27.code IN ('1975-2')
                  )
                  AND CASE
                    WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r27.date_lo
                    AND r27.date_hi <= ref_0.lo
                    THEN TRUE
                    WHEN r27.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r27.date_lo > ref_0.hi
                    THEN FALSE
                  END IS TRUE
                  AND (
                    r27.date_lo > r26.date_lo
                    OR (
                      r27.date_lo = r26.date_lo AND r27.seq < r26.seq
                    )
                  )
              )
              AND NOT EXISTS(
                SELECT
                  1
                FROM observations AS r28
                WHERE
                  r28.patient_id = pt.patient_id
                  AND (
                    r28.system = 'LOINC' AND r28.code IN ('1975-2')
                  )
                  AND NOT CASE
                    WHEN CAST(ref_0.hi - INTERVAL 14 DAY AS DATE) <= r28.date_lo
                    AND r28.date_hi <= ref_0.lo
                    THEN TRUE
                    WHEN r28.date_hi < CAST(ref_0.lo - INTERVAL 14 DAY AS DATE) OR r28.date_lo > ref_0.hi
                    THEN FALSE
                  END IS FALSE
                  AND r28.seq <> r26.seq
                  AND (
                    r28.date_hi IS NULL OR r28.date_hi > r26.date_lo
                  )
                  AND NOT (
                    (
                      NOT (
                        COALESCE(
                          r28.value_num,
                          CASE
                            WHEN r28.value_bool IS TRUE
                            THEN CAST(1.0 AS DOUBLE)
                            WHEN r28.value_bool IS FALSE
                            THEN CAST(0.0 AS DOUBLE)
                          END
                        )
                      ) IS NULL
                      AND COALESCE(
                        r28.value_num,
                        CASE
                          WHEN r28.value_bool IS TRUE
                          THEN CAST(1.0 AS DOUBLE)
                          WHEN r28.value_bool IS FALSE
                          THEN CAST(0.0 AS DOUBLE)
                        END
                      ) IS NOT DISTINCT FROM COALESCE(
                        r26.value_num,
                        CASE
                          WHEN r26.value_bool IS TRUE
                          THEN CAST(1.0 AS DOUBLE)
                          WHEN r26.value_bool IS FALSE
                          THEN CAST(0.0 AS DOUBLE)
                        END
                      )
                    )
                    OR (
                      NOT r28.value_text IS NULL AND r28.value_text IS NOT DISTINCT FROM r26.value_text
                    )
                    OR (
                      NOT r28.value_code IS NULL
                      AND r28.value_code_system IS NOT DISTINCT FROM r26.value_code_system
                      AND r28.value_code IS NOT DISTINCT FROM r26.value_code
                      AND r28.value_code_display IS NOT DISTINCT FROM r26.value_code_display
                    )
                    OR (
                      (
                        r28.value_num IS NULL
                        AND r28.value_text IS NULL
                        AND r28.value_bool IS NULL
                        AND r28.value_code IS NULL
                      )
                      AND (
                        r26.value_num IS NULL
                        AND r26.value_text IS NULL
                        AND r26.value_bool IS NULL
                        AND r26.value_code IS NULL
                      )
                    )
                  )
              )
          ) < CAST(3.0 AS DOUBLE)
        )
      ) IS FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "I9",
    CASE
      WHEN att_4.value_bool IS TRUE
      THEN 'met'
      WHEN att_4.value_bool IS FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "I10",
    CASE
      WHEN att_5.value_bool IS FALSE
      THEN 'not_applicable'
      WHEN (
        NOT att_5.value_bool OR att_6.value_bool
      ) IS TRUE
      THEN 'met'
      WHEN (
        NOT att_5.value_bool OR att_6.value_bool
      ) IS FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "I11",
    CASE
      WHEN CASE
        WHEN pt.conditions_collected IS TRUE
        THEN CASE (
            SELECT
              MAX(g)
            FROM (
              SELECT
                COALESCE(CAST(TRUE AS INT) * 2, 1) AS g
              FROM conditions AS r29
              WHERE
                r29.patient_id = pt.patient_id
                AND (
                  (
                    r29.system = 'ICD10CM'
                    AND (
                      'C91' <= SUBSTRING(r29.code, 1, 3) AND SUBSTRING(r29.code, 1, 3) <= 'C95'
                    )
                  )
                  OR (
                    r29.system = 'ICD10CM' AND SUBSTRING(r29.code, 1, 5) = 'C90.1'
                  )
                )
            ) AS r30
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
                COALESCE(CAST(TRUE AS INT) * 2, 1) AS g
              FROM conditions AS r29
              WHERE
                r29.patient_id = pt.patient_id
                AND (
                  (
                    r29.system = 'ICD10CM'
                    AND (
                      'C91' <= SUBSTRING(r29.code, 1, 3) AND SUBSTRING(r29.code, 1, 3) <= 'C95'
                    )
                  )
                  OR (
                    r29.system = 'ICD10CM' AND SUBSTRING(r29.code, 1, 5) = 'C90.1'
                  )
                )
            ) AS r30
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
      WHEN att_7.value_bool IS TRUE
      THEN 'met'
      WHEN att_7.value_bool IS FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "E2",
    CASE
      WHEN (
        CASE
          WHEN pt.procedures_collected IS TRUE
          THEN CASE (
              SELECT
                MAX(g)
              FROM (
                SELECT
                  COALESCE(
                    CAST(CASE
                      WHEN r31.date_hi < ref_0.lo
                      THEN TRUE
                      WHEN r31.date_lo >= ref_0.hi
                      THEN FALSE
                    END AS INT) * 2,
                    1
                  ) AS g
                FROM procedures AS r31
                WHERE
                  r31.patient_id = pt.patient_id
                  AND (
                    r31.system = 'SNOMED'
                    AND r31.code IN ('1269349006', '234336002', '278257006', '23719005')
                  )
              ) AS r32
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
                  COALESCE(CAST(TRUE AS INT) * 2, 1) AS g
                FROM conditions AS r33
                WHERE
                  r33.patient_id = pt.patient_id
                  AND (
                    r33.system = 'SNOMED' AND r33.code IN ('2631000119108', '153351000119102')
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
        CASE
          WHEN pt.procedures_collected IS TRUE
          THEN CASE (
              SELECT
                MAX(g)
              FROM (
                SELECT
                  COALESCE(
                    CAST(CASE
                      WHEN r31.date_hi < ref_0.lo
                      THEN TRUE
                      WHEN r31.date_lo >= ref_0.hi
                      THEN FALSE
                    END AS INT) * 2,
                    1
                  ) AS g
                FROM procedures AS r31
                WHERE
                  r31.patient_id = pt.patient_id
                  AND (
                    r31.system = 'SNOMED'
                    AND r31.code IN ('1269349006', '234336002', '278257006', '23719005')
                  )
              ) AS r32
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
                  COALESCE(CAST(TRUE AS INT) * 2, 1) AS g
                FROM conditions AS r33
                WHERE
                  r33.patient_id = pt.patient_id
                  AND (
                    r33.system = 'SNOMED' AND r33.code IN ('2631000119108', '153351000119102')
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
    END AS "E3",
    CASE
      WHEN att_8.value_bool IS TRUE
      THEN 'met'
      WHEN att_8.value_bool IS FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "E4",
    CASE
      WHEN (
        att_9.value_num >= CAST(2.0 AS DOUBLE)
      ) IS TRUE
      THEN 'met'
      WHEN (
        att_9.value_num >= CAST(2.0 AS DOUBLE)
      ) IS FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "E5",
    CASE
      WHEN att_10.value_bool IS TRUE
      THEN 'met'
      WHEN att_10.value_bool IS FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "E6",
    CASE
      WHEN (
        (
          (
            SELECT
              r35.value_num * CASE WHEN r35.unit = '°C' THEN CAST(1.0 AS DOUBLE) END
            FROM observations AS r35
            WHERE
              r35.patient_id = pt.patient_id
              AND (
                r35.system = 'LOINC' AND r35.code IN ('8310-5')
              )
              AND CASE
                WHEN CAST(ref_0.hi - INTERVAL 1 DAY AS DATE) <= r35.date_lo
                AND r35.date_hi <= ref_0.lo
                THEN TRUE
                WHEN r35.date_hi < CAST(ref_0.lo - INTERVAL 1 DAY AS DATE) OR r35.date_lo > ref_0.hi
                THEN FALSE
              END IS TRUE
              AND NOT EXISTS(
                SELECT
                  1
                FROM observations AS r36
                WHERE
                  r36.patient_id = pt.patient_id
                  AND (
                    r36.system = 'LOINC' AND r36.code IN ('8310-5')
                  )
                  AND CASE
                    WHEN CAST(ref_0.hi - INTERVAL 1 DAY AS DATE) <= r36.date_lo
                    AND r36.date_hi <= ref_0.lo
                    THEN TRUE
                    WHEN r36.date_hi < CAST(ref_0.lo - INTERVAL 1 DAY AS DATE) OR r36.date_lo > ref_0.hi
                    THEN FALSE
                  END IS TRUE
                  AND (
                    r36.date_lo > r35.date_lo
                    OR (
                      r36.date_lo = r35.date_lo AND r36.seq < r35.seq
                    )
                  )
              )
              AND NOT EXISTS(
                SELECT
                  1
                FROM observations AS r37
                WHERE
                  r37.patient_id = pt.patient_id
                  AND (
                    r37.system = 'LOINC' AND r37.code IN ('8310-5')
                  )
                  AND NOT CASE
                    WHEN CAST(ref_0.hi - INTERVAL 1 DAY AS DATE) <= r37.date_lo
                    AND r37.date_hi <= ref_0.lo
                    THEN TRUE
                    WHEN r37.date_hi < CAST(ref_0.lo - INTERVAL 1 DAY AS DATE) OR r37.date_lo > ref_0.hi
                    THEN FALSE
                  END IS FALSE
                  AND r37.seq <> r35.seq
                  AND (
                    r37.date_hi IS NULL OR r37.date_hi > r35.date_lo
                  )
                  AND NOT (
                    (
                      NOT (
                        COALESCE(
                          r37.value_num,
                          CASE
                            WHEN r37.value_bool IS TRUE
                            THEN CAST(1.0 AS DOUBLE)
                            WHEN r37.value_bool IS FALSE
                            THEN CAST(0.0 AS DOUBLE)
                          END
                        )
                      ) IS NULL
                      AND COALESCE(
                        r37.value_num,
                        CASE
                          WHEN r37.value_bool IS TRUE
                          THEN CAST(1.0 AS DOUBLE)
                          WHEN r37.value_bool IS FALSE
                          THEN CAST(0.0 AS DOUBLE)
                        END
                      ) IS NOT DISTINCT FROM COALESCE(
                        r35.value_num,
                        CASE
                          WHEN r35.value_bool IS TRUE
                          THEN CAST(1.0 AS DOUBLE)
                          WHEN r35.value_bool IS FALSE
                          THEN CAST(0.0 AS DOUBLE)
                        END
                      )
                    )
                    OR (
                      NOT r37.value_text IS NULL AND r37.value_text IS NOT DISTINCT FROM r35.value_text
                    )
                    OR (
                      NOT r37.value_code IS NULL
                      AND r37.value_code_system IS NOT DISTINCT FROM r35.value_code_system
                      AND r37.value_code IS NOT DISTINCT FROM r35.value_code
                      AND r37.value_code_display IS NOT DISTINCT FROM r35.value_code_display
                    )
                    OR (
                      (
                        r37.value_num IS NULL
                        AND r37.value_text IS NULL
                        AND r37.value_bool IS NULL
                        AND r37.value_code IS NULL
                      )
                      AND (
                        r35.value_num IS NULL
                        AND r35.value_text IS NULL
                        AND r35.value_bool IS NULL
                        AND r35.value_code IS NULL
                      )
                    )
                  )
              )
          ) > CAST(38.5 AS DOUBLE)
        )
        OR (
          (
            (
              (
                SELECT
                  r38.value_num * CASE WHEN r38.unit = '°C' THEN CAST(1.0 AS DOUBLE) END
                FROM observations AS r38
                WHERE
                  r38.patient_id = pt.patient_id
                  AND (
                    r38.system = 'LOINC' AND r38.code IN ('8310-5')
                  )
                  AND CASE
                    WHEN CAST(ref_0.hi - INTERVAL 1 DAY AS DATE) <= r38.date_lo
                    AND r38.date_hi <= ref_0.lo
                    THEN TRUE
                    WHEN r38.date_hi < CAST(ref_0.lo - INTERVAL 1 DAY AS DATE) OR r38.date_lo > ref_0.hi
                    THEN FALSE
                  END IS TRUE
                  AND NOT EXISTS(
                    SELECT
                      1
                    FROM observations AS r39
                    WHERE
                      r39.patient_id = pt.patient_id
                      AND (
                        r39.system = 'LOINC' AND r39.code IN ('8310-5')
                      )
                      AND CASE
                        WHEN CAST(ref_0.hi - INTERVAL 1 DAY AS DATE) <= r39.date_lo
                        AND r39.date_hi <= ref_0.lo
                        THEN TRUE
                        WHEN r39.date_hi < CAST(ref_0.lo - INTERVAL 1 DAY AS DATE) OR r39.date_lo > ref_0.hi
                        THEN FALSE
                      END IS TRUE
                      AND (
                        r39.date_lo > r38.date_lo
                        OR (
                          r39.date_lo = r38.date_lo AND r39.seq < r38.seq
                        )
                      )
                  )
                  AND NOT EXISTS(
                    SELECT
                      1
                    FROM observations AS r40
                    WHERE
                      r40.patient_id = pt.patient_id
                      AND (
                        r40.system = 'LOINC' AND r40.code IN ('8310-5')
                      )
                      AND NOT CASE
                        WHEN CAST(ref_0.hi - INTERVAL 1 DAY AS DATE) <= r40.date_lo
                        AND r40.date_hi <= ref_0.lo
                        THEN TRUE
                        WHEN r40.date_hi < CAST(ref_0.lo - INTERVAL 1 DAY AS DATE) OR r40.date_lo > ref_0.hi
                        THEN FALSE
                      END IS FALSE
                      AND r40.seq <> r38.seq
                      AND (
                        r40.date_hi IS NULL OR r40.date_hi > r38.date_lo
                      )
                      AND NOT (
                        (
                          NOT (
                            COALESCE(
                              r40.value_num,
                              CASE
                                WHEN r40.value_bool IS TRUE
                                THEN CAST(1.0 AS DOUBLE)
                                WHEN r40.value_bool IS FALSE
                                THEN CAST(0.0 AS DOUBLE)
                              END
                            )
                          ) IS NULL
                          AND COALESCE(
                            r40.value_num,
                            CASE
                              WHEN r40.value_bool IS TRUE
                              THEN CAST(1.0 AS DOUBLE)
                              WHEN r40.value_bool IS FALSE
                              THEN CAST(0.0 AS DOUBLE)
                            END
                          ) IS NOT DISTINCT FROM COALESCE(
                            r38.value_num,
                            CASE
                              WHEN r38.value_bool IS TRUE
                              THEN CAST(1.0 AS DOUBLE)
                              WHEN r38.value_bool IS FALSE
                              THEN CAST(0.0 AS DOUBLE)
                            END
                          )
                        )
                        OR (
                          NOT r40.value_text IS NULL AND r40.value_text IS NOT DISTINCT FROM r38.value_text
                        )
                        OR (
                          NOT r40.value_code IS NULL
                          AND r40.value_code_system IS NOT DISTINCT FROM r38.value_code_system
                          AND r40.value_code IS NOT DISTINCT FROM r38.value_code
                          AND r40.value_code_display IS NOT DISTINCT FROM r38.value_code_display
                        )
                        OR (
                          (
                            r40.value_num IS NULL
                            AND r40.value_text IS NULL
                            AND r40.value_bool IS NULL
                            AND r40.value_code IS NULL
                          )
                          AND (
                            r38.value_num IS NULL
                            AND r38.value_text IS NULL
                            AND r38.value_bool IS NULL
                            AND r38.value_code IS NULL
                          )
                        )
                      )
                  )
              ) >= CAST(37.0 AS DOUBLE)
            )
            AND (
              (
                SELECT
                  r38.value_num * CASE WHEN r38.unit = '°C' THEN CAST(1.0 AS DOUBLE) END
                FROM observations AS r38
                WHERE
                  r38.patient_id = pt.patient_id
                  AND (
                    r38.system = 'LOINC' AND r38.code IN ('8310-5')
                  )
                  AND CASE
                    WHEN CAST(ref_0.hi - INTERVAL 1 DAY AS DATE) <= r38.date_lo
                    AND r38.date_hi <= ref_0.lo
                    THEN TRUE
                    WHEN r38.date_hi < CAST(ref_0.lo - INTERVAL 1 DAY AS DATE) OR r38.date_lo > ref_0.hi
                    THEN FALSE
                  END IS TRUE
                  AND NOT EXISTS(
                    SELECT
                      1
                    FROM observations AS r39
                    WHERE
                      r39.patient_id = pt.patient_id
                      AND (
                        r39.system = 'LOINC' AND r39.code IN ('8310-5')
                      )
                      AND CASE
                        WHEN CAST(ref_0.hi - INTERVAL 1 DAY AS DATE) <= r39.date_lo
                        AND r39.date_hi <= ref_0.lo
                        THEN TRUE
                        WHEN r39.date_hi < CAST(ref_0.lo - INTERVAL 1 DAY AS DATE) OR r39.date_lo > ref_0.hi
                        THEN FALSE
                      END IS TRUE
                      AND (
                        r39.date_lo > r38.date_lo
                        OR (
                          r39.date_lo = r38.date_lo AND r39.seq < r38.seq
                        )
                      )
                  )
                  AND NOT EXISTS(
                    SELECT
                      1
                    FROM observations AS r40
                    WHERE
                      r40.patient_id = pt.patient_id
                      AND (
                        r40.system = 'LOINC' AND r40.code IN ('8310-5')
                      )
                      AND NOT CASE
                        WHEN CAST(ref_0.hi - INTERVAL 1 DAY AS DATE) <= r40.date_lo
                        AND r40.date_hi <= ref_0.lo
                        THEN TRUE
                        WHEN r40.date_hi < CAST(ref_0.lo - INTERVAL 1 DAY AS DATE) OR r40.date_lo > ref_0.hi
                        THEN FALSE
                      END IS FALSE
                      AND r40.seq <> r38.seq
                      AND (
                        r40.date_hi IS NULL OR r40.date_hi > r38.date_lo
                      )
                      AND NOT (
                        (
                          NOT (
                            COALESCE(
                              r40.value_num,
                              CASE
                                WHEN r40.value_bool IS TRUE
                                THEN CAST(1.0 AS DOUBLE)
                                WHEN r40.value_bool IS FALSE
                                THEN CAST(0.0 AS DOUBLE)
                              END
                            )
                          ) IS NULL
                          AND COALESCE(
                            r40.value_num,
                            CASE
                              WHEN r40.value_bool IS TRUE
                              THEN CAST(1.0 AS DOUBLE)
                              WHEN r40.value_bool IS FALSE
                              THEN CAST(0.0 AS DOUBLE)
                            END
                          ) IS NOT DISTINCT FROM COALESCE(
                            r38.value_num,
                            CASE
                              WHEN r38.value_bool IS TRUE
                              THEN CAST(1.0 AS DOUBLE)
                              WHEN r38.value_bool IS FALSE
                              THEN CAST(0.0 AS DOUBLE)
                            END
                          )
                        )
                        OR (
                          NOT r40.value_text IS NULL AND r40.value_text IS NOT DISTINCT FROM r38.value_text
                        )
                        OR (
                          NOT r40.value_code IS NULL
                          AND r40.value_code_system IS NOT DISTINCT FROM r38.value_code_system
                          AND r40.value_code IS NOT DISTINCT FROM r38.value_code
                          AND r40.value_code_display IS NOT DISTINCT FROM r38.value_code_display
                        )
                        OR (
                          (
                            r40.value_num IS NULL
                            AND r40.value_text IS NULL
                            AND r40.value_bool IS NULL
                            AND r40.value_code IS NULL
                          )
                          AND (
                            r38.value_num IS NULL
                            AND r38.value_text IS NULL
                            AND r38.value_bool IS NULL
                            AND r38.value_code IS NULL
                          )
                        )
                      )
                  )
              ) <= CAST(38.5 AS DOUBLE)
            )
          )
          AND (
            NOT att_11.value_bool
          )
        )
      ) IS TRUE
      THEN 'met'
      WHEN (
        (
          (
            SELECT
              r35.value_num * CASE WHEN r35.unit = '°C' THEN CAST(1.0 AS DOUBLE) END
            FROM observations AS r35
            WHERE
              r35.patient_id = pt.patient_id
              AND (
                r35.system = 'LOINC' AND r35.code IN ('8310-5')
              )
              AND CASE
                WHEN CAST(ref_0.hi - INTERVAL 1 DAY AS DATE) <= r35.date_lo
                AND r35.date_hi <= ref_0.lo
                THEN TRUE
                WHEN r35.date_hi < CAST(ref_0.lo - INTERVAL 1 DAY AS DATE) OR r35.date_lo > ref_0.hi
                THEN FALSE
              END IS TRUE
              AND NOT EXISTS(
                SELECT
                  1
                FROM observations AS r36
                WHERE
                  r36.patient_id = pt.patient_id
                  AND (
                    r36.system = 'LOINC' AND r36.code IN ('8310-5')
                  )
                  AND CASE
                    WHEN CAST(ref_0.hi - INTERVAL 1 DAY AS DATE) <= r36.date_lo
                    AND r36.date_hi <= ref_0.lo
                    THEN TRUE
                    WHEN r36.date_hi < CAST(ref_0.lo - INTERVAL 1 DAY AS DATE) OR r36.date_lo > ref_0.hi
                    THEN FALSE
                  END IS TRUE
                  AND (
                    r36.date_lo > r35.date_lo
                    OR (
                      r36.date_lo = r35.date_lo AND r36.seq < r35.seq
                    )
                  )
              )
              AND NOT EXISTS(
                SELECT
                  1
                FROM observations AS r37
                WHERE
                  r37.patient_id = pt.patient_id
                  AND (
                    r37.system = 'LOINC' AND r37.code IN ('8310-5')
                  )
                  AND NOT CASE
                    WHEN CAST(ref_0.hi - INTERVAL 1 DAY AS DATE) <= r37.date_lo
                    AND r37.date_hi <= ref_0.lo
                    THEN TRUE
                    WHEN r37.date_hi < CAST(ref_0.lo - INTERVAL 1 DAY AS DATE) OR r37.date_lo > ref_0.hi
                    THEN FALSE
                  END IS FALSE
                  AND r37.seq <> r35.seq
                  AND (
                    r37.date_hi IS NULL OR r37.date_hi > r35.date_lo
                  )
                  AND NOT (
                    (
                      NOT (
                        COALESCE(
                          r37.value_num,
                          CASE
                            WHEN r37.value_bool IS TRUE
                            THEN CAST(1.0 AS DOUBLE)
                            WHEN r37.value_bool IS FALSE
                            THEN CAST(0.0 AS DOUBLE)
                          END
                        )
                      ) IS NULL
                      AND COALESCE(
                        r37.value_num,
                        CASE
                          WHEN r37.value_bool IS TRUE
                          THEN CAST(1.0 AS DOUBLE)
                          WHEN r37.value_bool IS FALSE
                          THEN CAST(0.0 AS DOUBLE)
                        END
                      ) IS NOT DISTINCT FROM COALESCE(
                        r35.value_num,
                        CASE
                          WHEN r35.value_bool IS TRUE
                          THEN CAST(1.0 AS DOUBLE)
                          WHEN r35.value_bool IS FALSE
                          THEN CAST(0.0 AS DOUBLE)
                        END
                      )
                    )
                    OR (
                      NOT r37.value_text IS NULL AND r37.value_text IS NOT DISTINCT FROM r35.value_text
                    )
                    OR (
                      NOT r37.value_code IS NULL
                      AND r37.value_code_system IS NOT DISTINCT FROM r35.value_code_system
                      AND r37.value_code IS NOT DISTINCT FROM r35.value_code
                      AND r37.value_code_display IS NOT DISTINCT FROM r35.value_code_display
                    )
                    OR (
                      (
                        r37.value_num IS NULL
                        AND r37.value_text IS NULL
                        AND r37.value_bool IS NULL
                        AND r37.value_code IS NULL
                      )
                      AND (
                        r35.value_num IS NULL
                        AND r35.value_text IS NULL
                        AND r35.value_bool IS NULL
                        AND r35.value_code IS NULL
                      )
                    )
                  )
              )
          ) > CAST(38.5 AS DOUBLE)
        )
        OR (
          (
            (
              (
                SELECT
                  r38.value_num * CASE WHEN r38.unit = '°C' THEN CAST(1.0 AS DOUBLE) END
                FROM observations AS r38
                WHERE
                  r38.patient_id = pt.patient_id
                  AND (
                    r38.system = 'LOINC' AND r38.code IN ('8310-5')
                  )
                  AND CASE
                    WHEN CAST(ref_0.hi - INTERVAL 1 DAY AS DATE) <= r38.date_lo
                    AND r38.date_hi <= ref_0.lo
                    THEN TRUE
                    WHEN r38.date_hi < CAST(ref_0.lo - INTERVAL 1 DAY AS DATE) OR r38.date_lo > ref_0.hi
                    THEN FALSE
                  END IS TRUE
                  AND NOT EXISTS(
                    SELECT
                      1
                    FROM observations AS r39
                    WHERE
                      r39.patient_id = pt.patient_id
                      AND (
                        r39.system = 'LOINC' AND r39.code IN ('8310-5')
                      )
                      AND CASE
                        WHEN CAST(ref_0.hi - INTERVAL 1 DAY AS DATE) <= r39.date_lo
                        AND r39.date_hi <= ref_0.lo
                        THEN TRUE
                        WHEN r39.date_hi < CAST(ref_0.lo - INTERVAL 1 DAY AS DATE) OR r39.date_lo > ref_0.hi
                        THEN FALSE
                      END IS TRUE
                      AND (
                        r39.date_lo > r38.date_lo
                        OR (
                          r39.date_lo = r38.date_lo AND r39.seq < r38.seq
                        )
                      )
                  )
                  AND NOT EXISTS(
                    SELECT
                      1
                    FROM observations AS r40
                    WHERE
                      r40.patient_id = pt.patient_id
                      AND (
                        r40.system = 'LOINC' AND r40.code IN ('8310-5')
                      )
                      AND NOT CASE
                        WHEN CAST(ref_0.hi - INTERVAL 1 DAY AS DATE) <= r40.date_lo
                        AND r40.date_hi <= ref_0.lo
                        THEN TRUE
                        WHEN r40.date_hi < CAST(ref_0.lo - INTERVAL 1 DAY AS DATE) OR r40.date_lo > ref_0.hi
                        THEN FALSE
                      END IS FALSE
                      AND r40.seq <> r38.seq
                      AND (
                        r40.date_hi IS NULL OR r40.date_hi > r38.date_lo
                      )
                      AND NOT (
                        (
                          NOT (
                            COALESCE(
                              r40.value_num,
                              CASE
                                WHEN r40.value_bool IS TRUE
                                THEN CAST(1.0 AS DOUBLE)
                                WHEN r40.value_bool IS FALSE
                                THEN CAST(0.0 AS DOUBLE)
                              END
                            )
                          ) IS NULL
                          AND COALESCE(
                            r40.value_num,
                            CASE
                              WHEN r40.value_bool IS TRUE
                              THEN CAST(1.0 AS DOUBLE)
                              WHEN r40.value_bool IS FALSE
                              THEN CAST(0.0 AS DOUBLE)
                            END
                          ) IS NOT DISTINCT FROM COALESCE(
                            r38.value_num,
                            CASE
                              WHEN r38.value_bool IS TRUE
                              THEN CAST(1.0 AS DOUBLE)
                              WHEN r38.value_bool IS FALSE
                              THEN CAST(0.0 AS DOUBLE)
                            END
                          )
                        )
                        OR (
                          NOT r40.value_text IS NULL AND r40.value_text IS NOT DISTINCT FROM r38.value_text
                        )
                        OR (
                          NOT r40.value_code IS NULL
                          AND r40.value_code_system IS NOT DISTINCT FROM r38.value_code_system
                          AND r40.value_code IS NOT DISTINCT FROM r38.value_code
                          AND r40.value_code_display IS NOT DISTINCT FROM r38.value_code_display
                        )
                        OR (
                          (
                            r40.value_num IS NULL
                            AND r40.value_text IS NULL
                            AND r40.value_bool IS NULL
                            AND r40.value_code IS NULL
                          )
                          AND (
                            r38.value_num IS NULL
                            AND r38.value_text IS NULL
                            AND r38.value_bool IS NULL
                            AND r38.value_code IS NULL
                          )
                        )
                      )
                  )
              ) >= CAST(37.0 AS DOUBLE)
            )
            AND (
              (
                SELECT
                  r38.value_num * CASE WHEN r38.unit = '°C' THEN CAST(1.0 AS DOUBLE) END
                FROM observations AS r38
                WHERE
                  r38.patient_id = pt.patient_id
                  AND (
                    r38.system = 'LOINC' AND r38.code IN ('8310-5')
                  )
                  AND CASE
                    WHEN CAST(ref_0.hi - INTERVAL 1 DAY AS DATE) <= r38.date_lo
                    AND r38.date_hi <= ref_0.lo
                    THEN TRUE
                    WHEN r38.date_hi < CAST(ref_0.lo - INTERVAL 1 DAY AS DATE) OR r38.date_lo > ref_0.hi
                    THEN FALSE
                  END IS TRUE
                  AND NOT EXISTS(
                    SELECT
                      1
                    FROM observations AS r39
                    WHERE
                      r39.patient_id = pt.patient_id
                      AND (
                        r39.system = 'LOINC' AND r39.code IN ('8310-5')
                      )
                      AND CASE
                        WHEN CAST(ref_0.hi - INTERVAL 1 DAY AS DATE) <= r39.date_lo
                        AND r39.date_hi <= ref_0.lo
                        THEN TRUE
                        WHEN r39.date_hi < CAST(ref_0.lo - INTERVAL 1 DAY AS DATE) OR r39.date_lo > ref_0.hi
                        THEN FALSE
                      END IS TRUE
                      AND (
                        r39.date_lo > r38.date_lo
                        OR (
                          r39.date_lo = r38.date_lo AND r39.seq < r38.seq
                        )
                      )
                  )
                  AND NOT EXISTS(
                    SELECT
                      1
                    FROM observations AS r40
                    WHERE
                      r40.patient_id = pt.patient_id
                      AND (
                        r40.system = 'LOINC' AND r40.code IN ('8310-5')
                      )
                      AND NOT CASE
                        WHEN CAST(ref_0.hi - INTERVAL 1 DAY AS DATE) <= r40.date_lo
                        AND r40.date_hi <= ref_0.lo
                        THEN TRUE
                        WHEN r40.date_hi < CAST(ref_0.lo - INTERVAL 1 DAY AS DATE) OR r40.date_lo > ref_0.hi
                        THEN FALSE
                      END IS FALSE
                      AND r40.seq <> r38.seq
                      AND (
                        r40.date_hi IS NULL OR r40.date_hi > r38.date_lo
                      )
                      AND NOT (
                        (
                          NOT (
                            COALESCE(
                              r40.value_num,
                              CASE
                                WHEN r40.value_bool IS TRUE
                                THEN CAST(1.0 AS DOUBLE)
                                WHEN r40.value_bool IS FALSE
                                THEN CAST(0.0 AS DOUBLE)
                              END
                            )
                          ) IS NULL
                          AND COALESCE(
                            r40.value_num,
                            CASE
                              WHEN r40.value_bool IS TRUE
                              THEN CAST(1.0 AS DOUBLE)
                              WHEN r40.value_bool IS FALSE
                              THEN CAST(0.0 AS DOUBLE)
                            END
                          ) IS NOT DISTINCT FROM COALESCE(
                            r38.value_num,
                            CASE
                              WHEN r38.value_bool IS TRUE
                              THEN CAST(1.0 AS DOUBLE)
                              WHEN r38.value_bool IS FALSE
                              THEN CAST(0.0 AS DOUBLE)
                            END
                          )
                        )
                        OR (
                          NOT r40.value_text IS NULL AND r40.value_text IS NOT DISTINCT FROM r38.value_text
                        )
                        OR (
                          NOT r40.value_code IS NULL
                          AND r40.value_code_system IS NOT DISTINCT FROM r38.value_code_system
                          AND r40.value_code IS NOT DISTINCT FROM r38.value_code
                          AND r40.value_code_display IS NOT DISTINCT FROM r38.value_code_display
                        )
                        OR (
                          (
                            r40.value_num IS NULL
                            AND r40.value_text IS NULL
                            AND r40.value_bool IS NULL
                            AND r40.value_code IS NULL
                          )
                          AND (
                            r38.value_num IS NULL
                            AND r38.value_text IS NULL
                            AND r38.value_bool IS NULL
                            AND r38.value_code IS NULL
                          )
                        )
                      )
                  )
              ) <= CAST(38.5 AS DOUBLE)
            )
          )
          AND (
            NOT att_11.value_bool
          )
        )
      ) IS FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "E7",
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
                FROM conditions AS r41
                WHERE
                  r41.patient_id = pt.patient_id
                  AND (
                    (
                      r41.system = 'ICD10CM' AND SUBSTRING(r41.code, 1, 3) = 'B20'
                    )
                    OR (
                      r41.system = 'ICD10CM' AND SUBSTRING(r41.code, 1, 3) = 'Z21'
                    )
                  )
              ) AS r42
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
                      WHEN NOT (
                        NOT r43.status IS NULL
                      )
                      THEN CAST(NULL AS BOOLEAN)
                      ELSE (
                        (
                          r43.status = 'active'
                        )
                        OR (
                          r43.status = 'recurrence'
                        )
                        OR (
                          r43.status = 'relapse'
                        )
                      )
                    END AS INT) * 2,
                    1
                  ) AS g
                FROM conditions AS r43
                WHERE
                  r43.patient_id = pt.patient_id
                  AND (
                    (
                      r43.system = 'ICD10CM' AND SUBSTRING(r43.code, 1, 5) = 'B17.1'
                    )
                    OR (
                      r43.system = 'ICD10CM' AND SUBSTRING(r43.code, 1, 5) = 'B18.2'
                    )
                    OR (
                      r43.system = 'ICD10CM' AND SUBSTRING(r43.code, 1, 5) = 'B19.2'
                    )
                  )
              ) AS r44
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
                      WHEN NOT (
                        NOT r45.status IS NULL
                      )
                      THEN CAST(NULL AS BOOLEAN)
                      ELSE (
                        (
                          r45.status = 'active'
                        )
                        OR (
                          r45.status = 'recurrence'
                        )
                        OR (
                          r45.status = 'relapse'
                        )
                      )
                    END AS INT) * 2,
                    1
                  ) AS g
                FROM conditions AS r45
                WHERE
                  r45.patient_id = pt.patient_id
                  AND (
                    (
                      r45.system = 'ICD10CM' AND SUBSTRING(r45.code, 1, 3) = 'B16'
                    )
                    OR (
                      r45.system = 'ICD10CM' AND SUBSTRING(r45.code, 1, 5) = 'B18.0'
                    )
                    OR (
                      r45.system = 'ICD10CM' AND SUBSTRING(r45.code, 1, 5) = 'B18.1'
                    )
                    OR (
                      r45.system = 'ICD10CM' AND SUBSTRING(r45.code, 1, 5) = 'B19.1'
                    )
                  )
              ) AS r46
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
        CASE
          WHEN pt.conditions_collected IS TRUE
          THEN CASE (
              SELECT
                MAX(g)
              FROM (
                SELECT
                  COALESCE(CAST(TRUE AS INT) * 2, 1) AS g
                FROM conditions AS r41
                WHERE
                  r41.patient_id = pt.patient_id
                  AND (
                    (
                      r41.system = 'ICD10CM' AND SUBSTRING(r41.code, 1, 3) = 'B20'
                    )
                    OR (
                      r41.system = 'ICD10CM' AND SUBSTRING(r41.code, 1, 3) = 'Z21'
                    )
                  )
              ) AS r42
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
                      WHEN NOT (
                        NOT r43.status IS NULL
                      )
                      THEN CAST(NULL AS BOOLEAN)
                      ELSE (
                        (
                          r43.status = 'active'
                        )
                        OR (
                          r43.status = 'recurrence'
                        )
                        OR (
                          r43.status = 'relapse'
                        )
                      )
                    END AS INT) * 2,
                    1
                  ) AS g
                FROM conditions AS r43
                WHERE
                  r43.patient_id = pt.patient_id
                  AND (
                    (
                      r43.system = 'ICD10CM' AND SUBSTRING(r43.code, 1, 5) = 'B17.1'
                    )
                    OR (
                      r43.system = 'ICD10CM' AND SUBSTRING(r43.code, 1, 5) = 'B18.2'
                    )
                    OR (
                      r43.system = 'ICD10CM' AND SUBSTRING(r43.code, 1, 5) = 'B19.2'
                    )
                  )
              ) AS r44
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
                      WHEN NOT (
                        NOT r45.status IS NULL
                      )
                      THEN CAST(NULL AS BOOLEAN)
                      ELSE (
                        (
                          r45.status = 'active'
                        )
                        OR (
                          r45.status = 'recurrence'
                        )
                        OR (
                          r45.status = 'relapse'
                        )
                      )
                    END AS INT) * 2,
                    1
                  ) AS g
                FROM conditions AS r45
                WHERE
                  r45.patient_id = pt.patient_id
                  AND (
                    (
                      r45.system = 'ICD10CM' AND SUBSTRING(r45.code, 1, 3) = 'B16'
                    )
                    OR (
                      r45.system = 'ICD10CM' AND SUBSTRING(r45.code, 1, 5) = 'B18.0'
                    )
                    OR (
                      r45.system = 'ICD10CM' AND SUBSTRING(r45.code, 1, 5) = 'B18.1'
                    )
                    OR (
                      r45.system = 'ICD10CM' AND SUBSTRING(r45.code, 1, 5) = 'B19.1'
                    )
                  )
              ) AS r46
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
    END AS "E8",
    CASE
      WHEN (
        (
          pt.sex = 'female'
        )
        AND att_12.value_bool
        AND (
          (
            SELECT
              CASE
                WHEN COALESCE(r47.value_text, r47.value_code) IN ('positive', 'negative', 'indeterminate')
                THEN COALESCE(r47.value_text, r47.value_code)
              END
            FROM observations AS r47
            WHERE
              r47.patient_id = pt.patient_id
              AND (
                r47.system = 'LOINC' AND r47.code IN ('2106-3', '2118-8')
              )
              AND CASE
                WHEN CAST(ref_0.hi - INTERVAL 7 DAY AS DATE) <= r47.date_lo
                AND r47.date_hi <= ref_0.lo
                THEN TRUE
                WHEN r47.date_hi < CAST(ref_0.lo - INTERVAL 7 DAY AS DATE) OR r47.date_lo > ref_0.hi
                THEN FALSE
              END IS TRUE
              AND NOT EXISTS(
                SELECT
                  1
                FROM observations AS r48
                WHERE
                  r48.patient_id = pt.patient_id
                  AND (
                    r48.system = 'LOINC' AND r48.code IN ('2106-3', '2118-8')
                  )
                  AND CASE
                    WHEN CAST(ref_0.hi - INTERVAL 7 DAY AS DATE) <= r48.date_lo
                    AND r48.date_hi <= ref_0.lo
                    THEN TRUE
                    WHEN r48.date_hi < CAST(ref_0.lo - INTERVAL 7 DAY AS DATE) OR r48.date_lo > ref_0.hi
                    THEN FALSE
                  END IS TRUE
                  AND (
                    r48.date_lo > r47.date_lo
                    OR (
                      r48.date_lo = r47.date_lo AND r48.seq < r47.seq
                    )
                  )
              )
              AND NOT EXISTS(
                SELECT
                  1
                FROM observations AS r49
                WHERE
                  r49.patient_id = pt.patient_id
                  AND (
                    r49.system = 'LOINC' AND r49.code IN ('2106-3', '2118-8')
                  )
                  AND NOT CASE
                    WHEN CAST(ref_0.hi - INTERVAL 7 DAY AS DATE) <= r49.date_lo
                    AND r49.date_hi <= ref_0.lo
                    THEN TRUE
                    WHEN r49.date_hi < CAST(ref_0.lo - INTERVAL 7 DAY AS DATE) OR r49.date_lo > ref_0.hi
                    THEN FALSE
                  END IS FALSE
                  AND r49.seq <> r47.seq
                  AND (
                    r49.date_hi IS NULL OR r49.date_hi > r47.date_lo
                  )
                  AND NOT (
                    (
                      NOT (
                        COALESCE(
                          r49.value_num,
                          CASE
                            WHEN r49.value_bool IS TRUE
                            THEN CAST(1.0 AS DOUBLE)
                            WHEN r49.value_bool IS FALSE
                            THEN CAST(0.0 AS DOUBLE)
                          END
                        )
                      ) IS NULL
                      AND COALESCE(
                        r49.value_num,
                        CASE
                          WHEN r49.value_bool IS TRUE
                          THEN CAST(1.0 AS DOUBLE)
                          WHEN r49.value_bool IS FALSE
                          THEN CAST(0.0 AS DOUBLE)
                        END
                      ) IS NOT DISTINCT FROM COALESCE(
                        r47.value_num,
                        CASE
                          WHEN r47.value_bool IS TRUE
                          THEN CAST(1.0 AS DOUBLE)
                          WHEN r47.value_bool IS FALSE
                          THEN CAST(0.0 AS DOUBLE)
                        END
                      )
                    )
                    OR (
                      NOT r49.value_text IS NULL AND r49.value_text IS NOT DISTINCT FROM r47.value_text
                    )
                    OR (
                      NOT r49.value_code IS NULL
                      AND r49.value_code_system IS NOT DISTINCT FROM r47.value_code_system
                      AND r49.value_code IS NOT DISTINCT FROM r47.value_code
                      AND r49.value_code_display IS NOT DISTINCT FROM r47.value_code_display
                    )
                    OR (
                      (
                        r49.value_num IS NULL
                        AND r49.value_text IS NULL
                        AND r49.value_bool IS NULL
                        AND r49.value_code IS NULL
                      )
                      AND (
                        r47.value_num IS NULL
                        AND r47.value_text IS NULL
                        AND r47.value_bool IS NULL
                        AND r47.value_code IS NULL
                      )
                    )
                  )
              )
          ) = 'positive'
        )
      ) IS TRUE
      THEN 'met'
      WHEN (
        (
          pt.sex = 'female'
        )
        AND att_12.value_bool
        AND (
          (
            SELECT
              CASE
                WHEN COALESCE(r47.value_text, r47.value_code) IN ('positive', 'negative', 'indeterminate')
                THEN COALESCE(r47.value_text, r47.value_code)
              END
            FROM observations AS r47
            WHERE
              r47.patient_id = pt.patient_id
              AND (
                r47.system = 'LOINC' AND r47.code IN ('2106-3', '2118-8')
              )
              AND CASE
                WHEN CAST(ref_0.hi - INTERVAL 7 DAY AS DATE) <= r47.date_lo
                AND r47.date_hi <= ref_0.lo
                THEN TRUE
                WHEN r47.date_hi < CAST(ref_0.lo - INTERVAL 7 DAY AS DATE) OR r47.date_lo > ref_0.hi
                THEN FALSE
              END IS TRUE
              AND NOT EXISTS(
                SELECT
                  1
                FROM observations AS r48
                WHERE
                  r48.patient_id = pt.patient_id
                  AND (
                    r48.system = 'LOINC' AND r48.code IN ('2106-3', '2118-8')
                  )
                  AND CASE
                    WHEN CAST(ref_0.hi - INTERVAL 7 DAY AS DATE) <= r48.date_lo
                    AND r48.date_hi <= ref_0.lo
                    THEN TRUE
                    WHEN r48.date_hi < CAST(ref_0.lo - INTERVAL 7 DAY AS DATE) OR r48.date_lo > ref_0.hi
                    THEN FALSE
                  END IS TRUE
                  AND (
                    r48.date_lo > r47.date_lo
                    OR (
                      r48.date_lo = r47.date_lo AND r48.seq < r47.seq
                    )
                  )
              )
              AND NOT EXISTS(
                SELECT
                  1
                FROM observations AS r49
                WHERE
                  r49.patient_id = pt.patient_id
                  AND (
                    r49.system = 'LOINC' AND r49.code IN ('2106-3', '2118-8')
                  )
                  AND NOT CASE
                    WHEN CAST(ref_0.hi - INTERVAL 7 DAY AS DATE) <= r49.date_lo
                    AND r49.date_hi <= ref_0.lo
                    THEN TRUE
                    WHEN r49.date_hi < CAST(ref_0.lo - INTERVAL 7 DAY AS DATE) OR r49.date_lo > ref_0.hi
                    THEN FALSE
                  END IS FALSE
                  AND r49.seq <> r47.seq
                  AND (
                    r49.date_hi IS NULL OR r49.date_hi > r47.date_lo
                  )
                  AND NOT (
                    (
                      NOT (
                        COALESCE(
                          r49.value_num,
                          CASE
                            WHEN r49.value_bool IS TRUE
                            THEN CAST(1.0 AS DOUBLE)
                            WHEN r49.value_bool IS FALSE
                            THEN CAST(0.0 AS DOUBLE)
                          END
                        )
                      ) IS NULL
                      AND COALESCE(
                        r49.value_num,
                        CASE
                          WHEN r49.value_bool IS TRUE
                          THEN CAST(1.0 AS DOUBLE)
                          WHEN r49.value_bool IS FALSE
                          THEN CAST(0.0 AS DOUBLE)
                        END
                      ) IS NOT DISTINCT FROM COALESCE(
                        r47.value_num,
                        CASE
                          WHEN r47.value_bool IS TRUE
                          THEN CAST(1.0 AS DOUBLE)
                          WHEN r47.value_bool IS FALSE
                          THEN CAST(0.0 AS DOUBLE)
                        END
                      )
                    )
                    OR (
                      NOT r49.value_text IS NULL AND r49.value_text IS NOT DISTINCT FROM r47.value_text
                    )
                    OR (
                      NOT r49.value_code IS NULL
                      AND r49.value_code_system IS NOT DISTINCT FROM r47.value_code_system
                      AND r49.value_code IS NOT DISTINCT FROM r47.value_code
                      AND r49.value_code_display IS NOT DISTINCT FROM r47.value_code_display
                    )
                    OR (
                      (
                        r49.value_num IS NULL
                        AND r49.value_text IS NULL
                        AND r49.value_bool IS NULL
                        AND r49.value_code IS NULL
                      )
                      AND (
                        r47.value_num IS NULL
                        AND r47.value_text IS NULL
                        AND r47.value_bool IS NULL
                        AND r47.value_code IS NULL
                      )
                    )
                  )
              )
          ) = 'positive'
        )
      ) IS FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "E9",
    CASE
      WHEN att_13.value_bool IS TRUE
      THEN 'met'
      WHEN att_13.value_bool IS FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "E10",
    CASE
      WHEN att_14.value_bool IS TRUE
      THEN 'met'
      WHEN att_14.value_bool IS FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "E11",
    CASE
      WHEN att_15.value_bool IS TRUE
      THEN 'met'
      WHEN att_15.value_bool IS FALSE
      THEN 'not_met'
      ELSE 'unknown'
    END AS "E12"
  FROM patients AS pt
  LEFT JOIN reference_dates AS ref_0
    ON ref_0.patient_id = pt.patient_id AND ref_0.name = 'enrolment'
  LEFT JOIN attestations AS att_0
    ON att_0.patient_id = pt.patient_id AND att_0.name = 'study_stage'
  LEFT JOIN attestations AS att_1
    ON att_1.patient_id = pt.patient_id
    AND att_1.name = 'needs_hdct_with_autologous_rescue'
  LEFT JOIN attestations AS att_2
    ON att_2.patient_id = pt.patient_id
    AND att_2.name = 'eligible_for_autologous_transplant'
  LEFT JOIN attestations AS att_3
    ON att_3.patient_id = pt.patient_id
    AND att_3.name = 'recovered_from_chemotherapy_toxicity'
  LEFT JOIN attestations AS att_4
    ON att_4.patient_id = pt.patient_id AND att_4.name = 'informed_consent'
  LEFT JOIN attestations AS att_5
    ON att_5.patient_id = pt.patient_id AND att_5.name = 'sexually_active'
  LEFT JOIN attestations AS att_6
    ON att_6.patient_id = pt.patient_id AND att_6.name = 'contraception_agreed'
  LEFT JOIN attestations AS att_7
    ON att_7.patient_id = pt.patient_id AND att_7.name = 'high_risk_comorbidity'
  LEFT JOIN attestations AS att_8
    ON att_8.patient_id = pt.patient_id AND att_8.name = 'persistent_marrow_involvement'
  LEFT JOIN attestations AS att_9
    ON att_9.patient_id = pt.patient_id AND att_9.name = 'ongoing_toxicity_grade'
  LEFT JOIN attestations AS att_10
    ON att_10.patient_id = pt.patient_id AND att_10.name = 'acute_infection'
  LEFT JOIN attestations AS att_11
    ON att_11.patient_id = pt.patient_id
    AND att_11.name = 'infection_ruled_out_as_fever_cause'
  LEFT JOIN attestations AS att_12
    ON att_12.patient_id = pt.patient_id AND att_12.name = 'post_pubertal'
  LEFT JOIN attestations AS att_13
    ON att_13.patient_id = pt.patient_id AND att_13.name = 'cardiac_abnormality'
  LEFT JOIN attestations AS att_14
    ON att_14.patient_id = pt.patient_id AND att_14.name = 'investigational_drug_recent'
  LEFT JOIN attestations AS att_15
    ON att_15.patient_id = pt.patient_id AND att_15.name = 'unable_to_adhere'
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
