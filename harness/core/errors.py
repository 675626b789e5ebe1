"""Errors raised by the library; each names the cause and, where possible, the fix."""

from __future__ import annotations

from typing import Any


class HarnessError(Exception):
    """Base class of every error this library raises on purpose."""


class SchemaError(HarnessError):
    """An invalid table declaration; the message names the table and column."""


class QueryBuildError(HarnessError):
    """A query that cannot be built as written (e.g. ``values([])``)."""


class QueryError(HarnessError):
    """The database rejected a statement; carries the SQL and the (shortened) parameters."""

    def __init__(self, message: str, sql: str, params: list[Any], cause: BaseException) -> None:
        self.sql = sql
        self.params = params
        self.cause = cause
        shown = ", ".join(_short(p) for p in params[:20])
        if len(params) > 20:
            shown += f", ... ({len(params) - 20} more)"
        if len(sql) > 2000:
            sql = sql[:2000] + f" ... ({len(sql) - 2000} more characters)"
        super().__init__(f"{message}\n  query: {sql}\n  params: [{shown}]")


class ConnectionFailed(HarnessError):
    """The database could not be reached; names host, port and database, never the password."""


class InvalidUrl(HarnessError, ValueError):
    """A database URL that cannot be right (no scheme, no host, a bad port, no database ...);
    one line naming the cause and the fix, the password masked (see ``harness.urls``)."""


def _short(value: Any, limit: int = 60) -> str:
    text = repr(value)
    if len(text) > limit:
        return text[: limit - 15] + f"...<{len(text)} chars>"
    return text
