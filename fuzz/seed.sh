#!/bin/sh
# Seeds the corpora of the new targets from the repo's own fixtures (never ../shared).
# Run from fuzz/: ./seed.sh, then `cargo +nightly fuzz run TARGET -- -max_total_time=600`.
set -e
cd "$(dirname "$0")"
mkdir -p corpus/library_html corpus/extract
for f in ../tests/fixtures/html/*.html ../tests/fixtures/library/html/* ../assets/samples/*.html; do
    cp "$f" corpus/library_html/
done
for f in ../tests/fixtures/library/plain/* ../tests/fixtures/library/dir\ with\ spaces/* \
    ../assets/samples/*.txt ../assets/samples/*.md ../tests/fixtures/library/hostile/*; do
    cp "$f" corpus/extract/
done
