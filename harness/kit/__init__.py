"""Drizzle Kit for Python: generate, out-folder reader, migrator, push, check."""

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
from harness.kit.generate import AmbiguousRenames, GenerateResult, generate, ungenerated_changes
from harness.kit.journal import Migration, read_out_folder
from harness.kit.migrator import MigrateResult, Status, migrate, status
from harness.kit.pull import PullResult, pull
from harness.kit.push import (
    PushCancelled,
    PushError,
    PushRefused,
    PushResult,
    create_schema,
    plan,
    push,
)

__all__ = [
    "AmbiguousRenames",
    "Config",
    "ConfigError",
    "GenerateResult",
    "KitError",
    "MigrateResult",
    "Migration",
    "MigrationDriftError",
    "MigrationFailed",
    "MigrationFolderError",
    "MigrationOrderError",
    "MigrationResumeError",
    "MigrationTargetError",
    "PullResult",
    "PushCancelled",
    "PushError",
    "PushRefused",
    "PushResult",
    "Status",
    "check_folder",
    "create_schema",
    "define_config",
    "generate",
    "load_config",
    "migrate",
    "plan",
    "pull",
    "push",
    "read_out_folder",
    "status",
    "ungenerated_changes",
]

#: the name this function had before ``check_folder``; kept so existing imports keep working.
#: ``harness.check`` is the CHECK constraint builder, unrelated.
check = check_folder
