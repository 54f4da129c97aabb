#!/usr/bin/env bash
# Scale benchmark of the library index (issue 5). Usage: tools/bench_index.sh N [N...]
# Generates N synthetic articles under $BENCH_DIR (default /tmp; never in the repo), then times
# with a release build: cold `byline index` (empty cache), warm `byline index` (nothing changed),
# `byline search` for an entity, `byline quotes`, the reader's warm start up to its first frame
# (`byline bench open`), and the peak memory of the real reader in a pseudo-terminal (`script`)
# while it opens the library, refreshes it, and answers a finder query.
# Wall time depends on what else the machine runs; CPU time (user+sys) is given beside it.
# BENCH_WARM_ONLY=1 keeps an existing cache and skips the cold build.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
B="$PWD/target/release/byline"
BENCH_DIR="${BENCH_DIR:-/tmp}"
printf '| articles | MB | cold index wall s (cpu s) | cold peak MB | warm index wall s (cpu s) | search wall s (cpu s) | quotes wall s | reader first frame ms | reader peak MB |\n'
printf '|---|---|---|---|---|---|---|---|---|\n'
for N in "${@:-1000}"; do
  LIB="$BENCH_DIR/byline-bench-$N"
  export BYLINE_CACHE_DIR="$BENCH_DIR/byline-bench-cache-$N"
  [ -d "$LIB" ] || "$B" bench gen --articles "$N" "$LIB" >/dev/null
  MB=$(find "$LIB" -type f -printf '%s\n' | awk '{s+=$1} END {printf "%.1f", s/1e6}')
  # wall seconds, peak KB, cpu seconds
  t() { /usr/bin/time -f '%e %M %U %S' "$@" 2>&1 >/dev/null | tail -1 | awk '{printf "%s %s %.2f\n", $1, $2, $3+$4}'; }
  if [ -n "${BENCH_WARM_ONLY:-}" ] && [ -d "$BYLINE_CACHE_DIR" ]; then
    # Keep an existing cache and skip the cold build (minutes at 50k).
    COLD=-; COLDMEM=0; COLDCPU=-
    "$B" index --library "$LIB" >/dev/null
  else
    rm -rf "$BYLINE_CACHE_DIR"
    read -r COLD COLDMEM COLDCPU < <(t "$B" index --library "$LIB")
  fi
  read -r WARM _ WARMCPU < <(t "$B" index --library "$LIB")
  read -r SEARCH _ SEARCHCPU < <(t "$B" search --library "$LIB" 'person:"Scaparrotti"' --json)
  read -r QUOTES _ _ < <(t "$B" quotes --library "$LIB" --speaker Scaparrotti --json)
  OPENLINE=$("$B" bench open --library "$LIB")
  OPENMS=$(echo "$OPENLINE" | sed -E 's/.*first frame \(article with [0-9]+ entities\) ([0-9.]+) ms.*/\1/')
  # The reader itself: start, let the refresh and watcher run, find a name, open its articles,
  # quit. `time` writes the peak resident size (KB) to a file.
  MEMFILE=$(mktemp)
  (sleep 4; printf f; sleep 1; printf scap; sleep 2; printf '\r'; sleep 3; printf '\033'; sleep 1
   printf '\033'; sleep 1; printf q; sleep 1) |
    script -qec "stty cols 120 rows 40; /usr/bin/time -f %M -o $MEMFILE $B --library $LIB" /dev/null >/dev/null
  READERMEM=$(tail -1 "$MEMFILE"); rm -f "$MEMFILE"
  printf '| %s | %s | %s (%s) | %s | %s (%s) | %s (%s) | %s | %s | %s |\n' "$N" "$MB" \
    "$COLD" "$COLDCPU" "$((COLDMEM / 1024))" "$WARM" "$WARMCPU" "$SEARCH" "$SEARCHCPU" \
    "$QUOTES" "$OPENMS" "$((READERMEM / 1024))"
done
