#!/bin/sh
# pg_ctl for pytest-postgresql when the bench runs as root: PostgreSQL refuses root, and
# pytest-postgresql calls pg_ctl as the current user.  Runs pg_ctl as `postgres` (what the
# harness does for its own local servers) after giving that user the folders pytest-postgresql
# made for the data directory and the log.  PG_CTL names the real pg_ctl.
prev=""
for arg in "$@"; do
  case "$prev" in
    -D|--pgdata|-l|--log)
      dir=$(dirname "$arg")
      mkdir -p "$dir" && chown postgres "$dir"
      up="$dir"
      while [ "$up" != "/" ]; do chmod o+x "$up" 2>/dev/null; up=$(dirname "$up"); done
      ;;
  esac
  prev="$arg"
done
exec runuser -u postgres -- "$PG_CTL" "$@"
