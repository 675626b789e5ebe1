"""Local server binaries started in a temporary directory on a free port, tuned for tests.

PostgreSQL: ``initdb`` + ``pg_ctl`` (found on PATH, via ``pg_config --bindir`` or in
``/usr/lib/postgresql/*/bin``).  MariaDB/MySQL: ``mariadb-install-db``/``mysql_install_db`` +
``mariadbd``/``mysqld``.  Durability is off (fsync, doublewrite, flush at commit): test data is
disposable.  PostgreSQL and MariaDB refuse to run as root, so under root the server runs as the
``postgres``/``mysql`` system user when it exists.

Each server lives in ``<state dir>/servers/<dialect>-<port>/`` with ``owner.json`` (the pytest
process that started it, the server pid, kept or not).  A run that was killed (SIGKILL) leaves its
server behind; the next ``start`` finds it through that file (owner dead, not kept) and removes
it.  Kept servers (``--db-keep``) are reused by ``--db-reuse``.
"""

from __future__ import annotations

import contextlib
import glob
import json
import logging
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

from harness.servers.base import Server, ServerUnavailable
from harness.servers.owners import Owner

log = logging.getLogger("harness.servers")


def state_dir() -> Path:
    """The harness's state (``HARNESS_STATE_DIR``, default ``$TMPDIR/drizzle-harness``)."""
    path = Path(
        os.environ.get("HARNESS_STATE_DIR", Path(tempfile.gettempdir()) / "drizzle-harness")
    )
    path.mkdir(parents=True, exist_ok=True)
    return path


def servers_dir() -> Path:
    """Where local servers live, one ``<dialect>-<port>/`` folder each."""
    path = state_dir() / "servers"
    path.mkdir(parents=True, exist_ok=True)
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def alive(pid: int) -> bool:
    with contextlib.suppress(ChildProcessError):
        if os.waitpid(pid, os.WNOHANG)[0] == pid:  # our own child that exited: reaped now
            return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # a killed server that is not our child (pg_ctl daemonizes the postmaster) stays a zombie
    # until its parent reaps it, which may take a second or never happen: it is gone for us
    return not _is_zombie(pid)


def _is_zombie(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat[stat.rfind(")") + 2 :][:1] in ("Z", "X")


def _which(names: list[str], extra_dirs: list[str]) -> str | None:
    for name in names:
        found = shutil.which(name)
        if found:
            return found
        for directory in extra_dirs:
            candidate = Path(directory) / name
            if candidate.exists():
                return str(candidate)
    return None


def _fixed_port(variable: str) -> int:
    """The port ``variable`` names (pytest-postgresql's ``--postgresql-port``), else a free one;
    a taken or malformed one is refused, naming the variable."""
    value = os.environ.get(variable)
    if not value:
        return free_port()
    if not value.isdigit() or not 0 < int(value) < 65536:
        raise ServerUnavailable(f"{variable}={value!r}: expected a port number (1-65535)")
    port = int(value)
    with socket.socket() as probe:
        if probe.connect_ex(("127.0.0.1", port)) == 0:
            raise ServerUnavailable(
                f"{variable}={port}: something already listens there; choose a free port or "
                f"unset {variable}"
            )
    return port


def postgres_bindir() -> Path | None:
    """Where initdb/pg_ctl are: ``HARNESS_POSTGRES_BINDIR`` (pytest-postgresql's
    ``--postgresql-exec`` folder), else PATH, pg_config and /usr/lib/postgresql/*/bin."""
    configured = os.environ.get("HARNESS_POSTGRES_BINDIR")
    if configured:
        bindir = Path(configured)
        if not (bindir / "initdb").exists():
            raise ServerUnavailable(
                f"HARNESS_POSTGRES_BINDIR={configured}: no initdb there; point it at the "
                f"folder holding initdb and pg_ctl"
            )
        return bindir
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).parent
    pg_config = shutil.which("pg_config")
    if pg_config:
        out = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, check=False)
        bindir = Path(out.stdout.strip())
        if (bindir / "initdb").exists():
            return bindir
    versions = sorted(
        glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2].split(".")[0])
    )
    for candidate in reversed(versions):
        if (Path(candidate) / "initdb").exists():
            return Path(candidate)
    return None


def mariadb_binaries() -> tuple[str, str] | None:
    """mariadb-install-db and mariadbd: from ``HARNESS_MARIADB_BINDIR`` when set, else PATH
    and the usual folders."""
    configured = os.environ.get("HARNESS_MARIADB_BINDIR")
    if configured:
        names = (["mariadb-install-db", "mysql_install_db"], ["mariadbd", "mysqld"])
        found = [
            next(
                (str(Path(configured) / n) for n in group if (Path(configured) / n).exists()), None
            )
            for group in names
        ]
        if not all(found):
            raise ServerUnavailable(
                f"HARNESS_MARIADB_BINDIR={configured}: mariadb-install-db and mariadbd are not "
                f"both there"
            )
        return found[0] or "", found[1] or ""
    dirs = ["/usr/sbin", "/usr/bin", "/usr/local/mysql/bin"]
    install = _which(["mariadb-install-db", "mysql_install_db"], dirs)
    server = _which(["mariadbd", "mysqld"], dirs)
    return (install, server) if install and server else None


def _run_as(user: str | None) -> dict[str, Any]:
    """subprocess kwargs that drop root to ``user`` (servers refuse to run as root)."""
    if user is None:
        return {}
    return {"user": user, "group": pwd.getpwnam(user).pw_gid}


def _service_user(name: str) -> str | None:
    if os.geteuid() != 0:
        return None
    try:
        pwd.getpwnam(name)
    except KeyError:
        raise ServerUnavailable(
            f"running as root, but there is no {name!r} system user to run the local server as"
        ) from None
    return name


def _chown_tree(path: Path, user: str | None) -> None:
    if user is None:
        return
    entry = pwd.getpwnam(user)
    for root, dirs, files in os.walk(path):
        os.chown(root, entry.pw_uid, entry.pw_gid)
        for name in dirs + files:
            os.chown(os.path.join(root, name), entry.pw_uid, entry.pw_gid)


def _write_owner(home: Path, **info: Any) -> None:
    (home / "owner.json").write_text(json.dumps(info))


def _read_owner(home: Path) -> dict[str, Any]:
    try:
        data: dict[str, Any] = json.loads((home / "owner.json").read_text())
        return data
    except (OSError, ValueError):
        return {}


def _kill_server(info: dict[str, Any]) -> None:
    pid = info.get("server_pid")
    if isinstance(pid, int) and alive(pid):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        for _ in range(100):
            if not alive(pid):
                break
            time.sleep(0.02)


def clean_stale_servers() -> list[str]:
    """Remove servers whose pytest process died (and that were not kept); returns their dirs."""
    removed = []
    for home in sorted(servers_dir().glob("*-*")):
        info = _read_owner(home)
        owner = info.get("owner_pid")
        if info.get("kept") or (isinstance(owner, int) and alive(owner)):
            continue
        _kill_server(info)
        shutil.rmtree(home, ignore_errors=True)
        removed.append(str(home))
        log.info("removed a server left by a crashed run: %s", home)
    return removed


def kept_server(dialect: str) -> Server | None:
    """A server kept by an earlier run (``--db-keep``) that still answers."""
    for home in sorted(servers_dir().glob(f"{dialect}-*")):
        info = _read_owner(home)
        if (
            info.get("kept")
            and isinstance(info.get("server_pid"), int)
            and alive(info["server_pid"])
        ):
            server = Server(dialect, info["url"], "local (reused)", details={"home": str(home)})
            server.stopper = _stopper(home, info)
            with contextlib.suppress(Exception):
                server.fill_version()
                return server
    return None


def _stopper(home: Path, info: dict[str, Any]) -> Any:
    def stop() -> None:
        _kill_server(info)
        shutil.rmtree(home, ignore_errors=True)

    return stop


def stop_local(home: Path) -> None:
    """Stop the local server living in ``home`` and remove its folder (a server another
    process of the same run started: the record in ``home`` says which process to stop)."""
    _stopper(home, _read_owner(home))()


def _wait_until(check: Any, what: str, log_file: Path, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.1)
    tail = log_file.read_text(errors="replace")[-2000:] if log_file.exists() else ""
    raise ServerUnavailable(
        f"{what} did not start within {seconds:.0f}s; its log ends with:\n{tail}"
    )


def _answers(url: str) -> bool:
    from harness.connect import connect

    try:
        connect(url).close()
    except Exception:
        return False
    return True


def start_local_postgres(keep: bool = False) -> Server:
    bindir = postgres_bindir()
    if bindir is None:
        raise ServerUnavailable("no PostgreSQL server binaries (initdb, pg_ctl) found")
    user = _service_user("postgres")
    port = _fixed_port("HARNESS_POSTGRES_PORT")
    home = servers_dir() / f"postgresql-{port}"
    home.mkdir(parents=True)
    data, log_file = home / "data", home / "server.log"
    _chown_tree(home, user)
    env = {**os.environ, "LC_ALL": "C.UTF-8"}
    subprocess.run(
        [
            str(bindir / "initdb"),
            "-D",
            str(data),
            "-U",
            "postgres",
            "--auth=trust",
            "--no-sync",
            "-E",
            "UTF8",
        ],
        check=True,
        capture_output=True,
        env=env,
        cwd=str(home),
        **_run_as(user),
    )
    options = (
        f"-p {port} -k {home} -c listen_addresses=127.0.0.1 -c fsync=off "
        "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
    )
    subprocess.run(
        [
            str(bindir / "pg_ctl"),
            "-D",
            str(data),
            "-o",
            options,
            "-l",
            str(log_file),
            "-w",
            "-t",
            "60",
            "start",
        ],
        check=True,
        capture_output=True,
        env=env,
        cwd=str(home),
        **_run_as(user),
    )
    server_pid = int((data / "postmaster.pid").read_text().splitlines()[0])
    url = f"postgresql://postgres@127.0.0.1:{port}/postgres"
    info = {"owner_pid": Owner.run().pid, "server_pid": server_pid, "url": url, "kept": keep}
    _write_owner(home, **info)
    server = Server("postgresql", url, "local binaries", details={"home": str(home), "fresh": True})
    server.stopper = _stopper(home, info)
    server.fill_version()
    return server


def start_local_mariadb(keep: bool = False) -> Server:
    binaries = mariadb_binaries()
    if binaries is None:
        raise ServerUnavailable(
            "no MariaDB/MySQL server binaries (mariadb-install-db, mariadbd) found"
        )
    install, daemon = binaries
    user = _service_user("mysql")
    port = _fixed_port("HARNESS_MARIADB_PORT")
    home = servers_dir() / f"mysql-{port}"
    home.mkdir(parents=True)
    data, log_file = home / "data", home / "server.log"
    _chown_tree(home, user)
    user_args = [f"--user={user}"] if user else []
    subprocess.run(
        [
            install,
            "--no-defaults",
            f"--datadir={data}",
            "--auth-root-authentication-method=normal",
            "--skip-test-db",
            *user_args,
        ],
        check=True,
        capture_output=True,
        cwd=str(home),
    )
    process = subprocess.Popen(
        [
            daemon,
            "--no-defaults",
            f"--datadir={data}",
            f"--port={port}",
            "--bind-address=127.0.0.1",
            f"--socket={home / 'mysqld.sock'}",
            f"--pid-file={home / 'mysqld.pid'}",
            f"--log-error={log_file}",
            "--skip-log-bin",
            "--innodb-flush-log-at-trx-commit=0",
            "--innodb-doublewrite=0",
            "--skip-name-resolve",
            *user_args,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=str(home),
        start_new_session=True,
    )
    url = f"mysql://root@127.0.0.1:{port}/"
    info = {"owner_pid": Owner.run().pid, "server_pid": process.pid, "url": url, "kept": keep}
    _write_owner(home, **info)
    _wait_until(lambda: _answers(url), "MariaDB", log_file)
    server = Server("mysql", url, "local binaries", details={"home": str(home), "fresh": True})
    server.stopper = _stopper(home, info)
    server.fill_version()
    return server


LOCAL_STARTERS = {"postgresql": start_local_postgres, "mysql": start_local_mariadb}
