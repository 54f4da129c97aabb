#!/usr/bin/env bash
# Scale benchmark of the library index (issue 5). Usage: tools/bench_index.sh N [N...]
# Generates N synthetic articles under /tmp (never in the repo), then times with a release build:
# cold `byline index` (empty cache), warm `byline index` (nothing changed), `byline search` for an
# entity, `byline quotes`, and the reader's warm start (`byline bench open`), with peak memory.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
B="$PWD/target/release/byline"
printf '| articles | MB | cold index s | cold peak MB | warm index s | search s | quotes s | open (reader) ms | open peak MB |\n'
printf '|---|---|---|---|---|---|---|---|---|\n'
for N in "${@:-1000}"; do
  LIB="/tmp/byline-bench-$N"
  export BYLINE_CACHE_DIR="/tmp/byline-bench-cache-$N"
  [ -d "$LIB" ] || "$B" bench gen --articles "$N" "$LIB" >/dev/null
  rm -rf "$BYLINE_CACHE_DIR"
  MB=$(du -sm --apparent-size "$LIB" | cut -f1)
  t() { /usr/bin/time -f '%e %M' "$@" 2>&1 >/dev/null | tail -1; }
  read -r COLD COLDMEM < <(t "$B" index --library "$LIB")
  read -r WARM _ < <(t "$B" index --library "$LIB")
  read -r SEARCH _ < <(t "$B" search --library "$LIB" 'person:"Scaparrotti"' --json)
  read -r QUOTES _ < <(t "$B" quotes --library "$LIB" --speaker Scaparrotti --json)
  OPENLINE=$("$B" bench open --library "$LIB")
  OPENMS=$(echo "$OPENLINE" | sed -E 's/.*name table \([0-9]+ rows\) ([0-9.]+) ms/\1/')
  read -r _ OPENMEM < <(t "$B" bench open --library "$LIB")
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$N" "$MB" "$COLD" "$((COLDMEM / 1024))" \
    "$WARM" "$SEARCH" "$QUOTES" "$OPENMS" "$((OPENMEM / 1024))"
done
