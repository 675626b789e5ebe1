from harness.pg import integer, pg_table, text

keep = pg_table("keep", {"id": integer().primary_key(), "note": text()})
old_log = pg_table("old_log", {"id": integer().primary_key(), "line": text()})
