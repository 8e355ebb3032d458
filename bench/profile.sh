#!/usr/bin/env bash
# ./wijkatlas bench --profile [--duration S] [--warmup S] [--steady S] [--connections C] [--label L] [--scenarios "a-nc c-nc"]
# Where the engine's time goes: starts one Wijkatlas (pinned as in the API comparison), and per
# scenario warms it up, records JDK Flight Recorder (jcmd JFR.start/JFR.stop, settings=profile)
# under wrk, and aggregates the CPU samples with JfrTop.java. Default scenarios: the engine rows
# (a-nc … e-nc, Cache-Control: no-cache). Writes bench/results/<date>-profile-<label>.md and keeps
# the recordings in bench/.work/jfr/. Expects DATABASE_URL and a built jar (WIJKATLAS_JAR).
set -euo pipefail
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"
DURATION=15 LABEL=$(git -C "$ROOT" rev-parse --short HEAD) IDS="a-nc b-nc c-nc d-nc e-nc"
while [ $# -gt 0 ]; do
  load_option "$@"
  if [ "$SHIFT" = 0 ]; then
    case "$1" in
      --label) LABEL=$2; SHIFT=2 ;;
      --scenarios) IDS=$2; SHIFT=2 ;;
      *) die "profile: unknown option $1" ;;
    esac
  fi
  shift "$SHIFT"
done
require_basics
JCMD="${JAVA_HOME:+$JAVA_HOME/bin/}jcmd"
mkdir -p "$WORK/jfr"
tag=${DATABASE_URL##*/}
PARAMS="$WORK/params-$tag.json"
start_wijkatlas "$DATABASE_URL" "$W_PORT" "$WORK/wijkatlas-profile.log"; pid=$STARTED
bench_schema "$DATABASE_URL"
write_params "$DATABASE_URL" "$PARAMS"
if [ "$STEADY" -gt 0 ]; then
  log "warming up to a steady state: the scenarios in turns, ${STEADY}s"
  steady wijkatlas "http://127.0.0.1:$W_PORT" "$(printf '%s' "$IDS" | tr ' ' ,)" "$STEADY"
fi
env=$(run_environment "$DATABASE_URL")
out="$RESULTS/$(date -u +%Y-%m-%d)-profile-$LABEL.md"
{
  echo "# Engine profile, $LABEL, ${DATABASE_URL##*/}"
  echo
  environment_markdown "$env"
  echo
  echo "JDK Flight Recorder (settings=profile: a Java CPU sample every 10 ms per thread) for ${DURATION}s per scenario after ${STEADY}s of the scenarios in turns and a ${WARMUP}s warm-up, $CONNECTIONS connections, server on CPU $SERVER_CPUS, wrk on CPU $LOAD_CPUS. \`./wijkatlas bench --profile\`; aggregated by bench/JfrTop.java."
} >"$out"
names=$(scenario_ids scenarios "$PARAMS")
for id in $IDS; do
  name=$(awk -F'\t' -v id="$id" '$1 == id { print $4 }' <<<"$names")
  [ -n "$name" ] || die "profile: no scenario $id"
  log "profiling $name"
  load wijkatlas "http://127.0.0.1:$W_PORT" "$id" "$WARMUP" >/dev/null
  jfr="$WORK/jfr/$LABEL-$tag-$id.jfr"
  "$JCMD" "$pid" JFR.start name="bench-$id" settings=profile filename="$jfr" >/dev/null
  result=$(load wijkatlas "http://127.0.0.1:$W_PORT" "$id" "$DURATION")
  "$JCMD" "$pid" JFR.stop name="bench-$id" >/dev/null
  {
    echo
    echo "## $name"
    echo
    echo "wrk: \`$result\`"; echo
    "$JAVA" "$BENCH/JfrTop.java" "$jfr" 12
  } >>"$out"
done
{
  echo
  echo "## Summary: the layers per scenario"
  echo
  files=(); for id in $IDS; do files+=("$WORK/jfr/$LABEL-$tag-$id.jfr"); done
  "$JAVA" "$BENCH/JfrTop.java" --summary "${files[@]}"
} >>"$out"
kill "$pid"; wait "$pid" 2>/dev/null || true
log "wrote $out"
cat "$out"
