from harness import sql
from harness.pg import check, integer, pg_table

prices = pg_table(
    "prices",
    {"id": integer().primary_key(), "amount": integer().not_null()},
    lambda t: [check("amount_positive", sql("{} > 0", t.amount))],
)
