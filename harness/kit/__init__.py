"""Drizzle Kit for Python: out-folder reader, migrator, push."""

from harness.kit.check import check
from harness.kit.config import Config, ConfigError, define_config, load_config
from harness.kit.errors import (
    KitError,
    MigrationDriftError,
    MigrationFailed,
    MigrationFolderError,
    MigrationOrderError,
    MigrationTargetError,
)
from harness.kit.journal import Migration, read_out_folder
from harness.kit.migrator import MigrateResult, Status, migrate, status
from harness.kit.push import PushError, push

__all__ = [
    "Config",
    "ConfigError",
    "KitError",
    "MigrateResult",
    "Migration",
    "MigrationDriftError",
    "MigrationFailed",
    "MigrationFolderError",
    "MigrationOrderError",
    "MigrationTargetError",
    "PushError",
    "Status",
    "check",
    "define_config",
    "load_config",
    "migrate",
    "push",
    "read_out_folder",
    "status",
]
