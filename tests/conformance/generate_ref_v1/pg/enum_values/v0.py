from harness.pg import integer, pg_enum, pg_table

level = pg_enum("level", ["low", "high"])

alerts = pg_table(
    "alerts", {"id": integer().primary_key(), "level": level().default("low").not_null()}
)
