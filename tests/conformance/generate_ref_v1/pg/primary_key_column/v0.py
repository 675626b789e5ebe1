from harness.pg import integer, pg_table, text

codes = pg_table("codes", {"id": integer().not_null(), "label": text()})
