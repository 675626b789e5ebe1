"""MySQL/MariaDB seeding hooks: no RETURNING on MySQL, so ids come from LAST_INSERT_ID()."""

from __future__ import annotations

from harness.core.seed_hooks import BaseSeedHooks


class MySqlSeedHooks(BaseSeedHooks):
    def last_insert_id_sql(self) -> str | None:
        # InnoDB hands a multi-row INSERT consecutive ids (innodb_autoinc_lock_mode 0/1,
        # and 2 when no other session inserts concurrently); LAST_INSERT_ID() is the first
        return "select last_insert_id()"
