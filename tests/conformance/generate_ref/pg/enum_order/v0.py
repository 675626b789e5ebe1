"""Enums in public and in another schema (the Python twin of v0.mjs)."""

from harness.pg import integer, pg_enum, pg_schema

aaa = pg_schema("aaa")
zeta = aaa.enum("zeta", ["z1", "z2"])
omega = pg_enum("omega", ["o"])
alpha = pg_enum("alpha", ["a"])
things = aaa.table("things", {"id": integer().primary_key(), "z": zeta(), "a": alpha()})
