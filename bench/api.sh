#!/usr/bin/env bash
# The API comparison: Wijkatlas against PostGraphile 4 and the raw SQL (pgbench, the floor) on one
# database, and with --national (or only, --only-national) also on the synthetic national dataset
# (BENCH_NATIONAL_URL). Starts both servers on loopback, pinned to the same CPU; checks that they
# return the same content per scenario; alternates them (A B A B ...) under wrk. Prints the table
# and writes it as Markdown and JSON: bench/results/<date>-api-<commit or BENCH_LABEL>.{md,json}.
# Usage: api.sh [--national | --only-national] [--rounds N] [--duration S] [--warmup S] [--steady S] [--connections C]
set -euo pipefail
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"
NATIONAL=0
while [ $# -gt 0 ]; do
  load_option "$@"
  if [ "$SHIFT" = 0 ]; then
    case "$1" in
      --national) NATIONAL=1 ;;
      --only-national) NATIONAL=2 ;;
      *) die "api: unknown option $1" ;;
    esac
    SHIFT=1
  fi
  shift "$SHIFT"
done
require_basics
require pgbench postgresql-client

start_servers() { # database-url tag
  local url=$1 tag=$2
  start_wijkatlas "$url" "$W_PORT" "$WORK/wijkatlas-$tag.log"; W_PID=$STARTED
  bench_schema "$url"
  log "starting PostGraphile on 127.0.0.1:$P_PORT (CPU $SERVER_CPUS)"
  taskset -c "$SERVER_CPUS" "$BENCH/node_modules/.bin/postgraphile" -c "$url" -s public,bench \
    --append-plugins @graphile/postgis -n 127.0.0.1 -p "$P_PORT" --disable-query-log \
    >"$WORK/postgraphile-$tag.log" 2>&1 &
  PIDS+=($!); P_PID=$!
  wait_http "http://127.0.0.1:$P_PORT/graphql" '{"query":"{ __typename }"}'
}

stop_servers() { kill "$W_PID" "$P_PID" 2>/dev/null || true; wait "$W_PID" "$P_PID" 2>/dev/null || true; }

floor() { # id sql -> json {rps,p50,p99}
  local dir="$WORK/pgbench-$1"
  rm -rf "$dir"; mkdir -p "$dir"
  printf '%s\n' "$2" >"$dir/script.sql"
  (cd "$dir" && pgbench -n -M prepared -c "$CONNECTIONS" -j 2 -T "$DURATION" -l -f script.sql "$DB_URL" >out.txt 2>&1) \
    || { cat "$dir/out.txt" >&2; die "pgbench failed for $1"; }
  local tps; tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$dir/out.txt" | head -n1)
  cat "$dir"/pgbench_log.* | awk '{print $3/1000}' | sort -n | awk -v tps="$tps" '
    { v[NR] = $1 } END { printf "{\"rps\":%s,\"p50\":%.2f,\"p99\":%.2f}\n", tps, v[int(NR*0.5)+1], v[int(NR*0.99)+1] }'
}

# One dataset: every scenario's runs as one JSON object (appended to $ROWS).
run_dataset() { # database-url label
  DB_URL=$1; local label=$2 tag=${1##*/}
  PARAMS="$WORK/params-$tag.json"
  start_servers "$DB_URL" "$tag"
  write_params "$DB_URL" "$PARAMS"
  local counts values
  counts=$(psql -X -qAt "$DB_URL" -c "select string_agg(n || ' ' || lower(level), ', ' order by o) from (
      select level, count(*) n, min(case level when 'GEMEENTE' then 1 when 'STADSDEEL' then 2 when 'WIJK' then 3 when 'BUURT' then 4 else 5 end) o
      from area group by level) c")
  values=$(psql -X -qAt "$DB_URL" -c "select count(*) from indicator_value")
  log "checking that both servers return the same content"
  node "$BENCH/check.mjs" "$PARAMS" "http://127.0.0.1:$W_PORT" "http://127.0.0.1:$P_PORT" "$DB_URL" >&2 \
    || die "the servers disagree (see above): no figures without equal content"
  local ids; ids=$(scenario_ids scenarios "$PARAMS")
  if [ "$STEADY" -gt 0 ]; then
    local engine; engine=$(printf '%s\n' "$ids" | cut -f1-2 | awk -F'\t' '$1 ~ /-nc$/ && $2 == 1 {print $1}' | paste -sd, -)
    if [ -n "$engine" ]; then
      log "warming both servers up to a steady state: the engine scenarios ($engine) in turns, ${STEADY}s each"
      steady wijkatlas "http://127.0.0.1:$W_PORT" "$engine" "$STEADY"
      steady postgraphile "http://127.0.0.1:$P_PORT" "$engine" "$STEADY"
    fi
  fi
  log "warming up both servers (every scenario, ${WARMUP}s each)"
  while IFS=$'\t' read -r id has_pg floor_id name; do
    load wijkatlas "http://127.0.0.1:$W_PORT" "$id" "$WARMUP" >/dev/null
    if [ "$has_pg" = 1 ]; then load postgraphile "http://127.0.0.1:$P_PORT" "$id" "$WARMUP" >/dev/null; fi
  done <<<"$ids"
  local scenarios=()
  while IFS=$'\t' read -r id has_pg floor_id name; do
    log "scenario $name"
    local w_runs=() p_runs=()
    for _ in $(seq 1 "$ROUNDS"); do
      w_runs+=("$(load wijkatlas "http://127.0.0.1:$W_PORT" "$id" "$DURATION")")
      if [ "$has_pg" = 1 ]; then p_runs+=("$(load postgraphile "http://127.0.0.1:$P_PORT" "$id" "$DURATION")"); fi
    done
    local f=null cold=null
    if [[ "$id" == *-304 ]]; then
      cold=$(cat "$WORK/w-$tag-$floor_id.txt")
    elif [ "$floor_id" != - ]; then
      f=$(floor "$floor_id" "$(node -e 'import("'"$BENCH"'/scenarios.mjs").then(m => console.log(m.scenarios(JSON.parse(require("fs").readFileSync(process.argv[1]))).find(s => s.id === process.argv[2]).sql))' "$PARAMS" "$floor_id")")
    fi
    local row
    row=$(node -e '
      const [id, name, w, p, floor, cold] = process.argv.slice(1);
      const runs = JSON.parse(w);
      console.log(JSON.stringify({ id, name, wijkatlas: runs, postgraphile: JSON.parse(p), floor: JSON.parse(floor), coldRps: JSON.parse(cold) }));
      const v = runs.map((r) => r.rps).sort((a, b) => a - b);
      require("fs").writeFileSync(process.argv[7], String(v[Math.floor(v.length / 2)]));' \
      "$id" "$name" "[$(IFS=,; echo "${w_runs[*]}")]" "[$(IFS=,; echo "${p_runs[*]-}")]" "$f" "$cold" "$WORK/w-$tag-$id.txt")
    scenarios+=("$row")
  done <<<"$ids"
  stop_servers
  node -e 'console.log(JSON.stringify({ label: process.argv[1], database: process.argv[2], counts: process.argv[3], values: Number(process.argv[4]),
      scenarios: JSON.parse(process.argv[5]) }))' "$label" "$tag" "$counts" "$values" "[$(IFS=,; echo "${scenarios[*]}")]" >>"$ROWS"
}

ROWS="$WORK/api-datasets.jsonl"
: >"$ROWS"
ENVIRONMENT=$(run_environment "$DATABASE_URL" 1)
[ "$NATIONAL" = 2 ] || run_dataset "$DATABASE_URL" "Zwolle (real CBS 2025 geography)"
if [ "$NATIONAL" != 0 ]; then
  [ -n "${BENCH_NATIONAL_URL:-}" ] || die "--national needs BENCH_NATIONAL_URL (./wijkatlas bench sets it)"
  # The EXAMPLE source is written by national.sh's last step: a load that stopped half-way is redone.
  if [ "$(psql -X -qAt "$BENCH_NATIONAL_URL" -c "select count(*) from source where id = 'example-synthetic-national'" 2>/dev/null || echo 0)" != 1 ]; then
    "$BENCH/national.sh" "$BENCH_NATIONAL_URL"
  fi
  run_dataset "$BENCH_NATIONAL_URL" "Synthetic national dataset (EXAMPLE, bench/national.mjs)"
fi
base=$(result_base api)
node -e '
  const fs = require("fs");
  const [env, rows, rounds, duration, warmup, steady, connections, serverCpus, loadCpus, args] = process.argv.slice(1);
  console.log(JSON.stringify({ environment: JSON.parse(env), command: "./wijkatlas bench" + (args ? " " + args : ""),
    rounds: +rounds, duration: +duration, warmup: +warmup, steady: +steady, connections: +connections, serverCpus, loadCpus,
    datasets: fs.readFileSync(rows, "utf8").trim().split("\n").filter(Boolean).map(JSON.parse) }, null, 1));' \
  "$ENVIRONMENT" "$ROWS" "$ROUNDS" "$DURATION" "$WARMUP" "$STEADY" "$CONNECTIONS" "$SERVER_CPUS" "$LOAD_CPUS" "${BENCH_ARGS:-}" >"$base.json"
{
  echo "## API benchmark ($(date -u +%Y-%m-%d); \`./wijkatlas bench${BENCH_ARGS:+ $BENCH_ARGS}\`)"
  echo
  node "$BENCH/report.mjs" api "$base.json"
} | tee "$base.md"
log "wrote $base.md and $base.json"
