#!/usr/bin/env bash
# Loads the synthetic national dataset into a database of its own, through the import program
# (nl.wijkatlas.geodata.command.Main, from the app's jar, as ./wijkatlas import runs it): migrate
# and import the bundled data (`bundled`), generate the files (national.mjs), import the areas per
# gemeente (ImportNational.java: the program's area import, in one JVM) and the figures
# (`import --figures`), then label it all EXAMPLE.
# Usage: national.sh postgres://user:password@host:port/database   (JAR and JAVA_HOME from run.sh)
set -euo pipefail
BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH")"
URL=$1
JAR="${WIJKATLAS_JAR:-$ROOT/backend/target/wijkatlas.jar}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
WORK="$BENCH/.work"
log() { printf '\033[1mbench:\033[0m %s\n' "$*" >&2; }

# The import program; its logging set-up also quiets ImportNational's (logback would log at DEBUG).
program() {
  DATABASE_URL="$URL" "$JAVA" -Dloader.main=nl.wijkatlas.geodata.command.Main -cp "$JAR" \
    org.springframework.boot.loader.launch.PropertiesLauncher "$@"
}
LOGGING=-Dlogback.configurationFile=nl/wijkatlas/geodata/command/logback.xml

log "national: migrating ${URL##*/} and importing the bundled data (the import program's bundled)"
program bundled >"$WORK/national-bundled.log" 2>&1 || { cat "$WORK/national-bundled.log" >&2; exit 1; }

log "national: generating the synthetic files"
node "$BENCH/national.mjs" "$WORK/national" >&2
mkdir -p "$WORK/lib"
(cd "$WORK/lib" && unzip -q -o -j "$JAR" 'BOOT-INF/lib/*')
log "national: importing the areas, gemeente by gemeente (ImportNational: the import program's area import)"
DATABASE_URL="$URL" "$JAVA" "$LOGGING" -cp "$WORK/lib/*" "$BENCH/ImportNational.java" "$WORK/national" 2>&1 \
  | grep -v ' INFO ' >&2 || true
log "national: importing the figures (the import program)"
program import --figures "$WORK/national/figures.csv" --source "Synthetic national benchmark dataset (EXAMPLE)" >&2
psql -X -q -v ON_ERROR_STOP=1 "$URL" -f "$BENCH/label-example.sql" >/dev/null
log "national: $(psql -X -qAt "$URL" -c "select string_agg(level || ' ' || n, ', ') from (select level, count(*) n from area group by 1) c")"
