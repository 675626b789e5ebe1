"""``harness migrate | push | check | status`` (also ``python -m harness``).

Exit codes: 0 done; 1 the command failed (a migration failed, drift or out-of-order found,
``check`` found problems, ``status`` found drift); 2 bad usage or config; 3 the database could
not be reached.  URLs are printed with the password masked.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from typing import Any, TextIO

from harness.core.errors import ConnectionFailed, HarnessError
from harness.kit.config import Config, ConfigError, load_config
from harness.kit.declarations import schema_modules
from harness.kit.errors import KitError
from harness.kit.folder_check import check_folder
from harness.urls import mask_url

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_UNREACHABLE = 0, 1, 2, 3


def _url(args: argparse.Namespace, config: Config) -> str:
    url = args.url or config.url
    if not url:
        raise ConfigError(
            f"{config.source}: no database URL; set db_credentials={{'url': ...}} or pass --url"
        )
    return str(url)


def _connect(url: str, config: Config) -> Any:
    from harness.connect import connect

    return connect(url, casing=config.casing)


def cmd_migrate(args: argparse.Namespace, config: Config, out: TextIO) -> int:
    from harness.kit.migrator import migrate

    url = _url(args, config)
    print(f"migrating {mask_url(url)} from {config.out_path}", file=out)
    db = _connect(url, config)
    try:
        started = time.perf_counter()
        result = migrate(
            db,
            config.out_path,
            table=config.migrations_table,
            schema=config.migrations_schema,
            to=args.to,
            allow_drift=args.allow_drift,
        )
    finally:
        db.close()
    for applied in result.applied:
        print(f"  applied {applied.tag} in {applied.seconds:.3f}s", file=out)
    total = time.perf_counter() - started
    print(
        f"{len(result.applied)} applied, {result.up_to_date} already up to date ({total:.3f}s)",
        file=out,
    )
    return EXIT_OK


def cmd_push(args: argparse.Namespace, config: Config, out: TextIO) -> int:
    from harness.kit.push import push

    modules = schema_modules(config)
    url = _url(args, config)
    print(f"pushing {len(modules)} schema module(s) to {mask_url(url)}", file=out)
    db = _connect(url, config)
    try:
        statements = push(db, [e for m in modules for e in vars(m).values()])
    finally:
        db.close()
    print(f"{len(statements)} statements applied", file=out)
    return EXIT_OK


def cmd_check(args: argparse.Namespace, config: Config, out: TextIO) -> int:
    problems = check_folder(config.out_path)
    for problem in problems:
        print(problem, file=out)
    if problems:
        return EXIT_FAILED
    print(f"{config.out_path}: ok", file=out)
    return EXIT_OK


def cmd_status(args: argparse.Namespace, config: Config, out: TextIO) -> int:
    from harness.kit.migrator import status

    url = _url(args, config)
    db = _connect(url, config)
    try:
        state = status(db, config.out_path, config.migrations_table, config.migrations_schema)
    finally:
        db.close()
    print(f"{mask_url(url)} ({config.out_path})", file=out)
    for tag in state.applied:
        print(f"  applied   {tag}", file=out)
    for tag in state.pending:
        print(f"  pending   {tag}", file=out)
    for tag in state.out_of_order:
        print(f"  skipped   {tag} (older than the newest applied migration)", file=out)
    for drift in state.drifted:
        print(f"  drifted   {drift.tag} (file changed since it was applied)", file=out)
    if state.unknown_rows:
        print(f"  {state.unknown_rows} recorded migration(s) not in the folder", file=out)
    return EXIT_FAILED if state.drifted or state.out_of_order else EXIT_OK


COMMANDS = {"migrate": cmd_migrate, "push": cmd_push, "check": cmd_check, "status": cmd_status}


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="harness", description=__doc__.split("\n")[0])
    sub = p.add_subparsers(dest="command", required=True)
    for name in COMMANDS:
        c = sub.add_parser(name)
        c.add_argument(
            "--config", help="config file (default: drizzle.config.py or pyproject.toml)"
        )
        c.add_argument("--out", help="migrations folder (overrides the config's out)")
        if name != "check":
            c.add_argument("--url", help="database URL (overrides db_credentials)")
        if name == "migrate":
            c.add_argument("--to", help="apply up to and including this migration tag")
            c.add_argument(
                "--allow-drift", action="store_true", help="accept edited applied migrations"
            )
    return p


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    stream = out or sys.stdout
    args = parser().parse_args(argv)
    try:
        config = load_config(args.config)
        if args.out:
            config = Config(**{**config.__dict__, "out": args.out})
        return COMMANDS[args.command](args, config, stream)
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except ConnectionFailed as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_UNREACHABLE
    except (KitError, HarnessError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILED


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
