"""``PgSchemaDiffV1``: the ``schema_diff_v1`` part - drizzle-kit 1.0's PostgreSQL snapshot.

A 1.0 snapshot is ``{"version": "8", "dialect": "postgres", "id", "prevIds", "ddl": [...],
"renames": [...]}`` with ``ddl`` the flat entity list (``entities``); diffing two of them is
``diff.plan`` and spelling the records ``sql.render``.  The Kit writes the folder.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from harness.core.ddl import Casing
from harness.core.schema_diff import Renames, SchemaDiff
from harness.pg.v1.describe import data_loss, describe
from harness.pg.v1.diff import plan
from harness.pg.v1.entities import ddl_entities
from harness.pg.v1.sql import render

ZERO_ID = "00000000-0000-0000-0000-000000000000"


class PgSchemaDiffV1:
    """``harness.core.parts.SchemaDiffer`` for drizzle-kit 1.0's PostgreSQL snapshots."""

    snapshot_version = "8"

    def empty_snapshot(self) -> dict[str, Any]:
        """drizzle-kit's ``drySnapshot``: the base of a folder's first migration."""
        return {
            "version": "8",
            "dialect": "postgres",
            "id": ZERO_ID,
            "prevIds": [],
            "ddl": [],
            "renames": [],
        }

    def snapshot(self, entities: Sequence[Any], casing: Casing = None) -> dict[str, Any]:
        """The declarations as a 1.0 snapshot (``id``/``prevIds`` blank).  ``casing`` is not
        applied: drizzle-kit 1.0's ``generate`` has no casing option."""
        return {
            "version": "8",
            "dialect": "postgres",
            "id": "",
            "prevIds": [],
            "ddl": ddl_entities(entities),
            "renames": [],
        }

    def diff(self, before: dict[str, Any], after: dict[str, Any], renames: Renames) -> SchemaDiff:
        """The statements from ``before`` to ``after``; ``after["ddl"]`` is updated in place
        where drizzle-kit updates its new schema (generated constraint names kept)."""
        planned = plan(list(before.get("ddl") or []), after["ddl"], renames)
        if planned.ambiguities:
            return SchemaDiff(ambiguities=planned.ambiguities)
        return SchemaDiff(
            statements=render(planned.statements),
            changes=[line for st in planned.statements for line in describe(st)],
            data_loss=[line for st in planned.statements for line in data_loss(st)],
            renames=planned.renames,
        )
