"""Kit: ``pull`` of a 200-table database, harness vs the real drizzle-kit.

Pairs: ``harness_pull_200_mysql`` vs ``drizzle_kit_pull_200_mysql`` and
``harness_pull_200_postgres`` vs ``drizzle_kit_pull_200_postgres`` (the peers): the whole
command as a user runs it (``python -m harness pull`` / ``npx drizzle-kit pull``, each a fresh
process) against the same database, into an empty out folder (the reset, untimed, removes
it).  The database is created once per run with 200 tables: integer keys, varchar/text/
boolean/decimal/datetime/enum columns, defaults, a foreign key to the previous table, a unique
constraint and two indexes each.  No ``json`` column: on MariaDB (json = longtext + a CHECK
named after the column) drizzle-kit 0.31's pull joins every such check to every table of that
name and exits 1 without a message on this schema (harness pulls it; checked by hand).

The PostgreSQL database is ``bench.kit_generate``'s 200-table one (pushed once per run).

Needs Node.js and ``tests/conformance/generate_ref/node_modules`` (``npm ci`` there), and the
local MariaDB/MySQL (``HARNESS_MYSQL_URL``) and PostgreSQL (``HARNESS_POSTGRES_URL``).
"""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.databases import drop_at_exit
from bench.kit_generate import REF, _npx, _run

URL = os.environ.get("HARNESS_MYSQL_URL", "mysql://root@127.0.0.1:3306/test")
TABLES = 200
_STATE: dict[str, Any] = {}


def mysql_schema(tables: int) -> str:
    lines = [
        "from harness.mysql import boolean, datetime, decimal, index, int_, mysql_enum,"
        " mysql_table, text, unique, varchar",
    ]
    for n in range(tables):
        ref = f", 'parent_id': int_('parent_id').references(lambda: t{n - 1}.id)" if n else ""
        lines.append(
            f"t{n} = mysql_table('t{n}', {{"
            "'id': int_().primary_key().autoincrement(), "
            "'name': varchar(length=120).not_null(), 'body': text(), "
            "'active': boolean().default(True).not_null(), "
            "'price': decimal(precision=10, scale=2).default('0.00'), "
            "'created_at': datetime('created_at').default_now().not_null(), "
            f"'status': mysql_enum(['new', 'active', 'closed']).default('new'){ref}}}, "
            f"lambda t: [unique('t{n}_name_status_unique').on(t.name, t.status), "
            f"index('t{n}_name_idx').on(t.name), index('t{n}_created_idx').on(t.created_at)])"
        )
    return "\n".join(lines) + "\n"


def _database() -> str:
    if "url" not in _STATE:
        from harness import connect
        from harness.kit import create_schema
        from harness.kit.config import Config
        from harness.kit.declarations import schema_modules

        admin = connect(URL)
        try:
            admin.execute("drop database if exists harness_bench_pull")
            admin.execute("create database harness_bench_pull character set utf8mb4")
            drop_at_exit(URL, "harness_bench_pull")
        finally:
            admin.close()
        url = URL.rsplit("/", 1)[0] + "/harness_bench_pull"
        root = Path(tempfile.mkdtemp(prefix="harness_bench_pull_"))
        atexit.register(shutil.rmtree, root, True)
        (root / "schema.py").write_text(mysql_schema(TABLES))
        module = schema_modules(Config(dialect="mysql", schema=("schema.py",), root=root))[0]
        db = connect(url)
        try:
            create_schema(db, module)
        finally:
            db.close()
        _STATE["url"] = url
    return str(_STATE["url"])


def harness_pull(
    dialect: str = "mysql", url: str | None = None
) -> tuple[Callable[[], Any], Callable[[], Any]]:
    url = url or _database()
    root = Path(tempfile.mkdtemp(prefix="harness_bench_pull_h_"))
    atexit.register(shutil.rmtree, root, True)
    (root / "drizzle.config.py").write_text(
        "from harness.kit import define_config\n"
        f"config = define_config(dialect={dialect!r}, out='out', "
        f"db_credentials={{'url': {url!r}}})\n"
    )
    command = [sys.executable, "-m", "harness", "pull", "--name", "bench"]
    return lambda: _run(command, root), lambda: shutil.rmtree(root / "out", ignore_errors=True)


def drizzle_kit_pull(
    dialect: str = "mysql", url: str | None = None
) -> tuple[Callable[[], Any], Callable[[], Any]]:
    url = url or _database()
    folder = REF / f".bench_pull_{dialect}_{os.getpid()}"
    folder.mkdir(exist_ok=True)
    atexit.register(shutil.rmtree, folder, True)
    (folder / "drizzle.config.mjs").write_text(
        f'export default {{ dialect: "{dialect}", out: "./{folder.name}/out", '
        f"dbCredentials: {{ url: {url!r} }} }};\n"
    )
    command = [_npx(), "drizzle-kit", "pull", "--config", f"{folder.name}/drizzle.config.mjs"]
    return lambda: _run(command, REF), lambda: shutil.rmtree(folder / "out", ignore_errors=True)


def _pg_url() -> str:
    from bench.kit_generate import _pushed_database

    return _pushed_database()[0]


CASES = {
    "harness_pull_200_mysql": harness_pull,
    "drizzle_kit_pull_200_mysql": drizzle_kit_pull,
    "harness_pull_200_postgres": lambda: harness_pull("postgresql", _pg_url()),
    "drizzle_kit_pull_200_postgres": lambda: drizzle_kit_pull("postgresql", _pg_url()),
}
PAIRS = [
    ("harness_pull_200_mysql", "drizzle_kit_pull_200_mysql"),
    ("harness_pull_200_postgres", "drizzle_kit_pull_200_postgres"),
]
