"""The pieces of resuming a half-applied MySQL migration that need no server: which statements
run in a transaction with their progress, which are replayed, which errors mean "it had taken
effect", and when a changed file still allows resuming."""

from __future__ import annotations

from pathlib import Path

import pytest

from harness.core.errors import QueryError
from harness.kit.errors import MigrationFailed
from harness.kit.journal import BREAKPOINT, Migration, sha256_text
from harness.kit.progress import HalfApplied, Progress, Resumed, changed_statement, half_applied
from harness.mysql.migrations import MySqlMigrationHooks, first_word
from harness.pg.migrations import PgMigrationHooks
from harness.sqlite.migrations import SQLiteMigrationHooks

HOOKS = MySqlMigrationHooks()


class FakePyMySqlError(Exception):
    """What PyMySQL raises: ``args == (code, message)``."""


def error(code: int, message: str = "") -> QueryError:
    return QueryError(f"MySQL error {code}: {message}", "sql", [], FakePyMySqlError(code, message))


def test_first_word_skips_whitespace_and_comments() -> None:
    assert first_word("\n  -- a comment\n# another\n/* block */ INSERT INTO t") == "insert"
    assert first_word("/*!40101 SET NAMES utf8 */") == ""
    assert first_word("  update t set a = 1") == "update"
    assert first_word("") == ""


@pytest.mark.parametrize(
    ("statement", "transactional", "session"),
    [
        ("INSERT INTO `t` VALUES (1)", True, False),
        ("\nupdate `t` set `a` = 1;", True, False),
        ("DELETE FROM `t`", True, False),
        ("REPLACE INTO `t` VALUES (1)", True, False),
        ("CREATE TABLE `t` (`id` int)", False, False),
        ("ALTER TABLE `t` ADD `a` int", False, False),
        ("DO SLEEP(1)", False, False),
        ("SET @x = 1", False, True),
        ("set foreign_key_checks = 0", False, True),
        ("USE `other`", False, True),
    ],
)
def test_statement_classes(statement: str, transactional: bool, session: bool) -> None:
    assert HOOKS.transactional_statement(statement) is transactional
    assert HOOKS.session_statement(statement) is session


@pytest.mark.parametrize(
    ("code", "message", "statement", "took"),
    [
        (1050, "Table 't' already exists", "CREATE TABLE `t` (`id` int)", True),
        (1060, "Duplicate column name 'a'", "ALTER TABLE `t` ADD `a` int", True),
        (1061, "Duplicate key name 'i'", "CREATE INDEX `i` ON `t` (`a`)", True),
        (1068, "Multiple primary key defined", "ALTER TABLE `t` ADD PRIMARY KEY (`a`)", True),
        (1826, "Duplicate CHECK constraint name 'c'", "ALTER TABLE `t` ADD CONSTRAINT ...", True),
        (1005, "Can't create table `d`.`t` (errno: 121 \"Duplicate key", "ALTER TABLE ...", True),
        (1005, "Can't create table `d`.`t` (errno: 150 \"Foreign key", "ALTER TABLE ...", False),
        (1091, "Can't DROP COLUMN `a`; check that it exists", "ALTER TABLE `t` DROP `a`", True),
        (1051, "Unknown table 'd.t'", "DROP TABLE `t`", True),
        (4092, "Unknown VIEW: 'd.v'", "DROP VIEW `v`", True),
        (1054, "Unknown column 'a' in 't'", "ALTER TABLE `t` RENAME COLUMN `a` TO `b`", True),
        (1054, "Unknown column 'a' in 't'", "ALTER TABLE `t` CHANGE `a` `b` int", True),
        (1146, "Table 'd.a' doesn't exist", "RENAME TABLE `a` TO `b`", True),
        (1054, "Unknown column 'a' in 't'", "CREATE INDEX `i` ON `t` (`a`)", False),
        (1146, "Table 'd.a' doesn't exist", "CREATE INDEX `i` ON `a` (`x`)", False),
        # a unique index over duplicate rows: it never took effect
        (1062, "Duplicate entry '1' for key 'u'", "CREATE UNIQUE INDEX `u` ON `t` (`a`)", False),
        (1064, "You have an error in your SQL syntax", "ALTER TABLE `t` ADD `a` intt", False),
    ],
)
def test_errors_that_mean_it_had_taken_effect(
    code: int, message: str, statement: str, took: bool
) -> None:
    assert HOOKS.took_effect(error(code, message), statement) is took


def test_transactional_engines_keep_no_progress() -> None:
    assert HOOKS.records_progress is True
    assert HOOKS.progress_table("__drizzle_migrations") == "__drizzle_harness_progress"
    assert HOOKS.progress_table("my_migrations") == "my_migrations_harness_progress"
    for hooks in (PgMigrationHooks(), SQLiteMigrationHooks()):
        assert hooks.records_progress is False


def migration(statements: list[str]) -> Migration:
    text = f";{BREAKPOINT}\n".join(statements) + ";"
    return Migration("0001_x", Path("0001_x.sql"), text, sha256_text(text), 1000)


def progress(of: Migration, done: int, running: int | None = None) -> Progress:
    return Progress(of.key, of.hash, len(of.statements), done, running, of.text)


def test_a_changed_file_is_resumed_only_after_what_ran() -> None:
    ran = ["CREATE TABLE a (id int)", "ALTER TABLE a ADD b int"]
    old = migration([*ran, "ALTER TABLE a ADD c x"])
    row = progress(old, 2)
    assert changed_statement(old, row) is None
    fixed = migration([*ran, "ALTER TABLE a ADD c int"])
    assert changed_statement(fixed, row) is None
    assert changed_statement(migration(["CREATE TABLE a (id bigint)", "x", "y"]), row) == 1
    assert changed_statement(migration(["CREATE TABLE a (id int)"]), row) == 2
    # the running statement may have taken effect: it must not change either
    assert changed_statement(fixed, progress(old, 2, running=3)) == 3
    assert half_applied(fixed, row) == HalfApplied("0001_x", 2, 3, None, None, "half-way")


def test_descriptions() -> None:
    assert HalfApplied("t", 3, 5, None, None, "").describe() == (
        "3 of 5 statements took effect; migrate resumes at statement 4"
    )
    assert HalfApplied("t", 3, 5, 4, 2, "").describe() == (
        "3 of 5 statements took effect, statement 4 may have (it was running when the run "
        "stopped); statement 2 changed in the file since: migrate refuses"
    )
    assert Resumed(2, 3, True).describe() == (
        "resumed after statements 1-2; statement 3, running when a run stopped, had taken effect"
    )
    assert Resumed(1).describe() == "resumed after statement 1"


def test_failure_messages_say_what_took_effect() -> None:
    first = MigrationFailed("0001_x", 1, "CREATE TABLE a", "boom", 0, 3)
    assert str(first).endswith("no statement of 0001_x had taken effect")
    later = MigrationFailed(
        "0001_x", 3, "ALTER", "boom", 2, 3, earlier_statements=1, progress_table="p"
    )
    assert (
        "statements 1-2 of 0001_x had already taken effect (DDL commits implicitly on this "
        "database; statement 1 in an earlier run that stopped) and were not undone; fix "
        "statement 3 and run migrate again: it resumes at statement 3 (p keeps the progress)"
    ) in str(later)
    rolled_back = MigrationFailed("0001_x", 2, "x", "boom", None, 3)
    assert str(rolled_back).endswith("the whole batch was rolled back; nothing was applied")
