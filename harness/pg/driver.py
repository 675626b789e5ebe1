"""psycopg 3 session: autocommit connection, ``$n`` placeholders through a raw cursor."""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from threading import get_ident
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import unquote, urlsplit

from harness.core.errors import ConnectionFailed, QueryError
from harness.core.json_codec import loads as json_loads
from harness.core.session import Row

if TYPE_CHECKING:
    import psycopg
    from psycopg.rows import TupleRow

    Connection = psycopg.Connection[TupleRow]

log = logging.getLogger("harness")

#: result statuses that carry rows (psycopg's test for ``Cursor.description``): TUPLES_OK,
#: SINGLE_TUPLE, TUPLES_CHUNK
_ROW_STATUSES = frozenset({2, 9, 12})
#: a reused cursor keeps its last result until the next statement: not past this many rows
_KEEP_RESULT_ROWS = 1000


def _psycopg() -> Any:
    """psycopg, imported on first use so SQLite-only installs need not have it."""
    try:
        import psycopg
    except ImportError:  # pragma: no cover - depends on the install
        raise ImportError(
            "PostgreSQL support needs psycopg 3: pip install 'drizzle-harness[postgres]'"
        ) from None
    return psycopg


def describe_url(url: str) -> str:
    """``host:port/db as user`` without the password."""
    parts = urlsplit(url)
    user = unquote(parts.username or "")
    return (
        f"{parts.hostname or 'localhost'}:{parts.port or 5432}/{parts.path.lstrip('/')} as {user}"
    )


class PsycopgSession:
    """One psycopg connection in autocommit mode; transactions are explicit statements."""

    def __init__(self, client: Connection, where: str = "", prepare: bool = True) -> None:
        driver = _psycopg()
        self.client: Connection = client
        self.where = where or _describe_conn(client)
        self._raw_cursor: type[psycopg.RawCursor[TupleRow]] = driver.RawCursor
        self._error: type[psycopg.Error] = driver.Error
        self._cursor: psycopg.RawCursor[TupleRow] | None = None
        self._cursor_thread = 0
        if not client.autocommit and client.info.transaction_status == 0:
            client.autocommit = True
        if not prepare:
            client.prepare_threshold = None

    @classmethod
    def connect(cls, url: str, prepare: bool = True) -> PsycopgSession:
        psycopg = _psycopg()
        try:
            conn = psycopg.connect(url, autocommit=True)
        except psycopg.OperationalError as exc:
            message = str(exc)
            password = urlsplit(url).password
            if password:
                message = message.replace(unquote(password), "***")
            raise ConnectionFailed(
                f"could not connect to PostgreSQL at {describe_url(url)}: {message.strip()}"
            ) from None
        # json/jsonb results (relational queries: nested arrays) through the faster parser
        from psycopg.types.json import set_json_loads

        set_json_loads(json_loads, conn)
        return cls(conn, describe_url(url), prepare)

    def run(
        self, text: str, params: Sequence[Any], want_rows: bool, prepare: bool = False
    ) -> tuple[list[Row], int]:
        # one cursor serves every statement of the thread that made it (creating and closing
        # one per statement costs about as much as building a small query); other threads
        # (psycopg connections may be shared, cursors not) get one per statement as before
        cur = self._cursor
        if cur is None or self._cursor_thread != get_ident():
            cur = self._raw_cursor(self.client)
            if self._cursor is None:
                self._cursor, self._cursor_thread = cur, get_ident()
        try:
            cur.execute(text, params, prepare=True if prepare else None)
            rows: list[Row] = []
            if want_rows:
                # what ``cur.description is not None`` tells, without building its columns
                result = cur.pgresult
                if result is not None and (result.nfields or result.status in _ROW_STATUSES):
                    # tuples are Rows; list invariance needs the cast (no copy at run time)
                    rows = cast("list[Row]", cur.fetchall())
            rowcount = cur.rowcount
        except BaseException as exc:
            self._release(cur, True)
            if isinstance(exc, self._error):
                raise QueryError(_message(exc), text, list(params), exc) from exc
            raise
        # the kept cursor holds its last result until the next statement: not a big one
        self._release(cur, len(rows) > _KEEP_RESULT_ROWS)
        return rows, rowcount

    def _release(self, cur: psycopg.RawCursor[TupleRow], drop: bool) -> None:
        """Close ``cur`` unless it is the kept cursor and ``drop`` is false."""
        if cur is self._cursor:
            if not drop:
                return
            self._cursor = None
        cur.close()

    def run_dicts(self, text: str, params: Sequence[Any]) -> list[dict[str, Any]] | int:
        cur = self._raw_cursor(self.client)
        try:
            cur.execute(text, params)
            if cur.description is None:
                return int(cur.rowcount)
            names = [d.name for d in cur.description]
            return [dict(zip(names, row, strict=False)) for row in cur.fetchall()]
        except self._error as exc:
            raise QueryError(_message(exc), text, list(params), exc) from exc
        finally:
            cur.close()

    def stream(self, text: str, params: Sequence[Any]) -> Iterator[Row]:
        """psycopg's ``Cursor.stream``: rows arrive one by one (libpq single-row mode)."""
        cur = self._raw_cursor(self.client)
        try:
            yield from cur.stream(text, params)
        except self._error as exc:
            raise QueryError(_message(exc), text, list(params), exc) from exc
        finally:
            cur.close()

    def close(self) -> None:
        self._cursor = None
        self.client.close()

    def describe(self) -> str:
        return self.where


def _message(exc: psycopg.Error) -> str:
    diag = getattr(exc, "diag", None)
    primary = getattr(diag, "message_primary", None) if diag else None
    code = getattr(exc, "sqlstate", None)
    text = primary or str(exc).strip()
    return f"PostgreSQL error {code}: {text}" if code else f"PostgreSQL error: {text}"


def _describe_conn(conn: Connection) -> str:
    info = conn.info
    return f"{info.host}:{info.port}/{info.dbname} as {info.user}"
