"""What every dialect's schema differ shares: rename answers, the diff's result, ambiguities.

drizzle-kit works on *snapshots* (the JSON in ``meta/NNNN_snapshot.json``): it serialises the
declarations into a snapshot, diffs it against the previous one and renders statements from
the difference.  Each dialect's ``schema_diff`` part (``harness.core.parts.SchemaDiffer``)
does the same with drizzle-kit's snapshot format for that dialect; this module holds the
dialect-neutral vocabulary the Kit (``harness.kit.generate``) talks to it with.

Renames are the one thing a diff cannot know: when ``users.name`` disappears and
``users.full_name`` appears, drizzle-kit asks on the terminal whether the column was renamed.
A differ never asks; it reports an :class:`Ambiguity` unless :class:`Renames` already holds
the answer, and the caller (a prompt on a terminal, ``--rename`` flags in CI) answers and
diffs again.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

#: what can be renamed, in the order drizzle-kit asks about them
EntityKind = Literal["schema", "enum", "sequence", "table", "column", "view", "policy", "role"]


@dataclass(frozen=True)
class Renames:
    """The answers to rename questions.

    ``pairs``: ``(kind, old, new)`` - ``new`` was renamed from ``old``.  Names are the ones an
    :class:`Ambiguity` uses: ``table`` / ``schema.table`` for tables, views, enums and
    sequences (the schema only when it is not the default), ``table.column`` /
    ``schema.table.column`` for columns.
    ``created``: ``(kind, new)`` answered "created, not renamed".
    ``none``: every ambiguity is answered "created" (``--no-renames``).
    """

    pairs: frozenset[tuple[EntityKind, str, str]] = frozenset()
    created: frozenset[tuple[EntityKind, str]] = frozenset()
    none: bool = False

    def renamed_from(self, kind: EntityKind, new: str) -> str | None:
        """The old name ``new`` was renamed from, if that was answered."""
        for k, old, n in self.pairs:
            if k == kind and n == new:
                return old
        return None

    def is_created(self, kind: EntityKind, new: str) -> bool:
        """Whether ``new`` was answered "created, not renamed"."""
        return self.none or (kind, new) in self.created

    def with_rename(self, kind: EntityKind, old: str, new: str) -> Renames:
        return Renames(self.pairs | {(kind, old, new)}, self.created, self.none)

    def with_created(self, kind: EntityKind, new: str) -> Renames:
        return Renames(self.pairs, self.created | {(kind, new)}, self.none)


@dataclass(frozen=True)
class Ambiguity:
    """``new`` appeared while ``candidates`` (same kind, same parent) disappeared: created, or
    renamed from one of them?  Resolve with :meth:`Renames.with_rename` / ``with_created``."""

    kind: EntityKind
    new: str
    candidates: tuple[str, ...]

    def question(self) -> str:
        return (
            f"Is {self.kind} {self.new!r} created or renamed from "
            + " / ".join(repr(c) for c in self.candidates)
            + "?"
        )


@dataclass
class SchemaDiff:
    """What changed between two snapshots, as statements in drizzle-kit's order.

    ``statements``: SQL statements (no trailing breakpoint markers), empty when nothing changed.
    ``changes``: one human line per change (``"users.bio added"``) for ``harness check``.
    ``data_loss``: one line per statement that may destroy data (dropped table or column,
    narrowed type, NOT NULL without default on a table that may have rows).
    ``meta``: the ``_meta`` object of the new snapshot (drizzle-kit records the renames of this
    migration there: ``{"schemas": {}, "tables": {}, "columns": {}}`` keyed ``"old": "new"``).
    ``ambiguities``: unanswered rename questions; when not empty, the rest is meaningless and
    the caller must answer them and diff again.
    ``renames``: drizzle-kit 1.0's record of this migration's renames (its ``renames`` list).
    """

    statements: list[str] = field(default_factory=list)
    changes: list[str] = field(default_factory=list)
    data_loss: list[str] = field(default_factory=list)
    meta: dict[str, dict[str, str]] = field(default_factory=dict)
    ambiguities: list[Ambiguity] = field(default_factory=list)
    #: drizzle-kit 1.0 snapshots record this migration's renames as a list (``renames``)
    renames: list[Any] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.statements and not self.ambiguities


def rename_flag(kind: EntityKind, old: str, new: str) -> str:
    """The ``harness generate`` flag that answers "``new`` was renamed from ``old``"."""
    return f"--rename {kind}:{old}={new}"


def created_flag(kind: EntityKind, new: str) -> str:
    """The flag that answers "``new`` is created, not renamed"."""
    return f"--created {kind}:{new}"


def parse_rename_flags(renames: Iterable[str], created: Iterable[str], none: bool) -> Renames:
    """``--rename kind:OLD=NEW`` and ``--created kind:NEW`` values as :class:`Renames`.

    The kind is required: ``users.name`` could be a column of ``users`` or a table of
    schema ``users``.  Raises ValueError naming the flag and the expected form.
    """
    pairs: set[tuple[EntityKind, str, str]] = set()
    for value in renames:
        kind, rest = _split_kind(value, "--rename")
        old, sep, new = rest.partition("=")
        if not sep or not old or not new:
            raise ValueError(
                f"--rename {value!r}: expected KIND:OLD=NEW, e.g. column:users.name=users.full_name"
            )
        pairs.add((kind, old, new))
    made: set[tuple[EntityKind, str]] = set()
    for value in created:
        kind, rest = _split_kind(value, "--created")
        if not rest:
            raise ValueError(f"--created {value!r}: expected KIND:NEW, e.g. table:people")
        made.add((kind, rest))
    return Renames(frozenset(pairs), frozenset(made), none)


_KINDS: tuple[EntityKind, ...] = (
    "schema",
    "enum",
    "sequence",
    "table",
    "column",
    "view",
    "policy",
    "role",
)


def _split_kind(value: str, flag: str) -> tuple[EntityKind, str]:
    head, sep, rest = value.partition(":")
    if not sep:
        raise ValueError(
            f"{flag} {value!r}: name the kind first, one of {', '.join(_KINDS)} "
            "(e.g. table:users=people)"
        )
    for kind in _KINDS:
        if head == kind:
            return kind, rest
    raise ValueError(f"{flag} {value!r}: unknown kind {head!r}; one of {', '.join(_KINDS)}")


@dataclass
class Matched:
    """How the names that disappeared and appeared pair up (see :func:`match_renames`)."""

    renamed: list[tuple[str, str]] = field(default_factory=list)
    created: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    ambiguities: list[Ambiguity] = field(default_factory=list)


def match_renames(
    kind: EntityKind, deleted: Sequence[str], created: Sequence[str], renames: Renames
) -> Matched:
    """Pair ``deleted`` and ``created`` names of one kind within one parent, as drizzle-kit's
    prompts do: each created name, in order, is asked about while deleted candidates remain;
    a rename takes its old name out of the candidates.  Unanswered questions become
    ambiguities (the names are then neither renamed nor created in the result)."""
    result = Matched()
    left = list(deleted)
    for new in created:
        old = renames.renamed_from(kind, new)
        if old is not None and old in left:
            left.remove(old)
            result.renamed.append((old, new))
        elif not left or renames.is_created(kind, new):
            result.created.append(new)
        else:
            result.ambiguities.append(Ambiguity(kind, new, tuple(left)))
    result.deleted = left
    return result


@dataclass(frozen=True)
class Edge:
    """One foreign key as ``relations.py`` needs it (``harness pull``): the source table's
    variable and column keys, the target table's variable and column keys."""

    table: str
    columns: tuple[str, ...]
    target: str
    target_columns: tuple[str, ...]


@dataclass
class WrittenSchema:
    """A snapshot written as Python declarations (a dialect's ``schema_writer``).

    ``source``: the ``schema.py`` module text; ``edges``: its foreign keys, for
    ``relations.py``; ``todos``: one line per thing the declaration API could not express
    exactly (also written as a ``# TODO`` comment at the place it happened).
    """

    source: str
    edges: list[Edge] = field(default_factory=list)
    todos: list[str] = field(default_factory=list)
