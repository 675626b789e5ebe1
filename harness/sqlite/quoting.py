"""SQLite quoting: ANSI names and strings, ``?`` placeholders."""

from __future__ import annotations

from harness.core.quoting import BaseQuoting


class SQLiteQuoting(BaseQuoting):
    pass
