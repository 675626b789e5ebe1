"""PyMySQL session: autocommit, UTC session time zone, ``%s`` placeholders."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from threading import get_ident
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from harness.core.errors import ConnectionFailed, QueryError


def _pymysql() -> Any:
    try:
        import pymysql
    except ImportError:  # pragma: no cover - depends on the install
        raise ImportError(
            "MySQL support needs PyMySQL: pip install 'drizzle-harness[mysql]'"
        ) from None
    return pymysql


#: a reused cursor keeps its last result until the next statement: not past this many rows
_KEEP_RESULT_ROWS = 1000


def describe_url(url: str) -> str:
    parts = urlsplit(url)
    return (
        f"{parts.hostname or 'localhost'}:{parts.port or 3306}/{parts.path.lstrip('/')} "
        f"as {unquote(parts.username or '')}"
    )


class PyMySQLSession:
    """One PyMySQL connection in autocommit mode; transactions are explicit statements."""

    def __init__(self, client: Any, where: str = "") -> None:
        pymysql = _pymysql()
        self.client = client
        self.where = where or f"{client.host}:{client.port}/{client.db!r}"
        self._error = pymysql.MySQLError
        self._cursor: Any = None
        self._cursor_thread = 0
        client.autocommit(True)
        version = client.get_server_info() or ""
        self.server_version = version

    @classmethod
    def connect(cls, url: str) -> PyMySQLSession:
        pymysql = _pymysql()
        parts = urlsplit(url)
        query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        try:
            conn = pymysql.connect(
                host=parts.hostname or "localhost",
                port=parts.port or 3306,
                user=unquote(parts.username or "root"),
                password=unquote(parts.password or ""),
                database=parts.path.lstrip("/") or None,
                charset=query.get("charset", "utf8mb4"),
                autocommit=True,
                init_command="SET time_zone = '+00:00'",
            )
        except pymysql.MySQLError as exc:
            message = str(exc)
            if parts.password:
                message = message.replace(unquote(parts.password), "***")
            raise ConnectionFailed(
                f"could not connect to MySQL at {describe_url(url)}: {message}"
            ) from None
        return cls(conn, describe_url(url))

    def run(
        self, text: str, params: Sequence[Any], want_rows: bool, prepare: bool = False
    ) -> tuple[list[Any], int]:
        # one cursor serves every statement of the thread that made it (a cursor per
        # statement is a fixed cost as large as compiling a small query); any other thread
        # gets one per statement as before
        cur = self._cursor
        if cur is None or self._cursor_thread != get_ident():
            cur = self.client.cursor()
            if self._cursor is None:
                self._cursor, self._cursor_thread = cur, get_ident()
        try:
            cur.execute(text, tuple(params) if params else None)
            rows = list(cur.fetchall()) if want_rows and cur.description else []
            rowcount = cur.rowcount
        except BaseException as exc:
            self._release(cur, True)
            if isinstance(exc, self._error):
                raise QueryError(_message(exc), _readable(text), list(params), exc) from exc
            raise
        # the kept cursor holds its last result until the next statement: not a big one
        self._release(cur, len(rows) > _KEEP_RESULT_ROWS)
        return rows, rowcount

    def _release(self, cur: Any, drop: bool) -> None:
        """Close ``cur`` unless it is the kept cursor and ``drop`` is false."""
        if cur is self._cursor:
            if not drop:
                return
            self._cursor = None
        cur.close()

    def run_dicts(self, text: str, params: Sequence[Any]) -> Any:
        cur = self.client.cursor()
        try:
            cur.execute(text, tuple(params) if params else None)
            if cur.description is None:
                return cur.rowcount
            names = [d[0] for d in cur.description]
            return [dict(zip(names, row, strict=False)) for row in cur.fetchall()]
        except self._error as exc:
            raise QueryError(_message(exc), _readable(text), list(params), exc) from exc
        finally:
            cur.close()

    def stream(self, text: str, params: Sequence[Any]) -> Iterator[Any]:
        """PyMySQL's unbuffered cursor: rows are read from the socket as they are iterated."""
        cur = self.client.cursor(_pymysql().cursors.SSCursor)
        try:
            cur.execute(text, tuple(params) if params else None)
            yield from cur
        except self._error as exc:
            raise QueryError(_message(exc), _readable(text), list(params), exc) from exc
        finally:
            cur.close()

    def close(self) -> None:
        self._cursor = None
        self.client.close()

    def describe(self) -> str:
        return self.where


def _message(exc: Any) -> str:
    args: tuple[Any, ...] = tuple(getattr(exc, "args", ()))
    if len(args) >= 2:
        return f"MySQL error {args[0]}: {args[1]}"
    return f"MySQL error: {exc}"


def _readable(text: str) -> str:
    return text.replace("%%", "%")
