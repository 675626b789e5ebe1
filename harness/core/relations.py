"""Soft relations between tables (Drizzle's ``relations()``), for relational queries.

Relations are application-level only: they never create foreign keys and work without them.
``one`` with ``fields``/``references`` is explicit; ``one`` without them and every ``many`` are
resolved from the opposite side's explicit ``one`` (disambiguated with ``relation_name``).
Problems are reported when ``connect(schema=...)`` builds ``db.query``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from harness.core.column import Column
from harness.core.errors import SchemaError
from harness.core.table import Table


@dataclass
class RelationSpec:
    """What the user declared: ``r.one(...)`` or ``r.many(...)``."""

    kind: str  # "one" | "many"
    target: Table
    fields: list[Column] = field(default_factory=list)
    references: list[Column] = field(default_factory=list)
    relation_name: str | None = None


class _Builder:
    """The ``r`` handed to a relations callable."""

    def one(
        self,
        target: Table,
        fields: Sequence[Column] | None = None,
        references: Sequence[Column] | None = None,
        relation_name: str | None = None,
    ) -> RelationSpec:
        return RelationSpec(
            "one", target, list(fields or []), list(references or []), relation_name
        )

    def many(self, target: Table, relation_name: str | None = None) -> RelationSpec:
        return RelationSpec("many", target, relation_name=relation_name)


class Relations:
    """``relations(users, lambda r: {"posts": r.many(posts)})``: the relations of one table."""

    def __init__(
        self, table: Table, config: Callable[[_Builder], Mapping[str, RelationSpec]]
    ) -> None:
        if not isinstance(table, Table):
            raise SchemaError(f"relations() takes a table first, got {type(table).__name__}")
        self.table = table
        self._config = config
        self._specs: dict[str, RelationSpec] | None = None

    @property
    def specs(self) -> dict[str, RelationSpec]:
        if self._specs is None:
            self._specs = dict(self._config(_Builder()))
        return self._specs


def relations(table: Table, config: Callable[[_Builder], Mapping[str, RelationSpec]]) -> Relations:
    return Relations(table, config)


@dataclass(frozen=True)
class Relation:
    """A resolved relation: rows of ``target`` whose ``target_columns`` equal the source row's
    ``source_columns``; ``kind`` says one row or a list."""

    name: str
    kind: str
    source: Table
    target: Table
    target_key: str
    source_columns: tuple[Column, ...]
    target_columns: tuple[Column, ...]


@dataclass
class RelationalSchema:
    """Tables by their schema key, and every table's resolved relations."""

    tables: dict[str, Table]
    keys: dict[int, str]
    relations: dict[str, dict[str, Relation]]


def build_schema(schema: Any) -> RelationalSchema:
    """Collect tables and relations from a module or mapping and resolve every relation."""
    items = schema.items() if isinstance(schema, Mapping) else vars(schema).items()
    tables: dict[str, Table] = {}
    declared: list[Relations] = []
    for key, value in items:
        if key.startswith("_"):
            continue
        if isinstance(value, Table) and not value._is_alias:
            tables[key] = value
        elif isinstance(value, Relations):
            declared.append(value)
    keys = {id(t): k for k, t in tables.items()}
    specs: dict[str, dict[str, RelationSpec]] = {k: {} for k in tables}
    for rel in declared:
        key = keys.get(id(rel.table))
        if key is None:
            raise SchemaError(
                f"relations() for table {rel.table._name!r}: the table is not in the schema; "
                f"export it from the same module"
            )
        specs[key].update(rel.specs)
    resolved: dict[str, dict[str, Relation]] = {k: {} for k in tables}
    for key, table_specs in specs.items():
        for name, spec in table_specs.items():
            resolved[key][name] = _resolve(tables[key], key, name, spec, specs, keys)
    return RelationalSchema(tables, keys, resolved)


def _resolve(
    source: Table,
    source_key: str,
    name: str,
    spec: RelationSpec,
    specs: dict[str, dict[str, RelationSpec]],
    keys: dict[int, str],
) -> Relation:
    where = f"table {source._name!r}, relation {name!r}"
    target_key = keys.get(id(spec.target))
    if target_key is None:
        raise SchemaError(
            f"{where}: points at table {spec.target._name!r}, which is not in the schema passed "
            f"to connect(schema=...)"
        )
    if spec.kind == "one" and spec.fields:
        if len(spec.fields) != len(spec.references):
            raise SchemaError(f"{where}: fields and references must have the same length")
        return Relation(
            name, "one", source, spec.target, target_key, tuple(spec.fields), tuple(spec.references)
        )
    # inferred from the opposite side: an explicit one() on the target pointing back here
    candidates = [
        (other_name, other)
        for other_name, other in specs[target_key].items()
        if other.kind == "one"
        and other.fields
        and other.target is source
        and (spec.relation_name is None or other.relation_name == spec.relation_name)
    ]
    if spec.relation_name is None and len(candidates) > 1:
        raise SchemaError(
            f"{where}: ambiguous, {spec.target._name!r} has {len(candidates)} relations back to "
            f"{source._name!r} ({', '.join(n for n, _ in candidates)}); set relation_name= on both "
            f"sides"
        )
    if not candidates:
        raise SchemaError(
            f"{where}: cannot infer the columns; give one(..., fields=[...], references=[...]) "
            f"here or on {spec.target._name!r}'s side"
        )
    _, other = candidates[0]
    return Relation(
        name,
        spec.kind,
        source,
        spec.target,
        target_key,
        tuple(other.references),
        tuple(other.fields),
    )
