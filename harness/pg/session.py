"""Open a PostgreSQL ``Database`` from a URL or a psycopg connection."""

from __future__ import annotations

from typing import Any

from harness.core.session import OfflineSession
from harness.pg.database import PgDatabase
from harness.pg.dialect import PgDialect
from harness.pg.driver import PsycopgSession


def open_url(url: str, prepare: bool = True, **options: Any) -> PgDatabase:
    return PgDatabase(PsycopgSession.connect(url, prepare), PgDialect(), prepare=prepare, **options)


def open_client(client: Any, prepare: bool = True, **options: Any) -> PgDatabase:
    return PgDatabase(
        PsycopgSession(client, prepare=prepare), PgDialect(), prepare=prepare, **options
    )


def open_mock(**options: Any) -> PgDatabase:
    """A compile-only database for this dialect (``harness.mock``)."""
    return PgDatabase(OfflineSession(), PgDialect(), **options)
