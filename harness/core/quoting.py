"""How a dialect writes names, placeholders and literals into SQL text.

This is SQLAlchemy's "identifier preparer": the smallest part of a dialect, used by the
renderer (``harness.sql.render.Quoting``) and by the DDL writers.  It lives apart from the
statement compiler so a dialect's DDL module can quote without importing its compiler.
"""

from __future__ import annotations

import datetime as _dt
import json
from decimal import Decimal
from typing import Any


class BaseQuoting:
    """ANSI quoting: ``"name"``, ``'text'``, ``?`` placeholders; dialects override what differs."""

    def escape_name(self, name: str) -> str:
        return '"' + name.replace('"', '""') + '"'

    def placeholder(self, index: int) -> str:
        """The placeholder Drizzle's ``toSQL()`` shows for parameter ``index`` (1-based)."""
        return "?"

    def driver_placeholder(self, index: int) -> str:
        """The placeholder the driver expects (PyMySQL: ``%s``); same as ``placeholder`` unless
        a dialect overrides it."""
        return self.placeholder(index)

    def escape_string(self, value: str) -> str:
        return "'" + value.replace("'", "''") + "'"

    def inline_literal(self, value: Any) -> str:
        """A value written into the SQL text (``inline_params()``, DDL defaults)."""
        if value is None:
            return "null"
        if value is True:
            return "true"
        if value is False:
            return "false"
        if isinstance(value, (int, float, Decimal)):
            return str(value)
        if isinstance(value, str):
            return self.escape_string(value)
        if isinstance(value, (dict, list)):
            return self.escape_string(json.dumps(value, separators=(",", ":")))
        if isinstance(value, (_dt.date, _dt.time, _dt.datetime)):
            return self.escape_string(
                value.isoformat(sep=" ") if isinstance(value, _dt.datetime) else value.isoformat()
            )
        return self.escape_string(str(value))
