"""``harness generate | pull | migrate | push | check | status`` (also ``python -m harness``).

Exit codes: 0 done; 1 the command failed (a migration failed, drift or out-of-order found,
``check`` found problems, ``status`` found drift or a half-applied migration that ``migrate``
cannot resume; ``check`` found declarations that differ from the latest snapshot); 2 bad usage,
config, URL or out folder (one line on stderr, checked before any database is opened), and
``generate`` with a rename question it cannot ask (no terminal): the line names the flags that
answer it; 3 the database could not be reached.
URLs are printed with the password masked.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Sequence
from typing import Any, TextIO

from harness import urls
from harness.core.errors import ConnectionFailed, HarnessError, InvalidUrl
from harness.kit.config import OUT_OF_ORDER, PREFIXES, Config, ConfigError, load_config
from harness.kit.declarations import schema_modules
from harness.kit.errors import KitError, MigrationFolderError
from harness.kit.folder_check import check_folder
from harness.kit.generate import AmbiguousRenames
from harness.kit.journal import folder_dialect, read_out_folder
from harness.urls import mask_url

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_UNREACHABLE = 0, 1, 2, 3


def _url(args: argparse.Namespace, config: Config) -> str:
    """The database URL, refused (``ConfigError``, exit 2) before anything is opened when it
    cannot be right: not a URL, no host, a bad port, no MySQL database, or an engine other
    than the config's dialect."""
    url = args.url or config.url
    if not url:
        raise ConfigError(
            f"{config.source}: no database URL; set db_credentials={{'url': ...}} or pass --url"
        )
    where = "--url" if args.url else f"{config.source}: db_credentials"
    try:
        parsed = urls.validate(str(url), need_database=True)
    except InvalidUrl as exc:
        raise ConfigError(f"{where}: {exc}") from None
    if parsed.engine.dialect != config.dialect:
        raise ConfigError(
            f"{where}: {parsed.shown} is a {parsed.engine.dialect} URL but {config.source} has "
            f"dialect {config.dialect!r}; point the URL at a {config.dialect} database or fix "
            f"the dialect"
        )
    return str(url)


def _check_out_folder(config: Config) -> None:
    """Read the out folder and match its dialect to the config's, before connecting (a SQLite
    file would be created by connecting)."""
    from harness.kit.migrator import check_folder_dialect

    read_out_folder(config.out_path)
    check_folder_dialect(config.out_path, config.dialect, f"{config.source}'s dialect")


def _policy(args: argparse.Namespace, config: Config) -> str:
    return str(args.out_of_order or config.out_of_order)


def _connect(url: str, config: Config) -> Any:
    from harness.connect import connect

    return connect(url, casing=config.casing)


def cmd_migrate(args: argparse.Namespace, config: Config, out: TextIO) -> int:
    from harness.kit.migrator import migrate

    url = _url(args, config)
    _check_out_folder(config)
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
            out_of_order=_policy(args, config),
        )
    finally:
        db.close()
    for applied in result.applied:
        late = " (out of order)" if applied.out_of_order else ""
        if applied.resumed is not None:
            late += f" ({applied.resumed.describe()})"
        print(f"  applied {applied.tag} in {applied.seconds:.3f}s{late}", file=out)
    for tag in result.skipped:
        print(f"  skipped {tag} (out of order)", file=out)
    total = time.perf_counter() - started
    skipped = f", {len(result.skipped)} skipped" if result.skipped else ""
    print(
        f"{len(result.applied)} applied, {result.up_to_date} already up to date{skipped} "
        f"({total:.3f}s)",
        file=out,
    )
    return EXIT_OK


def cmd_push(args: argparse.Namespace, config: Config, out: TextIO) -> int:
    """drizzle-kit push: read the database, diff it with the declarations, apply the
    difference.  Data loss needs a terminal's yes or ``--force`` (exit 2 without either);
    ``--strict`` asks before anything runs; ``--verbose`` prints the statements."""
    from harness.kit.push import apply_plan, plan

    url = _url(args, config)
    modules = schema_modules(config)
    entities = [e for m in modules for e in vars(m).values()]
    terminal = sys.stdin.isatty()
    print(f"pushing {len(modules)} schema module(s) to {mask_url(url)}", file=out)
    db = _connect(url, config)
    try:
        result = plan(
            db,
            entities,
            resolve=_ask_on_terminal(out) if terminal else None,
            migrations_table=config.migrations_table,
            schema_filter=config.schema_filter or None,
        )
        if not result.statements:
            print("No changes detected", file=out)
            return EXIT_OK
        if args.verbose or args.strict:
            for statement in result.statements:
                print(statement.rstrip(), file=out)
        for line in result.data_loss:
            print(f"data loss: {line}", file=out)
        needs_yes = args.strict or (bool(result.data_loss) and not args.force)
        if needs_yes and not terminal:
            what = "--strict asks before running" if args.strict else "data would be lost"
            print(
                f"error: {what} and there is no terminal to ask on; nothing was run"
                + ("" if args.strict else " (pass --force to run anyway)"),
                file=sys.stderr,
            )
            return EXIT_USAGE
        if needs_yes and not _yes(out, f"run {len(result.statements)} statement(s)?"):
            print("cancelled: nothing was run", file=out)
            return EXIT_FAILED
        apply_plan(db, result)
    finally:
        db.close()
    print(f"{len(result.statements)} statements applied", file=out)
    return EXIT_OK


def _yes(out: TextIO, question: str) -> bool:
    print(f"{question} [y/N] ", end="", file=out)
    out.flush()
    return input().strip().lower() in ("y", "yes")


def cmd_pull(args: argparse.Namespace, config: Config, out: TextIO) -> int:
    """drizzle-kit pull: the database's tables become ``schema.py`` + ``relations.py`` and a
    baseline migration in the out folder (see ``harness.kit.pull``)."""
    from harness.kit.pull import pull

    url = _url(args, config)
    print(f"pulling {mask_url(url)} into {config.out_path}", file=out)
    db = _connect(url, config)
    try:
        result = pull(config, db=db, name=args.name)
    finally:
        db.close()
    print(f"{result.tables} tables, {result.views} views -> {result.schema_path}", file=out)
    print(f"relations -> {result.relations_path}", file=out)
    if result.migration_path is not None:
        recorded = " (recorded as applied)" if result.baselined else ""
        print(f"baseline migration -> {result.migration_path}{recorded}", file=out)
    for line in result.todos:
        print(f"TODO: {line}", file=out)
    return EXIT_OK


def cmd_generate(args: argparse.Namespace, config: Config, out: TextIO) -> int:
    from harness.core.schema_diff import parse_rename_flags
    from harness.kit.generate import generate

    try:
        renames = parse_rename_flags(args.rename or [], args.created or [], args.no_renames)
    except ValueError as exc:
        raise ConfigError(str(exc)) from None
    if args.casing:
        config = Config(**{**config.__dict__, "casing": args.casing})
    resolve = _ask_on_terminal(out) if sys.stdin.isatty() and not args.no_renames else None
    result = generate(
        config,
        name=args.name,
        custom=args.custom,
        renames=renames,
        prefix=args.prefix,
        breakpoints=args.breakpoints,
        resolve=resolve,
        layout=args.layout,
    )
    if result.path is None:
        print("No schema changes, nothing to migrate", file=out)
        return EXIT_OK
    for line in result.data_loss:
        print(f"data loss: {line}", file=out)
    for line in result.changes:
        print(f"  {line}", file=out)
    kind = "custom migration" if args.custom else f"{len(result.statements)} statement(s)"
    print(f"wrote {result.path} ({kind})", file=out)
    return EXIT_OK


def _ask_on_terminal(out: TextIO) -> Any:
    """drizzle-kit's question on a terminal: is ``new`` created, or renamed from one of the
    names that disappeared?  Answered by number; 0 (or Enter) means created."""
    from harness.core.schema_diff import Ambiguity, Renames

    def resolve(ambiguity: Ambiguity, renames: Renames) -> Renames:
        print(ambiguity.question(), file=out)
        print(f"  0) {ambiguity.new}: create {ambiguity.kind}", file=out)
        for number, old in enumerate(ambiguity.candidates, start=1):
            print(f"  {number}) {old} -> {ambiguity.new}: rename {ambiguity.kind}", file=out)
        while True:
            out.flush()
            answer = input("choice [0]: ").strip() or "0"
            if answer.isdigit() and int(answer) <= len(ambiguity.candidates):
                break
            print(f"  type a number from 0 to {len(ambiguity.candidates)}", file=out)
        if answer == "0":
            return renames.with_created(ambiguity.kind, ambiguity.new)
        return renames.with_rename(
            ambiguity.kind, ambiguity.candidates[int(answer) - 1], ambiguity.new
        )

    return resolve


def cmd_check(args: argparse.Namespace, config: Config, out: TextIO) -> int:
    problems = check_folder(config.out_path)
    if not problems:
        found = folder_dialect(config.out_path)
        if found is not None and found[0] != config.dialect:
            problems.append(
                f"{found[1]}: generated for {found[0]}, but {config.source} has dialect "
                f"{config.dialect!r}"
            )
    if not problems and config.schema:
        from harness.kit.generate import ungenerated_changes

        problems.extend(ungenerated_changes(config))
    for problem in problems:
        print(problem, file=out)
    if problems:
        return EXIT_FAILED
    print(f"{config.out_path}: ok", file=out)
    return EXIT_OK


def cmd_status(args: argparse.Namespace, config: Config, out: TextIO) -> int:
    from harness.kit.migrator import status

    url = _url(args, config)
    _check_out_folder(config)
    policy = _policy(args, config)
    db = _connect(url, config)
    try:
        state = status(db, config.out_path, config.migrations_table, config.migrations_schema)
    finally:
        db.close()
    print(f"{mask_url(url)} ({config.out_path})", file=out)
    for tag in state.applied:
        print(f"  applied   {tag}", file=out)
    for tag in state.pending:
        half = state.half_applied.get(tag)
        if half is not None:
            print(f"  half-applied {tag}: {half.describe()}", file=out)
        else:
            print(f"  pending   {tag}", file=out)
    late = {
        "error": "older than the newest applied migration; migrate stops (--out-of-order)",
        "apply": "older than the newest applied migration; migrate applies it",
        "skip": "older than the newest applied migration; migrate skips it",
    }[policy]
    label = "pending  " if policy == "apply" else "skipped  "
    for tag in state.out_of_order:
        half = state.half_applied.get(tag)
        more = f"; half-applied: {half.describe()}" if half else ""
        print(f"  {label} {tag} ({late}{more})", file=out)
    for drift in state.drifted:
        print(f"  drifted   {drift.tag} (file changed since it was applied)", file=out)
    if state.unknown_rows:
        print(f"  {state.unknown_rows} recorded migration(s) not in the folder", file=out)
    for key in state.unknown_progress:
        print(f"  half-applied {key}: not in the folder (its progress row is kept)", file=out)
    refused = state.out_of_order and policy == "error"
    stuck = any(h.changed for h in state.half_applied.values())
    return EXIT_FAILED if state.drifted or refused or stuck else EXIT_OK


COMMANDS = {
    "generate": cmd_generate,
    "pull": cmd_pull,
    "introspect": cmd_pull,
    "migrate": cmd_migrate,
    "push": cmd_push,
    "check": cmd_check,
    "status": cmd_status,
}


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="harness", description=__doc__.split("\n")[0])
    sub = p.add_subparsers(dest="command", required=True)
    for name in COMMANDS:
        c = sub.add_parser(name)
        c.add_argument(
            "--config", help="config file (default: drizzle.config.py or pyproject.toml)"
        )
        c.add_argument("--out", help="migrations folder (overrides the config's out)")
        if name not in ("check", "generate"):
            c.add_argument("--url", help="database URL (overrides db_credentials)")
        if name == "push":
            c.add_argument("--force", action="store_true", help="run data-losing statements")
            c.add_argument("--strict", action="store_true", help="ask before running any statement")
            c.add_argument("--verbose", action="store_true", help="print the statements")
        if name == "generate":
            _generate_arguments(c)
        if name in ("pull", "introspect"):
            c.add_argument("--name", help="baseline migration name (default: adjective_hero)")
        if name == "migrate":
            c.add_argument("--to", help="apply up to and including this migration tag")
            c.add_argument(
                "--allow-drift", action="store_true", help="accept edited applied migrations"
            )
        if name in ("migrate", "status"):
            c.add_argument(
                "--out-of-order",
                metavar="{" + ",".join(OUT_OF_ORDER) + "}",
                help="a never-applied migration older than the newest applied one: error "
                "(default), apply it, or skip it with a warning "
                "(overrides migrations.out_of_order)",
            )
    return p


def _generate_arguments(c: argparse.ArgumentParser) -> None:
    c.add_argument("--name", help="migration name (default: a random adjective_hero)")
    c.add_argument("--custom", action="store_true", help="an empty migration for hand-written SQL")
    c.add_argument("--prefix", choices=PREFIXES, help="file prefix (overrides migrations.prefix)")
    c.add_argument(
        "--breakpoints",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="separate statements with --> statement-breakpoint (default: the config's)",
    )
    c.add_argument("--casing", choices=("snake_case", "camelCase"), help="column-name casing")
    c.add_argument(
        "--layout",
        choices=("0.31", "1.0"),
        help="folder layout for a new out folder (default: the folder's own, else 0.31)",
    )
    c.add_argument(
        "--rename",
        action="append",
        metavar="KIND:OLD=NEW",
        help="answer a rename question: NEW was renamed from OLD (e.g. column:users.name="
        "users.full_name); repeatable",
    )
    c.add_argument(
        "--created",
        action="append",
        metavar="KIND:NEW",
        help="answer a rename question: NEW is created, not renamed; repeatable",
    )
    c.add_argument(
        "--no-renames",
        action="store_true",
        help="answer every rename question 'created' (drop the old, create the new)",
    )


class _Warnings(logging.Handler):
    """The Kit's warnings (a skipped migration) as ``warning: ...`` lines on stderr."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)

    def emit(self, record: logging.LogRecord) -> None:
        print(f"warning: {record.getMessage()}", file=sys.stderr)


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    stream = out or sys.stdout
    args = parser().parse_args(argv)
    policy = getattr(args, "out_of_order", None)
    if policy is not None and policy not in OUT_OF_ORDER:
        # checked here rather than by argparse, whose refusal is the whole usage block
        print(
            f"error: --out-of-order={policy}: use one of {', '.join(OUT_OF_ORDER)}",
            file=sys.stderr,
        )
        return EXIT_USAGE
    warnings = _Warnings()
    kit_log = logging.getLogger("harness.kit")
    kit_log.addHandler(warnings)
    try:
        config = load_config(args.config)
        if args.out:
            config = Config(**{**config.__dict__, "out": args.out})
        return COMMANDS[args.command](args, config, stream)
    except (ConfigError, InvalidUrl, MigrationFolderError, AmbiguousRenames) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except ConnectionFailed as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_UNREACHABLE
    except (KitError, HarnessError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        kit_log.removeHandler(warnings)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
