"""Application code that receives a connection and commits, as real code does."""

from __future__ import annotations

from types import ModuleType
from typing import Any

from harness import Database, eq


def register(db: Database, s: ModuleType, email: str, name: str) -> int:
    """Create a user in its own transaction (a savepoint when the caller is in one)."""
    with db.transaction() as tx:
        tx.insert(s.users).values({"email": email, "first_name": name}).execute()
        row = tx.select({"id": s.users.id}).from_(s.users).where(eq(s.users.email, email)).get()
    assert row is not None
    return int(row["id"])


def rename_with_driver(client: Any, user_id: int, name: str, placeholder: str) -> None:
    """Plain driver code: a cursor, an UPDATE, commit() — as legacy code would write it."""
    cursor = client.cursor()
    cursor.execute(
        f"update users set first_name = {placeholder} where id = {placeholder}", (name, user_id)
    )
    client.commit()
