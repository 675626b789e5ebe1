"""Drizzle Kit for Python: out-folder reader, migrator, push."""

from harness.kit.config import Config, ConfigError, define_config, load_config
from harness.kit.errors import (
    KitError,
    MigrationDriftError,
    MigrationFailed,
    MigrationFolderError,
    MigrationOrderError,
    MigrationResumeError,
    MigrationTargetError,
)
from harness.kit.folder_check import check_folder
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
    "MigrationResumeError",
    "MigrationTargetError",
    "PushError",
    "Status",
    "check_folder",
    "define_config",
    "load_config",
    "migrate",
    "push",
    "read_out_folder",
    "status",
]

#: the name this function had before ``check_folder``; kept so existing imports keep working.
#: ``harness.check`` is the CHECK constraint builder, unrelated.
check = check_folder
