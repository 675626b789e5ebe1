"""The human side of a 1.0 diff: one line per change, one per way it may lose data.

``harness check`` and ``generate`` print these; they say what the statements do in the words
the 0.31 differ uses, so both layouts read the same.
"""

from __future__ import annotations

from typing import Any

from harness.sqlite.v1.plan import Plan
from harness.sqlite.v1.store import MISSING

_LABELS = {
    "notNull": "NOT NULL",
    "autoincrement": "autoincrement",
    "default": "default",
    "generated": "generated expression",
}


def describe(plan: Plan) -> tuple[list[str], list[str]]:
    """(changes, data_loss) for a plan."""
    changes: list[str] = []
    loss: list[str] = []
    changes += [f"table {n} created" for n in plan.created_tables]
    for name in plan.dropped_tables:
        changes.append(f"table {name} dropped")
        loss.append(f"table {name} dropped with its rows")
    changes += [f"table {o} renamed to {n}" for o, n in plan.renamed_tables]
    changes += [f"table {t}: column {o} renamed to {n}" for t, o, n in plan.renamed_columns]
    for column in plan.added_columns:
        table, name = column["table"], column["name"]
        changes.append(f"table {table}: column {name} added")
        if column["notNull"] and column["default"] is None and not column["generated"]:
            loss.append(
                f"table {table}: column {name} added NOT NULL without a default "
                "(fails if the table has rows)"
            )
    for column in plan.dropped_columns:
        table, name = column["table"], column["name"]
        changes.append(f"table {table}: column {name} dropped")
        loss.append(f"table {table}: column {name} dropped with its values")
    for alter in plan.altered_columns:
        where = f"table {alter.table}: column {alter.name}"
        for attribute, (before, after) in alter.changes.items():
            changes.append(f"{where} {_attribute(attribute, before, after)}")
        if "type" in alter.changes:
            before, after = alter.changes["type"]
            loss.append(f"{where} type {before} -> {after} (values are copied into the new type)")
        if "notNull" in alter.changes and alter.right["notNull"] and alter.right["default"] is None:
            loss.append(f"{where} set NOT NULL without a default (fails if a row holds null)")
        if "generated" in alter.changes and alter.table not in plan.recreated:
            loss.append(f"{where} dropped and added again (its values are recomputed)")
    changes += [f"table {t}: {what} {name} {verb}" for t, what, name, verb in plan.constraints]
    changes += [f"table {t} recreated" for t in plan.recreated]
    changes += [f"view {n} created" for n in plan.created_views]
    changes += [f"view {n} dropped" for n in plan.dropped_views]
    changes += [f"view {n} changed" for n in plan.changed_views]
    return changes, loss


def _attribute(attribute: str, before: Any, after: Any) -> str:
    if attribute == "type":
        return f"type {before} -> {after}"
    label = _LABELS.get(attribute, attribute)
    if isinstance(after, bool):
        return f"{label} {'added' if after else 'dropped'}"
    if before is None or before is MISSING:
        return f"{label} added"
    if after is None or after is MISSING:
        return f"{label} dropped"
    return f"{label} changed"


__all__ = ["describe"]
