"""Whole-schema seeding in drizzle-seed's model: ``seed(db, schema, count=10, seed=0)``,
``.refine(...)``, ``.run()``; and ``reset(db, schema)``.

Tables are filled in foreign-key order with one multi-row INSERT per chunk; a foreign key
points at a random row of the already seeded parent (same seed, same choice).  Cycles: the
nullable side is inserted as NULL first and filled afterwards with one UPDATE per chunk (a CASE
over the primary key), never one UPDATE per row.  Same seed and count give the same contents,
keys included, on every engine: columns whose database default is random (``gen_random_uuid()``,
``uuid()``, ``random()``, ``randomblob(...)``) get values from the seed instead, as drizzle-seed
generates them.  Left to the database: identity, serial and auto-increment keys (they count from
1 in an empty table, so they are reproducible too), generated columns, and columns with a
non-random database default (``now()``, constants).
"""

from __future__ import annotations

import random
import re
import warnings
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from harness.core.ddl import entities_from, tables_of
from harness.core.errors import HarnessError
from harness.core.table import Table
from harness.seed.factory import factory_for, insert_rows
from harness.seed.generators import Generators
from harness.sql.chunks import SQL, Raw

if TYPE_CHECKING:
    from harness.core.database import Database


class SeedNotRunWarning(UserWarning):
    """``seed(db, schema)`` was built but never ``run()``: nothing was inserted."""


class Seeder:
    """A pending seed run; ``refine`` adjusts it, ``run`` executes it.

    drizzle-seed inserts on ``await seed(db, schema)``; here the fluent form needs ``.run()``.
    A seeder dropped without running warns (``SeedNotRunWarning``; ``-W error`` makes it a
    failure) instead of silently inserting nothing.
    """

    _ran = True  # until __init__ finishes: a failed construction has nothing to warn about

    def __init__(self, db: Database, schema: Any, count: int = 10, seed: int = 0) -> None:
        self.db = db
        entities = entities_from(schema)
        keys = _keys_of(schema)
        self.tables = {keys.get(id(t), t._name): t for t in tables_of(entities)}
        self.count = count
        self.seed = seed
        self.refinements: dict[str, Mapping[str, Any]] = {}
        self._ran = False

    def __del__(self) -> None:
        if not self._ran:
            warnings.warn(
                "seed(db, schema) was never run, so nothing was inserted: call "
                "seed(db, schema).run() (or .refine(...).run())",
                SeedNotRunWarning,
                stacklevel=2,
            )

    def refine(self, fn: Callable[[Generators], Mapping[str, Mapping[str, Any]]]) -> Seeder:
        """``refine(lambda f: {"users": {"count": 20, "columns": {...}, "with_": {...}}})``."""
        refinements = dict(fn(Generators(random.Random(f"{self.seed}:refine"))))
        unknown = set(refinements) - set(self.tables)
        if unknown:
            raise HarnessError(
                f"refine(): unknown table(s) {sorted(unknown)}; tables: {sorted(self.tables)}"
            )
        self.refinements = refinements
        return self

    def run(self) -> dict[str, int]:
        """Insert the rows; returns how many per table."""
        self._ran = True
        order, deferred = _fk_order(list(self.tables.values()))
        rng = random.Random(f"{self.seed}:choices")
        counts = self._counts()
        stored: dict[int, list[Any]] = {}
        for table in order:
            key = self._key(table)
            size = counts[key]
            refinement = self.refinements.get(key, {})
            declarations = self._random_defaults(table)
            declarations.update(self._columns(table, refinement.get("columns", {})))
            cls = factory_for(table, self.db, seed=f"{self.seed}", **declarations)
            rows = []
            assigned = self._with_parents(table, counts)
            combos = _distinct_parent_combinations(table, stored, size, rng)
            if combos is not None:
                size = len(combos[1])
            for i in range(size):
                overrides: dict[str, Any] = {}
                if combos is not None:
                    overrides.update(zip(combos[0], combos[1][i], strict=True))
                if assigned is not None:
                    fk, indexes = assigned
                    parent_rows = stored[id(fk.foreign_table)]
                    overrides[fk.columns[0].key] = parent_rows[indexes[i]][
                        fk.foreign_columns[0].key
                    ]
                for fk in table._foreign_keys:
                    column = fk.columns[0]
                    if column.key in overrides:
                        continue
                    if len(fk.columns) > 1:
                        # a composite key: every column from one parent row
                        candidates = stored.get(id(fk.foreign_table)) or []
                        if candidates:
                            parent = rng.choice(candidates)
                            for mine, theirs in zip(fk.columns, fk.foreign_columns, strict=True):
                                overrides[mine.key] = parent[theirs.key]
                        continue
                    if (id(table), column.key) in deferred:
                        overrides[column.key] = None
                        continue
                    parents = stored.get(id(fk.foreign_table))
                    if parents:
                        overrides[column.key] = rng.choice(parents)[fk.foreign_columns[0].key]
                    elif column.not_null:
                        raise HarnessError(
                            f"seed: {table._name}.{column.name} needs rows in "
                            f"{fk.foreign_table._name}, which has none"
                        )
                rows.append(dict(cls.build(**overrides)))
            stored[id(table)] = insert_rows(self.db, table, rows)
            if any(c.key in r for r in rows[:1] for c in table._columns.values() if c.primary):
                # explicit keys: move sequences/identities past them (PostgreSQL needs it)
                self.db.dialect.seeding.advance_sequences(self.db, table)
        self._fill_deferred(deferred, stored, rng)
        return {self._key(t): len(stored[id(t)]) for t in order}

    # -- helpers ----------------------------------------------------------------------------
    def _key(self, table: Table) -> str:
        return next(k for k, t in self.tables.items() if t is table)

    def _counts(self) -> dict[str, int]:
        counts = {
            key: int(self.refinements.get(key, {}).get("count", self.count)) for key in self.tables
        }
        for key, refinement in self.refinements.items():
            for child, spec in (refinement.get("with_") or {}).items():
                counts[child] = sum(self._child_counts(counts[key], spec, child))
        return counts

    def _child_counts(self, parents: int, spec: Any, child: str) -> list[int]:
        rng = random.Random(f"{self.seed}:with:{child}")
        if isinstance(spec, int):
            return [spec] * parents
        out = []
        for _ in range(parents):
            roll, acc = rng.random(), 0.0
            for option in spec:
                acc += float(option["weight"])
                if roll <= acc:
                    count = option["count"]
                    out.append(rng.choice(count) if isinstance(count, list) else int(count))
                    break
            else:
                out.append(0)
        return out

    def _with_parents(self, table: Table, counts: dict[str, int]) -> tuple[Any, list[int]] | None:
        """The foreign key and parent row index for each row, when a parent's ``with_`` says
        how many of this table each parent row gets."""
        key = self._key(table)
        for parent_key, refinement in self.refinements.items():
            spec = (refinement.get("with_") or {}).get(key)
            if spec is None:
                continue
            parent = self.tables[parent_key]
            fk = next((f for f in table._foreign_keys if f.foreign_table is parent), None)
            if fk is None:
                raise HarnessError(f"refine: {key} has no foreign key to {parent_key} for with_")
            per_parent = self._child_counts(counts[parent_key], spec, key)
            return fk, [i for i, n in enumerate(per_parent) for _ in range(n)]
        return None

    def _random_defaults(self, table: Table) -> dict[str, Any]:
        """Generated values for the columns whose database default is random (a uuid key
        filled by ``gen_random_uuid()`` would differ between two runs of the same seed, and
        every foreign key to it with it)."""
        import factory

        from harness.seed.values import Streams, generator

        out: dict[str, Any] = {}
        for key, column in table._columns.items():
            if not _random_default(column):
                continue
            streams = Streams(f"{self.seed}:{table._name}:{key}:default")
            out[key] = factory.Sequence(generator(column, streams, unique=True))
        return out

    def _columns(self, table: Table, columns: Mapping[str, Any]) -> dict[str, Any]:
        import factory

        out: dict[str, Any] = {}
        for key, value in columns.items():
            if key not in table._columns:
                raise HarnessError(f"refine: {table._name} has no column {key!r}")
            out[key] = None if value is False else factory.Sequence(value)
        return out

    def _fill_deferred(
        self,
        deferred: set[tuple[int, str]],
        stored: dict[int, list[dict[str, Any]]],
        rng: random.Random,
    ) -> None:
        for table in self.tables.values():
            for fk in table._foreign_keys:
                column = fk.columns[0]
                if (id(table), column.key) not in deferred:
                    continue
                parents = stored[id(fk.foreign_table)]
                pk = table._primary_columns()[0]
                rows = stored[id(table)]
                assignments = [
                    (row[pk.key], rng.choice(parents)[fk.foreign_columns[0].key]) for row in rows
                ]
                _update_by_case(self.db, table, pk, column, assignments)


#: database defaults that differ on every insert
RANDOM_DEFAULT = re.compile(r"gen_random_uuid|uuid_generate_v4|\buuid\s*\(|random", re.IGNORECASE)


def _random_default(column: Any) -> bool:
    if column.identity is not None or column.autoincrement or column.generated is not None:
        return False
    default = column.default if column.has_default else None
    if not isinstance(default, SQL):
        return False
    text = "".join(chunk.text for chunk in default.chunks if isinstance(chunk, Raw))
    return RANDOM_DEFAULT.search(text) is not None


def _distinct_parent_combinations(
    table: Table, stored: dict[int, list[Any]], size: int, rng: random.Random
) -> tuple[list[str], list[tuple[Any, ...]]] | None:
    """For a composite unique key made only of foreign keys (a junction table), ``size``
    distinct parent combinations (fewer when the parents allow fewer), drawn without repeats."""
    fk_by_column = {fk.columns[0].key: fk for fk in table._foreign_keys if len(fk.columns) == 1}
    groups = [list(pk.columns) for pk in table._primary_keys]
    groups += [list(uc.columns) for uc in table._unique_constraints]
    groups += [idx.plain_columns() for idx in table._indexes if idx.unique]
    for group in groups:
        keys = [c.key for c in group]
        if len(keys) < 2 or not all(k in fk_by_column for k in keys):
            continue
        choices = []
        for key in keys:
            fk = fk_by_column[key]
            parents = stored.get(id(fk.foreign_table), [])
            choices.append([row[fk.foreign_columns[0].key] for row in parents])
        total = 1
        for values in choices:
            total *= len(values)
        picks = rng.sample(range(total), min(size, total))
        combos = []
        for index in picks:
            combo = []
            for values in reversed(choices):
                index, position = divmod(index, len(values))
                combo.append(values[position])
            combos.append(tuple(reversed(combo)))
        return keys, combos
    return None


#: pairs per ``update ... case`` statement (server work grows with rows x branches)
CASE_BRANCHES = 500


def _update_by_case(
    db: Database, table: Table, pk: Any, column: Any, pairs: list[tuple[Any, Any]]
) -> None:
    """``update t set col = case pk when .. then .. end where pk in (..)`` per chunk."""
    from harness.core.column import BareColumn

    # a CASE is searched branch by branch for every row it updates: statements of at most
    # CASE_BRANCHES pairs keep the server's work linear in the number of rows
    chunk = max(1, min(CASE_BRANCHES, db.dialect.seeding.max_parameters // 3))
    for start in range(0, len(pairs), chunk):
        part = pairs[start : start + chunk]
        chunks: list[Any] = [
            Raw("update "),
            table,
            Raw(" set "),
            BareColumn(column),
            Raw(" = case "),
            BareColumn(pk),
        ]
        for key, value in part:
            chunks += [Raw(" when "), key, Raw(" then "), value]
        chunks += [Raw(" end where "), BareColumn(pk), Raw(" in "), [k for k, _ in part]]
        db.run_query(SQL(chunks), want_rows=False)


def _fk_order(tables: list[Table]) -> tuple[list[Table], set[tuple[int, str]]]:
    """Tables parents-first; in a cycle, nullable foreign keys are deferred (NULL, then UPDATE)."""
    remaining = list(tables)
    ordered: list[Table] = []
    deferred: set[tuple[int, str]] = set()
    while remaining:
        ready = [
            t
            for t in remaining
            if all(
                fk.foreign_table is t
                or fk.foreign_table in ordered
                or fk.foreign_table not in tables
                or (id(t), fk.columns[0].key) in deferred
                for fk in t._foreign_keys
            )
        ]
        if not ready:
            # break the cycle at a nullable foreign key
            for t in remaining:
                for fk in t._foreign_keys:
                    if (
                        fk.foreign_table in remaining
                        and fk.foreign_table is not t
                        and not any(c.not_null for c in fk.columns)
                    ):
                        deferred.add((id(t), fk.columns[0].key))
                        break
                else:
                    continue
                break
            else:
                names = ", ".join(t._name for t in remaining)
                raise HarnessError(
                    f"seed: a cycle of NOT NULL foreign keys between {names} cannot be filled"
                )
            continue
        for t in ready:
            ordered.append(t)
            remaining.remove(t)
    # nullable self references: filled after the insert as well
    for t in tables:
        for fk in t._foreign_keys:
            if fk.foreign_table is t and not fk.columns[0].not_null:
                deferred.add((id(t), fk.columns[0].key))
    return ordered, deferred


def _keys_of(schema: Any) -> dict[int, str]:
    items = (
        schema.items()
        if isinstance(schema, Mapping)
        else (vars(schema).items() if hasattr(schema, "__dict__") else [])
    )
    return {id(v): k for k, v in items if isinstance(v, Table)}


def seed(db: Database, schema: Any, count: int = 10, seed: int = 0) -> Seeder:
    """A seed run over every table of ``schema`` (call ``.run()``; refine first if needed)."""
    return Seeder(db, schema, count, seed)


def reset(db: Database, schema: Any) -> None:
    """Empty every table of ``schema`` and restart identities/auto-increments."""
    admin = db.dialect.admin
    names = [db.dialect.to_sql(SQL([t]))[0] for t in tables_of(entities_from(schema))]
    admin.empty_tables(db, names)
