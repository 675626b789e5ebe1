from harness.kit import define_config

config = define_config(dialect="mysql", schema="blog_schema/mysql.py", out="drizzle/mysql")
