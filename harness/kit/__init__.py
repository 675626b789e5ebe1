"""Drizzle Kit for Python: out-folder reader, migrator, push."""

from harness.kit.errors import (
    KitError,
    MigrationDriftError,
    MigrationFailed,
    MigrationFolderError,
    MigrationOrderError,
    MigrationTargetError,
)
from harness.kit.journal import Migration, read_out_folder
from harness.kit.migrator import MigrateResult, migrate
from harness.kit.push import PushError, push

__all__ = [
    "KitError",
    "MigrateResult",
    "Migration",
    "MigrationDriftError",
    "MigrationFailed",
    "MigrationFolderError",
    "MigrationOrderError",
    "MigrationTargetError",
    "PushError",
    "migrate",
    "push",
    "read_out_folder",
]
