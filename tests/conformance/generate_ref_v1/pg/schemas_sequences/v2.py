from harness.pg import integer, pg_sequence, pg_table

order_no = pg_sequence("order_no", start_with=1000, max_value=99999, cache=20)

plain = pg_table("plain", {"id": integer().primary_key()})
