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


def test_a_zombie_that_is_not_our_child_counts_as_stopped() -> None:
    """A killed postmaster (daemonized by pg_ctl, so not our child) stays a zombie until its
    parent reaps it; waiting for it to vanish cost every run a second at shutdown."""
    import subprocess
    import time

    from harness.servers.local import alive

    # sh starts a short sleep in the background, then becomes a long sleep that never reaps it
    parent = subprocess.Popen(
        ["sh", "-c", "sleep 0.1 & echo $!; exec sleep 5"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert parent.stdout is not None
        orphan = int(parent.stdout.readline())
        time.sleep(0.5)
        with open(f"/proc/{orphan}/stat") as stat:
            assert stat.read().split(") ")[1].startswith("Z")  # still there, as a zombie
        assert not alive(orphan)
        assert alive(parent.pid)
    finally:
        parent.kill()
        parent.wait()
