"""A database server the harness can create, clone and drop databases on.

The dialect-specific statements live in ``harness.<dialect>.admin``; a ``Server`` only knows
how to reach its server (an admin URL) and how it was started (for the report header).
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from harness.connect import connect
from harness.core.database import Database
from harness.core.errors import HarnessError

log = logging.getLogger("harness.servers")

ADMIN_MODULES = {
    "postgresql": "harness.pg.admin",
    "mysql": "harness.mysql.admin",
    "sqlite": "harness.sqlite.admin",
}


class ServerUnavailable(HarnessError):
    """No way to get a server for a dialect; the message lists the ways to provide one."""


def mask(url: str) -> str:
    """``url`` with the password replaced by ``***``."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    user, host = parts.netloc.rsplit("@", 1)
    return urlunsplit(
        (
            parts.scheme,
            f"{user.split(':', 1)[0]}:***@{host}",
            parts.path,
            parts.query,
            parts.fragment,
        )
    )


@dataclass
class Server:
    """A running server (or, for SQLite, a directory of database files)."""

    dialect: str
    admin_url: str
    how: str
    version: str = ""
    stopper: Callable[[], None] | None = None
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def url(self) -> str:
        """The server's URL (its maintenance database; SQLite: the folder of database files)."""
        return self.admin_url

    @property
    def admin_module(self) -> Any:
        return importlib.import_module(ADMIN_MODULES[self.dialect])

    def database_url(self, name: str) -> str:
        parts = urlsplit(self.admin_url)
        return urlunsplit((parts.scheme, parts.netloc, "/" + name, parts.query, parts.fragment))

    @contextmanager
    def admin(self) -> Iterator[Database]:
        db = connect(self.admin_url)
        try:
            yield db
        finally:
            db.close()

    def describe(self) -> str:
        return f"{self.version or self.dialect} ({self.how}) at {mask(self.admin_url)}"

    def database_names(self, prefix: str) -> list[str]:
        with self.admin() as db:
            names: list[str] = self.admin_module.database_names(db, prefix)
            return names

    def create_database(self, name: str, template: str | None = None) -> str:
        with self.admin() as db:
            self.admin_module.create_database(db, name, template)
        return self.database_url(name)

    def drop_database(self, name: str) -> None:
        with self.admin() as db:
            self.admin_module.drop_database(db, name)

    def rename_database(self, old: str, new: str) -> None:
        """Publish a finished template under its final name (PostgreSQL: ALTER DATABASE)."""
        with self.admin() as db:
            self.admin_module.rename_database(db, old, new)

    def supports_templates(self) -> bool:
        """Whether ``create_database(name, template)`` copies the template's contents."""
        return bool(getattr(self.admin_module, "COPIES_TEMPLATES", False))

    def stop(self) -> None:
        if self.stopper is not None:
            log.info("stopping %s", self.describe())
            self.stopper()
            self.stopper = None

    def fill_version(self) -> None:
        with self.admin() as db:
            self.version = str(self.admin_module.server_version(db))
