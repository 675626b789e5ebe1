"""The SQLite ``schema_diff_v1`` part: drizzle-kit 1.0's ``generate`` for SQLite.

:class:`SQLiteSchemaDiffV1` serialises declarations into drizzle-kit 1.0's snapshot (a flat
entity list, ``harness.sqlite.v1.entities``), plans the statements from two of them as
drizzle-kit 1.0 does (``plan``) and writes their SQL (``render``).  Renames are asked about
in drizzle-kit's order (tables, then each table's columns); an unanswered question ends the
diff with an :class:`~harness.core.schema_diff.Ambiguity`.  SQLite views cannot be renamed:
drizzle-kit 1.0 drops and creates them, so they never raise a question.

The new snapshot is the declared one *after* the diff: like drizzle-kit, the diff lets an
unnamed unique, primary key or foreign key whose generated name changed only through a
table or column rename keep its old name, and writes that into ``after["ddl"]``.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import Any

from harness.core.ddl import Casing
from harness.core.schema_diff import Renames, SchemaDiff
from harness.sqlite.v1 import entities
from harness.sqlite.v1.describe import describe
from harness.sqlite.v1.plan import plan
from harness.sqlite.v1.render import render
from harness.sqlite.v1.store import Store


class SQLiteSchemaDiffV1:
    """``harness.core.parts.SchemaDiffer`` for drizzle-kit 1.0's SQLite snapshots ("7")."""

    snapshot_version = entities.VERSION

    def empty_snapshot(self) -> dict[str, Any]:
        return entities.empty_snapshot()

    def snapshot(self, declared: Sequence[Any], casing: Casing = None) -> dict[str, Any]:
        """``casing`` is accepted and ignored: drizzle-kit 1.0 does not apply the kit's
        casing option to SQLite names."""
        return entities.snapshot(declared)

    def diff(self, before: dict[str, Any], after: dict[str, Any], renames: Renames) -> SchemaDiff:
        ddl1 = Store(entities.normalized(e) for e in copy.deepcopy(before.get("ddl", [])))
        ddl2 = Store(copy.deepcopy(after.get("ddl", [])))
        result = plan(ddl1, ddl2, renames)
        if result.ambiguities:
            return SchemaDiff(ambiguities=result.ambiguities)
        statements = [text for statement in result.statements for text in render(statement)]
        after["ddl"] = ddl2.entities
        changes, loss = describe(result)
        return SchemaDiff(
            statements=statements, changes=changes, data_loss=loss, renames=result.renames
        )


__all__ = ["SQLiteSchemaDiffV1"]
