"""Open a SQLite ``Database`` from a path/URL or a sqlite3 connection."""

from __future__ import annotations

from typing import Any

from harness import urls
from harness.core.session import OfflineSession
from harness.sqlite.database import SQLiteDatabase
from harness.sqlite.dialect import SQLiteDialect
from harness.sqlite.driver import SQLite3Session


def sqlite_path(url: str) -> str:
    """``sqlite:///rel.db`` -> ``rel.db``; ``sqlite:////abs.db`` -> ``/abs.db``; memory forms
    -> ``:memory:`` (the forms ``harness.urls.parse`` accepts; it refuses the others)."""
    return urls.parse(url).database


def open_url(url: str, prepare: bool = True, **options: Any) -> SQLiteDatabase:
    return SQLiteDatabase(
        SQLite3Session.connect(sqlite_path(url)), SQLiteDialect(), prepare=prepare, **options
    )


def open_client(client: Any, prepare: bool = True, **options: Any) -> SQLiteDatabase:
    return SQLiteDatabase(SQLite3Session(client), SQLiteDialect(), prepare=prepare, **options)


def open_mock(**options: Any) -> SQLiteDatabase:
    """A compile-only database for this dialect (``harness.mock``)."""
    return SQLiteDatabase(OfflineSession(), SQLiteDialect(), **options)
