#!/bin/sh
# Run one target's already-built binary for 10 minutes, keeping going past crashes and
# timeouts (each is saved under artifacts/TARGET/). Build first: cargo +nightly fuzz build.
# Running the binary directly avoids cargo rebuilding it when the main crate's sources move.
set -e
cd "$(dirname "$0")"
t="$1"
mkdir -p "corpus/$t" "artifacts/$t"
exec "target/x86_64-unknown-linux-gnu/release/$t" -max_total_time="${2:-600}" -fork=1 \
    -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 -timeout=10 -rss_limit_mb=2048 \
    ${3:+-max_len=$3} -artifact_prefix="artifacts/$t/" "corpus/$t"
