from harness.kit import define_config

config = define_config(dialect="sqlite", schema="blog_schema/sqlite.py", out="drizzle/sqlite")
