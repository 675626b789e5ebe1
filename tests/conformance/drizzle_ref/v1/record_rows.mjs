// Runs the real drizzle-orm 1.0 (rc) migrator on the 1.0-layout fixture against a fresh
// PostgreSQL database (127.0.0.1:5432, postgres, trust) and writes the bookkeeping rows to
// ../recorded/pg_v1.json.
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import fs from "node:fs";
import pg from "pg";

const PG = "postgresql://postgres@127.0.0.1:5432";
const name = "drizzle_ref_pg_v1";
const admin = new pg.Client(`${PG}/test`);
await admin.connect();
await admin.query(`drop database if exists "${name}" with (force)`);
await admin.query(`create database "${name}"`);
await admin.end();
const client = new pg.Client(`${PG}/${name}`);
await client.connect();
await migrate(drizzle({ client }), { migrationsFolder: "../out/pg_v1" });
const { rows } = await client.query(
  "select hash, created_at::text as created_at, name, applied_at is not null as has_applied_at from drizzle.__drizzle_migrations order by id",
);
const columns = await client.query(
  "select column_name, data_type from information_schema.columns where table_schema = 'drizzle' and table_name = '__drizzle_migrations' order by ordinal_position",
);
await client.end();
fs.writeFileSync(
  "../recorded/pg_v1.json",
  JSON.stringify({ fixture: "pg_v1", drizzle_orm: "1.0.0-rc.5-ab785fc", dialect: "postgresql", table: "drizzle.__drizzle_migrations", columns: columns.rows, rows }, null, 2) + "\n",
);
console.log(`pg_v1: ${rows.length} rows`);
