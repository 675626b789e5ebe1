#!/usr/bin/env bash
# Regenerates every reference fixture in this folder with the real drizzle-kit / drizzle-orm.
# CI never runs this (the outputs are committed); run it after changing a schema or a case.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund
rm -rf out sql_cases.json
for d in pg mysql sqlite; do
  SCHEMA_FILE="./schema/$d.mjs" npx drizzle-kit generate --config "drizzle.$d.config.js" --name init
  SCHEMA_FILE="./schema/${d}_v2.mjs" npx drizzle-kit generate --config "drizzle.$d.config.js" --name add_bio_and_tags
done
node gen_sql.mjs > sql_cases.json
echo "fixtures regenerated"
