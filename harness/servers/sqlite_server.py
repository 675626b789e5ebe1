"""SQLite "server": a directory of database files; cloning a database copies its file."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from harness.connect import connect
from harness.core.database import Database
from harness.servers.base import Server


class SQLiteServer(Server):
    """Databases are ``<directory>/<name>.db``; ``:memory:`` is available on request."""

    HOW = "sqlite file"

    def __init__(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        import sqlite3

        super().__init__(
            "sqlite", f"sqlite:///{directory}", self.HOW, f"SQLite {sqlite3.sqlite_version}"
        )
        self.directory = directory
        #: databases are ``:memory:`` (asked for with the URL ``:memory:``): nothing on disk
        self.memory = False

    def path(self, name: str) -> Path:
        return self.directory / f"{name}.db"

    def database_url(self, name: str) -> str:
        if name == ":memory:":
            return ":memory:"
        return f"sqlite:///{self.path(name)}"

    @contextmanager
    def admin(self) -> Iterator[Database]:
        db = connect(":memory:")
        try:
            yield db
        finally:
            db.close()

    def database_names(self, prefix: str) -> list[str]:
        return sorted(p.stem for p in self.directory.glob(f"{prefix}*.db"))

    def create_database(self, name: str, template: str | None = None) -> str:
        target = self.path(name)
        if template is not None:
            shutil.copyfile(self.path(template), target)
        else:
            target.touch()
        return self.database_url(name)

    def drop_database(self, name: str) -> None:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{self.path(name)}{suffix}").unlink(missing_ok=True)

    def rename_database(self, old: str, new: str) -> None:
        self.path(old).replace(self.path(new))

    def record_use(self, name: str, when: float) -> None:
        """A file's last use is its modification time."""
        os.utime(self.path(name), (when, when))

    def last_uses(self, prefix: str) -> dict[str, float | None]:
        uses: dict[str, float | None] = {}
        for name in self.database_names(prefix):
            try:
                uses[name] = self.path(name).stat().st_mtime
            except FileNotFoundError:  # removed meanwhile
                continue
        return uses

    def supports_templates(self) -> bool:
        return True

    def fill_version(self) -> None:
        pass
