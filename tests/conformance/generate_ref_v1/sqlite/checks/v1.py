"""The age check changes; a name check is added (mirrors v1.mjs)."""

from harness import sql
from harness.sqlite import check, integer, sqlite_table, text

people = sqlite_table(
    "people",
    {"id": integer().primary_key(), "age": integer(), "name": text()},
    lambda t: [
        check("people_age_check", sql("{} >= 0 and {} < 200", t.age, t.age)),
        check("people_name_check", sql("length({}) > 0", t.name)),
    ],
)
