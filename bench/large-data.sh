#!/usr/bin/env bash
# Makes a PostgreSQL database with a realistic large data set: bijeen's demo content plus, by default,
# 10,000 events over ten years (programme parts, workshop sessions, themes, audiences, organisations,
# venues, speakers), 10,000 articles, 50,000 people, 1,000,000 registrations of which 100,000 for one big event.
# Usage: bench/large-data.sh [database]            (default database: bijeen_large)
#   SCALE=100 bench/large-data.sh bijeen_small     the same shape, a hundredth of the size
#   EVENTS=… PEOPLE=… REGISTRATIONS=… BIG=… ORGANISATIONS=… VENUES=… override single figures
# The database is dropped and created anew, migrated by starting bijeen once (Flyway, demo content on),
# filled with set-based SQL (bench/large-data.sql) and analysed. Local PostgreSQL at 127.0.0.1:5432, user
# postgres.
set -euo pipefail
cd "$(dirname "$0")/.."

DB=${1:-bijeen_large}
SCALE=${SCALE:-1}
EVENTS=${EVENTS:-$((10000 / SCALE))}
PEOPLE=${PEOPLE:-$((50000 / SCALE))}
REGISTRATIONS=${REGISTRATIONS:-$((1000000 / SCALE))}
BIG=${BIG:-$((100000 / SCALE))}
ORGANISATIONS=${ORGANISATIONS:-400}
ARTICLES=${ARTICLES:-$((10000 / SCALE))}
VENUES=${VENUES:-$((2000 / SCALE < 40 ? 40 : 2000 / SCALE))}
PORT=${PORT:-18090}
PG="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qAt"

log() { printf '[large-data] %s\n' "$*" >&2; }

jar=$(ls target/bijeen-*.jar 2>/dev/null | head -n 1 || true)
if [ -z "$jar" ]; then
  log "building bijeen"
  ./mvnw -q -B -DskipTests package
  jar=$(ls target/bijeen-*.jar | head -n 1)
fi

log "fresh database $DB"
$PG -d postgres -c "drop database if exists $DB" -c "create database $DB"

log "migrating $DB and loading the demo content (starting bijeen once)"
BIJEEN_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" BIJEEN_DB_USER=postgres \
  java -Xmx512m -jar "$jar" --spring.profiles.active=postgres --server.port="$PORT" \
  --management.server.port="$PORT" --bijeen.demo.enabled=true --bijeen.mail.enabled=false \
  --bijeen.registration.jobs-enabled=false --bijeen.admin.password=bench-admin-password \
  --logging.level.root=WARN > "target/large-data-$DB.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1 && break
  kill -0 $app 2>/dev/null || break
  sleep 1
done
curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null || { log "bijeen did not start"; tail -n 50 "target/large-data-$DB.log"; exit 1; }
kill $app; wait $app 2>/dev/null || true
trap - EXIT

log "generating events=$EVENTS articles=$ARTICLES people=$PEOPLE registrations=$REGISTRATIONS (big event $BIG) organisations=$ORGANISATIONS venues=$VENUES"
start=$(date +%s)
$PG -d "$DB" -v events="$EVENTS" -v people="$PEOPLE" -v registrations="$REGISTRATIONS" -v big="$BIG" \
  -v organisations="$ORGANISATIONS" -v venues="$VENUES" -v articles="$ARTICLES" -f bench/large-data.sql
$PG -d "$DB" -c "vacuum analyze"
log "done in $(( $(date +%s) - start ))s; size $($PG -d "$DB" -c "select pg_size_pretty(pg_database_size('$DB'))")"
