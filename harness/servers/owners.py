"""Who owns a database the harness created, written into the database's name.

A run killed with SIGKILL (a CI timeout, an IDE's stop button) cannot drop the databases its
processes created.  So each such database carries its owner in its name: a hash of the host
name, the process id and the process's start time (``<host>_<pid>_<start>``).  The next run's
set-up drops those whose owner ran on this host and is gone (no such process, a zombie, or the
pid now belongs to a process that started at another time).  Databases made on other hosts are
never touched: their owners cannot be checked from here.

The start time is the kernel's (``/proc/<pid>/stat``, clock ticks since boot, base 36), so a pid
reused by an unrelated process does not keep a dead run's databases alive; where ``/proc`` is
missing it is ``0`` and only the pid is checked.
"""

from __future__ import annotations

import hashlib
import logging
import os
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

log = logging.getLogger("harness.servers")

_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def _base36(number: int) -> str:
    text = ""
    while True:
        number, digit = divmod(number, 36)
        text = _DIGITS[digit] + text
        if number == 0:
            return text


def host_key() -> str:
    """Six hex digits naming this host (its host name, hashed: names are short and safe)."""
    return hashlib.sha256(socket.gethostname().encode()).hexdigest()[:6]


def _stat(pid: int) -> list[str] | None:
    """The fields of ``/proc/<pid>/stat`` after the command name (state first), or None."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return text[text.rfind(")") + 2 :].split()


def process_start(pid: int) -> str:
    """When ``pid`` started (clock ticks since boot, base 36); ``0`` when unknown."""
    fields = _stat(pid)
    if fields is None or len(fields) < 20:
        return "0"
    return _base36(int(fields[19]))


def _has_proc() -> bool:
    return Path(f"/proc/{os.getpid()}/stat").exists()


@dataclass(frozen=True)
class Owner:
    """The process a database belongs to."""

    host: str
    pid: int
    start: str

    @classmethod
    def current(cls) -> Owner:
        pid = os.getpid()
        return cls(host_key(), pid, process_start(pid))

    @classmethod
    def run(cls) -> Owner:
        """The owner of the servers and containers this process starts: the process itself,
        unless :func:`set_run_owner` named another one (an xdist worker names its controller,
        which outlives it and stops the servers at the end of the run)."""
        return _run_owner or cls.current()

    @property
    def token(self) -> str:
        """``<host>_<pid>_<start>``, as it appears in database names."""
        return f"{self.host}_{self.pid}_{self.start}"

    @classmethod
    def parse(cls, text: str) -> Owner | None:
        """The owner at the start of ``text`` (``<host>_<pid>_<start>[_...]``), else None."""
        parts = text.split("_")
        if len(parts) < 3:
            return None
        host, pid, start = parts[:3]
        if len(host) != 6 or not pid.isdigit() or not start.isalnum():
            return None
        try:
            int(host, 16)
        except ValueError:
            return None
        return cls(host, int(pid), start)

    def on_this_host(self) -> bool:
        return self.host == host_key()

    def alive(self) -> bool:
        """Whether the owning process still runs (only answerable on its own host: True
        elsewhere, so that nobody drops another host's databases)."""
        if not self.on_this_host():
            return True
        if not _has_proc():  # no /proc: the pid alone decides
            from harness.servers.local import alive

            return alive(self.pid)
        fields = _stat(self.pid)
        if fields is None or fields[0] in ("Z", "X"):  # gone, or a zombie nobody reaped
            return False
        return self.start == "0" or process_start(self.pid) == self.start


_run_owner: Owner | None = None


def set_run_owner(owner: Owner | None) -> None:
    """Servers and containers started from now on belong to ``owner`` (None: this process).

    A process-wide setting on purpose: the pytest plugin's xdist workers start servers on
    behalf of the controller process, and crash reaping must look at the controller's life."""
    global _run_owner
    _run_owner = owner


class _Databases(Protocol):
    def database_names(self, prefix: str) -> list[str]: ...

    def drop_database(self, name: str) -> None: ...


def owned_name(prefix: str, owner: Owner, suffix: str) -> str:
    """``<prefix><owner token>_<suffix>``: a database name that records its owner."""
    return f"{prefix}{owner.token}_{suffix}"


def owner_of(name: str, prefix: str) -> Owner | None:
    """The owner recorded in ``name`` (made by ``owned_name`` with ``prefix``), else None."""
    if not name.startswith(prefix):
        return None
    return Owner.parse(name[len(prefix) :])


def abandoned(names: list[str], prefix: str) -> list[str]:
    """The names among ``names`` whose owner ran on this host and is gone."""
    found = []
    for name in names:
        owner = owner_of(name, prefix)
        if owner is not None and not owner.alive():
            found.append(name)
    return found


def reap(server: _Databases, prefixes: tuple[str, ...]) -> list[str]:
    """Drop the databases with one of ``prefixes`` whose owner (on this host) is gone;
    returns their names.  A database that cannot be dropped is logged and left."""
    dropped = []
    for prefix in prefixes:
        # LIKE treats ``_`` as a wildcard: the exact prefix is checked again by ``owner_of``
        for name in abandoned(server.database_names(prefix), prefix):
            try:
                server.drop_database(name)
            except Exception as exc:
                log.warning("could not drop %s, left by a killed run: %s", name, exc)
                continue
            log.info("dropped %s, left by a killed run", name)
            dropped.append(name)
    return dropped
