"""An existing server given by URL: the harness only creates and drops its own databases
(``harness_`` prefix) there and never touches the others."""

from __future__ import annotations

from harness import engines
from harness.servers.base import Server


def dialect_of_url(url: str) -> str:
    """``postgresql`` / ``mysql`` / ``sqlite`` for a URL (its scheme decides)."""
    return engines.for_url(url).dialect


def url_server(url: str) -> Server:
    server = Server(dialect_of_url(url), url, "url")
    server.fill_version()
    return server
