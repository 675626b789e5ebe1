"""An existing server given by URL: the harness only creates and drops its own databases
(``harness_`` prefix) there and never touches the others."""

from __future__ import annotations

from harness.connect import dialect_module
from harness.servers.base import Server

SCHEME_DIALECT = {
    "harness.pg.session": "postgresql",
    "harness.mysql.session": "mysql",
    "harness.sqlite.session": "sqlite",
}


def dialect_of_url(url: str) -> str:
    """``postgresql`` / ``mysql`` / ``sqlite`` for a URL (its scheme decides)."""
    return SCHEME_DIALECT[dialect_module(url)]


def url_server(url: str) -> Server:
    server = Server(dialect_of_url(url), url, "url")
    server.fill_version()
    return server
