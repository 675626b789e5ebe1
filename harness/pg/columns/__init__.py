"""PostgreSQL column builders and their value mapping (psycopg 3 on the wire).

Two rules shape every type in this package:

- ``sql_type()`` is the type exactly as ``drizzle-kit generate`` writes it in ``CREATE TABLE``
  (drizzle-kit 0.31 / drizzle-orm 0.45), so a pushed schema and a Drizzle migration agree
  byte for byte: ``numeric(10, 2)``, ``timestamp (3) with time zone``, ``time(3)``,
  ``interval second(3)``, and the types drizzle-kit does not know natively double-quoted
  (``"point"``, ``"inet"``, ``"smallserial"``, enums).  Quoted names resolve to the same types.
- Values come back as the declared Python types whatever form the driver hands over: psycopg's
  own objects for plain selects, or the JSON text forms (``"2024-01-01T10:00:00.5"``,
  ``"3 days 00:00:05"``, ``"(1,2)"``) inside the JSON rows of relational queries.  So every
  ``map_from_driver`` also accepts PostgreSQL's text output.

Values are sent as psycopg parameters.  Strings go with the ``unknown`` type, so the server
casts them to the column's type (uuid, inet, point, enum...); that is also why arrays are sent
as one array literal string (``{"a","b"}``) rather than a Python list, whose element type
psycopg would have to guess.

The types were one 1,000-line module; they now live in one module per family, so a change to
how timestamps are read does not sit among inet and enum code (each module says at its top
why its types belong together): ``base`` (builder, column base class), ``numeric`` (and
boolean), ``text`` (and json, jsonb, uuid), ``datetime``, ``network``, ``geometric``,
``enum``, ``array``, and ``parsers`` for the text forms above.  This package re-exports
every public name, so ``from harness.pg.columns import ...`` keeps working.

``text`` and ``numeric`` are both submodules and builder functions; as attributes of this
package they are the functions (the imports below bind them after loading the modules), while
``from harness.pg.columns.text import PgText`` still reaches the module.
"""

from harness.pg.columns.array import PgArray, PgArrayBuilder
from harness.pg.columns.base import PgColumn, PgColumnBuilder
from harness.pg.columns.custom import PgCustom, custom_type
from harness.pg.columns.datetime import (
    INTERVAL_FIELDS,
    PgDate,
    PgInterval,
    PgTime,
    PgTimestamp,
    date,
    interval,
    time,
    timestamp,
)
from harness.pg.columns.enum import PgEnum, PgEnumColumn, pg_enum
from harness.pg.columns.geometric import LineValue, PgLine, PgPoint, PointValue, line, point
from harness.pg.columns.network import (
    PgCidr,
    PgInet,
    PgMacaddr,
    PgMacaddr8,
    PgNetwork,
    cidr,
    inet,
    macaddr,
    macaddr8,
)
from harness.pg.columns.numeric import (
    BigIntMode,
    NumericMode,
    PgBigInt,
    PgBigSerial,
    PgBoolean,
    PgDouble,
    PgInteger,
    PgNumeric,
    PgReal,
    PgSerial,
    PgSmallInt,
    PgSmallSerial,
    bigint,
    bigserial,
    boolean,
    decimal,
    double_precision,
    integer,
    numeric,
    real,
    serial,
    smallint,
    smallserial,
)
from harness.pg.columns.parsers import (
    UTC,
    parse_array,
    parse_interval,
    parse_numbers,
    parse_time,
    parse_timestamp,
    timestamp_text,
)
from harness.pg.columns.text import (
    PgChar,
    PgJson,
    PgJsonb,
    PgText,
    PgUuid,
    PgVarchar,
    char,
    json_,
    jsonb,
    text,
    uuid,
    varchar,
)

__all__ = [
    "INTERVAL_FIELDS",
    "UTC",
    "BigIntMode",
    "LineValue",
    "NumericMode",
    "PgArray",
    "PgArrayBuilder",
    "PgBigInt",
    "PgBigSerial",
    "PgBoolean",
    "PgChar",
    "PgCidr",
    "PgColumn",
    "PgColumnBuilder",
    "PgCustom",
    "PgDate",
    "PgDouble",
    "PgEnum",
    "PgEnumColumn",
    "PgInet",
    "PgInteger",
    "PgInterval",
    "PgJson",
    "PgJsonb",
    "PgLine",
    "PgMacaddr",
    "PgMacaddr8",
    "PgNetwork",
    "PgNumeric",
    "PgPoint",
    "PgReal",
    "PgSerial",
    "PgSmallInt",
    "PgSmallSerial",
    "PgText",
    "PgTime",
    "PgTimestamp",
    "PgUuid",
    "PgVarchar",
    "PointValue",
    "bigint",
    "bigserial",
    "boolean",
    "char",
    "cidr",
    "custom_type",
    "date",
    "decimal",
    "double_precision",
    "inet",
    "integer",
    "interval",
    "json_",
    "jsonb",
    "line",
    "macaddr",
    "macaddr8",
    "numeric",
    "parse_array",
    "parse_interval",
    "parse_numbers",
    "parse_time",
    "parse_timestamp",
    "pg_enum",
    "point",
    "real",
    "serial",
    "smallint",
    "smallserial",
    "text",
    "time",
    "timestamp",
    "timestamp_text",
    "uuid",
    "varchar",
]
