"""PyMySQL session: autocommit, UTC session time zone, ``%s`` placeholders."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
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
        cur = self.client.cursor()
        try:
            cur.execute(text, tuple(params) if params else None)
            rows = list(cur.fetchall()) if want_rows and cur.description else []
            return rows, cur.rowcount
        except self._error as exc:
            raise QueryError(_message(exc), _readable(text), list(params), exc) from exc
        finally:
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
