"""Turning driver rows into dicts shaped like the selection (nested per table for joins)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from types import CodeType
from typing import Any

from harness.core.column import Column
from harness.sql.chunks import SQL, Aliased

Decoder = Callable[[Any], Any] | None


def decoder_of(field: Any) -> Decoder:
    """How a selected field's driver value decodes; None when it needs nothing (the common
    case: a Python call per value is most of the cost of reading rows)."""
    if isinstance(field, Column):
        if field.driver_returns_python_type:
            return None
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
        #: (position, decoder) of the fields that need decoding; the rest pass through
        self.decoding = [(i, d) for i, d in enumerate(self.decoders) if d is not None]
        self.decoding_keys = [(self.keys[i], d) for i, d in self.decoding]
        self._rows: RowsDecoder | None = None

    def to_dicts(self, rows: Sequence[Sequence[Any]]) -> list[dict[str, Any]]:
        """Every row as a dict; a flat selection through a function written for it
        (:func:`row_functions`)."""
        if not rows:
            return []
        if not self.is_flat or len(rows[0]) != len(self.keys):
            to_dict = self.to_dict
            return [to_dict(row) for row in rows]
        if self._rows is None:
            self._rows = _rows_function(self.keys, self.decoders)
        return self._rows(rows)

    def decode_tuple(self, row: Sequence[Any]) -> tuple[Any, ...]:
        if not self.decoding:
            return tuple(row)
        values = list(row)
        for i, decode in self.decoding:
            value = values[i]
            if value is not None:
                values[i] = decode(value)
        return tuple(values)

    def to_dict(self, row: Sequence[Any]) -> dict[str, Any]:
        if self.is_flat:
            if not self.decoding:
                return dict(zip(self.keys, row, strict=False))
            flat = dict(zip(self.keys, row, strict=False))
            for key, decode in self.decoding_keys:
                value = flat[key]
                if value is not None:
                    flat[key] = decode(value)
            return flat
        values = self.decode_tuple(row)
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


RowDecoder = Callable[[Sequence[Any]], dict[str, Any]]
RowsDecoder = Callable[[Sequence[Sequence[Any]]], list[dict[str, Any]]]

#: compiled row functions by source (the source holds only generated names and positions)
_CODE: dict[str, CodeType] = {}


def value_item(position: int, key: str, decoder: Decoder, namespace: dict[str, Any]) -> str:
    """``k<i>: v[<i>]`` for a dict display (with ``d<i>(...)`` around non-NULL values when the
    value needs decoding); the key and decoder go into ``namespace``."""
    namespace[f"k{position}"] = key
    if decoder is None:
        return f"k{position}: v[{position}]"
    namespace[f"d{position}"] = decoder
    return f"k{position}: None if v[{position}] is None else d{position}(v[{position}])"


def row_functions(
    items: Sequence[str], namespace: dict[str, Any], filename: str = "<row decoder>"
) -> tuple[RowDecoder, RowsDecoder]:
    """``row(v)`` and ``rows(vs)`` built from dict-display ``items``: one dict display per row
    builds rows about twice as fast as ``dict(zip(...))`` plus a loop over the decoders.
    Sources alike share their compiled code; only the namespaces differ."""
    display = "{" + ", ".join(items) + "}"
    source = (
        f"def row(v):\n    return {display}\ndef rows(vs):\n    return [{display} for v in vs]\n"
    )
    code = _CODE.get(source)
    if code is None:
        if len(_CODE) >= 256:
            _CODE.clear()
        code = _CODE[source] = compile(source, filename, "exec")
    exec(code, namespace)
    return namespace["row"], namespace["rows"]


def _rows_function(keys: Sequence[str], decoders: Sequence[Decoder]) -> RowsDecoder:
    namespace: dict[str, Any] = {}
    items = [
        value_item(i, key, decode, namespace)
        for i, (key, decode) in enumerate(zip(keys, decoders, strict=True))
    ]
    return row_functions(items, namespace)[1]


def _leaves(value: dict[str, Any]) -> list[Any]:
    out: list[Any] = []
    for v in value.values():
        if isinstance(v, dict):
            out.extend(_leaves(v))
        else:
            out.append(v)
    return out
