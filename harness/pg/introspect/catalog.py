"""The catalog queries behind PostgreSQL introspection: one query per kind of object.

drizzle-kit runs its column, constraint and index queries once per table; a database with
hundreds of tables then costs thousands of round trips.  Here each kind is read once for the
whole database (every user schema), and rows are grouped by the relation's oid afterwards.

What counts as a user object: anything outside ``pg_catalog``, ``information_schema``,
``pg_toast*`` and ``pg_temp_*``, and not owned by an extension (an extension's tables and
types are its own business, as they are drizzle-kit's when its ``extensionsFilters`` are on).
Partitions of a partitioned table are left out: they are created through their parent.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from harness.core.database import Database

Rows = list[dict[str, Any]]

#: a namespace ``n`` that holds user objects
USER_SCHEMA = (
    "n.nspname not in ('pg_catalog', 'information_schema') "
    "and n.nspname not like 'pg\\_toast%' and n.nspname not like 'pg\\_temp\\_%'"
)


def _not_extension(catalog: str, oid: str) -> str:
    return (
        "not exists (select 1 from pg_depend e where e.classid = "
        f"'{catalog}'::regclass and e.objid = {oid} and e.deptype = 'e')"
    )


#: tables, views and materialized views (``c``) in user schemas
USER_RELATION = (
    f"{USER_SCHEMA} and c.relkind in ('r', 'p', 'v', 'm') and not c.relispartition "
    f"and {_not_extension('pg_class', 'c.oid')}"
)

SCHEMAS = f"""
select n.nspname as name from pg_namespace n
where {USER_SCHEMA} and {_not_extension("pg_namespace", "n.oid")}
order by n.nspname
"""

RELATIONS = f"""
select c.oid as oid, n.nspname as schema, c.relname as name, c.relkind as kind,
       c.relrowsecurity as rls, c.reloptions as options, ts.spcname as tablespace,
       am.amname as access_method,
       case when c.relkind in ('v', 'm') then pg_get_viewdef(c.oid, true) end as definition
from pg_class c
join pg_namespace n on n.oid = c.relnamespace
left join pg_tablespace ts on ts.oid = c.reltablespace
left join pg_am am on am.oid = c.relam
where {USER_RELATION}
order by n.nspname, c.relname
"""

#: every column; for an array ``e*`` describes the element type
COLUMNS = f"""
select a.attrelid as rel, a.attnum as num, a.attname as name, a.attnotnull as not_null,
       a.attndims as dims, format_type(a.atttypid, a.atttypmod) as type,
       t.typtype as typtype, t.typname as typname, tn.nspname as type_schema,
       et.typtype as elem_typtype, et.typname as elem_typname, etn.nspname as elem_schema,
       pg_get_expr(d.adbin, d.adrelid) as "default",
       a.attidentity as identity, a.attgenerated as generated
from pg_attribute a
join pg_class c on c.oid = a.attrelid
join pg_namespace n on n.oid = c.relnamespace
join pg_type t on t.oid = a.atttypid
join pg_namespace tn on tn.oid = t.typnamespace
left join pg_type et on et.oid = t.typelem and t.typcategory = 'A'
left join pg_namespace etn on etn.oid = et.typnamespace
left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
where {USER_RELATION} and a.attnum > 0 and not a.attisdropped
order by a.attrelid, a.attnum
"""

#: every sequence, with the column that owns it (serial: ``a``, identity: ``i``) if any
SEQUENCES = f"""
select n.nspname as schema, c.relname as name, s.seqstart as start, s.seqincrement as increment,
       s.seqmin as min, s.seqmax as max, s.seqcache as cache, s.seqcycle as cycle,
       dep.refobjid as owner_rel, dep.refobjsubid as owner_num, dep.deptype as owner_kind
from pg_sequence s
join pg_class c on c.oid = s.seqrelid
join pg_namespace n on n.oid = c.relnamespace
left join pg_depend dep on dep.classid = 'pg_class'::regclass and dep.objid = c.oid
     and dep.refclassid = 'pg_class'::regclass and dep.deptype in ('a', 'i')
where {USER_SCHEMA} and {_not_extension("pg_class", "c.oid")}
order by n.nspname, c.relname
"""

ENUMS = f"""
select n.nspname as schema, t.typname as name, e.enumlabel as value
from pg_type t
join pg_enum e on e.enumtypid = t.oid
join pg_namespace n on n.oid = t.typnamespace
where {USER_SCHEMA} and {_not_extension("pg_type", "t.oid")}
order by n.nspname, t.typname, e.enumsortorder
"""

#: primary keys, uniques, foreign keys and checks, their columns in key order
CONSTRAINTS = f"""
select con.conrelid as rel, con.conname as name, con.contype as kind,
       array(select a.attname from unnest(con.conkey) with ordinality k(num, pos)
             join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.num
             order by k.pos) as columns,
       array(select a.attname from unnest(con.confkey) with ordinality k(num, pos)
             join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.num
             order by k.pos) as foreign_columns,
       fn.nspname as foreign_schema, fc.relname as foreign_table,
       con.confupdtype as on_update, con.confdeltype as on_delete,
       pg_get_constraintdef(con.oid, true) as definition
from pg_constraint con
join pg_class c on c.oid = con.conrelid
join pg_namespace n on n.oid = c.relnamespace
left join pg_class fc on fc.oid = con.confrelid
left join pg_namespace fn on fn.oid = fc.relnamespace
where {USER_RELATION} and con.contype in ('p', 'u', 'f', 'c')
order by con.conrelid, con.conname
"""

#: one row per key part of every index that no constraint owns
INDEX_KEYS = f"""
select i.indrelid as rel, ic.relname as name, i.indisunique as is_unique, am.amname as method,
       ic.reloptions as options, pg_get_expr(i.indpred, i.indrelid, true) as "where",
       k.pos as pos, a.attname as column_name,
       pg_get_indexdef(i.indexrelid, k.pos, true) as expression,
       i.indoption[k.pos - 1] as option, opc.opcname as opclass, opc.opcdefault as opclass_default
from pg_index i
join pg_class ic on ic.oid = i.indexrelid
join pg_class c on c.oid = i.indrelid
join pg_namespace n on n.oid = c.relnamespace
join pg_am am on am.oid = ic.relam
cross join lateral generate_series(1, i.indnkeyatts) as k(pos)
left join pg_attribute a on a.attrelid = i.indrelid and a.attnum = i.indkey[k.pos - 1]
     and i.indkey[k.pos - 1] <> 0
left join pg_opclass opc on opc.oid = i.indclass[k.pos - 1]
where {USER_RELATION}
  and not exists (select 1 from pg_constraint x where x.conindid = i.indexrelid
                  and x.conrelid = i.indrelid and x.contype in ('p', 'u', 'x'))
order by i.indrelid, ic.relname, k.pos
"""

#: row-level security policies, as ``pg_policies`` spells them (``PERMISSIVE``, ``SELECT``...)
POLICIES = f"""
select c.oid as rel, p.policyname as name, p.permissive as permissive, p.cmd as cmd,
       p.roles::text[] as roles, p.qual as qual, p.with_check as with_check
from pg_policies p
join pg_namespace n on n.nspname = p.schemaname
join pg_class c on c.relnamespace = n.oid and c.relname = p.tablename
where {USER_RELATION}
order by c.oid, p.policyname
"""


@dataclass
class Catalog:
    """The raw rows of every query, read in one pass."""

    schemas: Rows
    relations: Rows
    columns: Rows
    sequences: Rows
    enums: Rows
    constraints: Rows
    index_keys: Rows
    policies: Rows = field(default_factory=list)


def read_catalog(db: Database) -> Catalog:
    """Run each catalog query once."""
    return Catalog(
        schemas=db.execute(SCHEMAS),
        relations=db.execute(RELATIONS),
        columns=db.execute(COLUMNS),
        sequences=db.execute(SEQUENCES),
        enums=db.execute(ENUMS),
        constraints=db.execute(CONSTRAINTS),
        index_keys=db.execute(INDEX_KEYS),
        policies=db.execute(POLICIES),
    )
