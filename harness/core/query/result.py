"""Turning driver rows into dicts shaped like the selection (nested per table for joins)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from harness.core.column import Column
from harness.sql.chunks import SQL, Aliased

Decoder = Callable[[Any], Any] | None


def decoder_of(field: Any) -> Decoder:
    if isinstance(field, Column):
        return field.map_from_driver
    if isinstance(field, SQL):
        return field.decoder
    if isinstance(field, Aliased):
        return field.sql.decoder
    return getattr(field, "decoder", None)


def flatten_fields(
    fields: dict[str, Any], prefix: tuple[str, ...] = ()
) -> list[tuple[tuple[str, ...], Any]]:
    """Ordered (path, field) pairs; nested dicts give longer paths."""
    out: list[tuple[tuple[str, ...], Any]] = []
    for key, field in fields.items():
        path = (*prefix, key)
        if isinstance(field, dict):
            out.extend(flatten_fields(field, path))
        elif hasattr(field, "_columns") and not isinstance(field, Column):
            out.extend(flatten_fields(dict(field._columns), path))
        else:
            out.append((path, field))
    return out


class RowMapper:
    """Decodes positional rows into dicts; built once per compiled query."""

    def __init__(
        self,
        flat: Sequence[tuple[tuple[str, ...], Any]],
        nullable_groups: frozenset[str] = frozenset(),
    ) -> None:
        self.decoders = [decoder_of(field) for _, field in flat]
        self.paths = [path for path, _ in flat]
        self.is_flat = all(len(p) == 1 for p in self.paths)
        self.keys = [p[0] for p in self.paths]
        self.nullable_groups = nullable_groups

    def decode_tuple(self, row: Sequence[Any]) -> tuple[Any, ...]:
        return tuple(
            v if (d is None or v is None) else d(v)
            for v, d in zip(row, self.decoders, strict=False)
        )

    def to_dict(self, row: Sequence[Any]) -> dict[str, Any]:
        values = self.decode_tuple(row)
        if self.is_flat:
            return dict(zip(self.keys, values, strict=False))
        out: dict[str, Any] = {}
        for path, value in zip(self.paths, values, strict=False):
            target = out
            for part in path[:-1]:
                nxt = target.get(part)
                if nxt is None:
                    nxt = {}
                    target[part] = nxt
                target = nxt
            target[path[-1]] = value
        for group in self.nullable_groups:
            nested = out.get(group)
            if isinstance(nested, dict) and all(v is None for v in _leaves(nested)):
                out[group] = None
        return out


def _leaves(value: dict[str, Any]) -> list[Any]:
    out: list[Any] = []
    for v in value.values():
        if isinstance(v, dict):
            out.extend(_leaves(v))
        else:
            out.append(v)
    return out
