"""Seeding: factories generated from table declarations, and drizzle-seed-style seed/reset."""

from harness.seed.factory import Row, TableFactory, factory_for, insert_rows
from harness.seed.generators import Generators
from harness.seed.seeder import Seeder, SeedNotRunWarning, reset, seed

__all__ = [
    "Generators",
    "Row",
    "SeedNotRunWarning",
    "Seeder",
    "TableFactory",
    "factory_for",
    "insert_rows",
    "reset",
    "seed",
]
