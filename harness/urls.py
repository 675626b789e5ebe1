"""Database URLs: which strings are database URLs (the one place that decides), and how they
are shown (the password never appears in output).

``parse(url)`` accepts, and refuses everything else with ``InvalidUrl`` (one line naming the
cause and the fix, the password masked):

* servers: ``postgresql://`` / ``postgres://``, ``mysql://``, ``mariadb://`` (a ``+driver``
  suffix is ignored) with a host (PostgreSQL: or ``?host=/socket/dir``; a ``h1:5432,h2:5432``
  host list too) and, if given, a port from 1 to 65535;
* SQLite files: ``sqlite:///rel.db``, ``sqlite:////abs.db``, ``sqlite://rel.db``,
  ``file:rel.db``, ``file:///abs.db``, or a bare path ending in ``.db``, ``.sqlite`` or
  ``.sqlite3``;
* SQLite in memory: ``:memory:``, ``sqlite::memory:``, ``sqlite://:memory:``,
  ``file::memory:``, ``sqlite://``.

``validate(url, need_database=True)`` also refuses a MySQL/MariaDB URL without a database (the
Kit's commands need one; a server-level URL is fine for administration).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, unquote, urlsplit, urlunsplit

from harness import engines
from harness.core.errors import InvalidUrl

__all__ = ["MEMORY", "SQLITE_SUFFIXES", "DatabaseUrl", "InvalidUrl", "mask_url", "parse"]

MEMORY = ":memory:"
#: a bare path (no scheme) is a SQLite file only with one of these suffixes
SQLITE_SUFFIXES = (".db", ".sqlite", ".sqlite3")
_MEMORY_FORMS = (
    MEMORY,
    "sqlite::memory:",
    "sqlite://:memory:",
    "sqlite:///:memory:",
    "file::memory:",
)
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*$")
_HOST_PORT = re.compile(r"^[\w.-]+:\d+(/|$)")
#: ``user:password@`` at the start (after an optional ``scheme://``), for strings urlsplit
#: does not read as URLs
_USER_INFO = re.compile(r"^((?:[A-Za-z][A-Za-z0-9+.-]*://)?[^:/?#@\s]+):([^@\s]*)@")
_QUERY_PASSWORD = re.compile(r"([?&]password=)[^&#]*", re.IGNORECASE)
_EXAMPLES = (
    "postgresql://user@host:5432/db, mysql://user@host:3306/db, sqlite:///path/to/file.db "
    "(or a path ending in .db/.sqlite/.sqlite3, or :memory:)"
)


class UnknownScheme(InvalidUrl, engines.UnknownEngine):
    """A URL scheme no engine serves (also an ``engines.UnknownEngine``)."""


def mask_url(url: str) -> str:
    """``url`` with its password replaced by ``***`` (unchanged when it has none)."""
    masked = _QUERY_PASSWORD.sub(r"\1***", url)
    if "://" in masked:
        try:
            parts = urlsplit(masked)
            password = parts.password
        except ValueError:  # e.g. an unbalanced [ in the host: mask by pattern below
            pass
        else:
            if password is None:
                return masked
            user_info, host = parts.netloc.rsplit("@", 1)
            user = user_info.split(":", 1)[0]
            return urlunsplit(
                (parts.scheme, f"{user}:***@{host}", parts.path, parts.query, parts.fragment)
            )
    # not read as a URL (``user:pw@host:5432/db`` without a scheme, a broken IPv6 host)
    return _USER_INFO.sub(r"\1:***@", masked, count=1)


@dataclass(frozen=True)
class DatabaseUrl:
    """A URL ``parse`` accepted."""

    url: str
    engine: engines.Engine
    #: servers: the host (PostgreSQL: the host list as written); None for SQLite or a socket
    host: str | None = None
    port: int | None = None
    #: servers: the database name ("" when the URL names none); SQLite: the file path or
    #: ``:memory:``
    database: str = ""

    @property
    def memory(self) -> bool:
        """True for an in-memory SQLite database."""
        return self.engine.serverless and self.database == MEMORY

    @property
    def shown(self) -> str:
        return mask_url(self.url)


def _refuse(url: str, problem: str) -> InvalidUrl:
    return InvalidUrl(f"database URL {mask_url(url)!r}: {problem}")


def parse(url: str) -> DatabaseUrl:
    """The engine and parts of ``url``; raises ``InvalidUrl`` for anything that is not one."""
    if not isinstance(url, str):
        raise InvalidUrl(
            f"database URL must be a string, got {type(url).__name__}; e.g. {_EXAMPLES}"
        )
    if not url.strip():
        raise InvalidUrl(f"database URL is empty; use one of: {_EXAMPLES}")
    if url != url.strip() or any(ord(c) < 32 for c in url):
        raise _refuse(url, "has whitespace at an end or a control character; remove it")
    sqlite = engines.get("sqlite")
    if url in _MEMORY_FORMS:
        return DatabaseUrl(url, sqlite, database=MEMORY)
    if url.startswith("file:"):
        return DatabaseUrl(url, sqlite, database=_file_path(url))
    scheme, sep, rest = url.partition("://")
    if not sep:
        return _bare(url)
    if not _SCHEME.match(scheme):
        raise _refuse(url, f"not a database URL; use one of: {_EXAMPLES}")
    name = scheme.split("+")[0].lower()
    try:
        engine = engines.for_scheme(name)
    except engines.UnknownEngine as exc:
        raise UnknownScheme(str(exc)) from None
    if engine.serverless:
        # sqlite:///rel.db -> rel.db, sqlite:////abs.db -> /abs.db, sqlite://rel.db -> rel.db
        path = rest[1:] if rest.startswith("/") else rest
        return DatabaseUrl(url, engine, database=path or MEMORY)
    return _server(url, engine)


def _file_path(url: str) -> str:
    """``file:rel.db`` -> ``rel.db``; ``file:///abs.db`` / ``file://localhost/abs.db`` ->
    ``/abs.db``; ``file::memory:`` -> ``:memory:``."""
    path = url[len("file:") :]
    if path.startswith("//"):
        authority, slash, tail = path[2:].partition("/")
        if authority not in ("", "localhost") or not slash:
            raise _refuse(
                url,
                "a file URL needs three slashes for an absolute path (file:///abs/app.db) "
                "or none for a relative one (file:app.db)",
            )
        path = "/" + tail
    if not path.strip("/"):
        raise _refuse(url, "names no file; use file:app.db, file:///abs/app.db or :memory:")
    return unquote(path)


def _bare(url: str) -> DatabaseUrl:
    """A string without ``://``: a SQLite file only when it says so by its suffix."""
    if url.startswith("sqlite:"):
        raise _refuse(
            url,
            f"write sqlite:///{url[len('sqlite:') :]} for a SQLite file "
            f"(sqlite::memory: for an in-memory database)",
        )
    if url.lower().endswith(SQLITE_SUFFIXES):
        return DatabaseUrl(url, engines.get("sqlite"), database=url)
    if _HOST_PORT.match(url) or "@" in url:
        shown = mask_url(url)
        raise _refuse(
            url,
            f"no scheme; write postgresql://{shown} or mysql://{shown} "
            f"(a SQLite file: sqlite:///path.db)",
        )
    raise _refuse(
        url,
        f"not a database URL (no scheme, and not a path ending in "
        f"{'/'.join(SQLITE_SUFFIXES)}); use one of: {_EXAMPLES}",
    )


def _port(url: str, text: str) -> int | None:
    if text == "":
        return None
    if not text.isdigit():
        raise _refuse(url, f"port {text!r} is not a number; write host:5432 or leave it out")
    port = int(text)
    if not 1 <= port <= 65535:
        raise _refuse(url, f"port {port} is out of range (1-65535)")
    return port


def _server(url: str, engine: engines.Engine) -> DatabaseUrl:
    try:
        parts = urlsplit(url)
    except ValueError as exc:  # e.g. an unbalanced [ in an IPv6 host
        raise _refuse(url, f"cannot be read as a URL ({exc})") from None
    hosts = parts.netloc.rpartition("@")[2]
    database = unquote(parts.path.lstrip("/"))
    socket = engine.url_host_lists and "host" in parse_qs(parts.query)
    if not hosts:
        if socket:  # postgresql:///db?host=/var/run/postgresql: a Unix socket, on purpose
            return DatabaseUrl(url, engine, database=database)
        raise _refuse(
            url,
            f"no host; write {parts.scheme}://user@localhost/{database or 'db'} "
            f"(an empty host would connect wherever the driver's defaults point)",
        )
    # libpq takes a host list: h1:5432,h2:5433
    specs = hosts.split(",") if engine.url_host_lists else [hosts]
    port: int | None = None
    names: list[str] = []
    for spec in specs:
        if spec.startswith("["):  # [::1]:5432
            host, bracket, after = spec[1:].partition("]")
            if not bracket or (after and not after.startswith(":")):
                raise _refuse(url, f"cannot read the host {spec!r}; write [::1]:5432")
            port_text = after[1:]
        else:
            host, _, port_text = spec.partition(":")
        if not host:
            raise _refuse(url, f"an empty host in {hosts!r}; name each host")
        this_port = _port(url, port_text)
        port = this_port if port is None else port
        names.append(unquote(host))
    return DatabaseUrl(url, engine, host=",".join(names), port=port, database=database)


def validate(url: str, *, need_database: bool = False) -> DatabaseUrl:
    """``parse(url)``, and with ``need_database`` a MySQL/MariaDB URL must name a database
    (PostgreSQL falls back to the user's database, as libpq does; SQLite names a file)."""
    parsed = parse(url)
    if need_database and parsed.engine.url_needs_database and not parsed.database:
        base = url.split("?", 1)[0].rstrip("/")
        raise _refuse(url, f"names no database; write {mask_url(base)}/<database>")
    return parsed
