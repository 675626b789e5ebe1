// Runs the real drizzle-orm 0.45 migrator on each legacy fixture folder against fresh databases
// on the local servers (PostgreSQL 127.0.0.1:5432 postgres/trust, MariaDB 127.0.0.1:3306 root,
// SQLite file) and writes the bookkeeping rows it recorded to recorded/<fixture>.json.
import { createClient } from "@libsql/client";
import { drizzle as libsqlDrizzle } from "drizzle-orm/libsql";
import { migrate as libsqlMigrate } from "drizzle-orm/libsql/migrator";
import { drizzle as mysqlDrizzle } from "drizzle-orm/mysql2";
import { migrate as mysqlMigrate } from "drizzle-orm/mysql2/migrator";
import { drizzle as pgDrizzle } from "drizzle-orm/node-postgres";
import { migrate as pgMigrate } from "drizzle-orm/node-postgres/migrator";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import mysql from "mysql2/promise";
import pg from "pg";

const PG = "postgresql://postgres@127.0.0.1:5432";
const MYSQL = { host: "127.0.0.1", port: 3306, user: "root" };
fs.mkdirSync("recorded", { recursive: true });

async function freshPg(name) {
  const admin = new pg.Client(`${PG}/test`);
  await admin.connect();
  await admin.query(`drop database if exists "${name}" with (force)`);
  await admin.query(`create database "${name}"`);
  await admin.end();
  return `${PG}/${name}`;
}

async function recordPg(fixture) {
  const url = await freshPg(`drizzle_ref_${fixture}`);
  const client = new pg.Client(url);
  await client.connect();
  await pgMigrate(pgDrizzle(client), { migrationsFolder: `out/${fixture}` });
  const { rows } = await client.query('select hash, created_at::text as created_at from drizzle.__drizzle_migrations order by id');
  await client.end();
  return { dialect: "postgresql", table: "drizzle.__drizzle_migrations", rows };
}

async function recordMysql(fixture) {
  const name = `drizzle_ref_${fixture}`;
  const admin = await mysql.createConnection(MYSQL);
  await admin.query(`drop database if exists \`${name}\``);
  await admin.query(`create database \`${name}\``);
  await admin.end();
  const conn = await mysql.createConnection({ ...MYSQL, database: name });
  await mysqlMigrate(mysqlDrizzle(conn), { migrationsFolder: `out/${fixture}` });
  const [rows] = await conn.query("select hash, cast(created_at as char) as created_at from __drizzle_migrations order by id");
  await conn.query(`drop database \`${name}\``);
  await conn.end();
  return { dialect: "mysql", table: "__drizzle_migrations", rows };
}

async function recordSqlite(fixture) {
  const file = path.join(os.tmpdir(), `drizzle_ref_${fixture}.db`);
  fs.rmSync(file, { force: true });
  const client = createClient({ url: `file:${file}` });
  await libsqlMigrate(libsqlDrizzle(client), { migrationsFolder: `out/${fixture}` });
  const result = await client.execute("select hash, cast(created_at as text) as created_at from __drizzle_migrations order by rowid");
  client.close();
  fs.rmSync(file, { force: true });
  return { dialect: "sqlite", table: "__drizzle_migrations", rows: result.rows.map((r) => ({ hash: r.hash, created_at: r.created_at })) };
}

const fixtures = { pg: recordPg, pg_rich: recordPg, pg_prefix_timestamp: recordPg, mysql: recordMysql, sqlite: recordSqlite };
for (const [fixture, record] of Object.entries(fixtures)) {
  const result = await record(fixture);
  result.rows = result.rows.map((r) => ({ hash: r.hash, created_at: String(r.created_at) }));
  fs.writeFileSync(`recorded/${fixture}.json`, JSON.stringify({ fixture, drizzle_orm: "0.45.4", ...result }, null, 2) + "\n");
  console.log(`${fixture}: ${result.rows.length} rows`);
}
