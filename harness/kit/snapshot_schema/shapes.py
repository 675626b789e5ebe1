"""The vocabulary snapshot shapes are written in (closed/open objects, maps, lists, scalars,
tagged unions) and the validator that walks a JSON value against one."""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

#: the ``prevId`` of a folder's first snapshot
ORIGIN_ID = "00000000-0000-0000-0000-000000000000"

Path = tuple[str | int, ...]


@dataclass(frozen=True)
class Problem:
    """The first offending key of a snapshot and what is wrong with it."""

    path: Path
    what: str

    def __str__(self) -> str:
        return f"{format_path(self.path)}: {self.what}"


def format_path(path: Path) -> str:
    """``("tables", "public.users", "columns")`` -> ``tables["public.users"].columns``."""
    if not path:
        return "(top level)"
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        elif re.fullmatch(r"[A-Za-z_$][\w$]*", part):
            out += f".{part}" if out else part
        else:
            out += f"[{json.dumps(part)}]"
    return out


def describe(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    text = json.dumps(value)
    return text if len(text) <= 40 else text[:37] + "..."


# -- the shape vocabulary ------------------------------------------------------------------------


class Shape:
    """A JSON value's expected shape; ``check`` returns the first problem or None."""

    def expects(self) -> str:
        return "a value"

    def check(self, value: object, path: Path) -> Problem | None:
        raise NotImplementedError

    def wrong(self, value: object, path: Path) -> Problem:
        return Problem(path, f"expected {self.expects()}, found {describe(value)}")


@dataclass(frozen=True)
class Scalar(Shape):
    kind: Literal["string", "boolean", "number", "any"]

    def expects(self) -> str:
        return {"string": "a string", "boolean": "true or false", "number": "a number"}.get(
            self.kind, "a value"
        )

    def check(self, value: object, path: Path) -> Problem | None:
        ok = {
            "string": isinstance(value, str),
            "boolean": isinstance(value, bool),
            "number": isinstance(value, int | float) and not isinstance(value, bool),
            "any": True,
        }[self.kind]
        return None if ok else self.wrong(value, path)


@dataclass(frozen=True)
class OneOf(Shape):
    """One of a few literal values (``null`` included when listed)."""

    values: tuple[str | None, ...]

    def expects(self) -> str:
        shown = [json.dumps(v) for v in self.values]
        return shown[0] if len(shown) == 1 else "one of " + ", ".join(shown)

    def check(self, value: object, path: Path) -> Problem | None:
        ok = any(value == v and type(value) is type(v) for v in self.values)
        return None if ok else self.wrong(value, path)


@dataclass(frozen=True)
class ListOf(Shape):
    item: Shape

    def expects(self) -> str:
        return "a list"

    def check(self, value: object, path: Path) -> Problem | None:
        if not isinstance(value, list):
            return self.wrong(value, path)
        for i, element in enumerate(value):
            problem = self.item.check(element, (*path, i))
            if problem:
                return problem
        return None


@dataclass(frozen=True)
class MapOf(Shape):
    """An object used as a dictionary: any keys, every value of one shape."""

    value: Shape

    def expects(self) -> str:
        return "an object"

    def check(self, value: object, path: Path) -> Problem | None:
        if not isinstance(value, dict):
            return self.wrong(value, path)
        for key, element in value.items():
            problem = self.value.check(element, (*path, key))
            if problem:
                return problem
        return None


@dataclass(frozen=True)
class Nullable(Shape):
    inner: Shape

    def expects(self) -> str:
        return f"{self.inner.expects()} or null"

    def check(self, value: object, path: Path) -> Problem | None:
        return None if value is None else self.inner.check(value, path)


@dataclass(frozen=True)
class Opt:
    """Marks an object key that may be absent (drizzle-kit's ``.optional()``/``.default()``)."""

    shape: Shape


@dataclass(frozen=True)
class Obj(Shape):
    """An object with known keys; ``closed`` rejects any other key."""

    fields: Mapping[str, Shape | Opt]
    closed: bool = True
    #: a key checked by the enclosing ``Tagged`` and skipped here
    skip: str | None = None

    def expects(self) -> str:
        return "an object"

    def check(self, value: object, path: Path) -> Problem | None:
        if not isinstance(value, dict):
            return self.wrong(value, path)
        for key, element in value.items():
            if key == self.skip:
                continue
            spec = self.fields.get(key)
            if spec is None:
                if self.closed:
                    return Problem((*path, key), self._unknown(key))
                continue
            shape = spec.shape if isinstance(spec, Opt) else spec
            problem = shape.check(element, (*path, key))
            if problem:
                return problem
        for key, spec in self.fields.items():
            if not isinstance(spec, Opt) and key not in value:
                return Problem((*path, key), f"missing (expected {spec.expects()})")
        return None

    def _unknown(self, key: str) -> str:
        lowered = {k.lower(): k for k in self.fields}
        close = difflib.get_close_matches(key.lower(), list(lowered), n=1, cutoff=0.8)
        hint = f"; did you mean {lowered[close[0]]!r}?" if close else ""
        return f"unknown key{hint}"


@dataclass(frozen=True)
class Tagged(Shape):
    """An object whose ``tag`` key names which of ``variants`` it must match."""

    tag: str
    variants: Mapping[str, Obj]

    def expects(self) -> str:
        return "an object"

    def check(self, value: object, path: Path) -> Problem | None:
        if not isinstance(value, dict):
            return self.wrong(value, path)
        kind = value.get(self.tag)
        if not isinstance(kind, str) or kind not in self.variants:
            known = ", ".join(self.variants)
            return Problem((*path, self.tag), f"expected one of {known}, found {describe(kind)}")
        problem = self.variants[kind].check(value, path)
        if problem is None:
            return None
        # name the entity: a position in a long list says little
        names = [value.get(k) for k in ("schema", "table", "name")]
        label = ".".join(n for n in names if isinstance(n, str))
        return Problem(problem.path, f"{problem.what} (in {kind} {label or '?'})")


STR = Scalar("string")
BOOL = Scalar("boolean")
NUM = Scalar("number")
ANY = Scalar("any")
STRS = ListOf(STR)


def opt(shape: Shape) -> Opt:
    return Opt(shape)


def one_of(*values: str | None) -> OneOf:
    return OneOf(values)


def closed(fields: Mapping[str, Shape | Opt]) -> Obj:
    return Obj(fields)


def open_(fields: Mapping[str, Shape | Opt]) -> Obj:
    """An object whose unknown keys drizzle-kit ignores."""
    return Obj(fields, closed=False)


def map_of(shape: Shape) -> MapOf:
    return MapOf(shape)


# -- 1.0 layout: a list of entities --------------------------------------------------------------


def entity(fields: Mapping[str, Shape]) -> Obj:
    """One 1.0 DDL entity: every key required (nullable ones may be null), nothing else.
    ``name`` is common to all of them; nested objects may be null."""
    return Obj(
        {"name": STR, **{k: _nullable_objects(v) for k, v in fields.items()}}, skip="entityType"
    )


def _nullable_objects(shape: Shape) -> Shape:
    if isinstance(shape, Obj):
        return Nullable(Obj({k: _nullable_objects(v) for k, v in _required(shape).items()}))
    if isinstance(shape, ListOf) and isinstance(shape.item, Obj):
        return ListOf(Obj({k: _nullable_objects(v) for k, v in _required(shape.item).items()}))
    return shape


def _required(shape: Obj) -> dict[str, Shape]:
    return {k: v for k, v in shape.fields.items() if isinstance(v, Shape)}


N_STR, N_BOOL, N_NUM = Nullable(STR), Nullable(BOOL), Nullable(NUM)
_FK_ACTION = one_of("NO ACTION", "RESTRICT", "SET NULL", "CASCADE", "SET DEFAULT", None)
_IN_TABLE: dict[str, Shape] = {"table": STR}
_IN_PG_TABLE: dict[str, Shape] = {"schema": STR, "table": STR}


def v1_snapshot(version: str, dialect: str, entities: Mapping[str, Obj]) -> Obj:
    return open_(
        {
            "version": one_of(version),
            "dialect": one_of(dialect),
            "id": STR,
            "prevIds": ListOf(ANY),
            "ddl": ListOf(Tagged("entityType", entities)),
            "renames": ListOf(ANY),
        }
    )
