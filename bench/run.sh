#!/usr/bin/env bash
# ./wijkatlas bench [--national | --only-national] [--rounds N] [--duration S] [--warmup S] [--steady S] [--connections C]
#                   [--no-lighthouse | --lighthouse-only] [--lighthouse-runs N] [--cluster | --cluster-only]
#                   [--profile [--scenarios "a-nc c-nc"] [--label L]]
# Three benchmarks, each a script of its own (shared functions in bench/lib.sh):
#   api.sh         Wijkatlas against PostGraphile 4 and the raw SQL (pgbench, the floor): both
#                  servers on loopback, pinned to the same CPU with taskset, the same content per
#                  scenario checked first, then alternated (A B A B ...) under wrk; --national adds
#                  the synthetic national dataset, --only-national runs only that.
#   lighthouse.sh  Lighthouse (system Chromium) on the atlas, a profile and a story of its own
#                  Wijkatlas; --no-lighthouse skips it, --lighthouse-only runs only it.
#   cluster.sh     two Wijkatlas instances behind a caching nginx: the coherence check, then one
#                  instance against nginx under wrk; --cluster adds it, --cluster-only runs only it.
# --profile runs only profile.sh: JDK Flight Recorder per engine scenario, aggregated by layer.
# Every run prints the machine (cores, CPU model, load), the versions of the servers and the
# database, and writes its tables as Markdown and JSON under bench/results/<date>-<kind>-<commit>
# (BENCH_LABEL replaces the commit; BENCH_ONLY="a-nc c-nc" runs only those scenarios). Expects
# DATABASE_URL (postgres://...) and a built jar (WIJKATLAS_JAR).
set -euo pipefail
BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ARGS="$*" API=1 LIGHTHOUSE=1 CLUSTER=0 PROFILE=0
api_args=() load_args=() lighthouse_args=() profile_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --national|--only-national) api_args+=("$1") ;;
    --rounds|--duration|--warmup|--steady|--connections) load_args+=("$1" "$2"); shift ;;
    --no-lighthouse) LIGHTHOUSE=0 ;;
    --lighthouse-only) API=0 LIGHTHOUSE=2 ;;
    --lighthouse-runs) lighthouse_args+=("$1" "$2"); shift ;;
    --cluster) CLUSTER=1 ;;
    --cluster-only) API=0 CLUSTER=2 ;;
    --profile) PROFILE=1 API=0 ;;
    --scenarios|--label) profile_args+=("$1" "$2"); shift ;;
    *) echo "bench: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
[ "$LIGHTHOUSE" = 2 ] && [ "$CLUSTER" = 2 ] && { echo "bench: --lighthouse-only and --cluster-only exclude each other" >&2; exit 2; }
[ "$LIGHTHOUSE" != 2 ] || [ "$CLUSTER" = 0 ] || { echo "bench: --lighthouse-only excludes --cluster" >&2; exit 2; }
if [ "$PROFILE" = 1 ]; then exec "$BENCH/profile.sh" "${load_args[@]}" "${profile_args[@]}"; fi
[ "$CLUSTER" != 2 ] || LIGHTHOUSE=0
[ "${#profile_args[@]}" = 0 ] || { echo "bench: --scenarios and --label go with --profile" >&2; exit 2; }
export BENCH_ARGS="$ARGS"
if [ "$API" = 1 ]; then "$BENCH/api.sh" "${api_args[@]}" "${load_args[@]}"; fi
if [ "$LIGHTHOUSE" != 0 ]; then echo; "$BENCH/lighthouse.sh" "${lighthouse_args[@]}"; fi
if [ "$CLUSTER" != 0 ]; then echo; "$BENCH/cluster.sh" "${load_args[@]}"; fi
