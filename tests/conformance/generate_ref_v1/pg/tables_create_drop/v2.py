from harness.pg import index, integer, pg_schema, pg_table, text

archive = pg_schema("archive")
keep = pg_table("keep", {"id": integer().primary_key(), "note": text(), "extra": integer()})
records = archive.table(
    "records",
    {
        "id": integer().primary_key(),
        "keep_id": integer().references(lambda: keep.id, on_delete="cascade"),
    },
    lambda t: [index("records_keep_idx").on(t.keep_id)],
)
