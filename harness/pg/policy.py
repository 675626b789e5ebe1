"""Row-level security: ``pg_policy`` and ``pg_role`` (Drizzle's ``pgPolicy``/``pgRole``).

A policy belongs to the table whose extras callable returns it (``lambda t: [pg_policy(...)]``);
a table with a policy, or declared with ``.enable_rls()``, gets ``ALTER TABLE ... ENABLE ROW
LEVEL SECURITY`` when ``create_schema``/``generate`` create it, and its policies follow as
``CREATE POLICY`` statements (drizzle-kit 0.31's text).  Roles are created by ``generate`` and
``create_schema`` unless declared ``.existing()``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from harness.core.errors import SchemaError

_AS = ("permissive", "restrictive")
_FOR = ("all", "select", "insert", "update", "delete")


class PgRole:
    """A database role; ``create_db``/``create_role``/``inherit`` as ``CREATE ROLE ... WITH``."""

    def __init__(
        self,
        name: str,
        create_db: bool | None = None,
        create_role: bool | None = None,
        inherit: bool | None = None,
    ) -> None:
        if not isinstance(name, str) or not name:
            raise SchemaError(f"pg_role: the name must be a non-empty string, got {name!r}")
        self.name = name
        self.create_db = create_db
        self.create_role = create_role
        self.inherit = inherit
        #: ``existing()``: the role is in the database already; no DDL creates it
        self.is_existing = False

    def existing(self) -> PgRole:
        """Drizzle's ``.existing()``: a role made elsewhere, only referred to by policies."""
        self.is_existing = True
        return self

    def __repr__(self) -> str:
        return f"<PgRole {self.name}>"


def pg_role(
    name: str,
    create_db: bool | None = None,
    create_role: bool | None = None,
    inherit: bool | None = None,
) -> PgRole:
    """``pg_role("admin", create_role=True)``; ``pg_role("authenticated").existing()``."""
    return PgRole(name, create_db=create_db, create_role=create_role, inherit=inherit)


class PgPolicy:
    """``CREATE POLICY``: ``as_`` (permissive/restrictive), ``for_`` (all/select/insert/update/
    delete), ``to`` (a role name, a :class:`PgRole`, or a list of them), ``using`` and
    ``with_check`` (``sql(...)``).  Unset options stay None, as Drizzle's ``undefined``."""

    def __init__(
        self,
        name: str,
        as_: str | None = None,
        for_: str | None = None,
        to: Any = None,
        using: Any = None,
        with_check: Any = None,
    ) -> None:
        if not isinstance(name, str) or not name:
            raise SchemaError(f"pg_policy: the name must be a non-empty string, got {name!r}")
        if as_ is not None and as_ not in _AS:
            raise SchemaError(f"pg_policy {name!r}: as_={as_!r}; one of {', '.join(_AS)}")
        if for_ is not None and for_ not in _FOR:
            raise SchemaError(f"pg_policy {name!r}: for_={for_!r}; one of {', '.join(_FOR)}")
        self.name = name
        self.as_ = as_
        self.for_ = for_
        self.to = to
        self.using = using
        self.with_check = with_check

    def role_names(self) -> list[str]:
        """``to`` as role names, sorted (drizzle-kit's snapshot); ``public`` when unset."""
        if self.to is None:
            return ["public"]
        items: Sequence[Any] = self.to if isinstance(self.to, (list, tuple)) else [self.to]
        names = []
        for item in items:
            if isinstance(item, PgRole):
                names.append(item.name)
            elif isinstance(item, str):
                names.append(item)
            else:
                raise SchemaError(
                    f"pg_policy {self.name!r}: to= takes role names or pg_role(...), "
                    f"got {type(item).__name__}"
                )
        return sorted(names)

    def __repr__(self) -> str:
        return f"<PgPolicy {self.name}>"


def pg_policy(
    name: str,
    as_: str | None = None,
    for_: str | None = None,
    to: Any = None,
    using: Any = None,
    with_check: Any = None,
) -> PgPolicy:
    """``pg_policy("own rows", for_="select", to="public", using=sql("..."))``; return it from
    the table's extras callable, as an index."""
    return PgPolicy(name, as_=as_, for_=for_, to=to, using=using, with_check=with_check)
