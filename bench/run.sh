#!/usr/bin/env bash
# ./wijkatlas bench [--national | --only-national] [--rounds N] [--duration S] [--warmup S] [--connections C]
#                   [--no-lighthouse | --lighthouse-only] [--lighthouse-runs N] [--cluster | --cluster-only]
# One run on one database: starts Wijkatlas and PostGraphile (loopback only, both pinned to the
# same CPU with taskset), checks that both return the same content per scenario, alternates them
# (A B A B ...) under wrk, runs the raw SQL of each scenario with pgbench (the floor), and
# prints a markdown table. Then Lighthouse (lighthouse.mjs, system Chromium) on the atlas, a
# profile and the story page of that Wijkatlas. --cluster adds two Wijkatlas instances behind a
# caching nginx (cluster-check.mjs, then one instance vs nginx under wrk); --lighthouse-only and
# --cluster-only run just that part. Expects DATABASE_URL (postgres://...) and a built jar (WIJKATLAS_JAR).
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH")"
JAR="${WIJKATLAS_JAR:-$ROOT/backend/target/wijkatlas.jar}"
ROUNDS=3 DURATION=5 WARMUP=5 CONNECTIONS=4 NATIONAL=0 LIGHTHOUSE=1 LIGHTHOUSE_RUNS=${LIGHTHOUSE_RUNS:-3} CLUSTER=0
SERVER_CPUS="${BENCH_SERVER_CPUS:-0}" LOAD_CPUS="${BENCH_LOAD_CPUS:-1}"
W_PORT="${BENCH_WIJKATLAS_PORT:-18080}" P_PORT="${BENCH_POSTGRAPHILE_PORT:-15000}"
C1_PORT="${BENCH_CLUSTER_PORT_1:-18081}" C2_PORT="${BENCH_CLUSTER_PORT_2:-18082}" NGINX_PORT="${BENCH_NGINX_PORT:-18088}"
GEMEENTE="${BENCH_GEMEENTE:-GM0193}" WIJK="${BENCH_WIJK:-WK019330}"
POINT_LON=6.0889 POINT_LAT=52.5218   # Holtenbroek, Zwolle: the tiles of scenario (f) cover it
ARGS="$*"
while [ $# -gt 0 ]; do
  case "$1" in
    --national) NATIONAL=1 ;;
    --only-national) NATIONAL=2 ;;
    --rounds) ROUNDS=$2; shift ;;
    --duration) DURATION=$2; shift ;;
    --connections) CONNECTIONS=$2; shift ;;
    --warmup) WARMUP=$2; shift ;;
    --no-lighthouse) LIGHTHOUSE=0 ;;
    --lighthouse-only) LIGHTHOUSE=2 ;;
    --lighthouse-runs) LIGHTHOUSE_RUNS=$2; shift ;;
    --cluster) CLUSTER=1 ;;
    --cluster-only) CLUSTER=2 ;;
    *) echo "bench: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

log() { printf '\033[1mbench:\033[0m %s\n' "$*" >&2; }
die() { printf 'bench: error: %s\n' "$*" >&2; exit 1; }
[ -n "${DATABASE_URL:-}" ] || die "set DATABASE_URL=postgres://user:password@host:port/database"
[ -f "$JAR" ] || die "no jar at $JAR: build it first (mvn -B package -DskipTests)"
[ "$LIGHTHOUSE" = 2 ] && [ "$CLUSTER" = 2 ] && die "--lighthouse-only and --cluster-only exclude each other"
ONLY=0; { [ "$LIGHTHOUSE" = 2 ] || [ "$CLUSTER" = 2 ]; } && ONLY=1
[ "$ONLY" = 1 ] || command -v pgbench >/dev/null || die "pgbench not found (Debian: postgresql-client)"
command -v taskset >/dev/null || die "taskset not found (Debian: util-linux)"
command -v wrk >/dev/null || die "wrk not found (Debian: wrk)"
CHROMIUM="${WIJKATLAS_CHROMIUM:-/usr/bin/chromium}"
[ "$LIGHTHOUSE" = 0 ] || [ -x "$CHROMIUM" ] || die "Lighthouse needs Chromium at $CHROMIUM (Debian: chromium), or pass --no-lighthouse"
NGINX="${BENCH_NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}"
[ "$CLUSTER" = 0 ] || [ -x "$NGINX" ] || die "--cluster needs nginx (Debian: nginx)"
{ [ -d "$BENCH/node_modules/postgraphile" ] && [ -d "$BENCH/node_modules/lighthouse" ]; } \
  || (cd "$BENCH" && npm ci --no-audit --no-fund --silent)

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

JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

start_wijkatlas() { # database-url port log [extra arguments] -> pid in STARTED
  local url=$1 port=$2 logfile=$3; shift 3
  log "starting Wijkatlas on 127.0.0.1:$port (CPU $SERVER_CPUS) against ${url##*/}"
  # No rate limits: the benchmark measures the server, and all of wrk's thousands of requests a
  # second come from one address (docs/api.md: "Rate limits").
  DATABASE_URL="$url" taskset -c "$SERVER_CPUS" "$JAVA" -Xmx1g -jar "$JAR" \
    --server.address=127.0.0.1 --server.port="$port" --logging.level.root=warn \
    --wijkatlas.rate-limit.enabled=false --spring.main.banner-mode=off "$@" >"$logfile" 2>&1 &
  PIDS+=($!); STARTED=$!
}

bench_schema() { # database-url
  log "preparing the bench schema (PostGraphile's areaAt, random points)"
  PGOPTIONS="-c client_min_messages=warning" psql -X -q -v ON_ERROR_STOP=1 -v gemeente="$GEMEENTE" "$1" -f "$BENCH/bench-schema.sql" >/dev/null
}

start_servers() { # database-url tag
  local url=$1 tag=$2
  start_wijkatlas "$url" "$W_PORT" "$WORK/wijkatlas-$tag.log"; W_PID=$STARTED
  wait_http "http://127.0.0.1:$W_PORT/graphql" '{"query":"{ __typename }"}'
  bench_schema "$url"
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
  if [ "$LIGHTHOUSE" = 1 ] && [ -z "${LIGHTHOUSE_DONE:-}" ]; then
    run_lighthouse "$DB_URL" "http://127.0.0.1:$W_PORT"; LIGHTHOUSE_DONE=1
  fi
  stop_servers
}

# The front-end budget: Lighthouse on the atlas, a profile and the story, against the Wijkatlas
# running at base (Chromium on the load CPU, the server on its own).
run_lighthouse() { # database-url base
  local slug
  slug=$(psql -X -qAt "$1" -c "select slug from story order by slug limit 1")
  [ -n "$slug" ] || die "no story in ${1##*/}: Lighthouse needs one (import the bundled data)"
  log "Lighthouse (mobile and desktop presets, $LIGHTHOUSE_RUNS runs per page) on $2: /, /gebied/$WIJK, /verhaal/$slug"
  {
    echo
    echo "### Front-end budget (Lighthouse) on ${1##*/}"
    echo
    LIGHTHOUSE_RUNS="$LIGHTHOUSE_RUNS" CHROMIUM="$CHROMIUM" taskset -c "$LOAD_CPUS" node "$BENCH/lighthouse.mjs" "$2" "$slug" "$WIJK" \
      || die "Lighthouse failed"
  } >>"$REPORT"
}

# Two Wijkatlas instances behind nginx (bench/nginx.conf.in) in front of one PostgreSQL:
# cluster-check.mjs proves ETag coherence and cache revalidation, then each cluster scenario runs
# against instance 1 directly and through nginx, alternating. On this 2-core machine both instances
# and nginx share CPU $SERVER_CPUS (the CPU the single instance has), wrk runs on $LOAD_CPUS: the
# comparison shows what the proxy and its cache take off the app, not the scaling of more cores.
start_nginx() {
  local prefix="$WORK/nginx"
  rm -rf "$prefix"; mkdir -p "$prefix/tmp" "$prefix/cache"
  sed -e "s#@PREFIX@#$prefix#g" -e "s#@LISTEN@#127.0.0.1:$NGINX_PORT#" \
      -e "s#@UPSTREAM_1@#127.0.0.1:$C1_PORT#" -e "s#@UPSTREAM_2@#127.0.0.1:$C2_PORT#" \
      "$BENCH/nginx.conf.in" >"$prefix/nginx.conf"
  local run=()
  if [ "$(id -u)" = 0 ]; then   # never a root master: run nginx as nobody (it needs no privilege on a high port)
    chown -R nobody "$prefix"
    run=(setpriv --reuid=nobody --regid="$(id -g nobody)" --clear-groups)
    if ! "${run[@]}" test -r "$prefix/nginx.conf"; then   # e.g. a clone under /root, which nobody cannot enter
      log "nobody cannot reach $prefix: nginx runs as root (workers as nobody)"
      run=()
    fi
  fi
  "${run[@]}" "$NGINX" -p "$prefix" -c "$prefix/nginx.conf" -e "$prefix/error.log" -t -q || die "nginx refused its configuration"
  log "starting nginx on 127.0.0.1:$NGINX_PORT (CPU $SERVER_CPUS) in front of :$C1_PORT and :$C2_PORT"
  taskset -c "$SERVER_CPUS" "${run[@]}" "$NGINX" -p "$prefix" -c "$prefix/nginx.conf" -e "$prefix/error.log" &
  PIDS+=($!); NGINX_PID=$!
  for _ in $(seq 1 40); do curl -s -o /dev/null "http://127.0.0.1:$NGINX_PORT/" && return 0; sleep 0.25; done
  die "nginx did not come up (see $prefix/error.log)"
}

run_cluster() { # database-url
  DB_URL=$1; local tag=${1##*/}-cluster keys="$WORK/dev-jwt"
  PARAMS="$WORK/params-$tag.json"
  log "a development token for the check's mutation (key pair in $keys)"
  WIJKATLAS_TOKEN=$("$JAVA" -Dloader.main=nl.wijkatlas.auth.DevTokenCommand -Dwijkatlas.auth.dev-key-dir="$keys" \
    -cp "$JAR" org.springframework.boot.loader.launch.PropertiesLauncher --sub bench-cluster --role admin --hours 2)
  export WIJKATLAS_TOKEN
  # One cursor secret for both (a cursor one instance signed must page on at the other), and
  # nginx's address as the public one (links never come from the Host header).
  local cursors; cursors=$(head -c 24 /dev/urandom | base64)
  local shared=(--wijkatlas.auth.dev-key-dir="$keys" --wijkatlas.cursor-secret="$cursors"
    --wijkatlas.public-base-url="http://127.0.0.1:$NGINX_PORT")
  start_wijkatlas "$DB_URL" "$C1_PORT" "$WORK/wijkatlas-$tag-1.log" "${shared[@]}"; local c1=$STARTED
  start_wijkatlas "$DB_URL" "$C2_PORT" "$WORK/wijkatlas-$tag-2.log" "${shared[@]}"; local c2=$STARTED
  wait_http "http://127.0.0.1:$C1_PORT/graphql" '{"query":"{ __typename }"}'
  wait_http "http://127.0.0.1:$C2_PORT/graphql" '{"query":"{ __typename }"}'
  bench_schema "$DB_URL"
  write_params "$DB_URL" "$PARAMS"
  start_nginx
  local one="http://127.0.0.1:$C1_PORT" proxy="http://127.0.0.1:$NGINX_PORT"
  log "checking ETag coherence across the instances and nginx's revalidation (about a minute: it waits for max-age)"
  local check
  check=$(node "$BENCH/cluster-check.mjs" "$PARAMS" "$proxy" "$one" "http://127.0.0.1:$C2_PORT") \
    || { printf '%s\n' "$check" >&2; die "the cluster check failed (see above): no figures without coherent ETags"; }
  printf '%s\n' "$check" >&2
  local ids; ids=$(node -e 'import("'"$BENCH"'/scenarios.mjs").then(m => console.log(m.clusterScenarios(JSON.parse(require("fs").readFileSync(process.argv[1]))).map(s => s.id + "\t" + s.name).join("\n")))' "$PARAMS")
  {
    echo
    echo "### Two instances behind nginx (${DB_URL##*/})"
    echo
    echo "Check (bench/cluster-check.mjs):"
    echo
    printf '%s\n' "$check" | sed 's/^/    /'
    echo
    echo "$CONNECTIONS connections, $ROUNDS rounds × ${DURATION}s per target (alternating, after a ${WARMUP}s warm-up). Both instances and nginx (1 worker) on CPU $SERVER_CPUS, the same CPU the single instance has; wrk on CPU $LOAD_CPUS, PostgreSQL unpinned."
    echo
    echo "| scenario | one instance req/s | p50 / p99 ms | nginx + 2 instances req/s | p50 / p99 ms | nginx / one |"
    echo "|---|---:|---:|---:|---:|---:|"
  } >>"$REPORT"
  log "warming up (every scenario, ${WARMUP}s per target)"
  while IFS=$'\t' read -r id name; do
    load wijkatlas "$one" "$id" "$WARMUP" >/dev/null
    load wijkatlas "$proxy" "$id" "$WARMUP" >/dev/null
  done <<<"$ids"
  while IFS=$'\t' read -r id name; do
    log "cluster scenario $name"
    local d_runs=() n_runs=()
    for _ in $(seq 1 "$ROUNDS"); do
      d_runs+=("$(load wijkatlas "$one" "$id" "$DURATION")")
      n_runs+=("$(load wijkatlas "$proxy" "$id" "$DURATION")")
    done
    node -e '
      const [name, d, n] = [process.argv[1], JSON.parse(process.argv[2]), JSON.parse(process.argv[3])];
      const med = (runs, k) => { const v = runs.map((r) => r[k]).sort((a, b) => a - b); return v[Math.floor(v.length / 2)]; };
      const err = (runs) => { const e = runs.reduce((s, r) => s + r.errors, 0); return e ? ` (${e} errors)` : ""; };
      const fmt = (x) => x >= 100 ? Math.round(x).toString() : x.toFixed(1);
      console.log(`| ${name} | ${fmt(med(d, "rps"))}${err(d)} | ${med(d, "p50")} / ${med(d, "p99")} | ${fmt(med(n, "rps"))}${err(n)} | ${med(n, "p50")} / ${med(n, "p99")} | ${(med(n, "rps") / med(d, "rps")).toFixed(2)} |`);' \
      "$name" "[$(IFS=,; echo "${d_runs[*]}")]" "[$(IFS=,; echo "${n_runs[*]}")]" >>"$REPORT"
  done <<<"$ids"
  kill "$NGINX_PID" "$c1" "$c2" 2>/dev/null || true
  wait "$NGINX_PID" "$c1" "$c2" 2>/dev/null || true
}

REPORT="$WORK/report.md"
: >"$REPORT"
if [ "$LIGHTHOUSE" = 2 ]; then
  start_wijkatlas "$DATABASE_URL" "$W_PORT" "$WORK/wijkatlas-lighthouse.log"; W_PID=$STARTED
  wait_http "http://127.0.0.1:$W_PORT/graphql" '{"query":"{ __typename }"}'
  run_lighthouse "$DATABASE_URL" "http://127.0.0.1:$W_PORT"
  kill "$W_PID"; wait "$W_PID" 2>/dev/null || true
elif [ "$CLUSTER" = 2 ]; then
  run_cluster "$DATABASE_URL"
else
[ "$NATIONAL" = 2 ] || run_dataset "$DATABASE_URL" "Zwolle (real CBS 2025 geography)"
fi
if [ "$ONLY" = 0 ] && [ "$NATIONAL" != 0 ]; then
  [ -n "${BENCH_NATIONAL_URL:-}" ] || die "--national needs BENCH_NATIONAL_URL (./wijkatlas bench sets it)"
  # The EXAMPLE source is written by national.sh's last step: a load that stopped half-way is redone.
  if [ "$(psql -X -qAt "$BENCH_NATIONAL_URL" -c "select count(*) from source where id = 'example-synthetic-national'" 2>/dev/null || echo 0)" != 1 ]; then
    "$BENCH/national.sh" "$BENCH_NATIONAL_URL"
  fi
  run_dataset "$BENCH_NATIONAL_URL" "Synthetic national dataset (EXAMPLE, bench/national.mjs)"
fi
if [ "$CLUSTER" = 1 ]; then run_cluster "$DATABASE_URL"; fi
echo
flag="${ARGS:+ $ARGS}"
echo "## Benchmark ($(date -u +%Y-%m-%d), $(nproc) cores; \`./wijkatlas bench$flag\`)"
cat "$REPORT"
echo
[ "$ONLY" = 1 ] || echo "Latencies in ms (wrk, one thread). 304 rows compare with the cold tile above them. 'Wijkatlas cost × floor' is the SQL floor's throughput divided by Wijkatlas's: 1.00 means the server adds nothing to the raw query."
