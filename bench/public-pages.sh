#!/usr/bin/env bash
# Public pages against nginx, side by side in one run: bijeen (PostgreSQL, demo content, -Xmx512m) and
# nginx (Debian nginx-light, one worker) serving the very same bytes from disk, both pinned to the same CPU,
# wrk on the other. Measured: the demo conference's event page, the agenda with a filter, and 304
# revalidations (If-None-Match) of the event page.
# Usage: bench/public-pages.sh   (SECONDS_PER_RUN=10 CONNECTIONS=32 WARMUP_SECONDS=30 ROUNDS=3)
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_PER_RUN=${SECONDS_PER_RUN:-10}
CONNECTIONS=${CONNECTIONS:-32}
WARMUP_SECONDS=${WARMUP_SECONDS:-30}
ROUNDS=${ROUNDS:-3}
PORT=${PORT:-18180}
NGINX_PORT=${NGINX_PORT:-18181}
APP_CPU=${APP_CPU:-0}
LOAD_CPU=${LOAD_CPU:-1}
DB=bijeen_pages_bench
PG="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qAt"
BASE="http://127.0.0.1:$PORT"
NGINX="http://127.0.0.1:$NGINX_PORT"
WORK=$(mktemp -d /tmp/bijeen-pages-bench.XXXXXX)

log() { printf '[bench] %s\n' "$*" >&2; }

for tool in wrk taskset curl nginx; do
  command -v "$tool" >/dev/null || { log "needs $tool (Debian: apt-get install wrk nginx-light curl util-linux)"; exit 1; }
done

jar=$(ls target/bijeen-*.jar 2>/dev/null | head -n 1 || true)
if [ -z "$jar" ]; then
  log "building bijeen"
  ./mvnw -q -B -DskipTests package
  jar=$(ls target/bijeen-*.jar | head -n 1)
fi

log "fresh database $DB"
$PG -d postgres -c "drop database if exists $DB" -c "create database $DB"

log "starting bijeen on CPU $APP_CPU (PostgreSQL, demo content, -Xmx512m)"
BIJEEN_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" BIJEEN_DB_USER=postgres BIJEEN_DEMO=true \
  taskset -c "$APP_CPU" java -Xms512m -Xmx512m ${JAVA_OPTS:-} -jar "$jar" --spring.profiles.active=postgres \
  --server.port="$PORT" --management.server.port="$PORT" --bijeen.mail.enabled=false \
  --bijeen.admin.password=bench-admin-password --logging.level.root=WARN ${BENCH_APP_ARGS:-} > target/bench-pages-app.log 2>&1 &
app=$!
nginx_pid=""
cleanup() {
  kill "$app" 2>/dev/null || true
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
for _ in $(seq 1 600); do
  curl -fs "$BASE/actuator/health" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "$BASE/actuator/health" >/dev/null || { log "bijeen did not start"; tail -n 50 target/bench-pages-app.log; exit 1; }

# The demo conference: the upcoming published conference with the largest programme.
slug=$($PG -d $DB -c "select e.slug from event e left join programme_part p on p.event_id = e.id
  where e.event_type = 'CONFERENCE' and e.status = 'PUBLISHED' and e.starts_at > now()
  group by e.id, e.slug order by count(p.id) desc, e.starts_at limit 1")
theme=$($PG -d $DB -c "select t.slug from theme t join event_theme et on et.theme_id = t.id join event e on e.id = et.event_id
  where e.status = 'PUBLISHED' and e.starts_at > now() group by t.slug order by count(*) desc limit 1")
event_path="/evenementen/$slug"
agenda_path="/?thema=$theme&soort=congres"
log "event page $event_path, agenda $agenda_path"

# The same bytes from disk for nginx: what bijeen sends (identity encoding).
mkdir -p "$WORK/html/evenementen" "$WORK/logs"
curl -fs "$BASE$event_path" -o "$WORK/html/evenementen/$slug.html"
curl -fs "$BASE$agenda_path" -o "$WORK/html/agenda.html"
etag=$(curl -fs -D - -o /dev/null "$BASE$event_path" | tr -d '\r' | sed -n 's/^[Ee][Tt][Aa][Gg]: //p')
[ -n "$etag" ] || { log "bijeen sent no ETag for the event page"; exit 1; }
chmod -R a+rX "$WORK"
cat > "$WORK/nginx.conf" <<NGINX
worker_processes 1;
daemon off;
pid $WORK/nginx.pid;
error_log $WORK/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  default_type text/html;
  sendfile on;
  keepalive_requests 100000;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/html;
    location = /event { try_files /evenementen/$slug.html =404; add_header Cache-Control "public, max-age=30"; }
    location = /agenda { try_files /agenda.html =404; add_header Cache-Control "public, max-age=30"; }
  }
}
NGINX
taskset -c "$APP_CPU" nginx -c "$WORK/nginx.conf" -p "$WORK" 2>"$WORK/logs/start.log" &
nginx_pid=$!
for _ in $(seq 1 20); do curl -fs "$NGINX/event" >/dev/null 2>&1 && break; sleep 0.2; done
nginx_etag=$(curl -fs -D - -o /dev/null "$NGINX/event" | tr -d '\r' | sed -n 's/^[Ee][Tt][Aa][Gg]: //p')
cmp -s "$WORK/html/evenementen/$slug.html" <(curl -fs "$NGINX/event") || { log "nginx serves other bytes"; exit 1; }
log "event page: $(stat -c %s "$WORK/html/evenementen/$slug.html") bytes, agenda: $(stat -c %s "$WORK/html/agenda.html") bytes"

# wrk on the load CPU; prints the requests per second; fails on any non-2xx/3xx answer or socket error.
measure() {
  local url=$1 header=${2:-} out
  if [ -n "$header" ]; then
    out=$(taskset -c "$LOAD_CPU" wrk -t1 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" -H "$header" "$url")
  else
    out=$(taskset -c "$LOAD_CPU" wrk -t1 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" "$url")
  fi
  if echo "$out" | grep -q "Non-2xx or 3xx\|Socket errors"; then
    log "failed requests for $url:"; echo "$out" >&2; exit 1
  fi
  echo "$out" | awk '/Requests\/sec:/ { print $2 }'
}

log "warming up bijeen for ${WARMUP_SECONDS}s"
taskset -c "$LOAD_CPU" wrk -t1 -c"$CONNECTIONS" -d"${WARMUP_SECONDS}s" "$BASE$event_path" >/dev/null
taskset -c "$LOAD_CPU" wrk -t1 -c"$CONNECTIONS" -d"$(( WARMUP_SECONDS / 2 ))s" "$BASE$agenda_path" >/dev/null
taskset -c "$LOAD_CPU" wrk -t1 -c"$CONNECTIONS" -d"$(( WARMUP_SECONDS / 2 ))s" -H "If-None-Match: $etag" "$BASE$event_path" >/dev/null

declare -A sums
for round in $(seq 1 "$ROUNDS"); do
  b_event=$(measure "$BASE$event_path"); n_event=$(measure "$NGINX/event")
  b_agenda=$(measure "$BASE$agenda_path"); n_agenda=$(measure "$NGINX/agenda")
  b_304=$(measure "$BASE$event_path" "If-None-Match: $etag"); n_304=$(measure "$NGINX/event" "If-None-Match: $nginx_etag")
  echo "round=$round event bijeen=$b_event nginx=$n_event agenda bijeen=$b_agenda nginx=$n_agenda 304 bijeen=$b_304 nginx=$n_304"
  for k in b_event n_event b_agenda n_agenda b_304 n_304; do
    sums[$k]=$(awk -v a="${sums[$k]:-0}" -v b="${!k}" 'BEGIN { print a + b }')
  done
done
ratio() { awk -v a="${sums[$1]}" -v b="${sums[$2]}" 'BEGIN { printf "%.3f", a / b }'; }
echo "ratio event_page=$(ratio b_event n_event) (target 0.5) agenda_filter=$(ratio b_agenda n_agenda) (target 0.25) revalidation_304=$(ratio b_304 n_304) (target 0.8)"
heap=$(jcmd "$app" GC.heap_info 2>/dev/null | head -n 3 | tr '\n' ' ' || true)
echo "heap $heap"
log "done"
