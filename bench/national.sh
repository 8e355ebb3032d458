#!/usr/bin/env bash
# Loads the synthetic national dataset into a database of its own, through the normal import:
# migrate and import the bundled Zwolle data (the app at start-up), generate the files
# (national.mjs), import the areas per gemeente (ImportNational.java: the geodata AreaImporter) and
# the figures (./wijkatlas import --figures path of the jar), then label it all EXAMPLE.
# Usage: national.sh postgres://user:password@host:port/database   (JAR and JAVA_HOME from run.sh)
set -euo pipefail
BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH")"
URL=$1
JAR="${WIJKATLAS_JAR:-$ROOT/backend/target/wijkatlas.jar}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
WORK="$BENCH/.work"
log() { printf '\033[1mbench:\033[0m %s\n' "$*" >&2; }

rest=${URL#postgres*://}; creds=${rest%%@*}; hostdb=${rest#*@}
JDBC="jdbc:postgresql://$hostdb"; USER_NAME=${creds%%:*}; PASSWORD=${creds#*:}

log "national: migrating ${URL##*/} and importing the bundled Zwolle data (app start-up)"
DATABASE_URL="$URL" "$JAVA" -jar "$JAR" --server.address=127.0.0.1 --server.port="${BENCH_NATIONAL_PORT:-18099}" \
  --logging.level.root=warn --spring.main.banner-mode=off >"$WORK/national-app.log" 2>&1 &
app=$!
for _ in $(seq 1 240); do
  curl -sf -o /dev/null -H 'content-type: application/json' -d '{"query":"{ __typename }"}' "http://127.0.0.1:${BENCH_NATIONAL_PORT:-18099}/graphql" && break
  sleep 0.5
done
kill "$app"; wait "$app" 2>/dev/null || true

log "national: generating the synthetic files"
node "$BENCH/national.mjs" "$WORK/national" >&2
mkdir -p "$WORK/lib"
(cd "$WORK/lib" && unzip -q -o -j "$JAR" 'BOOT-INF/lib/*')
log "national: importing the areas, gemeente by gemeente (geodata AreaImporter)"
"$JAVA" -cp "$WORK/lib/*" "$BENCH/ImportNational.java" "$WORK/national" "$JDBC" "$USER_NAME" "$PASSWORD" 2>&1 \
  | grep -v ' INFO ' >&2 || true
log "national: importing the figures (the import command)"
DATABASE_URL="$URL" "$JAVA" -jar "$JAR" --spring.main.web-application-type=none --wijkatlas.command=import \
  --wijkatlas.import-bundled=false --logging.level.root=warn --spring.main.banner-mode=off \
  --figures "$WORK/national/figures.csv" --source "Synthetic national benchmark dataset (EXAMPLE)" >&2
psql -X -q -v ON_ERROR_STOP=1 "$URL" -f "$BENCH/label-example.sql" >/dev/null
log "national: $(psql -X -qAt "$URL" -c "select string_agg(level || ' ' || n, ', ') from (select level, count(*) n from area group by 1) c")"
