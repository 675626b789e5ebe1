from harness.kit import define_config

config = define_config(
    dialect="postgresql", schema="blog_schema/postgres.py", out="drizzle/postgres"
)
