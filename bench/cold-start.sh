#!/usr/bin/env bash
# Cold start: how fast is a freshly started instance in its first minute, against its own steady state?
# For each variant bijeen is started on a fresh PostgreSQL database (pinned to CPU 0 like the rush bench);
# as soon as its readiness probe says ready, API rushes of ROUND_SECONDS run back to back (wrk, 64 clients,
# pinned to CPU 1) for STEADY_ROUNDS rounds. Reported per variant: seconds from start to ready, the rate of
# the first 60 s of traffic (what a load balancer that waits for readiness sends it), the rate of the first
# 60 s after the process started (start-up and warm-up counted as 0), the steady rate (median of the last 3
# rounds) and the ratios. Variants:
#   plain   - bijeen.warm-up.enabled=false
#   warm-up - the warm-up before readiness (bijeen.warm-up.time, default 20 s)
#   cds     - the warm-up plus a Class Data Sharing archive (extracted jar, training run with
#             -XX:ArchiveClassesAtExit and -Dspring.context.exit=onRefresh, then -XX:SharedArchiveFile)
# Usage: bench/cold-start.sh   (VARIANTS="plain warm-up cds" ROUND_SECONDS=10 STEADY_ROUNDS=15 CLIENTS=64)
set -euo pipefail
cd "$(dirname "$0")/.."

VARIANTS=${VARIANTS:-"plain warm-up cds"}
ROUND_SECONDS=${ROUND_SECONDS:-10}
STEADY_ROUNDS=${STEADY_ROUNDS:-15}
CLIENTS=${CLIENTS:-64}
PORT=${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')}
DB=bijeen_cold_start
PG="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qAt"
WORK=$(mktemp -d /tmp/bijeen-cold-start.XXXXXX)
BASE="http://127.0.0.1:$PORT"
log() { printf '[cold-start] %s\n' "$*" >&2; }
now_ms() { date +%s%3N; }

for tool in wrk taskset psql curl; do
  command -v "$tool" >/dev/null || { log "needs $tool"; exit 1; }
done
jar=${JAR:-$(ls target/bijeen-*.jar 2>/dev/null | head -n 1 || true)}
if [ -z "$jar" ]; then
  ./mvnw -q -B -DskipTests package
  jar=$(ls target/bijeen-*.jar | head -n 1)
fi

APP_ARGS=(--spring.profiles.active=postgres --server.port="$PORT" --management.server.port="$PORT"
  --bijeen.mail.enabled=false --bijeen.registration.rate-limit=100000000 --bijeen.web.rate-limit-store=local
  --bijeen.registration.jobs-enabled=false --bijeen.admin.password=bench-admin-password
  --spring.datasource.hikari.maximum-pool-size=20 --logging.level.root=WARN --logging.level.nl.bijeen.registration.internal.ReadinessWarmUp=INFO)
export BIJEEN_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" BIJEEN_DB_USER=postgres

fresh_db() { $PG -d postgres -c "drop database if exists $DB" -c "create database $DB" 2>/dev/null; }

seed_event() {
  local slug=$1
  $PG -d $DB <<SQL
insert into event (uid, slug, title, event_type, attendance_mode, status, starts_at, ends_at, created_at, updated_at)
values ('$slug@bench', '$slug', 'Rush $slug', 'CONFERENCE', 'VENUE', 'PUBLISHED',
        now() + interval '30 days', now() + interval '30 days 6 hours', now(), now());
insert into programme_part (event_id, kind, title, starts_at, ends_at)
select id, 'ROUND', 'Workshops', starts_at + interval '1 hour', starts_at + interval '2 hours' from event where slug = '$slug';
insert into session (part_id, event_id, position, title, capacity)
select p.id, p.event_id, g, 'Workshop ' || g, 25 from programme_part p join event e on e.id = p.event_id,
       generate_series(1, 6) g where e.slug = '$slug';
select e.id || ' ' || p.id || ' ' || string_agg(s.id::text, ',' order by s.id)
  from event e join programme_part p on p.event_id = e.id join session s on s.part_id = p.id
 where e.slug = '$slug' group by e.id, p.id;
SQL
}

round() { # run name -> requests
  local ids
  ids=$(seed_event "$1")
  set -- $ids "$1"
  taskset -c 1 wrk -t1 -c"$CLIENTS" -d"${ROUND_SECONDS}s" --timeout 30s -s bench/rush-api.lua "$BASE" -- "$1" "$2" "$3" "$4" \
    | awk '/requests in/ { print $1 }'
}

cds_archive=""
if [[ " $VARIANTS " == *" cds "* ]]; then
  log "CDS: extracting the jar and a training run (context refresh, then exit) writing the archive"
  java -Djarmode=tools -jar "$jar" extract --destination "$WORK/extracted" >/dev/null
  fresh_db
  java -XX:ArchiveClassesAtExit="$WORK/bijeen.jsa" -Dspring.context.exit=onRefresh \
    -jar "$WORK/extracted/$(basename "$jar")" "${APP_ARGS[@]}" > "$WORK/training.log" 2>&1 || true
  [ -f "$WORK/bijeen.jsa" ] && cds_archive="$WORK/bijeen.jsa" || { log "no CDS archive written"; tail -20 "$WORK/training.log"; }
fi

for variant in $VARIANTS; do
  fresh_db
  case $variant in
    plain) cmd=(java -Xms512m -Xmx512m -jar "$jar" "${APP_ARGS[@]}" --bijeen.warm-up.enabled=false) ;;
    warm-up) cmd=(java -Xms512m -Xmx512m -jar "$jar" "${APP_ARGS[@]}") ;;
    cds) [ -n "$cds_archive" ] || continue
         cmd=(java -Xms512m -Xmx512m -XX:SharedArchiveFile="$cds_archive" -jar "$WORK/extracted/$(basename "$jar")" "${APP_ARGS[@]}") ;;
  esac
  t0=$(now_ms)
  taskset -c 0 "${cmd[@]}" > "$WORK/$variant.log" 2>&1 &
  app=$!
  until curl -fs "$BASE/actuator/health/readiness" >/dev/null 2>&1; do
    kill -0 $app 2>/dev/null || { log "$variant did not start"; tail -30 "$WORK/$variant.log"; exit 1; }
    sleep 0.2
  done
  ready=$(( $(now_ms) - t0 ))
  counts=()
  for r in $(seq 1 "$STEADY_ROUNDS"); do
    counts+=("$(round "$variant-$r-$(date +%s%N)")")
  done
  kill $app; wait $app 2>/dev/null || true
  per_round=$(( 60 / ROUND_SECONDS ))
  printf '%s\n' "${counts[@]}" > "$WORK/$variant.rounds"
  awk -v variant="$variant" -v ready_ms="$ready" -v n="$per_round" -v secs="$ROUND_SECONDS" '
    { c[NR] = $1 }
    END {
      first = 0; for (i = 1; i <= n; i++) first += c[i]; first_rate = first / (n * secs)
      # From the process start: the rounds that fit into the 60 s after it (start-up counts as nothing).
      left = 60 - ready_ms / 1000; from_start = 0
      for (i = 1; i <= n && left > 0; i++) { part = (left >= secs) ? 1 : left / secs; from_start += c[i] * part; left -= secs }
      from_start_rate = from_start / 60
      m = 0; for (i = NR - 2; i <= NR; i++) s[++m] = c[i] / secs
      asort(s); steady = s[2]
      printf "variant=%s ready_s=%.1f first60_after_ready=%.1f/s first60_after_start=%.1f/s steady=%.1f/s ratio_after_ready=%.2f ratio_after_start=%.2f rounds=", variant, ready_ms / 1000, first_rate, from_start_rate, steady, first_rate / steady, from_start_rate / steady
      for (i = 1; i <= NR; i++) printf "%s%d", (i > 1 ? "," : ""), c[i] / secs
      printf "\n"
    }' "$WORK/$variant.rounds"
  grep -o "Warmed up in.*" "$WORK/$variant.log" | sed "s/^/  $variant: /" || true
done
log "done (logs in $WORK)"
