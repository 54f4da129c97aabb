#!/usr/bin/env bash
# Scale benchmark of the library index (issue 5). Usage: tools/bench_index.sh N [N...]
# Generates N synthetic articles under /tmp (never in the repo), then times with a release build:
# cold `byline index` (empty cache), warm `byline index` (nothing changed), `byline search` for an
# entity, `byline quotes`, and the reader's warm start (`byline bench open`), with peak memory.
# Wall time depends on what else the machine runs; CPU time (user+sys) is given beside it.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
B="$PWD/target/release/byline"
printf '| articles | MB | cold index wall s (cpu s) | cold peak MB | warm index wall s (cpu s) | search wall s (cpu s) | quotes wall s | reader open ms | reader peak MB |\n'
printf '|---|---|---|---|---|---|---|---|---|\n'
for N in "${@:-1000}"; do
  LIB="/tmp/byline-bench-$N"
  export BYLINE_CACHE_DIR="/tmp/byline-bench-cache-$N"
  [ -d "$LIB" ] || "$B" bench gen --articles "$N" "$LIB" >/dev/null
  rm -rf "$BYLINE_CACHE_DIR"
  MB=$(find "$LIB" -type f -printf '%s\n' | awk '{s+=$1} END {printf "%.1f", s/1e6}')
  # wall seconds, peak KB, cpu seconds
  t() { /usr/bin/time -f '%e %M %U %S' "$@" 2>&1 >/dev/null | tail -1 | awk '{printf "%s %s %.2f\n", $1, $2, $3+$4}'; }
  read -r COLD COLDMEM COLDCPU < <(t "$B" index --library "$LIB")
  read -r WARM _ WARMCPU < <(t "$B" index --library "$LIB")
  read -r SEARCH _ SEARCHCPU < <(t "$B" search --library "$LIB" 'person:"Scaparrotti"' --json)
  read -r QUOTES _ _ < <(t "$B" quotes --library "$LIB" --speaker Scaparrotti --json)
  OPENLINE=$("$B" bench open --library "$LIB")
  OPENMS=$(echo "$OPENLINE" | sed -E 's/.*name table \([0-9]+ rows\) ([0-9.]+) ms/\1/')
  read -r _ OPENMEM _ < <(t "$B" bench open --library "$LIB")
  printf '| %s | %s | %s (%s) | %s | %s (%s) | %s (%s) | %s | %s | %s |\n' "$N" "$MB" \
    "$COLD" "$COLDCPU" "$((COLDMEM / 1024))" "$WARM" "$WARMCPU" "$SEARCH" "$SEARCHCPU" \
    "$QUOTES" "$OPENMS" "$((OPENMEM / 1024))"
done
