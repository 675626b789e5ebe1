"""drizzle-kit's SQLite statement combiner: what SQLite cannot ALTER becomes a recreation.

Statements are grouped per table in the order tables are first touched.  The first statement
SQLite cannot run in place (a type, default, NOT NULL or primary-key change, a foreign key
dropped, altered or added to an existing column, a check or composite key change, a new
primary-key column) replaces the table's group with one ``recreate_table`` plus the table's
indexes, and later statements for that table are dropped: the recreation already builds the
table as declared.  A table rename stays in front of its recreation.  Finally table renames,
then column renames, are moved to the very front.
"""

from __future__ import annotations

from typing import Any

from harness.sqlite.kit.squash import unsquash_fk, unsquash_pk
from harness.sqlite.kit.statements import RECREATES, Statement, create_indexes

#: the group key drizzle-kit ends up using for view statements (they have no table name)
_VIEWS = "\0views"


def recreate(table: dict[str, Any]) -> list[Statement]:
    """The recreation of ``table`` (its declared state) and its indexes.  drizzle-kit passes
    no expression-index information here, so expressions come out quoted as names."""
    out = [
        Statement(
            "recreate_table",
            table["name"],
            {
                "columns": list(table["columns"].values()),
                "fks": [unsquash_fk(fk) for fk in table["foreignKeys"].values()],
                "pks": [unsquash_pk(pk) for pk in table["compositePrimaryKeys"].values()],
                "checks": list(table["checkConstraints"].values()),
            },
        )
    ]
    out += create_indexes(table["name"], table["indexes"], None)
    return out


def combine(statements: list[Statement], new_tables: dict[str, Any]) -> list[Statement]:
    groups: dict[str, list[Statement]] = {}

    def recreated(name: str) -> bool:
        return any(s.type == "recreate_table" for s in groups.get(name, []))

    def to_recreate(name: str) -> None:
        group = groups.get(name)
        if group is None:
            groups[name] = recreate(new_tables[name])
        elif not recreated(name):
            if any(s.type == "rename_table" for s in group):
                group.extend(recreate(new_tables[name]))
            else:
                groups[name] = recreate(new_tables[name])

    for st in statements:
        name = st.table if st.table is not None else _VIEWS
        if st.type in RECREATES or (st.type == "add_column" and st.data["column"]["primaryKey"]):
            to_recreate(name)
            continue
        if st.type == "create_reference":
            fk = unsquash_fk(st.data["fk"])
            group = groups.get(name)
            if (
                group is not None
                and len(fk.columns_from) == 1
                and any(
                    s.type == "add_column" and s.data["column"]["name"] == fk.columns_from[0]
                    for s in group
                )
            ):
                continue  # the column is added with its REFERENCES clause
            to_recreate(name)
            continue
        if name not in groups:
            groups[name] = [st]
        elif not recreated(name):
            groups[name].append(st)

    flat = [s for group in groups.values() for s in group]
    renamed_tables = [s for s in flat if s.type == "rename_table"]
    renamed_columns = [s for s in flat if s.type == "rename_column"]
    rest = [s for s in flat if s.type not in ("rename_table", "rename_column")]
    return renamed_tables + renamed_columns + rest
