from harness import sql
from harness.pg import check, integer, pg_table

prices = pg_table(
    "prices",
    {"id": integer().primary_key(), "amount": integer().not_null()},
    lambda t: [
        check("amount_positive", sql("{} >= 1", t.amount)),
        check("amount_small", sql("{} < 1000000", t.amount)),
    ],
)
