#!/usr/bin/env bash
# Search latency on the large data set (10,000 events, 10,000 articles, 50,000 people): the search page /zoeken
# through bijeen, one request after another (wrk, one connection, --latency), side by side with the very query
# bijeen runs for that page run directly in PostgreSQL (pgbench, one client, bench/search-query.sql), p50 and
# p99 per query. bijeen runs on CPU 0 with -Xmx512m; wrk and pgbench on CPU 1.
# Usage: bench/search.sh [database]     (default bijeen_large; made by bench/large-data.sh when missing)
#   SECONDS_PER_QUERY=10 WARMUP_SECONDS=3 PORT=28483
set -euo pipefail
cd "$(dirname "$0")/.."

DB=${1:-bijeen_large}
SECONDS_PER_QUERY=${SECONDS_PER_QUERY:-10}
WARMUP_SECONDS=${WARMUP_SECONDS:-3}
PORT=${PORT:-28483}
APP_CPU=${APP_CPU:-0}
LOAD_CPU=${LOAD_CPU:-1}
PG="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qAt"
QUERIES=("wijken" "cooperaties" "armoede en schulden" "mantelzorg Utrecht" "jeugdhulp" "ervaringsdeskundigen"
  "Jansen" "bewonersinitiatieven" "\"sociale basis\"" "xylofoon")

log() { printf '[search] %s\n' "$*" >&2; }
for tool in wrk pgbench taskset curl; do command -v "$tool" >/dev/null || { log "needs $tool"; exit 1; }; done
jar=$(ls target/bijeen-*.jar 2>/dev/null | head -n 1 || true)
[ -n "$jar" ] || { ./mvnw -q -B -DskipTests package; jar=$(ls target/bijeen-*.jar | head -n 1); }
if [ -z "$($PG -d postgres -c "select 1 from pg_database where datname = '$DB'")" ] \
   || [ "$($PG -d "$DB" -c "select count(*) from article where slug like 'gen-article-%'" 2>/dev/null || echo 0)" = 0 ]; then
  bench/large-data.sh "$DB"
fi

BIJEEN_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" BIJEEN_DB_USER=postgres \
  taskset -c "$APP_CPU" java -Xms512m -Xmx512m -jar "$jar" --spring.profiles.active=postgres \
  --server.port="$PORT" --management.server.port="$PORT" --bijeen.mail.enabled=false \
  --bijeen.registration.jobs-enabled=false --logging.level.root=WARN > target/search-bench.log 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; wait 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1 && break; sleep 1; done
curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null || { log "bijeen did not start"; tail -n 40 target/search-bench.log; exit 1; }

# The stored documents are brought up to date at start: wait until they are all there.
ids="select count(*) from (select id from event where status <> 'DRAFT' union all select id from article where published
  union all select id from person union all select id from organisation) d"
for _ in $(seq 1 300); do
  [ "$($PG -d "$DB" -c "select count(*) from search_document")" = "$($PG -d "$DB" -c "$ids")" ] && break; sleep 1
done
echo "data: $($PG -d "$DB" -c "select count(*) from event") events, $($PG -d "$DB" -c "select count(*) from article") articles, $($PG -d "$DB" -c "select count(*) from person") people; $($PG -d "$DB" -c "select count(*) from search_document") search documents"

to_ms() { awk '{ v = $1; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) }
  else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } printf "%.1f", v }'; }
percentile() { sort -n | awk -v p="$1" '{ v[NR] = $1 } END { i = int(NR * p / 100 + 0.999); if (i < 1) i = 1; printf "%.1f", v[i] / 1000 }'; }
urlencode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }

now=$(date +'%Y-%m-%d %H:%M:%S')
tmp=$(mktemp -d)
printf '\n%-24s %8s %10s %10s %8s   %10s %10s %8s\n' query results "page p50" "page p99" "page/s" "pg p50" "pg p99" "pg/s"
for q in "${QUERIES[@]}"; do
  url="http://127.0.0.1:$PORT/zoeken?q=$(urlencode "$q")"
  results=$(curl -fs "$url" | grep -c 'class="search-result"' || true)
  taskset -c "$LOAD_CPU" wrk -t1 -c1 -d"${WARMUP_SECONDS}s" "$url" >/dev/null
  out=$(taskset -c "$LOAD_CPU" wrk -t1 -c1 -d"${SECONDS_PER_QUERY}s" --timeout 30s --latency "$url")
  p50=$(echo "$out" | awk '$1 == "50%" { print $2 }' | to_ms)
  p99=$(echo "$out" | awk '$1 == "99%" { print $2 }' | to_ms)
  rate=$(echo "$out" | awk '/Requests\/sec:/ { print $2 }')
  literal="'${q//\'/\'\'}'"
  rm -f "$tmp"/pgbench_log.*
  (cd "$tmp" && taskset -c "$LOAD_CPU" pgbench -h 127.0.0.1 -U postgres -n -c1 -T "$SECONDS_PER_QUERY" \
    -f "$OLDPWD/bench/search-query.sql" -D q="$literal" -D now="'$now'" -D limit=20 -D offset=0 --log "$DB" \
    > "$tmp/pgbench.out" 2>&1) || { log "pgbench failed"; cat "$tmp/pgbench.out"; exit 1; }
  pg50=$(cat "$tmp"/pgbench_log.* | awk '{ print $3 }' | percentile 50)
  pg99=$(cat "$tmp"/pgbench_log.* | awk '{ print $3 }' | percentile 99)
  pgrate=$(awk '/^tps/ { print $3; exit }' "$tmp/pgbench.out")
  printf '%-24s %8s %10s %10s %8s   %10s %10s %8.1f\n' "$q" "$results" "$p50" "$p99" "$rate" "$pg50" "$pg99" "$pgrate"
done
rm -rf "$tmp"
echo "(latencies in ms; results = hits on the first page, at most 20)"
