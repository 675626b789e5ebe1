"""A database server the harness can create, clone and drop databases on.

The dialect-specific statements are the dialect's ``admin`` part (``harness.core.parts.Admin``);
a ``Server`` only knows how to reach its server (an admin URL) and how it was started (for the
report header).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from harness import engines
from harness.connect import connect
from harness.core.database import Database
from harness.core.errors import HarnessError
from harness.core.parts import Admin
from harness.urls import mask_url

log = logging.getLogger("harness.servers")


class ServerUnavailable(HarnessError):
    """No way to get a server for a dialect; the message lists the ways to provide one."""


@dataclass
class Server:
    """A running server (or, for SQLite, a directory of database files)."""

    dialect: str
    admin_url: str
    how: str
    version: str = ""
    stopper: Callable[[], None] | None = None
    #: how to find it again (``home`` of a local server, ``container_id``), and ``fresh``: True
    #: when it was started for this run (empty, no template of ours on it yet)
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def url(self) -> str:
        """The server's URL (its maintenance database; SQLite: the folder of database files)."""
        return self.admin_url

    @property
    def admin_part(self) -> Admin:
        """The dialect's administration statements (``dialect.admin``)."""
        return engines.get(self.dialect).dialect_class().admin

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
        return f"{self.version or self.dialect} ({self.how}) at {mask_url(self.admin_url)}"

    def __repr__(self) -> str:  # shown by pytest for db_server: no password
        return f"<{type(self).__name__} {self.describe()}>"

    def database_names(self, prefix: str) -> list[str]:
        with self.admin() as db:
            names: list[str] = self.admin_part.database_names(db, prefix)
            return names

    def create_database(self, name: str, template: str | None = None) -> str:
        with self.admin() as db:
            self.admin_part.create_database(db, name, template)
        return self.database_url(name)

    def drop_database(self, name: str) -> None:
        with self.admin() as db:
            self.admin_part.drop_database(db, name)

    def rename_database(self, old: str, new: str) -> None:
        """Publish a finished template under its final name (PostgreSQL: ALTER DATABASE)."""
        with self.admin() as db:
            self.admin_part.rename_database(db, old, new)

    def record_use(self, name: str, when: float) -> None:
        """Remember that template ``name`` was used at ``when`` (epoch seconds)."""
        with self.admin() as db:
            self.admin_part.record_use(db, name, when)

    def last_uses(self, prefix: str) -> dict[str, float | None]:
        """The databases named ``prefix...`` and when each was last used (None: never
        recorded)."""
        with self.admin() as db:
            uses: dict[str, float | None] = self.admin_part.last_uses(db, prefix)
            return uses

    def supports_templates(self) -> bool:
        """Whether ``create_database(name, template)`` copies the template's contents."""
        return self.admin_part.copies_templates

    def stop(self) -> None:
        if self.stopper is not None:
            log.info("stopping %s", self.describe())
            self.stopper()
            self.stopper = None

    def fill_version(self) -> None:
        with self.admin() as db:
            self.version = str(self.admin_part.server_version(db))
