#!/usr/bin/env bash
# Interop check for the 1.0 layout: for every case, harness generate --layout 1.0 writes the folder
# from the Python versions (v0.py, v1.py, ...), then the real drizzle-kit 1.0 generate runs on
# that folder with the last TypeScript version and must find nothing to do.
# Needs node_modules (npm ci); CI does not run it.  Usage: bash interop.sh [case ...]
set -euo pipefail
cd "$(dirname "$0")"
[ -d node_modules ] || npm ci --no-audit --no-fund
declare -A KIT=([pg]=postgresql [mysql]=mysql [sqlite]=sqlite)
cases=("$@")
if [ ${#cases[@]} -eq 0 ]; then
  mapfile -t cases < <(ls -d pg/*/ mysql/*/ sqlite/*/ 2>/dev/null | sed 's#/$##')
fi
work=.interop  # drizzle-kit wants a relative out path
rm -rf "$work" && mkdir -p "$work"

failed=0
for case in "${cases[@]}"; do
  case=${case%/}
  dialect=${case%%/*}
  out="$work/${case//\//_}"
  python - "$case" "$(pwd)/$out" "${KIT[$dialect]}" <<'PY'
import json, sys
from pathlib import Path
from harness.kit import Config
from harness.kit.generate import generate
case, out, dialect = Path(sys.argv[1]).resolve(), sys.argv[2], sys.argv[3]
extra = json.loads((case / "config.json").read_text()) if (case / "config.json").exists() else {}
n = 0
while (case / f"v{n}.py").exists():
    generate(Config(dialect=dialect, schema=(str(case / f"v{n}.py"),), out=out, root=case,
                    casing=extra.get("casing"), breakpoints=extra.get("breakpoints", True)),
             name=f"s{n}", layout="1.0")
    n += 1
PY
  last=$(ls "$case"/v*.mjs | sort -V | tail -1)
  if DIALECT=${KIT[$dialect]} SCHEMA_FILE="./$last" OUT="$out" CASE_CONFIG="./$case/config.json" \
      npx drizzle-kit generate --config drizzle.config.js 2>&1 | grep -q "No schema changes"; then
    echo "ok      $case"
  else
    echo "CHANGES $case (drizzle-kit found a difference in the folder harness wrote)"
    failed=1
  fi
done
exit $failed
rm -rf "$work"
