"""The bench's own databases (``harness_bench_*``) are dropped when the bench process ends.

Each benchmark module creates its database once per run; without this they stayed on the
server after every run.  ``atexit`` runs after the timed work; PostgreSQL's ``with (force)``
closes connections the cases still hold.
"""

from __future__ import annotations

import atexit
import logging

log = logging.getLogger("bench")


def drop_at_exit(server_url: str, name: str) -> None:
    """Drop database ``name`` on the server of ``server_url`` when the process exits."""
    atexit.register(_drop, server_url, name)


def _drop(server_url: str, name: str) -> None:
    from harness import connect, engines

    try:
        admin = connect(server_url)
    except Exception as exc:  # the server is gone: nothing to drop
        log.warning("could not drop %s: %s", name, exc)
        return
    try:
        # the dialect's own statement (PostgreSQL adds ``with (force)``)
        engines.for_url(server_url).dialect_class().admin.drop_database(admin, name)
    except Exception as exc:
        log.warning("could not drop %s: %s", name, exc)
    finally:
        admin.close()
