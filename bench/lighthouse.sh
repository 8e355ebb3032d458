#!/usr/bin/env bash
# The front-end budget: Lighthouse (lighthouse.mjs, system Chromium, mobile and desktop presets) on
# the atlas, a profile and the first story, against a Wijkatlas of its own on DATABASE_URL
# (Chromium on the load CPU, the server on its own). Prints the Markdown table and writes it to
# bench/results/<date>-lighthouse-<commit or BENCH_LABEL>.md.
# Usage: lighthouse.sh [--lighthouse-runs N]
set -euo pipefail
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"
LIGHTHOUSE_RUNS=${LIGHTHOUSE_RUNS:-3}
while [ $# -gt 0 ]; do
  case "$1" in
    --lighthouse-runs) LIGHTHOUSE_RUNS=$2; shift ;;
    *) die "lighthouse: unknown option $1" ;;
  esac
  shift
done
require_basics
CHROMIUM="${WIJKATLAS_CHROMIUM:-/usr/bin/chromium}"
[ -x "$CHROMIUM" ] || die "Lighthouse needs Chromium at $CHROMIUM (Debian: chromium), or pass --no-lighthouse"
slug=$(psql -X -qAt "$DATABASE_URL" -c "select slug from story order by slug limit 1" 2>/dev/null || true)
# The basemap from a stand-in on loopback (basemap-stand-in.mjs): the pages are measured with a basemap, as
# a user online sees them, without depending on PDOK or the internet.
BASEMAP_PORT="${BENCH_BASEMAP_PORT:-18089}"
node "$BENCH/basemap-stand-in.mjs" "$BASEMAP_PORT" & PIDS+=($!); basemap=$!
start_wijkatlas "$DATABASE_URL" "$W_PORT" "$WORK/wijkatlas-lighthouse.log" \
  --wijkatlas.basemap-tiles="http://127.0.0.1:$BASEMAP_PORT/{z}/{x}/{y}.png"; pid=$STARTED
# A fresh database gets its stories from the bundled import at the first start.
[ -n "$slug" ] || slug=$(psql -X -qAt "$DATABASE_URL" -c "select slug from story order by slug limit 1")
[ -n "$slug" ] || die "no story in ${DATABASE_URL##*/}: Lighthouse needs one (import the bundled data)"
base="http://127.0.0.1:$W_PORT"
log "Lighthouse (mobile and desktop presets, $LIGHTHOUSE_RUNS runs per page) on $base: /, /gebied/$WIJK, /verhaal/$slug"
out=$(result_base lighthouse).md
{
  echo "## Front-end budget (Lighthouse) on ${DATABASE_URL##*/} ($(date -u +%Y-%m-%d))"
  echo
  environment_markdown "$(run_environment "$DATABASE_URL")"
  echo
  LIGHTHOUSE_RUNS="$LIGHTHOUSE_RUNS" CHROMIUM="$CHROMIUM" taskset -c "$LOAD_CPUS" node "$BENCH/lighthouse.mjs" "$base" "$slug" "$WIJK" \
    || die "Lighthouse failed"
} | tee "$out"
kill "$pid" "$basemap"; wait "$pid" "$basemap" 2>/dev/null || true
log "wrote $out"
