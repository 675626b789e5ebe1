#!/usr/bin/env bash
# Regenerates the expected output of every case with the real drizzle-kit 1.0 (rc, pinned in
# package.json), which writes its own folder layout: <YYYYMMDDHHMMSS>_s<N>/migration.sql +
# snapshot.json (a second passes between versions: the folder name is the time).
# CI never runs this (the outputs are committed).
#
# A case is a folder <dialect>/<case>/ (dialect: pg, mysql, sqlite) holding the schema's
# versions in TypeScript-equivalent ESM, v0.mjs, v1.mjs, ... and the same versions declared in
# Python, v0.py, v1.py, ... (tests/conformance/test_generate_ref_v1.py).  drizzle-kit generate runs
# once per version, in order, into <case>/out with --name s<N>; an optional config.json is
# merged into the drizzle-kit config (e.g. {"casing": "snake_case"}).
#
# Usage: bash regenerate.sh [case-folder ...]   (default: every case)
set -euo pipefail
cd "$(dirname "$0")"
[ -d node_modules ] || npm ci --no-audit --no-fund
declare -A KIT=([pg]=postgresql [mysql]=mysql [sqlite]=sqlite)
cases=("$@")
if [ ${#cases[@]} -eq 0 ]; then
  mapfile -t cases < <(ls -d pg/*/ mysql/*/ sqlite/*/ 2>/dev/null | sed 's#/$##')
fi
for case in "${cases[@]}"; do
  case=${case%/}
  dialect=${case%%/*}
  rm -rf "$case/out"
  n=0
  while [ -f "$case/v$n.mjs" ]; do
    DIALECT=${KIT[$dialect]} SCHEMA_FILE="./$case/v$n.mjs" OUT="./$case/out" \
      CASE_CONFIG="./$case/config.json" \
      npx drizzle-kit generate --config drizzle.config.js --name "s$n" > "$case/out.log" 2>&1 \
      || { cat "$case/out.log"; echo "drizzle-kit failed on $case v$n"; exit 1; }
    n=$((n + 1))
    sleep 1
  done
  rm -f "$case/out.log"
  echo "$case: $n versions"
done
