"""``MySqlSchemaDiffV1``: the ``schema_diff_v1`` part - drizzle-kit 1.0's MySQL snapshot.

A 1.0 snapshot is ``{"version": "6", "dialect": "mysql", "id", "prevIds", "ddl": [...],
"renames": [...]}`` with ``ddl`` the flat entity list (``entities``); diffing two of them is
``diff.plan`` and spelling the records ``sql.render``.  drizzle-kit 1.0 records no renames
for MySQL (its ``renames`` list stays empty), and tables, columns and views are the only
things it asks rename questions about.  The Kit writes the folder.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from harness.core.ddl import Casing
from harness.core.schema_diff import Renames, SchemaDiff
from harness.mysql.v1 import entities
from harness.mysql.v1.describe import data_loss, describe
from harness.mysql.v1.diff import plan
from harness.mysql.v1.sql import render


class MySqlSchemaDiffV1:
    """``harness.core.parts.SchemaDiffer`` for drizzle-kit 1.0's MySQL snapshots ("6")."""

    snapshot_version = entities.VERSION

    def empty_snapshot(self) -> dict[str, Any]:
        return entities.empty_snapshot()

    def snapshot(self, declared: Sequence[Any], casing: Casing = None) -> dict[str, Any]:
        """``casing`` is accepted and ignored: drizzle-kit 1.0 reads the names drizzle-orm
        gives the columns and does not apply the kit's casing option."""
        return entities.snapshot(declared)

    def diff(self, before: dict[str, Any], after: dict[str, Any], renames: Renames) -> SchemaDiff:
        """The statements from ``before`` to ``after``; ``after["ddl"]`` is updated in place
        where drizzle-kit updates its new schema (generated names kept through renames)."""
        planned = plan(list(before.get("ddl") or []), after["ddl"], renames)
        if planned.ambiguities:
            return SchemaDiff(ambiguities=planned.ambiguities)
        return SchemaDiff(
            statements=render(planned.statements),
            changes=[line for st in planned.statements for line in describe(st)],
            data_loss=[line for st in planned.statements for line in data_loss(st)],
            renames=[],
        )


__all__ = ["MySqlSchemaDiffV1"]
