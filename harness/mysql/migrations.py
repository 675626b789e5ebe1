"""MySQL/MariaDB side of the migrator.

DDL commits implicitly here, so migrations cannot be rolled back as a batch: each statement
takes effect as it runs, a migration's row is written after its last statement, and a failure
report says which statements of the failed migration already took effect.  The migrator keeps
the running migration's progress in a table of its own next to Drizzle's
(``__drizzle_harness_progress``, see ``harness.kit.progress``), so a run killed half-way is
resumed after the statements that took effect.  Concurrent migrators are serialised with
``GET_LOCK`` (session lock, released explicitly and at disconnect, which the server notices
once the statement the dead client was running has finished).
"""

from __future__ import annotations

import re

from harness.core.errors import QueryError
from harness.core.migration_hooks import BaseMigrationHooks
from harness.sql.chunks import SQL, Raw

LOCK_TIMEOUT_SECONDS = 600


def _lock_name(table: str) -> str:
    return f"drizzle_harness_migrate_{table}"[:64]


#: drizzle-orm 0.x's bookkeeping columns (``MySqlDialect.migrate``)
BOOKKEEPING_COLUMNS_0X = ("id serial primary key", "hash text not null", "created_at bigint")
#: drizzle-orm 1.0's (``migrate`` in ``mysql-core/async/session.ts``)
BOOKKEEPING_COLUMNS_V1 = (
    "id SERIAL PRIMARY KEY",
    "hash TEXT NOT NULL",
    "created_at BIGINT",
    "name TEXT",
    "applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP",
)


#: the progress table next to Drizzle's default bookkeeping table
PROGRESS_TABLE = "__drizzle_harness_progress"
PROGRESS_COLUMNS = (
    "`migration` varchar(255) NOT NULL PRIMARY KEY",  # tag, or the 1.0 folder name
    "`hash` char(64) NOT NULL",  # sha256 of the file when it started
    "`statements` int NOT NULL",  # statements in the file when it started
    "`done` int NOT NULL",  # statements 1..done took effect
    "`running` int NULL",  # this statement was sent and may or may not have taken effect
    "`migration_sql` longtext NOT NULL",  # the file when it started: what ran, word for word
    "`started_at` datetime(3) NOT NULL",  # UTC
    "`updated_at` datetime(3) NOT NULL",  # UTC
)

#: errors from running a statement again that say its first run had taken effect: the object
#: it creates exists (table/view/sequence, column, index/unique, primary key, FK or CHECK
#: name, trigger, routine) or the one it drops is gone (table, view, column/index/FK/CHECK)
TOOK_EFFECT_CODES = frozenset(
    {1050, 1060, 1061, 1068, 1826, 3822, 1359, 1304, 1091, 1051, 4092, 1360, 1305}
)
#: MariaDB's duplicate FOREIGN KEY name: 1005 "Can't create table (errno: 121 ...)"
DUPLICATE_FK_CODE, DUPLICATE_FK_ERRNO = 1005, "errno: 121"
#: unknown column/table: the source of RENAME/CHANGE is gone once the statement took effect
RENAMED_CODES = frozenset({1054, 1146})
RENAMES = re.compile(r"\b(rename|change)\b", re.I)
#: whitespace and comments before a statement's first word
LEADING = re.compile(r"(?:\s+|--[^\n]*(?:\n|$)|#[^\n]*(?:\n|$)|/\*(?!!).*?\*/)*", re.S)
#: DML: runs in one transaction with its progress update (InnoDB)
TRANSACTIONAL = frozenset({"insert", "update", "delete", "replace"})


def first_word(statement: str) -> str:
    leading = LEADING.match(statement)
    rest = statement[leading.end() :] if leading else statement
    word = re.match(r"[A-Za-z_]+", rest)
    return word.group(0).lower() if word else ""


def error_code(error: QueryError) -> int | None:
    args = getattr(error.cause, "args", ())
    return args[0] if args and isinstance(args[0], int) else None


class MySqlMigrationHooks(BaseMigrationHooks):
    uses_schema = False
    transactional_ddl = False
    writes_applied_at = False
    records_progress = True

    def lock_statements(self, schema: str | None, table: str) -> list[str]:
        return [f"select GET_LOCK('{_lock_name(table)}', {LOCK_TIMEOUT_SECONDS})"]

    def unlock_statements(self, schema: str | None, table: str) -> list[str]:
        return [f"select RELEASE_LOCK('{_lock_name(table)}')"]

    def create_statements(self, schema: str | None, table: str, with_names: bool) -> list[SQL]:
        # drizzle-orm's statements byte for byte (line breaks, tabs and letter case)
        columns: tuple[str, ...]
        if with_names:  # Drizzle 1.0's table
            head, columns = "CREATE TABLE IF NOT EXISTS ", BOOKKEEPING_COLUMNS_V1
        else:  # Drizzle 0.x's table
            head, columns = "create table if not exists ", BOOKKEEPING_COLUMNS_0X
        body = ",\n".join(f"\t\t\t\t{column}" for column in columns)
        ref = self.table_ref(schema, table)
        return [SQL([Raw(f"\n\t\t\t{head}"), ref, Raw(f" (\n{body}\n\t\t\t)\n\t\t")])]

    def add_name_columns(self, schema: str | None, table: str) -> list[SQL]:
        ref = self.table_ref(schema, table)
        return [
            SQL([Raw("ALTER TABLE "), ref, Raw(" ADD `name` text")]),
            SQL(
                [
                    Raw("ALTER TABLE "),
                    ref,
                    Raw(" ADD `applied_at` TIMESTAMP DEFAULT CURRENT_TIMESTAMP"),
                ]
            ),
        ]

    def columns_query(self, schema: str | None, table: str) -> SQL:
        chunks: list[object] = [
            Raw("select column_name from information_schema.columns where table_schema = "),
        ]
        chunks += [schema] if schema else [Raw("database()")]
        chunks += [Raw(" and table_name = "), table]
        return SQL(chunks)

    def progress_table(self, table: str) -> str:
        if table == "__drizzle_migrations":
            return PROGRESS_TABLE
        return f"{table}_harness_progress"[:64]

    def create_progress_statements(self, schema: str | None, table: str) -> list[SQL]:
        body = ",\n".join(f"  {column}" for column in PROGRESS_COLUMNS)
        comment = "drizzle-harness: a migration stopped half-way; see harness status"
        return [
            SQL(
                [
                    Raw("CREATE TABLE IF NOT EXISTS "),
                    self.table_ref(schema, table),
                    Raw(f" (\n{body}\n) ENGINE=InnoDB COMMENT='{comment}'"),
                ]
            )
        ]

    def transactional_statement(self, statement: str) -> bool:
        return first_word(statement) in TRANSACTIONAL

    def session_statement(self, statement: str) -> bool:
        return first_word(statement) in ("set", "use")

    def took_effect(self, error: QueryError, statement: str) -> bool:
        code = error_code(error)
        if code in TOOK_EFFECT_CODES:
            return True
        if code == DUPLICATE_FK_CODE:
            return DUPLICATE_FK_ERRNO in str(error)
        return code in RENAMED_CODES and RENAMES.search(statement) is not None
