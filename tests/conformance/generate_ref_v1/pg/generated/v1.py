from harness import sql
from harness.pg import integer, pg_table

boxes = pg_table(
    "boxes",
    {
        "id": integer().primary_key(),
        "w": integer().not_null(),
        "h": integer().not_null(),
        "area": integer().generated_always_as(sql("w * h")),
    },
)
