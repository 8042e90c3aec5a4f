#!/usr/bin/env bash
# Scale of data: the same pages, the registration rush and the participant exports on a small and a large data
# set, side by side in one run. Two bijeen instances, one on each database, both pinned to CPU 0; wrk pinned
# to CPU 1 measures one instance at a time, in turns (small, large, large, small, ...), so both see the same
# machine. The figure per page is large ÷ small (median of ROUNDS turns each).
# Usage: bench/scale.sh      (databases from bench/large-data.sh: SCALE=100 bench/large-data.sh bijeen_small
#                             and bench/large-data.sh bijeen_large; made when missing)
#   ROUNDS=3 SECONDS_PER_TURN=8 CONNECTIONS=8 RUSH_CLIENTS=64 WARMUP_SECONDS=60 EXPORT_XMX=96m
set -euo pipefail
cd "$(dirname "$0")/.."

SMALL_DB=${SMALL_DB:-bijeen_small}
LARGE_DB=${LARGE_DB:-bijeen_large}
ROUNDS=${ROUNDS:-3}
SECONDS_PER_TURN=${SECONDS_PER_TURN:-8}
CONNECTIONS=${CONNECTIONS:-8}
RUSH_CLIENTS=${RUSH_CLIENTS:-64}
WARMUP_SECONDS=${WARMUP_SECONDS:-60}
EXPORT_XMX=${EXPORT_XMX:-96m}
APP_CPU=${APP_CPU:-0}
LOAD_CPU=${LOAD_CPU:-1}
PG="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qAt"
declare -A PORT=([small]=${SMALL_PORT:-28481} [large]=${LARGE_PORT:-28482})
declare -A DB=([small]=$SMALL_DB [large]=$LARGE_DB)
declare -A APP COOKIE EVENT SLUG

log() { printf '[scale] %s\n' "$*" >&2; }

for tool in wrk taskset jstat curl; do
  command -v "$tool" >/dev/null || { log "needs $tool"; exit 1; }
done
jar=$(ls target/bijeen-*.jar 2>/dev/null | head -n 1 || true)
[ -n "$jar" ] || { ./mvnw -q -B -DskipTests package; jar=$(ls target/bijeen-*.jar | head -n 1); }
for size in small large; do
  if [ -z "$($PG -d postgres -c "select 1 from pg_database where datname = '${DB[$size]}'")" ]; then
    if [ "$size" = small ]; then SCALE=100 bench/large-data.sh "${DB[$size]}"; else bench/large-data.sh "${DB[$size]}"; fi
  fi
done

start_app() { # size xmx
  local size=$1 xmx=$2
  BIJEEN_DB_URL="jdbc:postgresql://127.0.0.1:5432/${DB[$size]}" BIJEEN_DB_USER=postgres \
    taskset -c "$APP_CPU" java -Xms"$xmx" -Xmx"$xmx" -jar "$jar" --spring.profiles.active=postgres \
    --server.port="${PORT[$size]}" --management.server.port="${PORT[$size]}" --bijeen.mail.enabled=false \
    --bijeen.registration.rate-limit=100000000 --bijeen.registration.jobs-enabled=false \
    --bijeen.admin.password=bench-admin-password --logging.level.root=WARN > "target/scale-$size.log" 2>&1 &
  APP[$size]=$!
}
wait_app() {
  local size=$1
  for _ in $(seq 1 600); do
    curl -fs "http://127.0.0.1:${PORT[$size]}/actuator/health" >/dev/null 2>&1 && return 0
    sleep 1
  done
  log "bijeen ($size) did not start"; tail -n 40 "target/scale-$size.log"; exit 1
}
stop_apps() { for size in small large; do [ -n "${APP[$size]:-}" ] && kill "${APP[$size]}" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap stop_apps EXIT

login() { # size -> prints the session cookie
  local base="http://127.0.0.1:${PORT[$1]}" jar_file csrf
  jar_file=$(mktemp)
  csrf=$(curl -fs -c "$jar_file" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1)
  curl -fs -b "$jar_file" -c "$jar_file" -o /dev/null --data-urlencode "username=admin" \
    --data-urlencode "password=bench-admin-password" --data-urlencode "_csrf=$csrf" "$base/login"
  awk '!/^#/ && NF >= 7 { c = c (c ? "; " : "") $6 "=" $7 } /^#HttpOnly_/ { c = c (c ? "; " : "") $6 "=" $7 } END { print c }' "$jar_file"
  rm -f "$jar_file"
}

# wrk on one URL for some seconds; prints "rate non2xx errors"
measure() { # size path seconds connections [cookie]
  local size=$1 path=$2 seconds=$3 connections=$4 cookie=${5:-} out
  local args=(-t1 -c"$connections" -d"${seconds}s" --timeout 10s)
  [ -n "$cookie" ] && args+=(-H "Cookie: $cookie")
  out=$(taskset -c "$LOAD_CPU" wrk "${args[@]}" "http://127.0.0.1:${PORT[$size]}$path")
  echo "$out" | awk '/Requests\/sec:/ { rate = $2 } /Non-2xx or 3xx responses:/ { non2xx = $5 }
    /Socket errors:/ { gsub(",", ""); errors = $4 + $6 + $8 + $10 }
    END { printf "%.1f %d %d\n", rate, non2xx + 0, errors + 0 }'
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

log "starting bijeen on $SMALL_DB and on $LARGE_DB (both on CPU $APP_CPU, -Xmx512m)"
start_app small 512m; start_app large 512m
wait_app small; wait_app large
for size in small large; do
  COOKIE[$size]=$(login "$size")
  [ -n "${COOKIE[$size]}" ] || { log "could not sign in ($size)"; exit 1; }
  EVENT[$size]=$($PG -d "${DB[$size]}" -c "select id from event where uid = 'gen-1@gen'")
  SLUG[$size]=$($PG -d "${DB[$size]}" -c "select slug from event where uid = 'gen-1@gen'")
done
echo "data small: $($PG -d "$SMALL_DB" -c "select count(*) from event") events, $($PG -d "$SMALL_DB" -c "select count(*) from registration") registrations, big event $($PG -d "$SMALL_DB" -c "select count(*) from registration where event_id = ${EVENT[small]}")"
echo "data large: $($PG -d "$LARGE_DB" -c "select count(*) from event") events, $($PG -d "$LARGE_DB" -c "select count(*) from registration") registrations, big event $($PG -d "$LARGE_DB" -c "select count(*) from registration where event_id = ${EVENT[large]}")"

# name|path (EVENT and SLUG filled in per size)|needs the organiser's cookie
PAGES=(
  "agenda|/|"
  "agenda-filter|/?thema=gen-jeugdhulp&vorm=op-locatie|"
  "agenda-page-3|/?page=3|"
  "archive-search|/archief?zoek=armoede|"
  "event-page|/evenementen/SLUG|"
  "participants|/admin/events/EVENT/registrations|cookie"
  "participants-newest-p5|/admin/events/EVENT/registrations?sort=newest&page=4|cookie"
  "participants-search|/admin/events/EVENT/registrations?q=jansen|cookie"
)
path_for() { local p=${1//EVENT/${EVENT[$2]}}; echo "${p//SLUG/${SLUG[$2]}}"; }

log "warming up both instances (${WARMUP_SECONDS}s of every page each)"
per_page=$(( WARMUP_SECONDS / ${#PAGES[@]} )); [ "$per_page" -ge 2 ] || per_page=2
for size in small large; do
  for entry in "${PAGES[@]}"; do
    IFS='|' read -r name path auth <<<"$entry"
    cookie=""; [ -n "$auth" ] && cookie=${COOKIE[$size]}
    read -r rate non2xx errors <<<"$(measure "$size" "$(path_for "$path" "$size")" "$per_page" "$CONNECTIONS" "$cookie")"
    [ "$non2xx" = 0 ] || { log "warm-up $size $name: $non2xx non-2xx"; exit 1; }
  done
done

declare -A RATES
for round in $(seq 1 "$ROUNDS"); do
  order="small large"; [ $((round % 2)) = 0 ] && order="large small"
  for entry in "${PAGES[@]}"; do
    IFS='|' read -r name path auth <<<"$entry"
    for size in $order; do
      cookie=""; [ -n "$auth" ] && cookie=${COOKIE[$size]}
      read -r rate non2xx errors <<<"$(measure "$size" "$(path_for "$path" "$size")" "$SECONDS_PER_TURN" "$CONNECTIONS" "$cookie")"
      [ "$non2xx" = 0 ] || { log "$size $name: $non2xx non-2xx"; exit 1; }
      [ "$errors" = 0 ] || log "$size $name: $errors socket errors (timeouts on the busy machine)"
      RATES[$name.$size]="${RATES[$name.$size]:-} $rate"
    done
  done
  log "round $round of $ROUNDS done"
done

# The registration rush: a fresh event with six workshops of 25 places in each database, API registrations
# with wrk (bench/rush-api.lua) for SECONDS_PER_TURN, in turns.
seed_event() { # db slug -> "event round sessions"
  $PG -d "$1" <<SQL
insert into event (uid, slug, title, event_type, attendance_mode, status, starts_at, ends_at, created_at, updated_at)
values ('$2@scale', '$2', 'Rush $2', 'CONFERENCE', 'VENUE', 'PUBLISHED',
        now() + interval '30 days', now() + interval '30 days 6 hours', now(), now());
insert into programme_part (event_id, kind, title, starts_at, ends_at)
select id, 'ROUND', 'Workshops', starts_at + interval '1 hour', starts_at + interval '2 hours' from event where slug = '$2';
insert into session (part_id, event_id, position, title, capacity)
select p.id, p.event_id, g, 'Workshop ' || g, 25 from programme_part p join event e on e.id = p.event_id,
       generate_series(1, 6) g where e.slug = '$2';
select e.id || ' ' || p.id || ' ' || string_agg(s.id::text, ',' order by s.id)
  from event e join programme_part p on p.event_id = e.id join session s on s.part_id = p.id
 where e.slug = '$2' group by e.id, p.id;
SQL
}
rush() { # size run
  local size=$1 run=$2 event round sessions out
  read -r event round sessions <<<"$(seed_event "${DB[$size]}" "scale-rush-$run-$$")"
  out=$(taskset -c "$LOAD_CPU" wrk -t1 -c"$RUSH_CLIENTS" -d"${SECONDS_PER_TURN}s" --timeout 10s -s bench/rush-api.lua \
    "http://127.0.0.1:${PORT[$size]}" -- "$event" "$round" "$sessions" "scale-$run-$$")
  echo "$out" | awk '/Requests\/sec:/ { rate = $2 } /Non-2xx or 3xx responses:/ { non2xx = $5 }
    /Socket errors:/ { gsub(",", ""); errors = $4 + $6 + $8 + $10 } END { printf "%.1f %d %d\n", rate, non2xx + 0, errors + 0 }'
}
log "registration rush: warm-up, then $ROUNDS turns each"
for size in small large; do rush "$size" "warm-$size" >/dev/null; rush "$size" "warm2-$size" >/dev/null; done
for round in $(seq 1 "$ROUNDS"); do
  order="small large"; [ $((round % 2)) = 0 ] && order="large small"
  for size in $order; do
    read -r rate non2xx errors <<<"$(rush "$size" "$size-$round")"
    [ "$non2xx" = 0 ] && [ "$errors" = 0 ] || { log "rush $size: $non2xx non-2xx, $errors errors"; exit 1; }
    RATES[rush.$size]="${RATES[rush.$size]:-} $rate"
  done
done
for size in small large; do
  overbooked=$($PG -d "${DB[$size]}" -c "select count(*) from seat_counter where capacity is not null and taken > capacity")
  echo "verify $size overbooked_counters=$overbooked"
  [ "$overbooked" = 0 ] || { log "overbooked"; exit 1; }
done

printf '\n%-24s %12s %12s %8s   %s\n' page small/s large/s ratio "turns (small | large)"
for entry in "${PAGES[@]}" "rush||"; do
  IFS='|' read -r name _ _ <<<"$entry"
  s=$(echo "${RATES[$name.small]}" | tr ' ' '\n' | grep . | median)
  l=$(echo "${RATES[$name.large]}" | tr ' ' '\n' | grep . | median)
  printf '%-24s %12s %12s %8s   %s |%s\n' "$name" "$s" "$l" "$(awk -v s="$s" -v l="$l" 'BEGIN { printf "%.2f", l / s }')" \
    "${RATES[$name.small]}" "${RATES[$name.large]}"
done

# Exports in constant memory: both instances restarted with a small heap (EXPORT_XMX); the big event's
# participants downloaded as CSV and as XLSX while jstat samples the heap every 100 ms.
log "exports: restarting both instances with -Xmx$EXPORT_XMX"
stop_apps
start_app small "$EXPORT_XMX"; start_app large "$EXPORT_XMX"
wait_app small; wait_app large
echo
printf '%-6s %-5s %10s %12s %9s %14s %14s\n' data format rows bytes seconds heap_max_MB old_after_MB
for size in small large; do
  COOKIE[$size]=$(login "$size")
  for format in csv xlsx; do
    for pass in warm measured; do
      sample=$(mktemp)
      jstat -gc "${APP[$size]}" 100 > "$sample" &
      sampler=$!
      start=$(date +%s.%N)
      bytes=$(curl -fs -H "Cookie: ${COOKIE[$size]}" -o "target/scale-export-$size.$format" -w '%{size_download}' \
        "http://127.0.0.1:${PORT[$size]}/admin/events/${EVENT[$size]}/registrations.$format")
      seconds=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.2f", e - s }')
      sleep 0.3; kill "$sampler" 2>/dev/null || true; wait "$sampler" 2>/dev/null || true
      [ "$pass" = measured ] || continue
      # jstat -gc columns: S0U S1U EU OU are 4, 5 (S0U at $3, S1U at $4), EU $6, OU $8 (KB)
      heap=$(awk 'NR > 1 && $1 ~ /^[0-9]/ { u = $3 + $4 + $6 + $8; if (u > m) m = u } END { printf "%.1f", m / 1024 }' "$sample")
      old=$(awk 'NR > 1 && $1 ~ /^[0-9]/ { o = $8 } END { printf "%.1f", o / 1024 }' "$sample")
      if [ "$format" = csv ]; then rows=$(( $(wc -l < "target/scale-export-$size.csv") - 1 )); else rows="-"; fi
      printf '%-6s %-5s %10s %12s %9s %14s %14s\n' "$size" "$format" "$rows" "$bytes" "$seconds" "$heap" "$old"
      rm -f "$sample"
    done
  done
done
log "done"
