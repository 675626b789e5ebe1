"""MySQL/MariaDB quoting: backticks, backslash-escaped strings, ``?`` in ``toSQL()`` but ``%s``
for PyMySQL."""

from __future__ import annotations

from harness.core.quoting import BaseQuoting


class MySqlQuoting(BaseQuoting):
    def escape_name(self, name: str) -> str:
        return "`" + name.replace("`", "``") + "`"

    def escape_string(self, value: str) -> str:
        return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'"

    def driver_placeholder(self, index: int) -> str:
        return "%s"
