from harness.pg import integer, pg_schema, pg_sequence, pg_table

billing = pg_schema("billing")
mood = billing.enum("mood", ["ok", "meh"])
order_no = pg_sequence("order_no", start_with=1000)
invoice_no = billing.sequence("invoice_no", increment_by=5, cycle=True)

invoices = billing.table("invoices", {"id": integer().primary_key(), "mood": mood()})

plain = pg_table("plain", {"id": integer().primary_key()})
