from harness.pg import integer, pg_table

prices = pg_table("prices", {"id": integer().primary_key(), "amount": integer().not_null()})
