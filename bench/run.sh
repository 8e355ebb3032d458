#!/usr/bin/env bash
# ./wijkatlas bench [--national | --only-national] [--rounds N] [--duration S] [--warmup S] [--connections C]
# One run on one database: starts Wijkatlas and PostGraphile (loopback only, both pinned to the
# same CPU with taskset), checks that both return the same content per scenario, alternates them
# (A B A B ...) under wrk, runs the raw SQL of each scenario with pgbench (the floor), and
# prints a markdown table. Expects DATABASE_URL (postgres://...) and a built jar (WIJKATLAS_JAR).
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH")"
JAR="${WIJKATLAS_JAR:-$ROOT/backend/target/wijkatlas.jar}"
ROUNDS=3 DURATION=5 WARMUP=5 CONNECTIONS=4 NATIONAL=0
SERVER_CPUS="${BENCH_SERVER_CPUS:-0}" LOAD_CPUS="${BENCH_LOAD_CPUS:-1}"
W_PORT="${BENCH_WIJKATLAS_PORT:-18080}" P_PORT="${BENCH_POSTGRAPHILE_PORT:-15000}"
GEMEENTE="${BENCH_GEMEENTE:-GM0193}" WIJK="${BENCH_WIJK:-WK019330}"
POINT_LON=6.0889 POINT_LAT=52.5218   # Holtenbroek, Zwolle: the tiles of scenario (f) cover it
while [ $# -gt 0 ]; do
  case "$1" in
    --national) NATIONAL=1 ;;
    --only-national) NATIONAL=2 ;;
    --rounds) ROUNDS=$2; shift ;;
    --duration) DURATION=$2; shift ;;
    --connections) CONNECTIONS=$2; shift ;;
    --warmup) WARMUP=$2; shift ;;
    *) echo "bench: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

log() { printf '\033[1mbench:\033[0m %s\n' "$*" >&2; }
die() { printf 'bench: error: %s\n' "$*" >&2; exit 1; }
[ -n "${DATABASE_URL:-}" ] || die "set DATABASE_URL=postgres://user:password@host:port/database"
[ -f "$JAR" ] || die "no jar at $JAR: build it first (mvn -B package -DskipTests)"
command -v pgbench >/dev/null || die "pgbench not found (Debian: postgresql-client)"
command -v taskset >/dev/null || die "taskset not found (Debian: util-linux)"
command -v wrk >/dev/null || die "wrk not found (Debian: wrk)"
[ -d "$BENCH/node_modules/postgraphile" ] || (cd "$BENCH" && npm ci --no-audit --no-fund --silent)

WORK="$BENCH/.work"
mkdir -p "$WORK"
PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

wait_http() { # url body
  for _ in $(seq 1 240); do
    curl -sf -o /dev/null -H 'content-type: application/json' -d "$2" "$1" && return 0
    sleep 0.5
  done
  die "$1 did not come up"
}

start_servers() { # database-url tag
  local url=$1 tag=$2
  log "starting Wijkatlas on 127.0.0.1:$W_PORT (CPU $SERVER_CPUS) against ${url##*/}"
  DATABASE_URL="$url" taskset -c "$SERVER_CPUS" "${JAVA_HOME:+$JAVA_HOME/bin/}java" -Xmx1g -jar "$JAR" \
    --server.address=127.0.0.1 --server.port="$W_PORT" --logging.level.root=warn \
    --spring.main.banner-mode=off >"$WORK/wijkatlas-$tag.log" 2>&1 &
  PIDS+=($!); W_PID=$!
  wait_http "http://127.0.0.1:$W_PORT/graphql" '{"query":"{ __typename }"}'
  log "preparing the bench schema (PostGraphile's areaAt, random points)"
  psql -X -q -v ON_ERROR_STOP=1 -v gemeente="$GEMEENTE" "$url" -f "$BENCH/bench-schema.sql" >/dev/null
  log "starting PostGraphile on 127.0.0.1:$P_PORT (CPU $SERVER_CPUS)"
  taskset -c "$SERVER_CPUS" "$BENCH/node_modules/.bin/postgraphile" -c "$url" -s public,bench \
    --append-plugins @graphile/postgis -n 127.0.0.1 -p "$P_PORT" --disable-query-log \
    >"$WORK/postgraphile-$tag.log" 2>&1 &
  PIDS+=($!); P_PID=$!
  wait_http "http://127.0.0.1:$P_PORT/graphql" '{"query":"{ __typename }"}'
}

stop_servers() { kill "$W_PID" "$P_PID" 2>/dev/null || true; wait "$W_PID" "$P_PID" 2>/dev/null || true; }

write_params() { # database-url file
  local url=$1 file=$2 ind
  ind=$(psql -X -qAt "$url" -c "select indicator_code || ',' || period from indicator_value v join area a on a.code = v.area_code
      where a.level = 'BUURT' and v.status = 'PRESENT' group by 1 order by count(*) desc, 1 limit 1")
  node -e '
    const [gm, wk, ind, lon, lat, points, name] = process.argv.slice(1);
    const tile = (z) => { const n = 2 ** z, r = lat * Math.PI / 180;
      return { z, x: Math.floor((Number(lon) + 180) / 360 * n), y: Math.floor((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2 * n) }; };
    console.log(JSON.stringify({ gemeente: gm, gemeenteName: name, wijk: wk, indicator: ind.split(",")[0], period: ind.split(",")[1],
      points: points.trim().split("\n").map((l) => l.split("|").map(Number)), tiles: [8, 12, 15].map(tile) }));' \
    "$GEMEENTE" "$WIJK" "$ind" "$POINT_LON" "$POINT_LAT" \
    "$(psql -X -qAt "$url" -c 'select lon, lat from bench.points order by id')" \
    "$(psql -X -qAt "$url" -c "select name from area where code = '$GEMEENTE'")" >"$file"
}

load() { # server base id -> json
  taskset -c "$LOAD_CPUS" node "$BENCH/load.mjs" "$PARAMS" "$1" "$2" "$3" "$CONNECTIONS" "$4"
}

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

run_dataset() { # database-url label
  DB_URL=$1; local label=$2 tag=${1##*/}
  PARAMS="$WORK/params-$tag.json"
  start_servers "$DB_URL" "$tag"
  write_params "$DB_URL" "$PARAMS"
  local counts; counts=$(psql -X -qAt "$DB_URL" -c "select string_agg(n || ' ' || lower(level), ', ' order by o) from (
      select level, count(*) n, min(case level when 'GEMEENTE' then 1 when 'STADSDEEL' then 2 when 'WIJK' then 3 when 'BUURT' then 4 else 5 end) o
      from area group by level) c")
  local values; values=$(psql -X -qAt "$DB_URL" -c "select count(*) from indicator_value")
  log "checking that both servers return the same content"
  node "$BENCH/check.mjs" "$PARAMS" "http://127.0.0.1:$W_PORT" "http://127.0.0.1:$P_PORT" "$DB_URL" >&2 \
    || die "the servers disagree (see above): no figures without equal content"
  local ids; ids=$(node -e 'import("'"$BENCH"'/scenarios.mjs").then(m => console.log(m.scenarios(JSON.parse(require("fs").readFileSync(process.argv[1]))).map(s => s.id + "\t" + (s.postgraphile ? 1 : 0) + "\t" + (s.floorOf || (s.sql ? s.id : "")) + "\t" + s.name).join("\n")))' "$PARAMS")
  {
    echo
    echo "### $label: $counts; $values indicator values"
    echo
    echo "$CONNECTIONS connections, $ROUNDS rounds × ${DURATION}s per server (A B A B …, after a warm-up), servers on CPU $SERVER_CPUS, wrk on CPU $LOAD_CPUS, PostgreSQL unpinned."
    echo
    echo "| scenario | Wijkatlas req/s | p50 / p99 ms | PostGraphile req/s | p50 / p99 ms | Wijkatlas / PostGraphile | SQL floor tx/s | p50 / p99 ms | Wijkatlas cost × floor |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
  } >>"$REPORT"
  log "warming up both servers (every scenario, ${WARMUP}s each)"
  while IFS=$'\t' read -r id has_pg floor_id name; do
    load wijkatlas "http://127.0.0.1:$W_PORT" "$id" "$WARMUP" >/dev/null
    if [ "$has_pg" = 1 ]; then load postgraphile "http://127.0.0.1:$P_PORT" "$id" "$WARMUP" >/dev/null; fi
  done <<<"$ids"
  while IFS=$'\t' read -r id has_pg floor_id name; do
    log "scenario $name"
    local w_runs=() p_runs=()
    for _ in $(seq 1 "$ROUNDS"); do
      w_runs+=("$(load wijkatlas "http://127.0.0.1:$W_PORT" "$id" "$DURATION")")
      if [ "$has_pg" = 1 ]; then p_runs+=("$(load postgraphile "http://127.0.0.1:$P_PORT" "$id" "$DURATION")"); fi
    done
    local f='{}' cold=0
    if [[ "$id" == *-304 ]]; then
      cold=$(cat "$WORK/w-$tag-$floor_id.txt")
    elif [ -n "$floor_id" ]; then
      f=$(floor "$floor_id" "$(node -e 'import("'"$BENCH"'/scenarios.mjs").then(m => console.log(m.scenarios(JSON.parse(require("fs").readFileSync(process.argv[1]))).find(s => s.id === process.argv[2]).sql))' "$PARAMS" "$floor_id")")
    fi
    node -e '
      const [name, w, p, f, cold, keep] = [process.argv[1], JSON.parse(process.argv[2]), JSON.parse(process.argv[3]), JSON.parse(process.argv[4]), Number(process.argv[5]), process.argv[6]];
      const med = (runs, k) => { const v = runs.map((r) => r[k]).sort((a, b) => a - b); return v.length ? v[Math.floor(v.length / 2)] : null; };
      const err = (runs) => runs.reduce((n, r) => n + r.errors, 0);
      const wr = med(w, "rps"), pr = med(p, "rps");
      const fmt = (n) => n == null ? "–" : n >= 100 ? Math.round(n).toString() : n.toFixed(1);
      const lat = (runs) => runs.length ? `${med(runs, "p50")} / ${med(runs, "p99")}` : "–";
      const warn = (runs) => err(runs) ? ` (${err(runs)} errors)` : "";
      console.log(`| ${name} | ${fmt(wr)}${warn(w)} | ${lat(w)} | ${p.length ? fmt(pr) + warn(p) : "n/a"} | ${p.length ? lat(p) : "–"} | ${p.length ? (wr / pr).toFixed(2) : "–"} | ${f.rps ? fmt(f.rps) : "–"} | ${f.rps ? `${f.p50} / ${f.p99}` : "–"} | ${f.rps ? (f.rps / wr).toFixed(2) : cold ? `304 is ${(wr / cold).toFixed(1)}× cheaper than cold` : "–"} |`);
      require("fs").writeFileSync(keep, String(wr));' \
      "$name" "[$(IFS=,; echo "${w_runs[*]}")]" "[$(IFS=,; echo "${p_runs[*]-}")]" "$f" "$cold" "$WORK/w-$tag-$id.txt" >>"$REPORT"
  done <<<"$ids"
  stop_servers
}

REPORT="$WORK/report.md"
: >"$REPORT"
[ "$NATIONAL" = 2 ] || run_dataset "$DATABASE_URL" "Zwolle (real CBS 2025 geography)"
if [ "$NATIONAL" != 0 ]; then
  [ -n "${BENCH_NATIONAL_URL:-}" ] || die "--national needs BENCH_NATIONAL_URL (./wijkatlas bench sets it)"
  if [ "$(psql -X -qAt "$BENCH_NATIONAL_URL" -c "select count(*) from area where code = 'GM5000'" 2>/dev/null || echo 0)" != 1 ]; then
    "$BENCH/national.sh" "$BENCH_NATIONAL_URL"
  fi
  run_dataset "$BENCH_NATIONAL_URL" "Synthetic national dataset (EXAMPLE, bench/national.mjs)"
fi
echo
flag=""; [ "$NATIONAL" = 1 ] && flag=" --national"; [ "$NATIONAL" = 2 ] && flag=" --only-national"
echo "## Benchmark ($(date -u +%Y-%m-%d), $(nproc) cores; \`./wijkatlas bench$flag\`)"
cat "$REPORT"
echo
echo "Latencies in ms (wrk, one thread). 304 rows compare with the cold tile above them. 'Wijkatlas cost × floor' is the SQL floor's throughput divided by Wijkatlas's: 1.00 means the server adds nothing to the raw query."
