from harness.pg import integer, pg_table, text

keep = pg_table("keep", {"id": integer().primary_key(), "note": text(), "extra": integer()})
