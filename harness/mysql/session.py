"""Open a MySQL/MariaDB ``Database`` from a URL or a PyMySQL connection."""

from __future__ import annotations

from typing import Any

from harness.core.database import Database
from harness.core.session import OfflineSession
from harness.mysql.dialect import MySqlDialect, MySqlServer
from harness.mysql.driver import PyMySQLSession


def _database(session: PyMySQLSession, prepare: bool, options: dict[str, Any]) -> Database:
    return Database(
        session, MySqlDialect(MySqlServer.parse(session.server_version)), prepare=prepare, **options
    )


def open_url(url: str, prepare: bool = True, **options: Any) -> Database:
    return _database(PyMySQLSession.connect(url), prepare, options)


def open_client(client: Any, prepare: bool = True, **options: Any) -> Database:
    return _database(PyMySQLSession(client), prepare, options)


def open_mock(**options: Any) -> Database:
    """A compile-only database for this dialect (``harness.mock``)."""
    return Database(OfflineSession(), MySqlDialect(), **options)
