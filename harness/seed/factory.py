"""factory_boy factories generated from table declarations.

``factory_for(users, db)`` returns a ``factory.Factory`` subclass whose declarations come from
the columns (see ``values.py``): overrides, ``factory.Sequence``, ``LazyAttribute``, traits all
work as in factory_boy.  ``create()`` inserts through the ORM core and returns the row as the
database stored it (ids, defaults); ``build()`` returns the values without touching the database.
``create_batch(n)`` sends one multi-row INSERT per chunk (fitting the dialect's parameter limit)
and creates the NOT NULL foreign-key parents in batches too.

Columns the database fills (identity, serial, auto-increment, generated, database defaults) are
left out unless overridden; ``default_fn`` columns get their function's value.  Nullable foreign
keys stay NULL unless given; NOT NULL ones get a parent from the referenced table's factory.
The trait ``nulls=True`` sets every other nullable column to None.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

import factory
from factory import declarations

from harness import engines
from harness.core.column import Column
from harness.core.errors import HarnessError
from harness.core.parts import SeedHooks
from harness.core.table import Table
from harness.seed.values import Streams, generator

if TYPE_CHECKING:
    from harness.core.database import Database


class Row(dict[str, Any]):
    """A row: a dict whose keys are also attributes (``user.email``)."""

    def __getattr__(self, key: str) -> Any:
        try:
            return self[key]
        except KeyError:
            raise AttributeError(f"row has no column {key!r}; columns: {list(self)}") from None


class ParentKey(factory.SubFactory):  # type: ignore[misc]
    """A NOT NULL foreign key: creates (or builds) a parent row and takes its referenced column."""

    def __init__(self, parent_factory: Any, key: str) -> None:
        super().__init__(parent_factory)
        self.key = key

    def evaluate(self, instance: Any, step: Any, extra: Any) -> Any:
        parent = super().evaluate(instance, step, extra)
        return parent.get(self.key) if isinstance(parent, Mapping) else parent


class TableFactoryOptions(factory.base.FactoryOptions):  # type: ignore[misc]
    """factory_boy options with a ``table`` (the declaration rows go into), as factory_boy's
    ``SQLAlchemyOptions`` adds ``sqlalchemy_session``: ``model`` stays a class (``Row``), so
    ``class UserFactory(factory_for(users, db))`` subclasses like any factory."""

    def _build_default_options(self) -> list[Any]:
        return [
            *super()._build_default_options(),
            factory.base.OptionDefault("table", None, inherit=True),
        ]


class TableFactory(factory.Factory):  # type: ignore[misc]
    """Base of generated factories; ``bind(db)`` chooses where ``create()`` inserts."""

    _options_class = TableFactoryOptions

    class Meta:
        abstract = True

    _db: Database | None = None
    _streams: Streams
    #: column key -> value function, when every declaration is a generated one (fast batches)
    _fast: dict[str, Any] | None = None

    @classmethod
    def bind(cls, db: Database | None) -> type[TableFactory]:
        """Insert into ``db`` from now on (the plugin binds each test's ``db``)."""
        cls._db = db
        return cls

    @classmethod
    def reseed(cls, seed: str) -> None:
        """Replay values from ``seed`` and restart the sequence (one stream per test)."""
        cls._streams.reseed(seed)
        cls.reset_sequence(0, force=True)

    @classmethod
    def _table(cls) -> Table:
        table: Table = cls._meta.table
        return table

    @classmethod
    def _build(cls, model_class: Any, *args: Any, **kwargs: Any) -> Row:
        return Row(kwargs)

    @classmethod
    def _create(cls, model_class: Any, *args: Any, **kwargs: Any) -> Row:
        return insert_rows(cls._require_db(), cls._table(), [kwargs])[0]

    @classmethod
    def _require_db(cls) -> Database:
        if cls._db is None:
            raise HarnessError(
                f"{cls.__name__}: no database bound; use factory_for(table, db) or "
                f"{cls.__name__}.bind(db) (the plugin's fixtures bind the test's db)"
            )
        return cls._db

    @classmethod
    def create_batch(cls, size: int, **kwargs: Any) -> list[Row]:
        """``size`` rows in one multi-row INSERT per chunk; parents are batched as well.

        A factory with post-generation hooks creates row by row instead: the hooks get the
        stored row (with its id), as they do from ``create()``."""
        if cls._meta.post_declarations.as_dict():
            return list(super().create_batch(size, **kwargs))
        table = cls._table()
        parents: dict[str, list[Any]] = {}
        for key, (parent_factory, ref_key) in cls._parent_keys().items():
            if key not in kwargs:
                created = parent_factory.create_batch(size)
                parents[key] = [row[ref_key] for row in created]
        # the fast path knows only the generated declarations: a subclass may override them
        fast = cls._fast if cls.__dict__.get("_generated", False) else None
        values = []
        if fast is not None and not any(
            isinstance(v, declarations.BaseDeclaration) for v in kwargs.values()
        ):
            # the same values factory_boy would compute, without its per-row machinery
            generated = [
                (k, make) for k, make in fast.items() if k not in kwargs and k not in parents
            ]
            # the sequence numbers next_sequence() would give, taken at once
            first = cls._meta.next_sequence() if size else 0
            if size > 1:
                cls.reset_sequence(first + size, force=True)
            for i, n in enumerate(range(first, first + size)):
                row = {k: make(n) for k, make in generated}
                for key, ids in parents.items():
                    row[key] = ids[i]
                row.update(kwargs)
                values.append(row)
        else:
            for i in range(size):
                overrides = {key: ids[i] for key, ids in parents.items()}
                values.append(dict(cls.build(**{**overrides, **kwargs})))
        return insert_rows(cls._require_db(), table, values)

    @classmethod
    def _parent_keys(cls) -> dict[str, tuple[Any, str]]:
        found = {}
        for key, declaration in cls._meta.declarations.items():
            if isinstance(declaration, ParentKey):
                found[key] = (declaration.get_factory(), declaration.key)
        return found


def insert_rows(db: Database, table: Table, rows: list[dict[str, Any]]) -> list[Row]:
    """Insert ``rows`` (chunked to the parameter limit) and return them as stored."""
    if not rows:
        return []
    # the engine's bulk path first (PostgreSQL: COPY), for the whole batch at once
    copied = db.dialect.seeding.bulk_insert(db, table, rows, Row)
    if copied is not None:
        return cast("list[Row]", copied)  # each one built by Row
    width = max(1, len(table._columns))
    chunk = max(1, db.dialect.seeding.max_parameters // width)
    out: list[Row] = []
    for start in range(0, len(rows), chunk):
        part = rows[start : start + chunk]
        if "insert" in db.dialect.returning:
            stored = db.insert(table).values(part).returning().all()
        else:
            stored = _insert_then_read(db, table, part)
        out.extend(Row(r) for r in stored)
    return out


def _insert_then_read(
    db: Database, table: Table, rows: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Without RETURNING: consecutive ids from the first inserted id, then read the rows back."""
    from harness.sql.operators import between

    db.insert(table).values(rows).execute()
    sql_text = db.dialect.seeding.last_insert_id_sql()
    primaries = table._primary_columns()
    if sql_text is None or len(primaries) != 1:
        return rows
    if all(r.get(primaries[0].key) is not None for r in rows):
        # explicit keys: LAST_INSERT_ID() still names an earlier statement's id, so the
        # rows as sent are the rows as stored
        return [dict(r) for r in rows]
    first = int(db.run_text(sql_text, want_rows=True)[0][0][0])
    pk = primaries[0]
    if not first:  # explicit keys were given: read back by them
        return [dict(r) for r in rows]
    stored = (
        db.select().from_(table).where(between(pk, first, first + len(rows) - 1)).order_by(pk).all()
    )
    return stored


def _declarations(
    table: Table,
    streams: Streams,
    registry: dict[int, type[TableFactory]],
    db: Database | None,
    hooks: SeedHooks | None,
) -> dict[str, Any]:
    unique_columns = _unique_columns(table)
    fk_targets = {}
    for fk in table._foreign_keys:
        cols = fk.columns
        if len(cols) == 1:
            fk_targets[cols[0].key] = fk.foreign_columns[0]
    out: dict[str, Any] = {}
    fast: dict[str, Any] = {}
    nullable: list[str] = []
    params: dict[str, Any] = {}
    composite: dict[str, Any] = {}
    for index, fk in enumerate(table._foreign_keys):
        if len(fk.columns) < 2:
            continue
        keys = [c.key for c in fk.columns]
        if all(c.not_null for c in fk.columns):
            # one parent row fills every column of the key
            param = f"parent_{index}"
            params[param] = factory.SubFactory(
                factory_for(fk.foreign_table, db, _registry=registry)
            )
            for column, target in zip(fk.columns, fk.foreign_columns, strict=True):
                composite[column.key] = factory.SelfAttribute(f"{param}.{target.key}")
        else:
            composite.update(dict.fromkeys(keys))
    for key, column in table._columns.items():
        defaulted = not column.not_null and column.identity is None and not column.autoincrement
        if column.should_disable_insert() or (
            hooks is not None and hooks.fills_automatically(column)
        ):
            if defaulted and not column.should_disable_insert() and column.has_default:
                nullable.append(key)  # nulls=True overrides the database default with NULL
            continue
        unique = id(column) in unique_columns
        # a default_fn is used, except on unique columns, where only generation is collision-free
        if (column.default_fn is not None or column.on_update_fn is not None) and not unique:
            if defaulted:
                nullable.append(key)
            continue
        if key in composite:
            out[key] = composite[key]
            continue
        referenced = fk_targets.get(key)
        if referenced is not None:
            target = referenced
            if column.not_null:
                if target.table is table:
                    raise HarnessError(
                        f"factory for {table._name!r}: column {key!r} is a NOT NULL reference to "
                        f"its own table; pass a value ({key}=...) or make it nullable"
                    )
                parent = factory_for(target.table, db, _registry=registry)
                out[key] = ParentKey(parent, target.key)
            else:
                out[key] = None
                fast[key] = _none
            continue
        make = generator(column, streams, unique=unique)
        out[key] = factory.Sequence(make)
        fast[key] = make
        if not column.not_null:
            nullable.append(key)
    params["nulls"] = factory.Trait(**dict.fromkeys(nullable))
    out["Params"] = type("Params", (), params)
    out["_fast_values"] = None if composite else fast
    return out


def _none(n: int) -> None:
    return None


def _unique_columns(table: Table) -> set[int]:
    """Columns that must not repeat: unique columns, primary keys, and one column of every
    composite unique constraint/index/primary key (enough to make the tuple unique)."""
    unique = {id(c) for c in table._columns.values() if c.is_unique or c.primary}
    groups: list[list[Column]] = [list(pk.columns) for pk in table._primary_keys]
    groups += [list(uc.columns) for uc in table._unique_constraints]
    groups += [idx.plain_columns() for idx in table._indexes if idx.unique]
    fk_columns = {id(c) for fk in table._foreign_keys for c in fk.columns}
    for group in groups:
        if len(group) == 1:
            unique.add(id(group[0]))
            continue
        free = [c for c in group if id(c) not in fk_columns]
        unique.add(id((free or group)[0]))
    return unique


def factory_for(
    table: Table,
    db: Database | None = None,
    seed: str = "0",
    _registry: dict[int, type[TableFactory]] | None = None,
    **declarations_: Any,
) -> type[TableFactory]:
    """A factory_boy ``Factory`` for ``table``, bound to ``db`` (``create``) or not (``build``).

    Extra keyword arguments are factory_boy declarations that replace the generated ones.
    """
    registry = _registry if _registry is not None else {}
    if id(table) in registry and not declarations_:
        existing = registry[id(table)]
        return existing
    hooks = db.dialect.seeding if db is not None else _seed_hooks_of(table)
    streams = Streams(f"{seed}:{table._name}")
    attrs: dict[str, Any] = {"_streams": streams, "_db": db}
    placeholder = type(
        f"{table._name}Factory",
        (TableFactory,),
        {"Meta": type("Meta", (), {"model": Row, "table": table}), **attrs},
    )
    registry[id(table)] = placeholder
    generated = _declarations(table, streams, registry, db, hooks)
    fast_values = generated.pop("_fast_values")
    generated.update(declarations_)
    attrs["_fast"] = None if declarations_ else fast_values
    meta = type("Meta", (), {"model": Row, "table": table})
    name = "".join(part.capitalize() for part in table._name.split("_")) + "Factory"
    cls: type[TableFactory] = type(
        name, (TableFactory,), {"Meta": meta, "_generated": True, **attrs, **generated}
    )
    registry[id(table)] = cls
    return cls


def _seed_hooks_of(table: Table) -> SeedHooks | None:
    """The seeding hooks of the dialect ``table`` is declared for (no database at hand)."""
    try:
        engine = engines.get(table._dialect)
    except engines.UnknownEngine:
        return None
    return engine.dialect_class().seeding
