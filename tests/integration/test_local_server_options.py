"""Local server binaries: the folder and port can be chosen (pytest-postgresql's
``--postgresql-exec`` / ``--postgresql-port``), and a wrong choice is one clear refusal."""

from __future__ import annotations

import socket

import pytest

from harness import connect
from harness.servers.base import ServerUnavailable
from harness.servers.local import free_port, postgres_bindir, start_local_postgres

needs_binaries = pytest.mark.skipif(
    postgres_bindir() is None, reason="needs local PostgreSQL server binaries (initdb, pg_ctl)"
)


@needs_binaries
def test_postgres_on_a_chosen_port_from_a_chosen_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    bindir = postgres_bindir()
    port = free_port()
    monkeypatch.setenv("HARNESS_POSTGRES_BINDIR", str(bindir))
    monkeypatch.setenv("HARNESS_POSTGRES_PORT", str(port))
    server = start_local_postgres()
    try:
        assert f":{port}/" in server.admin_url
        db = connect(server.admin_url)
        try:
            assert db.execute("select 1 as one") == [{"one": 1}]
        finally:
            db.close()
    finally:
        server.stop()


def test_wrong_folder_and_taken_port_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HARNESS_POSTGRES_BINDIR", "/nonexistent/bin")
    with pytest.raises(
        ServerUnavailable, match="HARNESS_POSTGRES_BINDIR=/nonexistent/bin: no initdb"
    ):
        start_local_postgres()
    monkeypatch.delenv("HARNESS_POSTGRES_BINDIR")
    if postgres_bindir() is None:
        return
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        monkeypatch.setenv("HARNESS_POSTGRES_PORT", str(taken.getsockname()[1]))
        with pytest.raises(ServerUnavailable, match="something already listens there"):
            start_local_postgres()
    monkeypatch.setenv("HARNESS_POSTGRES_PORT", "http")
    with pytest.raises(ServerUnavailable, match="expected a port number"):
        start_local_postgres()
