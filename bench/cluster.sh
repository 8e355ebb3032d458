#!/usr/bin/env bash
# Two Wijkatlas instances behind a caching nginx (bench/nginx.conf.in) in front of one PostgreSQL:
# cluster-check.mjs proves ETag coherence and cache revalidation, then each cluster scenario runs
# against instance 1 directly and through nginx, alternating. On a 2-core machine both instances
# and nginx share the server CPU (the one a single instance has), wrk runs on the load CPU: the
# comparison shows what the proxy and its cache take off the app, not the scaling of more cores.
# Prints the table and writes bench/results/<date>-cluster-<commit or BENCH_LABEL>.{md,json}.
# Usage: cluster.sh [--rounds N] [--duration S] [--warmup S] [--connections C]
set -euo pipefail
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"
while [ $# -gt 0 ]; do
  load_option "$@"
  [ "$SHIFT" != 0 ] || die "cluster: unknown option $1"
  shift "$SHIFT"
done
require_basics
NGINX="${BENCH_NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}"
[ -x "$NGINX" ] || die "the cluster check needs nginx (Debian: nginx)"

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

tag=${DATABASE_URL##*/}-cluster keys="$WORK/dev-jwt"
PARAMS="$WORK/params-$tag.json"
log "a development token for the check's mutation (key pair in $keys)"
WIJKATLAS_TOKEN=$("$JAVA" -Dloader.main=nl.wijkatlas.auth.DevTokenCommand -Dwijkatlas.auth.dev-key-dir="$keys" \
  -cp "$JAR" org.springframework.boot.loader.launch.PropertiesLauncher --sub bench-cluster --role admin --hours 2)
export WIJKATLAS_TOKEN
# One cursor secret for both (a cursor one instance signed must page on at the other), and
# nginx's address as the public one (links never come from the Host header).
cursors=$(head -c 24 /dev/urandom | base64)
shared=(--wijkatlas.auth.dev-key-dir="$keys" --wijkatlas.cursor-secret="$cursors"
  --wijkatlas.public-base-url="http://127.0.0.1:$NGINX_PORT")
start_wijkatlas "$DATABASE_URL" "$C1_PORT" "$WORK/wijkatlas-$tag-1.log" "${shared[@]}"; c1=$STARTED
start_wijkatlas "$DATABASE_URL" "$C2_PORT" "$WORK/wijkatlas-$tag-2.log" "${shared[@]}"; c2=$STARTED
bench_schema "$DATABASE_URL"
write_params "$DATABASE_URL" "$PARAMS"
start_nginx
one="http://127.0.0.1:$C1_PORT" proxy="http://127.0.0.1:$NGINX_PORT"
log "checking ETag coherence across the instances and nginx's revalidation (about a minute: it waits for max-age)"
check=$(node "$BENCH/cluster-check.mjs" "$PARAMS" "$proxy" "$one" "http://127.0.0.1:$C2_PORT") \
  || { printf '%s\n' "$check" >&2; die "the cluster check failed (see above): no figures without coherent ETags"; }
printf '%s\n' "$check" >&2
ids=$(scenario_ids clusterScenarios "$PARAMS")
log "warming up (every scenario, ${WARMUP}s per target)"
while IFS=$'\t' read -r id _ _ name; do
  load wijkatlas "$one" "$id" "$WARMUP" >/dev/null
  load wijkatlas "$proxy" "$id" "$WARMUP" >/dev/null
done <<<"$ids"
rows=()
while IFS=$'\t' read -r id _ _ name; do
  log "cluster scenario $name"
  d_runs=() n_runs=()
  for _ in $(seq 1 "$ROUNDS"); do
    d_runs+=("$(load wijkatlas "$one" "$id" "$DURATION")")
    n_runs+=("$(load wijkatlas "$proxy" "$id" "$DURATION")")
  done
  rows+=("$(node -e 'console.log(JSON.stringify({ id: process.argv[1], name: process.argv[2], direct: JSON.parse(process.argv[3]), nginx: JSON.parse(process.argv[4]) }))' \
    "$id" "$name" "[$(IFS=,; echo "${d_runs[*]}")]" "[$(IFS=,; echo "${n_runs[*]}")]")")
done <<<"$ids"
kill "$NGINX_PID" "$c1" "$c2" 2>/dev/null || true
wait "$NGINX_PID" "$c1" "$c2" 2>/dev/null || true
base=$(result_base cluster)
node -e '
  const [env, check, rows, rounds, duration, warmup, connections, serverCpus, loadCpus] = process.argv.slice(1);
  console.log(JSON.stringify({ environment: JSON.parse(env), check, rounds: +rounds, duration: +duration, warmup: +warmup,
    connections: +connections, serverCpus, loadCpus, scenarios: JSON.parse(rows) }, null, 1));' \
  "$(run_environment "$DATABASE_URL")" "$check" "[$(IFS=,; echo "${rows[*]}")]" "$ROUNDS" "$DURATION" "$WARMUP" "$CONNECTIONS" \
  "$SERVER_CPUS" "$LOAD_CPUS" >"$base.json"
{
  echo "## Two instances behind nginx (${DATABASE_URL##*/}, $(date -u +%Y-%m-%d))"
  echo
  node "$BENCH/report.mjs" cluster "$base.json"
} | tee "$base.md"
log "wrote $base.md and $base.json"
