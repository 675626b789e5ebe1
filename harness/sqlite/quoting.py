"""SQLite quoting: ANSI names and strings, ``?`` placeholders, booleans as ``1``/``0``."""

from __future__ import annotations

from harness.core.quoting import NumericBooleans


class SQLiteQuoting(NumericBooleans):
    pass
