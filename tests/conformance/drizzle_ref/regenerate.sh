#!/usr/bin/env bash
# Regenerates every reference fixture in this folder with the real drizzle-kit / drizzle-orm.
# CI never runs this (the outputs are committed); run it after changing a schema or a case.
# Recording bookkeeping rows needs the local servers: PostgreSQL on 127.0.0.1:5432 (postgres,
# trust auth) and MariaDB/MySQL on 127.0.0.1:3306 (root, no password).
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund
(cd v1 && npm ci --no-audit --no-fund)
rm -rf out recorded sql_cases.json
for d in pg mysql sqlite; do
  SCHEMA_FILE="./schema/$d.mjs" npx drizzle-kit generate --config "drizzle.$d.config.js" --name init
  sleep 1
  SCHEMA_FILE="./schema/${d}_v2.mjs" npx drizzle-kit generate --config "drizzle.$d.config.js" --name add_bio_and_tags
done
npx drizzle-kit generate --config drizzle.pg_rich.config.js --name rich
for d in pg mysql sqlite; do
  npx drizzle-kit generate --config "drizzle.${d}_details.config.js" --name details
done
SCHEMA_FILE=./schema/pg.mjs npx drizzle-kit generate --config drizzle.pg_prefix.config.js --name init
sleep 1
SCHEMA_FILE=./schema/pg_v2.mjs npx drizzle-kit generate --config drizzle.pg_prefix.config.js --name add_bio_and_tags
# Drizzle 1.0 layout: the schema files must resolve drizzle-orm from v1/node_modules
mkdir -p v1/schema && cp schema/pg.mjs schema/pg_v2.mjs v1/schema/
(cd v1 && SCHEMA_FILE=./schema/pg.mjs npx drizzle-kit generate --config drizzle.pg.config.js --name init \
  && sleep 1 \
  && SCHEMA_FILE=./schema/pg_v2.mjs npx drizzle-kit generate --config drizzle.pg.config.js --name add_bio_and_tags)
node gen_sql.mjs > sql_cases.json
node record_rows.mjs
(cd v1 && node record_rows.mjs)
echo "fixtures regenerated"
