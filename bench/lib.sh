# Shared by the benchmark scripts (api.sh, lighthouse.sh, cluster.sh, profile.sh): settings,
# starting servers, the bench schema, the scenario parameters, one wrk run, the run's header.
# Sourced, never run. Expects set -euo pipefail in the caller.

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH")"
JAR="${WIJKATLAS_JAR:-$ROOT/backend/target/wijkatlas.jar}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
WORK="$BENCH/.work"
RESULTS="$BENCH/results"
ROUNDS=3 DURATION=5 WARMUP=5 STEADY=120 CONNECTIONS=4
SERVER_CPUS="${BENCH_SERVER_CPUS:-0}" LOAD_CPUS="${BENCH_LOAD_CPUS:-1}"
W_PORT="${BENCH_WIJKATLAS_PORT:-18080}" P_PORT="${BENCH_POSTGRAPHILE_PORT:-15000}"
C1_PORT="${BENCH_CLUSTER_PORT_1:-18081}" C2_PORT="${BENCH_CLUSTER_PORT_2:-18082}" NGINX_PORT="${BENCH_NGINX_PORT:-18088}"
GEMEENTE="${BENCH_GEMEENTE:-GM0193}" WIJK="${BENCH_WIJK:-WK019330}"
POINT_LON=6.0889 POINT_LAT=52.5218   # Holtenbroek, Zwolle: the tiles of scenario (f) cover it

log() { printf '\033[1mbench:\033[0m %s\n' "$*" >&2; }
die() { printf 'bench: error: %s\n' "$*" >&2; exit 1; }

# The load options every script takes (--rounds N --duration S --warmup S --steady S --connections C).
# --steady: before the per-scenario warm-up, the API comparison runs the engine scenarios in turns for
# this long on each server (steady below), so that the JVM has compiled its hot paths (on the one pinned CPU its
# JIT takes minutes; with 5 s per scenario the engine rows measured a server still compiling).
# Sets SHIFT to how many words it consumed (0: not a load option).
load_option() {
  SHIFT=2
  case "$1" in
    --rounds) ROUNDS=$2 ;;
    --duration) DURATION=$2 ;;
    --connections) CONNECTIONS=$2 ;;
    --warmup) WARMUP=$2 ;;
    --steady) STEADY=$2 ;;
    *) SHIFT=0 ;;
  esac
}

require() { # command debian-package
  command -v "$1" >/dev/null || die "$1 not found (Debian: $2)"
}

require_basics() {
  [ -n "${DATABASE_URL:-}" ] || die "set DATABASE_URL=postgres://user:password@host:port/database"
  [ -f "$JAR" ] || die "no jar at $JAR: build it first (mvn -B package -DskipTests)"
  require taskset util-linux
  require wrk wrk
  { [ -d "$BENCH/node_modules/postgraphile" ] && [ -d "$BENCH/node_modules/lighthouse" ]; } \
    || (cd "$BENCH" && npm ci --no-audit --no-fund --silent)
  mkdir -p "$WORK" "$RESULTS"
}

PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

# The first start on a fresh database imports the bundled data, which takes minutes on a busy
# machine: BENCH_START_SECONDS (default 600) bounds the wait.
wait_http() { # url body [pid: stop waiting when it exits]
  local until=$((SECONDS + ${BENCH_START_SECONDS:-600}))
  while [ "$SECONDS" -lt "$until" ]; do
    curl -sf -o /dev/null -H 'content-type: application/json' -d "$2" "$1" && return 0
    [ -z "${3:-}" ] || kill -0 "$3" 2>/dev/null || die "the server behind $1 exited while starting (see its log in $WORK)"
    sleep 0.5
  done
  die "$1 did not come up within ${BENCH_START_SECONDS:-600} s"
}

start_wijkatlas() { # database-url port log [extra arguments] -> pid in STARTED
  local url=$1 port=$2 logfile=$3; shift 3
  log "starting Wijkatlas on 127.0.0.1:$port (CPU $SERVER_CPUS) against ${url##*/}"
  # No rate limits: the benchmark measures the server, and all of wrk's thousands of requests a
  # second come from one address (docs/api.md: "Rate limits").
  DATABASE_URL="$url" taskset -c "$SERVER_CPUS" "$JAVA" -Xmx1g ${BENCH_JAVA_OPTIONS:-} -jar "$JAR" \
    --server.address=127.0.0.1 --server.port="$port" --logging.level.root=warn \
    --wijkatlas.rate-limit.enabled=false --spring.main.banner-mode=off "$@" >"$logfile" 2>&1 &
  PIDS+=($!); STARTED=$!
  wait_http "http://127.0.0.1:$port/graphql" '{"query":"{ __typename }"}' "$STARTED"
}

bench_schema() { # database-url
  log "preparing the bench schema (PostGraphile's areaAt, random points)"
  PGOPTIONS="-c client_min_messages=warning" psql -X -q -v ON_ERROR_STOP=1 -v gemeente="$GEMEENTE" "$1" -f "$BENCH/bench-schema.sql" >/dev/null
}

write_params() { # database-url file
  local url=$1 file=$2 ind
  ind=$(psql -X -qAt "$url" -c "select indicator_code || ',' || period from indicator_value v join area a on a.code = v.area_code
      where a.level = 'BUURT' and v.status = 'PRESENT' group by 1 order by count(*) desc, 1 limit 1")
  JAR_PATH="$JAR" node -e '
    const [gm, wk, ind, lon, lat, points, name] = process.argv.slice(1);
    const tile = (z) => { const n = 2 ** z, r = lat * Math.PI / 180;
      return { z, x: Math.floor((Number(lon) + 180) / 360 * n), y: Math.floor((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2 * n) }; };
    console.log(JSON.stringify({ gemeente: gm, gemeenteName: name, wijk: wk, indicator: ind.split(",")[0], period: ind.split(",")[1],
      points: points.trim().split("\n").map((l) => l.split("|").map(Number)), tiles: [8, 12, 15].map(tile) }));' \
    "$GEMEENTE" "$WIJK" "$ind" "$POINT_LON" "$POINT_LAT" \
    "$(psql -X -qAt "$url" -c 'select lon, lat from bench.points order by id')" \
    "$(psql -X -qAt "$url" -c "select name from area where code = '$GEMEENTE'")" >"$file"
}

# The scenarios of a list in scenarios.mjs (scenarios or clusterScenarios), one a line:
# id, has a PostGraphile form (1/0), the id whose SQL is its floor or "-", name (tab-separated;
# never an empty field, which read would skip: tabs are whitespace to IFS).
# BENCH_ONLY="a-nc c-nc ..." keeps only those scenarios (a shorter run).
scenario_ids() { # list params-file
  node -e 'import("'"$BENCH"'/scenarios.mjs").then(m => console.log(m[process.argv[1]](JSON.parse(require("fs").readFileSync(process.argv[2])))
    .filter(s => !process.env.BENCH_ONLY || process.env.BENCH_ONLY.split(" ").includes(s.id))
    .map(s => s.id + "\t" + (s.postgraphile ? 1 : 0) + "\t" + (s.floorOf || (s.sql ? s.id : "-")) + "\t" + s.name).join("\n")))' "$1" "$2"
}

load() { # server base id seconds -> json {rps,p50,p99,errors,...}
  taskset -c "$LOAD_CPUS" node "$BENCH/load.mjs" "$PARAMS" "$1" "$2" "$3" "$CONNECTIONS" "$4"
}

# The steady-state warm-up (--steady): the scenarios in turns, twice round, each for the same
# time. Equal time, not an equal share of requests: nationally a choropleth takes ~150 ms and a
# profile ~1 ms, so mixing their requests one for one warmed the server up on choropleths alone
# and left the other scenarios' paths to the 5 s warm-up (a national profile then measured
# 480-743 req/s across three rounds of one run).
steady() { # server base ids(comma-separated) seconds
  local ids=(${3//,/ }) turn id
  local slice=$(( $4 / (2 * ${#ids[@]}) )); [ "$slice" -ge 3 ] || slice=3
  for turn in 1 2; do
    for id in "${ids[@]}"; do load "$1" "$2" "$id" "$slice" >/dev/null; done
  done
}

# What a run ran on and against, as JSON (machine, both servers' versions, the database): printed
# with every run and kept beside its table, so runs can be compared.
run_environment() { # database-url [postgraphile: 1]
  local commit version pg postgis pgl=""
  commit=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
  git -C "$ROOT" diff --quiet HEAD -- backend geodata 2>/dev/null || commit="$commit+changes"
  version=$(unzip -p "$JAR" META-INF/MANIFEST.MF 2>/dev/null | sed -n 's/^Implementation-Version: *//p' | tr -d '\r')
  pg=$(psql -X -qAt "$1" -c "show server_version")
  postgis=$(psql -X -qAt "$1" -c "select extversion from pg_extension where extname = 'postgis'")
  [ "${2:-0}" = 1 ] && pgl=$(node -p 'require(process.argv[1] + "/node_modules/postgraphile/package.json").version' "$BENCH")
  JAR_PATH="$JAR" node -e '
    const [cores, cpu, load, commit, version, java, pg, postgis, pgl, node] = process.argv.slice(1);
    console.log(JSON.stringify({ date: new Date().toISOString(), machine: { cores: Number(cores), cpu, load },
      label: process.env.BENCH_LABEL || null, jar: process.env.JAR_PATH,
      wijkatlas: { commit, version: version || null, java }, postgraphile: pgl || null, node,
      postgresql: pg, postgis }));' \
    "$(nproc)" "$(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n1)" "$(cut -d' ' -f1-3 /proc/loadavg)" \
    "$commit" "${version:-}" "$("$JAVA" -version 2>&1 | head -n1)" "$pg" "$postgis" "$pgl" "$(node --version)"
}

# The environment above as the line a Markdown report starts with.
environment_markdown() { # json
  printf '%s' "$1" >"$WORK/environment.json"
  node "$BENCH/report.mjs" environment "$WORK/environment.json"
}

# Where a run's results go: bench/results/<date>-<kind>-<commit or BENCH_LABEL>.{md,json}.
result_base() { # kind
  printf '%s/%s-%s-%s' "$RESULTS" "$(date -u +%Y-%m-%d)" "$1" "${BENCH_LABEL:-$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)}"
}
