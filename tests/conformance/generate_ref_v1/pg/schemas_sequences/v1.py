from harness.pg import integer, pg_schema, pg_sequence, pg_table

billing = pg_schema("billing")
mood = billing.enum("mood", ["ok", "meh", "great"])
order_no = pg_sequence("order_no", start_with=1000, max_value=99999, cache=20)
invoice_no = billing.sequence("invoice_no", increment_by=5, cycle=True)
ticket_no = pg_sequence("ticket_no", increment_by=-1)

invoices = billing.table("invoices", {"id": integer().primary_key(), "mood": mood()})

plain = pg_table("plain", {"id": integer().primary_key()})
