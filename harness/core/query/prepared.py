"""Prepared queries: compiled once, executed with placeholder values."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from harness.core.errors import QueryBuildError
from harness.core.query.result import RowMapper
from harness.sql.chunks import SQL
from harness.sql.render import BoundPlaceholder

if TYPE_CHECKING:
    from harness.core.database import Database


class PreparedQuery:
    """``q.prepare("name")``: the text is built once; placeholders are filled per call.

    On PostgreSQL the statement is prepared server-side by psycopg unless ``prepare=False``.
    """

    def __init__(self, db: Database, tree: SQL, mapper: RowMapper | None, name: str | None) -> None:
        self._db = db
        self.name = name
        self._mapper = mapper
        self.text, self._params = db.compile(tree)
        self.placeholders = [p.name for p in self._params if isinstance(p, BoundPlaceholder)]

    def _fill(self, values: Mapping[str, Any] | None) -> list[Any]:
        values = values or {}
        out = []
        for p in self._params:
            if isinstance(p, BoundPlaceholder):
                if p.name not in values:
                    raise QueryBuildError(
                        f"prepared query {self.name or ''!s}: no value for placeholder "
                        f"{p.name!r}; pass execute({{{p.name!r}: ...}}) "
                        f"(placeholders: {self.placeholders})"
                    )
                value = values[p.name]
                if value is not None and p.encoder is not None:
                    value = p.encoder.map_to_driver(value)
                out.append(value)
            else:
                out.append(p)
        return out

    def _run(self, values: Mapping[str, Any] | None) -> tuple[list[Any], int]:
        return self._db.run_text(self.text, self._fill(values), self._mapper is not None, True)

    def all(self, values: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        rows, _ = self._run(values)
        if self._mapper is None:
            return []
        return [self._mapper.to_dict(r) for r in rows]

    def get(self, values: Mapping[str, Any] | None = None) -> dict[str, Any] | None:
        rows = self.all(values)
        return rows[0] if rows else None

    def iterator(self, values: Mapping[str, Any] | None = None) -> Iterator[dict[str, Any]]:
        """Rows one by one as the driver streams them (Drizzle's prepared ``.iterator()``)."""
        if self._mapper is None:
            raise QueryBuildError("iterator() needs a statement that returns rows")
        to_dict = self._mapper.to_dict
        params = self._fill(values)
        if self._db.logger is not None:
            self._db.logger.log_query(self.text, params)
        for row in self._db.session.stream(self.text, params):
            yield to_dict(row)

    def values(self, values: Mapping[str, Any] | None = None) -> list[tuple[Any, ...]]:
        rows, _ = self._run(values)
        if self._mapper is None:
            return []
        return [self._mapper.decode_tuple(r) for r in rows]

    def execute(self, values: Mapping[str, Any] | None = None) -> Any:
        rows, rowcount = self._run(values)
        if self._mapper is None:
            return rowcount
        return [self._mapper.to_dict(r) for r in rows]
