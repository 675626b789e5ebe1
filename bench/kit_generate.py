"""Kit: ``generate`` on a 200-table schema, and ``push`` against a 200-table database.

Pairs:

- ``harness_generate_200`` vs ``drizzle_kit_generate_200`` (the peer): the whole command, as a
  user runs it (``python -m harness generate`` / ``npx drizzle-kit generate``, each a fresh
  process), on the same schema written in Python and in TypeScript, into an empty out folder
  (the reset, untimed, empties it).  PostgreSQL dialect: 200 tables with integer identity keys,
  varchar/text/boolean/numeric/jsonb/uuid/timestamp/enum columns, defaults, a foreign key to
  the previous table, a unique constraint and two indexes each.
- ``harness_generate_800_per_table`` vs ``harness_generate_50_per_table``: in-process
  ``generate()`` time per table at 800 and at 50 tables; near 1.0 means it grows linearly.
- ``harness_push_200`` vs ``drizzle_kit_push_200`` (the peer): reading a PostgreSQL database
  that already has the 200 tables, diffing it with the declarations and finding nothing to do
  (``python -m harness push`` / ``npx drizzle-kit push``, each a fresh process).

Needs Node.js and ``tests/conformance/generate_ref/node_modules`` (``npm ci`` there) for the
drizzle-kit side, and the local PostgreSQL (``HARNESS_POSTGRES_URL``) for the push pair.
"""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.databases import drop_at_exit

REF = Path(__file__).parents[1] / "tests" / "conformance" / "generate_ref"
URL = os.environ.get("HARNESS_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
ENUM = ["new", "active", "closed"]


def python_schema(tables: int) -> str:
    lines = [
        "from harness import sql",
        "from harness.pg import boolean, index, integer, jsonb, numeric, pg_enum, pg_table,",
        "    text, timestamp, unique, uuid, varchar",
        "",
        f"state = pg_enum('state', {ENUM!r})",
    ]
    lines[1] = lines[1] + " \\"
    for n in range(tables):
        ref = f", 'parent_id': integer('parent_id').references(lambda: t{n - 1}.id)" if n else ""
        lines.append(
            f"t{n} = pg_table('t{n}', {{"
            "'id': integer().primary_key().generated_always_as_identity(), "
            "'name': varchar(length=120).not_null(), 'body': text(), "
            "'active': boolean().default(True).not_null(), "
            "'price': numeric(precision=10, scale=2).default('0'), "
            "'meta': jsonb().default({}), 'ref': uuid().default_random(), "
            "'created_at': timestamp('created_at', with_timezone=True).default_now().not_null(), "
            f"'status': state().default('new'){ref}}}, "
            f"lambda t: [unique('t{n}_name_ref_unique').on(t.name, t.ref), "
            f"index('t{n}_name_idx').on(t.name), index('t{n}_created_idx').on(t.created_at)])"
        )
    return "\n".join(lines) + "\n"


def typescript_schema(tables: int) -> str:
    lines = [
        "import { boolean, index, integer, jsonb, numeric, pgEnum, pgTable, text, timestamp, "
        'unique, uuid, varchar } from "drizzle-orm/pg-core";',
        f'export const state = pgEnum("state", {ENUM!r});'.replace("'", '"'),
    ]
    for n in range(tables):
        ref = f', parentId: integer("parent_id").references(() => t{n - 1}.id)' if n else ""
        lines.append(
            f'export const t{n} = pgTable("t{n}", {{'
            "id: integer().primaryKey().generatedAlwaysAsIdentity(), "
            "name: varchar({ length: 120 }).notNull(), body: text(), "
            "active: boolean().default(true).notNull(), "
            'price: numeric({ precision: 10, scale: 2 }).default("0"), '
            "meta: jsonb().default({}), ref: uuid().defaultRandom(), "
            'createdAt: timestamp("created_at", { withTimezone: true }).defaultNow().notNull(), '
            f'status: state().default("new"){ref}}}, '
            f'(t) => [unique("t{n}_name_ref_unique").on(t.name, t.ref), '
            f'index("t{n}_name_idx").on(t.name), index("t{n}_created_idx").on(t.createdAt)]);'
        )
    return "\n".join(lines) + "\n"


def _project(tables: int, url: str | None = None) -> Path:
    """A folder with the schema in both languages and both tools' configs; the TypeScript side
    lives under generate_ref so that drizzle-kit resolves drizzle-orm from its node_modules."""
    root = Path(tempfile.mkdtemp(prefix="harness_bench_gen_"))
    (root / "schema.py").write_text(python_schema(tables))
    credentials = f", db_credentials={{'url': {url!r}}}" if url else ""
    (root / "drizzle.config.py").write_text(
        "from harness.kit import define_config\n"
        "config = define_config(dialect='postgresql', schema='schema.py', out='out'"
        f"{credentials})\n"
    )
    ts_dir = REF / f".bench_{root.name}"
    ts_dir.mkdir()
    (ts_dir / "schema.mjs").write_text(typescript_schema(tables))
    credentials_js = f", dbCredentials: {{ url: {url!r} }}" if url else ""
    (ts_dir / "drizzle.config.mjs").write_text(
        f'export default {{ dialect: "postgresql", schema: "./{ts_dir.name}/schema.mjs", '
        f'out: "./{ts_dir.name}/out"{credentials_js} }};\n'
    )
    (root / "ts").symlink_to(ts_dir)
    atexit.register(shutil.rmtree, ts_dir, True)
    atexit.register(shutil.rmtree, root, True)
    return root


def _run(args: list[str], cwd: Path) -> None:
    done = subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=600)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed: {done.stdout[-500:]} {done.stderr[-500:]}")


def _npx() -> str:
    npx = shutil.which("npx")
    if npx is None or not (REF / "node_modules" / "drizzle-kit").exists():
        raise RuntimeError("drizzle-kit is not installed: run `npm ci` in " + str(REF))
    return npx


def harness_generate_200() -> tuple[Callable[[], Any], Callable[[], Any]]:
    root = _project(200)
    command = [sys.executable, "-m", "harness", "generate", "--name", "bench"]
    return lambda: _run(command, root), lambda: shutil.rmtree(root / "out", ignore_errors=True)


def drizzle_kit_generate_200() -> tuple[Callable[[], Any], Callable[[], Any]]:
    root = _project(200)
    ts = (root / "ts").resolve()
    command = [_npx(), "drizzle-kit", "generate", "--config", f"{ts.name}/drizzle.config.mjs"]
    command += ["--name", "bench"]
    return lambda: _run(command, REF), lambda: shutil.rmtree(ts / "out", ignore_errors=True)


def _in_process(tables: int) -> tuple[Callable[[], Any], Callable[[], Any]]:
    from harness.kit import Config, generate

    root = _project(tables)
    config = Config(dialect="postgresql", schema=("schema.py",), out="out", root=root)
    return (
        lambda: generate(config, name="bench"),
        lambda: shutil.rmtree(root / "out", ignore_errors=True),
    )


def harness_generate_800() -> tuple[Callable[[], Any], Callable[[], Any]]:
    return _in_process(800)


def harness_generate_50() -> tuple[Callable[[], Any], Callable[[], Any]]:
    return _in_process(50)


_STATE: dict[str, Any] = {}


def _pushed_database() -> tuple[str, Path]:
    """A database holding the 200 tables (pushed once per run) and the project describing it."""
    if "url" not in _STATE:
        import psycopg

        from harness import connect
        from harness.kit import push

        with psycopg.connect(URL, autocommit=True) as admin:
            admin.execute("drop database if exists harness_bench_push with (force)")
            admin.execute("create database harness_bench_push")
            drop_at_exit(URL, "harness_bench_push")
        url = URL.rsplit("/", 1)[0] + "/harness_bench_push"
        root = _project(200, url)
        db = connect(url)
        try:
            push(db, _schema_module(root))
        finally:
            db.close()
        _STATE["url"], _STATE["root"] = url, root
    return _STATE["url"], _STATE["root"]


def _schema_module(root: Path) -> Any:
    from harness.kit import Config
    from harness.kit.declarations import schema_modules

    return schema_modules(Config(dialect="postgresql", schema=("schema.py",), root=root))[0]


def harness_push_200() -> Callable[[], Any]:
    _url, root = _pushed_database()
    command = [sys.executable, "-m", "harness", "push"]

    def run() -> None:
        done = subprocess.run(command, cwd=root, capture_output=True, text=True, timeout=600)
        assert done.returncode == 0 and "No changes detected" in done.stdout, done.stdout[-500:]

    return run


def drizzle_kit_push_200() -> Callable[[], Any]:
    _url, root = _pushed_database()
    ts = (root / "ts").resolve()
    command = [_npx(), "drizzle-kit", "push", "--config", f"{ts.name}/drizzle.config.mjs"]
    return lambda: _run(command, REF)


CASES = {
    "harness_generate_200": harness_generate_200,
    "drizzle_kit_generate_200": drizzle_kit_generate_200,
    "harness_generate_800_per_table": harness_generate_800,
    "harness_generate_50_per_table": harness_generate_50,
    "harness_push_200": harness_push_200,
    "drizzle_kit_push_200": drizzle_kit_push_200,
}
PAIRS = [
    ("harness_generate_200", "drizzle_kit_generate_200"),
    ("harness_generate_800_per_table", "harness_generate_50_per_table"),
    ("harness_push_200", "drizzle_kit_push_200"),
]
PER_CALL = {"harness_generate_800_per_table": 800, "harness_generate_50_per_table": 50}
