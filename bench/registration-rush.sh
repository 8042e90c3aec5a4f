#!/usr/bin/env bash
# The registration rush: bijeen on PostgreSQL, an event with one round of 6 workshops of 25 places, and
# N concurrent clients registering over HTTP (API and form) until full and far beyond. Compared, in the
# same run and against the same PostgreSQL, with pgbench running the minimal SQL of a registration.
# Usage: bench/registration-rush.sh   (CLIENTS=64 REQUESTS=3000 FORM_REQUESTS=600 PGBENCH_SECONDS=20 WARMUP_REQUESTS=30000)
set -euo pipefail
cd "$(dirname "$0")/.."

CLIENTS=${CLIENTS:-64}
REQUESTS=${REQUESTS:-3000}
FORM_REQUESTS=${FORM_REQUESTS:-600}
PGBENCH_SECONDS=${PGBENCH_SECONDS:-20}
# The JIT compiler shares bijeen's single core: warm up long enough to measure the steady state.
WARMUP_REQUESTS=${WARMUP_REQUESTS:-30000}
PORT=${PORT:-18080}
DB=bijeen_bench
PG="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qAt"
APP_CPU=${APP_CPU:-0}
LOAD_CPU=${LOAD_CPU:-1}
BASE="http://127.0.0.1:$PORT"

log() { printf '[bench] %s\n' "$*" >&2; }

jar=$(ls target/bijeen-*.jar 2>/dev/null | head -n 1 || true)
if [ -z "$jar" ]; then
  log "building bijeen"
  ./mvnw -q -B -DskipTests package
  jar=$(ls target/bijeen-*.jar | head -n 1)
fi

log "fresh database $DB"
$PG -d postgres -c "drop database if exists $DB" -c "create database $DB"

log "starting bijeen on CPU $APP_CPU (PostgreSQL profile, mail sender off: mail stays in the outbox)"
BIJEEN_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" BIJEEN_DB_USER=postgres \
  taskset -c "$APP_CPU" java -Xms512m -Xmx1g ${JAVA_OPTS:-} -jar "$jar" --spring.profiles.active=postgres \
  --server.port="$PORT" --bijeen.mail.enabled=false --bijeen.registration.rate-limit=100000000 \
  --bijeen.registration.jobs-enabled=false --bijeen.admin.password=bench-admin-password \
  --spring.datasource.hikari.maximum-pool-size=20 \
  --logging.level.root=WARN > target/bench-app.log 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs "$BASE/actuator/health" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "$BASE/actuator/health" >/dev/null || { log "bijeen did not start"; tail -n 50 target/bench-app.log; exit 1; }

# An event with one round of six workshops of 25 places; prints "event_id round_id session_ids".
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

driver() { taskset -c "$LOAD_CPU" java bench/RushDriver.java "$@"; }

read -r warm_event warm_round warm_sessions <<<"$(seed_event warmup)"
log "warming up the JVM"
driver "$BASE" "$warm_event" warmup "$warm_round" "$warm_sessions" "$CLIENTS" "$WARMUP_REQUESTS" api >/dev/null
driver "$BASE" "$warm_event" warmup-form "$warm_round" "$warm_sessions" "$CLIENTS" 600 form >/dev/null
# Fresh statistics for the planner, as autovacuum gives a production server after the warm-up's inserts
# (this machine's PostgreSQL runs with autovacuum off; without statistics the planner may scan a whole
# event's registrations where a unique index finds the few it needs).
$PG -d $DB -c "analyze"

read -r api_event api_round api_sessions <<<"$(seed_event rush-api)"
log "API rush: $CLIENTS clients, $REQUESTS registrations"
api_line=$(driver "$BASE" "$api_event" rush-api "$api_round" "$api_sessions" "$CLIENTS" "$REQUESTS" api)
echo "$api_line"

read -r form_event form_round form_sessions <<<"$(seed_event rush-form)"
log "form rush: $CLIENTS clients, $FORM_REQUESTS registrations (each a GET of the form and a POST)"
form_line=$(driver "$BASE" "$form_event" rush-form "$form_round" "$form_sessions" "$CLIENTS" "$FORM_REQUESTS" form)
echo "$form_line"

batches=$(curl -fs -u admin:bench-admin-password "$BASE/actuator/prometheus" \
  | sed -n 's/^bijeen_registration_batch_\(size_count\|size_sum\|size_max\|time_seconds_sum\|time_seconds_max\)[^ ]* \(.*\)/\1=\2/p' | tr '\n' ' ')
echo "batches $batches"

log "pgbench: the minimal SQL of a registration, $CLIENTS clients, ${PGBENCH_SECONDS}s"
$PG -d $DB <<SQL
create table bench_seat (id integer primary key, capacity integer not null, taken integer not null default 0,
                         check (taken <= capacity));
insert into bench_seat (id, capacity) select g, 1000000000 from generate_series(1, 6) g;
create table bench_registration (id bigint generated by default as identity primary key, session_id integer not null,
                                 email varchar(254) not null, created_at timestamp not null);
SQL
pg_out=$(taskset -c "$LOAD_CPU" pgbench -h 127.0.0.1 -U postgres -n -c "$CLIENTS" -j 1 -T "$PGBENCH_SECONDS" \
  -f bench/pgbench-register.sql "$DB" 2>&1)
pg_tps=$(echo "$pg_out" | sed -n 's/^tps = \([0-9.]*\).*/\1/p' | tail -n 1)
pg_lat=$(echo "$pg_out" | sed -n 's/^latency average = \([0-9.]*\) ms/\1/p')
echo "pgbench clients=$CLIENTS tps=$pg_tps latency_avg_ms=$pg_lat"

log "verifying: no session above capacity, counters equal rows, every confirmed registration has its mail"
overbooked=$($PG -d $DB -c "select count(*) from seat_counter where capacity is not null and taken > capacity")
mismatch=$($PG -d $DB -c "select count(*) from seat_counter c where c.session_id is not null and c.taken <>
  (select count(*) from registration_choice rc join registration r on r.id = rc.registration_id
    where rc.session_id = c.session_id and rc.status = 'CONFIRMED' and r.status in ('CONFIRMED','PENDING_APPROVAL','OFFERED'))")
seated=$($PG -d $DB -c "select count(*) from registration_choice rc join registration r on r.id = rc.registration_id
  where r.event_id in ($api_event, $form_event) and rc.status = 'CONFIRMED'")
registrations=$($PG -d $DB -c "select count(*) from registration where event_id in ($api_event, $form_event)")
no_mail=$($PG -d $DB -c "select count(*) from registration r where r.event_id in ($api_event, $form_event)
  and r.status = 'CONFIRMED' and not exists (select 1 from mail_outbox m where m.reference like 'registration:' || r.id || ':confirmation%')")
echo "verify registrations=$registrations seated_in_workshops=$seated (capacity 2x150) overbooked_counters=$overbooked counter_row_mismatches=$mismatch confirmed_without_mail=$no_mail"

api_rate=$(echo "$api_line" | sed -n 's/.* rate=\([0-9.]*\) .*/\1/p')
ratio=$(awk -v a="$api_rate" -v p="$pg_tps" 'BEGIN { printf "%.3f", a / p }')
echo "ratio bijeen_api/pgbench=$ratio"
[ "$overbooked" = 0 ] && [ "$mismatch" = 0 ] && [ "$no_mail" = 0 ] && [ "$seated" = 300 ] \
  || { log "VERIFICATION FAILED"; exit 1; }
log "done"
